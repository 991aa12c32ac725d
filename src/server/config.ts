import { availableParallelism } from 'node:os'
import path from 'node:path'

export interface Config {
  port: number
  host: string
  /** PGlite data folder (embedded default). Ignored when databaseUrl is set. */
  dataDir: string
  /** PostgreSQL connection string; when set, the pg driver is used instead of PGlite. */
  databaseUrl: string | undefined
  /** Public base URL, printed in documents' verification links. */
  publicUrl: string
  /** False when PUBLIC_URL is not set and publicUrl fell back to localhost (server.ts warns at start). */
  publicUrlDiatur: boolean
  sessionTtlHours: number
  cookieSecure: boolean
  logLevel: string
  /**
   * Login throttling (src/server/auth/throttle.ts): failures before an account (and an address + account)
   * is locked, and the lock duration.
   */
  loginMaxGagal: number
  loginKunciMenit: number
  /**
   * Failures from one address across accounts before its wrong attempts are slowed down (429 with
   * Retry-After). Never a lock: a whole office may share one NAT address.
   */
  loginMaxGagalIp: number
  /** Flood guard on POST /auth/login per address + account per minute (on top of the failure lock). */
  loginRatePerMinute: number
  /** Seed the demo instansi on first run (default on, off in tests). */
  seedDemo: boolean
  webDist: string
  /** Worker threads rendering PDFs (default: one per core). */
  pdfWorkers: number
  /** Mail (src/modules/surel): null when SMTP_HOST is not set — mail is off, the app works without it. */
  smtp: KonfigurasiSmtp | null
  /** Base of the links in mails (APP_URL; default PUBLIC_URL). */
  appUrl: string
  /** Tries per mail before it is recorded as failed (SMTP_MAKS_PERCOBAAN, default 5). */
  surelMaksPercobaan: number
  /** How often the sender looks for due mail (SUREL_INTERVAL_DETIK, default 10). */
  surelIntervalDetik: number
  /** Scheduled reminders (src/modules/pengingat; PENGINGAT=false turns them off). Started by server.ts. */
  pengingat: boolean
  /** Uploaded files (bukti dukung) on the local disk: BERKAS_DIR, default DATA_DIR/berkas. */
  berkasDir: string
  /** S3-compatible object storage for uploaded files, used instead of berkasDir when S3_BUCKET is set. */
  s3: KonfigurasiS3 | undefined
}

export interface KonfigurasiS3 {
  /** Empty for AWS itself; the URL of MinIO, Ceph, Garage, s3rver … otherwise. */
  endpoint: string | undefined
  bucket: string
  region: string
  accessKeyId: string | undefined
  secretAccessKey: string | undefined
  /** Path-style URLs (bucket in the path): what most self-hosted servers need. */
  forcePathStyle: boolean
}

function konfigurasiS3(env: NodeJS.ProcessEnv): KonfigurasiS3 | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  return {
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  }
}

export interface KonfigurasiSmtp {
  host: string
  port: number
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  user: string | undefined
  pass: string | undefined
  /** The sender, e.g. `Kinerja <kinerja@instansi.go.id>` (MAIL_FROM). */
  from: string
}

function konfigurasiSmtp(env: NodeJS.ProcessEnv): KonfigurasiSmtp | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secure = env.SMTP_SECURE === 'true'
  return {
    host,
    port: Number(env.SMTP_PORT) || (secure ? 465 : 587),
    secure,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    from: env.MAIL_FROM?.trim() || `Kinerja <kinerja@${host}>`,
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = Number(env.PORT ?? 3000)
  const dataDir = path.resolve(env.DATA_DIR ?? './data')
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.PUBLIC_URL?.trim() || `http://localhost:${port}`,
    publicUrlDiatur: Boolean(env.PUBLIC_URL?.trim()),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    cookieSecure: env.COOKIE_SECURE === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    loginMaxGagal: Number(env.LOGIN_MAX_GAGAL ?? 5),
    loginKunciMenit: Number(env.LOGIN_KUNCI_MENIT ?? 15),
    loginMaxGagalIp: Number(env.LOGIN_MAX_GAGAL_IP ?? 20),
    loginRatePerMinute: Number(env.LOGIN_RATE_PER_MINUTE ?? 30),
    seedDemo: env.SEED_DEMO !== 'false',
    webDist: path.resolve(env.WEB_DIST ?? './dist/web'),
    pdfWorkers: Math.max(1, Number(env.PDF_WORKERS) || availableParallelism()),
    smtp: konfigurasiSmtp(env),
    appUrl: (env.APP_URL?.trim() || env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''),
    surelMaksPercobaan: Math.max(1, Number(env.SMTP_MAKS_PERCOBAAN) || 5),
    surelIntervalDetik: Math.max(1, Number(env.SUREL_INTERVAL_DETIK) || 10),
    pengingat: env.PENGINGAT !== 'false',
    berkasDir: path.resolve(env.BERKAS_DIR ?? path.join(dataDir, 'berkas')),
    s3: konfigurasiS3(env),
    ...overrides,
  }
}
