/**
 * The ready state: settings problems, the detected case and why, then the reply part (the "Case" picker,
 * the actions, the preview and what happened), and last, for admins, the macros and endpoint list checks.
 * The suggestion follows the conversation; the agent's chosen case stays until they change it.
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
// The settings notice (shown only when the settings have problems; it brings the settings' parser) sits
// above the buttons, so it arrives with them: shown later, it would push them down under the pointer.
const replyPart = () => Promise.all([import('./ReplyPanel'), import('./SettingsNotice')]);
const ReplyPanel = lazy(() => replyPart().then(([panel]) => panel));
const SettingsNotice = lazy(() => replyPart().then(([, notice]) => notice));

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
      {/* Below the buttons: the macros check answers whenever Zendesk does, and a notice appearing above
          them would move them under the admin's pointer. */}
      {loaded.agent.isAdmin && suggestionShown && (
        <Suspense fallback={null}>
          <AdminPanel settingsInput={loaded.settingsInput} today={new Date()} />
        </Suspense>
      )}
    </>
  );
}
