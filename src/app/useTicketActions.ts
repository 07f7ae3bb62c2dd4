/**
 * The three buttons: "Apply reply", "Insert text only" and "Undo". Each reads the ticket fresh at the
 * click, plans with the pure planners, and runs the changes all or nothing. Nothing here decides what to
 * change; it only dispatches and remembers what to tell the agent.
 */
import { useCallback, useState } from 'react';
import type { Reply } from '../compose/compose';
import type { CaseId } from '../routine/cases';
import type { ApplyNotice, TicketChange, TicketState } from '../ticket/changes';
import { duplicateOf, planApply, planInsert, replyFormat, type PlanInput } from '../ticket/plan';
import { planUndo, type RunResult, runChanges, type UndoNotice } from '../ticket/transaction';
import { readState, ticketPort, type LoadedTicket } from '../zendesk/adapter';
import type { ZafClient } from '../zendesk/client';

export type Outcome =
  | { kind: 'applied' | 'inserted' | 'undone'; notices: (ApplyNotice | UndoNotice)[] }
  | { kind: 'duplicate'; code: 'already_in_draft' | 'already_sent'; caseId: CaseId }
  | { kind: 'failed'; failed: TicketChange; error: unknown; rolledBack: boolean }
  | { kind: 'error'; error: unknown };

type Action = 'apply' | 'insert';

interface Applied {
  before: TicketState;
  afterApply: TicketState;
}

export interface TicketActions {
  busy: boolean;
  outcome: Outcome | null;
  canUndo: boolean;
  apply(): void;
  insert(): void;
  undo(): void;
}

export function useTicketActions(
  client: ZafClient,
  loaded: LoadedTicket,
  reply: Reply,
  detectedCaseId?: CaseId,
): TicketActions {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  // The action and case the agent was warned about: the same click again confirms it.
  const [warned, setWarned] = useState<string | null>(null);

  const run = useCallback(
    async (action: Action) => {
      const { ticketId } = loaded;
      const before = await readState(client, ticketId);
      const input: PlanInput = {
        reply,
        state: before,
        agent: loaded.agent,
        settings: loaded.settings,
        format: replyFormat(loaded.richText, loaded.channel),
        sentReplies: loaded.sentReplies,
        detectedCaseId,
      };
      const duplicate = duplicateOf(input);
      const confirmation = `${action}:${reply.caseId}`;
      if (duplicate !== null && warned !== confirmation) {
        setWarned(confirmation);
        setOutcome({ kind: 'duplicate', code: duplicate, caseId: reply.caseId });
        return;
      }
      setWarned(null);
      const plan = action === 'apply' ? planApply(input) : planInsert(input);
      const result = await runChanges(ticketPort(client, ticketId), plan.changes, before);
      if (!result.ok) return setOutcome(failure(result));
      setOutcome({ kind: action === 'apply' ? 'applied' : 'inserted', notices: plan.notices });
      // What the apply left, as Zendesk reports it: Undo puts back only what is still so. When that
      // cannot be read, Undo is not offered rather than guessed.
      const afterApply = await readState(client, ticketId).catch(() => null);
      setApplied(afterApply && { before, afterApply });
    },
    [client, loaded, reply, warned, detectedCaseId],
  );

  const undo = useCallback(async () => {
    if (!applied) return;
    const now = await readState(client, loaded.ticketId);
    const plan = planUndo(applied.before, applied.afterApply, now);
    const result = await runChanges(ticketPort(client, loaded.ticketId), plan.changes, now);
    if (!result.ok) return setOutcome(failure(result));
    setApplied(null);
    setOutcome({ kind: 'undone', notices: plan.notices });
  }, [applied, client, loaded.ticketId]);

  const guard = useCallback((task: () => Promise<void>) => {
    setBusy(true);
    task()
      .catch((error: unknown) => setOutcome({ kind: 'error', error }))
      .finally(() => setBusy(false));
  }, []);

  // A warning about another case's reply no longer applies once the agent picked a different case.
  const stale = outcome?.kind === 'duplicate' && outcome.caseId !== reply.caseId;
  return {
    busy,
    outcome: stale ? null : outcome,
    canUndo: applied !== null,
    apply: () => guard(() => run('apply')),
    insert: () => guard(() => run('insert')),
    undo: () => guard(undo),
  };
}

/** What the agent is told when a run failed: the step, the error, and whether the ticket was put back. */
function failure(result: Extract<RunResult, { ok: false }>): Outcome {
  return { kind: 'failed', failed: result.failed, error: result.error, rolledBack: result.rolledBack };
}
