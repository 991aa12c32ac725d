import type { FastifySchemaCompiler } from 'fastify'
import type { z } from 'zod'
import { msg, RequestValidationError } from './errors.ts'

/**
 * The longest text any field accepts. Each shared schema sets its own, smaller limit; this one catches a
 * field that forgot to (columns are `text`, so PostgreSQL would store 2 MB silently). Never cut: refuse.
 */
export const MAKS_TEKS = 10_000
/** Deeper than any request body we define; a deeper one is refused before anything walks it. */
const MAKS_KEDALAMAN = 32

const NUL = msg('Teks tidak boleh memuat karakter NUL (\\0)', 'Text must not contain a NUL character (\\0)')
const SURROGATE = msg(
  'Teks memuat karakter Unicode yang tidak utuh (surrogate tunggal)',
  'Text contains a broken Unicode character (a lone surrogate)',
)
const PANJANG = msg(`Maksimal ${MAKS_TEKS} karakter`, `At most ${MAKS_TEKS} characters`)
const DALAM = msg('Data terlalu bertingkat', 'Data is nested too deeply')

// With the u flag a valid pair is one code point, so only a lone half matches the Surrogate category.
const SURROGATE_TUNGGAL = /\p{Cs}/u

type Jalur = (string | number)[]
const isu = (path: Jalur, message: string) =>
  ({ code: 'custom', path, message, input: undefined }) as z.core.$ZodIssue

/** What PostgreSQL refuses in text (a NUL byte; a lone UTF-16 surrogate, which no UTF-8 can encode). */
function teksDitolak(s: string): string | null {
  if (s.includes('\0')) return NUL
  if (SURROGATE_TUNGGAL.test(s)) return SURROGATE
  return null
}

/**
 * Walks body, query or params once (iteratively: a hostile nesting cannot overflow the stack) and
 * returns what no route may receive: `tolak` (NUL, lone surrogates, nesting) before the route's schema
 * runs, `terlaluPanjang` after it, so a field's own, smaller limit speaks first.
 */
export function periksaMasukan(data: unknown): {
  tolak: z.core.$ZodIssue[]
  terlaluPanjang: z.core.$ZodIssue[]
} {
  const tolak: z.core.$ZodIssue[] = []
  const terlaluPanjang: z.core.$ZodIssue[] = []
  const tumpukan: [unknown, Jalur][] = [[data, []]]
  while (tumpukan.length && tolak.length < 20) {
    const [nilai, path] = tumpukan.pop()!
    if (typeof nilai === 'string') {
      const alasan = teksDitolak(nilai)
      if (alasan) tolak.push(isu(path, alasan))
      else if (nilai.length > MAKS_TEKS) terlaluPanjang.push(isu(path, PANJANG))
      continue
    }
    if (nilai === null || typeof nilai !== 'object') continue
    if (path.length >= MAKS_KEDALAMAN) {
      tolak.push(isu(path, DALAM))
      continue
    }
    if (Array.isArray(nilai)) {
      for (let i = nilai.length - 1; i >= 0; i--) tumpukan.push([nilai[i], [...path, i]])
      continue
    }
    for (const [kunci, isi] of Object.entries(nilai)) {
      // Keys end up in jsonb (records such as ekspektasi per BerAKHLAK kode): same rules.
      const alasan = teksDitolak(kunci) ?? (kunci.length > MAKS_TEKS ? PANJANG : null)
      if (alasan) tolak.push(isu([...path, kunci.replace(/\0/g, '\\0')], alasan))
      else tumpukan.push([isi, [...path, kunci]])
    }
  }
  return { tolak, terlaluPanjang }
}

/**
 * zod validation that keeps the raw issues, so the error handler can localise them per request; once
 * for every route it also refuses what PostgreSQL would refuse later as a 500 (DESIGN.md "Errors").
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const part = httpPart ?? 'body'
    const { tolak, terlaluPanjang } = periksaMasukan(data)
    if (tolak.length) return { error: new RequestValidationError(tolak, part) as never }
    const result = schema.safeParse(data, { reportInput: true })
    if (!result.success) return { error: new RequestValidationError(result.error.issues, part) as never }
    if (terlaluPanjang.length) return { error: new RequestValidationError(terlaluPanjang, part) as never }
    return { value: result.data }
  }
