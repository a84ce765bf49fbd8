import type { Article, Claim, ClaimKind, InputProblem } from '../types.js';
import type { ExtractedRun } from '../pipeline.js';
import type { StageRecord } from './records.js';

/**
 * The records of one story, gathered in whatever order they arrive (shards, shuffles), and turned back
 * into the run a single `check` would have made: articles ordered by path then id (the order a folder
 * walk gives), each article's claims in their `seq` order.
 */
export class StoryRun {
  private readonly articles = new Map<string, Article>();
  private readonly claims = new Map<string, Map<number, Claim>>();
  private readonly problems: InputProblem[] = [];
  private readonly seenProblems = new Set<string>();
  /** `--kinds` of the map stage, from the article records. */
  kinds: ClaimKind[] | undefined;

  constructor(readonly story: string) {}

  add(record: StageRecord, where: string): void {
    if (record.type === 'article') {
      const known = this.articles.get(record.article.id);
      // The same article twice (a retried task's output) is harmless; two different ones are not.
      if (known && known.path !== record.article.path) {
        this.problem({ path: where, severity: 'error', message: `two articles have the id "${record.article.id}" in story "${this.story}": ${known.path} and ${record.article.path}; the second is skipped` });
      } else if (!known) {
        // The record's story is the article's: `check` and this stage then group it alike.
        this.articles.set(record.article.id, this.story !== '' && record.article.story === undefined ? { ...record.article, story: this.story } : record.article);
        if (record.kinds) this.kinds = record.kinds;
      }
    } else if (record.type === 'claim') {
      const own = this.claims.get(record.claim.article) ?? new Map<number, Claim>();
      this.claims.set(record.claim.article, own);
      if (!own.has(record.seq)) own.set(record.seq, record.claim);
    } else {
      this.problem(record.problem);
    }
  }

  private problem(problem: InputProblem): void {
    const key = `${problem.path}\u0000${problem.severity}\u0000${problem.message}`;
    if (this.seenProblems.has(key)) return;
    this.seenProblems.add(key);
    this.problems.push(problem);
  }

  /** The story as an extracted run, ready for `checkExtracted`. */
  toRun(): ExtractedRun {
    const articles = [...this.articles.values()].sort((a, b) => compare(a.path, b.path) || compare(a.id, b.id));
    const claims: Claim[] = [];
    for (const article of articles) {
      const own = this.claims.get(article.id);
      if (!own) continue;
      for (const seq of [...own.keys()].sort((a, b) => a - b)) claims.push(own.get(seq)!);
    }
    const failures = [...this.problems];
    for (const id of [...this.claims.keys()].sort(compare)) {
      if (!this.articles.has(id)) failures.push({ path: id, severity: 'error', message: `claims of article "${id}" came without its article record; they are left out` });
    }
    failures.sort((a, b) => compare(a.path, b.path) || compare(a.message, b.message));
    return { articles, claims, failures };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
