/**
 * What each committed bundle carries. Node compiles the whole ES module at
 * start, so every kilobyte costs start-up time on every run (2.1 MB took
 * about 35 ms more than 0.9 MB, measured under Node 24). Two things once
 * doubled the bundles: @actions/core's OIDC and platform modules, which pull
 * in undici, @actions/http-client, @actions/exec and @actions/io (dropped by
 * the pnpm patch that declares @actions/core side-effect free), and every
 * module of @ftp-actions/core in every bundle (dropped by its own
 * "sideEffects": false). ncc names each module it concatenates in a comment;
 * those names are what is checked.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bundle = (action: string): string =>
  readFileSync(fileURLToPath(new URL(`../../actions/${action}/dist/index.js`, import.meta.url)), 'utf8');

/** A core module that only one action uses, by action. */
const ownModules: Record<string, string> = {
  sync: 'packages/core/lib/sync/sync.js',
  health: 'packages/core/lib/health/probe.js',
};

describe.each(['upload', 'download', 'sync', 'health'])('actions/%s/dist/index.js', (action) => {
  const code = bundle(action);

  it('carries no HTTP client, process runner or file-system helper of the toolkit', () => {
    for (const unused of ['undici', '@actions+http-client', '@actions+exec', '@actions+io', 'tunnel@']) {
      expect(code, `${unused} is bundled`).not.toContain(unused);
    }
  });

  it("carries only its own action's core modules", () => {
    for (const [owner, module] of Object.entries(ownModules)) {
      if (owner === action) expect(code).toContain(module);
      else expect(code, `${module} (${owner} only) is bundled`).not.toContain(module);
    }
  });
});
