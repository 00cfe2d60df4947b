/**
 * The audit log (留痕): what an entry holds and how a change becomes its `detail`. Pure: the server writes
 * entries with these functions and the audit page reads the same shapes.
 */

/** `admin`: an administrative change (before/after); `personal_data`: a staff member opened a case's full personal data. */
export const AUDIT_KINDS = ['admin', 'personal_data'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/**
 * What an entry is about (`calendar`, `request_category` and `report_weights` are beyond API.md's list: the
 * working-day calendar's, the request categories' and the 考核 weights' admin edits). At most 16 characters (the column's width).
 */
export const AUDIT_SUBJECT_TYPES = ['hall', 'queue', 'window', 'department', 'user', 'device', 'item', 'case', 'calendar', 'request_category', 'report_weights'] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

export const isAuditKind = (value: unknown): value is AuditKind => (AUDIT_KINDS as readonly unknown[]).includes(value);
export const isAuditSubjectType = (value: unknown): value is AuditSubjectType => (AUDIT_SUBJECT_TYPES as readonly unknown[]).includes(value);

/** Who did it: the signed-in staff member (an `AuthUser` is one). */
export interface AuditActor {
  id: number;
  displayName: string;
}

/** `{before, after}` of a change: only the fields that changed; `before` is null for a creation. */
export interface ChangeDetail {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One row of the log as the store writes it. */
export interface AuditEntry {
  /** Epoch milliseconds. */
  at: number;
  actorId: number;
  actorName: string;
  kind: AuditKind;
  /** `<subject>.<verb>`, e.g. `hall.update`, `user.reset-password`, `case.read` (labels in audit-labels.ts). */
  action: string;
  subjectType: AuditSubjectType;
  /** The code or id; a queue or window is `<hall>/<code>` (`TC/A`, `TC/3`), since codes repeat across halls. */
  subjectId: string;
  detail: Record<string, unknown> | null;
}

/** A row of `GET /api/v1/audit` (`at` in ISO-8601 with the offset of the centre's zone). */
export type AuditView = Omit<AuditEntry, 'at'> & { id: number; at: string };

/** Field names never written to the log, whatever the caller passes: passwords, their hashes, tokens, secrets, pairing codes. */
export const SECRET_FIELD = /password|hash|token|secret|pairingcode|credential/i;
/** Flags about a secret that are not secret themselves. */
const NOT_SECRET = new Set(['mustChangePassword']);
export const isSecretField = (key: string): boolean => SECRET_FIELD.test(key) && !NOT_SECRET.has(key);

/** Key order and `undefined` do not make two values differ. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A copy without secret fields (at any depth) and without `undefined` fields. */
export function withoutSecrets(value: Record<string, unknown>): Record<string, unknown> {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k, x]) => !isSecretField(k) && x !== undefined)
          .map(([k, x]) => [k, clean(x)]),
      );
    }
    return v;
  };
  return clean(value) as Record<string, unknown>;
}

/**
 * `{before, after}` keeping only the fields whose value changed (compared deeply), never a secret field.
 * A creation (`before` null) keeps every field of `after`; a removal (`after` null) every field of `before`.
 * An update that changed nothing gives two empty objects.
 */
export function changeDetail(before: Record<string, unknown> | null, after: Record<string, unknown> | null): ChangeDetail {
  if (before === null || after === null) {
    return { before: before && withoutSecrets(before), after: after && withoutSecrets(after) };
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !isSecretField(k));
  const changed = keys.filter((k) => !sameValue(before[k], after[k]));
  const pick = (side: Record<string, unknown>) => withoutSecrets(Object.fromEntries(changed.map((k) => [k, side[k] ?? null])));
  return { before: pick(before), after: pick(after) };
}

export interface AdminChange {
  at: number;
  actor: AuditActor;
  action: string;
  subjectType: AuditSubjectType;
  subjectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The entry of an administrative change, its detail the changed fields before and after. */
export function adminChangeEntry(change: AdminChange): AuditEntry {
  return {
    at: change.at,
    actorId: change.actor.id,
    actorName: change.actor.displayName,
    kind: 'admin',
    action: change.action,
    subjectType: change.subjectType,
    subjectId: change.subjectId,
    detail: { ...changeDetail(change.before, change.after) },
  };
}

/** What a full personal-data read served: the API's case detail, or a printed document. */
export interface PersonalDataRead {
  at: number;
  actor: AuditActor;
  caseId: number;
  /** e.g. `detail` (GET /api/v1/cases/{id}), `action` (the case as a command answers it). */
  what: string;
  caseNumber?: string | null;
}

/** The entry of a full personal-data read (个人信息查询留痕). The detail names what was served, never the data itself. */
export function personalDataReadEntry(read: PersonalDataRead): AuditEntry {
  return {
    at: read.at,
    actorId: read.actor.id,
    actorName: read.actor.displayName,
    kind: 'personal_data',
    action: 'case.read',
    subjectType: 'case',
    subjectId: String(read.caseId),
    detail: withoutSecrets({ what: read.what, caseNumber: read.caseNumber ?? undefined }),
  };
}

/** The zone the audit log's dates and times are read and shown in (the centres OneWindow serves are all in it). */
export const AUDIT_TIME_ZONE = 'Asia/Shanghai';
