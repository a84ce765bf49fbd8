import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';

export interface HtmlArticle {
  /** The main text: block elements become paragraphs separated by blank lines. */
  text: string;
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}

// Never article prose.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'nav',
  'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'figure', 'head',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'br', 'hr', 'figcaption', 'address',
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
 * comes from `<article>` (or `<main>`) when the page has one, else `<body>`; scripts, navigation
 * and forms are dropped. Walks iteratively so deeply nested pages cannot overflow the stack.
 */
export function readHtml(html: string): HtmlArticle {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const meta: Omit<HtmlArticle, 'text'> = {};
  let titleText: string | undefined;
  let articleRoot: Element | undefined;
  let mainRoot: Element | undefined;
  let bodyRoot: Element | undefined;

  // First pass: metadata and the best root for the text.
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'meta') {
      const key = (attr(node, 'property') ?? attr(node, 'name') ?? attr(node, 'itemprop'))?.toLowerCase();
      const content = attr(node, 'content');
      if (key && content) {
        if (key === 'og:title' && !meta.title) meta.title = content;
        else if (key === 'og:site_name' && !meta.outlet) meta.outlet = content;
        else if (key === 'og:url' && !meta.url) meta.url = content;
        else if (['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date'].includes(key) && !meta.published) meta.published = content;
      }
    } else if (name === 'link' && attr(node, 'rel')?.toLowerCase() === 'canonical' && !meta.url) {
      const href = attr(node, 'href');
      if (href) meta.url = href;
    } else if (name === 'title' && titleText === undefined) {
      titleText = textOf(node, false).trim() || undefined;
    } else if (name === 'time' && !meta.published) {
      const datetime = attr(node, 'datetime');
      if (datetime) meta.published = datetime;
    }
    if (name === 'article' && !articleRoot) articleRoot = node;
    if (name === 'main' && !mainRoot) mainRoot = node;
    if (name === 'body' && !bodyRoot) bodyRoot = node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  if (!meta.title && titleText) meta.title = titleText;
  const root = articleRoot ?? mainRoot ?? bodyRoot;
  const text = root ? textOf(root, true) : document.children.map((child) => textOf(child, true)).join('');
  return { text: tidy(text), ...meta };
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
      parts.push((item as unknown as { data: string }).data.replace(/\s+/gu, ' '));
      continue;
    }
    if (!isElement(item)) continue;
    if (blocks && SKIPPED.has(item.name)) continue;
    const isBlock = blocks && BLOCK.has(item.name);
    if (isBlock) {
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
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .join('\n')
    .replace(/^(#{1,6}|-)\s*$/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
    .concat('\n');
}
