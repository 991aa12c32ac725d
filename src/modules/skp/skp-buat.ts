import type { Db } from '../../db/client.ts'
import { potongSkpMutasi, type RentangSkp } from '../../domain/periode.ts'
import { varianJabatan, type SkpCreate } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { badRequest, conflict, fieldError, notFound } from '../../server/errors.ts'
import { pengaturanUntukTulis } from './pengaturan.service.ts'
import { hariIni } from './skp.policy.ts'
import * as repo from './skp.repository.ts'
import { buatSnapshot } from './skp-snapshot.ts'
import { BEBAS_SKP, rentangTanpaMasaBebas } from './skp-bebas.ts'

/**
 * Creating an SKP (PermenPANRB 6/2022, DOMAIN §1–2): one per assignment in the year. A mutasi splits the
 * year: the old SKP ends the day before the move and the new one starts on the move date.
 */
type Penugasan = Awaited<ReturnType<typeof repo.listPenugasanPegawai>>[number]

interface Rencana {
  pegawai: NonNullable<Awaited<ReturnType<typeof repo.findPegawai>>>
  penugasan: Penugasan[]
  rentang: RentangSkp[]
  pilihan: RentangSkp
}

/** Today's range when it falls in the year, else the latest one (planning ahead or looking back). */
function pilihRentang(rentang: RentangSkp[], penugasanId?: string): RentangSkp | undefined {
  if (penugasanId) return rentang.find((r) => r.penugasanId === penugasanId)
  const hari = hariIni()
  return rentang.find((r) => r.mulai <= hari && hari <= r.selesai) ?? rentang.at(-1)
}

async function rencanakan(
  tx: Db,
  ctx: Ctx | null,
  instansiId: string,
  pegawaiId: string,
  tahun: number,
  penugasanId?: string,
): Promise<Rencana> {
  // a year nobody opened works with the defaults; a closed year refuses (409)
  const pengaturan = await pengaturanUntukTulis(tx, ctx, instansiId, tahun)
  const pegawai = await repo.findPegawai(tx, instansiId, pegawaiId)
  if (!pegawai) throw notFound({ id: 'Pegawai', en: 'Employee' })
  // DOMAIN §1: pejabat negara, CLTN, MPP, tugas belajar … need no SKP (configurable list); without
  // dates the status holds indefinitely
  const bebas = pengaturan.statusBebasSkp.includes(pegawai.status)
  if (bebas && !pegawai.statusMulai && !pegawai.statusSelesai) throw BEBAS_SKP(pegawai)
  const penugasan = await repo.listPenugasanPegawai(tx, instansiId, pegawaiId)
  const definitif = penugasan.filter((p) => p.jenis === 'definitif')
  const rentangMutasi = potongSkpMutasi(tahun, definitif.length > 0 ? definitif : penugasan)
  // an exemption with dates: only the days outside it (a return mid-year gives a shortened period)
  const rentang = rentangTanpaMasaBebas(pegawai, pengaturan.statusBebasSkp, rentangMutasi)
  const pilihan = pilihRentang(rentang, penugasanId)
  if (!pilihan && bebas && pilihRentang(rentangMutasi, penugasanId)) throw BEBAS_SKP(pegawai)
  if (!pilihan) {
    throw penugasanId
      ? fieldError('SKP.PENUGASAN_TIDAK_DI_TAHUN', 'penugasanId', {
          id: 'Jabatan ini tidak dipegang pada tahun tersebut.',
          en: 'This position is not held in that year.',
        })
      : badRequest('SKP.TIDAK_ADA_PENUGASAN', {
          id: 'Anda tidak memegang jabatan pada tahun tersebut.',
          en: 'You hold no position in that year.',
        })
  }
  return { pegawai, penugasan, rentang, pilihan }
}

/** After a mutasi, earlier SKPs of the year end the day before the move (and are audited). */
async function sesuaikanSkpLama(tx: Db, ctx: Ctx | null, instansiId: string, r: Rencana, tahun: number) {
  for (const lama of await repo.listSkpPegawai(tx, instansiId, r.pegawai.id, tahun)) {
    const baru = r.rentang.find((x) => x.penugasanId === lama.penugasanId)
    if (!baru || (baru.mulai === lama.mulai && baru.selesai === lama.selesai)) continue
    const row = await repo.updateSkp(tx, instansiId, lama.id, { mulai: baru.mulai, selesai: baru.selesai })
    await catatAudit(tx, ctx, {
      instansiId,
      aksi: 'ubah_periode',
      entitas: 'skp',
      entitasId: lama.id,
      sebelum: { mulai: lama.mulai, selesai: lama.selesai },
      sesudah: { mulai: row.mulai, selesai: row.selesai },
    })
  }
}

const SUDAH_ADA = () =>
  conflict('SKP.SUDAH_ADA', {
    id: 'SKP untuk jabatan ini pada tahun tersebut sudah ada.',
    en: 'An SKP for this position in that year already exists.',
  })

const unikGanda = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } }
  return err.code === '23505' || err.cause?.code === '23505'
}

async function sisipkan(
  tx: Db,
  instansiId: string,
  r: Rencana,
  tahun: number,
  pendekatan: SkpCreate['pendekatan'],
) {
  const p = r.penugasan.find((x) => x.id === r.pilihan.penugasanId)!
  // DOMAIN §2: the form (JPT or administrasi/fungsional) follows the position, never a choice.
  const varian = varianJabatan(p)
  const hari = hariIni()
  const tanggal =
    hari < r.pilihan.mulai ? r.pilihan.mulai : hari > r.pilihan.selesai ? r.pilihan.selesai : hari
  const namaInstansi = await repo.findNamaInstansi(tx, instansiId)
  const orang = { ...r.pegawai, pegawaiId: r.pegawai.id, jabatan: p.jabatan, unor: p.unor }
  const { snapshot, penilaiPegawaiId } = await buatSnapshot(
    tx,
    instansiId,
    orang,
    tanggal,
    namaInstansi ?? '',
  )
  try {
    return await repo.insertSkp(tx, {
      instansiId,
      pegawaiId: r.pegawai.id,
      penugasanId: p.id,
      tahun,
      mulai: r.pilihan.mulai,
      selesai: r.pilihan.selesai,
      pendekatan,
      varian,
      penilaiPegawaiId,
      snapshot,
    })
  } catch (e) {
    if (unikGanda(e)) throw SUDAH_ADA()
    throw e
  }
}

/** The use case core, inside the caller's transaction. Refuses a duplicate for the assignment+year (409). */
export async function buatSkpInti(
  tx: Db,
  ctx: Ctx | null,
  instansiId: string,
  pegawaiId: string,
  input: SkpCreate,
) {
  const r = await rencanakan(tx, ctx, instansiId, pegawaiId, input.tahun, input.penugasanId)
  if (await repo.findSkpPenugasan(tx, instansiId, r.pilihan.penugasanId, input.tahun)) throw SUDAH_ADA()
  await sesuaikanSkpLama(tx, ctx, instansiId, r, input.tahun)
  const row = await sisipkan(tx, instansiId, r, input.tahun, input.pendekatan)
  await catatAudit(tx, ctx, { instansiId, aksi: 'buat', entitas: 'skp', entitasId: row.id, sesudah: row })
  return row
}

/**
 * For the Matriks Peran Hasil (kaskade module): the pegawai's SKP for their current assignment in the
 * year, created as a draft (kuantitatif; the form follows the position) when missing. An existing SKP
 * is returned whatever its status; the caller decides whether it may still be edited.
 */
export async function pastikanSkpDraft(
  tx: Db,
  instansiId: string,
  pegawaiId: string,
  tahun: number,
  ctx: Ctx | null = null,
) {
  const r = await rencanakan(tx, ctx, instansiId, pegawaiId, tahun)
  const ada = await repo.findSkpPenugasan(tx, instansiId, r.pilihan.penugasanId, tahun)
  if (ada) return ada
  await sesuaikanSkpLama(tx, ctx, instansiId, r, tahun)
  const row = await sisipkan(tx, instansiId, r, tahun, 'kuantitatif')
  await catatAudit(tx, ctx, { instansiId, aksi: 'buat', entitas: 'skp', entitasId: row.id, sesudah: row })
  return row
}
