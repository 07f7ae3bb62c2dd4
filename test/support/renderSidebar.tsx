/** Renders the whole sidebar against a fake client and waits until it has read the ticket. */
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { compose, type Reply } from '../../src/compose/compose';
import type { CaseId } from '../../src/routine/cases';
import { parseSettings } from '../../src/routine/settings';
import { FakeZafClient, type FakeOptions } from './fakeZafClient';

export async function renderSidebar(options: FakeOptions | FakeZafClient = {}, timeoutMs?: number) {
  const fake = options instanceof FakeZafClient ? options : new FakeZafClient(options);
  const user = userEvent.setup();
  const view = render(<App client={fake} timeoutMs={timeoutMs} />);
  await screen.findByRole('button', { name: 'Apply reply' });
  return { fake, user, view };
}

/** Picks a case in the "Case" picker, as an agent would. */
export async function chooseCase(user: ReturnType<typeof userEvent.setup>, caseId: CaseId) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Case' }), caseId);
}

/** Clicks a button and waits until the action has finished; returns what the live region says. */
export async function click(user: ReturnType<typeof userEvent.setup>, name: string): Promise<string> {
  await user.click(screen.getByRole('button', { name }));
  return settled();
}

/** Waits until no action is running; returns the live region's text. */
export async function settled(): Promise<string> {
  const region = () => screen.getByRole('status');
  await waitFor(() => expect(region().textContent).not.toContain('Working'));
  return region().textContent ?? '';
}

/** The reply the routine prescribes for the fake's settings and requester. */
export function expectedReply(fake: FakeZafClient, caseId: CaseId): Reply {
  return compose(caseId, parseSettings(fake.settings).settings, {
    requesterName: fake.ticket.requester.name,
  });
}
