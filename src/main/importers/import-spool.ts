/**
 * Where the files the window sends wait until their import starts: a private temporary folder,
 * holding each file encrypted with a key that exists only in this process's memory.
 *
 * Why encrypted: the files may be court documents about a prisoner, and the archive itself may
 * be encrypted. A plaintext copy in the system's temporary folder would outlive a crash or a
 * power cut and be readable by anyone who takes the laptop. With the key gone when the process
 * ends, what a crash leaves behind is noise.
 *
 * Each slice the window sends is sealed on its own (AES-256-GCM, a fresh nonce) and appended:
 * `[plain length: u32][nonce: 12][tag: 16][ciphertext]`. The file's number and the slice's
 * number are the authenticated data, so slices cannot be reordered or moved between files.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 4 + NONCE_BYTES + TAG_BYTES;

export class ImportSpool {
  private readonly key = randomBytes(KEY_BYTES);
  /** Each spooled file's number in its batch, and the slices sealed into it so far. */
  private readonly files = new Map<string, Spooled>();

  /** Starts an empty spooled file at `file` (a path inside the job's private folder). */
  async create(file: string, number: number): Promise<void> {
    await fs.writeFile(file, new Uint8Array(), { mode: 0o600 });
    this.files.set(file, { number, slices: 0, written: Promise.resolve() });
  }

  async append(file: string, bytes: Uint8Array): Promise<void> {
    const spooled = this.spooled(file);
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(aad(spooled.number, spooled.slices));
    // Counted before the write, so that a slice appended meanwhile gets the next number.
    spooled.slices += 1;
    const sealed = Buffer.concat([cipher.update(bytes), cipher.final()]);
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32BE(bytes.length, 0);
    nonce.copy(header, 4);
    cipher.getAuthTag().copy(header, 4 + NONCE_BYTES);
    // Slices reach the file in the order they were numbered, even when sent without waiting.
    const write = spooled.written.then(() => fs.appendFile(file, Buffer.concat([header, sealed])));
    spooled.written = write.catch(() => undefined);
    await write;
  }

  /**
   * The plain bytes of a spooled file. Anything else in its place (changed, cut short,
   * another file's slices) is refused, never half-read.
   */
  async read(file: string): Promise<Uint8Array> {
    const spooled = this.spooled(file);
    await spooled.written;
    const stored = await fs.readFile(file);
    const parts: Buffer[] = [];
    let at = 0;
    for (let slice = 0; slice < spooled.slices; slice += 1) {
      if (at + HEADER_BYTES > stored.length) throw changed();
      const length = stored.readUInt32BE(at);
      const nonce = stored.subarray(at + 4, at + 4 + NONCE_BYTES);
      const tag = stored.subarray(at + 4 + NONCE_BYTES, at + HEADER_BYTES);
      const body = stored.subarray(at + HEADER_BYTES, at + HEADER_BYTES + length);
      if (body.length !== length) throw changed();
      const decipher = createDecipheriv('aes-256-gcm', this.key, nonce);
      decipher.setAAD(aad(spooled.number, slice));
      decipher.setAuthTag(tag);
      try {
        parts.push(Buffer.concat([decipher.update(body), decipher.final()]));
      } catch {
        throw changed();
      }
      at += HEADER_BYTES + length;
    }
    if (at !== stored.length) throw changed();
    const plain = Buffer.concat(parts);
    return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength);
  }

  private spooled(file: string): Spooled {
    const spooled = this.files.get(file);
    if (!spooled) throw new Error(`Not a spooled file: ${file}`);
    return spooled;
  }
}

interface Spooled {
  readonly number: number;
  /** The slices sealed so far, counted as each is sealed. */
  slices: number;
  /** The last write queued, so that slices are appended one after another. */
  written: Promise<void>;
}

function aad(fileNumber: number, slice: number): Buffer {
  const data = Buffer.alloc(8);
  data.writeUInt32BE(fileNumber, 0);
  data.writeUInt32BE(slice, 4);
  return data;
}

function changed(): Error {
  return new Error('its temporary copy was changed while it waited to be imported');
}
