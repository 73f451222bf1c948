/**
 * Which archive the API is talking to, with its search. The app starts on one archive (the
 * "main" one) and can switch to the fictional sample archive and back, or (from the
 * window's menu) to another folder; the session closes the old archive before opening the
 * new, and never stays without one.
 */
import { Archive } from '../archive/archive';
import { sampleArchiveDir } from '../archive/locations';
import { SearchService } from '../search/search-service';

export class ArchiveSession {
  private archive: Archive;
  private searchService: SearchService;
  private mainDir: string;

  private constructor(archive: Archive, search: SearchService) {
    this.archive = archive;
    this.searchService = search;
    this.mainDir = archive.dir;
  }

  /** Opens the archive the session starts on; the app creates it on first start, the CLI does not. */
  static async start(
    dir: string,
    options: { create?: boolean; now?: () => Date } = {},
  ): Promise<ArchiveSession> {
    const archive = await Archive.open(dir, { create: options.create ?? true, now: options.now });
    try {
      return new ArchiveSession(archive, await SearchService.open(archive));
    } catch (error) {
      await archive.close();
      throw error;
    }
  }

  get current(): Archive {
    return this.archive;
  }

  get search(): SearchService {
    return this.searchService;
  }

  /** Switches to another archive folder, creating an archive there when it is empty. */
  async switchTo(dir: string, options: { makeMain?: boolean } = {}): Promise<Archive> {
    const now = this.archive.now;
    await this.replace(() => Archive.open(dir, { create: true, now }));
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
    await this.searchService.close();
    await this.archive.close();
  }

  /** Closes the current archive and opens another; on failure, reopens the main one. */
  private async replace(open: () => Promise<Archive>): Promise<void> {
    const now = this.archive.now;
    await this.close();
    try {
      this.archive = await open();
    } catch (error) {
      this.archive = await Archive.open(this.mainDir, { create: true, now });
      this.searchService = await SearchService.open(this.archive);
      throw error;
    }
    this.searchService = await SearchService.open(this.archive);
  }
}
