import type { Db } from '../../db/client.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { isAdminNasional } from '../../server/auth/policy.ts'
import { notFound } from '../../server/errors.ts'
import { assertBacaPegawai } from '../pegawai/pegawai.policy.ts'
import * as repo from './angka-kredit.repository.ts'

const NAMA = { id: 'Pegawai', en: 'Employee' }

/**
 * A pegawai's angka kredit is read by the pegawai, their penilai and the heads above (dilihatDariAtas), and
 * admins; another instansi's pegawai answers 404.
 */
export async function muatPegawaiBaca(db: Db, actor: Actor, id: string) {
  const lingkup = isAdminNasional(actor) ? undefined : (actor.instansiId ?? undefined)
  if (!lingkup && !isAdminNasional(actor)) throw notFound(NAMA)
  const p = await repo.findPegawai(db, lingkup, id)
  if (!p) throw notFound(NAMA)
  await assertBacaPegawai(db, actor, p, ['diri', 'atasan'])
  return p
}
