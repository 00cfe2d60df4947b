import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { RectificationEvent } from './entities/rectification-event.entity';

export interface RectificationTrailEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note?: string | null;
  payload?: Record<string, unknown> | null;
}

/** Appends trail rows inside the command's transaction; a null actor is the resident or the system. */
export async function appendRectificationEvents(m: EntityManager, rectificationId: number, actor: AuthUser | null, at: number, ...entries: RectificationTrailEntry[]): Promise<void> {
  await m
    .createQueryBuilder()
    .insert()
    .into(RectificationEvent)
    .values(
      entries.map((e) => ({
        rectificationId, at, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus,
        actorId: actor?.id ?? null, actorName: actor?.displayName ?? null, note: e.note ?? null, payload: e.payload ?? null,
      })) as never,
    )
    .updateEntity(false)
    .execute();
}
