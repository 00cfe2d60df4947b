// The catalogue on the hall TV: pages through the server-rendered screens of items on its own.
import type { catalogTvViewModel } from '../../../src/catalog/view-models/catalog-tv.view-model';
import { startTvPager } from '../catalog/tv-pager';
import { pageData } from '../lib/dom';

startTvPager(pageData<ReturnType<typeof catalogTvViewModel>['client']>());
