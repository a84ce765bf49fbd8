/** Metadata a web page declares about itself. */
export interface PageMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  /** As written in the page (ISO date-time as a rule). */
  published?: string;
}

const ARTICLE_TYPES = /article|posting|report/iu;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Record<string, unknown>).name ?? (value as Record<string, unknown>)['@id']);
  return undefined;
}

/** All JSON-LD objects in a parsed value: top-level arrays and `@graph` lists are opened. */
function objectsOf(value: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const queue: unknown[] = [value];
  while (queue.length > 0 && out.length < 100) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      out.push(item as Record<string, unknown>);
      const graph = (item as Record<string, unknown>)['@graph'];
      if (Array.isArray(graph)) queue.push(...graph);
    }
  }
  return out;
}

/**
 * Reads the article metadata of a `<script type="application/ld+json">` block (schema.org
 * `NewsArticle` and kin): headline, publisher, url, datePublished. The block is parsed as JSON
 * data, never run; a block that is not valid JSON is ignored.
 */
export function readJsonLd(source: string): PageMetadata {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return {};
  }
  const objects = objectsOf(parsed);
  const article = objects.find((object) => ARTICLE_TYPES.test(String(object['@type'] ?? ''))) ?? objects.find((object) => 'datePublished' in object);
  if (!article) return {};
  const result: PageMetadata = {};
  const title = text(article.headline) ?? text(article.name);
  const outlet = text(article.publisher);
  const url = text(article.url) ?? text(article.mainEntityOfPage);
  const published = text(article.datePublished) ?? text(article.dateCreated);
  if (title) result.title = title;
  if (outlet) result.outlet = outlet;
  if (url && /^https?:\/\//iu.test(url)) result.url = url;
  if (published) result.published = published;
  return result;
}
