/** The app's addresses, read and written; the search filters survive the round trip. */
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, searchRoute, type Route } from '../../../src/renderer/src/lib/routes';
import { makeFilters, NO_FILTERS } from '../../../src/renderer/src/lib/search-filters';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { page: 'dashboard' }],
    ['#', { page: 'dashboard' }],
    ['#/', { page: 'dashboard' }],
    ['#/persons', { page: 'persons' }],
    ['#/persons?sort=bogus&status=', { page: 'persons' }],
    [
      '#/persons?status=pre-trial&facility=fac_1&region=K%C3%B6kzhiek&tag=blogger&sort=days&order=desc',
      {
        page: 'persons',
        view: {
          status: 'pre-trial',
          facility: 'fac_1',
          region: 'Kökzhiek',
          tag: 'blogger',
          sort: 'days',
          descending: true,
        },
      },
    ],
    ['#/facilities', { page: 'facilities' }],
    ['#/facilities/fac_1', { page: 'facility', id: 'fac_1' }],
    ['#/persons/per_1', { page: 'person', id: 'per_1' }],
    ['#/persons/per%3A1', { page: 'person', id: 'per:1' }],
    ['#/articles', { page: 'articles' }],
    ['#/settings', { page: 'settings' }],
    ['#/articles/new', { page: 'article', id: 'new' }],
    ['#/search', { page: 'search', query: '', filters: NO_FILTERS }],
    ['#/search?q=', { page: 'search', query: '', filters: NO_FILTERS }],
    ['#/search?q=Kushakbaev', { page: 'search', query: 'Kushakbaev', filters: NO_FILTERS }],
    [
      '#/search?q=%D0%9A%D1%83%D1%88%D0%B0%D0%BA%D0%B1%D0%B0%D0%B5%D0%B2',
      { page: 'search', query: 'Кушакбаев', filters: NO_FILTERS },
    ],
    ['#/search?q=a+b%3Fc', { page: 'search', query: 'a b?c', filters: NO_FILTERS }],
    ['#/nowhere', { page: 'not-found', path: '/nowhere' }],
    ['#/persons/a/b', { page: 'not-found', path: '/persons/a/b' }],
    ['#/search/extra', { page: 'not-found', path: '/search/extra' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('keeps a bad escape as it is rather than failing', () => {
    expect(parseRoute('#/persons/%E0%A4%A')).toEqual({ page: 'person', id: '%E0%A4%A' });
  });

  it('reads every search filter', () => {
    const route = parseRoute(
      '#/search?q=vigil&kind=letter&kind=article&person=per_1&facility=fac_2' +
        '&from=2024-03-01&to=2024-05-31&status=sent&tag=urgent&tag=press',
    );
    expect(route).toEqual({
      page: 'search',
      query: 'vigil',
      filters: {
        kinds: ['letter', 'article'],
        personId: 'per_1',
        facilityId: 'fac_2',
        from: '2024-03-01',
        to: '2024-05-31',
        status: 'sent',
        tags: ['urgent', 'press'],
      },
    });
  });

  it('drops unknown kinds and empty values, and puts kinds in the order of the interface', () => {
    const route = parseRoute(
      '#/search?q=x&kind=article,bogus&kind=person&kind=article&person=&tag=',
    );
    expect(route).toEqual({
      page: 'search',
      query: 'x',
      filters: { kinds: ['person', 'article'], tags: [] },
    });
  });

  it('keeps an unreadable date, for the page to point out', () => {
    const route = parseRoute('#/search?q=x&from=31.02.2024');
    expect(route.page === 'search' && route.filters.from).toBe('31.02.2024');
  });
});

describe('hrefOf', () => {
  it.each<[Route, string]>([
    [{ page: 'dashboard' }, '#/'],
    [{ page: 'persons' }, '#/persons'],
    [{ page: 'persons', view: { sort: 'name', descending: false } }, '#/persons'],
    [
      { page: 'persons', view: { sort: 'awaiting', descending: true } },
      '#/persons?sort=awaiting&order=desc',
    ],
    [{ page: 'person', id: 'per:1/2' }, '#/persons/per%3A1%2F2'],
    [{ page: 'facility', id: 'ЕЦ 1' }, '#/facilities/%D0%95%D0%A6%201'],
    [{ page: 'articles' }, '#/articles'],
    [{ page: 'settings' }, '#/settings'],
    [{ page: 'article', id: 'art_1' }, '#/articles/art_1'],
    [searchRoute('Kushakbaev'), '#/search?q=Kushakbaev'],
    [searchRoute(''), '#/search?q='],
    [{ page: 'not-found', path: '/nowhere' }, '#/nowhere'],
  ])('%j → %s', (route, href) => {
    expect(hrefOf(route)).toBe(href);
  });

  it('writes only the filters that are set, in a fixed order', () => {
    const route = searchRoute(
      'vigil',
      makeFilters({
        tags: ['urgent'],
        status: 'sent',
        to: '2024-05-31',
        from: '2024-03-01',
        facilityId: 'fac_2',
        personId: 'per_1',
        kinds: ['article', 'letter'],
      }),
    );
    expect(hrefOf(route)).toBe(
      '#/search?q=vigil&kind=letter&kind=article&person=per_1&facility=fac_2' +
        '&from=2024-03-01&to=2024-05-31&status=sent&tag=urgent',
    );
  });
});

describe('the round trip', () => {
  const routes: Route[] = [
    { page: 'dashboard' },
    { page: 'persons' },
    {
      page: 'persons',
      view: { tag: 'тег & co', region: 'Ақтау', sort: 'lastLetter', descending: false },
    },
    { page: 'facilities' },
    { page: 'facility', id: 'fac_ЕЦ-166/5' },
    { page: 'person', id: 'per_ÄÖ 1' },
    { page: 'articles' },
    { page: 'settings' },
    { page: 'article', id: 'new' },
    { page: 'not-found', path: '/nowhere/at/all' },
    searchRoute('Кушакбаев'),
    searchRoute('"hunger strike" & more?#', makeFilters({ kinds: ['event'] })),
    searchRoute(
      'vigil',
      makeFilters({
        kinds: ['person', 'facility', 'letter', 'article', 'document', 'case', 'event', 'address'],
        personId: 'per_1',
        facilityId: 'fac_ЕЦ-166/5',
        from: '2024-03-01',
        to: '2024-05-31',
        status: 'hunger-strike',
        tags: ['a&b', 'c=d', 'тег'],
      }),
    ),
  ];

  it.each(routes)('%j survives hrefOf and parseRoute', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('writes the same address again for an address it wrote', () => {
    const href = '#/search?q=vigil&kind=letter&person=per_1&from=2024-03-01&tag=press';
    expect(hrefOf(parseRoute(href))).toBe(href);
  });
});
