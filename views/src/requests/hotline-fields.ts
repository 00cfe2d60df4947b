// The hotline transfer's own fields in the report form: which hotline it came from and its work-order number,
// with the reference as it will be sent (the prefix rule is src/requests/domain/hotline-ref.ts).
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { HOTLINE_CHANNELS, HOTLINE_REF_MAX, hotlineChannel, hotlineRefFor } from '../../../src/requests/domain/hotline-ref';
import type { ReportDraft } from './report-draft';

export interface HotlineFieldsContext {
  draft: ReportDraft;
  /** The hotline chosen (the first when none is). */
  channel: string;
  sending: boolean;
  problem: TemplateResult;
  invalid: boolean;
  update: (patch: Partial<ReportDraft>) => void;
  blur: () => void;
}

export function hotlineFieldsTemplate(c: HotlineFieldsContext): TemplateResult {
  const ref = hotlineRefFor(c.channel, c.draft.hotlineRef);
  return html`<fieldset class="rq-field rq-hotline-channels"><legend>热线来源 <span class="rq-required">必选</span></legend>
      <div class="rq-choices rq-choices-two">
        ${HOTLINE_CHANNELS.map(
          (h) => html`<label class="rq-choice"><input type="radio" name="hotlineChannel" .value=${h.id} .checked=${live(c.channel === h.id)} ?disabled=${c.sending} @change=${() => c.update({ hotlineChannel: h.id })}><span>${h.label}</span></label>`,
        )}
      </div>
    </fieldset>
    <div class="rq-field">
      <label for="rq-hotlineRef">热线工单号 <span class="rq-required">必填</span></label>
      <input id="rq-hotlineRef" maxlength=${HOTLINE_REF_MAX} autocomplete="off" spellcheck="false" placeholder="热线工单上的编号，如 20261203-0042" aria-describedby="rq-hotlineRef-hint rq-hotlineRef-problem" aria-invalid=${c.invalid ? 'true' : 'false'} ?disabled=${c.sending} .value=${live(c.draft.hotlineRef)} @input=${(e: Event) => c.update({ hotlineRef: (e.target as HTMLInputElement).value })} @blur=${c.blur}>
      <p class="rq-note" id="rq-hotlineRef-hint">${ref ? html`登记为 <b class="rq-ref">${ref}</b>` : `系统自动加上 ${hotlineChannel(c.channel).prefix} 前缀`}</p>
      ${c.problem}
    </div>`;
}
