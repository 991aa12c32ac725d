import { z } from 'zod'
import { m } from './common.ts'
import { JENIS_BUKTI, KODE_PERIODE, PENDEKATAN, SKP_STATUS, VARIAN } from './enums.ts'
import { Lampiran, PerilakuView, RhkView, SkpSnapshot } from './skp.ts'

/**
 * SKP revisions (DOMAIN §2): reopening an approved SKP once realisasi exists keeps the SKP as it was, with
 * what was carried out under it, read-only. GET /skp/:id/revisi and /skp/:id/revisi/:nomor.
 */
export const RevisiParams = z.object({
  id: z.uuid(m('ID tidak valid', 'Invalid id')),
  nomor: z.coerce
    .number()
    .int()
    .min(1, m('Nomor revisi minimal 1', 'The revision number is at least 1'))
    .max(100_000, m('Nomor revisi terlalu besar', 'The revision number is too large')),
})

export const RevisiBerkasParams = RevisiParams.extend({ berkasId: z.uuid(m('ID tidak valid', 'Invalid id')) })

export const RevisiRingkas = z.object({
  nomor: z.number(),
  alasan: z.string(),
  /** Who reopened the SKP (the name at the time). */
  dibukaOleh: z.string().nullable(),
  createdAt: z.string(),
  /** Status and approval date of the version kept. */
  disetujuiAt: z.string().nullable(),
})
export type RevisiRingkas = z.infer<typeof RevisiRingkas>

export const RevisiDaftar = z.object({ items: z.array(RevisiRingkas) })
export type RevisiDaftar = z.infer<typeof RevisiDaftar>

const Periode = z.enum(KODE_PERIODE)

/** The SKP as it was (the page's view without the actions of the moment). */
export const SkpArsip = z.object({
  id: z.string(),
  tahun: z.number(),
  mulai: z.string(),
  selesai: z.string(),
  pendekatan: z.enum(PENDEKATAN),
  varian: z.enum(VARIAN),
  status: z.enum(SKP_STATUS),
  versi: z.number(),
  diajukanAt: z.string().nullable(),
  disetujuiAt: z.string().nullable(),
  snapshot: SkpSnapshot,
  rhk: z.array(RhkView),
  perilaku: z.array(PerilakuView),
  lampiran: Lampiran,
})
export type SkpArsip = z.infer<typeof SkpArsip>

export const RealisasiArsip = z.object({
  ikiId: z.string(),
  periode: Periode,
  nilai: z.number().nullable(),
  nilaiTeks: z.string().nullable(),
  catatan: z.string().nullable(),
  updatedAt: z.string(),
})
export const TargetPeriodeArsip = z.object({
  ikiId: z.string(),
  periode: Periode,
  targetMin: z.number().nullable(),
  targetMax: z.number().nullable(),
  targetTeks: z.string().nullable(),
})
export const RencanaAksiArsip = z.object({
  rhkId: z.string(),
  periode: Periode,
  urutan: z.number(),
  uraian: z.string(),
  target: z.number().nullable(),
  satuan: z.string().nullable(),
  targetTeks: z.string().nullable(),
})
/** Evidence metadata; an uploaded file stays stored while a revision names it. */
export const BuktiArsip = z.object({
  id: z.string(),
  ikiId: z.string(),
  periode: Periode,
  jenis: z.enum(JENIS_BUKTI),
  tautan: z.string().nullable(),
  keterangan: z.string().nullable(),
  berkas: z
    .object({ id: z.string(), nama: z.string(), mime: z.string(), ukuran: z.number(), sha256: z.string() })
    .nullable(),
})

export const RevisiIsi = z.object({
  skp: SkpArsip,
  realisasi: z.array(RealisasiArsip),
  targetPeriode: z.array(TargetPeriodeArsip),
  rencanaAksi: z.array(RencanaAksiArsip),
  bukti: z.array(BuktiArsip),
})
export type RevisiIsi = z.infer<typeof RevisiIsi>

export const RevisiView = RevisiRingkas.extend({ isi: RevisiIsi })
export type RevisiView = z.infer<typeof RevisiView>
