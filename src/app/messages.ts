/**
 * What to tell the agent, as text: errors, failed steps and plan notices, from translations/en.json `ui`.
 * Pure, so components only render the strings.
 */
import { t, type UiKey } from '../i18n/t';
import type { SettingProblem } from '../routine/settings';
import type { ApplyNotice, TicketChange } from '../ticket/changes';
import type { UndoNotice } from '../ticket/transaction';
import { WrongTicketError, type ReadGap } from '../zendesk/adapter';
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
export function failureMessages(failed: TicketChange, error: unknown, rolledBack: boolean): string[] {
  const step = t(`failure.${failed.kind}` satisfies UiKey);
  const cause =
    error instanceof WrongTicketError
      ? actionErrorMessage(error)
      : t('failure.reason', { reason: reasonOf(error) });
  return [`${step} ${cause}`, rolledBack ? t('failure.rolledBack') : t('failure.notRolledBack')];
}

export function noticeMessage(notice: ApplyNotice | UndoNotice): string {
  return t(`notice.${notice.code}` satisfies UiKey);
}

export function gapMessage(gap: ReadGap): string {
  return t(`gaps.${gap}` satisfies UiKey);
}

export function settingProblemMessage(problem: SettingProblem): string {
  return t(`settings.${problem.code}` satisfies UiKey, {
    setting: problem.setting,
    detail: problem.detail ?? '',
  });
}
