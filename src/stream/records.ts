/**
 * The JSONL records that carry a run between stages, one JSON object per line, so a distributed engine
 * can split, shuffle and regroup them:
 *
 *   extract (map)  writes  article · claim · problem   records
 *   reconcile (reduce) reads them, grouped by `story`, and writes  finding · event  records
 *
 * Every record names its `story` (the group that is reconciled together; absent = the one default
 * story). Records of one story may arrive in any order: `seq` and the article order (path, then id)
 * restore the order a single `check` run would have used.
 */
import type { Article, Claim, ClaimKind, EventGroup, Finding, InputProblem } from '../types.js';

/**
 * An article as read, with everything reconciliation needs: the publication date, the text (the reduce
 * stage extracts an article again when it infers its date from the rest of the story), its problems.
 */
export interface ArticleRecord {
  type: 'article';
  story?: string;
  /** `--kinds` of the map stage, when it was limited: the reduce stage extracts again with the same. */
  kinds?: ClaimKind[];
  article: Article;
}

/** One claim; `seq` is its place among its article's claims. */
export interface ClaimRecord {
  type: 'claim';
  story?: string;
  seq: number;
  claim: Claim;
}

/** An input that gave no article (unreadable file, bad input line, unusable manifest). */
export interface ProblemRecord {
  type: 'problem';
  story?: string;
  problem: InputProblem;
}

export interface FindingRecord {
  type: 'finding';
  story?: string;
  finding: Finding;
}

export interface EventRecord {
  type: 'event';
  story?: string;
  event: EventGroup;
}

/** What `extract --format jsonl` writes and `reconcile` reads. */
export type StageRecord = ArticleRecord | ClaimRecord | ProblemRecord;

/** What `reconcile --format jsonl` writes. */
export type ResultRecord = FindingRecord | EventRecord;

const withStory = (story: string | undefined) => (story !== undefined && story !== '' ? { story } : {});

/**
 * One record as a line. With `keyed`, the line starts with the story and a tab — the key Hadoop
 * Streaming sorts and partitions on. JSON never holds a raw tab, so the key is unambiguous.
 */
export function recordLine(record: StageRecord | ResultRecord, keyed = false): string {
  const json = JSON.stringify(record);
  return keyed ? `${record.story ?? ''}\t${json}\n` : `${json}\n`;
}

export function articleRecord(article: Article, story?: string, kinds?: readonly ClaimKind[]): ArticleRecord {
  return { type: 'article', ...withStory(story), ...(kinds ? { kinds: [...kinds] } : {}), article };
}

/** The claim records of one article, numbered in their order. */
export function claimRecords(claims: readonly Claim[], story?: string): ClaimRecord[] {
  return claims.map((claim, seq) => ({ type: 'claim', ...withStory(story), seq, claim }));
}

export function problemRecord(problem: InputProblem, story?: string): ProblemRecord {
  return { type: 'problem', ...withStory(story), problem };
}

export function findingRecord(finding: Finding, story?: string): FindingRecord {
  return { type: 'finding', ...withStory(story), finding };
}

export function eventRecord(event: EventGroup, story?: string): EventRecord {
  return { type: 'event', ...withStory(story), event };
}
