/**
 * Bytes that cross the API as base64 slices, turned back into files in the window: joined
 * into a Blob, and saved through the browser's own download, which asks where to save in
 * Electron and saves to the downloads folder in a browser. Main never writes such a file
 * itself, so no path crosses the API and serve mode opens no extra route.
 */

/** Bytes as base64, a slice at a time (a spread of millions of arguments would overflow). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let at = 0; at < bytes.length; at += step)
    binary += String.fromCharCode(...bytes.subarray(at, at + step));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Reads slices until the last: `read(offset)` gives one slice and where the next begins. */
export async function readSlices(
  read: (offset: number) => Promise<{ base64: string; nextOffset: number | null }>,
  onSlice?: (received: number) => void,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  let received = 0;
  while (offset !== null) {
    onSlice?.(received);
    const slice: { base64: string; nextOffset: number | null } = await read(offset);
    const bytes = fromBase64(slice.base64);
    parts.push(bytes);
    received += bytes.byteLength;
    offset = slice.nextOffset;
  }
  return parts;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
