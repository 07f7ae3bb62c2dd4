/**
 * The workspace page: a ticket view around the app's iframe. The session (session.ts) holds the tickets,
 * options and faults and loads the app; the page (ticketPage.ts) draws it; each load of the app gets its
 * own ZAF host (appHost.ts). Tests drive it through the page and read it through `window.__workspace` and
 * `window.__zafLog`.
 */
import { AGENT_ROLES, type AgentRole } from '../fixtures/people';
import { sampleTickets } from '../fixtures/tickets';
import type { SessionOptions } from '../host/model';
import { textToHtml } from '../host/paths';
import type { LogEntry } from '../host/protocol';
import { byId } from './dom';
import { type AppDescription, defaultSettings, renderPanel } from './panel';
import { type WorkspaceApi, WorkspaceSession } from './session';
import { ticketPage } from './ticketPage';

declare global {
  interface Window {
    __zafLog: LogEntry[];
    __workspace: WorkspaceApi;
  }
}

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
  const samples = sampleTickets();
  const page = ticketPage(new Map(samples.map((sample) => [sample.id, sample.purpose])), {
    edit: (update, typing) => session.edit(update, typing),
    open: (id) => session.openTicket(id),
    submit: () => void session.submit(),
  });
  const session = new WorkspaceSession(
    app,
    samples,
    {
      options: initialOptions(params, app),
      ticketId: Number(params.get('ticket')),
      appOrigin: appOriginFor(location),
    },
    page,
  );
  window.__workspace = session;
  window.__zafLog = [];

  renderPanel(byId('panel'), app, session.options(), session.faults, {
    apply: (next) => session.applyOptions(next, true),
    faultsChanged: () => undefined,
    requesterReply: (text) => session.addRequesterComment(textToHtml(text)),
  });
  const toggle = byId<HTMLButtonElement>('panel-toggle');
  toggle.addEventListener('click', () => {
    const panel = byId('panel');
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });

  session.showTicket();
}

void start();
