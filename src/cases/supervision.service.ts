import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/domain/auth-user';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { CaseCommandRunner } from './case-command';
import { SuperviseDto } from './dto/case-actions.dto';

/** 督办: the supervisor's notes on a case, seen by the departments working it (not by the public). */
@Injectable()
export class SupervisionService {
  constructor(private readonly commands: CaseCommandRunner) {}

  supervise(id: number, user: AuthUser, dto: SuperviseDto) {
    return this.commands.run(id, user, async (ctx) => {
      if (!user.roles.includes('supervisor') && !user.roles.includes('admin')) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '仅监察人员可以督办');
      ctx.transition('supervise');
      ctx.c.supervised = true;
      ctx.trail({ action: 'supervise', reason: dto.note, payload: { deadline: dto.respondBy ?? null } });
      return { action: 'supervise' };
    });
  }
}
