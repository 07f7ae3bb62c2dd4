/**
 * Invalid settings, at the top of the sidebar, as a Garden warning: admins see each problem by the label
 * they know from the app's settings page; agents see one short line telling them an admin should look.
 * Nothing when the settings are valid. Its own chunk, with the settings' parser.
 */
import { Alert } from '@zendeskgarden/react-notifications';
import { UnorderedList } from '@zendeskgarden/react-typography';
import { t } from '../i18n/t';
import { settingsOf } from '../routine/settings';
import type { LoadedTicket } from '../zendesk/adapter';
import { settingsNotice } from './messages';

export default function SettingsNotice({ loaded }: { loaded: LoadedTicket }) {
  const notice = settingsNotice(settingsOf(loaded.settingsInput).problems, loaded.agent.isAdmin);
  if (!notice) return null;
  return (
    <Alert type="warning" role="note" aria-label={t('settings.title')} data-testid="settings-notice">
      <Alert.Paragraph>{notice.text}</Alert.Paragraph>
      {notice.items.length > 0 && (
        <UnorderedList size="small">
          {notice.items.map((item) => (
            <UnorderedList.Item key={item}>{item}</UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
}
