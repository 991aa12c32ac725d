/**
 * Validation of one unit row of an unor import (pure). A unit is identified by its KODE (the SIASN
 * unor id); its parent by KODE_INDUK, or by NAMA_INDUK when the code is not at hand.
 */
import type { KolomUnor } from './impor-kolom.ts'
import { kunci, teks } from './impor-nilai.ts'
import { Pemeriksa, type BarisMentah, type HasilBaris } from './impor-tipe.ts'

export interface UnorImpor {
  baris: number
  kode: string
  nama: string
  kodeInduk: string | null
  namaInduk: string | null
  /** `undefined` = column absent: an existing unit keeps its head position's name. */
  namaJabatanKepala: string | null | undefined
}

export interface KonteksUnor {
  kolomAda: ReadonlySet<KolomUnor>
  /** kunci(KODE) → the first row that carries it. */
  kodePertama: ReadonlyMap<string, number>
  /** kunci() of the instansi's unit codes and names. */
  unorKode: ReadonlySet<string>
  unorNama: ReadonlySet<string>
  /** kunci() of the file's NAMA values. */
  namaDiFile: ReadonlySet<string>
}

export function kumpulkanKonteksUnor(rows: readonly BarisMentah<KolomUnor>[]) {
  const kodePertama = new Map<string, number>()
  const namaDiFile = new Set<string>()
  for (const { baris, nilai } of rows) {
    const k = kunci(nilai.KODE)
    if (k && !kodePertama.has(k)) kodePertama.set(k, baris)
    if (kunci(nilai.NAMA)) namaDiFile.add(kunci(nilai.NAMA))
  }
  return { kodePertama, namaDiFile }
}

function cekKode(raw: BarisMentah<KolomUnor>, ctx: KonteksUnor, p: Pemeriksa) {
  const kode = teks(raw.nilai.KODE)
  if (!kode) return (p.salah('KODE', 'KODE wajib diisi', 'KODE (unit code) is required'), kode)
  if (kode.length > 100) p.salah('KODE', 'Paling banyak 100 karakter', 'At most 100 characters')
  const pertama = ctx.kodePertama.get(kunci(kode))
  if (pertama !== undefined && pertama !== raw.baris) {
    p.salah('KODE', `KODE ganda: sudah ada di baris ${pertama}`, `Duplicate KODE: already in row ${pertama}`)
  }
  return kode
}

function cekInduk(raw: BarisMentah<KolomUnor>, kode: string, ctx: KonteksUnor, p: Pemeriksa) {
  const kodeInduk = teks(raw.nilai.KODE_INDUK) || null
  const namaInduk = kodeInduk ? null : teks(raw.nilai.NAMA_INDUK) || null
  if (kodeInduk) {
    const k = kunci(kodeInduk)
    if (k === kunci(kode))
      p.salah('KODE_INDUK', 'Unit tidak boleh menjadi induknya sendiri', 'A unit cannot be its own parent')
    else if (!ctx.unorKode.has(k) && !ctx.kodePertama.has(k)) {
      p.salah(
        'KODE_INDUK',
        'KODE_INDUK tidak dikenal di instansi ini maupun di berkas',
        'KODE_INDUK is neither a unit of this agency nor in the file',
      )
    }
  } else if (namaInduk && !ctx.unorNama.has(kunci(namaInduk)) && !ctx.namaDiFile.has(kunci(namaInduk))) {
    p.salah(
      'NAMA_INDUK',
      'NAMA_INDUK tidak dikenal di instansi ini maupun di berkas',
      'NAMA_INDUK is neither a unit of this agency nor in the file',
    )
  }
  return { kodeInduk, namaInduk }
}

export function validasiBarisUnor(raw: BarisMentah<KolomUnor>, ctx: KonteksUnor): HasilBaris<UnorImpor> {
  const p = new Pemeriksa()
  const kode = cekKode(raw, ctx, p)
  const nama = teks(raw.nilai.NAMA)
  if (!nama) p.salah('NAMA', 'NAMA wajib diisi', 'NAMA (unit name) is required')
  else if (nama.length > 200) p.salah('NAMA', 'Paling banyak 200 karakter', 'At most 200 characters')
  const induk = cekInduk(raw, kode, ctx, p)
  const kepala = ctx.kolomAda.has('NAMA_JABATAN_KEPALA')
    ? teks(raw.nilai.NAMA_JABATAN_KEPALA) || null
    : undefined
  if (kepala && kepala.length > 200)
    p.salah('NAMA_JABATAN_KEPALA', 'Paling banyak 200 karakter', 'At most 200 characters')
  return p.hasil(() => ({ baris: raw.baris, kode, nama, ...induk, namaJabatanKepala: kepala }))
}
