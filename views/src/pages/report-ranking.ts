// 考核排名 (/reports/ranking): the month's staff and departments by weighted score, CSV/Excel, weights for admins.
import { startRankingPage } from '../reports/ranking-page';

startRankingPage();
