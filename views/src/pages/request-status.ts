import { pageData } from '../lib/dom';
import { startStatusPage, type StatusPageData } from '../requests/status-page';

void startStatusPage(pageData<StatusPageData>());
