/**
 * The facts around the routine's lines that an admin may change, parsed from the app's installation
 * settings (ZAF `metadata().settings`, where every value may be missing, a string, or a boolean).
 * A bad value never breaks the reply: it falls back to the default and is reported as a problem.
 */
import {
  DEFAULT_ENDPOINT_LINES,
  DEFAULT_ENDPOINTS_SOURCE_URL,
  DEFAULT_ENDPOINTS_VERIFIED_ON,
  type EndpointList,
  parseEndpointLines,
} from './endpoints';

export interface RoutineSettings {
  baaEmail: string;
  endpointList: EndpointList;
  /** A URL (rendered as a link), an email address (a mailto link), or free text. */
  salesContact: string;
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
  salesContact: 'salesContact',
  solveOnApply: 'solveOnApply',
  assignToMeOnSolve: 'assignToMeOnSolve',
  tagPrefix: 'tagPrefix',
} as const;

export const DEFAULT_BAA_EMAIL = 'baa@openai.com';
export const DEFAULT_SALES_CONTACT = 'https://openai.com/contact-sales';
export const DEFAULT_TAG_PREFIX = 'baa';

/** Raw defaults in settings form: manifest.json and zcli.apps.config.json are checked against these. */
export const DEFAULT_RAW_SETTINGS = {
  [SETTING_NAMES.baaEmail]: DEFAULT_BAA_EMAIL,
  [SETTING_NAMES.endpoints]: DEFAULT_ENDPOINT_LINES,
  [SETTING_NAMES.endpointsSourceUrl]: DEFAULT_ENDPOINTS_SOURCE_URL,
  [SETTING_NAMES.endpointsVerifiedOn]: DEFAULT_ENDPOINTS_VERIFIED_ON,
  [SETTING_NAMES.salesContact]: DEFAULT_SALES_CONTACT,
  [SETTING_NAMES.solveOnApply]: true,
  [SETTING_NAMES.assignToMeOnSolve]: true,
  [SETTING_NAMES.tagPrefix]: DEFAULT_TAG_PREFIX,
} as const;

export interface SettingProblem {
  setting: string;
  /** Stable code; the UI translates it. */
  code: 'invalid_email' | 'invalid_url' | 'invalid_date' | 'empty_list' | 'invalid_tag_prefix' | 'not_text';
  /** An English description for logs and the triage command. */
  message: string;
}

export interface ParsedSettings {
  settings: RoutineSettings;
  problems: SettingProblem[];
}

/**
 * A plain address: the domain is dot-separated labels, so nothing like `?bcc=…` can ride along into a
 * `mailto:` link; the local part takes the characters real addresses use (letters, digits, . _ % + ' -).
 */
const EMAIL =
  /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
const TAG = /^[a-z0-9][a-z0-9_-]*$/;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
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

export const DEFAULT_SETTINGS: RoutineSettings = parseSettings({}).settings;

export function parseSettings(raw: Readonly<Record<string, unknown>> | null | undefined): ParsedSettings {
  const problems: SettingProblem[] = [];
  const source = raw ?? {};
  const text = (name: string, fallback: string): string => {
    const value = source[name];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'string') {
      problems.push({ setting: name, code: 'not_text', message: `${name} must be text; using the default.` });
      return fallback;
    }
    return value.trim() === '' ? fallback : value.trim();
  };
  const checked = (
    name: string,
    fallback: string,
    valid: (value: string) => boolean,
    code: SettingProblem['code'],
    what: string,
  ): string => {
    const value = text(name, fallback);
    if (valid(value)) return value;
    problems.push({
      setting: name,
      code,
      message: `${name} ${quoted(value)} is not ${what}; using the default "${fallback}".`,
    });
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = source[name];
    if (typeof value === 'boolean') return value;
    if (value === 'true') return true;
    if (value === 'false') return false;
    return fallback;
  };

  const baaEmail = checked(
    SETTING_NAMES.baaEmail,
    DEFAULT_BAA_EMAIL,
    isEmailAddress,
    'invalid_email',
    'an email address',
  );
  let endpoints = parseEndpointLines(text(SETTING_NAMES.endpoints, DEFAULT_ENDPOINT_LINES));
  if (endpoints.length === 0) {
    problems.push({
      setting: SETTING_NAMES.endpoints,
      code: 'empty_list',
      message: `${SETTING_NAMES.endpoints} lists no endpoint; using the default list.`,
    });
    endpoints = parseEndpointLines(DEFAULT_ENDPOINT_LINES);
  }
  const sourceUrl = checked(
    SETTING_NAMES.endpointsSourceUrl,
    DEFAULT_ENDPOINTS_SOURCE_URL,
    isHttpUrl,
    'invalid_url',
    'an http(s) URL',
  );
  const verifiedOn = checked(
    SETTING_NAMES.endpointsVerifiedOn,
    DEFAULT_ENDPOINTS_VERIFIED_ON,
    isIsoDate,
    'invalid_date',
    'a date (YYYY-MM-DD or YYYY-MM)',
  );
  const salesContact = text(SETTING_NAMES.salesContact, DEFAULT_SALES_CONTACT);
  const tagPrefix = checked(
    SETTING_NAMES.tagPrefix,
    DEFAULT_TAG_PREFIX,
    (value) => TAG.test(value),
    'invalid_tag_prefix',
    'a tag prefix (lower-case letters, digits, _ and -)',
  );

  return {
    settings: {
      baaEmail,
      endpointList: { endpoints, sourceUrl, verifiedOn },
      salesContact,
      tagPrefix,
      solveOnApply: flag(SETTING_NAMES.solveOnApply, true),
      assignToMeOnSolve: flag(SETTING_NAMES.assignToMeOnSolve, true),
    },
    problems,
  };
}

/** The rejected value for a problem message, shortened so a pasted essay does not flood the log. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** The tag a case adds, or null when the case adds none. */
export function caseTag(prefix: string, suffix: string | null): string | null {
  return suffix === null ? null : `${prefix}_${suffix}`;
}
