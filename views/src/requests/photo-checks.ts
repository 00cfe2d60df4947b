// Photos picked for a report, checked before anything is sent: how many, how large, what kind. The limits are
// the server's (photo-type.ts); the server also checks the files' bytes, the browser only sees their declared type.
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_TYPES } from '../../../src/requests/domain/photo-type';

/** The part of a File the checks read. */
export interface PhotoLike {
  name: string;
  size: number;
  type: string;
}

export interface PhotoPick<P extends PhotoLike> {
  /** The photos kept: the ones already there, then the new ones that passed, at most MAX_PHOTOS. */
  photos: P[];
  /** One line per refused file, in Chinese. */
  problems: string[];
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Adds `picked` to `current`, refusing what the server would refuse. */
export function addPhotos<P extends PhotoLike>(current: readonly P[], picked: readonly P[]): PhotoPick<P> {
  const photos = [...current];
  const problems: string[] = [];
  let over = 0;
  for (const file of picked) {
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) problems.push(`「${file.name}」不是 JPG、PNG 或 WebP 格式的照片`);
    else if (file.size > MAX_PHOTO_BYTES) problems.push(`「${file.name}」有 ${megabytes(file.size)}，每张照片不能超过 ${megabytes(MAX_PHOTO_BYTES)}`);
    else if (file.size === 0) problems.push(`「${file.name}」是空文件`);
    else if (photos.length >= MAX_PHOTOS) over++;
    else photos.push(file);
  }
  if (over) problems.push(`最多上传 ${MAX_PHOTOS} 张照片，已忽略多选的 ${over} 张`);
  return { photos, problems };
}

export { MAX_PHOTO_BYTES, MAX_PHOTOS };
