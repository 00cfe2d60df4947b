import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { zonedIso } from '../calendar/domain/iso-date';
import { ClusterBus } from '../cluster/cluster-bus';
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

/** Past the end of a board claim before the flush reads: a change another instance left to this flush has committed by then. */
const CLAIM_MARGIN_MS = 5;

/**
 * Turns committed queue changes into socket messages. Calls go out at once; board updates (waiting
 * counts, window states) are coalesced per hall so a burst of kiosk tickets is one message, not hundreds
 * (across instances too: the instance that claims a hall's window sends its update, the others leave it).
 * Hall-room messages are numbered by the HallSequence and reach the sockets of every instance through it,
 * in number order.
 */
@Injectable()
export class RealtimeListener implements OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  /** Halls with a board update on its way (null while the claim is asked). */
  private readonly pending = new Map<string, NodeJS.Timeout | null>();
  private readonly flushing = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly sequence: HallSequence,
    private readonly halls: HallsService,
    private readonly board: BoardService,
    private readonly config: AppConfig,
    private readonly bus: ClusterBus,
  ) {
    // every instance delivers every numbered hall message to its own sockets (the body was typed where it was made)
    sequence.onMessage((m, seq) => this.gateway.server.local.to(rooms.hall(m.hall)).emit(m.event as typeof SocketEvent.TICKET_CALLED, { seq, ...m.body } as TicketCalledMessage));
  }

  @OnDomainEvent(QueueEvents.TICKET_CALLED)
  async onTicketCalled(e: TicketCalledEvent): Promise<void> {
    const { hall } = await this.halls.layout(e.hallCode);
    const message: Omit<TicketCalledMessage, 'seq'> = {
      hall: e.hallCode,
      number: e.number,
      windowNumber: e.windowNumber,
      windowName: e.windowName,
      queueCode: e.queueCode,
      calledAt: zonedIso(e.calledAt, hall.timeZone),
      recall: e.recall,
      ...(e.appointment ? { appointment: true as const } : {}),
    };
    try {
      await this.sequence.send(e.hallCode, SocketEvent.TICKET_CALLED, { ...message });
    } catch (error) {
      // Redis away: the call is committed and on the window's screen; hall screens resync when the seq moves on
      this.logger.warn(`ticket.called ${e.number} for ${e.hallCode} not sent: ${(error as Error).message}`);
    }
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
  async onQueueChanged(e: QueueChangedEvent): Promise<void> {
    if (this.closing || this.pending.has(e.hallCode)) return;
    const coalesce = this.config.BOARD_COALESCE_MS;
    this.pending.set(e.hallCode, null);
    const claimed = coalesce === 0 || (await this.bus.claim(`board:${e.hallCode}`, coalesce).catch(() => true));
    if (!claimed || this.closing) {
      this.pending.delete(e.hallCode); // another instance sends this window's update, and it reads after this change committed
      return;
    }
    const timer = setTimeout(() => {
      const run = this.flush(e.hallCode).finally(() => this.flushing.delete(run));
      this.flushing.add(run);
    }, coalesce === 0 ? 0 : coalesce + CLAIM_MARGIN_MS);
    this.pending.set(e.hallCode, timer);
  }

  private async flush(hallCode: string): Promise<void> {
    this.pending.delete(hallCode);
    try {
      const state = await this.board.state(hallCode);
      await this.sequence.send(hallCode, SocketEvent.BOARD_UPDATED, { ...state });
    } catch (error) {
      // a lost board update is repaired by the next one or by a screen's resync; never crash the process for it
      this.logger.warn(`board.updated for ${hallCode} not sent: ${(error as Error).message}`);
    }
  }

  /** Shutdown: no new board updates, and the ones under way finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    for (const timer of this.pending.values()) if (timer) clearTimeout(timer);
    this.pending.clear();
    await Promise.all([...this.flushing]);
  }
}
