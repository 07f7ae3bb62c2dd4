/**
 * Turns a message body into the plain text detection reads and evidence quotes: tags removed,
 * entities decoded, script/style/comment content dropped (it is never text a person wrote).
 * One left-to-right scan with indexOf jumps, so a 5 MB body costs one pass.
 */

/** Elements whose content is code or styling, never words. */
const HIDDEN_ELEMENTS = ['script', 'style', 'template', 'noscript', 'head', 'title'];

/** Tags that end a line in a rendered message; other tags join the text around them. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]); // prettier-ignore

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', bull: '•',
  copy: '©', reg: '®', trade: '™', szlig: 'ß', euro: '€', iexcl: '¡', iquest: '¿', ordm: 'º', ordf: 'ª',
}; // prettier-ignore

/** Accented letters by entity suffix (&eacute; &Ccedil; ...), built from combining marks. */
const MARKS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a',
}; // prettier-ignore

function namedEntity(name: string): string | undefined {
  const known = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (known !== undefined) return known;
  const match = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(name);
  const mark = MARKS[match?.[2] ?? ''];
  if (!match || mark === undefined) return undefined;
  const composed = (name.charAt(0) + mark).normalize('NFC');
  return composed.length === 1 ? composed : undefined;
}

function codePointEntity(digits: string, hex: boolean): string | undefined {
  const code = parseInt(digits, hex ? 16 : 10);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return undefined;
  }
  return code === 0xa0 ? ' ' : String.fromCodePoint(code);
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

/** Decodes character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    const decoded =
      dec !== undefined
        ? codePointEntity(dec, false)
        : hex !== undefined
          ? codePointEntity(hex, true)
          : namedEntity(name ?? '');
    return decoded ?? whole;
  });
}

/** A plain body "obviously contains HTML" when it has a closing tag, a <br>, or a script/style/img tag. */
const LOOKS_LIKE_HTML =
  /<\/[a-zA-Z][a-zA-Z0-9]*\s*>|<(?:br|p|div|img|script|style|iframe|svg|a|span|table)\b/i;

export function looksLikeHtml(body: string): boolean {
  return body.includes('<') && LOOKS_LIKE_HTML.test(body);
}

const TAG_NAME = /^<\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/;

/** Removes tags, hidden elements and comments; decodes entities in the text between them. */
export function stripHtml(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    if (open > i) out.push(decodeEntities(html.slice(i, open)));
    i = skipMarkup(html, lower, open, out);
  }
  return out.join('');
}

/** Skips the markup starting at `open` (a '<'); returns where text resumes. */
function skipMarkup(html: string, lower: string, open: number, out: string[]): number {
  if (lower.startsWith('<!--', open)) {
    const end = html.indexOf('-->', open + 4);
    return end < 0 ? html.length : end + 3;
  }
  const name = TAG_NAME.exec(html.slice(open, open + 40))?.[1]?.toLowerCase();
  if (name === undefined && !lower.startsWith('<!', open) && !lower.startsWith('<?', open)) {
    out.push('<'); // a lone "<" as in "a < b" is text
    return open + 1;
  }
  const close = tagEnd(html, open + 1);
  if (close < 0) return html.length;
  const isEndTag = html[open + 1] === '/';
  if (name !== undefined && !isEndTag && HIDDEN_ELEMENTS.includes(name) && html[close - 1] !== '/') {
    const endTag = lower.indexOf(`</${name}`, close + 1);
    if (endTag < 0) return html.length;
    const endClose = html.indexOf('>', endTag);
    return endClose < 0 ? html.length : endClose + 1;
  }
  if (name !== undefined && BLOCK_TAGS.has(name)) out.push('\n');
  return close + 1;
}

/** Longest attribute value honoured; past it a stray quote is taken as text, keeping the scan linear. */
const MAX_TAG_LENGTH = 4096;

/** The '>' that ends a tag, skipping quoted attribute values (`onerror="a>b"`). */
function tagEnd(html: string, from: number): number {
  let quote = '';
  const limit = Math.min(html.length, from + MAX_TAG_LENGTH);
  for (let i = from; i < limit; i++) {
    const ch = html[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  return html.indexOf('>', from);
}

/** The text of a message body as a person reads it. */
export function plainText(body: string, html: boolean): string {
  return html || looksLikeHtml(body) ? stripHtml(body) : body;
}
