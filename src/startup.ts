/**
 * The first thing the bundle runs (src/main.tsx imports it before React): it takes the client from
 * Zendesk's SDK, subscribes to the handshake, and starts reading the ticket the moment Zendesk registers
 * the app. The handshake and the read then overlap with the loading of React and Garden, which is most
 * of the sidebar's start-up time (`npm run bench -- startup`), instead of waiting for React's first render;
 * when both have arrived by then, that first render shows the suggestion. Nothing is called before the
 * handshake, as the SDK requires.
 */
import { arrival } from './app/arrival';
import { loadTicket, whenRegistered } from './zendesk/adapter';

export const client = window.ZAFClient?.init();
// Subscribed now, not in a render: React's first render may come after Zendesk's answer.
export const registration = client ? arrival(whenRegistered(client)) : undefined;
/** The ticket's first reading; the sidebar shows it, or its error with a retry. */
export const firstLoad =
  client && registration ? arrival(registration.promise.then(() => loadTicket(client))) : undefined;
