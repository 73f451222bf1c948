/**
 * Where archives live by default: the per-user data folder that the desktop app uses, so
 * that the CLI, serve mode and the window all open the same archive without setup.
 */
import path from 'node:path';

export const APP_FOLDER_NAME = 'Casefile';

/** The per-user data folder of the app, as Electron computes `userData` for "Casefile". */
export function userDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      APP_FOLDER_NAME,
    );
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME);
}

/** The archive used when none is named: $CASEFILE_ARCHIVE, else `<userData>/archive`. */
export function defaultArchiveDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  if (env.CASEFILE_ARCHIVE) return path.resolve(env.CASEFILE_ARCHIVE);
  const base = userDataDir(platform, env, home);
  return platform === 'win32' ? path.win32.join(base, 'archive') : path.posix.join(base, 'archive');
}

/** The fictional sample archive that sits beside an archive. */
export function sampleArchiveDir(archiveDir: string): string {
  return path.join(path.dirname(archiveDir), `${path.basename(archiveDir)}-sample`);
}
