import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RAW_SETTINGS, SETTING_NAMES } from '../../src/routine/settings';

/** The source files as committed: the build copies them into dist/ unchanged. */
function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
}

interface Parameter {
  name: string;
  type: string;
  default?: unknown;
}
interface Manifest {
  location: { support: { ticket_sidebar: { url: string; flexible: boolean } } };
  parameters: Parameter[];
  [key: string]: unknown;
}
interface Translations {
  app: { name: string; parameters: Record<string, { label?: string; helpText?: string }> };
}

const manifest = readJson('manifest.json') as Manifest;
const translations = readJson('translations/en.json') as Translations;
const zcliConfig = readJson('zcli.apps.config.json') as { parameters: Record<string, unknown> };

const EXPECTED_TYPES: Record<string, string> = {
  [SETTING_NAMES.baaEmail]: 'text',
  [SETTING_NAMES.endpoints]: 'multiline',
  [SETTING_NAMES.endpointsSourceUrl]: 'url',
  [SETTING_NAMES.endpointsVerifiedOn]: 'text',
  [SETTING_NAMES.salesContact]: 'text',
  [SETTING_NAMES.solveOnApply]: 'checkbox',
  [SETTING_NAMES.assignToMeOnSolve]: 'checkbox',
  [SETTING_NAMES.tagPrefix]: 'text',
  [SETTING_NAMES.endpointsMaxAgeMonths]: 'number',
  [SETTING_NAMES.replyApi]: 'multiline',
  [SETTING_NAMES.replyEnterprise]: 'multiline',
  [SETTING_NAMES.replyAskProduct]: 'multiline',
  [SETTING_NAMES.replyNotApproved]: 'multiline',
  [SETTING_NAMES.replyClosing]: 'multiline',
  [SETTING_NAMES.greetRequester]: 'checkbox',
  [SETTING_NAMES.greeting]: 'text',
  [SETTING_NAMES.neutralGreeting]: 'text',
};

describe('manifest.json', () => {
  it('is a private ZAF v2 ticket sidebar app at assets/iframe.html', () => {
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.private).toBe(true);
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.location.support.ticket_sidebar).toEqual({ url: 'assets/iframe.html', flexible: true });
    expect(manifest.author).toEqual({
      name: expect.any(String),
      email: expect.any(String),
      url: expect.any(String),
    });
  });

  it('whitelists no domain: the app calls nobody but Zendesk', () => {
    expect(manifest).not.toHaveProperty('domainWhitelist');
  });

  it('declares exactly the settings the routine reads, with its defaults', () => {
    const defaults = Object.fromEntries(
      manifest.parameters.map((parameter) => [parameter.name, parameter.default]),
    );
    expect(defaults).toEqual(DEFAULT_RAW_SETTINGS);
    expect(manifest.parameters.map((parameter) => parameter.name).sort()).toEqual(
      Object.values(SETTING_NAMES).sort(),
    );
  });

  it('gives each setting the input type that fits it, never the removed password type', () => {
    const types = Object.fromEntries(
      manifest.parameters.map((parameter) => [parameter.name, parameter.type]),
    );
    expect(types).toEqual(EXPECTED_TYPES);
  });
});

describe('translations/en.json app section', () => {
  it('names the app and describes it', () => {
    const app = translations.app as unknown as Record<string, unknown>;
    for (const key of ['name', 'short_description', 'long_description', 'installation_instructions']) {
      expect(app[key], key).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('labels and explains every parameter, and nothing else', () => {
    const names = manifest.parameters.map((parameter) => parameter.name);
    expect(Object.keys(translations.app.parameters).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(translations.app.parameters[name]?.label, name).toEqual(expect.stringMatching(/\S/));
      expect(translations.app.parameters[name]?.helpText, name).toEqual(expect.stringMatching(/\S/));
    }
  });
});

describe('zcli.apps.config.json', () => {
  it('answers every manifest parameter with its default, so `zcli apps:server` never prompts', () => {
    const expected = Object.fromEntries(
      manifest.parameters.map((parameter) => [parameter.name, parameter.default]),
    );
    expect(zcliConfig.parameters).toEqual(expected);
  });
});
