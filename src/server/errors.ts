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

export function registerErrorHandler(app: FastifyInstance, opts: { spaFallback: boolean }) {
  app.setErrorHandler((err: FastifyError | AppError | RequestValidationError, req, reply) => {
    const lang = langOf(req)
    if (err instanceof AppError) {
      return send(reply, err.status, {
        code: err.code,
        message: err.teks[lang],
        errors: err.fieldErrors.map((f) => ({ path: f.path, message: f.message[lang] })),
      })
    }
    if (err instanceof RequestValidationError) {
      return send(reply, 400, {
        code: 'VALIDATION',
        message: lang === 'en' ? 'Some input is not valid.' : 'Sebagian isian tidak valid.',
        errors: zodIssuesToErrors(err.issues, lang),
      })
    }
    const status = (err as FastifyError).statusCode ?? 500
    if (status < 500) {
      return send(reply, status, {
        code: (err as FastifyError).code ?? 'BAD_REQUEST',
        message: err.message,
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
  app.setNotFoundHandler((req, reply) => {
    // The SPA owns every other GET path: serve index.html so deep links and reloads work.
    if (opts.spaFallback && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.sendFile('index.html')
    }
    const lang = langOf(req)
    return send(reply, 404, {
      code: 'NOT_FOUND',
      message: lang === 'en' ? 'Not found.' : 'Tidak ditemukan.',
      errors: [],
    })
  })
}
