/**
 * `npm run --silent triage -- [--summary] FILE`: classifies exported Zendesk tickets with the routine's
 * detection, one JSON line per ticket on standard output. See `--help` and the README's triage section.
 *
 * Exit status: 0 all records classified, 1 some records failed (each reported), 2 the input could not be
 * read at all or the command line is wrong.
 */
import { createReadStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { formatSummary } from '../src/triage/output';
import { TriageInputError, triageLines, type TriageOutput } from '../src/triage/triage';

const USAGE = `Usage: npm run --silent triage -- [--summary] FILE

Classifies Zendesk tickets with the BAA routine's detection, offline.

  FILE        JSON Lines (one Zendesk ticket per line), or a JSON document holding an array of
              tickets or {"tickets": [...]}. "-" reads standard input.
  --summary   after the results, print the number of tickets per case to standard error.
  --help      print this help.

Output (standard output), one JSON line per ticket, in input order:
  {"id": 123, "case": "api", "confidence": 0.92, "level": "high",
   "evidence": [{"text": "...", "field": "comment", "comment_id": 456}]}
A record that cannot be read gives {"line": N, "error": "..."} ({"item": N, ...} in a JSON document)
and a message on standard error; the run goes on.

Exit status: 0 every record classified; 1 some records failed; 2 bad command line or unreadable input.
`;

interface Options {
  file: string;
  summary: boolean;
}

class UsageError extends Error {}

function parseArguments(args: readonly string[]): Options | 'help' {
  let file: string | undefined;
  let summary = false;
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--summary') summary = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (file !== undefined) throw new UsageError('give one FILE (or - for standard input)');
    else file = arg;
  }
  if (file === undefined) throw new UsageError('missing FILE (or - for standard input)');
  return { file, summary };
}

function openInput(file: string): Readable {
  if (file === '-') return process.stdin;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TriageInputError(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}`,
    );
  }
  if (isDirectory) throw new TriageInputError(`${file} is a directory, not a file`);
  return createReadStream(file);
}

/** Batches output lines into large writes and waits for 'drain' whenever stdout's buffer is full. */
function stdoutWriter(): TriageOutput & { flush(): Promise<void> } {
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  };
  return {
    line(text) {
      pending += text;
      return pending.length >= 64 * 1024 ? flush() : undefined;
    },
    warn(text) {
      process.stderr.write(text);
    },
    flush,
  };
}

async function main(): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`triage: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }

  const output = stdoutWriter();
  let readError: Error | null = null;
  try {
    const input = openInput(options.file);
    const lines = createInterface({ input, crlfDelay: Infinity });
    input.on('error', (error) => {
      readError = error;
      lines.close();
    });
    const counts = await triageLines(lines, output);
    await output.flush();
    if (readError) throw new TriageInputError(`cannot read ${options.file}: ${(readError as Error).message}`);
    if (options.summary) process.stderr.write(formatSummary(counts));
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof TriageInputError)) throw error;
    await output.flush();
    process.stderr.write(`triage: ${error.message}\n`);
    return 2;
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
