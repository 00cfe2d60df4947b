import { Get, Param, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { AppConfig } from '../config/app-config';
import { LimitWrongCodes } from '../limits/limit.decorators';
import { PageController } from '../web/page-controller.decorator';
import { CasePageDataService } from './case-page-data.service';
import { parseCaseRef } from './case-qr';
import { caseDocumentViewModel, isDocumentKind, parseCaseId } from './view-models/case-documents.view-model';
import { caseLookupViewModel, caseStatusViewModel } from './view-models/case-status.view-model';
import { inboxViewModel } from './view-models/inbox.view-model';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Case pages: the resident's status page (/c), the printable documents (/documents) and the back-office
 * inbox (/inbox). Staff data never goes into the HTML: documents and the inbox fetch it with the token.
 */
@Public()
@PageController()
export class CasePagesController {
  constructor(
    private readonly data: CasePageDataService,
    private readonly config: AppConfig,
  ) {}

  /** The look-up form; submitted (GET) with both fields it goes to the case's own address. */
  @Get('c')
  async lookup(@Query('caseNumber') caseNumber: unknown, @Query('code') code: unknown, @Res() res: Response) {
    const form = { caseNumber: text(caseNumber), code: text(code) };
    const ref = parseCaseRef(form.caseNumber, form.code);
    if (ref) return res.redirect(303, `/c/${encodeURIComponent(ref.caseNumber)}?code=${encodeURIComponent(ref.code)}`);
    const problem = form.caseNumber || form.code ? 'invalid' : 'none';
    res.status(problem === 'invalid' ? 400 : 200).render('case-status', caseLookupViewModel(form, problem, await this.data.hallNameOf(null)));
  }

  @LimitWrongCodes()
  @Get('c/:caseNumber')
  @Render('case-status')
  async status(@Param('caseNumber') caseNumber: string, @Query('code') code: unknown, @Res({ passthrough: true }) res: Response) {
    const ref = parseCaseRef(caseNumber, code);
    const found = ref ? await this.data.publicCase(ref) : null;
    if (!found) {
      res.status(404);
      return caseLookupViewModel({ caseNumber, code: text(code) }, 'not_found', await this.data.hallNameOf(ref?.caseNumber ?? null));
    }
    return caseStatusViewModel(found, await this.data.hallNameOf(found.caseNumber), ref!.code);
  }

  /** Documents carry a resident's data once filled (a receipt names who collected a result): never cached. */
  @Get('documents/:kind/:id')
  @NoStore()
  @Render('documents/document')
  async document(@Param('kind') kind: string, @Param('id') id: string) {
    const caseId = parseCaseId(id);
    if (!isDocumentKind(kind) || caseId === null) throw DomainError.notFound(ErrorCode.NOT_FOUND, '没有这种文书，请从综合窗口工作台打印。');
    const [halls, departments] = await Promise.all([this.data.documentHalls(), this.data.departments()]);
    return caseDocumentViewModel(kind, caseId, halls, departments, this.config.publicBaseUrl);
  }

  /** 代办员工作台: the agent signs in in the page; its cases come from the API with its token. */
  @Get('agent')
  @Render('agent')
  agent() {
    return {};
  }

  @Get('inbox')
  @Render('inbox')
  async inboxChooser() {
    return inboxViewModel(await this.data.inbox(null));
  }

  @Get('inbox/:department')
  @Render('inbox')
  async inbox(@Param('department') department: string) {
    return inboxViewModel(await this.data.inbox(department));
  }
}
