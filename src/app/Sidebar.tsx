/**
 * The ready state: the detected case and why, the "Case" picker, the reply preview, the actions and what
 * happened. The suggestion follows the conversation; the agent's chosen case stays until they change it.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { compose } from '../compose/compose';
import { detect } from '../detect/detect';
import type { CaseId } from '../routine/cases';
import { replyFormat } from '../ticket/plan';
import type { LoadedTicket } from '../zendesk/adapter';
import { ActionBar } from './ActionBar';
import { CasePicker } from './CasePicker';
import { CaseSummary } from './CaseSummary';
import { useClient } from './ClientProvider';
import { ReadWarnings } from './ReadWarnings';
import { ReplyPreview } from './ReplyPreview';
import { useTicketActions } from './useTicketActions';

// Admins only: its own chunk, so agents neither download nor run it (and make no macro request).
const AdminPanel = lazy(() => import('./admin/AdminPanel'));

interface SidebarProps {
  loaded: LoadedTicket;
  refreshFailed: boolean;
}

export function Sidebar({ loaded, refreshFailed }: SidebarProps) {
  const client = useClient();
  const detection = useMemo(() => detect(loaded.ticket), [loaded.ticket]);
  const [override, setOverride] = useState<CaseId | null>(null);
  const caseId = override ?? detection.caseId;
  const reply = useMemo(
    () => compose(caseId, loaded.settings, { requesterName: loaded.ticket.requester?.name }),
    [caseId, loaded.settings, loaded.ticket.requester?.name],
  );
  const actions = useTicketActions(client, loaded, reply);

  return (
    <>
      {loaded.agent.isAdmin && (
        <Suspense fallback={null}>
          <AdminPanel settings={loaded.settings} today={new Date()} />
        </Suspense>
      )}
      <CaseSummary detection={detection} />
      <CasePicker
        detected={detection.caseId}
        value={caseId}
        onChange={(next) => setOverride(next === detection.caseId ? null : next)}
      />
      {/* The buttons before the preview: a long reply must not push them out of sight. */}
      <ActionBar actions={actions} hasReply={reply.lines.length > 0} />
      <ReplyPreview reply={reply} format={replyFormat(loaded.richText, loaded.channel)} />
      <ReadWarnings loaded={loaded} refreshFailed={refreshFailed} />
    </>
  );
}
