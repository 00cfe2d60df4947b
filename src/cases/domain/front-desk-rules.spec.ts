import { mayWithdraw, owedMaterials } from './front-desk-rules';

const materials = [
  { code: 'ID', status: 'provided' },
  { code: 'PHOTO', status: 'missing' },
  { code: 'RESIDENCE', status: 'deferred' },
  { code: 'BANK', status: 'supplied' },
];

describe('owedMaterials / mayWithdraw', () => {
  it.each([
    ['received', [], true],
    ['awaiting_supplement', ['PHOTO', 'RESIDENCE'], true],
    ['dispatched', ['RESIDENCE'], true],
    ['in_progress', ['RESIDENCE'], true],
    ['suspended', ['RESIDENCE'], true],
    ['returned', [], true],
    ['decided_approved', [], false],
    ['ready_for_pickup', [], false],
    ['delivered', [], false],
    ['withdrawn', [], false],
    ['no_such_status', [], false],
  ])('%s: owes %j, may withdraw %s', (status, owed, withdraw) => {
    expect(owedMaterials({ status, materials }).map((m) => m.code)).toEqual(owed);
    expect(mayWithdraw({ status })).toBe(withdraw);
  });

  it('owes nothing when the case lists no materials', () => expect(owedMaterials({ status: 'awaiting_supplement' })).toEqual([]));
});
