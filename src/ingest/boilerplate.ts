import type { ExcludedRange } from '../types.js';
import { lineRanges } from '../segment/lines.js';

interface LineRule {
  label: string;
  /** Matches a whole line when it ends with `$`; such a rule is tried on short lines only (`BOUNDED_LINE`). */
  pattern: RegExp;
  /** The rest of the article after this line is boilerplate too (a comment section). */
  toEnd?: boolean;
  /** The pattern cannot match a line without one of `RULE_WORDS`: tried only on lines holding one. */
  needsWord?: boolean;
}

// The words the rules marked `needsWord` cannot match without, in their flags (`iu`). One search of a
// line for them spares it those rules' `^.{0,100}\b…` scans, which try the word at every offset;
// almost no line holds one.
const RULE_WORDS = /required fields are marked|captcha|©|\(c\)|copyright|all rights reserved/iu;

// Teaser keywords: followed by a colon or dash, or by a headline (no final punctuation).
const TEASER_WORDS = String.raw`also read|read also|see also|read more|more on this(?: story)?|related(?: articles?| stories| coverage| news| links?)?|recommended(?: for you)?|watch|listen|click here|you may also like`;
const BULLET = String.raw`^[•·▪►*>\-–]?\s*`;

// Each rule names what it recognises; the label goes into the report's excluded ranges. Rules
// match whole (trimmed) lines and stay short, so prose that happens to start alike is kept.
const LINE_RULES: readonly LineRule[] = [
  { label: 'comment-form', pattern: /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|join the (?:discussion|conversation)|\d+\s+(?:comments?|responses?|replies)|comments?\s*(?:\(\d+\))?)\s*$/iu, toEnd: true },
  { label: 'comment-form', pattern: /^please enter your (?:comment|name|e-?mail)/iu },
  { label: 'comment-form', pattern: /^your e-?mail address will not be published/iu },
  { label: 'comment-form', pattern: /^.{0,80}required fields are marked.{0,10}$/iu, needsWord: true },
  { label: 'comment-form', pattern: /^.{0,60}\bcaptcha\b.{0,60}$/iu, needsWord: true },
  { label: 'comment-form', pattern: /^(?:save my name, e-?mail|notify me of (?:follow-up comments|new posts))/iu },
  { label: 'teaser', pattern: new RegExp(`${BULLET}(?:${TEASER_WORDS})\\s*[:\\-–—|»>]`, 'iu') },
  { label: 'teaser', pattern: new RegExp(`${BULLET}(?:also read|read also|see also|read more)\\s+.{0,200}[^.!?"”]$`, 'iu') },
  { label: 'picture-credit', pattern: /^(?:picture|photo|image|photograph)s?\s*(?:source|credit|courtesy)?\s*[:\-–]\s*.{0,80}$/iu },
  { label: 'picture-credit', pattern: /^\(?(?:photo|picture|image)\s*(?:by|:)\s.{0,60}\)?$/iu },
  { label: 'share-buttons', pattern: /^(?:share(?: this(?: article| story)?)?(?: on)?|tweet|e-?mail|print|facebook|twitter|whatsapp|linkedin|reddit)(?:\s*[|·,]\s*(?:share|tweet|e-?mail|print|facebook|twitter|whatsapp|linkedin|reddit))*\s*$/iu },
  { label: 'copyright', pattern: /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})).{0,150}$|^.{0,100}\ball rights reserved\.?$/iu, needsWord: true },
  { label: 'advertisement', pattern: /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?)$/iu },
  { label: 'newsletter', pattern: /^(?:sign up|subscribe)(?: (?:now|today|here|to|for)\b.{0,80})?$|^follow (?:us|@\w+) on .{0,60}$/iu },
];

// The longest line a whole-line rule can match is well under this (their wildcards are bounded:
// `.{0,150}`); prose paragraphs are often thousands of characters, and trying a `^.{0,100}…` rule on
// each costs more than reading it. Rules that only look at the start of a line are tried on any line.
const BOUNDED_LINE = 320;
const PREFIX_RULES = LINE_RULES.filter((rule) => !rule.pattern.source.endsWith('$'));

// A credit line names a news agency and nothing else ("France Press agency", "AFP", "(Reuters)").
const AGENCY_CREDIT =
  /^[-–—(]?\s*(?:agence france[- ]presse|france[- ]?press(?:e)?(?: agency)?|afp|reuters|associated press|the associated press|ap|xinhua|dpa|ansa|efe|upi|press association|pa media|bernama|kyodo|yonhap|tass|anadolu(?: agency)?)\s*\)?\s*[.]?\s*$/iu;

// A line of prose: long and ending a sentence. A comment section only starts after some.
const PROSE_LINE = /^.{80,}[.!?]["”’)]?$/u;
const MAX_REPEATED_LINE = 150;

/**
 * Finds boilerplate lines: comment forms (and, once the article has begun, everything after
 * "Leave a reply"), "Also read" teasers, picture credits, share buttons, copyright and
 * advertisement labels, agency credit lines, and a headline repeated inside the body. Whole lines
 * only, so every sentence is either fully kept or fully excluded.
 */
export function findBoilerplate(text: string, from = 0): ExcludedRange[] {
  const ranges: ExcludedRange[] = [];
  const seenShortLines = new Set<string>();
  let afterProse = false;
  for (const { span } of lineRanges(text, from)) {
    const trimmed = text.slice(span.start, span.end).trim();
    if (trimmed === '') continue;
    const bounded = trimmed.length <= BOUNDED_LINE;
    const holdsRuleWord = bounded && RULE_WORDS.test(trimmed);
    const matches = (candidate: LineRule) => (holdsRuleWord || candidate.needsWord !== true) && candidate.pattern.test(trimmed);
    const rule = bounded ? LINE_RULES.find(matches) : PREFIX_RULES.find(matches);
    if (rule) {
      // "3 comments" under a headline is a counter; after the article it opens the comments.
      const toEnd = rule.toEnd === true && afterProse;
      ranges.push({ span: { start: span.start, end: toEnd ? text.length : span.end }, reason: 'boilerplate', label: rule.label });
      if (toEnd) break;
      continue;
    }
    if (trimmed.length <= BOUNDED_LINE && AGENCY_CREDIT.test(trimmed)) {
      ranges.push({ span, reason: 'boilerplate', label: 'agency-credit' });
      continue;
    }
    if (PROSE_LINE.test(trimmed)) afterProse = true;
    // A short line without final punctuation seen before is a repeated headline or section label.
    if (trimmed.length <= MAX_REPEATED_LINE && !/[.!?]["”’]?$/u.test(trimmed)) {
      const key = trimmed.toLowerCase().replace(/\s+/gu, ' ');
      if (seenShortLines.has(key)) {
        ranges.push({ span, reason: 'boilerplate', label: 'repeated-line' });
        continue;
      }
      seenShortLines.add(key);
    }
  }
  return ranges;
}
