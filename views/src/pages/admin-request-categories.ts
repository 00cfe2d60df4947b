// The request categories admin page (诉求类别与时限): 接诉即办's categories, departments and hours.
import { startCategoriesAdmin } from '../admin-request-categories/categories-admin';

startCategoriesAdmin();
