/**
 * The routine compiled into Zendesk macros, from the same templates as the sidebar's replies
 * (src/compose/compose.ts), in the shape of the app's `requirements.json`, so that installing the app
 * creates one macro per replying case (see zendesk-app-conventions.md §4.4 and §5.1). The sidebar keeps
 * the installed macros in step with the settings (src/macros/sync.ts).
 *
 * A macro cannot know the requester: its greeting names them with Zendesk's own placeholder,
 * `{{ticket.requester.first_name}}`, which Zendesk fills when the agent applies the macro. Macros set
 * only `comment_value_html`: Zendesk derives the plain text for channels that cannot show HTML, and a
 * second, plain-text body could drift from the HTML one.
 */
import { composeWith, factFiller, type Filler } from '../compose/compose';
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

/** Zendesk's placeholder for the requester's first name, filled when the macro is applied. */
export const ZENDESK_FIRST_NAME = '{{ticket.requester.first_name}}';

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
    { field: 'comment_value_html', value: macroHtml(caseId, settings) },
    { field: 'comment_mode_is_public', value: 'true' },
    { field: 'status', value: routineCase.status },
  ];
  const tag = caseTag(settings.tagPrefix, routineCase.tagSuffix);
  if (tag !== null) actions.push({ field: 'current_tags', value: tag });
  return { title, description: DESCRIPTIONS[caseId] ?? title, actions };
}

/** The reply's HTML with the personal greeting (when on) naming the requester through Zendesk. */
function macroHtml(caseId: CaseId, settings: RoutineSettings): string {
  const facts = factFiller(settings, '');
  const fill: Filler = (name) =>
    name === 'first_name' ? { text: ZENDESK_FIRST_NAME, html: ZENDESK_FIRST_NAME } : facts(name);
  const greeting = settings.greeting.enabled ? settings.greeting.personal : undefined;
  return composeWith(caseId, settings, fill, greeting).html;
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
