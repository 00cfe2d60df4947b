import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { CaseEvent } from './entities/case-event.entity';

export interface CaseTrailEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  departmentCode?: string | null;
  reason?: string | null;
  payload?: Record<string, unknown> | null;
}

/** Appends the trail rows of one command inside its transaction (the command runner's last write). */
export async function appendCaseEvents(m: EntityManager, caseId: number, actor: AuthUser | null, at: number, ...entries: CaseTrailEntry[]): Promise<void> {
  if (!entries.length) return;
  await m
    .createQueryBuilder()
    .insert()
    .into(CaseEvent)
    .values(
      entries.map((e) => ({
        caseId, at,
        action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus,
        actorId: actor?.id ?? null, actorName: actor?.displayName ?? null,
        departmentCode: e.departmentCode ?? null, reason: e.reason ?? null, payload: e.payload ?? null,
      })) as never,
    )
    .updateEntity(false)
    .execute();
}
