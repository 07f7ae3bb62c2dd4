/**
 * Reads an account's tickets with all their comments in bulk, in three resumable steps:
 *
 * 1. tickets: the incremental ticket export with cursor pagination
 *    (`/api/v2/incremental/tickets/cursor.json`), or the search export (`/api/v2/search/export`) for a
 *    query; up to 1,000 tickets a request. Tickets created before `--since` are left out.
 * 2. comments: the incremental ticket event export with `include=comment_events`
 *    (`/api/v2/incremental/ticket_events.json`, time-based, 1,000 events a request) from the oldest
 *    ticket's creation on; the comments of the tickets of step 1 are kept.
 * 3. join: each ticket with its comments, as one JSON line of the shape the file mode reads.
 *
 * Both downloads are spooled to files in the state directory (mode 0600, removed when the run ends), so
 * memory holds only an index, and `state.json` holds the next page after each page: an interrupted run
 * started again with the same options goes on from there.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, open, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Json, ZendeskApi } from './api';
import { parseJson } from './json';

export interface ExportParams {
  baseUrl: string;
  /** Unix seconds: only tickets created at or after it. */
  since: number | null;
  /** A Zendesk search query: read through the search export instead of the incremental export. */
  query: string | null;
}

interface State {
  version: 1;
  params: ExportParams;
  phase: 'tickets' | 'comments' | 'join';
  /** The next page of step 1 or 2 (a path or URL of the account). */
  next: string | null;
  ticketBytes: number;
  commentBytes: number;
  /** Unix seconds the comment export has reached (for the progress). */
  commentsReached: number | null;
}

export interface Progress {
  /** A line of progress for standard error (no newline). */
  (message: string): void;
}

const PAGE_SIZE = 1000;
const TICKETS = 'tickets.jsonl';
const COMMENTS = 'comments.jsonl';

export class TicketExport {
  private state: State;
  /** Ticket id → byte offset of its latest copy in the ticket spool (an export may list a ticket twice). */
  private readonly tickets = new Map<string, number>();
  /** Ticket id → [offset, length, offset, length, …] of its comments in the comment spool. */
  private readonly comments = new Map<string, number[]>();
  private commentCount = 0;
  private oldestCreated: number | null = null;
  private expectedTickets: number | null = null;
  private readonly started = Date.now();
  /** Tickets already read by an interrupted run, left out of the rate. */
  private resumedTickets = 0;

  constructor(
    private readonly api: ZendeskApi,
    private readonly params: ExportParams,
    private readonly directory: string,
    private readonly progress: Progress,
  ) {
    this.state = this.loadState();
  }

  /** Every ticket with its comments, one JSON text each, in the order of the export. */
  async *run(): AsyncGenerator<string> {
    await this.rebuildIndex();
    this.resumedTickets = this.tickets.size;
    if (this.state.phase === 'tickets') {
      await this.estimate();
      await this.readTickets();
    }
    if (this.state.phase === 'comments') await this.readComments();
    yield* this.join();
  }

  /** Removes the spool and the state: the run is complete. */
  finish(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }

  get requests(): number {
    return this.api.requests;
  }

  private loadState(): State {
    const fresh: State = {
      version: 1,
      params: this.params,
      phase: 'tickets',
      next: null,
      ticketBytes: 0,
      commentBytes: 0,
      commentsReached: null,
    };
    const path = join(this.directory, 'state.json');
    if (existsSync(path)) {
      const saved = parseJson(readFileSync(path, 'utf8'));
      const state = saved.ok ? (saved.value as State) : null;
      if (state?.version === 1 && JSON.stringify(state.params) === JSON.stringify(this.params)) {
        this.progress(`resuming the interrupted run saved in ${this.directory}`);
        return state;
      }
      this.progress(`${this.directory} holds a run with other options or of another version: starting anew`);
    }
    rmSync(this.directory, { recursive: true, force: true });
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
    return fresh;
  }

  private async saveState(): Promise<void> {
    await writeFile(join(this.directory, 'state.json'), JSON.stringify(this.state), { mode: 0o600 });
  }

  /** After an interruption: drop what was spooled after the last saved page, and index the rest. */
  private async rebuildIndex(): Promise<void> {
    await this.saveState();
    await spoolTo(join(this.directory, TICKETS), this.state.ticketBytes);
    await spoolTo(join(this.directory, COMMENTS), this.state.commentBytes);
    for await (const { text, offset } of spoolLines(join(this.directory, TICKETS))) {
      this.indexTicket(JSON.parse(text) as Json, offset);
    }
    for await (const { text, offset, length } of spoolLines(join(this.directory, COMMENTS))) {
      this.indexComment(String((JSON.parse(text) as Json).ticket_id), offset, length);
    }
  }

  private indexTicket(ticket: Json, offset: number): void {
    this.tickets.set(String(ticket.id), offset);
    const created = unixSeconds(ticket.created_at);
    if (created !== null && (this.oldestCreated === null || created < this.oldestCreated))
      this.oldestCreated = created;
  }

  private indexComment(ticketId: string, offset: number, length: number): void {
    this.commentCount += 1;
    const list = this.comments.get(ticketId);
    if (list) list.push(offset, length);
    else this.comments.set(ticketId, [offset, length]);
  }

  /** How many tickets to expect, for the estimated time; a failed count only costs the estimate. */
  private async estimate(): Promise<void> {
    const terms = ['type:ticket'];
    if (this.params.since !== null) terms.push(`created>=${isoDate(this.params.since)}`);
    if (this.params.query !== null) terms.push(this.params.query);
    const body = await this.api.get(`/api/v2/search/count?query=${encodeURIComponent(terms.join(' '))}`);
    if (typeof body.count === 'number') this.expectedTickets = body.count;
  }

  private firstTicketPage(): string {
    const { since, query } = this.params;
    if (query !== null) {
      const full = since === null ? query : `${query} created>=${isoDate(since)}`;
      return `/api/v2/search/export?query=${encodeURIComponent(full)}&filter[type]=ticket&page[size]=${PAGE_SIZE}`;
    }
    return `/api/v2/incremental/tickets/cursor.json?start_time=${since ?? 0}&per_page=${PAGE_SIZE}&exclude_deleted=true`;
  }

  private async readTickets(): Promise<void> {
    const path = join(this.directory, TICKETS);
    let next: string | null = this.state.next ?? this.firstTicketPage();
    while (next !== null) {
      const page = await this.api.get(next);
      const list = this.params.query === null ? page.tickets : page.results;
      if (!Array.isArray(list)) throw new Error(`unexpected answer from ${next}: no ticket list`);
      let spooled = '';
      let offset = this.state.ticketBytes;
      for (const ticket of list as Json[]) {
        if (!this.wanted(ticket)) continue;
        const line = `${JSON.stringify(ticket)}\n`;
        this.indexTicket(ticket, offset);
        offset += Buffer.byteLength(line);
        spooled += line;
      }
      await appendFile(path, spooled, { mode: 0o600 });
      next = this.nextTicketPage(page);
      this.state = { ...this.state, ticketBytes: offset, next };
      await this.saveState();
      this.reportTickets(next === null);
    }
    this.state = { ...this.state, phase: 'comments', next: null };
    await this.saveState();
  }

  private wanted(ticket: Json): boolean {
    if (ticket.status === 'deleted') return false;
    if (this.params.query !== null && ticket.result_type !== undefined && ticket.result_type !== 'ticket')
      return false;
    const created = unixSeconds(ticket.created_at);
    return this.params.since === null || created === null || created >= this.params.since;
  }

  private nextTicketPage(page: Json): string | null {
    if (this.params.query !== null) {
      const meta = (page.meta ?? {}) as Json;
      const links = (page.links ?? {}) as Json;
      if (meta.has_more !== true) return null;
      if (typeof links.next === 'string') return links.next;
      if (typeof meta.after_cursor !== 'string') return null;
      return `${this.firstTicketPage()}&page[after]=${encodeURIComponent(meta.after_cursor)}`;
    }
    if (page.end_of_stream === true || typeof page.after_cursor !== 'string') return null;
    return `/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(page.after_cursor)}&per_page=${PAGE_SIZE}&exclude_deleted=true`;
  }

  private async readComments(): Promise<void> {
    if (this.tickets.size === 0) return this.toJoin();
    const path = join(this.directory, COMMENTS);
    const start = Math.max(this.oldestCreated ?? this.params.since ?? 0, this.params.since ?? 0);
    let next: string | null = this.state.next ?? eventsPage(start);
    while (next !== null) {
      const page = await this.api.get(next);
      const events = page.ticket_events;
      if (!Array.isArray(events)) throw new Error(`unexpected answer from ${next}: no ticket_events`);
      let spooled = '';
      let offset = this.state.commentBytes;
      for (const event of events as Json[]) {
        const ticketId = String(event.ticket_id);
        if (!this.tickets.has(ticketId)) continue;
        for (const comment of commentsOf(event)) {
          const line = `${JSON.stringify({ ticket_id: event.ticket_id, comment })}\n`;
          const length = Buffer.byteLength(line);
          this.indexComment(ticketId, offset, length);
          offset += length;
          spooled += line;
        }
      }
      await appendFile(path, spooled, { mode: 0o600 });
      const endTime = typeof page.end_time === 'number' ? page.end_time : null;
      next = page.end_of_stream === true || events.length === 0 ? null : nextEventsPage(page, next, endTime);
      this.state = { ...this.state, commentBytes: offset, next, commentsReached: endTime };
      await this.saveState();
      this.reportComments(start, endTime, next === null);
    }
    await this.toJoin();
  }

  private async toJoin(): Promise<void> {
    this.state = { ...this.state, phase: 'join', next: null };
    await this.saveState();
  }

  private async *join(): AsyncGenerator<string> {
    const handle = await open(join(this.directory, COMMENTS), 'a+');
    try {
      for await (const { text, offset } of spoolLines(join(this.directory, TICKETS))) {
        const ticket = JSON.parse(text) as Json;
        const id = String(ticket.id);
        if (this.tickets.get(id) !== offset) continue; // an older copy of a ticket listed again
        ticket.comments = await this.commentsFor(handle, id);
        yield JSON.stringify(ticket);
      }
    } finally {
      await handle.close();
    }
  }

  private async commentsFor(handle: Awaited<ReturnType<typeof open>>, ticketId: string): Promise<Json[]> {
    const spans = this.comments.get(ticketId) ?? [];
    const seen = new Set<string>();
    const comments: Json[] = [];
    for (let i = 0; i < spans.length; i += 2) {
      const [offset, length] = [spans[i] ?? 0, spans[i + 1] ?? 0];
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, offset);
      const { comment } = JSON.parse(buffer.toString('utf8')) as { comment: Json };
      // Time-based pages overlap at their edges: the same comment can come twice.
      const key = String(comment.id);
      if (seen.has(key)) continue;
      seen.add(key);
      comments.push(comment);
    }
    return comments;
  }

  private reportTickets(done: boolean): void {
    const read = this.tickets.size - this.resumedTickets;
    const minutes = (Date.now() - this.started) / 60_000;
    const rate = minutes > 0 ? Math.round(read / minutes) : 0;
    const parts = [
      `tickets: ${this.tickets.size.toLocaleString('en')}${this.expectedTickets === null ? '' : ` of ~${this.expectedTickets.toLocaleString('en')}`} read`,
      `${rate.toLocaleString('en')}/min`,
    ];
    if (!done && this.expectedTickets !== null && rate > 0) {
      const left = Math.max(0, this.expectedTickets - this.tickets.size) / rate;
      parts.push(`${formatMinutes(left)} left for the tickets`);
    }
    this.progress(parts.join(' · '));
  }

  private reportComments(start: number, reached: number | null, done: boolean): void {
    const parts = [`comments: ${this.commentCount.toLocaleString('en')} read`];
    if (done) parts.push('all events read');
    else if (reached !== null) {
      const now = Date.now() / 1000;
      const share = now <= start ? 1 : Math.min(1, Math.max(0, (reached - start) / (now - start)));
      parts.push(`events up to ${isoDate(reached)} (${Math.round(share * 100)}% of the period)`);
      const elapsed = (Date.now() - this.started) / 60_000;
      if (share > 0.01) parts.push(`${formatMinutes((elapsed * (1 - share)) / share)} left`);
    }
    this.progress(parts.join(' · '));
  }
}

function eventsPage(startTime: number): string {
  return `/api/v2/incremental/ticket_events.json?start_time=${startTime}&include=comment_events`;
}

/** The next time-based page: Zendesk's `next_page`, or one built from `end_time`, never the same page again. */
function nextEventsPage(page: Json, current: string, endTime: number | null): string | null {
  const currentStart = Number(new URL(current, 'http://x').searchParams.get('start_time'));
  if (endTime !== null && endTime <= currentStart) return eventsPage(currentStart + 1);
  if (typeof page.next_page === 'string') return page.next_page;
  return endTime === null ? null : eventsPage(endTime);
}

/** The comments among an event's child events, with the fields the ticket reader uses. */
function commentsOf(event: Json): Json[] {
  const children = Array.isArray(event.child_events) ? (event.child_events as Json[]) : [];
  return children
    .filter((child) => child.event_type === 'Comment' || child.type === 'Comment')
    .map((child) => {
      const comment: Json = { id: child.id, author_id: child.author_id ?? event.updater_id };
      for (const key of ['public', 'body', 'html_body', 'plain_body', 'via'])
        if (child[key] !== undefined) comment[key] = child[key];
      comment.created_at = child.created_at ?? event.created_at;
      return comment;
    });
}

/** Makes the spool file exactly `bytes` long (creating it), dropping a page written after the last save. */
async function spoolTo(path: string, bytes: number): Promise<void> {
  if (!existsSync(path)) await writeFile(path, '', { mode: 0o600 });
  await truncate(path, bytes);
}

/** The lines of a spool file with their byte offsets. */
async function* spoolLines(path: string): AsyncGenerator<{ text: string; offset: number; length: number }> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let offset = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, end);
      const line = pendingSize === 0 ? piece : Buffer.concat([...pending, piece]);
      const length = line.length + 1;
      yield { text: line.toString('utf8'), offset, length };
      offset += length;
      pending = [];
      pendingSize = 0;
      start = end + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingSize += chunk.length - start;
    }
  }
}

export function unixSeconds(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

const isoDate = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** An estimated time left, as people say it. */
function formatMinutes(minutes: number): string {
  if (minutes < 1) return 'under a minute';
  if (minutes < 90) return `about ${Math.round(minutes)} min`;
  return `about ${Math.round(minutes / 6) / 10} h`;
}
