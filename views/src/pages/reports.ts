// 考核报表 (/reports): per window and clerk, department, item, request category and hall, with CSV and Excel.
import { startReportsPage } from '../reports/reports-page';

startReportsPage();
