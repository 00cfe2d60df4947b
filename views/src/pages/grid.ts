import { pageData } from '../lib/dom';
import { startGridPage, type GridPageData } from '../requests/grid-page';

startGridPage(pageData<GridPageData>());
