/** Domain events of hall devices, published after commit. */
export const DeviceEvents = {
  /** The device's token changed (revoked, or replaced by a new pairing): its earlier token and sockets end. */
  TOKEN_CHANGED: 'device.token-changed',
} as const;

export interface DeviceTokenChangedEvent {
  deviceId: number;
}

export interface DeviceEventMap {
  [DeviceEvents.TOKEN_CHANGED]: DeviceTokenChangedEvent;
}
