/**
 * The sample's records before they reach an archive: valid for any day the sample might be
 * made on, consistent with one another, and free of anything real.
 */
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../../../src/shared/records';
import { buildSampleData, s10TrackingNumber } from '../../../src/main/sample/sample-data';
import { makeSamplePdf } from '../../../src/main/sample/sample-pdf';

/** Dates that catch calendar slips: a leap day, a year's last moment, an ordinary day. */
const DAYS = ['2028-02-29T23:59:59.000Z', '2026-12-31T23:59:59.999Z', '2025-07-01T00:00:00.000Z'];

describe('buildSampleData', () => {
  it.each(DAYS)('builds records that pass their schemas when made on %s', (day) => {
    const data = buildSampleData(new Date(day));
    for (const item of data.records) {
      const result = RECORD_SCHEMAS[item.kind].safeParse(item.record);
      expect(result.success ? [] : result.error.issues, `${item.kind} ${item.record.id}`).toEqual(
        [],
      );
    }
    expect(new Set(data.records.map((item) => `${item.kind}:${item.record.id}`)).size).toBe(
      data.records.length,
    );
  });

  it('is the same for the same moment', () => {
    const now = new Date('2026-05-10T12:00:00.000Z');
    expect(buildSampleData(now)).toEqual(buildSampleData(now));
  });

  it('answers letters with letters to the same person, written after them', () => {
    const letters = buildSampleData(new Date('2026-05-10T12:00:00.000Z'))
      .records.filter((item) => item.kind === 'letter')
      .map((item) => RECORD_SCHEMAS.letter.parse(item.record));
    const byId = new Map(letters.map((letter) => [letter.id, letter]));
    for (const reply of letters.filter((letter) => letter.inReplyTo)) {
      const original = byId.get(reply.inReplyTo!);
      expect(original?.personId).toBe(reply.personId);
      expect(original?.direction).not.toBe(reply.direction);
      expect(original?.status).toBe('answered');
      const answered = original?.sentOn ?? original?.receivedOn ?? '';
      expect((reply.writtenOn ?? reply.sentOn ?? reply.receivedOn ?? '') >= answered).toBe(true);
    }
  });

  it('keeps links to example.org and nowhere else', () => {
    const articles = buildSampleData(new Date('2026-05-10T12:00:00.000Z')).records.filter(
      (item) => item.kind === 'article',
    );
    for (const item of articles) {
      const url = (item.record as { url?: string }).url ?? '';
      expect(new URL(url).hostname).toBe('example.org');
    }
  });
});

describe('s10TrackingNumber', () => {
  it('computes the UPU S10 check digit', () => {
    // The worked example of the S10 standard: serial 47312482 has check digit 9.
    expect(s10TrackingNumber(47_312_482)).toBe('RR473124829KZ');
  });
});

describe('makeSamplePdf', () => {
  it('gives equal bytes for equal input', async () => {
    const content = {
      title: 'Үлгі',
      text: 'ҚАУЛЫ / ПОСТАНОВЛЕНИЕ\n\nТөлегенова Әйгерім Маратқызы.',
      createdAt: new Date('2025-01-02T09:00:00.000Z'),
    };
    const first = await makeSamplePdf(content);
    const second = await makeSamplePdf(content);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.equals(second)).toBe(true);
  });
});
