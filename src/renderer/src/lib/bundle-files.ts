/**
 * Archive bundles (.casefile) among the files the user picks or drops: they are merged into
 * the archive rather than imported as documents, and an encrypted one needs its passphrase
 * before it is sent (its first bytes say so, see main's bundle-cipher.ts).
 */
export const BUNDLE_EXTENSION = '.casefile';

const SEALED_MAGIC = [0x43, 0x46, 0x42, 0x01]; // "CFB\x01"

export function isBundleFile(name: string): boolean {
  return name.toLowerCase().endsWith(BUNDLE_EXTENSION);
}

/** Whether any of the files is an encrypted archive bundle. */
export async function hasSealedBundle(files: readonly File[]): Promise<boolean> {
  for (const file of files) {
    if (!isBundleFile(file.name)) continue;
    const head = new Uint8Array(await file.slice(0, SEALED_MAGIC.length).arrayBuffer());
    if (SEALED_MAGIC.every((byte, index) => head[index] === byte)) return true;
  }
  return false;
}
