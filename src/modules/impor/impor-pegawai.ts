/** The pegawai import: lookups, validation and planning bound together, and the write order. */
import type { Db } from '../../db/client.ts'
import { SKEMA_PEGAWAI, type KolomPegawai } from './impor-kolom.ts'
import type { JenisImporDef } from './impor-jalan.ts'
import { kunci } from './impor-nilai.ts'
import * as tulis from './impor-tulis.repository.ts'
import { muatJabatan, muatPegawaiMenurutNip, muatUnor } from './impor.repository.ts'
import { kumpulkanKonteksBerkas, nipDiBerkas } from './pegawai-konteks.rules.ts'
import { rencanakanImporPegawai, type RencanaPegawai } from './pegawai-rencana.rules.ts'
import { uuidv7 } from './uuidv7.ts'
import { validasiBarisPegawai, type KonteksPegawai, type PegawaiImpor } from './pegawai-validasi.rules.ts'

/** The name printed for the account: "Dr. Siti Aminah, S.Kom." */
export const imporPegawai: JenisImporDef<KolomPegawai, PegawaiImpor, RencanaPegawai> = {
  jenis: 'pegawai',
  skema: SKEMA_PEGAWAI,

  async siapkan(tx: Db, instansiId, tabel, hariIni) {
    const berkas = kumpulkanKonteksBerkas(tabel.baris)
    const unor = await muatUnor(tx, instansiId)
    const jabatan = await muatJabatan(tx, instansiId)
    const pegawai = await muatPegawaiMenurutNip(tx, instansiId, nipDiBerkas(berkas))
    const ctx: KonteksPegawai = {
      kolomAda: tabel.kolomAda,
      ...berkas,
      nipInstansiLain: pegawai.instansiLain,
      unorKode: new Set(unor.flatMap((u) => (u.kode ? [kunci(u.kode)] : []))),
      unorNama: new Set(unor.map((u) => kunci(u.nama))),
    }
    const keadaan = { unor, jabatan, pegawai: pegawai.milik }
    return {
      validasi: (raw) => validasiBarisPegawai(raw, ctx),
      rencanakan: (rows) => rencanakanImporPegawai(rows, keadaan, { hariIni, idBaru: uuidv7 }),
    }
  },

  // No account is created here: an imported pegawai gets one when an admin issues a first password
  // (reset-password creates it). That keeps the import to two bulk writes per row (pegawai, penugasan).
  async tulis(tx, instansiId, r, kemajuan) {
    const total = r.pegawai.length + r.penugasanBaru.length
    let selesai = 0
    const maju = (n: number) => kemajuan((selesai += n), total)
    // Parents before children: PetaUnor adds a parent before any unit created under it.
    await tulis.sisipkanUnor(
      tx,
      instansiId,
      r.unorBaru.map((u) => ({ ...u, kode: null })),
    )
    await tulis.sisipkanJabatan(tx, instansiId, r.jabatanBaru)
    await tulis.upsertPegawai(tx, instansiId, r.pegawai, maju)
    await tulis.akhiriPenugasan(tx, instansiId, r.akhiriPenugasan)
    await tulis.sisipkanPenugasan(tx, instansiId, r.penugasanBaru, maju)
  },
}
