/**
 * Ticket HTML is hostile input: it comes from anyone who can email support. It is parsed in an inert
 * document (DOMParser runs no script and loads nothing) and rebuilt from an allowlist of formatting
 * elements; every attribute is dropped except a checked link target. Images become a text placeholder, so
 * no comment can make the browser fetch anything.
 */

const KEPT = new Set([
  'p',
  'br',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'span',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'hr',
]);
/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
]);

export function sanitizeHtml(html: string, into: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = into.createDocumentFragment();
  copyChildren(parsed.body, fragment, into);
  return fragment;
}

/** The sanitized markup as a string (for the composer's model). */
export function sanitizedMarkup(html: string): string {
  const holder = document.createElement('div');
  holder.append(sanitizeHtml(html));
  return holder.innerHTML;
}

function copyChildren(from: Node, to: Node, doc: Document): void {
  from.childNodes.forEach((child) => {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(child.textContent ?? ''));
      return;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) return;
    const element = child as Element;
    const tag = element.localName;
    if (DROPPED.has(tag)) return;
    if (tag === 'img') {
      to.appendChild(
        doc.createTextNode(`[image${element.getAttribute('alt') ? `: ${element.getAttribute('alt')}` : ''}]`),
      );
      return;
    }
    if (!KEPT.has(tag)) {
      copyChildren(element, to, doc);
      return;
    }
    const copy = doc.createElement(tag);
    if (tag === 'a') copyLinkTarget(element, copy);
    copyChildren(element, copy, doc);
    to.appendChild(copy);
  });
}

function copyLinkTarget(from: Element, to: HTMLElement): void {
  const href = from.getAttribute('href') ?? '';
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'mailto:') return;
    to.setAttribute('href', url.href);
    to.setAttribute('target', '_blank');
    to.setAttribute('rel', 'noopener noreferrer');
  } catch {
    // A relative or malformed link points nowhere useful here: keep the text only.
  }
}
