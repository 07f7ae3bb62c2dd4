/**
 * React and the sidebar, loaded by src/main.tsx right after the entry has started the handshake and the
 * first read, so that fetching and compiling them overlaps with Zendesk's answers.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './app/App';

export function render(container: HTMLElement, props: AppProps): void {
  createRoot(container).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}
