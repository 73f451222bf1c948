/**
 * A small fictional archive for the encryption tests: a prisoner with a Kazakh name, a long
 * article, a letter, and a PNG attachment made by ImageMagick. Every name here is invented.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Archive } from '../../../../src/main/archive/archive';

const run = promisify(execFile);

/** Debian's ImageMagick, which `.ci/run` installs, ahead of any other `convert` on the PATH. */
const CONVERT = existsSync('/usr/bin/convert') ? '/usr/bin/convert' : 'convert';

export const PASSPHRASE = 'Жетісу таулары қар астында 1987';

/** A PNG with a text comment, as ImageMagick writes it (the comment is stored uncompressed). */
export async function makePng(dir: string, comment: string): Promise<Buffer> {
  const file = path.join(dir, `scan-${process.pid}-${Date.now()}.png`);
  await run(CONVERT, ['-size', '64x48', 'xc:#e8e0d0', '-set', 'comment', comment, `png:${file}`]);
  const bytes = await fs.readFile(file);
  await fs.rm(file);
  return bytes;
}

export interface Filled {
  readonly personId: string;
  readonly articleId: string;
  readonly attachmentId: string;
  readonly png: Buffer;
  readonly body: string;
}

/** Adds the fixture's records; `marker` is put in every place a word can go. */
export async function fillArchive(
  archive: Archive,
  scratch: string,
  marker = 'Қожабергенова',
): Promise<Filled> {
  const person = await archive.create('person', {
    name: `Zhanargul ${marker}`,
    nativeName: `Жанаргүл ${marker}`,
    aliases: ['Өмірзақова Жанаргүл Һәкімқызы'],
    notes: `Sentenced in Taraz; ${marker} writes every month.`,
  });
  const body = `${`«${marker}» іс бойынша сот отырысы қайта кейінге қалдырылды. Қорғаушы ұсынған құжаттар іске тіркелмеді. `.repeat(80)}\nEnd of the article.`;
  const article = await archive.create('article', {
    title: `The case of ${marker}`,
    body,
    personIds: [person.id],
  });
  const png = await makePng(scratch, `scan of a letter from ${marker}`);
  const hash = await archive.blobs.put(png);
  const attachment = await archive.create('attachment', {
    hash,
    originalName: `${marker} reply.png`,
    mediaType: 'image/png',
    size: png.length,
  });
  await archive.create('letter', {
    personId: person.id,
    direction: 'in',
    summary: `Thanks from ${marker} for the parcel; asks for books in Kazakh (ұлттық әдебиет).`,
    scanIds: [attachment.id],
  });
  return { personId: person.id, articleId: article.id, attachmentId: attachment.id, png, body };
}
