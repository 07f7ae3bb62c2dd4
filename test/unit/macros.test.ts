import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose/compose';
import { buildMacro, buildMacros, macroKey, requirementsJson } from '../../src/macros/macros';
import { CASE_IDS, REPLY_CASE_IDS } from '../../src/routine/cases';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/routine/settings';
// The package check's list of resource types (zendesk-app-conventions.md §4.4): one list for both.
import { REQUIREMENT_TYPES } from '../../scripts/package/rules/requirements';

/** §5.1: the writable fields of a macro, and the action fields a macro may set. */
const MACRO_FIELDS = ['title', 'actions', 'active', 'description', 'position', 'restriction'];
const ACTION_FIELDS = [
  'status',
  'type',
  'priority',
  'group_id',
  'assignee_id',
  'set_tags',
  'current_tags',
  'remove_tags',
  'subject',
  'comment_value',
  'comment_value_html',
  'comment_mode_is_public',
];

const root = fileURLToPath(new URL('../..', import.meta.url));
const action = (caseId: (typeof CASE_IDS)[number], field: string) =>
  buildMacros().macros[macroKey(caseId)]?.actions.find((a) => a.field === field)?.value;

describe('requirements.json shape', () => {
  const json = requirementsJson();
  const parsed = JSON.parse(json) as Record<string, Record<string, Record<string, unknown>>>;

  it('holds only allowed resource types, and only macros', () => {
    expect(Object.keys(parsed)).toEqual(['macros']);
    for (const type of Object.keys(parsed)) expect(REQUIREMENT_TYPES).toContain(type);
  });

  it('has no duplicate requirement keys in the JSON text', () => {
    const keys = [...json.matchAll(/^ {4}"([^"]+)": \{$/gm)].map((m) => m[1]);
    expect(keys).toHaveLength(REPLY_CASE_IDS.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(parsed.macros ?? {})).toEqual(keys);
  });

  it('gives every macro a unique `::` title, a description and actions with allowed fields only', () => {
    const macros = Object.values(parsed.macros ?? {});
    expect(new Set(macros.map((macro) => macro.title)).size).toBe(macros.length);
    for (const macro of macros) {
      for (const field of Object.keys(macro)) expect(MACRO_FIELDS).toContain(field);
      expect(macro.title).toMatch(/^BAA::\S/);
      expect(typeof macro.description).toBe('string');
      const actions = macro.actions as { field: string; value: unknown }[];
      expect(actions.length).toBeGreaterThan(0);
      for (const { field, value } of actions) {
        expect(ACTION_FIELDS).toContain(field);
        expect(typeof value).toBe('string');
      }
      expect(new Set(actions.map((a) => a.field)).size).toBe(actions.length);
    }
  });

  it('uses identifiers as requirement keys', () => {
    for (const key of Object.keys(parsed.macros ?? {})) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('ends with a newline and is pretty-printed', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "macros": {\n');
  });
});

describe('one macro per replying case', () => {
  it('has a macro for api, enterprise, unclear and rejected, and none for other', () => {
    expect(Object.keys(buildMacros().macros).sort()).toEqual([
      'baa_api',
      'baa_enterprise',
      'baa_rejected',
      'baa_unclear',
    ]);
    expect(() => buildMacro('other')).toThrow(/no macro/);
  });

  it('titles them for agents', () => {
    const titles = Object.fromEntries(REPLY_CASE_IDS.map((id) => [id, buildMacro(id).title]));
    expect(titles).toEqual({
      api: 'BAA::API',
      enterprise: 'BAA::ChatGPT Enterprise',
      unclear: 'BAA::Ask which product',
      rejected: 'BAA::Not approved',
    });
  });

  for (const caseId of REPLY_CASE_IDS) {
    it(`"${caseId}": the macro's HTML is the composed reply for the default settings, greeting through Zendesk`, () => {
      const html = action(caseId, 'comment_value_html');
      expect(html).toBe(
        `<p>Hi {{ticket.requester.first_name}},</p>${compose(caseId, DEFAULT_SETTINGS).html}`,
      );
      // The sales contact's line holds a link in the HTML; every other line is there as written.
      const plainLines = compose(caseId, DEFAULT_SETTINGS).lines.filter(
        (line) => !line.includes(DEFAULT_SETTINGS.salesContact),
      );
      for (const line of plainLines) {
        expect(html).toContain(line.replace(/'/g, '&#39;'));
      }
    });

    it(`"${caseId}": a public reply`, () => {
      expect(action(caseId, 'comment_mode_is_public')).toBe('true');
    });
  }

  it('sets the status the routine prescribes: pending while asking which product, else solved', () => {
    expect(action('api', 'status')).toBe('solved');
    expect(action('enterprise', 'status')).toBe('solved');
    expect(action('rejected', 'status')).toBe('solved');
    expect(action('unclear', 'status')).toBe('pending');
  });

  it('adds the case tag', () => {
    for (const caseId of REPLY_CASE_IDS) expect(action(caseId, 'current_tags')).toBe(`baa_${caseId}`);
  });

  it('follows the settings it is given (tag prefix, address, sales contact)', () => {
    const { settings } = parseSettings({
      tagPrefix: 'hipaa',
      baaEmail: 'legal@example.com',
      salesContact: 'https://example.com/sales',
    });
    const { macros } = buildMacros(settings);
    const api = macros.baa_api?.actions;
    expect(api?.find((a) => a.field === 'current_tags')?.value).toBe('hipaa_api');
    expect(api?.find((a) => a.field === 'comment_value_html')?.value).toContain('legal@example.com');
    expect(macros.baa_enterprise?.actions[0]?.value).toBe(
      `<p>Hi {{ticket.requester.first_name}},</p>${compose('enterprise', settings).html}`,
    );
  });
});

describe('npm run macros', () => {
  it('prints exactly requirementsJson() on standard output', () => {
    const stdout = execFileSync(`${root}node_modules/.bin/tsx`, ['scripts/macros.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(stdout).toBe(requirementsJson());
    expect(JSON.parse(stdout)).toEqual(buildMacros());
    // Starting tsx takes seconds on a busy machine: a process start, not the code under test.
  }, 30_000);
});
