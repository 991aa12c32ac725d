import type { Database, Db } from '../../db/client.ts'
import { adaSiklus, cekIntervensi, petaIntervensi, type IntervensiCode } from '../../domain/intervensi.ts'
import { PESAN_ERROR } from '../../domain/pesan-error.ts'
import type { KandidatIntervensiView } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { AppError, type Teks } from '../../server/errors.ts'
import { kirimNotifikasiSekaliSehari, perihalSkpTahun } from '../notifikasi/notifikasi.service.ts'
import * as rhkRepo from './rhk.repository.ts'
import { muatSkp } from './skp-akses.ts'
import type { SkpRow } from './skp.repository.ts'

/**
 * Cascading (PermenPANRB 6/2022, DOMAIN §2): an RHK contributes to an approved RHK of the pegawai's penilai,
 * or of the Tim Kerja they belong to, in the same instansi and year, without loops.
 */
type KodeIntervensi = IntervensiCode | 'INTERVENSI.SIKLUS' | 'INTERVENSI.BEDA_TAHUN'

const PESAN_TAMBAHAN: Record<'INTERVENSI.SIKLUS' | 'INTERVENSI.BEDA_TAHUN', Teks> = {
  'INTERVENSI.SIKLUS': {
    id: 'Pilihan ini membuat rantai intervensi berputar (siklus).',
    en: 'This choice would make the cascade chain loop.',
  },
  'INTERVENSI.BEDA_TAHUN': {
    id: 'RHK atasan yang dipilih berasal dari tahun lain.',
    en: "The chosen superior's RHK belongs to another year.",
  },
}

export const galatIntervensi = (code: KodeIntervensi, path: string) => {
  const teks =
    code in PESAN_TAMBAHAN
      ? PESAN_TAMBAHAN[code as keyof typeof PESAN_TAMBAHAN]
      : PESAN_ERROR[code as IntervensiCode]
  return new AppError(400, code, teks, [{ path, message: teks }])
}

export interface KonteksIntervensi {
  pimpinanTertinggi: boolean
  penilaiPegawaiId: string | null
  /** Team RHK the pegawai may cascade from → the pegawai owning that RHK. */
  rhkTim: Map<string, string>
}

export async function konteksIntervensi(db: Db, s: SkpRow): Promise<KonteksIntervensi> {
  const tim = await rhkRepo.listRhkTim(db, s.instansiId, s.pegawaiId, s.tahun)
  return {
    pimpinanTertinggi: s.snapshot.pimpinanTertinggi,
    penilaiPegawaiId: s.penilaiPegawaiId,
    rhkTim: new Map(tim.map((t) => [t.rhkId, t.pemilikPegawaiId])),
  }
}

/** Null when the link is allowed; else why not. `rhkId` is null for an RHK not saved yet (no loop possible). */
export async function periksaIntervensi(
  db: Db,
  s: SkpRow,
  k: KonteksIntervensi,
  rhkId: string | null,
  intervensiId: string | null,
): Promise<KodeIntervensi | null> {
  const target = intervensiId ? await rhkRepo.findRhkTarget(db, s.instansiId, intervensiId) : undefined
  const pemilikTim = intervensiId ? k.rhkTim.get(intervensiId) : undefined
  const bolehDari = [k.penilaiPegawaiId, pemilikTim].filter((id): id is string => !!id)
  const r = cekIntervensi({
    rhk: { pegawaiId: s.pegawaiId, instansiId: s.instansiId, isPimpinanTertinggi: k.pimpinanTertinggi },
    kandidat: target
      ? {
          id: target.id,
          instansiId: target.instansiId,
          pegawaiId: target.pegawaiId,
          skpStatus: target.skpStatus,
        }
      : null,
    penilaiPegawaiIds: bolehDari,
    intervensiId,
  })
  if (!r.ok) return r.code
  if (target && target.tahun !== s.tahun) return 'INTERVENSI.BEDA_TAHUN'
  if (rhkId && intervensiId) {
    const rantai = await rhkRepo.rantaiIntervensi(db, s.instansiId, intervensiId)
    if (adaSiklus(petaIntervensi(rantai), rhkId, intervensiId)) return 'INTERVENSI.SIKLUS'
  }
  return null
}

type Alasan = KandidatIntervensiView['alasanKosong']

async function alasanAtasanKosong(db: Db, s: SkpRow): Promise<Alasan> {
  if (!s.penilaiPegawaiId) return 'TIDAK_ADA_ATASAN'
  const skpAtasan = await rhkRepo.statusSkpPegawai(db, s.instansiId, s.penilaiPegawaiId, s.tahun)
  return skpAtasan.length > 0 ? 'ATASAN_BELUM_DISETUJUI' : 'ATASAN_BELUM_PUNYA_SKP'
}

/** DOMAIN §8 pain point: a subordinate blocked by the superior's SKP. Nudge the atasan, once a day per pegawai. */
async function kabariAtasan(database: Database, s: SkpRow) {
  const nama = s.snapshot.pegawai.nama
  await database.db.transaction((tx) =>
    kirimNotifikasiSekaliSehari(tx, {
      instansiId: s.instansiId,
      penerimaPegawaiId: s.penilaiPegawaiId!,
      tipe: 'ATASAN_BELUM_SKP',
      parameter: { nama, tahun: s.tahun, bawahanPegawaiId: s.pegawaiId },
      tautan: `/skp?tahun=${s.tahun}&bawahan=${s.pegawaiId}`,
      perihal: perihalSkpTahun(s.penilaiPegawaiId!, s.tahun),
    }),
  )
}

export async function kandidatIntervensi(
  database: Database,
  ctx: Ctx,
  skpId: string,
): Promise<KandidatIntervensiView> {
  const { db } = database
  const { s, peran } = await muatSkp(db, ctx.actor, skpId)
  const atasan = s.snapshot.penilai ? { nama: s.snapshot.penilai.nama, nip: s.snapshot.penilai.nip } : null
  const [dariAtasan, dariTim] = await Promise.all([
    s.penilaiPegawaiId
      ? rhkRepo.listRhkDisetujui(db, s.instansiId, s.penilaiPegawaiId, s.tahun)
      : Promise.resolve([]),
    rhkRepo.listRhkTim(db, s.instansiId, s.pegawaiId, s.tahun),
  ])
  let alasanKosong: Alasan = null
  if (s.snapshot.pimpinanTertinggi) alasanKosong = 'PIMPINAN_TERTINGGI'
  else if (dariAtasan.length === 0) alasanKosong = await alasanAtasanKosong(db, s)
  if (alasanKosong?.startsWith('ATASAN_') && peran.includes('pemilik')) await kabariAtasan(database, s)
  const dilihat = new Set(dariAtasan.map((r) => r.rhkId))
  const kandidat = [
    ...dariAtasan.map((r) => ({ ...r, sumber: 'atasan' as const })),
    ...dariTim
      .filter((r) => !dilihat.has(r.rhkId) && dilihat.add(r.rhkId))
      .map((r) => ({
        rhkId: r.rhkId,
        deskripsi: r.deskripsi,
        jenis: r.jenis,
        pegawaiNama: r.pegawaiNama,
        sumber: 'ketua_tim' as const,
      })),
  ]
  return { kandidat, alasanKosong, atasan }
}
