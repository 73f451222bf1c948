import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import type { Archive } from '../../../src/main/archive/archive';
import { collectDossier } from '../../../src/main/dossier/collect-dossier';
import { dossierHtml } from '../../../src/main/dossier/dossier-html';
import { cssString, escapeHtml } from '../../../src/main/dossier/html-escape';
import { META, NOW, PRISONER, buildPrisonerArchive, tempDir } from './fixture';

describe('dossierHtml', () => {
  let dir: string;
  let archive: Archive;
  let html: string;

  beforeAll(async () => {
    dir = await tempDir('casefile-dossier-html-');
    archive = await buildPrisonerArchive(dir);
    // Text that would be markup, a script or a link if it were not escaped.
    await archive.create(
      'letter',
      {
        personId: PRISONER.id,
        sentOn: '2024-12-24',
        status: 'sent',
        summary: '<script>alert(1)</script> <img src=x onerror=alert(2)> see http://example.org/x',
        sharing: 'public',
      },
      'l-hostile',
    );
    const { model } = await collectDossier(archive, PRISONER.id, 'team', { now: NOW });
    html = dossierHtml(model, {
      ...META,
      archiveName: 'Archive </style><script>alert(3)</script>',
    });
  });

  afterAll(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('is one self-contained page: no scripts, no addresses to fetch, a policy that forbids both', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html.toLowerCase()).not.toContain('http:');
    expect(html.toLowerCase()).not.toContain('https:');
    expect(html).not.toMatch(/<(img|link|iframe|object|embed|audio|video|source|base|form)\b/i);
    expect(html).not.toMatch(/url\(|@import/i);
    // The only links are to the page's own sections.
    expect(html.match(/href="[^"]*"/g)?.every((href) => href.startsWith('href="#'))).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('escapes every piece of archive text and still shows it', () => {
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;',
    );
    // The address stays readable; only its colon is a character reference.
    expect(html).toContain('see http&#58;//example.org/x');
    expect(html).toContain('https&#58;//example.org/steppe-herald/ungirbayev');
  });

  it('holds the names in both scripts and every section', () => {
    expect(html).toContain(`<h1>${PRISONER.name}</h1>`);
    expect(html).toContain(PRISONER.nativeName);
    for (const alias of PRISONER.aliases) expect(html).toContain(alias);
    for (const id of [
      'person',
      'address',
      'cases',
      'timeline',
      'correspondence',
      'articles',
      'documents',
    ]) {
      expect(html).toContain(`<section id="${id}">`);
    }
    expect(html).toContain('670 days (since 2023-05-01)');
  });
});

describe('escaping helpers', () => {
  it('escapeHtml escapes markup, defuses web addresses and replaces control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(escapeHtml('HTTPS://a FTP://b file:///c')).toBe(
      'HTTPS&#58;//a FTP&#58;//b file&#58;///c',
    );
    expect(escapeHtml('a\u0000b\u0007c\nd\te')).toBe('a\ufffdb\ufffdc\nd\te');
  });

  it('cssString leaves nothing that could end the string, the rule or the style element', () => {
    const css = cssString('a "b" } </style> \\ Ә');
    expect(css).toBe('"a \\22 b\\22  \\7d  \\3c \\2f style\\3e  \\5c  \\4d8 "');
    expect(css.slice(1, -1)).not.toMatch(/["<>{}]/);
  });
});
