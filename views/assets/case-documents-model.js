// What goes into each printed document, from the staff view of a case (GET /api/v1/cases/{id}).
// Pure: no DOM, no clock. Every date is one the server wrote (already in the hall's zone).
// Specs: src/pages/view-models/case-documents-model.spec.ts.
(function () {
  // "2026-11-23" or "2026-11-23T09:30:00+08:00" → "2026年11月23日"
  function cnDate(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value || '');
    return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
  }

  function cnDateTime(iso) {
    const t = /T(\d{2}:\d{2})/.exec(iso || '');
    return `${cnDate(iso)}${t ? ` ${t[1]}` : ''}`;
  }

  function maskId(id) {
    const s = String(id || '');
    return s.length <= 8 ? s : `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
  }

  function maskPhone(phone) {
    const s = String(phone || '');
    return s.length < 7 ? s : `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
  }

  // The reason the window typed for a refusal, and where to go instead (saved as "…；建议去向：…").
  const WHERE = '；建议去向：';
  function splitRefusal(reason) {
    const text = String(reason || '');
    const at = text.lastIndexOf(WHERE);
    return at < 0 ? { reason: text, where: '' } : { reason: text.slice(0, at), where: text.slice(at + WHERE.length) };
  }
  function joinRefusal(reason, where) {
    const r = String(reason || '').trim();
    const w = String(where || '').trim();
    return w ? `${r}${WHERE}${w}` : r;
  }

  const last = (list, pred) => list.filter(pred).slice(-1)[0] || null;

  function limitText(limit, kind) {
    if (!limit) return '';
    if (kind === 'immediate' || limit.value === 0) return '当场办结';
    return `${limit.value} ${limit.unit === 'hours' ? '小时' : '个工作日'}`;
  }

  // What a paper requirement reads like: 原件 / 复印件 2 份, and the catalogue's note.
  function requirement(m) {
    if (!m) return '';
    const form = m.original ? '原件' : '复印件';
    const copies = m.copies > 1 ? ` ${m.copies} 份` : '';
    return `${form}${copies}${m.note ? `（${m.note}）` : ''}`;
  }

  const RECEIPT_TEXT = { provided: '已收取', supplied: '已补交', deferred: '容缺，待补交', missing: '未提供' };

  // kind: acceptance | notice | refusal | deferral | result. ctx: {hall:{name, today}, departments:{code:name},
  // item (catalogue item with materials, or null), suffix, agentTypeText, statusBase}.
  // → {ok: true, fields, lists} or {ok: false, why}.
  function build(kind, c, ctx) {
    const events = c.events || [];
    const departments = (ctx && ctx.departments) || {};
    const catalogMaterial = (code) => ((ctx && ctx.item && ctx.item.materials) || []).find((m) => m.code === code) || null;
    const accept = last(events, (e) => e.action === 'accept');
    const dispatch = last(events, (e) => e.action === 'dispatch');
    const hallName = (ctx && ctx.hall && ctx.hall.name) || '';
    const fields = {
      centreName: hallName,
      docNumber: `${c.caseNumber}-${(ctx && ctx.suffix) || ''}`,
      caseNumber: c.caseNumber,
      queryCode: c.queryCode,
      itemName: c.itemName,
      applicantName: c.applicant ? c.applicant.name : c.applicantName,
      applicantIdNumber: c.applicant ? maskId(c.applicant.idNumber) : '',
      applicantPhone: c.applicant ? maskPhone(c.applicant.phone) : '',
      agentLine: c.agent ? `${((ctx && ctx.agentTypeText) || {})[c.agent.type] || '代办'}人 ${c.agent.name}（身份证 ${maskId(c.agent.idNumber)}，电话 ${maskPhone(c.agent.phone)}）` : '',
      receivedDate: cnDate(c.receivedAt),
      printDate: cnDate(ctx && ctx.hall && ctx.hall.today),
      statusAddress: ctx && ctx.statusBase ? `查询网址：${ctx.statusBase}` : '',
      qrUrl: `/qr/case/${encodeURIComponent(c.caseNumber)}.svg?code=${encodeURIComponent(c.queryCode || '')}`,
    };
    const lists = {};
    const no = (why) => ({ ok: false, why });
    const materialName = (code) => ((c.materials || []).find((m) => m.code === code) || { name: code }).name;

    switch (kind) {
      case 'acceptance': {
        if (!accept) return no('该办件尚未受理，没有受理通知书。');
        const deferredNames = (accept.payload && accept.payload.deferredNames) || [];
        Object.assign(fields, {
          docDate: cnDate(accept.at),
          acceptedAt: cnDateTime(accept.at),
          acceptor: accept.actorName || '',
          acceptPhrase: deferredNames.length ? '主要申请材料齐全、符合法定形式（部分材料容缺受理）' : '申请材料齐全、符合法定形式',
          promisedText: limitText(c.promisedLimit, c.kind),
          dueDate: cnDate((accept.payload && accept.payload.dueDate) || c.dueDate),
          statutoryDueDate: cnDate((accept.payload && accept.payload.statutoryDueDate) || c.statutoryDueDate),
          supplyDueDate: deferredNames.length ? cnDate((accept.payload && accept.payload.supplyDueDate) || c.supplyDueDate) : '',
          departmentNames: ((dispatch && dispatch.payload && dispatch.payload.departments) || (c.tasks || []).map((t) => t.departmentCode)).map((d) => departments[d] || d).join('、'),
        });
        lists.materials = (c.materials || [])
          .filter((m) => m.required || m.status !== 'missing')
          .map((m, i) => [String(i + 1), m.name, deferredNames.includes(m.name) && m.status !== 'deferred' ? `容缺，${RECEIPT_TEXT[m.status] || m.status}` : RECEIPT_TEXT[m.status] || m.status]);
        return { ok: true, fields, lists };
      }
      case 'notice': {
        const notice = last(events, (e) => e.action === 'notify');
        if (!notice) return no('该办件没有一次性告知记录。');
        const codes = (notice.payload && notice.payload.missing) || [];
        Object.assign(fields, {
          docDate: cnDate(notice.at),
          noticeAt: cnDateTime(notice.at),
          handler: notice.actorName || '',
          noticeNote: notice.reason || '',
          missingCount: String(codes.length),
        });
        lists.missing = codes.map((code, i) => [String(i + 1), materialName(code), requirement(catalogMaterial(code))]);
        return { ok: true, fields, lists };
      }
      case 'refusal': {
        const refusal = last(events, (e) => e.action === 'reject');
        if (!refusal) return no('该办件没有不予受理记录。');
        const parts = splitRefusal(refusal.reason || c.reason);
        Object.assign(fields, { docDate: cnDate(refusal.at), refusedAt: cnDateTime(refusal.at), handler: refusal.actorName || '', refusalReason: parts.reason, whereToGo: parts.where });
        return { ok: true, fields, lists };
      }
      case 'deferral': {
        const deferredNames = (accept && accept.payload && accept.payload.deferredNames) || [];
        if (!accept || !deferredNames.length) return no('该办件没有容缺受理的材料。');
        Object.assign(fields, {
          docDate: cnDate(accept.at),
          acceptedDate: cnDate(accept.at),
          acceptor: accept.actorName || '',
          supplyDueDate: cnDate((accept.payload && accept.payload.supplyDueDate) || c.supplyDueDate),
          dueDate: cnDate((accept.payload && accept.payload.dueDate) || c.dueDate),
        });
        lists.deferred = (c.materials || [])
          .filter((m) => deferredNames.includes(m.name))
          .map((m, i) => [String(i + 1), m.name, m.status === 'supplied' ? `已于 ${cnDate(m.suppliedAt)} 补交` : '待补交']);
        return { ok: true, fields, lists };
      }
      case 'result': {
        const decision = last(events, (e) => e.action === 'decide' || e.action === 'complete');
        if (!decision || !c.decidedAt) return no('该办件尚未办结，没有办结通知书。');
        const denied = decision.toStatus === 'decided_denied';
        const delivery = c.delivery;
        let deliveryText = '请携带本人身份证到综合窗口领取办理结果。';
        if (c.status === 'ready_for_pickup') deliveryText = '办理结果已送达综合窗口，请携带本人身份证领取。';
        if (delivery && delivery.method === 'window') deliveryText = `已于 ${cnDateTime(delivery.deliveredAt)} 在综合窗口领取。`;
        if (delivery && delivery.method === 'post') deliveryText = `已于 ${cnDateTime(delivery.deliveredAt)} 邮寄送达，运单号 ${delivery.trackingNo || ''}。`;
        Object.assign(fields, {
          docDate: cnDate(c.decidedAt),
          acceptedDate: cnDate(c.acceptedAt),
          decidedDate: cnDate(c.decidedAt),
          outcomeText: denied ? '不予批准' : '准予办理',
          denied: denied ? '1' : '',
          decisionReason: c.decisionReason || '',
          externalReference: (decision.payload && decision.payload.externalReference) || '',
          deciderName: decision.departmentCode ? departments[decision.departmentCode] || decision.departmentCode : '综合窗口（当场办结）',
          deliveryText,
        });
        return { ok: true, fields, lists };
      }
      default:
        return no('没有这种文书。');
    }
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { caseDocuments: { build, cnDate, cnDateTime, splitRefusal, joinRefusal, maskId } });
})();
