/**
 * The Zendesk account triage reads: its base URL from `--zendesk SUBDOMAIN_OR_URL`, and Basic auth from the
 * environment variables zcli uses (`ZENDESK_EMAIL`, `ZENDESK_API_TOKEN`: `email/token:TOKEN`).
 */
import { TriageInputError } from './errors';

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `acme` → https://acme.zendesk.com; a URL as given (its origin). Plain http only for localhost (tests). */
export function accountBaseUrl(argument: string): string {
  const value = argument.trim();
  if (SUBDOMAIN.test(value)) return `https://${value.toLowerCase()}.zendesk.com`;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    throw new TriageInputError(`--zendesk ${JSON.stringify(argument)} is neither a subdomain nor a URL`);
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    throw new TriageInputError(`--zendesk ${url.origin}: use https (plain http is only for localhost)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TriageInputError(`--zendesk ${JSON.stringify(argument)}: expected an https URL`);
  }
  return url.origin;
}

/** The Authorization header for an API token, or one message naming what is missing. */
export function authorizationFromEnv(env: NodeJS.ProcessEnv): string {
  const email = env.ZENDESK_EMAIL?.trim() ?? '';
  const token = env.ZENDESK_API_TOKEN?.trim() ?? '';
  const missing = [email === '' && 'ZENDESK_EMAIL', token === '' && 'ZENDESK_API_TOKEN'].filter(Boolean);
  if (missing.length > 0) {
    throw new TriageInputError(
      `set ${missing.join(' and ')}: the email of an agent (an admin, for the incremental exports) and an API token of the account (Admin Center → Apps and integrations → Zendesk API)`,
    );
  }
  return `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
}
