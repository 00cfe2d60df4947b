import { categoryProblems, DEFAULT_REQUEST_CATEGORIES } from './request-categories';

describe('request categories', () => {
  it('the defaults are DOMAIN.md\'s (and the SQ item\'s 48 hours), each with sound limits', () => {
    expect(DEFAULT_REQUEST_CATEGORIES.map((c) => [c.name, c.responseHours, c.handleHours])).toEqual([
      ['安全隐患', 1, 2], ['市政设施（路灯、井盖）', 2, 24], ['环境卫生', 2, 24], ['噪音扰民', 1, 12], ['邻里纠纷', 4, 72], ['物业管理', 4, 72], ['群众诉求（社情民意）', 2, 48], ['其他', 2, 48],
    ]);
    for (const c of DEFAULT_REQUEST_CATEGORIES) expect(categoryProblems(c)).toEqual([]);
    expect(new Set(DEFAULT_REQUEST_CATEGORIES.map((c) => c.code)).size).toBe(DEFAULT_REQUEST_CATEGORIES.length);
  });

  it.each([
    [{ responseHours: 0.5, handleHours: 2 }, []],
    [{ responseHours: 0, handleHours: 2 }, ['响应时限须为 0.5–720 小时之间的整点或半点']],
    [{ responseHours: 1.25, handleHours: 2 }, ['响应时限须为 0.5–720 小时之间的整点或半点']],
    [{ responseHours: 1, handleHours: 721 }, ['办结时限须为 0.5–720 小时之间的整点或半点']],
    [{ responseHours: 1, handleHours: Number.NaN }, ['办结时限须为 0.5–720 小时之间的整点或半点']],
    [{ responseHours: 4, handleHours: 2 }, ['响应时限不能长于办结时限']],
  ])('%j → %j', (limits, problems) => {
    expect(categoryProblems(limits)).toEqual(problems);
  });
});
