import type { Db } from '../../db/client.ts'
import type { DelegasiCreate, DelegasiDaftar, DelegasiView } from '../../shared/delegasi-penilaian.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { isAdminInstansi } from '../../server/auth/policy.ts'
import { hariIni, sekarang } from '../../server/clock.ts'
import { conflict, fieldError, forbidden, notFound } from '../../server/errors.ts'
import { kirimNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { daftarBawahan } from '../pegawai/hierarki.ts'
import { cariPenilai } from '../pegawai/penilai.service.ts'
import * as repo from './delegasi.repository.ts'
import { berposisiAktif, statusPegawai } from './penilaian.repository.ts'

/**
 * Delegation of evaluation (DOMAIN §1): the atasan penilai of a penilai's subordinates (the penilai's own
 * penilai) or an admin instansi lets a Plt/Plh evaluate them for a time; the delegate acts while it covers
 * today. Revoked, never deleted.
 */
const NAMA = { id: 'Delegasi penilaian', en: 'Evaluation delegation' }

function view(r: { d: repo.DelegasiRow; penilaiNama: string; penerimaNama: string }, ctx: Ctx): DelegasiView {
  const hari = hariIni()
  const { d } = r
  const admin = isAdminInstansi(ctx.actor, d.instansiId)
  return {
    id: d.id,
    penilai: { pegawaiId: d.penilaiPegawaiId, nama: r.penilaiNama },
    penerima: { pegawaiId: d.penerimaPegawaiId, nama: r.penerimaNama },
    mulai: d.mulai,
    selesai: d.selesai,
    alasan: d.alasan,
    aktif: !d.dicabutAt && d.mulai <= hari && hari <= d.selesai,
    dicabutAt: d.dicabutAt?.toISOString() ?? null,
    aksi: { cabut: !d.dicabutAt && d.selesai >= hari && (admin || d.dibuatOlehAkunId === ctx.actor.akunId) },
  }
}

/** GET /delegasi-penilaian — an admin sees the instansi's; others those they gave, got or are the penilai of. */
export async function daftarDelegasi(db: Db, ctx: Ctx): Promise<DelegasiDaftar> {
  const { instansiId, pegawaiId, akunId } = ctx.actor
  if (!instansiId) return { items: [], bisaBuat: false }
  const admin = isAdminInstansi(ctx.actor, instansiId)
  const rows = await repo.daftarDelegasi(db, instansiId, admin ? null : { pegawaiId, akunId })
  const bisaBuat =
    admin || (!!pegawaiId && (await daftarBawahan(db, instansiId, pegawaiId, hariIni())).length > 0)
  return { items: rows.map((r) => view(r, ctx)), bisaBuat }
}

async function baca(db: Db, ctx: Ctx, instansiId: string, id: string) {
  const [r] = await repo.daftarDelegasi(db, instansiId, null, id)
  if (!r) throw notFound(NAMA)
  return view(r, ctx)
}

/** POST /delegasi-penilaian */
export async function buatDelegasi(db: Db, ctx: Ctx, input: DelegasiCreate): Promise<DelegasiView> {
  const { instansiId } = ctx.actor
  if (!instansiId)
    throw forbidden({
      id: 'Delegasi dibuat di instansi sendiri.',
      en: 'Delegations are made in your own agency.',
    })
  if (input.selesai < input.mulai)
    throw fieldError('DELEGASI.RENTANG', 'selesai', {
      id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
      en: 'The end date cannot be before the start date.',
    })
  if (input.penilaiPegawaiId === input.penerimaPegawaiId)
    throw fieldError('DELEGASI.DIRI_SENDIRI', 'penerimaPegawaiId', {
      id: 'Penerima delegasi harus orang lain dari pejabat penilai.',
      en: 'The delegate must be someone other than the assessor.',
    })
  return db.transaction(async (tx) => {
    const hari = hariIni()
    const st = await statusPegawai(tx, instansiId, [input.penilaiPegawaiId, input.penerimaPegawaiId])
    // a pegawai of another instansi: not found, as everywhere
    if (!st.has(input.penilaiPegawaiId)) throw notFound({ id: 'Pegawai', en: 'Pegawai' })
    const penerima = st.get(input.penerimaPegawaiId)
    if (
      !penerima ||
      penerima.status !== 'aktif' ||
      !(await berposisiAktif(tx, instansiId, [input.penerimaPegawaiId], hari)).has(input.penerimaPegawaiId)
    )
      throw fieldError('DELEGASI.PENERIMA_TIDAK_AKTIF', 'penerimaPegawaiId', {
        id: 'Penerima delegasi harus pegawai aktif yang memegang jabatan di instansi ini.',
        en: 'The delegate must be an active pegawai holding a position in this agency.',
      })
    const admin = isAdminInstansi(ctx.actor, instansiId)
    const atasan = admin ? null : (await cariPenilai(tx, instansiId, input.penilaiPegawaiId, hari)).penilai
    if (!admin && (!ctx.actor.pegawaiId || atasan?.pegawaiId !== ctx.actor.pegawaiId))
      throw forbidden({
        id: 'Delegasi penilaian dibuat oleh atasan pejabat penilai itu atau admin instansi.',
        en: "An evaluation delegation is made by the assessor's own superior or the agency administrator.",
      })
    const d = await repo.insertDelegasi(tx, {
      instansiId,
      penilaiPegawaiId: input.penilaiPegawaiId,
      penerimaPegawaiId: input.penerimaPegawaiId,
      mulai: input.mulai,
      selesai: input.selesai,
      alasan: input.alasan,
      dibuatOlehAkunId: ctx.actor.akunId,
    })
    await catatAudit(tx, ctx, {
      instansiId,
      aksi: 'delegasi_penilaian_buat',
      entitas: 'delegasi_penilaian',
      entitasId: d.id,
      sesudah: d,
    })
    const v = await baca(tx, ctx, instansiId, d.id)
    await kirimNotifikasi(tx, {
      instansiId,
      penerimaPegawaiId: d.penerimaPegawaiId,
      tipe: 'DELEGASI_PENILAIAN',
      parameter: { nama: v.penilai.nama.slice(0, 300) || '-', mulai: d.mulai, selesai: d.selesai },
      tautan: '/penilaian',
      perihal: `delegasi:${d.id}`,
    })
    return v
  })
}

/** POST /delegasi-penilaian/:id/cabut — by whoever made it or an admin instansi. */
export async function cabutDelegasi(db: Db, ctx: Ctx, id: string): Promise<DelegasiView> {
  const { instansiId } = ctx.actor
  if (!instansiId)
    throw forbidden({
      id: 'Delegasi dikelola di instansi sendiri.',
      en: 'Delegations are managed in your own agency.',
    })
  return db.transaction(async (tx) => {
    const d = await repo.findDelegasi(tx, instansiId, id, true)
    if (!d) throw notFound(NAMA)
    if (!isAdminInstansi(ctx.actor, instansiId) && d.dibuatOlehAkunId !== ctx.actor.akunId)
      throw forbidden({
        id: 'Delegasi dicabut oleh pembuatnya atau admin instansi.',
        en: 'A delegation is revoked by whoever made it or the agency administrator.',
      })
    if (d.dicabutAt)
      throw conflict('DELEGASI.SUDAH_DICABUT', {
        id: 'Delegasi ini sudah dicabut.',
        en: 'This delegation was already revoked.',
      })
    const baru = await repo.cabutDelegasi(tx, d, sekarang())
    await catatAudit(tx, ctx, {
      instansiId,
      aksi: 'delegasi_penilaian_cabut',
      entitas: 'delegasi_penilaian',
      entitasId: d.id,
      sebelum: d,
      sesudah: baru,
    })
    return baca(tx, ctx, instansiId, d.id)
  })
}
