/**
 * The sidebar's root: the Garden theme in the agent's color scheme, the ClientProvider that waits for
 * Zendesk to register the app, and the ticket's three states (loading, error with retry, ready).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { resize, type LoadedTicket } from '../zendesk/adapter';
import type { ColorScheme, ZafClient, ZafRegistration } from '../zendesk/client';
import { DEFAULT_CALL_TIMEOUT_MS, ZafUnavailableError } from '../zendesk/errors';
import type { Arrival } from './arrival';
import { ClientProvider, useClient } from './ClientProvider';
import { Sidebar } from './Sidebar';
import { ErrorState, Loading, Shell } from './States';
import { PageStyle } from './styled/StyledRoot';
import { themeFor } from './theme';
import { useAnalysis } from './useAnalysis';
import { useAutoResize } from './useAutoResize';

export interface AppProps {
  /** What `window.ZAFClient.init()` returned: false or undefined outside Zendesk. */
  client: ZafClient | false | undefined;
  /**
   * The handshake, when the entry subscribed to it right after init (before React's first render, which
   * may come after Zendesk's answer). Otherwise the ClientProvider subscribes on its first render.
   */
  registration?: Arrival<ZafRegistration>;
  /** The ticket's first reading, when the entry started it at the handshake (see src/startup.ts). */
  firstLoad?: Arrival<LoadedTicket>;
  /** How long any call to Zendesk may take. */
  timeoutMs?: number;
}

export function App({ client, registration, firstLoad, timeoutMs = DEFAULT_CALL_TIMEOUT_MS }: AppProps) {
  // The agent's scheme from the first render when the first reading has already arrived: no light flash.
  const [scheme, setScheme] = useState<ColorScheme>(() => firstLoad?.value?.colorScheme ?? 'light');
  const theme = useMemo(() => themeFor(scheme), [scheme]);
  return (
    <ThemeProvider theme={theme}>
      <PageStyle />
      {client ? (
        <ClientProvider client={client} registration={registration} timeoutMs={timeoutMs}>
          <TicketSidebar scheme={scheme} onColorScheme={setScheme} firstLoad={firstLoad} />
        </ClientProvider>
      ) : (
        <Shell>
          <ErrorState error={new ZafUnavailableError()} />
        </Shell>
      )}
    </ThemeProvider>
  );
}

interface TicketSidebarProps {
  scheme: ColorScheme;
  /** A state setter (stable): the theme follows the ticket's color scheme and its changes. */
  onColorScheme(scheme: ColorScheme): void;
  firstLoad: Arrival<LoadedTicket> | undefined;
}

function TicketSidebar({ scheme, onColorScheme, firstLoad }: TicketSidebarProps) {
  const client = useClient();
  const { analysis, retry } = useAnalysis(client, onColorScheme, firstLoad);
  const root = useRef<HTMLElement>(null);
  // A failed resize only leaves the iframe at its old height: nothing to tell the agent.
  const onHeight = useCallback((px: number) => void resize(client, px).catch(() => undefined), [client]);
  useAutoResize(root, onHeight);

  return (
    <Shell ref={root} scheme={scheme}>
      {analysis.status === 'loading' && <Loading />}
      {analysis.status === 'error' && <ErrorState error={analysis.error} onRetry={retry} />}
      {analysis.status === 'ready' && (
        <Sidebar loaded={analysis.loaded} refreshFailed={analysis.refreshFailed} />
      )}
    </Shell>
  );
}
