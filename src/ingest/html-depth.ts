/**
 * How deep elements may nest before their tags are dropped. Browsers cap the tree the same way
 * (Chromium's HTML parser attaches anything deeper than 512 levels to the 512th ancestor).
 */
export const MAX_HTML_DEPTH = 512;

// A tag ends at the next "<" at the latest, so a stray "<a" cannot make the scan quadratic.
const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*?(\/?)>|<!--/gu;
// Elements that never hold children, and elements that the next sibling closes implicitly (an
// unclosed <p> or <li> does not make the page deeper).
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Drops the tags of elements nested deeper than `maxDepth`, keeping their text, in one linear
 * pass. htmlparser2 keeps its open elements in an array it shifts at the front, which costs time
 * in proportion to the depth for every tag: 100,000 nested `<div>`s would take many seconds.
 * Pages of ordinary depth are returned unchanged.
 */
export function flattenDeepNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  let depth = 0;
  let tooDeep = false;
  const dropped: [number, number][] = [];
  let rawUntil: string | undefined;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (name === undefined) {
      // A comment runs to "-->", or to the end of the page when never closed.
      const end = html.indexOf('-->', match.index + 4);
      if (end === -1) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const closing = match[1] === '/';
    if (rawUntil !== undefined) {
      // Inside <script> or <style>, tags are text until the matching end tag.
      if (closing && name === rawUntil) rawUntil = undefined;
      else continue;
    }
    if (FLAT.has(name) || match[3] === '/') continue;
    if (closing) {
      if (depth > maxDepth) dropped.push([match.index, match.index + match[0].length]);
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth++;
    if (depth > maxDepth) {
      tooDeep = true;
      dropped.push([match.index, match.index + match[0].length]);
    } else if (RAW_TEXT.has(name)) {
      rawUntil = name;
    }
  }
  if (!tooDeep) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of dropped) {
    parts.push(html.slice(at, start), ' ');
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
