/**
 * `npm run --silent triage -- [options] FILE` or `… --zendesk SUBDOMAIN_OR_URL`: classifies Zendesk
 * tickets with the routine's detection, one JSON line per ticket on standard output. See `--help` and the
 * README's triage section.
 *
 * Exit status: 0 all records classified, 1 some records failed (each reported), 2 the input could not be
 * read at all (or the account refused us), or the command line is wrong.
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { accountBaseUrl, authorizationFromEnv } from '../src/triage/account';
import { DEFAULT_TAG_PREFIX } from '../src/triage/applied';
import { ZendeskApi } from '../src/triage/api';
import { TicketExport } from '../src/triage/export';
import { inputLines } from '../src/triage/lines';
import { formatSummary, type TriageCounts } from '../src/triage/output';
import { latestCustomerWords } from '../src/triage/latestWords';
import { agentTicketLink, baseUrlOfTicketUrl, renderReport, ReportTally } from '../src/triage/report';
import { TriageInputError, triageLines, type TriageOutput } from '../src/triage/triage';

const USAGE = `Usage: npm run --silent triage -- [--summary] [--report FILE.html] [--tag-prefix P] FILE
       npm run --silent triage -- --zendesk SUBDOMAIN_OR_URL [--since YYYY-MM-DD] [--query "…"]
                                  [--report FILE.html] [--tag-prefix P] [--state DIR] [--summary]

Classifies Zendesk tickets with the BAA routine's detection. Ticket text stays on this machine.

  FILE            JSON Lines (one Zendesk ticket per line), or a JSON document of tickets: an array,
                  {"tickets": [...]}, search results {"results": [...]} or {"ticket": {...}}.
                  "-" reads standard input.
  --zendesk X     read the tickets and their comments from the account X (a subdomain such as acme, or
                  its URL), with the credentials in ZENDESK_EMAIL and ZENDESK_API_TOKEN (an admin's).
  --since DATE    with --zendesk: only tickets created on or after DATE (YYYY-MM-DD, UTC).
  --query "…"     with --zendesk: only the tickets a Zendesk search finds (e.g. "tags:hipaa").
  --state DIR     with --zendesk: where an interrupted run is saved to resume (default .triage-HOST).
  --report F      also write an HTML report of agents' tags against detection to F.
  --tag-prefix P  the prefix of the routine's tags (default ${DEFAULT_TAG_PREFIX}: baa_api, baa_override, ...).
  --summary       after the results, print the number of tickets per case to standard error.
  --help          print this help.

Output (standard output), one JSON line per ticket, in input order:
  {"id": 123, "case": "api", "confidence": 0.92, "level": "high",
   "evidence": [{"text": "...", "field": "comment", "comment_id": 456}], "applied": "api"}
"applied" is the case whose tag (baa_api, ...) the ticket carries; "override": true when it carries
baa_override. A record that cannot be read gives {"line": N, "error": "..."} ({"item": N, ...} in a JSON
document) and a message on standard error; the run goes on. Progress of --zendesk goes to standard error.

Exit status: 0 every record classified; 1 some records failed; 2 bad command line, unreadable input,
or the account refused the credentials.
`;

interface Options {
  file?: string;
  zendesk?: string;
  since: number | null;
  query: string | null;
  state?: string;
  report?: string;
  tagPrefix: string;
  summary: boolean;
}

class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--zendesk', '--since', '--query', '--state', '--report', '--tag-prefix']);

function parseArguments(args: readonly string[]): Options | 'help' {
  const options: Options = { since: null, query: null, tagPrefix: DEFAULT_TAG_PREFIX, summary: false };
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg];
    if (name === '--help' || name === '-h') return 'help';
    if (name === '--summary') options.summary = true;
    else if (name !== undefined && VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (options.file !== undefined) throw new UsageError('give one FILE (or - for standard input)');
    else options.file = arg;
  }
  options.zendesk = values.get('--zendesk');
  options.state = values.get('--state');
  options.report = values.get('--report');
  options.query = values.get('--query') ?? null;
  options.tagPrefix = values.get('--tag-prefix') ?? DEFAULT_TAG_PREFIX;
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(options.tagPrefix))
    throw new UsageError(
      '--tag-prefix: lower-case letters, digits, _ and -, starting with a letter or digit',
    );
  const since = values.get('--since');
  if (since !== undefined) {
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(since) ? Date.parse(`${since}T00:00:00Z`) : NaN;
    if (Number.isNaN(ms)) throw new UsageError(`--since ${since}: expected a date as YYYY-MM-DD`);
    options.since = ms / 1000;
  }
  if (options.zendesk !== undefined && options.file !== undefined)
    throw new UsageError('give either FILE or --zendesk, not both');
  if (options.zendesk === undefined) {
    if (options.file === undefined)
      throw new UsageError('missing FILE (or - for standard input, or --zendesk)');
    for (const name of ['--since', '--query', '--state'])
      if (values.has(name)) throw new UsageError(`${name} goes with --zendesk`);
  }
  return options;
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

const progress = (message: string) => process.stderr.write(`triage: ${message}\n`);

/** Reads a file (or standard input) and classifies it; the read error, if any, ends the run. */
async function triageFile(file: string, output: TriageOutput, tagPrefix: string): Promise<TriageCounts> {
  const input = openInput(file);
  const name = file === '-' ? 'standard input' : file;
  let readError: Error | null = null;
  const chunks = (async function* () {
    try {
      for await (const chunk of input) yield chunk as Buffer;
    } catch (error) {
      readError = error as Error;
    }
  })();
  const counts = await triageLines(inputLines(chunks, name), output, { tagPrefix });
  if (readError) throw new TriageInputError(`cannot read ${name}: ${(readError as Error).message}`);
  return counts;
}

async function triageAccount(options: Options, output: TriageOutput): Promise<TriageCounts> {
  const baseUrl = accountBaseUrl(options.zendesk ?? '');
  const authorization = authorizationFromEnv(process.env);
  const api = new ZendeskApi({ baseUrl, authorization, onWait: progress });
  const state = options.state ?? `.triage-${new URL(baseUrl).host.replace(/[^a-z0-9.-]/gi, '_')}`;
  const params = { baseUrl, since: options.since, query: options.query };
  const started = Date.now();
  const exporter = new TicketExport(api, params, state, progress);
  const counts = await triageLines(exporter.run(), output, { tagPrefix: options.tagPrefix });
  exporter.finish();
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  progress(`done: ${counts.tickets} tickets classified from ${api.requests} requests in ${seconds} s`);
  return counts;
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
  const tally = new ReportTally();
  let accountUrl: string | null = null;
  if (options.report !== undefined) {
    output.result = (result, raw, ticket) => {
      const base = accountUrl ?? baseUrlOfTicketUrl(raw.url);
      const link = base === null ? null : agentTicketLink(base, result.id);
      tally.add(result, link, () => latestCustomerWords(ticket));
    };
  }
  try {
    if (options.zendesk !== undefined) accountUrl = accountBaseUrl(options.zendesk);
    const counts =
      options.zendesk === undefined
        ? await triageFile(options.file ?? '-', output, options.tagPrefix)
        : await triageAccount(options, output);
    await output.flush();
    if (options.report !== undefined) {
      const source = accountUrl ?? (options.file === '-' ? 'standard input' : (options.file ?? ''));
      const html = renderReport(tally, { source, tagPrefix: options.tagPrefix, generatedAt: new Date() });
      writeReport(options.report, html);
    }
    if (options.summary) process.stderr.write(formatSummary(counts));
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof TriageInputError)) throw error;
    await output.flush();
    process.stderr.write(`triage: ${error.message}\n`);
    return 2;
  }
}

function writeReport(path: string, html: string): void {
  try {
    writeFileSync(path, html);
  } catch (error) {
    throw new TriageInputError(`cannot write the report ${path}: ${(error as Error).message}`);
  }
  progress(`report written to ${path}`);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
