/** The unor import: lookups, validation and planning bound together, and the write order. */
import { SKEMA_UNOR, type KolomUnor } from './impor-kolom.ts'
import type { JenisImporDef } from './impor-jalan.ts'
import { kunci } from './impor-nilai.ts'
import { perbaruiUnor, sisipkanUnor } from './impor-tulis.repository.ts'
import { muatUnor } from './impor.repository.ts'
import { rencanakanImporUnor, type RencanaUnor } from './unor-rencana.rules.ts'
import { uuidv7 } from './uuidv7.ts'
import { kumpulkanKonteksUnor, validasiBarisUnor, type UnorImpor } from './unor-validasi.rules.ts'

export const imporUnor: JenisImporDef<KolomUnor, UnorImpor, RencanaUnor> = {
  jenis: 'unor',
  skema: SKEMA_UNOR,

  async siapkan(tx, instansiId, tabel) {
    const ada = await muatUnor(tx, instansiId)
    const ctx = {
      kolomAda: tabel.kolomAda,
      ...kumpulkanKonteksUnor(tabel.baris),
      unorKode: new Set(ada.flatMap((u) => (u.kode ? [kunci(u.kode)] : []))),
      unorNama: new Set(ada.map((u) => kunci(u.nama))),
    }
    return {
      validasi: (raw) => validasiBarisUnor(raw, ctx),
      rencanakan: (rows) => rencanakanImporUnor(rows, ada, uuidv7),
    }
  },

  async tulis(tx, instansiId, r, kemajuan) {
    const total = r.baru.length + r.ubah.length
    await sisipkanUnor(tx, instansiId, r.baru)
    kemajuan(r.baru.length, total)
    await perbaruiUnor(tx, instansiId, r.ubah)
    kemajuan(total, total)
  },
}
