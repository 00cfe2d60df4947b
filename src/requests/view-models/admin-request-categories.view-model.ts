import { CATEGORY_NAME_LENGTH } from '../domain/request-categories';

/** The admins' request categories page (诉求类别与时限): it holds no categories; its script signs in as admin and calls the API. */
export function adminRequestCategoriesViewModel() {
  return {
    title: '诉求类别与时限',
    nameLength: CATEGORY_NAME_LENGTH,
  };
}
