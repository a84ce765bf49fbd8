import type { TimeRule } from './rule.js';
import { frame } from './rule.js';

/** "now", "right now", "currently", "these days", "at present", "the current …". */
const present: TimeRule = {
  name: 'present-ref',
  // "days" and "time" for "these days" and "at this time": rarer than "these" and "this".
  keywords: ['now', 'currently', 'presently', 'nowadays', 'current', 'present', 'days', 'time'],
  pattern: /(?<![\w'’-])(?:right\s+)?(now|currently|presently|nowadays|these\s+days|at\s+present|at\s+this\s+time|current)(?![\w'’-])/giu,
  build({ match, text }) {
    const word = match[1]!.toLowerCase();
    const after = text.slice(match.index + match[0].length);
    // "from now on" is a start, "now that" a conjunction; both still point at the present.
    if (word === 'current' && /^\s+(?:account|accounts|affairs|events|density|flow|form|president|leader|members?|and|of)\b/iu.test(after)) return undefined;
    return frame('ref', { ref: 'PRESENT_REF', stated: [] });
  },
};

/** "recently", "recent", "the past", "in the past", "formerly" is not a time. */
const past: TimeRule = {
  name: 'past-ref',
  keywords: ['recent', 'recently', 'past'],
  pattern: /(?<![\w'’-])(?:(?:most|more)\s+)?(recently|recent|the\s+past)(?![\w'’-])/giu,
  build({ match, text }) {
    const word = match[1]!.toLowerCase();
    const after = text.slice(match.index + match[0].length);
    // "the past two years", "the past week" belong to the duration rules.
    if (word.startsWith('the') && /^\s+(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|year|month|week|day|decade|century|quarter|hours?|minutes?|couple|half)/iu.test(after)) return undefined;
    if (word === 'recent' && /^\s+(?:years|months|weeks|days|decades|hours)\b/iu.test(after)) return undefined;
    return frame('ref', { ref: 'PAST_REF', stated: [] });
  },
};

/** "the future", "the near future", "the foreseeable future", "in future", "the near term", "as soon as possible". */
const future: TimeRule = {
  name: 'future-ref',
  keywords: ['future', 'term', 'possible'],
  pattern: /(?<![\w'’-])(?:the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+|not\s+too\s+distant\s+)?future|(?<=\bin\s)future|the\s+(?:near|short|long|medium)(?:er)?\s+term|as\s+soon\s+as\s+possible)(?![\w'’-])/giu,
  build({ match, text }) {
    // "the future of the alliance" is what becomes of something, not a time.
    if (/future$/iu.test(match[0]) && /^\s+of\b/iu.test(text.slice(match.index + match[0].length))) return undefined;
    return frame('ref', { ref: 'FUTURE_REF', stated: [] });
  },
};

export const REF_RULES: readonly TimeRule[] = [present, past, future];
