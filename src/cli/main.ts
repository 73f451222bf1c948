/**
 * The `casefile` command line: init, add, import, list, show, search, export, verify, demo
 * and serve. Record commands go through the same API dispatch as the UI, so they validate
 * the same way; errors are one plain sentence on stderr and a non-zero exit.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { CasefileError } from '../shared/errors';
import {
  COLLECTION_OF,
  RECORD_KINDS,
  titleOf,
  type AnyRecord,
  type RecordKind,
} from '../shared/records';
import type { ApiName } from '../shared/api';
import { Archive } from '../main/archive/archive';
import { defaultArchiveDir, sampleArchiveDir } from '../main/archive/locations';
import { exportJsonl, importJsonl } from '../main/archive/jsonl';
import { verifyArchive } from '../main/archive/verify';
import { ArchiveSession } from '../main/api/archive-session';
import { callOrThrow, createDispatch } from '../main/api/dispatch';
import { handlers } from '../main/api/handlers';
import { readUtf8File } from './files';
import { json, line, readAllStdin, UsageError, type CliIo } from './output';
import { serve } from './serve-command';
import { repair } from './repair-command';
import { exportForPersons, isPersonExport } from './dossier-command';
import { importPaths, isJsonlImport } from './import-command';
import { importSheetsCommand, isSheetImport } from './sheet-command';
import { exportBundleCommand, importBundleCommand, isBundleImport } from './bundle-command';
import { changePassphrase, decrypt, encrypt, initEncrypted } from './encryption-command';
import { currentPassphraseSource } from './passphrase-prompt';
import { setFallbackPassphraseSource } from '../main/archive/encryption/unlock';

const USAGE = `Usage: casefile <command> [options]

Commands:
  init [--encrypted]           create an empty archive (encrypted with a passphrase)
  add KIND --json '{…}'        add a record (or --file F.json, or - to read stdin)
  import FILE.jsonl            add the records of a JSONL file, one per line
  import PATH… [--json]        import files and folders (txt, md, html, pdf, docx, eml)
                               with the persons, codes and dates they mention
  import FILE.csv|FILE.xlsx [--map '{"HEADER":"field",…}'] [--json]
                               a spreadsheet of prisoners and addresses, a person per
                               row; columns mapped as last time or guessed from their
                               headers, --map overrides (fields: name, nativeName,
                               aliases, birthDate, role, status, tags, notes,
                               facilityCode, facilityName, addressLines, city,
                               postcode, since; null leaves a column out)
  import FILE.casefile [--json]
                               merge an archive bundle by id: new records are added, a
                               record changed on both sides keeps the later edit and is
                               listed as a conflict ($CASEFILE_BUNDLE_PASSPHRASE if sealed)
  list KIND [--json]           list records of a kind (${RECORD_KINDS.join(', ')})
  show ID [--json]             show one record
  search QUERY [--json] [--limit N] [--kind K] [--person ID] [--facility ID]
               [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tag T] [--status S]
  export archive --out FILE.jsonl
  export bundle --out FILE.casefile [--encrypted]
                               every record and file in one ZIP with a manifest and
                               hashes; sealed with a passphrase of its own when the
                               archive is encrypted (or with --encrypted)
  export dossier PERSON --out FILE.pdf|.html|.zip [--level public|team|private]
  export addresses [--tag T | PERSON...] --out FILE.csv [--level public|team|private]
  export envelopes [--tag T | PERSON...] --out FILE.pdf [--envelope dl|c5] [--level …]
  export labels [--tag T | PERSON...] --out FILE.pdf [--level …]   (A4 sheets, 3 × 8)
                               (PERSON is an id or a name; the level defaults to team)
  verify                       check that every file, link and hash is whole
  repair                       restore damaged files from the newest good backup (the
                               damaged ones are kept in damaged/) and list what is left
  demo --archive DIR           write the fictional sample archive
  serve [--port N] [--open] [--lock-after MINUTES]
                               serve the app on http://127.0.0.1 for a browser; an
                               encrypted archive asks for its passphrase in the page and
                               locks after 15 minutes unused ($CASEFILE_LOCK_AFTER)
  encrypt                      encrypt an existing archive with a new passphrase
  decrypt                      store an encrypted archive in plaintext again
  passphrase [--recovery]      change an encrypted archive's passphrase (with --recovery,
                               the recovery key stands in for a forgotten one)

Every command takes --archive DIR (default: $CASEFILE_ARCHIVE, else the app's own archive).
On an encrypted archive, commands ask for the passphrase, or read $CASEFILE_PASSPHRASE
(and $CASEFILE_NEW_PASSPHRASE for a new one) when run from scripts.`;

const OPTIONS = {
  archive: { type: 'string' },
  json: { type: 'string' },
  file: { type: 'string' },
  out: { type: 'string' },
  limit: { type: 'string' },
  kind: { type: 'string' },
  person: { type: 'string' },
  facility: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  tag: { type: 'string' },
  status: { type: 'string' },
  level: { type: 'string' },
  envelope: { type: 'string' },
  port: { type: 'string' },
  open: { type: 'boolean' },
  'lock-after': { type: 'string' },
  encrypted: { type: 'boolean' },
  recovery: { type: 'boolean' },
  map: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  // Every archive this run opens asks for (or reads) the passphrase when it is encrypted.
  setFallbackPassphraseSource(currentPassphraseSource(io));
  try {
    // `--json` is a flag for output but takes a value for `add`: tell them apart first.
    const command = argv[0];
    const args =
      command === 'add'
        ? argv.slice(1)
        : argv.slice(1).map((arg) => (arg === '--json' ? '--json=' : arg));
    const parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    const options = parsed.values as Options;
    const positionals = parsed.positionals;
    if (
      !command ||
      command === 'help' ||
      command === '--help' ||
      command === '-h' ||
      options.help
    ) {
      line(io.out, USAGE);
      return 0;
    }
    const archiveDir = path.resolve(
      options.archive ?? defaultArchiveDir(process.platform, process.env, os.homedir()),
    );
    const wantsJson = options.json === '';
    switch (command) {
      case 'init':
        return options.encrypted ? await initEncrypted(archiveDir, io) : await init(archiveDir, io);
      case 'encrypt':
        return await encrypt(archiveDir, io);
      case 'decrypt':
        return await decrypt(archiveDir, io);
      case 'passphrase':
        return await changePassphrase(archiveDir, io, options.recovery ?? false);
      case 'add':
        return await withDispatch(archiveDir, (call) => add(call, positionals, options, io));
      case 'import':
        if (isSheetImport(positionals))
          return await importSheetsCommand(archiveDir, positionals, options.map, wantsJson, io);
        if (isBundleImport(positionals))
          return await importBundleCommand(archiveDir, positionals[0], wantsJson, io);
        return isJsonlImport(positionals, wantsJson)
          ? await importFile(archiveDir, positionals, io)
          : await importPaths(archiveDir, positionals, wantsJson, io);
      case 'list':
        return await withDispatch(archiveDir, (call) => list(call, positionals, wantsJson, io));
      case 'show':
        return await withArchive(archiveDir, (archive) =>
          show(archive, positionals, wantsJson, io),
        );
      case 'search':
        return await withDispatch(archiveDir, (call) =>
          search(call, positionals, options, wantsJson, io),
        );
      case 'export':
        if (positionals[0] === 'bundle')
          return await exportBundleCommand(archiveDir, options.out, options.encrypted ?? false, io);
        return isPersonExport(positionals[0])
          ? await exportForPersons(archiveDir, positionals, options, io)
          : await exportArchive(archiveDir, positionals, options, io);
      case 'verify':
        return await withArchive(archiveDir, (archive) => verify(archive, io));
      case 'repair':
        return await repair(archiveDir, io);
      case 'demo':
        return await demo(options.archive ? archiveDir : sampleArchiveDir(archiveDir), io);
      case 'serve':
        return await serve(
          archiveDir,
          {
            port: parsePort(options.port),
            open: options.open ?? false,
            lockAfterMinutes: parseMinutes(
              options['lock-after'] ?? process.env.CASEFILE_LOCK_AFTER,
            ),
          },
          io,
        );
      default:
        throw new UsageError(`There is no command "${command}". Run casefile --help for the list.`);
    }
  } catch (error) {
    return report(error, io);
  } finally {
    setFallbackPassphraseSource(undefined);
  }
}

function defaultIo(): CliIo {
  return { out: process.stdout, err: process.stderr, readStdin: readAllStdin };
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    line(io.err, error.message);
    return 2;
  }
  if (error instanceof CasefileError) {
    line(io.err, error.message);
    for (const field of error.details?.fields ?? [])
      line(io.err, `  ${field.path || 'input'}: ${field.message}`);
    return 1;
  }
  if (
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  ) {
    line(io.err, `${error.message}. Run casefile --help for the options.`);
    return 2;
  }
  line(io.err, `Casefile failed: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

type Call = <N extends ApiName>(name: N, input: unknown) => ReturnType<typeof callOrThrow<N>>;

async function withDispatch(
  archiveDir: string,
  work: (call: Call) => Promise<number>,
): Promise<number> {
  const session = await openSession(archiveDir);
  try {
    const dispatch = createDispatch(handlers, { session });
    return await work((name, input) => callOrThrow(dispatch, name, input));
  } finally {
    await session.close();
  }
}

async function withArchive(
  archiveDir: string,
  work: (archive: Archive) => Promise<number>,
): Promise<number> {
  const archive = await Archive.open(archiveDir);
  try {
    return await work(archive);
  } finally {
    await archive.close();
  }
}

/** Commands other than init, demo and serve use an archive that exists. */
function openSession(archiveDir: string): Promise<ArchiveSession> {
  return ArchiveSession.start(archiveDir, { create: false });
}

async function init(archiveDir: string, io: CliIo): Promise<number> {
  const existed = await fs
    .access(path.join(archiveDir, 'archive.json'))
    .then(() => true)
    .catch(() => false);
  const archive = await Archive.open(archiveDir, { create: true });
  await archive.close();
  line(
    io.out,
    existed
      ? `There is already an archive in ${archiveDir}.`
      : `Created an empty archive in ${archiveDir}.`,
  );
  return 0;
}

function kindOf(word: string | undefined): RecordKind {
  const kind = RECORD_KINDS.find((k) => k === word || COLLECTION_OF[k] === word);
  if (!kind) throw new UsageError(`Name a kind of record: ${RECORD_KINDS.join(', ')}.`);
  return kind;
}

const API_PREFIX: Record<RecordKind, string> = { ...COLLECTION_OF, attachment: 'attachments' };

async function add(
  call: Call,
  positionals: string[],
  options: Options,
  io: CliIo,
): Promise<number> {
  const kind = kindOf(positionals[0]);
  if (kind === 'attachment')
    throw new UsageError('Attachments are added with the files they belong to, not with add.');
  let text: string;
  if (options.json !== undefined) text = options.json;
  else if (options.file !== undefined) text = await readUtf8File(options.file);
  else if (positionals[1] === '-') text = await io.readStdin();
  else
    throw new UsageError(
      "Give the record as --json '{…}', --file F.json, or - to read it from stdin.",
    );
  let fields: unknown;
  try {
    fields = JSON.parse(text);
  } catch {
    throw new UsageError('The record is not valid JSON.');
  }
  const created = await call(`${API_PREFIX[kind]}.create` as ApiName, fields);
  json(io.out, created);
  return 0;
}

async function importFile(archiveDir: string, positionals: string[], io: CliIo): Promise<number> {
  const file = positionals[0];
  if (!file) throw new UsageError('Name the JSONL file to import: casefile import FILE.jsonl');
  const text = await readUtf8File(file);
  return withArchive(archiveDir, async (archive) => {
    const report = await importJsonl(archive, text);
    line(io.out, `Imported ${report.added} record${report.added === 1 ? '' : 's'} from ${file}.`);
    if (report.problems.length > 0) {
      line(
        io.err,
        `${report.problems.length} line${report.problems.length === 1 ? ' was' : 's were'} not imported:`,
      );
      for (const problem of report.problems)
        line(io.err, `  line ${problem.line}: ${problem.message}`);
      return 1;
    }
    return 0;
  });
}

async function list(
  call: Call,
  positionals: string[],
  wantsJson: boolean,
  io: CliIo,
): Promise<number> {
  const kind = kindOf(positionals[0]);
  if (kind === 'attachment')
    throw new UsageError('Attachments are listed with their documents and letters.');
  const items: AnyRecord[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = (await call(`${API_PREFIX[kind]}.list` as ApiName, { limit: 10_000, offset })) as {
      items: AnyRecord[];
      total: number;
    };
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) break;
  }
  if (wantsJson) json(io.out, items);
  else if (items.length === 0) line(io.out, `No ${COLLECTION_OF[kind]} yet.`);
  else for (const item of items) line(io.out, `${item.id}\t${titleOf(kind, item)}`);
  return 0;
}

async function show(
  archive: Archive,
  positionals: string[],
  wantsJson: boolean,
  io: CliIo,
): Promise<number> {
  const id = positionals[0];
  if (!id) throw new UsageError('Name the id of the record to show: casefile show ID');
  const kind = RECORD_KINDS.find((k) => archive.has(k, id));
  if (!kind)
    throw new CasefileError('not-found', `No record with the id ${id} is in this archive.`);
  const record = await archive.get(kind, id);
  if (wantsJson) {
    json(io.out, { kind, ...record });
  } else {
    line(io.out, `${kind} ${id}: ${titleOf(kind, record)}`);
    for (const [key, value] of Object.entries(record)) {
      if (key === 'id') continue;
      line(io.out, `  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    }
  }
  return 0;
}

async function search(
  call: Call,
  positionals: string[],
  options: Options,
  wantsJson: boolean,
  io: CliIo,
): Promise<number> {
  const query = positionals.join(' ');
  if (!query.trim()) throw new UsageError('Say what to search for: casefile search QUERY');
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError('--limit takes a whole number from 1.');
  const kinds = options.kind ? [kindOf(options.kind)] : undefined;
  const { hits, suggestions } = await call('search.query', {
    query,
    limit,
    kinds,
    personId: options.person,
    facilityId: options.facility,
    from: options.from,
    to: options.to,
    tags: options.tag ? [options.tag] : undefined,
    status: options.status,
  });
  if (wantsJson) {
    json(io.out, hits);
  } else if (hits.length === 0) {
    line(io.out, `Nothing found for "${query}".`);
    if (suggestions.length)
      line(io.out, `Did you mean: ${suggestions.map((s) => s.title).join(', ')}?`);
  } else {
    for (const hit of hits)
      line(io.out, `${hit.kind}\t${hit.id}\t${hit.title}\t${marked(hit.snippet, hit.highlights)}`);
  }
  return 0;
}

async function exportArchive(
  archiveDir: string,
  positionals: string[],
  options: Options,
  io: CliIo,
): Promise<number> {
  if (positionals[0] !== 'archive')
    throw new UsageError('Say what to export: casefile export archive --out FILE.jsonl');
  if (!options.out) throw new UsageError('Name the file to write with --out FILE.jsonl');
  const out = path.resolve(options.out);
  return withArchive(archiveDir, async (archive) => {
    const text = await exportJsonl(archive);
    // Write beside the target, then rename: an interrupted export never leaves half a file.
    const temporary = `${out}.${process.pid}.tmp`;
    await fs.writeFile(temporary, text);
    await fs.rename(temporary, out);
    const count = text ? text.trimEnd().split('\n').length : 0;
    line(io.out, `Exported ${count} record${count === 1 ? '' : 's'} to ${out}.`);
    return 0;
  });
}

async function verify(archive: Archive, io: CliIo): Promise<number> {
  const problems = await verifyArchive(archive);
  const total = RECORD_KINDS.reduce((sum, kind) => sum + archive.count(kind), 0);
  if (problems.length === 0) {
    line(io.out, `The archive is whole: ${total} records, every link and file checked.`);
    return 0;
  }
  line(io.err, `The archive has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) {
    line(io.err, `  ${problem.kind ? `${problem.kind} ${problem.id}: ` : ''}${problem.message}`);
  }
  return 1;
}

async function demo(dir: string, io: CliIo): Promise<number> {
  const manifest = await fs.readFile(path.join(dir, 'archive.json'), 'utf8').catch(() => null);
  if (manifest !== null && !manifest.includes('"isSample": true')) {
    throw new UsageError(
      `${dir} holds an archive of real records. Choose an empty folder for the sample.`,
    );
  }
  const { writeSampleArchive } = await import('../main/sample/sample-archive');
  const archive = await writeSampleArchive(dir);
  const counts = archive.info.counts;
  await archive.close();
  line(
    io.out,
    `The fictional sample archive is in ${dir}: ${counts.person} persons, ${counts.letter} letters, ${counts.article} articles, ${counts.document} documents.`,
  );
  return 0;
}

/** A snippet with its matched words in [brackets], for the terminal. */
function marked(snippet: string, highlights: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${snippet.slice(at, start)}[${snippet.slice(start, end)}]`;
    at = end;
  }
  return out + snippet.slice(at);
}

function parseMinutes(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 24 * 60)
    throw new UsageError('--lock-after takes minutes from 0 (never) to 1440.');
  return minutes;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port takes a number from 0 to 65535.');
  return port;
}
