/**
 * The customer's latest own words, as the triage report shows them: the newest public message from the
 * customer's side, without the history it quotes, its signature or an agent's reply after it.
 */
import { describe, expect, it } from 'vitest';
import { LATEST_WORDS_LIMIT, latestCustomerWords } from '../../src/triage/latestWords';
import type { Ticket, TicketComment } from '../../src/ticket/ticket';

const comment = (
  authorRole: TicketComment['authorRole'],
  body: string,
  extra: Partial<TicketComment> = {},
): TicketComment => ({
  authorRole,
  public: true,
  body,
  html: false,
  ...extra,
});

const ticket = (comments: TicketComment[], description = 'We need a BAA.'): Ticket => ({
  subject: 'BAA',
  description,
  comments,
});

describe("the customer's latest words", () => {
  it('reads the newest customer message without what it quotes or its signature', () => {
    const reply =
      'The second one, please.\n\nBest regards,\nAna Souza\nCTO, Clinica\n\nOn Tue, 3 Nov 2026 at 10:02, OpenAI Support <support@openai.com> wrote:\n> API or ChatGPT Enterprise?';
    const words = latestCustomerWords(
      ticket([
        comment('requester', 'We need a BAA.'),
        comment('agent', 'API or ChatGPT Enterprise?'),
        comment('requester', reply),
        comment('agent', 'Thanks, noted.'),
        comment('requester', 'internal', { public: false }),
      ]),
    );
    expect(words).toBe('The second one, please. Best regards,');
  });

  it('reads an HTML reply without its blockquote', () => {
    const html = '<p>API, thanks.</p><blockquote>Is the BAA for the API or ChatGPT Enterprise?</blockquote>';
    expect(latestCustomerWords(ticket([comment('requester', html, { html: true })]))).toBe('API, thanks.');
  });

  it('falls back to the description, and keeps long words to the limit', () => {
    expect(latestCustomerWords(ticket([], 'Do you sign BAAs?'))).toBe('Do you sign BAAs?');
    const long = latestCustomerWords(ticket([], 'word '.repeat(500)));
    expect(long.length).toBeLessThanOrEqual(LATEST_WORDS_LIMIT);
    expect(long.endsWith('…')).toBe(true);
  });
});
