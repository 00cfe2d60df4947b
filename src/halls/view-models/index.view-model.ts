export interface IndexHall {
  code: string;
  name: string;
  windows: Array<{ number: number; name: string }>;
}

/** Demo mode only: a current pairing link per demo device, so a newcomer pairs the kiosk and a pad in a click. */
export interface IndexPairingLink {
  name: string;
  pairingCode: string;
  pairingPath: string;
}

/** Pages of the whole centre rather than one window: the catalogue for residents, the admins' pages. */
const CENTRE_LINKS = [
  { href: '/catalog', label: '办事指南', hint: '政务服务事项清单，手机查询材料、流程和时限' },
  { href: '/catalog/tv', label: '事项清单电视屏', hint: '大厅电视，自动翻页展示事项清单' },
  { href: '/admin/catalog', label: '事项管理', hint: '管理员登录后维护事项、材料、流程和部门' },
  { href: '/admin/calendar', label: '工作日历', hint: '管理员维护法定节假日和调休' },
  { href: '/admin/audit', label: '留痕查询', hint: '管理员查看管理变更（前后对比）和个人信息查询记录，可导出' },
  { href: '/admin/devices', label: '设备管理', hint: '管理员为取号机和窗口评价器生成配对码、停用设备' },
];

/** The landing page: every page of every hall, so a person finds their screen. */
export function indexViewModel(halls: IndexHall[], demoPairing: Record<string, IndexPairingLink[]> = {}) {
  return {
    title: 'OneWindow 一窗通办',
    /** Every admin page is linked from /admin; with no hall yet, the admin starts there. */
    admin: { href: '/admin', label: '系统管理', hint: halls.length ? '管理员：服务大厅、人员账号、设备、事项和日历' : '还没有服务大厅：请管理员登录系统管理，先创建服务中心、队列和窗口' },
    halls: halls.map((h) => ({
      code: h.code,
      name: h.name,
      links: [
        { href: `/kiosk/${h.code}`, label: '自助取号机', hint: '触摸屏，选择业务类别取号并打印号票' },
        { href: `/board/${h.code}`, label: '大厅叫号屏', hint: '大厅电视，显示叫号并语音播报' },
        { href: `/console/${h.code}`, label: '综合窗口工作台', hint: '窗口工作人员登录后叫号、受理办件（F2）、出件' },
        { href: '/inbox', label: '后台办件箱', hint: '部门经办人和负责人登录后签收、办理、审批延期，新派单实时提醒' },
        { href: '/c', label: '办件进度查询', hint: '群众凭办件编号和查询码（受理通知书上的二维码）查看办理进度' },
        { href: '/rectifications', label: '差评整改', hint: '部门、窗口和电子监察登录后核实、整改、回复、回访差评' },
        { href: `/supervision?hall=${encodeURIComponent(h.code)}`, label: '电子监察', hint: '电子监察员登录后查看红黄牌预警、督办办件、按时办结率和满意率等效能统计' },
        { href: '/reports', label: '考核报表', hint: '按窗口与人员、部门、事项、诉求类别和服务点统计任意时段，可下载 CSV 和 Excel' },
        { href: '/reports/ranking', label: '考核排名', hint: '人员和部门按月综合得分排名，管理员设置各项权重' },
        ...CENTRE_LINKS,
      ],
      windowLinks: h.windows.map((w) => ({ href: `/window/${h.code}/${w.number}`, label: w.name })),
      /** 窗口评价器: one rating pad per window, facing the resident. */
      padLinks: h.windows.map((w) => ({ href: `/pad/${h.code}/${w.number}`, label: `${w.name}评价器` })),
      /** SEED=demo only: one-click pairing of the demo devices (each code single use, 24 h). */
      pairingLinks: (demoPairing[h.code] ?? []).map((p) => ({ href: p.pairingPath, label: p.name, code: p.pairingCode })),
    })),
    statusPageHint: '办事群众扫描号票上的二维码，即可在手机上查看排队进度（/t/号票编号?token=查询码），办结后在同一页面评价服务。',
    setupHints: [
      '取号机接小票打印机时，地址加 ?print=1，出号后自动打印号票。',
      '窗口屏地址加 ?voice=1，本窗口叫号时同时语音播报。',
      '窗口评价器：管理员在“设备管理”（/admin/devices）为窗口生成配对码，在窗口面向群众的平板上打开 /pad/大厅编号/窗口号，输入配对码配对一次；取号机同样可配对，配对后可取绿色通道号。',
      '叫号屏和窗口屏首次打开后点击一次屏幕以开启声音（或以 --autoplay-policy=no-user-gesture-required 启动浏览器）。',
    ],
  };
}
