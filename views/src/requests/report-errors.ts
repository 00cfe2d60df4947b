// What the reporter reads when sending fails. The server's own message when it is Chinese (domain errors are);
// validation messages name DTO fields in English, so those, and failures without a body, get a plain sentence.
import { ApiError } from '../lib/api';
import { MAX_PHOTOS } from './photo-checks';

const HAN = /[\u4e00-\u9fff]/;

const BY_CODE: Record<string, string> = {
  VALIDATION_FAILED: '填写的内容有误，请检查后重新提交',
  HALL_NOT_FOUND: '二维码对应的服务中心不存在，请重新扫描服务中心张贴的二维码',
  UNKNOWN_CATEGORY: '该问题类别已停用，请重新选择类别',
  SOURCE_FORBIDDEN: '当前账号不能以该方式上报，请重新登录',
  PAYLOAD_TOO_LARGE: '照片太大，请删除部分照片或重新拍摄后再提交',
  PHOTO_NOT_IMAGE: '有照片无法识别，请只上传 JPG、PNG 或 WebP 格式的照片',
  TOO_MANY_PHOTOS: `照片太多，最多上传 ${MAX_PHOTOS} 张`,
  RATE_LIMITED: '提交过于频繁，请稍后再试',
  NETWORK: '网络连接失败，您填写的内容已保留，请稍后重新提交',
};

export function reportFailureText(error: unknown): string {
  if (!(error instanceof ApiError)) return '提交失败，您填写的内容已保留，请稍后重试';
  if (error.code === 'RATE_LIMITED' && typeof error.details?.retryAfterSeconds === 'number') {
    return `提交过于频繁，请 ${Math.max(1, Math.ceil(error.details.retryAfterSeconds / 60))} 分钟后再试`;
  }
  if (error.status === 0) return BY_CODE.NETWORK;
  if (HAN.test(error.message)) return error.message;
  return BY_CODE[error.code] ?? (error.status >= 500 ? '服务暂时不可用，您填写的内容已保留，请稍后重新提交' : `提交失败（${error.code}），请稍后重试`);
}
