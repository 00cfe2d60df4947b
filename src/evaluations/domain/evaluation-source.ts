/** Where a rating came from: the resident's own page, the window pad, or the default rating when none came in time. */
export type EvaluationSource = 'resident' | 'pad' | 'default';
