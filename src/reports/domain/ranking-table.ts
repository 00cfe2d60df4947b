import type { ComponentDefinition, ComponentScore } from './ranking';
import type { CellFormat, ReportTable } from './report-table';

/**
 * The 考核排名 as tables for the screen, the CSV and the XLSX: rank, who, score, then each component's figure and
 * its points (the header carries the weight), so a reader can check the score by hand. No totals row. Pure.
 */

export interface RankedStaff {
  rank: number | null;
  username: string;
  displayName: string;
  score: number | null;
  components: ComponentScore[];
}

export interface RankedDepartment {
  rank: number | null;
  departmentCode: string;
  departmentName: string;
  score: number | null;
  components: ComponentScore[];
}

export interface RankingTables {
  staff: ReportTable;
  departments: ReportTable;
}

const valueFormat = (d: ComponentDefinition): CellFormat => d.format ?? (d.kind === 'share' ? 'share' : 'decimal1');

function componentColumns(definitions: readonly ComponentDefinition[], weights: Record<string, number>) {
  return definitions.flatMap((d) => [
    { header: d.label, format: valueFormat(d) },
    { header: `${d.label}得分(权重${weights[d.key] ?? 0})`, format: 'decimal1' as CellFormat },
  ]);
}

function componentCells(components: readonly ComponentScore[], definitions: readonly ComponentDefinition[]) {
  return definitions.flatMap((d) => {
    const c = components.find((x) => x.key === d.key);
    return [c?.value ?? null, c?.points ?? null];
  });
}

function table(title: string, named: { header: string; format: CellFormat }[], columns: { header: string; format: CellFormat }[], rows: (string | number | null)[][]): ReportTable {
  const all = [{ header: '名次', format: 'int' as CellFormat }, ...named, { header: '总分', format: 'decimal2' as CellFormat }, ...columns];
  return { title, headers: all.map((c) => c.header), formats: all.map((c) => c.format), rows, totals: [] };
}

export function rankingTables(
  ranking: { staff: readonly RankedStaff[]; departments: readonly RankedDepartment[]; weights: { staff: Record<string, number>; departments: Record<string, number> } },
  definitions: { staff: readonly ComponentDefinition[]; departments: readonly ComponentDefinition[] },
): RankingTables {
  const text = (header: string) => ({ header, format: 'text' as CellFormat });
  return {
    staff: table(
      '人员考核排名',
      [text('工作人员'), text('账号')],
      componentColumns(definitions.staff, ranking.weights.staff),
      ranking.staff.map((s) => [s.rank, s.displayName, s.username, s.score, ...componentCells(s.components, definitions.staff)]),
    ),
    departments: table(
      '部门考核排名',
      [text('部门代码'), text('部门')],
      componentColumns(definitions.departments, ranking.weights.departments),
      ranking.departments.map((d) => [d.rank, d.departmentCode, d.departmentName, d.score, ...componentCells(d.components, definitions.departments)]),
    ),
  };
}
