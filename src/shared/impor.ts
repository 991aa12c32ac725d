import { z } from 'zod'
import { m, PageQuery } from './common.ts'
import { JENIS_IMPOR, MODE_IMPOR, STATUS_IMPOR } from './enums.ts'

/**
 * semua: write only when every row is valid (default); valid_saja: write the valid rows, report the rest;
 * validasi: only check and report, write nothing.
 */
export { JENIS_IMPOR, MODE_IMPOR, STATUS_IMPOR }
export type ModeImpor = (typeof MODE_IMPOR)[number]
export type JenisImpor = (typeof JENIS_IMPOR)[number]

export const ImporQuery = z.object({
  instansiId: z.uuid(m('ID instansi tidak valid', 'Invalid agency id')),
  mode: z.enum(MODE_IMPOR).default('semua'),
})
export type ImporQuery = z.infer<typeof ImporQuery>

export const ImporListQuery = PageQuery.omit({ q: true }).extend({
  instansiId: z.uuid(m('ID instansi tidak valid', 'Invalid agency id')).optional(),
  jenis: z.enum(JENIS_IMPOR).optional(),
})
export type ImporListQuery = z.infer<typeof ImporListQuery>

export const ImporKesalahan = z.object({
  /** Spreadsheet row number, the header row being 1. */
  baris: z.number(),
  kolom: z.string(),
  pesan: z.string(),
})

/** baru + diperbarui + mutasi + tidakBerubah = the rows applied. A moved pegawai counts as mutasi only. */
export const ImporRingkasan = z.object({
  baru: z.number(),
  diperbarui: z.number(),
  mutasi: z.number(),
  tidakBerubah: z.number(),
})
export type ImporRingkasan = z.infer<typeof ImporRingkasan>

export const ImporReport = z.object({
  /** Null for mode=validasi: a dry run is not recorded. */
  id: z.string().nullable(),
  jenis: z.enum(JENIS_IMPOR),
  mode: z.enum(MODE_IMPOR),
  namaFile: z.string(),
  status: z.enum(STATUS_IMPOR),
  totalBaris: z.number(),
  barisValid: z.number(),
  /** Rows that changed something (baru + diperbarui + mutasi). */
  barisDitulis: z.number(),
  ringkasan: ImporRingkasan,
  /** The first 1,000 problems by row; `jumlahKesalahan` counts them all. */
  kesalahan: z.array(ImporKesalahan),
  jumlahKesalahan: z.number(),
})
export type ImporReport = z.infer<typeof ImporReport>

export const ImporRun = z.object({
  id: z.string(),
  instansiId: z.string(),
  jenis: z.enum(JENIS_IMPOR),
  mode: z.enum(MODE_IMPOR),
  namaFile: z.string(),
  status: z.enum(STATUS_IMPOR),
  totalBaris: z.number(),
  barisValid: z.number(),
  barisDitulis: z.number(),
  ringkasan: ImporRingkasan,
  aktor: z.string().nullable(),
  createdAt: z.string(),
})
export type ImporRun = z.infer<typeof ImporRun>

export const ImporDetail = ImporReport.extend({
  id: z.string(),
  instansiId: z.string(),
  aktor: z.string().nullable(),
  createdAt: z.string(),
})
export type ImporDetail = z.infer<typeof ImporDetail>
