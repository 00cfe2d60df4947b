import { Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { dirname, join, resolve } from 'path';
import { AppConfig } from '../config/app-config';
import { PHOTO_EXTENSIONS, type PhotoType } from './domain/photo-type';

export interface StoredPhoto {
  fileName: string;
  contentType: PhotoType;
  size: number;
}

/**
 * Request photos as files under the data directory (PHOTO_DIR, default `photos` beside the SQLite file): the
 * database keeps only their names. Names are random, never the uploader's, so a name can't reach outside the
 * directory or be guessed.
 */
@Injectable()
export class RequestPhotoStore {
  readonly dir: string;

  constructor(config: AppConfig) {
    this.dir = resolve(config.PHOTO_DIR ?? join(dirname(config.DB_PATH), 'photos'));
  }

  async save(photos: ReadonlyArray<{ bytes: Buffer; contentType: PhotoType }>, now: number): Promise<StoredPhoto[]> {
    const month = new Date(now).toISOString().slice(0, 7);
    await fs.mkdir(join(this.dir, month), { recursive: true, mode: 0o700 });
    const stored: StoredPhoto[] = [];
    try {
      for (const p of photos) {
        const fileName = `${month}/${randomBytes(16).toString('hex')}.${PHOTO_EXTENSIONS[p.contentType]}`;
        await fs.writeFile(join(this.dir, fileName), p.bytes, { mode: 0o600, flag: 'wx' });
        stored.push({ fileName, contentType: p.contentType, size: p.bytes.length });
      }
    } catch (error) {
      await this.remove(stored);
      throw error;
    }
    return stored;
  }

  /** Removes files whose request was never committed. */
  async remove(photos: ReadonlyArray<Pick<StoredPhoto, 'fileName'>>): Promise<void> {
    await Promise.all(photos.map((p) => fs.rm(join(this.dir, p.fileName), { force: true })));
  }

  read(fileName: string): Promise<Buffer> {
    return fs.readFile(join(this.dir, fileName));
  }
}
