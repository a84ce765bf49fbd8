import type { Sentence } from '../../types.js';
import { textsOf, type Chunk } from './chunks.js';
import { tokenAfter } from './cues.js';
import { isOrganizationName } from './titled-name.js';
import { initialsOf, isAcronym } from './words.js';

/**
 * Acronyms the article defines: "UN Relief and Works Agency (UNRWA)", "the Meteorology and
 * Geophysics Agency (BMG)", "the UN Relief and Works Agency, or UNRWA". In parentheses right after an
 * organisation name the acronym is accepted as written (agencies keep acronyms of their own language);
 * otherwise its letters must be the long form's initials.
 */
export function definedAcronyms(sentences: readonly Sentence[], chunks: readonly Chunk[], text: string): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const chunk of chunks) {
    if (chunk.possessive || chunk.words.length < 2) continue;
    const tokens = sentences[chunk.sentence]!.tokens;
    const after = tokenAfter(chunk);
    let acronym: string | undefined;
    let needsInitials = true;
    if (tokens[after]?.text === '(' && tokens[after + 2]?.text === ')' && isAcronym(tokens[after + 1]!.text)) {
      acronym = tokens[after + 1]!.text;
      needsInitials = !isOrganizationName(chunk.words);
    } else if (tokens[after]?.text === ',' && tokens[after + 1]?.text === 'or' && isAcronym(tokens[after + 2]?.text ?? '')) {
      acronym = tokens[after + 2]!.text;
    }
    if (!acronym || acronyms.has(acronym)) continue;
    const letters = acronym.replace(/\./gu, '').toUpperCase();
    if (needsInitials && initialsOf(textsOf(chunk.words)) !== letters) continue;
    acronyms.set(acronym, chunk.name);
  }
  return acronyms;
}
