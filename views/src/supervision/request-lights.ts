// 诉求红黄灯 on the supervision page: the open resident requests whose light (the server's, set by its hour
// sweep) is yellow or red, gravest and most overdue first. request.warning reaches the supervision room; the
// page's minute poll picks up requests answered meanwhile.
import { html, render } from 'lit-html';
import { OPEN_REQUEST_STATUSES } from '../../../src/requests/domain/request-state';
import { REQUEST_STATUS_LABELS, type RequestListItem } from '../../../src/requests/domain/request-views';
import { api } from '../lib/api';
import { warningRequests } from './request-warnings';
import { $, clockTime, setText } from '../lib/dom';

export function createRequestLights(hall: string, departmentName: (code: string) => string) {
  const when = (iso: string) => `${iso.slice(5, 10)} ${clockTime(iso)}`;

  async function load(): Promise<void> {
    const list = await api<RequestListItem[]>(`/api/v1/requests?status=${OPEN_REQUEST_STATUSES.join(',')}&hall=${encodeURIComponent(hall)}`);
    const shown = warningRequests(list);
    render(
      shown.map(
        (r) => html`<tr data-request=${r.id}>
<td class="col-light"><i class="sv-light sv-light-${r.level}" aria-label=${r.level === 'red' ? '红灯：已超时' : '黄灯：临近时限'}></i></td>
<td class="mono">${r.requestNumber}</td><td>${r.categoryName}</td><td>${r.location ?? ''}</td>
<td>${REQUEST_STATUS_LABELS[r.status]}</td><td>${r.departmentCodes.map(departmentName).join('、') || '待派单'}</td>
<td class="mono">${r.status === 'reported' ? `派单 ${when(r.respondBy)}` : `办结 ${when(r.dueAt)}`}</td>
</tr>`,
      ),
      $<HTMLElement>('#sv-req-rows'),
    );
    $('#sv-req-empty').hidden = shown.length > 0;
    setText('#sv-req-count', shown.length ? `${shown.length} 件` : '');
  }

  return { load };
}
