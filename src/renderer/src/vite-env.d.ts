/// <reference types="vite/client" />

/** pdfjs's worker code, loaded on the page's own thread (see components/PdfPages.tsx). */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
