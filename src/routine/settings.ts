/**
 * The facts around the routine's lines that an admin may change, parsed from the app's installation
 * settings (ZAF `metadata().settings`, where every value may be missing, a string, or a boolean).
 * A bad value never breaks the reply: it falls back to the default and is reported as a problem.
 */
import {
  DEFAULT_ENDPOINT_LINES,
  DEFAULT_ENDPOINTS_SOURCE_URL,
  DEFAULT_ENDPOINTS_VERIFIED_ON,
  type Endpoint,
  type EndpointList,
  parseEndpointLines,
} from './endpoints';
import {
  DEFAULT_GREETING,
  DEFAULT_NEUTRAL_GREETING,
  defaultReplyTemplate,
  defaultTemplateText,
  parseGreetingTemplate,
  parseReplyTemplate,
  type Template,
  TEMPLATE_IDS,
  type TemplateId,
  type TemplateProblemCode,
} from './templates';

export interface GreetingSettings {
  /** Off: replies start with the routine's first line. */
  enabled: boolean;
  /** For a requester with a person's name; `{{first_name}}` is the given name. */
  personal: Template;
  /** For a requester known by a company, team or email address. */
  neutral: Template;
}

export interface RoutineSettings {
  baaEmail: string;
  endpointList: EndpointList;
  /** A URL (rendered as a link), an email address (a mailto link), or free text. */
  salesContact: string;
  /** The replies, parsed: the sidebar and the macros compose from these. */
  replies: Readonly<Record<TemplateId, Template>>;
  greeting: GreetingSettings;
  /** Admins are warned when the endpoint list was verified longer ago than this. */
  endpointsMaxAgeMonths: number;
  /** Tags are `<prefix>_<case>`, e.g. `baa_api`. */
  tagPrefix: string;
  solveOnApply: boolean;
  assignToMeOnSolve: boolean;
}

/** Installation parameter names, as in manifest.json. */
export const SETTING_NAMES = {
  baaEmail: 'baaEmail',
  endpoints: 'zeroRetentionEndpoints',
  endpointsSourceUrl: 'endpointsSourceUrl',
  endpointsVerifiedOn: 'endpointsVerifiedOn',
  endpointsMaxAgeMonths: 'endpointsMaxAgeMonths',
  salesContact: 'salesContact',
  replyApi: 'replyApi',
  replyEnterprise: 'replyEnterprise',
  replyAskProduct: 'replyAskProduct',
  replyNotApproved: 'replyNotApproved',
  replyClosing: 'replyClosing',
  greetRequester: 'greetRequester',
  greeting: 'greeting',
  neutralGreeting: 'neutralGreeting',
  solveOnApply: 'solveOnApply',
  assignToMeOnSolve: 'assignToMeOnSolve',
  tagPrefix: 'tagPrefix',
} as const;

/** The setting that holds each reply's template. */
export const TEMPLATE_SETTINGS: Readonly<Record<TemplateId, string>> = {
  api: SETTING_NAMES.replyApi,
  enterprise: SETTING_NAMES.replyEnterprise,
  unclear: SETTING_NAMES.replyAskProduct,
  rejected: SETTING_NAMES.replyNotApproved,
  closing: SETTING_NAMES.replyClosing,
};

export const DEFAULT_BAA_EMAIL = 'baa@openai.com';
export const DEFAULT_SALES_CONTACT = 'https://openai.com/contact-sales';
export const DEFAULT_TAG_PREFIX = 'baa';
export const DEFAULT_ENDPOINTS_MAX_AGE_MONTHS = 6;
const MAX_AGE_MONTHS_LIMIT = 120;

/**
 * The longest value each text setting may hold (README, "Settings"). Far above any real value; a longer
 * one is a paste gone wrong, and refusing it first keeps every later check cheap.
 */
export const SETTING_MAX_LENGTH: Readonly<Record<string, number>> = {
  [SETTING_NAMES.baaEmail]: 254,
  [SETTING_NAMES.endpoints]: 20_000,
  [SETTING_NAMES.endpointsSourceUrl]: 2_000,
  [SETTING_NAMES.endpointsVerifiedOn]: 10,
  [SETTING_NAMES.endpointsMaxAgeMonths]: 3,
  [SETTING_NAMES.salesContact]: 500,
  [SETTING_NAMES.replyApi]: 5_000,
  [SETTING_NAMES.replyEnterprise]: 5_000,
  [SETTING_NAMES.replyAskProduct]: 5_000,
  [SETTING_NAMES.replyNotApproved]: 5_000,
  [SETTING_NAMES.replyClosing]: 5_000,
  [SETTING_NAMES.greeting]: 200,
  [SETTING_NAMES.neutralGreeting]: 200,
  [SETTING_NAMES.tagPrefix]: 40,
};

/** Raw defaults in settings form: manifest.json and zcli.apps.config.json are checked against these. */
export const DEFAULT_RAW_SETTINGS = {
  [SETTING_NAMES.baaEmail]: DEFAULT_BAA_EMAIL,
  [SETTING_NAMES.endpoints]: DEFAULT_ENDPOINT_LINES,
  [SETTING_NAMES.endpointsSourceUrl]: DEFAULT_ENDPOINTS_SOURCE_URL,
  [SETTING_NAMES.endpointsVerifiedOn]: DEFAULT_ENDPOINTS_VERIFIED_ON,
  [SETTING_NAMES.endpointsMaxAgeMonths]: DEFAULT_ENDPOINTS_MAX_AGE_MONTHS,
  [SETTING_NAMES.salesContact]: DEFAULT_SALES_CONTACT,
  [SETTING_NAMES.replyApi]: defaultTemplateText('api'),
  [SETTING_NAMES.replyEnterprise]: defaultTemplateText('enterprise'),
  [SETTING_NAMES.replyAskProduct]: defaultTemplateText('unclear'),
  [SETTING_NAMES.replyNotApproved]: defaultTemplateText('rejected'),
  [SETTING_NAMES.replyClosing]: defaultTemplateText('closing'),
  [SETTING_NAMES.greetRequester]: true,
  [SETTING_NAMES.greeting]: DEFAULT_GREETING,
  [SETTING_NAMES.neutralGreeting]: DEFAULT_NEUTRAL_GREETING,
  [SETTING_NAMES.solveOnApply]: true,
  [SETTING_NAMES.assignToMeOnSolve]: true,
  [SETTING_NAMES.tagPrefix]: DEFAULT_TAG_PREFIX,
} as const;

export interface SettingProblem {
  setting: string;
  /** Stable code; the UI translates it. */
  code:
    | 'invalid_email'
    | 'invalid_url'
    | 'invalid_date'
    | 'invalid_months'
    | 'empty_list'
    | 'invalid_tag_prefix'
    | 'not_text'
    | 'too_long'
    | TemplateProblemCode;
  /** What in the value is wrong, when the code alone does not say (a placeholder, a length cap). */
  detail?: string;
  /** An English description for logs and the triage command. */
  message: string;
}

export interface ParsedSettings {
  settings: RoutineSettings;
  problems: SettingProblem[];
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
const TAG = /^[a-z0-9][a-z0-9_-]*$/;
/** One part of an address: letters, digits and the punctuation real local parts use. */
const LOCAL_PART = /^[\p{L}\p{N}._%+'-]+$/u;
/** One label of a domain: letters and digits, hyphens inside. */
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const MAX_EMAIL_LENGTH = 254;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A plain address: the domain is dot-separated labels, so nothing like `?bcc=…` can ride along into a
 * `mailto:` link. Checked part by part with flat patterns, and only up to the length an address may
 * have, so a multi-megabyte value is refused at once instead of exhausting the regex engine.
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const labels = value.slice(at + 1).split('.');
  return (
    LOCAL_PART.test(value.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label))
  );
}

/** YYYY-MM or a real calendar day YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}

/** A text setting whose value must pass a check; a value that fails falls back to the default. */
interface CheckedSetting {
  setting: string;
  fallback: string;
  valid: (value: string) => boolean;
  code: SettingProblem['code'];
  /** What a valid value is, in English: the message reads `<setting> "<value>" is not <expected>; …`. */
  expected: string;
}

/**
 * The text settings that must pass a check, one named row each, read by parseSettings in the order of
 * its problems. Declared before DEFAULT_SETTINGS, which parses while the module loads.
 */
const CHECKED_SETTINGS = {
  baaEmail: {
    setting: SETTING_NAMES.baaEmail,
    fallback: DEFAULT_BAA_EMAIL,
    valid: isEmailAddress,
    code: 'invalid_email',
    expected: 'an email address',
  },
  sourceUrl: {
    setting: SETTING_NAMES.endpointsSourceUrl,
    fallback: DEFAULT_ENDPOINTS_SOURCE_URL,
    valid: isHttpUrl,
    code: 'invalid_url',
    expected: 'an http(s) URL',
  },
  verifiedOn: {
    setting: SETTING_NAMES.endpointsVerifiedOn,
    fallback: DEFAULT_ENDPOINTS_VERIFIED_ON,
    valid: isIsoDate,
    code: 'invalid_date',
    expected: 'a date (YYYY-MM-DD or YYYY-MM)',
  },
  maxAgeMonths: {
    setting: SETTING_NAMES.endpointsMaxAgeMonths,
    fallback: String(DEFAULT_ENDPOINTS_MAX_AGE_MONTHS),
    valid: isMonthCount,
    code: 'invalid_months',
    expected: `a whole number of months from 1 to ${MAX_AGE_MONTHS_LIMIT}`,
  },
  tagPrefix: {
    setting: SETTING_NAMES.tagPrefix,
    fallback: DEFAULT_TAG_PREFIX,
    valid: (value) => TAG.test(value),
    code: 'invalid_tag_prefix',
    expected: 'a tag prefix (lower-case letters, digits, _ and -)',
  },
} satisfies Readonly<Record<string, CheckedSetting>>;

export const DEFAULT_SETTINGS: RoutineSettings = parseSettings({}).settings;

const parsed = new WeakMap<object, ParsedSettings>();

/** parseSettings, once per settings object: every part of the sidebar that uses them asks. */
export function settingsOf(input: Readonly<Record<string, unknown>>): ParsedSettings {
  let result = parsed.get(input);
  if (!result) {
    result = parseSettings(input);
    parsed.set(input, result);
  }
  return result;
}

type Problems = SettingProblem[];

export function parseSettings(raw: Readonly<Record<string, unknown>> | null | undefined): ParsedSettings {
  const problems: Problems = [];
  const given = raw ?? {};
  // A `number` parameter may arrive as a number or as text.
  const months = given[SETTING_NAMES.endpointsMaxAgeMonths];
  const source =
    typeof months === 'number' ? { ...given, [SETTING_NAMES.endpointsMaxAgeMonths]: String(months) } : given;
  const checked = (check: CheckedSetting) => checkedSetting(source, problems, check);

  const baaEmail = checked(CHECKED_SETTINGS.baaEmail);
  const endpoints = endpointsSetting(source, problems);
  const sourceUrl = checked(CHECKED_SETTINGS.sourceUrl);
  const verifiedOn = checked(CHECKED_SETTINGS.verifiedOn);
  const maxAge = checked(CHECKED_SETTINGS.maxAgeMonths);
  const salesContact = textSetting(source, problems, SETTING_NAMES.salesContact, DEFAULT_SALES_CONTACT);
  const tagPrefix = checked(CHECKED_SETTINGS.tagPrefix);

  return {
    settings: {
      baaEmail,
      endpointList: { endpoints, sourceUrl, verifiedOn },
      salesContact,
      replies: replyTemplates(source, problems),
      greeting: {
        enabled: flagSetting(source, SETTING_NAMES.greetRequester, true),
        personal: greetingTemplate(source, problems, SETTING_NAMES.greeting, DEFAULT_GREETING),
        neutral: greetingTemplate(source, problems, SETTING_NAMES.neutralGreeting, DEFAULT_NEUTRAL_GREETING),
      },
      endpointsMaxAgeMonths: Number(maxAge),
      tagPrefix,
      solveOnApply: flagSetting(source, SETTING_NAMES.solveOnApply, true),
      assignToMeOnSolve: flagSetting(source, SETTING_NAMES.assignToMeOnSolve, true),
    },
    problems,
  };
}

/** A text setting, trimmed; the fallback when it is missing, blank, not text or longer than its cap. */
function textSetting(
  source: Readonly<Record<string, unknown>>,
  problems: Problems,
  name: string,
  fallback: string,
): string {
  const raw = source[name];
  if (raw === undefined || raw === null) return fallback;
  const value = raw;
  if (typeof value !== 'string') {
    problems.push({ setting: name, code: 'not_text', message: `${name} must be text; using the default.` });
    return fallback;
  }
  const cap = SETTING_MAX_LENGTH[name];
  if (cap !== undefined && value.length > cap) {
    problems.push({
      setting: name,
      code: 'too_long',
      detail: String(cap),
      message: `${name} is ${value.length} characters long, over its limit of ${cap}; using the default.`,
    });
    return fallback;
  }
  return value.trim() === '' ? fallback : value.trim();
}

/** A checked text setting: its value when it passes the check, else the fallback and a problem. */
function checkedSetting(
  source: Readonly<Record<string, unknown>>,
  problems: Problems,
  { setting, fallback, valid, code, expected }: CheckedSetting,
): string {
  const value = textSetting(source, problems, setting, fallback);
  if (valid(value)) return value;
  problems.push({
    setting,
    code,
    message: `${setting} ${quoted(value)} is not ${expected}; using the default "${fallback}".`,
  });
  return fallback;
}

/** The endpoint list; the default list, and a problem, when the setting lists no endpoint. */
function endpointsSetting(source: Readonly<Record<string, unknown>>, problems: Problems): Endpoint[] {
  const endpoints = parseEndpointLines(
    textSetting(source, problems, SETTING_NAMES.endpoints, DEFAULT_ENDPOINT_LINES),
  );
  if (endpoints.length > 0) return endpoints;
  problems.push({
    setting: SETTING_NAMES.endpoints,
    code: 'empty_list',
    message: `${SETTING_NAMES.endpoints} lists no endpoint; using the default list.`,
  });
  return parseEndpointLines(DEFAULT_ENDPOINT_LINES);
}

/** A yes/no setting: a boolean, or the text `true`/`false`; anything else is the fallback. */
function flagSetting(source: Readonly<Record<string, unknown>>, name: string, fallback: boolean): boolean {
  const value = source[name];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

function isMonthCount(value: string): boolean {
  return /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_AGE_MONTHS_LIMIT;
}

function replyTemplates(
  source: Readonly<Record<string, unknown>>,
  problems: Problems,
): Record<TemplateId, Template> {
  const replies = {} as Record<TemplateId, Template>;
  for (const id of TEMPLATE_IDS) {
    const name = TEMPLATE_SETTINGS[id];
    const fallback = defaultTemplateText(id);
    const value = textSetting(source, problems, name, fallback);
    const result = parseReplyTemplate(id, value);
    replies[id] = result.ok
      ? result.template
      : templateFallback(problems, name, result, defaultReplyTemplate(id));
  }
  return replies;
}

function greetingTemplate(
  source: Readonly<Record<string, unknown>>,
  problems: Problems,
  name: string,
  fallback: string,
): Template {
  const result = parseGreetingTemplate(textSetting(source, problems, name, fallback));
  if (result.ok) return result.template;
  const parsed = parseGreetingTemplate(fallback);
  return templateFallback(problems, name, result, parsed.ok ? parsed.template : []);
}

function templateFallback(
  problems: Problems,
  setting: string,
  failure: { code: TemplateProblemCode; detail?: string },
  fallback: Template,
): Template {
  const problem: SettingProblem = {
    setting,
    code: failure.code,
    message: `${setting} ${TEMPLATE_PROBLEM_TEXT[failure.code]}${failure.detail ? ` (${failure.detail})` : ''}; using the default.`,
  };
  if (failure.detail !== undefined) problem.detail = failure.detail;
  problems.push(problem);
  return fallback;
}

const TEMPLATE_PROBLEM_TEXT: Readonly<Record<TemplateProblemCode, string>> = {
  template_unknown_placeholder: 'has an unknown placeholder',
  template_unclosed_placeholder: 'has a placeholder without its closing }}',
  template_endpoint_list_inline: 'has {{endpoint_list}} inside a line; it must stand on a line of its own',
  template_needs_endpoint_list: 'lacks {{endpoint_list}}, the list of endpoints the BAA covers',
  template_needs_sales_contact: 'lacks {{sales_contact}}, the way to reach sales',
};

/** The rejected value for a problem message, shortened so a pasted essay does not flood the log. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** The tag a case adds, or null when the case adds none. */
export function caseTag(prefix: string, suffix: string | null): string | null {
  return suffix === null ? null : `${prefix}_${suffix}`;
}
