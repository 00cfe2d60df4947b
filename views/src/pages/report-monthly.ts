// 政务服务月报 (/reports/monthly): a printable A4 monthly report of a hall, from the 考核 reports and the ranking.
import { startMonthlyReportPage } from '../reports/monthly-page';

startMonthlyReportPage();
