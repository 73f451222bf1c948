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
import type { ApiOutput } from '../../shared/api';
import { Archive } from '../archive/archive';
import { sampleArchiveDir } from '../archive/locations';
import { SearchService } from '../search/search-service';

export interface SessionOptions {
  readonly create?: boolean;
  readonly now?: () => Date;
  /** Answer before the large collections are read (the app and serve mode do). */
  readonly loadInBackground?: boolean;
}

export class ArchiveSession {
  private archive: Archive;
  private searchOpening: Promise<SearchService>;
  private mainDir: string;

  private constructor(
    archive: Archive,
    private readonly loadInBackground: boolean,
  ) {
    this.archive = archive;
    this.searchOpening = openSearch(archive);
    this.mainDir = archive.dir;
  }

  /** Opens the archive the session starts on; the app creates it on first start, the CLI does not. */
  static async start(dir: string, options: SessionOptions = {}): Promise<ArchiveSession> {
    const loadInBackground = options.loadInBackground ?? false;
    const archive = await Archive.open(dir, {
      create: options.create ?? true,
      now: options.now,
      loadInBackground,
    });
    const session = new ArchiveSession(archive, loadInBackground);
    if (!loadInBackground) {
      try {
        await session.searchOpening;
      } catch (error) {
        await archive.close();
        throw error;
      }
    }
    return session;
  }

  get current(): Archive {
    return this.archive;
  }

  /** The search of the current archive (names at once, full text once the archive is read). */
  search(): Promise<SearchService> {
    return this.searchOpening;
  }

  /** How far the full-text index (or, before it, the reading of the archive) has come. */
  async searchStatus(): Promise<ApiOutput<'search.status'>> {
    return (await this.searchOpening).indexing;
  }

  /** Switches to another archive folder, creating an archive there when it is empty. */
  async switchTo(dir: string, options: { makeMain?: boolean } = {}): Promise<Archive> {
    const now = this.archive.now;
    await this.replace(() => this.openArchive(dir, now));
    if (options.makeMain) this.mainDir = this.archive.dir;
    return this.archive;
  }

  async openSample(): Promise<Archive> {
    if (this.archive.info.isSample) return this.archive;
    const dir = sampleArchiveDir(this.mainDir);
    const now = this.archive.now;
    // Loaded on demand: the sample's data and PDF maker are not needed otherwise.
    const { writeSampleArchive } = await import('../sample/sample-archive');
    await this.replace(() => writeSampleArchive(dir, { now }));
    return this.archive;
  }

  async openMain(): Promise<Archive> {
    if (this.archive.dir === this.mainDir) return this.archive;
    return this.switchTo(this.mainDir);
  }

  async close(): Promise<void> {
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
