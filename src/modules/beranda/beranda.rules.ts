import { aksiTersedia, type SkpStatus } from '../../domain/skp-workflow.ts'
import type { Capaian, LangkahPegawai, StatusCapaian } from '../../shared/beranda.ts'

/**
 * Pure rules of the Beranda (no I/O): the pegawai's next step, days to a deadline, which of the year's SKPs
 * is "mine now", and completion counts. The workflow itself stays in src/domain/skp-workflow.ts: the next
 * step is read from the actions the workflow allows the owner.
 */

export interface KeadaanLangkah {
  /** Closed by the admin instansi: nothing can be written (an approved SKP is simply done). */
  tahunDitutup: boolean
  bebasSkp: boolean
  adaJabatan: boolean
  skp: { status: SkpStatus } | null
  /** False when the penilai's SKP is not approved (the owner cannot cascade RHK from it yet). */
  skpAtasanDisetujui: boolean | null
}

export function langkahPegawai(k: KeadaanLangkah): LangkahPegawai {
  if (k.tahunDitutup && k.skp?.status !== 'disetujui') return 'tahun_ditutup'
  if (!k.skp) {
    // DOMAIN §1: exempt statuses (configurable per year) need no SKP
    if (k.bebasSkp) return 'bebas_skp'
    if (!k.adaJabatan) return 'tidak_ada_jabatan'
    return 'buat_skp'
  }
  const aksi = aksiTersedia(k.skp.status, 'pemilik')
  if (aksi.includes('ajukan')) {
    // DOMAIN §2: the superior's SKP must be approved before a subordinate can cascade from it
    if (k.skpAtasanDisetujui === false) return 'tunggu_skp_atasan'
    return k.skp.status === 'dikembalikan' ? 'perbaiki_ajukan' : 'lengkapi_ajukan'
  }
  if (aksi.includes('tarik')) return 'tunggu_penilai'
  return 'selesai'
}

/** Whole days from `dari` to `sampai` (yyyy-mm-dd): 0 on the day itself, negative once past. */
export function selisihHari(dari: string, sampai: string): number {
  return Math.round((Date.parse(`${sampai}T00:00:00Z`) - Date.parse(`${dari}T00:00:00Z`)) / 86_400_000)
}

/** After a mutasi a pegawai has several SKPs in a year: the one whose period covers today, else the latest. */
export function skpSaatIni<T extends { mulai: string; selesai: string }>(skps: T[], hari: string): T | null {
  return skps.find((s) => s.mulai <= hari && hari <= s.selesai) ?? skps.at(-1) ?? null
}

export const capaianKosong = (): Capaian => ({
  belum_ada: 0,
  draft: 0,
  diajukan: 0,
  dikembalikan: 0,
  disetujui: 0,
  total: 0,
  persenDisetujui: 0,
})

/** Add one group's count to a completion. */
export function tambahCapaian(c: Capaian, status: StatusCapaian, jumlah: number): Capaian {
  c[status] += jumlah
  c.total += jumlah
  c.persenDisetujui = c.total === 0 ? 0 : Math.round((c.disetujui * 1000) / c.total) / 10
  return c
}

/** Share not yet approved: the order in which units need attention (most unfinished first). */
export const belumSelesai = (c: Capaian) => (c.total === 0 ? 0 : (c.total - c.disetujui) / c.total)
