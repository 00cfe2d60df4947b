import type { DepartmentView, ItemView } from '../domain/catalog-views';
import { itemCard } from './catalog.view-model';

export interface TvOptions {
  /** Items on one screen. */
  perPage: number;
  /** Seconds each screen stays before the next. */
  seconds: number;
}

export const TV_DEFAULTS: TvOptions = { perPage: 6, seconds: 10 };
export const TV_BOUNDS = { perPage: [2, 12], seconds: [3, 120] } as const;

/** `?per=` and `?seconds=` from the address, within bounds; the default for anything else. */
export function tvOptions(per: unknown, seconds: unknown): TvOptions {
  const pick = (value: unknown, [min, max]: readonly [number, number], fallback: number) => {
    const n = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
    return n >= min && n <= max ? n : fallback;
  };
  return { perPage: pick(per, TV_BOUNDS.perPage, TV_DEFAULTS.perPage), seconds: pick(seconds, TV_BOUNDS.seconds, TV_DEFAULTS.seconds) };
}

/** The hall TV (16:9): the catalogue in large type, a few items per screen, paging on its own. */
/** The catalogue's QR code picture (CatalogQrController). */
export const CATALOG_QR_PATH = '/qr/catalog.svg';

export function catalogTvViewModel(
  centre: { name: string; timeZone: string },
  items: ItemView[],
  departments: DepartmentView[],
  options: TvOptions = TV_DEFAULTS,
  /** The public catalogue's full address (PUBLIC_BASE_URL + /catalog) and where its QR code picture is, for phones. */
  phone: { url: string; qrSrc: string } | null = null,
) {
  const centreName = centre.name;
  const names = new Map(departments.map((d) => [d.code, d.name]));
  const cards = items.map((item) => ({
    ...itemCard(item, names),
    materialText: `需带材料 ${item.materials.length} 项`,
    stepText: `${item.steps.length} 个环节`,
  }));
  const pages: Array<{ number: number; first: boolean; items: typeof cards }> = [];
  for (let i = 0; i < cards.length; i += options.perPage) {
    pages.push({ number: pages.length + 1, first: pages.length === 0, items: cards.slice(i, i + options.perPage) });
  }
  return {
    title: `${centreName} · 政务服务事项清单`,
    centreName,
    pages,
    pageCount: pages.length,
    itemCount: cards.length,
    empty: cards.length === 0,
    phone,
    client: { seconds: options.seconds, pageCount: pages.length, timeZone: centre.timeZone },
  };
}
