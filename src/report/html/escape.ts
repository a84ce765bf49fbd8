/**
 * Escapes text for HTML (and SVG) content and quoted attribute values. Every piece of article text,
 * metadata and message passes through here, so `<script>` or `onerror=` in an article stays text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

/** An article URL fit for `href`: only http(s) URLs; anything else (`javascript:`, `data:`) is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/**
 * A value usable inside an `id` and a `#fragment`: ids from the pipeline are already plain
 * (`f-3a9c…`), but article ids are file names and may hold anything.
 */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/gu, (char) => `_${char.codePointAt(0)!.toString(16)}_`)}`;
}
