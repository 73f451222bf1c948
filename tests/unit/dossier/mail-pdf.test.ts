/**
 * Envelopes and label sheets: the page sizes as pdfinfo reads them, the Cyrillic and Kazakh
 * addresses as pdftotext reads them, the script chosen by the destination's post, and the
 * sharing level holding (a private address is on no envelope).
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { mailAddresses } from '../../../src/main/dossier/mail-addresses';
import { mailPdf } from '../../../src/main/dossier/mail-pdf';
import { NOW, PRISONER, buildPrisonerArchive, pdfText, tempDir } from './fixture';

const run = promisify(execFile);
const MARKER = 'ЖАСЫРЫН-адрес-51c';

async function pdfInfo(pdf: Uint8Array, dir: string): Promise<{ pages: number; size: string }> {
  const file = path.join(dir, `info-${Math.random().toString(36).slice(2)}.pdf`);
  await fs.writeFile(file, pdf);
  const { stdout } = await run('/usr/bin/pdfinfo', [file]);
  await fs.rm(file, { force: true });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]),
    size: /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(stdout)?.[1] ?? '',
  };
}

describe('envelopes and labels', () => {
  let dir: string;
  let archive: Archive;
  const ids: string[] = [PRISONER.id];

  beforeAll(async () => {
    dir = await tempDir('casefile-mail-');
    archive = await buildPrisonerArchive(dir);
    // A prisoner in Russia with both scripts: the Russian post reads the Cyrillic lines.
    const russian = await archive.create('person', {
      name: 'Ilya Vetrov',
      nativeName: 'Илья Ветров',
      role: 'prisoner',
      sharing: 'public',
    });
    await archive.create('address', {
      personId: russian.id,
      lines: ['ФКУ ИК-99 УФСИН России', 'ул. Лесная, д. 7', 'пос. Северный, Кировская обл.'],
      linesLatin: ['FKU IK-99 UFSIN Rossii', 'ul. Lesnaya, d. 7', 'pos. Severny, Kirov oblast'],
      postcode: '612999',
      country: 'RU',
      validFrom: '2024-09-01',
      sharing: 'public',
    });
    // A prisoner abroad: the Latin lines go on the envelope.
    const abroad = await archive.create('person', {
      name: 'Marat Oskenbay',
      nativeName: 'Марат Өскенбай',
      role: 'prisoner',
      sharing: 'public',
    });
    await archive.create('address', {
      personId: abroad.id,
      lines: ['Тюрьма Мёртвого леса, 4'],
      linesLatin: ['Justizvollzugsanstalt Totholz', 'Waldweg 4', '99999 Totholz'],
      country: 'DE',
      validFrom: '2024-01-01',
      sharing: 'public',
    });
    ids.push(russian.id, abroad.id);
    // A newer private address of the Kazakh prisoner, which no public envelope may show.
    await archive.create('address', {
      personId: PRISONER.id,
      lines: [`${MARKER}, Алматы қ.`],
      validFrom: '2025-02-01',
      sharing: 'private',
    });
    // Twenty-two more prisoners, so that labels fill one A4 sheet and start a second.
    for (let i = 0; i < 22; i += 1) {
      const person = await archive.create('person', {
        name: `Prisoner ${i + 1}`,
        nativeName: `Тұтқын Әлібек ${i + 1}`,
        role: 'prisoner',
        sharing: 'public',
      });
      await archive.create('address', {
        personId: person.id,
        lines: [`ҚА-${i + 100}/7 мекемесі`, 'Жаңа көше, 1', 'Өскемен қ.'],
        postcode: '070000',
        validFrom: '2024-02-01',
        sharing: 'public',
      });
      ids.push(person.id);
    }
  });

  afterAll(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes each address in the script its post reads, at the level asked', async () => {
    const list = await mailAddresses(archive, ids.slice(0, 3), 'public', { now: NOW });
    const [kazakh, russian, abroad] = list.addresses;
    expect(kazakh.lines).toEqual([
      'Қарағанды облысы, Теміртау қ.',
      'Өндіріс көшесі, 12',
      'ЖД-161/4 мекемесі',
      'Үңгірбаев Ғалымжан Һәкімұлы',
      '101400',
      'Казахстан',
    ]);
    expect(russian.lines).toEqual([
      'Илья Ветров',
      'ФКУ ИК-99 УФСИН России',
      'ул. Лесная, д. 7',
      'пос. Северный, Кировская обл.',
      '612999',
      'Россия',
    ]);
    expect(abroad.lines[0]).toBe('Marat Oskenbay');
    expect(abroad.lines).toContain('Justizvollzugsanstalt Totholz');
    // At the private level the newer private address is the current one.
    const privately = await mailAddresses(archive, [PRISONER.id], 'private', { now: NOW });
    expect(privately.addresses[0].lines.join(' ')).toContain(MARKER);
  });

  it('makes DL and C5 envelopes, one page each, with the Cyrillic and Kazakh text', async () => {
    const list = await mailAddresses(archive, ids.slice(0, 3), 'public', { now: NOW });
    const sender = ['Support group «Дала»', 'а/я 42, Астана қ., 010000', 'Казахстан'];
    for (const [layout, size] of [
      ['envelope-dl', '623.622 x 311.811'],
      ['envelope-c5', '649.134 x 459.213'],
    ] as const) {
      const pdf = await mailPdf(list.addresses, { layout, sender, createdAt: NOW });
      expect(await pdfInfo(pdf, dir)).toEqual({ pages: 3, size });
      const text = await pdfText(pdf, dir);
      expect(text).toContain('Үңгірбаев Ғалымжан Һәкімұлы');
      expect(text).toContain('Өндіріс көшесі, 12');
      expect(text).toContain('ФКУ ИК-99 УФСИН России');
      expect(text).toContain('Justizvollzugsanstalt Totholz');
      expect(text).toContain('а/я 42, Астана қ., 010000');
      expect(text).not.toContain(MARKER);
      expect(Buffer.from(pdf).includes(Buffer.from(MARKER))).toBe(false);
    }
  });

  it('fills A4 label sheets 3 by 8, and goes on to a second sheet', async () => {
    const list = await mailAddresses(archive, ids, 'public', { now: NOW });
    expect(list.addresses).toHaveLength(25);
    const pdf = await mailPdf(list.addresses, { layout: 'labels-a4', createdAt: NOW });
    expect(await pdfInfo(pdf, dir)).toEqual({ pages: 2, size: '595.28 x 841.89' });
    const text = await pdfText(pdf, dir);
    for (let i = 1; i <= 22; i += 1) expect(text).toContain(`Тұтқын Әлібек ${i}`);
    expect(text).toContain('ҚА-121/7 мекемесі');
    expect(text).not.toContain(MARKER);
  });
});
