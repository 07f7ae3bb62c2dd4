/**
 * Reads a ticket as Zendesk's Support API exports it (optionally with its comments embedded) into the
 * domain Ticket. Used by the triage command and the labelled corpus; the sidebar builds its Ticket from
 * ZAF instead (src/zendesk/).
 *
 * Accepted shape: {id, subject, description, requester_id, requester?: {name?, locale?},
 *   via?: {channel}, email_cc_ids?, collaborator_ids?,
 *   comments?: [{id, author_id, public, body | plain_body | html_body}]}
 *
 * The customer's side is the requester and the colleagues they copy (`email_cc_ids`,
 * `collaborator_ids`): a copied colleague who answers for them is the customer speaking.
 */
import { isObject } from '../json/isObject';
import type { Channel, Ticket, TicketComment } from './ticket';

export class TicketFormatError extends Error {
  override name = 'TicketFormatError';
}

type Json = Record<string, unknown>;

const optionalString = (value: unknown, field: string): string => {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new TicketFormatError(`"${field}" must be a string`);
  return value;
};

const MESSAGING = new Set([
  'chat',
  'native_messaging',
  'sunshine_conversations',
  'whatsapp',
  'facebook',
  'twitter',
  'instagram_dm',
  'line',
  'wechat',
  'telegram',
  'messagebird_sms',
  'sms',
  'any_channel',
]);

export function channelOf(raw: unknown): Channel | undefined {
  if (typeof raw !== 'string') return undefined;
  if (raw === 'email' || raw === 'web' || raw === 'api') return raw;
  if (MESSAGING.has(raw)) return 'messaging';
  return 'other';
}

export function ticketFromZendesk(raw: unknown): Ticket {
  if (!isObject(raw)) throw new TicketFormatError('a ticket must be a JSON object');
  const id = raw.id;
  if (id !== undefined && typeof id !== 'number' && typeof id !== 'string') {
    throw new TicketFormatError('"id" must be a number or a string');
  }
  const requester = isObject(raw.requester) ? raw.requester : {};
  const via = isObject(raw.via) ? raw.via : {};
  const comments = raw.comments === undefined || raw.comments === null ? [] : raw.comments;
  if (!Array.isArray(comments)) throw new TicketFormatError('"comments" must be an array');
  const customerSide = customerSideOf(raw);
  const ticket: Ticket = {
    subject: optionalString(raw.subject ?? raw.raw_subject, 'subject'),
    description: optionalString(raw.description, 'description'),
    comments: comments.map((comment, index) => commentFromZendesk(comment, index, customerSide)),
  };
  if (id !== undefined) ticket.id = id;
  const name = typeof requester.name === 'string' ? requester.name : undefined;
  const locale = typeof requester.locale === 'string' ? requester.locale : undefined;
  if (name !== undefined || locale !== undefined) ticket.requester = { name, locale };
  const channel = channelOf(via.channel);
  if (channel) ticket.channel = channel;
  return ticket;
}

/** The requester and the people they copy; `undefined` when the ticket names no requester. */
function customerSideOf(raw: Json): ReadonlySet<unknown> | undefined {
  if (raw.requester_id === undefined) return undefined;
  const copied = [raw.email_cc_ids, raw.collaborator_ids].flatMap((ids) => (Array.isArray(ids) ? ids : []));
  return new Set([raw.requester_id, ...copied]);
}

function commentFromZendesk(
  raw: unknown,
  index: number,
  customerSide: ReadonlySet<unknown> | undefined,
): TicketComment {
  if (!isObject(raw)) throw new TicketFormatError(`comment ${index + 1} must be a JSON object`);
  const htmlBody = raw.html_body;
  const textBody = raw.plain_body ?? raw.body;
  let body: string;
  let html: boolean;
  if (typeof htmlBody === 'string' && (typeof textBody !== 'string' || textBody === '')) {
    body = htmlBody;
    html = true;
  } else {
    body = optionalString(textBody, `comments[${index}].body`);
    html = false;
  }
  const authorRole =
    raw.author_id === undefined || customerSide === undefined
      ? 'unknown'
      : customerSide.has(raw.author_id)
        ? 'requester'
        : 'agent';
  const comment: TicketComment = { authorRole, public: raw.public !== false, body, html };
  if (typeof raw.id === 'number' || typeof raw.id === 'string') comment.id = raw.id;
  return comment;
}
