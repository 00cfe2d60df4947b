import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { HALL_CODE, MAX_WINDOW_NUMBER } from '../../halls/domain/hall-rules';
import { DEVICE_KINDS, type DeviceKind } from '../domain/device';
import { CleanText } from '../../common/validators';

/** POST /api/v1/devices */
export class CreateDeviceDto {
  @IsString() @Matches(HALL_CODE, { message: 'hall must be a hall code' }) hall: string;
  @IsIn(DEVICE_KINDS) kind: DeviceKind;
  @ValidateIf((_o, v) => v !== undefined && v !== null) @IsInt() @Min(1) @Max(MAX_WINDOW_NUMBER) windowNumber?: number | null;
  @CleanText('name', 64) name: string;
}

/** POST /api/v1/devices/pair (public) */
export class PairDeviceDto {
  @IsString() @MaxLength(32) pairingCode: string;
}
