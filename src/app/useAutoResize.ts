/**
 * Keeps the sidebar iframe as tall as its content: measured after every render and whenever the root
 * changes size, at most once per animation frame, and only sent to Zendesk when the height changed.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export function useAutoResize(root: RefObject<HTMLElement | null>, onHeight: (px: number) => void): void {
  const last = useRef<number | null>(null);
  const frame = useRef<number | null>(null);
  const report = useRef(onHeight);
  useLayoutEffect(() => {
    report.current = onHeight;
  });

  const schedule = useRef(() => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      const element = root.current;
      if (!element) return;
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last.current) return;
      last.current = height;
      report.current(height);
    });
  });

  // After every render of the root's owner.
  useEffect(() => schedule.current());

  // And on any change below it: content changes (MutationObserver) and size changes (ResizeObserver), e.g.
  // a longer preview, a message appearing, or the iframe's width changing.
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const measure = () => schedule.current();
    const mutations = new MutationObserver(measure);
    mutations.observe(element, { childList: true, subtree: true, characterData: true, attributes: true });
    const sizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    sizes?.observe(element);
    return () => {
      mutations.disconnect();
      sizes?.disconnect();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [root]);
}
