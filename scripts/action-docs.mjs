// Generates the inputs and outputs tables of each actions/<name>/README.md
// from its action.yml, between marker comments, so the docs cannot drift
// from what the action accepts. `node scripts/action-docs.mjs` rewrites the
// READMEs; `--check` only reports drift (a test runs the same check).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => (text === '' ? '`""`' : `\`${text}\``);

export function inputsTable(yml) {
  const rows = Object.entries(yml.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default === undefined ? '' : code(input.default)} | ${input.required === true ? 'yes' : 'no'} | ${cell(input.description ?? '')} |`,
  );
  return ['| input | default | required | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(yml) {
  const rows = Object.entries(yml.outputs ?? {}).map(([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`);
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBetween(text, name, body, file) {
  const start = `<!-- generated:${name} (scripts/action-docs.mjs, from action.yml) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} lacks the markers ${start} ... ${end}`);
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
}

/** The README with both tables regenerated. */
export function renderReadme(text, yml, file = 'README.md') {
  return replaceBetween(replaceBetween(text, 'inputs', inputsTable(yml), file), 'outputs', outputsTable(yml), file);
}

/** Every action's README path with its current and regenerated text. */
export function actionReadmes(names) {
  const actionsDir = join(root, 'actions');
  return readdirSync(actionsDir)
    .filter((name) => existsSync(join(actionsDir, name, 'action.yml')) && (names === undefined || names.includes(name)))
    .sort()
    .map((name) => {
      const file = join(actionsDir, name, 'README.md');
      const yml = parse(readFileSync(join(actionsDir, name, 'action.yml'), 'utf8'));
      const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
      return { name, file, current, generated: renderReadme(current, yml, `actions/${name}/README.md`) };
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  let stale = 0;
  for (const readme of actionReadmes(only.length === 0 ? undefined : only)) {
    if (readme.current === readme.generated) continue;
    stale += 1;
    if (check) console.error(`actions/${readme.name}/README.md is out of step with its action.yml; run node scripts/action-docs.mjs`);
    else writeFileSync(readme.file, readme.generated);
  }
  if (check && stale > 0) process.exit(1);
  if (!check) console.log(`action READMEs regenerated (${stale} changed)`);
}
