// Fails when a committed actions/*/dist differs from a fresh build: the
// runner executes dist/index.js, not the sources, so a stale bundle ships
// old code under new tests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run('npx', ['tsc', '-b']);
run(process.execPath, ['scripts/bundle-actions.mjs']);
const changed = execFileSync('git', ['status', '--porcelain', '--', ':(glob)actions/*/dist/**'], { cwd: root, encoding: 'utf8' }).trim();
if (changed !== '') {
  console.error(`dist/ is stale; run \`pnpm build\` and commit the result:\n${changed}`);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', ':(glob)actions/*/dist/**'], { cwd: root, stdio: 'inherit' });
  process.exit(1);
}
console.log('dist/ matches a fresh build');
