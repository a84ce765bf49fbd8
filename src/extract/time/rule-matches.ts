import type { Candidate } from './refine.js';
import { TIME_RULES } from './rules/index.js';
import { readWords } from './rules/rule.js';

// Runs our rules over one sentence. Most sentences hold no time expression, and most rules match
// nowhere in a sentence that wakes them: both are ruled out as cheaply as can be, before any
// pattern is tried word by word.

/** Which rules each keyword wakes (see `TimeRule.keywords`). */
const RULES_BY_KEYWORD = new Map<string, number[]>();
TIME_RULES.forEach((rule, index) => {
  for (const keyword of rule.keywords) {
    const rules = RULES_BY_KEYWORD.get(keyword);
    if (rules) rules.push(index);
    else RULES_BY_KEYWORD.set(keyword, [index]);
  }
});

/**
 * Words as one alternation grouped by first letter ("d(?:ay|ays|aily)|w(?:eek|eeks)"): at each
 * character the search tries one group, not every word (half the cost over a sentence).
 */
function alternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const rests = byFirst.get(word[0]!);
    if (rests) rests.push(word.slice(1));
    else byFirst.set(word[0]!, [word.slice(1)]);
  }
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

const KEYWORD_WORDS = [...RULES_BY_KEYWORD.keys()].filter((keyword) => !keyword.startsWith('#'));
/**
 * A digit (chrono's shapes and the `#…` markers need one), or a keyword standing as a word, in
 * any case; with `u`, the Kelvin sign that `toLowerCase` turns into a "k" matches one too.
 */
const MAY_HOLD_TIME = new RegExp(`\\d|(?<![a-z\\d])(?:${alternation(KEYWORD_WORDS)})(?![a-z\\d])`, 'iu');

/**
 * False when neither our rules nor chrono can find anything in the text: it holds no digit and
 * none of the rules' keywords. Half the sentences of news articles are such, and one search over
 * them costs a fifth of reading their words.
 */
export function mayHoldTime(text: string): boolean {
  return MAY_HOLD_TIME.test(text);
}

/** The rules' patterns, global (each rule's own copy: `lastIndex` is state). */
const PATTERNS = TIME_RULES.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`));

/**
 * The matches of a global pattern that begin where an expression may start (`starts`, increasing:
 * an expression never starts inside a word, except after a hyphen: "mid-2012"), left to right,
 * each after the last one kept — what trying the pattern at each start in turn finds, with one
 * search over the text instead of one call per word: most woken patterns match nowhere, and one
 * search that fails costs less than twenty failed calls.
 */
export function matchesAt(pattern: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let next = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    while (next < starts.length && starts[next]! < at) next++;
    if (next === starts.length) break;
    if (starts[next] !== at) {
      // Inside a word ("U.S.2010"): search again from the next start.
      pattern.lastIndex = starts[next]!;
    } else if (match[0].length === 0) {
      pattern.lastIndex = at + 1;
    } else {
      matches.push(match);
      pattern.lastIndex = at + match[0].length;
    }
  }
  return matches;
}

/** Our rules' proposals for one sentence; a rule's priority is its place in `TIME_RULES`. */
export function ruleCandidates(text: string): Candidate[] {
  // The woken rules are listed as they wake (a sentence wakes a few of forty), then run in
  // priority order: the forty are not gone through for each sentence.
  const isWoken = new Uint8Array(TIME_RULES.length);
  const woken: number[] = [];
  const starts = readWords(text, (word) => {
    const rules = RULES_BY_KEYWORD.get(word);
    if (rules === undefined) return;
    for (let i = 0; i < rules.length; i++) {
      const index = rules[i]!;
      if (isWoken[index] === 0) {
        isWoken[index] = 1;
        woken.push(index);
      }
    }
  });
  woken.sort((a, b) => a - b);
  const candidates: Candidate[] = [];
  for (const priority of woken) {
    const rule = TIME_RULES[priority]!;
    for (const match of matchesAt(PATTERNS[priority]!, text, starts)) {
      const frame = rule.build({ match, text });
      if (!frame) continue;
      const [start, end] = rule.span ? rule.span({ match, text }) : [match.index, match.index + match[0].length];
      candidates.push({ start, end, frame, source: rule.name, priority });
    }
  }
  return candidates;
}
