/**
 * What the sidebar worked without (parts Zendesk did not give), and, for admins, invalid settings: one
 * Garden warning alert. Shown with the suggestion, not announced over it (role note, not alert).
 */
import { Alert } from '@zendeskgarden/react-notifications';
import { UnorderedList } from '@zendeskgarden/react-typography';
import { t } from '../i18n/t';
import type { LoadedTicket } from '../zendesk/adapter';
import { gapMessage, settingProblemMessage } from './messages';

interface ReadWarningsProps {
  loaded: LoadedTicket;
  refreshFailed: boolean;
}

export function ReadWarnings({ loaded, refreshFailed }: ReadWarningsProps) {
  const problems = loaded.agent.isAdmin ? loaded.settingsProblems : [];
  if (loaded.gaps.length === 0 && problems.length === 0 && !refreshFailed) return null;
  return (
    <Alert type="warning" role="note">
      {refreshFailed && <Alert.Paragraph>{t('refreshFailed')}</Alert.Paragraph>}
      {loaded.gaps.map((gap) => (
        <Alert.Paragraph key={gap}>{gapMessage(gap)}</Alert.Paragraph>
      ))}
      {problems.length > 0 && (
        <>
          <Alert.Paragraph>{t('settings.problems')}</Alert.Paragraph>
          <UnorderedList size="small">
            {problems.map((problem) => (
              <UnorderedList.Item key={problem.setting}>{settingProblemMessage(problem)}</UnorderedList.Item>
            ))}
          </UnorderedList>
        </>
      )}
    </Alert>
  );
}
