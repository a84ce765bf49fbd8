import type { Document, DocumentCacheHandle } from '../types.js';

/**
 * Work on one document that several extractors share (who says what, the views of the sentences'
 * events, the names of the article), kept while an extractor that reads it is still to run.
 * `extractDocument` lets each go after its last reader (`Extractor.caches`): on a big article such
 * caches weigh as much as its tokens, and all of them would otherwise live until the last extractor.
 */
export class DocumentCache<T> implements DocumentCacheHandle {
  private readonly byDocument = new WeakMap<Document, T>();

  get(doc: Document): T | undefined {
    return this.byDocument.get(doc);
  }

  set(doc: Document, value: T): T {
    this.byDocument.set(doc, value);
    return value;
  }

  forget(doc: Document): void {
    this.byDocument.delete(doc);
  }
}
