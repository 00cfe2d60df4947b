import { publicUrl, qrSvg } from '../web/qr-svg';
import { QUERY_CODE_ALPHABET } from './domain/case-number';

/** What a resident types or scans: the case number and its 6-character query code. */
export interface CaseRef {
  caseNumber: string;
  code: string;
}

/** `{hall}{yyyymmdd}{serial}`: a hall code, the date and at least four serial digits. */
const CASE_NUMBER = /^[A-Za-z0-9_-]{1,16}\d{12,14}$/;
const QUERY_CODE = new RegExp(`^[${QUERY_CODE_ALPHABET}]{6}$`);

/** The case number and query code from a URL or form, normalised (trimmed, upper case), or null. */
export function parseCaseRef(caseNumber: unknown, code: unknown): CaseRef | null {
  if (typeof caseNumber !== 'string' || typeof code !== 'string') return null;
  const n = caseNumber.trim().toUpperCase();
  const c = code.trim().toUpperCase();
  if (n.length > 40 || !CASE_NUMBER.test(n) || !QUERY_CODE.test(c)) return null;
  return { caseNumber: n, code: c };
}

/** The resident's status page the acceptance notice's QR code opens. */
export function caseStatusUrl(publicBaseUrl: string, ref: CaseRef): string {
  return publicUrl(publicBaseUrl, `/c/${encodeURIComponent(ref.caseNumber)}?code=${encodeURIComponent(ref.code)}`);
}

/** An SVG QR code of that page. */
export function caseQrSvg(publicBaseUrl: string, ref: CaseRef): Promise<string> {
  return qrSvg(caseStatusUrl(publicBaseUrl, ref));
}
