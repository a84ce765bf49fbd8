/**
 * Scores a run against an ECB+ cluster's EXPECTED.md: the numbered differences a careful reader finds, each
 * quoting sentences from the articles. A difference counts as found when one finding's positions fall in the
 * quoted sentences of at least two of its articles (or, for a difference seen in one article only, when a
 * finding or a claim covers its quote). The quotes are read from EXPECTED.md at run time, never copied.
 */
import type { CheckResult } from '../src/types.js';
import { segment } from '../src/segment/segment.js';
import type { Article } from '../src/types.js';

export interface ExpectedDifference {
  number: number;
  title: string;
  /** Article id → quoted snippets from that article. */
  quotes: Map<string, string[]>;
}

/** Reads the numbered items of the "Differences found" section. */
export function parseExpected(markdown: string): ExpectedDifference[] {
  const section = markdown.split(/^## Differences found\s*$/mu)[1]?.split(/^## /mu)[0] ?? '';
  const items: ExpectedDifference[] = [];
  let current: ExpectedDifference | undefined;
  for (const line of section.split('\n')) {
    const head = /^(\d+)\.\s+\*\*(.+?)\*\*/u.exec(line);
    if (head) {
      current = { number: Number(head[1]), title: head[2]!, quotes: new Map() };
      items.push(current);
    }
    if (!current) continue;
    // "- 20_6: "…" / "…"", "- 41_7 / 41_9: …", "- 38_3 however reports …: "…"", or a heading that quotes
    // its one article: "7. **Past-event claim (only in 38_11)**: "…"".
    const bullet = /^\s*-\s+(.*)$/u.exec(line);
    const text = bullet ? bullet[1]! : line;
    const segments = text.split(/;\s+(?=\d+_\d+)/u);
    for (const part of segments) {
      const ids = [...part.matchAll(/\b(\d+_\d+(?:ecb|ecbplus))\b/gu)].map((match) => match[1]!);
      const bareIds = ids.length > 0 ? ids : [...part.matchAll(/\b(\d+_\d+)\b/gu)].map((match) => match[1]!);
      const snippets = [...part.matchAll(/"((?:[^"\\]|\\.)+?)"/gu)].map((match) => match[1]!.replace(/\\"/gu, '"'));
      for (const id of bareIds) {
        const list = current.quotes.get(id) ?? [];
        list.push(...snippets);
        current.quotes.set(id, list);
      }
    }
  }
  return items;
}

interface Located {
  article: string;
  start: number;
  end: number;
}

/** The article text with whitespace runs collapsed, and for each character its offset in the original. */
function collapse(text: string): { flat: string; origin: number[] } {
  let flat = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/u.test(text[i]!);
    if (space && flat.endsWith(' ')) continue;
    flat += space ? ' ' : text[i]!;
    origin.push(i);
  }
  return { flat: flat.toLowerCase(), origin };
}

/** The sentence spans holding a snippet (whitespace- and case-insensitive; "[sic]" notes and ellipses dropped). */
function locate(article: Article, snippet: string, sentences: { start: number; end: number }[]): Located[] {
  const { flat, origin } = collapse(article.text);
  const located: Located[] = [];
  const pieces = snippet
    .replace(/\[sic\]/giu, '')
    .split(/\s*(?:\.\.\.|…)\s*/u)
    .map((piece) => piece.trim().replace(/\s+/gu, ' ').toLowerCase())
    .filter((piece) => piece.length >= 8);
  for (const piece of pieces) {
    const index = flat.indexOf(piece);
    if (index === -1) continue;
    const start = origin[index]!;
    const end = origin[index + piece.length - 1]! + 1;
    const covering = sentences.filter((span) => span.start < end && start < span.end);
    if (covering.length === 0) located.push({ article: article.id, start, end });
    for (const span of covering) located.push({ article: article.id, start: span.start, end: span.end });
  }
  return located;
}

export interface DifferenceScore {
  difference: ExpectedDifference;
  found: boolean;
  /** The findings that cover it. */
  findings: string[];
}

/** Which expected differences a run's findings (and, for one-article items, claims) cover. */
export function scoreDifferences(expected: readonly ExpectedDifference[], result: CheckResult, articles: readonly Article[]): DifferenceScore[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const sentencesOf = new Map(articles.map((article) => [article.id, segment(article).sentences.map((s) => s.span)]));
  return expected.map((difference) => {
    const located: Located[] = [];
    for (const [id, snippets] of difference.quotes) {
      // EXPECTED.md names "20_6" for the file 20_6ecbplus.txt.
      const article = byId.get(id) ?? articles.find((candidate) => candidate.id === `${id}ecb` || candidate.id === `${id}ecbplus`);
      if (!article) continue;
      for (const snippet of snippets) located.push(...locate(article, snippet, sentencesOf.get(article.id)!));
    }
    const articlesQuoted = new Set(located.map((l) => l.article));
    const inQuote = (article: string, start: number, end: number) => located.some((l) => l.article === article && start < l.end && l.start < end);
    const covering = result.findings.filter((finding) => {
      const hit = new Set(finding.positions.filter((p) => inQuote(p.article, p.span.start, p.span.end)).map((p) => p.article));
      return articlesQuoted.size >= 2 ? hit.size >= 2 : hit.size >= 1;
    });
    const claimCovers = articlesQuoted.size === 1 && result.claims.some((claim) => inQuote(claim.article, claim.span.start, claim.span.end));
    return { difference, found: covering.length > 0 || claimCovers, findings: covering.map((finding) => finding.id) };
  });
}
