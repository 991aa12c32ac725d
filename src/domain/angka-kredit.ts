/**
 * Angka kredit jabatan fungsional from predikat kinerja. PermenPANRB 1/2023 + Peraturan BKN 3/2023,
 * DOMAIN.md §5. The tables are defaults; admin nasional may publish new ones (pass `tabel`).
 */
import type { PredikatPegawai } from './predikat.ts'

// PermenPANRB 1/2023: jenjang jabatan fungsional (keahlian, then keterampilan)
export const JENJANG_JF = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const
export type JenjangJf = (typeof JENJANG_JF)[number]

// PermenPANRB 1/2023 Lampiran: koefisien angka kredit tahunan per jenjang
export const KOEFISIEN_AK_TAHUNAN: Record<JenjangJf, number> = {
  AHLI_PERTAMA: 12.5,
  AHLI_MUDA: 25,
  AHLI_MADYA: 37.5,
  AHLI_UTAMA: 50,
  PEMULA: 3.75,
  TERAMPIL: 5,
  MAHIR: 12.5,
  PENYELIA: 25,
}

// Peraturan BKN 3/2023: persentase angka kredit per predikat kinerja
export const PERSEN_AK_PREDIKAT: Record<PredikatPegawai, number> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
}

export interface AngkaKreditInput {
  bulan: number // months covered by the predikat, 0–12
  predikat: PredikatPegawai
  jenjang: JenjangJf
}

export interface TabelAngkaKredit {
  koefisien: Record<JenjangJf, number>
  persen: Record<PredikatPegawai, number>
}

/**
 * Peraturan BKN 3/2023: AK = bulan/12 × %predikat × koefisien tahunan, rounded to 3 decimals
 * (half up). Computed as one division so the .0005 cases round correctly.
 */
export function angkaKredit(
  input: AngkaKreditInput,
  tabel: TabelAngkaKredit = { koefisien: KOEFISIEN_AK_TAHUNAN, persen: PERSEN_AK_PREDIKAT },
): number {
  const { bulan, predikat, jenjang } = input
  if (!Number.isFinite(bulan) || bulan < 0 || bulan > 12) {
    throw new RangeError(`bulan must be 0–12, got ${bulan}`)
  }
  // bulan/12 × persen/100 × koef, scaled by 1000 for 3 decimals: × 1000 / 1200 = × 10 / 12
  const skala1000 = (bulan * tabel.persen[predikat] * tabel.koefisien[jenjang] * 10) / 12
  return Math.round(skala1000) / 1000
}

// --- segments of a year, months and coefficients (Peraturan BKN 3/2023) ---

/** Lowercase jenjang as stored on jabatan (src/shared/organisasi.ts JENJANG_FUNGSIONAL) → the domain's. */
export const jenjangJf = (jenjang: string | null | undefined): JenjangJf | null => {
  const j = jenjang?.toUpperCase()
  return j && (JENJANG_JF as readonly string[]).includes(j) ? (j as JenjangJf) : null
}

export type KonvensiBulan = 'awal_bulan' | 'hari'

export interface Rentang {
  mulai: string // yyyy-mm-dd, inclusive
  selesai: string // yyyy-mm-dd, inclusive
}

const hariDalamBulan = (tahun: number, bulan: number) => new Date(Date.UTC(tahun, bulan, 0)).getUTCDate()
const tgl = (tahun: number, bulan: number, hari: number) =>
  `${tahun}-${String(bulan).padStart(2, '0')}-${String(hari).padStart(2, '0')}`

/**
 * Months of `tahun` that a segment (an SKP's dates, optionally cut to a period `dalam`) counts for angka kredit,
 * under the instansi's convention (setting `konvensiBulanAk`):
 * - awal_bulan: a month counts whole for the segment in force on its first day, so the segments of a year add
 *   up to 12 and a month is never split;
 * - hari: each month counts by the fraction of its days the segment covers (rounded to 4 decimals).
 */
export function bulanSegmen(
  tahun: number,
  segmen: Rentang,
  konvensi: KonvensiBulan,
  dalam?: Rentang,
): number {
  const mulai = dalam && dalam.mulai > segmen.mulai ? dalam.mulai : segmen.mulai
  const selesai = dalam && dalam.selesai < segmen.selesai ? dalam.selesai : segmen.selesai
  if (mulai > selesai) return 0
  let bulan = 0
  for (let b = 1; b <= 12; b++) {
    const awal = tgl(tahun, b, 1)
    const n = hariDalamBulan(tahun, b)
    const akhir = tgl(tahun, b, n)
    if (konvensi === 'awal_bulan') {
      if (mulai <= awal && awal <= selesai) bulan += 1
      continue
    }
    const dari = mulai > awal ? mulai : awal
    const sampai = selesai < akhir ? selesai : akhir
    if (dari > sampai) continue
    bulan += (Number(sampai.slice(8, 10)) - Number(dari.slice(8, 10)) + 1) / n
  }
  return Math.round(bulan * 10000) / 10000
}

/** The first and last day of a periodic code's months (B01…B12, TW1…TW4, S1, S2, FINAL) in `tahun`. */
export function rentangKode(tahun: number, kode: string): Rentang {
  const bulan = (a: number, z: number) => ({
    mulai: tgl(tahun, a, 1),
    selesai: tgl(tahun, z, hariDalamBulan(tahun, z)),
  })
  if (/^B(0[1-9]|1[0-2])$/.test(kode)) return bulan(Number(kode.slice(1)), Number(kode.slice(1)))
  if (/^TW[1-4]$/.test(kode)) return bulan(Number(kode[2]) * 3 - 2, Number(kode[2]) * 3)
  if (/^S[12]$/.test(kode)) return bulan(Number(kode[1]) * 6 - 5, Number(kode[1]) * 6)
  if (kode === 'FINAL') return bulan(1, 12)
  throw new RangeError(`unknown period code ${kode}`)
}

/** A published coefficient (table koefisien_ak): the jenjang's annual coefficient from a date. */
export interface KoefisienBerlaku {
  jenjang: JenjangJf
  koefisien: number
  berlakuMulai: string
}

/**
 * The coefficient in force for a jenjang on a date: the latest published one whose berlakuMulai ≤ the date,
 * else the PermenPANRB 1/2023 default.
 */
export function koefisienPada(daftar: KoefisienBerlaku[], jenjang: JenjangJf, tanggal: string): number {
  let pilih: KoefisienBerlaku | null = null
  for (const k of daftar)
    if (k.jenjang === jenjang && k.berlakuMulai <= tanggal && (!pilih || k.berlakuMulai > pilih.berlakuMulai))
      pilih = k
  return pilih ? pilih.koefisien : KOEFISIEN_AK_TAHUNAN[jenjang]
}

/** AK of `bulan` months of one jenjang with a given annual coefficient (same rounding as `angkaKredit`). */
export function angkaKreditDengan(
  bulan: number,
  predikat: PredikatPegawai,
  jenjang: JenjangJf,
  koefisien: number,
) {
  return angkaKredit(
    { bulan, predikat, jenjang },
    { koefisien: { ...KOEFISIEN_AK_TAHUNAN, [jenjang]: koefisien }, persen: PERSEN_AK_PREDIKAT },
  )
}

export interface SegmenAk extends Rentang {
  id: string
  jenjang: JenjangJf | null // null: not a jabatan fungsional, no angka kredit
}

export interface PenilaianAk {
  segmenId: string
  kode: string // a periodic code or FINAL
  predikat: PredikatPegawai
}

export interface HasilSegmen {
  id: string
  jenjang: JenjangJf | null
  bulan: number
  koefisien: number | null
  /** From the annual predikat; null without an annual (FINAL) predikat or for a non-JF segment. */
  ak: number | null
}

export interface HasilPeriode {
  segmenId: string
  kode: string
  predikat: PredikatPegawai
  bulan: number
  ak: number | null
}

export interface HasilTahun {
  segmen: HasilSegmen[]
  periode: HasilPeriode[]
  /** The annual predikat applied to every segment: the FINAL of the last segment that has one. */
  predikatTahunan: PredikatPegawai | null
  /** Σ of the segments' AK from the annual predikat; null until the annual predikat is final. */
  tahunan: number | null
  /** Σ of the periodic AK (provisional, before the annual predikat). */
  periodik: number
}

const jumlah = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1000) / 1000

/**
 * Peraturan BKN 3/2023: angka kredit of a year, per SKP segment (a mutasi or jenjang change mid-year gives
 * several), prorated by months under `konvensi`. Per period: the periodic predikat × the period's months within
 * the segment. Per year: the annual (FINAL) predikat × each segment's months, with the coefficient in force on
 * the segment's start. `sejak` (the opening balance's date) leaves out the days it already covers.
 */
export function angkaKreditTahun(o: {
  tahun: number
  segmen: SegmenAk[]
  penilaian: PenilaianAk[]
  koefisien: KoefisienBerlaku[]
  konvensi: KonvensiBulan
  sejak?: string | null
}): HasilTahun {
  const urut = [...o.segmen].sort((a, b) => (a.mulai < b.mulai ? -1 : a.mulai > b.mulai ? 1 : 0))
  const potong = (s: Rentang): Rentang => {
    if (!o.sejak || o.sejak < s.mulai) return s
    const d = new Date(`${o.sejak}T00:00:00Z`)
    d.setUTCDate(d.getUTCDate() + 1)
    return { mulai: d.toISOString().slice(0, 10), selesai: s.selesai }
  }
  const koef = (s: SegmenAk) => (s.jenjang ? koefisienPada(o.koefisien, s.jenjang, s.mulai) : null)
  const finalDari = new Map(
    o.penilaian.filter((p) => p.kode === 'FINAL').map((p) => [p.segmenId, p.predikat]),
  )
  const terakhir = [...urut].reverse().find((s) => finalDari.has(s.id))
  const predikatTahunan = terakhir ? finalDari.get(terakhir.id)! : null

  const segmen = urut.map((s): HasilSegmen => {
    const bulan = bulanSegmen(o.tahun, potong(s), o.konvensi)
    const k = koef(s)
    return {
      id: s.id,
      jenjang: s.jenjang,
      bulan,
      koefisien: k,
      ak:
        s.jenjang && k !== null && predikatTahunan
          ? angkaKreditDengan(bulan, predikatTahunan, s.jenjang, k)
          : null,
    }
  })
  const periode: HasilPeriode[] = []
  for (const p of o.penilaian) {
    const s = urut.find((x) => x.id === p.segmenId)
    if (!s || p.kode === 'FINAL') continue
    const bulan = bulanSegmen(o.tahun, potong(s), o.konvensi, rentangKode(o.tahun, p.kode))
    const k = koef(s)
    periode.push({
      segmenId: s.id,
      kode: p.kode,
      predikat: p.predikat,
      bulan,
      ak: s.jenjang && k !== null ? angkaKreditDengan(bulan, p.predikat, s.jenjang, k) : null,
    })
  }
  periode.sort((a, b) => rentangKode(o.tahun, a.kode).mulai.localeCompare(rentangKode(o.tahun, b.kode).mulai))
  return {
    segmen,
    periode,
    predikatTahunan,
    tahunan: predikatTahunan ? jumlah(segmen.map((s) => s.ak ?? 0)) : null,
    periodik: jumlah(periode.map((p) => p.ak ?? 0)),
  }
}
