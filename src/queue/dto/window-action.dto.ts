import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../common/validators';

export class TransferTicketDto {
  @IsString() @MaxLength(8) queueCode: string;
}

export class UnholdTicketDto {
  /** Which held ticket of this window to resume; the most recently held one by default. */
  @IsOptional() @IsId() ticketId?: number;
}
