import { RequestCategoryRow } from './request-category.entity';
import { RequestCounter } from './request-counter.entity';
import { RequestEvent } from './request-event.entity';
import { RequestPhoto } from './request-photo.entity';
import { RequestTask } from './request-task.entity';
import { ResidentRequest } from './request.entity';

export { RequestCategoryRow, RequestCounter, RequestEvent, RequestPhoto, RequestTask, ResidentRequest };
export const REQUEST_ENTITIES = [ResidentRequest, RequestTask, RequestEvent, RequestPhoto, RequestCategoryRow, RequestCounter];
