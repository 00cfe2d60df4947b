import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { recordAdminChange } from '../audit/audit.store';
import type { AuditActor } from '../audit/domain/audit-entry';
import { departmentNamesNow } from '../catalog/catalog.store';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { hallCodesNow } from '../halls/halls.store';
import { AuthErrorCode } from './auth.errors';
import { AuthEvents, TokensRevokedEvent } from './auth.events';
import { needsHall, type Role } from './domain/auth-user';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { assertStrongPassword } from './password-policy';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';
import { toUserView, UserView } from './user.mapper';
import { bumpTokenVersion } from './user.store';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function userNotFound(id: number): DomainError {
  return DomainError.notFound(AuthErrorCode.USER_NOT_FOUND, `账号 ${id} 不存在`);
}

/** Staff accounts (admin): create, change, deactivate, reset passwords. Changes that touch rights revoke the user's tokens. */
@Injectable()
export class UsersService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<UserView[]> {
    return (await this.tx.read((m) => m.find(User, { order: { id: 'ASC' } }))).map(toUserView);
  }

  async create(dto: CreateUserDto, actor: AuditActor): Promise<UserView> {
    assertStrongPassword(dto.password, dto.username);
    const passwordHash = await this.hasher.hash(dto.password);
    const now = this.clock.now();
    const user = await this.tx.run(async (m) => {
      const taken = await m.createQueryBuilder(User, 'u').where('LOWER(u.username) = LOWER(:name)', { name: dto.username }).getCount();
      if (taken) throw DomainError.conflict(AuthErrorCode.USERNAME_TAKEN, `用户名 ${dto.username} 已被使用`);
      const departmentCodes = dto.departmentCodes ?? [];
      const hallCodes = dto.hallCodes ?? [];
      await assertAssignable(m, dto.roles, departmentCodes, hallCodes);
      const row = m.create(User, {
        username: dto.username, displayName: dto.displayName, passwordHash, roles: dto.roles, departmentCodes, hallCodes,
        active: true, mustChangePassword: true, tokenVersion: 0, createdAt: now,
      });
      const saved = await m.save(row);
      await recordAdminChange(m, { at: now, actor, action: 'user.create', subjectType: 'user', subjectId: String(saved.id), before: null, after: { ...toUserView(saved) } });
      return saved;
    });
    return toUserView(user);
  }

  async update(id: number, dto: UpdateUserDto, actor: AuditActor): Promise<UserView> {
    const actorId = actor.id;
    const { user, revoked } = await this.tx.run(async (m) => {
      const user = await m.findOne(User, { where: { id } });
      if (!user) throw userNotFound(id);
      const roles = dto.roles ?? user.roles;
      const departmentCodes = dto.departmentCodes ?? user.departmentCodes;
      const hallCodes = dto.hallCodes ?? user.hallCodes;
      const active = dto.active ?? user.active;
      if (id === actorId && (!active || !roles.includes('admin'))) {
        throw DomainError.conflict(AuthErrorCode.SELF_LOCKOUT, '不能停用自己的账号或取消自己的管理员角色');
      }
      await assertAssignable(m, roles, departmentCodes, hallCodes);
      // reactivation too: the event drops this process's cached "inactive" at once
      const rightsChanged = user.active !== active || !sameSet(roles, user.roles) || !sameSet(departmentCodes, user.departmentCodes) || !sameSet(hallCodes, user.hallCodes);
      const before = toUserView(user);
      const action = user.active === active ? 'user.update' : active ? 'user.activate' : 'user.deactivate';
      Object.assign(user, { displayName: dto.displayName ?? user.displayName, roles, departmentCodes, hallCodes, active });
      await m.save(user);
      await recordAdminChange(m, { at: this.clock.now(), actor, action, subjectType: 'user', subjectId: String(id), before: { ...before }, after: { ...toUserView(user) } });
      const revoked: TokensRevokedEvent | null = rightsChanged ? await bumpTokenVersion(m, id) : null;
      return { user, revoked };
    });
    if (revoked) this.events.publish(AuthEvents.TOKENS_REVOKED, revoked);
    return toUserView(user);
  }

  /** Sets a password the user must change at the next sign-in; every earlier token is revoked. */
  async resetPassword(id: number, password: string, actor: AuditActor): Promise<void> {
    const user = await this.tx.read((m) => m.findOne(User, { select: { id: true, username: true }, where: { id } }));
    if (!user) throw userNotFound(id);
    assertStrongPassword(password, user.username);
    const passwordHash = await this.hasher.hash(password);
    const revoked = await this.tx.run(async (m) => {
      const before = await m.findOne(User, { select: { id: true, mustChangePassword: true }, where: { id } });
      if (!before) throw userNotFound(id);
      await m.update(User, { id }, { passwordHash, mustChangePassword: true });
      // never the password: the row says who reset whose, and that a change is now required
      await recordAdminChange(m, {
        at: this.clock.now(), actor, action: 'user.reset-password', subjectType: 'user', subjectId: String(id),
        before: { mustChangePassword: before.mustChangePassword }, after: { mustChangePassword: true },
      });
      return bumpTokenVersion(m, id);
    });
    this.events.publish(AuthEvents.TOKENS_REVOKED, revoked);
  }
}

/** Departments and halls must exist; every account but admin and supervisor needs a hall. */
async function assertAssignable(m: EntityManager, roles: Role[], departmentCodes: string[], hallCodes: string[]): Promise<void> {
  if (needsHall(roles) && hallCodes.length === 0) {
    throw DomainError.unprocessable(AuthErrorCode.HALL_REQUIRED, '除管理员和监察人员外，每个账号至少属于一个大厅');
  }
  const halls = await hallCodesNow(m);
  const unknownHalls = hallCodes.filter((c) => !halls.includes(c));
  if (unknownHalls.length) throw DomainError.unprocessable(AuthErrorCode.UNKNOWN_HALL, `大厅不存在：${unknownHalls.join('、')}`, { codes: unknownHalls });
  const departments = await departmentNamesNow(m);
  const unknownDepartments = departmentCodes.filter((c) => !Object.hasOwn(departments, c));
  if (unknownDepartments.length) {
    throw DomainError.unprocessable(AuthErrorCode.UNKNOWN_DEPARTMENT, `部门不存在：${unknownDepartments.join('、')}`, { codes: unknownDepartments });
  }
}
