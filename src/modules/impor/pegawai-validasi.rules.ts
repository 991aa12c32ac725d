/**
 * Validation of one pegawai row of an import (pure: no database, no framework). Every problem of the
 * row is reported, each with its column and a reason in Indonesian and English. What needs the whole
 * file (duplicate NIPs, units defined by other rows) or the database (NIPs of other instansi, known
 * units) arrives pre-computed in the context.
 */
import type { KolomPegawai } from './impor-kolom.ts'
import { kunci, parseTanggal, teks, type NilaiSel } from './impor-nilai.ts'
import { Pemeriksa, type BarisMentah, type HasilBaris } from './impor-tipe.ts'
import {
  cekIdentitas,
  cekJabatan,
  cekKepegawaian,
  cekMasaStatus,
  cekNip,
  cekTeks,
  TANGGAL_SALAH,
} from './pegawai-cek.rules.ts'
import type { JenisAsn, JenisJabatan, Jenjang, StatusKepegawaian } from './pegawai-enum.ts'

export interface PegawaiImpor {
  baris: number
  nip: string
  nama: string
  /** `undefined` = the column is absent from the file: an existing pegawai keeps the stored value. */
  gelarDepan: string | null | undefined
  gelarBelakang: string | null | undefined
  jenisKelamin: 'L' | 'P'
  tempatLahir: string | null | undefined
  tanggalLahir: string
  jenisAsn: JenisAsn
  golongan: string | null
  pangkat: string | null | undefined
  status: StatusKepegawaian | undefined
  statusMulai?: string | null
  statusSelesai?: string | null
  email: string | null | undefined
  jabatan: { nama: string; jenis: JenisJabatan; jenjang: Jenjang | null; isKepala: boolean }
  /** Unit reference as written (kode or name) and its parent (name or kode), resolved when planning. */
  unor: string
  unorInduk: string | null
  tmtJabatan: string | null
}

export interface KonteksPegawai {
  kolomAda: ReadonlySet<KolomPegawai>
  /** Normalised NIP → the first row that carries it. */
  nipPertama: ReadonlyMap<string, number>
  /** NIPs of the file already registered to another instansi. */
  nipInstansiLain: ReadonlySet<string>
  /** kunci() of the kode and of the name of every unit of the instansi. */
  unorKode: ReadonlySet<string>
  unorNama: ReadonlySet<string>
  /** kunci() of every UNOR value in the file, and of those that come with an UNOR_INDUK. */
  unorDiFile: ReadonlySet<string>
  unorDenganInduk: ReadonlySet<string>
  /** Unit key → the first row heading it (KEPALA_UNOR = Y). */
  kepalaPertama: ReadonlyMap<string, number>
}

function cekUnor(n: BarisMentah<KolomPegawai>['nilai'], ctx: KonteksPegawai, p: Pemeriksa) {
  const unor = teks(n.UNOR)
  const induk = teks(n.UNOR_INDUK) || null
  if (!unor) return (p.salah('UNOR', 'UNOR wajib diisi', 'UNOR (unit) is required'), { unor, induk })
  if (ctx.unorKode.has(kunci(unor))) return { unor, induk: null } // a SIASN unit code is unambiguous
  const kIn = induk ? kunci(induk) : null
  if (kIn && !ctx.unorKode.has(kIn) && !ctx.unorNama.has(kIn) && !ctx.unorDiFile.has(kIn)) {
    p.salah(
      'UNOR_INDUK',
      'UNOR_INDUK tidak dikenal di instansi ini maupun di berkas',
      'UNOR_INDUK is neither a unit of this agency nor in the file',
    )
  } else if (!kIn && !ctx.unorNama.has(kunci(unor)) && !ctx.unorDenganInduk.has(kunci(unor))) {
    p.salah(
      'UNOR',
      'UNOR tidak dikenal di instansi ini; isi UNOR_INDUK agar unit baru dibuat',
      'Unknown unit in this agency; fill UNOR_INDUK to create it',
    )
  }
  return { unor, induk }
}

function cekTmt(nilai: NilaiSel, tanggalLahir: string, p: Pemeriksa): string | null {
  const tmt = parseTanggal(nilai)
  if (!tmt.ok) return (p.salah('TMT_JABATAN', ...TANGGAL_SALAH), null)
  if (tmt.nilai && tanggalLahir && tmt.nilai <= tanggalLahir) {
    p.salah(
      'TMT_JABATAN',
      'TMT_JABATAN harus setelah tanggal lahir',
      'TMT_JABATAN must be after the birth date',
    )
  }
  return tmt.nilai
}

/** Validate one pegawai row: `{ data }` when clean, otherwise `{ kesalahan }` listing every problem. */
export function validasiBarisPegawai(
  raw: BarisMentah<KolomPegawai>,
  ctx: KonteksPegawai,
): HasilBaris<PegawaiImpor> {
  const p = new Pemeriksa()
  const n = raw.nilai
  const nip = cekNip(n.NIP, raw.baris, ctx, p)
  const identitas = cekIdentitas(n, nip, p)
  const t = cekTeks(n, ctx, p)
  const k = cekKepegawaian(n, p)
  const masa = cekMasaStatus(n, ctx, p)
  const jabatan = cekJabatan(n, raw.baris, ctx, p)
  const unor = cekUnor(n, ctx, p)
  const tmtJabatan = cekTmt(n.TMT_JABATAN, identitas.tanggalLahir, p)
  return p.hasil(() => ({
    baris: raw.baris,
    nip: nip!.nip,
    ...t,
    ...identitas,
    jenisAsn: k.jenisAsn,
    golongan: k.golongan,
    pangkat: t.pangkat || (k.pangkatBawaan ?? t.pangkat),
    status: k.status,
    ...masa,
    jabatan,
    unor: unor.unor,
    unorInduk: unor.induk,
    tmtJabatan,
  }))
}
