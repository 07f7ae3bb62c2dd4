/**
 * Invalid settings, at the top of the sidebar: admins see each problem by the label they know from the
 * app's settings page; agents see one short line telling them an admin should look.
 */
import { t } from '../i18n/t';
import type { LoadedTicket } from '../zendesk/adapter';
import { settingsNotice } from './messages';
import { Warning } from './styles';

export function SettingsNotice({ loaded }: { loaded: LoadedTicket }) {
  const notice = settingsNotice(loaded.settingsProblems, loaded.agent.isAdmin);
  if (!notice) return null;
  return (
    <Warning role="note" aria-label={t('settings.title')} data-testid="settings-notice">
      <p>{notice.text}</p>
      {notice.items.length > 0 && (
        <ul>
          {notice.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </Warning>
  );
}
