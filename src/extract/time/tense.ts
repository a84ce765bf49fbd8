import type { Token } from '../../types.js';
import type { Tense } from './frame.js';

/**
 * The tense of the clause around a time expression, read from the nearest verb group without a
 * part-of-speech tagger: auxiliaries ("will", "was", "has"), irregular past forms and "-ed" forms.
 * It only has to steer which Friday or which November is meant, so the nearest verb wins.
 */

const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo', "won't", 'won’t', 'would', "'d"]);
/** Verbs that put their object in the future whatever their own tense: "has scheduled a meeting Thursday". */
const SCHEDULING = new Set(['schedule', 'scheduled', 'schedules', 'rescheduled', 'plan', 'planned', 'plans', 'postponed', 'postpones', 'postpone', 'adjourned', 'deferred', 'slated', 'due', 'expected', 'expects', 'upcoming', 'next']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "didn't", 'didn’t', "wasn't", 'wasn’t', "weren't", 'weren’t', "hadn't", 'hadn’t']);
const PERFECT_AUX = new Set(['has', 'have', "hasn't", 'hasn’t', "haven't", 'haven’t', "'ve", '’ve']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "isn't", 'isn’t', "aren't", 'aren’t', 'does', 'do', "doesn't", 'doesn’t', "don't", 'don’t']);
/** Verbs and adjectives that, before "to", announce what is to come: "is due to", "plans to", "set to". */
const FUTURE_LEAD = new Set(['expected', 'scheduled', 'due', 'set', 'slated', 'supposed', 'planning', 'going', 'plans', 'plan', 'planned', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'hoped', 'expects', 'expect', 'poised', 'likely', 'unlikely', 'about', 'ready', 'prepared', 'preparing', 'wants', 'want', 'seeks', 'promised', 'vowed', 'pledged', 'agreed', 'decided', 'threatened']);

const IRREGULAR_PAST = new Set(
  ('arose awoke was were bore beat became began bent bet bit bled blew broke bred brought built burnt burst bought caught chose clung came cost crept cut dealt dug dove drew dreamt drank drove ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went ground grew hung heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made meant met paid proved quit ran rang rose said saw sought sold sent set shook shone shot showed shut sang sank sat slept slid spoke sped spent spun spat split spread sprang stood stole stuck stung struck strove swore swept swam swung took taught tore told thought threw understood woke wore wove wed wept won wound withdrew wrote ' +
    'overtook undertook underwent oversaw overcame outgrew withheld upheld foresaw mistook rebuilt reread retook')
    .split(' '),
);

/** Words ending in "-ed" that are not past tenses. */
const NOT_PAST = new Set(['need', 'needed', 'red', 'bed', 'hundred', 'shed', 'speed', 'seed', 'feed', 'deed', 'greed', 'weed', 'breed', 'creed', 'united', 'indeed', 'proceed', 'exceed', 'succeed', 'bleed', 'wed', 'sled', 'fled', 'led', 'bred', 'embed', 'steed', 'tweed', 'heed', 'reed', 'ahead', 'instead', 'dead', 'bread', 'head', 'spread', 'thread', 'tread', 'lead', 'read', 'ed', 'ted', 'fred', 'ned', 'med', 'mohammed', 'muhammad', 'ahmed', 'hamed', 'alfred', 'biased', 'based', 'related', 'limited', 'detailed', 'advanced', 'experienced', 'sophisticated', 'complicated', 'dedicated', 'talented', 'interested', 'concerned', 'skilled', 'armed', 'unarmed', 'unprecedented', 'unexpected', 'expected', 'scheduled', 'planned', 'proposed', 'anticipated', 'supposed', 'reported', 'alleged', 'so-called', 'used', 'aged', 'beloved', 'learned', 'naked', 'wicked', 'sacred', 'rugged', 'ragged', 'crooked', 'jagged', 'wretched', 'accused', 'wanted', 'unnamed', 'named', 'listed', 'elected', 'appointed', 'designated']);

const BOUNDARY = /^(?:[;:—–()[\]"“”]|--)$/u;
const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'where']);

function tenseOfWord(words: string[], i: number, original: string, rightOfMention = false): Tense | undefined {
  const w = words[i]!;
  // "in May" is the month, not the modal.
  if (w === 'may' && original.startsWith('M')) return undefined;
  const next = words[i + 1];
  const prev = words.slice(Math.max(0, i - 3), i);
  if (FUTURE_AUX.has(w)) return 'future';
  // "has scheduled a meeting Thursday" is ahead; "was scheduled for February", "had been due to expire Friday" are not.
  if (SCHEDULING.has(w)) return prev.some((aux) => aux === 'had' || aux === 'was' || aux === 'were') ? 'past' : 'future';
  if (w === 'going' && next === 'to') return 'future';
  // "agreed to meet on Friday": the infinitive is ahead. After the expression ("met in November with
  // Xi, who agreed to …") the lead verb does not govern it.
  if (FUTURE_LEAD.has(w) && next === 'to' && !rightOfMention) return 'future';
  // "was expected to arrive Thursday": ahead of the telling, not necessarily of publication — the nearest.
  if (PAST_AUX.has(w)) return FUTURE_LEAD.has(next ?? '') && words[i + 2] === 'to' ? 'present' : 'past';
  if (PERFECT_AUX.has(w)) return 'past';
  if (PRESENT_AUX.has(w)) return 'present';
  const past = IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w));
  if (!past) return undefined;
  // The auxiliary before a participle decides: "will be held", "is expected", "had been told".
  for (let k = prev.length - 1; k >= 0; k--) {
    const aux = prev[k]!;
    if (FUTURE_AUX.has(aux)) return 'future';
    if (PAST_AUX.has(aux) || PERFECT_AUX.has(aux)) return 'past';
    if (PRESENT_AUX.has(aux)) return 'present';
  }
  // "to be held", "to meet": an infinitive after a future lead is future; a bare participle after "to" is not a tense.
  if (prev[prev.length - 1] === 'to') return undefined;
  return 'past';
}

/**
 * Tense of the clause holding the token range `[first, last]` of a sentence: the tense of the
 * nearest verb within the clause, looking left first at equal distance.
 */
export function clauseTense(tokens: readonly Token[], first: number, last: number): Tense | undefined {
  const words = tokens.map((token) => token.text.toLowerCase());
  let best: { tense: Tense; distance: number } | undefined;
  for (let i = first - 1, distance = 1; i >= 0 && distance <= 12; i--, distance++) {
    if (BOUNDARY.test(words[i]!)) break;
    const tense = tenseOfWord(words, i, tokens[i]!.text);
    if (tense) {
      best = { tense, distance };
      break;
    }
  }
  for (let i = last + 1, distance = 1; i < words.length && distance <= 12; i++, distance++) {
    // A relative clause after the expression has its own verb: "in November with Xi, who agreed …".
    if (BOUNDARY.test(words[i]!) || RELATIVE.has(words[i]!)) break;
    if (best && distance >= best.distance) break;
    const tense = tenseOfWord(words, i, tokens[i]!.text, true);
    if (tense) {
      best = { tense, distance };
      break;
    }
  }
  return best?.tense;
}
