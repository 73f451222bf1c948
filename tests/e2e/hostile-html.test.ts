/**
 * Imported HTML cannot run script in the app. An article carries script, event handlers,
 * javascript: links, frames, a meta refresh, style imports and remote images, both as typed
 * into the archive and as an imported .html file; the app shows it under its real CSP, and
 * nothing runs: no dialog, no changed title, no console or CSP error, and no request leaves
 * for the listening server every payload points at.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, startHarness, type AppPage, type Harness } from './harness';

let harness: Harness;
let sink: Server;
let sinkHits: string[];
let sinkOrigin: string;

beforeEach(async () => {
  sinkHits = [];
  sink = createServer((request, response) => {
    sinkHits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  sinkOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
  await new Promise((resolve) => sink.close(resolve));
});

/** Every way a page can be made to run script or fetch something, each aimed at the sink. */
function hostileHtml(origin: string): string {
  const ping = (what: string) => `fetch('${origin}/${what}');document.title='RAN';alert('${what}')`;
  return `<!doctype html>
<html lang="kk"><head>
<meta charset="utf-8">
<title>Қамаудағы журналист Ерлан Сәрсенбаев туралы</title>
<meta http-equiv="refresh" content="0;url=${origin}/meta-refresh">
<link rel="stylesheet" href="${origin}/stylesheet.css">
<style>@import url('${origin}/style-import.css'); body { background: url('${origin}/background.png') }</style>
<script>${ping('head-script')}</script>
<script src="${origin}/remote-script.js"></script>
<base href="${origin}/">
</head>
<body onload="${ping('body-onload')}">
<h1>Ерлан Сәрсенбаевтың ісі: апелляция қайтадан кейінге қалдырылды</h1>
<p>Сот отырысы 14 наурызға ауыстырылды. Адвокат Гүлмира Оспанова өтініш берді.</p>
<img src="${origin}/remote-photo.jpg" alt="фото">
<img src="x" onerror="${ping('img-onerror')}">
<svg onload="${ping('svg-onload')}"><script>${ping('svg-script')}</script></svg>
<a href="javascript:${ping('javascript-link')}">Хат жазу үшін басыңыз</a>
<a href="${origin}/plain-link">Толығырақ</a>
<iframe src="${origin}/iframe"></iframe>
<iframe srcdoc="<script>parent.${ping('srcdoc')}</script>"></iframe>
<object data="${origin}/object.swf"></object>
<embed src="${origin}/embed.swf">
<form action="${origin}/form"><input name="q" autofocus onfocus="${ping('onfocus')}"><button>Жіберу</button></form>
<video poster="${origin}/poster.png"><source src="${origin}/video.mp4"></video>
<details open ontoggle="${ping('ontoggle')}"><summary>Үкім мәтіні</summary>Үкім: бес жыл.</details>
<p>Соңғы сөз: «Мен кінәлі емеспін». Хаттарды мына мекенжайға жіберіңіз: ЕЦ-166/5.</p>
</body></html>`;
}

/** Requests the page made to anything but the app's own server. */
function watch(app: AppPage): { outside: string[]; dialogs: string[] } {
  const seen = { outside: [] as string[], dialogs: [] as string[] };
  app.page.on('request', (request) => {
    if (!request.url().startsWith(harness.server.origin)) seen.outside.push(request.url());
  });
  app.page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

/** What a script that ran would have left in the page's DOM. */
async function activeContent(app: AppPage): Promise<Record<string, number>> {
  return (await app.page.evaluate(`(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      remoteImages: [...document.images].filter((img) => !img.src.startsWith(location.origin) && !img.src.startsWith('data:') && !img.src.startsWith('blob:')).length,
      pageScripts: [...document.scripts].filter((s) => !s.src.startsWith(location.origin)).length,
    };
  })()`)) as Record<string, number>;
}

test('hostile HTML in an article runs nothing and loads nothing, typed in or imported', async () => {
  const html = hostileHtml(sinkOrigin);
  const typed = await harness.call('articles.create', {
    title: `<img src="${sinkOrigin}/title-image" onerror="alert('title')">Шұғыл әрекет`,
    body: html,
  });

  // The same page imported as a file, the way a campaign saves an article from the web.
  const file = path.join(path.dirname(harness.archiveDir), 'ерлан-сәрсенбаев.html');
  await writeFile(file, html);
  let imported = { code: null as number | null, output: '' };
  await harness.restartServer(async () => {
    imported = await runCli(['import', file, '--archive', harness.archiveDir]);
  });
  expect(imported.code, imported.output).toBe(0);
  const articles = await harness.call('articles.list', {});
  const fromFile = articles.items.find((item) => item.id !== typed.id);
  expect(fromFile, JSON.stringify(articles.items)).toBeDefined();
  const importedBody = (await harness.call('articles.get', { id: fromFile!.id })).body;
  expect(importedBody).toContain('апелляция қайтадан кейінге қалдырылды');
  expect(importedBody).not.toMatch(/<script|onerror|javascript:/i);

  const app = await harness.openApp(`#/articles/${encodeURIComponent(typed.id)}`);
  const seen = watch(app);
  const { page } = app;
  const editor = page.getByRole('form', { name: 'Edit article' });
  // The HTML is shown as the text it is, not as a page.
  await expect.poll(() => editor.getByLabel('Text').inputValue()).toBe(html);
  expect(await editor.getByLabel(/^Title/).inputValue()).toContain('Шұғыл әрекет');
  await harness.screenshot(page, 'hostile-html-typed');
  expect(await activeContent(app)).toEqual({
    frames: 0,
    handlers: 0,
    javascriptLinks: 0,
    remoteImages: 0,
    pageScripts: 0,
  });

  await page.goto(`${harness.server.url}#/articles/${encodeURIComponent(fromFile!.id)}`);
  await expect
    .poll(() => page.getByRole('form', { name: 'Edit article' }).getByLabel('Text').inputValue())
    .toContain('Сот отырысы 14 наурызға ауыстырылды');
  await harness.screenshot(page, 'hostile-html-imported');

  // Search results show snippets of both, with the matched words marked.
  await page.goto(`${harness.server.url}#/search?q=${encodeURIComponent('апелляция')}`);
  await page
    .locator('.results mark', { hasText: /апелляция/i })
    .first()
    .waitFor();
  expect(await page.locator('.results').innerText()).toContain('Шұғыл әрекет');
  await harness.screenshot(page, 'hostile-html-search');
  await page
    .getByRole('link', { name: /Articles/ })
    .first()
    .click();
  await page.locator('tbody tr').first().waitFor();

  // Give anything delayed (a refresh, a lazy image) time to fire before judging.
  await page.waitForTimeout(1500);
  expect(await activeContent(app)).toMatchObject({ frames: 0, handlers: 0, javascriptLinks: 0 });
  expect(await page.title()).not.toBe('RAN');
  expect(seen.dialogs).toEqual([]);
  expect(seen.outside).toEqual([]);
  expect(sinkHits).toEqual([]);
  expect(app.errors).toEqual([]);

  // The checks above would see markup that reached the page: put the same HTML in as
  // markup (outside the app's own elements), and the CSP blocks it loudly.
  await page.evaluate(
    `document.body.appendChild(document.createElement('div')).innerHTML = ${JSON.stringify(html)}`,
  );
  await expect.poll(() => app.errors.join('\n')).toMatch(/Content Security Policy/);
  expect(seen.dialogs).toEqual([]);
}, 180_000);
