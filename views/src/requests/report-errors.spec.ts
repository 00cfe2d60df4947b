import { ApiError } from '../lib/api';
import { reportFailureText } from './report-errors';

describe('reportFailureText', () => {
  it('shows a Chinese server message as it is', () => {
    expect(reportFailureText(new ApiError(404, 'HALL_NOT_FOUND', '服务大厅 XX 不存在'))).toBe('服务大厅 XX 不存在');
  });

  it('replaces English validation messages with a sentence in Chinese', () => {
    expect(reportFailureText(new ApiError(400, 'VALIDATION_FAILED', 'phone must be an 11-digit mainland mobile number'))).toBe('填写的内容有误，请检查后重新提交');
    expect(reportFailureText(new ApiError(413, 'PAYLOAD_TOO_LARGE', 'request entity too large'))).toBe('照片太大，请删除部分照片或重新拍摄后再提交');
  });

  it('tells a lost connection and a busy server apart, and that nothing typed is lost', () => {
    expect(reportFailureText(new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试'))).toBe('网络连接失败，您填写的内容已保留，请稍后重新提交');
    expect(reportFailureText(new ApiError(502, 'HTTP_502', 'Bad Gateway'))).toContain('已保留');
    expect(reportFailureText(new Error('boom'))).toContain('已保留');
  });

  it('says how long to wait when rate limited', () => {
    expect(reportFailureText(new ApiError(429, 'RATE_LIMITED', 'Too many requests', { retryAfterSeconds: 90 }))).toBe('提交过于频繁，请 2 分钟后再试');
  });
});
