import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import type { AuthUser } from '../auth/domain/auth-user';
import { mayWatchDepartment } from '../cases/domain/department-access';
import { DomainError } from '../common/domain-error';
import { toEnvelope } from '../common/error-envelope.filter';
import { ErrorCode } from '../common/error-codes';
import { validateMessage } from '../common/validate-message';
import { HallsService } from '../halls/halls.service';
import { BoardService } from '../queue/board.service';
import { ClientToServerEvents, REALTIME_NAMESPACE, ServerToClientEvents, SocketEvent, SubscribeAck } from './domain/socket-events';
import { SubscribeDto } from './dto/subscribe.dto';
import { rooms } from './rooms';

/** Public screens connect without a token; staff connect with `auth: {token}`, checked once here. */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE, cors: { origin: true } })
export class RealtimeGateway implements OnGatewayInit {
  @WebSocketServer() server: Namespace<ClientToServerEvents, ServerToClientEvents>;
  private readonly logger = new Logger('Realtime');

  constructor(
    private readonly auth: AuthService,
    private readonly board: BoardService,
    private readonly halls: HallsService,
  ) {}

  /** A bad token refuses the connection itself: the client gets connect_error with the envelope in `data`. */
  afterInit(server: Namespace<ClientToServerEvents, ServerToClientEvents>): void {
    server.use((socket, next) => {
      const token = socket.handshake.auth?.token as string | undefined;
      if (!token) return next();
      this.auth.verify(token).then(
        (user) => {
          socket.data.user = user;
          next();
        },
        (error: unknown) => next(Object.assign(new Error('unauthorized'), { data: toEnvelope(error) })),
      );
    });
  }

  /** Joins the asked room and acks with the snapshot that makes the screen whole. */
  @SubscribeMessage(SocketEvent.SUBSCRIBE)
  async subscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    try {
      const dto = await validateMessage(SubscribeDto, body);
      if (dto.department) return await this.joinDepartment(socket, dto.department);
      if (dto.supervision) return await this.joinSupervision(socket);
      const hall = dto.hall!;
      await this.halls.layout(hall); // 404 for an unknown hall before joining anything
      if (dto.window !== undefined) {
        const windows = await this.halls.listWindows(hall);
        if (!windows.some((w) => w.number === dto.window)) throw DomainError.notFound('WINDOW_NOT_FOUND', `${dto.window} 号窗口不存在`);
      }
      // join first, snapshot second: an event sent meanwhile arrives and may repeat what the snapshot shows,
      // but none can fall between the snapshot and the join unseen
      await socket.join(rooms.hall(hall));
      if (dto.window !== undefined) await socket.join(rooms.window(hall, dto.window));
      return { ok: true as const, ...(await this.board.snapshot(hall)) };
    } catch (error) {
      const envelope = toEnvelope(error);
      if (envelope.statusCode >= 500) this.logger.error(error);
      return { ok: false, error: envelope };
    }
  }

  private async joinSupervision(socket: Socket): Promise<SubscribeAck> {
    const user = socket.data.user as AuthUser | undefined;
    if (!user) throw DomainError.unauthorized(ErrorCode.UNAUTHORIZED, '监察频道需要登录');
    if (!user.roles.includes('admin') && !user.roles.includes('supervisor')) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '仅监察人员可订阅');
    await socket.join(rooms.supervision);
    return { ok: true, supervision: true };
  }

  private async joinDepartment(socket: Socket, department: string): Promise<SubscribeAck> {
    const user = socket.data.user as AuthUser | undefined;
    if (!user) throw DomainError.unauthorized(ErrorCode.UNAUTHORIZED, '部门频道需要登录');
    if (!mayWatchDepartment(user, department)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权订阅该部门');
    await socket.join(rooms.department(department));
    return { ok: true, department };
  }
}
