/**
 * Progres harian rules (DOMAIN §4), pure: the workflow of an entry, a day's status, overlapping times,
 * clock times as minutes, weeks. No database, no framework.
 */
import { addDays, type IsoDate } from '../../domain/iso-date.ts'
import type { StatusHariProgres, StatusProgres } from '../../shared/enums.ts'

export const AKSI_PROGRES = ['ubah', 'hapus', 'ajukan', 'setujui', 'kembalikan'] as const
export type AksiProgres = (typeof AKSI_PROGRES)[number]
/** The reader's relation to the entry: its owner, the penilai of its SKP, or anyone else. */
export type PeranProgres = 'pemilik' | 'penilai' | 'lain'

export type HasilTransisi =
  | { ok: true; ke: StatusProgres }
  | { ok: false; code: 'PROGRES.BUKAN_WEWENANG' | 'PROGRES.TRANSISI_TIDAK_SAH' }

/**
 * Who may do what in which state. The owner writes, deletes and submits while the entry is a draft or
 * returned (an edit of a returned entry makes it a draft again); the penilai approves or returns what was
 * submitted. An approved entry is final.
 */
const ATURAN: Record<
  AksiProgres,
  { peran: PeranProgres; dari: StatusProgres[]; ke: (s: StatusProgres) => StatusProgres }
> = {
  ubah: { peran: 'pemilik', dari: ['draft', 'dikembalikan'], ke: () => 'draft' },
  hapus: { peran: 'pemilik', dari: ['draft', 'dikembalikan'], ke: (s) => s },
  ajukan: { peran: 'pemilik', dari: ['draft', 'dikembalikan'], ke: () => 'diajukan' },
  setujui: { peran: 'penilai', dari: ['diajukan'], ke: () => 'disetujui' },
  kembalikan: { peran: 'penilai', dari: ['diajukan'], ke: () => 'dikembalikan' },
}

/** No authority beats a wrong state: someone who may never do it is told so (403), not "not now" (409). */
export function transisiProgres(
  status: StatusProgres,
  aksi: AksiProgres,
  peran: PeranProgres,
): HasilTransisi {
  const a = ATURAN[aksi]
  if (a.peran !== peran) return { ok: false, code: 'PROGRES.BUKAN_WEWENANG' }
  if (!a.dari.includes(status)) return { ok: false, code: 'PROGRES.TRANSISI_TIDAK_SAH' }
  return { ok: true, ke: a.ke(status) }
}

export function aksiProgres(status: StatusProgres, peran: PeranProgres): Record<AksiProgres, boolean> {
  return Object.fromEntries(AKSI_PROGRES.map((a) => [a, transisiProgres(status, a, peran).ok])) as Record<
    AksiProgres,
    boolean
  >
}

/**
 * A day's status from its entries, the one that needs action first: returned (the pegawai must fix it),
 * then draft (not submitted yet), then submitted (the penilai must review), approved only when all are.
 */
const URUTAN_HARI: StatusProgres[] = ['dikembalikan', 'draft', 'diajukan', 'disetujui']
export function statusHari(status: StatusProgres[]): StatusHariProgres {
  if (status.length === 0) return 'belum_diisi'
  return URUTAN_HARI.find((s) => status.includes(s))!
}

/** "08:30" → 510; "24:00" → 1440. */
export function keMenit(jam: string): number {
  const [j, m] = jam.split(':').map(Number)
  return j * 60 + m
}

/** 510 → "08:30". */
export function keJam(menit: number): string {
  return `${String(Math.floor(menit / 60)).padStart(2, '0')}:${String(menit % 60).padStart(2, '0')}`
}

export interface Rentang {
  mulai: number
  selesai: number // exclusive
}

/** The first of `lain` whose time overlaps `baru` (touching ends, 08:00–09:00 then 09:00–10:00, do not). */
export function cariBertumpuk<T extends Rentang>(baru: Rentang, lain: T[]): T | undefined {
  return lain.find((x) => x.mulai < baru.selesai && baru.mulai < x.selesai)
}

/** Monday of the ISO week holding `tanggal`. */
export function awalMinggu(tanggal: IsoDate): IsoDate {
  const hari = new Date(`${tanggal}T00:00:00Z`).getUTCDay() // 0 = Sunday
  return addDays(tanggal, -((hari + 6) % 7))
}

/** Every day from `dari` to `sampai`, inclusive. */
export function hariAntara(dari: IsoDate, sampai: IsoDate): IsoDate[] {
  const hasil: IsoDate[] = []
  for (let d = dari; d <= sampai; d = addDays(d, 1)) hasil.push(d)
  return hasil
}
