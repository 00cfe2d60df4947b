import { plainToInstance, Transform } from 'class-transformer';
import { availableParallelism } from 'os';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';

/**
 * Every setting the server reads, validated at start: a bad value stops the process with a clear message.
 * Names are the environment variables of API.md plus the project's own.
 */
export class AppConfig {
  @IsString() HOST = '127.0.0.1';
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT = 3000;
  @IsIn(['sqlite', 'postgres']) DB_TYPE: 'sqlite' | 'postgres' = 'sqlite';
  @IsString() DB_PATH = './data/onewindow.sqlite';
  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false }) DATABASE_URL?: string;
  /** PostgreSQL connections per instance (the pool); several instances share the server's max_connections. */
  @Transform(toInt) @IsInt() @Min(1) @Max(200) DB_POOL_SIZE = 10;
  @IsOptional() @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false }) REDIS_URL?: string;
  /** Where request photos are kept (default: `photos` beside the SQLite file); several instances must share it. */
  @IsOptional() @IsString() PHOTO_DIR?: string;
  @IsIn(['demo', 'none']) SEED: 'demo' | 'none' = 'demo';
  @IsOptional() @IsString() @MinLength(8) ADMIN_PASSWORD?: string;
  /** Signing key for access tokens; when unset a random one is made at start (tokens die with the process). */
  @IsOptional() @IsString() @MinLength(16) JWT_SECRET?: string;
  @Transform(toInt) @IsInt() @Min(60) ACCESS_TOKEN_TTL_SECONDS = 12 * 3600;
  @Transform(toInt) @IsInt() @Min(4) @Max(14) BCRYPT_ROUNDS = 10;
  /** Rate limits (API.md "Limits"; counted in memory, or in Redis when REDIS_URL is set). Failed sign-ins per address… */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_SIGNIN_PER_ADDRESS = 20;
  /** …and per username, both per LIMIT_SIGNIN_WINDOW_SECONDS. */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_SIGNIN_PER_USERNAME = 10;
  @Transform(toInt) @IsInt() @Min(1) LIMIT_SIGNIN_WINDOW_SECONDS = 600;
  /** Wrong current passwords per account when changing one's password (same window as sign-in). */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_PASSWORD_FAILURES_PER_ACCOUNT = 10;
  /** Anonymous tickets per address per hall (paired kiosks and staff are not limited). */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_TICKETS_PER_ADDRESS = 10;
  @Transform(toInt) @IsInt() @Min(1) LIMIT_TICKETS_WINDOW_SECONDS = 600;
  /** Wrong query codes or status tokens per address on every look-up that takes one. */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_WRONG_CODES_PER_ADDRESS = 20;
  @Transform(toInt) @IsInt() @Min(1) LIMIT_WRONG_CODES_WINDOW_SECONDS = 600;
  /** Anonymous resident requests filed per address (the filing endpoint arrives with resident requests). */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_REQUESTS_PER_ADDRESS = 10;
  @Transform(toInt) @IsInt() @Min(1) LIMIT_REQUESTS_WINDOW_SECONDS = 3600;
  /** Anonymous appointment bookings per address (the booking endpoint arrives with appointments). */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_BOOKINGS_PER_ADDRESS = 10;
  @Transform(toInt) @IsInt() @Min(1) LIMIT_BOOKINGS_WINDOW_SECONDS = 3600;
  @IsIn(['json', 'text']) LOG_FORMAT: 'json' | 'text' = 'json';
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose', 'silent']) LOG_LEVEL = 'log';
  /** Priority tickets called per normal one (绿色通道 N:1); 0 means strict priority. */
  @Transform(toInt) @IsInt() @Min(0) @Max(100) PRIORITY_INTERLEAVE = 3;
  /** Minutes one resident takes at a window until the hall has its own history. */
  @Transform(toInt) @IsInt() @Min(1) @Max(240) DEFAULT_SERVICE_MINUTES = 5;
  /** How many recent services the wait estimate averages. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1000) ESTIMATE_SAMPLE_SIZE = 20;
  /** board.updated is coalesced per hall within this many milliseconds (0: every change). */
  @Transform(toInt) @IsInt() @Min(0) @Max(5000) BOARD_COALESCE_MS = 100;
  /** 差评整改: working days a bad review's rectification has, counted from the next working day. */
  @Transform(toInt) @IsInt() @Min(1) @Max(60) RECTIFICATION_DAYS = 5;
  /** The window pad asks for a rating of a finished visit for this many minutes (until the next call). */
  @Transform(toInt) @IsInt() @Min(1) @Max(240) PAD_RATING_MINUTES = 10;
  /** A delivered case nobody rated gets 3 基本满意 after this many calendar days (默认评价). */
  @Transform(toInt) @IsInt() @Min(1) @Max(365) RATING_DEFAULT_DAYS = 7;
  /** Base address printed in QR codes for residents' phones; defaults to http://HOST:PORT. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true }) PUBLIC_BASE_URL?: string;
  /** 电子监察: yellow when the remaining part of a limit is at most this share of it… */
  @Transform(toNumber) @IsNumber() @Min(0) @Max(1) WARNING_YELLOW_SHARE = 0.2;
  /** …and never less than this many working days (or hours). */
  @Transform(toInt) @IsInt() @Min(0) @Max(30) WARNING_YELLOW_MINIMUM = 1;
  /** How often the deadline sweep looks for cases whose light may have changed (0 turns it off). */
  @Transform(toInt) @IsInt() @Min(0) SWEEP_INTERVAL_MS = 60_000;
  /** Cases re-evaluated per batch of the sweep. */
  @Transform(toInt) @IsInt() @Min(1) @Max(100_000) SWEEP_BATCH_SIZE = 5_000;
  @Transform(toBool) @IsBoolean() API_DOCS = true;
  @IsString() CONFIG_DIR = './config';
  /** Worker threads that hash passwords (bcrypt never runs on the main thread): default min(2, cores − 1), at least 1. */
  @Transform(toInt) @IsInt() @Min(1) @Max(16) HASH_WORKERS = Math.min(2, Math.max(1, availableParallelism() - 1));
  /** Hashes that may wait for a worker; beyond that sign-ins answer 503 AUTH_BUSY at once. */
  @Transform(toInt) @IsInt() @Min(0) @Max(10_000) HASH_QUEUE_LIMIT = 64;
  /** Socket.IO `subscribe` messages one connection may send per window; over it the ack is 429 RATE_LIMITED. */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_SUBSCRIBES_PER_CONNECTION = 10;
  @Transform(toInt) @IsInt() @Min(1) @Max(3600) LIMIT_SUBSCRIBES_WINDOW_SECONDS = 10;
  /** New Socket.IO connections per client address per window (screens, consoles and phones behind one NAT share it). */
  @Transform(toInt) @IsInt() @Min(1) LIMIT_SOCKET_CONNECTIONS_PER_ADDRESS = 30;
  @Transform(toInt) @IsInt() @Min(1) @Max(3600) LIMIT_SOCKET_CONNECTIONS_WINDOW_SECONDS = 10;
  /** A hall's board snapshot is shared by the subscribes of this many milliseconds (dropped at once on any hall event; 0: no cache). */
  @Transform(toInt) @IsInt() @Min(0) @Max(60_000) SNAPSHOT_CACHE_MS = 1000;
  /** How messages to residents leave (API.md "Notifications to residents"): written to the log, or POSTed to NOTIFY_WEBHOOK_URL. */
  @IsIn(['log', 'webhook']) NOTIFY_DRIVER: 'log' | 'webhook' = 'log';
  /** The SMS gateway's receiver (required with NOTIFY_DRIVER=webhook). */
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }) NOTIFY_WEBHOOK_URL?: string;
  /** Key of the body's HMAC-SHA256 in X-OneWindow-Signature (required with NOTIFY_DRIVER=webhook). */
  @IsOptional() @IsString() @MinLength(16) NOTIFY_WEBHOOK_SECRET?: string;
  /** A webhook call that has not answered within this many milliseconds failed (and is retried). */
  @Transform(toInt) @IsInt() @Min(100) @Max(60_000) NOTIFY_WEBHOOK_TIMEOUT_MS = 5_000;
  /** 到号提醒: a waiting ticket with a phone is told when this many tickets (or fewer) are ahead of it. */
  @Transform(toInt) @IsInt() @Min(0) @Max(50) NOTIFY_AHEAD = 3;
  /** Tries of one message before it is `failed` (waits between them: 10 s, 30 s, 2 min, 10 min, 30 min, then hourly). */
  @Transform(toInt) @IsInt() @Min(1) @Max(50) NOTIFY_MAX_ATTEMPTS = 6;
  /** How often the sender looks for due messages (a new message is sent at once anyway; retries wait for this). */
  @Transform(toInt) @IsInt() @Min(50) @Max(600_000) NOTIFY_POLL_MS = 5_000;
  /** Extra origins (comma-separated, e.g. `https://screens.example`) allowed to open Socket.IO besides PUBLIC_BASE_URL and the server's own. */
  @IsOptional() @IsString() ALLOWED_ORIGINS?: string;

  get publicBaseUrl(): string {
    return (this.PUBLIC_BASE_URL ?? `http://${this.HOST}:${this.PORT}`).replace(/\/$/, '');
  }
}

export class ConfigError extends Error {}

/** Builds the typed config from an environment-like map; throws ConfigError listing every bad value. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked = Object.fromEntries(known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (config.DB_TYPE === 'postgres' && !config.DATABASE_URL) {
    throw new ConfigError('Invalid configuration:\n  DATABASE_URL is required when DB_TYPE=postgres');
  }
  if (config.REDIS_URL && !config.JWT_SECRET) {
    // a random key per process: a token signed by one instance would be refused by the others
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET is required when REDIS_URL is set (every instance must sign tokens alike)');
  }
  if (config.NOTIFY_DRIVER === 'webhook' && (!config.NOTIFY_WEBHOOK_URL || !config.NOTIFY_WEBHOOK_SECRET)) {
    throw new ConfigError('Invalid configuration:\n  NOTIFY_WEBHOOK_URL and NOTIFY_WEBHOOK_SECRET are required when NOTIFY_DRIVER=webhook');
  }
  return config;
}
