/** A reply logged marks the letter it answers; a letter set otherwise by hand keeps its status. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { callOrThrow, createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';

describe('replies', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;
  let personId: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-replies-'));
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    dispatch = createDispatch(handlers, { session }, () => undefined);
    personId = (
      await session.current.create('person', {
        name: 'Aliya Zhumabaeva',
        nativeName: 'Әлия Жұмабаева',
      })
    ).id;
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const letter = (fields: Record<string, unknown>) =>
    callOrThrow(dispatch, 'letters.create', { personId, ...fields }) as Promise<{
      id: string;
      status: string;
    }>;

  it('marks a sent letter answered when its reply is logged, and leaves a returned one alone', async () => {
    const sent = await letter({
      direction: 'out',
      status: 'sent',
      sentOn: '2024-04-01',
      summary: 'Құттықтау',
    });
    const returned = await letter({ direction: 'out', status: 'returned', sentOn: '2024-03-01' });
    await letter({
      direction: 'in',
      status: 'delivered',
      receivedOn: '2024-04-20',
      inReplyTo: sent.id,
      summary: 'Рахмет',
    });
    await letter({
      direction: 'in',
      status: 'delivered',
      receivedOn: '2024-04-21',
      inReplyTo: returned.id,
    });
    expect(session.current.stored('letter', sent.id).status).toBe('answered');
    expect(session.current.stored('letter', returned.id).status).toBe('returned');
  });

  it('marks it when an existing letter is edited into a reply', async () => {
    const sent = await letter({ direction: 'out', status: 'delivered', sentOn: '2024-04-01' });
    const later = await letter({ direction: 'in', status: 'delivered', receivedOn: '2024-05-02' });
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = session.current.stored('letter', later.id);
    await callOrThrow(dispatch, 'letters.update', {
      id: later.id,
      fields: { ...fields, inReplyTo: sent.id },
    });
    expect(session.current.stored('letter', sent.id).status).toBe('answered');
  });
});
