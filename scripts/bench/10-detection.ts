/**
 * Detection throughput: tickets/s and MB/s for ~2 KB tickets (the labelled corpus, each padded to
 * about 2 KB with ordinary support prose), the same for a 200-comment thread, and how long detection
 * takes compared with one toLowerCase() pass over the same text.
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

/** Runs `work` over `items` until MIN_MS have passed; returns ms per item. */
function measure<T>(items: readonly T[], work: (item: T) => unknown): number {
  for (const item of items) work(item); // warm up
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  let sink = 0;
  while (elapsed < MIN_MS) {
    for (const item of items) sink += work(item) ? 1 : 0;
    rounds++;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink);
  return elapsed / (rounds * items.length);
}

function report(label: string, items: readonly Ticket[]): void {
  const texts = items.map(textOf);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / items.length;
  const detectMs = measure(items, (ticket) => detect(ticket).caseId);
  const lowerMs = measure(texts, (text) => text.toLowerCase().length);
  const perSecond = 1000 / detectMs;
  const mbPerSecond = (bytes * perSecond) / 1e6;
  console.log(
    `${label}: ${Math.round(perSecond).toLocaleString('en-US')} tickets/s, ${mbPerSecond.toFixed(1)} MB/s ` +
      `(${(bytes / 1024).toFixed(1)} KB each, ${(detectMs * 1000).toFixed(1)} µs per ticket); ` +
      `detection = ${(detectMs / lowerMs).toFixed(1)}x one toLowerCase() pass`,
  );
}

export default async function detectionBench(): Promise<void> {
  const tickets = corpusTickets().map(padded);
  report(`~2 KB tickets (${tickets.length} from the corpus)`, tickets);
  report('200-comment thread', [thread(tickets)]);
  await Promise.resolve();
}
