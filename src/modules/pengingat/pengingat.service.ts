import type { Db } from '../../db/client.ts'
import { pengaturanBawaan } from '../../domain/settings.ts'
import type { TipeNotifikasi } from '../../shared/enums.ts'
import { sekarang } from '../../server/clock.ts'
import { kirimNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { pengaturanBerlaku } from '../skp/pengaturan.service.ts'
import * as repo from './pengingat.repository.ts'
import { pengingatJatuh, type PengingatJatuh } from './pengingat.rules.ts'

const TIPE: Record<PengingatJatuh['jenis'], TipeNotifikasi> = {
  SEGERA_TERKUNCI: 'REALISASI_SEGERA_TERKUNCI',
  JATUH_TEMPO: 'REALISASI_JATUH_TEMPO',
}

/** The realisasi page of an SKP and period (src/web/src/features/realisasi). */
export const tautanRealisasi = (skpId: string, periode: string) =>
  `/skp/${skpId}/realisasi?periode=${periode}`

/**
 * One run of the schedule: every reminder due at `saat` (default now), each sent once — the row in
 * pengingat_terkirim and the notification commit together, and the row's unique key lets only one
 * process or run write it. Answers how many were sent. Safe to run as often as wanted.
 */
export async function jalankanPengingat(db: Db, saat: Date = sekarang()): Promise<number> {
  const tahun = saat.getUTCFullYear()
  // Last year's last period is still open in January.
  const aktif = await repo.listTahunAktif(db, [tahun - 1, tahun, tahun + 1])
  let terkirim = 0
  for (const { instansiId, tahun: th } of aktif) {
    const setelan = (await pengaturanBerlaku(db, instansiId, th)) ?? pengaturanBawaan(th)
    for (const jatuh of pengingatJatuh(th, setelan, saat))
      terkirim += await kirimUntukPeriode(db, { instansiId, tahun: th, jatuh, saat })
  }
  return terkirim
}

async function kirimUntukPeriode(
  db: Db,
  o: { instansiId: string; tahun: number; jatuh: PengingatJatuh; saat: Date },
) {
  const { jatuh } = o
  const penerima = await repo.listPenerima(db, {
    instansiId: o.instansiId,
    tahun: o.tahun,
    jenis: jatuh.jenis,
    periode: jatuh.periode,
  })
  let terkirim = 0
  for (const p of penerima) {
    const baru = await db.transaction(async (tx) => {
      const kunci = { instansiId: o.instansiId, pegawaiId: p.pegawaiId, tahun: o.tahun, saat: o.saat }
      if (!(await repo.catat(tx, { ...kunci, jenis: jatuh.jenis, periode: jatuh.periode.kode }))) return false
      await kirimNotifikasi(tx, {
        instansiId: o.instansiId,
        penerimaPegawaiId: p.pegawaiId,
        tipe: TIPE[jatuh.jenis],
        parameter: {
          tahun: o.tahun,
          periode: jatuh.periode.kode,
          batas: jatuh.batas,
          hari: jatuh.hari,
          jumlah: p.jumlah,
        },
        tautan: tautanRealisasi(p.skpId, jatuh.periode.kode),
        perihal: `${p.skpId}:${jatuh.periode.kode}`,
      } as Parameters<typeof kirimNotifikasi>[1])
      return true
    })
    if (baru) terkirim++
  }
  return terkirim
}
