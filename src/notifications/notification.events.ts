/** Published after a commit that queued messages: the instance holding the sender's lease sends them at once. */
export const NotificationEvents = { QUEUED: 'notifications.queued' } as const;

export interface NotificationsQueuedEvent {
  count: number;
}

/** Notification events → payloads, part of the DomainEventMap. */
export interface NotificationEventMap {
  [NotificationEvents.QUEUED]: NotificationsQueuedEvent;
}
