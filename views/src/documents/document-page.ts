// A printable document (/documents/:kind/:id): fetches the case with the staff token, fills the
// template's slots (data-f text, data-if shown when set, data-list table rows, data-src images), prints.
import { html, nothing, render } from 'lit-html';
import { documentsFor } from '../../../src/cases/domain/case-documents';
import { buildDocument, type DocumentCase, type DocumentModel, type PaperRequirement } from '../../../src/cases/view-models/case-documents-model';
import type { caseDocumentViewModel } from '../../../src/cases/view-models/case-documents.view-model';
import { api, ApiError, failureText } from '../lib/api';
import { $, $$, pageData, setText } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';

type DocumentData = ReturnType<typeof caseDocumentViewModel>['client'];
type PageCase = DocumentCase & { hall: string; itemCode: string };
type Filled = Extract<DocumentModel, { ok: true }>;

export function startDocumentPage(): void {
  const data = pageData<DocumentData>();

  function showProblem(message: string): void {
    $('#doc-problem').hidden = !message;
    setText('#doc-problem', message);
  }

  function fill(root: HTMLElement, model: Filled): void {
    const f = model.fields;
    for (const node of $$('[data-f]', root)) node.textContent = f[node.dataset.f ?? ''] ?? '';
    for (const node of $$('[data-if]', root)) node.hidden = !f[node.dataset.if ?? ''];
    for (const node of $$<HTMLImageElement>('[data-src]', root)) node.src = f[node.dataset.src ?? ''] ?? '';
    for (const body of $$('[data-list]', root)) {
      const rows = model.lists[body.dataset.list ?? ''] ?? [];
      render(
        rows.length ? rows.map((cells) => html`<tr>${cells.map((text) => html`<td>${text}</td>`)}</tr>`) : html`<tr><td colspan="3" class="empty">（无）</td></tr>`,
        body,
      );
    }
  }

  function otherDocuments(c: PageCase): void {
    const links = documentsFor(c).filter((kind) => kind !== data.kind);
    render(
      links.length ? html`<span class="muted">其他文书：</span>${links.map((kind) => html`<a href="/documents/${kind}/${data.id}">${data.titles[kind]}</a>`)}` : nothing,
      $<HTMLElement>('#doc-others'),
    );
  }

  async function catalogItem(code: string): Promise<{ materials: PaperRequirement[] } | null> {
    if (data.kind !== 'notice') return null; // only the notice shows what each material must look like
    try {
      return await api<{ materials: PaperRequirement[] }>(`/api/v1/catalog/items/${encodeURIComponent(code)}`, { auth: false });
    } catch {
      return null;
    }
  }

  async function load(): Promise<void> {
    setText('#doc-state', '正在读取办件…');
    let c: PageCase;
    try {
      c = await api<PageCase>(`/api/v1/cases/${data.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      setText('#doc-state', '');
      const status = err instanceof ApiError ? err.status : 0;
      return showProblem(status === 404 ? '办件不存在。' : status === 403 ? '您无权查看该办件。' : failureText(err));
    }
    const hall = data.halls[c.hall] ?? { name: c.hall, today: '' };
    const model = buildDocument(data.kind, c, {
      hall, departments: data.departments, item: await catalogItem(c.itemCode), suffix: data.suffix, agentTypeText: data.agentTypeText, statusBase: data.statusBase,
    });
    otherDocuments(c);
    if (!model.ok) {
      setText('#doc-state', '');
      return showProblem(model.why);
    }
    const sheet = $('#doc');
    fill(sheet, model);
    sheet.hidden = false;
    showProblem('');
    document.title = `${data.titles[data.kind]} ${c.caseNumber}`;
    setText('#doc-state', `${c.caseNumber} · ${data.statusText[c.status] ?? c.status}`);
    $<HTMLButtonElement>('#doc-print').disabled = false;
    document.body.dataset.ready = '1';
  }

  $('#doc-print').addEventListener('click', () => window.print());

  // The documents carry personal data: only staff may open them (the server checks who).
  const signIn = setupSignIn({
    id: 'doc-login',
    onSignedIn: () => void load(),
    onSignedOut: () => setText('#doc-state', ''),
  });
}
