import { Evaluation } from './evaluation.entity';
import { RectificationEvent } from './rectification-event.entity';
import { Rectification } from './rectification.entity';

export const EVALUATION_ENTITIES = [Evaluation, Rectification, RectificationEvent];
