import { and, eq, gt } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { bukaKunciRealisasi, pengaturanTahun } from '../../db/schema/index.ts'
import { saatKunci, tanggalDiZona } from '../../domain/kunci-realisasi.ts'
import { daftarPeriode, tanggalKalimat, type KodePeriode } from '../../domain/periode.ts'
import { mergePengaturan, pengaturanBawaan, type PengaturanTahun } from '../../domain/settings.ts'
import type { KodePeriodeRealisasi } from '../../shared/pelaksanaan.ts'
import type { ZonaWaktu } from '../../shared/enums.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict, fieldError } from '../../server/errors.ts'
import { tahunDitutup } from '../skp/pengaturan.service.ts'
import type { SkpRow } from '../skp/skp-akses.ts'

/**
 * The lock of realisasi (DOMAIN §4): a period's entry locks N days after it ends, at midnight in the
 * instansi's time zone (src/domain/kunci-realisasi.ts); an admin instansi reopens it for one SKP and period
 * until a given instant. Rencana aksi and per-period targets follow the same lock. Other modules (bukti,
 * progres) call `periksaPeriodeTerbuka` before writing under a period.
 */

export interface PeriodeSkp {
  kode: KodePeriodeRealisasi
  nama: string
  mulai: string
  selesai: string
  /** The instant entry locks. */
  terkunciPada: Date
  /** The period has begun (on the instansi's calendar). */
  sudahDimulai: boolean
  /** Entry is possible now: not locked yet, or an admin's unlock is in force. */
  terbuka: boolean
  /** The end of the admin's unlock in force, if any. */
  dibukaSampai: Date | null
  /** The instansi's zone: the web app shows these instants in it. */
  zona: ZonaWaktu
}

export interface BukaKunciBerlaku {
  periode: string
  berlakuSampai: Date
}

/** The year's settings with the defaults under them, and whether the year is closed. */
export interface PengaturanSkp {
  pengaturan: PengaturanTahun
  ditutup: boolean
}

export function gabungPengaturan(tahun: number, tersimpan: unknown, status: string | null): PengaturanSkp {
  const dasar = pengaturanBawaan(tahun)
  return {
    pengaturan: tersimpan
      ? mergePengaturan(dasar, tersimpan as Parameters<typeof mergePengaturan>[1])
      : dasar,
    ditutup: status === 'ditutup',
  }
}

/**
 * The periodic periods of the instansi's settings for the SKP's year that overlap the SKP's dates (a
 * shortened SKP after a mutasi has fewer), with their lock state at `now`. FINAL is not a realisasi period.
 */
export function hitungPeriodeSkp(
  s: Pick<SkpRow, 'tahun' | 'mulai' | 'selesai'>,
  p: PengaturanTahun,
  now: Date,
  bukaKunci: BukaKunciBerlaku[],
): PeriodeSkp[] {
  const hariIni = tanggalDiZona(now, p.zonaWaktu)
  return daftarPeriode(s.tahun, p.periodePenilaian)
    .filter((x) => x.kode !== 'FINAL' && x.selesai >= s.mulai && x.mulai <= s.selesai)
    .map((x) => {
      const terkunciPada = saatKunci(x.selesai, p.hariKunciRealisasi, p.zonaWaktu)
      const buka = bukaKunci
        .filter((b) => b.periode === x.kode && b.berlakuSampai.getTime() > now.getTime())
        .map((b) => b.berlakuSampai)
        .sort((a, b) => b.getTime() - a.getTime())[0]
      const terkunci = now.getTime() >= terkunciPada.getTime()
      return {
        kode: x.kode as KodePeriodeRealisasi,
        nama: x.nama,
        mulai: x.mulai,
        selesai: x.selesai,
        terkunciPada,
        sudahDimulai: hariIni >= x.mulai,
        terbuka: !terkunci || !!buka,
        dibukaSampai: terkunci && buka ? buka : null,
        zona: p.zonaWaktu,
      }
    })
}

/** The settings of the SKP's year (1 query). */
export async function muatPengaturanSkp(db: Db, s: Pick<SkpRow, 'instansiId' | 'tahun'>) {
  const [row] = await db
    .select({ pengaturan: pengaturanTahun.pengaturan, status: pengaturanTahun.status })
    .from(pengaturanTahun)
    .where(and(eq(pengaturanTahun.instansiId, s.instansiId), eq(pengaturanTahun.tahun, s.tahun)))
  return gabungPengaturan(s.tahun, row?.pengaturan, row?.status ?? null)
}

/** The admin unlocks of an SKP still in force at `now`. */
export const bukaKunciBerlaku = (db: Db, s: Pick<SkpRow, 'instansiId' | 'id'>, now: Date) =>
  db
    .select({ periode: bukaKunciRealisasi.periode, berlakuSampai: bukaKunciRealisasi.berlakuSampai })
    .from(bukaKunciRealisasi)
    .where(
      and(
        eq(bukaKunciRealisasi.instansiId, s.instansiId),
        eq(bukaKunciRealisasi.skpId, s.id),
        gt(bukaKunciRealisasi.berlakuSampai, now),
      ),
    )

/** The SKP's periods with mulai, selesai, terkunciPada and terbuka (contract for bukti and progres). */
export async function periodeSkp(db: Db, s: SkpRow): Promise<PeriodeSkp[]> {
  const now = sekarang()
  const [{ pengaturan }, buka] = [await muatPengaturanSkp(db, s), await bukaKunciBerlaku(db, s, now)]
  return hitungPeriodeSkp(s, pengaturan, now, buka)
}

const SINGKAT_ZONA: Record<ZonaWaktu, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
}
/** '6 April 2026 00.00 WIB' / '6 April 2026 00:00 WIB': the lock instant on the instansi's clock. */
export function labelSaatKunci(saat: Date, zona: ZonaWaktu) {
  const tanggal = tanggalDiZona(saat, zona)
  return {
    id: `${tanggalKalimat(tanggal, 'id')} 00.00 ${SINGKAT_ZONA[zona]}`,
    en: `${tanggalKalimat(tanggal, 'en')} 00:00 ${SINGKAT_ZONA[zona]}`,
  }
}

export const periodeTidakSah = (periode: string) =>
  fieldError('REALISASI.PERIODE_TIDAK_SAH', 'periode', {
    id: `Periode ${periode} bukan periode penilaian SKP ini.`,
    en: `${periode} is not an evaluation period of this SKP.`,
  })

export function terkunci(p: Pick<PeriodeSkp, 'nama' | 'terkunciPada'>, zona: ZonaWaktu) {
  const saat = labelSaatKunci(p.terkunciPada, zona)
  return conflict('REALISASI.TERKUNCI', {
    id: `Realisasi periode ${p.nama} terkunci sejak ${saat.id}. Admin instansi dapat membukanya kembali.`,
    en: `Entry for ${p.nama} locked on ${saat.en}. The agency administrator can reopen it.`,
  })
}

/**
 * The period, when entry is open for this SKP now; otherwise 400 (not one of the SKP's periods), 409
 * `PENGATURAN.TAHUN_DITUTUP` (closed year) or 409 `REALISASI.TERKUNCI` (locked, no unlock in force).
 */
export function cekPeriodeTerbuka(
  s: Pick<SkpRow, 'tahun' | 'mulai' | 'selesai'>,
  periode: string,
  ps: PengaturanSkp,
  now: Date,
  bukaKunci: BukaKunciBerlaku[],
): PeriodeSkp {
  if (ps.ditutup) throw tahunDitutup(s.tahun)
  const p = hitungPeriodeSkp(s, ps.pengaturan, now, bukaKunci).find((x) => x.kode === periode)
  if (!p) throw periodeTidakSah(periode)
  if (!p.terbuka) throw terkunci(p, ps.pengaturan.zonaWaktu)
  return p
}

/** Contract: throws 409 `REALISASI.TERKUNCI` when the period is locked for this SKP (honouring unlocks). */
export async function periksaPeriodeTerbuka(tx: Db, s: SkpRow, periode: KodePeriode | string): Promise<void> {
  const now = sekarang()
  const ps = await muatPengaturanSkp(tx, s)
  const kodeAda = hitungPeriodeSkp(s, ps.pengaturan, now, []).find((x) => x.kode === periode)
  const buka = kodeAda && now >= kodeAda.terkunciPada ? await bukaKunciBerlaku(tx, s, now) : []
  cekPeriodeTerbuka(s, periode, ps, now, buka)
}
