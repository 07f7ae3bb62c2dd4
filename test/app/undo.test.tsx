/** "Undo" restores the draft, status, tags and assignee as they were, leaving later edits alone. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeZafClient } from '../support/fakeZafClient';
import { chooseCase, click, renderSidebar } from '../support/renderSidebar';

const everyStep = () =>
  new FakeZafClient({
    ticket: { draft: '<p>Mine</p>', commentType: 'internalNote', assigneeId: null, status: 'open' },
  });

describe('Undo', () => {
  it('appears only after applying, and restores draft, comment type, status, tags and assignee', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await chooseCase(user, 'api');
    const before = structuredClone(fake.ticket);
    await click(user, 'Apply reply');
    expect(fake.ticket.status).toBe('solved');

    const said = await click(user, 'Undo');

    expect(fake.ticket).toEqual(before);
    expect(said).toContain('Undone: the draft, status, tags and assignee are as they were.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps what the agent changed after applying, and says so', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'unclear');
    await click(user, 'Apply reply');
    fake.ticket.draft += '<p>One more line from me.</p>';
    const applied = structuredClone(fake.ticket);

    const said = await click(user, 'Undo');

    expect(fake.ticket.draft).toBe(applied.draft);
    expect(fake.ticket.status).toBe('open');
    expect(fake.ticket.tags).toEqual(['hipaa']);
    expect(said).toContain('Undone, except:');
    expect(said).toContain('Your draft changed after applying, so it was left as it is.');
    expect(said).not.toContain('are as they were');
  });

  it('undoes "Insert text only" too', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'rejected');
    await click(user, 'Insert text only');
    await click(user, 'Undo');
    expect(fake.ticket.draft).toBe('<p>Mine</p>');
  });

  it('a refused undo step does not keep the rest from being put back, and says what failed', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    const before = structuredClone(fake.ticket);
    await click(user, 'Apply reply');
    const applied = structuredClone(fake.ticket);
    fake.fail({ call: 'set', name: 'ticket.tags', mode: 'reject', times: 1 });
    const said = await click(user, 'Undo');
    expect(fake.ticket).toEqual({ ...before, tags: applied.tags });
    expect(said).toContain('Could not restore the tags.');
  });

  it('on a New ticket puts back everything but the status, and says why the status stays', async () => {
    const fake = new FakeZafClient({
      ticket: { draft: '<p>Mine</p>', assigneeId: null, status: 'new' },
    });
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    const before = structuredClone(fake.ticket);
    await click(user, 'Apply reply');
    const said = await click(user, 'Undo');
    expect(fake.ticket).toEqual({ ...before, status: 'solved', assigneeId: 7 });
    expect(said).toContain('The status stays as it is: Zendesk does not let a saved ticket go back to New.');
    expect(fake.calls.filter((c) => c.kind === 'set' && c.name === 'ticket.status')).toHaveLength(1);
  });
});

describe('the same reply twice', () => {
  it('warns when the reply is already in the draft, and a second click confirms', async () => {
    const fake = new FakeZafClient();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    await click(user, 'Insert text only');
    const once = fake.ticket.draft;

    const warned = await click(user, 'Insert text only');
    expect(warned).toContain('This reply is already in your draft. Click again to add it a second time.');
    expect(fake.ticket.draft).toBe(once);

    await click(user, 'Insert text only');
    expect(fake.ticket.draft.length).toBeGreaterThan(once.length);
  });

  it('Apply after Insert does the rest of the routine without a second copy', async () => {
    const fake = new FakeZafClient({ ticket: { status: 'open' } });
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    await click(user, 'Insert text only');
    const once = fake.ticket.draft;
    const said = await click(user, 'Apply reply');
    expect(fake.ticket.draft).toBe(once);
    expect(fake.ticket.status).toBe('solved');
    expect(said).toContain('Your draft already had this reply');
  });

  it('drops the warning when the agent picks another case', async () => {
    const fake = new FakeZafClient();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    await click(user, 'Insert text only');
    expect(await click(user, 'Insert text only')).toContain('already in your draft');
    await chooseCase(user, 'enterprise');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('warns when the reply was already sent on the ticket', async () => {
    const fake = new FakeZafClient();
    fake.ticket.comments.push({
      id: 2,
      value:
        '<p>Thank you for reaching out! Could you please specify whether you require a Business Associate Agreement (BAA) for using our API or for ChatGPT Enterprise?</p>',
      author: { id: 7, name: 'Alex Agent', role: 'agent' },
      public: true,
    });
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'unclear');
    const warned = await click(user, 'Apply reply');
    expect(warned).toContain('This reply was already sent on this ticket.');
    expect(fake.ticket.draft).toBe('');
    await click(user, 'Apply reply');
    expect(fake.ticket.status).toBe('pending');
  });
});
