import { z } from 'zod'
import { IsoDate, Teks } from './common.ts'
import { KODE_PERIODE_PENILAIAN, PREDIKAT_PEGAWAI, STATUS_PERBAIKAN, type StatusPerbaikan } from './enums.ts'
import { AsalVersi } from './penilaian.ts'

/**
 * Rencana perbaikan kinerja (PP 30/2019 Pasal 56–58): six months to improve after a Kurang or Sangat Kurang
 * predikat, with follow-up dates. It only records; nothing is decided automatically.
 */
export { STATUS_PERBAIKAN, type StatusPerbaikan }

type PredikatPegawai = (typeof PREDIKAT_PEGAWAI)[number]

/** PP 30/2019: the predikat that open a six-month improvement record (and keep one running). */
export const PREDIKAT_PERBAIKAN = ['KURANG', 'SANGAT_KURANG'] as const satisfies readonly PredikatPegawai[]
export const membukaPerbaikan = (predikat: PredikatPegawai | null | undefined) =>
  !!predikat && (PREDIKAT_PERBAIKAN as readonly string[]).includes(predikat)

export const MAKS_TINDAK_LANJUT = 100

export const TindakLanjutInput = z.object({
  tanggal: IsoDate,
  rencana: Teks(2000),
  catatan: Teks(4000).nullish(),
})
export type TindakLanjutInput = z.infer<typeof TindakLanjutInput>

export const PerbaikanSelesai = z.object({ hasil: Teks(4000) })
export type PerbaikanSelesai = z.infer<typeof PerbaikanSelesai>

export const TindakLanjut = z.object({
  tanggal: z.string(),
  rencana: z.string(),
  catatan: z.string().nullable(),
  dicatatOleh: z.string(),
  dicatatPada: z.string(),
})
export type TindakLanjut = z.infer<typeof TindakLanjut>

/** The reader's part: the penilai and an admin record; the pegawai and the heads above read. */
export const PERAN_PERBAIKAN = ['penilai', 'admin', 'pegawai', 'pembaca'] as const

export const RencanaPerbaikanView = z.object({
  id: z.string(),
  pegawai: z.object({ pegawaiId: z.string(), nama: z.string(), nip: z.string().nullable() }),
  penilai: z.object({ pegawaiId: z.string(), nama: z.string() }).nullable(),
  evaluasiId: z.string(),
  tahun: z.number(),
  periode: z.enum(KODE_PERIODE_PENILAIAN),
  predikat: z.enum(PREDIKAT_PEGAWAI),
  mulai: z.string(),
  selesai: z.string(),
  status: z.enum(STATUS_PERBAIKAN),
  /**
   * Why a 'gugur' record ended (null otherwise): the evaluation version that replaced the predikat it was
   * opened for (`predikat` above) with one that opens none, by a keberatan decision or a correction after the
   * atasan penilai's reopen. `evaluasiId` is then that version.
   */
  dasarGugur: z
    .object({
      versi: z.number(),
      predikatBaru: z.enum(PREDIKAT_PEGAWAI),
      oleh: AsalVersi.shape.oleh,
      olehNama: z.string(),
      alasan: z.string(),
      pada: z.string(),
    })
    .nullable(),
  tindakLanjut: z.array(TindakLanjut),
  hasil: z.string().nullable(),
  peran: z.enum(PERAN_PERBAIKAN),
  /** Running and the reader records it: no follow-up yet, or the six months are over (close it). */
  perluTindakLanjut: z.boolean(),
  aksi: z.object({ tindakLanjut: z.boolean(), selesai: z.boolean() }),
})
export type RencanaPerbaikanView = z.infer<typeof RencanaPerbaikanView>

export const RencanaPerbaikanDaftar = z.object({ items: z.array(RencanaPerbaikanView) })
export type RencanaPerbaikanDaftar = z.infer<typeof RencanaPerbaikanDaftar>

export const PerbaikanQuery = z.object({ status: z.enum(STATUS_PERBAIKAN).optional() })
