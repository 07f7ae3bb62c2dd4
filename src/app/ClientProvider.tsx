/**
 * Like the official React scaffold's ClientProvider: nothing below it renders, and so nothing calls
 * Zendesk, until the SDK's handshake (`app.registered`) has arrived. Unlike it, a host that never answers
 * gets a clear error with a retry instead of a blank sidebar. Provides the guarded client (timeouts,
 * typed errors) to `useClient()`.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { whenRegistered } from '../zendesk/adapter';
import type { Arrival } from './arrival';
import type { ZafClient, ZafRegistration } from '../zendesk/client';
import { guardClient, ZafTimeoutError } from '../zendesk/errors';
import { ErrorState, Loading, Shell } from './States';

const ClientContext = createContext<ZafClient | null>(null);

interface ClientProviderProps {
  client: ZafClient;
  /** The handshake, when the entry already subscribed to it (see src/startup.ts). */
  registration: Arrival<ZafRegistration> | undefined;
  timeoutMs: number;
  children: ReactNode;
}

type Registration = { status: 'waiting' } | { status: 'registered' } | { status: 'failed'; error: unknown };

export function ClientProvider({ client, registration, timeoutMs, children }: ClientProviderProps) {
  const guarded = useMemo(() => guardClient(client, timeoutMs), [client, timeoutMs]);
  // Subscribed during the first render at the latest, before any message from Zendesk is handled.
  const [registered] = useState(() => registration?.promise ?? whenRegistered(client));
  // A handshake that arrived before this first render is shown in it, without a loading state first.
  const [state, setState] = useState<Registration>(() =>
    registration?.arrived ? { status: 'registered' } : { status: 'waiting' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    // A late handshake still counts: the error shown meanwhile gives way to the sidebar by itself.
    void registered.then(
      () => current && setState((now) => (now.status === 'registered' ? now : { status: 'registered' })),
    );
    const timer = setTimeout(() => {
      const error = new ZafTimeoutError('the app registration');
      if (current) setState((now) => (now.status === 'waiting' ? { status: 'failed', error } : now));
    }, timeoutMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [registered, timeoutMs, attempt]);

  if (state.status === 'registered') {
    return <ClientContext.Provider value={guarded}>{children}</ClientContext.Provider>;
  }
  const retry = () => {
    setState({ status: 'waiting' });
    setAttempt((n) => n + 1);
  };
  return (
    <Shell>
      {state.status === 'waiting' ? <Loading /> : <ErrorState error={state.error} onRetry={retry} />}
    </Shell>
  );
}

/** The registered, guarded client. */
export function useClient(): ZafClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() is only available inside <ClientProvider>');
  return client;
}
