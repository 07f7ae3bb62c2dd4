import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENDPOINT_LINES,
  DEFAULT_ENDPOINTS_SOURCE_URL,
  DEFAULT_ENDPOINTS_VERIFIED_ON,
  isEndpointListStale,
  parseEndpointLines,
} from '../../src/routine/endpoints';
import {
  caseTag,
  DEFAULT_BAA_EMAIL,
  DEFAULT_RAW_SETTINGS,
  DEFAULT_SALES_CONTACT,
  DEFAULT_SETTINGS,
  DEFAULT_TAG_PREFIX,
  isEmailAddress,
  isIsoDate,
  parseSettings,
  SETTING_MAX_LENGTH,
  SETTING_NAMES,
  settingsOf,
} from '../../src/routine/settings';
import { cpuMillis } from '../support/cpuTime';

describe('parseSettings: missing settings', () => {
  it('gives the defaults and no problem for missing, null or empty settings', () => {
    for (const raw of [undefined, null, {}]) {
      const { settings, problems } = parseSettings(raw);
      expect(problems).toEqual([]);
      expect(settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('has the seed address, the domain-facts endpoint list with its source and date, and the sales page', () => {
    expect(DEFAULT_SETTINGS.baaEmail).toBe('baa@openai.com');
    expect(DEFAULT_SETTINGS.salesContact).toBe(DEFAULT_SALES_CONTACT);
    expect(DEFAULT_SALES_CONTACT).toBe('https://openai.com/contact-sales');
    expect(DEFAULT_SETTINGS.tagPrefix).toBe('baa');
    expect(DEFAULT_SETTINGS.solveOnApply).toBe(true);
    expect(DEFAULT_SETTINGS.assignToMeOnSolve).toBe(true);
    expect(DEFAULT_SETTINGS.endpointList).toEqual({
      endpoints: parseEndpointLines(DEFAULT_ENDPOINT_LINES),
      sourceUrl: DEFAULT_ENDPOINTS_SOURCE_URL,
      verifiedOn: DEFAULT_ENDPOINTS_VERIFIED_ON,
    });
    expect(DEFAULT_SETTINGS.endpointList.endpoints.map((endpoint) => endpoint.name)).toContain(
      '/v1/chat/completions',
    );
  });

  it('reads the raw defaults (the manifest form) back to the defaults without a problem', () => {
    expect(parseSettings(DEFAULT_RAW_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('treats blank text as missing and trims values', () => {
    const { settings, problems } = parseSettings({
      [SETTING_NAMES.baaEmail]: '   ',
      [SETTING_NAMES.salesContact]: '  Call your account manager \n',
    });
    expect(problems).toEqual([]);
    expect(settings.baaEmail).toBe(DEFAULT_BAA_EMAIL);
    expect(settings.salesContact).toBe('Call your account manager');
  });

  it('takes valid values as given', () => {
    const { settings, problems } = parseSettings({
      baaEmail: "compliance.o'neil+baa@example.co.uk",
      endpointsSourceUrl: 'http://intranet.example/zdr',
      endpointsVerifiedOn: '2024-02-29',
      salesContact: 'sales@example.com',
      tagPrefix: 'hipaa-baa_2',
    });
    expect(problems).toEqual([]);
    expect(settings.baaEmail).toBe("compliance.o'neil+baa@example.co.uk");
    expect(settings.endpointList.sourceUrl).toBe('http://intranet.example/zdr');
    expect(settings.endpointList.verifiedOn).toBe('2024-02-29');
    expect(settings.salesContact).toBe('sales@example.com');
    expect(settings.tagPrefix).toBe('hipaa-baa_2');
    expect(caseTag(settings.tagPrefix, 'api')).toBe('hipaa-baa_2_api');
  });
});

describe('parseSettings: bad values fall back to the default with a clear problem', () => {
  const cases = [
    {
      name: SETTING_NAMES.baaEmail,
      value: 'not an address',
      code: 'invalid_email',
      fallback: DEFAULT_BAA_EMAIL,
    },
    {
      name: SETTING_NAMES.baaEmail,
      value: 'baa@example.com?bcc=x@evil.example',
      code: 'invalid_email',
      fallback: DEFAULT_BAA_EMAIL,
    },
    {
      name: SETTING_NAMES.baaEmail,
      value: '<img src=x onerror=alert(1)>@x.com',
      code: 'invalid_email',
      fallback: DEFAULT_BAA_EMAIL,
    },
    {
      name: SETTING_NAMES.endpointsSourceUrl,
      value: 'javascript:alert(1)',
      code: 'invalid_url',
      fallback: DEFAULT_ENDPOINTS_SOURCE_URL,
    },
    {
      name: SETTING_NAMES.endpointsSourceUrl,
      value: 'openai.com/docs',
      code: 'invalid_url',
      fallback: DEFAULT_ENDPOINTS_SOURCE_URL,
    },
    {
      name: SETTING_NAMES.endpointsVerifiedOn,
      value: 'last week',
      code: 'invalid_date',
      fallback: DEFAULT_ENDPOINTS_VERIFIED_ON,
    },
    {
      name: SETTING_NAMES.endpointsVerifiedOn,
      value: '2026-02-30',
      code: 'invalid_date',
      fallback: DEFAULT_ENDPOINTS_VERIFIED_ON,
    },
    {
      name: SETTING_NAMES.endpointsVerifiedOn,
      value: '2026-13',
      code: 'invalid_date',
      fallback: DEFAULT_ENDPOINTS_VERIFIED_ON,
    },
    {
      name: SETTING_NAMES.tagPrefix,
      value: 'BAA tags',
      code: 'invalid_tag_prefix',
      fallback: DEFAULT_TAG_PREFIX,
    },
    {
      name: SETTING_NAMES.tagPrefix,
      value: '_baa',
      code: 'invalid_tag_prefix',
      fallback: DEFAULT_TAG_PREFIX,
    },
  ] as const;

  for (const { name, value, code, fallback } of cases) {
    it(`${name} = ${JSON.stringify(value)}`, () => {
      const { settings, problems } = parseSettings({ [name]: value });
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem?.setting).toBe(name);
      expect(problem?.code).toBe(code);
      expect(problem?.message).toContain(name);
      expect(problem?.message).toContain(JSON.stringify(value));
      expect(problem?.message).toContain(`using the default "${fallback}"`);
      expect(settings).toEqual(DEFAULT_SETTINGS);
    });
  }

  it('shortens a very long bad value in the message', () => {
    const { problems } = parseSettings({ baaEmail: 'x'.repeat(5000) });
    expect(problems[0]?.message.length).toBeLessThan(200);
  });

  it('reports a non-text value for a text setting', () => {
    const { settings, problems } = parseSettings({ baaEmail: 42, salesContact: true });
    expect(problems.map((problem) => [problem.setting, problem.code])).toEqual([
      ['baaEmail', 'not_text'],
      ['salesContact', 'not_text'],
    ]);
    expect(problems[0]?.message).toMatch(/baaEmail must be text/);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reports every bad setting at once and keeps the good ones', () => {
    const { settings, problems } = parseSettings({
      baaEmail: 'nope',
      endpointsSourceUrl: 'ftp://example.com/list',
      salesContact: 'https://example.com/sales',
    });
    expect(problems.map((problem) => problem.code)).toEqual(['invalid_email', 'invalid_url']);
    expect(settings.salesContact).toBe('https://example.com/sales');
  });
});

describe('parseSettings: checkboxes', () => {
  it('reads booleans and "true"/"false" strings', () => {
    for (const [raw, expected] of [
      [false, false],
      ['false', false],
      [true, true],
      ['true', true],
    ] as const) {
      const { settings, problems } = parseSettings({ solveOnApply: raw, assignToMeOnSolve: raw });
      expect(problems).toEqual([]);
      expect(settings.solveOnApply).toBe(expected);
      expect(settings.assignToMeOnSolve).toBe(expected);
    }
  });

  it('keeps the default (on) for a missing or unreadable checkbox value', () => {
    for (const raw of [undefined, null, 'maybe', 0]) {
      const { settings } = parseSettings({ solveOnApply: raw, assignToMeOnSolve: raw });
      expect(settings.solveOnApply).toBe(true);
      expect(settings.assignToMeOnSolve).toBe(true);
    }
  });
});

describe('parseSettings: the endpoint list', () => {
  it('reads one endpoint per line with an optional note, skipping comments and blank lines', () => {
    const { settings, problems } = parseSettings({
      zeroRetentionEndpoints: [
        '# checked against the docs in November',
        '',
        '/v1/embeddings',
        '  /v1/responses | background mode is not covered  ',
        '- /v1/moderations — text only',
        '* /v1/audio/speech - tts models',
        '\t',
        '/v1/realtime',
      ].join('\r\n'),
    });
    expect(problems).toEqual([]);
    expect(settings.endpointList.endpoints).toEqual([
      { name: '/v1/embeddings' },
      { name: '/v1/responses', note: 'background mode is not covered' },
      { name: '/v1/moderations', note: 'text only' },
      { name: '/v1/audio/speech', note: 'tts models' },
      { name: '/v1/realtime' },
    ]);
    expect(settings.endpointList.sourceUrl).toBe(DEFAULT_ENDPOINTS_SOURCE_URL);
  });

  it('keeps the default list, with a problem, when the setting lists no endpoint', () => {
    const { settings, problems } = parseSettings({ zeroRetentionEndpoints: '# nothing yet\n\n' });
    expect(problems).toEqual([
      expect.objectContaining({ setting: 'zeroRetentionEndpoints', code: 'empty_list' }),
    ]);
    expect(problems[0]?.message).toMatch(/lists no endpoint/);
    expect(settings.endpointList.endpoints).toEqual(DEFAULT_SETTINGS.endpointList.endpoints);
  });
});

describe('value checks', () => {
  it('accepts real addresses and refuses the rest', () => {
    expect(isEmailAddress('baa@openai.com')).toBe(true);
    expect(isEmailAddress('équipe@exemple.fr')).toBe(true);
    for (const bad of [
      'baa@openai',
      'baa@@openai.com',
      'a b@c.com',
      'a@b.com?cc=x',
      'a@-b.com',
      '"a"@b.com',
    ]) {
      expect(isEmailAddress(bad)).toBe(false);
    }
  });

  it('accepts YYYY-MM and real calendar days only', () => {
    expect(isIsoDate('2026-11')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });
});

describe('length caps and hostile sizes', () => {
  it('refuses a value over its documented cap with a "too_long" problem naming the cap, and keeps the default', () => {
    for (const [name, cap] of Object.entries(SETTING_MAX_LENGTH)) {
      const { settings, problems } = parseSettings({ [name]: 'x'.repeat(cap + 1) });
      expect(problems).toEqual([
        expect.objectContaining({ setting: name, code: 'too_long', detail: String(cap) }),
      ]);
      expect(settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('has a cap for every text setting', () => {
    const textual = Object.entries(DEFAULT_RAW_SETTINGS)
      .filter(([, value]) => typeof value !== 'boolean')
      .map(([name]) => name);
    expect(Object.keys(SETTING_MAX_LENGTH).sort()).toEqual(textual.sort());
  });

  it('checks a multi-megabyte email value without overflowing the stack', () => {
    for (const value of [
      'a'.repeat(5_000_000),
      `${'a.'.repeat(2_000_000)}@example.com`,
      `x@${'a-'.repeat(2_000_000)}b.c`,
    ]) {
      expect(isEmailAddress(value)).toBe(false);
      expect(parseSettings({ baaEmail: value }).problems[0]?.code).toBe('too_long');
    }
    expect(isEmailAddress(`${'a'.repeat(60)}@${'b'.repeat(60)}.example`)).toBe(true);
  });

  it('splits endpoint notes in linear time on long whitespace runs', () => {
    const line = `/v1/x${' '.repeat(200_000)}x`;
    const split = `/v1/x${' '.repeat(100_000)}|${' '.repeat(100_000)}note`;
    let results: unknown[] = [];
    // Quadratic code takes tens of seconds here; linear code takes milliseconds.
    const elapsed = cpuMillis(() => (results = [parseEndpointLines(line), parseEndpointLines(split)]));
    expect(results).toEqual([[{ name: line }], [{ name: '/v1/x', note: 'note' }]]);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('reads every separator as before: " | ", dashes with spaces, and a leading bullet that is no separator', () => {
    expect(parseEndpointLines('- /v1/a | n1\n* /v1/b – n2\n• /v1/c — n3\n/v1/d - n4\n/v1/e-f')).toEqual([
      { name: '/v1/a', note: 'n1' },
      { name: '/v1/b', note: 'n2' },
      { name: '/v1/c', note: 'n3' },
      { name: '/v1/d', note: 'n4' },
      { name: '/v1/e-f' },
    ]);
  });

  it('reads the staleness limit from a number or text, and refuses anything but 1 to 120 months', () => {
    expect(parseSettings({ endpointsMaxAgeMonths: 12 }).settings.endpointsMaxAgeMonths).toBe(12);
    expect(parseSettings({ endpointsMaxAgeMonths: '3' }).settings.endpointsMaxAgeMonths).toBe(3);
    for (const bad of [0, 121, 2.5, '-1', 'six']) {
      const { settings, problems } = parseSettings({ endpointsMaxAgeMonths: bad });
      expect(settings.endpointsMaxAgeMonths).toBe(6);
      expect(problems[0]?.code).toBe('invalid_months');
    }
  });
});

describe('endpoint list staleness', () => {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
  it('is stale once the verified-on date is the configured number of months old', () => {
    expect(isEndpointListStale('2026-11', 6, day('2027-04-30'))).toBe(false);
    expect(isEndpointListStale('2026-11', 6, day('2027-05-01'))).toBe(true);
    expect(isEndpointListStale('2026-11-15', 1, day('2026-12-14'))).toBe(false);
    expect(isEndpointListStale('2026-11-15', 1, day('2026-12-15'))).toBe(true);
    expect(isEndpointListStale('not a date', 1, day('2030-01-01'))).toBe(false);
  });
});

describe('settingsOf', () => {
  it('parses a settings object once, so every part of the sidebar sees the same settings', () => {
    const input = { baaEmail: 'legal@example.com', tagPrefix: 'Bad Prefix' };
    const first = settingsOf(input);
    expect(first).toEqual(parseSettings(input));
    expect(settingsOf(input)).toBe(first);
    // Another reading brings another object: it is parsed for itself.
    expect(settingsOf({ ...input, baaEmail: 'other@example.com' }).settings.baaEmail).toBe(
      'other@example.com',
    );
  });
});
