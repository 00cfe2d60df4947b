import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/domain/auth-user';
import { HallScoped } from '../auth/hall.guard';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { toCsv } from '../common/domain/csv';
import { parseReportFormat, parseReportKind } from './domain/report-query';
import { reportTable, tableCells } from './domain/report-table';
import { ReportQueryDto } from './dto/report-query.dto';
import { ReportsService } from './reports.service';
import { toXlsx } from './xlsx';

/** `filename*` (RFC 5987) keeps the Chinese title; the ASCII `filename` is for old clients. */
function attachment(res: Response, name: string, ascii: string): void {
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`);
}

/** 考核 reports as JSON, CSV (UTF-8 with BOM) or XLSX. Supervisors and admins; heads for their departments. */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('supervisor', 'admin', 'head')
@HallScoped('query')
@NoStore() // staff names and their figures
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

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
