/** Where search hits lead, how they are grouped and how they read. */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/api';
import { makeFilters, NO_FILTERS } from '../../../src/renderer/src/lib/search-filters';
import {
  dateOfRecord,
  groupHits,
  needsDateLookup,
  presentHit,
  routeOfHit,
  routeOfSuggestion,
  suggestionsAsHits,
} from '../../../src/renderer/src/lib/search-targets';

function hit(kind: SearchHit['kind'], id: string, extra: Partial<SearchHit> = {}): SearchHit {
  return { kind, id, title: id, score: 0.5, snippet: '', highlights: [], ...extra };
}

describe('routeOfHit', () => {
  it('opens a person, an article, a document and a facility on their own pages', () => {
    expect(routeOfHit(hit('person', 'per_1'), 'q')).toEqual({ page: 'person', id: 'per_1' });
    expect(routeOfHit(hit('article', 'art_1'), 'q')).toEqual({ page: 'article', id: 'art_1' });
    expect(routeOfHit(hit('document', 'doc_1', { personId: 'per_1' }), 'verdict')).toEqual({
      page: 'document',
      id: 'doc_1',
    });
    expect(routeOfHit(hit('facility', 'fac_1'), 'ЕЦ-166', makeFilters({ tags: ['kz'] }))).toEqual({
      page: 'facility',
      id: 'fac_1',
    });
  });

  it.each(['letter', 'address', 'case', 'event'] as const)(
    'opens a %s on the page of its person',
    (kind) => {
      expect(routeOfHit(hit(kind, 'x', { personId: 'per_1' }), 'q')).toEqual({
        page: 'person',
        id: 'per_1',
      });
    },
  );

  it('stays on the results for a record of nobody', () => {
    expect(routeOfHit(hit('letter', 'let_1'), 'q')).toEqual({
      page: 'search',
      query: 'q',
      filters: NO_FILTERS,
    });
  });
});

describe('routeOfSuggestion', () => {
  it('opens a suggested person, and searches a suggested facility by its name', () => {
    expect(routeOfSuggestion({ kind: 'person', id: 'per_1', title: 'Nurlan Kushakbaev' })).toEqual({
      page: 'person',
      id: 'per_1',
    });
    expect(routeOfSuggestion({ kind: 'facility', id: 'fac_1', title: 'ЕЦ-166/5' })).toEqual({
      page: 'search',
      query: 'ЕЦ-166/5',
      filters: NO_FILTERS,
    });
  });
});

describe('groupHits', () => {
  it('groups in a fixed order, best first inside a group, numbering the flat order', () => {
    const hits = [
      hit('article', 'art_1'),
      hit('person', 'per_1'),
      hit('address', 'adr_1'),
      hit('letter', 'let_1'),
      hit('person', 'per_2'),
      hit('facility', 'fac_1'),
    ];
    const groups = groupHits(hits);
    expect(groups.map((group) => group.kind)).toEqual([
      'person',
      'facility',
      'letter',
      'article',
      'address',
    ]);
    expect(groups[0].hits.map((item) => [item.hit.id, item.index])).toEqual([
      ['per_1', 0],
      ['per_2', 1],
    ]);
    expect(groups.flatMap((group) => group.hits.map((item) => item.index))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('has no groups for no hits', () => {
    expect(groupHits([])).toEqual([]);
  });
});

describe('presentHit', () => {
  it('takes the date out of a letter title and names the person', () => {
    const letter = hit('letter', 'l', { title: 'Letter to 2024-05-03', snippet: 'socks' });
    expect(presentHit(letter, 'Nurlan Kushakbaev')).toEqual({
      title: 'Letter to Nurlan Kushakbaev',
      titleMatched: false,
      date: '2024-05-03',
    });
    expect(presentHit({ ...letter, title: 'Letter from' })).toEqual({
      title: 'Incoming letter',
      titleMatched: false,
      date: undefined,
    });
  });

  it('reads an event type as words, with its date apart', () => {
    const event = hit('event', 'e', { title: '2024-02-28 hunger-strike', snippet: 'refuses food' });
    expect(presentHit(event, 'Nurlan Kushakbaev')).toEqual({
      title: 'Hunger strike',
      titleMatched: false,
      date: '2024-02-28',
      person: 'Nurlan Kushakbaev',
    });
  });

  it('says what an event of no particular type is', () => {
    expect(presentHit(hit('event', 'e', { title: '2024-04-01 other' })).title).toBe('Other event');
  });

  it('marks a title that is itself the snippet', () => {
    const person = hit('person', 'p', {
      title: 'Nurlan Kushakbaev',
      snippet: 'Nurlan Kushakbaev',
      highlights: [[7, 17]],
    });
    expect(presentHit(person, 'Nurlan Kushakbaev')).toEqual({
      title: 'Nurlan Kushakbaev',
      titleMatched: true,
      person: undefined,
    });
  });

  it('builds the title from the words it is given, so that it reads in another language', () => {
    const russian = {
      letter: (direction: 'to' | 'from', person: string) =>
        `${direction === 'to' ? 'Исходящее' : 'Входящее'} письмо · ${person}`,
      letterWithoutPerson: (direction: 'to' | 'from') =>
        direction === 'to' ? 'Исходящее письмо' : 'Входящее письмо',
      eventType: (type: string) => (type === 'hunger-strike' ? 'Голодовка' : type),
      untitledCase: 'Дело без обвинений',
    };
    const letter = hit('letter', 'l', { title: 'Letter from 2024-05-03' });
    expect(presentHit(letter, 'Әлия Қасымқызы', russian).title).toBe(
      'Входящее письмо · Әлия Қасымқызы',
    );
    expect(presentHit({ ...letter, title: 'Letter to' }, undefined, russian).title).toBe(
      'Исходящее письмо',
    );
    const untitled = hit('case', 'c', { title: '', snippet: 'Қанат Әбдіқадыр' });
    expect(presentHit(untitled, 'Қанат Әбдіқадыр', russian)).toEqual({
      title: 'Дело без обвинений',
      titleMatched: false,
      person: 'Қанат Әбдіқадыр',
    });
    const event = hit('event', 'e', { title: '2024-02-28 hunger-strike' });
    expect(presentHit(event, undefined, russian)).toMatchObject({
      title: 'Голодовка',
      date: '2024-02-28',
    });
  });

  it('keeps titles it does not recognise as they are', () => {
    const article = hit('article', 'a', { title: 'Court extends detention', snippet: 'extends' });
    expect(presentHit(article, 'Nurlan Kushakbaev')).toEqual({
      title: 'Court extends detention',
      titleMatched: false,
      person: 'Nurlan Kushakbaev',
    });
    const odd = hit('letter', 'l', { title: 'Something else' });
    expect(presentHit(odd).title).toBe('Something else');
  });
});

describe('dates of records', () => {
  it('looks up only kinds whose hit carries no date', () => {
    expect(
      ['article', 'document', 'case', 'address'].every((kind) =>
        needsDateLookup({ kind: kind as SearchHit['kind'] }),
      ),
    ).toBe(true);
    expect(needsDateLookup({ kind: 'letter' })).toBe(false);
    expect(needsDateLookup({ kind: 'person' })).toBe(false);
  });

  it('takes the date that matters for each kind', () => {
    expect(dateOfRecord('article', { date: '2024-05-03' })).toBe('2024-05-03');
    expect(dateOfRecord('document', { date: null })).toBeUndefined();
    expect(dateOfRecord('case', { arrestDate: '2023-01-02', verdictDate: '2024-01-01' })).toBe(
      '2023-01-02',
    );
    expect(dateOfRecord('case', { verdictDate: '2024-01-01' })).toBe('2024-01-01');
    expect(dateOfRecord('address', { validFrom: '2024-02-01' })).toBe('2024-02-01');
    expect(dateOfRecord('person', { birthDate: '1990-01-01' })).toBeUndefined();
  });
});

describe('suggestionsAsHits', () => {
  it('turns near names into hits without snippets', () => {
    const hits = suggestionsAsHits({
      hits: [],
      total: 0,
      suggestions: [{ kind: 'person', id: 'per_1', title: 'Nurlan Kushakbaev' }],
      indexing: { state: 'ready', done: 0, total: 0 },
    });
    expect(hits).toEqual([
      {
        kind: 'person',
        id: 'per_1',
        title: 'Nurlan Kushakbaev',
        score: 0,
        snippet: '',
        highlights: [],
      },
    ]);
  });
});
