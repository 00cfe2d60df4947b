import { startRectifications, type RectificationsData } from '../evaluations/rectifications-page';
import { pageData } from '../lib/dom';

startRectifications(pageData<RectificationsData>());
