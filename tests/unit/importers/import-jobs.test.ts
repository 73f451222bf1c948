/** A batch whose window went away mid-send does not keep its temporary folder. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportJobs } from '../../../src/main/importers/import-jobs';

describe('import jobs left mid-send', () => {
  let tempRoot: string;
  beforeEach(async () => {
    tempRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-jobs-'));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await fs.rm(tempRoot, { recursive: true, force: true });
  });

  it('are cancelled and their folder removed after an hour without a slice, while live ones stay', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T08:00:00Z'));
    const jobs = new ImportJobs({ workers: 0, tempRoot });
    const text = new TextEncoder().encode('Хат: Ерлан Сейтқали.');
    const left = await jobs.begin([{ name: 'хат.txt', size: text.length }]);
    const live = await jobs.begin([{ name: 'екі.txt', size: text.length }]);
    expect(await fs.readdir(tempRoot)).toHaveLength(2);

    vi.setSystemTime(new Date('2026-11-29T08:50:00Z'));
    await jobs.receive(live.jobId, 0, 0, text.subarray(0, 5));
    vi.setSystemTime(new Date('2026-11-29T09:01:00Z'));
    await jobs.begin([{ name: 'үш.txt', size: 3 }]);

    expect(jobs.status(left.jobId).state).toBe('cancelled');
    expect(jobs.status(live.jobId).state).toBe('receiving');
    await vi.waitFor(async () => expect(await fs.readdir(tempRoot)).toHaveLength(2));
  });
});
