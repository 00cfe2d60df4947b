import type { HallSource } from '../../queue/view-models/hall-source';

export interface PadSettings {
  /** RECTIFICATION_DAYS: what the thank-you for a bad review promises. */
  rectificationDays: number;
}

/** How long each pad screen stays (seconds). */
export const PAD_TIMINGS = {
  /** The thank-you, then back to the welcome screen. */
  thanks: 6,
  /** A comment box nobody types into goes back to the faces. */
  commentIdle: 90,
  /** Safety poll besides the live events (a pending rating also expires on the server's clock). */
  poll: 30,
} as const;

/** The rating pad at one window (窗口评价器), facing the resident; null when the hall has no such window. */
export function padViewModel(src: HallSource, n: number, settings: PadSettings) {
  const layout = src.windows.find((w) => w.number === n);
  if (!layout) return null;
  return {
    title: `${layout.name} · 服务评价`,
    hallName: src.hall.name,
    windowName: layout.name,
    client: {
      hall: src.hall.code,
      window: n,
      windowName: layout.name,
      timeZone: src.hall.timeZone,
      timings: PAD_TIMINGS,
      texts: {
        idleTitle: '欢迎光临',
        idleDetail: '办理完成后，请在这里对我们的服务进行评价',
        ratePrompt: '请您对本次服务进行评价',
        rateFor: '您的号码 {number}',
        thanksBad: `我们会认真核实、整改，并在 ${settings.rectificationDays} 个工作日内回复您。`,
        pairTitle: '窗口评价器配对',
        pairPrompt: '请输入配对码',
        pairHint: '配对码由管理员在“设备管理”中生成，8 位，24 小时内有效，只能使用一次。',
        pairFailed: '配对码无效、已过期或已使用，请向管理员索取新的配对码',
        wrongWindow: '这个配对码不属于本窗口的评价器',
        revoked: '本评价器已被停用，请重新配对',
        pairedAs: '已配对',
      },
    },
  };
}
