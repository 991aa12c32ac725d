import { createHash, randomBytes } from 'node:crypto'

/**
 * Verification codes printed on every document (DOMAIN §6), so a paper copy can be checked in the system.
 *
 * Format: 16 characters of Crockford base32 (digits + uppercase letters without I, L, O, U), in four
 * groups of four joined by '-', e.g. `K7QX-2M9P-4HBT-Z0RC`.
 * - 16 × 5 = 80 bits from `crypto.randomBytes`: unguessable (2^80 codes), collisions negligible even over
 *   hundreds of millions of documents. Uniqueness is still enforced by the store (unique index).
 * - URL-safe as is; the groups make it easy to read aloud and type from paper.
 * - Crockford's alphabet has no I/L/O/U, so `normalisasiKodeVerifikasi` can map the usual typing mistakes
 *   (o → 0, i/l → 1, lower case, spaces, missing dashes) back to the canonical form.
 */
const ALFABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const PANJANG = 16
const PANJANG_GRUP = 4

export const POLA_KODE_VERIFIKASI = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/

export function buatKodeVerifikasi(): string {
  // 10 random bytes = exactly 80 bits = 16 base32 digits: no modulo bias.
  const bytes = randomBytes((PANJANG * 5) / 8)
  let bits = 0n
  for (const b of bytes) bits = (bits << 8n) | BigInt(b)
  let kode = ''
  for (let i = PANJANG - 1; i >= 0; i--) kode += ALFABET[Number((bits >> BigInt(i * 5)) & 31n)]
  return kelompokkan(kode)
}

/** Canonical form of a code typed by a person, or undefined when it cannot be a verification code. */
export function normalisasiKodeVerifikasi(input: string): string | undefined {
  const polos = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (polos.length !== PANJANG || [...polos].some((c) => !ALFABET.includes(c))) return undefined
  return kelompokkan(polos)
}

function kelompokkan(kode: string): string {
  const grup: string[] = []
  for (let i = 0; i < kode.length; i += PANJANG_GRUP) grup.push(kode.slice(i, i + PANJANG_GRUP))
  return grup.join('-')
}

/**
 * SHA-256 (hex) of the canonical JSON of `data`, stored with a document so a later render can prove the
 * content it certifies is unchanged. Canonical JSON follows RFC 8785 (JCS) for the values we produce:
 * object keys sorted by UTF-16 code units at every depth, no whitespace, array order kept, numbers and
 * strings serialised as `JSON.stringify` does, `undefined` properties omitted, `toJSON` honoured (Date).
 */
export function hashKonten(data: unknown): string {
  return createHash('sha256').update(jsonKanonik(data), 'utf8').digest('hex')
}

export function jsonKanonik(value: unknown): string {
  const teks = kanonik(value, new Set())
  // Top-level undefined / function has no JSON form; hashing "nothing" silently would hide a bug.
  if (teks === undefined) throw new TypeError('hashKonten: value has no JSON representation')
  return teks
}

function kanonik(value: unknown, jejak: Set<object>): string | undefined {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return kanonik((value as { toJSON: () => unknown }).toJSON(), jejak)
  }
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') throw new TypeError('hashKonten: BigInt is not JSON; convert it first')
    return JSON.stringify(value) // undefined for undefined/function/symbol, "null" for NaN/Infinity
  }
  if (jejak.has(value)) throw new TypeError('hashKonten: circular structure')
  jejak.add(value)
  const hasil = Array.isArray(value) ? kanonikArray(value, jejak) : kanonikObjek(value, jejak)
  jejak.delete(value)
  return hasil
}

function kanonikArray(items: unknown[], jejak: Set<object>): string {
  return `[${items.map((item) => kanonik(item, jejak) ?? 'null').join(',')}]`
}

function kanonikObjek(obj: object, jejak: Set<object>): string {
  const bagian: string[] = []
  for (const key of Object.keys(obj).sort()) {
    const teks = kanonik((obj as Record<string, unknown>)[key], jejak)
    if (teks !== undefined) bagian.push(`${JSON.stringify(key)}:${teks}`)
  }
  return `{${bagian.join(',')}}`
}
