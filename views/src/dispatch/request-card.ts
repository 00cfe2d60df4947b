// A list row from a full request, as the board and the desk hold it: lists show phones masked, whatever the
// detail (fetched for the panel) holds.
import { maskPhone } from '../../../src/cases/domain/masking';
import type { RequestDetailView, RequestListItem } from '../../../src/requests/domain/request-views';

export const toCard = (r: RequestDetailView): RequestListItem => ({
  id: r.id, requestNumber: r.requestNumber, hall: r.hall, categoryCode: r.categoryCode, categoryName: r.categoryName, source: r.source,
  status: r.status, level: r.level, description: r.description, location: r.location, phone: maskPhone(r.phone), reportedAt: r.reportedAt,
  respondBy: r.respondBy, dueAt: r.dueAt, repliedAt: r.repliedAt, departmentCodes: r.departmentCodes, photoCount: r.photoCount,
  taskStatuses: r.taskStatuses, returnReason: r.returnReason,
});
