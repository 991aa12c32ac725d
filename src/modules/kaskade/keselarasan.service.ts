import type { Db } from '../../db/client.ts'
import type {
  KeselarasanCari,
  KeselarasanLevel,
  KeselarasanRhk,
  KeselarasanSkp,
} from '../../shared/kaskade.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { notFound } from '../../server/errors.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { assertBacaSkp, lingkupSkp } from '../skp/skp.policy.ts'
import {
  cariTurun,
  levelAnak,
  levelSkp,
  pohonTurun,
  rantaiNaik,
  type BarisLevel,
} from './keselarasan.repository.ts'
import { ringkas, susunNaik, susunTurun, tanpaKontributor } from './keselarasan.pohon.ts'
import { daftarRhkSkp, findRhkDenganSkp } from './skp-baca.repository.ts'

const RHK = { id: 'RHK', en: 'Performance plan item (RHK)' }

/**
 * Alignment tree (keselarasan, DOMAIN §2 cascading): from an RHK up through the intervensi chain to the
 * top leader, and down to every RHK that contributes to it. RHK without contributors are flagged, so an
 * atasan sees which of their results nobody has taken up yet. Readable by the SKP owner, their atasan
 * chain, pimpinan and admins.
 */
/** GET /rhk/:id/keselarasan — one RHK: its chain up and every contributor down. */
export async function keselarasanRhk(db: Db, ctx: Ctx, rhkId: string): Promise<KeselarasanRhk> {
  const row = await findRhkDenganSkp(db, lingkupSkp(ctx.actor), rhkId)
  if (!row) throw notFound(RHK)
  await assertBacaSkp(db, ctx.actor, row.skp)
  const instansiId = row.skp.instansiId
  const [naik, turun] = await Promise.all([
    rantaiNaik(db, instansiId, [rhkId]),
    pohonTurun(db, instansiId, [rhkId]),
  ])
  const atas = susunNaik(naik)
  const bawah = susunTurun(turun)
  const node = atas.node(rhkId)
  if (!node) throw notFound(RHK)
  return { atas: atas.atas(rhkId), node, bawah: bawah.anakDari(rhkId), terpotong: bawah.terpotong }
}

/** GET /skp/:id/keselarasan — every RHK of the SKP, and those nobody contributes to yet. */
export async function keselarasanSkp(db: Db, ctx: Ctx, skpId: string): Promise<KeselarasanSkp> {
  const { s } = await muatSkp(db, ctx.actor, skpId)
  const ids = (await daftarRhkSkp(db, s.instansiId, s.id)).map((r) => r.id)
  const [naik, turun] = await Promise.all([
    rantaiNaik(db, s.instansiId, ids),
    pohonTurun(db, s.instansiId, ids),
  ])
  const atas = susunNaik(naik)
  const bawah = susunTurun(turun)
  const items = ids.flatMap((id) => {
    const node = atas.node(id)
    return node ? [{ atas: atas.atas(id), node, bawah: bawah.anakDari(id) }] : []
  })
  const tanpaKontributor = items
    .filter((i) => i.node.tanpaKontributor)
    .map((i) => ({ rhkId: i.node.rhkId, deskripsi: i.node.deskripsi }))
  return { skpId: s.id, items, tanpaKontributor, terpotong: bawah.terpotong }
}

const simpul = (r: BarisLevel) => ({
  ...ringkas(r),
  tanpaKontributor: tanpaKontributor(r),
  jumlahKontributor: r.jumlahKontributor,
  jumlahTurunan: r.jumlahTurunan,
  jumlahTanpaKontributor: r.jumlahTanpaKontributor,
})

/**
 * GET /skp/:id/keselarasan/level — the first level of a leader's tree (the RHK of the SKP) with counts
 * per node; a large instansi's tree is opened level by level instead of read whole.
 */
export async function levelKeselarasanSkp(db: Db, ctx: Ctx, skpId: string): Promise<KeselarasanLevel> {
  const { s } = await muatSkp(db, ctx.actor, skpId)
  return { indukRhkId: null, items: (await levelSkp(db, s.instansiId, s.id)).map(simpul) }
}

/** GET /rhk/:id/keselarasan/anak — the contributors of one RHK, with counts per node (same read rule). */
export async function anakKeselarasan(db: Db, ctx: Ctx, rhkId: string): Promise<KeselarasanLevel> {
  const row = await findRhkDenganSkp(db, lingkupSkp(ctx.actor), rhkId)
  if (!row) throw notFound(RHK)
  await assertBacaSkp(db, ctx.actor, row.skp)
  return { indukRhkId: rhkId, items: (await levelAnak(db, row.skp.instansiId, rhkId)).map(simpul) }
}

const MAKS_HASIL_CARI = 50

/** GET /skp/:id/keselarasan/cari?q= — RHK below the SKP's RHK by text, owner name or NIP, with their path. */
export async function cariKeselarasan(db: Db, ctx: Ctx, skpId: string, q: string): Promise<KeselarasanCari> {
  const { s } = await muatSkp(db, ctx.actor, skpId)
  const ids = (await daftarRhkSkp(db, s.instansiId, s.id)).map((r) => r.id)
  const rows = await cariTurun(db, s.instansiId, ids, q, MAKS_HASIL_CARI)
  return {
    items: rows.slice(0, MAKS_HASIL_CARI).map((r) => ({
      ...ringkas(r),
      tanpaKontributor: tanpaKontributor(r),
      jalur: r.jalur,
    })),
    lebih: rows.length > MAKS_HASIL_CARI,
  }
}
