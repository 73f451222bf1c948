import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import {
  DeletionLog,
  deleteWithLinks,
  restoreDeletion,
} from '../../../src/main/workspace/deletion';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';

// Fictional people; the article body is long enough to live in the text store.
const BODY = 'Қарағанды облысындағы колонияда ұсталған блогер туралы. '.repeat(300);

async function seed(archive: Archive) {
  const prisoner = await archive.create('person', {
    name: 'Erzhan Kaliev',
    nativeName: 'Ержан Қалиев',
  });
  const lawyer = await archive.create('person', { name: 'Gulnar Seitova', role: 'lawyer' });
  const wife = await archive.create('person', {
    name: 'Aigerim Kalieva',
    role: 'relative',
    relations: [{ personId: prisoner.id, type: 'wife of' }],
  });
  const address = await archive.create('address', {
    personId: prisoner.id,
    lines: ['Учреждение ЕЦ-999/1', 'г. Көкжиек'],
    validFrom: '2024-03-03',
  });
  const theCase = await archive.create('case', {
    personId: prisoner.id,
    charges: [{ article: '174 ч.2' }, { article: '405' }],
    lawyerId: lawyer.id,
  });
  const sent = await archive.create('letter', {
    personId: prisoner.id,
    direction: 'out',
    sentOn: '2024-05-01',
    status: 'sent',
    addressId: address.id,
    summary: 'Первое письмо',
  });
  const reply = await archive.create('letter', {
    personId: prisoner.id,
    direction: 'in',
    receivedOn: '2024-05-20',
    status: 'delivered',
    inReplyTo: sent.id,
    summary: 'Жауап хат',
  });
  const other = await archive.create('person', { name: 'Nurlan Abenov' });
  const article = await archive.create('article', {
    title: 'Urgent action',
    body: BODY,
    personIds: [other.id, prisoner.id, lawyer.id],
  });
  const document = await archive.create('document', {
    title: 'Постановление о продлении срока',
    docType: 'ruling',
    caseId: theCase.id,
    personIds: [prisoner.id],
  });
  const event = await archive.create('event', {
    personId: other.id,
    date: '2024-05-02',
    type: 'visit',
    source: { kind: 'letter', id: sent.id },
  });
  return { prisoner, lawyer, wife, address, theCase, sent, reply, article, document, event, other };
}

describe('delete with undo', () => {
  let dir: string;
  let archive: Archive;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-deletion-'));
    archive = await Archive.open(dir, { create: true });
  });

  afterEach(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('a letter answered by another: the reply loses its link, and gets it back on undo', async () => {
    const { sent, reply, event } = await seed(archive);
    // The archive alone refuses: the reply points to the letter.
    await expect(archive.remove('letter', sent.id)).rejects.toThrow(/other records point to it/);

    const deletion = await deleteWithLinks(archive, 'letter', sent.id);
    expect(archive.has('letter', sent.id)).toBe(false);
    expect((await archive.get('letter', reply.id)).inReplyTo).toBeUndefined();
    expect((await archive.get('event', event.id)).source).toBeUndefined();
    expect(deletion.cut.map((entry) => entry.id).sort()).toEqual([event.id, reply.id].sort());

    await restoreDeletion(archive, deletion);
    expect(await archive.get('letter', sent.id)).toEqual(sent);
    expect((await archive.get('letter', reply.id)).inReplyTo).toBe(sent.id);
    expect((await archive.get('event', event.id)).source).toEqual({ kind: 'letter', id: sent.id });
  });

  it('a person goes with what belongs to them, and everything comes back linked', async () => {
    const s = await seed(archive);
    const deletion = await deleteWithLinks(archive, 'person', s.prisoner.id);

    for (const [kind, id] of [
      ['person', s.prisoner.id],
      ['address', s.address.id],
      ['case', s.theCase.id],
      ['letter', s.sent.id],
      ['letter', s.reply.id],
    ] as const) {
      expect(archive.has(kind, id), `${kind} ${id}`).toBe(false);
    }
    // Records that stay lose only the links to what went.
    expect((await archive.get('person', s.wife.id)).relations).toEqual([]);
    expect((await archive.get('article', s.article.id)).personIds).toEqual([
      s.other.id,
      s.lawyer.id,
    ]);
    expect((await archive.get('document', s.document.id)).caseId).toBeUndefined();
    expect((await archive.get('document', s.document.id)).personIds).toEqual([]);
    expect((await archive.get('article', s.article.id)).body).toBe(BODY);

    await restoreDeletion(archive, deletion);
    expect(await archive.get('person', s.prisoner.id)).toEqual(s.prisoner);
    expect(await archive.get('case', s.theCase.id)).toEqual(s.theCase);
    expect(await archive.get('letter', s.reply.id)).toEqual(s.reply);
    expect(archive.list('letter', { personId: s.prisoner.id }).total).toBe(2);
    expect((await archive.get('person', s.wife.id)).relations).toEqual([
      { personId: s.prisoner.id, type: 'wife of' },
    ]);
    // Back in its place in the list, not at the end.
    expect((await archive.get('article', s.article.id)).personIds).toEqual([
      s.other.id,
      s.prisoner.id,
      s.lawyer.id,
    ]);
    const document = await archive.get('document', s.document.id);
    expect(document.caseId).toBe(s.theCase.id);
    expect(document.personIds).toEqual([s.prisoner.id]);
  });

  it('a deletion that fails half-way puts back the links it had already cut', async () => {
    const s = await seed(archive);
    const before = {
      reply: await archive.get('letter', s.reply.id),
      event: await archive.get('event', s.event.id),
    };
    // The disk fills up as the letter itself is to be removed.
    const removeMany = archive.removeMany.bind(archive);
    archive.removeMany = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    await expect(deleteWithLinks(archive, 'letter', s.sent.id)).rejects.toThrow(/ENOSPC/);
    archive.removeMany = removeMany;

    expect(archive.has('letter', s.sent.id)).toBe(true);
    const reply = await archive.get('letter', s.reply.id);
    expect(reply.inReplyTo).toBe(s.sent.id);
    expect({ ...reply, updatedAt: '' }).toEqual({ ...before.reply, updatedAt: '' });
    expect((await archive.get('event', s.event.id)).source).toEqual(before.event.source);
  });

  it('a deletion that fails after removing part of it puts those records back too', async () => {
    const s = await seed(archive);
    const removeMany = archive.removeMany.bind(archive);
    // The letters go, then the disk fills up before the rest.
    archive.removeMany = async (keys) => {
      await removeMany(keys.filter((key) => key.kind === 'letter'));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    await expect(deleteWithLinks(archive, 'person', s.prisoner.id)).rejects.toThrow(/ENOSPC/);
    archive.removeMany = removeMany;

    for (const [kind, id] of [
      ['person', s.prisoner.id],
      ['letter', s.sent.id],
      ['letter', s.reply.id],
      ['case', s.theCase.id],
    ] as const) {
      expect(archive.has(kind, id), `${kind} ${id}`).toBe(true);
    }
    expect((await archive.get('letter', s.reply.id)).inReplyTo).toBe(s.sent.id);
    expect((await archive.get('event', s.event.id)).source).toEqual({
      kind: 'letter',
      id: s.sent.id,
    });
    expect((await archive.get('person', s.wife.id)).relations).toEqual([
      { personId: s.prisoner.id, type: 'wife of' },
    ]);
    expect((await archive.get('article', s.article.id)).personIds).toContain(s.prisoner.id);
  });

  it('a lawyer: the case keeps going without them and names them again on undo', async () => {
    const s = await seed(archive);
    const deletion = await deleteWithLinks(archive, 'person', s.lawyer.id);
    expect((await archive.get('case', s.theCase.id)).lawyerId).toBeUndefined();
    await restoreDeletion(archive, deletion);
    expect((await archive.get('case', s.theCase.id)).lawyerId).toBe(s.lawyer.id);
  });

  it('a link set again before the undo is kept', async () => {
    const s = await seed(archive);
    const deletion = await deleteWithLinks(archive, 'person', s.lawyer.id);
    const stand = await archive.create('person', { name: 'Timur Ospanov', role: 'lawyer' });
    const current = await archive.get('case', s.theCase.id);
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = current;
    await archive.update('case', s.theCase.id, { ...fields, lawyerId: stand.id });
    await restoreDeletion(archive, deletion);
    expect((await archive.get('case', s.theCase.id)).lawyerId).toBe(stand.id);
    expect(archive.has('person', s.lawyer.id)).toBe(true);
  });

  it('the log gives a deletion until it is forgotten', () => {
    const log = new DeletionLog(2);
    const empty = { removed: [], cut: [] };
    const first = log.keep(empty);
    log.keep(empty);
    log.keep(empty);
    // Only the newest two are kept.
    expect(() => log.find(first)).toThrow(/can no longer be undone/);
  });
});

describe('records.delete and records.restore through dispatch', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-deletion-api-'));
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    dispatch = createDispatch(handlers, { session }, () => undefined);
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('answers what went and what lost a link, and undoes once', async () => {
    const s = await seed(session.current);
    const deleted = await dispatch('records.delete', { kind: 'address', id: s.address.id });
    expect(deleted.ok).toBe(true);
    if (!deleted.ok) return;
    const receipt = deleted.value as {
      undoToken: string;
      removed: { kind: string; id: string; title: string }[];
      unlinked: { kind: string; id: string }[];
    };
    expect(receipt.removed).toEqual([
      { kind: 'address', id: s.address.id, title: 'Учреждение ЕЦ-999/1, г. Көкжиек' },
    ]);
    expect(receipt.unlinked).toEqual([{ kind: 'letter', id: s.sent.id }]);
    expect((await session.current.get('letter', s.sent.id)).addressId).toBeUndefined();

    const restored = await dispatch('records.restore', { undoToken: receipt.undoToken });
    expect(restored).toMatchObject({
      ok: true,
      value: { restored: [{ kind: 'address', id: s.address.id }] },
    });
    expect((await session.current.get('letter', s.sent.id)).addressId).toBe(s.address.id);

    const again = await dispatch('records.restore', { undoToken: receipt.undoToken });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a kind it does not know and a record that is not there', async () => {
    expect(await dispatch('records.delete', { kind: 'planet', id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await dispatch('records.delete', { kind: 'case', id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('gives the timeline of a person', async () => {
    const s = await seed(session.current);
    const answer = await dispatch('workspace.timeline', { personId: s.prisoner.id });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const entries = (answer.value as { entries: { source: string; recordId: string }[] }).entries;
    expect(entries.map((entry) => `${entry.source}:${entry.recordId}`)).toEqual([
      `address:${s.address.id}`,
      `letter:${s.sent.id}`,
      `letter:${s.reply.id}`,
    ]);
  });
});
