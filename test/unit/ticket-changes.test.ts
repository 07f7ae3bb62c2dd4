import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/compose';
import type { CaseId } from '../../src/routine/cases';
import { DEFAULT_SETTINGS, type RoutineSettings } from '../../src/routine/settings';
import type { TicketChange, TicketState } from '../../src/ticket/changes';
import {
  type Agent,
  duplicateOf,
  groupFor,
  type PlanInput,
  planApply,
  planInsert,
  replyFormat,
} from '../../src/ticket/plan';
import { planUndo, runChanges, type TicketPort } from '../../src/ticket/transaction';

const AGENT: Agent = { id: 7, canReplyPublicly: true };
const LIGHT_AGENT: Agent = { id: 8, canReplyPublicly: false };

function state(overrides: Partial<TicketState> = {}): TicketState {
  return {
    ticketId: 42,
    status: 'open',
    tags: ['vip'],
    assigneeId: 7,
    draft: '<p>My own words</p>',
    commentType: 'internalNote',
    ...overrides,
  };
}

function input(
  caseId: CaseId,
  overrides: Partial<PlanInput> = {},
  settings: RoutineSettings = DEFAULT_SETTINGS,
) {
  return {
    reply: compose(caseId, settings, { requesterName: 'Dana Scully' }),
    state: state(),
    agent: AGENT,
    settings,
    format: 'html' as const,
    sentReplies: [],
    ...overrides,
  };
}

/** A ticket in memory that applies changes the way the composer does, and can fail on a given change kind. */
class MemoryTicket implements TicketPort {
  constructor(
    public state: TicketState,
    private readonly failOn: ReadonlySet<TicketChange['kind']> = new Set(),
  ) {}
  async apply(change: TicketChange): Promise<void> {
    if (this.failOn.has(change.kind)) throw new Error(`host refused ${change.kind}`);
    const s = this.state;
    switch (change.kind) {
      case 'appendToDraft':
        this.state = { ...s, draft: s.draft + change.content };
        break;
      case 'setDraft':
        this.state = { ...s, draft: change.content };
        break;
      case 'setCommentType':
        this.state = { ...s, commentType: change.commentType };
        break;
      case 'addTags':
        this.state = { ...s, tags: [...s.tags, ...change.tags.filter((t) => !s.tags.includes(t))] };
        break;
      case 'setTags':
        this.state = { ...s, tags: [...change.tags] };
        break;
      case 'setStatus':
        this.state = { ...s, status: change.status };
        break;
      case 'setAssignee':
        this.state = { ...s, assigneeId: change.userId };
        break;
    }
  }
}

describe('planApply', () => {
  it.each([
    ['api', 'solved', 'baa_api'],
    ['enterprise', 'solved', 'baa_enterprise'],
    ['rejected', 'solved', 'baa_rejected'],
    ['unclear', 'pending', 'baa_unclear'],
  ] as const)('%s: appends the reply after the draft, public, tagged and %s', async (caseId, status, tag) => {
    const plan = planApply(input(caseId));
    const ticket = new MemoryTicket(state());
    expect(await runChanges(ticket, plan.changes, state())).toEqual({ ok: true });
    expect(ticket.state).toEqual({
      ...state(),
      draft: '<p>My own words</p>' + compose(caseId, DEFAULT_SETTINGS, { requesterName: 'Dana Scully' }).html,
      commentType: 'publicReply',
      tags: ['vip', tag],
      status,
    });
    expect(plan.changes[0]?.kind).toBe('appendToDraft');
  });

  it('changes nothing for a ticket that is not a BAA request', () => {
    expect(planApply(input('other')).changes).toEqual([]);
  });

  it('tags an override when the agent applies another case than the detected one, and Undo removes it', async () => {
    const settings = { ...DEFAULT_SETTINGS, tagPrefix: 'hipaa' };
    const overridden = planApply(input('enterprise', { detectedCaseId: 'api' }, settings));
    expect(overridden.changes).toContainEqual({
      kind: 'addTags',
      tags: ['hipaa_enterprise', 'hipaa_override'],
    });
    for (const detectedCaseId of ['enterprise', undefined] as const) {
      const plan = planApply(input('enterprise', { detectedCaseId }, settings));
      expect(plan.changes).toContainEqual({ kind: 'addTags', tags: ['hipaa_enterprise'] });
    }
    const ticket = new MemoryTicket(state());
    await runChanges(ticket, overridden.changes, state());
    expect(ticket.state.tags).toEqual(['vip', 'hipaa_enterprise', 'hipaa_override']);
    const undo = planUndo(state(), ticket.state, ticket.state);
    await runChanges(ticket, undo.changes, ticket.state);
    expect(ticket.state.tags).toEqual(['vip']);
  });

  it('uses the tag prefix from the settings and does not add a tag twice', () => {
    const settings = { ...DEFAULT_SETTINGS, tagPrefix: 'hipaa' };
    const plan = planApply(input('api', { state: state({ tags: ['hipaa_api'] }) }, settings));
    expect(plan.changes.some((c) => c.kind === 'addTags')).toBe(false);
    const fresh = planApply(input('api', {}, settings));
    expect(fresh.changes).toContainEqual({ kind: 'addTags', tags: ['hipaa_api'] });
  });

  it('assigns an unassigned ticket to the agent before solving it, when the setting allows', () => {
    const plan = planApply(input('api', { state: state({ assigneeId: null }) }));
    const kinds = plan.changes.map((c) => c.kind);
    expect(kinds.indexOf('setAssignee')).toBeLessThan(kinds.indexOf('setStatus'));
    expect(plan.changes).toContainEqual({ kind: 'setAssignee', userId: 7, groupId: null });
    expect(plan.notices).toEqual([{ code: 'assigned_to_you' }]);
  });

  it('does not solve an unassigned ticket when it may not assign, and says why', () => {
    const settings = { ...DEFAULT_SETTINGS, assignToMeOnSolve: false };
    const plan = planApply(input('api', { state: state({ assigneeId: null }) }, settings));
    expect(plan.changes.map((c) => c.kind)).toEqual(['appendToDraft', 'setCommentType', 'addTags']);
    expect(plan.notices).toEqual([{ code: 'cannot_solve_unassigned' }]);
  });

  it('leaves the status alone when solving on apply is off', () => {
    const settings = { ...DEFAULT_SETTINGS, solveOnApply: false };
    const plan = planApply(input('enterprise', {}, settings));
    expect(plan.changes.some((c) => c.kind === 'setStatus')).toBe(false);
    expect(plan.notices).toEqual([{ code: 'solve_disabled' }]);
  });

  it('gives a light agent an internal note and no other change', () => {
    const plan = planApply(
      input('api', { agent: LIGHT_AGENT, state: state({ commentType: 'publicReply' }) }),
    );
    expect(plan.changes.map((c) => c.kind)).toEqual(['appendToDraft', 'setCommentType']);
    expect(plan.changes[1]).toEqual({ kind: 'setCommentType', commentType: 'internalNote' });
    expect(plan.notices).toEqual([{ code: 'light_agent_internal_note' }]);
  });

  it('appends plain text after a blank line for messaging channels', () => {
    const reply = compose('enterprise', DEFAULT_SETTINGS);
    const plan = planApply(input('enterprise', { reply, format: 'text', state: state({ draft: 'Hello' }) }));
    expect(plan.changes[0]).toEqual({ kind: 'appendToDraft', format: 'text', content: '\n\n' + reply.text });
    expect(replyFormat(true, 'messaging')).toBe('text');
    expect(replyFormat(true, 'email')).toBe('html');
    expect(replyFormat(false, 'email')).toBe('text');
  });
});

describe('planInsert', () => {
  it('only appends the reply', () => {
    expect(planInsert(input('api')).changes.map((c) => c.kind)).toEqual(['appendToDraft']);
  });
});

describe('duplicateOf', () => {
  it('spots the reply already in the draft, whatever its markup', () => {
    const reply = compose('api', DEFAULT_SETTINGS);
    expect(duplicateOf(input('api', { state: state({ draft: 'x' + reply.html }) }))).toBe('already_in_draft');
    expect(duplicateOf(input('api', { state: state({ draft: reply.text }) }))).toBe('already_in_draft');
  });

  it('spots the reply already sent, and stays quiet otherwise', () => {
    const reply = compose('enterprise', DEFAULT_SETTINGS);
    expect(duplicateOf(input('enterprise', { sentReplies: ['<div>' + reply.html + '</div>'] }))).toBe(
      'already_sent',
    );
    expect(duplicateOf(input('enterprise', { sentReplies: ['Something else'] }))).toBeNull();
  });
});

describe('runChanges: all or nothing', () => {
  it.each(['appendToDraft', 'setCommentType', 'addTags', 'setAssignee', 'setStatus'] as const)(
    'a failure at %s leaves the ticket exactly as it was',
    async (kind) => {
      const before = state({ assigneeId: null });
      const ticket = new MemoryTicket(before, new Set([kind]));
      const plan = planApply(input('api', { state: before }));
      const result = await runChanges(ticket, plan.changes, before);
      expect(result).toMatchObject({ ok: false, failed: { kind }, rolledBack: true });
      expect(ticket.state).toEqual(before);
    },
  );

  it('reports a rollback that could not be completed', async () => {
    const before = state();
    const ticket = new MemoryTicket(before, new Set(['setStatus', 'setDraft']));
    const result = await runChanges(ticket, planApply(input('api')).changes, before);
    expect(result).toMatchObject({ ok: false, rolledBack: false });
  });
});

describe('planUndo', () => {
  async function applied() {
    const before = state({ assigneeId: null });
    const ticket = new MemoryTicket(before);
    await runChanges(ticket, planApply(input('api', { state: before })).changes, before);
    return { before, ticket, afterApply: ticket.state };
  }

  it('restores draft, comment type, tags, assignee and status', async () => {
    const { before, ticket, afterApply } = await applied();
    const undo = planUndo(before, afterApply, ticket.state);
    expect(await runChanges(ticket, undo.changes, ticket.state)).toEqual({ ok: true });
    expect(ticket.state).toEqual(before);
    expect(undo.notices).toEqual([]);
  });

  it('never overwrites what the agent changed after applying', async () => {
    const { before, ticket, afterApply } = await applied();
    ticket.state = { ...ticket.state, draft: ticket.state.draft + '<p>more words</p>', status: 'hold' };
    const undo = planUndo(before, afterApply, ticket.state);
    expect(undo.changes.some((c) => c.kind === 'setDraft' || c.kind === 'setStatus')).toBe(false);
    expect(undo.notices).toEqual([{ code: 'status_changed' }, { code: 'draft_changed' }]);
  });
});

describe('what Zendesk cannot put back, and where it assigns', () => {
  const state: TicketState = {
    ticketId: 1,
    status: 'new',
    tags: [],
    assigneeId: null,
    assigneeGroupId: 5,
    draft: '',
    commentType: 'publicReply',
  };

  it('a rollback puts back everything but a status of New, and names the status that stays', async () => {
    const applied: TicketChange[] = [];
    const port = {
      apply: (change: TicketChange) => {
        if (change.kind === 'addTags') return Promise.reject(new Error('refused'));
        applied.push(change);
        return Promise.resolve();
      },
    };
    const result = await runChanges(
      port,
      [
        { kind: 'setStatus', status: 'solved' },
        { kind: 'setAssignee', userId: 7, groupId: 5 },
        { kind: 'addTags', tags: ['x'] },
      ],
      state,
    );
    expect(result).toMatchObject({ ok: false, rolledBack: true, statusKept: 'solved' });
    // The assignee goes back to the group alone; no attempt to set New.
    expect(applied.slice(2)).toEqual([{ kind: 'setAssignee', userId: null, groupId: 5 }]);
  });

  it('undo on a New ticket keeps the status and says so', () => {
    const after = { ...state, status: 'solved' as const, assigneeId: 7 };
    const plan = planUndo(state, after, after);
    expect(plan.changes.map((c) => c.kind)).not.toContain('setStatus');
    expect(plan.notices).toContainEqual({ code: 'status_kept_new' });
  });

  it("assigns within the ticket's group when the agent is in it, else the agent's default group", () => {
    expect(groupFor({ id: 7, canReplyPublicly: true, groupIds: [5, 6], defaultGroupId: 6 }, 5)).toBe(5);
    expect(groupFor({ id: 7, canReplyPublicly: true, groupIds: [6], defaultGroupId: 6 }, 5)).toBe(6);
    expect(groupFor({ id: 7, canReplyPublicly: true, groupIds: [6] }, null)).toBe(6);
    expect(groupFor({ id: 7, canReplyPublicly: true }, 5)).toBe(5);
  });
});
