/**
 * What follows the suggestion: the "Case" picker, the buttons, the reply preview and what the sidebar
 * worked without. The first suggestion needs none of it, so it is its own chunk (Garden's forms, the
 * composition, the planners and undo), loaded once the suggestion is on screen (see Sidebar).
 */
import { useMemo } from 'react';
import { compose } from '../compose/compose';
import type { CaseId } from '../routine/cases';
import { settingsOf } from '../routine/settings';
import { replyFormat } from '../ticket/plan';
import type { LoadedTicket } from '../zendesk/adapter';
import { ActionBar } from './ActionBar';
import { CasePicker } from './CasePicker';
import { useClient } from './ClientProvider';
import { ReadWarnings } from './ReadWarnings';
import { ReplyPreview } from './ReplyPreview';
import { useTicketActions } from './useTicketActions';

interface ReplyPanelProps {
  loaded: LoadedTicket;
  refreshFailed: boolean;
  /** The case detection found. */
  detected: CaseId;
  /** The case the agent picked instead, if any: the Sidebar keeps it across readings. */
  override: CaseId | null;
  onOverride(caseId: CaseId | null): void;
}

export default function ReplyPanel({
  loaded,
  refreshFailed,
  detected,
  override,
  onOverride,
}: ReplyPanelProps) {
  const client = useClient();
  const caseId = override ?? detected;
  const { settings } = settingsOf(loaded.settingsInput);
  const reply = useMemo(
    () => compose(caseId, settings, { requesterName: loaded.ticket.requester?.name }),
    [caseId, settings, loaded.ticket.requester?.name],
  );
  const actions = useTicketActions(client, loaded, reply, detected);

  return (
    <>
      <CasePicker
        detected={detected}
        value={caseId}
        onChange={(next) => onOverride(next === detected ? null : next)}
      />
      {/* The buttons before the preview: a long reply must not push them out of sight. */}
      <ActionBar actions={actions} hasReply={reply.lines.length > 0} />
      <ReplyPreview reply={reply} format={replyFormat(loaded.richText, loaded.channel)} />
      <ReadWarnings loaded={loaded} refreshFailed={refreshFailed} />
    </>
  );
}
