// The public catalogue (政务服务事项清单): search and filters over the server-rendered cards.
import type { catalogViewModel } from '../../../src/catalog/view-models/catalog.view-model';
import { startPublicList } from '../catalog/public-list';
import { pageData } from '../lib/dom';

startPublicList(pageData<ReturnType<typeof catalogViewModel>['client']>());
