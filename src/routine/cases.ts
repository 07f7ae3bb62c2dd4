/**
 * The BAA support routine as data (source: ../shared/seed/baa-routine.md, copied to
 * test/fixtures/seed/baa-routine.md for the verbatim test).
 *
 * Each line is the seed's sentence word for word. The only template slot is `{baaEmail}`, because the
 * address is a fact admins may change; with the default settings the lines equal the seed exactly.
 */

export const CASE_IDS = ['api', 'enterprise', 'unclear', 'rejected', 'other'] as const;
export type CaseId = (typeof CASE_IDS)[number];

/** The routine's function calls, shipped as content blocks placed between the lines. */
export type AttachmentId = 'zero_retention_endpoints' | 'sales_contact';

/** The seed's function names, kept so the mapping to the routine stays visible. */
export const ROUTINE_FUNCTIONS = {
  provide_list_of_zero_retention_endpoints: 'zero_retention_endpoints',
  provide_sales_contact_information: 'sales_contact',
} as const satisfies Record<string, AttachmentId>;

/** A reply is a sequence of routine lines and attachments, in the routine's order. */
export type ReplyPart = { kind: 'line'; text: string } | { kind: 'attachment'; attachment: AttachmentId };

/** Ticket status the routine leaves behind. `null`: the routine changes nothing. */
export type RoutineStatus = 'solved' | 'pending' | null;

export interface RoutineCase {
  id: CaseId;
  /** Where the case sits in the seed routine (step numbers), for people reading the data. */
  routineStep: string;
  /** Reply body in order. Empty for `other`: not a BAA request, nothing to send. */
  parts: readonly ReplyPart[];
  /** Step 5, "anything else?". Off for `unclear`, whose reply is itself a question awaiting an answer. */
  asksAnythingElse: boolean;
  /** Step 6, `case_resolution`: solved when the routine is complete, pending while we wait for the customer. */
  status: RoutineStatus;
  /** Tag suffix, joined to the configurable prefix (`baa` + `_` + `api`). `null`: no tag. */
  tagSuffix: string | null;
}

const line = (text: string): ReplyPart => ({ kind: 'line', text });
const attachment = (id: AttachmentId): ReplyPart => ({ kind: 'attachment', attachment: id });

export const ANYTHING_ELSE = 'Is there anything else I can assist you with today?';

export const ROUTINE: Readonly<Record<CaseId, RoutineCase>> = {
  unclear: {
    id: 'unclear',
    routineStep: '1a',
    parts: [
      line(
        'Thank you for reaching out! Could you please specify whether you require a Business Associate Agreement (BAA) for using our API or for ChatGPT Enterprise?',
      ),
    ],
    asksAnythingElse: false,
    status: 'pending',
    tagSuffix: 'unclear',
  },
  api: {
    id: 'api',
    routineStep: '2a-2f, 5, 6',
    parts: [
      line(
        'To obtain a BAA for our API, please email {baaEmail} with details about your company and use case.',
      ),
      line('Our team will respond within 1-2 business days.'),
      line('We review each BAA request on a case-by-case basis and may need additional information.'),
      line('The process is usually completed within a few business days.'),
      line('Please note that only endpoints eligible for zero data retention are covered by the BAA.'),
      attachment('zero_retention_endpoints'),
      line('An enterprise agreement is not required to sign a BAA.'),
    ],
    asksAnythingElse: true,
    status: 'solved',
    tagSuffix: 'api',
  },
  enterprise: {
    id: 'enterprise',
    routineStep: '3a, 5, 6',
    parts: [
      line('To explore a BAA for ChatGPT Enterprise, please contact our sales team.'),
      attachment('sales_contact'),
    ],
    asksAnythingElse: true,
    status: 'solved',
    tagSuffix: 'enterprise',
  },
  rejected: {
    id: 'rejected',
    routineStep: '4, 5, 6',
    parts: [
      line(
        "We are able to approve most customers that request BAAs, but occasionally a use case doesn't pass our team's evaluation.",
      ),
      line(
        "In that case, we'll provide feedback and context as to why and give you the opportunity to update your intended use of our API and re-apply.",
      ),
    ],
    asksAnythingElse: true,
    status: 'solved',
    tagSuffix: 'rejected',
  },
  other: {
    id: 'other',
    routineStep: 'none (not a BAA request)',
    parts: [],
    asksAnythingElse: false,
    status: null,
    tagSuffix: null,
  },
};

export function isCaseId(value: unknown): value is CaseId {
  return typeof value === 'string' && (CASE_IDS as readonly string[]).includes(value);
}

/** The cases that produce a reply (every case but `other`). */
export const REPLY_CASE_IDS: readonly CaseId[] = CASE_IDS.filter((id) => ROUTINE[id].parts.length > 0);
