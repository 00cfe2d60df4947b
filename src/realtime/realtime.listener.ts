import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { zonedIso } from '../calendar/domain/iso-date';
import { AppConfig } from '../config/app-config';
import { OnDomainEvent } from '../events/domain-events';
import { HallChangedEvent, HallEvents } from '../halls/hall.events';
import { HallsService } from '../halls/halls.service';
import { BoardService } from '../queue/board.service';
import { HallSequence } from '../queue/hall-sequence';
import { QueueChangedEvent, QueueEvents, TicketCalledEvent, WindowChangedEvent } from '../queue/queue.events';
import { HallChangedMessage, SocketEvent, TicketCalledMessage } from './domain/socket-events';
import { RealtimeGateway } from './realtime.gateway';
import { rooms } from './rooms';

/**
 * Turns committed queue changes into socket messages. Calls go out at once; board updates (waiting
 * counts, window states) are coalesced per hall so a burst of kiosk tickets is one message, not hundreds.
 */
@Injectable()
export class RealtimeListener implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly flushing = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly sequence: HallSequence,
    private readonly halls: HallsService,
    private readonly board: BoardService,
    private readonly config: AppConfig,
  ) {}

  @OnDomainEvent(QueueEvents.TICKET_CALLED)
  async onTicketCalled(e: TicketCalledEvent): Promise<void> {
    const { hall } = await this.halls.layout(e.hallCode);
    const message: TicketCalledMessage = {
      seq: this.sequence.next(e.hallCode),
      hall: e.hallCode,
      number: e.number,
      windowNumber: e.windowNumber,
      windowName: e.windowName,
      queueCode: e.queueCode,
      calledAt: zonedIso(e.calledAt, hall.timeZone),
      recall: e.recall,
    };
    this.gateway.server.to(rooms.hall(e.hallCode)).emit(SocketEvent.TICKET_CALLED, message);
  }

  @OnDomainEvent(QueueEvents.WINDOW_CHANGED)
  onWindowChanged(e: WindowChangedEvent): void {
    this.gateway.server.to(rooms.window(e.hallCode, e.windowNumber)).emit(SocketEvent.WINDOW_UPDATED, e);
  }

  /** An admin changed the hall's set-up: its room gets the new layout (the service already dropped its cache). */
  @OnDomainEvent(HallEvents.CHANGED)
  async onHallChanged(e: HallChangedEvent): Promise<void> {
    try {
      const message: HallChangedMessage = {
        hall: e.hallCode,
        subject: e.subject,
        subjectId: e.subjectId,
        change: e.change,
        layout: await this.halls.view(e.hallCode),
      };
      this.gateway.server.to(rooms.hall(e.hallCode)).emit(SocketEvent.HALL_CHANGED, message);
    } catch (error) {
      this.logger.warn(`hall.changed for ${e.hallCode} not sent: ${(error as Error).message}`);
    }
  }

  @OnDomainEvent(QueueEvents.CHANGED)
  onQueueChanged(e: QueueChangedEvent): void {
    if (this.closing || this.pending.has(e.hallCode)) return;
    const timer = setTimeout(() => {
      const run = this.flush(e.hallCode).finally(() => this.flushing.delete(run));
      this.flushing.add(run);
    }, this.config.BOARD_COALESCE_MS);
    this.pending.set(e.hallCode, timer);
  }

  private async flush(hallCode: string): Promise<void> {
    this.pending.delete(hallCode);
    try {
      const state = await this.board.state(hallCode);
      this.gateway.server.to(rooms.hall(hallCode)).emit(SocketEvent.BOARD_UPDATED, { seq: this.sequence.next(hallCode), ...state });
    } catch (error) {
      // a lost board update is repaired by the next one or by a screen's resync; never crash the process for it
      this.logger.warn(`board.updated for ${hallCode} not sent: ${(error as Error).message}`);
    }
  }

  /** Shutdown: no new board updates, and the ones under way finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all([...this.flushing]);
  }
}
