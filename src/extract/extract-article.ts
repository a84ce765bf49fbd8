import type { Article, Claim, ClaimKind, Extractor } from '../types.js';
import { segment } from '../segment/segment.js';
import { extractDocument } from './extract-document.js';
import { extractorsFor } from './registry.js';

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** The extractor, with a failure on this article reported on it instead of stopping the run. */
function isolated(extractor: Extractor, article: Article): Extractor {
  return {
    ...extractor,
    extract(context) {
      try {
        return extractor.extract(context);
      } catch (error) {
        article.problems.push({
          path: article.path,
          severity: 'error',
          message: `the ${extractor.kind} extractor failed on this article: ${oneLine(error)}; its other claims are kept (please report it)`,
        });
        return [];
      }
    },
  };
}

/**
 * Segments one article and runs the extractors over it. An extractor that fails becomes an `input`
 * problem on the article (its other claims are kept); a failure outside the extractors loses the
 * article's claims but not the run. Depends on nothing but the article, so it runs the same on any
 * thread: the output of a run does not depend on how its articles were spread over workers.
 */
export function extractArticle(article: Article, kinds?: readonly ClaimKind[]): Claim[] {
  const wanted = kinds ? new Set(kinds) : undefined;
  const extractors = extractorsFor(wanted).map((extractor) => isolated(extractor, article));
  try {
    return extractDocument(segment(article), extractors, article.published, wanted);
  } catch (error) {
    article.problems.push({ path: article.path, severity: 'error', message: `could not be checked: ${oneLine(error)} (please report it)` });
    return [];
  }
}
