/**
 * The dashboard with a fixed today: who has gone without a letter, which letters wait too
 * long for an answer, what comes up in the next 30 days, and what changed last. One test
 * runs through the API with the archive's clock moved forward day by day.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { callOrThrow, createDispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { computeDashboard } from '../../../src/main/workspace/dashboard';
import { caseOf, event, letter, person, workspace } from './builders';

// Fictional people.
const ASEL = person('asel', { name: 'Asel Nurgaliyeva', nativeName: 'Әсел Нұрғалиева' });
const DAULET = person('daulet', { name: 'Daulet Ospan', nativeName: 'Дәулет Оспан' });

describe('prisoners without a letter', () => {
  const sent = letter('l1', {
    personId: ASEL.id,
    direction: 'out',
    status: 'sent',
    sentOn: '2025-01-01',
  });
  const data = workspace({ persons: [ASEL], letters: [sent] });

  it('lists a prisoner once more than 30 days have passed since the last letter', () => {
    expect(computeDashboard(data, { today: '2025-01-31' }).quiet).toEqual([]);
    expect(computeDashboard(data, { today: '2025-02-01' }).quiet).toEqual([
      {
        person: { id: 'asel', name: 'Asel Nurgaliyeva', nativeName: 'Әсел Нұрғалиева' },
        lastSentOn: '2025-01-01',
        daysSince: 31,
      },
    ]);
  });

  it('takes the number of days from the settings', () => {
    expect(computeDashboard(data, { today: '2025-01-12', quietDays: 10 }).quiet).toHaveLength(1);
  });

  it('does not count drafts, letters in, or the released and the dead', () => {
    const draft = letter('l2', {
      personId: ASEL.id,
      direction: 'out',
      status: 'draft',
      writtenOn: '2025-01-30',
    });
    const fromHer = letter('l3', {
      personId: ASEL.id,
      direction: 'in',
      status: 'delivered',
      receivedOn: '2025-01-30',
    });
    const released = person('released', { status: 'released' });
    const relative = person('relative', { role: 'relative', status: undefined });
    const quiet = computeDashboard(
      workspace({ persons: [ASEL, released, relative], letters: [sent, draft, fromHer] }),
      { today: '2025-03-01' },
    ).quiet;
    expect(quiet.map((item) => item.person.id)).toEqual(['asel']);
  });

  it('counts a prisoner never written to from the day they were added', () => {
    const added = person('new', { name: 'Gülnar Seitqali' }, '2025-01-01T10:00:00.000Z');
    expect(
      computeDashboard(workspace({ persons: [added] }), { today: '2025-01-31' }).quiet,
    ).toEqual([]);
    expect(
      computeDashboard(workspace({ persons: [added] }), { today: '2025-02-01' }).quiet,
    ).toEqual([
      { person: { id: 'new', name: 'Gülnar Seitqali' }, lastSentOn: null, daysSince: null },
    ]);
  });
});

describe('letters awaiting a reply', () => {
  const out = letter('out', {
    personId: DAULET.id,
    direction: 'out',
    channel: 'registered-post',
    status: 'delivered',
    sentOn: '2025-01-01',
  });

  it('lists a letter sent more than 30 days ago that nothing has answered', () => {
    const data = workspace({ persons: [DAULET], letters: [out] });
    expect(computeDashboard(data, { today: '2025-01-31' }).awaiting).toEqual([]);
    expect(computeDashboard(data, { today: '2025-02-10' }).awaiting).toEqual([
      {
        letterId: 'out',
        person: { id: 'daulet', name: 'Daulet Ospan', nativeName: 'Дәулет Оспан' },
        sentOn: '2025-01-01',
        daysWaiting: 40,
        channel: 'registered-post',
      },
    ]);
  });

  it('drops it once a letter answers it, or any letter from the prisoner comes after it', () => {
    const reply = letter('reply', {
      personId: DAULET.id,
      direction: 'in',
      status: 'delivered',
      inReplyTo: 'out',
    });
    const later = letter('later', {
      personId: DAULET.id,
      direction: 'in',
      status: 'delivered',
      receivedOn: '2025-01-20',
    });
    const options = { today: '2025-03-01' };
    expect(
      computeDashboard(workspace({ persons: [DAULET], letters: [out, reply] }), options).awaiting,
    ).toEqual([]);
    expect(
      computeDashboard(workspace({ persons: [DAULET], letters: [out, later] }), options).awaiting,
    ).toEqual([]);
  });

  it('does not wait on letters marked answered, returned or lost', () => {
    const letters = (['answered', 'returned', 'lost'] as const).map((status) =>
      letter(status, { personId: DAULET.id, direction: 'out', status, sentOn: '2025-01-01' }),
    );
    expect(
      computeDashboard(workspace({ persons: [DAULET], letters }), { today: '2025-03-01' }).awaiting,
    ).toEqual([]);
  });
});

describe('the next 30 days', () => {
  const today = '2025-05-01';

  it('lists hearings, the end of detention, birthdays and anniversaries of arrest by date', () => {
    const born = person('born', { name: 'Ərlan Bekov', birthDate: '1990-05-20' });
    const data = workspace({
      persons: [ASEL, born],
      cases: [
        caseOf('c1', {
          personId: ASEL.id,
          court: 'Көкжиек city court',
          arrestDate: '2023-05-03',
          hearingDates: ['2025-04-30', '2025-05-15', '2025-06-15'],
          detentionExtensions: [{ until: '2025-05-10' }, { until: '2025-05-28' }],
          status: 'trial',
        }),
      ],
      // The same hearing on the timeline is not listed twice.
      events: [event('e1', { personId: ASEL.id, date: '2025-05-15', type: 'hearing' })],
    });
    const upcoming = computeDashboard(data, { today }).upcoming;
    expect(upcoming.map((item) => [item.day, item.kind, item.person.id, item.years])).toEqual([
      ['2025-05-03', 'arrest-anniversary', 'asel', 2],
      ['2025-05-15', 'hearing', 'asel', undefined],
      ['2025-05-20', 'birthday', 'born', 35],
      ['2025-05-28', 'detention-end', 'asel', undefined],
    ]);
    expect(upcoming[1]).toMatchObject({ daysAway: 14, court: 'Көкжиек city court' });
  });

  it('leaves out the end of detention of a closed case', () => {
    const data = workspace({
      persons: [ASEL],
      cases: [
        caseOf('c1', {
          personId: ASEL.id,
          detentionExtensions: [{ until: '2025-05-10' }],
          status: 'convicted',
        }),
      ],
    });
    expect(computeDashboard(data, { today }).upcoming).toEqual([]);
  });
});

describe('recent changes', () => {
  it('lists the ten records changed last, newest first, with their person', () => {
    const letters = Array.from({ length: 12 }, (_, n) =>
      letter(
        `l${n}`,
        { personId: ASEL.id, direction: 'out', status: 'sent', sentOn: '2025-01-01' },
        `2025-01-${String(n + 10).padStart(2, '0')}T10:00:00.000Z`,
      ),
    );
    const recent = computeDashboard(workspace({ persons: [ASEL], letters }), {
      today: '2025-02-01',
    }).recent;
    expect(recent.map((item) => item.id)).toEqual([
      'l11',
      'l10',
      'l9',
      'l8',
      'l7',
      'l6',
      'l5',
      'l4',
      'l3',
      'l2',
    ]);
    expect(recent[0]).toMatchObject({ kind: 'letter', isNew: true, person: { id: 'asel' } });
  });
});

describe('workspace.dashboard', () => {
  let dir: string | undefined;
  let session: ArchiveSession | undefined;

  afterEach(async () => {
    await session?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('counts with the archive clock: the prisoner appears once 31 days pass', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-dashboard-'));
    let now = new Date(2025, 0, 1, 12);
    session = await ArchiveSession.start(path.join(dir, 'archive'), { now: () => now });
    const dispatch = createDispatch(handlers, { session });
    const asel = await callOrThrow(dispatch, 'persons.create', {
      name: 'Asel Nurgaliyeva',
      nativeName: 'Әсел Нұрғалиева',
      status: 'pre-trial',
    });
    now = new Date(2025, 0, 1, 12, 5);
    await callOrThrow(dispatch, 'letters.create', {
      personId: asel.id,
      direction: 'out',
      status: 'sent',
      sentOn: '2025-01-01',
    });

    now = new Date(2025, 0, 31, 12);
    let dashboard = await callOrThrow(dispatch, 'workspace.dashboard', {});
    expect(dashboard).toMatchObject({ today: '2025-01-31', quietDays: 30, quiet: [] });
    expect(dashboard.recent.map((item) => item.kind)).toEqual(['letter', 'person']);

    now = new Date(2025, 1, 1, 12);
    dashboard = await callOrThrow(dispatch, 'workspace.dashboard', {});
    expect(dashboard.quiet.map((item) => [item.person.name, item.daysSince])).toEqual([
      ['Asel Nurgaliyeva', 31],
    ]);
  });
});
