/**
 * The workspace's session: the sample tickets and which one is open, the options (who is at the keyboard,
 * the channel, the color scheme, the app's settings), the faults, and the app loaded beside the ticket.
 * It is what tests read and drive as `window.__workspace`; the page only draws it (ticketPage), and the
 * app reaches it through its host (connectHost).
 */
import type { SampleTicket } from '../fixtures/tickets';
import { type Faults, noFaults } from '../host/faults';
import { installedMacros, type StoredMacro } from '../host/macros';
import { openTicket, type SessionOptions, type TicketState, zafTicket } from '../host/model';
import type { ZafHost } from '../host/protocol';
import { convertDraft, submitProblem, submitted, withRequesterReply } from '../host/ticketOps';
import { appFrame, connectHost, type HostConnection, type NotifyEffect, registrationFor } from './appHost';
import type { AppDescription } from './panel';
import type { TicketPage } from './ticketPage';
import { toast } from './toasts';

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
  /** A requester's message: a saved comment on email, a live conversation message on messaging. */
  addRequesterComment(html: string): void;
  /** The agent switches the composer between public reply and internal note. */
  setCommentType(type: 'publicReply' | 'internalNote'): void;
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

/** Where a session starts: the options and ticket asked for in the URL, and where the app is served. */
export interface SessionStart {
  options: SessionOptions;
  ticketId: number;
  appOrigin: string;
}

const now = (): number => performance.timeOrigin + performance.now();

export class WorkspaceSession implements WorkspaceApi {
  readonly faults = noFaults();
  readonly externalRequests: string[] = [];
  readonly notifications: Notification[] = [];
  loads = 0;
  appGuid = '';
  appStartedAt = 0;
  /** The options in force: from the URL, then as the panel or a test set them. */
  private chosen: SessionOptions;
  private currentId: number;
  private readonly tickets: Map<number, TicketState>;
  private readonly appOrigin: string;
  private connection: HostConnection | null = null;
  /** While the agent types in the composer: the change is drawn everywhere but there. */
  private typing = false;
  private commentCounter = 90_000;

  constructor(
    private readonly app: AppDescription,
    samples: readonly SampleTicket[],
    start: SessionStart,
    private readonly page: TicketPage,
  ) {
    this.chosen = start.options;
    this.tickets = new Map(samples.map((sample) => [sample.id, openTicket(sample, start.options)]));
    this.currentId = this.tickets.has(start.ticketId) ? start.ticketId : (samples[0]?.id ?? 0);
    this.appOrigin = start.appOrigin;
  }

  /** Shows the open ticket (on the page and in the URL) and loads the app beside it. */
  showTicket(): void {
    this.showInUrl();
    this.render(true);
    this.loadApp();
  }

  state(): TicketState {
    return structuredClone(this.current());
  }

  zafTicket(): unknown {
    return zafTicket(this.current(), this.chosen);
  }

  options(): SessionOptions {
    return structuredClone(this.chosen);
  }

  openTicket(id: number): void {
    if (!this.tickets.has(id) || id === this.currentId) return;
    this.currentId = id;
    this.page.say('');
    this.showTicket();
  }

  setOptions(change: Partial<SessionOptions>): void {
    this.applyOptions({ ...this.chosen, ...change });
  }

  /**
   * Like Zendesk: saving the app's settings (the panel's Apply) reloads the app every time, and so does a
   * change of agent; a color-scheme switch alone is announced to an app that listens; switching the
   * composer's channel from the page reloads nothing (the app reads `comment.useRichText` again).
   */
  applyOptions(next: SessionOptions, fromPanel = false): void {
    const before = this.chosen;
    this.chosen = { ...next, settings: { ...next.settings } };
    if (next.channel !== before.channel || next.role !== before.role) {
      for (const [id, ticket] of this.tickets) this.tickets.set(id, convertDraft(ticket, before, next));
    }
    this.showInUrl();
    this.render(true);
    const schemeChanged = next.colorScheme !== before.colorScheme;
    const sameSettings = JSON.stringify(next.settings) === JSON.stringify(before.settings);
    const onlyScheme =
      schemeChanged && next.role === before.role && next.channel === before.channel && sameSettings;
    if (onlyScheme && this.host?.announceColorScheme(next.colorScheme)) return;
    if (fromPanel || schemeChanged || next.role !== before.role || !sameSettings) this.loadApp();
  }

  addRequesterComment(html: string): void {
    const live = this.chosen.channel === 'messaging';
    this.host?.change(withRequesterReply(this.current(), html, this.nextCommentId(), live), 'requester');
  }

  setCommentType(type: 'publicReply' | 'internalNote'): void {
    this.edit((state) => ({ ...state, draft: { ...state.draft, type } }));
  }

  /** The agent changed a property or the draft; a change made while typing leaves the composer as it is. */
  edit(update: (state: TicketState) => TicketState, isTyping = false): void {
    this.page.say('');
    this.typing = isTyping;
    try {
      this.agentChange(update(this.current()));
    } finally {
      this.typing = false;
    }
  }

  emit(event: string, payload?: unknown): void {
    this.host?.emit(event, payload);
  }

  subscribers(event: string): number {
    return this.host?.subscriberCount(event) ?? 0;
  }

  /** The agent's Submit: the apps' `ticket.save` hooks may stop it, then the ticket's own checks. */
  async submit(): Promise<void> {
    this.page.say('');
    this.page.submitting(true);
    try {
      this.host?.emit('ticket.submit.start');
      const verdict = (await this.host?.runHook('ticket.save')) ?? { ok: true };
      const problem = verdict.ok
        ? submitProblem(this.current())
        : `The app stopped the update: ${verdict.message}`;
      if (problem) {
        this.page.say(problem);
        this.host?.emit('ticket.submit.fail');
      } else {
        this.agentChange(submitted(this.current(), this.chosen, this.nextCommentId()));
        toast(`Ticket #${this.currentId} updated`, 'notice', 4000);
        this.host?.emit('ticket.submit.done');
      }
      this.host?.emit('ticket.submit.always');
    } finally {
      this.page.submitting(false);
    }
  }

  macros(): StoredMacro[] {
    return structuredClone([...installedMacros.macros.values()]);
  }

  private get host(): ZafHost | null {
    return this.connection?.host ?? null;
  }

  private current(): TicketState {
    const state = this.tickets.get(this.currentId);
    if (!state) throw new Error(`No ticket #${this.currentId}`);
    return state;
  }

  /** A change by the agent goes through the host, which stores it and tells the app what changed. */
  private agentChange(next: TicketState): void {
    if (this.host) this.host.change(next, 'agent');
    else this.commit(next);
  }

  private commit(next: TicketState): void {
    this.tickets.set(next.id, next);
    this.render(!this.typing);
  }

  private render(withComposer: boolean): void {
    this.page.render(
      { tickets: this.tickets.values(), current: this.current(), options: this.chosen },
      withComposer,
    );
  }

  /** A new iframe and a new host for the app, as Zendesk does on opening a ticket or saving settings. */
  private loadApp(): void {
    const guid = crypto.randomUUID();
    const frame = appFrame(this.app, this.appOrigin, guid);
    this.connection?.close();
    this.connection = connectHost(
      frame,
      this.appOrigin,
      registrationFor(this.app, this.chosen, guid, this.currentId),
      this.faults,
      {
        state: () => this.current(),
        options: () => this.chosen,
        commit: (next) => this.commit(next),
        notify: (effect) => this.notify(effect),
        externalRequest: (url) => this.externalRequests.push(url),
        now,
      },
    );
    window.__zafLog = this.connection.host.log;
    this.loads += 1;
    this.appGuid = guid;
    this.appStartedAt = now();
    this.page.showApp(frame);
  }

  private notify(effect: NotifyEffect): void {
    this.notifications.push({ message: effect.message, level: effect.level });
    toast(effect.message, effect.level, effect.durationMs ?? 8000);
  }

  /** The URL says which ticket is open and how, so a reload comes back to the same view. */
  private showInUrl(): void {
    const query = new URLSearchParams({
      ticket: String(this.currentId),
      role: this.chosen.role,
      channel: this.chosen.channel,
      scheme: this.chosen.colorScheme,
    });
    history.replaceState(null, '', `?${query.toString()}`);
  }

  private nextCommentId(): number {
    this.commentCounter += 1;
    return this.commentCounter;
  }
}
