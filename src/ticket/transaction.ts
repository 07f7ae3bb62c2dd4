/**
 * Runs ticket changes all or nothing: when one fails, the changes already made are reverted in reverse
 * order, so the ticket is left as it was. Also plans Undo, which reverts only what the agent has not
 * changed since (their later edits are never overwritten).
 */
import type { TicketChange, TicketState } from './changes';

export interface TicketPort {
  apply(change: TicketChange): Promise<void>;
}

export type RunResult =
  | { ok: true }
  | { ok: false; failed: TicketChange; error: unknown; rolledBack: boolean; rollbackErrors: unknown[] };

/** The change that puts back what `change` altered, given the state before it. */
export function inverseOf(change: TicketChange, before: TicketState): TicketChange {
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
      return { kind: 'setStatus', status: before.status };
    case 'setAssignee':
      return { kind: 'setAssignee', userId: before.assigneeId };
  }
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
      const rollbackErrors = await revert(port, done, before);
      return { ok: false, failed: change, error, rolledBack: rollbackErrors.length === 0, rollbackErrors };
    }
  }
  return { ok: true };
}

/** Reverts in reverse order, going on past a failure so as much as possible is put back. */
async function revert(
  port: TicketPort,
  done: readonly TicketChange[],
  before: TicketState,
): Promise<unknown[]> {
  const errors: unknown[] = [];
  for (const change of [...done].reverse()) {
    try {
      await port.apply(inverseOf(change, before));
    } catch (error) {
      errors.push(error);
    }
  }
  return errors;
}

export type UndoNotice = { code: 'draft_changed' | 'status_changed' | 'tags_changed' | 'assignee_changed' };

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
  revertIf(
    before.status !== afterApply.status,
    now.status === afterApply.status,
    { kind: 'setStatus', status: before.status },
    { code: 'status_changed' },
  );
  revertIf(
    before.assigneeId !== afterApply.assigneeId,
    now.assigneeId === afterApply.assigneeId,
    { kind: 'setAssignee', userId: before.assigneeId },
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
