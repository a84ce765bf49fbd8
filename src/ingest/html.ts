import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { flattenDeepNesting } from './html-depth.js';
import { readJsonLd, type PageMetadata } from './html-metadata.js';

export interface HtmlArticle extends PageMetadata {
  /** The main text: block elements become paragraphs separated by blank lines. */
  text: string;
}

// Never article prose.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'nav',
  'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'figure', 'head',
  'title', 'video', 'audio', 'map',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'hr', 'figcaption', 'address',
  'details', 'summary',
]);
const PUBLISHED_KEYS = new Set([
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
]);

function attr(node: Element, name: string): string | undefined {
  const value = node.attribs[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Takes the main text and metadata out of an HTML page with a real parser (htmlparser2). The text
 * comes from `<article>` (or `<main>`) when the page has one, else `<body>`; scripts, navigation,
 * headers, footers and forms are dropped. Metadata comes from `<meta>` tags (Open Graph, Dublin
 * Core), JSON-LD, `<link rel=canonical>`, `<title>` and `<time>`. Offsets of the article then refer
 * to the returned text. Markup nested deeper than browsers build it is flattened first, and the
 * walks are iterative, so deeply nested pages neither overflow the stack nor take quadratic time.
 */
export function readHtml(html: string): HtmlArticle {
  const document = parseDocument(flattenDeepNesting(html), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta: PageMetadata = {};
  const fromLd: PageMetadata = {};
  let titleText: string | undefined;
  let statedTime: string | undefined;
  let firstTime: string | undefined;
  let seenParagraph = false;
  let articleRoot: Element | undefined;
  let mainRoot: Element | undefined;
  let bodyRoot: Element | undefined;

  // First pass, in document order: metadata and the best root for the text.
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'meta') {
      const key = (attr(node, 'property') ?? attr(node, 'name') ?? attr(node, 'itemprop'))?.toLowerCase();
      const content = attr(node, 'content');
      if (key && content) {
        if (key === 'og:title') meta.title ??= content;
        else if (key === 'og:site_name' || key === 'application-name') meta.outlet ??= content;
        else if (key === 'og:url') meta.url ??= content;
        else if (PUBLISHED_KEYS.has(key)) meta.published ??= content;
      }
    } else if (name === 'link' && attr(node, 'rel')?.toLowerCase() === 'canonical') {
      meta.url ??= attr(node, 'href');
    } else if (name === 'title') {
      titleText ??= textOf(node, false).trim() || undefined;
    } else if (name === 'script' && attr(node, 'type')?.toLowerCase() === 'application/ld+json') {
      mergeMissing(fromLd, readJsonLd(textOf(node, false)));
    } else if (name === 'time') {
      const datetime = attr(node, 'datetime');
      // A <time> marked as the publication date wins; else the first one before any paragraph
      // (a <time> inside the prose dates an event, not the page).
      if (datetime && (attr(node, 'itemprop')?.toLowerCase() === 'datepublished' || 'pubdate' in node.attribs)) statedTime ??= datetime;
      else if (datetime && !seenParagraph) firstTime ??= datetime;
    } else if (name === 'p') {
      seenParagraph = true;
    }
    if (name === 'article') articleRoot ??= node;
    if (name === 'main') mainRoot ??= node;
    if (name === 'body') bodyRoot ??= node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  mergeMissing(meta, fromLd);
  meta.published ??= statedTime ?? firstTime;
  meta.title ??= titleText;
  const root = articleRoot ?? mainRoot ?? bodyRoot;
  const text = root ? textOf(root, true) : document.children.map((child) => textOf(child, true)).join('');
  const result: HtmlArticle = { text: tidy(text) };
  for (const key of ['title', 'outlet', 'url', 'published'] as const) if (meta[key] !== undefined) result[key] = meta[key];
  return result;
}

function mergeMissing(target: PageMetadata, source: PageMetadata): void {
  for (const key of ['title', 'outlet', 'url', 'published'] as const) if (target[key] === undefined && source[key] !== undefined) target[key] = source[key];
}

/** Concatenated text of a subtree; block elements separated by blank lines when `blocks` is set. */
function textOf(root: AnyNode, blocks: boolean): string {
  const parts: string[] = [];
  const stack: (AnyNode | { close: string })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      parts.push(item.close);
      continue;
    }
    if (item.type === 'text') {
      const data = (item as unknown as { data: string }).data;
      parts.push(blocks ? data.replace(/\s+/gu, ' ') : data);
      continue;
    }
    if (!isElement(item)) continue;
    if (blocks && SKIPPED.has(item.name) && item !== root) continue;
    if (blocks && item.name === 'br') {
      parts.push('\n');
      continue;
    }
    if (blocks && BLOCK.has(item.name)) {
      parts.push('\n\n');
      if (/^h[1-6]$/u.test(item.name)) parts.push('#'.repeat(Number(item.name[1])) + ' ');
      if (item.name === 'li') parts.push('- ');
      stack.push({ close: '\n\n' });
    }
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  return parts.join('');
}

/** Collapses the whitespace produced by the walk: trimmed lines, at most one blank line between blocks. */
function tidy(text: string): string {
  const tidied = text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .map((line) => (/^(?:#{1,6}|-)$/u.test(line) ? '' : line))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return tidied === '' ? '' : `${tidied}\n`;
}
