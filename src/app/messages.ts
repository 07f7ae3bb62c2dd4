/**
 * What to tell the agent, as text: errors, failed steps, plan notices and settings problems, from
 * translations/en.json. Pure, so components only render them.
 *
 * Each message is one plain sentence (`text`); what Zendesk answered, the call and its paths, goes in
 * `details`, shown only on demand. Settings problems name settings by the labels admins see in Zendesk.
 */
import { app } from '../../translations/en.json';
import { t, type UiKey } from '../i18n/t';
import type { SettingProblem } from '../routine/settings';
import type { ApplyNotice, TicketChange, TicketStatus } from '../ticket/changes';
import type { UndoNotice } from '../ticket/transaction';
import type { ReadGap } from '../zendesk/adapter';
import {
  reasonOf,
  ZafCallError,
  ZafPathError,
  ZafTimeoutError,
  ZafUnavailableError,
} from '../zendesk/errors';
import { WrongTicketError } from '../zendesk/ticketActions';
import type { Outcome } from './useTicketActions';

export interface Message {
  /** One plain sentence (or two) for the agent. */
  text: string;
  /** What Zendesk answered, for whoever needs to look closer. */
  details?: string;
}

const plain = (text: string): Message => ({ text });

/** What Zendesk said, without our own wrapping ("Zendesk refused …"): the call and its reason. */
export function detailsOf(error: unknown): string {
  if (error instanceof ZafCallError) return `${error.call}: ${error.reason}`;
  if (error instanceof ZafPathError) return `${error.path}: ${error.reason}`;
  return reasonOf(error);
}

/** Why the ticket could not be read (the error state). */
export function loadErrorMessage(error: unknown): Message {
  if (error instanceof ZafUnavailableError) return plain(t('error.unavailable'));
  if (error instanceof ZafTimeoutError) return plain(t('error.timeout'));
  if (error instanceof ZafPathError && (error.path === 'ticket.id' || error.path === 'currentUser')) {
    return { text: t('error.noTicket'), details: detailsOf(error) };
  }
  return { text: t('error.generic'), details: detailsOf(error) };
}

/** Why an action did not happen, when it failed before changing anything (reading the ticket, wrong tab). */
export function actionErrorMessage(error: unknown): Message {
  if (error instanceof WrongTicketError) {
    return plain(t('failure.wrongTicket', { expected: error.expected, actual: String(error.actual) }));
  }
  if (error instanceof ZafTimeoutError) return plain(`${t('failure.read')} ${t('error.timeout')}`);
  return { text: t('failure.read'), details: detailsOf(error) };
}

/** A step that failed midway, and whether what was done before it was put back. */
export function failureMessages(
  failed: TicketChange,
  error: unknown,
  rolledBack: boolean,
  statusKept?: TicketStatus,
): Message[] {
  const step =
    error instanceof WrongTicketError
      ? { text: `${t(`failure.${failed.kind}` satisfies UiKey)} ${actionErrorMessage(error).text}` }
      : { text: t(`failure.${failed.kind}` satisfies UiKey), details: detailsOf(error) };
  const lines: Message[] = [step, plain(rolledBack ? t('failure.rolledBack') : t('failure.notRolledBack'))];
  if (statusKept) {
    lines.push(plain(t('failure.statusKept', { status: t(`status.${statusKept}` satisfies UiKey) })));
  }
  return lines;
}

/** What the live region says after a click: the result, then what was left alone and why. */
export function outcomeMessages(outcome: Outcome): Message[] {
  switch (outcome.kind) {
    case 'applied':
    case 'inserted':
      return [plain(t(`result.${outcome.kind}`)), ...outcome.notices.map(noticeMessage).map(plain)];
    case 'undone': {
      // Notices after an undo name what was left alone because the agent changed it since, or because
      // Zendesk cannot set it back; a step Zendesk refused is named, with its reason on demand.
      const refused = outcome.unapplied.map(({ change, error }) => ({
        text: t(`failure.${change.kind}` satisfies UiKey),
        details: detailsOf(error),
      }));
      const leftAlone = [...outcome.notices.map(noticeMessage).map(plain), ...refused];
      return leftAlone.length === 0
        ? [plain(t('result.undone'))]
        : [plain(t('result.undonePartly')), ...leftAlone];
    }
    case 'duplicate':
      return [plain(t(`duplicate.${outcome.code}`))];
    case 'failed':
      return failureMessages(outcome.failed, outcome.error, outcome.rolledBack, outcome.statusKept);
    case 'error':
      return [actionErrorMessage(outcome.error)];
  }
}

export function noticeMessage(notice: ApplyNotice | UndoNotice): string {
  return t(`notice.${notice.code}` satisfies UiKey);
}

export function gapMessage(gap: ReadGap): string {
  return t(`gaps.${gap}` satisfies UiKey);
}

/** The label admins see for a setting in Zendesk (the manifest name when it has none). */
export function settingLabel(setting: string): string {
  const parameters: Readonly<Record<string, { label?: unknown }>> = app.parameters;
  const label = Object.hasOwn(parameters, setting) ? parameters[setting]?.label : undefined;
  return typeof label === 'string' ? label : setting;
}

export function settingProblemMessage(problem: SettingProblem): string {
  return t(`settings.${problem.code}` satisfies UiKey, {
    setting: settingLabel(problem.setting),
    detail: problem.detail ?? '',
  });
}

/**
 * What the sidebar says about invalid settings: admins get each problem by the label they see; agents one
 * short line, as they cannot fix them.
 */
export function settingsNotice(
  problems: readonly SettingProblem[],
  isAdmin: boolean,
): { text: string; items: string[] } | null {
  if (problems.length === 0) return null;
  if (!isAdmin) return { text: t('settings.forAgents'), items: [] };
  return { text: t('settings.problems'), items: problems.map(settingProblemMessage) };
}
