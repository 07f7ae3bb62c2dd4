/**
 * What the agent's side of the workspace does to a ticket, as pure functions: submitting it (Zendesk's
 * validation, the draft becoming a comment), a requester replying, and the draft following a change of
 * channel or role. The page calls these and announces the result to the app.
 */
import {
  currentAgent,
  defaultCommentType,
  type SessionOptions,
  type TicketState,
  usesRichText,
} from './model';
import { textToHtml } from './paths';
import { htmlToText } from '../../src/text/html';

/** Why Zendesk would refuse to save the ticket as it stands, or null. */
export function submitProblem(state: TicketState): string | null {
  if (state.status === 'solved' && state.assigneeId === null) {
    return 'Assignee is required to solve a ticket. Assign the ticket, then submit again.';
  }
  return null;
}

/** The ticket once saved: a non-empty draft becomes a comment, the draft empties, the status is saved. */
export function submitted(state: TicketState, options: SessionOptions, commentId: number): TicketState {
  const hasWords = htmlToText(state.draft.text) !== '';
  const comment = {
    id: commentId,
    author: currentAgent(options).id,
    public: state.draft.type === 'publicReply',
    html: usesRichText(options) ? state.draft.text : textToHtml(state.draft.text),
  };
  // Saving the ticket saves the live messaging messages as comments too.
  const saved = state.comments.map((each) => (each.live ? { ...each, live: false } : each));
  return {
    ...state,
    comments: hasWords ? [...saved, comment] : saved,
    savedStatus: state.status,
    draft: { text: '', type: defaultCommentType(options.role) },
  };
}

/**
 * A requester's new comment; like Zendesk, it reopens a pending or solved ticket. On a messaging ticket it
 * is a live message of the conversation (`live`), not yet a comment, and the status stays.
 */
export function withRequesterReply(
  state: TicketState,
  html: string,
  commentId: number,
  live = false,
): TicketState {
  const reopened = !live && (state.status === 'pending' || state.status === 'solved');
  const comment = { id: commentId, author: 'requester' as const, public: true, html };
  return {
    ...state,
    status: reopened ? 'open' : state.status,
    comments: [...state.comments, live ? { ...comment, live } : comment],
  };
}

/** A draft moved between a rich and a plain composer keeps its words; a light agent's is an internal note. */
export function convertDraft(
  ticket: TicketState,
  before: SessionOptions,
  after: SessionOptions,
): TicketState {
  let text = ticket.draft.text;
  if (usesRichText(before) && !usesRichText(after)) text = htmlToText(text);
  if (!usesRichText(before) && usesRichText(after) && text !== '') text = textToHtml(text);
  const type = after.role === 'light-agent' ? 'internalNote' : ticket.draft.type;
  return { ...ticket, draft: { text, type } };
}
