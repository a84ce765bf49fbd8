import type { ArticleReport, Finding, FindingPosition, Span } from '../../types.js';
import type { PositionContext } from '../context.js';
import { articleLabel } from '../summary.js';
import { splitByRanges, type LabelledRange } from '../text-ranges.js';
import { wordDiff } from '../word-diff.js';
import { domId, escapeHtml } from './escape.js';

// Below this share of common words two sentences are different sentences, not variants of one.
const MIN_SIMILARITY = 0.5;

type Mark = 'claim' | 'changed';

interface Side {
  position: FindingPosition;
  context: PositionContext;
  changed: Span[];
}

/** Quote claims are compared by their words; other claims by the sentences that hold them. */
function isQuote(position: FindingPosition): boolean {
  const value = position.value as { quote?: unknown } | null;
  return typeof value?.quote === 'string';
}

/**
 * Word-level differences between the sides, each against the first side: the first side marks
 * words some other side lacks, every other side marks words the first lacks. Only when the sides
 * are variants of one sentence or quote; unrelated sentences are shown without marks.
 */
function markDifferences(sides: Side[]): void {
  const [first, ...others] = sides;
  if (!first || others.length === 0) return;
  const quotes = sides.every((side) => isQuote(side.position));
  const basis = (side: Side) =>
    quotes ? { text: side.position.text, shift: side.context.claim.start } : { text: side.context.text, shift: 0 };
  const a = basis(first);
  for (const side of others) {
    const b = basis(side);
    if (a.text === b.text) continue;
    const difference = wordDiff(a.text, b.text);
    if (!difference || difference.similarity < MIN_SIMILARITY) continue;
    first.changed.push(...difference.onlyInA.map((span) => ({ start: span.start + a.shift, end: span.end + a.shift })));
    side.changed.push(...difference.onlyInB.map((span) => ({ start: span.start + b.shift, end: span.end + b.shift })));
  }
}

function renderSideText(side: Side): string {
  const ranges: LabelledRange<Mark>[] = [
    { start: side.context.claim.start, end: side.context.claim.end, label: 'claim' },
    ...side.changed.map((span) => ({ ...span, label: 'changed' as const })),
  ];
  return splitByRanges(side.context.text, ranges)
    .map((segment) => {
      const classes = [...new Set(segment.covering)].sort();
      const text = escapeHtml(segment.text);
      return classes.length === 0 ? text : `<span class="${classes.join(' ')}">${text}</span>`;
    })
    .join('');
}

/**
 * The evidence of a finding side by side: one column per position with its article, line:column
 * (linked to the claim in the article view) and the sentence around the claim, with word-level
 * highlights where the sides' sentences or quotes differ.
 */
export function evidenceHtml(
  finding: Finding,
  contextOf: (position: FindingPosition) => PositionContext,
  articleById: ReadonlyMap<string, ArticleReport>,
): string {
  const sides: Side[] = finding.positions.map((position) => ({ position, context: contextOf(position), changed: [] }));
  markDifferences(sides);
  const columns = sides.map((side) => {
    const { position } = side;
    const label = escapeHtml(articleLabel(articleById.get(position.article), position.article));
    const where = `${position.line}:${position.column}`;
    const link = position.claim !== null ? `<a href="#${domId('claim', position.claim)}">${where}</a>` : where;
    const body = position.text === '' && side.context.text === '' ? '<em>(the whole file)</em>' : renderSideText(side);
    return `<figure class="side"><figcaption><strong>${label}</strong> · ${link}</figcaption><blockquote>${body}</blockquote></figure>`;
  });
  return `<div class="evidence">${columns.join('')}</div>`;
}
