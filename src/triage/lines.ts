/**
 * Triage input as lines, read from bytes: what the file looks like is checked first (a gzip, a ZIP, UTF-16
 * or a CSV gets one clear refusal instead of an error per line), then the bytes are split into lines with a
 * cap on each, so one enormous line is a per-line error and never a string beyond V8's limit.
 */
import { TriageInputError } from './errors';

/** A line longer than the cap: skipped, reported with its size, and the run goes on. */
export interface LongLine {
  tooLongBytes: number;
  /** The cap it went over. */
  maxBytes: number;
}

export type InputLine = string | LongLine;

/** The stated cap on one JSON line (one ticket with its comments): 32 MiB. */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

/** Bytes looked at before deciding what a file is. */
const HEAD_BYTES = 4096;

export async function* inputLines(
  chunks: AsyncIterable<Buffer | string>,
  name: string,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<InputLine> {
  let head: Buffer[] = [];
  let headSize = 0;
  let checked = false;
  let parts: Buffer[] = [];
  let size = 0;
  let first = true;

  const finishLine = (): InputLine => {
    const line: InputLine =
      size > maxLineBytes
        ? { tooLongBytes: size, maxBytes: maxLineBytes }
        : decodeLine(Buffer.concat(parts, size), first);
    first = false;
    parts = [];
    size = 0;
    return line;
  };

  function* split(chunk: Buffer): Generator<InputLine> {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, end));
      yield finishLine();
      start = end + 1;
    }
    take(chunk.subarray(start));
  }

  const take = (piece: Buffer) => {
    if (piece.length === 0) return;
    size += piece.length;
    // Past the cap the bytes are only counted, never kept.
    if (size <= maxLineBytes) parts.push(piece);
    else parts = [];
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (!checked) {
      head.push(chunk);
      headSize += chunk.length;
      if (headSize < HEAD_BYTES) continue;
      checked = true;
      const joined = Buffer.concat(head);
      head = [];
      refuseNonJson(joined, name);
      yield* split(joined);
      continue;
    }
    yield* split(chunk);
  }
  if (!checked) {
    const joined = Buffer.concat(head);
    refuseNonJson(joined, name);
    yield* split(joined);
  }
  if (size > 0) yield finishLine();
}

function decodeLine(bytes: Buffer, first: boolean): string {
  let text = bytes.toString('utf8');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  return first && text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function refuseNonJson(head: Buffer, name: string): void {
  if (head.length === 0) throw new TriageInputError(`${name} is empty: there are no tickets to classify`);
  const look = nonJsonLook(head);
  if (look !== null) throw new TriageInputError(`${name} is not JSON: ${look}`);
}

/**
 * What a file that is not JSON text looks like, with what to do about it; `null` when it may be JSON.
 * Exported for tests.
 */
export function nonJsonLook(head: Buffer): string | null {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0x1f, 0x8b)) return 'it looks like a gzip-compressed file; decompress it first (gunzip FILE)';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06))
    return 'it looks like a ZIP archive (or an Excel .xlsx workbook); extract the JSON file from it first';
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff) || looksLikeUtf16(head))
    return 'it looks like UTF-16 text; save it as UTF-8 (for example: iconv -f UTF-16 -t UTF-8 FILE)';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'it looks like a PDF document';
  if (isBinary(head)) return 'it looks like binary data, not text';

  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start === '') return null;
  if (start.startsWith('{') || start.startsWith('[')) return null;
  const newline = start.indexOf('\n');
  const firstLine = (newline === -1 ? start : start.slice(0, newline)).trim();
  if (isJson(firstLine)) return null;
  if (start.startsWith('<'))
    return 'it looks like HTML or XML; triage reads JSON tickets (see the README for an export recipe)';
  if (/[,;\t]/.test(firstLine))
    return 'it looks like CSV (delimiter-separated values); CSV exports carry no comments, so triage reads JSON: use --zendesk, or a JSON export (see the README)';
  return `it starts with ${JSON.stringify(firstLine.slice(0, 40))}; triage reads JSON Lines or a JSON document of tickets`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Many NUL bytes at every other position: UTF-16 without a byte-order mark. */
function looksLikeUtf16(head: Buffer): boolean {
  const sample = head.subarray(0, 512);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const half = sample.length / 2;
  return even > half * 0.4 || odd > half * 0.4;
}

/** NUL bytes or a run of control characters that text never holds. */
function isBinary(head: Buffer): boolean {
  let control = 0;
  for (const byte of head.subarray(0, 1024)) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return control > 8;
}
