/**
 * Which archive the API is talking to, with its search. The app starts on one archive (the
 * "main" one) and can switch to the fictional sample archive and back, or (from the
 * window's menu) to another folder; the session closes the old archive before opening the
 * new, and never stays without one.
 *
 * Archives are opened with their large collections read in the background, so the first
 * screen does not wait for years of letters; names are searchable at once, full text once
 * the collections are read.
 */
import path from 'node:path';
import type { ApiOutput } from '../../shared/api';
import { Archive } from '../archive/archive';
import { sampleArchiveDir } from '../archive/locations';
import { SearchService } from '../search/search-service';
import { isEncryptedArchive } from '../archive/encryption/convert';
import { passphraseRequired, type PassphraseSource } from '../archive/encryption/unlock';
import { CasefileError } from '../../shared/errors';

export interface SessionOptions {
  readonly create?: boolean;
  readonly now?: () => Date;
  /** Answer before the large collections are read (the app and serve mode do). */
  readonly loadInBackground?: boolean;
  /** The passphrase of an encrypted archive. */
  readonly passphrase?: PassphraseSource;
  /**
   * For a window: start an encrypted archive locked, when no passphrase is given, and wait
   * for `unlock` (the page asks for the passphrase) instead of failing.
   */
  readonly unlockInPage?: boolean;
  /** Lock an encrypted archive after this many minutes without a call (0: never). */
  readonly lockAfterMinutes?: number;
}

/** Minutes without a call after which an encrypted archive locks, unless told otherwise. */
export const DEFAULT_LOCK_AFTER_MINUTES = 15;

export class ArchiveSession {
  private archive: Archive;
  private searchOpening: Promise<SearchService>;
  private mainDir: string;
  /** Set while an encrypted archive waits for its passphrase: its folder. */
  private lockedDir: string | null = null;
  private readonly closeListeners: (() => Promise<void>)[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private lockAfterMinutes = 0;

  private constructor(
    archive: Archive | { locked: string },
    private readonly loadInBackground: boolean,
    private readonly now?: () => Date,
  ) {
    if (archive instanceof Archive) {
      this.archive = archive;
      this.searchOpening = openSearch(archive);
      this.mainDir = archive.dir;
    } else {
      // Nothing is open until the passphrase comes: `current` refuses until then.
      this.lockedDir = archive.locked;
      this.archive = undefined as unknown as Archive;
      this.searchOpening = Promise.reject(passphraseRequired());
      this.searchOpening.catch(() => undefined);
      this.mainDir = archive.locked;
    }
  }

  private static async startLocked(dir: string, options: SessionOptions): Promise<ArchiveSession> {
    const session = new ArchiveSession(
      { locked: path.resolve(dir) },
      options.loadInBackground ?? false,
      options.now,
    );
    session.lockAfterMinutes = options.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES;
    return session;
  }

  /** Opens the archive the session starts on; the app creates it on first start, the CLI does not. */
  static async start(dir: string, options: SessionOptions = {}): Promise<ArchiveSession> {
    const loadInBackground = options.loadInBackground ?? false;
    if (
      options.unlockInPage &&
      options.passphrase === undefined &&
      (await isEncryptedArchive(dir).catch(() => false))
    ) {
      return ArchiveSession.startLocked(dir, options);
    }
    const archive = await Archive.open(dir, {
      create: options.create ?? true,
      now: options.now,
      loadInBackground,
      passphrase: options.passphrase,
    });
    const session = new ArchiveSession(archive, loadInBackground, options.now);
    session.lockAfterMinutes = options.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES;
    if (!loadInBackground) {
      try {
        await session.searchOpening;
      } catch (error) {
        await archive.close();
        throw error;
      }
    }
    session.touch();
    return session;
  }

  get current(): Archive {
    if (this.lockedDir !== null) throw passphraseRequired();
    this.touch();
    return this.archive;
  }

  // ------------------------------------------------------------------ encryption

  /** Whether the archive is encrypted, and whether it waits for its passphrase. */
  get encryption(): { encrypted: boolean; locked: boolean; lockAfterMinutes: number | null } {
    const locked = this.lockedDir !== null;
    const encrypted = locked || this.archive.isEncrypted;
    return {
      encrypted,
      locked,
      lockAfterMinutes: encrypted && this.lockAfterMinutes > 0 ? this.lockAfterMinutes : null,
    };
  }

  /** Opens the encrypted archive that waits for its passphrase. */
  async unlock(passphrase: string): Promise<Archive> {
    const dir = this.lockedDir;
    if (dir === null) {
      throw new CasefileError('conflict', 'The archive is already open.');
    }
    const archive = await Archive.open(dir, {
      create: false,
      now: this.now,
      loadInBackground: this.loadInBackground,
      passphrase,
    });
    this.archive = archive;
    this.searchOpening = openSearch(archive);
    this.lockedDir = null;
    this.touch();
    return archive;
  }

  /**
   * Closes an encrypted archive and forgets its key (and its in-memory search index) until
   * the passphrase is entered again. An archive that is not encrypted stays open.
   */
  async lock(): Promise<void> {
    if (this.lockedDir !== null || !this.archive.isEncrypted) return;
    const dir = this.archive.dir;
    this.clearIdleTimer();
    await this.close();
    this.lockedDir = dir;
  }

  /**
   * Runs `listener` whenever the archive closes: on lock, on switching archives, on quit.
   * Readable copies handed to other programs are removed then.
   */
  onClose(listener: () => Promise<void>): void {
    this.closeListeners.push(listener);
  }

  /** Restarts the idle countdown of an encrypted archive: every call that reaches it does. */
  private touch(): void {
    if (this.lockAfterMinutes <= 0 || !this.archive.isEncrypted) return;
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.lock().catch((error: unknown) =>
        console.error('The archive could not be locked:', error),
      );
    }, this.lockAfterMinutes * 60_000);
    // A countdown must not keep a finished process (the CLI, a test) alive.
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** The search of the current archive (names at once, full text once the archive is read). */
  search(): Promise<SearchService> {
    return this.searchOpening;
  }

  /** How far the full-text index (or, before it, the reading of the archive) has come. */
  async searchStatus(): Promise<ApiOutput<'search.status'>> {
    if (this.lockedDir !== null) throw passphraseRequired();
    return (await this.searchOpening).indexing;
  }

  /** Switches to another archive folder, creating an archive there when it is empty. */
  async switchTo(dir: string, options: { makeMain?: boolean } = {}): Promise<Archive> {
    const now = this.current.now;
    await this.replace(() => this.openArchive(dir, now));
    if (options.makeMain) this.mainDir = this.archive.dir;
    return this.archive;
  }

  async openSample(): Promise<Archive> {
    if (this.current.info.isSample) return this.archive;
    const dir = sampleArchiveDir(this.mainDir);
    const now = this.archive.now;
    // Loaded on demand: the sample's data and PDF maker are not needed otherwise.
    const { writeSampleArchive } = await import('../sample/sample-archive');
    await this.replace(() => writeSampleArchive(dir, { now }));
    return this.archive;
  }

  async openMain(): Promise<Archive> {
    if (this.current.dir === this.mainDir) return this.archive;
    if (await isEncryptedArchive(this.mainDir)) {
      // Back to an encrypted archive: it waits for its passphrase again.
      await this.close();
      this.lockedDir = this.mainDir;
      throw passphraseRequired();
    }
    return this.switchTo(this.mainDir);
  }

  async close(): Promise<void> {
    this.clearIdleTimer();
    for (const listener of this.closeListeners) await listener();
    // A locked archive is closed already.
    if (this.lockedDir !== null) return;
    const search = await this.searchOpening.catch(() => null);
    await search?.close();
    await this.archive.close();
  }

  private openArchive(dir: string, now: () => Date): Promise<Archive> {
    return Archive.open(dir, { create: true, now, loadInBackground: this.loadInBackground });
  }

  /** Closes the current archive and opens another; on failure, reopens the main one. */
  private async replace(open: () => Promise<Archive>): Promise<void> {
    const now = this.archive.now;
    await this.close();
    try {
      this.archive = await open();
    } catch (error) {
      this.archive = await this.openArchive(this.mainDir, now);
      this.searchOpening = openSearch(this.archive);
      throw error;
    }
    this.searchOpening = openSearch(this.archive);
  }
}

/** Names are searchable at once; the full text follows once the archive is read. */
function openSearch(archive: Archive): Promise<SearchService> {
  const opening = SearchService.open(archive);
  // A failure reaches every search call; it must not go unhandled before the first one.
  opening.catch(() => undefined);
  return opening;
}
