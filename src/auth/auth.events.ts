/** Domain events of accounts, published after commit. */
export const AuthEvents = {
  /** The user's token version was raised: every token (and socket) with a lower version is revoked. */
  TOKENS_REVOKED: 'auth.tokens-revoked',
} as const;

export interface TokensRevokedEvent {
  userId: number;
  /** The version valid tokens carry from now on (earlier ones are revoked). */
  tokenVersion: number;
}

export interface AuthEventMap {
  [AuthEvents.TOKENS_REVOKED]: TokensRevokedEvent;
}
