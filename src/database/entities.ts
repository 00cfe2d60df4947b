import { APPOINTMENT_ENTITIES } from '../appointments/entities';
import { AuditEntryRow } from '../audit/audit-entry.entity';
import { User } from '../auth/user.entity';
import { CalendarDayEntity } from '../calendar/calendar-day.entity';
import { CalendarYearEntity } from '../calendar/calendar-year.entity';
import { CASE_ENTITIES } from '../cases/entities';
import { JobLeaseRow } from '../cluster/job-lease.entity';
import { Device } from '../devices/device.entity';
import { BundleMember } from '../catalog/bundle-member.entity';
import { Department } from '../catalog/department.entity';
import { ItemMaterial } from '../catalog/item-material.entity';
import { ItemStep } from '../catalog/item-step.entity';
import { ServiceItemDepartment } from '../catalog/service-item-department.entity';
import { ServiceItem } from '../catalog/service-item.entity';
import { EVALUATION_ENTITIES } from '../evaluations/entities';
import { HallWindow } from '../halls/hall-window.entity';
import { NotificationRow } from '../notifications/notification.entity';
import { Hall } from '../halls/hall.entity';
import { ServiceQueue } from '../halls/service-queue.entity';
import { QueueEvent } from '../queue/queue-event.entity';
import { TicketCounter } from '../queue/ticket-counter.entity';
import { Ticket } from '../queue/ticket.entity';
import { ReportWeight } from '../reports/report-weight.entity';
import { REQUEST_ENTITIES } from '../requests/entities';

/** Every entity of the schema; each module adds its own here together with a migration. */
export const ENTITIES = [
  User, Department, Hall, ServiceQueue, HallWindow, Ticket, TicketCounter, QueueEvent, CalendarYearEntity, CalendarDayEntity,
  ServiceItem, ServiceItemDepartment, ItemMaterial, ItemStep,
  ...CASE_ENTITIES,
  ...EVALUATION_ENTITIES,
  AuditEntryRow,
  Device,
  JobLeaseRow,
  ...REQUEST_ENTITIES,
  NotificationRow,
  ...APPOINTMENT_ENTITIES,
  BundleMember,
  ReportWeight,
];
