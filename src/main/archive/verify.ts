/**
 * `casefile verify`: checks that an open archive is whole — every record matches its
 * schema, every link resolves, every text and blob file exists and matches its hash.
 * (That every data file parses is checked by opening the archive.)
 */
import { z } from 'zod';
import {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type AnyRecord,
  type RecordKind,
} from '../../shared/records';
import { CasefileError } from '../../shared/errors';
import { largeTextField, type Archive } from './archive';
import { sha256 } from './content-stores';

export interface Problem {
  readonly kind?: RecordKind;
  readonly id?: string;
  readonly message: string;
}

/** The stored shape of a kind: its schema without the large text, with the text's hash. */
export function storedSchemaOf(kind: RecordKind): z.ZodType {
  const schema = RECORD_SCHEMAS[kind];
  const field = largeTextField(kind);
  if (!field) return schema;
  return (schema as z.ZodObject).omit({ [field]: true } as never).extend({
    textHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  });
}

export async function verifyArchive(archive: Archive): Promise<Problem[]> {
  await archive.whenLoaded();
  const problems: Problem[] = [];
  for (const recovery of archive.recoveries) {
    problems.push({
      message: recovery.restoredFrom
        ? `${recovery.file} was damaged; it was restored from ${recovery.restoredFrom} and the damaged copy kept at ${recovery.movedTo}.`
        : `${recovery.file} was damaged and no backup had it; the damaged copy is kept at ${recovery.movedTo}.`,
    });
  }
  for (const kind of RECORD_KINDS) {
    const schema = storedSchemaOf(kind);
    for (const record of archive.storedAll(kind)) {
      const result = schema.safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0];
        problems.push({
          kind,
          id: record.id,
          message: `${issue.path.join('.')}: ${issue.message}`,
        });
      }
      for (const broken of archive.brokenLinks(kind, record as unknown as AnyRecord)) {
        problems.push({ kind, id: record.id, message: `${broken.path}: ${broken.message}` });
      }
      const textHash = (record as { textHash?: string }).textHash;
      if (textHash) {
        const problem = await checkContent(() => archive.texts.get(textHash), textHash, 'text');
        if (problem) problems.push({ kind, id: record.id, message: problem });
      }
      if (kind === 'attachment') {
        const hash = (record as unknown as { hash: string }).hash;
        const problem = await checkContent(() => archive.blobs.get(hash), hash, 'file');
        if (problem) problems.push({ kind, id: record.id, message: problem });
      }
    }
  }
  return problems;
}

async function checkContent(
  read: () => Promise<string | Buffer>,
  hash: string,
  what: 'text' | 'file',
): Promise<string | null> {
  let content: string | Buffer;
  try {
    content = await read();
  } catch (error) {
    // In an encrypted archive a file that does not verify says so in its own words.
    if (error instanceof CasefileError && error.code === 'archive-damaged') return error.message;
    return `its ${what} ${hash} is missing from the archive.`;
  }
  return sha256(content) === hash
    ? null
    : `its ${what} ${hash} does not match its hash (changed or damaged).`;
}
