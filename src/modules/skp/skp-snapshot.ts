import type { Db } from '../../db/client.ts'
import type { PejabatSnapshot, SkpSnapshot } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { hariIni } from '../../server/clock.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { cariPenilai } from '../pegawai/penilai.service.ts'
import * as repo from './skp.repository.ts'
import type { SkpRow } from './skp.repository.ts'
import { listSkpTerdampak, simpanBlok, tandaiBlokUsang } from './skp-snapshot.repository.ts'

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
    tanggal,
  }
  return { snapshot, penilaiPegawaiId: info.penilai?.pegawaiId ?? null }
}

/** The date an SKP's blocks are resolved on: today, kept inside the SKP's period. */
export const tanggalAcuan = (mulai: string, selesai: string, hari = hariIni()) =>
  hari < mulai ? mulai : hari > selesai ? selesai : hari

const nonAsnBlok = (o: { nama: string; jabatan: string | null }, namaInstansi: string): PejabatSnapshot => ({
  pegawaiId: null,
  nama: o.nama,
  nip: null,
  pangkat: null,
  golongan: null,
  jabatan: o.jabatan ?? '',
  unor: namaInstansi,
})

/**
 * The penilai an admin chose (DOMAIN §2 "an admin can change the pejabat penilai of a pending SKP"): their
 * own position on the date, and their own penilai as the atasan penilai. Null when they hold no position then.
 */
export async function blokPenilaiPengganti(
  db: Db,
  instansiId: string,
  penilaiPegawaiId: string,
  tanggal: string,
  namaInstansi: string,
) {
  const info = await cariPenilai(db, instansiId, penilaiPegawaiId, tanggal)
  if (!info.pegawai) return null
  const atasanPenilai = info.penilai
    ? pejabat(info.penilai)
    : info.penilaiNonAsn
      ? nonAsnBlok(info.penilaiNonAsn, namaInstansi)
      : null
  return { penilai: pejabat(info.pegawai), atasanPenilai }
}

/**
 * The blocks of a pending SKP as they are today (DOMAIN §2: they follow the current assignment and
 * overrides until approval): the pegawai in this SKP's position, the penilai from the tree or the
 * override — or the one an admin set, kept — and the atasan penilai. Undefined when the SKP's assignment
 * is gone (nothing to follow).
 */
export async function blokBerjalan(db: Db, s: SkpRow) {
  const pegawai = await repo.findPegawai(db, s.instansiId, s.pegawaiId)
  const penugasan = (await repo.listPenugasanPegawai(db, s.instansiId, s.pegawaiId)).find(
    (p) => p.id === s.penugasanId,
  )
  if (!pegawai || !penugasan) return undefined
  const namaInstansi = (await repo.findNamaInstansi(db, s.instansiId)) ?? ''
  const tanggal = tanggalAcuan(s.mulai, s.selesai)
  const orang = { ...pegawai, pegawaiId: pegawai.id, jabatan: penugasan.jabatan, unor: penugasan.unor }
  if (s.snapshot.penilaiDiganti && s.penilaiPegawaiId) {
    const blok = await blokPenilaiPengganti(db, s.instansiId, s.penilaiPegawaiId, tanggal, namaInstansi)
    const snapshot: SkpSnapshot = { ...s.snapshot, ...blok, pegawai: pejabat(orang), tanggal }
    return { snapshot, penilaiPegawaiId: s.penilaiPegawaiId }
  }
  const baru = await buatSnapshot(db, s.instansiId, orang, tanggal, namaInstansi)
  return { snapshot: { ...s.snapshot, ...baru.snapshot }, penilaiPegawaiId: baru.penilaiPegawaiId }
}

const blok = (x: SkpSnapshot) => JSON.stringify([x.pegawai, x.penilai, x.atasanPenilai, x.pimpinanTertinggi])

/**
 * After a change of assignment, override or pegawai data: recompute the blocks of the pending SKPs it may
 * touch, in the same transaction. Chosen over recomputing on every read: an SKP is read far more often
 * than assignments change, and GET /skp/:id stays one prepared query; SKP Bawahan finds a pending SKP
 * under its new penilai because `penilaiPegawaiId` moves with it. A submitted SKP's request to approve
 * moves to the new penilai. Approved SKPs are never touched (frozen).
 */
export async function segarkanSkpTerdampak(
  tx: Db,
  ctx: Ctx | null,
  instansiId: string,
  o: { pegawaiIds?: string[]; unorIds?: string[] },
) {
  const pegawaiIds = [...new Set(o.pegawaiIds ?? [])]
  const unorIds = [...new Set(o.unorIds ?? [])]
  let berubah = 0
  for (const s of await listSkpTerdampak(tx, instansiId, pegawaiIds, unorIds)) {
    const baru = await blokBerjalan(tx, s)
    if (!baru) continue
    if (!gantiPenilai(s, baru)) continue
    await simpanBlokBaru(tx, ctx, s, baru)
    berubah++
  }
  return berubah
}

type BlokBaru = NonNullable<Awaited<ReturnType<typeof blokBerjalan>>>
const gantiPenilai = (s: SkpRow, baru: BlokBaru) =>
  blok(baru.snapshot) !== blok(s.snapshot) || baru.penilaiPegawaiId !== s.penilaiPegawaiId

/** Stores refreshed blocks; when who assesses changed, audits it and moves the request to approve. */
async function simpanBlokBaru(tx: Db, ctx: Ctx | null, s: SkpRow, baru: BlokBaru) {
  await simpanBlok(tx, s.instansiId, s.id, baru.snapshot, baru.penilaiPegawaiId)
  if (!gantiPenilai(s, baru)) return
  await catatAudit(tx, ctx, {
    instansiId: s.instansiId,
    aksi: 'segarkan_penilai',
    entitas: 'skp',
    entitasId: s.id,
    sebelum: { penilai: s.snapshot.penilai, atasanPenilai: s.snapshot.atasanPenilai },
    sesudah: { penilai: baru.snapshot.penilai, atasanPenilai: baru.snapshot.atasanPenilai },
  })
  await pindahkanPermintaan(tx, s, baru.penilaiPegawaiId)
}

/** A submitted SKP waits for its penilai: when the penilai changes, so does who is asked to approve. */
export async function pindahkanPermintaan(tx: Db, s: SkpRow, penilaiBaru: string | null) {
  if (s.status !== 'diajukan' || penilaiBaru === s.penilaiPegawaiId) return
  await selesaikanNotifikasi(tx, s.instansiId, { tipe: 'SKP_DIAJUKAN', perihal: s.id })
  if (!penilaiBaru) return
  await kirimNotifikasi(tx, {
    instansiId: s.instansiId,
    penerimaPegawaiId: penilaiBaru,
    tipe: 'SKP_DIAJUKAN',
    parameter: { nama: s.snapshot.pegawai.nama, tahun: s.tahun },
    tautan: `/skp/${s.id}`,
    perihal: s.id,
  })
}

const TERTUNDA: readonly string[] = ['draft', 'diajukan', 'dikembalikan']

/**
 * The blocks of a pending SKP were resolved on an earlier day: an assignment recorded ahead of time (a
 * mutasi from next Monday) has since taken effect with no change to trigger a refresh.
 */
export const blokKedaluwarsa = (s: Pick<SkpRow, 'status' | 'mulai' | 'selesai' | 'snapshot'>) =>
  TERTUNDA.includes(s.status) && s.snapshot.tanggal !== tanggalAcuan(s.mulai, s.selesai)

/**
 * The first read of a pending SKP on a new day brings its blocks up to that day (row-locked, so two
 * readers refresh once); every later read that day is the one prepared query again. Answers whether
 * anything was written.
 */
export async function segarkanSaatBaca(db: Db, id: string, instansiId: string) {
  return db.transaction(async (tx) => {
    const s = await repo.findSkp(tx, instansiId, id, true)
    if (!s || !blokKedaluwarsa(s)) return false
    const baru = await blokBerjalan(tx, s)
    if (!baru) return false
    await simpanBlokBaru(tx, null, s, baru)
    return true
  })
}

/**
 * After an import (thousands of assignments at once) the pending SKPs' blocks are not recomputed inside the
 * import's transaction: they are marked stale, and each refreshes on its next read (segarkanSaatBaca).
 */
export async function usangkanBlokSetelahImpor(tx: Db, instansiId: string) {
  await tandaiBlokUsang(tx, instansiId)
}
