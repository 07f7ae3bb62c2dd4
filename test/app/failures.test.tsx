/**
 * All or nothing: a failure at any step leaves the ticket exactly as it was and says what failed; a
 * ticket the host no longer shows is refused; a host that does not answer gives an error with a retry.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { FakeZafClient, type Failure } from '../support/fakeZafClient';
import { chooseCase, click, renderSidebar } from '../support/renderSidebar';

/** A ticket where applying `api` takes every step: append, public reply, tag, assign, solve. */
const everyStep = () =>
  new FakeZafClient({ ticket: { draft: '<p>Mine</p>', commentType: 'internalNote', assigneeId: null } });

describe('a failure midway puts back what was done', () => {
  const steps: [string, Omit<Failure, 'times'>, string][] = [
    [
      'append',
      { call: 'invoke', name: 'comment.appendHtml', mode: 'reject' },
      'Could not add the reply to your draft.',
    ],
    [
      'comment type',
      { call: 'set', name: 'comment.type', mode: 'reject' },
      'Could not switch between public reply',
    ],
    ['tags', { call: 'invoke', name: 'ticket.tags.add', mode: 'reject' }, 'Could not add the tags.'],
    ['assignee', { call: 'set', name: 'ticket.assignee', mode: 'reject' }, 'Could not set the assignee.'],
    ['status', { call: 'set', name: 'ticket.status', mode: 'reject' }, 'Could not set the status.'],
    [
      'status (resolved timeout object)',
      { call: 'set', name: 'ticket.status', mode: 'timeoutObject' },
      'Could not set the status.',
    ],
  ];

  it.each(steps)(
    '%s fails: the ticket is left exactly as before and the error is shown',
    async (_step, failure, message) => {
      const fake = everyStep();
      const { user } = await renderSidebar(fake);
      await chooseCase(user, 'api');
      const before = structuredClone(fake.ticket);
      // Fails once: the step itself, not the rollback of a later one.
      fake.fail({ ...failure, times: 1 });

      const said = await click(user, 'Apply reply');

      expect(fake.ticket).toEqual(before);
      expect(said).toContain(message);
      expect(said).toContain('Nothing was changed: everything done before this step was put back.');
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    },
  );

  it('a step that never answers times out, and everything is put back', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake, 300);
    await chooseCase(user, 'api');
    const before = structuredClone(fake.ticket);
    fake.fail({ call: 'invoke', name: 'ticket.tags.add', mode: 'never', times: 1 });
    const said = await click(user, 'Apply reply');
    expect(fake.ticket).toEqual(before);
    expect(said).toContain('Could not add the tags.');
    expect(said).toContain('did not answer');
  });

  it('when putting back fails too, says so and what to check', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    fake.fail({ call: 'set', name: 'ticket.status', mode: 'reject' });
    fake.fail({ call: 'set', name: 'comment.text', mode: 'reject' });
    const said = await click(user, 'Apply reply');
    expect(said).toContain('Could not set the status.');
    expect(said).toContain('Putting things back also failed. Check the draft');
  });

  it('Insert text only: a failed append changes nothing', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'enterprise');
    const before = structuredClone(fake.ticket);
    fake.fail({ call: 'invoke', name: 'comment.appendHtml', mode: 'reject' });
    const said = await click(user, 'Insert text only');
    expect(fake.ticket).toEqual(before);
    expect(said).toContain('Could not add the reply to your draft.');
  });
});

describe('actions are bound to the analysed ticket', () => {
  it('refuses when Zendesk now shows another ticket (another tab), changing nothing', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    fake.ticket.id = 43;
    const before = structuredClone(fake.ticket);
    const said = await click(user, 'Apply reply');
    expect(fake.ticket).toEqual(before);
    expect(said).toContain(
      'This sidebar analysed ticket 42, but Zendesk now shows ticket 43. Nothing was changed.',
    );
  });
});

describe('reading the ticket', () => {
  it('a get that times out (the npm copy resolves a timeout object) shows an error, and Try again recovers', async () => {
    const fake = new FakeZafClient();
    fake.fail({ call: 'get', name: 'ticket.id', mode: 'timeoutObject', times: 1 });
    const user = userEvent.setup();
    render(<App client={fake} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Zendesk did not answer in time.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Apply reply' })).toBeTruthy();
  });

  it('when every read fails, one plain sentence; what Zendesk said only under Details', async () => {
    const fake = new FakeZafClient();
    fake.fail({ call: 'get', name: 'ticket.id', mode: 'reject', times: 1 });
    render(<App client={fake} />);
    const alert = await screen.findByRole('alert');
    const sentence = alert.querySelector('p')?.textContent ?? '';
    expect(sentence).toBe(
      'Something went wrong while reading the ticket. Try again; if it keeps failing, reload the ticket.',
    );
    expect(sentence).not.toMatch(/ticket\.\w|Zendesk said|refused/);
    const details = alert.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Details');
    expect(details?.textContent).toContain('get ticket.id and');
    expect(details?.textContent).not.toContain('ticket.subject');
  });

  it('a refused step reads as one sentence, with what Zendesk said on demand, not "Zendesk said: Zendesk refused"', async () => {
    const fake = new FakeZafClient();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    fake.fail({ call: 'invoke', name: 'ticket.tags.add', mode: 'reject', times: 1 });
    const said = await click(user, 'Apply reply');
    expect(said).toContain('Could not add the tags.');
    expect(said).not.toContain('Zendesk said');
    expect(said).not.toMatch(/Zendesk refused.*Zendesk refused/);
    const details = screen.getByRole('status').querySelector('details');
    expect(details?.textContent).toContain('invoke ticket.tags.add:');
  });

  it('a get that is never answered times out with our own timeout', async () => {
    const fake = new FakeZafClient();
    fake.fail({ call: 'get', name: 'ticket.id', mode: 'never', times: 1 });
    render(<App client={fake} timeoutMs={200} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Zendesk did not answer in time.');
  });

  it('makes no call before Zendesk registers the app, and says so when it never does', async () => {
    const fake = new FakeZafClient({ registers: false });
    const user = userEvent.setup();
    render(<App client={fake} timeoutMs={200} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Zendesk did not answer in time.');
    expect(fake.calls).toEqual([]);
    fake.register();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Apply reply' })).toBeTruthy();
    expect(fake.earlyCalls).toEqual([]);
  });

  it('a handshake that comes after the error still opens the sidebar, without a retry', async () => {
    const fake = new FakeZafClient({ registers: false });
    render(<App client={fake} timeoutMs={100} />);
    await screen.findByRole('alert');
    fake.register();
    expect(await screen.findByRole('button', { name: 'Apply reply' })).toBeTruthy();
  });

  it('without the ticket id, shows an error state', async () => {
    render(<App client={new FakeZafClient({ missingPaths: ['ticket.id'] })} />);
    expect((await screen.findByRole('alert')).textContent).toContain("Zendesk did not give this ticket's id");
  });

  it('without the conversation, reads the subject and description only and says so', async () => {
    await renderSidebar({ missingPaths: ['ticket.comments'] });
    expect(
      screen.getByText(
        'Zendesk did not give the conversation: the suggestion reads the subject and description only.',
      ),
    ).toBeTruthy();
  });

  it('outside Zendesk (init returned false), says where to open it', async () => {
    render(<App client={false} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Open this app from a ticket in Zendesk Support.',
    );
  });

  it('a state read that fails at click time changes nothing and says so', async () => {
    const fake = everyStep();
    const { user } = await renderSidebar(fake);
    await chooseCase(user, 'api');
    const before = structuredClone(fake.ticket);
    fake.missingPaths.add('ticket.status');
    const said = await click(user, 'Apply reply');
    expect(fake.ticket).toEqual(before);
    expect(said).toContain("Could not read the ticket's current state.");
  });
});
