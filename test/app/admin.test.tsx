/**
 * What admins see at the bottom of the sidebar, and agents never: macros out of step with the settings
 * (with "Update macros"), and an endpoint list due for a check.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMacros, macroKey } from '../../src/macros/macros';
import { REPLY_CASE_IDS } from '../../src/routine/cases';
import { AGENT, type FakeMacro, type FakeOptions, FakeZafClient } from '../support/fakeZafClient';
import { renderSidebar } from '../support/renderSidebar';

const ADMIN = { ...AGENT, role: 'admin' };

// The panel is a lazily loaded chunk: load it once up front, so the first test does not pay for it.
beforeAll(async () => {
  await import('../../src/app/admin/AdminPanel');
}, 30_000);

/** The macros as installing the app created them (default settings), ids 501-504. */
function installed(): { requirements: Record<string, number>; macros: Record<number, FakeMacro> } {
  const requirements: Record<string, number> = {};
  const macros: Record<number, FakeMacro> = {};
  REPLY_CASE_IDS.forEach((caseId, index) => {
    const macro = buildMacros().macros[macroKey(caseId)];
    if (!macro) return;
    requirements[macroKey(caseId)] = 501 + index;
    macros[501 + index] = { title: macro.title, actions: structuredClone(macro.actions) };
  });
  return { requirements, macros };
}

const macroCalls = (fake: FakeZafClient) =>
  fake.calls.filter((call) => call.name.includes('requirement') || call.name.includes('/macros'));
const puts = (fake: FakeZafClient) =>
  fake.calls.filter((call) => (call.args[0] as { type?: string } | undefined)?.type === 'PUT');

async function renderAdmin(options: FakeOptions) {
  const rendered = await renderSidebar({ currentUser: ADMIN, ...installed(), ...options });
  // The admin panel is its own chunk and checks the macros after the ticket is read.
  await waitFor(() => expect(macroCalls(rendered.fake).length).toBeGreaterThan(0));
  return rendered;
}

describe('macros that follow the settings', { timeout: 20_000 }, () => {
  it('offers "Update macros" when the BAA email changed, and one click brings the macros in step', async () => {
    const { fake, user } = await renderAdmin({ settings: { baaEmail: 'legal@example.com' } });
    const button = await screen.findByRole('button', { name: 'Update macros' });
    expect(screen.getByText('BAA::API: reply text differ.')).toBeTruthy();
    expect(puts(fake)).toEqual([]);
    await user.click(button);
    await screen.findByText('BAA::API updated.');
    expect(screen.getByText('The macros now match the settings.')).toBeTruthy();
    expect(puts(fake).map((call) => call.name)).toEqual(['/api/v2/macros/501.json']);
    expect(JSON.stringify(fake.macros.get(501))).toContain('legal@example.com');
    expect(JSON.stringify(fake.macros.get(502))).not.toContain('legal@example.com');
  });

  it('comes after the buttons, so a late macros check never moves them under the pointer', async () => {
    await renderAdmin({ settings: { baaEmail: 'legal@example.com' } });
    const update = await screen.findByRole('button', { name: 'Update macros' });
    const apply = screen.getByRole('button', { name: 'Apply reply' });
    expect(apply.compareDocumentPosition(update) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows nothing when the macros already match', async () => {
    await renderAdmin({});
    await waitFor(() => expect(screen.queryByText(/BAA::/)).toBeNull());
    expect(screen.queryByRole('button', { name: 'Update macros' })).toBeNull();
  });

  it('reads the requirement ids over REST when the host does not give requirement:<identifier>', async () => {
    const { requirements, macros } = installed();
    const { fake } = await renderSidebar({
      currentUser: ADMIN,
      restRequirements: requirements,
      macros,
      settings: { tagPrefix: 'hipaa' },
    });
    await screen.findByRole('button', { name: 'Update macros' });
    expect(fake.calls.some((call) => call.name === '/api/v2/apps/installations/2/requirements.json')).toBe(
      true,
    );
    expect(screen.getByText('BAA::Ask which product: tags differ.')).toBeTruthy();
  });

  it('reports a deleted macro without recreating it, and names a macro whose update failed', async () => {
    const { requirements, macros } = installed();
    delete macros[501];
    const { fake, user } = await renderAdmin({ requirements, macros, settings: { tagPrefix: 'hipaa' } });
    const button = await screen.findByRole('button', { name: 'Update macros' });
    fake.fail({ call: 'request', name: '/api/v2/macros/502.json', mode: 'reject', times: 1 });
    await user.click(button);
    await screen.findByText('BAA::Ask which product updated.');
    const panel = screen.getByRole('region', { name: 'For admins' });
    expect(within(panel).getByText(/^BAA::API was not found/)).toBeTruthy();
    expect(within(panel).getByText('BAA::ChatGPT Enterprise was not updated: HTTP 500 error')).toBeTruthy();
    expect(within(panel).getByText('BAA::Not approved updated.')).toBeTruthy();
    expect(fake.macros.has(501)).toBe(false);
    expect(puts(fake).map((call) => call.name)).toEqual([
      '/api/v2/macros/502.json',
      '/api/v2/macros/503.json',
      '/api/v2/macros/504.json',
    ]);
  });

  it('says which macro Zendesk could not give', async () => {
    const fake = new FakeZafClient({ currentUser: ADMIN, ...installed(), settings: { tagPrefix: 'hipaa' } });
    fake.fail({ call: 'request', name: '/api/v2/macros/502.json', mode: 'reject', times: 1 });
    await renderSidebar(fake);
    expect(await screen.findByText('BAA::ChatGPT Enterprise could not be read: HTTP 500 error')).toBeTruthy();
  });

  it('agents see none of it and cause no macro request', async () => {
    const { fake } = await renderSidebar({ ...installed(), settings: { baaEmail: 'legal@example.com' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Update macros' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'For admins' })).toBeNull();
    expect(macroCalls(fake)).toEqual([]);
  });
});

describe('an endpoint list due for a check', { timeout: 20_000 }, () => {
  const old = { endpointsVerifiedOn: '2020-01', endpointsSourceUrl: 'https://example.com/zdr' };

  it('warns admins with the source link; the reply goes out unchanged', async () => {
    await renderAdmin({ settings: old });
    const warning = await screen.findByText(/last verified on 2020-01, more than 6 months ago/);
    expect(warning).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the source' }).getAttribute('href')).toBe(
      'https://example.com/zdr',
    );
    expect(screen.getByTestId('reply-preview').textContent).toContain('(checked 2020-01)');
  });

  it('follows the admin’s limit, and says nothing to agents', async () => {
    const { view } = await renderAdmin({
      settings: { endpointsVerifiedOn: '2020-01', endpointsMaxAgeMonths: 120 },
    });
    await waitFor(() => expect(screen.queryByText(/last verified on/)).toBeNull());
    view.unmount();
    await renderSidebar({ settings: old });
    expect(screen.queryByText(/last verified on/)).toBeNull();
  });
});
