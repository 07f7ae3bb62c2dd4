/** What the sidebar worked without: parts Zendesk did not give, and a refresh that failed. */
import { t } from '../i18n/t';
import type { LoadedTicket } from '../zendesk/adapter';
import { gapMessage } from './messages';
import { Warning } from './styles';

export function ReadWarnings({ loaded, refreshFailed }: { loaded: LoadedTicket; refreshFailed: boolean }) {
  if (loaded.gaps.length === 0 && !refreshFailed) return null;
  return (
    <Warning>
      {refreshFailed && <p>{t('refreshFailed')}</p>}
      {loaded.gaps.map((gap) => (
        <p key={gap}>{gapMessage(gap)}</p>
      ))}
    </Warning>
  );
}
