/** What the sidebar worked without (parts Zendesk did not give), and, for admins, invalid settings. */
import { t } from '../i18n/t';
import type { LoadedTicket } from '../zendesk/adapter';
import { gapMessage, settingProblemMessage } from './messages';
import { Warning } from './styles';

export function ReadWarnings({ loaded, refreshFailed }: { loaded: LoadedTicket; refreshFailed: boolean }) {
  const problems = loaded.agent.isAdmin ? loaded.settingsProblems : [];
  if (loaded.gaps.length === 0 && problems.length === 0 && !refreshFailed) return null;
  return (
    <Warning>
      {refreshFailed && <p>{t('refreshFailed')}</p>}
      {loaded.gaps.map((gap) => (
        <p key={gap}>{gapMessage(gap)}</p>
      ))}
      {problems.length > 0 && (
        <>
          <p>{t('settings.problems')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.setting}>{settingProblemMessage(problem)}</li>
            ))}
          </ul>
        </>
      )}
    </Warning>
  );
}
