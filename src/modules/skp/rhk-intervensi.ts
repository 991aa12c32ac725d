import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows as baris } from '../../db/rows.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { conflict } from '../../server/errors.ts'
import { kirimNotifikasi } from '../notifikasi/notifikasi.service.ts'
import type { SkpRow } from './skp.repository.ts'

/**
 * An atasan's RHK that subordinates' RHK intervene (the cascade link, DOMAIN §2) while the atasan's SKP is
 * reopened: removing it would cut their link, so it is refused (409) naming them; changing it tells them,
 * since their RHK contributes to what it says.
 */

interface RhkPengintervensi {
  rhkId: string
  deskripsi: string
  skpId: string
  pegawaiId: string
  nama: string
}

/** The RHK (of any SKP of the instansi) that intervene `rhkId`, with their owners. */
export function pengintervensi(db: Db, instansiId: string, rhkId: string) {
  return baris<RhkPengintervensi>(
    db,
    sql`select r.id as "rhkId", r.deskripsi, s.id as "skpId", s.pegawai_id as "pegawaiId", p.nama
      from rhk r
      join skp s on s.id = r.skp_id and s.instansi_id = r.instansi_id
      join pegawai p on p.id = s.pegawai_id and p.instansi_id = s.instansi_id
      where r.instansi_id = ${instansiId} and r.intervensi_rhk_id = ${rhkId}
      order by p.nama, r.urutan`,
  )
}

/** Teams whose assignment is this RHK (tim_kerja.rhk_id). */
function timDenganRhk(db: Db, instansiId: string, rhkId: string) {
  return baris<{ nama: string }>(
    db,
    sql`select nama from tim_kerja where instansi_id = ${instansiId} and rhk_id = ${rhkId} order by nama`,
  )
}

const sebut = (r: RhkPengintervensi[]) =>
  [...new Map(r.map((x) => [x.pegawaiId, x.nama])).values()].join(', ')

/** 409 instead of a foreign-key error: name who intervenes the RHK (or which team it is the work of). */
export async function tolakHapusRhkDirujuk(tx: Db, instansiId: string, rhkId: string) {
  const bawah = await pengintervensi(tx, instansiId, rhkId)
  if (bawah.length > 0) {
    const siapa = sebut(bawah)
    throw conflict('RHK.DIINTERVENSI', {
      id: `RHK ini diintervensi oleh RHK ${siapa}; RHK tersebut harus dilepas atau dialihkan ke RHK lain terlebih dahulu.`,
      en: `This RHK is intervened by RHK of ${siapa}; those RHK must be unlinked or moved to another RHK first.`,
    })
  }
  const tim = await timDenganRhk(tx, instansiId, rhkId)
  if (tim.length > 0) {
    const nama = tim.map((t) => `"${t.nama}"`).join(', ')
    throw conflict('RHK.RHK_TIM_KERJA', {
      id: `RHK ini menjadi penugasan tim kerja ${nama}; ganti RHK tim tersebut terlebih dahulu.`,
      en: `This RHK is the assignment of the team ${nama}; change the team's RHK first.`,
    })
  }
}

/**
 * After an intervened RHK changed (its text, or its IKI): each subordinate whose RHK intervene it is told,
 * once per SKP, naming their RHK. The owner changing an RHK nobody intervenes tells no one.
 */
export async function beriTahuRhkDiubah(tx: Db, ctx: Ctx, s: SkpRow, rhkId: string, deskripsiBaru: string) {
  const bawah = await pengintervensi(tx, s.instansiId, rhkId)
  const perSkp = new Map<string, RhkPengintervensi[]>()
  for (const r of bawah) perSkp.set(r.skpId, [...(perSkp.get(r.skpId) ?? []), r])
  for (const [skpId, rhk] of perSkp) {
    if (rhk[0].pegawaiId === s.pegawaiId) continue
    await kirimNotifikasi(tx, {
      instansiId: s.instansiId,
      penerimaPegawaiId: rhk[0].pegawaiId,
      tipe: 'RHK_ATASAN_DIUBAH',
      parameter: {
        nama: ctx.actor.nama,
        tahun: s.tahun,
        rhkAtasan: deskripsiBaru,
        rhkAnda: rhk.map((r) => r.deskripsi),
      },
      tautan: `/skp/${skpId}`,
      perihal: skpId,
    })
  }
}
