import { describe, expect, it } from 'vitest';
import {
  FIELD_SCHEMAS,
  IsoDate,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
} from '../../../src/shared/records';
import { CasefileError } from '../../../src/shared/errors';
import { parseOrThrow } from '../../../src/shared/validation';

const KAZAKH_LOWER = 'ә ғ қ ң ө ұ ү һ і';
const KAZAKH_UPPER = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І';
const HASH = 'a'.repeat(64);

/** The smallest valid fields of each kind. */
const MINIMAL: Record<RecordKind, Record<string, unknown>> = {
  person: { name: 'Zhanbolat Temirkhanov' },
  facility: { code: 'ЕЦ-166/5' },
  attachment: { hash: HASH, originalName: 'scan.pdf', mediaType: 'application/pdf', size: 10 },
  address: { personId: 'p1' },
  case: { personId: 'p1' },
  event: { personId: 'p1', date: '2017-02-28' },
  letter: { personId: 'p1' },
  article: { title: 'Court extends detention' },
  document: { title: 'Verdict' },
};

/** Invalid inputs per kind, each with the path of the field zod must name. */
const INVALID: [RecordKind, string, Record<string, unknown>, string][] = [
  ['person', 'empty name', { name: '' }, 'name'],
  ['person', 'blank name (trimmed to nothing)', { name: '   ' }, 'name'],
  ['person', 'newline in a name', { name: 'Zhanbolat\nTemirkhanov' }, 'name'],
  [
    'person',
    'carriage return in a native name',
    { name: 'Z', nativeName: 'Жан\rболат' },
    'nativeName',
  ],
  ['person', 'impossible date', { name: 'Z', birthDate: '2020-02-31' }, 'birthDate'],
  ['person', 'date not in ISO form', { name: 'Z', birthDate: '01.05.1988' }, 'birthDate'],
  ['person', 'unknown role', { name: 'Z', role: 'warden' }, 'role'],
  ['person', 'unknown status', { name: 'Z', status: 'missing' }, 'status'],
  ['person', 'empty alias', { name: 'Z', aliases: ['ok', ''] }, 'aliases.1'],
  [
    'person',
    'relation without a type',
    { name: 'Z', relations: [{ personId: 'p2', type: '' }] },
    'relations.0.type',
  ],
  [
    'person',
    'id with a space in a relation',
    { name: 'Z', relations: [{ personId: 'p 2', type: 'wife of' }] },
    'relations.0.personId',
  ],
  ['person', 'unknown sharing level', { name: 'Z', sharing: 'everyone' }, 'sharing'],
  ['person', 'empty tag', { name: 'Z', tags: [''] }, 'tags.0'],
  ['facility', 'lower-case country code', { code: 'X', country: 'kz' }, 'country'],
  ['facility', 'three-letter country code', { code: 'X', country: 'KAZ' }, 'country'],
  ['facility', 'empty code', { code: '' }, 'code'],
  ['address', 'missing person', {}, 'personId'],
  ['address', 'month 13', { personId: 'p1', validFrom: '2021-13-01' }, 'validFrom'],
  ['address', 'bad country code', { personId: 'p1', country: 'Kazakhstan' }, 'country'],
  ['case', 'unknown status', { personId: 'p1', status: 'dismissed' }, 'status'],
  [
    'case',
    '29 February of a common year',
    { personId: 'p1', detentionExtensions: [{ until: '2019-02-29' }] },
    'detentionExtensions.0.until',
  ],
  [
    'case',
    'negative fine',
    { personId: 'p1', sentence: { fine: { amount: -1, currency: 'KZT' } } },
    'sentence.fine.amount',
  ],
  [
    'case',
    'lower-case currency',
    { personId: 'p1', sentence: { fine: { amount: 1, currency: 'kzt' } } },
    'sentence.fine.currency',
  ],
  [
    'case',
    'charge without an article',
    { personId: 'p1', charges: [{ article: '' }] },
    'charges.0.article',
  ],
  ['event', 'missing date', { personId: 'p1' }, 'date'],
  ['event', 'unknown type', { personId: 'p1', date: '2017-02-28', type: 'party' }, 'type'],
  [
    'event',
    'unknown source kind',
    { personId: 'p1', date: '2017-02-28', source: { kind: 'person', id: 'p1' } },
    'source.kind',
  ],
  ['letter', 'unknown direction', { personId: 'p1', direction: 'sideways' }, 'direction'],
  ['letter', 'unknown channel', { personId: 'p1', channel: 'pigeon' }, 'channel'],
  ['letter', 'unknown status', { personId: 'p1', status: 'burnt' }, 'status'],
  ['letter', 'impossible sent date', { personId: 'p1', sentOn: '2021-04-31' }, 'sentOn'],
  ['article', 'empty title', { title: '' }, 'title'],
  ['article', 'newline in a title', { title: 'one\ntwo' }, 'title'],
  ['article', 'body that is not text', { title: 'T', body: 42 }, 'body'],
  ['document', 'unknown document type', { title: 'T', docType: 'poem' }, 'docType'],
  ['document', 'impossible date', { title: 'T', date: '2023-00-10' }, 'date'],
  ['attachment', 'hash not hexadecimal', { ...MINIMAL.attachment, hash: 'z'.repeat(64) }, 'hash'],
  ['attachment', 'negative size', { ...MINIMAL.attachment, size: -1 }, 'size'],
  ['attachment', 'fractional size', { ...MINIMAL.attachment, size: 1.5 }, 'size'],
];

describe('record schemas', () => {
  it('has minimal valid fields for every kind', () => {
    expect(Object.keys(MINIMAL).sort()).toEqual([...RECORD_KINDS].sort());
  });

  it.each(RECORD_KINDS)('accepts minimal %s fields and applies the common defaults', (kind) => {
    const parsed = FIELD_SCHEMAS[kind].parse(MINIMAL[kind]) as Record<string, unknown>;
    expect(parsed.tags).toEqual([]);
    expect(parsed.sharing).toBe('team');
  });

  it('applies the defaults of each kind', () => {
    expect(FIELD_SCHEMAS.person.parse({ name: '  Zhanbolat Temirkhanov  ' })).toEqual({
      name: 'Zhanbolat Temirkhanov',
      aliases: [],
      role: 'prisoner',
      notes: '',
      relations: [],
      tags: [],
      sharing: 'team',
    });
    expect(FIELD_SCHEMAS.facility.parse({ code: 'ЕЦ-166/5' })).toMatchObject({
      country: 'KZ',
      addressLines: [],
      letterRules: {},
      notes: '',
    });
    expect(FIELD_SCHEMAS.address.parse({ personId: 'p1' })).toMatchObject({
      lines: [],
      linesLatin: [],
      country: 'KZ',
      notes: '',
    });
    expect(FIELD_SCHEMAS.case.parse({ personId: 'p1' })).toMatchObject({
      charges: [],
      detentionExtensions: [],
      hearingDates: [],
      status: 'investigation',
    });
    expect(FIELD_SCHEMAS.event.parse(MINIMAL.event)).toMatchObject({ type: 'other', text: '' });
    expect(FIELD_SCHEMAS.letter.parse({ personId: 'p1' })).toMatchObject({
      direction: 'out',
      channel: 'post',
      status: 'draft',
      summary: '',
      scanIds: [],
    });
    expect(FIELD_SCHEMAS.article.parse(MINIMAL.article)).toMatchObject({ body: '', personIds: [] });
    expect(FIELD_SCHEMAS.document.parse(MINIMAL.document)).toMatchObject({
      docType: 'other',
      text: '',
      personIds: [],
      attachmentIds: [],
    });
  });

  it.each(INVALID)('refuses a %s with %s', (kind, _what, fields, path) => {
    const result = FIELD_SCHEMAS[kind].safeParse(fields);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain(path);
  });

  it('turns problems into a validation error naming every field path', () => {
    let error: unknown;
    try {
      parseOrThrow(
        FIELD_SCHEMAS.person,
        { name: '', birthDate: '2020-02-31', role: 'warden' },
        'The person',
      );
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CasefileError);
    const casefileError = error as CasefileError;
    expect(casefileError.code).toBe('validation');
    expect(casefileError.message).toMatch(/^The person has 3 problems/);
    expect(casefileError.details?.fields?.map((field) => field.path).sort()).toEqual([
      'birthDate',
      'name',
      'role',
    ]);
    const dateProblem = casefileError.details!.fields!.find((field) => field.path === 'birthDate');
    expect(dateProblem?.message).toBe('This date does not exist in the calendar.');
  });

  it('knows leap years and impossible days', () => {
    for (const good of ['2020-02-29', '2000-02-29', '1999-12-31', '2024-04-30']) {
      expect(IsoDate.safeParse(good).success, good).toBe(true);
    }
    for (const bad of [
      '2020-02-31',
      '1900-02-29',
      '2019-02-29',
      '2024-04-31',
      '2024-00-01',
      '2024-1-01',
    ]) {
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('checks the stored part of a complete record: id and timestamps', () => {
    const complete = {
      ...MINIMAL.person,
      id: 'per_1',
      createdAt: '2025-06-01T12:00:00.000Z',
      updatedAt: '2025-06-01T12:00:00.000Z',
    };
    expect(RECORD_SCHEMAS.person.safeParse(complete).success).toBe(true);
    for (const [field, value] of [
      ['id', 'has space'],
      ['id', ''],
      ['id', '../etc'],
      ['createdAt', '2025-06-01'],
      ['updatedAt', 'yesterday'],
    ] as const) {
      const result = RECORD_SCHEMAS.person.safeParse({ ...complete, [field]: value });
      expect(result.success, `${field}=${value}`).toBe(false);
    }
  });

  it('keeps Cyrillic and Kazakh letters exactly, through parsing and JSON', () => {
    const fields = {
      name: 'Aigerim Nurtaeva',
      nativeName: `Әйгерім Нұртаева ${KAZAKH_UPPER}`,
      aliases: ['Айгерим Нуртаева', KAZAKH_LOWER, 'Ғалым Қожаұлы', 'Һәмит Үсенов Іңкәр Өмір'],
      notes: `Жазбалар: ${KAZAKH_LOWER} / ${KAZAKH_UPPER}`,
      tags: ['қамауда'],
    };
    const parsed = FIELD_SCHEMAS.person.parse(fields);
    const roundTripped = FIELD_SCHEMAS.person.parse(JSON.parse(JSON.stringify(parsed)));
    expect(roundTripped).toMatchObject(fields);
    expect(roundTripped.nativeName).toBe(`Әйгерім Нұртаева ${KAZAKH_UPPER}`);
    expect(roundTripped.aliases[1].normalize('NFC')).toBe(roundTripped.aliases[1]);
    const facility = FIELD_SCHEMAS.facility.parse({ code: 'ЕЦ-166/5', region: 'Қарағанды' });
    expect(facility.code).toBe('ЕЦ-166/5');
    expect(facility.region).toBe('Қарағанды');
  });
});
