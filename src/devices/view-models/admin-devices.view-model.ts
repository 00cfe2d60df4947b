import { DEVICE_KIND_LABELS, DEVICE_STATUS_LABELS, PAIRING_CODE_LENGTH } from '../domain/device';

/** The admins' devices page (设备管理): it holds no data; its script signs in as admin and calls the devices API. */
export function adminDevicesViewModel() {
  return {
    title: '设备管理',
    client: { kindLabels: DEVICE_KIND_LABELS, statusLabels: DEVICE_STATUS_LABELS, codeLength: PAIRING_CODE_LENGTH },
  };
}

export type AdminDevicesData = ReturnType<typeof adminDevicesViewModel>['client'];
