/**
 * The bundle gives Garden stand-ins for polished and color2k (scripts/build/shims/). Every call Garden
 * makes to them while the sidebar shows each case, in both color schemes, with the reply part, a settings
 * notice and the admins' panel, and while getColor works out the shades of a custom colour, gets the same
 * answer from the stand-ins as from the real packages. (test/app/setup.ts holds every other app test's
 * calls to the same.)
 */
import { screen } from '@testing-library/react';
import { DEFAULT_THEME, getColor } from '@zendeskgarden/react-theming';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_IDS } from '../../src/routine/cases';
import { themeFor } from '../../src/app/theme';
import { AGENT } from '../support/fakeZafClient';
import { expectSameAnswers, standInCalls } from '../support/standInCalls';
import { chooseCase, renderSidebar } from '../support/renderSidebar';

beforeAll(async () => {
  await import('../../src/app/admin/AdminPanel');
}, 30_000);

const calledNames = (library: string): string[] =>
  [
    ...new Set(
      [...standInCalls.values()].filter((call) => call.library === library).map((call) => call.name),
    ),
  ].sort();

describe('the stand-ins for polished and color2k', () => {
  it('answer every call of the sidebar as the packages do, in both color schemes', async () => {
    standInCalls.clear();
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
    expect(calledNames('polished')).toEqual(
      expect.arrayContaining(['em', 'getValueAndUnit', 'math', 'rgba']),
    );
    expect(calledNames('color2k')).toEqual(['parseToRgba']);
    expect(standInCalls.size).toBeGreaterThan(20);
    expectSameAnswers();
  });

  it("answer getColor's calls for the shades of a colour outside the palette", () => {
    standInCalls.clear();
    for (const theme of [themeFor('light'), themeFor('dark'), DEFAULT_THEME]) {
      for (const [hue, shade, transparency] of [
        ['#1f73b7', 600, undefined],
        ['#c72a1c', 250, 0.5],
        ['rgb(3, 54, 61)', 1100, undefined],
        ['#17494d80', 700, undefined],
      ] as const) {
        getColor({ theme, hue, shade, transparency });
      }
    }
    expect(calledNames('color2k')).toEqual(['getScale', 'parseToRgba', 'toHex']);
    expect(calledNames('polished')).toEqual(expect.arrayContaining(['getContrast', 'rgba']));
    expectSameAnswers();
  });
});
