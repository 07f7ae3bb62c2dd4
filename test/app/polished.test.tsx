/**
 * The bundle gives Garden a stand-in for polished (scripts/build/shims/polished.ts). Every call Garden makes
 * while the sidebar shows each case, in both color schemes, with the reply part, a settings notice and the
 * admins' panel, gets the same answer from the stand-in as from the real package. (test/app/setup.ts holds
 * every other app test's calls to the same.)
 */
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_IDS } from '../../src/routine/cases';
import { AGENT } from '../support/fakeZafClient';
import { expectSameAnswers, polishedCalls } from '../support/polishedCalls';
import { chooseCase, renderSidebar } from '../support/renderSidebar';

beforeAll(async () => {
  await import('../../src/app/admin/AdminPanel');
}, 30_000);

describe('the stand-in for polished', () => {
  it('answers every call of the sidebar as polished does, in both color schemes', async () => {
    polishedCalls.clear();
    for (const colorScheme of ['light', 'dark'] as const) {
      const { user, view } = await renderSidebar({
        colorScheme,
        currentUser: { ...AGENT, role: 'admin' },
        settings: { baaEmail: 'not an address', tagPrefix: 'Bad Prefix' },
      });
      await screen.findByRole('note', { name: 'App settings' });
      for (const caseId of CASE_IDS) await chooseCase(user, caseId);
      view.unmount();
    }
    // Garden's typography, tags, loaders, buttons and forms size and colour themselves with these.
    const names = new Set([...polishedCalls.values()].map((call) => call.name));
    expect([...names].sort()).toEqual(expect.arrayContaining(['em', 'getValueAndUnit', 'math', 'rgba']));
    expect(polishedCalls.size).toBeGreaterThan(20);
    expectSameAnswers();
  });
});
