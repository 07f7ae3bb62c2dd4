/**
 * What only admins see, at the bottom of the sidebar: an endpoint list due for a check, and macros that no
 * longer match the replies in the settings, with "Update macros". Loaded as its own chunk, so agents
 * neither download it nor run it. Below the buttons, because it appears when the macros check answers.
 */
import { Alert, Title } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { t } from '../../i18n/t';
import type { MacroCheck, MacroDifference, MacroUpdate } from '../../macros/sync';
import { isEndpointListStale } from '../../routine/endpoints';
import { settingsOf } from '../../routine/settings';
import { useClient } from '../ClientProvider';
import { type MacroSync, useMacroSync } from './useMacroSync';

interface AdminPanelProps {
  /** The installation's settings as Zendesk gives them (LoadedTicket.settingsInput). */
  settingsInput: Readonly<Record<string, unknown>>;
  today: Date;
}

export default function AdminPanel({ settingsInput, today }: AdminPanelProps) {
  const client = useClient();
  const { settings } = settingsOf(settingsInput);
  const { sync, update } = useMacroSync(client, settings);
  const { verifiedOn, sourceUrl } = settings.endpointList;
  const stale = isEndpointListStale(verifiedOn, settings.endpointsMaxAgeMonths, today);
  return (
    <section aria-label={t('admin.title')} aria-live="polite">
      {stale && (
        <Alert type="warning" role="note">
          <p>{t('admin.stale', { date: verifiedOn, months: settings.endpointsMaxAgeMonths })}</p>
          <a href={sourceUrl} target="_blank" rel="noopener noreferrer">
            {t('admin.staleSource')}
          </a>
        </Alert>
      )}
      <MacroStatus sync={sync} onUpdate={update} />
    </section>
  );
}

function MacroStatus({ sync, onUpdate }: { sync: MacroSync; onUpdate(): void }) {
  if (sync.status === 'checking') return null;
  if (sync.status === 'failed') {
    return (
      <Alert type="warning" role="note">
        <p>{t('admin.macros.checkFailed', { reason: sync.reason })}</p>
      </Alert>
    );
  }
  const problems = sync.checks.filter((check) => check.state !== 'current');
  if (sync.status === 'updated') return <UpdateReport updates={sync.updates} others={problems} />;
  if (problems.length === 0) return null;
  const outdated = problems.some((check) => check.state === 'outdated');
  return (
    <Alert type="warning" role="note">
      {outdated && <Title>{t('admin.macros.outdated')}</Title>}
      <ul>
        {problems.map((check) => (
          <li key={check.caseId}>{checkLine(check)}</li>
        ))}
      </ul>
      {outdated && (
        <Button size="small" isPrimary disabled={sync.status === 'updating'} onClick={onUpdate}>
          {sync.status === 'updating' ? t('admin.macros.updating') : t('admin.macros.update')}
        </Button>
      )}
    </Alert>
  );
}

function UpdateReport({ updates, others }: { updates: MacroUpdate[]; others: MacroCheck[] }) {
  const failed = updates.some((update) => !update.ok);
  const left = others.filter((check) => check.state !== 'outdated');
  return (
    <Alert type={failed || left.length > 0 ? 'warning' : 'success'} role="note">
      <ul>
        {updates.map((update) => (
          <li key={update.caseId}>
            {update.ok
              ? t('admin.macros.updated', { title: update.title })
              : t('admin.macros.failed', { title: update.title, reason: update.reason })}
          </li>
        ))}
        {left.map((check) => (
          <li key={check.caseId}>{checkLine(check)}</li>
        ))}
      </ul>
      {!failed && left.length === 0 && <p>{t('admin.macros.allUpdated')}</p>}
    </Alert>
  );
}

function checkLine(check: MacroCheck): string {
  switch (check.state) {
    case 'outdated':
      return t('admin.macros.differs', { title: check.title, parts: partsText(check.differences) });
    case 'missing':
      return t('admin.macros.missing', { title: check.title });
    case 'unreadable':
      return t('admin.macros.unreadable', { title: check.title, reason: check.reason });
    case 'current':
      return '';
  }
}

function partsText(differences: readonly MacroDifference[]): string {
  const names = differences.map((difference) => t(`admin.macros.part.${difference}`));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
