import { Injectable } from '@nestjs/common';
import { performance } from 'perf_hooks';
import { AppConfig } from '../config/app-config';
import { OnClusterEvent } from '../events/domain-events';
import { HallEvents } from '../halls/hall.events';
import { BoardService } from '../queue/board.service';
import type { BoardSnapshot } from '../queue/domain/board';
import { HallSequence } from '../queue/hall-sequence';
import { QueueEvents } from '../queue/queue.events';

interface Entry {
  /** The hall's seq when the read began (the snapshot carries the same). */
  seq: number;
  startedAt: number;
  snapshot: Promise<BoardSnapshot>;
}

/**
 * The board snapshot subscribers get, shared per hall for SNAPSHOT_CACHE_MS: a screen flood (or a hall of
 * screens coming back after a restart) costs one database read per hall per period, and concurrent misses
 * share the one read under way. It never makes a screen miss an event:
 * - an entry is used only while the hall's seq is still the one it was read at, so its seq is never older
 *   than an event already sent to the room (the subscriber has joined the room before asking; later events
 *   reach it and the screen's seq check accepts them);
 * - every committed hall change drops the entry at once when it is published (before the seq moves, since
 *   board.updated is coalesced), so a subscribe that follows a change reads it, as it did without a cache.
 */
@Injectable()
export class HallSnapshots {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly board: BoardService,
    private readonly sequence: HallSequence,
    private readonly config: AppConfig,
  ) {}

  async get(hallCode: string): Promise<BoardSnapshot> {
    const ttl = this.config.SNAPSHOT_CACHE_MS;
    if (ttl === 0) return this.board.snapshot(hallCode);
    const seq = await this.sequence.current(hallCode);
    const now = performance.now();
    const cached = this.entries.get(hallCode);
    if (cached && cached.seq === seq && now - cached.startedAt < ttl) return cached.snapshot;
    const entry: Entry = { seq, startedAt: now, snapshot: this.board.snapshot(hallCode) };
    this.entries.set(hallCode, entry);
    entry.snapshot.catch(() => {
      if (this.entries.get(hallCode) === entry) this.entries.delete(hallCode); // an unknown hall or a failed read is not kept
    });
    return entry.snapshot;
  }

  drop(hallCode: string): void {
    this.entries.delete(hallCode);
  }

  @OnClusterEvent(QueueEvents.CHANGED)
  onQueueChanged(e: { hallCode: string }): void {
    this.drop(e.hallCode);
  }

  @OnClusterEvent(QueueEvents.TICKET_CALLED)
  onTicketCalled(e: { hallCode: string }): void {
    this.drop(e.hallCode);
  }

  @OnClusterEvent(QueueEvents.WINDOW_CHANGED)
  onWindowChanged(e: { hallCode: string }): void {
    this.drop(e.hallCode);
  }

  @OnClusterEvent(HallEvents.CHANGED)
  onHallChanged(e: { hallCode: string }): void {
    this.drop(e.hallCode);
  }
}
