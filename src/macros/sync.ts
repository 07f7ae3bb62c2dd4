/**
 * Keeping the installed macros in step with the settings: which macros differ from what the current
 * settings compile to, and what to send to bring each one back. Pure: the Zendesk calls sit behind a
 * MacroPort (src/zendesk/adapter.ts), so the rules here are tested without a host.
 *
 * Nothing is written until the admin asks; a macro the admin deleted is reported, never recreated;
 * each update stands alone, so one failure leaves the others done.
 */
import type { CaseId } from '../routine/cases';
import { REPLY_CASE_IDS } from '../routine/cases';
import { htmlToText } from '../text/html';
import {
  buildMacros,
  macroKey,
  type MacroAction,
  type MacroRequirement,
  type MacroRequirements,
} from './macros';

/** A macro as Zendesk's REST API returns it (`GET /api/v2/macros/{id}.json` → `macro`). */
export interface InstalledMacro {
  id: number;
  title: string;
  actions: readonly { field: string; value: unknown }[];
}

/** What Zendesk can tell about the app's macros. */
export interface MacroPort {
  /** The macro id of each requirement identifier Zendesk knows for this installation. */
  requirementIds(keys: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** The macro, or null when it no longer exists (HTTP 404). */
  getMacro(id: number): Promise<InstalledMacro | null>;
  putMacro(
    id: number,
    macro: { title: string; actions: readonly { field: string; value: unknown }[] },
  ): Promise<void>;
}

/** The parts of a macro the app writes, named for the summary admins read. */
export type MacroDifference = 'title' | 'reply' | 'status' | 'tags' | 'visibility';

export type MacroCheck =
  | { caseId: CaseId; title: string; state: 'current'; id: number }
  | {
      caseId: CaseId;
      title: string;
      state: 'outdated';
      id: number;
      differences: MacroDifference[];
      installed: InstalledMacro;
    }
  /** No requirement for it (the app runs without an installation's requirements), or the macro is gone. */
  | { caseId: CaseId; title: string; state: 'missing' }
  | { caseId: CaseId; title: string; state: 'unreadable'; reason: string };

export type MacroUpdate =
  { caseId: CaseId; title: string; ok: true } | { caseId: CaseId; title: string; ok: false; reason: string };

const DIFFERENCE_OF: Readonly<Record<MacroAction['field'], MacroDifference>> = {
  comment_value_html: 'reply',
  comment_mode_is_public: 'visibility',
  status: 'status',
  current_tags: 'tags',
};

/** Compares each installed macro with what `expected` holds for it. Reads only. */
export async function checkMacros(
  port: MacroPort,
  expected: MacroRequirements = buildMacros(),
): Promise<MacroCheck[]> {
  const ids = await port.requirementIds(REPLY_CASE_IDS.map(macroKey));
  return Promise.all(
    REPLY_CASE_IDS.map(async (caseId): Promise<MacroCheck> => {
      const wanted = expected.macros[macroKey(caseId)];
      const title = wanted?.title ?? caseId;
      const id = ids.get(macroKey(caseId));
      if (wanted === undefined || id === undefined) return { caseId, title, state: 'missing' };
      try {
        const installed = await port.getMacro(id);
        if (installed === null) return { caseId, title, state: 'missing' };
        const differences = macroDifferences(wanted, installed);
        return differences.length === 0
          ? { caseId, title, state: 'current', id }
          : { caseId, title, state: 'outdated', id, differences, installed };
      } catch (error) {
        return { caseId, title, state: 'unreadable', reason: reasonText(error) };
      }
    }),
  );
}

/** Updates every outdated macro, one request each; reports each result. */
export async function updateMacros(
  port: MacroPort,
  checks: readonly MacroCheck[],
  expected: MacroRequirements = buildMacros(),
): Promise<MacroUpdate[]> {
  const updates: MacroUpdate[] = [];
  for (const check of checks) {
    if (check.state !== 'outdated') continue;
    const wanted = expected.macros[macroKey(check.caseId)];
    if (wanted === undefined) continue;
    try {
      await port.putMacro(check.id, updatePayload(wanted, check.installed));
      updates.push({ caseId: check.caseId, title: check.title, ok: true });
    } catch (error) {
      updates.push({ caseId: check.caseId, title: check.title, ok: false, reason: reasonText(error) });
    }
  }
  return updates;
}

/**
 * What differs in the parts the app writes. The reply is compared as the text a reader sees: Zendesk may
 * store the HTML with other quoting or entities than we sent.
 */
export function macroDifferences(wanted: MacroRequirement, installed: InstalledMacro): MacroDifference[] {
  const differences: MacroDifference[] = [];
  if (installed.title !== wanted.title) differences.push('title');
  for (const action of wanted.actions) {
    const value = installed.actions.find((candidate) => candidate.field === action.field)?.value;
    if (!sameValue(action, value)) differences.push(DIFFERENCE_OF[action.field]);
  }
  return differences;
}

/**
 * The PUT body: the title and the app's actions, plus any action an admin added by hand to the macro
 * (an assignee, a group), which the app does not manage and so keeps.
 */
export function updatePayload(
  wanted: MacroRequirement,
  installed: InstalledMacro,
): { title: string; actions: { field: string; value: unknown }[] } {
  const ours = new Set<string>(wanted.actions.map((action) => action.field));
  const kept = installed.actions.filter((action) => !ours.has(action.field));
  return { title: wanted.title, actions: [...wanted.actions, ...kept] };
}

function sameValue(action: MacroAction, value: unknown): boolean {
  const installed = Array.isArray(value) ? value.join(' ') : value === undefined ? undefined : String(value);
  if (installed === undefined) return false;
  if (action.field === 'comment_value_html') return readable(installed) === readable(action.value);
  return installed.trim() === action.value;
}

function readable(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}

function reasonText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
