import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { AuthErrorCode } from '../auth/auth.errors';
import { AuthEvents, TokensRevokedEvent } from '../auth/auth.events';
import { AuthService } from '../auth/auth.service';
import type { AuthUser, Role } from '../auth/domain/auth-user';
import { worksInHall } from '../auth/domain/hall-access';
import { mayWatchDepartment } from '../cases/domain/department-access';
import { DomainError } from '../common/domain-error';
import { toEnvelope } from '../common/error-envelope.filter';
import { ErrorCode } from '../common/error-codes';
import { DeviceTokens } from '../devices/device-tokens';
import { DeviceEvents, DeviceTokenChangedEvent } from '../devices/devices.events';
import { type DeviceIdentity, isDeviceToken } from '../devices/domain/device';
import { validateMessage } from '../common/validate-message';
import { OnClusterEvent } from '../events/domain-events';
import { HallsService } from '../halls/halls.service';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import type { RateRule } from '../limits/domain/rate-window';
import { ClientToServerEvents, REALTIME_NAMESPACE, ServerToClientEvents, SocketEvent, SubscribeAck, SubscribeFailed } from './domain/socket-events';
import { type SubscribeCount, subscribeVerdict } from './domain/subscribe-limit';
import { SubscribeDto } from './dto/subscribe.dto';
import { HallSnapshots } from './hall-snapshots';
import { rooms } from './rooms';
import { StaffSocketRegistry } from './staff-sockets';

/**
 * Public screens connect without a token; staff connect with `auth: {token}`, checked once here. Which
 * origins may connect is decided by the adapter (`origin-checked-io.adapter.ts`), which reads the config.
 */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
export class RealtimeGateway implements OnGatewayInit, OnGatewayDisconnect {
  @WebSocketServer() server: Namespace<ClientToServerEvents, ServerToClientEvents>;
  private readonly logger = new Logger('Realtime');
  /** Sockets connected with a staff token, closed when that token is revoked (sign-out, reset, deactivation…). */
  private readonly staff = new StaffSocketRegistry<Socket>();
  /** Sockets connected with a device token (kiosk, pad) by device id, closed when the device is revoked or re-paired. */
  private readonly devices = new StaffSocketRegistry<Socket>();

  constructor(
    private readonly auth: AuthService,
    private readonly snapshots: HallSnapshots,
    private readonly halls: HallsService,
    private readonly deviceTokens: DeviceTokens,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.subscribeRule = { limit: config.LIMIT_SUBSCRIBES_PER_CONNECTION, windowSeconds: config.LIMIT_SUBSCRIBES_WINDOW_SECONDS };
  }

  /** `subscribe` messages per connection (API.md "Limits"), staff and devices included: real screens subscribe once. */
  private readonly subscribeRule: RateRule;

  /**
   * A bad or revoked token refuses the connection itself: the client gets connect_error with the envelope in
   * `data`; so does an account that must change its password first.
   */
  afterInit(server: Namespace<ClientToServerEvents, ServerToClientEvents>): void {
    server.on('connection', (socket) => this.limitSubscribes(socket as unknown as Socket));
    server.use((socket, next) => {
      const token = socket.handshake.auth?.token as string | undefined;
      if (!token) return next();
      if (isDeviceToken(token)) {
        // a paired device joins only public rooms; its token is checked so revoking it closes the socket
        this.deviceTokens.verify(token).then(
          (device) => {
            socket.data.device = device;
            this.devices.add(device.id, 0, socket as unknown as Socket);
            next();
          },
          (error: unknown) => next(Object.assign(new Error('unauthorized'), { data: toEnvelope(error) })),
        );
        return;
      }
      this.auth.verifyToken(token).then(
        ({ user, tokenVersion }) => {
          if (user.mustChangePassword) {
            return next(Object.assign(new Error('forbidden'), { data: toEnvelope(DomainError.forbidden(AuthErrorCode.PASSWORD_CHANGE_REQUIRED, '请先修改密码')) }));
          }
          socket.data.user = user;
          this.staff.add(user.id, tokenVersion, socket as unknown as Socket);
          next();
        },
        (error: unknown) => next(Object.assign(new Error('unauthorized'), { data: toEnvelope(error) })),
      );
    });
  }

  handleDisconnect(socket: Socket): void {
    const user = socket.data?.user as AuthUser | undefined;
    if (user) this.staff.remove(user.id, socket);
    const device = socket.data?.device as DeviceIdentity | undefined;
    if (device) this.devices.remove(device.id, socket);
  }

  /** A device revoked or re-paired: the sockets of its earlier token close. */
  @OnClusterEvent(DeviceEvents.TOKEN_CHANGED)
  onDeviceTokenChanged(e: DeviceTokenChangedEvent): void {
    const closed = this.devices.revoke(e.deviceId, 1);
    if (closed) this.logger.log(`Closed ${closed} socket(s) of device ${e.deviceId}: token revoked or replaced`);
  }

  /** A revocation committed (here, or relayed from another instance): the sockets of the revoked tokens close. */
  @OnClusterEvent(AuthEvents.TOKENS_REVOKED)
  onTokensRevoked(e: TokensRevokedEvent): void {
    const closed = this.staff.revoke(e.userId, e.tokenVersion);
    if (closed) this.logger.log(`Closed ${closed} socket(s) of user ${e.userId}: sign-in revoked`);
  }

  /** Joins the asked room and acks with the snapshot that makes the screen whole. */
  @SubscribeMessage(SocketEvent.SUBSCRIBE)
  async subscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    try {
      const dto = await validateMessage(SubscribeDto, body);
      if (dto.department) return await this.joinDepartment(socket, dto.department);
      if (dto.supervision) return await this.joinSupervision(socket);
      if (dto.dispatch) return await this.joinDispatch(socket);
      const hall = dto.hall!;
      await this.halls.layout(hall); // 404 for an unknown hall before joining anything (the layout is cached)
      // hall rooms are public (screens carry no personal data), but a socket signed in as staff works only in its halls
      const user = socket.data.user as AuthUser | undefined;
      if (user && !worksInHall(user, hall)) throw DomainError.forbidden(AuthErrorCode.HALL_FORBIDDEN, `您不在 ${hall} 大厅工作，无权订阅该大厅`);
      if (dto.window !== undefined) {
        const { windows } = await this.snapshots.get(hall); // every window of the hall, from the shared snapshot
        if (!windows.some((w) => w.number === dto.window)) throw DomainError.notFound('WINDOW_NOT_FOUND', `${dto.window} 号窗口不存在`);
      }
      // join first, snapshot second: an event sent meanwhile arrives and may repeat what the snapshot shows,
      // but none can fall between the snapshot and the join unseen
      await socket.join(rooms.hall(hall));
      if (dto.window !== undefined) await socket.join(rooms.window(hall, dto.window));
      // the shared snapshot is never older (by seq) than an event already sent to the room: see HallSnapshots
      return { ok: true as const, ...(await this.snapshots.get(hall)) };
    } catch (error) {
      const envelope = toEnvelope(error);
      if (envelope.statusCode >= 500) this.logger.error(error);
      return { ok: false, error: envelope };
    }
  }

  /**
   * The per-connection subscribe limit, applied to the packet before Nest (or the database) sees it, so a
   * refusal costs next to nothing: over the limit the ack is 429 RATE_LIMITED with `retryAfterSeconds`; a
   * connection that keeps sending after that is closed (see `subscribeVerdict`).
   */
  private limitSubscribes(socket: Socket): void {
    socket.use((packet, next) => {
      if (packet[0] !== SocketEvent.SUBSCRIBE) return next();
      const verdict = subscribeVerdict(socket.data.subscribes as SubscribeCount | undefined, this.subscribeRule, this.clock.now());
      socket.data.subscribes = verdict.count;
      if (verdict.action === 'allow') return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') {
        const { retryAfterSeconds } = verdict;
        const refusal: SubscribeFailed = {
          ok: false,
          error: { statusCode: 429, code: ErrorCode.RATE_LIMITED, message: `订阅过于频繁，请 ${retryAfterSeconds} 秒后再试`, details: { retryAfterSeconds }, retryAfterSeconds },
        };
        (ack as (answer: SubscribeAck) => void)(refusal);
      }
      if (verdict.action === 'close') socket.disconnect(true);
    });
  }

  private async joinSupervision(socket: Socket): Promise<SubscribeAck> {
    const user = socket.data.user as AuthUser | undefined;
    if (!user) throw DomainError.unauthorized(ErrorCode.UNAUTHORIZED, '监察频道需要登录');
    if (!user.roles.includes('admin') && !user.roles.includes('supervisor')) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '仅监察人员可订阅');
    await socket.join(rooms.supervision);
    return { ok: true, supervision: true };
  }

  /** Dispatchers (in any of their halls: requests reach the desk of the hall they were filed at), supervisors, admins. */
  private async joinDispatch(socket: Socket): Promise<SubscribeAck> {
    const user = socket.data.user as AuthUser | undefined;
    if (!user) throw DomainError.unauthorized(ErrorCode.UNAUTHORIZED, '调度频道需要登录');
    if (!['admin', 'supervisor', 'dispatcher'].some((r) => user.roles.includes(r as Role))) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '仅调度员和监察人员可订阅');
    await socket.join(rooms.dispatch);
    return { ok: true, dispatch: true };
  }

  private async joinDepartment(socket: Socket, department: string): Promise<SubscribeAck> {
    const user = socket.data.user as AuthUser | undefined;
    if (!user) throw DomainError.unauthorized(ErrorCode.UNAUTHORIZED, '部门频道需要登录');
    if (!mayWatchDepartment(user, department)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权订阅该部门');
    await socket.join(rooms.department(department));
    return { ok: true, department };
  }
}
