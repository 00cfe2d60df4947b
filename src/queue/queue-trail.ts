import { EntityManager } from 'typeorm';
import { QueueEvent, QueueSubject } from './queue-event.entity';

export interface TrailEntry {
  hallCode: string;
  subjectType: QueueSubject;
  subjectId: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: number | null;
  at: number;
  payload?: Record<string, unknown> | null;
}

/** Appends the audit rows of one command inside its transaction. */
export async function appendTrail(m: EntityManager, ...entries: TrailEntry[]): Promise<void> {
  await m
    .createQueryBuilder()
    .insert()
    .into(QueueEvent)
    // simple-json columns take plain objects; TypeORM's deep-partial type cannot say so
    .values(entries.map((e) => ({ ...e, payload: e.payload ?? null })) as never)
    .updateEntity(false)
    .execute();
}
