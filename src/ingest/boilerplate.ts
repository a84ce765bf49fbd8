import type { ExcludedRange, Span } from '../types.js';

interface LineRule {
  label: string;
  pattern: RegExp;
  /** The rest of the article after this line is boilerplate too (comment sections). */
  toEnd?: boolean;
}

// Each rule names what it recognises; the label goes into the report's excluded ranges.
const LINE_RULES: readonly LineRule[] = [
  { label: 'comment-form', pattern: /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|\d+\s+comments?)\s*$/iu, toEnd: true },
  { label: 'comment-form', pattern: /^please enter your (?:comment|name|email)/iu },
  { label: 'comment-form', pattern: /^your email address will not be published/iu },
  { label: 'comment-form', pattern: /required fields are marked/iu },
  { label: 'comment-form', pattern: /captcha/iu },
  { label: 'teaser', pattern: /^[•·▪*>\-–]?\s*(?:also read|see also|read more|related(?: articles?| stories| coverage)?|more on this|recommended|watch)\s*[:\-–]?\s/iu },
  { label: 'picture-credit', pattern: /^(?:picture|photo|image|photograph)s?\s*(?:source|credit|courtesy)?\s*[:\-–]\s*.{0,80}$/iu },
  { label: 'picture-credit', pattern: /^\(?(?:photo|picture|image)\s*(?:by|:)\s.{0,60}\)?$/iu },
  { label: 'share-buttons', pattern: /^(?:share(?: this)?(?: on)?|tweet|email|print|facebook|twitter|whatsapp|linkedin)(?:\s*[|·,]\s*(?:share|tweet|email|print|facebook|twitter|whatsapp|linkedin))*\s*$/iu },
  { label: 'copyright', pattern: /^(?:©|\(c\)|copyright\b).{0,120}$/iu },
];

// A credit line names a news agency and nothing else ("France Press agency", "AFP", "(Reuters)").
const AGENCY_CREDIT =
  /^\(?(?:agence france[- ]presse|france[- ]?press(?:e)?(?: agency)?|afp|reuters|associated press|the associated press|ap|xinhua|dpa|ansa|efe|upi|press association|pa media|bernama|kyodo|yonhap|tass|anadolu(?: agency)?)\)?\s*[.]?\s*$/iu;

interface LineInfo {
  span: Span;
  content: string;
}

function lines(text: string, from: number): LineInfo[] {
  const out: LineInfo[] = [];
  let start = from;
  while (start < text.length) {
    let newline = text.indexOf('\n', start);
    if (newline === -1) newline = text.length;
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    out.push({ span: { start, end }, content: text.slice(start, end) });
    start = newline + 1;
  }
  return out;
}

/**
 * Finds boilerplate lines: comment forms (and everything after "Leave a reply"), "Also read" teasers,
 * picture credits, agency credit lines, and a headline repeated inside the body. Whole lines only,
 * so every sentence is either fully kept or fully excluded.
 */
export function findBoilerplate(text: string, from = 0): ExcludedRange[] {
  const ranges: ExcludedRange[] = [];
  const seenShortLines = new Set<string>();
  for (const line of lines(text, from)) {
    const trimmed = line.content.trim();
    if (trimmed === '') continue;
    const rule = LINE_RULES.find((candidate) => candidate.pattern.test(trimmed));
    if (rule) {
      const end = rule.toEnd ? text.length : line.span.end;
      ranges.push({ span: { start: line.span.start, end }, reason: 'boilerplate', label: rule.label });
      if (rule.toEnd) break;
      continue;
    }
    if (AGENCY_CREDIT.test(trimmed)) {
      ranges.push({ span: line.span, reason: 'boilerplate', label: 'agency-credit' });
      continue;
    }
    // A short line without final punctuation seen before is a repeated headline or section label.
    const key = trimmed.toLowerCase();
    if (trimmed.length <= 150 && !/[.!?]["”]?$/u.test(trimmed)) {
      if (seenShortLines.has(key)) {
        ranges.push({ span: line.span, reason: 'boilerplate', label: 'repeated-line' });
        continue;
      }
      seenShortLines.add(key);
    }
  }
  return ranges;
}
