// What the request pages get from the server (src/requests/view-models/staff-request-pages.view-model.ts), and the
// lookups every one of them needs: departments and categories by code, times in the hall's zone.
import type { RequestCategory } from '../../../src/requests/domain/request-categories';
import type { dispatchPageViewModel } from '../../../src/requests/view-models/staff-request-pages.view-model';
import { api } from '../lib/api';

export type RequestPageData = ReturnType<typeof dispatchPageViewModel>['client'] & { department?: string | null };

export interface Department {
  code: string;
  name: string;
}

export interface Lookups {
  departments: Department[];
  categories: RequestCategory[];
  deptName: (code: string) => string;
  category: (code: string) => RequestCategory | undefined;
}

export async function loadLookups(): Promise<Lookups> {
  const [departments, categories] = await Promise.all([
    api<Department[]>('/api/v1/catalog/departments'),
    api<RequestCategory[]>('/api/v1/requests/categories'),
  ]);
  return {
    departments,
    categories,
    deptName: (code) => departments.find((d) => d.code === code)?.name ?? code,
    category: (code) => categories.find((c) => c.code === code),
  };
}

/** "12-03 09:30" in the hall's zone, whatever zone the PC is in. */
export function shortTime(timeZone: string): (iso: string | null | undefined) => string {
  const format = new Intl.DateTimeFormat('zh-CN', { timeZone, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
  return (iso) => {
    if (!iso) return '';
    const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
    return `${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };
}
