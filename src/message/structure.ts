/**
 * The structure of one email-like message, read before any phrase is: what the author writes now,
 * what they forward (their own older mail), and what they quote (earlier messages, often ours).
 *
 * Works on plain text (HTML is converted first, `<blockquote>` becoming "> " lines). Every output is
 * exactly as long as the input, with the other parts blanked (line ends kept), so an offset found in
 * any part quotes the original text unchanged. One pass over the lines, each looked at a bounded
 * number of times: linear in the message length whatever its shape.
 */
import { foldForMatching } from '../detect/normalize';
import {
  CLOSING_LINES,
  DISCLAIMER_OPENINGS,
  DISCLAIMER_WORDS,
  FORWARD_MARKERS,
  HEADER_LABELS,
  MOBILE_FOOTERS,
  NOTIFICATION_UPDATED,
  ORIGINAL_MESSAGE_MARKERS,
  REPLY_HEADER_VERBS,
} from './markers';
import { LineStarts } from './lineStarts';
import { isWhitespace } from '../text/whitespace';

export interface MessageStructure {
  /** The author's new words; quoted, forwarded, signature and footer text blanked. */
  own: string;
  /** `own` folded for matching (see foldForMatching), made in the same pass. */
  foldedOwn: string;
  /** `forwarded` folded for matching. */
  foldedForwarded: string;
  /** Mail the author forwards (read as their older words); '' when there is none. */
  forwarded: string;
  /** Quoted history: replies below a reply header or Zendesk's delimiter, and "> " lines; '' when none. */
  quoted: string;
}

type Part = 'own' | 'forwarded' | 'quoted' | 'set aside';

interface Line {
  start: number;
  end: number;
  /** The line's first characters folded (lower case, no diacritics) and trimmed, for the markers. */
  key: string;
  /** Set off by dashes or the like, or ending in a colon: only such a line can be a marker line. */
  setOff: boolean;
}

/** A line longer than this is prose: never a header, delimiter or marker line. */
const isShort = (line: Line | undefined): boolean =>
  line !== undefined && line.end - line.start <= MARKER_LINE_LIMIT;

/** A header field's label ("Verzonden", "送信日時") ends this close to the line's start. */
const LABEL_LIMIT = 16;
/** How much of a line is compared with the markers. */
const MARKER_LINE_LIMIT = 300;
/** A signature is at most this many short lines after a closing ("Best regards,"). */
const SIGNATURE_LINES = 8;
const SIGNATURE_LINE_LIMIT = 80;
/** Lines (blank ones included) looked at after a closing: bounded, so the pass stays linear. */
const SIGNATURE_LOOKAHEAD = 24;
/** An Outlook header block names its fields within this many lines of "From:". */
const HEADER_BLOCK_REACH = 5;

export function messageStructure(text: string): MessageStructure {
  // Folding keeps every offset, so one fold serves the markers and the phrase matching after.
  const folded = foldForMatching(text);
  const lines = linesOf(text, folded);
  const parts = classify(lines);
  setAsideNameBlock(text, lines, parts);
  if (parts.every((part) => part === 'own')) {
    return { own: text, foldedOwn: folded, forwarded: '', foldedForwarded: '', quoted: '' };
  }
  const hasForwarded = parts.includes('forwarded');
  return {
    own: keep(text, lines, parts, 'own'),
    foldedOwn: keep(folded, lines, parts, 'own'),
    forwarded: hasForwarded ? keep(text, lines, parts, 'forwarded') : '',
    foldedForwarded: hasForwarded ? keep(folded, lines, parts, 'forwarded') : '',
    quoted: parts.includes('quoted') ? keep(text, lines, parts, 'quoted') : '',
  };
}

const COLON = 0x3a;
const DASH = 0x2d;

/** Whether `key` ends with the code unit `code`: a compare, where endsWith is a call (several per line). */
const endsWithCode = (key: string, code: number): boolean =>
  key.length > 0 && key.charCodeAt(key.length - 1) === code;

function linesOf(text: string, folded: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const key = folded.slice(start, Math.min(end, start + MARKER_LINE_LIMIT)).trim();
    const setOff = startsSetOff(key) || endsWithCode(key, COLON) || endsWithCode(key, DASH);
    lines.push({ start, end, key, setOff });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** Whether the line starts with a dash, rule, star, equals sign, angle bracket or space (`^[-_*=\s<>]`). */
function startsSetOff(key: string): boolean {
  if (key.length === 0) return false;
  const code = key.charCodeAt(0);
  return '-_*=<>'.includes(key[0] ?? '') || isWhitespace(code);
}

/** Which part each line belongs to, read top down as a person reads a reply. */
function classify(lines: readonly Line[]): Part[] {
  const parts: Part[] = [];
  let current: 'own' | 'forwarded' = 'own';
  let wrote = false;
  let setAside = false;
  let inForwardHeader = false;
  let belowDelimiter = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = line?.key ?? '';
    if (inForwardHeader) {
      // The forwarded mail's own From:/Date:/Subject:/To: lines, up to its first other line.
      if (key === '' || isHeaderField(key)) {
        parts.push('set aside');
        continue;
      }
      inForwardHeader = false;
    }
    if (startsHistory(lines, i)) {
      // Nothing above Zendesk's delimiter: the author wrote below it, down to the notification's copy.
      if (!wrote && current === 'own' && isZendeskDelimiter(key)) {
        parts.push('set aside');
        belowDelimiter = true;
        continue;
      }
      fill(parts, lines.length, 'quoted');
      break;
    }
    if (belowDelimiter && (startsNotification(lines, i) || isNotificationIntro(key))) {
      fill(parts, lines.length, 'quoted');
      markBottomReply(lines, parts, i);
      break;
    }
    if (line && isShort(line) && isMarkerLine(line, FORWARD_MARKERS)) {
      [current, wrote, setAside, inForwardHeader] = ['forwarded', false, false, true];
      parts.push('set aside');
      continue;
    }
    if (key.startsWith('>')) {
      parts.push('quoted');
      continue;
    }
    if (key === '--' || isMobileFooter(line, key)) {
      parts.push('set aside');
      setAside ||= key === '--';
      continue;
    }
    setAside ||= isDisclaimerOpening(key);
    if (!setAside && wrote && isClosing(key) && signatureFollows(lines, i)) {
      parts.push(current);
      setAside = true;
      continue;
    }
    parts.push(setAside ? 'set aside' : current);
    wrote ||= !setAside && key !== '';
  }
  return parts;
}

/** A line that is a name ("Maria Gonzalez", "Dr. Ana Souza"): two to four capitalized words. */
const NAME_LINE = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*$/u;
/** A signature without a closing is at most this many short lines. */
const NAME_BLOCK_LINES = 5;

/** Whether a line is the author's own words, not blank (made once per message). */
const ownWordsIn =
  (lines: readonly Line[], parts: readonly Part[]) =>
  (index: number): boolean =>
    parts[index] === 'own' && lines[index]?.key !== '';

function lineText(text: string, lines: readonly Line[], index: number): string {
  const line = lines[index];
  return line ? text.slice(line.start, line.end).trim() : '';
}

/**
 * A last block of the author's words that starts with a name line and holds only short lines
 * without sentence ends (name, title, company, phone) is a signature even without "Best regards".
 * Only after other words of the author, so a short answer is never taken for one.
 */
function setAsideNameBlock(text: string, lines: readonly Line[], parts: Part[]): void {
  const isOwnWords = ownWordsIn(lines, parts);
  let last = parts.length - 1;
  while (last >= 0 && !isOwnWords(last)) last--;
  let first = last;
  while (first - 1 >= 0 && isOwnWords(first - 1) && last - first < NAME_BLOCK_LINES) first--;
  if (last < 0 || (first > 0 && isOwnWords(first - 1))) return;
  let before = first - 1;
  while (before >= 0 && !isOwnWords(before)) before--;
  if (before < 0) return; // the block is all the author wrote: an answer, not a signature
  for (let index = first; index <= last; index++) {
    const line = lineText(text, lines, index);
    if (line.length > SIGNATURE_LINE_LIMIT || /[.?!？。]$/u.test(line) || line.includes('?')) return;
  }
  if (!NAME_LINE.test(lineText(text, lines, first))) return;
  for (let index = first; index <= last; index++) parts[index] = 'set aside';
}

const fill = (parts: Part[], length: number, part: Part): void => {
  while (parts.length < length) parts.push(part);
};

/** "##- Please type your reply above this line -##", in any language. */
const isZendeskDelimiter = (key: string): boolean => key.startsWith('##-') && key.endsWith('-##');

/** The header of Zendesk's notification copy: "Ravi (OpenAI Support)", then "Dec 1, 2026, 10:47 PST". */
function startsNotification(lines: readonly Line[], i: number): boolean {
  const key = lines[i]?.key ?? '';
  return /^[^()]+\([^()]+\)$/.test(key) && startsMessageCopy(lines, i);
}

/** A message in the copy: its sender's name ("Ana Lopez", "Ravi (OpenAI Support)") over its date and time. */
function startsMessageCopy(lines: readonly Line[], i: number): boolean {
  if ((lines[i]?.key ?? '').length > 80) return false;
  for (let j = i + 1; j <= i + 2 && j < lines.length; j++) {
    const next = lines[j]?.key ?? '';
    if (next !== '') return next.length <= 60 && /\d{1,2}:\d{2}/.test(next);
  }
  return false;
}

/** Zendesk's rule between the messages of its notification copy. */
const isRule = (key: string): boolean => key.length >= 8 && /^[-_]+$/.test(key);
const isZendeskFooter = (key: string): boolean =>
  key.startsWith('this email is a service from') ||
  key.includes('delivered by zendesk') ||
  /^\[\w{4,6}-\w{4,6}\]$/.test(key);

/**
 * A reply written at the very bottom, below the notification copy and its last rule: no sender and
 * date over it as Zendesk writes over each message, and not Zendesk's footer. Read as the author's words.
 */
function markBottomReply(lines: readonly Line[], parts: Part[], from: number): void {
  let rule = -1;
  for (let j = lines.length - 1; j > from; j--) {
    if (isRule(lines[j]?.key ?? '')) {
      rule = j;
      break;
    }
  }
  if (rule < 0) return;
  let first = rule + 1;
  while (first < lines.length && (lines[first]?.key ?? '') === '') first++;
  const key = lines[first]?.key ?? '';
  if (
    first >= lines.length ||
    startsMessageCopy(lines, first) ||
    isZendeskFooter(key) ||
    isNotificationIntro(key)
  )
    return;
  for (let j = first; j < lines.length; j++) parts[j] = 'own';
}

/** Zendesk's notification opening: "Your request (2300052) has been updated. To add additional comments, …". */
function isNotificationIntro(key: string): boolean {
  return (
    key.length <= 200 && /\(#?\d+\)/.test(key) && NOTIFICATION_UPDATED.some((word) => key.includes(word))
  );
}

/** Where the quoted history starts: Zendesk's delimiter, a reply header, an Outlook header block. */
function startsHistory(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const key = line?.key ?? '';
  if (!line || key === '') return false;
  if (isZendeskDelimiter(key)) return true;
  if (!isShort(line)) return false;
  if (isMarkerLine(line, ORIGINAL_MESSAGE_MARKERS) || isReplyHeader(key)) return true;
  // Gmail wraps a long "On …, Name <address>\nwrote:" header over two lines (the pair ends as `next` does).
  const next = lines[i + 1]?.key ?? '';
  if (endsWithCode(next, COLON) && next.length < 40 && isReplyHeader(`${key} ${next}`)) return true;
  if (key.startsWith('_') && /^_{8,}$/.test(key)) return fieldLabelAt(lines[i + 1]?.key ?? '', 'from');
  return fieldLabelAt(key, 'from') && headerBlockFollows(lines, i);
}

/** "On Tue, 3 Nov 2026 at 10:02, Ana <a@b.c> wrote:": a verb, a date or address, a final colon. */
function isReplyHeader(key: string): boolean {
  if (!endsWithCode(key, COLON)) return false;
  // "2026年11月24日(火) 11:03 OpenAI Support <support@openai.com>:" names no verb.
  if (key.endsWith('>:') && key.includes('@') && /\d/.test(key)) return true;
  return /[\d@]/.test(key) && includesOneOf(key, REPLY_HEADER_VERBS);
}

/**
 * Whether `text` includes one of `parts`. A loop, not `some` with an arrow: a function whose arrow
 * reads its argument makes a context object on every call, and these run for every line.
 */
function includesOneOf(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

/** A marker standing as a line of its own ("---------- Forwarded message ---------"). */
function isMarkerLine(line: Line, markers: readonly string[]): boolean {
  const { key } = line;
  if (key.length > 120) return false;
  // Most lines are prose: only a line set off by dashes or ending in a colon is looked up.
  return line.setOff && includesOneOf(key, markers);
}

/** "From: …" followed within a few lines by "Sent:"/"Date:"/"Subject:" (in any language we read). */
function headerBlockFollows(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j <= i + HEADER_BLOCK_REACH && j < lines.length; j++) {
    const key = lines[j]?.key ?? '';
    if (fieldLabelAt(key, 'sent') || fieldLabelAt(key, 'subject') || fieldLabelAt(key, 'to')) return true;
  }
  return false;
}

type Field = keyof typeof HEADER_LABELS;

/** The line starts with a header field's label and a colon ("De :", "Von:", "差出人："). */
function fieldLabelAt(key: string, field: Field): boolean {
  const colon = key.indexOf(':');
  if (colon < 1 || colon > LABEL_LIMIT) return false;
  for (const label of HEADER_LABELS[field]) {
    if (!key.startsWith(label)) continue;
    const rest = key.slice(label.length).trimStart();
    if (rest.startsWith(':') || rest.startsWith('：')) return true;
  }
  return false;
}

const isHeaderField = (key: string): boolean =>
  (Object.keys(HEADER_LABELS) as Field[]).some((field) => fieldLabelAt(key, field)) ||
  fieldLabelAt(key, 'date');

const FOOTERS = new LineStarts(MOBILE_FOOTERS);

const isMobileFooter = (line: Line | undefined, key: string): boolean =>
  line !== undefined && line.end - line.start < SIGNATURE_LINE_LIMIT && FOOTERS.startWith(key);

/** "CONFIDENTIALITY NOTICE: …", "Este mensaje … destinatario": the rest of the message is boilerplate. */
const OPENINGS = new LineStarts(DISCLAIMER_OPENINGS);

const isDisclaimerOpening = (key: string): boolean =>
  OPENINGS.startWith(key) && includesOneOf(key, DISCLAIMER_WORDS);

const CLOSINGS = new LineStarts(CLOSING_LINES);

/** "Best regards," "Saludos", "よろしくお願いいたします。": a short line that ends the words. */
function isClosing(key: string): boolean {
  if (key.length === 0 || key.length > 40) return false;
  let end = key.length;
  while (end > 0 && ',.!。、！ \t'.includes(key[end - 1] ?? '')) end--;
  const bare = key.slice(0, end);
  for (const closing of CLOSINGS.candidates(bare)) {
    if (bare.startsWith(closing) && (bare.length === closing.length || bare[closing.length] === ' '))
      return true;
  }
  return false;
}

/** A closing followed only by a few short lines (name, title, phone) before the history or the end. */
function signatureFollows(lines: readonly Line[], i: number): boolean {
  let count = 0;
  const reach = Math.min(lines.length, i + 1 + SIGNATURE_LOOKAHEAD);
  for (let j = i + 1; j < reach; j++) {
    const line = lines[j];
    if (!line || startsHistory(lines, j) || isMarkerLine(line, FORWARD_MARKERS)) return true;
    if (line.end - line.start > SIGNATURE_LINE_LIMIT) return false;
    if (line.key !== '' && ++count > SIGNATURE_LINES) return false;
  }
  return reach === lines.length;
}

/** The text with every line not in `part` blanked, line ends kept, so offsets stay true. */
function keep(text: string, lines: readonly Line[], parts: readonly Part[], part: Part): string {
  const out: string[] = [];
  let runStart = 0;
  let runKept = parts[0] === part;
  const flush = (end: number): void => {
    const run = text.slice(runStart, end);
    out.push(runKept ? run : blanked(run));
  };
  lines.forEach((line, index) => {
    const kept = parts[index] === part;
    if (kept === runKept) return;
    flush(line.start);
    runStart = line.start;
    runKept = kept;
  });
  flush(text.length);
  return out.join('');
}

/** `run` with every character but its line ends made a space (a regex replace would go one match per character). */
function blanked(run: string): string {
  let out = '';
  let from = 0;
  for (let lineEnd = run.indexOf('\n'); lineEnd >= 0; lineEnd = run.indexOf('\n', from)) {
    out += `${' '.repeat(lineEnd - from)}\n`;
    from = lineEnd + 1;
  }
  return out + ' '.repeat(run.length - from);
}
