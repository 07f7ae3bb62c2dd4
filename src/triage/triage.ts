/**
 * The triage run, independent of files and processes: reads lines, classifies each ticket with
 * `detect`, and hands every output line to the caller in input order. The command (scripts/triage.ts)
 * supplies the lines and the writer; tests supply arrays.
 */
import { detect as defaultDetect } from '../detect/detect';
import type { Detection } from '../detect/types';
import type { Ticket } from '../ticket/ticket';
import {
  describePosition,
  emptyCounts,
  type RecordPosition,
  triageError,
  triageResult,
  type TriageCounts,
} from './output';
import {
  inputFormOf,
  type InputForm,
  parseJson,
  ticketList,
  ticketRecord,
  ticketsOnOneLine,
} from './records';

export interface TriageOutput {
  /** One JSON line for standard output, newline included. May return a promise to apply backpressure. */
  line(text: string): void | Promise<void>;
  /** A message for standard error, newline included. */
  warn(text: string): void;
}

/** The input as a whole cannot be read (a JSON document that does not parse, or holds no tickets). */
export class TriageInputError extends Error {
  override name = 'TriageInputError';
}

export async function triageLines(
  lines: AsyncIterable<string> | Iterable<string>,
  output: TriageOutput,
  detect: (ticket: Ticket) => Detection = defaultDetect,
): Promise<TriageCounts> {
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
    await emit(triageResult(record.ticket, detection));
  };

  const classifyList = async (list: readonly unknown[], line?: number) => {
    for (const [index, value] of list.entries()) {
      await classify(value, line === undefined ? { item: index + 1 } : { line, item: index + 1 });
    }
  };

  let form: InputForm | null = null;
  const documentLines: string[] = [];
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    if (form === 'json-document') {
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
    const list = ticketsOnOneLine(parsed.value);
    if (list) await classifyList(list, lineNumber);
    else await classify(parsed.value, { line: lineNumber });
  }

  if (form === 'json-document') await classifyList(documentTickets(documentLines.join('\n')));
  return counts;
}

function documentTickets(text: string): unknown[] {
  const parsed = parseJson(text);
  if (!parsed.ok)
    throw new TriageInputError(`the input is a JSON document but not valid JSON (${parsed.error})`);
  const list = ticketList(parsed.value);
  if (list === null) {
    throw new TriageInputError('the JSON document holds no tickets: expected an array or {"tickets": [...]}');
  }
  return list;
}
