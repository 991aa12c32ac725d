import { eq } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../src/db/client.ts'
import { iki, pengaturanTahun, rhk, skp } from '../../src/db/schema/index.ts'
import { pengaturanBawaan } from '../../src/domain/settings.ts'
import { buatSkpInti } from '../../src/modules/skp/skp-buat.ts'
import type { SkpStatus } from '../../src/domain/skp-workflow.ts'
import { login, type Session } from './app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './factories.ts'

/**
 * Reusable SKP fixtures: a small tree (top leader → kepala → staff) in a fresh instansi, an opened year,
 * and SKPs in any state built through the real create path (so snapshots and penilai are real).
 */
export type Orang = Awaited<ReturnType<typeof buatPegawai>> & { akun: Awaited<ReturnType<typeof buatAkun>> }

export async function bukaTahun(database: Database, instansiId: string, tahun: number) {
  await database.db
    .insert(pengaturanTahun)
    .values({ instansiId, tahun, pengaturan: pengaturanBawaan(tahun) })
    .onConflictDoNothing()
}

export async function buatOrang(database: Database, o: Parameters<typeof buatPegawai>[1]): Promise<Orang> {
  const p = await buatPegawai(database, o)
  const akun = await buatAkun(database, {
    instansiId: o.instansiId,
    pegawaiId: p.pegawai.id,
    username: p.pegawai.nip,
  })
  return { ...p, akun }
}

/** Top leader (heads the root unit, assessed by the Bupati) → kepala (heads a child unit) → staf; admin. */
export async function buatPohon(database: Database, o: { tahun?: number[] } = {}) {
  const instansi = await buatInstansi(database, {
    pejabatNonAsnNama: 'Bupati Contoh',
    pejabatNonAsnJabatan: 'Bupati',
  })
  const akar = await buatUnor(database, { instansiId: instansi.id, nama: 'Sekretariat Daerah' })
  const bidang = await buatUnor(database, { instansiId: instansi.id, parentId: akar.id, nama: 'Bidang Uji' })
  const top = await buatOrang(database, {
    instansiId: instansi.id,
    unorId: akar.id,
    isKepala: true,
    jenisJabatan: 'jpt_madya',
    nama: 'Pimpinan Tertinggi',
  })
  const kepala = await buatOrang(database, {
    instansiId: instansi.id,
    unorId: bidang.id,
    isKepala: true,
    nama: 'Kepala Bidang',
  })
  const staf = await buatOrang(database, { instansiId: instansi.id, unorId: bidang.id, nama: 'Staf Satu' })
  const admin = await buatAkun(database, { instansiId: instansi.id, peran: ['admin_instansi'] })
  for (const t of o.tahun ?? []) await bukaTahun(database, instansi.id, t)
  return { instansi, akar, bidang, top, kepala, staf, admin }
}

export const masuk = (app: FastifyInstance, akun: { username: string }): Promise<Session> =>
  login(app, akun.username, PASSWORD)

export interface OpsiSkp {
  tahun: number
  status?: SkpStatus
  /** One RHK per entry: the intervensi target (null for the top leader). Default: one RHK, no link. */
  intervensi?: (string | null)[]
  /** Forces the form; by default it follows the position (varianJabatan) as in the product. */
  varian?: 'jpt' | 'administrasi_fungsional'
  pendekatan?: 'kuantitatif' | 'kualitatif'
}

/** An SKP for the pegawai's current assignment, with RHK (2 IKI each) written directly, in the given state. */
export async function buatSkp(
  database: Database,
  orang: { pegawai: { id: string; instansiId: string } },
  o: OpsiSkp,
) {
  const { instansiId, id: pegawaiId } = orang.pegawai
  await bukaTahun(database, instansiId, o.tahun)
  const dibuat = await buatSkpInti(database.db, null, instansiId, pegawaiId, {
    tahun: o.tahun,
    pendekatan: o.pendekatan ?? 'kuantitatif',
  })
  const s = o.varian
    ? (await database.db.update(skp).set({ varian: o.varian }).where(eq(skp.id, dibuat.id)).returning())[0]
    : dibuat
  const rows = []
  for (const [urutan, intervensiRhkId] of (o.intervensi ?? [null]).entries()) {
    const [r] = await database.db
      .insert(rhk)
      .values({
        instansiId,
        skpId: s.id,
        jenis: urutan === 0 ? 'utama' : 'tambahan',
        urutan,
        deskripsi: `RHK ${urutan + 1} ${pegawaiId.slice(0, 4)}`,
        intervensiRhkId,
        // DOMAIN §2: every RHK of an SKP JPT names its perspektif
        perspektif: s.varian === 'jpt' ? ('penerima_layanan' as const) : null,
      })
      .returning()
    const kualitatif = o.pendekatan === 'kualitatif'
    await database.db.insert(iki).values([
      kualitatif
        ? {
            instansiId,
            rhkId: r.id,
            urutan: 0,
            indikator: 'Dokumen kebijakan disusun sesuai kebutuhan organisasi',
            targetTeks: 'Disetujui pimpinan tanpa revisi substansi',
          }
        : {
            instansiId,
            rhkId: r.id,
            urutan: 0,
            aspek: 'kuantitas' as const,
            indikator: 'Jumlah dokumen',
            targetMin: 12,
            satuan: 'Dokumen',
          },
      kualitatif
        ? {
            instansiId,
            rhkId: r.id,
            urutan: 1,
            indikator: 'Layanan diberikan tepat waktu',
            targetTeks: 'Seluruh permohonan diselesaikan sesuai standar pelayanan',
            satuan: 'Layanan',
          }
        : {
            instansiId,
            rhkId: r.id,
            urutan: 1,
            aspek: 'kualitas' as const,
            indikator: 'Kualitas dokumen',
            targetMin: 80,
            targetMax: 100,
            satuan: '%',
          },
    ])
    rows.push(r)
  }
  const status = o.status ?? 'draft'
  const waktu = {
    diajukanAt: status === 'draft' ? null : new Date(),
    disetujuiAt: status === 'disetujui' ? new Date() : null,
  }
  const [row] = await database.db
    .update(skp)
    .set({ status, ...waktu })
    .where(eq(skp.id, s.id))
    .returning()
  return { skp: row, rhk: rows }
}

export const buatSkpDisetujui = (
  database: Database,
  orang: { pegawai: { id: string; instansiId: string } },
  o: Omit<OpsiSkp, 'status'>,
) => buatSkp(database, orang, { ...o, status: 'disetujui' })

/** A valid RHK body for POST /skp/:id/rhk. */
export const rhkBody = (intervensiRhkId: string | null, o: Partial<Record<string, unknown>> = {}) => ({
  jenis: 'utama',
  deskripsi: 'Tersusunnya laporan kinerja',
  intervensiRhkId,
  klasifikasi: 'individu',
  iki: [{ aspek: 'kuantitas', indikator: 'Jumlah laporan', targetMin: 4, satuan: 'Laporan' }],
  ...o,
})
