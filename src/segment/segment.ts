import type { Article, Document } from '../types.js';
import { lineStartsOf } from './lines.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Cuts an article into sentences and tokens, with offsets into `article.text`. */
export function segment(article: Article): Document {
  const sentences = splitSentences(article.text, article.excluded).map((sentence, index) => {
    const text = article.text.slice(sentence.span.start, sentence.span.end);
    return {
      index,
      span: sentence.span,
      text,
      tokens: tokenize(text, sentence.span.start),
      block: sentence.block,
      paragraph: sentence.paragraph,
    };
  });
  return { article, sentences, lineStarts: lineStartsOf(article.text) };
}
