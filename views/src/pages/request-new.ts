import { pageData } from '../lib/dom';
import { startReportPage, type ReportPageData } from '../requests/report-page';

startReportPage(pageData<ReportPageData>());
