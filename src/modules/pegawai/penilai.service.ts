import type { Db } from '../../db/client.ts'
import {
  resolvePenilai,
  type DataAtasan,
  type PenilaiResult,
  type ResolvePenilaiOutput,
} from '../../domain/atasan.ts'
import type { PejabatView, PenilaiInfo, PenilaiView } from '../../shared/pegawai.ts'
import { findInstansi } from '../organisasi/organisasi.baca.ts'
import { muatDataAtasan, rincianPenugasan } from './penilai.repository.ts'

type Rincian = Awaited<ReturnType<typeof rincianPenugasan>>[number]

const gabungData = (a: DataAtasan, b: DataAtasan): DataAtasan => ({
  units: [...new Map([...a.units, ...b.units].map((u) => [u.id, u])).values()],
  penugasan: [...new Map([...a.penugasan, ...b.penugasan].map((p) => [p.id, p])).values()],
  overrides: [...a.overrides, ...b.overrides],
})

/**
 * resolvePenilai (PermenPANRB 6/2022: the penilai is the atasan langsung from the unor tree, or the
 * admin's override) on data loaded for this pegawai only. A second, small load adds the penilai's own
 * overrides and tree so the atasan penilai is right too.
 */
export async function resolveUntuk(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  const data = await muatDataAtasan(db, instansiId, [pegawaiId], tanggal)
  const awal = resolvePenilai(data, pegawaiId, tanggal)
  if (!awal.penilai) return awal
  const dataPenilai = await muatDataAtasan(db, instansiId, [awal.penilai.pegawaiId], tanggal)
  return resolvePenilai(gabungData(data, dataPenilai), pegawaiId, tanggal)
}

const pejabat = (r: Rincian, isPltPlh: boolean): PejabatView => ({
  pegawaiId: r.pegawaiId,
  penugasanId: r.penugasanId,
  nip: r.nip,
  nama: r.nama,
  gelarDepan: r.gelarDepan,
  gelarBelakang: r.gelarBelakang,
  golongan: r.golongan,
  pangkat: r.pangkat,
  jabatan: r.jabatan,
  unorId: r.unorId,
  unor: r.unor,
  isPltPlh,
})

async function perkaya(db: Db, instansiId: string, hasil: ResolvePenilaiOutput) {
  const ids = [hasil.penugasan?.id, hasil.penilai?.penugasanId, hasil.atasanPenilai?.penugasanId]
  const rincian = new Map(
    (
      await rincianPenugasan(
        db,
        instansiId,
        ids.filter((id): id is string => !!id),
      )
    ).map((r) => [r.penugasanId, r]),
  )
  const penilai = (p: PenilaiResult | null): PenilaiView | null => {
    const r = p && rincian.get(p.penugasanId)
    return r ? { ...pejabat(r, p.isPltPlh), sumber: p.sumber } : null
  }
  const own = hasil.penugasan && rincian.get(hasil.penugasan.id)
  return {
    pegawai: own ? pejabat(own, hasil.penugasan!.jenis !== 'definitif') : null,
    penilai: penilai(hasil.penilai),
    atasanPenilai: penilai(hasil.atasanPenilai),
  }
}

/**
 * The top leader — and every head directly under the non-ASN official — is assessed by that official
 * (Bupati, Menteri …), recorded on the instansi; the same official is the atasan penilai of the people
 * those heads assess.
 */
async function pejabatNonAsn(db: Db, instansiId: string, hasil: ResolvePenilaiOutput) {
  const perlu = hasil.alasan === 'PIMPINAN_TERTINGGI' || hasil.atasanPenilaiNonAsn
  const inst = perlu ? await findInstansi(db, instansiId) : undefined
  const pejabat = inst?.pejabatNonAsnNama
    ? { nama: inst.pejabatNonAsnNama, jabatan: inst.pejabatNonAsnJabatan }
    : null
  return {
    penilaiNonAsn: hasil.alasan === 'PIMPINAN_TERTINGGI' ? pejabat : null,
    atasanPenilaiNonAsn: hasil.atasanPenilaiNonAsn && !hasil.atasanPenilai ? pejabat : null,
  }
}

/**
 * Penilai and atasan penilai of a pegawai on a date, with names, NIP, pangkat/golongan, jabatan and
 * unit: what SKP and evaluation snapshots store (DOMAIN.md §1 "snapshot"). The caller has already
 * checked that the pegawai belongs to `instansiId`.
 */
export async function cariPenilai(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  tanggal: string,
): Promise<PenilaiInfo> {
  const hasil = await resolveUntuk(db, instansiId, pegawaiId, tanggal)
  // One after another: `db` may be a transaction (an SKP's snapshot), whose connection runs one query at a time.
  const orang = await perkaya(db, instansiId, hasil)
  const nonAsn = await pejabatNonAsn(db, instansiId, hasil)
  return { tanggal, ...orang, alasan: hasil.alasan, ...nonAsn }
}
