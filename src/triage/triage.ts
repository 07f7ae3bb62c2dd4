/**
 * The triage run, independent of files and processes: reads lines, classifies each ticket with
 * `detect`, and hands every output line to the caller in input order. The command (scripts/triage.ts)
 * supplies the lines and the writer; tests supply arrays.
 */
import { detect as defaultDetect } from '../detect/detect';
import type { Detection } from '../detect/types';
import type { Ticket } from '../ticket/ticket';
import { appliedCase, DEFAULT_TAG_PREFIX } from './applied';
import { TriageInputError } from './errors';
import type { InputLine } from './lines';
import {
  describePosition,
  emptyCounts,
  type RecordPosition,
  triageError,
  triageResult,
  type TriageCounts,
  type TriageResult,
} from './output';
import {
  documentTickets,
  inputFormOf,
  type InputForm,
  parseJson,
  ticketRecord,
  ticketsOnOneLine,
} from './records';

export { TriageInputError } from './errors';

/** The stated cap on a JSON document read whole (JSON Lines have no limit): 256 MiB. */
export const MAX_DOCUMENT_CHARS = 256 * 1024 * 1024;

export interface TriageOutput {
  /** One JSON line for standard output, newline included. May return a promise to apply backpressure. */
  line(text: string): void | Promise<void>;
  /** A message for standard error, newline included. */
  warn(text: string): void;
  /** Each classified ticket, with the raw record it came from and the ticket read from it (for the report). */
  result?(result: TriageResult, raw: Record<string, unknown>, ticket: Ticket): void;
}

export interface TriageOptions {
  detect?: (ticket: Ticket) => Detection;
  /** The prefix of the routine's tags, to read which case an agent applied. */
  tagPrefix?: string;
  /** The most a JSON document may hold (MAX_DOCUMENT_CHARS; smaller in tests). */
  maxDocumentChars?: number;
}

export async function triageLines(
  lines: AsyncIterable<InputLine> | Iterable<InputLine>,
  output: TriageOutput,
  options: TriageOptions | ((ticket: Ticket) => Detection) = {},
): Promise<TriageCounts> {
  const {
    detect = defaultDetect,
    tagPrefix = DEFAULT_TAG_PREFIX,
    maxDocumentChars = MAX_DOCUMENT_CHARS,
  } = typeof options === 'function' ? { detect: options } : options;
  const counts = emptyCounts();
  const emit = (value: unknown) => output.line(`${JSON.stringify(value)}\n`);

  const fail = async (position: RecordPosition, error: string) => {
    counts.failed += 1;
    output.warn(`triage: ${describePosition(position)}: ${error}\n`);
    await emit(triageError(position, error));
  };

  const classify = async (value: unknown, position: RecordPosition) => {
    const record = ticketRecord(value);
    if (!record.ok) return fail(position, record.error);
    let detection: Detection;
    try {
      detection = detect(record.ticket);
    } catch (error) {
      // A detection bug on one odd ticket must not cost the admin the rest of the run.
      return fail(position, `detection failed: ${(error as Error).message}`);
    }
    counts.tickets += 1;
    counts.cases[detection.caseId] += 1;
    const raw = value as Record<string, unknown>;
    const result = { ...triageResult(record.ticket, detection), ...appliedCase(raw.tags, tagPrefix) };
    output.result?.(result, raw, record.ticket);
    await emit(result);
  };

  const classifyList = async (list: readonly unknown[], line?: number) => {
    for (const [index, value] of list.entries()) {
      await classify(value, line === undefined ? { item: index + 1 } : { line, item: index + 1 });
    }
  };

  let form: InputForm | null = null;
  const documentLines: string[] = [];
  let documentChars = 0;
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    if (typeof raw !== 'string') {
      if (form === 'json-document') throw documentTooLarge(maxDocumentChars);
      await fail(
        { line: lineNumber },
        `line too long: ${raw.tooLongBytes} bytes, over the ${describeBytes(raw.maxBytes)} a line may hold`,
      );
      continue;
    }
    if (form === 'json-document') {
      documentChars += raw.length + 1;
      if (documentChars > maxDocumentChars) throw documentTooLarge(maxDocumentChars);
      documentLines.push(raw);
      continue;
    }
    const text = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    form ??= inputFormOf(text);
    if (form === 'json-document') {
      documentLines.push(text);
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      await fail({ line: lineNumber }, parsed.error);
      continue;
    }
    const document = ticketsOnOneLine(parsed.value);
    if (document === null) await classify(parsed.value, { line: lineNumber });
    else if ('refused' in document) await fail({ line: lineNumber }, `not tickets: ${document.refused}`);
    else await classifyList(document.tickets, lineNumber);
  }

  if (form === 'json-document') await classifyList(ticketsOfDocument(documentLines.join('\n')));
  return counts;
}

function ticketsOfDocument(text: string): unknown[] {
  const parsed = parseJson(text);
  if (!parsed.ok)
    throw new TriageInputError(`the input is a JSON document but not valid JSON (${parsed.error})`);
  const document = documentTickets(parsed.value);
  if (document === null) {
    throw new TriageInputError(
      'the JSON document holds no tickets: expected an array, {"tickets": [...]}, {"results": [...]} or {"ticket": {...}}',
    );
  }
  if ('refused' in document) throw new TriageInputError(`the JSON document is ${document.refused}`);
  return document.tickets;
}

function documentTooLarge(maxChars: number): TriageInputError {
  return new TriageInputError(
    `the JSON document is over ${describeBytes(maxChars)}, the most triage reads as one document; ` +
      "convert it to JSON Lines, which has no size limit (for example: jq -c '.tickets[]' FILE > tickets.jsonl)",
  );
}

export function describeBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / (1024 * 1024))} MB`;
}
