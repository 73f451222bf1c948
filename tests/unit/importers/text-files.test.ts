import { describe, expect, it } from 'vitest';
import { extractTextFile } from '../../../src/main/importers/extract-text-file';
import { htmlToText, sanitizeHtml } from '../../../src/main/importers/html-text';
import { findDates, isoOf } from '../../../src/main/importers/dates';
import type { ArticleDraft } from '../../../src/main/importers/drafts';
import { cp1251, koi8r } from './fixtures';

const article = (bytes: Uint8Array, name: string, format: 'text' | 'markdown' | 'html') =>
  extractTextFile(bytes, name, format).draft as ArticleDraft;

describe('plain text and Markdown', () => {
  it('guesses title, date, author and language from the top of a cp1251 file', () => {
    // cp1251 has no Kazakh letters: files in it spell Kazakh names the Russian way.
    const text = [
      'Срок ареста Кушакбаева продлён',
      'Автор: Асель Жумабаева',
      '12 марта 2024 года суд продлил срок содержания под стражей до 10 июня.',
    ].join('\r\n');
    const draft = article(cp1251(text), 'news.txt', 'text');
    expect(draft).toMatchObject({
      kind: 'article',
      title: 'Срок ареста Кушакбаева продлён',
      author: 'Асель Жумабаева',
      date: '2024-03-12',
      language: 'ru',
      encoding: 'windows-1251',
    });
    expect(draft.body).toContain('до 10 июня');
    expect(draft.body).not.toContain('\r');
  });

  it('reads KOI8-R and dates written as 12.03.2024', () => {
    const draft = article(
      koi8r('Заявление\nот 12.03.2024 г.\nПрошу разрешить свидание.'),
      'z.txt',
      'text',
    );
    expect(draft).toMatchObject({ title: 'Заявление', date: '2024-03-12', encoding: 'koi8-r' });
  });

  it('takes Markdown front matter and headings', () => {
    const text =
      '---\ntitle: "Ерлан Сейтқали: хат"\ndate: 2024-03-12\nauthor: Ғалым Төлеуов\n---\n# Басқа тақырып\n\nМәтін.';
    const draft = article(Buffer.from(text), 'post.md', 'markdown');
    expect(draft).toMatchObject({
      title: 'Ерлан Сейтқали: хат',
      date: '2024-03-12',
      author: 'Ғалым Төлеуов',
      language: 'kk',
    });
    expect(draft.body.startsWith('# Басқа тақырып')).toBe(true);
    const plain = article(Buffer.from('## Үндеу\n\nСотқа хат жазыңыз.'), 'u.md', 'markdown');
    expect(plain.title).toBe('Үндеу');
  });

  it('falls back to the file name for a title and refuses a file with no words', () => {
    expect(article(Buffer.from('12345 ...\n'), 'нөмір_1.txt', 'text').title).toBe('12345 ...');
    expect(() => extractTextFile(Buffer.from(' \n\t\n'), 'blank.txt', 'text')).toThrow(
      'This file has no text.',
    );
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html lang="ru-RU"><head>
    <meta charset="utf-8">
    <title>Новости — Сайт кампании</title>
    <meta name="author" content="Әсел Жұмабаева">
    <meta property="article:published_time" content="2024-03-12T09:30:00+05:00">
    <link rel="canonical" href="https://example.org/news/1">
    <script>window.stolen = document.cookie</script>
    <style>body { background: url(https://tracker.example/pixel) }</style>
  </head><body>
    <h1>Кушакбаеву продлили арест</h1>
    <p onclick="steal()">Суд продлил арест до <b>10 июня</b>.</p>
    <img src="https://tracker.example/pixel.gif" alt="pixel">
    <img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">
    <form action="https://evil.example/"><input name="password" value="секрет"><button>Жіберу</button></form>
    <iframe src="https://evil.example/frame"></iframe>
    <a href="javascript:alert(1)">сілтеме</a>
    <ul><li>Бірінші</li><li>Екінші</li></ul>
  </body></html>`;

  it('reads title (its one <h1>, not the site name), author, date, address and language', () => {
    const draft = article(Buffer.from(page), 'news.html', 'html');
    expect(draft).toMatchObject({
      title: 'Кушакбаеву продлили арест',
      author: 'Әсел Жұмабаева',
      date: '2024-03-12',
      url: 'https://example.org/news/1',
      language: 'ru',
      encoding: 'utf-8',
    });
  });

  it('decodes a page in the charset its <meta> declares', () => {
    const old =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Ещё одна жалоба</title></head><body><p>Текст жалобы.</p></body></html>';
    const draft = article(cp1251(old), 'old.htm', 'html');
    expect(draft).toMatchObject({ title: 'Ещё одна жалоба', encoding: 'windows-1251' });
    expect(draft.body).toBe('Текст жалобы.');
  });

  it('keeps readable text only: no script, style, form, frame or hidden value', () => {
    const text = htmlToText(page);
    expect(text).toContain('Кушакбаеву продлили арест');
    expect(text).toContain('Суд продлил арест до 10 июня.');
    expect(text).toMatch(/Бірінші\nЕкінші/);
    expect(text).not.toMatch(/stolen|cookie|background|секрет|Жіберу|steal/);
  });

  it('sanitises: event handlers, forms, frames, scripts and remote images are dropped', () => {
    const clean = sanitizeHtml(page);
    expect(clean).not.toMatch(/<script|<style|onclick|<form|<input|<iframe|javascript:/i);
    expect(clean).not.toContain('tracker.example');
    expect(clean).toContain('data:image/png');
  });

  it('takes the only <h1> as title when the page has no <title>', () => {
    const draft = article(Buffer.from('<h1>Үндеу</h1><p>Мәтін</p>'), 'a.htm', 'html');
    expect(draft.title).toBe('Үндеу');
  });
});

describe('dates in text', () => {
  it.each([
    ['12 марта 2024 года', '2024-03-12'],
    ['2024-03-12', '2024-03-12'],
    ['12.03.2024', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['March 12, 2024', '2024-03-12'],
    ['2024 жылғы 12 наурызда', '2024-03-12'],
    ['1 мая 2023 г.', '2023-05-01'],
  ])('reads "%s"', (text, iso) => {
    expect(findDates(text).map((date) => isoOf(date))).toEqual([iso]);
  });

  it('leaves the year open when the text leaves it out, and refuses impossible dates', () => {
    const [date] = findDates('продлён до 10 июня');
    expect(date).toMatchObject({ month: 6, day: 10, year: undefined });
    expect(isoOf(date)).toBeUndefined();
    expect(isoOf(date, 2024)).toBe('2024-06-10');
    expect(findDates('31 февраля 2024')).toEqual([]);
    expect(findDates('may be 5 of them')).toEqual([]);
  });
});
