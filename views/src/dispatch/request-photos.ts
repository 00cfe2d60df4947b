// A request's photos are staff-only (GET /api/v1/requests/{id}/photos/{photoId} wants the bearer token), and an
// <img src> cannot send one: each photo is fetched as a blob and shown through an object URL, revoked when the
// panel moves to another request.
import type { RequestDetailView } from '../../../src/requests/domain/request-views';
import { session } from '../lib/api';

export type PhotoState = { id: number; url: string | null; failed: boolean };

export class RequestPhotos {
  private urls: string[] = [];
  private generation = 0;

  /** Fetches the request's photos; `onChange` runs as each arrives (or fails). Earlier loads are dropped. */
  load(photos: RequestDetailView['photos'], onChange: (states: PhotoState[]) => void): void {
    this.clear();
    const generation = this.generation;
    const states: PhotoState[] = photos.map((p) => ({ id: p.id, url: null, failed: false }));
    onChange(states);
    photos.forEach(async (p, i) => {
      let url: string | null = null;
      try {
        const token = session.token();
        const res = await fetch(p.url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
        if (res.ok) url = URL.createObjectURL(await res.blob());
      } catch {
        // shown as failed below
      }
      if (generation !== this.generation) {
        if (url) URL.revokeObjectURL(url);
        return;
      }
      if (url) this.urls.push(url);
      states[i] = { id: p.id, url, failed: !url };
      onChange([...states]);
    });
  }

  clear(): void {
    this.generation++;
    this.urls.forEach((u) => URL.revokeObjectURL(u));
    this.urls = [];
  }
}
