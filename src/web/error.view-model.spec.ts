import { errorViewModel } from './error.view-model';

describe('errorViewModel', () => {
  it.each([
    [404, '服务大厅 XX 不存在', '页面不存在', '服务大厅 XX 不存在'],
    [400, null, '请求有误', '请稍后再试，或联系大厅工作人员。'],
    [500, 'SQLITE_BUSY secret detail', '服务暂时不可用', '请稍后再试，或联系大厅工作人员。'],
    [409, '冲突', '无法打开页面', '冲突'],
  ])('%i', (status, message, title, detail) => {
    expect(errorViewModel(status, message)).toEqual({ title, status, detail, homeHref: '/' });
  });
});
