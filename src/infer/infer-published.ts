import type { Article, Document, PublishedDate, PublishedEvidence } from '../types.js';
import type { Clue } from './clues.js';
import { articleClues } from './clues.js';
import type { Choice } from './choose-month.js';
import { chooseMonth } from './choose-month.js';
import { lookBackClues } from './lookbacks.js';
import type { MonthIndex } from './months.js';
import { describeMonth, formatMonthIndex, monthIndex, monthOfYear } from './months.js';
import type { StoryLink } from './story-groups.js';
import { storyLinks } from './story-groups.js';
import { lendersOfOneStory, type DatedLender } from './lender-groups.js';

/** Below this, an inferred date is not used (relative expressions stay unanchored). */
export const MIN_CONFIDENCE = 0.4;
/** An article whose own text dates it this surely is not redated by its story. */
const SETTLED = 0.5;
// Clues borrowed from another article of the story count less than an article's own, and as much
// as that article is linked to this one.
const BORROWED = 0.7;
const DATED_WEIGHT = 6;
/** How many of an article's closest articles its records are paired with. */
const RELATED = 5;
/** How many of an article's closest articles it borrows dates and clues from. */
const LENDERS = 8;

/** A date as a window of months: a given or settled date of another article of the story. */
function datedWindow(article: string, value: string, ratio: number, why: string, span?: { start: number; end: number }): Clue | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/u.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const from: MonthIndex = monthIndex(year, match[2] ? Number(match[2]) : 1);
  const to: MonthIndex = match[2] ? from : monthIndex(year, 12);
  return {
    kind: 'window',
    from,
    to,
    weight: DATED_WEIGHT * ratio,
    article,
    text: value,
    span: span ?? { start: 0, end: 0 },
    reason: `article ${article} of the same story ${why} ${match[2] ? describeMonth(from) : year}`,
  };
}

/** A lender's date as a window of months: given, or settled by its own text; none when it has neither. */
function datedLender(link: StoryLink, other: Article, theirs: Choice | undefined): DatedLender[] {
  const value = other.published.value ?? (theirs && theirs.confidence >= SETTLED ? valueOf(theirs) : undefined);
  const window = value === undefined ? undefined : datedWindow(link.article, value, link.ratio, '');
  return window ? [{ article: link.article, from: window.from!, to: window.to!, ratio: link.ratio }] : [];
}

/** The month of the year an article's own month clues agree on, if they do clearly. */
function ownMonth(clues: readonly Clue[]): number | undefined {
  const weights = new Map<number, number>();
  for (const clue of clues) if (clue.kind === 'month') weights.set(clue.month!, (weights.get(clue.month!) ?? 0) + clue.weight);
  const ranked = [...weights].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  return top && top[1] >= 4 && top[1] >= (second?.[1] ?? 0) + 2 ? top[0] : undefined;
}

/** Months apart, around the year (December and January are one apart). */
function monthGap(a: number, b: number): number {
  const gap = Math.abs(a - b);
  return Math.min(gap, 12 - gap);
}

function valueOf(choice: Choice): string | undefined {
  if (choice.year === undefined) return undefined;
  return choice.month !== undefined ? formatMonthIndex(choice.month) : String(choice.year);
}

function evidenceOf(links: readonly StoryLink[], choice: Choice, id: string): PublishedEvidence[] {
  const evidence: PublishedEvidence[] = [];
  // Name only the articles of the story whose clues carried the choice.
  const lenders = links.filter((link) => choice.clues.some((clue) => clue.article === link.article));
  if (lenders.length > 0) {
    const names = [...new Set(lenders.flatMap((link) => link.shared.slice(0, 2)))].slice(0, 5);
    evidence.push({ article: id, reason: `same story as ${lenders.map((link) => link.article).join(', ')}: shared distinctive names (${names.join(', ')})` });
  }
  const ordered = [...choice.clues].sort((a, b) => b.weight - a.weight || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.span.start - b.span.start));
  const seen = new Set<string>();
  for (const clue of ordered) {
    const key = `${clue.article}\u0000${clue.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ article: clue.article, reason: clue.reason, ...(clue.span.end > clue.span.start ? { text: clue.text, span: clue.span } : {}) });
  }
  return evidence;
}

/**
 * Publication dates for the articles of a run that have none. First each article is dated from its
 * own text (datelines, bounds from past and future dates, record arithmetic — with since-dates of
 * related articles —, month cues, yearly events). An article its own text does not settle then
 * borrows from the other articles of its story: their dates (given or settled) and their clues,
 * leaving out settled articles whose year contradicts its own. Returns only dates found with
 * enough confidence; `documentOf` gives an article's segmented text.
 */
export function inferPublished(articles: readonly Article[], documentOf: (article: Article) => Document): Map<string, PublishedDate> {
  const needing = new Set(articles.filter((article) => article.published.value === null).map((article) => article.id));
  const result = new Map<string, PublishedDate>();
  if (needing.size === 0) return result;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const links = storyLinks(articles, needing);
  const docs = new Map<string, Document>();
  const doc = (id: string) => docs.get(id) ?? docs.set(id, documentOf(byId.get(id)!)).get(id)!;

  // Stage 1: each article on its own (with record arithmetic across related articles).
  const own = new Map<string, Clue[]>();
  const first = new Map<string, Choice>();
  for (const id of [...needing].sort()) {
    // Since-dates are looked for in the closest articles only (each may need reading).
    const related = (links.get(id) ?? []).slice(0, RELATED).map((link) => ({ get doc() { return doc(link.article); }, ratio: link.ratio }));
    const clues = [...articleClues(doc(id)), ...lookBackClues(doc(id), related)];
    own.set(id, clues);
    first.set(id, chooseMonth(clues));
  }

  /**
   * An article's date: its own text's when that settles it, else pooled with what the closest
   * articles of its story lend (`datedByStory`: dates an earlier round gave articles of the story,
   * used only to tell which lenders tell one occurrence).
   */
  const borrowFromStory = (id: string, datedByStory: ReadonlyMap<string, Choice>): Choice => {
    const mine = first.get(id)!;
    if (mine.confidence >= SETTLED && mine.month !== undefined) return mine;
    const month = ownMonth(own.get(id)!);
    const borrowed: Clue[] = [];
    // The closest articles of the story are enough: a big story lends the same clues many times.
    const lenders = (links.get(id) ?? []).slice(0, LENDERS);
    const settledOf = (article: string) => {
      const theirs = first.get(article);
      return theirs && theirs.confidence >= SETTLED ? theirs : datedByStory.get(article);
    };
    const oneStory = lendersOfOneStory(lenders.flatMap((link) => datedLender(link, byId.get(link.article)!, settledOf(link.article))));
    for (const link of lenders) {
      const other = byId.get(link.article)!;
      const theirs = first.get(link.article);
      // Dated articles of another occurrence (the other trip) lend nothing, not even their clues.
      if (!oneStory.has(link.article) && (other.published.value !== null || settledOf(link.article) !== undefined)) continue;
      if (other.published.value !== null) {
        const clue = datedWindow(link.article, other.published.value, link.ratio, 'was published in', other.published.span);
        if (clue) borrowed.push(clue);
      } else if (theirs && theirs.confidence >= SETTLED && theirs.year !== undefined) {
        // A settled article of another year, or of another month than this one's own text says,
        // is another story, however alike the names: one story's articles come out within days.
        if (mine.confidence >= SETTLED && mine.year !== undefined && theirs.year !== mine.year) continue;
        if (month !== undefined && theirs.month !== undefined && monthGap(month, monthOfYear(theirs.month)) > 1) continue;
        const clue = datedWindow(link.article, valueOf(theirs)!, link.ratio, 'is dated by its own text to');
        if (clue) borrowed.push(clue);
        for (const c of theirs.clues) if (c.kind === 'month') borrowed.push({ ...c, weight: c.weight * BORROWED * link.ratio });
      } else {
        for (const c of own.get(link.article) ?? []) borrowed.push({ ...c, weight: c.weight * BORROWED * link.ratio });
      }
    }
    const pooled = chooseMonth([...own.get(id)!, ...borrowed]);
    // Keep the article's own year when it had one: the story only fills in what the text left open.
    return pooled.year !== undefined && (mine.year === undefined || mine.confidence < SETTLED || pooled.year === mine.year) ? pooled : mine;
  };

  // Stage 2: articles their own text does not settle borrow from their story. Twice: the second time
  // the dates the first gave the others tell which of them tell one occurrence, so that an article
  // linked by its names to two (a minister's two trips) borrows from the one most of its story tells.
  const order = [...needing].sort();
  const fromStory = new Map<string, Choice>();
  const firstRound = new Map<string, Choice>();
  for (const id of order) {
    const choice = borrowFromStory(id, new Map());
    firstRound.set(id, choice);
    if (choice !== first.get(id) && choice.confidence >= SETTLED && choice.year !== undefined) fromStory.set(id, choice);
  }
  for (const id of order) {
    // The second round reads the first round's dates only through the article's lenders: when it
    // dated none of them, the article's date is the one the first round gave.
    const redated = (links.get(id) ?? []).slice(0, LENDERS).some((link) => fromStory.has(link.article));
    const choice = redated ? borrowFromStory(id, fromStory) : firstRound.get(id)!;
    const value = valueOf(choice);
    if (value === undefined || choice.confidence < MIN_CONFIDENCE) continue;
    result.set(id, {
      value,
      basis: 'inferred',
      confidence: Math.round(choice.confidence * 100) / 100,
      evidence: evidenceOf(choice === first.get(id) ? [] : (links.get(id) ?? []), choice, id),
    });
  }
  return result;
}

