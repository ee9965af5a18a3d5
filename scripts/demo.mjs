// The demo: starts an embedded FTPS server on loopback (ftp-srv with a
// certificate made just now), then runs each action's real bundle against
// it exactly as the GitHub Actions runner would, and prints what a person
// would see: the log, the outputs and the job summary.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeTestPki, node24, runBundle, startFtpSrv } from '@ftp-actions/test-servers';

const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const rule = (title) => console.log(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`)}`);

/** The runner's log as a terminal shows it: workflow commands turned into words. */
function showLog(stdout) {
  for (const line of stdout.split('\n')) {
    if (line === '' || line.startsWith('::add-mask::')) continue;
    const command = /^::(error|warning|notice)[^:]*::(.*)$/.exec(line);
    console.log(command === null ? `  ${line}` : `  ${command[1].toUpperCase()}: ${command[2].replace(/%0A/g, '\n    ')}`);
  }
}

function showRun(title, run) {
  rule(title);
  showLog(run.stdout);
  if (run.stderr !== '') console.log(run.stderr);
  console.log(bold('\n  outputs'));
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`    ${name.padEnd(15)} ${value.length > 90 ? `${value.slice(0, 87)}...` : value}`);
  console.log(bold('\n  job summary'));
  console.log(run.summary.replace(/^/gm, '    '));
  console.log(`  exit code ${run.exitCode} (${run.exitCode === 0 ? 'step passed' : 'step failed'})`);
}

console.log('Fetching Node 24 (the runtime the actions declare) ...');
node24();
const pki = await makeTestPki();
const password = 'demo-password-never-printed';
const server = await startFtpSrv({ tls: 'explicit', cert: pki.server, password });
console.log(`Embedded FTPS server on ${server.host}:${server.port}, serving ${server.root}`);

const connection = {
  server: server.host,
  port: String(server.port),
  username: server.user,
  password,
  'tls-ca': pki.ca.certPem,
};

/** A small built site, as a release job would have it. */
const site = {
  'index.html': '<!doctype html><link rel="stylesheet" href="css/site.css"><h1>Hello</h1>\n',
  'about/index.html': '<!doctype html><h1>About</h1>\n',
  'css/site.css': 'body { font-family: sans-serif }\n',
  'js/app.js': 'console.log("deployed");\n',
  'img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
};
const work = await mkdtemp(join(tmpdir(), 'ftp-actions-demo-'));
const siteDir = join(work, 'site');
const fetchedDir = join(work, 'fetched');
for (const [path, content] of Object.entries(site)) {
  await mkdir(dirname(join(siteDir, path)), { recursive: true });
  await writeFile(join(siteDir, path), content);
}

try {
  showRun(
    'health: a fit server (explicit FTPS, write test)',
    await runBundle('health', { ...connection, 'write-test': 'true', 'require-features': 'UTF8' }),
  );
  showRun('health: a wrong password fails the gate', await runBundle('health', { ...connection, password: 'not-the-password' }));
  showRun(
    'upload: deploy the site to /www (atomic, 4 connections)',
    await runBundle('upload', { ...connection, 'local-dir': siteDir, 'remote-dir': 'www' }),
  );
  showRun(
    'upload: a version stamp from text',
    await runBundle('upload', { ...connection, 'remote-dir': 'www', content: 'v1.0.0\n', 'remote-file': 'VERSION' }),
  );
  showRun(
    'download: read the stamp into an output',
    await runBundle('download', { ...connection, 'remote-dir': 'www', 'remote-file': 'VERSION', 'to-output': 'true' }),
  );
  showRun('download: fetch the site back', await runBundle('download', { ...connection, 'remote-dir': 'www', 'local-dir': fetchedDir }));
  let same = true;
  for (const [path, content] of Object.entries(site)) same &&= (await readFile(join(fetchedDir, path), 'utf8')) === content;
  rule(same ? 'the fetched site is byte for byte the one uploaded' : 'MISMATCH between the uploaded and the fetched site');
  if (!same) process.exitCode = 1;
} finally {
  await server.close();
  await rm(work, { recursive: true, force: true });
}
// ftp-srv leaves timers running after close (up to 30 s); the demo is done.
process.exit(process.exitCode ?? 0);
