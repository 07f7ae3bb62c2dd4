/**
 * Reads the ticket once Zendesk has registered the app, and again whenever the conversation changes.
 * States: loading, error (with retry), ready. A failed refresh keeps the last good reading.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ColorScheme, ZafClient, ZafRegistration } from '../zendesk/client';
import { loadTicket, subscribe, whenRegistered, type LoadedTicket } from '../zendesk/adapter';
import { ZafTimeoutError } from '../zendesk/errors';

export type Analysis =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; loaded: LoadedTicket; refreshFailed: boolean };

export interface AnalysisOptions {
  /** The handshake, if already subscribed to. */
  registration: Promise<ZafRegistration> | undefined;
  /** How long to wait for Zendesk's handshake before saying it does not answer. */
  timeoutMs: number;
  onColorScheme(scheme: ColorScheme): void;
}

export interface AnalysisHandle {
  analysis: Analysis;
  /** Zendesk has answered the handshake: calls may be made. */
  registered: boolean;
  retry(): void;
}

export function useAnalysis(client: ZafClient, options: AnalysisOptions): AnalysisHandle {
  // Subscribed during the first render, before any message from Zendesk can arrive.
  const [registration] = useState(() => options.registration ?? whenRegistered(client));
  const [registered, setRegistered] = useState(false);
  const [analysis, setAnalysis] = useState<Analysis>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // onColorScheme must be stable (a state setter): it is an effect dependency.
  const { timeoutMs, onColorScheme } = options;

  useEffect(() => {
    let current = true;
    withTimeout(registration, timeoutMs)
      .then(() => {
        if (current) setRegistered(true);
        return loadTicket(client);
      })
      .then(
        (loaded) => {
          if (!current) return;
          onColorScheme(loaded.colorScheme);
          setAnalysis({ status: 'ready', loaded, refreshFailed: false });
        },
        (error: unknown) => current && setAnalysis({ status: 'error', error }),
      );
    return () => {
      current = false;
    };
  }, [client, registration, timeoutMs, attempt, onColorScheme]);

  const ready = analysis.status === 'ready';
  useEffect(() => {
    if (!ready) return undefined;
    let current = true;
    const refresh = () =>
      loadTicket(client).then(
        (loaded) => current && setAnalysis({ status: 'ready', loaded, refreshFailed: false }),
        () =>
          current &&
          setAnalysis((previous) =>
            previous.status === 'ready' ? { ...previous, refreshFailed: true } : previous,
          ),
      );
    const unsubscribe = subscribe(client, {
      onConversationChanged: () => void refresh(),
      onColorSchemeChanged: onColorScheme,
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [client, ready, onColorScheme]);

  const retry = useCallback(() => {
    setAnalysis({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { analysis, registered, retry };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ZafTimeoutError('the app registration')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
