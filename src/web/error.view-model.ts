const TITLES: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '无权访问',
  404: '页面不存在',
  429: '请稍后再试',
};

/** The friendly page shown instead of a JSON envelope when a page cannot be rendered. */
export function errorViewModel(status: number, message: string | null) {
  const known = TITLES[status];
  const title = known ?? (status >= 500 ? '服务暂时不可用' : '无法打开页面');
  const detail = status >= 500 || !message ? '请稍后再试，或联系大厅工作人员。' : message;
  return { title, status, detail, homeHref: '/' };
}
