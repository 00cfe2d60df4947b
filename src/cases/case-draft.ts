import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { businessDateInZone } from '../calendar/domain/iso-date';
import type { ServiceItem } from '../catalog/service-item.entity';
import { bumpCounter } from '../database/counters';
import { insertReturningId } from '../database/dialect';
import { formatCaseNumber, newQueryCode } from './domain/case-number';
import type { CheckedMaterial } from './domain/material-check';
import type { CreateCaseDto } from './dto/create-case.dto';
import { CaseMaterial } from './entities/case-material.entity';
import { Case } from './entities/case.entity';

export interface CaseDraftInput {
  dto: CreateCaseDto;
  user: AuthUser;
  /** The account files as the agent (代办员). */
  byAgent: boolean;
  item: Pick<ServiceItem, 'code' | 'name' | 'kind' | 'promisedLimitValue' | 'promisedLimitUnit' | 'statutoryLimitValue' | 'statutoryLimitUnit'>;
  materials: CheckedMaterial[];
  tz: string;
  now: number;
  /** A part of a bundle: the bundle's case, whose query code the part shares. */
  parent?: Pick<Case, 'id' | 'queryCode'>;
}

/** Who filed, where and for whom: what a bundle's parts copy from the bundle's case. */
type CaseParty = Pick<Case, 'hallCode' | 'ticketId' | 'applicantName' | 'applicantIdNumber' | 'applicantPhone' | 'agentType' | 'agentName' | 'agentIdNumber' | 'agentPhone' | 'createdBy' | 'reason' | 'filedByAgent'>;

/** Inserts a new case as received at the window (its number from the hall's daily counter) with its materials. */
export async function insertReceivedCase(m: EntityManager, input: CaseDraftInput): Promise<Case> {
  const { dto, user, byAgent } = input;
  return insertCase(m, input, {
    hallCode: dto.hall, ticketId: dto.ticketId ?? null,
    applicantName: dto.applicant.name, applicantIdNumber: dto.applicant.idNumber, applicantPhone: dto.applicant.phone,
    ...(byAgent
      ? { agentType: 'proxy' as const, agentName: user.displayName, agentIdNumber: null, agentPhone: null } // the account is the agent (代办员)
      : { agentType: dto.agent?.type ?? null, agentName: dto.agent?.name ?? null, agentIdNumber: dto.agent?.idNumber ?? null, agentPhone: dto.agent?.phone ?? null }),
    reason: dto.reason ?? null, createdBy: user.id, filedByAgent: byAgent,
  });
}

/** A part of a bundle (一件事): a case of its own for one member item, filed with the bundle's case, sharing its query code. */
export function insertPartCase(m: EntityManager, parent: Case, input: Pick<CaseDraftInput, 'item' | 'materials' | 'tz' | 'now'>): Promise<Case> {
  return insertCase(m, { ...input, parent }, {
    hallCode: parent.hallCode, ticketId: parent.ticketId,
    applicantName: parent.applicantName, applicantIdNumber: parent.applicantIdNumber, applicantPhone: parent.applicantPhone,
    agentType: parent.agentType, agentName: parent.agentName, agentIdNumber: parent.agentIdNumber, agentPhone: parent.agentPhone,
    reason: null, createdBy: parent.createdBy, filedByAgent: parent.filedByAgent,
  });
}

async function insertCase(m: EntityManager, input: Pick<CaseDraftInput, 'item' | 'materials' | 'tz' | 'now' | 'parent'>, party: CaseParty): Promise<Case> {
  const { item, now } = input;
  const day = businessDateInZone(now, input.tz);
  const draft: Omit<Case, 'id'> = {
    ...party,
    caseNumber: formatCaseNumber(party.hallCode, day, await bumpCounter(m, 'case_counters', { hallCode: party.hallCode, businessDate: day }, 'lastSerial')),
    queryCode: input.parent?.queryCode ?? newQueryCode(),
    itemCode: item.code, itemName: item.name, kind: item.kind, status: 'received',
    promisedValue: item.promisedLimitValue, promisedUnit: item.promisedLimitUnit,
    statutoryValue: item.statutoryLimitValue, statutoryUnit: item.statutoryLimitUnit,
    receivedAt: now, acceptedAt: null, extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0,
    dueDate: null, statutoryDueDate: null, dueAt: null, statutoryDueAt: null, supplyDueDate: null,
    warningLevel: null, supervised: false, nextCheckAt: null, decidedAt: null, decisionReason: null,
    deliveryMethod: null, trackingNo: null, deliveredAt: null,
    collectedByType: null, collectedByName: null, collectedByIdNumber: null, deliveredBy: null, deliveredAtWindow: null, updatedAt: now,
    parentCaseId: input.parent?.id ?? null,
    workingDaysTaken: null, decidedOnTime: null, visits: 0,
  };
  const created = { ...draft, id: await insertReturningId(m, Case, draft) } as Case;
  if (input.materials.length) {
    await m.insert(CaseMaterial, input.materials.map((mat, i) => ({
      caseId: created.id, code: mat.code, name: mat.name, required: mat.required, deferrable: mat.deferrable, status: mat.status, suppliedAt: null, sortOrder: i,
    })));
  }
  return created;
}
