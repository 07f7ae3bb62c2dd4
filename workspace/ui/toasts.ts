/** Zendesk-like toasts in the top right corner, announced politely (the container is a live region). */
import { byId, el } from './dom';

export function toast(text: string, level: string, durationMs: number): void {
  const close = el('button', { type: 'button', 'aria-label': 'Dismiss' }, '×');
  const item = el('div', { class: `toast toast-${level}`, 'data-level': level }, el('span', {}, text), close);
  close.addEventListener('click', () => item.remove());
  byId('toasts').append(item);
  setTimeout(() => item.remove(), durationMs);
}
