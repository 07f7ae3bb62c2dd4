/**
 * "Apply reply" and "Insert text only" leave exactly the composer text, status, tags, assignee and
 * comment type the routine prescribes, appended after the agent's own draft.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROUTINE, type CaseId } from '../../src/routine/cases';
import { AGENT, FakeZafClient } from '../support/fakeZafClient';
import { chooseCase, click, expectedReply, renderSidebar } from '../support/renderSidebar';

const DRAFT = '<p>My own words, typed before.</p>';

describe('Apply reply', () => {
  const cases: [CaseId, 'solved' | 'pending', string][] = [
    ['api', 'solved', 'baa_api'],
    ['enterprise', 'solved', 'baa_enterprise'],
    ['unclear', 'pending', 'baa_unclear'],
    ['rejected', 'solved', 'baa_rejected'],
  ];

  it.each(cases)(
    '%s: appends the reply after the draft, public reply, status %s, tag %s',
    async (caseId, status, tag) => {
      const { fake, user } = await renderSidebar({ ticket: { draft: DRAFT, commentType: 'internalNote' } });
      await chooseCase(user, caseId);
      await click(user, 'Apply reply');

      expect(fake.ticket.draft).toBe(DRAFT + expectedReply(fake, caseId).html);
      for (const part of ROUTINE[caseId].parts) {
        if (part.kind === 'line' && !part.text.includes('{')) expect(fake.draftText()).toContain(part.text);
      }
      expect(fake.ticket.commentType).toBe('publicReply');
      expect(fake.ticket.status).toBe(status);
      // The default ticket is detected as 'api': choosing another case records the override.
      expect(fake.ticket.tags).toEqual(caseId === 'api' ? ['hipaa', tag] : ['hipaa', tag, 'baa_override']);
      expect(fake.ticket.assigneeId).toBe(AGENT.id);
      expect(screen.getByRole('status').textContent).toContain('Reply added to your draft');
    },
  );

  it('uses the configured tag prefix and BAA email', async () => {
    const { fake, user } = await renderSidebar({
      settings: { tagPrefix: 'hipaa-baa', baaEmail: 'legal@example.com' },
    });
    await chooseCase(user, 'api');
    await click(user, 'Apply reply');
    expect(fake.ticket.tags).toEqual(['hipaa', 'hipaa-baa_api']);
    expect(fake.draftText()).toContain('please email legal@example.com');
  });

  it('inserts plain text on a messaging ticket, after the draft with a blank line', async () => {
    const { fake, user } = await renderSidebar({
      ticket: { channel: 'native_messaging', useRichText: false, draft: 'typed first' },
    });
    await chooseCase(user, 'enterprise');
    expect(screen.getByText('Goes into the draft as plain text (messaging).')).toBeTruthy();
    await click(user, 'Apply reply');
    expect(fake.ticket.draft).toBe(`typed first\n\n${expectedReply(fake, 'enterprise').text}`);
    expect(fake.calls.some((call) => call.name === 'comment.appendHtml')).toBe(false);
  });

  it('a light agent (custom role, role_type 1) gets an internal note, no status or tags, and is told why', async () => {
    const { fake, user } = await renderSidebar({
      currentUser: { ...AGENT, role: 'Light agent' },
      roleType: 1,
    });
    await chooseCase(user, 'api');
    const said = await click(user, 'Apply reply');
    expect(fake.ticket.draft).toBe(expectedReply(fake, 'api').html);
    expect(fake.ticket.commentType).toBe('internalNote');
    expect(fake.ticket.status).toBe('open');
    expect(fake.ticket.tags).toEqual(['hipaa']);
    expect(said).toContain('You are a light agent: the reply was added as an internal note');
  });

  it('an agent in a custom role that is not a light agent replies publicly', async () => {
    const { fake, user } = await renderSidebar({ currentUser: { ...AGENT, role: 'Team lead' }, roleType: 0 });
    await chooseCase(user, 'rejected');
    await click(user, 'Apply reply');
    expect(fake.ticket.commentType).toBe('publicReply');
    expect(fake.ticket.status).toBe('solved');
  });

  it('when the role cannot be checked, plays safe with an internal note and says so', async () => {
    const fake = new FakeZafClient({
      currentUser: { ...AGENT, role: 'Team lead' },
    });
    fake.fail({ call: 'request', name: '/api/v2/users/me.json', mode: 'reject' });
    const { user } = await renderSidebar(fake);
    expect(screen.getByText('Your role could not be checked: replies go in as internal notes.')).toBeTruthy();
    await chooseCase(user, 'api');
    await click(user, 'Apply reply');
    expect(fake.ticket.commentType).toBe('internalNote');
  });

  it('an unassigned ticket is assigned to the agent before solving, and the agent is told', async () => {
    const { fake, user } = await renderSidebar({ ticket: { assigneeId: null } });
    await chooseCase(user, 'api');
    const said = await click(user, 'Apply reply');
    expect(fake.ticket.assigneeId).toBe(AGENT.id);
    expect(fake.ticket.status).toBe('solved');
    expect(said).toContain('The ticket was assigned to you');
  });

  it('with assigning turned off, an unassigned ticket is not solved and the agent is told why', async () => {
    const { fake, user } = await renderSidebar({
      ticket: { assigneeId: null },
      settings: { assignToMeOnSolve: false },
    });
    await chooseCase(user, 'api');
    const said = await click(user, 'Apply reply');
    expect(fake.ticket.assigneeId).toBeNull();
    expect(fake.ticket.status).toBe('open');
    expect(fake.ticket.tags).toEqual(['hipaa', 'baa_api']);
    expect(said).toContain('The ticket was not solved: it has no assignee');
  });

  it('with solving turned off, the status stays and the agent is told', async () => {
    const { fake, user } = await renderSidebar({ settings: { solveOnApply: false } });
    await chooseCase(user, 'api');
    const said = await click(user, 'Apply reply');
    expect(fake.ticket.status).toBe('open');
    expect(said).toContain('solving on apply is turned off');
  });
});

describe('Insert text only', () => {
  it('appends the reply and changes nothing else', async () => {
    const { fake, user } = await renderSidebar({ ticket: { draft: DRAFT, commentType: 'internalNote' } });
    await chooseCase(user, 'unclear');
    const said = await click(user, 'Insert text only');
    expect(fake.ticket.draft).toBe(DRAFT + expectedReply(fake, 'unclear').html);
    expect(fake.ticket.commentType).toBe('internalNote');
    expect(fake.ticket.status).toBe('open');
    expect(fake.ticket.tags).toEqual(['hipaa']);
    expect(said).toContain('Reply text added to your draft.');
  });
});

describe('Not a BAA request', () => {
  it('shows "Not a BAA request" with the picker still there, and Apply disabled', async () => {
    const { fake, user } = await renderSidebar();
    await chooseCase(user, 'other');
    expect(screen.getByText('Not a BAA request: the routine has no reply for this ticket.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Case' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Apply reply' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Insert text only' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(fake.ticket.draft).toBe('');
  });
});
