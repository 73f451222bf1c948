import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import type { Archive } from '../../../src/main/archive/archive';
import { collectDossier } from '../../../src/main/dossier/collect-dossier';
import { detentionSpan } from '../../../src/main/dossier/detention';
import type { Case, Event } from '../../../src/shared/records';
import { NOW, PRISONER, buildPrisonerArchive, tempDir } from './fixture';

describe('collectDossier', () => {
  let dir: string;
  let archive: Archive;

  beforeEach(async () => {
    dir = await tempDir('casefile-dossier-');
    archive = await buildPrisonerArchive(dir);
  });

  afterEach(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('gathers the person, address, facility, case, letters, articles and documents at team level', async () => {
    const { model, leftOut } = await collectDossier(archive, PRISONER.id, 'team', { now: NOW });
    expect(model.person).toMatchObject({
      name: PRISONER.name,
      nativeName: PRISONER.nativeName,
      aliases: PRISONER.aliases,
      status: 'pre-trial',
      // Held since the arrest on 2023-05-01, counted to 2025-03-01.
      detention: { since: '2023-05-01', days: 670 },
    });
    expect(model.relations.map((relation) => [relation.name, relation.type])).toEqual([
      ['Saule Omarqyzy', 'lawyer of'],
      ['Aizhan Ungirbayeva', 'wife of'],
    ]);
    expect(model.currentAddress).toMatchObject({
      id: 'a-now',
      postcode: '101400',
      facility: { code: 'ЖД-161/4', letterRules: { eLetterService: 'ХатЖолда' } },
    });
    expect(model.addressHistory.map((address) => address.id)).toEqual(['a-before']);
    expect(model.cases[0]).toMatchObject({
      title: 'Ungirbayev: posts on the steppe towns',
      lawyer: { name: 'Saule Omarqyzy' },
      hearingDates: ['2023-12-01', '2024-01-15'],
    });
    expect(model.correspondence).toMatchObject({ total: 12, out: 9, in: 3 });
    expect(model.correspondence.byStatus).toContainEqual({ status: 'sent', count: 4 });
    expect(model.correspondence.latest.map((letter) => letter.id)).toEqual([
      'l-12',
      'l-11',
      'l-10',
      'l-09',
      'l-08',
      'l-07',
      'l-06',
      'l-05',
      'l-04',
      'l-03',
    ]);
    expect(model.articles.map((article) => article.id)).toEqual(['ar-call', 'ar-year']);
    expect(model.articles[1].excerpt.length).toBeLessThanOrEqual(320);
    expect(model.articles[1].excerpt.endsWith('…')).toBe(true);
    // The team document is filed under the case without naming the person, and still belongs.
    expect(model.documents.map((document) => document.id)).toEqual([
      'd-indictment',
      'd-appeal-notes',
    ]);
    expect(model.files.map((file) => [file.originalName, file.belongsTo.kind])).toEqual([
      ['Обвинительный акт.pdf', 'document'],
      ['note.txt', 'document'],
      ['scan of reply.png', 'letter'],
    ]);
    expect(leftOut).toEqual([]);
  });

  it('builds one timeline sorted by day, without telling a case date an event already tells', async () => {
    const { model } = await collectDossier(archive, PRISONER.id, 'team', { now: NOW });
    const days = model.timeline.map((entry) => entry.date);
    expect(days).toEqual([...days].sort());
    expect(
      model.timeline.slice(0, 3).map((entry) => [entry.date, entry.what, entry.source]),
    ).toEqual([
      ['2023-05-01', 'Arrest', 'event'],
      ['2023-05-01', 'Address', 'address'],
      ['2023-06-02', 'Moved', 'address'],
    ]);
    const kinds = new Set(model.timeline.map((entry) => entry.source));
    expect(kinds).toEqual(new Set(['event', 'case', 'address', 'letter']));
    expect(model.timeline.filter((entry) => entry.what === 'Hearing')).toHaveLength(2);
    expect(model.timeline.find((entry) => entry.what === 'Custody extended')?.text).toContain(
      'until 2023-09-01',
    );
  });

  it('at public level keeps only public records, cuts links to the rest and lists what was left out', async () => {
    const { model, leftOut } = await collectDossier(archive, PRISONER.id, 'public', { now: NOW });
    expect(model.relations.map((relation) => relation.personId)).toEqual(['p-lawyer']);
    expect(model.records.person.relations.map((relation) => relation.personId)).toEqual([
      'p-lawyer',
    ]);
    expect(model.addressHistory).toEqual([]);
    expect(model.correspondence.total).toBe(11);
    expect(model.articles.map((article) => article.id)).toEqual(['ar-year']);
    expect(model.documents.map((document) => document.id)).toEqual(['d-indictment']);
    expect(model.timeline.some((entry) => entry.what === 'Hunger strike')).toBe(false);
    expect(model.records.otherPersons.map((person) => person.id)).toEqual(['p-lawyer']);
    expect(leftOut.map((record) => `${record.kind}:${record.id}`).sort()).toEqual([
      'address:a-before',
      'article:ar-call',
      'document:d-appeal-notes',
      'event:e-strike',
      'letter:l-12',
      'person:p-wife',
    ]);
    expect(leftOut.find((record) => record.id === 'p-wife')).toMatchObject({
      title: 'Aizhan Ungirbayeva',
      why: 'marked team, below the public level',
    });
  });

  it('refuses a person below the level, and one that is not in the archive', async () => {
    await archive.update('person', PRISONER.id, { ...PRISONER, sharing: 'team' });
    await expect(collectDossier(archive, PRISONER.id, 'public')).rejects.toThrow(
      'The person p-ungirbaev is marked team, so no dossier of them can be exported at the public level.',
    );
    await expect(collectDossier(archive, 'p-nobody', 'team')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('detentionSpan', () => {
  const caseWith = (arrestDate: string) => ({ arrestDate }) as Case;
  const event = (type: Event['type'], date: string) => ({ type, date }) as Event;

  it('counts from the first arrest after the last release for a person held now', () => {
    expect(
      detentionSpan(
        'convicted',
        [caseWith('2019-01-01')],
        [
          event('release', '2020-01-01'),
          event('arrest', '2024-01-01'),
          event('arrest', '2024-02-01'),
        ],
        '2024-03-01',
      ),
    ).toEqual({ since: '2024-01-01', days: 60 });
  });

  it('counts to the release for a person released, and gives up without an arrest or release', () => {
    expect(
      detentionSpan(
        'released',
        [caseWith('2023-01-01')],
        [event('release', '2023-01-31')],
        '2025-01-01',
      ),
    ).toEqual({ since: '2023-01-01', until: '2023-01-31', days: 30 });
    expect(detentionSpan('released', [caseWith('2023-01-01')], [], '2025-01-01')).toBeUndefined();
    expect(detentionSpan('pre-trial', [], [], '2025-01-01')).toBeUndefined();
  });
});
