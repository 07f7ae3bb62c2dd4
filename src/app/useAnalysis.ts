/**
 * Reads the ticket (the client is already registered), and again whenever the conversation changes.
 * States: loading, error (with retry), ready. A failed refresh keeps the last good reading and says so.
 *
 * The first suggestion costs one batched `get`; what only Zendesk's REST API tells (which comments are
 * internal notes, whether the agent is a light agent) is asked once that suggestion is on screen, and
 * updates it. The buttons wait for it (useTicketActions). A refresh waits for both, so the suggestion does
 * not flicker.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ColorScheme, ZafClient } from '../zendesk/client';
import { completeTicket, loadTicket, subscribe, type LoadedTicket } from '../zendesk/adapter';
import type { Arrival } from './arrival';

export type Analysis =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; loaded: LoadedTicket; refreshFailed: boolean };

const ready = (loaded: LoadedTicket): Analysis => ({ status: 'ready', loaded, refreshFailed: false });

/**
 * `onColorScheme` must be stable (a state setter): it is an effect dependency. `firstLoad`, a reading
 * already under way (src/startup.ts), stands in for the first read, and is shown in the first render when
 * it has already arrived; a retry reads again.
 */
export function useAnalysis(
  client: ZafClient,
  onColorScheme: (scheme: ColorScheme) => void,
  firstLoad?: Arrival<LoadedTicket>,
): { analysis: Analysis; retry(): void } {
  const [analysis, setAnalysis] = useState<Analysis>(() =>
    firstLoad?.value ? ready(firstLoad.value) : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    (attempt === 0 && firstLoad ? firstLoad.promise : loadTicket(client)).then(
      (loaded) => {
        if (!current) return;
        onColorScheme(loaded.colorScheme);
        // Already shown when it arrived before the first render.
        setAnalysis((previous) =>
          previous.status === 'ready' && previous.loaded === loaded ? previous : ready(loaded),
        );
      },
      (error: unknown) => current && setAnalysis({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [client, attempt, onColorScheme, firstLoad]);

  // A reading without the REST API's part is completed once it is on screen (effects run after the
  // render is committed); completeTicket never rejects, and a newer reading (a refresh) wins over it.
  const incomplete = analysis.status === 'ready' && !analysis.loaded.complete ? analysis.loaded : null;
  useEffect(() => {
    if (!incomplete) return undefined;
    let current = true;
    void completeTicket(client, incomplete).then(
      (complete) =>
        current &&
        setAnalysis((previous) =>
          previous.status === 'ready' && previous.loaded === incomplete
            ? { ...previous, loaded: complete }
            : previous,
        ),
    );
    return () => {
      current = false;
    };
  }, [client, incomplete]);

  const isReady = analysis.status === 'ready';
  useEffect(() => {
    if (!isReady) return undefined;
    let current = true;
    // Events can come in bursts: only the latest reading counts, whatever order the answers arrive in.
    let latest = 0;
    const refresh = () => {
      const reading = ++latest;
      const counts = () => current && reading === latest;
      return loadTicket(client)
        .then((loaded) => completeTicket(client, loaded))
        .then(
          (loaded) => counts() && setAnalysis(ready(loaded)),
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
  }, [client, isReady, onColorScheme]);

  const retry = useCallback(() => {
    setAnalysis({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { analysis, retry };
}
