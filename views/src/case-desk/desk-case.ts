// The parts of the case API the console's case panel reads.
import type { DocumentCase } from '../../../src/cases/view-models/case-documents-model';

/** A row of GET /api/v1/cases. */
export interface CaseRow {
  id: number;
  caseNumber: string;
  itemName: string;
  applicantName: string;
  status: string;
  receivedAt: string | null;
  acceptedAt: string | null;
}

/** GET /api/v1/cases/{id} and what case commands answer. */
export interface DeskCase extends CaseRow, DocumentCase {
  materials: Array<{ code: string; name: string; required: boolean; status: string; suppliedAt?: string | null }>;
  /** A bundle's case (一件事): its parts. */
  children?: Array<{ id: number; caseNumber: string; itemName: string; status: string; dueDate: string | null }>;
  /** A part of a bundle: the bundle's case. */
  parentCase?: { id: number; caseNumber: string; itemName: string } | null;
}
