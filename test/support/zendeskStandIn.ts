/**
 * A local stand-in for the parts of Zendesk's Support API that `triage --zendesk` reads, answering as
 * Zendesk documents them:
 *
 * - GET /api/v2/search/count?query=…                                   {"count": n}
 * - GET /api/v2/incremental/tickets/cursor.json?start_time=…|cursor=…   cursor pagination:
 *     {"tickets", "after_cursor", "after_url", "before_cursor", "before_url", "end_of_stream"}
 * - GET /api/v2/incremental/ticket_events.json?start_time=…&include=comment_events   time-based:
 *     {"ticket_events": [{id, ticket_id, timestamp, created_at, updater_id, event_type, child_events}],
 *      "next_page", "end_time", "count", "end_of_stream"}; comment child events only with the include.
 * - GET /api/v2/search/export?query=…&filter[type]=ticket&page[size]=…&page[after]=…
 *     {"results", "facets", "meta": {"has_more", "after_cursor", "before_cursor"}, "links": {"next", "prev"}}
 *
 * Basic auth `email/token:TOKEN` or a 401 `{"error": "Couldn't authenticate you"}`; chosen requests get a
 * 429 with `Retry-After`, a 503, or no answer at all (to interrupt a run).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

/** A comment as Zendesk lists it: id, author_id, public, created_at and body, html_body or plain_body. */
export type StandInComment = Json & { id: number; author_id: number; public: boolean; created_at: string };

export interface StandInTicket {
  /** The ticket as the ticket endpoints return it (no comments). */
  ticket: Json & { id: number; created_at: string; updated_at: string; tags: string[] };
  comments: StandInComment[];
}

export interface StandInOptions {
  email: string;
  token: string;
  tickets: StandInTicket[];
  /** The most items a page holds (Zendesk: 1,000); small here so that pagination happens. */
  pageSize?: number;
  /** 1-based request numbers answered 429 with `Retry-After: retryAfter`. */
  rateLimited?: number[];
  retryAfter?: number;
  /** 1-based request numbers answered 503. */
  unavailable?: number[];
  /** The 1-based request number left unanswered (the client is then stopped by the test). */
  hangOn?: number;
  /** The port to listen on (default: any free one). */
  port?: number;
}

export interface StandInRequest {
  path: string;
  status: number;
  at: number;
}

export interface StandIn {
  url: string;
  requests: StandInRequest[];
  /** Resolves when the request `n` (1-based) has arrived. */
  arrived(n: number): Promise<void>;
  close(): Promise<void>;
}

export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const pageSize = options.pageSize ?? 100;
  const requests: StandInRequest[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const expected = `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}`;
  const byUpdate = [...options.tickets].sort(
    (a, b) => Date.parse(a.ticket.updated_at) - Date.parse(b.ticket.updated_at) || a.ticket.id - b.ticket.id,
  );
  const events = ticketEvents(options.tickets);
  let base = '';

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', base);
    const number = requests.length + 1;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({ path: `${url.pathname}${url.search}`, status, at: Date.now() });
      for (const waiter of waiters.filter((w) => w.n <= requests.length)) waiter.resolve();
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    if (number === options.hangOn) {
      requests.push({ path: `${url.pathname}${url.search}`, status: 0, at: Date.now() });
      for (const waiter of waiters.filter((w) => w.n <= requests.length)) waiter.resolve();
      return;
    }
    if (request.headers.authorization !== expected) return send(401, { error: "Couldn't authenticate you" });
    if (options.rateLimited?.includes(number)) {
      return send(
        429,
        { error: 'TooManyRequests', description: 'Rate limit exceeded' },
        { 'Retry-After': String(options.retryAfter ?? 1) },
      );
    }
    if (options.unavailable?.includes(number)) return send(503, { error: 'ServiceUnavailable' });
    const query = url.searchParams;
    switch (url.pathname.replace(/\.json$/, '')) {
      case '/api/v2/search/count':
        return send(200, { count: search(options.tickets, query.get('query') ?? '').length });
      case '/api/v2/incremental/tickets/cursor':
        return send(200, ticketPage(byUpdate, query, pageSize, base));
      case '/api/v2/incremental/ticket_events':
        return send(200, eventPage(events, query, pageSize, base));
      case '/api/v2/search/export':
        if (query.get('filter[type]') === null)
          return send(400, { error: { title: 'Invalid search', message: 'filter[type] is required' } });
        return send(200, searchPage(options.tickets, query, pageSize, base));
      default:
        return send(404, { error: 'InvalidEndpoint', description: 'Not found' });
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    arrived: (n) =>
      new Promise((resolve) => {
        if (requests.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const cursorOf = (index: number) => Buffer.from(`position:${index}`).toString('base64url');
const indexOf = (cursor: string) => Number(Buffer.from(cursor, 'base64url').toString().split(':')[1] ?? 0);

function ticketPage(tickets: StandInTicket[], query: URLSearchParams, pageSize: number, base: string): Json {
  const size = Math.min(Number(query.get('per_page') ?? 1000), pageSize);
  const cursor = query.get('cursor');
  let start: number;
  if (cursor !== null) start = indexOf(cursor);
  else {
    const since = Number(query.get('start_time') ?? 0);
    start = tickets.findIndex((t) => seconds(t.ticket.updated_at) >= since);
    if (start === -1) start = tickets.length;
  }
  const page = tickets.slice(start, start + size).map((t) => t.ticket);
  const after = start + page.length;
  const endOfStream = after >= tickets.length;
  const afterCursor = cursorOf(after);
  return {
    tickets: page,
    after_cursor: afterCursor,
    after_url: `${base}/api/v2/incremental/tickets/cursor.json?cursor=${afterCursor}&per_page=${size}`,
    before_cursor: start === 0 ? null : cursorOf(start),
    before_url: null,
    end_of_stream: endOfStream,
  };
}

interface StandInEvent {
  timestamp: number;
  event: Json;
  comment: Json;
}

/** One event per comment: the first is the ticket's "Create" event, the others are updates. */
function ticketEvents(tickets: StandInTicket[]): StandInEvent[] {
  const events: StandInEvent[] = [];
  let id = 5_000_000;
  for (const { ticket, comments } of tickets) {
    comments.forEach((comment, index) => {
      const timestamp = seconds(comment.created_at);
      events.push({
        timestamp,
        event: {
          id: id++,
          ticket_id: ticket.id,
          timestamp,
          created_at: comment.created_at,
          updater_id: comment.author_id,
          via: { channel: 'email' },
          event_type: index === 0 ? 'Create' : 'Audit',
          child_events: [
            index === 0
              ? { id: id++, event_type: 'Create', subject: ticket.subject, status: 'new' }
              : {
                  id: id++,
                  event_type: 'Change',
                  field_name: 'status',
                  value: 'open',
                  previous_value: 'new',
                },
          ],
        },
        comment: {
          ...comment,
          event_type: 'Comment',
          type: 'Comment',
          comment_present: true,
          comment_public: comment.public,
          attachments: [],
        },
      });
    });
  }
  return events.sort((a, b) => a.timestamp - b.timestamp);
}

function eventPage(events: StandInEvent[], query: URLSearchParams, pageSize: number, base: string): Json {
  const since = Number(query.get('start_time') ?? 0);
  const withComments = (query.get('include') ?? '').split(',').includes('comment_events');
  const page = events.filter((e) => e.timestamp >= since).slice(0, Math.min(pageSize, 1000));
  const last = page.at(-1);
  const endTime = last === undefined ? since : last.timestamp;
  const include = withComments ? '&include=comment_events' : '';
  return {
    ticket_events: page.map(({ event, comment }) => ({
      ...event,
      child_events: withComments
        ? [...(event.child_events as Json[]), comment]
        : (event.child_events as Json[]),
    })),
    // Time-based: the next page starts at the last event's time, so that event comes again.
    next_page: `${base}/api/v2/incremental/ticket_events.json?start_time=${endTime}${include}`,
    end_time: endTime,
    count: page.length,
    end_of_stream: page.length < Math.min(pageSize, 1000),
  };
}

function searchPage(tickets: StandInTicket[], query: URLSearchParams, pageSize: number, base: string): Json {
  const found = search(tickets, query.get('query') ?? '');
  const size = Math.min(Number(query.get('page[size]') ?? 100), pageSize);
  const after = query.get('page[after]');
  const start = after === null ? 0 : indexOf(after);
  const page = found.slice(start, start + size).map((t) => ({ ...t.ticket, result_type: 'ticket' }));
  const end = start + page.length;
  const hasMore = end < found.length;
  const next = new URL(`${base}/api/v2/search/export.json`);
  for (const [key, value] of query) if (key !== 'page[after]') next.searchParams.set(key, value);
  next.searchParams.set('page[after]', cursorOf(end));
  return {
    results: page,
    facets: null,
    meta: { has_more: hasMore, after_cursor: hasMore ? cursorOf(end) : null, before_cursor: cursorOf(start) },
    links: { next: hasMore ? next.toString() : null, prev: null },
  };
}

/** Enough of Zendesk's search syntax for tests: type:ticket, tags:x, status:x, created>=date, words. */
export function search(tickets: StandInTicket[], query: string): StandInTicket[] {
  const terms = query.split(/\s+/).filter((term) => term !== '' && term !== 'type:ticket');
  return tickets.filter(({ ticket }) =>
    terms.every((term) => {
      const [, key, op, value] = /^(\w+)(:|>=)(.+)$/.exec(term) ?? [];
      if (key === 'tags' && op === ':') return ticket.tags.includes(value ?? '');
      if (key === 'status' && op === ':') return ticket.status === value;
      if (key === 'created' && op === '>=') return Date.parse(ticket.created_at) >= Date.parse(value ?? '');
      const text = `${String(ticket.subject)} ${String(ticket.description)}`.toLowerCase();
      return text.includes(term.toLowerCase());
    }),
  );
}
