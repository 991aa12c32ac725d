import { z } from 'zod'
import { m } from './common.ts'
import { KODE_PERIODE_PENILAIAN, PREDIKAT_PEGAWAI } from './enums.ts'
import { Tahun } from './pengaturan.ts'

/**
 * Tukin/TPP report (DOMAIN §7): each pegawai of a unit (subtree) with the predikat that applies to a month and
 * the allowance percentage the instansi's own table (setting `persenTunjangan`) gives it.
 */
export const TunjanganQuery = z.object({
  tahun: Tahun,
  bulan: z.coerce.number().int().min(1, m('Bulan 1–12', 'Month 1–12')).max(12, m('Bulan 1–12', 'Month 1–12')),
  unorId: z.uuid(m('ID unit tidak valid', 'Invalid unit id')),
  format: z.enum(['json', 'csv']).default('json'),
})
export type TunjanganQuery = z.infer<typeof TunjanganQuery>

export const BarisTunjangan = z.object({
  pegawaiId: z.string(),
  nama: z.string(),
  nip: z.string(),
  unor: z.string(),
  jabatan: z.string(),
  /** Null: no final periodic evaluation covers the month yet ("belum dinilai"). */
  predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  periode: z.enum(KODE_PERIODE_PENILAIAN).nullable(),
  persen: z.number().nullable(),
})
export type BarisTunjangan = z.infer<typeof BarisTunjangan>

export const LaporanTunjangan = z.object({
  tahun: z.number(),
  bulan: z.number(),
  unor: z.object({ id: z.string(), nama: z.string() }),
  persenTunjangan: z.record(z.enum(PREDIKAT_PEGAWAI), z.number()),
  /** Not yet rated first (what needs action), then by name. */
  items: z.array(BarisTunjangan),
  jumlah: z.number(),
  belumDinilai: z.number(),
})
export type LaporanTunjangan = z.infer<typeof LaporanTunjangan>
