/**
 * The one HTML-to-text conversion: a walk over a parsed HTML document that writes what a person reads.
 * The parser differs by platform (the browser's own DOMParser in the sidebar and the workspace page, parse5
 * in Node; see parseHtml.*.ts); both build the same HTML5 tree and decode every character reference, so
 * this walk is the only place where markup becomes text.
 *
 * What comes out:
 * - the text of every element, with whitespace collapsed as a browser renders it (kept in <pre>);
 * - line breaks for <br> and block elements (<div>, <li>, headings...), a blank line around <p>;
 * - the content of <blockquote> as lines prefixed with "> ", nested quotes "> > ": reply history stays
 *   recognisable as quoted once the markup is gone;
 * - nothing of script, style, template, head, noscript or iframe content, nor comments or attributes.
 * The walk is iterative (no recursion), so a document nested a million levels deep costs one pass.
 */

/** How the walk reads one parser's nodes. */
export interface TreeReader<N> {
  /** Lower-case local name of an element; undefined for every other node. */
  elementName(node: N): string | undefined;
  /** The characters of a text node; undefined for every other node. */
  textOf(node: N): string | undefined;
  children(node: N): ArrayLike<N>;
}

export interface HtmlTree<N> {
  root: N;
  reader: TreeReader<N>;
}

/** Elements whose content is code, styling or fallback, never words a person wrote or reads. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe']);
/** Elements that render on lines of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'plaintext', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]); // prettier-ignore
/** Elements whose whitespace and line breaks are kept as written. */
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'textarea', 'xmp']);
/** Table cells: a space between neighbours on a row. */
const CELLS = new Set(['td', 'th']);

/** The whitespace HTML collapses (ASCII whitespace; a no-break space is kept, as a plain space). */
/** Whitespace that renders differently from what is written: a run, or a single tab or line break. */
const WHITESPACE_RUN = /[\t\n\f\r ]{2,}|[\t\n\f\r]/g;

/** Writes text line by line, each line prefixed by its blockquote depth. */
class TextWriter {
  private readonly out: string[] = [];
  /** Depth of <blockquote> nesting at this point of the walk. */
  depth = 0;
  /** Inside <pre> and its kin when > 0. */
  preformatted = 0;
  /** Something (at least the quote prefix) is on the current line. */
  private lineOpen = false;
  private pendingSpace = false;
  /** Line breaks owed before the next text (a blank line is 2), and the shallowest depth they span. */
  private pendingBreaks = 0;
  private breakDepth = 0;

  text(data: string): void {
    if (this.preformatted > 0) {
      data.split('\n').forEach((line, index) => {
        if (index > 0) this.hardBreak();
        if (line !== '') this.word(line);
      });
      return;
    }
    const collapsed = data.replace(WHITESPACE_RUN, ' ');
    const start = collapsed.startsWith(' ') ? 1 : 0;
    const end = collapsed.length > start && collapsed.endsWith(' ') ? collapsed.length - 1 : collapsed.length;
    if (start === 1) this.space();
    if (end > start) this.word(collapsed.slice(start, end));
    if (end < collapsed.length) this.space();
  }

  space(): void {
    if (this.lineOpen) this.pendingSpace = true;
  }

  /** A <br>, or a newline in preformatted text: ends the line, an empty one included. */
  hardBreak(): void {
    this.flushBreaks();
    if (!this.lineOpen) this.out.push(this.prefix(this.depth));
    this.out.push('\n');
    this.lineOpen = false;
    this.pendingSpace = false;
  }

  /** Block boundaries: at least `count` line breaks before the next text, none at the very start. */
  requireBreaks(count: number): void {
    this.pendingSpace = false;
    if (this.out.length === 0) return;
    this.breakDepth = this.pendingBreaks === 0 ? this.depth : Math.min(this.breakDepth, this.depth);
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  result(): string {
    return this.out.join('').trim();
  }

  private word(word: string): void {
    this.flushBreaks();
    if (!this.lineOpen) {
      this.out.push(this.prefix(this.depth));
      this.lineOpen = true;
    } else if (this.pendingSpace) {
      this.out.push(' ');
    }
    this.pendingSpace = false;
    this.out.push(word.includes('\u00a0') ? word.replaceAll('\u00a0', ' ') : word);
  }

  private flushBreaks(): void {
    if (this.pendingBreaks === 0) return;
    let breaks = this.pendingBreaks;
    this.pendingBreaks = 0;
    // The first break ends the current line; at the start of a line (after a <br>) it is already there.
    if (this.lineOpen) this.out.push('\n');
    this.lineOpen = false;
    breaks -= 1;
    const blank = `${this.prefix(Math.min(this.breakDepth, this.depth))}\n`;
    for (; breaks > 0; breaks--) this.out.push(blank);
  }

  private prefix(depth: number): string {
    return depth === 0 ? '' : '> '.repeat(depth);
  }
}

function open(writer: TextWriter, name: string): void {
  if (name === 'br') return writer.hardBreak();
  if (name === 'p') return writer.requireBreaks(2);
  if (name === 'blockquote') {
    writer.requireBreaks(1);
    writer.depth += 1;
    return;
  }
  if (BLOCKS.has(name)) writer.requireBreaks(1);
  if (PREFORMATTED.has(name)) writer.preformatted += 1;
}

function close(writer: TextWriter, name: string): void {
  if (name === 'p') return writer.requireBreaks(2);
  if (name === 'blockquote') {
    writer.depth -= 1;
    writer.requireBreaks(1);
    return;
  }
  if (PREFORMATTED.has(name)) writer.preformatted -= 1;
  if (BLOCKS.has(name)) writer.requireBreaks(1);
  else if (CELLS.has(name)) writer.space();
}

/** The text of a parsed document, as described above. */
export function textOfTree<N>({ root, reader }: HtmlTree<N>): string {
  const writer = new TextWriter();
  // Nodes still to visit, and the names of elements whose end comes when their children are done.
  const stack: ({ node: N } | { closes: string })[] = [{ node: root }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if ('closes' in item) {
      close(writer, item.closes);
      continue;
    }
    const name = reader.elementName(item.node);
    if (name !== undefined && HIDDEN.has(name)) continue;
    if (name === undefined) {
      const text = reader.textOf(item.node);
      if (text !== undefined) {
        writer.text(text);
        continue;
      }
    } else {
      open(writer, name);
      stack.push({ closes: name });
    }
    const children = reader.children(item.node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as N });
  }
  return writer.result();
}
