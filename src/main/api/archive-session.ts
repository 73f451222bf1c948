/**
 * Which archive the API is talking to. The app starts on one archive (the "main" one) and
 * can switch to the fictional sample archive and back, or (from the window's menu) to
 * another folder; the session closes the old archive before opening the new.
 */
import { Archive } from '../archive/archive';
import { sampleArchiveDir } from '../archive/locations';

export class ArchiveSession {
  private archive: Archive;
  private mainDir: string;

  private constructor(archive: Archive) {
    this.archive = archive;
    this.mainDir = archive.dir;
  }

  /** Opens the archive the session starts on; the app creates it on first start, the CLI does not. */
  static async start(
    dir: string,
    options: { create?: boolean; now?: () => Date } = {},
  ): Promise<ArchiveSession> {
    return new ArchiveSession(
      await Archive.open(dir, { create: options.create ?? true, now: options.now }),
    );
  }

  get current(): Archive {
    return this.archive;
  }

  /** Switches to another archive folder, creating an archive there when it is empty. */
  async switchTo(dir: string, options: { makeMain?: boolean } = {}): Promise<Archive> {
    const now = this.archive.now;
    await this.archive.close();
    try {
      this.archive = await Archive.open(dir, { create: true, now });
    } catch (error) {
      // Never leave the session without an archive: go back to the one we had.
      this.archive = await Archive.open(this.mainDir, { create: true, now });
      throw error;
    }
    if (options.makeMain) this.mainDir = this.archive.dir;
    return this.archive;
  }

  async openSample(): Promise<Archive> {
    if (this.archive.info.isSample) return this.archive;
    const dir = sampleArchiveDir(this.mainDir);
    const now = this.archive.now;
    await this.archive.close();
    try {
      // Loaded on demand: the sample's data and PDF maker are not needed otherwise.
      const { writeSampleArchive } = await import('../sample/sample-archive');
      this.archive = await writeSampleArchive(dir, { now });
    } catch (error) {
      this.archive = await Archive.open(this.mainDir, { create: true, now });
      throw error;
    }
    return this.archive;
  }

  async openMain(): Promise<Archive> {
    if (this.archive.dir === this.mainDir) return this.archive;
    return this.switchTo(this.mainDir);
  }

  async close(): Promise<void> {
    await this.archive.close();
  }
}
