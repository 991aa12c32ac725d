/**
 * NIP (Nomor Induk Pegawai): 18 digits =
 *   birth date YYYYMMDD + TMT CPNS/PPPK YYYYMM + gender digit (1 male, 2 female) + 3-digit sequence.
 * DOMAIN.md §1; structure per Perka BKN 43/2007 (NIP PNS). We validate structure only, never existence.
 *
 * PPPK (Nomor Induk PPPK) use the same 18 digits, but digits 13–14 are not a month: they carry a
 * PPPK code (e.g. 21 for PPPK, 24 seen for PPPK paruh waktu), so `199009132025242014` is valid.
 * We accept 21–29 there as a PPPK code; 00, 13–20 and 30+ stay invalid.
 */
export type NipErrorCode =
  | 'NIP.FORMAT' // not exactly 18 digits
  | 'NIP.TANGGAL_LAHIR' // impossible birth date
  | 'NIP.TMT' // impossible TMT month/year, or less than 18 years after the birth date
  | 'NIP.JENIS_KELAMIN' // gender digit other than 1/2

export interface NipParts {
  nip: string // the normalised 18 digits (input trimmed): store this, not the raw input
  tanggalLahir: string // ISO yyyy-mm-dd
  tmtTahun: string // yyyy of first appointment (CPNS or PPPK)
  tmtBulan: string | null // yyyy-mm for PNS; null for PPPK (digits 13–14 are a code, not a month)
  jenisAsn: 'PNS' | 'PPPK' // as the structure suggests; the HR record is authoritative
  kodePppk: string | null // digits 13–14 for PPPK, else null
  jenisKelamin: 'L' | 'P'
  urutan: string
}

export type NipResult = { ok: true; parts: NipParts } | { ok: false; code: NipErrorCode }

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}

/**
 * Minimum age at the TMT: 18 (PP 11/2017 Pasal 23 ayat (1) huruf a, the minimum age to apply for CPNS;
 * the TMT comes after the application, so a real NIP never encodes a younger appointee). DOMAIN.md §1.
 */
export const USIA_MINIMUM_TMT = 18

/**
 * PNS: a month 01–12 whose first day (a TMT CPNS is always the 1st of a month) is on or after the
 * 18th birthday. PPPK: a code 21–29 and, the month being unknown, a year at least 18 after the birth year
 * (the latest possible TMT of that year must be on or after the 18th birthday).
 */
function tmtValid(by: number, bm: number, bd: number, ty: number, tm: number): boolean {
  if (tm >= 21 && tm <= 29) return ty - by >= USIA_MINIMUM_TMT
  if (tm < 1 || tm > 12) return false
  const tmt = ty * 10_000 + tm * 100 + 1
  const ulangTahun18 = (by + USIA_MINIMUM_TMT) * 10_000 + bm * 100 + bd
  return tmt >= ulangTahun18
}

export function parseNip(raw: string): NipResult {
  const nip = raw.trim()
  if (!/^\d{18}$/.test(nip)) return { ok: false, code: 'NIP.FORMAT' }
  const by = Number(nip.slice(0, 4))
  const bm = Number(nip.slice(4, 6))
  const bd = Number(nip.slice(6, 8))
  if (by < 1900 || !isRealDate(by, bm, bd)) return { ok: false, code: 'NIP.TANGGAL_LAHIR' }
  const ty = Number(nip.slice(8, 12))
  const tm = Number(nip.slice(12, 14))
  if (!tmtValid(by, bm, bd, ty, tm)) return { ok: false, code: 'NIP.TMT' }
  const g = nip[14]
  if (g !== '1' && g !== '2') return { ok: false, code: 'NIP.JENIS_KELAMIN' }
  const pppk = tm > 12
  return {
    ok: true,
    parts: {
      nip,
      tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmtTahun: nip.slice(8, 12),
      tmtBulan: pppk ? null : `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      jenisAsn: pppk ? 'PPPK' : 'PNS',
      kodePppk: pppk ? nip.slice(12, 14) : null,
      jenisKelamin: g === '1' ? 'L' : 'P',
      urutan: nip.slice(15, 18),
    },
  }
}

export function isValidNip(raw: string): boolean {
  return parseNip(raw).ok
}

/**
 * A birth date or gender stored for a pegawai that disagrees with the NIP (DOMAIN.md §1). A warning, never an
 * error: the NIP never changes, while the HR record's birth date or gender may be a later correction.
 */
export const PERINGATAN_NIP = ['TANGGAL_LAHIR', 'JENIS_KELAMIN'] as const
export type PeringatanNip = (typeof PERINGATAN_NIP)[number]

/**
 * What disagrees between a NIP and the stored birth date / gender; [] for a NIP that cannot be parsed.
 * The database keeps the same comparison as the generated column `pegawai.peringatan_nip` (schema/pegawai.ts);
 * test/pegawai-peringatan.test.ts holds the two to the same answers.
 */
export function bandingkanDenganNip(
  nip: string,
  data: { tanggalLahir: string; jenisKelamin: 'L' | 'P' },
): PeringatanNip[] {
  const r = parseNip(nip)
  if (!r.ok) return []
  const beda: PeringatanNip[] = []
  if (data.tanggalLahir !== r.parts.tanggalLahir) beda.push('TANGGAL_LAHIR')
  if (data.jenisKelamin !== r.parts.jenisKelamin) beda.push('JENIS_KELAMIN')
  return beda
}

/** Mask a NIP for public pages: keep the first 4 and last 3 digits. */
export function maskNip(nip: string): string {
  const s = nip.trim()
  if (s.length < 8) return '*'.repeat(s.length)
  return s.slice(0, 4) + '*'.repeat(s.length - 7) + s.slice(-3)
}
