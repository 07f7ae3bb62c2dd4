/**
 * Runs ticket changes all or nothing: when one fails, the changes already made are reverted in reverse
 * order, so the ticket is left as it was. Also plans Undo, which reverts only what the agent has not
 * changed since (their later edits are never overwritten).
 *
 * One thing cannot be put back: Zendesk sets a saved ticket to open, pending, hold or solved, never back
 * to New (or Closed). Rollback and Undo put back everything else and say that the status stays.
 */
import { isSettableStatus, type TicketChange, type TicketState, type TicketStatus } from './changes';

export interface TicketPort {
  apply(change: TicketChange): Promise<void>;
}

export type RunResult =
  | { ok: true }
  | {
      ok: false;
      failed: TicketChange;
      error: unknown;
      rolledBack: boolean;
      rollbackErrors: unknown[];
      /** Set when the status was changed before the failure and cannot go back to what it was. */
      statusKept?: TicketStatus;
    };

/**
 * The change that puts back what `change` altered, given the state before it; null when Zendesk cannot
 * put it back (a status of New or Closed).
 */
export function inverseOf(change: TicketChange, before: TicketState): TicketChange | null {
  switch (change.kind) {
    case 'appendToDraft':
    case 'setDraft':
      return { kind: 'setDraft', content: before.draft };
    case 'setCommentType':
      return { kind: 'setCommentType', commentType: before.commentType };
    case 'addTags':
    case 'setTags':
      return { kind: 'setTags', tags: before.tags };
    case 'setStatus':
      return isSettableStatus(before.status) ? { kind: 'setStatus', status: before.status } : null;
    case 'setAssignee':
      return assigneeOf(before, change.groupId);
  }
}

/**
 * The change that gives the ticket `state`'s assignee back. A ticket that had no group keeps the group
 * it was assigned within (`groupSince`): Zendesk unassigns a user by setting the group alone.
 */
function assigneeOf(state: TicketState, groupSince: number | null): TicketChange {
  return { kind: 'setAssignee', userId: state.assigneeId, groupId: state.assigneeGroupId ?? groupSince };
}

export async function runChanges(
  port: TicketPort,
  changes: readonly TicketChange[],
  before: TicketState,
): Promise<RunResult> {
  const done: TicketChange[] = [];
  for (const change of changes) {
    try {
      await port.apply(change);
      done.push(change);
    } catch (error) {
      const { errors, statusKept } = await revert(port, done, before);
      const result: RunResult = {
        ok: false,
        failed: change,
        error,
        rolledBack: errors.length === 0,
        rollbackErrors: errors,
      };
      if (statusKept) result.statusKept = statusKept;
      return result;
    }
  }
  return { ok: true };
}

/** Reverts in reverse order, going on past a failure so as much as possible is put back. */
async function revert(
  port: TicketPort,
  done: readonly TicketChange[],
  before: TicketState,
): Promise<{ errors: unknown[]; statusKept?: TicketStatus }> {
  const errors: unknown[] = [];
  let statusKept: TicketStatus | undefined;
  for (const change of [...done].reverse()) {
    const inverse = inverseOf(change, before);
    if (inverse === null) {
      if (change.kind === 'setStatus') statusKept = change.status;
      continue;
    }
    try {
      await port.apply(inverse);
    } catch (error) {
      errors.push(error);
    }
  }
  return statusKept ? { errors, statusKept } : { errors };
}

export interface Unapplied {
  change: TicketChange;
  error: unknown;
}

/**
 * Runs every change, going on past a failure: Undo puts back what it can (the draft matters most) rather
 * than nothing when one field is refused. Returns the changes that failed.
 */
export async function runEach(port: TicketPort, changes: readonly TicketChange[]): Promise<Unapplied[]> {
  const failed: Unapplied[] = [];
  for (const change of changes) {
    try {
      await port.apply(change);
    } catch (error) {
      failed.push({ change, error });
    }
  }
  return failed;
}

export type UndoNotice = {
  code: 'draft_changed' | 'status_changed' | 'tags_changed' | 'assignee_changed' | 'status_kept_new';
};

/**
 * Undo after a successful apply: each field goes back to `before` only if it still holds what the apply
 * left (`afterApply`); a field the agent has changed since is left alone and reported.
 */
export function planUndo(
  before: TicketState,
  afterApply: TicketState,
  now: TicketState,
): { changes: TicketChange[]; notices: UndoNotice[] } {
  const changes: TicketChange[] = [];
  const notices: UndoNotice[] = [];
  const revertIf = (touched: boolean, untouchedSince: boolean, change: TicketChange, notice?: UndoNotice) => {
    if (!touched) return;
    if (untouchedSince) changes.push(change);
    else if (notice) notices.push(notice);
  };
  // Reverse of the order applying uses: status before assignee, so a solved ticket never loses its assignee first.
  const statusTouched = before.status !== afterApply.status;
  const statusKept = statusTouched && !isSettableStatus(before.status) && now.status === afterApply.status;
  if (statusKept) {
    notices.push({ code: 'status_kept_new' });
  } else {
    revertIf(
      statusTouched,
      now.status === afterApply.status,
      { kind: 'setStatus', status: before.status },
      { code: 'status_changed' },
    );
  }
  // A status that stays Solved keeps its assignee: Zendesk solves only assigned tickets.
  revertIf(
    before.assigneeId !== afterApply.assigneeId && !(statusKept && afterApply.status === 'solved'),
    now.assigneeId === afterApply.assigneeId,
    assigneeOf(before, afterApply.assigneeGroupId ?? null),
    { code: 'assignee_changed' },
  );
  revertIf(
    !sameTags(before.tags, afterApply.tags),
    sameTags(now.tags, afterApply.tags),
    { kind: 'setTags', tags: before.tags },
    { code: 'tags_changed' },
  );
  revertIf(before.commentType !== afterApply.commentType, now.commentType === afterApply.commentType, {
    kind: 'setCommentType',
    commentType: before.commentType,
  });
  revertIf(
    before.draft !== afterApply.draft,
    now.draft === afterApply.draft,
    { kind: 'setDraft', content: before.draft },
    { code: 'draft_changed' },
  );
  return { changes, notices };
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((tag) => set.has(tag));
}
