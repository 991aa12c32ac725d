import { z } from 'zod'
import { FORMAT_B18, MAKS_KOMPETENSI_B19, SKALA_B19, formatB18Terbaru } from '../domain/dialog-kinerja.ts'
import { IsoDate, m, Teks } from './common.ts'
import { JENIS_DIALOG, STATUS_DIALOG } from './enums.ts'
import { Tahun } from './pengaturan.ts'

/**
 * Dialog kinerja (PermenPANRB 6/2022, DOMAIN §4): coaching and counselling sessions, Format B.1.8 (the
 * pegawai's feedback on the coaching) and B.1.9 (the atasan's competency evaluation after it).
 */
export { JENIS_DIALOG, STATUS_DIALOG }

const Versi = z.number().int().min(1)

export const DialogQuery = z.object({ tahun: Tahun.optional() })
export const CalonDialogQuery = z.object({ tahun: Tahun })

export const DialogCreate = z.object({
  /** The pegawai's SKP the session is about; its penilai schedules it. */
  skpId: z.uuid(m('ID SKP tidak valid', 'Invalid SKP id')),
  jenis: z.enum(JENIS_DIALOG),
  tanggal: IsoDate,
  topik: Teks(2000),
})
export type DialogCreate = z.infer<typeof DialogCreate>

export const DialogUpdate = z.object({
  jenis: z.enum(JENIS_DIALOG).optional(),
  tanggal: IsoDate.optional(),
  topik: Teks(2000).optional(),
  versi: Versi,
})
export type DialogUpdate = z.infer<typeof DialogUpdate>

/** The session was held: what was discussed and the agreed actions, with a follow-up date. */
export const DialogSelesai = z.object({
  topik: Teks(2000).optional(),
  tindakLanjut: Teks(4000),
  tanggalTindakLanjut: IsoDate.nullish(),
  versi: Versi,
})
export type DialogSelesai = z.infer<typeof DialogSelesai>
export const DialogBatal = z.object({ alasan: Teks(1000), versi: Versi })
export type DialogBatal = z.infer<typeof DialogBatal>

const Skor = (min: number, max: number) =>
  z
    .number()
    .int()
    .min(min, m(`Nilai ${min}–${max}`, `A score of ${min}–${max}`))
    .max(max, m(`Nilai ${min}–${max}`, `A score of ${min}–${max}`))

/** Format B.1.8: one answer per statement of the version answered (the latest when the form is filled). */
export const B18Input = z
  .object({
    versiFormat: z.number().int().min(1),
    jawaban: z.array(Skor(1, 5)),
    catatan: z.string().trim().max(2000).nullish(),
    versi: Versi,
  })
  .superRefine((v, c) => {
    const f = FORMAT_B18.find((x) => x.versi === v.versiFormat)
    if (!f || f !== formatB18Terbaru())
      c.addIssue({
        code: 'custom',
        path: ['versiFormat'],
        message: m('Versi formulir usang', 'Outdated form version'),
      })
    else if (v.jawaban.length !== f.pernyataan.length)
      c.addIssue({
        code: 'custom',
        path: ['jawaban'],
        message: m(
          `Jawab ke-${f.pernyataan.length} pernyataan`,
          `Answer all ${f.pernyataan.length} statements`,
        ),
      })
  })
export type B18Input = z.infer<typeof B18Input>

/** Format B.1.9: each competency worked on, rated 1–5 with the reason. */
export const KompetensiB19 = z.object({
  kompetensi: Teks(200),
  nilai: Skor(SKALA_B19.min, SKALA_B19.max),
  alasan: Teks(1000),
})
export const B19Input = z.object({
  penilaian: z
    .array(KompetensiB19)
    .min(1, m('Minimal satu kompetensi', 'At least one competency'))
    .max(MAKS_KOMPETENSI_B19),
  versi: Versi,
})
export type B19Input = z.infer<typeof B19Input>

const Orang = z.object({ pegawaiId: z.string(), nama: z.string() })
export const PERAN_DIALOG = ['pegawai', 'atasan', 'pembaca'] as const

export const DialogRingkas = z.object({
  id: z.string(),
  skpId: z.string(),
  tahun: z.number(),
  jenis: z.enum(JENIS_DIALOG),
  status: z.enum(STATUS_DIALOG),
  tanggal: z.string(),
  topik: z.string(),
  pegawai: Orang,
  atasan: Orang.nullable(),
  /** The reader's side of the dialog. */
  peran: z.enum(PERAN_DIALOG),
  /** Something here waits for the reader (hold the session, fill a form): listed first. */
  menunggu: z.boolean(),
  b18Terisi: z.boolean(),
  b19Terisi: z.boolean(),
})
export type DialogRingkas = z.infer<typeof DialogRingkas>
export const DialogDaftar = z.object({ items: z.array(DialogRingkas) })

const Pernyataan = z.object({ id: z.string(), en: z.string() })
export const FormatB18View = z.object({
  versi: z.number(),
  pernyataan: z.array(Pernyataan),
  skala: z.array(z.object({ nilai: z.number(), label: z.string(), labelEn: z.string() })),
})

export const DialogDetail = DialogRingkas.extend({
  tindakLanjut: z.string().nullable(),
  tanggalTindakLanjut: z.string().nullable(),
  alasanBatal: z.string().nullable(),
  b18: z
    .object({
      versiFormat: z.number(),
      jawaban: z.array(z.number()),
      catatan: z.string().nullable(),
      diisiAt: z.string(),
    })
    .nullable(),
  b19: z.object({ penilaian: z.array(KompetensiB19), diisiAt: z.string() }).nullable(),
  /** The statements to show: the version answered, or the one to answer now. */
  formatB18: FormatB18View,
  aksi: z.object({
    ubah: z.boolean(),
    selesaikan: z.boolean(),
    batalkan: z.boolean(),
    isiB18: z.boolean(),
    isiB19: z.boolean(),
  }),
  versi: z.number(),
})
export type DialogDetail = z.infer<typeof DialogDetail>

/** Subordinates whose approved SKP the actor assesses: who a dialog can be scheduled with. */
export const CalonDialog = z.object({
  items: z.array(
    z.object({ skpId: z.string(), pegawaiId: z.string(), nama: z.string(), nip: z.string().nullable() }),
  ),
})
export type CalonDialog = z.infer<typeof CalonDialog>
