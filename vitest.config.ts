import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import workspace packages from source, so no build is needed to run them;
// the bundle tests (test/action) run the committed dist/ under Node 24 instead.
const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const alias = {
  '@ftp-actions/core': source('./packages/core/src/index.ts'),
  '@ftp-actions/test-servers': source('./packages/test-servers/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
