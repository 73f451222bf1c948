/**
 * The fictional sample archive as the app opens it: enough of every kind of record, links
 * that all resolve, real PDF files in the blob store, and no duplicates on a second open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import {
  LETTER_CHANNELS,
  LETTER_STATUSES,
  RECORD_KINDS,
  type AnyRecord,
  type Document,
} from '../../../src/shared/records';
import { Archive, type Stored } from '../../../src/main/archive/archive';
import { CasefileError } from '../../../src/shared/errors';
import { BlobStore, sha256 } from '../../../src/main/archive/content-stores';
import { SAMPLE_ARCHIVE_NAME, writeSampleArchive } from '../../../src/main/sample/sample-archive';

const NOW = new Date('2026-05-10T12:00:00.000Z');
const now = () => NOW;
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const PDFTOTEXT = '/usr/bin/pdftotext';

let root: string;
let dir: string;
let archive: Archive;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'casefile-sample-'));
  dir = path.join(root, 'sample');
  archive = await writeSampleArchive(dir, { now });
});

afterAll(async () => {
  await archive?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const daysBefore = (iso: string) => (NOW.getTime() - Date.parse(`${iso}T12:00:00Z`)) / 86_400_000;

describe('writeSampleArchive', () => {
  it('marks the archive as the fictional sample', () => {
    expect(archive.info.isSample).toBe(true);
    expect(archive.info.name).toBe(SAMPLE_ARCHIVE_NAME);
  });

  it('has prisoners in varied statuses, with aliases, and the people around them', () => {
    const persons = archive.storedAll('person');
    const prisoners = persons.filter((person) => person.role === 'prisoner');
    expect(prisoners.length).toBeGreaterThanOrEqual(6);
    for (const prisoner of prisoners) {
      expect(prisoner.nativeName).toMatch(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/u);
      expect(prisoner.aliases.length).toBeGreaterThanOrEqual(3);
      expect(prisoner.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(prisoner.tags.length).toBeGreaterThan(0);
      expect(prisoner.notes.length).toBeGreaterThan(0);
    }
    const statuses = new Set(prisoners.map((prisoner) => prisoner.status));
    for (const status of ['pre-trial', 'convicted', 'house-arrest', 'released']) {
      expect(statuses).toContain(status);
    }
    expect(persons.some((person) => KAZAKH_LETTER.test(person.nativeName ?? ''))).toBe(true);
    const roles = new Set(persons.map((person) => person.role));
    for (const role of ['lawyer', 'relative', 'journalist']) expect(roles).toContain(role);
    const relationTypes = persons.flatMap((person) =>
      person.relations.map((relation) => relation.type),
    );
    expect(relationTypes).toContain('wife of');
    expect(relationTypes).toContain('lawyer of');
  });

  it('has facilities with Cyrillic codes, postal addresses and letter rules', () => {
    const facilities = archive.storedAll('facility');
    expect(facilities.length).toBeGreaterThanOrEqual(3);
    for (const facility of facilities) {
      expect(facility.code).toMatch(/^[А-ЯӘҒҚҢӨҰҮҺІ]{2}-\d+\/\d+$/u);
      expect(facility.country).toBe('KZ');
      expect(facility.addressLines.join(' ')).toMatch(KAZAKH_LETTER);
      expect(facility.postcode).toMatch(/^\d{6}$/);
      expect(facility.letterRules.language).toBeTruthy();
      expect(facility.letterRules.whoMayWrite).toBeTruthy();
    }
    expect(facilities.some((facility) => facility.letterRules.eLetterService)).toBe(true);
  });

  it('gives every prisoner a current address and some a history of transfers', () => {
    const addresses = archive.storedAll('address');
    const prisoners = archive.storedAll('person').filter((person) => person.role === 'prisoner');
    let transferred = 0;
    for (const prisoner of prisoners) {
      const own = addresses.filter((address) => address.personId === prisoner.id);
      const current = own.filter((address) => !address.validTo);
      expect(current).toHaveLength(1);
      expect(current[0].lines.length).toBeGreaterThan(0);
      expect(current[0].linesLatin.join(' ')).toMatch(/^[\x20-\x7e]+$/);
      const older = own.filter((address) => address.validTo);
      for (const old of older) {
        expect(old.validFrom! <= old.validTo!).toBe(true);
        expect(old.validTo! <= current[0].validFrom!).toBe(true);
      }
      if (older.length > 0) transferred += 1;
    }
    expect(transferred).toBeGreaterThanOrEqual(2);
  });

  it('has a case for every prisoner, with charges, court and key dates', () => {
    const cases = archive.storedAll('case');
    const prisoners = archive.storedAll('person').filter((person) => person.role === 'prisoner');
    for (const prisoner of prisoners) {
      const own = cases.filter((record) => record.personId === prisoner.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      for (const record of own) {
        expect(record.charges.length).toBeGreaterThanOrEqual(1);
        expect(record.charges.length).toBeLessThanOrEqual(3);
        expect(record.court).toBeTruthy();
        expect(record.judge).toBeTruthy();
        expect(record.arrestDate).toBeTruthy();
      }
    }
    expect(cases.some((record) => record.lawyerId)).toBe(true);
    expect(cases.some((record) => record.detentionExtensions.length > 1)).toBe(true);
    expect(cases.some((record) => record.verdictDate && record.sentence?.term)).toBe(true);
    expect(cases.some((record) => record.sentence?.fine?.currency === 'KZT')).toBe(true);
  });

  it('puts events on every prisoner’s timeline', () => {
    const events = archive.storedAll('event');
    const prisoners = archive.storedAll('person').filter((person) => person.role === 'prisoner');
    for (const prisoner of prisoners) {
      const types = events
        .filter((event) => event.personId === prisoner.id)
        .map((event) => event.type);
      expect(types).toContain('arrest');
    }
    const types = new Set(events.map((event) => event.type));
    for (const type of ['arrest', 'hearing', 'verdict', 'transfer', 'hunger-strike', 'release']) {
      expect(types).toContain(type);
    }
    expect(events.some((event) => event.source)).toBe(true);
  });

  it('keeps a correspondence log in every status, channel and direction', () => {
    const letters = archive.storedAll('letter');
    expect(letters.length).toBeGreaterThanOrEqual(40);
    expect(new Set(letters.map((letter) => letter.status))).toEqual(new Set(LETTER_STATUSES));
    expect(new Set(letters.map((letter) => letter.channel))).toEqual(new Set(LETTER_CHANNELS));
    expect(new Set(letters.map((letter) => letter.direction))).toEqual(new Set(['out', 'in']));
    for (const letter of letters) {
      if (
        letter.direction === 'out' &&
        (letter.channel === 'post' || letter.channel === 'registered-post')
      ) {
        expect(letter.addressSnapshot?.lines.length).toBeGreaterThan(0);
        expect(letter.addressId).toBeTruthy();
      }
      if (letter.channel === 'registered-post' && letter.status !== 'draft') {
        expect(letter.trackingNumber).toMatch(/^RR\d{9}KZ$/);
      }
    }
    expect(letters.filter((letter) => letter.inReplyTo).length).toBeGreaterThanOrEqual(5);
    const prisoners = archive.storedAll('person').filter((person) => person.role === 'prisoner');
    for (const prisoner of prisoners) {
      expect(letters.some((letter) => letter.personId === prisoner.id)).toBe(true);
    }
  });

  it('has articles in English, Russian and Kazakh with bodies of several paragraphs', async () => {
    const articles = archive.storedAll('article');
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(new Set(articles.map((article) => article.language))).toEqual(
      new Set(['en', 'ru', 'kk']),
    );
    expect(articles.some((article) => article.sharing === 'public')).toBe(true);
    for (const stored of articles) {
      const article = await archive.hydrate('article', stored);
      expect(article.body.split('\n\n').length).toBeGreaterThanOrEqual(3);
      expect(article.body.split(/\s+/).length).toBeGreaterThanOrEqual(200);
      expect(article.personIds.length).toBeGreaterThan(0);
      expect(article.source && article.author && article.date).toBeTruthy();
    }
    const kazakh = articles.filter((article) => article.language === 'kk');
    const kazakhBody = (await archive.hydrate('article', kazakh[0])).body;
    expect(kazakhBody).toMatch(KAZAKH_LETTER);
  });

  it('stores a real PDF for every document, under its content hash', async () => {
    const documents = archive.storedAll('document');
    expect(documents.length).toBeGreaterThanOrEqual(3);
    for (const stored of documents) {
      const document = await archive.hydrate('document', stored);
      expect(document.text).toMatch(KAZAKH_LETTER);
      expect(document.caseId).toBeTruthy();
      expect(document.personIds.length).toBeGreaterThan(0);
      expect(document.attachmentIds.length).toBeGreaterThan(0);
      for (const attachmentId of document.attachmentIds) {
        const attachment = archive.stored('attachment', attachmentId);
        expect(attachment.mediaType).toBe('application/pdf');
        expect(await archive.blobs.has(attachment.hash)).toBe(true);
        const bytes = await archive.blobs.get(attachment.hash);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(sha256(bytes)).toBe(attachment.hash);
        expect(bytes.length).toBe(attachment.size);
      }
    }
  });

  it.skipIf(!existsSync(PDFTOTEXT))('prints Cyrillic and Kazakh text into the PDFs', async () => {
    const verdict = (await archive.get('document', 'doc-kushakbaev-verdict')) as Document;
    const attachment = archive.stored('attachment', verdict.attachmentIds[0]);
    const file = path.join(archive.dir, BlobStore.pathOf(attachment.hash));
    expect((await readFile(file)).length).toBe(attachment.size);
    const { stdout } = await promisify(execFile)(PDFTOTEXT, ['-enc', 'UTF-8', file, '-']);
    expect(stdout).toContain('Құшақбаев');
    expect(stdout).toMatch(KAZAKH_LETTER);
    // The document's text is the text of the file: its words come out of the PDF again.
    const words = verdict.text.split(/\s+/).filter((word) => word.length > 6);
    const found = words.filter((word) => stdout.includes(word));
    expect(found.length / words.length).toBeGreaterThan(0.8);
  });

  it('dates the story around now: recent letters, and prisoners not heard of for weeks', () => {
    const letters = archive.storedAll('letter');
    const prisoners = archive.storedAll('person').filter((person) => person.role === 'prisoner');
    const lastLetter = (personId: string) =>
      Math.min(
        ...letters
          .filter((letter) => letter.personId === personId)
          .map((letter) =>
            daysBefore(letter.receivedOn ?? letter.sentOn ?? letter.writtenOn ?? '1900-01-01'),
          ),
      );
    const gaps = prisoners.map((prisoner) => lastLetter(prisoner.id));
    expect(gaps.some((gap) => gap >= 40)).toBe(true);
    expect(gaps.some((gap) => gap <= 30)).toBe(true);
    for (const letter of letters) {
      for (const date of [letter.writtenOn, letter.sentOn, letter.receivedOn]) {
        if (date) expect(daysBefore(date)).toBeGreaterThanOrEqual(0);
      }
    }
    for (const record of archive.storedAll('case')) {
      const years = daysBefore(record.arrestDate!) / 365;
      expect(years).toBeGreaterThan(0.1);
      expect(years).toBeLessThan(5);
    }
  });

  it('leaves no link dangling', () => {
    for (const kind of RECORD_KINDS) {
      for (const record of archive.storedAll(kind)) {
        expect(
          archive.brokenLinks(kind, record as unknown as AnyRecord),
          `${kind} ${record.id}`,
        ).toEqual([]);
      }
    }
  });

  it('opens the existing sample a second time without adding anything', async () => {
    const before = archive.info.counts;
    const letter = archive.stored('letter', 'let-01') as Stored<'letter'>;
    await archive.close();
    archive = await writeSampleArchive(dir, { now: () => new Date(NOW.getTime() + 86_400_000) });
    expect(archive.info.counts).toEqual(before);
    expect(archive.stored('letter', 'let-01')).toEqual(letter);
  });

  it('refuses to fill an archive that is not the sample', async () => {
    const other = path.join(root, 'not-a-sample');
    const plain = await Archive.open(other, { create: true, now });
    await plain.close();
    const refused = await writeSampleArchive(other, { now }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CasefileError);
    expect((refused as CasefileError).code).toBe('conflict');
    // The lock was released: the folder opens again, still empty.
    const again = await Archive.open(other, { now });
    expect(again.count('person')).toBe(0);
    await again.close();
  });
});
