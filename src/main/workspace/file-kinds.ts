/**
 * What a file is, told by its first bytes, never by its name: a renamed program or document
 * is refused wherever the archive takes a picture or a scan from the window.
 */

export interface FileKind {
  readonly mediaType: string;
  readonly extension: string;
}

const SIGNATURES: readonly (FileKind & { readonly bytes: readonly number[] })[] = [
  { mediaType: 'image/jpeg', extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
  {
    mediaType: 'image/png',
    extension: 'png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { mediaType: 'application/pdf', extension: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // TIFF, as scanners write it, in either byte order.
  { mediaType: 'image/tiff', extension: 'tif', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { mediaType: 'image/tiff', extension: 'tif', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

/** The kind the bytes begin with, among `accepted` media types; undefined for anything else. */
export function fileKindOf(bytes: Uint8Array, accepted: readonly string[]): FileKind | undefined {
  const found = SIGNATURES.find(
    (signature) =>
      accepted.includes(signature.mediaType) &&
      bytes.length > signature.bytes.length &&
      signature.bytes.every((byte, index) => bytes[index] === byte),
  );
  return found && { mediaType: found.mediaType, extension: found.extension };
}

/**
 * The chosen file's name, with the extension its content has: "скан" becomes "скан.pdf",
 * "photo.jpeg" stays as it is, a PDF named "хат.jpg" becomes "хат.pdf".
 */
export function nameWithKind(name: string, kind: FileKind, fallback: string): string {
  const base =
    name
      .trim()
      .replace(/[\r\n]/g, ' ')
      .slice(0, 200) || fallback;
  const given = /\.([a-z0-9]+)$/i.exec(base)?.[1].toLowerCase();
  const same =
    given === kind.extension ||
    (kind.extension === 'jpg' && given === 'jpeg') ||
    (kind.extension === 'tif' && given === 'tiff');
  if (same) return base;
  return `${base.replace(/\.[^.]*$/, '') || fallback}.${kind.extension}`;
}

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
