/**
 * The page around the app: the ticket list, the open ticket (properties, conversation, composer) with its
 * Submit bar, and the apps column. It holds none of the session: it draws what it is given and reports
 * the agent's clicks and edits through callbacks.
 */
import { currentAgent, type SessionOptions, type TicketState } from '../host/model';
import { byId, el } from './dom';
import {
  composerView,
  conversationView,
  type EditCallbacks,
  propertiesView,
  STATUS_LABELS,
  ticketListItem,
} from './ticketView';

export interface PageCallbacks extends EditCallbacks {
  open(id: number): void;
  submit(): void;
}

/** What the page draws: every ticket for the list, the open one, and the options it is seen with. */
export interface PageModel {
  tickets: Iterable<TicketState>;
  current: TicketState;
  options: SessionOptions;
}

export interface TicketPage {
  /** Draws the model; the composer only when asked: redrawn under the agent's typing, it loses the caret. */
  render(model: PageModel, withComposer: boolean): void;
  /** The line beside Submit: why the last submit failed, or '' to clear it. */
  say(message: string): void;
  /** Submit is disabled while a submit runs. */
  submitting(isSubmitting: boolean): void;
  /** Puts a newly loaded app's iframe in the apps column, in place of the one before. */
  showApp(frame: HTMLIFrameElement): void;
}

/** Builds the ticket's frame once in `#ticket`; `purposes` label the sample tickets in the list. */
export function ticketPage(purposes: ReadonlyMap<number, string>, callbacks: PageCallbacks): TicketPage {
  const heading = el('h2', { id: 'ticket-subject' });
  const meta = el('p', { class: 'muted' });
  const properties = el('div', { class: 'properties-holder' });
  const conversation = el('div', { class: 'conversation-holder' });
  const composer = el('div', { class: 'composer-holder' });
  const message = el('p', { class: 'submit-message', role: 'alert', 'data-testid': 'submit-message' });
  const submitButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'submit' });
  submitButton.addEventListener('click', () => callbacks.submit());
  byId<HTMLElement>('ticket').replaceChildren(
    el('header', { class: 'ticket-head' }, heading, meta),
    el(
      'div',
      { class: 'ticket-body' },
      properties,
      el(
        'div',
        { class: 'thread' },
        conversation,
        composer,
        el('div', { class: 'footer' }, message, submitButton),
      ),
    ),
  );
  // The conversation is redrawn only when its comments change, so an edit elsewhere keeps its scroll.
  let drawnComments: unknown = null;

  return {
    render({ tickets, current, options }, withComposer) {
      document.body.dataset.scheme = options.colorScheme;
      byId('ticket-list').replaceChildren(
        ...[...tickets].map((ticket) =>
          ticketListItem(ticket, purposes.get(ticket.id) ?? '', ticket.id === current.id, () =>
            callbacks.open(ticket.id),
          ),
        ),
      );
      heading.textContent = current.subject;
      const via = options.channel === 'messaging' ? 'messaging' : 'email';
      meta.textContent = `#${current.id} · via ${via} · ${currentAgent(options).name} (${options.role})`;
      properties.replaceChildren(propertiesView(current, options, callbacks));
      if (drawnComments !== current.comments) {
        conversation.replaceChildren(conversationView(current));
        drawnComments = current.comments;
        // Like the agent workspace, open the conversation at its latest message.
        conversation.scrollTop = conversation.scrollHeight;
      }
      if (withComposer) composer.replaceChildren(composerView(current, options, callbacks));
      submitButton.textContent = `Submit as ${STATUS_LABELS[current.status]}`;
    },
    say(text) {
      message.textContent = text;
    },
    submitting(isSubmitting) {
      submitButton.disabled = isSubmitting;
    },
    showApp(frame) {
      byId('app-frame-holder').replaceChildren(frame);
    },
  };
}
