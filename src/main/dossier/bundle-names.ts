/**
 * File names inside the ZIP bundle. Names come from the archive (an attachment's original
 * name), so they are made safe for every system the bundle may be unpacked on: no folders,
 * no characters Windows refuses, no reserved device names, not too long, and never twice.
 */

const MAX_NAME_LENGTH = 120;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let safe = base
    // eslint-disable-next-line no-control-regex -- control characters are refused on Windows
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!safe) safe = 'file';
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_NAME_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_NAME_LENGTH - extension.length).trimEnd() + extension;
  }
  return safe;
}

/** Hands out unique paths in a folder: "scan.pdf", then "scan (2).pdf". */
export class UniqueNames {
  private readonly taken = new Set<string>();

  claim(folder: string, name: string): string {
    const safe = safeFileName(name);
    const dot = safe.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
    for (let n = 1; ; n += 1) {
      const candidate = `${folder}/${n === 1 ? safe : `${stem} (${n})${extension}`}`;
      // Archives unpacked on Windows or macOS fold case: "Scan.pdf" and "scan.pdf" collide.
      const key = candidate.toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return candidate;
      }
    }
  }
}
