/**
 * Why the sidebar could not start or read the ticket: a Garden error alert, with a retry button when the
 * failed step can be repeated. Its own chunk (Garden's alert and button), loaded only when it is shown.
 */
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { t } from '../i18n/t';
import { MessageText } from './MessageText';
import { loadErrorMessage } from './messages';
import { StyledSection } from './styled/StyledSection';

export interface LoadErrorProps {
  error: unknown;
  /** Shown as "Try again" when the failed step can be repeated. */
  onRetry?: () => void;
}

export default function LoadError({ error, onRetry }: LoadErrorProps) {
  return (
    <StyledSection>
      <Alert type="error">
        <Alert.Title>
          <h2>{t('error.title')}</h2>
        </Alert.Title>
        <MessageText message={loadErrorMessage(error)} />
      </Alert>
      {onRetry && (
        <div>
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        </div>
      )}
    </StyledSection>
  );
}
