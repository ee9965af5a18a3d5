// Bundles each action's compiled entry (actions/<name>/lib/main.js, made by
// `tsc -b`) into the committed actions/<name>/dist/index.js with ncc. The
// entry is an ES module, so ncc emits an ES module bundle and a
// dist/package.json with "type": "module" that tells Node how to load it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const actionsDir = join(root, 'actions');
const only = process.argv.slice(2);

for (const name of readdirSync(actionsDir).sort()) {
  if (only.length > 0 && !only.includes(name)) continue;
  const entry = join(actionsDir, name, 'lib', 'main.js');
  if (!existsSync(entry)) continue;
  const out = join(actionsDir, name, 'dist');
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    {
      stdio: 'inherit',
    },
  );
  console.log(`bundled actions/${name}/dist/index.js`);
}
