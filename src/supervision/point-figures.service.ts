import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, In } from 'typeorm';
import { addDays, startOfDayInZone, zonedIso } from '../calendar/domain/iso-date';
import { User } from '../auth/user.entity';
import { filesAsAgent, residentVisits, visitFigures } from '../cases/domain/point-agent';
import { CaseEvent } from '../cases/entities/case-event.entity';
import { Case } from '../cases/entities/case.entity';
import { Hall } from '../halls/hall.entity';
import { parseFiguresRange } from './domain/periods';
import { FiguresQueryDto } from './dto/supervision-query.dto';
import { SupervisionScope } from './supervision-scope';

/**
 * 多点可办 and 最多跑一趟 figures of a centre and its community points: cases received in the range by hall and
 * by agent, and the resident's visits per case (residentVisits) over the cases delivered among them.
 */
@Injectable()
export class PointFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: SupervisionScope,
  ) {}

  async figures(query: FiguresQueryDto) {
    const hall = await this.scope.hall(query.hall);
    const range = parseFiguresRange(query, hall.today);
    const fromMs = startOfDayInZone(range.from, hall.timeZone);
    const toMs = startOfDayInZone(addDays(range.to, 1), hall.timeZone) - 1;
    const m = this.db.manager;
    const halls = (await m.find(Hall, { order: { code: 'ASC' } })).filter((h) => h.code === hall.code || h.parentHall === hall.code);
    const cases = await m.find(Case, { where: { hallCode: In(halls.map((h) => h.code)), receivedAt: Between(fromMs, toMs) }, order: { id: 'ASC' } });
    const creators = cases.length ? await m.find(User, { where: { id: In([...new Set(cases.map((c) => c.createdBy))]) } }) : [];
    const agents = new Map(creators.filter((u) => filesAsAgent(u)).map((u) => [u.id, u]));
    const delivered = cases.filter((c) => c.deliveredAt !== null);
    const events = delivered.length ? await m.find(CaseEvent, { where: { caseId: In(delivered.map((c) => c.id)) }, order: { id: 'ASC' } }) : [];
    const visits = delivered.map((c) => residentVisits(events.filter((e) => e.caseId === c.id), agents.has(c.createdBy)));

    const byAgent = [...agents.values()].map((u) => {
      const own = cases.filter((c) => c.createdBy === u.id);
      return { userId: u.id, username: u.username, displayName: u.displayName, hallCode: own[0]?.hallCode ?? null, cases: own.length, delivered: own.filter((c) => c.deliveredAt !== null).length };
    }).sort((a, b) => b.cases - a.cases || a.userId - b.userId);
    return {
      hall: { code: hall.code, name: hall.name, timeZone: hall.timeZone },
      generatedAt: zonedIso(hall.now, hall.timeZone),
      from: range.from, to: range.to,
      byHall: halls.map((h) => {
        const own = cases.filter((c) => c.hallCode === h.code);
        return { code: h.code, name: h.name, kind: h.kind, cases: own.length, byAgent: own.filter((c) => agents.has(c.createdBy)).length };
      }),
      byAgent,
      visits: { ...visitFigures(visits), perCase: delivered.map((c, i) => ({ caseNumber: c.caseNumber, hallCode: c.hallCode, visits: visits[i] })) },
      totals: { cases: cases.length, byAgent: cases.filter((c) => agents.has(c.createdBy)).length, delivered: delivered.length },
    };
  }
}
