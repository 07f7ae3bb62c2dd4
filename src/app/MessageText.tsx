/** One message: its plain sentence, and what Zendesk answered behind a "Details" disclosure. */
import { t } from '../i18n/t';
import type { Message } from './messages';

export function MessageText({ message }: { message: Message }) {
  return (
    <>
      <p>{message.text}</p>
      {message.details !== undefined && (
        <details>
          <summary>{t('details')}</summary>
          <p>{message.details}</p>
        </details>
      )}
    </>
  );
}
