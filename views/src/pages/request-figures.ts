// 诉求统计 (/requests/figures): hours to reply and the share within limit, by category, department or week.
import { startFiguresPage } from '../request-figures/figures-page';

startFiguresPage();
