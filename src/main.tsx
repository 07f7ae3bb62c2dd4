/**
 * The sidebar's entry, kept small: src/startup.ts takes the client from Zendesk's SDK and starts the
 * handshake and the first read at once; React and the sidebar (src/render.tsx) load meanwhile and show
 * them. Both parts are needed for the first suggestion (`npm run bench -- size` counts them together).
 */
import { client, firstLoad, registration } from './startup';

const container = document.getElementById('root');
if (container) {
  void import('./render').then(({ render }) => render(container, { client, registration, firstLoad }));
}
