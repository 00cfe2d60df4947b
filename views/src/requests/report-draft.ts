// What the reporter typed, kept on their own device until the report is accepted: a reload, a lost signal or a
// closed tab loses nothing. Photos are not kept (too large for localStorage, and a camera shot is easy to retake).
import { HOTLINE_CHANNELS, HOTLINE_REF_MAX } from '../../../src/requests/domain/hotline-ref';
import { REQUEST_SOURCES, type RequestSource } from '../../../src/requests/domain/request-views';
import { REPORT_LIMITS } from './report-checks';

export interface ReportDraft {
  categoryCode: string;
  description: string;
  location: string;
  phone: string;
  name: string;
  /** The grid page's choice (grid or patrol); the resident's page sends none. */
  source: RequestSource | '';
  /** The grid page's hall choice when the account has several. */
  hall: string;
  /** A hotline transfer's hotline (HOTLINE_CHANNELS id) and its work-order number as typed; other reports send neither. */
  hotlineChannel: string;
  hotlineRef: string;
}

export const EMPTY_DRAFT: ReportDraft = { categoryCode: '', description: '', location: '', phone: '', name: '', source: '', hall: '', hotlineChannel: '', hotlineRef: '' };

type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** The draft under `key`; anything stored that is not a draft (garbage, another version) reads as empty. */
export function readDraft(store: DraftStore, key: string): ReportDraft {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(key) ?? 'null');
  } catch {
    return { ...EMPTY_DRAFT };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ...EMPTY_DRAFT };
  const d = raw as Record<string, unknown>;
  return {
    categoryCode: text(d.categoryCode, 16),
    description: text(d.description, REPORT_LIMITS.description),
    location: text(d.location, REPORT_LIMITS.location),
    phone: text(d.phone, 11),
    name: text(d.name, REPORT_LIMITS.name),
    source: (REQUEST_SOURCES as readonly unknown[]).includes(d.source) ? (d.source as RequestSource) : '',
    hall: text(d.hall, 16),
    hotlineChannel: HOTLINE_CHANNELS.some((c) => c.id === d.hotlineChannel) ? (d.hotlineChannel as string) : '',
    hotlineRef: text(d.hotlineRef, HOTLINE_REF_MAX),
  };
}

export function isEmptyDraft(draft: ReportDraft): boolean {
  return Object.values(draft).every((v) => v.trim() === '');
}

/** Keeps the draft (an empty one removes the key); storage that is full or switched off is not an error. */
export function writeDraft(store: DraftStore, key: string, draft: ReportDraft): void {
  try {
    if (isEmptyDraft(draft)) store.removeItem(key);
    else store.setItem(key, JSON.stringify(draft));
  } catch {
    // private mode or a full store: the form still works, only a reload would lose it
  }
}

export function clearDraft(store: DraftStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // nothing was kept
  }
}
