/** Comprehensive windows serve every queue of the hall, dedicated ones their listed queues. */
export type WindowKind = 'comprehensive' | 'dedicated';
export type WindowStatus = 'closed' | 'open' | 'paused';
