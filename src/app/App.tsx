/**
 * The sidebar's root: the Garden theme in the agent's color scheme, a loader that waits for Zendesk to
 * register the app before any call, and the three states (loading, error with retry, ready).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { t } from '../i18n/t';
import { resize } from '../zendesk/adapter';
import type { ColorScheme, ZafClient, ZafRegistration } from '../zendesk/client';
import { DEFAULT_CALL_TIMEOUT_MS, guardClient, ZafUnavailableError } from '../zendesk/errors';
import { loadErrorMessage } from './messages';
import { Sidebar } from './Sidebar';
import { Button, Root } from './styles';
import { themeFor } from './theme';
import { useAnalysis } from './useAnalysis';
import { useAutoResize } from './useAutoResize';

export interface AppProps {
  /** What `window.ZAFClient.init()` returned: false or undefined outside Zendesk. */
  client: ZafClient | false | undefined;
  /**
   * The handshake, when the entry subscribed to it right after init (before React's first render, which
   * may come after Zendesk's answer). Otherwise the App subscribes on its first render.
   */
  registration?: Promise<ZafRegistration>;
  /** How long any call to Zendesk may take. */
  timeoutMs?: number;
}

export function App({ client, registration, timeoutMs = DEFAULT_CALL_TIMEOUT_MS }: AppProps) {
  const [scheme, setScheme] = useState<ColorScheme>('light');
  const theme = useMemo(() => themeFor(scheme), [scheme]);
  return (
    <ThemeProvider theme={theme}>
      {client ? (
        <Connected
          client={client}
          registration={registration}
          timeoutMs={timeoutMs}
          onColorScheme={setScheme}
          scheme={scheme}
        />
      ) : (
        <Root as="main" aria-label={t('title')} data-color-scheme={scheme}>
          <ErrorState error={new ZafUnavailableError()} />
        </Root>
      )}
    </ThemeProvider>
  );
}

interface ConnectedProps {
  client: ZafClient;
  registration: Promise<ZafRegistration> | undefined;
  timeoutMs: number;
  scheme: ColorScheme;
  onColorScheme(scheme: ColorScheme): void;
}

function Connected({ client: raw, registration, timeoutMs, scheme, onColorScheme }: ConnectedProps) {
  const client = useMemo(() => guardClient(raw, timeoutMs), [raw, timeoutMs]);
  const { analysis, registered, retry } = useAnalysis(client, { registration, timeoutMs, onColorScheme });
  const root = useRef<HTMLDivElement>(null);
  // A failed resize only leaves the iframe at its old height: nothing to tell the agent.
  const onHeight = useCallback((px: number) => void resize(client, px).catch(() => undefined), [client]);
  useAutoResize(root, onHeight, registered);

  return (
    <Root as="main" aria-label={t('title')} ref={root} data-color-scheme={scheme}>
      {analysis.status === 'loading' && <p role="status">{t('loading')}</p>}
      {analysis.status === 'error' && <ErrorState error={analysis.error} onRetry={retry} />}
      {analysis.status === 'ready' && (
        <Sidebar client={client} loaded={analysis.loaded} refreshFailed={analysis.refreshFailed} />
      )}
    </Root>
  );
}

function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div role="alert">
      <h2>{t('error.title')}</h2>
      <p>{loadErrorMessage(error)}</p>
      {onRetry && <Button onClick={onRetry}>{t('retry')}</Button>}
    </div>
  );
}
