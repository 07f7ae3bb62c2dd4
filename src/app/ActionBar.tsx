/** "Apply reply", "Insert text only", "Undo", and a live region saying what happened. */
import { t } from '../i18n/t';
import { actionErrorMessage, failureMessages, noticeMessage } from './messages';
import { Actions, Button } from './styles';
import type { Outcome, TicketActions } from './useTicketActions';

export function ActionBar({ actions, hasReply }: { actions: TicketActions; hasReply: boolean }) {
  const { busy, outcome, canUndo } = actions;
  return (
    <>
      <Actions role="group" aria-label={t('actions')}>
        <Button $primary disabled={busy || !hasReply} onClick={actions.apply}>
          {t('apply')}
        </Button>
        <Button disabled={busy || !hasReply} onClick={actions.insert}>
          {t('insert')}
        </Button>
        {canUndo && (
          <Button disabled={busy} onClick={actions.undo}>
            {t('undo')}
          </Button>
        )}
      </Actions>
      <div role="status" aria-live="polite" aria-atomic="true">
        {busy ? (
          <p>{t('working')}</p>
        ) : (
          outcome && outcomeLines(outcome).map((line) => <p key={line}>{line}</p>)
        )}
      </div>
    </>
  );
}

function outcomeLines(outcome: Outcome): string[] {
  switch (outcome.kind) {
    case 'applied':
    case 'inserted':
      return [t(`result.${outcome.kind}`), ...outcome.notices.map(noticeMessage)];
    case 'undone':
      // Notices after an undo name what was left alone because the agent changed it since.
      if (outcome.notices.length === 0) return [t('result.undone')];
      return [t('result.undonePartly'), ...outcome.notices.map(noticeMessage)];
    case 'duplicate':
      return [t(`duplicate.${outcome.code}`)];
    case 'failed':
      return failureMessages(outcome.failed, outcome.error, outcome.rolledBack);
    case 'error':
      return [actionErrorMessage(outcome.error)];
  }
}
