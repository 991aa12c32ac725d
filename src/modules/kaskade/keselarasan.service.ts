import type { Db } from '../../db/client.ts'
import type { KeselarasanRhk, KeselarasanSkp } from '../../shared/kaskade.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { notFound } from '../../server/errors.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { assertBacaSkp, lingkupSkp } from '../skp/skp.policy.ts'
import { pohonTurun, rantaiNaik } from './keselarasan.repository.ts'
import { susunNaik, susunTurun } from './keselarasan.pohon.ts'
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
