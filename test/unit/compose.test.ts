import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compose } from '../../src/compose/compose';
import { givenName } from '../../src/compose/greeting';
import { ANYTHING_ELSE, REPLY_CASE_IDS, ROUTINE } from '../../src/routine/cases';
import { parseEndpointLines } from '../../src/routine/endpoints';
import { DEFAULT_SETTINGS, parseSettings, type RoutineSettings } from '../../src/routine/settings';
import { cpuMillis } from '../support/cpuTime';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The text a browser shows for our HTML: tags dropped, the five entities escapeHtml writes decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<\/(p|li|ul)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

interface Tag {
  name: string;
  attributes: string;
}

/** Every real tag in the HTML. Escaped values never contain `<`, so each `<` opens one of our tags. */
function tagsOf(html: string): Tag[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: (m[2] ?? '').trim(),
  }));
}

/** Only the markup composition writes: paragraphs, one list, and links to http(s) or mailto. */
function expectOnlyOwnMarkup(html: string): void {
  for (const tag of tagsOf(html)) {
    expect(['p', 'ul', 'li', 'a']).toContain(tag.name);
    if (tag.name === 'a' && tag.attributes !== '') {
      expect(tag.attributes).toMatch(/^href="(https?:|mailto:)[^"]*"$/);
    } else {
      expect(tag.attributes).toBe('');
    }
  }
}

function routineLines(caseId: (typeof REPLY_CASE_IDS)[number]): string[] {
  // The sales contact is a line of its own ("Sales team: …"); the endpoint list is a block, not a line.
  const lines = ROUTINE[caseId].parts.flatMap((part) =>
    part.kind === 'line'
      ? [part.text.replace('{baaEmail}', DEFAULT_SETTINGS.baaEmail)]
      : part.attachment === 'sales_contact'
        ? [`Sales team: ${DEFAULT_SETTINGS.salesContact}`]
        : [],
  );
  return ROUTINE[caseId].asksAnythingElse ? [...lines, ANYTHING_ELSE] : lines;
}

const withSettings = (changes: Partial<RoutineSettings>): RoutineSettings => ({
  ...DEFAULT_SETTINGS,
  ...changes,
});

describe('compose with the default settings', () => {
  for (const caseId of REPLY_CASE_IDS) {
    it(`puts every routine line of "${caseId}" word for word in the text and the HTML, in order`, () => {
      const reply = compose(caseId, DEFAULT_SETTINGS);
      const expected = routineLines(caseId);
      expect(reply.lines).toEqual(expected);
      const textLines = reply.text.split('\n');
      const htmlLines = visibleText(reply.html).split('\n');
      const positionsIn = (all: string[]) => expected.map((line) => all.indexOf(line));
      for (const positions of [positionsIn(textLines), positionsIn(htmlLines)]) {
        expect(positions).not.toContain(-1);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
    });

    it(`writes "${caseId}" as plain text without any HTML`, () => {
      const { text } = compose(caseId, DEFAULT_SETTINGS);
      expect(text).not.toMatch(/<[a-z/!]/i);
      expect(text).not.toMatch(/&(amp|lt|gt|quot|#39);/);
    });
  }

  it('has nothing to say for a ticket that is not a BAA request', () => {
    expect(compose('other', DEFAULT_SETTINGS)).toEqual({ caseId: 'other', text: '', html: '', lines: [] });
  });

  it('lists every zero-retention endpoint with its note, the source URL and the verified-on date in the api reply', () => {
    const { endpoints, sourceUrl, verifiedOn } = DEFAULT_SETTINGS.endpointList;
    const reply = compose('api', DEFAULT_SETTINGS);
    expect(endpoints.length).toBeGreaterThan(5);
    expect(endpoints.some((endpoint) => endpoint.note)).toBe(true);
    for (const { name, note } of endpoints) {
      const item = note ? `${name} (${note})` : name;
      expect(reply.text).toContain(`- ${item}\n`);
      expect(visibleText(reply.html)).toContain(`${item}\n`);
    }
    expect(reply.html.match(/<li>/g)).toHaveLength(endpoints.length);
    for (const output of [reply.text, reply.html]) {
      expect(output).toContain(sourceUrl);
      expect(output).toContain(verifiedOn);
    }
    expect(reply.html).toContain(`<a href="${sourceUrl}">`);
  });

  it('gives the sales contact in the enterprise reply, as a link when it is a URL', () => {
    const reply = compose('enterprise', DEFAULT_SETTINGS);
    expect(reply.text).toContain(DEFAULT_SETTINGS.salesContact);
    expect(reply.html).toContain(`<a href="${DEFAULT_SETTINGS.salesContact}">`);
    expect(compose('api', DEFAULT_SETTINGS).text).not.toContain(DEFAULT_SETTINGS.salesContact);
  });

  it('links a sales contact that is an email address with mailto and leaves free text as text', () => {
    const email = compose('enterprise', withSettings({ salesContact: 'sales@example.com' }));
    expect(email.html).toContain('<a href="mailto:sales@example.com">sales@example.com</a>');
    const prose = compose('enterprise', withSettings({ salesContact: 'Ask your account manager' }));
    expect(prose.html).toContain('<p>Sales team: Ask your account manager</p>');
    expect(prose.text).toContain('Sales team: Ask your account manager');
  });
});

describe('the greeting', () => {
  it('greets the requester by first name in text and HTML', () => {
    const reply = compose('rejected', DEFAULT_SETTINGS, { requesterName: '  Dana   Scully ' });
    expect(reply.text.startsWith('Hi Dana,\n\n')).toBe(true);
    expect(reply.html.startsWith('<p>Hi Dana,</p>')).toBe(true);
    expect(reply.lines).not.toContain('Hi Dana,');
  });

  it('leaves the greeting out when the name is empty, blank or missing', () => {
    const plain = compose('api', DEFAULT_SETTINGS);
    for (const requesterName of ['', '   ', undefined]) {
      const reply = compose('api', DEFAULT_SETTINGS, { requesterName });
      expect(reply.text).toBe(plain.text);
      expect(reply.html).toBe(plain.html);
    }
  });

  it('greets neutrally a requester known by an email address, a company or a team', () => {
    for (const requesterName of ['dana@example.com', 'ACME', 'Acme Corp', 'Billing Team', 'Mercy Hospital']) {
      const reply = compose('api', DEFAULT_SETTINGS, { requesterName });
      expect(reply.text.startsWith('Hello,\n\n')).toBe(true);
      expect(reply.html.startsWith('<p>Hello,</p>')).toBe(true);
    }
  });

  it('reads "Family, Given" and drops titles', () => {
    expect(compose('api', DEFAULT_SETTINGS, { requesterName: 'Souza, Ana' }).text).toMatch(/^Hi Ana,\n/);
    expect(compose('api', DEFAULT_SETTINGS, { requesterName: 'Dr. Marcus Webb' }).text).toMatch(
      /^Hi Marcus,\n/,
    );
    expect(givenName('Prof Maria Rossi')).toBe('Maria');
    expect(givenName('Mrs. Jane Doe')).toBe('Jane');
    expect(givenName('Dana Katherine Scully')).toBe('Dana');
    expect(givenName('José Álvarez')).toBe('José');
    expect(givenName('J. Smith')).toBeNull();
    expect(givenName('Dr. Webb')).toBeNull();
    expect(givenName('a@b.example')).toBeNull();
    expect(givenName('Support Team 2')).toBeNull();
    expect(givenName('Smith, Jones, and Partners')).toBeNull();
  });

  it('leaves it out when asked not to greet, or when admins turned the greeting off', () => {
    const reply = compose('api', DEFAULT_SETTINGS, { requesterName: 'Dana', greet: false });
    expect(reply.text).not.toContain('Dana');
    expect(reply.html).toBe(compose('api', DEFAULT_SETTINGS).html);
    const off = parseSettings({ greetRequester: false }).settings;
    expect(compose('api', off, { requesterName: 'Dana' }).html).toBe(compose('api', DEFAULT_SETTINGS).html);
    expect(compose('api', off, { requesterName: 'ACME' }).html).toBe(compose('api', DEFAULT_SETTINGS).html);
  });

  it('follows the greeting settings', () => {
    const { settings, problems } = parseSettings({
      greeting: 'Dear {{ first_name }},',
      neutralGreeting: 'Good day,',
    });
    expect(problems).toEqual([]);
    expect(compose('api', settings, { requesterName: 'Ana Souza' }).text).toMatch(/^Dear Ana,\n/);
    expect(compose('api', settings, { requesterName: 'ACME' }).text).toMatch(/^Good day,\n/);
  });

  it('reads a name of any length in linear time', () => {
    const long = `${'Dr. '.repeat(50_000)}${'.'.repeat(200_000)}x`;
    expect(cpuMillis(() => givenName(long))).toBeLessThan(1000);
  });
});

describe('replies from the settings', () => {
  const before = JSON.parse(
    readFileSync(new URL('../fixtures/replies/default-replies.json', import.meta.url), 'utf8'),
  ) as Record<string, { text: string; html: string }>;

  it('reproduce, with the default settings, the replies exactly as they were before templates', () => {
    for (const caseId of REPLY_CASE_IDS) {
      expect(compose(caseId, DEFAULT_SETTINGS)).toMatchObject(before[caseId] ?? {});
      expect(compose(caseId, DEFAULT_SETTINGS, { requesterName: 'Dana Scully' })).toMatchObject(
        before[`${caseId} greeted`] ?? {},
      );
    }
  });

  it('use an edited template, filling and escaping its placeholders', () => {
    const { settings, problems } = parseSettings({
      replyEnterprise:
        'For <ChatGPT Enterprise>, write to {{ baa_email }}.\n\nOr reach {{sales_contact}} today.',
      replyClosing: 'Anything else?',
      baaEmail: 'legal@example.com',
    });
    expect(problems).toEqual([]);
    const reply = compose('enterprise', settings);
    expect(reply.lines).toEqual([
      'For <ChatGPT Enterprise>, write to legal@example.com.',
      'Or reach https://openai.com/contact-sales today.',
      'Anything else?',
    ]);
    expect(reply.html).toBe(
      '<p>For &lt;ChatGPT Enterprise&gt;, write to legal@example.com.</p>' +
        '<p>Or reach <a href="https://openai.com/contact-sales">https://openai.com/contact-sales</a> today.</p>' +
        '<p>Anything else?</p>',
    );
    expectOnlyOwnMarkup(reply.html);
  });

  it('fall back to the default reply when a template is broken, and say which setting and why', () => {
    const cases = [
      [{ replyApi: 'Email {{baa_adress}}.\n{{endpoint_list}}' }, 'replyApi', 'template_unknown_placeholder'],
      [{ replyApi: 'Email {{baa_email}}, no list.' }, 'replyApi', 'template_needs_endpoint_list'],
      [{ replyApi: 'See {{endpoint_list}} here.' }, 'replyApi', 'template_endpoint_list_inline'],
      [{ replyEnterprise: 'Ask sales.' }, 'replyEnterprise', 'template_needs_sales_contact'],
      [{ replyNotApproved: 'Sorry {{first_name}}' }, 'replyNotApproved', 'template_unknown_placeholder'],
      [{ replyAskProduct: 'API or {{ChatGPT' }, 'replyAskProduct', 'template_unclosed_placeholder'],
      [{ greeting: 'Hi {{name}},' }, 'greeting', 'template_unknown_placeholder'],
    ] as const;
    for (const [raw, setting, code] of cases) {
      const { settings, problems } = parseSettings(raw);
      expect(problems).toEqual([expect.objectContaining({ setting, code })]);
      for (const caseId of REPLY_CASE_IDS) {
        expect(compose(caseId, settings, { requesterName: 'Dana' }).html).toBe(
          compose(caseId, DEFAULT_SETTINGS, { requesterName: 'Dana' }).html,
        );
      }
    }
    expect(parseSettings({ replyApi: 'x {{baa_adress}}' }).problems[0]?.detail).toBe('{{baa_adress}}');
  });
});

describe('hostile values in the HTML', () => {
  it('escapes a requester name with markup', () => {
    const reply = compose('api', DEFAULT_SETTINGS, {
      requesterName: 'Dana<img src=x onerror=alert(document.domain)> Smith',
    });
    expectOnlyOwnMarkup(reply.html);
    expect(reply.html).toContain('<p>Hi Dana&lt;img,</p>');
    const scriptName = compose('api', DEFAULT_SETTINGS, {
      requesterName: 'x<script>alert(document.domain)</script>',
    });
    expectOnlyOwnMarkup(scriptName.html);
    expect(visibleText(scriptName.html)).toContain('Hi x<script>alert(document.domain)</script>,');
    // A "name" that is only markup is no person's: the neutral greeting, nothing of it in the reply.
    const markupOnly = compose('api', DEFAULT_SETTINGS, { requesterName: HOSTILE });
    expect(markupOnly.html.startsWith('<p>Hello,</p>')).toBe(true);
  });

  it('escapes the BAA email', () => {
    const reply = compose('api', withSettings({ baaEmail: HOSTILE }));
    expectOnlyOwnMarkup(reply.html);
    expect(visibleText(reply.html)).toContain(`please email ${HOSTILE} with details`);
    expect(reply.text).toContain(`please email ${HOSTILE} with details`);
  });

  it('inserts an address holding `$` patterns literally', () => {
    for (const baaEmail of ["a$'b@example.com", 'a$&b@example.com', 'a$`b@example.com']) {
      const [first] = compose('api', withSettings({ baaEmail })).lines;
      expect(first).toBe(
        `To obtain a BAA for our API, please email ${baaEmail} with details about your company and use case.`,
      );
    }
  });

  it('escapes endpoint names and notes', () => {
    const endpoints = parseEndpointLines(`/v1/x | ${HOSTILE}\n<b>bold</b>"quoted"`);
    const reply = compose(
      'api',
      withSettings({ endpointList: { ...DEFAULT_SETTINGS.endpointList, endpoints } }),
    );
    expectOnlyOwnMarkup(reply.html);
    expect(reply.html).toContain('<li>/v1/x (&lt;img src=x onerror=alert(1)&gt;)</li>');
    expect(reply.html).toContain('<li>&lt;b&gt;bold&lt;/b&gt;&quot;quoted&quot;</li>');
  });

  it('escapes the sales contact and never links a javascript: URL', () => {
    for (const salesContact of [HOSTILE, 'javascript:alert(1)', 'JavaScript:alert(document.domain)//x.com']) {
      const reply = compose('enterprise', withSettings({ salesContact }));
      expectOnlyOwnMarkup(reply.html);
      expect(tagsOf(reply.html).some((tag) => tag.name === 'a')).toBe(false);
      expect(visibleText(reply.html)).toContain(`Sales team: ${salesContact}`);
    }
  });

  it('escapes the source URL and never links a javascript: or data: URL', () => {
    const list = DEFAULT_SETTINGS.endpointList;
    for (const sourceUrl of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', HOSTILE]) {
      const reply = compose('api', withSettings({ endpointList: { ...list, sourceUrl } }));
      expectOnlyOwnMarkup(reply.html);
      expect(tagsOf(reply.html).some((tag) => tag.name === 'a')).toBe(false);
      expect(visibleText(reply.html)).toContain(`Source: ${sourceUrl}`);
    }
  });

  it('keeps a quote in a real URL from breaking out of the href attribute', () => {
    const sourceUrl = 'https://example.com/"onmouseover="alert(1)';
    const reply = compose(
      'api',
      withSettings({ endpointList: { ...DEFAULT_SETTINGS.endpointList, sourceUrl } }),
    );
    expectOnlyOwnMarkup(reply.html);
    expect(reply.html).toContain('href="https://example.com/&quot;onmouseover=&quot;alert(1)"');
  });

  it('escapes the verified-on date', () => {
    const verifiedOn = HOSTILE;
    const reply = compose(
      'api',
      withSettings({ endpointList: { ...DEFAULT_SETTINGS.endpointList, verifiedOn } }),
    );
    expectOnlyOwnMarkup(reply.html);
    expect(visibleText(reply.html)).toContain(`(checked ${HOSTILE})`);
  });

  it('keeps hostile settings escaped when they come through parseSettings', () => {
    const { settings } = parseSettings({
      zeroRetentionEndpoints: `/v1/embeddings | ${HOSTILE}`,
      salesContact: HOSTILE,
      endpointsSourceUrl: 'javascript:alert(1)',
    });
    for (const caseId of REPLY_CASE_IDS) expectOnlyOwnMarkup(compose(caseId, settings).html);
  });
});
