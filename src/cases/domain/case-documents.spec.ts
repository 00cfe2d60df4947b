import { DECISION_DOCUMENTS, documentsAfterDecision, documentsFor } from './case-documents';

describe('documentsFor', () => {
  it.each([
    ['nothing yet', { status: 'received', events: [{ action: 'receive' }] }, []],
    ['accepted with a deferral', { status: 'in_progress', events: [{ action: 'receive' }, { action: 'accept', payload: { deferredNames: ['住所证明'] } }] }, ['acceptance', 'deferral']],
    ['accepted after a notice', { status: 'dispatched', events: [{ action: 'notify' }, { action: 'supplement' }, { action: 'accept', payload: { deferredNames: [] } }] }, ['acceptance', 'notice']],
    ['refused', { status: 'rejected', events: [{ action: 'reject' }] }, ['refusal']],
    ['decided', { status: 'ready_for_pickup', decidedAt: '2026-11-30T10:00:00+08:00', events: [{ action: 'accept', payload: {} }, { action: 'decide' }] }, ['acceptance', 'result']],
    ['decided but withdrawn later cannot be: no result without a decided status', { status: 'withdrawn', decidedAt: '2026-11-30T10:00:00+08:00', events: [] }, []],
    ['completed on the spot', { status: 'delivered', decidedAt: '2026-11-23T09:30:00+08:00', events: [{ action: 'complete' }, { action: 'deliver' }] }, ['result']],
    ['collected at the window by a recorded person', { status: 'delivered', decidedAt: '2026-11-30T10:00:00+08:00', events: [{ action: 'decide' }, { action: 'deliver', payload: { method: 'window', collectedBy: { type: 'other', name: '王五' } } }] }, ['result', 'pickup']],
    ['posted: no pickup receipt', { status: 'delivered', decidedAt: '2026-11-30T10:00:00+08:00', events: [{ action: 'decide' }, { action: 'deliver', payload: { method: 'post', trackingNo: 'SF1' } }] }, ['result']],
  ])('%s → %j', (_name, c, kinds) => expect(documentsFor(c)).toEqual(kinds));
});

describe('documentsAfterDecision', () => {
  it.each([
    ['accept', { ID: 'provided', RESIDENCE: 'deferred' }, ['acceptance', 'deferral']],
    ['accept', { ID: 'provided' }, ['acceptance']],
    ['notify', { ID: 'missing' }, ['notice']],
    ['reject', {}, ['refusal']],
    ['complete', {}, ['result']],
    ['unknown', {}, []],
  ])('%s with %j → %j', (decision, statuses, kinds) => expect(documentsAfterDecision(decision, statuses, DECISION_DOCUMENTS)).toEqual(kinds));
});
