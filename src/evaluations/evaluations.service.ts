import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { businessDateInZone, zonedIso } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { HallsService } from '../halls/halls.service';
import { findWindow } from '../halls/halls.store';
import type { Ticket } from '../queue/ticket.entity';
import { finishedAtWindow, findTicket, lastCallAtExcept, lastFinishedAt } from '../queue/ticket.store';
import { padPending, PadTicket, withinPadTime } from './domain/pad-rating';
import { ratingSubject, RatingSubject } from './domain/rating-subject';
import { CreateEvaluationDto, PadEvaluationDto } from './dto/create-evaluation.dto';
import { SubjectQueryDto } from './dto/subject-query.dto';
import { Evaluation } from './entities/evaluation.entity';
import { alreadyRatedOnConflict, EvaluationRecorder, RatingInput, Recorded, subjectKey } from './evaluation-recorder';
import { EvaluationErrorCode } from './evaluation.errors';
import { EvaluationEvents } from './evaluation.events';
import { toEvaluationReceipt, toSubjectStatus } from './evaluation.mapper';
import { caseTarget, RatingTarget, requestTarget, targetOfTicket, ticketTarget } from './rating-targets';

/** Ratings by residents (status pages), by the window pad, and the widget's look-up. One transaction each. */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly recorder: EvaluationRecorder,
    private readonly halls: HallsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {}

  /** POST /evaluations: the resident rates a visit by its status token or a case by number and query code. */
  async rate(dto: CreateEvaluationDto) {
    const subject = ratingSubject(dto);
    const input: RatingInput = { score: dto.score, comment: dto.comment, source: 'resident' };
    const recorded = await this.tx
      .run(async (m) => this.recorder.record(m, await this.target(m, subject), input, this.clock.now()))
      .catch(alreadyRatedOnConflict);
    return this.answer(recorded);
  }

  /** GET /evaluations/subject: whether the subject can be rated, and its rating if it has one. */
  async subjectStatus(q: SubjectQueryDto) {
    const { target, existing } = await this.tx.read(async (m) => {
      const target = await this.target(m, ratingSubject(q));
      return { target, existing: await m.findOneBy(Evaluation, subjectKey(target)) };
    });
    return toSubjectStatus(target, existing, await this.timeZone(target.hallCode));
  }

  /** The window's visit the pad should ask about now, or null. */
  async pending(hallCode: string, n: number) {
    const tz = await this.requireWindow(hallCode, n);
    const pending = await this.tx.read((m) => this.findPending(m, hallCode, n, tz, this.clock.now()));
    return pending ? { ticketId: pending.id, number: pending.number, finishedAt: zonedIso(pending.finishedAt, tz) } : null;
  }

  /** The pad rates the window's pending visit (or the one it showed, by ticketId, while still recent). */
  async padRate(hallCode: string, n: number, dto: PadEvaluationDto) {
    const tz = await this.requireWindow(hallCode, n);
    const input: RatingInput = { score: dto.score, comment: dto.comment, source: 'pad' };
    const recorded = await this.tx
      .run(async (m) => {
        const now = this.clock.now();
        const ticket = dto.ticketId === undefined ? await this.pendingTicket(m, hallCode, n, tz, now) : await this.shownTicket(m, hallCode, n, dto.ticketId, now);
        return this.recorder.record(m, targetOfTicket(ticket), input, now);
      })
      .catch(alreadyRatedOnConflict);
    return this.answer(recorded);
  }

  private target(m: EntityManager, subject: RatingSubject): Promise<RatingTarget> {
    if (subject.type === 'ticket') return ticketTarget(m, subject.ticketId, subject.token);
    if (subject.type === 'case') return caseTarget(m, subject.caseNumber, subject.code);
    return requestTarget(m, subject.requestNumber, subject.code);
  }

  private async answer({ evaluation, rectification }: Recorded) {
    this.events.publish(EvaluationEvents.RATED, {
      evaluationId: evaluation.id, hallCode: evaluation.hallCode, subjectType: evaluation.subjectType, score: evaluation.score,
      source: evaluation.source, windowNumber: evaluation.windowNumber, rectificationId: rectification?.id ?? null,
    });
    if (rectification) {
      this.events.publish(EvaluationEvents.RECTIFICATION_CHANGED, {
        rectificationId: rectification.id, action: 'open', status: rectification.status, ownerType: rectification.ownerType,
        departmentCode: rectification.departmentCode, hallCode: rectification.hallCode, windowNumber: rectification.windowNumber, dueDate: rectification.dueDate,
      });
    }
    return toEvaluationReceipt(evaluation, rectification, await this.timeZone(evaluation.hallCode));
  }

  /** The window's last finished visit today, unless rated, too old, or the next resident was called since. */
  private async findPending(m: EntityManager, hallCode: string, n: number, tz: string, now: number): Promise<PadTicket | null> {
    const today = businessDateInZone(now, tz);
    const atWindow = { hallCode, businessDate: today, windowNumber: n };
    const lastFinished = await lastFinishedAt(m, atWindow);
    if (!lastFinished || lastFinished.finishedAt === null) return null;
    const [window, otherCall, rated] = await Promise.all([
      findWindow(m, hallCode, n),
      lastCallAtExcept(m, atWindow, lastFinished.id),
      m.existsBy(Evaluation, { ticketId: lastFinished.id }),
    ]);
    if (!window) throw DomainError.notFound(HallErrorCode.WINDOW_NOT_FOUND, `${n} 号窗口不存在`);
    return padPending({
      lastFinished: { id: lastFinished.id, number: lastFinished.number, finishedAt: lastFinished.finishedAt },
      rated,
      counterBusy: window.currentTicketId !== null,
      lastOtherCallAt: otherCall?.calledAt ?? null,
      now,
      minutes: this.config.PAD_RATING_MINUTES,
    });
  }

  private async pendingTicket(m: EntityManager, hallCode: string, n: number, tz: string, now: number): Promise<Ticket> {
    const pending = await this.findPending(m, hallCode, n, tz, now);
    if (!pending) throw DomainError.conflict(EvaluationErrorCode.NO_PENDING_EVALUATION, '本窗口暂无待评价的业务');
    const ticket = await findTicket(m, pending.id);
    if (!ticket) throw DomainError.conflict(EvaluationErrorCode.NO_PENDING_EVALUATION, '本窗口暂无待评价的业务');
    return ticket;
  }

  /** The visit the pad showed: finished at this window within the pad time (a rating already made is 409 ALREADY_RATED). */
  private async shownTicket(m: EntityManager, hallCode: string, n: number, ticketId: number, now: number): Promise<Ticket> {
    const t = await finishedAtWindow(m, ticketId, hallCode, n);
    if (!t || t.finishedAt === null || !withinPadTime(t.finishedAt, now, this.config.PAD_RATING_MINUTES)) {
      throw DomainError.conflict(EvaluationErrorCode.NO_PENDING_EVALUATION, '该号票不在本窗口的待评价时间内');
    }
    return t;
  }

  private async requireWindow(hallCode: string, n: number): Promise<string> {
    const { hall } = await this.halls.layout(hallCode);
    const windows = await this.halls.listWindows(hallCode);
    if (!windows.some((w) => w.number === n)) throw DomainError.notFound(HallErrorCode.WINDOW_NOT_FOUND, `${n} 号窗口不存在`);
    return hall.timeZone;
  }

  private async timeZone(hallCode: string): Promise<string> {
    return (await this.halls.layout(hallCode)).hall.timeZone;
  }
}
