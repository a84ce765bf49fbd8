import type * as ChronoEn from 'chrono-node/en';
import { chronoEnglish } from '../util/chrono-english.js';

type ParsingContext = Parameters<ChronoEn.Parser['pattern']>[0];

// One duration as chrono-node 2.10's English patterns write it (`en/constants.js`): a number, then a
// unit. Written out here since chrono does not export it; tests/ingest/dateline-chrono.test.ts fails
// if chrono's patterns stop holding it.
export const DURATION_SOURCE = String.raw`(?:(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?))\s{0,3}(?:(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y))`;
export const ABOUT_SOURCE = String.raw`(?:(?:about|around)\s{0,3})?`;

/**
 * chrono's relative-duration parsers ("two days ago", "in 5 minutes", "next 3 weeks"), by class name,
 * each with the part of its pattern that every match holds: the cue word and the duration beside
 * it. Their patterns repeat the duration up to ten times, and V8 spends ~0.1 s compiling each such
 * pattern to machine code the second time it runs — on header lines such as "12:01AM GMT" where it
 * finds nothing. Each part keeps its pattern's flags (`i`, no `u`), so it matches wherever the
 * pattern could; where it does not, the parser is not run. A renamed class is simply not guarded:
 * it costs time, never a result.
 */
export const DURATION_CUES: ReadonlyMap<string, { part: RegExp; forwardDateOptional?: boolean }> = new Map([
  ['ENTimeUnitAgoFormatParser', { part: new RegExp(`${DURATION_SOURCE}\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`, 'i') }],
  ['ENTimeUnitLaterFormatParser', { part: new RegExp(`${DURATION_SOURCE}\\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))`, 'i') }],
  // When dates are read forward its "within" is optional ("5 days" alone is a date): not guarded then.
  ['ENTimeUnitWithinFormatParser', { part: new RegExp(`(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${ABOUT_SOURCE}${DURATION_SOURCE}`, 'i'), forwardDateOptional: true }],
  ['ENTimeUnitCasualRelativeFormatParser', { part: new RegExp(`(this|last|past|next|after|\\+|-)\\s*${ABOUT_SOURCE}${DURATION_SOURCE}`, 'i') }],
]);

// Matches nothing: what a guarded parser searches for in a text where it cannot match.
const NOTHING = /(?!)/;

/** A parser that searches only texts holding the part every match of it holds; elsewhere it finds nothing, as it would. */
function guarded(parser: ChronoEn.Parser, { part, forwardDateOptional }: { part: RegExp; forwardDateOptional?: boolean }): ChronoEn.Parser {
  const mayMatch = (context: ParsingContext) => (forwardDateOptional === true && Boolean(context.option.forwardDate)) || part.test(context.text);
  return {
    pattern: (context) => (mayMatch(context) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

let casual: ChronoEn.Chrono | undefined;

/**
 * chrono's English casual parser as the dateline reader uses it: the same parsers and refiners in
 * the same order, so it finds exactly what `chrono.casual` finds, with the relative-duration parsers
 * run only on text holding a duration with their cue word. Built on first use.
 */
export function datelineChrono(): ChronoEn.Chrono {
  if (!casual) {
    const en = chronoEnglish();
    const configuration = en.configuration.createCasualConfiguration(false);
    const parsers = configuration.parsers.map((parser) => {
      const cue = DURATION_CUES.get(parser.constructor.name);
      return cue ? guarded(parser, cue) : parser;
    });
    casual = new en.Chrono({ parsers, refiners: configuration.refiners });
  }
  return casual;
}
