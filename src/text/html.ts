/**
 * HTML to plain text for reading ticket bodies. Linear in the input: one left-to-right scan with indexOf,
 * no backtracking regular expressions, so a hostile 5 MB body costs one pass. Script, style and comment
 * content never becomes text; block elements become line breaks; entities are decoded.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const RAW_TEXT_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'textarea',
  'title',
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  ccedil: 'ç',
  iacute: 'í',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  uacute: 'ú',
  ntilde: 'ñ',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  Eacute: 'É',
  Agrave: 'À',
  Ccedil: 'Ç',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
};

/** Decodes character references: named ones above, decimal and hexadecimal. Unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** True when a "plain" body obviously carries markup (some exports put HTML in plain fields). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|span|a|b|i|strong|em|ul|ol|li|table|img|script|style|html|body|font)\b[^>]{0,200}>/i.test(
    text,
  );
}

export function htmlToText(html: string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      out += html.slice(at);
      break;
    }
    out += html.slice(at, open);
    const next = skipMarkup(html, open, (name) => {
      if (BLOCK_TAGS.has(name)) out += '\n';
    });
    if (next === open) {
      // A '<' that opens no tag (e.g. "a < b") is text.
      out += '<';
      at = open + 1;
    } else {
      at = next;
    }
  }
  return decodeEntities(out)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Skips the markup starting at `open` ('<') and returns where text resumes (`open` itself when the '<'
 * starts no markup); reports element names.
 */
function skipMarkup(html: string, open: number, onTag: (name: string) => void): number {
  if (html.startsWith('<!--', open)) {
    const end = html.indexOf('-->', open + 4);
    return end === -1 ? html.length : end + 3;
  }
  const match = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 40));
  if (!match) {
    // '<!' and '<?' declarations are skipped to the next '>'.
    if (html[open + 1] === '!' || html[open + 1] === '?') return endOfTag(html, open);
    return open;
  }
  const name = (match[1] ?? '').toLowerCase();
  const closing = html[open + 1] === '/';
  const afterTag = endOfTag(html, open);
  onTag(name);
  if (closing || !RAW_TEXT_TAGS.has(name)) return afterTag;
  // Raw text elements: their content is never text. Find the matching close tag case-insensitively.
  const close = indexOfIgnoreCase(html, `</${name}`, afterTag);
  return close === -1 ? html.length : endOfTag(html, close);
}

function endOfTag(html: string, open: number): number {
  const end = html.indexOf('>', open);
  return end === -1 ? html.length : end + 1;
}

function indexOfIgnoreCase(haystack: string, needle: string, from: number): number {
  // Lower-casing a window at a time keeps this linear without copying the whole body.
  const lowerNeedle = needle.toLowerCase();
  const chunk = 64 * 1024;
  for (let start = from; start < haystack.length; start += chunk - needle.length) {
    const window = haystack.slice(start, start + chunk).toLowerCase();
    const found = window.indexOf(lowerNeedle);
    if (found !== -1) return start + found;
    if (start + chunk >= haystack.length) break;
  }
  return -1;
}
