/**
 * The routine compiled into Zendesk macros, in the shape of the app's `requirements.json`, so that
 * installing the app creates one macro per replying case (see zendesk-app-conventions.md §4.4 and §5.1).
 *
 * Macros are written once, at build time, with the settings they are given (the defaults for the
 * package). They carry no greeting: a macro cannot know the requester's name, and a placeholder such as
 * `{{ticket.requester.first_name}}` would print "Hi ," for a requester known only by an email address.
 * They set only `comment_value_html`: Zendesk derives the plain text for channels that cannot show HTML,
 * and a second, plain-text body could drift from the HTML one.
 */
import { compose } from '../compose/compose';
import { type CaseId, REPLY_CASE_IDS, ROUTINE } from '../routine/cases';
import { caseTag, DEFAULT_SETTINGS, type RoutineSettings } from '../routine/settings';

/** The macro actions we use; each is a field of Zendesk's macro actions reference. */
export type MacroActionField = 'comment_value_html' | 'comment_mode_is_public' | 'status' | 'current_tags';

export interface MacroAction {
  field: MacroActionField;
  value: string;
}

/** A Create Macro payload, as `requirements.json` holds it under `macros.<identifier>`. */
export interface MacroRequirement {
  title: string;
  description: string;
  actions: MacroAction[];
}

export interface MacroRequirements {
  macros: Record<string, MacroRequirement>;
}

/** Admin-facing names; `::` nests them under "BAA" in Zendesk's macro menu. */
export const MACRO_TITLES: Readonly<Partial<Record<CaseId, string>>> = {
  api: 'BAA::API',
  enterprise: 'BAA::ChatGPT Enterprise',
  unclear: 'BAA::Ask which product',
  rejected: 'BAA::Not approved',
};

const DESCRIPTIONS: Readonly<Partial<Record<CaseId, string>>> = {
  api: 'BAA routine, API: how to request a BAA, the zero-retention endpoint list; solves the ticket.',
  enterprise: 'BAA routine, ChatGPT Enterprise: points to the sales team; solves the ticket.',
  unclear:
    'BAA routine: asks whether the BAA is for the API or ChatGPT Enterprise; sets the ticket to pending.',
  rejected: 'BAA routine, application not approved: explains feedback and re-applying; solves the ticket.',
};

/** The requirement identifier of a case's macro (stable across installs: Zendesk keys updates on it). */
export function macroKey(caseId: CaseId): string {
  return `baa_${caseId}`;
}

export function buildMacro(caseId: CaseId, settings: RoutineSettings = DEFAULT_SETTINGS): MacroRequirement {
  const routineCase = ROUTINE[caseId];
  const title = MACRO_TITLES[caseId];
  if (title === undefined || routineCase.status === null) {
    throw new Error(`the "${caseId}" case has no macro: the routine sends no reply for it`);
  }
  const actions: MacroAction[] = [
    { field: 'comment_value_html', value: compose(caseId, settings, { greet: false }).html },
    { field: 'comment_mode_is_public', value: 'true' },
    { field: 'status', value: routineCase.status },
  ];
  const tag = caseTag(settings.tagPrefix, routineCase.tagSuffix);
  if (tag !== null) actions.push({ field: 'current_tags', value: tag });
  return { title, description: DESCRIPTIONS[caseId] ?? title, actions };
}

/** One macro per case that replies (every case but `other`), keyed by `macroKey`. */
export function buildMacros(settings: RoutineSettings = DEFAULT_SETTINGS): MacroRequirements {
  const macros: Record<string, MacroRequirement> = {};
  for (const caseId of REPLY_CASE_IDS) macros[macroKey(caseId)] = buildMacro(caseId, settings);
  return { macros };
}

/** The content of `requirements.json`: pretty JSON ending in a newline. The build writes this file. */
export function requirementsJson(settings: RoutineSettings = DEFAULT_SETTINGS): string {
  return `${JSON.stringify(buildMacros(settings), null, 2)}\n`;
}
