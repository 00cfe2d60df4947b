import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/domain/auth-user';
import { HallScoped } from '../auth/hall.guard';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { toCsv } from '../common/domain/csv';
import { parseReportFormat, parseReportKind } from './domain/report-query';
import { recordTable } from './domain/record-table';
import { reportTable, tableCells, type ReportTable } from './domain/report-table';
import { RecordQueryDto } from './dto/record-query.dto';
import { ReportQueryDto } from './dto/report-query.dto';
import { ReportRecordsService } from './report-records.service';
import { ReportsService } from './reports.service';
import { toXlsx } from './xlsx';

/** `filename*` (RFC 5987) keeps the Chinese title; the ASCII `filename` is for old clients. */
function attachment(res: Response, name: string, ascii: string): void {
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`);
}

/** A table as a CSV (UTF-8 with BOM) or XLSX download. */
async function sendTable(res: Response, format: 'csv' | 'xlsx', table: ReportTable, meta: { name: string; ascii: string; subtitle: string }): Promise<void> {
  if (format === 'csv') {
    const { headers, rows } = tableCells(table);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    attachment(res, `${meta.name}.csv`, `${meta.ascii}.csv`);
    res.send(toCsv(headers, rows));
    return;
  }
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  attachment(res, `${meta.name}.xlsx`, `${meta.ascii}.xlsx`);
  res.send(await toXlsx([table], { subtitle: meta.subtitle }));
}

/** 考核 reports as JSON, CSV (UTF-8 with BOM) or XLSX. Supervisors and admins; heads for their departments. */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('supervisor', 'admin', 'head')
@HallScoped('query')
@NoStore() // staff names and their figures
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly records: ReportRecordsService,
  ) {}

  /** Drill-down: the tickets, cases or requests behind a report row (its key as filters), newest first, capped. */
  @Get(':kind/records')
  async recordList(@Param('kind') kindParam: string, @Query() q: RecordQueryDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const kind = parseReportKind(kindParam);
    const format = parseReportFormat(q.format);
    const list = await this.records.records(kind, q, user);
    if (format === 'json') return list;
    const key = Object.values(list.filter).join('_');
    const name = `${list.title}${key ? `_${key}` : ''}_${list.hall.code}_${list.from}_${list.to}`;
    const ascii = `records-${kind}${key ? `-${key}` : ''}-${list.hall.code}-${list.from}-${list.to}`;
    await sendTable(res, format, recordTable(kind, list), { name, ascii, subtitle: `${list.hall.name} ${list.from} 至 ${list.to}` });
  }

  @Get(':kind')
  async report(@Param('kind') kindParam: string, @Query() q: ReportQueryDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const kind = parseReportKind(kindParam);
    const format = parseReportFormat(q.format);
    const report = await this.reports.report(kind, q, user);
    if (format === 'json') return report;
    const table = reportTable(kind, report);
    const base = `${table.title}_${report.hall.code}_${report.from}_${report.to}`;
    const ascii = `report-${kind}-${report.hall.code}-${report.from}-${report.to}`;
    if (format === 'csv') {
      const { headers, rows } = tableCells(table);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      attachment(res, `${base}.csv`, `${ascii}.csv`);
      res.send(toCsv(headers, rows));
      return;
    }
    const subtitle = `${report.hall.name} ${report.from} 至 ${report.to}`;
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    attachment(res, `${base}.xlsx`, `${ascii}.xlsx`);
    res.send(await toXlsx([table], { subtitle }));
  }
}
