import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { hasErrorCode } from './errors.js';
import type { LaunchPlan } from './launch.js';
import { descendantsOf, isRunning, processTable, signalGroup, signalProcess } from './process-group.js';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  pid: number;
  /** Settles when the spawned (listening) process has exited and been reaped. */
  exited: Promise<ExitStatus>;
  /** Captured stdout/stderr, then the plan's log files. */
  output(): string;
  /**
   * SIGKILL to the session processes, SIGTERM to the listener and SIGKILL
   * after graceMs; resolves when none of them is running any more.
   */
  stop(graceMs: number): Promise<void>;
}

// Enough for the error a server prints when it cannot start, without
// letting a chatty server grow the test process's memory.
const OUTPUT_LIMIT = 64 * 1024;
const KILL_WAIT_MS = 5_000;

// Group leaders still running, killed if this process exits without close()
// (a test that throws before its cleanup, vitest tearing a worker down).
// Their sessions end by themselves then: the clients were in this process.
const running = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of running) signalGroup(pid, 'SIGKILL');
  });
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-OUTPUT_LIMIT);
  } catch (error: unknown) {
    // A server that died early may not have made its log yet.
    if (hasErrorCode(error, 'ENOENT')) return '(not created)';
    throw error;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether `promise` settled within `ms`; the timer is cleared either way, so it holds nothing open. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Spawns a server in the foreground as the leader of a new process group,
 * so that stopping it by pid also stops the session processes it forks.
 */
export async function spawnServer(plan: LaunchPlan): Promise<ServerProcess> {
  const env = { ...process.env };
  // An OPENSSL_CONF of the test runner's would change the servers' TLS.
  delete env.OPENSSL_CONF;
  const child = spawn(plan.executable, plan.args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, ...plan.env },
  });

  let captured = '';
  const capture = (chunk: Buffer): void => {
    captured = (captured + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', capture);
  child.stderr.on('data', capture);

  let exitStatus: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      exitStatus = { code, signal };
      if (child.pid !== undefined) running.delete(child.pid);
      resolve(exitStatus);
    });
  });

  const pid = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () => {
      child.removeListener('error', reject);
      if (child.pid === undefined) reject(new Error(`${plan.executable} started without a pid`));
      else resolve(child.pid);
    });
  });
  running.add(pid);
  installExitHook();
  // A forgotten server must not keep the test process alive; the exit hook
  // above still kills it.
  child.unref();
  for (const stream of [child.stdout, child.stderr]) {
    if (stream instanceof Socket) stream.unref();
  }

  const output = (): string =>
    [
      `--- ${plan.executable} stdout/stderr ---`,
      captured.trimEnd() || '(nothing)',
      ...plan.logFiles.flatMap((file) => [`--- ${file} ---`, readLog(file).trimEnd()]),
    ].join('\n');

  const stop = async (graceMs: number): Promise<void> => {
    // Session processes first, while the listener is alive to reap them.
    // They are found by parentage as well as by group: vsftpd makes each
    // session a process group of its own, so signalling our group alone
    // would leave connected sessions running.
    const table = await processTable();
    const sessions = descendantsOf(pid, table);
    // Never our own group (a session can only be in it if something is badly off).
    const ownGroup = table.find((info) => info.pid === process.pid)?.pgrp;
    const groups = new Set([pid, ...sessions.map((info) => info.pgrp).filter((group) => group !== ownGroup)]);
    for (const group of groups) if (group !== pid) signalGroup(group, 'SIGKILL');
    for (const session of sessions) signalProcess(session.pid, 'SIGKILL');
    if (exitStatus === undefined) {
      signalGroup(pid, 'SIGTERM');
      if (!(await settlesWithin(exited, graceMs))) signalGroup(pid, 'SIGKILL');
    }
    signalGroup(pid, 'SIGKILL');
    // close() resolves only once the kernel has ended every one of them.
    const deadline = Date.now() + KILL_WAIT_MS;
    const watched = new Set([pid, ...sessions.map((info) => info.pid)]);
    for (;;) {
      const left = (await processTable()).filter((info) => isRunning(info) && (watched.has(info.pid) || groups.has(info.pgrp)));
      if (left.length === 0 && exitStatus !== undefined) return;
      if (Date.now() > deadline) {
        const pids = left.map((info) => info.pid).join(', ') || String(pid);
        throw new Error(`${plan.executable}: processes ${pids} still running ${KILL_WAIT_MS} ms after SIGKILL`);
      }
      await delay(10);
    }
  };

  return { pid, exited, output, stop };
}
