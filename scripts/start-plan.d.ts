/** Types of scripts/start-plan.js, for its tests. */
export interface ElectronProbe {
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** What the probe printed: the path of Electron's program when it is there. */
  readonly stdout: string;
}

export type Launcher =
  | { readonly kind: 'electron'; readonly electronPath: string }
  | { readonly kind: 'browser'; readonly sentence: string; readonly serveArgs: string[] };

export const ELECTRON_PROBE_TIMEOUT_MS: number;
export const ELECTRON_PATH_MARKER: string;
export const ELECTRON_PROBE_SCRIPT: string;
export function electronPathFrom(stdout: string): string;
export function needsBuild(
  oldestOutputMs: number | undefined,
  newestInputMs: number | undefined,
): boolean;
export function hasDisplay(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): boolean;
export function chooseLauncher(input: {
  probe: ElectronProbe;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
}): Launcher;
export function electronEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined>;
