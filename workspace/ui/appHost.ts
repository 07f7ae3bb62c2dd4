/**
 * The app beside the ticket: its iframe, served from the app's own origin, and the ZAF host that answers
 * it. As in Zendesk, every load is a new iframe with a new instance guid, and a new host; a host answers
 * its own frame only, and sizes it when the app asks.
 */
import { ACCOUNT } from '../fixtures/people';
import type { Faults } from '../host/faults';
import type { SessionOptions } from '../host/model';
import type { HostEffect } from '../host/paths';
import { type HostPort, type Registration, ZafHost } from '../host/protocol';
import { el } from './dom';
import type { AppDescription } from './panel';

const APP_ID = 1_000_001;
const INSTALLATION_ID = 2_000_001;

export type NotifyEffect = Extract<HostEffect, { kind: 'notify' }>;

/** What the host needs from the session; posting to the app and resizing its frame are connectHost's. */
export type SessionPort = Omit<HostPort, 'post' | 'effect'> & {
  /** The app asked Zendesk to show a notification. */
  notify(effect: NotifyEffect): void;
};

export interface HostConnection {
  readonly host: ZafHost;
  /** Stops answering the frame's messages: it is being replaced. */
  close(): void;
}

/** What Zendesk tells one instance of the app in its handshake. */
export function registrationFor(
  app: AppDescription,
  options: SessionOptions,
  guid: string,
  ticketId: number,
): Registration {
  return {
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
      ticketId,
    },
  };
}

/** The app's iframe for one load: the app's page on `appOrigin`, told the host's origin and its guid. */
export function appFrame(app: AppDescription, appOrigin: string, guid: string): HTMLIFrameElement {
  const frame = el('iframe', {
    title: `${app.name} app`,
    'data-testid': 'app-frame',
    src: `${appOrigin}/assets/iframe.html?origin=${encodeURIComponent(location.origin)}&app_guid=${guid}`,
  });
  frame.style.height = '160px';
  return frame;
}

/** A ZAF host for the app in `frame`: it answers that frame's messages (from `appOrigin`) and posts back. */
export function connectHost(
  frame: HTMLIFrameElement,
  appOrigin: string,
  registration: Registration,
  faults: Faults,
  session: SessionPort,
): HostConnection {
  const host = new ZafHost(
    {
      post: (payload) => frame.contentWindow?.postMessage(payload, appOrigin),
      state: () => session.state(),
      options: () => session.options(),
      commit: (next, cause) => session.commit(next, cause),
      effect: (effect) => {
        if (effect.kind === 'notify') session.notify(effect);
        else if (effect.height) frame.style.height = effect.height;
      },
      externalRequest: (url) => session.externalRequest(url),
      now: () => session.now(),
    },
    registration,
    faults,
  );
  const receive = (event: MessageEvent): void => {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    host.receive(event.data);
  };
  window.addEventListener('message', receive);
  return { host, close: () => window.removeEventListener('message', receive) };
}
