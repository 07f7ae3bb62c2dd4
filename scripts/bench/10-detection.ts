/**
 * Detection throughput: tickets/s and MB/s for ~2 KB tickets (the labelled corpus, each padded to
 * about 2 KB with ordinary support prose), the same for a 200-comment thread, and how long detection
 * takes compared with one toLowerCase() pass over the same text.
 *
 * Two figures each: wall-clock over all rounds, and the CPU time of the fastest round (one round is one
 * pass over the tickets). On a shared machine the first swings with the load; the second is what an
 * unhindered core gets (process CPU time, so the garbage collector's helper threads count too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { detect } from '../../src/detect/detect';
import { ticketFromZendesk } from '../../src/ticket/fromZendesk';
import type { Ticket, TicketComment } from '../../src/ticket/ticket';

const CORPUS = new URL('../../test/fixtures/corpus/', import.meta.url);
const TARGET_SIZE = 2048;
const MIN_MS = 1500;

const PADDING = [
  'Thanks in advance for your help with this, we appreciate the quick turnaround.',
  'Our team has been working through the onboarding checklist and this is one of the last items.',
  'Please let me know if you need any additional information about our organization or contacts.',
  'We operate in several states and our legal department reviews every vendor contract before signing.',
  'I have attached nothing sensitive to this message; happy to share more details on a call.',
  'Best regards, and have a great week. Looking forward to hearing back from you soon.',
];

function corpusTickets(): Ticket[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(new URL(name, CORPUS), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => ticketFromZendesk(JSON.parse(line)));
}

/** The ticket padded to about 2 KB of text in all (subject, description and conversation). */
function padded(ticket: Ticket, index: number): Ticket {
  // Zendesk repeats the description as the first comment; detection reads it once, so it is not counted twice.
  const [first, ...rest] = ticket.comments;
  const comments = first && !first.html && first.body === ticket.description ? rest : [...ticket.comments];
  let description = ticket.description;
  const size = (): number => textOf({ ...ticket, description, comments }).length;
  for (let i = index; size() < TARGET_SIZE; i++) description += `\n${PADDING[i % PADDING.length] ?? ''}`;
  return { ...ticket, description, comments };
}

function thread(tickets: readonly Ticket[]): Ticket {
  const comments: TicketComment[] = [];
  for (let i = 0; i < 200; i++) {
    const source = tickets[i % tickets.length];
    const body = `${source?.description ?? ''}\n${PADDING[i % PADDING.length] ?? ''}`;
    comments.push({
      id: i + 1,
      authorRole: i % 2 === 0 ? 'requester' : 'agent',
      public: true,
      body,
      html: false,
    });
  }
  return { subject: 'Long thread', description: comments[0]?.body ?? '', comments };
}

const textOf = (ticket: Ticket): string =>
  [ticket.subject, ticket.description, ...ticket.comments.map((c) => c.body)].join('\n');

const MIN_ROUNDS = 10;
/**
 * V8 needs about twenty passes over the corpus before its optimizing compiler has settled (the first
 * rounds run two to six times slower, with the compiler's threads busy beside them): warm up that long
 * so that wall-clock measures steady throughput, as the triage command gets over a whole export.
 */
const WARM_UP_ROUNDS = 20;
const WARM_UP_MS = 1000;

/** CPU time of this process (all threads) in ms. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Runs `work` over `items` until MIN_MS and MIN_ROUNDS have passed; returns wall-clock ms per item
 * over all rounds, and the CPU ms per item of the fastest round.
 */
function measure<T>(items: readonly T[], work: (item: T) => unknown): { wallMs: number; bestCpuMs: number } {
  const warmUpStart = performance.now();
  for (let round = 0; round < WARM_UP_ROUNDS || performance.now() - warmUpStart < WARM_UP_MS; round++)
    for (const item of items) work(item);
  let rounds = 0;
  let best = Infinity;
  const start = performance.now();
  let elapsed = 0;
  let sink = 0;
  while (elapsed < MIN_MS || rounds < MIN_ROUNDS) {
    const cpuStart = cpuMs();
    for (const item of items) sink += work(item) ? 1 : 0;
    best = Math.min(best, cpuMs() - cpuStart);
    rounds++;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink);
  return { wallMs: elapsed / (rounds * items.length), bestCpuMs: best / items.length };
}

function report(label: string, items: readonly Ticket[]): void {
  const texts = items.map(textOf);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / items.length;
  const detectMs = measure(items, (ticket) => detect(ticket).caseId);
  const lowerMs = measure(texts, (text) => text.toLowerCase().length);
  const perSecond = 1000 / detectMs.wallMs;
  const mbPerSecond = (bytes * perSecond) / 1e6;
  const bestPerSecond = 1000 / detectMs.bestCpuMs;
  console.log(
    `${label}: ${Math.round(perSecond).toLocaleString('en-US')} tickets/s, ${mbPerSecond.toFixed(1)} MB/s ` +
      `(${(bytes / 1024).toFixed(1)} KB each, ${(detectMs.wallMs * 1000).toFixed(1)} µs per ticket, wall-clock); ` +
      `fastest round ${Math.round(bestPerSecond).toLocaleString('en-US')} tickets/s ` +
      `(${(detectMs.bestCpuMs * 1000).toFixed(1)} µs CPU per ticket); ` +
      `detection = ${(detectMs.wallMs / lowerMs.wallMs).toFixed(1)}x one toLowerCase() pass`,
  );
}

export default async function detectionBench(): Promise<void> {
  const tickets = corpusTickets().map(padded);
  report(`~2 KB tickets (${tickets.length} from the corpus)`, tickets);
  report('200-comment thread', [thread(tickets)]);
  await Promise.resolve();
}
