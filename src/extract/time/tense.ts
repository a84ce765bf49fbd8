import type { Token } from '../../types.js';
import type { Tense } from './frame.js';

/**
 * The tense of the clause around a time expression, read from the nearest verb group without a
 * part-of-speech tagger: auxiliaries ("will", "was", "has"), irregular past forms and "-ed" forms.
 * It only has to steer which Friday or which November is meant, so the nearest verb wins.
 */

const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo', "won't", 'won’t', 'would', "'d", 'may', 'might', 'should', 'must']);
/** Scheduling words in the present, or adjectives: what they govern is ahead ("plans to meet Friday", "due Monday"). */
const SCHEDULING = new Set(['postpones', 'postpone', 'reschedules', 'due', 'expects', 'upcoming', 'next']);
/**
 * Their participles: "has scheduled a hearing Thursday" is ahead; "a summit set for April", "was
 * planned for March" told a plan whose day may be either side of publication.
 */
const SCHEDULED = new Set(['scheduled', 'rescheduled', 'planned', 'postponed', 'adjourned', 'deferred', 'slated', 'expected']);
/** Verbs whose simple present tells a timetable: what they place is ahead. */
const TIMETABLE = new Set(['opens', 'reopens', 'begins', 'starts', 'ends', 'meets', 'convenes', 'resumes', 'closes', 'expires', 'arrives', 'departs', 'leaves', 'visits', 'travels', 'returns', 'concludes', 'kicks', 'airs', 'runs', 'launches', 'debuts', 'premieres', 'votes', 'holds', 'hosts', 'hears', 'plays', 'faces', 'goes']);
/**
 * Their plain forms, which are the simple present after a plural subject ("ministers meet Friday",
 * "voters go to the polls Sunday") but also nouns, infinitives and adjectives ("a vote Friday", "to
 * meet", "stayed open") — see `isPluralPresent`.
 */
const TIMETABLE_PLAIN = new Set(['open', 'reopen', 'begin', 'start', 'end', 'meet', 'convene', 'resume', 'close', 'expire', 'arrive', 'depart', 'leave', 'visit', 'travel', 'return', 'conclude', 'kick', 'air', 'launch', 'debut', 'premiere', 'vote', 'hold', 'host', 'hear', 'play', 'face', 'go']);
/** Words ending in "s" that are not plural subjects. */
const NOT_PLURAL = new Set(['as', 'us', 'its', 'his', 'this', 'thus', 'plus', 'less', 'unless', 'across', 'is', 'was', 'has', 'does', 'yes', 'perhaps', 'whereas']);
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'you', 'i', 'who', 'which']);

const isName = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/**
 * "Ministers meet Friday", "they meet Friday", "Obama and Netanyahu meet Friday": a plain timetable
 * verb after what can be a plural subject — a plural noun, a pronoun, a name — is the finite present
 * of its clause. After anything else it is a noun, an infinitive or a complement ("the first visit
 * in 14 years", "to meet", "a vote", "stayed open").
 */
function isPluralPresent(w: string, i: number, words: readonly string[], originals: readonly string[]): boolean {
  if (!TIMETABLE_PLAIN.has(w) || i === 0) return false;
  const before = words[i - 1]!;
  if (SUBJECT_PRONOUNS.has(before)) return true;
  if (NOT_PLURAL.has(before) || /['’]s$/u.test(before)) return false;
  // A name ("Obama and Netanyahu meet"), but not one that modifies a noun ("the White House visit").
  if (i - 1 > 0 && isName(originals[i - 1]!)) {
    let k = i - 1;
    while (k > 0 && isName(originals[k - 1]!)) k--;
    return k > 0 && !DETERMINERS.has(words[k - 1]!) && !/['’]s$/u.test(words[k - 1]!);
  }
  return /^\p{Ll}+s$/u.test(before) && !before.endsWith('ss');
}
/** Nouns that, before "to", name something planned: "an agreement to buy the bank in January". */
const PLAN_NOUNS = new Set(['agreement', 'deal', 'offer', 'bid', 'proposal', 'decision', 'intention', 'effort', 'attempt', 'pact', 'accord', 'move']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "didn't", 'didn’t', "wasn't", 'wasn’t', "weren't", 'weren’t', "hadn't", 'hadn’t']);
const PERFECT_AUX = new Set(['has', 'have', "hasn't", 'hasn’t', "haven't", 'haven’t', "'ve", '’ve']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "isn't", 'isn’t', "aren't", 'aren’t', 'does', 'do', "doesn't", 'doesn’t', "don't", 'don’t']);
/** Verbs and adjectives that, before "to", announce what is to come: "is due to", "plans to", "set to". */
const FUTURE_LEAD = new Set(['expected', 'scheduled', 'due', 'set', 'slated', 'supposed', 'planning', 'going', 'plans', 'plan', 'planned', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'hoped', 'expects', 'expect', 'poised', 'likely', 'unlikely', 'about', 'ready', 'prepared', 'preparing', 'wants', 'want', 'seeks', 'promised', 'vowed', 'pledged', 'agreed', 'decided', 'threatened']);
/** The past forms among them: after the expression ("In May, he vowed to …") they date the vow, not its object. */
const PAST_LEAD = new Set(['expected', 'scheduled', 'planned', 'hoped', 'promised', 'vowed', 'pledged', 'agreed', 'decided', 'threatened', 'prepared']);

const IRREGULAR_PAST = new Set(
  ('arose awoke was were bore beat became began bent bet bit bled blew broke bred brought built burnt burst bought caught chose clung came cost crept cut dealt dug dove drew dreamt drank drove ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went ground grew hung heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made meant met paid proved quit ran rang rose said saw sought sold sent set shook shone shot showed shut sang sank sat slept slid spoke sped spent spun spat split spread sprang stood stole stuck stung struck strove swore swept swam swung took taught tore told thought threw understood woke wore wove wed wept won wound withdrew wrote ' +
    'overtook undertook underwent oversaw overcame outgrew withheld upheld foresaw mistook rebuilt reread retook')
    .split(' '),
);

/** Words ending in "-ed" that are not past tenses. */
const NOT_PAST = new Set(['need', 'needed', 'red', 'bed', 'hundred', 'shed', 'speed', 'seed', 'feed', 'deed', 'greed', 'weed', 'breed', 'creed', 'united', 'indeed', 'proceed', 'exceed', 'succeed', 'bleed', 'wed', 'sled', 'fled', 'led', 'bred', 'embed', 'steed', 'tweed', 'heed', 'reed', 'ahead', 'instead', 'dead', 'bread', 'head', 'spread', 'thread', 'tread', 'lead', 'read', 'ed', 'ted', 'fred', 'ned', 'med', 'mohammed', 'muhammad', 'ahmed', 'hamed', 'alfred', 'biased', 'based', 'related', 'limited', 'detailed', 'advanced', 'experienced', 'sophisticated', 'complicated', 'dedicated', 'talented', 'interested', 'concerned', 'skilled', 'armed', 'unarmed', 'unprecedented', 'unexpected', 'expected', 'scheduled', 'planned', 'proposed', 'anticipated', 'supposed', 'reported', 'alleged', 'so-called', 'used', 'aged', 'beloved', 'learned', 'naked', 'wicked', 'sacred', 'rugged', 'ragged', 'crooked', 'jagged', 'wretched', 'accused', 'wanted', 'unnamed', 'named', 'listed', 'elected', 'appointed', 'designated']);

/** What follows "has"/"have" when they are the verb of possession: a preposition, a determiner, a number. */
const POSSESSED = /^(?:until|till|to|a|an|the|no|some|any|its|his|her|their|our|one|two|three|four|five|six|seven|eight|nine|ten|several|many|much|more|less|only|just|about|\d.*)$/u;
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'every', 'each', 'any', 'no']);

/** The words before an "-ed" word are a determiner, maybe with an adverb: "the", "a still", "an as yet". */
function isDeterminedAdjective(prev: readonly string[]): boolean {
  const last = prev[prev.length - 1] ?? '';
  if (DETERMINERS.has(last)) return true;
  const adverb = last === 'still' || last === 'newly' || last === 'recently' || last === 'yet' || last.endsWith('ly');
  return adverb && DETERMINERS.has(prev[prev.length - 2] ?? '');
}

/** Tokens that end a clause: these marks, and a double hyphen. */
const BOUNDARY = new Set([';', ':', '—', '–', '(', ')', '[', ']', '"', '“', '”', '--']);
const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'where']);

/**
 * Every word `tenseOfWord` can give a tense to, but "-ed" forms: the others (most of a clause's
 * words) are passed over after one lookup instead of a dozen.
 */
const TENSE_WORDS: ReadonlySet<string> = new Set([
  ...FUTURE_AUX, ...TIMETABLE, ...TIMETABLE_PLAIN, ...SCHEDULING, ...SCHEDULED, ...FUTURE_LEAD, ...PLAN_NOUNS,
  ...PAST_AUX, ...PERFECT_AUX, ...PRESENT_AUX, ...IRREGULAR_PAST, 'set', 'going', 'is', 'are', 'am', 'was', 'were',
]);

function tenseOfWord(words: string[], i: number, originals: readonly string[], rightOfMention = false): Tense | undefined {
  const w = words[i]!;
  if (!TENSE_WORDS.has(w) && !(w.length > 4 && w.endsWith('ed'))) return undefined;
  const original = originals[i]!;
  // "in May" is the month, not the modal.
  if (w === 'may' && original.startsWith('M')) return undefined;
  const next = words[i + 1];
  const prev = words.slice(Math.max(0, i - 3), i);
  if (FUTURE_AUX.has(w)) return 'future';
  // "The summit opens Monday", "the deal expires Friday": the simple present of a timetable.
  if (TIMETABLE.has(w) && !rightOfMention) return 'future';
  if (!rightOfMention && isPluralPresent(w, i, words, originals)) return 'future';
  // "had been due to expire Friday": a plan told in the past, its day the nearest one. "next to"
  // is a preposition of place ("the building next to the embassy"), not a cue.
  if (SCHEDULING.has(w) && !(w === 'next' && next === 'to')) return prev.some((aux) => PAST_AUX.has(aux)) ? 'present' : 'future';
  // A day told before the participle ("On Friday, the board planned …") is when the planning
  // happened: the participle is then an ordinary past form.
  if (!rightOfMention && (SCHEDULED.has(w) || (w === 'set' && (next === 'for' || next === 'to')))) {
    if (prev.some((aux) => PERFECT_AUX.has(aux) || FUTURE_AUX.has(aux) || PRESENT_AUX.has(aux))) return 'future';
    // "was scheduled for February", "a service planned for Saturday": the plan is told, its day is the nearest.
    return 'present';
  }
  if (w === 'going' && next === 'to') return 'future';
  // "agreed to meet on Friday": the infinitive is ahead. After the expression ("In November, Xi
  // agreed to …") a past lead dates the agreeing.
  if (FUTURE_LEAD.has(w) && next === 'to' && !(rightOfMention && PAST_LEAD.has(w))) return 'future';
  // "announced an agreement to buy the bank in January": the plan's day is the nearest such one.
  if (PLAN_NOUNS.has(w) && next === 'to' && !rightOfMention) return 'present';
  // "is to resume trading Tuesday": what is arranged is ahead; "was to open in May" told it then.
  if (next === 'to' && (w === 'is' || w === 'are' || w === 'am')) return 'future';
  if (next === 'to' && (w === 'was' || w === 'were')) return 'present';
  // "was expected to arrive Thursday": ahead of the telling, not necessarily of publication — the nearest.
  if (PAST_AUX.has(w)) return FUTURE_LEAD.has(next ?? '') && words[i + 2] === 'to' ? 'present' : 'past';
  // "has until Monday to pay", "have a week to decide": possession, not a perfect.
  if (PERFECT_AUX.has(w)) return POSSESSED.test(next ?? '') ? 'present' : 'past';
  if (PRESENT_AUX.has(w)) return 'present';
  // "will be named", "was elected": after a form of "be", even an adjective-like "-ed" word is a participle.
  const afterBe = BE.has(prev[prev.length - 1] ?? '');
  const past = IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && (afterBe || !NOT_PAST.has(w)));
  if (!past) return undefined;
  // "a still unspecified date", "the revised plan": an "-ed" word after a determiner describes a noun.
  if (!IRREGULAR_PAST.has(w) && isDeterminedAdjective(prev)) return undefined;
  // The auxiliary before a participle decides: "will be held", "is expected", "had been told".
  for (let k = prev.length - 1; k >= 0; k--) {
    const aux = prev[k]!;
    if (FUTURE_AUX.has(aux)) return 'future';
    if (PAST_AUX.has(aux) || PERFECT_AUX.has(aux)) return 'past';
    if (PRESENT_AUX.has(aux)) return 'present';
  }
  // "to be held", "to meet": an infinitive after a future lead is future; a bare participle after "to" is not a tense.
  if (prev[prev.length - 1] === 'to') return undefined;
  // "guidelines to be published in November": an infinitive after a noun is what is to come; after
  // a verb ("was expected to be released") that verb decides.
  if (prev[prev.length - 1] === 'be' && prev[prev.length - 2] === 'to') {
    const governor = words[i - 3];
    const verbal = governor !== undefined && (FUTURE_LEAD.has(governor) || PLAN_NOUNS.has(governor) || tenseOfWord(words, i - 3, words) !== undefined);
    return verbal ? undefined : 'future';
  }
  return 'past';
}

/** A sentence's token texts and their lower case. */
interface ClauseWords {
  originals: string[];
  words: string[];
}

// The last sentence's words are kept: its expressions are read one after the other, so a sentence
// with several is lowered once, not once for each. One sentence only: a big article's words are
// not held twice.
let lastTokens: readonly Token[] | undefined;
let lastWords: ClauseWords = { originals: [], words: [] };

function wordsOf(tokens: readonly Token[]): ClauseWords {
  if (tokens !== lastTokens) {
    const originals = tokens.map((token) => token.text);
    lastWords = { originals, words: originals.map((text) => text.toLowerCase()) };
    lastTokens = tokens;
  }
  return lastWords;
}

/** How far (in tokens) the verb governing an expression is looked for on its left. */
const LEFT_REACH = 12;
/**
 * How far on its right: a short way, or to the end of a long fronted adverbial ("In January, a
 * week after …, a bombing killed …") when the expression opens its clause.
 */
const RIGHT_REACH = 12;
const RIGHT_REACH_FRONTED = 30;

/**
 * Tense of the clause holding the token range `[first, last]` of a sentence. An English clause puts
 * its verb before its adverbials ("will double its flights … by August"), so the nearest verb on
 * the left decides; a verb on the right decides only when there is none on the left ("On Friday,
 * the police arrested …"). Participles after the expression ("new markets untouched by …") thus
 * never outvote the verb that governs it.
 */
export function clauseTense(tokens: readonly Token[], first: number, last: number): Tense | undefined {
  const { originals, words } = wordsOf(tokens);
  let opensClause = true;
  for (let i = first - 1, distance = 1; i >= 0 && distance <= LEFT_REACH; i--, distance++) {
    // "will leave at 4 in the morning (4 a.m. EDT Thursday)": a bracketed restatement reads the clause around it.
    if (words[i] === '(' && distance === 1) continue;
    // "close at 22:00 local time (20:00 GMT) on Sunday": a bracketed aside is passed over, whole.
    if (words[i] === ')') {
      const open = words.lastIndexOf('(', i);
      if (open >= 0 && i - open <= LEFT_REACH) {
        i = open;
        continue;
      }
    }
    if (BOUNDARY.has(words[i]!)) break;
    const tense = tenseOfWord(words, i, originals);
    if (tense) return tense;
    if (distance <= 3 && /^\p{L}/u.test(words[i]!) && !PREPOSITION.has(words[i]!)) opensClause = false;
  }
  const reach = opensClause ? RIGHT_REACH_FRONTED : RIGHT_REACH;
  for (let i = last + 1, distance = 1; i < words.length && distance <= reach; i++, distance++) {
    // A relative clause after the expression has its own verb: "in November with Xi, who agreed …".
    if (BOUNDARY.has(words[i]!) || RELATIVE.has(words[i]!)) break;
    const tense = tenseOfWord(words, i, originals, true);
    if (tense) return tense;
  }
  return undefined;
}

/** Words that may open a fronted time adverbial ("In January", "Early on Friday"). */
const PREPOSITION = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'during', 'from', 'after', 'before', 'early', 'late', 'earlier', 'later', 'also', 'and', 'but', 'then', 'until', 'as', 'of', 'last', 'this', 'next', 'the']);
