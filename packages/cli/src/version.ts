/** The CLI's version, read from its package.json (lib/ sits next to it) rather than kept twice. */
import { readFileSync } from 'node:fs';

export function cliVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined;
  if (typeof version !== 'string') throw new Error('packages/cli/package.json has no version');
  return version;
}
