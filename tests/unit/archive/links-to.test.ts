/**
 * Which records point to a record (what refuses a deletion) is found by looking only where
 * links to that kind can be: checked against a plain scan of every record, on the sample
 * archive, whose persons, cases, addresses, letters, scans, documents and events link in
 * every way the records allow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Archive } from '../../../src/main/archive/archive';
import { referencesOf } from '../../../src/main/archive/references';
import { writeSampleArchive } from '../../../src/main/sample/sample-archive';
import { RECORD_KINDS, type AnyRecord, type RecordKind } from '../../../src/shared/records';
import { makeTempDir, removeDir } from './helpers';

function scanEverything(archive: Archive, kind: RecordKind, id: string) {
  const found: { kind: RecordKind; id: string; field: string }[] = [];
  for (const sourceKind of RECORD_KINDS) {
    for (const record of archive.storedAll(sourceKind)) {
      for (const ref of referencesOf(sourceKind, record as unknown as AnyRecord)) {
        if (ref.kind === kind && ref.id === id && !(sourceKind === kind && record.id === id))
          found.push({ kind: sourceKind, id: record.id, field: ref.field });
      }
    }
  }
  return found;
}

const byKey = (a: { kind: string; id: string; field: string }, b: typeof a) =>
  `${a.kind}:${a.id}:${a.field}`.localeCompare(`${b.kind}:${b.id}:${b.field}`);

describe('records linking to a record', () => {
  let root: string;
  let archive: Archive;

  beforeAll(async () => {
    root = await makeTempDir('links-to');
    archive = await writeSampleArchive(path.join(root, 'sample'));
  });

  afterAll(async () => {
    await archive.close();
    await removeDir(root);
  });

  it('are exactly what a scan of every record finds, for every record of the sample', () => {
    let linked = 0;
    const kindsLinked = new Set<string>();
    for (const kind of RECORD_KINDS) {
      for (const record of archive.storedAll(kind)) {
        const expected = scanEverything(archive, kind, record.id).sort(byKey);
        expect(archive.recordsLinkingTo(kind, record.id).sort(byKey)).toEqual(expected);
        if (expected.length > 0) linked += 1;
        for (const link of expected)
          kindsLinked.add(`${link.kind}→${kind} (${link.field.split('.')[0]})`);
      }
    }
    // The sample links in many ways; the comparison above would mean little otherwise.
    expect(linked).toBeGreaterThan(20);
    expect([...kindsLinked].length).toBeGreaterThanOrEqual(8);
  });
});
