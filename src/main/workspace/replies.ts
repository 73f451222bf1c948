/**
 * A reply logged marks the letter it answers as answered: the secretary should not have to
 * change two letters for one event. Only a letter still waiting (sent or delivered) changes;
 * one marked returned, lost or already answered keeps what the user set.
 */
import { editableFields, type Letter } from '../../shared/records';
import type { Archive } from '../archive/archive';

const WAITING: readonly Letter['status'][] = ['sent', 'delivered'];

export async function markAnswered(archive: Archive, reply: Letter): Promise<void> {
  if (!reply.inReplyTo || reply.direction !== 'in') return;
  if (!archive.has('letter', reply.inReplyTo)) return;
  const original = await archive.get('letter', reply.inReplyTo);
  if (!WAITING.includes(original.status)) return;
  await archive.update('letter', original.id, { ...editableFields(original), status: 'answered' });
}
