/** One message: its plain sentence, and what Zendesk answered behind a "Details" disclosure. */
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import { t } from '../i18n/t';
import type { Message } from './messages';

export function MessageText({ message }: { message: Message }) {
  return (
    <>
      <Paragraph size="small">{message.text}</Paragraph>
      {message.details !== undefined && (
        <details>
          <summary>{t('details')}</summary>
          <SM tag="p">{message.details}</SM>
        </details>
      )}
    </>
  );
}
