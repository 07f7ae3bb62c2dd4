import { defineConfig } from 'vitest/config';

// Three projects: pure logic in Node, components in jsdom, end-to-end in a real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/app/setup.ts'],
        },
      },
    ],
  },
});
