// The applicant (申请人) and the optional agent (代办 / 帮办) of the intake pane, checked as they are typed
// with the server's own person rules; a field's message shows once it was filled in (or on a decision).
import { normalizeIdNumber } from '../../../src/cases/domain/id-number';
import { personProblems, type PersonProblems } from '../../../src/cases/domain/person';
import { $, setText } from '../lib/dom';

type Prefix = 'ci' | 'ca';
const PREFIXES: Prefix[] = ['ci', 'ca'];
const FIELDS = { name: 'name', id: 'idNumber', phone: 'phone' } as const;

const input = (id: string) => $<HTMLInputElement>(`#${id}`);

export function createApplicantForm(onChange: () => void) {
  let touched: Record<string, boolean> = {};
  const agentOn = () => input('ci-agent-on').checked;

  function person(prefix: Prefix) {
    return { name: input(`${prefix}-name`).value.trim(), idNumber: normalizeIdNumber(input(`${prefix}-id`).value), phone: input(`${prefix}-phone`).value.trim() };
  }

  function problems(): Record<Prefix, PersonProblems> {
    return { ci: personProblems(person('ci')), ca: agentOn() ? personProblems(person('ca')) : {} };
  }

  for (const prefix of PREFIXES) {
    for (const suffix of Object.keys(FIELDS)) {
      const field = input(`${prefix}-${suffix}`);
      field.addEventListener('blur', () => {
        if (suffix === 'id') field.value = normalizeIdNumber(field.value);
        if (field.value.trim()) touched[field.id] = true;
        onChange();
      });
      field.addEventListener('input', () => onChange());
    }
  }
  input('ci-agent-on').addEventListener('change', () => {
    $('#ci-agent').hidden = !agentOn();
    onChange();
  });

  return {
    problems,
    /** Complete and valid: the applicant, and the agent when there is one. */
    ok(found = problems()): boolean {
      return !Object.keys(found.ci).length && !Object.keys(found.ca).length;
    },
    drawErrors(found: Record<Prefix, PersonProblems>, all: boolean): void {
      for (const prefix of PREFIXES) {
        for (const [suffix, key] of Object.entries(FIELDS)) {
          const id = `${prefix}-${suffix}`;
          const message = found[prefix][key] ?? '';
          const show = all || touched[id];
          setText(`[data-for="${id}"]`, show ? message : '');
          input(id).classList.toggle('invalid', !!(show && message));
        }
      }
    },
    /** The request's applicant and agent (none unless ticked). */
    people() {
      return { applicant: person('ci'), agent: agentOn() ? { type: $<HTMLSelectElement>('#ca-type').value, ...person('ca') } : undefined };
    },
    clear(): void {
      for (const prefix of PREFIXES) for (const suffix of Object.keys(FIELDS)) input(`${prefix}-${suffix}`).value = '';
      input('ci-agent-on').checked = false;
      $('#ci-agent').hidden = true;
      touched = {};
    },
    focus: () => input('ci-name').focus(),
  };
}
