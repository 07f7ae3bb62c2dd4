/**
 * The workspace page: a ticket view around the app's iframe. It owns the session (tickets, options,
 * faults), renders the ticket, and connects the iframe to the ZAF host. Tests drive it through the page
 * and read it through `window.__workspace` and `window.__zafLog`.
 */
import { AGENT_ROLES, type AgentRole, ACCOUNT } from '../fixtures/people';
import { sampleTickets } from '../fixtures/tickets';
import { type Faults, noFaults } from '../host/faults';
import { currentAgent, openTicket, type SessionOptions, type TicketState, zafTicket } from '../host/model';
import { type HostEffect, textToHtml } from '../host/paths';
import { type LogEntry, type Registration, ZafHost } from '../host/protocol';
import { convertDraft, submitProblem, submitted, withRequesterReply } from '../host/ticketOps';
import { byId, el } from './dom';
import { installedMacros, type StoredMacro } from '../host/macros';
import { type AppDescription, defaultSettings, renderPanel } from './panel';
import { toast } from './toasts';
import { composerView, conversationView, propertiesView, STATUS_LABELS, ticketListItem } from './ticketView';

export interface Notification {
  message: string;
  level: string;
}

/** What tests (and curious people in the console) can read and drive. */
export interface WorkspaceApi {
  /** The open ticket as the workspace holds it (draft included). */
  state(): TicketState;
  /** The open ticket as ZAF shows it to the app. */
  zafTicket(): unknown;
  options(): SessionOptions;
  faults: Faults;
  openTicket(id: number): void;
  setOptions(change: Partial<SessionOptions>): void;
  addRequesterComment(html: string): void;
  emit(event: string, payload?: unknown): void;
  subscribers(event: string): number;
  /** URLs the app asked Zendesk's proxy to fetch outside Zendesk (refused). */
  externalRequests: string[];
  /** Every notify the app sent, in order. */
  notifications: Notification[];
  /** How many times the app's iframe was (re)loaded; the guid of the current one. */
  loads: number;
  appGuid: string;
  /** When the current app iframe was created (performance.timeOrigin + performance.now(), in ms). */
  appStartedAt: number;
  submit(): Promise<void>;
  /** The account's macros (the app's requirements), as REST would give them. */
  macros(): StoredMacro[];
}

declare global {
  interface Window {
    __zafLog: LogEntry[];
    __workspace: WorkspaceApi;
  }
}

const APP_ID = 1_000_001;
const INSTALLATION_ID = 2_000_001;

/** The app runs on the other loopback name: cross-origin, as in Zendesk. */
function appOriginFor(location: Location): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}`;
}

function initialOptions(params: URLSearchParams, app: AppDescription): SessionOptions {
  const role = params.get('role');
  return {
    role: AGENT_ROLES.includes(role as AgentRole) ? (role as AgentRole) : 'agent',
    channel: params.get('channel') === 'messaging' ? 'messaging' : 'email',
    colorScheme: params.get('scheme') === 'dark' ? 'dark' : 'light',
    settings: defaultSettings(app),
  };
}

async function start(): Promise<void> {
  const app = (await (await fetch('/workspace/app.json')).json()) as AppDescription;
  const params = new URLSearchParams(location.search);
  const appOrigin = appOriginFor(location);
  const samples = sampleTickets();
  const purposes = new Map(samples.map((sample) => [sample.id, sample.purpose]));
  let options = initialOptions(params, app);
  const tickets = new Map(samples.map((sample) => [sample.id, openTicket(sample, options)]));
  const requested = Number(params.get('ticket'));
  let currentId = tickets.has(requested) ? requested : (samples[0]?.id ?? 0);
  const faults = noFaults();
  let host: ZafHost | null = null;
  let frame: HTMLIFrameElement | null = null;
  let typing = false;
  let renderedComments: unknown = null;

  const current = (): TicketState => {
    const state = tickets.get(currentId);
    if (!state) throw new Error(`No ticket #${currentId}`);
    return state;
  };
  const api: WorkspaceApi = {
    state: () => structuredClone(current()),
    zafTicket: () => zafTicket(current(), options),
    options: () => structuredClone(options),
    faults,
    openTicket: (id) => open(id),
    setOptions: (change) => applyOptions({ ...options, ...change }),
    addRequesterComment: (html) => requesterReply(html),
    emit: (event, payload) => host?.emit(event, payload),
    subscribers: (event) => host?.subscriberCount(event) ?? 0,
    externalRequests: [],
    notifications: [],
    loads: 0,
    appGuid: '',
    appStartedAt: 0,
    submit: () => submit(),
    macros: () => structuredClone([...installedMacros.macros.values()]),
  };
  window.__workspace = api;
  window.__zafLog = [];

  const ticketMain = byId<HTMLElement>('ticket');
  const heading = el('h2', { id: 'ticket-subject' });
  const meta = el('p', { class: 'muted' });
  const properties = el('div', { class: 'properties-holder' });
  const conversation = el('div', { class: 'conversation-holder' });
  const composer = el('div', { class: 'composer-holder' });
  const message = el('p', { class: 'submit-message', role: 'alert', 'data-testid': 'submit-message' });
  const submitButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'submit' });
  submitButton.addEventListener('click', () => void submit());
  ticketMain.replaceChildren(
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

  const edit = (update: (state: TicketState) => TicketState, isTyping = false): void => {
    message.textContent = '';
    typing = isTyping;
    try {
      if (host) host.change(update(current()), 'agent');
      else commit(update(current()));
    } finally {
      typing = false;
    }
  };

  function commit(next: TicketState): void {
    tickets.set(next.id, next);
    render(!typing);
  }

  function render(withComposer: boolean): void {
    const state = current();
    document.body.dataset.scheme = options.colorScheme;
    byId('ticket-list').replaceChildren(
      ...[...tickets.values()].map((ticket) =>
        ticketListItem(ticket, purposes.get(ticket.id) ?? '', ticket.id === currentId, () => open(ticket.id)),
      ),
    );
    heading.textContent = state.subject;
    meta.textContent = `#${state.id} · via ${options.channel === 'messaging' ? 'messaging' : 'email'} · ${currentAgent(options).name} (${options.role})`;
    properties.replaceChildren(propertiesView(state, options, { edit }));
    if (renderedComments !== state.comments) {
      conversation.replaceChildren(conversationView(state));
      renderedComments = state.comments;
      // Like the agent workspace, open the conversation at its latest message.
      conversation.scrollTop = conversation.scrollHeight;
    }
    if (withComposer) composer.replaceChildren(composerView(state, options, { edit }));
    submitButton.textContent = `Submit as ${STATUS_LABELS[state.status]}`;
  }

  function loadApp(): void {
    const guid = crypto.randomUUID();
    const registration: Registration = {
      metadata: {
        appId: APP_ID,
        installationId: INSTALLATION_ID,
        name: app.name,
        version: app.version,
        settings: { title: app.name, ...options.settings },
      },
      context: {
        instanceGuid: guid,
        product: 'support',
        account: { subdomain: ACCOUNT.subdomain },
        location: 'ticket_sidebar',
        ticketId: currentId,
      },
    };
    const next = el('iframe', {
      title: `${app.name} app`,
      'data-testid': 'app-frame',
      src: `${appOrigin}/assets/iframe.html?origin=${encodeURIComponent(location.origin)}&app_guid=${guid}`,
    });
    next.style.height = '160px';
    const created = new ZafHost(
      {
        post: (payload) => next.contentWindow?.postMessage(payload, appOrigin),
        state: current,
        options: () => options,
        commit,
        effect: (effect) => applyEffect(effect, next),
        externalRequest: (url) => api.externalRequests.push(url),
        now: () => performance.timeOrigin + performance.now(),
      },
      registration,
      faults,
    );
    host = created;
    frame = next;
    window.__zafLog = created.log;
    api.loads += 1;
    api.appGuid = guid;
    api.appStartedAt = performance.timeOrigin + performance.now();
    byId('app-frame-holder').replaceChildren(next);
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    host?.receive(event.data);
  });

  function applyEffect(effect: HostEffect, target: HTMLIFrameElement): void {
    if (effect.kind === 'resize') {
      if (effect.height) target.style.height = effect.height;
      return;
    }
    api.notifications.push({ message: effect.message, level: effect.level });
    toast(effect.message, effect.level, effect.durationMs ?? 8000);
  }

  function open(id: number): void {
    if (!tickets.has(id) || id === currentId) return;
    currentId = id;
    message.textContent = '';
    updateUrl();
    render(true);
    loadApp();
  }

  function applyOptions(next: SessionOptions): void {
    const before = options;
    options = next;
    if (next.channel !== before.channel || next.role !== before.role) {
      for (const [id, ticket] of tickets) tickets.set(id, convertDraft(ticket, before, next));
    }
    updateUrl();
    render(true);
    const onlyScheme =
      next.role === before.role &&
      next.channel === before.channel &&
      JSON.stringify(next.settings) === JSON.stringify(before.settings);
    if (onlyScheme && next.colorScheme !== before.colorScheme && host?.announceColorScheme(next.colorScheme))
      return;
    if (!onlyScheme || next.colorScheme !== before.colorScheme) loadApp();
  }

  function requesterReply(html: string): void {
    host?.change(withRequesterReply(current(), html, nextCommentId()), 'requester');
  }

  async function submit(): Promise<void> {
    message.textContent = '';
    submitButton.disabled = true;
    try {
      host?.emit('ticket.submit.start');
      const verdict = (await host?.runHook('ticket.save')) ?? { ok: true };
      const problem = verdict.ok
        ? submitProblem(current())
        : `The app stopped the update: ${verdict.message}`;
      if (problem) {
        message.textContent = problem;
        host?.emit('ticket.submit.fail');
      } else {
        saveDraft();
        toast(`Ticket #${currentId} updated`, 'notice', 4000);
        host?.emit('ticket.submit.done');
      }
      host?.emit('ticket.submit.always');
    } finally {
      submitButton.disabled = false;
    }
  }

  function saveDraft(): void {
    const next = submitted(current(), options, nextCommentId());
    if (host) host.change(next, 'agent');
    else commit(next);
  }

  function updateUrl(): void {
    const query = new URLSearchParams({
      ticket: String(currentId),
      role: options.role,
      channel: options.channel,
      scheme: options.colorScheme,
    });
    history.replaceState(null, '', `?${query.toString()}`);
  }

  renderPanel(byId('panel'), app, options, faults, {
    apply: applyOptions,
    faultsChanged: () => undefined,
    requesterReply: (text) => requesterReply(textToHtml(text)),
  });
  const toggle = byId<HTMLButtonElement>('panel-toggle');
  toggle.addEventListener('click', () => {
    const panel = byId('panel');
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });

  updateUrl();
  render(true);
  loadApp();
}

let commentCounter = 90_000;
function nextCommentId(): number {
  commentCounter += 1;
  return commentCounter;
}

void start();
