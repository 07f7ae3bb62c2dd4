/** The agent's side of the workspace ticket, without a browser: submit, a requester reply, channel changes. */
import { describe, expect, it } from 'vitest';
import { sampleTickets } from '../../workspace/fixtures/tickets';
import { openTicket, type SessionOptions, type TicketState } from '../../workspace/host/model';
import { convertDraft, submitProblem, submitted, withRequesterReply } from '../../workspace/host/ticketOps';

const AGENT: SessionOptions = { role: 'agent', channel: 'email', colorScheme: 'light', settings: {} };

function ticket(id: number, options = AGENT): TicketState {
  const sample = sampleTickets().find((candidate) => candidate.id === id);
  if (!sample) throw new Error(`no sample ticket ${id}`);
  return openTicket(sample, options);
}

describe('submit', () => {
  it('refuses to solve a ticket without an assignee, and accepts it once assigned', () => {
    const solved = { ...ticket(101), status: 'solved' as const };
    expect(submitProblem(solved)).toMatch(/Assignee is required/);
    expect(submitProblem({ ...solved, assigneeId: 9002 })).toBeNull();
    expect(submitProblem({ ...solved, status: 'pending' })).toBeNull();
  });

  it('turns the draft into a comment by the current agent, empties it and saves the status', () => {
    const state = {
      ...ticket(101),
      status: 'pending' as const,
      draft: { text: '<p>Hi</p>', type: 'internalNote' as const },
    };
    const saved = submitted(state, AGENT, 77);
    expect(saved.comments.at(-1)).toEqual({ id: 77, author: 9002, public: false, html: '<p>Hi</p>' });
    expect(saved.draft).toEqual({ text: '', type: 'publicReply' });
    expect(saved.savedStatus).toBe('pending');
  });

  it('stores a plain-text draft as HTML, escaped', () => {
    const messaging = { ...AGENT, channel: 'messaging' as const };
    const state = { ...ticket(101, messaging), draft: { text: 'a < b\n\nc', type: 'publicReply' as const } };
    expect(submitted(state, messaging, 1).comments.at(-1)?.html).toBe('<p>a &lt; b</p><p>c</p>');
  });

  it('adds no comment for an empty draft', () => {
    const state = { ...ticket(101), draft: { text: '<p> </p>', type: 'publicReply' as const } };
    expect(submitted(state, AGENT, 1).comments).toHaveLength(1);
  });
});

describe('a requester reply', () => {
  it('adds the comment and reopens a pending ticket', () => {
    const state = withRequesterReply({ ...ticket(103), status: 'pending' }, '<p>API</p>', 5);
    expect(state.status).toBe('open');
    expect(state.comments.at(-1)).toEqual({ id: 5, author: 'requester', public: true, html: '<p>API</p>' });
  });

  it('leaves a new ticket new', () => {
    expect(withRequesterReply(ticket(101), '<p>more</p>', 5).status).toBe('new');
  });
});

describe('changing channel or role', () => {
  it('keeps the words of the draft between rich and plain composers', () => {
    const rich = { ...ticket(101), draft: { text: '<p>Hi &amp; bye</p>', type: 'publicReply' as const } };
    const messaging = { ...AGENT, channel: 'messaging' as const };
    const plain = convertDraft(rich, AGENT, messaging);
    expect(plain.draft.text).toBe('Hi & bye');
    expect(convertDraft(plain, messaging, AGENT).draft.text).toBe('<p>Hi &amp; bye</p>');
  });

  it("makes a light agent's draft an internal note", () => {
    const light = { ...AGENT, role: 'light-agent' as const };
    expect(convertDraft(ticket(101), AGENT, light).draft.type).toBe('internalNote');
  });
});
