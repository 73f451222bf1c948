/**
 * The limits an import holds every file to. They are parameters, not constants, so that a
 * caller (or a test) can tighten them; the defaults fit a campaign laptop.
 */
export interface ImportLimits {
  /** Larger files are refused before a byte of them is read. */
  readonly maxFileBytes: number;
  /** A DOCX whose parts add up to more than this, uncompressed, is refused. */
  readonly maxUnzippedBytes: number;
  /** A DOCX part that claims to grow more than this many times when unzipped is refused. */
  readonly maxZipRatio: number;
  /** One file's extraction is stopped after this long. */
  readonly timeoutMs: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUnzippedBytes: 256 * 1024 * 1024,
  // Word's XML compresses 5–20 times; a few hundred times is a file made to explode.
  maxZipRatio: 200,
  timeoutMs: 120_000,
};

export function withDefaults(limits: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/** "200 MB", "1.5 GB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}
