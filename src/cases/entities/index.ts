import { CaseCounter } from './case-counter.entity';
import { CaseEvent } from './case-event.entity';
import { CaseExtension } from './case-extension.entity';
import { CaseMaterial } from './case-material.entity';
import { CaseSuspension } from './case-suspension.entity';
import { CaseTask } from './case-task.entity';
import { Case } from './case.entity';

export const CASE_ENTITIES = [Case, CaseMaterial, CaseTask, CaseEvent, CaseSuspension, CaseExtension, CaseCounter];
