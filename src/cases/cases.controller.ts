import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { HallScoped } from '../auth/hall.guard';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { LimitWrongCodes } from '../limits/limit.decorators';
import { BackOfficeService } from './back-office.service';
import { CaseQueryService } from './case-query.service';
import { CaseListQueryDto, DecideDto, SuperviseDto, DeliverDto, EscalateDto, NotifyDto, PublicCaseQueryDto, ReasonDto, RejectExtensionDto, RequestExtensionDto, ReturnCaseDto, SupplementDto, SuspendDto, TransferCaseDto } from './dto/case-actions.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { FrontDeskService } from './front-desk.service';
import { IntakeService } from './intake.service';
import { SupervisionService } from './supervision.service';

/** Cases: intake at the window, work in the back office, delivery. Rights per action live in the services. */
@ApiTags('cases')
@ApiBearerAuth()
@Roles('clerk', 'officer', 'head', 'supervisor', 'admin', 'agent')
@NoStore()
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly intake: IntakeService,
    private readonly frontDesk: FrontDeskService,
    private readonly backOffice: BackOfficeService,
    private readonly query: CaseQueryService,
    private readonly supervision: SupervisionService,
  ) {}

  @Post()
  @HallScoped('body')
  create(@Body() dto: CreateCaseDto, @CurrentUser() user: AuthUser) {
    return this.intake.create(dto, user);
  }

  @Get()
  @HallScoped('query')
  list(@Query() q: CaseListQueryDto, @CurrentUser() user: AuthUser) {
    return this.query.list(user, q);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.query.detailFor(user, id);
  }

  @Post(':id/supplement') @HttpCode(200)
  supplement(@Param('id', ParseIdPipe) id: number, @Body() dto: SupplementDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.frontDesk.supplement(id, u, dto));
  }

  @Post(':id/notify') @HttpCode(200)
  notify(@Param('id', ParseIdPipe) id: number, @Body() dto: NotifyDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.frontDesk.notify(id, u, dto));
  }

  @Post(':id/reject') @HttpCode(200)
  reject(@Param('id', ParseIdPipe) id: number, @Body() dto: ReasonDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.frontDesk.reject(id, u, dto));
  }

  @Post(':id/claim') @HttpCode(200)
  claim(@Param('id', ParseIdPipe) id: number, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.claim(id, u));
  }

  @Post(':id/suspend') @HttpCode(200)
  suspend(@Param('id', ParseIdPipe) id: number, @Body() dto: SuspendDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.suspend(id, u, dto));
  }

  @Post(':id/resume') @HttpCode(200)
  resume(@Param('id', ParseIdPipe) id: number, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.resume(id, u));
  }

  @Post(':id/request-extension') @HttpCode(200)
  requestExtension(@Param('id', ParseIdPipe) id: number, @Body() dto: RequestExtensionDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.requestExtension(id, u, dto));
  }

  @Post(':id/approve-extension') @HttpCode(200)
  approveExtension(@Param('id', ParseIdPipe) id: number, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.approveExtension(id, u));
  }

  @Post(':id/reject-extension') @HttpCode(200)
  rejectExtension(@Param('id', ParseIdPipe) id: number, @Body() dto: RejectExtensionDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.rejectExtension(id, u, dto));
  }

  @Post(':id/return') @HttpCode(200)
  returnCase(@Param('id', ParseIdPipe) id: number, @Body() dto: ReturnCaseDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.returnToFrontDesk(id, u, dto));
  }

  @Post(':id/transfer') @HttpCode(200)
  transfer(@Param('id', ParseIdPipe) id: number, @Body() dto: TransferCaseDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.transfer(id, u, dto));
  }

  @Post(':id/escalate') @HttpCode(200)
  escalate(@Param('id', ParseIdPipe) id: number, @Body() dto: EscalateDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.escalate(id, u, dto));
  }

  @Post(':id/decide') @HttpCode(200)
  decide(@Param('id', ParseIdPipe) id: number, @Body() dto: DecideDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.backOffice.decide(id, u, dto));
  }

  @Post(':id/ready-for-pickup') @HttpCode(200)
  ready(@Param('id', ParseIdPipe) id: number, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.frontDesk.readyForPickup(id, u));
  }

  @Post(':id/deliver') @HttpCode(200)
  deliver(@Param('id', ParseIdPipe) id: number, @Body() dto: DeliverDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.frontDesk.deliver(id, u, dto));
  }

  @Post(':id/withdraw') @HttpCode(200)
  withdraw(@Param('id', ParseIdPipe) id: number, @Body() dto: ReasonDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.frontDesk.withdraw(id, u, dto));
  }

  @Post(':id/supervise') @HttpCode(200)
  supervise(@Param('id', ParseIdPipe) id: number, @Body() dto: SuperviseDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.supervision.supervise(id, u, dto));
  }

  /** Every action answers with the case as its actor now sees it. */
  private async after(id: number, user: AuthUser, action: Promise<unknown>) {
    await action;
    return this.query.detailFor(user, id, 'action');
  }
}

@ApiTags('cases')
@NoStore()
@Controller('api/v1/public/cases')
export class PublicCasesController {
  constructor(private readonly query: CaseQueryService) {}

  @Public()
  @LimitWrongCodes()
  @Get(':caseNumber')
  status(@Param('caseNumber') caseNumber: string, @Query() q: PublicCaseQueryDto) {
    return this.query.publicStatus(caseNumber, q.code);
  }
}
