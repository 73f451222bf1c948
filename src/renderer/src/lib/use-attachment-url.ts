/**
 * An attachment's bytes as a blob: URL for an <img>, fetched through `attachments.content`
 * a slice at a time (the window never gets a file path), revoked when it is no longer shown.
 */
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/api';
import { call } from '../api-client';

export type AttachmentUrl =
  | { readonly status: 'none' | 'loading' }
  | { readonly status: 'ready'; readonly url: string }
  | { readonly status: 'error'; readonly error: Error };

async function attachmentBlob(id: string): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  let mediaType = 'application/octet-stream';
  while (offset !== null) {
    const slice: ApiOutput<'attachments.content'> = await call('attachments.content', {
      id,
      offset,
    });
    parts.push(Uint8Array.from(atob(slice.base64), (char) => char.charCodeAt(0)));
    mediaType = slice.mediaType;
    offset = slice.nextOffset;
  }
  return new Blob(parts, { type: mediaType });
}

export function useAttachmentUrl(id: string | undefined): AttachmentUrl {
  const [state, setState] = useState<{ id: string; value: AttachmentUrl } | null>(null);

  useEffect(() => {
    if (!id) return;
    let live = true;
    let url: string | undefined;
    attachmentBlob(id).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setState({ id, value: { status: 'ready', url } });
      },
      (error: unknown) => {
        if (live)
          setState({
            id,
            value: {
              status: 'error',
              error: error instanceof Error ? error : new Error(String(error)),
            },
          });
      },
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);

  if (!id) return { status: 'none' };
  return state?.id === id ? state.value : { status: 'loading' };
}
