import { Injectable } from '@nestjs/common';
import { zonedIso } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { AuditEntryRow } from './audit-entry.entity';
import { readAudit, recordAudit } from './audit.store';
import { AUDIT_TIME_ZONE, AuditActor, AuditView, personalDataReadEntry } from './domain/audit-entry';
import { parseAuditQuery, RawAuditQuery } from './domain/audit-query';

function toView(row: AuditEntryRow): AuditView {
  return {
    id: row.id,
    at: zonedIso(row.at, AUDIT_TIME_ZONE),
    actorId: row.actorId,
    actorName: row.actorName,
    kind: row.kind,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    detail: row.detail,
  };
}

/** The audit log (留痕): reading it, and logging full personal-data reads (admin changes log themselves through audit.store). */
@Injectable()
export class AuditService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** `GET /api/v1/audit`: 400 with a stable code for a malformed query. */
  async list(raw: RawAuditQuery): Promise<AuditView[]> {
    const parsed = parseAuditQuery(raw, AUDIT_TIME_ZONE);
    if ('problem' in parsed) throw DomainError.badRequest(parsed.problem.code, parsed.problem.message);
    return (await this.tx.read((m) => readAudit(m, parsed.filter))).map(toView);
  }

  /**
   * Logs that `actor` is being served case `caseId`'s full personal data. Call it right before answering with
   * the full data (never for a masked answer): the row is committed before the data leaves, so no full read
   * goes unlogged; if the log cannot be written, the read fails.
   */
  async personalDataRead(actor: AuditActor, caseId: number, what: string, caseNumber?: string | null): Promise<void> {
    const entry = personalDataReadEntry({ at: this.clock.now(), actor, caseId, what, caseNumber });
    await this.tx.run((m) => recordAudit(m, entry));
  }
}
