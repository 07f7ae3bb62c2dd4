/**
 * The ticket view's parts, built from the model: properties (requester, assignee, tags, status), the
 * conversation (sanitized HTML), and the composer (rich text or plain). Components only render and report
 * the agent's edits through callbacks; the controller owns the state.
 */
import { assignableAgents, findAgent } from '../fixtures/people';
import type { SampleComment, TicketStatus } from '../fixtures/tickets';
import type { CommentType, SessionOptions, TicketState } from '../host/model';
import { usesRichText } from '../host/model';
import { normalizeTags, settableStatuses } from '../host/paths';
import { el, labelled, select } from './dom';
import { sanitizeHtml, sanitizedMarkup } from './sanitize';

export const STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending',
  hold: 'On-hold',
  solved: 'Solved',
  closed: 'Closed',
};

export interface EditCallbacks {
  /** The agent changed a property or the draft; `typing` edits must not re-render the composer. */
  edit(update: (current: TicketState) => TicketState, typing?: boolean): void;
}

export function ticketListItem(
  state: TicketState,
  purpose: string,
  current: boolean,
  open: () => void,
): HTMLElement {
  const button = el(
    'button',
    { type: 'button', 'data-ticket-id': String(state.id), 'aria-current': current ? 'page' : undefined },
    el('span', { class: 'ticket-subject' }, state.subject),
    el('span', { class: 'ticket-meta' }, `#${state.id} · ${state.requester.name} · ${purpose}`),
    // The list shows the ticket as saved: a status picked in the form counts only once submitted.
    el('span', { class: `status status-${state.savedStatus}` }, STATUS_LABELS[state.savedStatus]),
  );
  button.addEventListener('click', open);
  return el('li', {}, button);
}

export function propertiesView(
  state: TicketState,
  options: SessionOptions,
  callbacks: EditCallbacks,
): HTMLElement {
  const lightAgent = options.role === 'light-agent';
  const assignee = select(
    [
      { value: '', label: '- Unassigned -' },
      ...assignableAgents().map((a) => ({ value: String(a.id), label: a.name })),
    ],
    state.assigneeId === null ? '' : String(state.assigneeId),
  );
  assignee.disabled = lightAgent;
  assignee.dataset.testid = 'assignee';
  assignee.addEventListener('change', () =>
    callbacks.edit((current) => ({
      ...current,
      assigneeId: assignee.value === '' ? null : Number(assignee.value),
    })),
  );

  const status = select(
    (['new', 'open', 'pending', 'hold', 'solved'] as const).map((value) => ({
      value,
      label: STATUS_LABELS[value],
      disabled: !settableStatuses(state).includes(value),
    })),
    state.status,
  );
  status.disabled = lightAgent;
  status.dataset.testid = 'status';
  status.addEventListener('change', () =>
    callbacks.edit((current) => ({ ...current, status: status.value as TicketStatus })),
  );

  return el(
    'section',
    { class: 'properties', 'aria-label': 'Ticket properties' },
    el(
      'div',
      { class: 'field' },
      el('span', { class: 'label' }, 'Requester'),
      el('span', { 'data-testid': 'requester' }, state.requester.name),
    ),
    labelled('Assignee', assignee),
    tagsEditor(state, callbacks),
    labelled('Status', status),
  );
}

function tagsEditor(state: TicketState, callbacks: EditCallbacks): HTMLElement {
  const input = el('input', {
    type: 'text',
    // Short enough for the narrowest properties column; the label and title say how to add one.
    placeholder: 'Add a tag',
    title: 'Type a tag and press Enter',
    'data-testid': 'tag-input',
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || input.value.trim() === '') return;
    event.preventDefault();
    callbacks.edit((current) => ({ ...current, tags: normalizeTags([...current.tags, input.value]) }));
  });
  const chips = state.tags.map((tag) => {
    const remove = el('button', { type: 'button', 'aria-label': `Remove tag ${tag}` }, '×');
    remove.addEventListener('click', () =>
      callbacks.edit((current) => ({ ...current, tags: current.tags.filter((t) => t !== tag) })),
    );
    return el('li', { class: 'tag' }, el('span', {}, tag), remove);
  });
  return el(
    'div',
    { class: 'field' },
    labelled('Tags', input),
    el('ul', { class: 'tags', 'data-testid': 'tags', 'aria-label': 'Tags on the ticket' }, ...chips),
  );
}

export function conversationView(state: TicketState): HTMLElement {
  return el(
    'ol',
    { class: 'conversation', 'aria-label': 'Conversation' },
    ...state.comments.map((comment) => commentView(comment, state)),
  );
}

function commentView(comment: SampleComment, state: TicketState): HTMLElement {
  const author =
    comment.author === 'requester' ? state.requester.name : (findAgent(comment.author)?.name ?? 'Agent');
  const body = el('div', { class: 'comment-body' });
  body.append(sanitizeHtml(comment.html));
  return el(
    'li',
    { class: comment.public ? 'comment' : 'comment internal', 'data-comment-id': String(comment.id) },
    el(
      'div',
      { class: 'comment-head' },
      el('strong', {}, author),
      comment.public ? null : el('span', { class: 'badge' }, 'Internal note'),
    ),
    body,
  );
}

export function composerView(
  state: TicketState,
  options: SessionOptions,
  callbacks: EditCallbacks,
): HTMLElement {
  const lightAgent = options.role === 'light-agent';
  const type = select(
    [
      { value: 'publicReply', label: 'Public reply', disabled: lightAgent },
      { value: 'internalNote', label: 'Internal note' },
    ],
    state.draft.type,
  );
  type.dataset.testid = 'comment-type';
  type.addEventListener('change', () =>
    callbacks.edit((current) => ({
      ...current,
      draft: { ...current.draft, type: type.value as CommentType },
    })),
  );
  const editor = usesRichText(options) ? richEditor(state, callbacks) : plainEditor(state, callbacks);
  return el(
    'section',
    { class: `composer ${state.draft.type === 'internalNote' ? 'internal' : ''}`, 'aria-label': 'Composer' },
    labelled('Reply type', type),
    editor,
  );
}

function richEditor(state: TicketState, callbacks: EditCallbacks): HTMLElement {
  const editor = el('div', {
    class: 'editor',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Comment (rich text)',
    'data-testid': 'composer',
  });
  editor.append(sanitizeHtml(state.draft.text));
  editor.addEventListener('input', () => {
    // Read back through the sanitizer: pasted markup is as untrusted as ticket HTML.
    callbacks.edit(
      (current) => ({ ...current, draft: { ...current.draft, text: sanitizedMarkup(editor.innerHTML) } }),
      true,
    );
  });
  return editor;
}

function plainEditor(state: TicketState, callbacks: EditCallbacks): HTMLElement {
  const editor = el('textarea', {
    class: 'editor',
    'aria-label': 'Comment (plain text)',
    'data-testid': 'composer',
  });
  editor.value = state.draft.text;
  editor.addEventListener('input', () =>
    callbacks.edit((current) => ({ ...current, draft: { ...current.draft, text: editor.value } }), true),
  );
  return editor;
}
