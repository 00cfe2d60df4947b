/** The case module's vocabulary, free of Nest and TypeORM so pure rules, entities and pages share it. */

/** A department's share of a case (case_tasks.status). */
export const TASK_STATUSES = ['dispatched', 'in_progress', 'done', 'transferred', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Special procedures (特别程序) that stop the clock. */
export const SUSPENSION_TYPES = ['hearing', 'inspection', 'testing', 'appraisal', 'expert_review', 'public_notice', 'site_survey', 'other'] as const;
export type SuspensionType = (typeof SUSPENSION_TYPES)[number];

export type ExtensionStatus = 'pending' | 'approved' | 'rejected';
