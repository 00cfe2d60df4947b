// 代办员工作台 (/agent): an agent at a community point files cases for residents with the mandate (委托书),
// follows them (status, deadline light) and collects the results to deliver (recorded at pickup).
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import { MANDATE } from '../../../src/cases/domain/point-agent';
import { api, ApiError } from '../lib/api';
import { $, el, setText, toast } from '../lib/dom';
import { setupSignIn } from '../lib/sign-in';

interface ItemSummary { code: string; name: string }
interface ItemView { code: string; materials: Array<{ code: string; name: string; required: boolean }> }
interface CaseRow { id: number; caseNumber: string; itemName: string; applicantName: string; status: string; statusText: string; warning: string | null; dueDate: string | null }

const COLLECTABLE = ['decided_approved', 'decided_denied', 'ready_for_pickup'];
let user: AuthUser | null = null;

const hall = () => user?.hallCodes[0] ?? '';

async function loadItems(): Promise<void> {
  const items = await api<ItemSummary[]>('/api/v1/catalog/items', { auth: false });
  const select = $<HTMLSelectElement>('#ag-item');
  select.replaceChildren(...items.map((i) => el('option', { value: i.code }, `${i.name}（${i.code}）`)));
  await loadMaterials();
}

async function loadMaterials(): Promise<void> {
  const code = $<HTMLSelectElement>('#ag-item').value;
  const box = $('#ag-materials');
  box.querySelectorAll('label').forEach((l) => l.remove());
  if (!code) return;
  const item = await api<ItemView>(`/api/v1/catalog/items/${encodeURIComponent(code)}`, { auth: false });
  const list = [...item.materials.filter((m) => m.code !== MANDATE.code), { ...MANDATE, required: true }];
  for (const m of list) {
    box.append(el('label', null, el('input', { type: 'checkbox', value: m.code, 'data-material': '' }), `${m.name}${m.required ? '（必交）' : ''}`));
  }
}

async function loadCases(): Promise<void> {
  const rows = await api<CaseRow[]>('/api/v1/cases?agent=me');
  const list = $('#ag-cases');
  list.replaceChildren(...rows.map((c) => {
    const collect = COLLECTABLE.includes(c.status)
      ? el('button', { type: 'button', class: 'button', 'data-collect': String(c.id) }, '已领取')
      : el('span', { class: 'muted' }, c.statusText);
    return el('li', { class: 'ag-case', 'data-case': c.caseNumber },
      el('span', { class: `light light-${c.warning ?? 'none'}`, title: c.warning ?? '' }),
      el('span', null, `${c.itemName} · ${c.applicantName}`),
      collect,
      el('span', { class: 'meta mono' }, `${c.caseNumber} · ${c.statusText}${c.dueDate ? ` · 承诺 ${c.dueDate}` : ''}`));
  }));
  $('#ag-empty').hidden = rows.length > 0;
}

async function submit(): Promise<void> {
  const error = $('#ag-error');
  setText(error, '');
  const materials = [...document.querySelectorAll<HTMLInputElement>('#ag-materials input[data-material]')]
    .map((i) => ({ code: i.value, status: i.checked ? 'provided' : 'missing' }))
    .filter((m) => m.status === 'provided');
  try {
    const res = await api<{ caseNumber: string }>('/api/v1/cases', {
      method: 'POST',
      body: {
        hall: hall(), serviceItemCode: $<HTMLSelectElement>('#ag-item').value, decision: 'accept', materials,
        applicant: { name: $<HTMLInputElement>('#ag-name').value.trim(), idNumber: $<HTMLInputElement>('#ag-id').value.trim(), phone: $<HTMLInputElement>('#ag-phone').value.trim() },
      },
    });
    toast(`已提交代办，办件编号 ${res.caseNumber}`, 'ok');
    $<HTMLFormElement>('#ag-form').reset();
    await loadCases();
  } catch (e) {
    setText(error, e instanceof ApiError ? e.message : '提交失败，请稍后重试');
  }
}

async function collect(id: number): Promise<void> {
  try {
    await api(`/api/v1/cases/${id}/deliver`, { method: 'POST', body: { method: 'window' } });
    toast('已登记领取（领取人：代办员）', 'ok');
    await loadCases();
  } catch (e) {
    toast(e instanceof ApiError ? e.message : '登记失败', 'error');
  }
}

function start(u: AuthUser): void {
  user = u;
  setText('#ag-user-name', u.displayName);
  setText('#ag-hall', hall() ? `· 服务点 ${hall()}` : '');
  $('#ag-user').hidden = false;
  $('#ag-work').hidden = false;
  void loadItems().catch(() => toast('事项加载失败', 'error'));
  void loadCases().catch(() => toast('办件加载失败', 'error'));
}

const signIn = setupSignIn({
  id: 'ag-login', roles: ['agent'], refused: '此页面仅供代办员使用',
  onSignedIn: start,
  onSignedOut: () => {
    user = null;
    $('#ag-user').hidden = true;
    $('#ag-work').hidden = true;
  },
});
$('#ag-logout').addEventListener('click', () => signIn.signOut());
$('#ag-item').addEventListener('change', () => void loadMaterials());
$('#ag-refresh').addEventListener('click', () => void loadCases());
$<HTMLFormElement>('#ag-form').addEventListener('submit', (e) => { e.preventDefault(); void submit(); });
$('#ag-cases').addEventListener('click', (e) => {
  const id = (e.target as HTMLElement).closest<HTMLElement>('[data-collect]')?.dataset.collect;
  if (id) void collect(Number(id));
});
document.addEventListener('keydown', (e) => {
  if (!user) return;
  const typing = (e.target as HTMLElement).closest('input, select, textarea');
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void submit(); return; }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'n' || e.key === 'N') { e.preventDefault(); $('#ag-item').focus(); }
  if (e.key === 'r' || e.key === 'R') { e.preventDefault(); void loadCases(); }
});
