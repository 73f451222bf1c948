/**
 * Sharing per field group of a person's profile: what the schema reads from archives written
 * before the groups existed, the level each group takes by default, and what a dossier keeps
 * and lists as left out at each level.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import type { Archive } from '../../../src/main/archive/archive';
import { collectDossier } from '../../../src/main/dossier/collect-dossier';
import { personAtLevel } from '../../../src/main/dossier/field-groups';
import { groupSharing, groupSharingAll } from '../../../src/shared/field-sharing';
import { Person, PersonFields } from '../../../src/shared/records';
import { NOW, PRISONER, buildPrisonerArchive, tempDir } from './fixture';

const STAMPS = {
  id: 'p-old',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('the field groups in the schema', () => {
  it('reads a person written before the groups existed, every group at its default', () => {
    const old = Person.parse({ ...STAMPS, name: 'Әсет Жұмабай', sharing: 'public' });
    expect(old.fieldSharing).toBeUndefined();
    expect('fieldSharing' in PersonFields.parse({ name: 'Әсет Жұмабай' })).toBe(false);
    expect(groupSharingAll(old)).toEqual({
      identity: 'public',
      notes: 'team',
      relations: 'public',
      photo: 'public',
    });
    const set = PersonFields.parse({ name: 'Әсет', fieldSharing: { photo: 'private' } });
    expect(set.fieldSharing).toEqual({ photo: 'private' });
  });

  it('refuses a level that is not one of private, team, public', () => {
    const result = PersonFields.safeParse({ name: 'Әсет', fieldSharing: { notes: 'everyone' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['fieldSharing', 'notes']);
  });

  it('lets a missing group follow the person, keeps notes within the team, and never goes wider', () => {
    const publicPerson = { sharing: 'public' as const, fieldSharing: {} };
    expect(groupSharingAll(publicPerson)).toEqual({
      identity: 'public',
      notes: 'team',
      relations: 'public',
      photo: 'public',
    });
    expect(groupSharing({ sharing: 'private' }, 'notes')).toBe('private');
    expect(groupSharing({ sharing: 'team', fieldSharing: { photo: 'public' } }, 'photo')).toBe(
      'team',
    );
    expect(groupSharing({ sharing: 'public', fieldSharing: { notes: 'public' } }, 'notes')).toBe(
      'public',
    );
    expect(
      groupSharing({ sharing: 'public', fieldSharing: { identity: 'private' } }, 'identity'),
    ).toBe('private');
  });
});

describe('a person at an export level', () => {
  const person = Person.parse({
    ...STAMPS,
    name: 'Ғалия Сәрсенбай',
    aliases: ['Галия Сарсенбай'],
    birthDate: '1979-02-14',
    notes: 'Speaks with her sister on Sundays.',
    relations: [{ personId: 'p-sister', type: 'sister' }],
    photoId: 'att-photo',
    sharing: 'public',
    fieldSharing: { identity: 'team', relations: 'private' },
  });

  it('empties every group below the level and lists the ones that held something', () => {
    const { person: kept, leftOutGroups } = personAtLevel(person, 'public');
    expect(leftOutGroups).toEqual(['identity', 'notes', 'relations']);
    expect(kept.aliases).toEqual([]);
    expect(kept.birthDate).toBeUndefined();
    expect(kept.notes).toBe('');
    expect(kept.relations).toEqual([]);
    expect(kept.photoId).toBe('att-photo');
    // A group's level tells that something is there: only the kept groups' levels stay.
    expect(kept.fieldSharing).toBeUndefined();
  });

  it('keeps what the level allows', () => {
    const atTeam = personAtLevel(person, 'team');
    expect(atTeam.leftOutGroups).toEqual(['relations']);
    expect(atTeam.person).toMatchObject({ aliases: ['Галия Сарсенбай'], birthDate: '1979-02-14' });
    expect(atTeam.person.fieldSharing).toEqual({ identity: 'team' });
    expect(personAtLevel(person, 'private').leftOutGroups).toEqual([]);
  });

  it('does not list an empty group', () => {
    const bare = Person.parse({ ...STAMPS, name: 'Ерлан', sharing: 'public' });
    expect(personAtLevel(bare, 'public').leftOutGroups).toEqual([]);
  });
});

describe('collectDossier with field groups', () => {
  let dir: string;
  let archive: Archive;

  beforeEach(async () => {
    dir = await tempDir('casefile-field-groups-');
    archive = await buildPrisonerArchive(dir);
    const portrait = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    await archive.create(
      'attachment',
      {
        hash: await archive.blobs.put(portrait),
        originalName: 'Үңгірбаев.jpg',
        mediaType: 'image/jpeg',
        size: portrait.length,
        sharing: 'public',
      },
      'att-portrait',
    );
    const prisoner = await archive.get('person', PRISONER.id);
    await archive.update('person', PRISONER.id, {
      ...prisoner,
      photoId: 'att-portrait',
      fieldSharing: { relations: 'team', photo: 'team' },
    });
  });

  afterEach(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('at public level drops the notes, the relations and the photo, and says so', async () => {
    const { model, leftOut, leftOutGroups } = await collectDossier(archive, PRISONER.id, 'public', {
      now: NOW,
    });
    expect(leftOutGroups).toEqual(['notes', 'relations', 'photo']);
    expect(model.person.notes).toBe('');
    expect(model.person.aliases).toEqual(PRISONER.aliases);
    expect(model.relations).toEqual([]);
    expect(model.records.person.relations).toEqual([]);
    expect(model.records.person.photoId).toBeUndefined();
    // The lawyer stays as the case's lawyer, no longer as a relation.
    expect(model.records.otherPersons.map((person) => person.id)).toEqual(['p-lawyer']);
    expect(model.files.some((file) => file.belongsTo.kind === 'person')).toBe(false);
    // The wife is not even looked up, so she is not listed as a record left out.
    expect(leftOut.some((record) => record.id === 'p-wife')).toBe(false);
  });

  it('at team level keeps them all', async () => {
    const { model, leftOutGroups } = await collectDossier(archive, PRISONER.id, 'team', {
      now: NOW,
    });
    expect(leftOutGroups).toEqual([]);
    expect(model.person.notes).toContain('steppe towns');
    expect(model.relations.map((relation) => relation.type)).toEqual(['lawyer of', 'wife of']);
    expect(model.files.find((file) => file.belongsTo.kind === 'person')?.attachmentId).toBe(
      'att-portrait',
    );
  });
});
