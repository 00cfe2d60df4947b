/**
 * The authenticated sockets of this process by user, with the token version each connected with, so a
 * revocation closes the sockets whose token it revoked. Kept behind this small interface: with several
 * instances (Redis, a later issue) the revocation event reaches every instance and each closes its own.
 */
export interface StaffSocket {
  disconnect(close?: boolean): unknown;
}

export class StaffSocketRegistry<S extends StaffSocket = StaffSocket> {
  private readonly byUser = new Map<number, Map<S, number>>();

  add(userId: number, tokenVersion: number, socket: S): void {
    let sockets = this.byUser.get(userId);
    if (!sockets) this.byUser.set(userId, (sockets = new Map()));
    sockets.set(socket, tokenVersion);
  }

  remove(userId: number, socket: S): void {
    const sockets = this.byUser.get(userId);
    if (!sockets) return;
    sockets.delete(socket);
    if (sockets.size === 0) this.byUser.delete(userId);
  }

  /** Disconnects the user's sockets whose token version is below `validVersion`; returns how many. */
  revoke(userId: number, validVersion: number): number {
    const sockets = this.byUser.get(userId);
    if (!sockets) return 0;
    let closed = 0;
    for (const [socket, version] of [...sockets]) {
      if (version >= validVersion) continue;
      sockets.delete(socket);
      socket.disconnect(true);
      closed++;
    }
    if (sockets.size === 0) this.byUser.delete(userId);
    return closed;
  }
}
