import { z } from 'zod'
import type { Database, Db } from '../../db/client.ts'
import {
  cekJenjang,
  type JabatanCreate,
  type JabatanQuery,
  type JabatanUpdate,
  type JabatanView,
} from '../../shared/organisasi.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi, lingkupInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { AppError, fieldError, notFound, RequestValidationError, type Teks } from '../../server/errors.ts'
import { instansiTulis, lingkupObjek } from './organisasi.policy.ts'
import * as repo from './jabatan.repository.ts'
import { findUnor } from './unor.repository.ts'

const NAMA = { id: 'Jabatan', en: 'Position' }
type Found = NonNullable<Awaited<ReturnType<typeof repo.findJabatan>>>
type Fields = Pick<repo.JabatanRow, 'unorId' | 'kode' | 'nama' | 'jenis' | 'jenjang' | 'isKepala'>

const view = ({ jabatan: j, unor }: Found): JabatanView => ({
  id: j.id,
  instansiId: j.instansiId,
  unor,
  kode: j.kode,
  nama: j.nama,
  jenis: j.jenis,
  jenjang: j.jenjang,
  isKepala: j.isKepala,
})

const konflik = (code: string, path: string, teks: Teks) =>
  new AppError(409, code, teks, [{ path, message: teks }])

/** Jenjang only for fungsional, a head needs a unit: the same zod rule the web uses, on the merged row. */
function cekAturan(v: Fields) {
  const result = z
    .any()
    .superRefine((_, ctx) => cekJenjang(v, ctx))
    .safeParse(null)
  if (!result.success) throw new RequestValidationError(result.error.issues, 'body')
}

/** Unit in the same instansi; at most one head position per unit; kode unique in the instansi. */
async function cekRujukan(db: Db, instansiId: string, v: Fields, kecualiId?: string) {
  if (v.unorId && !(await findUnor(db, instansiId, v.unorId))) {
    throw fieldError('JABATAN.UNOR_TIDAK_ADA', 'unorId', {
      id: 'Unit tidak ditemukan di instansi ini.',
      en: 'Unit not found in this agency.',
    })
  }
  const kepalaLain =
    v.isKepala && v.unorId ? await repo.kepalaLainDiUnor(db, instansiId, v.unorId, kecualiId) : undefined
  if (kepalaLain) {
    throw konflik('JABATAN.KEPALA_SUDAH_ADA', 'isKepala', {
      id: `Unit ini sudah memiliki jabatan kepala (${kepalaLain.nama}).`,
      en: `This unit already has a head position (${kepalaLain.nama}).`,
    })
  }
  if (v.kode && (await repo.kodeJabatanDipakai(db, instansiId, v.kode, kecualiId))) {
    throw konflik('JABATAN.KODE_DIPAKAI', 'kode', {
      id: 'Kode jabatan sudah dipakai.',
      en: 'Position code already in use.',
    })
  }
}

/** Assignments copy unorId/isKepala; changing them under existing assignments would rewrite history. */
async function cekPerubahanPosisi(db: Db, before: repo.JabatanRow, v: Fields) {
  if (v.unorId === before.unorId && v.isKepala === before.isKepala) return
  if (await repo.jabatanDipakai(db, before.instansiId, before.id)) {
    const path = v.unorId !== before.unorId ? 'unorId' : 'isKepala'
    throw konflik('JABATAN.SUDAH_DIPAKAI', path, {
      id: 'Jabatan sudah pernah diisi pegawai; buat jabatan baru lalu lakukan mutasi.',
      en: 'The position has been held; create a new position and reassign instead.',
    })
  }
}

function gabung(before: repo.JabatanRow, input: JabatanUpdate): Fields {
  const jenis = input.jenis ?? before.jenis
  // Changing away from fungsional drops the jenjang unless one is sent (it would be refused otherwise).
  const jenjangLama = jenis === 'fungsional' ? before.jenjang : null
  return {
    unorId: input.unorId === undefined ? before.unorId : input.unorId,
    kode: input.kode === undefined ? before.kode : input.kode,
    nama: input.nama ?? before.nama,
    jenis,
    jenjang: input.jenjang === undefined ? jenjangLama : input.jenjang,
    isKepala: input.isKepala ?? before.isKepala,
  }
}

export function jabatanService({ db }: Database) {
  async function list(ctx: Ctx, q: JabatanQuery) {
    const page = await repo.listJabatan(db, lingkupInstansi(ctx.actor, q.instansiId), q)
    return { ...page, items: page.items.map(view) }
  }

  async function get(ctx: Ctx, id: string) {
    const row = await repo.findJabatan(db, lingkupObjek(ctx.actor), id)
    if (!row) throw notFound(NAMA)
    return view(row)
  }

  async function create(ctx: Ctx, input: JabatanCreate) {
    const instansiId = instansiTulis(ctx.actor, input.instansiId)
    const values: Fields = {
      unorId: input.unorId ?? null,
      kode: input.kode ?? null,
      nama: input.nama,
      jenis: input.jenis,
      jenjang: input.jenjang ?? null,
      isKepala: input.isKepala,
    }
    return db.transaction(async (tx) => {
      await cekRujukan(tx, instansiId, values)
      const row = await repo.insertJabatan(tx, { instansiId, ...values })
      await catatAudit(tx, ctx, {
        instansiId,
        aksi: 'buat',
        entitas: 'jabatan',
        entitasId: row.id,
        sesudah: row,
      })
      return view((await repo.findJabatan(tx, instansiId, row.id))!)
    })
  }

  async function update(ctx: Ctx, id: string, input: JabatanUpdate) {
    return db.transaction(async (tx) => {
      const found = await repo.findJabatan(tx, lingkupObjek(ctx.actor), id)
      if (!found) throw notFound(NAMA)
      const before = found.jabatan
      assertAdminInstansi(ctx.actor, before.instansiId)
      const values = gabung(before, input)
      cekAturan(values)
      await cekPerubahanPosisi(tx, before, values)
      await cekRujukan(tx, before.instansiId, values, id)
      const row = await repo.updateJabatan(tx, before.instansiId, id, values)
      await catatAudit(tx, ctx, {
        instansiId: before.instansiId,
        aksi: 'ubah',
        entitas: 'jabatan',
        entitasId: id,
        sebelum: before,
        sesudah: row,
      })
      return view((await repo.findJabatan(tx, before.instansiId, id))!)
    })
  }

  return { list, get, create, update }
}
