/**
 * A stand-in account built from the labelled corpus: its tickets with their threads, dated an hour
 * apart, and tags as agents would have left them (the labelled case on most tickets, another case with
 * `baa_override` on some), so the report has agreements, disagreements and overrides to show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROUTINE, type CaseId } from '../../src/routine/cases';
import type { StandInComment, StandInTicket } from './zendeskStandIn';

type Json = Record<string, unknown>;

const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const START = Date.parse('2025-01-06T09:00:00Z');
const TAGGED_CASES: CaseId[] = ['api', 'enterprise', 'unclear', 'rejected'];

export function corpusAccount(count: number, baseUrl: string): StandInTicket[] {
  const records = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(CORPUS + name, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Json),
    );
  let commentId = 7_000_000;
  // Past the corpus's size, its tickets come again under new ids.
  return Array.from({ length: count }, (_, index) => records[index % records.length] ?? {}).map(
    (record, index) => {
      const id = 40_000 + index;
      const created = START + index * 3_600_000;
      const requesterId = Number(record.requester_id);
      const sources = Array.isArray(record.comments)
        ? (record.comments as Json[])
        : [{ author_id: requesterId, public: true, body: record.description }];
      const comments: StandInComment[] = sources.map((source, k) => {
        const comment: StandInComment = {
          id: commentId++,
          author_id: Number(source.author_id ?? requesterId),
          public: source.public !== false,
          created_at: new Date(created + k * 600_000).toISOString(),
        };
        for (const key of ['body', 'html_body', 'plain_body'])
          if (typeof source[key] === 'string') comment[key] = source[key];
        return comment;
      });
      const expected = record.expected_case as CaseId;
      return {
        ticket: {
          id,
          url: `${baseUrl}/api/v2/tickets/${id}.json`,
          subject: record.subject,
          raw_subject: record.subject,
          description: record.description,
          status: 'solved',
          requester_id: requesterId,
          submitter_id: requesterId,
          requester: record.requester,
          via: record.via,
          email_cc_ids: [],
          collaborator_ids: [],
          tags: agentTags(index, expected),
          created_at: new Date(created).toISOString(),
          updated_at: comments.at(-1)?.created_at ?? new Date(created).toISOString(),
        },
        comments,
      };
    },
  );
}

/** Most tickets carry their labelled case's tag; every 17th another case with the override tag; some none. */
function agentTags(index: number, expected: CaseId): string[] {
  const tags = ['hipaa'];
  if (index % 5 === 4) return tags;
  if (index % 17 === 3) {
    const other = TAGGED_CASES.find((id) => id !== expected) ?? 'api';
    return [...tags, `baa_${ROUTINE[other].tagSuffix ?? other}`, 'baa_override'];
  }
  const suffix = ROUTINE[expected].tagSuffix;
  return suffix === null ? tags : [...tags, `baa_${suffix}`];
}

/** The account's tickets as the file mode reads them: each ticket with its comments, one JSON line each. */
export function asJsonLines(tickets: StandInTicket[]): string {
  return tickets.map(({ ticket, comments }) => JSON.stringify({ ...ticket, comments })).join('\n') + '\n';
}
