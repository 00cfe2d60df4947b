import { IsString, Length } from 'class-validator';

export class TicketStatusQueryDto {
  @IsString() @Length(1, 64) token: string;
}
