// The report form's photos: a camera button and a gallery button, thumbnails with 删除, checked before sending.
// Thumbnails are drawn on canvases from the file itself: the page's CSP allows no blob: or data: images.
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { addPhotos, MAX_PHOTO_BYTES, MAX_PHOTOS } from './photo-checks';

interface Photo {
  id: number;
  file: File;
  /** Undefined while decoding, null when the browser cannot show this kind of image (it is still sent). */
  bitmap?: ImageBitmap | null;
}

const THUMB = 96;

export class PhotoPicker {
  private photos: Photo[] = [];
  private problems: string[] = [];
  private nextId = 1;

  /** `changed` re-renders the form. */
  constructor(private readonly changed: () => void) {}

  files(): File[] {
    return this.photos.map((p) => p.file);
  }

  clear(): void {
    for (const p of this.photos) p.bitmap?.close();
    this.photos = [];
    this.problems = [];
  }

  private pick(input: HTMLInputElement): void {
    const picked = Array.from(input.files ?? []);
    input.value = ''; // the same photo may be picked again after removing it
    if (!picked.length) return;
    const known = new Set(this.photos.map((p) => p.file));
    const result = addPhotos(this.photos.map((p) => p.file), picked);
    this.problems = result.problems;
    for (const file of result.photos.filter((f) => !known.has(f))) {
      const photo: Photo = { id: this.nextId++, file };
      this.photos.push(photo);
      void decode(file).then((bitmap) => {
        photo.bitmap = bitmap;
        this.changed();
      });
    }
    this.changed();
  }

  private remove(id: number): void {
    const gone = this.photos.find((p) => p.id === id);
    gone?.bitmap?.close();
    this.photos = this.photos.filter((p) => p.id !== id);
    this.problems = [];
    this.changed();
  }

  template(disabled: boolean): TemplateResult {
    const full = this.photos.length >= MAX_PHOTOS;
    return html`<fieldset class="rq-field rq-photos">
      <legend>现场照片 <span class="rq-optional">选填，最多 ${MAX_PHOTOS} 张，每张不超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB</span></legend>
      <ul class="rq-thumbs" aria-label="已选照片">
        ${repeat(
          this.photos,
          (p) => p.id,
          (p, i) => html`<li class="rq-thumb">
            ${p.bitmap === null
              ? html`<span class="rq-thumb-name">${p.file.name}</span>`
              : html`<canvas width=${THUMB} height=${THUMB} role="img" aria-label=${`第 ${i + 1} 张照片`} ${ref((el) => draw(el, p.bitmap))}></canvas>`}
            <button type="button" class="rq-thumb-remove" aria-label=${`删除第 ${i + 1} 张照片`} ?disabled=${disabled} @click=${() => this.remove(p.id)}>×</button>
          </li>`,
        )}
      </ul>
      <div class="rq-photo-buttons" ?hidden=${full}>
        <label class="rq-photo-button">拍照<input type="file" class="rq-file" id="rq-camera" accept="image/*" capture="environment" ?disabled=${disabled} @change=${(e: Event) => this.pick(e.target as HTMLInputElement)}></label>
        <label class="rq-photo-button">从相册选择<input type="file" class="rq-file" id="rq-gallery" accept="image/jpeg,image/png,image/webp,image/*" multiple ?disabled=${disabled} @change=${(e: Event) => this.pick(e.target as HTMLInputElement)}></label>
      </div>
      ${this.problems.length ? html`<ul class="rq-problem" role="alert">${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    </fieldset>`;
  }
}

async function decode(file: File): Promise<ImageBitmap | null> {
  try {
    return await createImageBitmap(file);
  } catch {
    return null;
  }
}

/** Draws the photo centred and cropped to a square. */
function draw(el: Element | undefined, bitmap: ImageBitmap | null | undefined): void {
  if (!(el instanceof HTMLCanvasElement) || !bitmap) return;
  const ctx = el.getContext('2d');
  if (!ctx) return;
  const side = Math.min(bitmap.width, bitmap.height);
  ctx.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, THUMB, THUMB);
}
