// `npm start`: builds Casefile when its sources changed, then opens it in Electron's window,
// or, where Electron's program cannot be had, in the browser through `casefile serve`.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ELECTRON_PROBE_SCRIPT,
  ELECTRON_PROBE_TIMEOUT_MS,
  chooseLauncher,
  electronEnv,
  needsBuild,
} from './start-plan.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const INPUTS = ['src', 'electron.vite.config.ts', 'package.json', 'tsconfig.base.json'];
// Each process gets its own group where groups exist, so that a signal reaches it once.
const OWN_GROUP = process.platform !== 'win32';

/** @param {string} relative */
async function mtime(relative) {
  try {
    return (await fs.stat(path.join(ROOT, relative))).mtimeMs;
  } catch {
    return undefined;
  }
}

/** @param {string} relative @returns {Promise<number | undefined>} */
async function newestUnder(relative) {
  const absolute = path.join(ROOT, relative);
  let stat;
  try {
    stat = await fs.stat(absolute);
  } catch {
    return undefined;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of await fs.readdir(absolute)) {
    const child = await newestUnder(path.join(relative, entry));
    if (child !== undefined && child > newest) newest = child;
  }
  return newest;
}

/** @param {(number | undefined)[]} times @param {'min' | 'max'} pick */
function combine(times, pick) {
  if (times.some((time) => time === undefined)) return undefined;
  return Math[pick](.../** @type {number[]} */ (times));
}

/** Runs a command to its end with its output shown; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Loads the `electron` package in a child, which downloads its program if it must. */
function probeElectron() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', ELECTRON_PROBE_SCRIPT], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: OWN_GROUP,
    });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    // The download's own messages and stack traces are not for the person starting the app.
    child.stderr.resume();
    const timer = setTimeout(() => {
      timedOut = true;
      stopTree(child, 'SIGKILL');
    }, ELECTRON_PROBE_TIMEOUT_MS);
    child.on('error', () => {
      clearTimeout(timer);
      resolve({ exitCode: null, timedOut, stdout });
    });
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, timedOut, stdout });
    });
  });
}

/** Signals a child and, where it has one, its whole group (the downloader it started). */
function stopTree(child, signal) {
  try {
    if (OWN_GROUP && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

/** Runs the app's process in the foreground: its output shown, signals passed on, its exit code ours. */
function hand(command, args, env) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: OWN_GROUP,
  });
  // Without process groups (Windows), Ctrl+C reaches the child from the console itself.
  const forwarded = OWN_GROUP ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : [];
  const forward = (signal) => stopTree(child, signal);
  for (const signal of forwarded) process.on(signal, forward);
  process.on('exit', () => {
    if (child.exitCode === null && child.signalCode === null) stopTree(child, 'SIGTERM');
  });
  child.on('error', (error) => {
    console.error(`Casefile could not be started: ${error.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
    for (const signal of forwarded) process.off(signal, forward);
  });
}

async function main() {
  const oldestOutput = combine(await Promise.all(OUTPUTS.map(mtime)), 'min');
  const newestInput = combine(await Promise.all(INPUTS.map(newestUnder)), 'max');
  if (needsBuild(oldestOutput, newestInput)) {
    const code = await run(process.execPath, [
      path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      'build',
    ]);
    if (code !== 0) {
      console.error('Casefile could not be built; the messages above say why.');
      process.exitCode = code;
      return;
    }
  }

  const launcher = chooseLauncher({
    probe: await probeElectron(),
    platform: process.platform,
    env: process.env,
  });
  if (launcher.kind === 'electron') {
    hand(launcher.electronPath, [ROOT], electronEnv(process.env));
  } else {
    console.log(launcher.sentence);
    hand(
      process.execPath,
      [path.join(ROOT, 'bin', 'casefile.js'), ...launcher.serveArgs],
      process.env,
    );
  }
}

await main();
