import { z } from 'zod'
import { KODE_BERAKHLAK } from '../domain/berakhlak.ts'
import { MAKS_ISI_UMPAN_BALIK } from '../domain/umpan-balik.ts'
import { m } from './common.ts'
import { KODE_PERIODE, PERAN_UMPAN_BALIK } from './enums.ts'

/**
 * Umpan balik berkelanjutan (PermenPANRB 6/2022, DOMAIN §4): threads per RHK and per BerAKHLAK value of an
 * SKP in one period, between the pegawai and the penilai; the ketua tim comments on the RHK of the team.
 */
export { PERAN_UMPAN_BALIK }

export const PeriodeUmpanBalik = z.enum(KODE_PERIODE, m('Periode tidak dikenal', 'Unknown period'))

/** Which thread: one RHK of the SKP, or one BerAKHLAK value (exactly one of the two). */
const Sasaran = z.object({
  rhkId: z.uuid(m('ID RHK tidak valid', 'Invalid RHK id')).optional(),
  kodeNilai: z.enum(KODE_BERAKHLAK, m('Nilai BerAKHLAK tidak dikenal', 'Unknown BerAKHLAK value')).optional(),
})
const satuSasaran = <T extends { rhkId?: string; kodeNilai?: string }>(v: T) =>
  (v.rhkId === undefined) !== (v.kodeNilai === undefined)
const PESAN_SASARAN = {
  message: m('Pilih satu: RHK atau nilai BerAKHLAK', 'Choose one: an RHK or a BerAKHLAK value'),
  path: ['rhkId'],
}

export const UtasQuery = Sasaran.extend({ periode: PeriodeUmpanBalik }).refine(satuSasaran, PESAN_SASARAN)
export type UtasQuery = z.infer<typeof UtasQuery>

const Isi = z
  .string()
  .trim()
  .min(1, m('Wajib diisi', 'Required'))
  .max(
    MAKS_ISI_UMPAN_BALIK,
    m(`Maksimal ${MAKS_ISI_UMPAN_BALIK} karakter`, `At most ${MAKS_ISI_UMPAN_BALIK} characters`),
  )

export const UmpanBalikCreate = Sasaran.extend({ periode: PeriodeUmpanBalik, isi: Isi }).refine(
  satuSasaran,
  PESAN_SASARAN,
)
export type UmpanBalikCreate = z.infer<typeof UmpanBalikCreate>
export const UmpanBalikUpdate = z.object({ isi: Isi })
export type UmpanBalikUpdate = z.infer<typeof UmpanBalikUpdate>
export const RingkasanQuery = z.object({ periode: PeriodeUmpanBalik })

export const KomentarView = z.object({
  id: z.string(),
  isi: z.string(),
  penulis: z.object({ nama: z.string(), peran: z.enum(PERAN_UMPAN_BALIK), atasNama: z.boolean() }),
  milikSaya: z.boolean(),
  createdAt: z.string(),
  diubahAt: z.string().nullable(),
  /** Until when the author may still edit it (the server's clock); null when not (any more) editable. */
  bolehUbahSampai: z.string().nullable(),
  /** Written by someone else after this reader last read the thread. */
  baru: z.boolean(),
})
export type KomentarView = z.infer<typeof KomentarView>

export const UtasView = z.object({
  skpId: z.string(),
  periode: z.string(),
  rhkId: z.string().nullable(),
  kodeNilai: z.string().nullable(),
  /** What the thread is about: the RHK's text or the value's name. */
  judul: z.string(),
  items: z.array(KomentarView),
  belumDibaca: z.number(),
  /** The reader may post (a participant); a pimpinan above only reads. */
  bolehTulis: z.boolean(),
  /** The server's now, so the web app counts the edit window down from the server's clock. */
  sekarang: z.string(),
})
export type UtasView = z.infer<typeof UtasView>

/** Per thread of an (SKP, periode): how many comments, how many unread by this reader. */
export const RingkasanUtas = z.object({
  rhkId: z.string().nullable(),
  kodeNilai: z.string().nullable(),
  jumlah: z.number(),
  belumDibaca: z.number(),
  terakhirAt: z.string().nullable(),
})
export const RingkasanUmpanBalik = z.object({
  skpId: z.string(),
  periode: z.string(),
  utas: z.array(RingkasanUtas),
  belumDibaca: z.number(),
})
export type RingkasanUmpanBalik = z.infer<typeof RingkasanUmpanBalik>
export const DibacaView = z.object({ belumDibaca: z.number() })
