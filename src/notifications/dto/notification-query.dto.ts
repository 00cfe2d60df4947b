import { IsIn, IsOptional } from 'class-validator';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES, type NotificationKind, type NotificationStatus } from '../domain/notification-kind';

/** `GET /api/v1/notifications?status=&kind=`: both optional; another value (or a repeated one) is 400 VALIDATION_FAILED. */
export class NotificationQueryDto {
  @IsOptional() @IsIn(NOTIFICATION_STATUSES) status?: NotificationStatus;
  @IsOptional() @IsIn(NOTIFICATION_KINDS) kind?: NotificationKind;
}
