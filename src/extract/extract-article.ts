import type { Article, Claim, ClaimKind, Document, Extractor } from '../types.js';
import { segment } from '../segment/segment.js';
import { extractDocument } from './extract-document.js';
import { extractorsFor, PUBLICATION_DEPENDENT } from './registry.js';

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** The extractor, with a failure on this article reported on it instead of stopping the run. */
/**
 * An extraction failure, as an error on the article, once: an undated article is extracted again once
 * dated (`reextractArticle`), or dated first and extracted once (`extractDatedFirst`), and the report
 * must not depend on which way it went.
 */
function reportOnce(article: Article, message: string): void {
  if (article.problems.some((problem) => problem.severity === 'error' && problem.message === message)) return;
  article.problems.push({ path: article.path, severity: 'error', message });
}

function isolated(extractor: Extractor, article: Article): Extractor {
  return {
    ...extractor,
    extract(context) {
      try {
        return extractor.extract(context);
      } catch (error) {
        reportOnce(article, `the ${extractor.kind} extractor failed on this article: ${oneLine(error)}; its other claims are kept (please report it)`);
        return [];
      }
    },
  };
}

/**
 * Segments one article and runs the extractors over it. An extractor that fails becomes an `input`
 * problem on the article (its other claims are kept); a failure outside the extractors loses the
 * article's claims but not the run. Depends on nothing but the article, so it runs the same on any
 * thread: the output of a run does not depend on how its articles were spread over workers. `doc` is
 * the article's segmented text when at hand.
 */
export function extractArticle(article: Article, kinds?: readonly ClaimKind[], doc?: Document): Claim[] {
  return extractWith(article, kinds, doc);
}

/**
 * Extracts an article again after its publication date changed (dated by inference): the kinds that
 * depend on the date (`PUBLICATION_DEPENDENT`) are extracted again, the others keep `previous`, the
 * claims of the first extraction, which a full extraction would only find again. The result is what
 * `extractArticle` gives with the new date. `doc` is the article's segmented text when at hand.
 */
export function reextractArticle(article: Article, previous: readonly Claim[], kinds?: readonly ClaimKind[], doc?: Document): Claim[] {
  const wanted = kinds ? new Set(kinds) : undefined;
  const needed = extractorsFor(wanted);
  // With --kinds, the first extraction kept only the wanted kinds: claims that the date-dependent
  // extractors read (people, places) may be missing, so everything is extracted again.
  if (wanted && needed.some((extractor) => !wanted.has(extractor.kind))) return extractWith(article, kinds, doc);
  const kept = new Map<ClaimKind, Claim[]>();
  for (const extractor of needed) if (!PUBLICATION_DEPENDENT.has(extractor.kind)) kept.set(extractor.kind, []);
  for (const claim of previous) kept.get(claim.kind)?.push(claim);
  return extractWith(article, kinds, doc, kept);
}

function extractWith(article: Article, kinds?: readonly ClaimKind[], doc?: Document, kept?: ReadonlyMap<ClaimKind, readonly Claim[]>): Claim[] {
  const wanted = kinds ? new Set(kinds) : undefined;
  const extractors = extractorsFor(wanted).map((extractor) => isolated(extractor, article));
  try {
    return extractDocument(doc ?? segment(article), extractors, article.published, wanted, kept);
  } catch (error) {
    reportOnce(article, `could not be checked: ${oneLine(error)} (please report it)`);
    return [];
  }
}
