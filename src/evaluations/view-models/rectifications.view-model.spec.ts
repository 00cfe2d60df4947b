import { RECTIFICATION_ACTIONS } from '../domain/rectification-access';
import { RECTIFICATION_STATUSES } from '../domain/rectification-state';
import { parseRectificationId, rectificationsViewModel } from './rectifications.view-model';

describe('rectificationsViewModel', () => {
  it('names every status, action, light and source in Chinese', () => {
    const { client, title } = rectificationsViewModel(null);
    expect(title).toBe('差评整改');
    expect(Object.keys(client.statusText).sort()).toEqual([...RECTIFICATION_STATUSES].sort());
    expect(Object.keys(client.actionText).sort()).toEqual([...RECTIFICATION_ACTIONS].sort());
    expect(client.actionText.revisit.label).toBe('回访');
    expect(client.lightText).toEqual({ green: '正常', yellow: '临期', red: '逾期' });
    expect(client.sourceText.default).toBe('默认评价');
    expect(client.recheckOutcomes.map((o) => o.id)).toEqual(['upheld', 'overturned']);
    expect(client.filters[0]).toEqual({ id: 'active', label: '进行中' });
    expect(client.preselect).toBeNull();
  });

  it('carries a deep-linked task', () => {
    expect(rectificationsViewModel(7).client.preselect).toBe(7);
  });

  it.each([
    ['7', 7], ['123', 123], ['0', null], ['07', null], ['-1', null], ['abc', null], [undefined, null], [['1', '2'], null], ['99999999999999999', null],
  ])('parseRectificationId(%j) is %j', (raw, expected) => {
    expect(parseRectificationId(raw)).toBe(expected);
  });
});
