import type { Db } from '../../db/client.ts'
import type { MphBulk, MphCreate, MphSel, MphUpdate, MphView } from '../../shared/kaskade.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { AppError, badRequest, notFound } from '../../server/errors.ts'
import { kirimNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { tolakTahunDitutup } from '../skp/pengaturan.service.ts'
import { pastikanSkpDraft } from '../skp/skp-buat.ts'
import {
  hapusRhkDariKaskade,
  skpBawahanTerkunci,
  tambahRhkDariKaskade,
  ubahRhkDariKaskade,
} from '../skp/skp-kaskade.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { daftarBawahan } from '../pegawai/hierarki.ts'
import { aksiMatriks, assertPemilikSel, bolehIkutiSel } from './matriks-peran-hasil.policy.ts'
import { periksaSel, type HasilPeriksa, type Masalah } from './matriks-peran-hasil.periksa.ts'
import * as repo from './matriks-peran-hasil.repository.ts'
import { daftarRhkSkp, findRhkDenganSkp } from './skp-baca.repository.ts'
import { tanggalAcuan } from './tanggal.ts'

interface Penerima {
  pegawaiId: string
  skpId: string
  hasil: string[]
  instansiId: string
}

const SEL = { id: 'Sel matriks peran hasil', en: 'Role/result cell' }

const statusGrid = (s: string | null) => (s ?? 'belum_ada') as MphView['bawahan'][number]['skpStatus']

/**
 * Matriks Peran Hasil (DOMAIN §2, the bulk form of cascading): the atasan assigns a role and result per own
 * approved RHK × subordinate; each cell creates a draft RHK on the subordinate's SKP of that year, already
 * linked by intervensi. The matrix never invents IKI text: without IKI given, the subordinate writes them.
 */
/** GET /skp/:id/matriks-peran-hasil — the grid of my RHK × subordinates, with what I may do in it. */
export async function lihatMatriks(db: Db, ctx: Ctx, skpId: string): Promise<MphView> {
  const { s } = await muatSkp(db, ctx.actor, skpId)
  const tanggal = tanggalAcuan(s)
  const [rhkAtasan, bawahan] = await Promise.all([
    daftarRhkSkp(db, s.instansiId, s.id),
    daftarBawahan(db, s.instansiId, s.pegawaiId, tanggal),
  ])
  const rhkIds = rhkAtasan.map((r) => r.id)
  const sel = await repo.selMph(db, s.instansiId, rhkIds)
  const intervensi = await repo.rhkIntervensi(db, s.instansiId, rhkIds)
  // a former subordinate's cells and RHK stay visible, so they can still be edited or removed
  const ids = [
    ...new Set([...bawahan, ...sel.map((c) => c.pegawaiId), ...intervensi.map((r) => r.pegawaiId)]),
  ]
  const orang = await repo.pegawaiDenganSkp(db, s.instansiId, ids, s.tahun, tanggal)
  const aksi = aksiMatriks(ctx.actor, s, bawahan)
  return {
    skp: { id: s.id, tahun: s.tahun, status: s.status },
    rhkAtasan,
    bawahan: orang.map((o) => {
      const skpStatus = statusGrid(o.skpStatus)
      return { ...o, skpStatus, aksi: aksi.baris(skpStatus, o.pegawaiId) }
    }),
    sel: sel.map(({ id, ...c }) => ({ ...c, peranHasilId: id })),
    intervensi,
    aksi: aksi.grid,
  }
}

/**
 * One cell: the linked draft RHK with its IKI on the subordinate's SKP (written by the SKP module under
 * the SKP's row lock: a concurrent submission makes this a 409), then the cell itself (audited).
 */
async function tulisSel(
  tx: Db,
  ctx: Ctx,
  item: MphCreate,
  instansiId: string,
  skpBawahanId: string,
): Promise<MphSel> {
  const rhkBaru = await tambahRhkDariKaskade(tx, ctx, instansiId, skpBawahanId, {
    deskripsi: item.hasil,
    intervensiRhkId: item.rhkAtasanId,
    iki: item.iki ?? [],
  })
  const sel = await repo.insertPeranHasil(tx, {
    instansiId,
    rhkAtasanId: item.rhkAtasanId,
    pegawaiId: item.pegawaiId,
    peran: item.peran,
    hasil: item.hasil,
    rhkBawahanId: rhkBaru.id,
  })
  await catatAudit(tx, ctx, {
    instansiId,
    aksi: 'buat',
    entitas: 'peran_hasil',
    entitasId: sel.id,
    sesudah: sel,
  })
  return { ...sel, rhkBawahanDeskripsi: rhkBaru.deskripsi }
}

/** Writes checked items: draft SKP if missing, RHK + IKI, the cell; one notification per subordinate. */
async function tulis(tx: Db, ctx: Ctx, items: MphCreate[], periksa: HasilPeriksa) {
  const skpBawahan = new Map<string, Awaited<ReturnType<typeof pastikanSkpDraft>>>()
  const perPenerima = new Map<string, Penerima>()
  const hasil: MphSel[] = []
  for (const item of items) {
    const atasan = periksa.atasan.get(item.rhkAtasanId)!.skp
    const kunci = `${item.pegawaiId}:${atasan.tahun}`
    const target = skpBawahan.get(kunci) ?? (await siapkanSkp(tx, ctx, atasan, item.pegawaiId))
    skpBawahan.set(kunci, target)
    if (!bolehIkutiSel(target.status)) throw skpBawahanTerkunci()
    hasil.push(await tulisSel(tx, ctx, item, atasan.instansiId, target.id))
    const p = perPenerima.get(kunci) ?? {
      pegawaiId: item.pegawaiId,
      skpId: target.id,
      hasil: [],
      instansiId: atasan.instansiId,
    }
    perPenerima.set(kunci, { ...p, hasil: [...p.hasil, item.hasil] })
  }
  await beriTahu(tx, ctx, [...perPenerima.values()])
  return hasil
}

/**
 * The subordinate's SKP of the year for the cell, created as a draft when missing; they are told a draft
 * was made for them (they own it: they complete the IKI and submit it).
 */
async function siapkanSkp(
  tx: Db,
  ctx: Ctx,
  atasan: { instansiId: string; tahun: number },
  pegawaiId: string,
) {
  const ada = await repo.skpIdsTahun(tx, atasan.instansiId, pegawaiId, atasan.tahun)
  const s = await pastikanSkpDraft(tx, atasan.instansiId, pegawaiId, atasan.tahun, ctx)
  if (!ada.has(s.id)) {
    await kirimNotifikasi(tx, {
      instansiId: atasan.instansiId,
      penerimaPegawaiId: pegawaiId,
      tipe: 'SKP_DIBUAT_DARI_MPH',
      parameter: { nama: ctx.actor.nama, tahun: atasan.tahun },
      tautan: `/skp/${s.id}`,
      perihal: s.id,
    })
  }
  return s
}

async function beriTahu(tx: Db, ctx: Ctx, per: Penerima[]) {
  for (const p of per) {
    await kirimNotifikasi(tx, {
      instansiId: p.instansiId,
      penerimaPegawaiId: p.pegawaiId,
      tipe: 'MPH_SEL',
      parameter: { nama: ctx.actor.nama, jumlah: p.hasil.length, hasil: p.hasil },
      tautan: `/skp/${p.skpId}`,
      perihal: p.skpId,
    })
  }
}

/** POST /matriks-peran-hasil — one cell. */
export async function buatSel(db: Db, ctx: Ctx, item: MphCreate) {
  return db.transaction(async (tx) => {
    const periksa = await periksaSel(tx, ctx.actor, [item])
    const m = periksa.masalah[0]
    if (m) throw new AppError(m.status, m.code, m.teks, [{ path: m.field, message: m.teks }])
    return (await tulis(tx, ctx, [item], periksa))[0]
  })
}

/**
 * A row naming a superior RHK the caller may not cascade answers like the single-cell route: 404 when the
 * RHK is not found (or another instansi's: never confirming it exists), else 403 when it is not theirs.
 * Access comes before the rows' other problems, which are about the content.
 */
function tolakAkses(masalah: Masalah[]) {
  const akses = (status: number) => masalah.filter((m) => m.field === 'rhkAtasanId' && m.status === status)
  for (const status of [404, 403]) {
    const rows = akses(status)
    if (rows.length === 0) continue
    throw new AppError(
      status,
      rows[0].code,
      rows[0].teks,
      rows.map((m) => ({ path: `items.${m.indeks}.${m.field}`, message: m.teks })),
    )
  }
}

/** POST /matriks-peran-hasil/bulk — every cell or none. */
export async function buatSelBanyak(db: Db, ctx: Ctx, input: MphBulk) {
  return db.transaction(async (tx) => {
    const periksa = await periksaSel(tx, ctx.actor, input.items)
    tolakAkses(periksa.masalah)
    if (periksa.masalah.length > 0) {
      const n = new Set(periksa.masalah.map((m) => m.indeks)).size
      throw badRequest(
        'MPH.ADA_KESALAHAN',
        {
          id: `${n} baris tidak valid; tidak ada yang disimpan.`,
          en: `${n} rows are not valid; nothing was saved.`,
        },
        periksa.masalah.map((m) => ({ path: `items.${m.indeks}.${m.field}`, message: m.teks })),
      )
    }
    return { items: await tulis(tx, ctx, input.items, periksa) }
  })
}

/** The cell and its superior RHK, for the owner of that RHK only. */
async function muatSel(tx: Db, ctx: Ctx, id: string) {
  const sel = await repo.findPeranHasil(tx, lingkupSkp(ctx.actor), id)
  const atasan = sel && (await findRhkDenganSkp(tx, sel.instansiId, sel.rhkAtasanId))
  if (!sel || !atasan) throw notFound(SEL)
  assertPemilikSel(ctx.actor, atasan.skp)
  await tolakTahunDitutup(tx, sel.instansiId, atasan.skp.tahun) // a closed year is read-only
  const bawahan = sel.rhkBawahanId ? await repo.rhkBawahan(tx, sel.instansiId, sel.rhkBawahanId) : undefined
  return { sel, bawahan }
}

/** PATCH /matriks-peran-hasil/:id — a draft RHK follows the new result. */
export async function ubahSel(db: Db, ctx: Ctx, id: string, input: MphUpdate): Promise<MphSel> {
  return db.transaction(async (tx) => {
    const { sel, bawahan } = await muatSel(tx, ctx, id)
    const baru = await repo.updatePeranHasil(tx, sel.instansiId, id, input)
    // a submitted or approved SKP belongs to its workflow now: only a draft follows the matrix
    if (bawahan) await ubahRhkDariKaskade(tx, ctx, sel.instansiId, bawahan.id, input.hasil)
    await catatAudit(tx, ctx, {
      instansiId: sel.instansiId,
      aksi: 'ubah',
      entitas: 'peran_hasil',
      entitasId: id,
      sebelum: sel,
      sesudah: baru,
    })
    return (await repo.findSel(tx, sel.instansiId, id))!
  })
}

/** DELETE /matriks-peran-hasil/:id — a draft RHK nothing else points at goes too. */
export async function hapusSel(db: Db, ctx: Ctx, id: string) {
  return db.transaction(async (tx) => {
    const { sel, bawahan } = await muatSel(tx, ctx, id)
    await repo.deletePeranHasil(tx, sel.instansiId, id)
    const hapusRhk =
      !!bawahan &&
      bolehIkutiSel(bawahan.skpStatus) &&
      !(await repo.rhkDirujuk(tx, sel.instansiId, bawahan.id)) &&
      (await hapusRhkDariKaskade(tx, ctx, sel.instansiId, bawahan.id))
    await catatAudit(tx, ctx, {
      instansiId: sel.instansiId,
      aksi: 'hapus',
      entitas: 'peran_hasil',
      entitasId: id,
      sebelum: sel,
      sesudah: { rhkDihapus: hapusRhk },
    })
    return { rhkDihapus: hapusRhk }
  })
}
