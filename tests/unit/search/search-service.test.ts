import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { INDEX_FILE, SearchService, parseQuery } from '../../../src/main/search/search-service';
import { wordKeys } from '../../../src/main/search/normalise';
import { FulltextIndex } from '../../../src/main/search/fulltext-index';
import { TermNeighbours } from '../../../src/main/search/term-neighbours';

/** A small fictional archive: prisoners with Latin names and Cyrillic native names. */
async function fill(archive: Archive) {
  const nurlan = await archive.create('person', {
    name: 'Nurlan Kushakbaev',
    nativeName: 'Нұрлан Кушакбаев',
    aliases: ['Nurlan Kushakbayev'],
    status: 'convicted',
    tags: ['journalist'],
  });
  const aigerim = await archive.create('person', {
    name: 'Aigerim Nurtaeva',
    nativeName: 'Әйгерім Нұртаева',
    status: 'pre-trial',
  });
  // A near namesake, to check that the right one comes first.
  const kushenov = await archive.create('person', {
    name: 'Serik Kushenov',
    nativeName: 'Серік Күшенов',
  });
  const facility = await archive.create('facility', {
    code: 'ЕЦ-166/5',
    name: 'Fictional colony of general regime',
    region: 'Шығыс Қазақстан',
  });
  await archive.create('address', {
    personId: nurlan.id,
    facilityId: facility.id,
    lines: ['ЕЦ-166/5', 'г. Өскемен'],
    validFrom: '2024-02-01',
  });
  const article = await archive.create('article', {
    title: 'Court extends detention of blogger',
    date: '2025-03-10',
    body:
      'The city court extended the pre-trial detention of Aigerim Nurtaeva until 10 June. ' +
      'Her lawyer said the ruling ignored medical evidence. '.repeat(20) +
      'Суд продлил срок содержания под стражей Нұртаевой ещё на два месяца.',
    personIds: [aigerim.id],
  });
  const ruling = await archive.create('document', {
    title: 'Постановление о продлении срока содержания под стражей',
    docType: 'ruling',
    date: '2025-03-09',
    text:
      'Рассмотрев ходатайство следователя в отношении Кушакбаевым... '.repeat(5) +
      'Апелляция отклонена.',
    personIds: [nurlan.id],
  });
  const letter = await archive.create('letter', {
    personId: nurlan.id,
    summary: 'Birthday card with photos from the solidarity evening',
    sentOn: '2025-05-01',
    status: 'sent',
  });
  return { nurlan, aigerim, kushenov, facility, article, ruling, letter };
}

describe('search', () => {
  let dir: string;
  let archive: Archive;
  let search: SearchService;
  let records: Awaited<ReturnType<typeof fill>>;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-search-'));
    archive = await Archive.open(path.join(dir, 'archive'), { create: true });
    search = await SearchService.open(archive);
    records = await fill(archive);
  });

  afterEach(async () => {
    await search.close();
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const first = async (query: string, extra: object = {}) =>
    (await search.search({ query, limit: 10, ...extra })).hits[0];

  it('a Cyrillic query brings the Latin-named prisoner first, with the match highlighted', async () => {
    const hit = await first('Кушакбаев');
    expect(hit).toMatchObject({
      kind: 'person',
      id: records.nurlan.id,
      title: 'Nurlan Kushakbaev',
    });
    const [start, end] = hit.highlights[0];
    expect(hit.snippet.slice(start, end)).toMatch(/Kushakbaev|Кушакбаев/);
  });

  it('every spelling and an inflected form reach the same person', async () => {
    for (const query of [
      'Kushakbayev',
      'Kushakbaev',
      'Кушакбаева',
      'Кушакбаевым',
      'kushakbaev nurlan',
    ]) {
      expect((await first(query))?.id, query).toBe(records.nurlan.id);
    }
  });

  it('a typo in a name still finds the person, ahead of a near namesake', async () => {
    const hits = (await search.search({ query: 'Kushakbeav', limit: 10 })).hits;
    expect(hits[0]).toMatchObject({ kind: 'person', id: records.nurlan.id });
    const typoCyrillic = (await search.search({ query: 'Кушакбаеф', limit: 10 })).hits;
    expect(typoCyrillic[0]?.id).toBe(records.nurlan.id);
  });

  it('finds a facility by its code written in any script and with any separators', async () => {
    for (const query of ['ЕЦ-166/5', 'EC 166 5', 'YeTs-166/5', 'ец166/5']) {
      expect((await first(query, { kinds: ['facility'] }))?.id, query).toBe(records.facility.id);
    }
  });

  it('finds words of long text, by prefix as one types, and with a typo', async () => {
    expect((await first('medical evidence'))?.id).toBe(records.article.id);
    expect((await first('medic'))?.id).toBe(records.article.id);
    const typo = await first('medicla evidence');
    expect(typo?.id).toBe(records.article.id);
    expect(typo.snippet).toContain('medical');
  });

  it('a quoted phrase must appear as written; words in another order do not match it', async () => {
    expect((await first('"ruling ignored"'))?.id).toBe(records.article.id);
    expect(await first('"ignored ruling"')).toBeUndefined();
  });

  it('a person found by name brings the records about them, names ranked above titles above text', async () => {
    const hits = (await search.search({ query: 'Aigerim Nurtaeva', limit: 20 })).hits;
    expect(hits[0]).toMatchObject({ kind: 'person', id: records.aigerim.id });
    expect(hits.map((hit) => hit.id)).toContain(records.article.id);
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('filters by kind, person, status, tag, facility and date', async () => {
    const byKind = await search.search({ query: 'Кушакбаев', kinds: ['document'], limit: 10 });
    expect(byKind.hits.map((hit) => hit.id)).toEqual([records.ruling.id]);
    const byPerson = await search.search({
      query: 'birthday',
      personId: records.nurlan.id,
      limit: 10,
    });
    expect(byPerson.hits.map((hit) => hit.id)).toEqual([records.letter.id]);
    const otherPerson = await search.search({
      query: 'birthday',
      personId: records.aigerim.id,
      limit: 10,
    });
    expect(otherPerson.hits).toEqual([]);
    const byStatus = await search.search({
      query: 'Nur',
      status: 'pre-trial',
      kinds: ['person'],
      limit: 10,
    });
    expect(byStatus.hits.map((hit) => hit.id)).toEqual([records.aigerim.id]);
    const byTag = await search.search({ query: 'Nurlan', tags: ['journalist'], limit: 10 });
    expect(byTag.hits.map((hit) => hit.id)).toEqual([records.nurlan.id]);
    const byFacility = await search.search({
      query: 'Nur',
      facilityId: records.facility.id,
      kinds: ['person'],
      limit: 10,
    });
    expect(byFacility.hits.map((hit) => hit.id)).toEqual([records.nurlan.id]);
    const byDate = await search.search({
      query: 'court',
      from: '2025-03-10',
      to: '2025-03-31',
      limit: 10,
    });
    expect(byDate.hits.map((hit) => hit.id)).toEqual([records.article.id]);
  });

  it('offers the closest names when nothing matches', async () => {
    const result = await search.search({
      query: 'Kushakbaevich Nurlanov',
      limit: 10,
      kinds: ['letter'],
    });
    expect(result.hits).toEqual([]);
    const none = await search.search({ query: 'zzzzqqq', limit: 10 });
    expect(none.hits).toEqual([]);
    const suggested = await search.search({ query: 'Kuschakbaiev', limit: 10, kinds: ['event'] });
    expect(suggested.hits).toEqual([]);
    expect(suggested.suggestions.map((s) => s.id)).toContain(records.nurlan.id);
  });

  it('follows edits at once: a renamed person, a deleted letter', async () => {
    await archive.update('person', records.kushenov.id, {
      name: 'Serik Abenov',
      nativeName: 'Серік Әбенов',
    });
    expect((await first('Abenov'))?.id).toBe(records.kushenov.id);
    expect(await first('Kushenov', { kinds: ['person'] })).toBeUndefined();
    await archive.remove('letter', records.letter.id);
    expect(await first('birthday')).toBeUndefined();
  });

  it('widens a typo through the vocabulary in memory, also to a word first written after open', async () => {
    await search.vocabularyReady();
    const inMemory = vi.spyOn(TermNeighbours.prototype, 'similar');
    expect((await first('medicla evidence'))?.id).toBe(records.article.id);
    expect(inMemory).toHaveBeenCalled();
    expect(await first('candlelti')).toBeUndefined();
    const vigil = await archive.create('article', {
      title: 'Vigil',
      body: 'A candlelit vigil outside the colony in Өскемен.',
    });
    expect((await first('candlelti'))?.id).toBe(vigil.id);
    inMemory.mockRestore();
  });

  it('keeps its index across a restart and rebuilds a missing or damaged one', async () => {
    const before = (await search.search({ query: 'medical', limit: 10 })).hits;
    await search.close();
    search = await SearchService.open(archive);
    expect((await search.search({ query: 'medical', limit: 10 })).hits).toEqual(before);

    await search.close();
    await fs.writeFile(archive.files.resolve(INDEX_FILE), 'this is not a database');
    search = await SearchService.open(archive);
    await search.ready();
    expect((await search.search({ query: 'medical', limit: 10 })).hits).toEqual(before);

    await search.close();
    await fs.rm(archive.files.resolve(INDEX_FILE));
    search = await SearchService.open(archive);
    expect((await search.search({ query: 'medical', limit: 10 })).hits).toEqual(before);
  });

  it('catches up with changes made while it was closed', async () => {
    await search.close();
    await archive.create('article', {
      title: 'Solidarity picket in Almaty',
      body: 'Pickets were held in three cities.',
    });
    search = await SearchService.open(archive);
    expect((await first('pickets'))?.kind).toBe('article');
  });

  it('trusts its index after a clean close without reading it back, and checks it after a crash', async () => {
    const staleCheck = vi.spyOn(FulltextIndex.prototype, 'indexedVersions');
    await search.close();
    search = await SearchService.open(archive);
    expect(staleCheck).not.toHaveBeenCalled();
    expect((await first('medical'))?.kind).toBe('article');

    // A crash: the change is saved, the index never hears of it, and no clean close follows.
    const crashed = search;
    crashed['stopListening']();
    await archive.create('article', { title: 'Vigil', body: 'A candlelit vigil in Taraz.' });
    crashed['fulltext']!.close();
    search = await SearchService.open(archive);
    expect(staleCheck).toHaveBeenCalledTimes(1);
    expect((await first('candlelit'))?.kind).toBe('article');
    staleCheck.mockRestore();
  });

  it('rebuilds a large index in a worker thread, reporting progress, while names stay searchable', async () => {
    await search.close();
    await fs.rm(archive.files.resolve(INDEX_FILE));
    search = await SearchService.open(archive, { inlineLimit: 2 });
    expect(search.indexing.state).toBe('building');
    expect((await first('Кушакбаев'))?.id).toBe(records.nurlan.id);
    await search.ready();
    expect(search.indexing).toMatchObject({ state: 'ready', done: search.indexing.total });
    expect(search.indexing.total).toBeGreaterThanOrEqual(8);
    expect((await first('medicla'))?.id).toBe(records.article.id);
  });
});

describe('query parsing', () => {
  it('splits quoted phrases from words and sees the word being typed', () => {
    expect(parseQuery('"ruling ignored" Kush')).toMatchObject({
      phrases: [[wordKeys('ruling')[0], wordKeys('ignored')[0]]],
      terms: [wordKeys('kush')],
      lastIsPrefix: true,
    });
    expect(parseQuery('Kush ').lastIsPrefix).toBe(false);
  });
});
