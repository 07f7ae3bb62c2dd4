/**
 * The sidebar with the real detection: the suggestion comes from the ticket's words, follows the
 * conversation, and survives a conversation that cannot be read again.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeZafClient, REQUESTER } from '../support/fakeZafClient';
import { click, expectedReply, renderSidebar } from '../support/renderSidebar';

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const picker = () => screen.getByRole('combobox', { name: 'Case' }) as HTMLSelectElement;

describe('with the real detection', () => {
  it('suggests the case the ticket asks for and applies it without any choice', async () => {
    const fake = new FakeZafClient({
      ticket: {
        subject: 'HIPAA BAA for the OpenAI API',
        description: 'We are building on your API and need a BAA before sending PHI. How do we get one?',
        comments: [
          {
            id: 1,
            value: '<p>We are building on your API and need a BAA before sending PHI. How do we get one?</p>',
            author: REQUESTER,
          },
        ],
      },
    });
    const { user } = await renderSidebar(fake);
    expect(heading()).toBe('API');
    expect(picker().value).toBe('api');
    expect(screen.getByRole('list', { name: 'Why' }).textContent).not.toBe('');
    await click(user, 'Apply reply');
    expect(fake.ticket.draft).toBe(expectedReply(fake, 'api').html);
    expect(fake.ticket.tags).toContain('baa_api');
  });

  it('a failed re-read keeps the last suggestion, says so, and the buttons still work', async () => {
    const fake = new FakeZafClient();
    const { user } = await renderSidebar(fake);
    const before = heading();
    fake.fail({ call: 'get', name: 'ticket.comments', mode: 'reject', times: 1 });
    fake.addComment({ id: 2, value: '<p>Any news?</p>', author: REQUESTER });
    expect(
      await screen.findByText(
        'The conversation changed, but it could not be read again: the suggestion may be out of date.',
      ),
    ).toBeTruthy();
    expect(heading()).toBe(before);
    await user.selectOptions(picker(), 'enterprise');
    await click(user, 'Insert text only');
    expect(fake.ticket.draft).toBe(expectedReply(fake, 'enterprise').html);
  });

  it('a requester change (new name) refreshes the greeting', async () => {
    const fake = new FakeZafClient();
    await renderSidebar(fake);
    await waitFor(() => expect(screen.getByTestId('reply-preview').textContent ?? '').toMatch(/^Hi Jamie,/));
    fake.ticket.requester = { ...REQUESTER, name: 'Robin Roe' };
    fake.emit('ticket.requester.id.changed');
    await waitFor(() => expect(screen.getByTestId('reply-preview').textContent ?? '').toMatch(/^Hi Robin,/));
  });
});
