/**
 * The ceiling on what detection reads of one message, so that reading any ticket costs bounded time: a
 * pasted log or a many-megabyte body is read no further than a normal message.
 *
 * Read: the first TEXT_HEAD and the last TEXT_TAIL characters of each message's text, where people write
 * their request and their sign-off question. Skipped: the middle of a longer message (a pasted log, a
 * long quoted history), replaced by a blank line so no phrase spans the cut. HTML bodies are cut before
 * parsing as well, to their first MARKUP_HEAD and last MARKUP_TAIL characters of markup; the tail keeps
 * the quote depth it had in the whole message, so quoted history at the end stays quoted, and a tail that
 * starts inside a script or style skips to its end.
 */
import { htmlToText, looksLikeHtml } from './html';

export const TEXT_HEAD = 32_000;
export const TEXT_TAIL = 16_000;
/**
 * Markup is mostly tags and styles: four times the text budget holds the text of a real email's head and
 * tail, and bounds the parser's work (an HTML5 parser checks scope across the open elements, so deeply
 * nested markup costs more than its length).
 */
export const MARKUP_HEAD = 4 * TEXT_HEAD;
export const MARKUP_TAIL = 4 * TEXT_TAIL;

/** Stands for the skipped middle: a paragraph break, so nothing reads across it. */
const CUT = '\n\n';
/** Deepest quote nesting restored around the tail of a cut HTML body. */
const MAX_QUOTE_DEPTH = 32;

/** The text detection reads of one message body (plain, or HTML when `html` or when it obviously is). */
export function readText(body: string, html: boolean): string {
  if (!html && !looksLikeHtml(body)) return excerpt(body);
  if (body.length <= MARKUP_HEAD + MARKUP_TAIL) {
    return excerpt(htmlToText(body));
  }
  const headEnd = safeCut(body, MARKUP_HEAD);
  const { start, depth } = tailOf(body, tagBoundaryAfter(body, safeCut(body, body.length - MARKUP_TAIL)));
  const head = htmlToText(body.slice(0, headEnd));
  const tail = htmlToText('<blockquote>'.repeat(Math.min(depth, MAX_QUOTE_DEPTH)) + body.slice(start));
  return headAndTail(head, tail);
}

/** The first TEXT_HEAD characters of `head` and the last TEXT_TAIL of `tail`, joined by CUT. */
function headAndTail(head: string, tail: string): string {
  const start = head.slice(0, safeCut(head, Math.min(head.length, TEXT_HEAD)));
  const end = tail.slice(safeCut(tail, Math.max(0, tail.length - TEXT_TAIL)));
  return start === '' || end === '' ? start + end : start + CUT + end;
}

/** A text within the ceiling: whole when short, else its head and tail. */
const excerpt = (text: string): string =>
  text.length <= TEXT_HEAD + TEXT_TAIL ? text : headAndTail(text, text);

/** `index`, moved back by one when it would split a surrogate pair (an emoji) in two. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/** Where the markup after `index` starts on a tag boundary: just after the next '>' if one is near. */
function tagBoundaryAfter(html: string, index: number): number {
  const close = html.indexOf('>', index);
  const open = html.indexOf('<', index);
  // Inside a tag when a '>' comes before any '<': start after it.
  return close >= 0 && (open < 0 || close < open) ? close + 1 : index;
}

/** The tags whose state carries into the tail: quotes, and script or style whose content is not text. */
const STATE_TAG = /<(\/?)(blockquote|script|style)(?=[\s/>])/gi;
const HIDDEN_END = /<\/(script|style)(?=[\s/>])/gi;

/**
 * Where the tail's text starts and how many quotes are open there (a tag count over the markup before it,
 * no parsing): a tail that starts inside a script or style starts after its end instead.
 */
function tailOf(html: string, index: number): { start: number; depth: number } {
  let depth = 0;
  let hidden: string | undefined;
  for (const match of html.slice(0, index).matchAll(STATE_TAG)) {
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    if (hidden !== undefined) {
      if (closing && name === hidden) hidden = undefined;
    } else if (name === 'blockquote') {
      depth = closing ? Math.max(0, depth - 1) : depth + 1;
    } else if (!closing) {
      hidden = name;
    }
  }
  if (hidden === undefined) return { start: index, depth };
  HIDDEN_END.lastIndex = index;
  for (let end = HIDDEN_END.exec(html); end !== null; end = HIDDEN_END.exec(html)) {
    if ((end[1] ?? '').toLowerCase() === hidden) return { start: end.index, depth };
  }
  return { start: html.length, depth };
}
