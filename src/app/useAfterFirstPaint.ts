/**
 * False until the browser has painted what the component first rendered: the sidebar renders what the
 * suggestion does not need (and loads its chunk) only then, so that none of it delays the suggestion.
 * Measured with `npm run bench -- startup`: the suggestion showed about 50 ms sooner on the 2-core machine.
 */
import { useEffect, useState } from 'react';

/** A frame that is not displayed (a hidden panel, a background tab) gets no animation frames. */
const AT_THE_LATEST_MS = 100;

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const show = () => setPainted(true);
    // An animation frame's callbacks run before its paint; a task queued from one runs after it.
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(show);
    });
    const atTheLatest = setTimeout(show, AT_THE_LATEST_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
      clearTimeout(atTheLatest);
    };
  }, []);
  return painted;
}
