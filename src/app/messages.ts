/**
 * What to tell the agent, as text: errors, failed steps and plan notices, from translations/en.json `ui`.
 * Pure, so components only render the strings.
 */
import { t, type UiKey } from '../i18n/t';
import type { SettingProblem } from '../routine/settings';
import type { ApplyNotice, TicketChange, TicketStatus } from '../ticket/changes';
import type { UndoNotice } from '../ticket/transaction';
import { WrongTicketError, type ReadGap } from '../zendesk/adapter';
import type { Outcome } from './useTicketActions';
import { reasonOf, ZafPathError, ZafTimeoutError, ZafUnavailableError } from '../zendesk/errors';

/** Why the ticket could not be read (the error state). */
export function loadErrorMessage(error: unknown): string {
  if (error instanceof ZafUnavailableError) return t('error.unavailable');
  if (error instanceof ZafTimeoutError) return t('error.timeout');
  if (error instanceof ZafPathError && (error.path === 'ticket.id' || error.path === 'currentUser')) {
    return t('error.noTicket');
  }
  return t('error.generic', { reason: reasonOf(error) });
}

/** Why an action did not happen, when it failed before changing anything (reading the ticket, wrong tab). */
export function actionErrorMessage(error: unknown): string {
  if (error instanceof WrongTicketError) {
    return t('failure.wrongTicket', { expected: error.expected, actual: String(error.actual) });
  }
  if (error instanceof ZafTimeoutError) return `${t('failure.read')} ${t('error.timeout')}`;
  return `${t('failure.read')} ${t('failure.reason', { reason: reasonOf(error) })}`;
}

/** A step that failed midway, and whether what was done before it was put back. */
export function failureMessages(
  failed: TicketChange,
  error: unknown,
  rolledBack: boolean,
  statusKept?: TicketStatus,
): string[] {
  const step = t(`failure.${failed.kind}` satisfies UiKey);
  const cause =
    error instanceof WrongTicketError
      ? actionErrorMessage(error)
      : t('failure.reason', { reason: reasonOf(error) });
  const lines = [`${step} ${cause}`, rolledBack ? t('failure.rolledBack') : t('failure.notRolledBack')];
  if (statusKept) lines.push(t('failure.statusKept', { status: t(`status.${statusKept}` satisfies UiKey) }));
  return lines;
}

/** What the live region says after a click: the result, then what was left alone and why. */
export function outcomeMessages(outcome: Outcome): string[] {
  switch (outcome.kind) {
    case 'applied':
    case 'inserted':
      return [t(`result.${outcome.kind}`), ...outcome.notices.map(noticeMessage)];
    case 'undone': {
      // Notices after an undo name what was left alone because the agent changed it since, or because
      // Zendesk cannot set it back; a step Zendesk refused is named with its reason.
      const refused = outcome.unapplied.map(({ change, error }) =>
        [t(`failure.${change.kind}` satisfies UiKey), t('failure.reason', { reason: reasonOf(error) })].join(
          ' ',
        ),
      );
      const leftAlone = [...outcome.notices.map(noticeMessage), ...refused];
      return leftAlone.length === 0 ? [t('result.undone')] : [t('result.undonePartly'), ...leftAlone];
    }
    case 'duplicate':
      return [t(`duplicate.${outcome.code}`)];
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

export function settingProblemMessage(problem: SettingProblem): string {
  return t(`settings.${problem.code}` satisfies UiKey, { setting: problem.setting });
}
