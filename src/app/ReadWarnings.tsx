/**
 * What the sidebar worked without (parts Zendesk did not give) and a refresh that failed: one Garden
 * warning alert. Shown with the suggestion, not announced over it (role note, not alert). Invalid
 * settings have their own notice at the top (SettingsNotice).
 */
import { Alert } from '@zendeskgarden/react-notifications';
import { t } from '../i18n/t';
import type { LoadedTicket } from '../zendesk/adapter';
import { gapMessage } from './messages';

interface ReadWarningsProps {
  loaded: LoadedTicket;
  refreshFailed: boolean;
}

export function ReadWarnings({ loaded, refreshFailed }: ReadWarningsProps) {
  if (loaded.gaps.length === 0 && !refreshFailed) return null;
  return (
    <Alert type="warning" role="note">
      {refreshFailed && <Alert.Paragraph>{t('refreshFailed')}</Alert.Paragraph>}
      {loaded.gaps.map((gap) => (
        <Alert.Paragraph key={gap}>{gapMessage(gap)}</Alert.Paragraph>
      ))}
    </Alert>
  );
}
