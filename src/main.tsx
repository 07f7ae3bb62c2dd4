// Placeholder entry so the build works before the sidebar lands; the sidebar's src/main.tsx replaces it.
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (container) createRoot(container).render(<p>Loading</p>);
