/**
 * The entry: it takes the client from Zendesk's SDK (window.ZAFClient) and subscribes to the handshake
 * before React is even loaded, so an answer that arrives before the first render is not missed.
 */
import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
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
