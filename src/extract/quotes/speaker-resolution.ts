import type { Claim, Document, PersonValue, Span } from '../../types.js';
import { sentenceIndexAt } from '../../segment/sentence-at.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** A speaker after pronouns and names are resolved. */
export interface ResolvedSpeaker {
  /** The name or description the words are attributed to; absent when unknown. */
  speaker?: string;
  /** The speaker phrase as written ("he", "Mr Alishbandi", "a senior US official"). */
  text: string;
  span: Span;
  kind: 'named' | 'anonymous' | 'unknown';
  /** How it was found: the phrase itself, a pronoun resolved to an earlier speaker, … */
  via: 'phrase' | 'pronoun' | 'continuation' | 'colon';
  /** Entity key of the person, when the people extractor ran. */
  entity?: string;
  institution: boolean;
}

// A pronoun is resolved only to a speaker or person this close; farther back it is unclear.
const MAX_SENTENCES_BACK = 5;

interface Known {
  resolved: ResolvedSpeaker;
  sentence: number;
  start: number;
}

/**
 * Resolves speaker phrases in reading order. A pronoun takes the nearest earlier speaker (or, when
 * the people extractor ran, the first person named in the nearest earlier sentence that names one),
 * whichever is closer: "he" after "“…,” Blinken said" is Blinken.
 */
export class SpeakerResolver {
  private readonly known: Known[] = [];
  /** Person claims by start offset (a stable sort: claims arrive in that order already). */
  private readonly persons: Claim<'person'>[];

  constructor(
    private readonly doc: Document,
    earlier: readonly Claim[],
  ) {
    this.persons = earlier.filter((claim): claim is Claim<'person'> => claim.kind === 'person').sort((a, b) => a.span.start - b.span.start);
  }

  /** Index of the first person claim starting at or after `offset`, by binary search. */
  private firstPersonFrom(offset: number): number {
    let low = 0;
    let high = this.persons.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.persons[mid]!.span.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private personAt(span: Span): Claim<'person'> | undefined {
    // Only claims starting inside the span can lie inside it: a search, then a walk over those few.
    for (let k = this.firstPersonFrom(span.start); k < this.persons.length; k++) {
      const claim = this.persons[k]!;
      if (claim.span.start >= span.end) break;
      if (claim.span.end <= span.end && (claim.span.end === span.end || claim.value.mention === 'pronoun')) return claim;
    }
    return undefined;
  }

  /** Resolves one phrase met at sentence `sentence`; later calls may resolve pronouns to it. */
  resolve(phrase: SpeakerPhrase, sentence: number): ResolvedSpeaker {
    const person = this.personAt(phrase.span);
    let resolved: ResolvedSpeaker;
    if (person && (phrase.kind !== 'pronoun' || person.value.mention === 'pronoun')) {
      resolved = this.fromPerson(phrase, person.value, phrase.kind === 'pronoun' ? 'pronoun' : 'phrase');
    } else if (phrase.kind === 'pronoun') {
      resolved = this.resolvePronoun(phrase, sentence);
    } else {
      resolved = { speaker: phrase.text, text: phrase.text, span: phrase.span, kind: phrase.kind, via: 'phrase', institution: phrase.institution };
    }
    this.remember(resolved, sentence);
    return resolved;
  }

  /** Records a speaker found another way (a continued quote), so later pronouns can reach it. */
  remember(resolved: ResolvedSpeaker, sentence: number): void {
    if (resolved.kind !== 'unknown') this.known.push({ resolved, sentence, start: resolved.span.start });
  }

  private fromPerson(phrase: SpeakerPhrase, person: PersonValue, via: ResolvedSpeaker['via']): ResolvedSpeaker {
    return { speaker: person.canonical, text: phrase.text, span: phrase.span, kind: 'named', via, entity: person.entity, institution: false };
  }

  private resolvePronoun(phrase: SpeakerPhrase, sentence: number): ResolvedSpeaker {
    const pronoun = phrase.text.toLowerCase();
    const wantsInstitution = pronoun === 'it';
    const latter = /\b(?:latter|former)$/u.test(pronoun);
    const wantsPerson = pronoun === 'he' || pronoun === 'she' || pronoun === 'i' || latter;
    let speaker: Known | undefined;
    for (let k = this.known.length - 1; k >= 0; k--) {
      const candidate = this.known[k]!;
      if (candidate.start >= phrase.span.start) continue;
      if (sentence - candidate.sentence > MAX_SENTENCES_BACK) break;
      if (wantsInstitution && !candidate.resolved.institution) continue;
      if (wantsPerson && candidate.resolved.institution) continue;
      speaker = candidate;
      break;
    }
    const person = wantsPerson ? this.nearestPerson(phrase.span.start, sentence, pronoun.endsWith('latter')) : undefined;
    if (latter && person) return this.fromPerson(phrase, person.value, 'pronoun');
    if (person && (!speaker || this.sentenceOf(person.span.start) > speaker.sentence)) {
      return this.fromPerson(phrase, person.value, 'pronoun');
    }
    if (speaker) return { ...speaker.resolved, text: phrase.text, span: phrase.span, via: 'pronoun' };
    return { text: phrase.text, span: phrase.span, kind: 'unknown', via: 'pronoun', institution: wantsInstitution };
  }

  /**
   * The first person named in the nearest earlier sentence that names one (the subject, most often);
   * with `last`, the last one ("the latter").
   */
  private nearestPerson(before: number, sentence: number, last = false): Claim<'person'> | undefined {
    // Claims are in text order, so their sentences never decrease: walk back from `before` over the
    // sentences in reach only. The first named person met is in the nearest sentence; without
    // `last`, keep walking back through that sentence to its first one.
    let found: Claim<'person'> | undefined;
    for (let k = this.firstPersonFrom(before) - 1; k >= 0; k--) {
      const claim = this.persons[k]!;
      if (sentence - claim.sentence > MAX_SENTENCES_BACK || (found && claim.sentence !== found.sentence)) break;
      if (claim.value.mention === 'pronoun') continue;
      found = claim;
      if (last) break;
    }
    return found;
  }

  /** The sentence holding `offset`, or 0 when it falls between sentences. */
  private sentenceOf(offset: number): number {
    const index = sentenceIndexAt(this.doc, offset);
    const span = this.doc.sentences[index]?.span;
    return span && span.start <= offset && offset < span.end ? index : 0;
  }
}
