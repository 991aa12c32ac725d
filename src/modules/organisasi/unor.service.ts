import type { Database, Db } from '../../db/client.ts'
import type { UnorCreate, UnorDetail, UnorNode, UnorQuery, UnorUpdate } from '../../shared/organisasi.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi, assertInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { AppError, fieldError, notFound } from '../../server/errors.ts'
import { hariIni as today } from '../../server/clock.ts'
import { instansiBaca, instansiTulis, lingkupObjek } from './organisasi.policy.ts'
import * as repo from './unor.repository.ts'

const NAMA = { id: 'Unit organisasi', en: 'Organisation unit' }
const PERINGKAT = { definitif: 0, plt: 1, plh: 2 } as const

type Kepala = Awaited<ReturnType<typeof repo.kepalaAktif>>[number]

/** The head shown for a unit: the definitif holder, else a Plt, else a Plh; the latest start wins ties. */
function pilihKepala(list: Kepala[]): UnorNode['kepala'] {
  const [k] = [...list].sort(
    (a, b) => PERINGKAT[a.jenis] - PERINGKAT[b.jenis] || b.mulai.localeCompare(a.mulai),
  )
  return k ? { pegawaiId: k.pegawaiId, nama: k.nama, nip: k.nip, jenis: k.jenis } : null
}

async function nodes(db: Db, instansiId: string, ids?: string[]): Promise<UnorNode[]> {
  const tanggal = today()
  // One after another: `db` is a transaction after a write (detail), whose connection runs one query at a time.
  const units = await repo.listUnorRows(db, instansiId, ids)
  const kepala = await repo.kepalaAktif(db, instansiId, tanggal, ids)
  const jumlah = await repo.jumlahPegawaiPerUnor(db, instansiId, tanggal, ids)
  const jumlahPer = new Map(jumlah.map((j) => [j.unorId, j.jumlah]))
  return units.map((u) => ({
    id: u.id,
    instansiId: u.instansiId,
    parentId: u.parentId,
    kode: u.kode,
    nama: u.nama,
    namaJabatanKepala: u.namaJabatanKepala,
    mandiri: u.mandiri,
    aktif: u.aktif,
    kepala: pilihKepala(kepala.filter((k) => k.unorId === u.id)),
    jumlahPegawai: jumlahPer.get(u.id) ?? 0,
  }))
}

async function detail(db: Db, row: repo.UnorRow): Promise<UnorDetail> {
  const [node] = await nodes(db, row.instansiId, [row.id])
  const leluhur = row.parentId ? await repo.leluhurUnor(db, row.instansiId, [row.parentId]) : []
  const jalur = [...leluhur].reverse().map((u) => ({ id: u.id, nama: u.nama }))
  return { ...node, jalur }
}

const induk = (code: string, id: string, en: string) => fieldError(`UNOR.${code}`, 'parentId', { id, en })

/** The new parent must exist in the same instansi, be active, and not lie inside the moved unit. */
async function cekInduk(db: Db, instansiId: string, parentId: string, unitId?: string) {
  if (parentId === unitId)
    throw induk(
      'SIKLUS',
      'Unit tidak dapat menjadi induk dirinya sendiri.',
      'A unit cannot be its own parent.',
    )
  const parent = await repo.findUnor(db, instansiId, parentId)
  if (!parent)
    throw induk(
      'INDUK_TIDAK_ADA',
      'Unit induk tidak ditemukan di instansi ini.',
      'Parent unit not found in this agency.',
    )
  if (unitId && (await repo.subtreeUnor(db, instansiId, unitId)).includes(parentId)) {
    throw induk(
      'SIKLUS',
      'Unit tidak dapat dipindah ke bawah sub-unitnya sendiri.',
      'A unit cannot be moved under its own sub-unit.',
    )
  }
  if (!parent.aktif)
    throw induk('INDUK_NONAKTIF', 'Unit induk sudah tidak aktif.', 'The parent unit is inactive.')
}

async function cekKode(db: Db, instansiId: string, kode: string | null | undefined, kecualiId?: string) {
  if (kode && (await repo.kodeUnorDipakai(db, instansiId, kode, kecualiId))) {
    const teks = {
      id: 'Kode unit sudah dipakai di instansi ini.',
      en: 'Unit code already used in this agency.',
    }
    throw new AppError(409, 'UNOR.KODE_DIPAKAI', teks, [{ path: 'kode', message: teks }])
  }
}

/** A unit is deactivated only when empty: no current or future pegawai and no active sub-unit. */
async function cekNonaktif(db: Db, row: repo.UnorRow) {
  const pegawai = await repo.jumlahPenugasanBerjalan(db, row.instansiId, row.id, today())
  const sub = await repo.jumlahSubUnitAktif(db, row.instansiId, row.id)
  const tolak = (code: string, t: { id: string; en: string }) =>
    new AppError(409, `UNOR.${code}`, t, [{ path: 'aktif', message: t }])
  if (pegawai > 0) {
    throw tolak('MASIH_ADA_PEGAWAI', {
      id: `Unit masih memiliki ${pegawai} pegawai aktif. Pindahkan mereka terlebih dahulu.`,
      en: `The unit still has ${pegawai} active employees. Move them first.`,
    })
  }
  if (sub > 0) {
    throw tolak('MASIH_ADA_SUBUNIT', {
      id: `Unit masih memiliki ${sub} sub-unit aktif. Nonaktifkan atau pindahkan terlebih dahulu.`,
      en: `The unit still has ${sub} active sub-units. Deactivate or move them first.`,
    })
  }
}

function aksiUbah(before: repo.UnorRow, input: UnorUpdate) {
  if (input.aktif !== undefined && input.aktif !== before.aktif)
    return input.aktif ? 'aktifkan' : 'nonaktifkan'
  if (input.parentId !== undefined && input.parentId !== before.parentId) return 'pindah'
  return 'ubah'
}

export function unorService({ db }: Database) {
  async function list(ctx: Ctx, q: UnorQuery) {
    return { items: await nodes(db, instansiBaca(ctx.actor, q.instansiId)) }
  }

  async function get(ctx: Ctx, id: string) {
    const row = await repo.findUnor(db, lingkupObjek(ctx.actor), id)
    if (!row) throw notFound(NAMA)
    assertInstansi(ctx.actor, row.instansiId)
    return detail(db, row)
  }

  async function create(ctx: Ctx, input: UnorCreate) {
    const instansiId = instansiTulis(ctx.actor, input.instansiId)
    return db.transaction(async (tx) => {
      if (input.parentId) await cekInduk(tx, instansiId, input.parentId)
      await cekKode(tx, instansiId, input.kode)
      const row = await repo.insertUnor(tx, instansiId, input)
      await catatAudit(tx, ctx, {
        instansiId,
        aksi: 'buat',
        entitas: 'unor',
        entitasId: row.id,
        sesudah: row,
      })
      return detail(tx, row)
    })
  }

  async function update(ctx: Ctx, id: string, input: UnorUpdate) {
    return db.transaction(async (tx) => {
      const before = await repo.findUnor(tx, lingkupObjek(ctx.actor), id)
      if (!before) throw notFound(NAMA)
      assertAdminInstansi(ctx.actor, before.instansiId)
      const { instansiId } = before
      if (input.parentId && input.parentId !== before.parentId)
        await cekInduk(tx, instansiId, input.parentId, id)
      if (input.kode !== undefined) await cekKode(tx, instansiId, input.kode, id)
      if (input.aktif === false && before.aktif) await cekNonaktif(tx, before)
      if (input.aktif === true && !before.aktif) {
        const parentId = input.parentId === undefined ? before.parentId : input.parentId
        if (parentId) await cekInduk(tx, instansiId, parentId, id)
      }
      const row = await repo.updateUnor(tx, instansiId, id, input)
      const aksi = aksiUbah(before, input)
      await catatAudit(tx, ctx, {
        instansiId,
        aksi,
        entitas: 'unor',
        entitasId: id,
        sebelum: before,
        sesudah: row,
      })
      return detail(tx, row)
    })
  }

  return { list, get, create, update }
}
