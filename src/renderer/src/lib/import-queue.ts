/**
 * Files dropped anywhere on the window wait here until the import page takes them, so
 * that a drop on any page starts the same import as the page's own picker.
 */
type Listener = () => void;

let waiting: File[] = [];
const listeners = new Set<Listener>();

export function queueFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  waiting = [...waiting, ...files];
  for (const listener of listeners) listener();
}

/** The files waiting, handed over once: a second take finds none. */
export function takeQueuedFiles(): File[] {
  const taken = waiting;
  waiting = [];
  return taken;
}

export function onQueuedFiles(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
