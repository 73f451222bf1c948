import { describe, expect, it } from 'vitest';
import {
  buildPersonTimeline,
  caseDates,
  type PersonTimelineInput,
} from '../../../src/main/workspace/timeline';
import { address, caseOf, event, facility, letter } from './builders';

// Fictional prisoner and places.
const P = 'p-erzhan';
const CASE = caseOf('c-1', {
  personId: P,
  title: 'Іс № 7514-24-00-1/212',
  charges: [
    { article: '174 ч.2', text: 'возбуждение социальной розни' },
    { article: '405', text: 'участие в деятельности запрещённой организации' },
  ],
  arrestDate: '2024-03-02',
  detentionExtensions: [{ decidedOn: '2024-04-28', until: '2024-06-30' }, { until: '2024-08-31' }],
  hearingDates: ['2024-09-12', '2024-09-19'],
  verdictDate: '2024-10-04',
  appealDate: '2024-11-20',
  sentence: { term: '7 лет общего режима' },
});

function input(overrides: Partial<PersonTimelineInput> = {}): PersonTimelineInput {
  return {
    events: [],
    cases: [],
    addresses: [],
    facilities: [],
    letters: [],
    articles: [],
    documents: [],
    ...overrides,
  };
}

describe('caseDates', () => {
  it('lists arrest, each extension, each hearing, verdict and appeal', () => {
    expect(caseDates(CASE)).toEqual([
      { date: '2024-03-02', what: 'arrest' },
      { date: '2024-04-28', what: 'detention-extension', until: '2024-06-30' },
      // The day of the decision is not known: the extension sits on the day custody ends.
      { date: '2024-08-31', what: 'detention-extension', until: '2024-08-31' },
      { date: '2024-09-12', what: 'hearing' },
      { date: '2024-09-19', what: 'hearing' },
      { date: '2024-10-04', what: 'verdict' },
      { date: '2024-11-20', what: 'appeal' },
    ]);
  });
});

describe('buildPersonTimeline', () => {
  const first = address('a-1', {
    personId: P,
    facilityId: 'f-sizo',
    lines: ['СИЗО ЕЦ-999/18', 'г. Көкжиек'],
    validFrom: '2024-03-03',
    validTo: '2024-10-20',
  });
  const second = address('a-2', {
    personId: P,
    lines: ['Учреждение УГ-999/7', 'ул. Жеңіс, 4'],
    validFrom: '2024-10-20',
  });
  const sent = letter('l-1', {
    personId: P,
    direction: 'out',
    sentOn: '2024-10-20',
    status: 'sent',
    summary: 'Поздравление с днём рождения, Ерұлан',
  });
  const reply = letter('l-2', {
    personId: P,
    direction: 'in',
    receivedOn: '2024-11-15',
    status: 'delivered',
    summary: 'Жауап хат: благодарит за открытки',
    inReplyTo: 'l-1',
  });
  const draft = letter('l-3', { personId: P, status: 'draft', summary: 'not yet dated' });

  const all = input({
    events: [
      event('e-1', {
        personId: P,
        date: '2024-10-20',
        type: 'hunger-strike',
        text: 'Объявил голодовку',
      }),
      // The same arrest as the case's: shown once, as the event.
      event('e-2', { personId: P, date: '2024-03-02', type: 'arrest', text: 'Задержан в Алматы' }),
    ],
    cases: [CASE],
    addresses: [second, first],
    facilities: [facility('f-sizo', { code: 'ЕЦ-999/18', name: 'СИЗО Көкжиек' })],
    letters: [reply, sent, draft],
    articles: [
      { id: 'ar-1', title: 'Urgent action: Erzhan Kaliev', date: '2024-03-05' },
      { id: 'ar-2', title: 'Undated note' },
    ],
    documents: [
      { id: 'd-1', title: 'Приговор', date: '2024-10-04', docType: 'verdict' },
      { id: 'd-2', title: 'Scan', date: null, docType: 'letter-scan' },
    ],
  });

  it('orders every dated thing by day, and on one day events before court, moves, letters', () => {
    const timeline = buildPersonTimeline(all);
    expect(timeline.map((entry) => `${entry.date} ${entry.source}:${entry.what}`)).toEqual([
      '2024-03-02 event:arrest',
      '2024-03-03 address:address',
      '2024-03-05 article:article',
      '2024-04-28 case:detention-extension',
      '2024-08-31 case:detention-extension',
      '2024-09-12 case:hearing',
      '2024-09-19 case:hearing',
      '2024-10-04 case:verdict',
      '2024-10-04 document:verdict',
      '2024-10-20 event:hunger-strike',
      '2024-10-20 address:transfer',
      '2024-10-20 letter:out',
      '2024-11-15 letter:in',
      '2024-11-20 case:appeal',
    ]);
  });

  it('names places, cases and letters, with the extension end and the sentence', () => {
    const timeline = buildPersonTimeline(all);
    const byKey = new Map(
      timeline.map((entry) => [`${entry.date}:${entry.source}:${entry.what}`, entry]),
    );
    expect(byKey.get('2024-03-03:address:address')?.text).toBe('ЕЦ-999/18 — СИЗО Көкжиек');
    expect(byKey.get('2024-10-20:address:transfer')?.text).toBe('Учреждение УГ-999/7');
    expect(byKey.get('2024-04-28:case:detention-extension')).toMatchObject({
      text: 'Іс № 7514-24-00-1/212',
      detail: '2024-06-30',
      recordId: 'c-1',
    });
    expect(byKey.get('2024-10-04:case:verdict')?.detail).toBe('7 лет общего режима');
    expect(byKey.get('2024-11-15:letter:in')).toMatchObject({
      recordId: 'l-2',
      text: 'Жауап хат: благодарит за открытки',
    });
  });

  it('names an untitled case by its articles, and leaves undated records out', () => {
    const untitled = { ...CASE, title: undefined };
    const timeline = buildPersonTimeline(input({ cases: [untitled], letters: [draft] }));
    expect(timeline[0].text).toBe('174 ч.2, 405');
    expect(timeline.some((entry) => entry.recordId === 'l-3')).toBe(false);
  });

  it('is empty for a person with nothing dated', () => {
    expect(buildPersonTimeline(input({ letters: [draft] }))).toEqual([]);
  });
});
