/**
 * The three buttons: "Apply reply", "Insert text only" and "Undo". Each reads the ticket fresh at the
 * click, plans with the pure planners, and runs the changes all or nothing. Nothing here decides what to
 * change; it only dispatches and remembers what to tell the agent.
 *
 * Once the agent submits the ticket the reply is sent: the outcome and Undo go away, so nothing on the
 * ticket is changed after a submit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reply } from '../compose/compose';
import type { CaseId } from '../routine/cases';
import { settingsOf } from '../routine/settings';
import type { ApplyNotice, TicketChange, TicketState, TicketStatus } from '../ticket/changes';
import { copiesSent, duplicateOf, planApply, planInsert, replyFormat, type PlanInput } from '../ticket/plan';
import {
  planUndo,
  type RunResult,
  runChanges,
  runEach,
  type Unapplied,
  type UndoNotice,
} from '../ticket/transaction';
import { completeTicket, type LoadedTicket } from '../zendesk/adapter';
import type { ZafClient } from '../zendesk/client';
import { onSubmitted, readClickState, readState, ticketPort } from '../zendesk/ticketActions';

export type Outcome =
  | { kind: 'applied' | 'inserted'; notices: ApplyNotice[] }
  | { kind: 'undone'; notices: UndoNotice[]; unapplied: Unapplied[] }
  | { kind: 'duplicate'; code: 'already_in_draft' | 'already_sent'; caseId: CaseId }
  | { kind: 'failed'; failed: TicketChange; error: unknown; rolledBack: boolean; statusKept?: TicketStatus }
  | { kind: 'error'; error: unknown };

type Action = 'apply' | 'insert';

interface Applied {
  before: TicketState;
  afterApply: TicketState;
  /** How many sent comments held this reply when it went in: one more means it was sent. */
  sentCopies: number;
  reply: Reply;
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
  // What the REST API adds (public comments, light agent), fetched at most once per reading.
  const completed = useRef<{ of: LoadedTicket; promise: Promise<LoadedTicket> } | null>(null);
  const complete = useCallback((): Promise<LoadedTicket> => {
    if (loaded.complete) return Promise.resolve(loaded);
    if (completed.current?.of !== loaded) {
      completed.current = { of: loaded, promise: completeTicket(client, loaded) };
    }
    return completed.current.promise;
  }, [client, loaded]);

  const forget = useCallback(() => {
    setApplied(null);
    setOutcome(null);
    setWarned(null);
  }, []);
  // After a submit the reply is in the conversation: there is nothing left to undo or report.
  useEffect(() => onSubmitted(client, forget), [client, forget]);
  // The conversation shows the reply as sent (one more sent copy than when it went in): the same. Counted
  // on a complete reading only: before it, internal notes count as sent. Adjusted during render, as React
  // recommends for state that follows a prop.
  if (applied && loaded.complete && copiesSent(applied.reply, loaded.sentReplies) > applied.sentCopies) {
    setApplied(null);
    setOutcome(null);
  }

  const run = useCallback(
    async (action: Action) => {
      const { ticketId } = loaded;
      const [known, click] = await Promise.all([complete(), readClickState(client, ticketId)]);
      const before = click.state;
      const input: PlanInput = {
        reply,
        state: before,
        agent: known.agent,
        settings: settingsOf(known.settingsInput).settings,
        // The agent may have switched the composer since the ticket was read.
        format: replyFormat(click.richText, click.channel ?? known.channel),
        sentReplies: known.sentReplies,
        detectedCaseId,
      };
      const duplicate = duplicateOf(input);
      const confirmation = `${action}:${reply.caseId}`;
      // Apply after Insert does the rest of the routine; it does not add the reply a second time.
      const restOfRoutine = action === 'apply' && duplicate === 'already_in_draft';
      if (duplicate !== null && !restOfRoutine && warned !== confirmation) {
        setWarned(confirmation);
        setOutcome({ kind: 'duplicate', code: duplicate, caseId: reply.caseId });
        return;
      }
      setWarned(null);
      const plan =
        action === 'apply' ? planApply({ ...input, replyInDraft: restOfRoutine }) : planInsert(input);
      const result = await runChanges(ticketPort(client, ticketId), plan.changes, before);
      if (!result.ok) return setOutcome(failure(result));
      setOutcome({ kind: action === 'apply' ? 'applied' : 'inserted', notices: plan.notices });
      // What the apply left, as Zendesk reports it: Undo puts back only what is still so. When that
      // cannot be read, Undo is not offered rather than guessed.
      const afterApply = await readState(client, ticketId).catch(() => null);
      setApplied(
        afterApply && { before, afterApply, reply, sentCopies: copiesSent(reply, known.sentReplies) },
      );
    },
    [client, complete, loaded, reply, warned, detectedCaseId],
  );

  const undo = useCallback(async () => {
    if (!applied) return;
    const now = await readState(client, loaded.ticketId);
    const plan = planUndo(applied.before, applied.afterApply, now);
    // Undo puts back what it can: a field Zendesk refuses does not keep the draft from coming back.
    const unapplied = await runEach(ticketPort(client, loaded.ticketId), plan.changes);
    setApplied(null);
    setOutcome({ kind: 'undone', notices: plan.notices, unapplied });
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
  const outcome: Outcome = {
    kind: 'failed',
    failed: result.failed,
    error: result.error,
    rolledBack: result.rolledBack,
  };
  if (result.statusKept) outcome.statusKept = result.statusKept;
  return outcome;
}
