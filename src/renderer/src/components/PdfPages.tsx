/**
 * A PDF shown page by page inside the app with pdfjs-dist, loaded only when a PDF is first
 * opened. A PDF is untrusted input: pdfjs runs with eval off and without its scripting, and
 * on this thread (pdfjs's "fake worker"), because the app's pages load from file:// in the
 * desktop window, where the strict CSP allows no worker made from a blob.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';

type PdfJs = typeof import('pdfjs-dist');
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist');
  })();
  return pdfjs;
}

/** Pages are drawn this many CSS pixels wide, sharper on screens with denser pixels. */
const PAGE_WIDTH = 760;

export function PdfPages(props: { readonly blob: Blob; readonly name: string }) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    void (async () => {
      try {
        const { getDocument } = await loadPdfJs();
        const data = new Uint8Array(await props.blob.arrayBuffer());
        opened = await getDocument({
          data,
          isEvalSupported: false,
          enableXfa: false,
          stopAtErrors: false,
        }).promise;
        if (live) setPdf(opened);
        else void opened.destroy();
      } catch (error) {
        if (!live) return;
        const name = (error as { name?: string }).name;
        setProblem(
          name === 'PasswordException' ? t('attachments.pdfLocked') : t('attachments.pdfBroken'),
        );
      }
    })();
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [props.blob, t]);

  if (problem)
    return (
      <p className="error-box" role="alert">
        {problem}
      </p>
    );
  if (!pdf) return <p className="cell-muted">{t('attachments.opening')}</p>;
  const count = pdf.numPages;
  return (
    <div className="pdf-pages">
      <div className="pdf-toolbar" role="toolbar" aria-label={t('attachments.pages')}>
        <button type="button" onClick={() => setPage(page - 1)} disabled={page <= 1}>
          {t('attachments.previous')}
        </button>
        <span role="status">{t('attachments.pageOf', { page, count })}</span>
        <button type="button" onClick={() => setPage(page + 1)} disabled={page >= count}>
          {t('attachments.next')}
        </button>
      </div>
      <PdfPage
        pdf={pdf}
        number={page}
        label={t('attachments.pageLabel', { name: props.name, page })}
      />
    </div>
  );
}

function PdfPage(props: {
  readonly pdf: PDFDocumentProxy;
  readonly number: number;
  readonly label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawnPage, setDrawnPage] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | undefined;
    void (async () => {
      let page: Awaited<ReturnType<PDFDocumentProxy['getPage']>>;
      try {
        page = await props.pdf.getPage(props.number);
      } catch {
        // A damaged page, or the document closed meanwhile: the page stays blank.
        return;
      }
      const target = canvas.current;
      if (cancelled || !target) return;
      const base = page.getViewport({ scale: 1 });
      const scale = (PAGE_WIDTH / base.width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      target.style.width = `${PAGE_WIDTH}px`;
      target.style.height = `${Math.floor((viewport.height * PAGE_WIDTH) / viewport.width)}px`;
      task = page.render({ canvas: target, viewport });
      try {
        await task.promise;
        if (!cancelled) setDrawnPage(props.number);
      } catch {
        // Cancelled because another page was asked for.
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [props.pdf, props.number]);

  return (
    <canvas
      ref={canvas}
      className="pdf-page"
      role="img"
      aria-label={props.label}
      data-drawn={drawnPage === props.number ? 'yes' : 'no'}
    />
  );
}
