/**
 * The entry: it takes the client from Zendesk's SDK (window.ZAFClient) and subscribes to the handshake
 * before React is even loaded, so an answer that arrives before the first render is not missed, and a
 * first reading that has arrived by then is what that first render shows.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { arrival } from '../../src/app/arrival';
import { loadTicket, whenRegistered } from '../../src/zendesk/adapter';
import { FakeZafClient } from '../support/fakeZafClient';

/** The entry imports React and the sidebar as a second chunk: transforming it takes seconds in a cold run. */
const LOADED = { timeout: 15_000 };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

it('renders the sidebar when Zendesk answers the handshake before the first render', async () => {
  document.body.innerHTML = '<div id="root"></div>';
  const fake = new FakeZafClient({ registers: false });
  const init = vi.fn(() => fake);
  vi.stubGlobal('ZAFClient', { init });

  await import('../../src/main');
  // Synchronously, before React has rendered anything.
  fake.register();

  expect(await screen.findByRole('button', { name: 'Apply reply' }, LOADED)).toBeTruthy();
  expect(init).toHaveBeenCalledTimes(1);
  expect(fake.earlyCalls).toEqual([]);
});

it('outside Zendesk (no SDK), says where to open the app', async () => {
  document.body.innerHTML = '<div id="root"></div>';
  await import('../../src/main');
  expect((await screen.findByRole('alert', {}, LOADED)).textContent).toContain(
    'Open this app from a ticket in Zendesk Support.',
  );
});

it('shows a reading that arrived before React in its first render, and asks the REST API only after', async () => {
  const fake = new FakeZafClient();
  // What src/startup.ts does before React is loaded, awaited here so that it has surely arrived.
  const registration = arrival(whenRegistered(fake));
  const firstLoad = arrival(registration.promise.then(() => loadTicket(fake)));
  await firstLoad.promise;
  // Whether the suggestion was on screen when each REST request went out.
  const shownAtRequest: boolean[] = [];
  const request = fake.request.bind(fake);
  fake.request = (options) => {
    shownAtRequest.push(document.getElementById('detected-case') !== null);
    return request(options);
  };
  const container = document.createElement('div');
  document.body.append(container);
  const changes = new MutationObserver(() => undefined);
  changes.observe(container, { childList: true, subtree: true });

  render(<App client={fake} registration={registration} firstLoad={firstLoad} />, { container });

  const added = changes
    .takeRecords()
    .flatMap((record) => [...record.addedNodes])
    .filter((node): node is Element => node instanceof Element);
  expect(added.some((node) => node.querySelector('#detected-case'))).toBe(true);
  // No loading state came first: not a skeleton, not a status line.
  expect(added.some((node) => node.matches('[aria-busy]') || node.querySelector('[aria-busy]'))).toBe(false);
  await waitFor(() => expect(shownAtRequest).toHaveLength(2));
  expect(shownAtRequest).toEqual([true, true]);
});
