export interface IndexHall {
  code: string;
  name: string;
  windows: Array<{ number: number; name: string }>;
}

/** The landing page: every page of every hall, so a person finds their screen. */
export function indexViewModel(halls: IndexHall[]) {
  return {
    title: 'OneWindow 一窗通办',
    halls: halls.map((h) => ({
      code: h.code,
      name: h.name,
      links: [
        { href: `/kiosk/${h.code}`, label: '自助取号机', hint: '触摸屏，选择业务类别取号并打印号票' },
        { href: `/board/${h.code}`, label: '大厅叫号屏', hint: '大厅电视，显示叫号并语音播报' },
        { href: `/console/${h.code}`, label: '综合窗口工作台', hint: '窗口工作人员登录后叫号、办理' },
      ],
      windowLinks: h.windows.map((w) => ({ href: `/window/${h.code}/${w.number}`, label: w.name })),
    })),
    statusPageHint: '办事群众扫描号票上的二维码，即可在手机上查看排队进度（/t/号票编号?token=查询码）。',
    setupHints: [
      '取号机接小票打印机时，地址加 ?print=1，出号后自动打印号票。',
      '窗口屏地址加 ?voice=1，本窗口叫号时同时语音播报。',
      '叫号屏和窗口屏首次打开后点击一次屏幕以开启声音（或以 --autoplay-policy=no-user-gesture-required 启动浏览器）。',
    ],
  };
}
