/**
 * The greeting that opens a reply: "Hi Ana," for a person, a neutral "Hello," for a requester known by a
 * company, a team or an email address, and none when the name is unknown or admins turned it off. This
 * text goes to customers, so a name that cannot be read with confidence gets the neutral greeting.
 */
import type { GreetingSettings } from '../routine/settings';
import type { Template } from '../routine/templates';

export interface Greeting {
  template: Template;
  /** The given name `{{first_name}}` stands for ('' in the neutral greeting). */
  firstName: string;
}

/** Honorifics and titles written before a name; compared without their dot, in lower case. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev',
  'fr', 'sr', 'sra', 'srta', 'dra', 'herr', 'frau', 'mme', 'mlle', 'm', 'sig', 'sig.ra', 'dott', 'ing',
  'mag', 'capt', 'col', 'gen', 'lt', 'sgt', 'hon', 'pr',
]); // prettier-ignore

/** Words that make a name an organisation or a role rather than a person. */
const ORGANISATION_WORDS = new Set([
  'inc', 'llc', 'ltd', 'limited', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'plc',
  'pty', 'llp', 'lp', 'corp', 'corporation', 'co', 'company', 'group', 'holdings', 'team', 'support',
  'helpdesk', 'desk', 'service', 'services', 'department', 'dept', 'office', 'admin', 'administrator',
  'billing', 'accounts', 'accounting', 'finance', 'legal', 'compliance', 'security', 'sales', 'info',
  'contact', 'noreply', 'no-reply', 'hr', 'it', 'ops', 'operations', 'clinic', 'hospital', 'health',
  'healthcare', 'medical', 'pharmacy', 'labs', 'lab', 'systems', 'solutions', 'technologies', 'tech',
  'software', 'university', 'college', 'school', 'institute', 'foundation', 'association', 'agency',
  'partners', 'network', 'center', 'centre', 'hq', 'staff', 'procurement', 'privacy',
]); // prettier-ignore

const MAX_NAME_LENGTH = 200;

/** The greeting for a requester, or null when there is none to give. */
export function greetingFor(name: string | undefined, settings: GreetingSettings): Greeting | null {
  if (!settings.enabled || name === undefined || name.trim() === '') return null;
  const first = givenName(name);
  return first === null
    ? { template: settings.neutral, firstName: '' }
    : { template: settings.personal, firstName: first };
}

/**
 * The given name in a display name, or null when the name is not a person's: "Souza, Ana" → Ana,
 * "Dr. Marcus Webb" → Marcus, "ACME Corp", "Billing team" and "dana@example.com" → null.
 */
export function givenName(name: string): string | null {
  // Zendesk caps names far below this; the cap keeps every step below cheap whatever arrives.
  const trimmed = name.slice(0, MAX_NAME_LENGTH).trim();
  if (trimmed === '' || trimmed.includes('@') || /\d/.test(trimmed)) return null;
  const comma = trimmed.indexOf(',');
  // "Family, Given" is how directories export names; a second comma is a list or a company.
  if (comma !== -1 && comma !== trimmed.lastIndexOf(',')) return null;
  const ordered = comma === -1 ? trimmed : `${trimmed.slice(comma + 1)} ${trimmed.slice(0, comma)}`;
  const words = ordered.split(/\s+/).filter((word) => word !== '');
  if (words.some((word) => ORGANISATION_WORDS.has(bare(word)))) return null;
  const rest = words.filter((word) => !TITLES.has(bare(word)));
  // "Dr. Webb", "M. Dupont": a title before one word names the family, not the person.
  if (rest.length === 1 && words.length > 1) return null;
  const first = trimEnds(rest[0] ?? '', '', '.,;:');
  if (first.length < 2 || !/^\p{L}/u.test(first)) return null;
  // One word in capitals (ACME, IBM) is an organisation more often than a person.
  if (words.length === 1 && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return null;
  }
  return first;
}

/** A word compared with the lists: lower case, without the punctuation around it ("(Dr.)" → dr). */
function bare(word: string): string {
  return trimEnds(word.toLowerCase(), `("'`, `.,;:)"'`);
}

/** Drops the given characters from each end; a loop, not an end-anchored regex, so always linear. */
function trimEnds(word: string, leading: string, trailing: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && leading.includes(word.charAt(start))) start += 1;
  while (end > start && trailing.includes(word.charAt(end - 1))) end -= 1;
  return word.slice(start, end);
}
