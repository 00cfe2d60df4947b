/** The wait after too many sign-in attempts, as the server says it and the sign-in form shows it (no framework imports). */
export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} 秒`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  return rest ? `${minutes} 分 ${rest} 秒` : `${minutes} 分钟`;
}

export function lockoutMessage(seconds: number): string {
  return `尝试次数过多，请 ${waitText(seconds)}后再试`;
}

/** Seconds from a Retry-After header (delta-seconds only; an HTTP date or garbage gives null). */
export function retryAfterSeconds(header: string | null | undefined): number | null {
  if (!header || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}
