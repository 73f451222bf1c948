import { describe, expect, it } from 'vitest';
import { referencesOf } from '../../../src/main/archive/references';
import type { AnyRecord, RecordKind } from '../../../src/shared/records';

const refs = (kind: RecordKind, record: Record<string, unknown>) =>
  referencesOf(kind, record as unknown as AnyRecord);

describe('referencesOf', () => {
  it('names every link of every kind with its field path', () => {
    expect(
      refs('person', {
        relations: [
          { personId: 'p2', type: 'wife of' },
          { personId: 'p3', type: 'lawyer of' },
        ],
        photoId: 'att1',
      }),
    ).toEqual([
      { field: 'relations.0.personId', kind: 'person', id: 'p2' },
      { field: 'relations.1.personId', kind: 'person', id: 'p3' },
      { field: 'photoId', kind: 'attachment', id: 'att1' },
    ]);
    expect(refs('address', { personId: 'p1', facilityId: 'f1' })).toEqual([
      { field: 'personId', kind: 'person', id: 'p1' },
      { field: 'facilityId', kind: 'facility', id: 'f1' },
    ]);
    expect(refs('case', { personId: 'p1', lawyerId: 'p9' }).map((r) => r.field)).toEqual([
      'personId',
      'lawyerId',
    ]);
    expect(refs('event', { personId: 'p1', source: { kind: 'article', id: 'a1' } })).toEqual([
      { field: 'personId', kind: 'person', id: 'p1' },
      { field: 'source.id', kind: 'article', id: 'a1' },
    ]);
    expect(
      refs('letter', { personId: 'p1', addressId: 'ad1', scanIds: ['s1', 's2'], inReplyTo: 'l0' }),
    ).toEqual([
      { field: 'personId', kind: 'person', id: 'p1' },
      { field: 'addressId', kind: 'address', id: 'ad1' },
      { field: 'scanIds.0', kind: 'attachment', id: 's1' },
      { field: 'scanIds.1', kind: 'attachment', id: 's2' },
      { field: 'inReplyTo', kind: 'letter', id: 'l0' },
    ]);
    expect(refs('article', { personIds: ['p1', 'p2'] }).map((r) => r.field)).toEqual([
      'personIds.0',
      'personIds.1',
    ]);
    expect(
      refs('document', { personIds: ['p1'], caseId: 'c1', attachmentIds: ['f1'] }).map(
        (r) => `${r.field}>${r.kind}`,
      ),
    ).toEqual(['personIds.0>person', 'caseId>case', 'attachmentIds.0>attachment']);
  });

  it('finds nothing in kinds without links, or when optional links are absent', () => {
    expect(refs('facility', { code: 'ЕЦ-166/5' })).toEqual([]);
    expect(refs('attachment', { hash: 'x' })).toEqual([]);
    expect(refs('person', { name: 'A' })).toEqual([]);
    expect(refs('letter', { personId: 'p1' })).toHaveLength(1);
  });
});
