/** "Apply reply", "Insert text only", "Undo", and a live region saying what happened. */
import { t } from '../i18n/t';
import { MessageText } from './MessageText';
import { outcomeMessages } from './messages';
import { Actions, Button } from './styles';
import type { TicketActions } from './useTicketActions';

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
          outcome &&
          outcomeMessages(outcome).map((message) => <MessageText key={message.text} message={message} />)
        )}
      </div>
    </>
  );
}
