// The demo: starts an embedded FTPS server on loopback (ftp-srv with a
// certificate made just now), then runs each action's real bundle against
// it exactly as the GitHub Actions runner would, and prints what a person
// would see: the log, the outputs and the job summary.
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

try {
  showRun(
    'health: a fit server (explicit FTPS, write test)',
    await runBundle('health', { ...connection, 'write-test': 'true', 'require-features': 'UTF8' }),
  );
  showRun('health: a wrong password fails the gate', await runBundle('health', { ...connection, password: 'not-the-password' }));
} finally {
  await server.close();
}
// ftp-srv leaves timers running after close (up to 30 s); the demo is done.
process.exit(0);
