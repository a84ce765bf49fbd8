import { getEntry, refId } from '../ledger/entry-ref.js';
import { stateOf, type ClaimEntry, type FindingEntry, type FindingSide, type Ledger } from '../ledger/ledger-types.js';
import { ansi } from '../report/ansi.js';
import { diffWords } from '../util/word-diff.js';
import { describeValue } from './describe-value.js';
import type { ReviewItem } from './review-items.js';

type Style = ReturnType<typeof ansi>;

export interface ScreenOptions {
  color: boolean;
  /** 1-based position and total, for the `[i/n]` header. */
  position: number;
  total: number;
  /** A one-line message from the last key (what was recorded, or why nothing was). */
  status?: string;
}

// Characters of context kept on each side of the quote: a long sentence must not push the
// header off the screen.
const AROUND = 90;

/**
 * The sentence with the quote marked (bold when coloured, «between guillemets» otherwise), cut to
 * a window around the quote when the sentence is long.
 */
export function markQuote(context: string, quote: string, style: Style, color: boolean): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  const at = flat === '' ? -1 : context.indexOf(flat);
  if (at < 0) return context.length > 2 * AROUND ? `${context.slice(0, 2 * AROUND)}…` : context;
  const marked = color ? style.bold(style.underline(flat)) : `«${flat}»`;
  const start = Math.max(0, at - AROUND);
  const end = Math.min(context.length, at + flat.length + AROUND);
  return `${start > 0 ? '…' : ''}${context.slice(start, at)}${marked}${context.slice(at + flat.length, end)}${end < context.length ? '…' : ''}`;
}

// Sides shown per finding; the rest are counted (`review --list` and the ledger file have them all).
const SIDES_SHOWN = 6;

/** Word-level differences between two quotes: `[-removed-]{+added+}` without colour. */
export function renderWordDiff(a: string, b: string, style: Style, color: boolean): string {
  return diffWords(a, b)
    .map((part) => {
      if (part.op === 'equal') return part.text;
      if (color) return part.op === 'delete' ? style.red(`-${part.text}`) : style.green(`+${part.text}`);
      return part.op === 'delete' ? `[-${part.text}-]` : `{+${part.text}+}`;
    })
    .join('');
}

function verdictLine(entry: ClaimEntry | FindingEntry, style: Style): string[] {
  const lines: string[] = [];
  if (entry.note) lines.push(`  note: ${entry.note}`);
  if (stateOf(entry) === 'changed') {
    lines.push(style.yellow(`  was ${entry.status}${entry.by ? ` by ${entry.by}` : ''}${entry.at ? ` on ${entry.at}` : ''}; the evidence has changed since`));
  } else if (entry.status !== 'pending') {
    lines.push(style.green(`  ${entry.status}${entry.by ? ` by ${entry.by}` : ''}${entry.at ? ` on ${entry.at}` : ''}`));
  }
  if (entry.correction) lines.push(`  correction: ${entry.correction}`);
  return lines;
}

function sideLines(side: FindingSide, style: Style, color: boolean): string[] {
  const value = describeValue(side.value);
  const lines = [`  ${style.bold(side.article)}  “${side.quote}”${value ? `  ${style.dim(`→ ${value}`)}` : ''}`];
  if (side.context) lines.push(`      ${markQuote(side.context, side.quote, style, color)}`);
  return lines;
}

function findingLines(entry: FindingEntry, style: Style, color: boolean): string[] {
  const lines = [`${style.bold('FINDING')}  ${entry.rule} · ${entry.severity} · ${stateOf(entry)}`, `  ${entry.message}`, ''];
  for (const side of entry.sides.slice(0, SIDES_SHOWN)) lines.push(...sideLines(side, style, color));
  if (entry.sides.length > SIDES_SHOWN) lines.push(style.dim(`  … and ${entry.sides.length - SIDES_SHOWN} more sides`));
  const quotes = [...new Set(entry.sides.map((side) => side.quote).filter(Boolean))];
  if (quotes.length > 1) {
    lines.push('', `  ${style.dim('word diff:')}`);
    for (const other of quotes.slice(1)) lines.push(`    ${renderWordDiff(quotes[0]!, other, style, color)}`);
  }
  return lines;
}

function claimLines(ledger: Ledger, article: string, entry: ClaimEntry, style: Style, color: boolean): string[] {
  const value = describeValue(entry.value);
  const lines = [
    `${style.bold('CLAIM')}  ${entry.kind} · ${article} · ${stateOf(entry)}`,
    `  “${entry.quote}”${value ? `  ${style.dim(`→ ${value}`)}` : ''}`,
    `      ${markQuote(entry.context, entry.quote, style, color)}`,
  ];
  // The other sides: every finding this claim takes part in, with the positions it is compared to.
  const involved = ledger.findings.filter((finding) => finding.sides.some((side) => side.claim === entry.id));
  for (const finding of involved) {
    lines.push('', `  in ${finding.rule} (${finding.severity}, ${finding.status}): ${finding.message}`);
    for (const side of finding.sides.filter((candidate) => candidate.claim !== entry.id)) lines.push(...sideLines(side, style, color));
  }
  return lines;
}

export const KEY_LINE = 'a accept  r reject  e correct  n note  s skip  u undo  ? help  q quit';

/** The whole screen for one item: header with `[i/n]`, the item, the keys. */
export function renderItem(ledger: Ledger, item: ReviewItem, options: ScreenOptions): string {
  const style = ansi(options.color);
  const entry = getEntry(ledger, item.ref);
  const header = `${style.bold(`[${options.position}/${options.total}]`)}  ${refId(item.ref)}  ${style.dim(`(${ledger.label})`)}`;
  const body = !entry
    ? ['  (this entry is no longer in the ledger)']
    : item.ref.type === 'finding'
      ? findingLines(entry as FindingEntry, style, options.color)
      : claimLines(ledger, item.ref.article, entry as ClaimEntry, style, options.color);
  const group = item.group.startsWith('claim:') ? `${item.group.slice(6)} claims` : item.group;
  return [
    header,
    '',
    ...body,
    ...(entry ? verdictLine(entry, style) : []),
    '',
    style.dim(`${KEY_LINE}   A/R/S: all remaining ${group}`),
    ...(options.status ? [options.status] : []),
    '',
  ].join('\n');
}

/** The `?` screen. */
export function renderHelp(color: boolean): string {
  const style = ansi(color);
  return [
    style.bold('corroborate review — keys'),
    '',
    '  a   accept: a claim is extracted right; a finding is a real discrepancy',
    '  r   reject: a claim is a wrong extraction; a finding is dismissed (give the reason with n first)',
    '  e   correct: type the right value (a claim becomes corrected, a finding fixed)',
    '  n   note: attach a note to this item (kept with the verdict)',
    '  s   skip: leave it pending',
    '  u   undo the last decision (a capital undoes its whole group)',
    '  A R S   the same for this item and every remaining item of its rule (or claim kind)',
    '  q   quit (Ctrl-C too); every decision is already saved',
    '',
    'Each decision is written to the ledger at once. Press any key to go back.',
    '',
  ].join('\n');
}
