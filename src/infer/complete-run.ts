import type { Article, Claim, ClaimKind, InputProblem } from '../types.js';
import type { RunProgress } from '../progress/run-progress.js';
import { groupByStory } from '../stories.js';
import { pushTo } from '../util/push-to.js';
import { inferMissingDates } from './infer-missing-dates.js';

/** Articles read and extracted, before reconciliation. */
export interface ExtractedRun {
  articles: Article[];
  claims: Claim[];
  /** Problems not attached to an article (unreadable files, unusable manifests). */
  failures: InputProblem[];
  /**
   * Ids of undated articles alone in their story whose date extraction already settled (see
   * `extractDatedFirst`): inference has nothing left to do for them.
   */
  settled?: ReadonlySet<string>;
}

/**
 * The run-level steps that need every article of the run (or of the story) before claims are final.
 * `readAndExtract` ends with them; the distributed reduce stage (`reconcile`) runs them on each story,
 * since a map stage only ever sees part of one.
 */
export function completeRun(run: ExtractedRun, options: { kinds?: readonly ClaimKind[]; progress?: RunProgress } = {}): ExtractedRun {
  options.progress?.stage?.('infer');
  // Run-level step, story by story: articles without a publication date get one inferred from their
  // story, and are extracted again against it before their claims are final (src/infer). No-op when
  // all have one, or when the only undated one was dated as it was extracted (`settled`). Claims stay
  // in article order.
  const settled = run.settled;
  const open = (articles: readonly Article[]) => !settled || articles.some((article) => !settled.has(article.id));
  const stories = groupByStory(run.articles);
  if (stories.size <= 1) return open(run.articles) ? { ...run, claims: inferMissingDates(run.articles, run.claims, options.kinds) } : run;
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of run.claims) pushTo(claimsOf, claim.article, claim);
  const finalOf = new Map<string, Claim[]>();
  for (const articles of stories.values()) {
    const own = articles.flatMap((article) => claimsOf.get(article.id) ?? []);
    const final = open(articles) ? inferMissingDates(articles, own, options.kinds) : own;
    for (const claim of final) pushTo(finalOf, claim.article, claim);
  }
  return { ...run, claims: run.articles.flatMap((article) => finalOf.get(article.id) ?? []) };
}

