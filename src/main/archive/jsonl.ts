/**
 * The JSONL interchange format (docs/DESIGN.md): one record per line, `{"kind": …, …}`.
 * Export is lossless (ids, timestamps, large text and attachment files included), so that
 * export → import into an empty archive → export gives the same lines.
 */
import { RECORD_KINDS, type RecordKind } from '../../shared/records';
import { largeTextField, newId, type Archive } from './archive';
import { sha256 } from './content-stores';

export interface JsonlImportReport {
  readonly added: number;
  readonly problems: readonly { line: number; message: string }[];
}

/** Longest line accepted: an attachment line carries its file as base64. */
const MAX_LINE_CHARS = 256 * 1024 * 1024;

export async function exportJsonl(archive: Archive): Promise<string> {
  const lines: string[] = [];
  for await (const line of jsonlLines(archive)) lines.push(line);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/**
 * The lines of the export, one record each, kind by kind. `withFiles: false` leaves out the
 * attachments' `contentBase64`, for a container that carries the files beside the lines.
 */
export async function* jsonlLines(
  archive: Archive,
  options: { readonly withFiles?: boolean } = {},
): AsyncGenerator<string> {
  await archive.whenLoaded();
  for (const kind of RECORD_KINDS) {
    for (const stored of archive.storedAll(kind)) {
      const record = (await archive.hydrate(kind, stored)) as unknown as Record<string, unknown>;
      const line: Record<string, unknown> = { kind, ...record };
      if (kind === 'attachment' && options.withFiles !== false) {
        line.contentBase64 = (await archive.blobs.get(record.hash as string)).toString('base64');
      }
      yield JSON.stringify(line);
    }
  }
}

/**
 * Imports JSONL text. Valid lines are kept even when others are not; every invalid line is
 * reported with its number and reason. Records without id, createdAt or updatedAt get them.
 */
export async function importJsonl(archive: Archive, text: string): Promise<JsonlImportReport> {
  await archive.whenLoaded();
  const problems: { line: number; message: string }[] = [];
  const items: { kind: RecordKind; record: unknown; label: string }[] = [];
  const stamp = archive.now().toISOString();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    const raw = lines[index].trim();
    if (raw === '') continue;
    if (raw.length > MAX_LINE_CHARS) {
      problems.push({ line: lineNumber, message: 'the line is too long' });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line: lineNumber, message: 'not valid JSON' });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ line: lineNumber, message: 'not a JSON object' });
      continue;
    }
    const { kind, contentBase64, ...fields } = value as Record<string, unknown>;
    if (typeof kind !== 'string' || !(RECORD_KINDS as string[]).includes(kind)) {
      problems.push({
        line: lineNumber,
        message: `"kind" must be one of ${RECORD_KINDS.join(', ')}`,
      });
      continue;
    }
    const recordKind = kind as RecordKind;
    if (recordKind === 'attachment') {
      const problem = await storeAttachmentContent(archive, fields, contentBase64);
      if (problem) {
        problems.push({ line: lineNumber, message: problem });
        continue;
      }
    }
    const field = largeTextField(recordKind);
    if (field && fields[field] === undefined) fields[field] = '';
    items.push({
      kind: recordKind,
      label: String(lineNumber),
      record: {
        ...fields,
        id: fields.id ?? newId(recordKind),
        createdAt: fields.createdAt ?? stamp,
        updatedAt: fields.updatedAt ?? fields.createdAt ?? stamp,
      },
    });
  }
  const result = await archive.addMany(items);
  for (const problem of result.problems)
    problems.push({ line: Number(problem.label), message: problem.message });
  problems.sort((a, b) => a.line - b.line);
  return { added: result.added.length, problems };
}

/** An attachment line must bring its file, or name one the archive already has. */
async function storeAttachmentContent(
  archive: Archive,
  fields: Record<string, unknown>,
  contentBase64: unknown,
): Promise<string | null> {
  if (typeof contentBase64 === 'string') {
    const bytes = Buffer.from(contentBase64, 'base64');
    const hash = sha256(bytes);
    if (fields.hash !== undefined && fields.hash !== hash)
      return 'contentBase64 does not match "hash"';
    fields.hash = hash;
    fields.size ??= bytes.length;
    await archive.blobs.put(bytes);
    return null;
  }
  if (typeof fields.hash === 'string' && (await archive.blobs.has(fields.hash))) return null;
  return 'an attachment needs its file as "contentBase64"';
}
