import type { Hall } from '../../halls/hall.entity';

/** The landing page: every page of every hall, so a person finds their screen. */
export function indexViewModel(halls: Hall[]) {
  return {
    title: 'OneWindow 一窗通办',
    halls: halls.map((h) => ({
      code: h.code,
      name: h.name,
      links: [
        { href: `/kiosk/${h.code}`, label: '取号机' },
        { href: `/board/${h.code}`, label: '大厅叫号屏' },
        { href: `/window/${h.code}/1`, label: '窗口屏（1号）' },
        { href: `/console/${h.code}`, label: '综合窗口工作台' },
      ],
    })),
  };
}
