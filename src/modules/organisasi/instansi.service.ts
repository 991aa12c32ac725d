import type { Database } from '../../db/client.ts'
import type { InstansiCreate, InstansiQuery, InstansiUpdate, InstansiView } from '../../shared/organisasi.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import {
  assertAdminInstansi,
  assertAdminNasional,
  assertInstansi,
  lingkupInstansi,
} from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { AppError, notFound } from '../../server/errors.ts'
import * as repo from './instansi.repository.ts'

const NAMA = { id: 'Instansi', en: 'Agency' }

const view = (r: NonNullable<Awaited<ReturnType<typeof repo.findInstansi>>>): InstansiView => ({
  id: r.id,
  kode: r.kode,
  nama: r.nama,
  jenis: r.jenis,
  lokasi: r.lokasi,
  pejabatNonAsnNama: r.pejabatNonAsnNama,
  pejabatNonAsnJabatan: r.pejabatNonAsnJabatan,
})

export function instansiService({ db }: Database) {
  async function list(ctx: Ctx, q: InstansiQuery) {
    const page = await repo.listInstansi(db, lingkupInstansi(ctx.actor), q)
    return { ...page, items: page.items.map(view) }
  }

  async function get(ctx: Ctx, id: string) {
    assertInstansi(ctx.actor, id)
    const row = await repo.findInstansi(db, id)
    if (!row) throw notFound(NAMA)
    return view(row)
  }

  async function create(ctx: Ctx, input: InstansiCreate) {
    assertAdminNasional(ctx.actor)
    return db.transaction(async (tx) => {
      if (await repo.findInstansiByKode(tx, input.kode)) {
        const teks = { id: 'Kode instansi sudah dipakai.', en: 'Agency code already in use.' }
        throw new AppError(409, 'INSTANSI.KODE_DIPAKAI', teks, [{ path: 'kode', message: teks }])
      }
      const row = await repo.insertInstansi(tx, input)
      await catatAudit(tx, ctx, {
        instansiId: row.id,
        aksi: 'buat',
        entitas: 'instansi',
        entitasId: row.id,
        sesudah: row,
      })
      return view(row)
    })
  }

  async function update(ctx: Ctx, id: string, input: InstansiUpdate) {
    assertAdminInstansi(ctx.actor, id)
    return db.transaction(async (tx) => {
      const before = await repo.findInstansi(tx, id)
      if (!before) throw notFound(NAMA)
      const row = await repo.updateInstansi(tx, id, input)
      await catatAudit(tx, ctx, {
        instansiId: id,
        aksi: 'ubah',
        entitas: 'instansi',
        entitasId: id,
        sebelum: before,
        sesudah: row,
      })
      return view(row)
    })
  }

  return { list, get, create, update }
}
