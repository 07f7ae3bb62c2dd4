/**
 * Keeps the sidebar iframe as tall as its content: measured after every render and whenever the root
 * changes size, at most once per animation frame, and only sent to Zendesk when the height changed.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** `enabled` stays false until Zendesk has registered the app: nothing may be sent before that. */
export function useAutoResize(
  root: RefObject<HTMLElement | null>,
  onHeight: (px: number) => void,
  enabled: boolean,
): void {
  const last = useRef<number | null>(null);
  const frame = useRef<number | null>(null);
  const report = useRef(onHeight);
  const on = useRef(enabled);
  useLayoutEffect(() => {
    report.current = onHeight;
    on.current = enabled;
  });

  const schedule = useRef(() => {
    if (!on.current || frame.current !== null) return;
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

  // After every render: content changes show up here even where ResizeObserver is missing.
  useEffect(() => schedule.current());

  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => schedule.current());
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [root]);
}
