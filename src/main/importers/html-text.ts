/**
 * HTML to plain text, safely. The page is parsed by jsdom's DOMParser, which runs no script
 * and loads nothing, and its body is cleaned by DOMPurify before any text is read: scripts,
 * styles, event handlers, forms, frames, embedded objects and images from the network are
 * dropped. One jsdom window serves a whole thread: making one costs more than a page.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { shorten } from './text-metadata';

export interface HtmlMetadata {
  readonly title?: string;
  readonly author?: string;
  /** A date the page states about itself, as written (ISO or free text). */
  readonly dateText?: string;
  readonly url?: string;
  readonly language?: string;
  /** The charset a `<meta>` declares, for decoding the bytes. */
  readonly charset?: string;
}

const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'template',
  'noscript',
];

/**
 * Elements dropped with all they hold: the forbidden ones that can hold anything (not the
 * empty link, meta, base and input, nor option, which only a dropped select holds), and the
 * head with the title, which is taken separately.
 */
const HOLD_NOTHING_OF_THEIR_OWN = new Set(['link', 'meta', 'base', 'input', 'option']);
const DROPPED_WITH_CONTENT = new Set([
  ...FORBIDDEN_TAGS.filter((tag) => !HOLD_NOTHING_OF_THEIR_OWN.has(tag)),
  'head',
  'title',
]);

let shared: { purifier: DOMPurify; parser: DOMParser } | undefined;

/** One DOMPurify and one parser per thread, on a jsdom window of their own. */
function tools(): { purifier: DOMPurify; parser: DOMParser } {
  if (!shared) {
    // No `runScripts` and no `resources`: jsdom then runs nothing and fetches nothing.
    const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
    const purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('uponSanitizeElement', (node, data) => {
      // Forms, frames and the like go with their content (a button's label, a hidden
      // value), which is not part of the article; DOMPurify would keep it as text.
      if (DROPPED_WITH_CONTENT.has(data.tagName)) {
        node.parentNode?.removeChild(node);
        return;
      }
      // Only images carried in the page itself survive: a remote one would be fetched when
      // the HTML is shown, telling its server who reads the archive.
      if (
        data.tagName === 'img' &&
        !/^data:image\//i.test((node as Element).getAttribute('src') ?? '')
      )
        node.parentNode?.removeChild(node);
    });
    shared = { purifier, parser: new window.DOMParser() };
  }
  return shared;
}

/** Parses a page once, for both its metadata and its text. */
export function parseHtml(html: string): Document {
  return tools().parser.parseFromString(html, 'text/html');
}

const SANITIZE = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'ping'],
};

/** The body of an HTML page, cleaned, as HTML. */
export function sanitizeHtml(html: string): string {
  return tools().purifier.sanitize(html, SANITIZE);
}

/** A page's own statements about itself: title, author, date, address, language. */
export function htmlMetadata(page: string | Document): HtmlMetadata {
  const doc = typeof page === 'string' ? parseHtml(page) : page;
  const meta = (...names: string[]) => {
    for (const name of names) {
      const value = doc
        .querySelector(`meta[name="${name}" i], meta[property="${name}" i]`)
        ?.getAttribute('content')
        ?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const headings = [...doc.querySelectorAll('h1')].map((h) => oneLine(h.textContent ?? ''));
  const title =
    meta('og:title', 'dc.title') ??
    (headings.length === 1 && headings[0] ? headings[0] : undefined) ??
    (oneLine(doc.title) || undefined) ??
    headings.find(Boolean);
  const charset =
    doc.querySelector('meta[charset]')?.getAttribute('charset') ??
    /charset=([\w-]+)/i.exec(
      doc.querySelector('meta[http-equiv="content-type" i]')?.getAttribute('content') ?? '',
    )?.[1];
  return {
    title: title ? shorten(title, 200) : undefined,
    author: meta('author', 'article:author', 'dc.creator', 'byl')?.replace(/^by\s+/i, ''),
    dateText:
      meta('article:published_time', 'date', 'dc.date', 'pubdate', 'publish-date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    url:
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      meta('og:url') ??
      undefined,
    language: doc.documentElement.getAttribute('lang')?.slice(0, 20) || undefined,
    charset: charset ?? undefined,
  };
}

/** Elements that make a line of their own; BLOCKS make a paragraph. */
const LINES = new Set(['li', 'tr', 'dt', 'dd']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** The readable text of a page: paragraphs on lines of their own, spaces collapsed. */
export function htmlToText(page: string | Document): string {
  const doc = typeof page === 'string' ? parseHtml(page) : page;
  const clean = tools().purifier.sanitize(doc.body ?? doc.documentElement, {
    ...SANITIZE,
    RETURN_DOM_FRAGMENT: true,
  });
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType === 11) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    // A paragraph has a blank line on each side; a line (a list item) starts a new line.
    parts.push(block ? '\n\n' : LINES.has(tag) ? '\n' : tag === 'td' || tag === 'th' ? ' ' : '');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(clean);
  return parts
    .join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
