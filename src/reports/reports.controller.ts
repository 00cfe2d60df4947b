import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/domain/auth-user';
import { HallScoped } from '../auth/hall.guard';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { parseReportFormat, parseReportKind } from './domain/report-query';
import { DEPARTMENT_COMPONENTS, STAFF_COMPONENTS } from './domain/ranking';
import { rankingTables } from './domain/ranking-table';
import { recordTable } from './domain/record-table';
import { reportTable } from './domain/report-table';
import { RankingQueryDto, RankingWeightsDto } from './dto/ranking.dto';
import { RecordQueryDto } from './dto/record-query.dto';
import { ReportQueryDto } from './dto/report-query.dto';
import { RankingService } from './ranking.service';
import { ReportRecordsService } from './report-records.service';
import { ReportsService } from './reports.service';
import { sendExport } from './table-files';

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
    private readonly rankings: RankingService,
    private readonly records: ReportRecordsService,
  ) {}

  /** 考核排名 of a month (declared before `:kind`, which would take "ranking" for a report's name). */
  @Roles('supervisor', 'admin')
  @Get('ranking')
  async ranking(@Query() q: RankingQueryDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const format = parseReportFormat(q.format);
    const ranking = await this.rankings.ranking(q, user);
    if (format === 'json') return ranking;
    const tables = rankingTables(ranking, { staff: STAFF_COMPONENTS, departments: DEPARTMENT_COMPONENTS });
    const name = { base: `考核排名_${ranking.hall.code}_${ranking.month}`, ascii: `ranking-${ranking.hall.code}-${ranking.month}` };
    const csv = q.list === 'departments' ? tables.departments : tables.staff;
    return sendExport(res, format, { csv, xlsx: [tables.staff, tables.departments] }, name, `${ranking.hall.name} ${ranking.month}`);
  }

  @Roles('supervisor', 'admin')
  @Get('ranking/weights')
  weights() {
    return this.rankings.weightSettings();
  }

  @Roles('admin')
  @Put('ranking/weights')
  setWeights(@Body() dto: RankingWeightsDto, @CurrentUser() actor: AuthUser) {
    return this.rankings.setWeights(dto, actor);
  }

  /** Drill-down: the tickets, cases or requests behind a report row (its key as filters), newest first, capped. */
  @Get(':kind/records')
  async recordList(@Param('kind') kindParam: string, @Query() q: RecordQueryDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const kind = parseReportKind(kindParam);
    const format = parseReportFormat(q.format);
    const list = await this.records.records(kind, q, user);
    if (format === 'json') return list;
    const key = Object.values(list.filter).join('_');
    const name = {
      base: `${list.title}${key ? `_${key}` : ''}_${list.hall.code}_${list.from}_${list.to}`,
      ascii: `records-${kind}${key ? `-${key}` : ''}-${list.hall.code}-${list.from}-${list.to}`,
    };
    const table = recordTable(kind, list);
    return sendExport(res, format, { csv: table, xlsx: [table] }, name, `${list.hall.name} ${list.from} 至 ${list.to}`);
  }

  @Get(':kind')
  async report(@Param('kind') kindParam: string, @Query() q: ReportQueryDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const kind = parseReportKind(kindParam);
    const format = parseReportFormat(q.format);
    const report = await this.reports.report(kind, q, user);
    if (format === 'json') return report;
    const table = reportTable(kind, report);
    const name = { base: `${table.title}_${report.hall.code}_${report.from}_${report.to}`, ascii: `report-${kind}-${report.hall.code}-${report.from}-${report.to}` };
    return sendExport(res, format, { csv: table, xlsx: [table] }, name, `${report.hall.name} ${report.from} 至 ${report.to}`);
  }
}
