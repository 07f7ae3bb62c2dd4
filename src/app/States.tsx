/** The loading and error states, shared by the registration wait and the ticket read. */
import { t } from '../i18n/t';
import { MessageText } from './MessageText';
import { loadErrorMessage } from './messages';
import { Button } from './styles';

export function Loading() {
  return <p role="status">{t('loading')}</p>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div role="alert">
      <h2>{t('error.title')}</h2>
      <MessageText message={loadErrorMessage(error)} />
      {onRetry && <Button onClick={onRetry}>{t('retry')}</Button>}
    </div>
  );
}
