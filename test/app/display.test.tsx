/**
 * What the sidebar shows: the detected case, its confidence and evidence (as text, never HTML), the
 * "Case" picker, the preview, the theme, settings problems; and how it follows the conversation.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../src/detect/types';
import type { Ticket } from '../../src/ticket/ticket';
import { AGENT, REQUESTER } from '../support/fakeZafClient';
import { chooseCase, expectedReply, renderSidebar } from '../support/renderSidebar';

const detection = vi.hoisted(() => ({
  of: (_ticket: Ticket): Detection => ({ caseId: 'other', confidence: 0, level: 'low', evidence: [] }),
}));
vi.mock('../../src/detect/detect', () => ({ detect: (ticket: Ticket) => detection.of(ticket) }));

const HOSTILE = '<img src=x onerror="window.__pwned = true">';

beforeEach(() => {
  detection.of = () => ({
    caseId: 'api',
    confidence: 0.9,
    level: 'high',
    evidence: [
      { text: 'BAA for the API', field: 'subject' },
      { text: 'our use of the API', field: 'comment', commentId: 1 },
    ],
  });
});

const picker = () => screen.getByRole('combobox', { name: 'Case' }) as HTMLSelectElement;

describe('the suggestion', () => {
  it('shows the detected case, its confidence level and why, with where each phrase was found', async () => {
    await renderSidebar();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('API');
    expect(screen.getByText('Confidence: high (90%)')).toBeTruthy();
    const why = screen.getByRole('list', { name: 'Why' });
    const items = within(why)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['BAA for the API in the subject', 'our use of the API in comment 1']);
    expect(picker().value).toBe('api');
  });

  it('renders evidence phrases as text: a hostile phrase shows as text and makes no element', async () => {
    detection.of = () => ({
      caseId: 'api',
      confidence: 0.5,
      level: 'medium',
      evidence: [{ text: HOSTILE, field: 'description' }],
    });
    await renderSidebar({ ticket: { requester: { ...REQUESTER, name: HOSTILE } } });
    expect(screen.getByText(HOSTILE, { exact: false })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('marks a phrase that rules a product out', async () => {
    detection.of = () => ({
      caseId: 'enterprise',
      confidence: 0.9,
      level: 'high',
      evidence: [
        { text: 'ChatGPT Enterprise', field: 'description' },
        { text: 'API', field: 'description', negated: true },
      ],
    });
    await renderSidebar();
    const items = within(screen.getByRole('list', { name: 'Why' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['ChatGPT Enterprise in the description', 'API ruled out, in the description']);
  });

  it('says which phrase answered our question, and which product it points at', async () => {
    detection.of = () => ({
      caseId: 'api',
      confidence: 0.9,
      level: 'high',
      evidence: [{ text: 'option 1', field: 'comment', commentId: 3, answers: 'api' }],
    });
    await renderSidebar();
    const items = within(screen.getByRole('list', { name: 'Why' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['option 1 answered our question → API, in comment 3']);
  });

  it('previews the reply exactly as it will be inserted, attachments included', async () => {
    const { fake, user } = await renderSidebar();
    const preview = () => screen.getByTestId('reply-preview').textContent;
    expect(preview()).toBe(expectedReply(fake, 'api').text);
    expect(preview()).toContain('/v1/embeddings');
    await chooseCase(user, 'enterprise');
    expect(preview()).toBe(expectedReply(fake, 'enterprise').text);
    expect(preview()).toContain('Sales team: https://openai.com/contact-sales');
  });

  it('"Not a BAA request" when detection says other', async () => {
    detection.of = () => ({ caseId: 'other', confidence: 0.8, level: 'high', evidence: [] });
    await renderSidebar();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Not a BAA request');
    expect(picker().value).toBe('other');
    expect((screen.getByRole('button', { name: 'Apply reply' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('the picker overrides the detection and says so', async () => {
    const { user } = await renderSidebar();
    await chooseCase(user, 'rejected');
    expect(picker().value).toBe('rejected');
    expect(screen.getByText('You chose this case; the detection said API.')).toBeTruthy();
  });
});

describe('following the conversation', () => {
  beforeEach(() => {
    // Detection that depends on the conversation: a second comment makes it "rejected".
    detection.of = (ticket) => ({
      caseId: ticket.comments.length > 1 ? 'rejected' : 'unclear',
      confidence: 0.7,
      level: 'medium',
      evidence: [],
    });
  });

  const reply = { id: 2, value: '<p>Our request was declined.</p>', author: REQUESTER, public: true };

  it('refreshes on a new comment and keeps the case the agent chose', async () => {
    const { fake, user } = await renderSidebar();
    await chooseCase(user, 'enterprise');
    fake.addComment(reply);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
        'Follow-up after a rejected BAA request',
      ),
    );
    expect(picker().value).toBe('enterprise');
    expect(screen.getByTestId('reply-preview').textContent).toBe(expectedReply(fake, 'enterprise').text);
  });

  it('without an override, follows the new detection (also on ticket.updated)', async () => {
    const { fake } = await renderSidebar();
    expect(picker().value).toBe('unclear');
    fake.ticket.comments.push(reply);
    fake.emit('ticket.updated');
    await waitFor(() => expect(picker().value).toBe('rejected'));
  });

  it('when answers to a burst of events arrive out of order, the latest reading wins', async () => {
    const { fake } = await renderSidebar();
    // The first re-read is answered late, with the conversation as it was (one comment).
    fake.fail({ call: 'get', name: 'ticket.comments', mode: 'hold', times: 1 });
    fake.emit('ticket.updated');
    await waitFor(() => expect(fake.heldAnswers).toBe(1));
    fake.addComment(reply);
    await waitFor(() => expect(picker().value).toBe('rejected'));
    fake.release();
    await waitFor(() => expect(fake.calls.filter((c) => c.name.includes('ticket.comments'))).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(picker().value).toBe('rejected');
  });

  it('stops listening when closed', async () => {
    const { fake, view } = await renderSidebar();
    expect(fake.subscribers('ticket.comments.changed')).toBe(1);
    view.unmount();
    expect(fake.subscribers('ticket.comments.changed')).toBe(0);
  });
});

describe('theme and size', () => {
  const root = () => document.querySelector('[data-color-scheme]') as HTMLElement;

  it('follows the dark color scheme, and a change of scheme', async () => {
    const { fake } = await renderSidebar({ colorScheme: 'dark' });
    expect(root().dataset.colorScheme).toBe('dark');
    const dark = getComputedStyle(root()).backgroundColor;
    fake.emit('colorScheme.changed', 'light');
    await waitFor(() => expect(root().dataset.colorScheme).toBe('light'));
    expect(getComputedStyle(root()).backgroundColor).not.toBe(dark);
  });

  it('resizes the iframe to the content height, again when it changes, never twice the same', async () => {
    let height = 321;
    const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      return { height: this.dataset.colorScheme ? height : 0 } as DOMRect;
    });
    try {
      const { fake, user } = await renderSidebar();
      await waitFor(() => expect(fake.calls.some((c) => c.name === 'resize')).toBe(true));
      const resizes = () =>
        fake.calls
          .filter((c) => c.name === 'resize')
          .map((c) => c.args[0] as { width: string; height: string });
      expect(resizes().at(-1)).toEqual({ width: '100%', height: '321px' });
      height = 480;
      await chooseCase(user, 'enterprise');
      await waitFor(() => expect(resizes().at(-1)?.height).toBe('480px'));
      await chooseCase(user, 'rejected');
      expect(resizes().map((r) => r.height)).toEqual(['321px', '480px']);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('settings problems', () => {
  const bad = { baaEmail: 'not an address', tagPrefix: 'Bad Prefix' };

  it('are shown to admins at the top, by the labels they see in Zendesk', async () => {
    await renderSidebar({ currentUser: { ...AGENT, role: 'admin' }, settings: bad });
    const notice = await screen.findByRole('note', { name: 'App settings' });
    expect(
      within(notice).getByText('Some app settings are invalid; their defaults are used until you fix them:'),
    ).toBeTruthy();
    expect(within(notice).getByText('BAA email address is not an email address.')).toBeTruthy();
    expect(within(notice).getByText('Tag prefix is not a valid tag prefix.')).toBeTruthy();
    // Above the suggestion and the preview, not below a long reply.
    const order = notice.compareDocumentPosition(screen.getByTestId('reply-preview'));
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('are one short line for agents, and the defaults are used', async () => {
    const { fake } = await renderSidebar({ settings: bad });
    const notice = await screen.findByRole('note', { name: 'App settings' });
    expect(notice.textContent).toBe(
      "Some of this app's settings are invalid, so their defaults are used: an admin should check the app's settings.",
    );
    expect(screen.getByTestId('reply-preview').textContent).toBe(expectedReply(fake, 'api').text);
    expect(screen.getByTestId('reply-preview').textContent).toContain('baa@openai.com');
  });
});
