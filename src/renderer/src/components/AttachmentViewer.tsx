/**
 * Shows one attachment inside the app: a picture as it is, a PDF page by page, plain text as
 * text. The bytes come from main in slices and live only in this window's memory (a blob:
 * URL, let go when the viewer closes), so no copy is written anywhere to show them.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAttachment, showableAs, type AttachmentFile } from '../lib/attachment-file';
import { useLoad } from '../lib/use-load';
import { PdfPages } from './PdfPages';
import { Loaded } from './Status';

export function AttachmentViewer(props: { readonly id: string }) {
  const { t } = useTranslation();
  const state = useLoad(`attachment-bytes:${props.id}`, () => readAttachment(props.id));
  return (
    <div className="attachment-viewer">
      <Loaded state={state} what={t('attachments.opening')}>
        {(file) => <ShownFile file={file} />}
      </Loaded>
    </div>
  );
}

function ShownFile(props: { readonly file: AttachmentFile }) {
  const { file } = props;
  const kind = showableAs(file.mediaType);
  if (kind === 'pdf') return <PdfPages blob={file.blob} name={file.name} />;
  if (kind === 'image') return <ShownImage file={file} />;
  if (kind === 'text') return <ShownText file={file} />;
  return null;
}

function ShownImage(props: { readonly file: AttachmentFile }) {
  const image = useRef<HTMLImageElement>(null);
  // A blob: URL for as long as the picture is shown, let go when it closes.
  useEffect(() => {
    const url = URL.createObjectURL(props.file.blob);
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [props.file.blob]);
  return <img ref={image} className="attachment-image" alt={props.file.name} />;
}

function ShownText(props: { readonly file: AttachmentFile }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void props.file.blob.text().then((value) => {
      if (live) setText(value);
    });
    return () => {
      live = false;
    };
  }, [props.file.blob]);
  return text === null ? null : <pre className="attachment-text">{text}</pre>;
}
