/**
 * Our typed view of the ZAF client (the SDK ships no types). Only the paths, actions and events this app
 * uses are listed, each with the value Zendesk sends; `get` is typed by path.
 */
import type { CommentType, TicketStatus } from '../ticket/changes';

export interface ZafUser {
  id: number;
  name?: string;
  email?: string;
  /** 'end-user', 'agent', 'admin', or a custom role's name (e.g. 'Light agent'). */
  role?: string;
  locale?: string;
}

export interface ZafComment {
  id?: number;
  /** The comment body as HTML. */
  value: string;
  author?: ZafUser;
  /** Not sent by every host; a comment without it is treated as public. */
  isPublic?: boolean;
}

export interface ZafAssignee {
  user?: ZafUser | null;
  group?: { id: number; name?: string } | null;
}

export type ColorScheme = 'light' | 'dark';

/** Every path the app reads, with the value Zendesk returns for it. */
export interface ZafPaths {
  'ticket.id': number;
  'ticket.subject': string;
  'ticket.description': string;
  'ticket.comments': ZafComment[];
  'ticket.requester': ZafUser;
  'ticket.status': TicketStatus;
  'ticket.tags': string[];
  'ticket.assignee': ZafAssignee;
  'ticket.via': { channel?: string; source?: unknown };
  'comment.text': string;
  'comment.useRichText': boolean;
  'comment.type': CommentType;
  currentUser: ZafUser;
  colorScheme: ColorScheme;
  /** A resource the app's requirements.json created, by its identifier (Zendesk's requirements sample app). */
  [requirement: `requirement:${string}`]: ZafRequirement;
}
export type ZafPath = keyof ZafPaths;

/** What `requirement:<identifier>` gives, and each entry of the installation's requirements list. */
export interface ZafRequirement {
  requirement_id?: number;
  requirement_type?: string;
  identifier?: string;
}

/** Every path the app sets, with the value it sends. */
export interface ZafSettable {
  'comment.text': string;
  'comment.type': CommentType;
  'ticket.tags': readonly string[];
  'ticket.status': TicketStatus;
  'ticket.assignee': { userId: number | null };
}
export type ZafSettablePath = keyof ZafSettable;

/** Every action the app invokes, with its arguments. */
export interface ZafActions {
  'comment.appendHtml': [html: string];
  'comment.appendText': [text: string];
  'ticket.tags.add': [tags: readonly string[]];
  resize: [size: { width: string; height: string }];
}
export type ZafAction = keyof ZafActions;

/** Every event the app listens to, with its payload. */
export interface ZafEvents {
  'app.registered': ZafRegistration;
  'ticket.comments.changed': unknown;
  'ticket.updated': unknown;
  'ticket.requester.changed': unknown;
  'colorScheme.changed': unknown;
}
export type ZafEvent = keyof ZafEvents;

/** A per-path error inside a result (`errors[path]`). */
export interface ZafPathErrorInfo {
  name?: string;
  message?: string;
  path?: string;
}

/** A batched result: every path that could be read, plus `errors` for those that could not. */
export type ZafGetResult<P extends ZafPath> = { errors?: Record<string, ZafPathErrorInfo> } & {
  [K in P]?: ZafPaths[K];
};

export type ZafSetResult<P extends ZafSettablePath> = { errors?: Record<string, ZafPathErrorInfo> } & {
  [K in P]?: unknown;
};

export type ZafInvokeResult<A extends ZafAction> = { errors?: Record<string, ZafPathErrorInfo> } & {
  [K in A]?: unknown;
};

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  dataType?: 'json' | 'text';
  contentType?: string;
  /** The request body (JSON text for the REST API). */
  data?: string;
}

export interface ZafMetadata {
  appId?: number;
  installationId?: number;
  name?: string;
  version?: string;
  settings?: Record<string, unknown>;
}

export interface ZafContext {
  instanceGuid?: string;
  location?: string;
  ticketId?: number;
  [key: string]: unknown;
}

export interface ZafRegistration {
  metadata: ZafMetadata;
  context: ZafContext;
}

export interface ZafClient {
  on<E extends ZafEvent>(name: E, handler: (payload: ZafEvents[E]) => void): void;
  off<E extends ZafEvent>(name: E, handler: (payload: ZafEvents[E]) => void): void;
  get<P extends ZafPath>(paths: P | readonly P[]): Promise<ZafGetResult<P>>;
  set<P extends ZafSettablePath>(path: P, value: ZafSettable[P]): Promise<ZafSetResult<P>>;
  invoke<A extends ZafAction>(action: A, ...args: ZafActions[A]): Promise<ZafInvokeResult<A>>;
  /** Resolves with the response body; rejects with an xhr-like object, not an Error. */
  request(options: ZafRequestOptions): Promise<unknown>;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
}

export interface ZafClientFactory {
  /** False when the page was opened outside Zendesk (no `origin` and `app_guid` in the URL). */
  init(callback?: (this: ZafClient, registration: ZafRegistration) => void): ZafClient | false;
}

declare global {
  interface Window {
    /** Defined by Zendesk's SDK script (assets/iframe.html loads it from Zendesk's CDN). */
    ZAFClient?: ZafClientFactory;
  }
}
