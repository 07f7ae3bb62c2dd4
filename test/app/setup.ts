import { afterAll, afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { expectSameAnswers } from '../support/standInCalls';

// Parts of the sidebar are chunks it imports when they are shown (the reply part, errors, settings
// problems): the first import in a test file transforms them and styles their Garden components, seconds
// on a busy two-core machine, past Testing Library's 1 s default for findBy and waitFor.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no matchMedia; Garden's theming reads the system color scheme through it at import time.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => cleanup());

// The bundle gives Garden stand-ins for polished and color2k: whatever a test file rendered, each call
// Garden made to them gets the same answer from the stand-ins (test/support/standInCalls.ts records them).
afterAll(() => expectSameAnswers());
