import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/domain/auth-user';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { newQueryCode } from '../cases/domain/case-number';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { bumpCounter } from '../database/counters';
import { insertReturningId } from '../database/dialect';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { HallsService } from '../halls/halls.service';
import { MAX_PHOTOS, photoType, type PhotoType } from './domain/photo-type';
import { maySubmitSource } from './domain/request-access';
import { RequestErrorCode } from './domain/request-errors';
import { requestDeadlines } from './domain/request-light';
import { formatRequestNumber } from './domain/request-public';
import type { RequestCreatedView } from './domain/request-views';
import { CreateRequestDto } from './dto/create-request.dto';
import { RequestPhoto } from './entities/request-photo.entity';
import { ResidentRequest } from './entities/request.entity';
import { RequestCategoriesService } from './request-categories.service';
import { applyLight, changedEvents } from './request-command';
import { RequestPhotoStore, type StoredPhoto } from './request-photo-store';
import { appendRequestEvents } from './request-store';
import { toRequestCreated } from './request.mapper';
import { RequestEvents } from './request.events';

/** An uploaded file as the multipart parser hands it over (in memory, already size-limited). */
export interface UploadedPhoto {
  buffer: Buffer;
  size: number;
}

/** The ways in: a resident's phone, a hotline transfer at the console, a grid worker's report. */
@Injectable()
export class RequestIntakeService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly halls: HallsService,
    private readonly categories: RequestCategoriesService,
    private readonly photos: RequestPhotoStore,
  ) {}

  async report(dto: CreateRequestDto, user: AuthUser | null, uploads: readonly UploadedPhoto[] = []): Promise<RequestCreatedView> {
    const source = dto.source ?? 'resident';
    const { hall } = await this.halls.layout(dto.hall);
    if (!maySubmitSource(user, source, hall.code)) {
      throw DomainError.forbidden(RequestErrorCode.SOURCE_FORBIDDEN, source === 'hotline' ? '热线转办须由本中心调度员或受理员登记' : '网格事件须由本中心网格员上报');
    }
    if (source === 'hotline' && !dto.hotlineRef) throw DomainError.unprocessable(RequestErrorCode.HOTLINE_REF_REQUIRED, '热线转办须填写热线工单号');
    const category = await this.categories.require(dto.categoryCode);
    const images = checkedPhotos(uploads);

    const now = this.clock.now();
    const stored = await this.photos.save(images, now);
    try {
      const r = await this.tx.run(async (m) => {
        const day = businessDateInZone(now, hall.timeZone);
        const serial = await bumpCounter(m, 'request_counters', { hallCode: hall.code, businessDate: day }, 'lastSerial');
        const deadlines = requestDeadlines(now, category);
        const draft: Omit<ResidentRequest, 'id'> = {
          requestNumber: formatRequestNumber(hall.code, day, serial), queryCode: newQueryCode(), hallCode: hall.code,
          categoryCode: category.code, categoryName: category.name, source, hotlineRef: dto.hotlineRef ?? null,
          description: dto.description, location: dto.location ?? null, phone: dto.phone, name: dto.name ?? null,
          status: 'reported', level: null, nextCheckAt: null, reportedAt: now, respondBy: deadlines.respondBy, dueAt: deadlines.dueAt,
          dispatchedAt: null, repliedAt: null, closedAt: null, createdBy: user?.id ?? null,
          revisitSatisfied: null, revisitNote: null, revisitAt: null, revisitBy: null, updatedAt: now,
        };
        applyLight(draft as ResidentRequest, now);
        const created = { ...draft, id: await insertReturningId(m, ResidentRequest, draft) } as ResidentRequest;
        if (stored.length) await m.insert(RequestPhoto, stored.map((p) => ({ requestId: created.id, ...p, createdAt: now })));
        await appendRequestEvents(m, created.id, user, now, { action: 'report', fromStatus: null, toStatus: 'reported', reason: dto.hotlineRef ? `热线工单 ${dto.hotlineRef}` : null });
        return created;
      }, { isolation: 'READ COMMITTED' }); // the day's counter is bumped by upsert; nothing else is shared
      for (const e of changedEvents(r, { action: 'report' }, [])) this.events.publish(RequestEvents.CHANGED, { ...e, kind: 'reported' });
      return toRequestCreated(r, hall.timeZone);
    } catch (error) {
      await this.photos.remove(stored as StoredPhoto[]);
      throw error;
    }
  }
}

/** At most 3, each a real JPEG, PNG or WebP by its first bytes (422 otherwise); sizes were limited by the parser. */
function checkedPhotos(uploads: readonly UploadedPhoto[]): Array<{ bytes: Buffer; contentType: PhotoType }> {
  if (uploads.length > MAX_PHOTOS) throw DomainError.unprocessable(RequestErrorCode.TOO_MANY_PHOTOS, `最多上传 ${MAX_PHOTOS} 张照片`);
  return uploads.map((u, i) => {
    const contentType = photoType(u.buffer);
    if (!contentType) throw DomainError.unprocessable(RequestErrorCode.PHOTO_NOT_IMAGE, `第 ${i + 1} 个文件不是 JPEG、PNG 或 WebP 图片`, { index: i });
    return { bytes: u.buffer, contentType };
  });
}
