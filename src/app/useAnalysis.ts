/**
 * Reads the ticket (the client is already registered), and again whenever the conversation changes.
 * States: loading, error (with retry), ready. A failed refresh keeps the last good reading and says so.
 *
 * The first suggestion costs one batched `get`; what only Zendesk's REST API tells (which comments are
 * internal notes, whether the agent is a light agent) follows right after and updates it. A refresh
 * waits for both, so the suggestion does not flicker.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ColorScheme, ZafClient } from '../zendesk/client';
import { completeTicket, loadTicket, subscribe, type LoadedTicket } from '../zendesk/adapter';

export type Analysis =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; loaded: LoadedTicket; refreshFailed: boolean };

/**
 * `onColorScheme` must be stable (a state setter): it is an effect dependency. `firstLoad`, a reading
 * already under way (src/startup.ts), stands in for the first read; a retry reads again.
 */
export function useAnalysis(
  client: ZafClient,
  onColorScheme: (scheme: ColorScheme) => void,
  firstLoad?: Promise<LoadedTicket>,
): { analysis: Analysis; retry(): void } {
  const [analysis, setAnalysis] = useState<Analysis>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    (attempt === 0 && firstLoad ? firstLoad : loadTicket(client)).then(
      (loaded) => {
        if (!current) return;
        onColorScheme(loaded.colorScheme);
        setAnalysis({ status: 'ready', loaded, refreshFailed: false });
        // completeTicket never rejects; a newer reading (a refresh) wins over this one.
        void completeTicket(client, loaded).then(
          (complete) =>
            current &&
            setAnalysis((previous) =>
              previous.status === 'ready' && previous.loaded === loaded
                ? { ...previous, loaded: complete }
                : previous,
            ),
        );
      },
      (error: unknown) => current && setAnalysis({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [client, attempt, onColorScheme, firstLoad]);

  const ready = analysis.status === 'ready';
  useEffect(() => {
    if (!ready) return undefined;
    let current = true;
    // Events can come in bursts: only the latest reading counts, whatever order the answers arrive in.
    let latest = 0;
    const refresh = () => {
      const reading = ++latest;
      const counts = () => current && reading === latest;
      return loadTicket(client)
        .then((loaded) => completeTicket(client, loaded))
        .then(
          (loaded) => counts() && setAnalysis({ status: 'ready', loaded, refreshFailed: false }),
          () =>
            counts() &&
            setAnalysis((previous) =>
              previous.status === 'ready' ? { ...previous, refreshFailed: true } : previous,
            ),
        );
    };
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
  return { analysis, retry };
}
