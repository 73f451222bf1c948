// What `npm start` decides, kept apart from the processes it runs so that a test can check it.

/** The Electron check: a child process that loads the `electron` package, which downloads
 * Electron's program on first use and fails (or hangs) where there is no network. */
export const ELECTRON_PROBE_TIMEOUT_MS = 90_000;

const FALLBACK_END = 'so Casefile opens in your browser instead:';

/** The probe prints this before the path; anything else it prints is download chatter. */
export const ELECTRON_PATH_MARKER = 'casefile-electron-path=';

/** The script the probe runs with `node -e`. */
export const ELECTRON_PROBE_SCRIPT = `process.stdout.write('\\n${ELECTRON_PATH_MARKER}' + require('electron') + '\\n')`;

/**
 * The path of Electron's program that the probe printed, or '' when it printed none.
 * @param {string} stdout
 * @returns {string}
 */
export function electronPathFrom(stdout) {
  const line = stdout
    .split(/\r?\n/)
    .reverse()
    .find((candidate) => candidate.startsWith(ELECTRON_PATH_MARKER));
  return line === undefined ? '' : line.slice(ELECTRON_PATH_MARKER.length).trim();
}

/**
 * Whether the build in out/ is missing or older than its sources.
 * @param {number | undefined} oldestOutputMs modification time of the oldest built entry file
 * @param {number | undefined} newestInputMs modification time of the newest source file
 * @returns {boolean}
 */
export function needsBuild(oldestOutputMs, newestInputMs) {
  if (oldestOutputMs === undefined || newestInputMs === undefined) return true;
  return newestInputMs > oldestOutputMs;
}

/**
 * Whether this computer can show a window at all: Linux and the BSDs need an X or Wayland
 * display; macOS and Windows always have one for a logged-in user.
 * @param {NodeJS.Platform} platform
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {boolean}
 */
export function hasDisplay(platform, env) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * How to open Casefile: Electron's window when its program is there and a display is,
 * else serve mode in the browser, introduced by exactly one plain sentence.
 * @param {{ probe: import('./start-plan').ElectronProbe, platform: NodeJS.Platform,
 *   env: Readonly<Record<string, string | undefined>> }} input
 * @returns {import('./start-plan').Launcher}
 */
export function chooseLauncher({ probe, platform, env }) {
  const display = hasDisplay(platform, env);
  const electronPath =
    probe.exitCode === 0 && !probe.timedOut ? electronPathFrom(probe.stdout) : '';
  if (electronPath !== '' && display) return { kind: 'electron', electronPath };
  const reason =
    electronPath !== ''
      ? 'there is no graphical display'
      : probe.timedOut
        ? 'its program took too long to download'
        : 'its program could not be downloaded';
  return {
    kind: 'browser',
    sentence: `Electron's desktop window cannot start here (${reason}), ${FALLBACK_END}`,
    serveArgs: display ? ['serve', '--open'] : ['serve'],
  };
}

/**
 * The environment Electron is started with: never as a plain Node process, whatever the
 * shell it was started from had set.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {Record<string, string | undefined>}
 */
export function electronEnv(env) {
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}
