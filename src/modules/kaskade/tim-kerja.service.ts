import type { Db } from '../../db/client.ts'
import type {
  AnggotaInput,
  CalonAnggota,
  TimKerjaCreate,
  TimKerjaDetail,
  TimKerjaQuery,
  TimKerjaUpdate,
} from '../../shared/kaskade.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { isAdminInstansi, lingkupInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { badRequest, conflict, fieldError, notFound, type FieldError } from '../../server/errors.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { dalamSubpohon } from '../pegawai/hierarki.ts'
import { tolakTahunDitutup } from '../skp/pengaturan.service.ts'
import { cekTimKerjaSkp } from '../skp/skp-kaskade.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { findRhkDenganSkp } from './skp-baca.repository.ts'
import {
  assertBaca,
  assertBolehBentuk,
  assertKelola,
  assertWewenangAnggota,
  bolehKelola,
} from './tim-kerja.policy.ts'
import { tanggalAcuan } from './tanggal.ts'
import * as repo from './tim-kerja.repository.ts'
import { susunDetail, susunRingkas } from './tim-kerja.view.ts'

const TIM = { id: 'Tim kerja', en: 'Team' }
const TIDAK_DITEMUKAN = { id: 'Pegawai tidak ditemukan', en: 'Employee not found' }

/**
 * Tim Kerja (DOMAIN §2): ad-hoc teams with a ketua, formed by someone with authority over every member;
 * each member's SKP carries ≥ 1 IKI for the team.
 */
/** GET /tim-kerja — the teams I lead, belong to or formed (every team of the instansi for its admin). */
export async function daftarTimKerja(db: Db, ctx: Ctx, q: TimKerjaQuery) {
  const lingkup = lingkupInstansi(ctx.actor, q.instansiId)
  const semua = lingkup ? isAdminInstansi(ctx.actor, lingkup) : true
  if (!semua && !ctx.actor.pegawaiId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize }
  const { ids, total } = await repo.listTimKerja(db, {
    ...q,
    lingkup,
    pegawaiId: semua ? undefined : ctx.actor.pegawaiId!,
  })
  const items = (await repo.ringkasanTim(db, lingkup, ids)).map(susunRingkas)
  return { items, total, page: q.page, pageSize: q.pageSize }
}

async function muat(tx: Db, ctx: Ctx, id: string) {
  const tim = await repo.findTimKerja(tx, lingkupSkp(ctx.actor), id)
  if (!tim) throw notFound(TIM)
  return tim
}

async function detail(tx: Db, ctx: Ctx, tim: repo.TimKerjaRow): Promise<TimKerjaDetail> {
  // one after another: inside a transaction the connection runs one query at a time
  const [ringkas] = await repo.ringkasanTim(tx, tim.instansiId, [tim.id])
  const anggota = await repo.anggotaTim(tx, tim)
  const iki = await repo.ikiTim(tx, tim)
  return { ...susunDetail(ringkas, anggota, iki), aksi: { kelola: bolehKelola(ctx.actor, tim) } }
}

/** GET /tim-kerja/:id — the team with its members, their SKP and the IKI they carry for it. */
export async function bacaTimKerja(db: Db, ctx: Ctx, id: string) {
  const tim = await muat(db, ctx, id)
  const anggota = await repo.anggotaTim(db, tim)
  assertBaca(
    ctx.actor,
    tim,
    anggota.map((a) => a.pegawaiId),
  )
  return detail(db, ctx, tim)
}

/**
 * Every person named must be a pegawai of the instansi; the RHK must be the former's, of that year.
 * Answers the people named (id → name) for the authority check that follows.
 */
async function validasi(tx: Db, ctx: Ctx, instansiId: string, tahun: number, o: Partial<TimKerjaCreate>) {
  const errors: FieldError[] = []
  const ids = [o.ketuaPegawaiId, ...(o.anggota ?? []).map((a) => a.pegawaiId)].filter((x): x is string => !!x)
  const ada = await repo.pegawaiInstansi(tx, instansiId, ids)
  if (o.ketuaPegawaiId && !ada.has(o.ketuaPegawaiId))
    errors.push({ path: 'ketuaPegawaiId', message: TIDAK_DITEMUKAN })
  o.anggota?.forEach((a, i) => {
    if (!ada.has(a.pegawaiId)) errors.push({ path: `anggota.${i}.pegawaiId`, message: TIDAK_DITEMUKAN })
  })
  if (o.rhkId) {
    const r = await findRhkDenganSkp(tx, instansiId, o.rhkId)
    const milikSendiri =
      r && (isAdminInstansi(ctx.actor, instansiId) || r.skp.pegawaiId === ctx.actor.pegawaiId)
    if (!r || !milikSendiri || r.skp.tahun !== tahun) {
      errors.push({
        path: 'rhkId',
        message: {
          id: 'RHK harus RHK Anda pada tahun yang sama',
          en: 'The RHK must be yours, of the same year',
        },
      })
    }
  }
  if (errors.length > 0) throw badRequest('VALIDATION', errors[0].message, errors)
  return ada
}

/**
 * New members are told. A member cannot refuse a team, so an approved SKP is never blocked or changed by
 * joining one: its owner is told to take the team's work into the next revision (a reopen by the penilai).
 */
async function beriTahu(tx: Db, tim: repo.TimKerjaRow, pegawaiIds: string[], ctx: Ctx) {
  const penerima = pegawaiIds.filter((id) => id !== ctx.actor.pegawaiId)
  const skpMereka = await repo.statusSkpTahun(tx, tim.instansiId, tim.tahun, penerima)
  for (const id of penerima) {
    const disetujui = skpMereka.get(id)?.status === 'disetujui'
    await kirimNotifikasi(tx, {
      instansiId: tim.instansiId,
      penerimaPegawaiId: id,
      tipe: disetujui ? 'TIM_ANGGOTA_SKP_DISETUJUI' : 'TIM_ANGGOTA',
      parameter: { namaTim: tim.nama, tahun: tim.tahun },
      tautan: `/tim-kerja/${tim.id}`,
      perihal: tim.id,
    })
  }
}

/** The ketua is a member too (peran "Ketua"); a name listed twice counts once. Members are notified. */
async function isiAnggota(tx: Db, ctx: Ctx, tim: repo.TimKerjaRow, input: TimKerjaCreate) {
  const lain = input.anggota.filter((a) => a.pegawaiId !== input.ketuaPegawaiId)
  const semua = [{ pegawaiId: input.ketuaPegawaiId, peran: 'Ketua' }, ...lain]
  const unik = [...new Map(semua.map((a) => [a.pegawaiId, a])).values()]
  const rows = unik.map((a) => ({
    instansiId: tim.instansiId,
    timKerjaId: tim.id,
    pegawaiId: a.pegawaiId,
    peran: a.peran ?? null,
  }))
  await repo.insertAnggota(tx, rows)
  await beriTahu(
    tx,
    tim,
    unik.map((a) => a.pegawaiId),
    ctx,
  )
  return unik
}

/** POST /tim-kerja — an atasan (or admin) forms a team; members are notified. */
export async function bentukTimKerja(db: Db, ctx: Ctx, input: TimKerjaCreate) {
  const instansiId = lingkupInstansi(ctx.actor, input.instansiId)
  if (!instansiId) throw fieldError('VALIDATION', 'instansiId', { id: 'Wajib diisi', en: 'Required' })
  await assertBolehBentuk(db, ctx.actor, instansiId)
  return db.transaction(async (tx) => {
    await tolakTahunDitutup(tx, instansiId, input.tahun) // a closed year is read-only, teams included
    const orang = await validasi(tx, ctx, instansiId, input.tahun, input)
    await assertWewenangAnggota(tx, ctx.actor, instansiId, input.tahun, orang)
    const tim = await repo.insertTim(tx, {
      instansiId,
      tahun: input.tahun,
      nama: input.nama,
      deskripsi: input.deskripsi ?? null,
      ketuaPegawaiId: input.ketuaPegawaiId,
      rhkId: input.rhkId ?? null,
      dibuatOlehPegawaiId: ctx.actor.pegawaiId,
    })
    const unik = await isiAnggota(tx, ctx, tim, input)
    await catatAudit(tx, ctx, {
      instansiId,
      aksi: 'buat',
      entitas: 'tim_kerja',
      entitasId: tim.id,
      sesudah: { ...tim, anggota: unik },
    })
    return detail(tx, ctx, tim)
  })
}

/** PATCH /tim-kerja/:id — a new ketua becomes a member too. */
export async function ubahTimKerja(db: Db, ctx: Ctx, id: string, input: TimKerjaUpdate) {
  return db.transaction(async (tx) => {
    const sebelum = await muat(tx, ctx, id)
    assertKelola(ctx.actor, sebelum)
    await tolakTahunDitutup(tx, sebelum.instansiId, sebelum.tahun)
    const orang = await validasi(tx, ctx, sebelum.instansiId, sebelum.tahun, input)
    if (input.ketuaPegawaiId && input.ketuaPegawaiId !== sebelum.ketuaPegawaiId) {
      const ketua = new Map([[input.ketuaPegawaiId, orang.get(input.ketuaPegawaiId)!]])
      await assertWewenangAnggota(tx, ctx.actor, sebelum.instansiId, sebelum.tahun, ketua)
    }
    const perubahan = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
    const tim =
      Object.keys(perubahan).length > 0
        ? await repo.updateTim(tx, sebelum.instansiId, id, perubahan)
        : sebelum
    if (input.ketuaPegawaiId && input.ketuaPegawaiId !== sebelum.ketuaPegawaiId) {
      const baru = await repo.insertAnggota(tx, [
        { instansiId: tim.instansiId, timKerjaId: id, pegawaiId: input.ketuaPegawaiId, peran: 'Ketua' },
      ])
      await beriTahu(
        tx,
        tim,
        baru.map((a) => a.pegawaiId),
        ctx,
      )
    }
    await catatAudit(tx, ctx, {
      instansiId: tim.instansiId,
      aksi: 'ubah',
      entitas: 'tim_kerja',
      entitasId: id,
      sebelum,
      sesudah: tim,
    })
    return detail(tx, ctx, tim)
  })
}

/** POST /tim-kerja/:id/anggota */
export async function tambahAnggotaTim(db: Db, ctx: Ctx, id: string, input: AnggotaInput) {
  return db.transaction(async (tx) => {
    const tim = await muat(tx, ctx, id)
    assertKelola(ctx.actor, tim)
    await tolakTahunDitutup(tx, tim.instansiId, tim.tahun)
    const orang = await repo.pegawaiInstansi(tx, tim.instansiId, [input.pegawaiId])
    if (!orang.has(input.pegawaiId)) throw fieldError('VALIDATION', 'pegawaiId', TIDAK_DITEMUKAN)
    await assertWewenangAnggota(tx, ctx.actor, tim.instansiId, tim.tahun, orang)
    const [baru] = await repo.insertAnggota(tx, [
      {
        instansiId: tim.instansiId,
        timKerjaId: id,
        pegawaiId: input.pegawaiId,
        peran: input.peran ?? null,
      },
    ])
    if (!baru)
      throw conflict('TIM.SUDAH_ANGGOTA', {
        id: 'Pegawai sudah menjadi anggota tim.',
        en: 'Already a member of the team.',
      })
    await beriTahu(tx, tim, [input.pegawaiId], ctx)
    await catatAudit(tx, ctx, {
      instansiId: tim.instansiId,
      aksi: 'tambah_anggota',
      entitas: 'tim_kerja',
      entitasId: id,
      sesudah: baru,
    })
    return detail(tx, ctx, tim)
  })
}

/** DELETE /tim-kerja/:id/anggota/:pegawaiId — never the ketua. */
export async function keluarkanAnggotaTim(db: Db, ctx: Ctx, id: string, pegawaiId: string) {
  return db.transaction(async (tx) => {
    const tim = await muat(tx, ctx, id)
    assertKelola(ctx.actor, tim)
    await tolakTahunDitutup(tx, tim.instansiId, tim.tahun)
    if (pegawaiId === tim.ketuaPegawaiId) {
      throw conflict('TIM.KETUA', {
        id: 'Ketua tim tidak dapat dikeluarkan; ganti ketua terlebih dahulu.',
        en: 'The team leader cannot be removed; change the leader first.',
      })
    }
    const lama = await repo.deleteAnggota(tx, tim.instansiId, id, pegawaiId)
    if (!lama) throw notFound({ id: 'Anggota tim', en: 'Team member' })
    await selesaikanNotifikasi(tx, tim.instansiId, {
      tipe: ['TIM_ANGGOTA', 'TIM_ANGGOTA_SKP_DISETUJUI'],
      perihal: id,
      penerimaPegawaiId: pegawaiId,
    })
    await catatAudit(tx, ctx, {
      instansiId: tim.instansiId,
      aksi: 'hapus_anggota',
      entitas: 'tim_kerja',
      entitasId: id,
      sebelum: lama,
    })
    return detail(tx, ctx, tim)
  })
}

const MAKS_CALON = 500

/**
 * GET /tim-kerja/calon — the people I may put in a team of the year: those in my subtree (the same rule
 * the writes check, assertWewenangAnggota), for the team form's picker. Admins search the instansi
 * instead, so they get an empty list here.
 */
export async function calonAnggotaTim(db: Db, ctx: Ctx, tahun: number): Promise<CalonAnggota> {
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId) return { items: [], terpotong: false }
  const tanggal = tanggalAcuan({ mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` })
  const calon = await repo.calonSubpohon(db, instansiId, pegawaiId, tanggal, MAKS_CALON + 1)
  const dalam = await dalamSubpohon(
    db,
    instansiId,
    pegawaiId,
    calon.map((c) => c.id),
    tanggal,
  )
  const items = calon.filter((c) => dalam.has(c.id))
  return { items: items.slice(0, MAKS_CALON), terpotong: calon.length > MAKS_CALON }
}

/** GET /skp/:id/tim-kerja: the teams of the SKP's owner and whether the SKP carries an IKI for each. */
export async function cekTimKerjaPadaSkp(db: Db, ctx: Ctx, skpId: string) {
  return { items: await cekTimKerjaSkp(db, ctx.actor, skpId) }
}
