import type { Database, Db } from '../../db/client.ts'
import { parseNip } from '../../domain/nip.ts'
import {
  type PegawaiCreate,
  type PegawaiDetail,
  type PegawaiListItem,
  type PegawaiQuery,
  type PegawaiUpdate,
} from '../../shared/pegawai.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi, lingkupInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { notFound } from '../../server/errors.ts'
import { hariIni as today } from '../../server/clock.ts'
import { instansiTulis, lingkupObjek } from '../organisasi/organisasi.policy.ts'
import { findUnor, subtreeUnor } from '../organisasi/organisasi.baca.ts'
import { NIP_DIPAKAI } from './pegawai-akun.service.ts'
import { assertBacaPegawai, assertDaftarUnit } from './pegawai.policy.ts'
import * as repo from './pegawai.repository.ts'
import { penugasanAktif, type PenugasanLengkap } from './penugasan.repository.ts'
import { penugasanRingkas, tambahPenugasan } from './penugasan.service.ts'
import { segarkanSkpTerdampak } from '../skp/skp-snapshot.ts'

const NAMA = { id: 'Pegawai', en: 'Employee' }
const PERINGKAT = { definitif: 0, plt: 1, plh: 2 } as const

/** The assignment that counts today: definitif first, then Plt, then Plh; the latest start wins ties. */
function utama(list: PenugasanLengkap[]) {
  return [...list].sort(
    (a, b) =>
      PERINGKAT[a.penugasan.jenis] - PERINGKAT[b.penugasan.jenis] ||
      b.penugasan.mulai.localeCompare(a.penugasan.mulai),
  )[0]
}

const listItem = (p: repo.PegawaiRow, aktif?: PenugasanLengkap): PegawaiListItem => ({
  id: p.id,
  nip: p.nip,
  nama: p.nama,
  jenisAsn: p.jenisAsn,
  golongan: p.golongan,
  pangkat: p.pangkat,
  status: p.status,
  jabatan: aktif ? { id: aktif.jabatan.id, nama: aktif.jabatan.nama } : null,
  unor: aktif ? aktif.unor : null,
})

async function detail(db: Db, p: repo.PegawaiRow): Promise<PegawaiDetail> {
  // Sequential: `db` may be a transaction, and one connection runs one query at a time.
  const aktif = await penugasanAktif(db, [p.id], today(), p.instansiId)
  const akun = await repo.findAkunPegawai(db, p.instansiId, p.id)
  const { createdAt: _c, updatedAt: _u, ...data } = p
  const sekarang = utama(aktif)
  return {
    ...data,
    penugasanSaatIni: sekarang ? penugasanRingkas(sekarang) : null,
    akun: akun ? { id: akun.id, username: akun.username, aktif: akun.aktif } : null,
  }
}

export function pegawaiService(database: Database) {
  const { db } = database

  async function list(ctx: Ctx, q: PegawaiQuery) {
    const lingkup = lingkupInstansi(ctx.actor, q.instansiId)
    const tanggal = today()
    let unorIds: string[] | undefined
    const unor = q.unorId ? await findUnor(db, lingkup, q.unorId) : null
    if (q.unorId && !unor) throw notFound({ id: 'Unit organisasi', en: 'Organisation unit' })
    await assertDaftarUnit(db, ctx.actor, unor ?? null)
    if (unor) unorIds = q.termasukSubUnit ? await subtreeUnor(db, unor.instansiId, unor.id) : [unor.id]
    const tahun = q.tahun ?? Number(tanggal.slice(0, 4))
    const page = await repo.listPegawai(db, lingkup, q, { unorIds, tanggal, tahun })
    const aktif = await penugasanAktif(
      db,
      page.items.map((p) => p.id),
      tanggal,
    )
    const milik = (id: string) => aktif.filter((a) => a.penugasan.pegawaiId === id)
    return { ...page, items: page.items.map((p) => listItem(p, utama(milik(p.id)))) }
  }

  async function get(ctx: Ctx, id: string) {
    const p = await repo.findPegawai(db, lingkupObjek(ctx.actor), id)
    if (!p) throw notFound(NAMA)
    await assertBacaPegawai(db, ctx.actor, p, ['diri', 'atasan'])
    return detail(db, p)
  }

  async function create(ctx: Ctx, input: PegawaiCreate) {
    const instansiId = instansiTulis(ctx.actor, input.instansiId)
    const nip = parseNip(input.nip)
    if (!nip.ok) throw new Error('unreachable: PegawaiCreate validates the NIP')
    const { penugasan, instansiId: _i, ...data } = input
    return db.transaction(async (tx) => {
      // NIP is unique nationally; the message stays generic so it never reveals another instansi's pegawai.
      if (await repo.nipTerpakai(tx, nip.parts.nip)) throw NIP_DIPAKAI()
      const p = await repo.insertPegawai(tx, {
        ...data,
        instansiId,
        nip: nip.parts.nip,
        tanggalLahir: data.tanggalLahir ?? nip.parts.tanggalLahir,
        jenisKelamin: data.jenisKelamin ?? nip.parts.jenisKelamin,
      })
      await catatAudit(tx, ctx, { instansiId, aksi: 'buat', entitas: 'pegawai', entitasId: p.id, sesudah: p })
      // No account yet: it comes with the first password an admin issues, as for an imported pegawai.
      if (penugasan) await tambahPenugasan(tx, ctx, p, penugasan, 'penugasan.')
      return detail(tx, p)
    })
  }

  async function update(ctx: Ctx, id: string, input: PegawaiUpdate) {
    return db.transaction(async (tx) => {
      const before = await repo.findPegawai(tx, lingkupObjek(ctx.actor), id)
      if (!before) throw notFound(NAMA)
      assertAdminInstansi(ctx.actor, before.instansiId)
      // A birth date or gender that disagrees with the (immutable) NIP is kept: the database stores the
      // warning (pegawai.peringatan_nip, DOMAIN.md §1); a data correction must never be refused.
      const { nip: _nip, ...values } = input
      // back to active: an exemption's dates no longer describe anything
      if (values.status === 'aktif') Object.assign(values, { statusMulai: null, statusSelesai: null })
      const row = await repo.updatePegawai(tx, before.instansiId, id, values)
      await catatAudit(tx, ctx, {
        instansiId: before.instansiId,
        aksi: 'ubah',
        entitas: 'pegawai',
        entitasId: id,
        sebelum: before,
        sesudah: row,
      })
      // a name, title or pangkat shows in the blocks of pending SKPs (DOMAIN §2)
      await segarkanSkpTerdampak(tx, ctx, before.instansiId, { pegawaiIds: [id] })
      return detail(tx, row)
    })
  }

  return { list, get, create, update }
}
