/**
 * "Apply reply" (Garden's primary button), "Insert text only" and "Undo" (basic buttons), and a polite
 * live region that says what happened as a Garden alert: success, a warning (a duplicate, a partial undo)
 * or an error (a step that failed).
 */
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { t } from '../i18n/t';
import { MessageText } from './MessageText';
import { outcomeMessages } from './messages';
import { StyledOutcome } from './styled/StyledOutcome';
import { StyledRow } from './styled/StyledRow';
import type { Outcome, TicketActions } from './useTicketActions';

interface ActionBarProps {
  actions: TicketActions;
  /** False on "Not a BAA request": there is no reply to insert. */
  hasReply: boolean;
}

export function ActionBar({ actions, hasReply }: ActionBarProps) {
  const { busy, outcome, canUndo } = actions;
  return (
    <div>
      <StyledRow role="group" aria-label={t('actions')}>
        <Button isPrimary size="small" disabled={busy || !hasReply} onClick={actions.apply}>
          {t('apply')}
        </Button>
        <Button size="small" disabled={busy || !hasReply} onClick={actions.insert}>
          {t('insert')}
        </Button>
        {canUndo && (
          <Button isBasic size="small" disabled={busy} onClick={actions.undo}>
            {t('undo')}
          </Button>
        )}
      </StyledRow>
      {/* Always in the page, so screen readers announce what is put into it. The alert inside is not a
          second live region (role none): the announcement is this region's, polite. */}
      <StyledOutcome role="status" aria-live="polite" aria-atomic="true">
        {busy ? <SM>{t('working')}</SM> : outcome && <OutcomeAlert outcome={outcome} />}
      </StyledOutcome>
    </div>
  );
}

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  return (
    <Alert type={outcomeType(outcome)} role="none">
      {outcomeMessages(outcome).map((message) => (
        <MessageText key={message.text} message={message} />
      ))}
    </Alert>
  );
}

function outcomeType(outcome: Outcome): 'success' | 'warning' | 'error' {
  switch (outcome.kind) {
    case 'applied':
    case 'inserted':
      // Other notices say that part of the routine did not happen (not solved, an internal note).
      return outcome.notices.every((notice) => notice.code === 'assigned_to_you') ? 'success' : 'warning';
    case 'undone':
      return outcome.notices.length === 0 ? 'success' : 'warning';
    case 'duplicate':
      return 'warning';
    case 'failed':
    case 'error':
      return 'error';
  }
}
