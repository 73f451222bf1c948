/**
 * Nothing below the export's level may reach any byte of any export. Records of every kind
 * are planted below the level with a marker in every text field (and in their ids, their
 * dates and their file content), linked every way the schema allows from public records;
 * then every output is searched for the markers: the PDF's text as pdftotext reads it, the
 * HTML, every entry of the ZIP bundle (its PDF, JSON, CSV, README and file names) and the
 * address list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Archive } from '../../../src/main/archive/archive';
import { addressListCsv } from '../../../src/main/dossier/address-list';
import { collectDossier } from '../../../src/main/dossier/collect-dossier';
import { dossierHtml } from '../../../src/main/dossier/dossier-html';
import { dossierPdf } from '../../../src/main/dossier/dossier-pdf';
import { dossierZip } from '../../../src/main/dossier/dossier-zip';
import type { RecordKind, SharingLevel } from '../../../src/shared/records';
import { META, NOW, PRISONER, buildPrisonerArchive, collect, pdfText, tempDir } from './fixture';

interface PlantedSet {
  readonly tag: string;
  readonly year: string;
  readonly fine: number;
  /** Every marker planted, with the field it went into (for failure messages). */
  readonly markers: Map<string, string>;
  readonly records: { kind: RecordKind; id: string }[];
}

/**
 * Plants one record of every kind at `sharing`, every text field marked, and public records
 * that link to each of them.
 */
async function plant(
  archive: Archive,
  sharing: 'private' | 'team',
  tag: string,
  year: string,
  fine: number,
): Promise<PlantedSet> {
  const markers = new Map<string, string>();
  const records: { kind: RecordKind; id: string }[] = [];
  const m = (field: string) => {
    const marker = `${tag}${String(markers.size).padStart(2, '0')}`;
    markers.set(marker, field);
    return marker;
  };
  const add = async (kind: RecordKind, fields: Record<string, unknown>) => {
    const id = m(`${kind}.id`);
    await archive.create(kind, { ...fields, sharing }, id);
    records.push({ kind, id });
    return id;
  };

  const person = await add('person', {
    name: m('person.name'),
    nativeName: m('person.nativeName'),
    aliases: [m('person.aliases')],
    birthDate: `${year}-01-01`,
    role: 'relative',
    status: 'unknown',
    notes: m('person.notes'),
    tags: [m('person.tags')],
    relations: [{ personId: PRISONER.id, type: m('person.relations.type') }],
  });
  const facility = await add('facility', {
    code: m('facility.code'),
    name: m('facility.name'),
    type: m('facility.type'),
    regime: m('facility.regime'),
    region: m('facility.region'),
    addressLines: [m('facility.addressLines')],
    postcode: m('facility.postcode'),
    letterRules: {
      language: m('facility.letterRules.language'),
      whoMayWrite: m('facility.letterRules.whoMayWrite'),
      eLetterService: m('facility.letterRules.eLetterService'),
      notes: m('facility.letterRules.notes'),
    },
    notes: m('facility.notes'),
    tags: [m('facility.tags')],
  });
  const content = Buffer.from(`${m('blob content')} — the content of a file below the level`);
  const attachment = await add('attachment', {
    hash: await archive.blobs.put(content),
    originalName: `${m('attachment.originalName')}.pdf`,
    mediaType: `application/${m('attachment.mediaType')}`,
    size: content.length,
    tags: [m('attachment.tags')],
  });
  const address = await add('address', {
    personId: PRISONER.id,
    facilityId: facility,
    lines: [m('address.lines')],
    linesLatin: [m('address.linesLatin')],
    postcode: m('address.postcode'),
    validFrom: `${year}-02-02`,
    notes: m('address.notes'),
    tags: [m('address.tags')],
  });
  const caseId = await add('case', {
    personId: PRISONER.id,
    title: m('case.title'),
    charges: [{ article: m('case.charges.article'), text: m('case.charges.text') }],
    court: m('case.court'),
    judge: m('case.judge'),
    lawyerId: person,
    arrestDate: `${year}-03-03`,
    detentionExtensions: [{ decidedOn: `${year}-03-04`, until: `${year}-03-05` }],
    hearingDates: [`${year}-03-06`],
    verdictDate: `${year}-03-07`,
    appealDate: `${year}-03-08`,
    sentence: { term: m('case.sentence.term'), fine: { amount: fine, currency: 'QZX' } },
    status: 'convicted',
    notes: m('case.notes'),
    tags: [m('case.tags')],
  });
  await add('event', {
    personId: PRISONER.id,
    date: `${year}-04-04`,
    type: 'assault',
    text: m('event.text'),
    source: { kind: 'case', id: caseId },
    tags: [m('event.tags')],
  });
  const letter = await add('letter', {
    personId: PRISONER.id,
    direction: 'in',
    writer: m('letter.writer'),
    channel: 'email',
    writtenOn: `${year}-05-01`,
    sentOn: `${year}-05-02`,
    receivedOn: `${year}-05-03`,
    addressId: address,
    addressSnapshot: {
      lines: [m('letter.addressSnapshot.lines')],
      linesLatin: [m('letter.addressSnapshot.linesLatin')],
      postcode: m('letter.addressSnapshot.postcode'),
      country: 'KZ',
    },
    status: 'answered',
    trackingNumber: m('letter.trackingNumber'),
    summary: m('letter.summary'),
    scanIds: [attachment],
    tags: [m('letter.tags')],
  });
  await add('article', {
    title: m('article.title'),
    source: m('article.source'),
    author: m('article.author'),
    date: `${year}-06-06`,
    language: m('article.language'),
    url: `https://example.org/${m('article.url')}`,
    body: `${m('article.body')} is the body of an article below the level.`,
    personIds: [PRISONER.id, person],
    tags: [m('article.tags')],
  });
  const document = await add('document', {
    title: m('document.title'),
    docType: 'medical',
    date: `${year}-07-07`,
    court: m('document.court'),
    caseId,
    personIds: [PRISONER.id, person],
    attachmentIds: [attachment],
    text: `${m('document.text')} is the text of a document below the level.`,
    tags: [m('document.tags')],
  });
  // Shared widely, but in the dossier only through the case below the level.
  const viaCase = m('document.id (public, filed under the case)');
  await archive.create(
    'document',
    {
      title: m('document.title (public, filed under the case)'),
      text: m('document.text (public, filed under the case)'),
      caseId,
      sharing: 'public',
    },
    viaCase,
  );
  records.push({ kind: 'document', id: viaCase });

  // Public records that link to each of the above.
  const carrier = `carrier-${sharing}`;
  const prisoner = await archive.get('person', PRISONER.id);
  await archive.update('person', PRISONER.id, {
    ...prisoner,
    relations: [...prisoner.relations, { personId: person, type: 'brother of' }],
    photoId: prisoner.photoId ?? attachment,
  });
  await archive.create(
    'address',
    {
      personId: PRISONER.id,
      facilityId: facility,
      lines: ['A public address at a facility below the level'],
      validFrom: '2020-01-01',
      validTo: '2020-02-01',
      sharing: 'public',
    },
    `${carrier}-address`,
  );
  await archive.create(
    'case',
    { personId: PRISONER.id, title: 'A public case', lawyerId: person, sharing: 'public' },
    `${carrier}-case`,
  );
  await archive.create(
    'event',
    {
      personId: PRISONER.id,
      date: '2020-03-03',
      type: 'other',
      text: 'A public event learnt from a record below the level.',
      source: { kind: 'document', id: document },
      sharing: 'public',
    },
    `${carrier}-event`,
  );
  await archive.create(
    'letter',
    {
      personId: PRISONER.id,
      sentOn: '2020-04-04',
      status: 'sent',
      summary: 'A public letter that answers one below the level.',
      addressId: address,
      inReplyTo: letter,
      scanIds: [attachment],
      sharing: 'public',
    },
    `${carrier}-letter`,
  );
  await archive.create(
    'document',
    {
      title: 'A public document',
      caseId,
      personIds: [PRISONER.id, person],
      attachmentIds: [attachment],
      sharing: 'public',
    },
    `${carrier}-document`,
  );
  await archive.create(
    'article',
    { title: 'A public article', personIds: [PRISONER.id, person], sharing: 'public' },
    `${carrier}-article`,
  );
  return { tag, year, fine, markers, records };
}

/** Every string in a value, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${at}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  }
  return [];
}

/** Fields that hold a fixed value, a date, a timestamp or a link to a public record. */
const UNMARKABLE =
  /^(createdAt|updatedAt|sharing|role|status|docType|type|direction|channel|country|personId|personIds\.0|relations\.0\.personId|source\.kind|hash|addressSnapshot\.country|sentence\.fine\.currency|.*Date|.*On|date|validFrom|hearingDates\.\d|detentionExtensions\.\d\.(decidedOn|until))$/;

interface Outputs {
  readonly pdfText: string;
  readonly pdfRaw: string;
  readonly html: string;
  readonly zip: Record<string, Uint8Array>;
  readonly zipPdfText: string;
  readonly addresses: string;
}

/** Each output as text to search: PDFs as pdftotext reads them, white space removed. */
function textsOf(out: Outputs): [string, string][] {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  return [
    ['PDF text', squeeze(out.pdfText)],
    ['PDF bytes', out.pdfRaw],
    ['HTML', out.html],
    ['address list', out.addresses],
    ['ZIP dossier.pdf text', squeeze(out.zipPdfText)],
    ['ZIP file names', Object.keys(out.zip).join('\n')],
    ...Object.entries(out.zip).flatMap(([name, bytes]): [string, string][] => [
      [`ZIP ${name} as UTF-8`, Buffer.from(bytes).toString('utf8')],
      [`ZIP ${name} as Latin-1`, Buffer.from(bytes).toString('latin1')],
    ]),
  ];
}

describe('redaction by sharing level', () => {
  let dir: string;
  let archive: Archive;
  let privateSet: PlantedSet;
  let teamSet: PlantedSet;
  const outputs = new Map<SharingLevel, Outputs>();

  beforeAll(async () => {
    dir = await tempDir('casefile-redaction-');
    archive = await buildPrisonerArchive(dir);
    privateSet = await plant(archive, 'private', 'PRIVMARK', '1911', 9876543);
    teamSet = await plant(archive, 'team', 'TEAMMARK', '1922', 8765432);
    for (const level of ['public', 'team', 'private'] as const) {
      const { model } = await collectDossier(archive, PRISONER.id, level, { now: NOW });
      const pdf = await dossierPdf(model, META);
      const zipBytes = await collect(dossierZip(model, META, archive.blobs));
      const zip = unzipSync(zipBytes);
      const addresses = await addressListCsv(
        archive,
        [PRISONER.id, ...[privateSet, teamSet].map((set) => set.records[0].id)],
        level,
        { now: NOW },
      );
      outputs.set(level, {
        pdfText: await pdfText(pdf, dir),
        pdfRaw: Buffer.from(pdf).toString('latin1'),
        html: dossierHtml(model, META),
        zip,
        zipPdfText: await pdfText(zip['dossier.pdf'], dir),
        addresses: addresses.csv,
      });
    }
  }, 120_000);

  afterAll(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('plants a marker in every text field of every kind of record', async () => {
    for (const set of [privateSet, teamSet]) {
      const kinds = new Set(set.records.map((record) => record.kind));
      expect(kinds).toEqual(
        new Set([
          'person',
          'facility',
          'attachment',
          'address',
          'case',
          'event',
          'letter',
          'article',
          'document',
        ]),
      );
      for (const { kind, id } of set.records) {
        const record = await archive.get(kind, id);
        const unmarked = strings(record).filter(
          ([field, value]) => !value.includes(set.tag) && !UNMARKABLE.test(field),
        );
        expect(unmarked, `${kind} fields without a marker`).toEqual([]);
      }
    }
  });

  function texts(level: SharingLevel): [string, string][] {
    return textsOf(outputs.get(level)!);
  }

  function leaks(level: SharingLevel, set: PlantedSet): string[] {
    const found: string[] = [];
    const fine = [String(set.fine), set.fine.toLocaleString('en-GB')];
    for (const [where, text] of texts(level)) {
      const markers = text.match(new RegExp(`${set.tag}\\d\\d`, 'g')) ?? [];
      for (const marker of new Set(markers)) found.push(`${where}: ${set.markers.get(marker)}`);
      // Dates and amounts cannot carry a marker, so they are unusual instead.
      if (text.includes(`${set.year}-`)) found.push(`${where}: a date of ${set.year}`);
      for (const amount of fine) if (text.includes(amount)) found.push(`${where}: the fine`);
    }
    return found;
  }

  it('at public level, nothing private or team reaches any byte', () => {
    expect(leaks('public', privateSet)).toEqual([]);
    expect(leaks('public', teamSet)).toEqual([]);
  });

  it('at team level, nothing private reaches any byte', () => {
    expect(leaks('team', privateSet)).toEqual([]);
  });

  it('the markers are found where a level allows them, so the search above can find them', () => {
    // Other persons are exported by name and role only; a file's content is not JSON.
    const notInJson = /^person\.(aliases|notes|tags|relations)|^blob content$/;
    for (const [set, level] of [
      [teamSet, 'team'],
      [privateSet, 'private'],
    ] as const) {
      const json = Buffer.from(outputs.get(level)!.zip['records.json']).toString('utf8');
      for (const [marker, field] of set.markers) {
        if (!notInJson.test(field)) expect(json, field).toContain(marker);
      }
    }
    expect(leaks('team', teamSet).length).toBeGreaterThan(20);
    expect(leaks('private', privateSet).some((leak) => leak.startsWith('PDF text'))).toBe(true);
    expect(leaks('private', privateSet).some((leak) => leak.startsWith('HTML'))).toBe(true);
    expect(leaks('private', privateSet).some((leak) => leak.includes('blob content'))).toBe(true);
  });
});

/**
 * The groups of the prisoner's own profile shared below the person (other spellings and
 * birth date, notes, relations, photo), each with its own marker: an export below a group's
 * level must carry none of it, in any output, while the person themself is public.
 */
describe('redaction of the profile field groups', () => {
  const GROUP_LEVELS = {
    identity: 'team',
    relations: 'team',
    notes: 'private',
    photo: 'private',
  } as const;
  const MARKERS = {
    identity: ['GRPIDENTITY01'],
    relations: ['GRPRELATIONS01', 'GRPRELATIONS02'],
    notes: ['GRPNOTES01'],
    photo: ['GRPPHOTO01', 'GRPPHOTO02'],
  } as const;
  /** The birth date cannot carry a marker; its year is unusual instead. */
  const BIRTH_YEAR = '1933';
  let dir: string;
  let archive: Archive;
  const outputs = new Map<SharingLevel, Outputs>();

  beforeAll(async () => {
    dir = await tempDir('casefile-group-redaction-');
    archive = await buildPrisonerArchive(dir);
    await archive.create(
      'person',
      { name: `${MARKERS.relations[1]} Dәulet`, role: 'relative', sharing: 'public' },
      'p-cousin',
    );
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(`${MARKERS.photo[1]} — the bytes of a photo below the level`),
    ]);
    await archive.create(
      'attachment',
      {
        hash: await archive.blobs.put(png),
        originalName: `${MARKERS.photo[0]}.png`,
        mediaType: 'image/png',
        size: png.length,
        sharing: 'public',
      },
      'att-photo',
    );
    const prisoner = await archive.get('person', PRISONER.id);
    await archive.update('person', PRISONER.id, {
      ...prisoner,
      aliases: [...prisoner.aliases, MARKERS.identity[0]],
      birthDate: `${BIRTH_YEAR}-03-03`,
      notes: `${MARKERS.notes[0]}: what the team knows of his health.`,
      relations: [
        ...prisoner.relations,
        { personId: 'p-cousin', type: `${MARKERS.relations[0]} cousin of` },
      ],
      photoId: 'att-photo',
      fieldSharing: GROUP_LEVELS,
    });
    for (const level of ['public', 'team', 'private'] as const) {
      const { model } = await collectDossier(archive, PRISONER.id, level, { now: NOW });
      const pdf = await dossierPdf(model, META);
      const zip = unzipSync(await collect(dossierZip(model, META, archive.blobs)));
      const addresses = await addressListCsv(archive, [PRISONER.id], level, { now: NOW });
      outputs.set(level, {
        pdfText: await pdfText(pdf, dir),
        pdfRaw: Buffer.from(pdf).toString('latin1'),
        html: dossierHtml(model, META),
        zip,
        zipPdfText: await pdfText(zip['dossier.pdf'], dir),
        addresses: addresses.csv,
      });
    }
  }, 120_000);

  afterAll(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** The groups whose markers (or birth year) some output at `level` carries, with where. */
  function groupsFound(level: SharingLevel): string[] {
    const found = new Set<string>();
    for (const [where, text] of textsOf(outputs.get(level)!)) {
      for (const [group, markers] of Object.entries(MARKERS)) {
        for (const marker of markers) if (text.includes(marker)) found.add(`${group} (${where})`);
      }
      if (text.includes(`${BIRTH_YEAR}-`)) found.add(`identity: birth date (${where})`);
    }
    return [...found];
  }

  it('at public level, no group below public reaches any byte', () => {
    expect(groupsFound('public')).toEqual([]);
  });

  it('at team level, the private groups reach no byte, and the team groups are there', () => {
    const found = groupsFound('team');
    expect(found.filter((where) => /^(notes|photo)/.test(where))).toEqual([]);
    for (const group of ['identity', 'relations'])
      expect(
        found.some((where) => where.startsWith(group)),
        group,
      ).toBe(true);
  });

  it('at private level every group is there, so the search above can find them', () => {
    const found = groupsFound('private');
    for (const group of ['identity', 'relations', 'notes', 'photo'])
      expect(
        found.some((where) => where.startsWith(group)),
        group,
      ).toBe(true);
    expect(found.some((where) => where.startsWith('identity: birth date'))).toBe(true);
  });
});
