import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { penugasan, unor } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import { aktifPada } from '../../db/sql-helpers.ts'
import { resolvePenilaiBanyak, type DataAtasan } from '../../domain/atasan.ts'
import { kolomPenugasanRef, muatDataAtasan, overrideAktif } from './penilai.repository.ts'

/**
 * Who assesses whom, from the unor tree and the admin overrides (PermenPANRB 6/2022: the penilai is the
 * atasan langsung). The pegawai module's one answer to "who are my subordinates", used by SKP Bawahan,
 * the Matriks Peran Hasil and Tim Kerja. Loads only the part of the instansi the question needs, then asks
 * the pure `resolvePenilai` rules, so no module disagrees with the rest of the product.
 */

async function unitInstansi(db: Db, instansiId: string) {
  return db.select({ id: unor.id, parentId: unor.parentId }).from(unor).where(eq(unor.instansiId, instansiId))
}

/** Every active assignment of the pegawai selected by `pilih` (all their positions, not only the matching one). */
async function penugasanAktif(db: Db, instansiId: string, tanggal: string, pilih: SQL | undefined) {
  const aktif = and(
    eq(penugasan.instansiId, instansiId),
    aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
  )
  const terpilih = db.select({ id: penugasan.pegawaiId }).from(penugasan).where(and(aktif, pilih))
  const rows = await db
    .select(kolomPenugasanRef)
    .from(penugasan)
    .where(and(aktif, inArray(penugasan.pegawaiId, terpilih)))
  return rows
}

function subpohon(units: { id: string; parentId: string | null }[], akar: string[]): string[] {
  const anak = new Map<string, string[]>()
  for (const u of units) if (u.parentId) anak.set(u.parentId, [...(anak.get(u.parentId) ?? []), u.id])
  const hasil = new Set<string>()
  const antre = [...akar]
  while (antre.length > 0) {
    const id = antre.pop()!
    if (hasil.has(id)) continue
    hasil.add(id)
    antre.push(...(anak.get(id) ?? []))
  }
  return [...hasil]
}

/** Pegawai whose penilai on `tanggal` is `atasanPegawaiId`: staff of the units they head, heads below, overrides. */
export async function daftarBawahan(db: Db, instansiId: string, atasanPegawaiId: string, tanggal: string) {
  // one after another: the caller may pass a transaction, whose connection runs one query at a time
  const units = await unitInstansi(db, instansiId)
  const overrides = await overrideAktif(db, instansiId, tanggal)
  const milikAtasan = await penugasanAktif(db, instansiId, tanggal, eq(penugasan.pegawaiId, atasanPegawaiId))
  const dipimpin = milikAtasan
    .filter((p) => p.isKepala && p.pegawaiId === atasanPegawaiId)
    .map((p) => p.unitId)
  const unitBawah = subpohon(units, dipimpin)
  const viaOverride = overrides.filter((o) => o.atasanPegawaiId === atasanPegawaiId).map((o) => o.pegawaiId)
  const pilih = or(
    unitBawah.length > 0 ? inArray(penugasan.unorId, unitBawah) : undefined,
    viaOverride.length > 0 ? inArray(penugasan.pegawaiId, viaOverride) : undefined,
  )
  if (!pilih) return []
  const data: DataAtasan = {
    units,
    overrides,
    // the atasan's own positions too: an override atasan heads no unit above the candidates
    penugasan: [...milikAtasan, ...(await penugasanAktif(db, instansiId, tanggal, pilih))],
  }
  const kandidat = [...new Set(data.penugasan.map((p) => p.pegawaiId))].filter((id) => id !== atasanPegawaiId)
  const hasil = resolvePenilaiBanyak(data, kandidat, tanggal)
  return kandidat.filter((id) => hasil.get(id)?.penilai?.pegawaiId === atasanPegawaiId)
}

/** True when the pegawai assesses anyone on `tanggal` (heads a staffed unit, or is an override atasan). */
export async function adalahAtasan(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  return (await daftarBawahan(db, instansiId, pegawaiId, tanggal)).length > 0
}

/**
 * True when the reader sees the subject "from above" on `tanggal`: the reader heads the subject's unit or a
 * unit above it, holds the pimpinan role over such a unit (akun.lingkup_unor_id), or is the subject's override
 * atasan. DOMAIN §8: pimpinan monitor the units below and drill down to a person. `penugasanId` pins the
 * subject's position (an SKP's); without it every active position of the subject counts. The subject may
 * also be a unit (`unorId`): the reader heads it or a unit above it, or is pimpinan over it.
 */
export async function dilihatDariAtas(
  db: Db,
  o: {
    instansiId: string
    pegawaiId?: string
    penugasanId?: string
    unorId?: string
    akunId: string
    pembacaPegawaiId: string | null
    tanggal: string
  },
): Promise<boolean> {
  const posisi = o.penugasanId
    ? sql`p.id = ${o.penugasanId}`
    : sql`p.pegawai_id = ${o.pegawaiId ?? null} and p.mulai <= ${o.tanggal} and (p.selesai is null or p.selesai >= ${o.tanggal})`
  const awal = o.unorId
    ? sql`select u.id, u.parent_id from unor u where u.instansi_id = ${o.instansiId} and u.id = ${o.unorId}`
    : sql`select u.id, u.parent_id from penugasan p join unor u on u.id = p.unor_id and u.instansi_id = p.instansi_id
        where p.instansi_id = ${o.instansiId} and ${posisi}`
  const [hasil] = await rows<{ boleh: boolean }>(
    db,
    sql`
    with recursive naik(id, parent_id) as (
      ${awal}
      union
      select u.id, u.parent_id from unor u join naik on u.id = naik.parent_id where u.instansi_id = ${o.instansiId}
    )
    select (
      exists (select 1 from naik where naik.id in (
        select k.unor_id from penugasan k where k.instansi_id = ${o.instansiId} and k.pegawai_id = ${o.pembacaPegawaiId}
          and k.is_kepala and k.mulai <= ${o.tanggal} and (k.selesai is null or k.selesai >= ${o.tanggal})
        union
        select a.lingkup_unor_id from akun a where a.id = ${o.akunId} and a.instansi_id = ${o.instansiId}
          and 'pimpinan' = any(a.peran)
      ))
      or exists (select 1 from atasan_override ao where ao.instansi_id = ${o.instansiId}
        and ao.pegawai_id = ${o.pegawaiId ?? null} and ao.atasan_pegawai_id = ${o.pembacaPegawaiId}
        and ao.mulai <= ${o.tanggal} and (ao.selesai is null or ao.selesai >= ${o.tanggal}))
    ) as boleh`,
  )
  return hasil?.boleh === true
}

/** A chain longer than this is a cycle in bad data (overrides pointing at each other), not a hierarchy. */
const KEDALAMAN_MAKS = 30

/**
 * Which of `pegawaiIds` are in the subtree of `atasanPegawaiId` on `tanggal`: walking up each one's chain of
 * penilai (the same rules as everywhere, src/domain/atasan.ts) until it reaches the atasan or the top.
 * Oneself counts as inside. One batch of queries per level of the hierarchy, whatever the instansi's size.
 */
export async function dalamSubpohon(
  db: Db,
  instansiId: string,
  atasanPegawaiId: string,
  pegawaiIds: string[],
  tanggal: string,
): Promise<Set<string>> {
  const dalam = new Set<string>()
  // member → the person reached so far on the way up
  let posisi = new Map<string, string>()
  for (const id of new Set(pegawaiIds)) {
    if (id === atasanPegawaiId) dalam.add(id)
    else posisi.set(id, id)
  }
  // who assesses whom, loaded once per person: chains that meet further up share the rest of the walk
  const penilaiDari = new Map<string, string | null>()
  for (let level = 0; level < KEDALAMAN_MAKS && posisi.size > 0; level++) {
    const baru = [...new Set(posisi.values())].filter((id) => !penilaiDari.has(id))
    if (baru.length > 0) {
      const hasil = resolvePenilaiBanyak(await muatDataAtasan(db, instansiId, baru, tanggal), baru, tanggal)
      for (const id of baru) penilaiDari.set(id, hasil.get(id)?.penilai?.pegawaiId ?? null)
    }
    const berikut = new Map<string, string>()
    for (const [anggota, orang] of posisi) {
      const penilai = penilaiDari.get(orang)
      if (!penilai) continue // reached the top without meeting the atasan: outside
      if (penilai === atasanPegawaiId) dalam.add(anggota)
      else berikut.set(anggota, penilai)
    }
    posisi = berikut
  }
  return dalam
}

/**
 * Each pegawai's penilai on `tanggal` from the tree and the overrides (the same rules as cariPenilai), for
 * many pegawai with one load: what the evaluation lists need when an SKP's penilai has left.
 */
export async function penilaiMenurutPohon(
  db: Db,
  instansiId: string,
  pegawaiIds: string[],
  tanggal: string,
): Promise<Map<string, string | null>> {
  const unik = [...new Set(pegawaiIds)]
  if (unik.length === 0) return new Map()
  const hasil = resolvePenilaiBanyak(await muatDataAtasan(db, instansiId, unik, tanggal), unik, tanggal)
  return new Map(unik.map((id) => [id, hasil.get(id)?.penilai?.pegawaiId ?? null]))
}
