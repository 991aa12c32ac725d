import type { Db } from '../../db/client.ts'
import type { PejabatSnapshot, SkpSnapshot } from '../../shared/skp.ts'
import { cariPenilai } from '../pegawai/penilai.service.ts'

/**
 * The snapshot stored with every SKP (DOMAIN §1: history stays right after a mutasi): the pegawai's
 * position in this SKP's assignment, the penilai and the atasan penilai on the reference date. The top
 * leader is assessed by the instansi's non-ASN official (Bupati, Menteri …), recorded without NIP.
 */
interface Orang {
  pegawaiId: string
  nama: string
  nip: string | null
  gelarDepan: string | null
  gelarBelakang: string | null
  pangkat: string | null
  golongan: string | null
  jabatan: string
  unor: string
}

/** The name as printed: with academic titles. */
export const namaLengkap = (o: Pick<Orang, 'nama' | 'gelarDepan' | 'gelarBelakang'>) =>
  `${o.gelarDepan ? `${o.gelarDepan} ` : ''}${o.nama}${o.gelarBelakang ? `, ${o.gelarBelakang}` : ''}`

const pejabat = (o: Orang): PejabatSnapshot => ({
  pegawaiId: o.pegawaiId,
  nama: namaLengkap(o),
  nip: o.nip,
  pangkat: o.pangkat,
  golongan: o.golongan,
  jabatan: o.jabatan,
  unor: o.unor,
})

export async function buatSnapshot(
  db: Db,
  instansiId: string,
  pegawai: Orang,
  tanggal: string,
  namaInstansi: string,
) {
  const info = await cariPenilai(db, instansiId, pegawai.pegawaiId, tanggal)
  const pimpinanTertinggi = info.alasan === 'PIMPINAN_TERTINGGI'
  const nonAsn: PejabatSnapshot | null =
    pimpinanTertinggi && info.penilaiNonAsn
      ? {
          pegawaiId: null,
          nama: info.penilaiNonAsn.nama,
          nip: null,
          pangkat: null,
          golongan: null,
          jabatan: info.penilaiNonAsn.jabatan ?? '',
          unor: namaInstansi,
        }
      : null
  // the heads directly under the non-ASN official and their staff: that official is the atasan penilai
  const atasanNonAsn: PejabatSnapshot | null = info.atasanPenilaiNonAsn
    ? {
        pegawaiId: null,
        nama: info.atasanPenilaiNonAsn.nama,
        nip: null,
        pangkat: null,
        golongan: null,
        jabatan: info.atasanPenilaiNonAsn.jabatan ?? '',
        unor: namaInstansi,
      }
    : null
  const snapshot: SkpSnapshot = {
    pegawai: pejabat(pegawai),
    penilai: info.penilai ? pejabat(info.penilai) : nonAsn,
    atasanPenilai: info.atasanPenilai ? pejabat(info.atasanPenilai) : atasanNonAsn,
    pimpinanTertinggi,
  }
  return { snapshot, penilaiPegawaiId: info.penilai?.pegawaiId ?? null }
}
