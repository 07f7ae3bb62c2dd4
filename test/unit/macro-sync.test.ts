import { describe, expect, it } from 'vitest';
import { buildMacros, macroKey } from '../../src/macros/macros';
import {
  checkMacros,
  type InstalledMacro,
  macroDifferences,
  type MacroPort,
  updateMacros,
  updatePayload,
} from '../../src/macros/sync';
import { REPLY_CASE_IDS } from '../../src/routine/cases';
import { parseSettings } from '../../src/routine/settings';

/** An account holding the app's macros as installed with the default settings, ids 101-104. */
function account(overrides: { missing?: number[]; failGet?: number[]; failPut?: number[] } = {}) {
  const installed = new Map<number, InstalledMacro>();
  const ids = new Map<string, number>();
  REPLY_CASE_IDS.forEach((caseId, index) => {
    const id = 101 + index;
    ids.set(macroKey(caseId), id);
    const macro = buildMacros().macros[macroKey(caseId)];
    if (macro && !overrides.missing?.includes(id))
      installed.set(id, { id, title: macro.title, actions: macro.actions });
  });
  const puts: number[] = [];
  const port: MacroPort = {
    requirementIds: (keys) => Promise.resolve(new Map([...ids].filter(([key]) => keys.includes(key)))),
    getMacro: (id) =>
      overrides.failGet?.includes(id)
        ? Promise.reject(new Error('HTTP 500'))
        : Promise.resolve(installed.get(id) ?? null),
    putMacro: (id, macro) => {
      puts.push(id);
      if (overrides.failPut?.includes(id)) return Promise.reject(new Error('HTTP 403 Forbidden'));
      installed.set(id, { id, ...macro });
      return Promise.resolve();
    },
  };
  return { port, installed, puts };
}

const changed = buildMacros(parseSettings({ baaEmail: 'legal@example.com' }).settings);

describe('checking the installed macros', () => {
  it('finds nothing to do when they match the settings', async () => {
    const { port, puts } = account();
    const checks = await checkMacros(port, buildMacros());
    expect(checks.map((check) => check.state)).toEqual(['current', 'current', 'current', 'current']);
    expect(puts).toEqual([]);
  });

  it('names the macros a changed email affects, and what differs in them', async () => {
    const { port } = account();
    const checks = await checkMacros(port, changed);
    const outdated = checks.filter((check) => check.state === 'outdated');
    expect(outdated.map((check) => check.title)).toEqual(['BAA::API']);
    expect(outdated[0]).toMatchObject({ differences: ['reply'] });
  });

  it('reports a deleted macro as missing, and a macro Zendesk cannot give as unreadable', async () => {
    const { port } = account({ missing: [101], failGet: [102] });
    const checks = await checkMacros(port, changed);
    expect(checks[0]).toMatchObject({ title: 'BAA::API', state: 'missing' });
    expect(checks[1]).toMatchObject({ state: 'unreadable', reason: 'HTTP 500' });
  });

  it('compares the reply as readers see it, whatever quoting Zendesk stores', () => {
    const wanted = buildMacros().macros[macroKey('rejected')];
    if (!wanted) throw new Error('no macro');
    const html = wanted.actions[0]?.value.replace(/&#39;/g, '&apos;') ?? '';
    const installed = {
      id: 1,
      title: wanted.title,
      actions: [{ field: 'comment_value_html', value: html }, ...wanted.actions.slice(1)],
    };
    expect(macroDifferences(wanted, installed)).toEqual([]);
    expect(macroDifferences(wanted, { ...installed, title: 'Old', actions: [] })).toEqual([
      'title',
      'reply',
      'visibility',
      'status',
      'tags',
    ]);
  });
});

describe('updating the macros', () => {
  it('writes nothing until asked, then brings each outdated macro in step, once', async () => {
    const { port, installed, puts } = account();
    const checks = await checkMacros(port, changed);
    expect(puts).toEqual([]);
    const updates = await updateMacros(port, checks, changed);
    expect(updates).toEqual([{ caseId: 'api', title: 'BAA::API', ok: true }]);
    expect(puts).toEqual([101]);
    expect(JSON.stringify(installed.get(101))).toContain('legal@example.com');
    expect((await checkMacros(port, changed)).every((check) => check.state === 'current')).toBe(true);
  });

  it('never recreates a deleted macro, and a failed update leaves the others done', async () => {
    const everything = buildMacros(parseSettings({ tagPrefix: 'hipaa' }).settings);
    const { port, puts } = account({ missing: [101], failPut: [102] });
    const updates = await updateMacros(port, await checkMacros(port, everything), everything);
    expect(puts).toEqual([102, 103, 104]);
    expect(updates.map((update) => [update.title, update.ok])).toEqual([
      ['BAA::ChatGPT Enterprise', false],
      ['BAA::Ask which product', true],
      ['BAA::Not approved', true],
    ]);
    expect(updates[0]).toMatchObject({ reason: 'HTTP 403 Forbidden' });
  });

  it('keeps actions an admin added by hand to a macro', () => {
    const wanted = changed.macros[macroKey('api')];
    if (!wanted) throw new Error('no macro');
    const installed = { id: 1, title: 'x', actions: [{ field: 'assignee_id', value: 'current_user' }] };
    expect(updatePayload(wanted, installed).actions).toEqual([
      ...wanted.actions,
      { field: 'assignee_id', value: 'current_user' },
    ]);
  });
});
