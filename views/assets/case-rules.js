// Pure rules of the case pages (no DOM, no clock): the checks the server applies, so a button is greyed
// out exactly when the server would refuse, with the reason in Chinese. The server stays the judge.
// (Which back-office actions a case allows comes from the server: GET /cases/{id} `actions`.)
// src/pages/view-models/case-rules.spec.ts runs this file against the server's own functions.
(function () {
  const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const ID_CHECK = '10X98765432';
  const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
  const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

  function isRealDate(y, m, d) {
    if (y < 1 || m < 1 || m > 12 || d < 1) return false;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
  }

  // ---- people --------------------------------------------------------------------------------------

  // The resident ID number as the server wants it: trimmed, a lower-case x made upper case.
  function normalizeIdNumber(raw) {
    return String(raw == null ? '' : raw).trim().toUpperCase();
  }

  // GB 11643: 17 digits with a real birth date, then the mod-11 check character. null when valid.
  function idNumberProblem(raw) {
    const id = normalizeIdNumber(raw);
    if (!id) return '请填写身份证号';
    if (id.length !== 18) return `身份证号应为 18 位，现在是 ${id.length} 位`;
    if (!/^\d{17}[\dX]$/.test(id)) return '身份证号前 17 位应为数字，最后一位为数字或 X';
    if (!isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return `身份证号中的出生日期 ${id.slice(6, 14)} 不存在，请核对`;
    const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
    if (ID_CHECK[sum % 11] !== id[17]) return '身份证号校验位不符，请逐位核对（可能有一位输错）';
    return null;
  }

  function phoneProblem(raw) {
    const phone = String(raw == null ? '' : raw).trim();
    if (!phone) return '请填写联系电话';
    if (!PHONE.test(phone)) return '请填写 11 位手机号，或带区号的固定电话（如 0571-87654321）';
    return null;
  }

  function nameProblem(raw) {
    const name = String(raw == null ? '' : raw).trim();
    if (!name) return '请填写姓名';
    if (name.length > 32) return '姓名不能超过 32 个字';
    return null;
  }

  // {name?, idNumber?, phone?}: the message for each field that is wrong; {} when the person is complete.
  function personProblems(p) {
    const out = {};
    const name = nameProblem(p && p.name);
    const id = idNumberProblem(p && p.idNumber);
    const phone = phoneProblem(p && p.phone);
    if (name) out.name = name;
    if (id) out.idNumber = id;
    if (phone) out.phone = phone;
    return out;
  }

  // ---- intake decisions ----------------------------------------------------------------------------

  // item: {kind, materials:[{code, name, required, deferrable}]}; statuses: {code: provided|missing|deferred}
  // (unticked = missing, as on the server); form: {personOk, reason}. → {accept, notify, reject, complete}: {enabled, why}.
  function intakeDecisions(item, statuses, form) {
    const no = (why) => ({ enabled: false, why });
    const yes = { enabled: true, why: '' };
    if (!item) {
      const none = no('请先选择事项');
      return { accept: none, notify: none, reject: none, complete: none };
    }
    const status = (m) => (statuses && statuses[m.code]) || 'missing';
    const missingRequired = item.materials.filter((m) => m.required && status(m) === 'missing').map((m) => m.name);
    const deferred = item.materials.filter((m) => status(m) === 'deferred');
    const notDeferrable = deferred.filter((m) => !m.deferrable).map((m) => m.name);
    const immediate = item.kind === 'immediate';
    if (notDeferrable.length) {
      const bad = no(`这些材料不能容缺：${notDeferrable.join('、')}`);
      return { accept: bad, notify: bad, reject: bad, complete: bad };
    }
    const missingWhy = `缺少必需材料：${missingRequired.join('、')}`;
    const out = {
      accept: immediate ? no('即办件请选择「当场办结」') : missingRequired.length ? no(missingWhy) : yes,
      notify: missingRequired.length ? yes : no('必需材料已齐全，无需一次性告知'),
      reject: form && String(form.reason || '').trim() ? yes : no('请先填写不予受理的理由'),
      complete: !immediate ? no('只有即办件可以当场办结') : deferred.length ? no('当场办结不能容缺') : missingRequired.length ? no(missingWhy) : yes,
    };
    if (form && !form.personOk) {
      for (const k of Object.keys(out)) if (out[k].enabled) out[k] = no('请先把申请人（及代办人）信息填写完整、正确');
    }
    return out;
  }

  // The materials a notice lists: every required one not provided (the server's missingForNotice).
  function missingForNotice(item, statuses) {
    return item.materials.filter((m) => m.required && ((statuses && statuses[m.code]) || 'missing') !== 'provided');
  }

  // ---- deadlines and lights (the server's dates; the browser only counts its list) -----------------

  // Working days d with today < d <= due (negative when overdue), from the server's list of working days
  // {from, to, days}; null when a date lies outside the list.
  function remainingWorkingDays(today, due, calendar) {
    if (!today || !due || !calendar || due < calendar.from || due > calendar.to || today < calendar.from || today > calendar.to) return null;
    const late = due < today;
    const [lo, hi] = late ? [due, today] : [today, due];
    const n = calendar.days.filter((d) => d > lo && d <= hi).length;
    return late ? -n : n;
  }

  function remainingText(n) {
    if (n === null || n === undefined) return '';
    if (n > 0) return `剩 ${n} 个工作日`;
    if (n === 0) return '今日到期';
    return `超期 ${-n} 个工作日`;
  }

  // ---- front desk after intake -------------------------------------------------------------------------

  const ACCEPTED = ['dispatched', 'in_progress', 'suspended'];
  const OPEN = ['received', 'awaiting_supplement', 'dispatched', 'in_progress', 'suspended', 'returned'];

  // The materials the window may take in now (the service's supplement rule): before acceptance the missing
  // and deferred ones; after it, the deferred ones.
  function owedMaterials(c) {
    const accepted = ACCEPTED.includes(c.status);
    if (!accepted && c.status !== 'awaiting_supplement') return [];
    return (c.materials || []).filter((m) => (accepted ? m.status === 'deferred' : m.status === 'missing' || m.status === 'deferred'));
  }

  function mayWithdraw(c) {
    return OPEN.includes(c.status);
  }

  // The documents a case can print, from its recorded steps (GET /cases/{id}).
  function documentsFor(c) {
    const did = (action) => (c.events || []).some((e) => e.action === action);
    const accept = (c.events || []).find((e) => e.action === 'accept');
    const deferred = accept && accept.payload && Array.isArray(accept.payload.deferredNames) && accept.payload.deferredNames.length > 0;
    const out = [];
    if (accept) out.push('acceptance');
    if (deferred) out.push('deferral');
    if (did('notify')) out.push('notice');
    if (did('reject')) out.push('refusal');
    if (c.decidedAt && ['decided_approved', 'decided_denied', 'ready_for_pickup', 'delivered', 'archived'].includes(c.status)) out.push('result');
    return out;
  }

  // The documents right after a decision at the counter (the POST /cases receipt has no events).
  function documentsAfterDecision(decision, statuses, table) {
    const anyDeferred = Object.values(statuses || {}).includes('deferred');
    return (table[decision] || []).filter((kind) => kind !== 'deferral' || anyDeferred);
  }

  const api = {
    normalizeIdNumber, idNumberProblem, phoneProblem, nameProblem, personProblems,
    intakeDecisions, missingForNotice, remainingWorkingDays, remainingText,
    owedMaterials, mayWithdraw, documentsFor, documentsAfterDecision,
  };
  window.OneWindow = Object.assign(window.OneWindow || {}, { caseRules: api });
})();
