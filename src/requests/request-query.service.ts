import { Injectable } from '@nestjs/common';
import { Brackets, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { worksEverywhere } from '../auth/domain/hall-access';
import { addDays, businessDateInZone, startOfDayInZone } from '../calendar/domain/iso-date';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { Evaluation } from '../evaluations/entities/evaluation.entity';
import { HallsService } from '../halls/halls.service';
import { mayReadRequest, maySeePhotos } from './domain/request-access';
import { RequestErrorCode } from './domain/request-errors';
import { requestFigures, weekOf, type RequestFact, type RequestFigure } from './domain/request-figures';
import type { PublicRequestView, RequestDetailView, RequestListItem } from './domain/request-views';
import { RequestFiguresQueryDto, RequestListQueryDto } from './dto/request-actions.dto';
import { RequestEvent } from './entities/request-event.entity';
import { RequestPhoto } from './entities/request-photo.entity';
import { RequestTask } from './entities/request-task.entity';
import { ResidentRequest } from './entities/request.entity';
import { RequestPhotoStore } from './request-photo-store';
import { loadRequest, tasksOf } from './request-store';
import { toPublicRequest, toRequestDetail, toRequestListItem } from './request.mapper';

const LIST_LIMIT = 500;
const DEFAULT_ZONE = 'Asia/Shanghai';

/** Reading requests: the staff lists and detail, photos, the resident's page and the figures. */
@Injectable()
export class RequestQueryService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallsService,
    private readonly catalog: CatalogService,
    private readonly photos: RequestPhotoStore,
    private readonly clock: Clock,
  ) {}

  /** The requests the user reaches, newest first (officers: their departments'; grid members: their own). */
  async list(user: AuthUser, q: RequestListQueryDto): Promise<RequestListItem[]> {
    const { rows, tasks, photoCounts } = await this.tx.read(async (m) => {
      const qb = m.getRepository(ResidentRequest).createQueryBuilder('r');
      if (!worksEverywhere(user)) {
        qb.andWhere(new Brackets((or) => {
          or.where('r.createdBy = :uid', { uid: user.id });
          const halls = user.hallCodes.map((h) => h.toUpperCase());
          if (halls.length && (user.roles.includes('dispatcher') || user.roles.includes('clerk'))) or.orWhere('UPPER(r.hallCode) IN (:...halls)', { halls });
          if (user.departmentCodes.length && (user.roles.includes('officer') || user.roles.includes('head'))) {
            or.orWhere(`EXISTS (SELECT 1 FROM request_tasks t WHERE t."requestId" = r.id AND t."departmentCode" IN (:...mine) AND t.status <> 'returned')`, { mine: user.departmentCodes });
          }
        }));
      }
      if (q.status) qb.andWhere('r.status IN (:...statuses)', { statuses: q.status.split(',') });
      if (q.hall) qb.andWhere('UPPER(r.hallCode) = :hall', { hall: q.hall.toUpperCase() });
      if (q.mine === 'true') qb.andWhere('r.createdBy = :me', { me: user.id });
      if (q.department) {
        qb.andWhere(`EXISTS (SELECT 1 FROM request_tasks d WHERE d."requestId" = r.id AND d."departmentCode" = :department AND d.status <> 'returned')`, { department: q.department.toUpperCase() });
      }
      const rows = await qb.orderBy('r.reportedAt', 'DESC').addOrderBy('r.id', 'DESC').limit(LIST_LIMIT).getMany();
      return { rows, ...(await this.childrenOf(m, rows.map((r) => r.id))) };
    });
    const zones = await this.zones(rows.map((r) => r.hallCode));
    return rows.map((r) => toRequestListItem(r, tasks.get(r.id) ?? [], photoCounts.get(r.id) ?? 0, zones.get(r.hallCode)!));
  }

  async detailFor(user: AuthUser, id: number): Promise<RequestDetailView> {
    const { r, tasks, photos, events } = await this.tx.read(async (m) => {
      const r = await loadRequest(m, id);
      const tasks = await tasksOf(m, id);
      if (!mayReadRequest(user, { ...r, tasks })) throw DomainError.forbidden(RequestErrorCode.REQUEST_FORBIDDEN, '无权查看该诉求');
      return {
        r, tasks,
        photos: await m.find(RequestPhoto, { where: { requestId: id }, order: { id: 'ASC' } }),
        events: await m.find(RequestEvent, { where: { requestId: id }, order: { id: 'ASC' } }),
      };
    });
    return toRequestDetail(r, user, { tasks, photos, events, departmentNames: await this.catalog.departmentNames(), tz: await this.zone(r.hallCode) });
  }

  /** A photo's bytes, for staff who reach the request. */
  async photo(user: AuthUser, id: number, photoId: number): Promise<{ bytes: Buffer; contentType: string }> {
    const photo = await this.tx.read(async (m) => {
      const r = await loadRequest(m, id);
      if (!maySeePhotos(user, { ...r, tasks: await tasksOf(m, id) })) throw DomainError.forbidden(RequestErrorCode.REQUEST_FORBIDDEN, '无权查看该诉求的照片');
      return m.findOneBy(RequestPhoto, { id: photoId, requestId: id });
    });
    if (!photo) throw DomainError.notFound(RequestErrorCode.PHOTO_NOT_FOUND, '照片不存在');
    return { bytes: await this.photos.read(photo.fileName), contentType: photo.contentType };
  }

  /** The resident's status page: by request number and query code; a wrong pair is a 404 either way. */
  async publicView(requestNumber: string, code: string): Promise<PublicRequestView> {
    const found = await this.tx.read(async (m) => {
      const r = await m.findOneBy(ResidentRequest, { requestNumber: requestNumber.toUpperCase() });
      if (!r || r.queryCode !== code.toUpperCase()) return null;
      return {
        r,
        tasks: await tasksOf(m, r.id),
        events: await m.find(RequestEvent, { where: { requestId: r.id }, order: { id: 'ASC' } }),
        rated: (await m.countBy(Evaluation, { requestId: r.id })) > 0,
      };
    });
    if (!found) throw DomainError.notFound(RequestErrorCode.REQUEST_NOT_FOUND, '诉求编号或查询码不正确');
    return toPublicRequest(found.r, { ...found, departmentNames: await this.catalog.departmentNames(), tz: await this.zone(found.r.hallCode) });
  }

  /** Hours from report to reply and the share within limit, per category, department or week (dates inclusive). */
  async figures(user: AuthUser, q: RequestFiguresQueryDto): Promise<RequestFigure[]> {
    return requestFigures(await this.facts(user, q), this.clock.now());
  }

  /** The figures by category with one more over every request (the reports' totals row). */
  async figuresWithTotal(user: AuthUser, q: Omit<RequestFiguresQueryDto, 'by'>): Promise<{ rows: RequestFigure[]; total: RequestFigure | null }> {
    const facts = await this.facts(user, { ...q, by: 'category' });
    const now = this.clock.now();
    return { rows: requestFigures(facts, now), total: requestFigures(facts.map((f) => ({ ...f, key: '*', name: '合计' })), now)[0] ?? null };
  }

  private async facts(user: AuthUser, q: RequestFiguresQueryDto): Promise<RequestFact[]> {
    const tz = q.hall ? await this.zone(q.hall) : ((await this.halls.listHalls())[0]?.timeZone ?? DEFAULT_ZONE);
    const now = this.clock.now();
    const to = q.to ?? businessDateInZone(now, tz);
    const from = q.from ?? addDays(to, -29);
    if (from > to) throw DomainError.badRequest('VALIDATION_FAILED', '开始日期不能晚于结束日期', { from, to });
    const halls = worksEverywhere(user) ? null : user.hallCodes.map((h) => h.toUpperCase());
    const { rows, tasks } = await this.tx.read(async (m) => {
      const qb = m.getRepository(ResidentRequest).createQueryBuilder('r')
        .where('r.reportedAt >= :start AND r.reportedAt < :end', { start: startOfDayInZone(from, tz), end: startOfDayInZone(addDays(to, 1), tz) });
      if (q.hall) qb.andWhere('UPPER(r.hallCode) = :hall', { hall: q.hall.toUpperCase() });
      if (halls) qb.andWhere(halls.length ? 'UPPER(r.hallCode) IN (:...halls)' : '1 = 0', { halls });
      const rows = await qb.orderBy('r.reportedAt', 'ASC').getMany();
      return { rows, tasks: (await this.childrenOf(m, rows.map((r) => r.id))).tasks };
    });
    const names = await this.catalog.departmentNames();
    const facts: RequestFact[] = [];
    for (const r of rows) {
      const base = { reportedAt: r.reportedAt, dueAt: r.dueAt };
      if (q.by === 'department') {
        // each department that answered (or holds it) counts with its own reply time
        for (const t of (tasks.get(r.id) ?? []).filter((t) => t.status !== 'returned')) {
          facts.push({ ...base, key: t.departmentCode, name: names.get(t.departmentCode) ?? t.departmentCode, repliedAt: t.repliedAt });
        }
      } else if (q.by === 'week') {
        const week = weekOf(businessDateInZone(r.reportedAt, tz));
        facts.push({ ...base, key: week, name: `${week} 起一周`, repliedAt: r.repliedAt });
      } else {
        facts.push({ ...base, key: r.categoryCode, name: r.categoryName, repliedAt: r.repliedAt });
      }
    }
    return facts;
  }

  private async childrenOf(m: EntityManager, ids: number[]) {
    const tasks = new Map<number, RequestTask[]>();
    const photoCounts = new Map<number, number>();
    for (let i = 0; i < ids.length; i += 400) {
      const chunk = ids.slice(i, i + 400);
      for (const t of await m.find(RequestTask, { where: { requestId: In(chunk) }, order: { id: 'ASC' } })) tasks.set(t.requestId, [...(tasks.get(t.requestId) ?? []), t]);
      const counts: Array<{ requestId: number | string; n: number | string }> = await m.getRepository(RequestPhoto).createQueryBuilder('p')
        .select('p.requestId', 'requestId').addSelect('COUNT(*)', 'n').where('p.requestId IN (:...chunk)', { chunk }).groupBy('p.requestId').getRawMany();
      for (const c of counts) photoCounts.set(Number(c.requestId), Number(c.n));
    }
    return { tasks, photoCounts };
  }

  private async zone(hallCode: string): Promise<string> {
    return (await this.halls.layout(hallCode)).hall.timeZone;
  }

  private async zones(hallCodes: string[]): Promise<Map<string, string>> {
    const zones = new Map<string, string>();
    for (const code of new Set(hallCodes)) zones.set(code, await this.zone(code));
    return zones;
  }
}
