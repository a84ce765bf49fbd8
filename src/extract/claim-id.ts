import type { ClaimKind } from '../types.js';
import { idOfJoined, idPart } from '../util/hash.js';

/**
 * Claim ids survive edits elsewhere in the article: they hash the article id, the kind, the quoted
 * text and which occurrence of that text (of that kind) it is — not the offsets. The same id as
 * `stableId(kind, [article, kind, text, nth])`.
 */
export class ClaimIdAllocator {
  // By kind, the hashed head of its ids (article and kind) and how often each text came: counting by
  // text alone spares a key string per claim (a million on a 25 MB article).
  private readonly byKind = new Map<ClaimKind, { head: string; occurrences: Map<string, number> }>();

  constructor(private readonly article: string) {}

  next(kind: ClaimKind, text: string): string {
    let own = this.byKind.get(kind);
    if (!own) {
      own = { head: idPart(this.article) + idPart(kind), occurrences: new Map() };
      this.byKind.set(kind, own);
    }
    const nth = own.occurrences.get(text) ?? 0;
    own.occurrences.set(text, nth + 1);
    return idOfJoined(kind, own.head + idPart(text) + idPart(nth));
  }
}
