/**
 * The ready state: settings problems, the detected case and why, then the reply part (the "Case" picker,
 * the actions, the preview and what happened). The suggestion follows the conversation; the agent's
 * chosen case stays until they change it.
 *
 * The suggestion renders first: the reply part is its own chunk, loaded once the suggestion is on screen
 * (`npm run bench -- startup` measures both moments).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { detect } from '../detect/detect';
import type { CaseId } from '../routine/cases';
import type { LoadedTicket } from '../zendesk/adapter';
import { CaseSummary } from './CaseSummary';
import { useAfterFirstPaint } from './useAfterFirstPaint';

// Admins only: its own chunk, so agents neither download nor run it (and make no macro request).
const AdminPanel = lazy(() => import('./admin/AdminPanel'));
const ReplyPanel = lazy(() => import('./ReplyPanel'));
// Shows nothing unless the settings have problems, which is rare; it brings the settings' parser.
const SettingsNotice = lazy(() => import('./SettingsNotice'));

interface SidebarProps {
  loaded: LoadedTicket;
  refreshFailed: boolean;
}

export function Sidebar({ loaded, refreshFailed }: SidebarProps) {
  const detection = useMemo(() => detect(loaded.ticket), [loaded.ticket]);
  const [override, setOverride] = useState<CaseId | null>(null);
  const suggestionShown = useAfterFirstPaint();

  return (
    <>
      {/* Settings problems first: an admin must not have to scroll past a long preview to find them. */}
      {suggestionShown && (
        <Suspense fallback={null}>
          <SettingsNotice loaded={loaded} />
        </Suspense>
      )}
      {loaded.agent.isAdmin && suggestionShown && (
        <Suspense fallback={null}>
          <AdminPanel settingsInput={loaded.settingsInput} today={new Date()} />
        </Suspense>
      )}
      <CaseSummary detection={detection} />
      {suggestionShown && (
        <Suspense fallback={null}>
          <ReplyPanel
            loaded={loaded}
            refreshFailed={refreshFailed}
            detected={detection.caseId}
            override={override}
            onOverride={setOverride}
          />
        </Suspense>
      )}
    </>
  );
}
