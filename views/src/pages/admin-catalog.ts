// The catalogue administration page (政务服务事项管理): items, their materials and route, departments.
import type { adminCatalogViewModel } from '../../../src/catalog/view-models/admin-catalog.view-model';
import { startCatalogAdmin } from '../catalog-admin/catalog-admin';
import { pageData } from '../lib/dom';

startCatalogAdmin(pageData<ReturnType<typeof adminCatalogViewModel>['client']>());
