import type { Article, BlockKind, Document, Sentence, Span, Token } from '../types.js';
import { lineStartsOf } from './lines.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/**
 * A sentence whose tokens are made the first time they are read. Tokens are most of a document's
 * memory (a 25 MB article has five million), and an extractor that looks only at `text` never
 * needs them. A class, so the getter lives once on the prototype: a getter written in each
 * sentence's object literal gives every sentence its own hidden class (and an ~800-byte
 * dictionary), and makes every read of a sentence's fields megamorphic.
 */
class LazySentence implements Sentence {
  private cachedTokens: Token[] | undefined = undefined;
  constructor(
    readonly index: number,
    readonly span: Span,
    readonly text: string,
    readonly block: BlockKind,
    readonly paragraph: number,
    private readonly shareWords: boolean,
  ) {}

  get tokens(): Token[] {
    this.cachedTokens ??= tokenize(this.text, this.span.start, this.shareWords);
    return this.cachedTokens;
  }
}

// From this length on, an article's tokens share the strings of equal short words: on a news article
// the lookup per token costs more than the memory it saves (ECB+: ~0.2 s of CPU for nothing); on a
// very long text the copies add up (25 MB: ~100 MB).
const SHARED_WORDS_FROM = 1 << 20;

/** Cuts an article into sentences and tokens, with offsets into `article.text`. */
export function segment(article: Article): Document {
  const text = article.text;
  const shareWords = text.length >= SHARED_WORDS_FROM;
  const sentences = splitSentences(text, article.excluded).map(
    (sentence, index) => new LazySentence(index, sentence.span, text.slice(sentence.span.start, sentence.span.end), sentence.block, sentence.paragraph, shareWords),
  );
  return { article, sentences, lineStarts: lineStartsOf(text) };
}
