import type { Db } from '../../db/client.ts'
import { LABEL_SKP_STATUS } from '../../domain/labels.ts'
import type { MphCreate } from '../../shared/kaskade.ts'
import type { Actor } from '../../server/auth/actor.ts'
import type { Teks } from '../../server/errors.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { daftarBawahan } from '../pegawai/hierarki.ts'
import * as repo from './matriks-peran-hasil.repository.ts'
import { findRhkDenganSkp } from './skp-baca.repository.ts'
import { tanggalAcuan } from './tanggal.ts'

/**
 * Every check of a Matriks Peran Hasil cell before anything is written (a bulk request is all-or-nothing,
 * DESIGN.md "Errors and bad input"): per item, the first rule it breaks, with the HTTP status it would
 * get alone. DOMAIN §2: cascade only from one's own approved RHK, only to one's own subordinates, and
 * only into an SKP that is still a draft.
 */
export interface Masalah {
  indeks: number
  field: keyof MphCreate
  status: number
  code: string
  teks: Teks
}

type Atasan = NonNullable<Awaited<ReturnType<typeof findRhkDenganSkp>>>

export interface HasilPeriksa {
  masalah: Masalah[]
  /** The superior RHK (with its SKP) of each item, by rhkAtasanId, for the writes that follow. */
  atasan: Map<string, Atasan>
}

const TEKS = {
  rhkTidakAda: { id: 'RHK atasan tidak ditemukan', en: 'Superior RHK not found' },
  bukanRhkAnda: {
    id: 'Hanya pemilik RHK yang dapat mengkaskadekannya',
    en: 'Only the owner of the RHK can cascade it',
  },
  belumDisetujui: {
    id: 'RHK atasan belum disetujui; kaskade hanya dari SKP yang sudah disetujui',
    en: 'The superior RHK is not approved yet; cascade only from an approved SKP',
  },
  pegawaiTidakAda: { id: 'Pegawai tidak ditemukan', en: 'Employee not found' },
  bukanBawahan: {
    id: 'Pegawai ini bukan bawahan langsung Anda',
    en: 'This employee is not your direct subordinate',
  },
  sudahAda: {
    id: 'Peran/hasil untuk RHK dan pegawai ini sudah ada; ubah sel yang ada',
    en: 'A role/result for this RHK and employee already exists; edit that cell',
  },
  ganda: {
    id: 'Baris ganda untuk RHK dan pegawai yang sama',
    en: 'Duplicate row for the same RHK and employee',
  },
}

const terkunci = (nama: string, status: 'diajukan' | 'disetujui'): Teks => ({
  id: `SKP ${nama} sudah ${LABEL_SKP_STATUS[status].id.toLowerCase()}; minta pegawai menarik pengajuan atau penilai membukanya kembali terlebih dahulu`,
  en: `${nama}'s SKP is already ${LABEL_SKP_STATUS[status].en.toLowerCase()}; it must be withdrawn or reopened first`,
})

export async function periksaSel(tx: Db, actor: Actor, items: MphCreate[]): Promise<HasilPeriksa> {
  const atasan = new Map<string, Atasan>()
  for (const id of new Set(items.map((i) => i.rhkAtasanId))) {
    const row = await findRhkDenganSkp(tx, lingkupSkp(actor), id)
    if (row) atasan.set(id, row)
  }
  const masalah: Masalah[] = []
  const tandai = (indeks: number, field: keyof MphCreate, status: number, code: string, teks: Teks) =>
    masalah.push({ indeks, field, status, code, teks })
  const lolos: number[] = []
  items.forEach((item, i) => {
    const a = atasan.get(item.rhkAtasanId)
    if (!a) return tandai(i, 'rhkAtasanId', 404, 'NOT_FOUND', TEKS.rhkTidakAda)
    if (a.skp.pegawaiId !== actor.pegawaiId)
      return tandai(i, 'rhkAtasanId', 403, 'MPH.BUKAN_RHK_ANDA', TEKS.bukanRhkAnda)
    if (a.skp.status !== 'disetujui') {
      return tandai(i, 'rhkAtasanId', 409, 'MPH.RHK_ATASAN_BELUM_DISETUJUI', TEKS.belumDisetujui)
    }
    lolos.push(i)
  })
  // per superior SKP (normally one; after a mutasi the atasan may cascade from two SKPs of the year)
  const perSkp = new Map<string, number[]>()
  for (const i of lolos) {
    const skpId = atasan.get(items[i].rhkAtasanId)!.skp.id
    perSkp.set(skpId, [...(perSkp.get(skpId) ?? []), i])
  }
  for (const kelompok of perSkp.values()) await periksaBawahan(tx, items, kelompok, atasan, tandai)
  return { masalah: masalah.sort((a, b) => a.indeks - b.indeks), atasan }
}

type Tandai = (indeks: number, field: keyof MphCreate, status: number, code: string, teks: Teks) => void

/** The subordinate side: same instansi, my subordinate, SKP still editable, cell not there yet. */
async function periksaBawahan(
  tx: Db,
  items: MphCreate[],
  lolos: number[],
  atasan: Map<string, Atasan>,
  tandai: Tandai,
) {
  const { skp } = atasan.get(items[lolos[0]].rhkAtasanId)!
  const tanggal = tanggalAcuan(skp)
  const ids = [...new Set(lolos.map((i) => items[i].pegawaiId))]
  // one after another: a transaction's connection runs one query at a time
  const ada = await repo.pegawaiInstansi(tx, skp.instansiId, ids)
  const bawahan = await daftarBawahan(tx, skp.instansiId, skp.pegawaiId, tanggal)
  const grid = await repo.pegawaiDenganSkp(tx, skp.instansiId, ids, skp.tahun, tanggal)
  const sel = await repo.selAda(
    tx,
    skp.instansiId,
    lolos.map((i) => items[i].rhkAtasanId),
  )
  const skpPer = new Map(grid.map((g) => [g.pegawaiId, g]))
  const dilihat = new Set<string>()
  for (const i of lolos) {
    const { pegawaiId, rhkAtasanId } = items[i]
    const kunci = `${rhkAtasanId}:${pegawaiId}`
    const status = skpPer.get(pegawaiId)?.skpStatus
    if (!ada.has(pegawaiId)) tandai(i, 'pegawaiId', 404, 'NOT_FOUND', TEKS.pegawaiTidakAda)
    else if (!bawahan.includes(pegawaiId)) tandai(i, 'pegawaiId', 403, 'MPH.BUKAN_BAWAHAN', TEKS.bukanBawahan)
    else if (status === 'diajukan' || status === 'disetujui') {
      tandai(i, 'pegawaiId', 409, 'MPH.SKP_BAWAHAN_TERKUNCI', terkunci(ada.get(pegawaiId)!, status))
    } else if (sel.has(kunci)) tandai(i, 'rhkAtasanId', 409, 'MPH.SUDAH_ADA', TEKS.sudahAda)
    else if (dilihat.has(kunci)) tandai(i, 'pegawaiId', 400, 'MPH.GANDA', TEKS.ganda)
    dilihat.add(kunci)
  }
}
