import type { Article, Document, Sentence, Token } from '../types.js';
import { lineStartsOf } from './lines.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import { tokenize } from './tokenize.js';

/**
 * A sentence whose tokens are made the first time they are read. Tokens are most of a document's
 * memory (a 25 MB article has five million), and an extractor that looks only at `text` never
 * needs them.
 */
function sentenceOf(article: Article, sentence: SentenceSpan, index: number): Sentence {
  const text = article.text.slice(sentence.span.start, sentence.span.end);
  let tokens: Token[] | undefined;
  return {
    index,
    span: sentence.span,
    text,
    get tokens(): Token[] {
      tokens ??= tokenize(text, sentence.span.start);
      return tokens;
    },
    block: sentence.block,
    paragraph: sentence.paragraph,
  };
}

/** Cuts an article into sentences and tokens, with offsets into `article.text`. */
export function segment(article: Article): Document {
  const sentences = splitSentences(article.text, article.excluded).map((sentence, index) => sentenceOf(article, sentence, index));
  return { article, sentences, lineStarts: lineStartsOf(article.text) };
}
