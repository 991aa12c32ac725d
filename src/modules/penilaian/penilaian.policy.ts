import type { Db } from '../../db/client.ts'
import type { PeranEvaluasi } from '../../domain/penilaian.ts'
import type { BERTINDAK_SEBAGAI, EvaluasiSnapshot } from '../../shared/penilaian.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { isAdminInstansi } from '../../server/auth/policy.ts'
import { penilaiMenurutPohon } from '../pegawai/hierarki.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { delegasiAktif } from './delegasi.repository.ts'
import * as repo from './penilaian.repository.ts'

/**
 * Who rates an SKP's evaluation today (DOMAIN §1, §5): the SKP's penilai; a Plt/Plh while a delegation by the
 * atasan penilai covers today; the next superior up when the penilai no longer holds a position; an admin
 * instansi for the non-ASN official (Bupati, Menteri …) who has no account.
 */
export interface PenilaiEfektif {
  /** null: the non-ASN official, through an admin instansi. */
  pegawaiId: string | null
  sebagai: (typeof BERTINDAK_SEBAGAI)[number]
}

type SkpPenilai = Pick<repo.SkpRingkas, 'instansiId' | 'pegawaiId' | 'penilaiPegawaiId'> & {
  snapshot: unknown
}

export async function penilaiEfektif(db: Db, s: SkpPenilai, hari: string): Promise<PenilaiEfektif> {
  const [ef] = await penilaiEfektifBanyak(db, s.instansiId, [s], hari)
  return ef
}

/**
 * penilaiEfektif of many SKPs of one instansi with a fixed number of queries (lists): the delegations in force
 * and the active positions of every penilai and atasan penilai at once, then the tree once for the SKPs whose
 * penilai and atasan penilai have both left. In the order given.
 */
export async function penilaiEfektifBanyak(
  db: Db,
  instansiId: string,
  skps: SkpPenilai[],
  hari: string,
): Promise<PenilaiEfektif[]> {
  const penilaiIds = [...new Set(skps.flatMap((s) => (s.penilaiPegawaiId ? [s.penilaiPegawaiId] : [])))]
  const delegasi = new Map<string, string>()
  // newest first: the first delegation of each penilai is the one in force
  for (const d of await delegasiAktif(db, instansiId, penilaiIds, hari))
    if (!delegasi.has(d.penilaiPegawaiId)) delegasi.set(d.penilaiPegawaiId, d.penerimaPegawaiId)
  const atasanIds = skps.flatMap((s) => atasanSkp(s) ?? [])
  const aktif = await repo.berposisiAktif(db, instansiId, [...penilaiIds, ...atasanIds], hari)
  const awal = skps.map((s) => tanpaPohon(s, delegasi, aktif))
  const perluPohon = skps.filter((_, i) => awal[i] === null).map((s) => s.pegawaiId)
  const pohon = await penilaiMenurutPohon(db, instansiId, perluPohon, hari)
  return skps.map((s, i) => awal[i] ?? dariPohon(s, pohon.get(s.pegawaiId) ?? null))
}

const atasanSkp = (s: SkpPenilai) => (s.snapshot as SkpSnapshot | null)?.atasanPenilai?.pegawaiId ?? null

/** Who rates, from the delegations and positions alone; null: both the penilai and his own penilai have left. */
function tanpaPohon(
  s: SkpPenilai,
  delegasi: ReadonlyMap<string, string>,
  aktif: ReadonlySet<string>,
): PenilaiEfektif | null {
  const penilai = s.penilaiPegawaiId
  if (!penilai) return { pegawaiId: null, sebagai: 'atas_nama_non_asn' }
  const d = delegasi.get(penilai)
  if (d) return { pegawaiId: d, sebagai: 'delegasi' }
  if (aktif.has(penilai)) return { pegawaiId: penilai, sebagai: 'penilai' }
  // the penilai is gone: his own penilai (the atasan penilai of the SKP) if still in post, else the tree's answer
  const atas = atasanSkp(s)
  if (atas && atas !== s.pegawaiId && aktif.has(atas))
    return { pegawaiId: atas, sebagai: 'atasan_berikutnya' }
  return null
}

/** The tree's penilai of the pegawai today acts, unless it is the SKP's own (gone) penilai: then the admin. */
function dariPohon(s: SkpPenilai, pohon: string | null): PenilaiEfektif {
  return pohon && pohon !== s.penilaiPegawaiId
    ? { pegawaiId: pohon, sebagai: 'atasan_berikutnya' }
    : { pegawaiId: null, sebagai: 'atas_nama_non_asn' }
}

/** The actor rates as `ef` (an admin instansi holds the non-ASN official's hand, never on their own SKP). */
export function adalahPenilai(actor: Actor, s: SkpPenilai, ef: PenilaiEfektif) {
  if (actor.instansiId !== s.instansiId) return false
  if (ef.pegawaiId) return actor.pegawaiId === ef.pegawaiId && actor.pegawaiId !== s.pegawaiId
  return isAdminInstansi(actor, s.instansiId) && actor.pegawaiId !== s.pegawaiId
}

/**
 * The actor's sides of an evaluation. The penilai side follows who rates today while draft and the stored
 * penilai afterwards; the atasan penilai is the snapshot's (an admin for a non-ASN one). Anyone else who may
 * read the SKP reads it ('pembaca'); others get the SKP's 403/404.
 */
export async function peranEvaluasi(
  db: Db,
  actor: Actor,
  e: repo.EvaluasiRow,
  s: SkpPenilai,
  ef: PenilaiEfektif | null,
): Promise<PeranEvaluasi[]> {
  const peran: PeranEvaluasi[] = []
  const sama = actor.instansiId === e.instansiId
  if (sama && actor.pegawaiId === e.pegawaiId) peran.push('pegawai')
  const penilai =
    e.status === 'draft' && ef
      ? adalahPenilai(actor, s, ef)
      : sama &&
        actor.pegawaiId !== e.pegawaiId &&
        (e.penilaiPegawaiId ? actor.pegawaiId === e.penilaiPegawaiId : isAdminInstansi(actor, e.instansiId))
  if (penilai) peran.push('penilai')
  const snap = e.snapshot as Partial<EvaluasiSnapshot> | null
  const atasan = snap?.atasanPenilai ?? (s.snapshot as SkpSnapshot | null)?.atasanPenilai ?? null
  if (
    sama &&
    actor.pegawaiId !== e.pegawaiId &&
    atasan &&
    (atasan.pegawaiId ? atasan.pegawaiId === actor.pegawaiId : isAdminInstansi(actor, e.instansiId))
  )
    peran.push('atasan_penilai')
  if (peran.length > 0) return peran
  await muatSkp(db, actor, e.skpId)
  return ['pembaca']
}
