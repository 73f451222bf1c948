import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/main/security/content-security-policy';

/** Puts the strict CSP into the built page (not the dev server's, which needs inline HMR code). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'casefile-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('meta')}" />`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          // Started as a worker thread by the search (see search-service.ts): a file of its own.
          'index-builder-worker': resolve(__dirname, 'src/main/search/index-builder-worker.ts'),
          // Started as worker threads by file imports (see extraction-pool.ts).
          'extraction-worker': resolve(__dirname, 'src/main/importers/extraction-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only be a CommonJS script with everything bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // The page is loaded from disk, but a smaller bundle still starts faster.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
});
