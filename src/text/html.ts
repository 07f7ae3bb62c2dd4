/**
 * The text of a message body as a person reads it: what detection reads, evidence quotes and the workspace
 * shows as a plain body. HTML goes through the one converter (tree.ts) over the platform's parser.
 */
import { parseHtml } from '#parse-html';
import { textOfTree } from './tree';

/** Plain text from HTML: every character reference decoded, quotes as "> " lines; see tree.ts. */
export function htmlToText(html: string): string {
  return textOfTree(parseHtml(html));
}

/**
 * A plain body "obviously contains HTML" when it has a closing tag, a <br>, or a script/style/img tag.
 * The tag's name must end there: "<a.galli@labsoft.it>" and "<p.smith@clinic.org>" are addresses.
 */
const LOOKS_LIKE_HTML =
  /<\/[a-z][a-z0-9]*\s*>|<(?:br|p|div|img|script|style|iframe|svg|a|span|table|blockquote)(?=[\s/>])/i;

export function looksLikeHtml(body: string): boolean {
  return body.includes('<') && LOOKS_LIKE_HTML.test(body);
}
