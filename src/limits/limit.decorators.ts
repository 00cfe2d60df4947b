import { applyDecorators, SetMetadata, UseGuards, UseInterceptors } from '@nestjs/common';
import { IdentifyCaller } from '../common/auth.decorators';
import { ANONYMOUS_LIMIT, AnonymousLimitGuard, type AnonymousLimitSpec } from './anonymous-limit.guard';
import type { LimitRuleName } from './domain/limit-rules';
import { WrongCodesInterceptor } from './wrong-codes.interceptor';

/**
 * Counts every call of an anonymous caller against `rule`, per address (`req.ip`) and the named route
 * params; over the limit → 429 RATE_LIMITED before the handler runs. Signed-in staff and paired devices
 * (`request.user`, `request.device`, set by the AuthGuard) are not counted. Ready for request filing
 * (`@LimitAnonymous('requests')`) and booking (`@LimitAnonymous('bookings')`).
 */
export const LimitAnonymous = (rule: LimitRuleName, ...perParams: string[]) =>
  applyDecorators(IdentifyCaller(), SetMetadata(ANONYMOUS_LIMIT, { rule, perParams } satisfies AnonymousLimitSpec), UseGuards(AnonymousLimitGuard));

/**
 * A look-up that takes a query code or status token: each answer 404/403 from an anonymous caller counts
 * as a wrong code for its address; once over LIMIT_WRONG_CODES_PER_ADDRESS every such look-up from that
 * address gets 429 until the window ends (a right code too). Staff and paired devices are not counted.
 */
export const LimitWrongCodes = () => applyDecorators(IdentifyCaller(), UseInterceptors(WrongCodesInterceptor));
