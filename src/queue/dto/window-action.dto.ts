import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class TransferTicketDto {
  @IsString() @MaxLength(8) queueCode: string;
}

export class UnholdTicketDto {
  /** Which held ticket of this window to resume; the most recently held one by default. */
  @IsOptional() @IsInt() @Min(1) ticketId?: number;
}
