/**
 * The sidebar's entry: Zendesk's SDK (loaded by assets/iframe.html from Zendesk's CDN) gives the client,
 * and the App waits for it to register before making any call.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { whenRegistered } from './zendesk/adapter';

const client = window.ZAFClient?.init();
// Subscribed now, not in a render: React's first render may come after Zendesk's answer.
const registration = client ? whenRegistered(client) : undefined;
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App client={client} registration={registration} />
    </StrictMode>,
  );
}
