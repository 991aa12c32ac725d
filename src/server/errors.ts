import { readFile } from 'node:fs/promises'
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { en as zodEn, id as zodId } from 'zod/locales'

export type Lang = 'id' | 'en'
/** A message for people, in Indonesian (default) and English. */
export interface Teks {
  id: string
  en: string
}
export interface FieldError {
  path: string
  message: Teks
}

/** Errors carry a stable code (`SKP.SUDAH_DISETUJUI`) and a message in both languages (STYLE.md). */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly teks: Teks,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(teks.en)
  }
}

export const badRequest = (code: string, teks: Teks, fieldErrors: FieldError[] = []) =>
  new AppError(400, code, teks, fieldErrors)
export const notFound = (what: Teks = { id: 'Data', en: 'Record' }) =>
  new AppError(404, 'NOT_FOUND', { id: `${what.id} tidak ditemukan`, en: `${what.en} not found` })
export const forbidden = (
  teks: Teks = { id: 'Anda tidak berwenang.', en: 'You are not allowed to do this.' },
) => new AppError(403, 'FORBIDDEN', teks)
export const unauthorized = () =>
  new AppError(401, 'UNAUTHENTICATED', { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' })
export const conflict = (code: string, teks: Teks) => new AppError(409, code, teks)
/** One field error → 400, the common case for a rule about a single input. */
export const fieldError = (code: string, path: string, teks: Teks) =>
  badRequest(code, teks, [{ path, message: teks }])

export function langOf(req: FastifyRequest): Lang {
  const h = String(req.headers['accept-language'] ?? '')
  return /^en\b/i.test(h.trim()) ? 'en' : 'id'
}

const zodLocales = { id: zodId(), en: zodEn() }

export function zodIssuesToErrors(issues: z.core.$ZodIssue[], lang: Lang) {
  return issues.map((issue) => {
    // Custom messages in our schemas are written "id|en"; zod's own issues are localised by zod/locales.
    const custom = issue.code === 'custom' || issue.message.includes('|')
    const message = custom
      ? pick(issue.message, lang)
      : (zodLocales[lang].localeError as (i: unknown) => string)(issue) || issue.message
    return { path: issue.path.map(String).join('.'), message }
  })
}

function pick(message: string, lang: Lang): string {
  const [idText, enText] = message.split('|')
  return (lang === 'en' ? enText : idText) ?? message
}

/** Custom zod message in both languages, resolved per request. */
export const msg = (id: string, en: string) => `${id}|${en}`

export class RequestValidationError extends Error {
  constructor(
    readonly issues: z.core.$ZodIssue[],
    readonly part: string,
  ) {
    super('Validation failed')
  }
}

function send(reply: FastifyReply, status: number, body: object) {
  return reply.status(status).send(body)
}

/** The standard error body, `{ code, message, errors }`, in the request's language. */
export function bodyOf(err: AppError, lang: Lang) {
  return {
    code: err.code,
    message: err.teks[lang],
    errors: err.fieldErrors.map((f) => ({ path: f.path, message: f.message[lang] })),
  }
}

/** Framework answers below 500 with a stable code and words for people (Fastify's are English only). */
const GALAT_FASTIFY: Record<string, { code: string; teks: Teks }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'ISI_TERLALU_BESAR',
    teks: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  },
  FST_REQ_FILE_TOO_LARGE: {
    code: 'BERKAS_TERLALU_BESAR',
    teks: { id: 'Berkas terlalu besar.', en: 'The file is too large.' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'JENIS_ISI_TIDAK_DIDUKUNG',
    teks: { id: 'Jenis isi permintaan tidak didukung.', en: 'Unsupported content type.' },
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'JSON_TIDAK_VALID',
    teks: { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'JSON_TIDAK_VALID',
    teks: { id: 'Isi permintaan JSON kosong.', en: 'The JSON request body is empty.' },
  },
  FST_ERR_BAD_URL: {
    code: 'URL_TIDAK_VALID',
    teks: { id: 'Alamat (URL) tidak valid.', en: 'The URL is not valid.' },
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'URI_TERLALU_PANJANG',
    teks: { id: 'Alamat (URL) terlalu panjang.', en: 'The URL is too long.' },
  },
}

/** For `frameworkErrors`: a bad or too long URL (400/414) in the standard shape, before any route runs. */
export function galatKerangka(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = err.statusCode ?? 400
  const dikenal = GALAT_FASTIFY[err.code]
  const teks = dikenal?.teks ?? { id: 'Permintaan tidak valid.', en: 'Invalid request.' }
  return send(reply, status, { code: dikenal?.code ?? err.code, message: teks[langOf(req)], errors: [] })
}

/**
 * For `clientErrorHandler`: what Node's HTTP parser refuses before Fastify sees a request (a request line
 * or headers over 16 KB, broken HTTP, a timeout), in the standard shape. No headers were read, so no
 * language either: Indonesian, the default.
 */
export function galatKlien(err: NodeJS.ErrnoException, socket: Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADER_TERLALU_BESAR', 'Alamat (URL) atau header permintaan terlalu besar.']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'WAKTU_HABIS', 'Permintaan tidak selesai dikirim pada waktunya.']
        : [400, 'PERMINTAAN_RUSAK', 'Permintaan HTTP tidak dapat dibaca.']
  const body = JSON.stringify({ code, message, errors: [] })
  if (!socket.writable) return socket.destroy(err)
  // end(), not write() + destroy(): the answer is flushed before the connection closes.
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

/** For @fastify/rate-limit's errorResponseBuilder: 429 (403 when banned) in the standard shape. */
export function galatBatasLaju(_req: FastifyRequest, ctx: { statusCode: number; ttl: number }) {
  const detik = Math.max(1, Math.ceil(ctx.ttl / 1000))
  return new AppError(ctx.statusCode, 'TERLALU_BANYAK_PERMINTAAN', {
    id: `Terlalu banyak permintaan. Coba lagi dalam ${detik} detik.`,
    en: `Too many requests. Try again in ${detik} seconds.`,
  })
}

/** A PostgreSQL error (pg and PGlite alike; Drizzle wraps it in `cause`). */
interface GalatPg {
  code: string
  severity: string
  detail?: string
  column?: string
  constraint?: string
}
function galatPg(err: unknown): GalatPg | undefined {
  let e = err as { code?: unknown; severity?: unknown; cause?: unknown } | undefined
  for (let i = 0; e && i < 4; i++, e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string')
      return e as GalatPg
  }
  return undefined
}

const camel = (kolom: string) => kolom.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
/**
 * The API field is the camelCase name of the key's column (`Key (pegawai_id)=(…)` → pegawaiId). In a
 * tenant-scoped key, `(instansi_id, pegawai_id)`, the other column is the one the request named.
 */
function fieldDari(pg: GalatPg): string {
  const kolom = /Key \(([a-z0-9_, ]+)\)=/.exec(pg.detail ?? '')?.[1].split(/,\s*/) ?? []
  const utama = kolom.find((k) => k !== 'instansi_id') ?? kolom[0] ?? pg.column
  return utama ? camel(utama) : ''
}

/**
 * What PostgreSQL refuses because of the input becomes a 400 (or 409), never a 500: an id that names no
 * row (23503), a duplicate (23505), data exceptions (class 22: bad text, dates, numbers, too long, bytes)
 * and a value too large for an index (54000). Our schemas refuse these first; this is the last guard.
 */
export function dariGalatPg(err: unknown): AppError | undefined {
  const pg = galatPg(err)
  if (!pg) return undefined
  const field = fieldDari(pg)
  const satu = (teks: Teks): FieldError[] => (field ? [{ path: field, message: teks }] : [])
  if (pg.code === '23503' && /still referenced/.test(pg.detail ?? '')) {
    return new AppError(409, 'DATA.MASIH_DIRUJUK', {
      id: 'Data ini masih dirujuk oleh data lain.',
      en: 'This record is still referenced by other records.',
    })
  }
  if (pg.code === '23503') {
    const teks = { id: 'Data yang dirujuk tidak ditemukan', en: 'The referenced record does not exist' }
    return badRequest('VALIDATION', invalid, satu(teks))
  }
  if (pg.code === '23505') {
    const teks = { id: 'Nilai ini sudah dipakai', en: 'This value is already in use' }
    return new AppError(
      409,
      'DATA.SUDAH_ADA',
      { id: 'Data sudah ada.', en: 'The record already exists.' },
      satu(teks),
    )
  }
  if (pg.code.startsWith('22') || pg.code === '23514' || pg.code === '54000') {
    const teks = { id: 'Nilai tidak dapat disimpan', en: 'The value cannot be stored' }
    return badRequest('VALIDATION', invalid, satu(teks))
  }
  return undefined
}

const invalid: Teks = { id: 'Sebagian isian tidak valid.', en: 'Some input is not valid.' }

export function registerErrorHandler(app: FastifyInstance, opts: { spaIndex: string | null }) {
  app.setErrorHandler((err: FastifyError | AppError | RequestValidationError, req, reply) => {
    const lang = langOf(req)
    if (err instanceof AppError) return send(reply, err.status, bodyOf(err, lang))
    if (err instanceof RequestValidationError) {
      return send(reply, 400, {
        code: 'VALIDATION',
        message: invalid[lang],
        errors: zodIssuesToErrors(err.issues, lang),
      })
    }
    const dariPg = dariGalatPg(err)
    if (dariPg) {
      req.log.warn({ err }, 'input refused by the database')
      return send(reply, dariPg.status, bodyOf(dariPg, lang))
    }
    const status = (err as FastifyError).statusCode ?? 500
    if (status < 500) {
      const dikenal = GALAT_FASTIFY[(err as FastifyError).code]
      return send(reply, status, {
        code: dikenal?.code ?? (err as FastifyError).code ?? 'BAD_REQUEST',
        message: dikenal?.teks[lang] ?? err.message,
        errors: [],
      })
    }
    req.log.error({ err }, 'unhandled error')
    return send(reply, 500, {
      code: 'INTERNAL',
      message:
        lang === 'en'
          ? `An unexpected error occurred (request ${req.id}).`
          : `Terjadi kesalahan tak terduga (permintaan ${req.id}).`,
      errors: [],
    })
  })
  app.setNotFoundHandler(async (req, reply) => {
    // The SPA owns every other GET path: serve index.html so deep links and reloads work.
    if (opts.spaIndex && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(await readFile(opts.spaIndex))
    }
    const lang = langOf(req)
    return send(reply, 404, {
      code: 'NOT_FOUND',
      message: lang === 'en' ? 'Not found.' : 'Tidak ditemukan.',
      errors: [],
    })
  })
}
