import type { Db } from '../../db/client.ts'
import { terkunciPada } from '../../domain/kunci-realisasi.ts'
import { daftarPeriode, type KodePeriode } from '../../domain/periode.ts'
import { pengaturanBawaan } from '../../domain/settings.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict } from '../../server/errors.ts'
import { pengaturanBerlaku } from '../skp/pengaturan.service.ts'
import type { SkpRow } from '../skp/skp-akses.ts'

/**
 * A day of work belongs to the evaluation period holding it (the instansi's monthly, quarterly or
 * semester periods of the SKP's year); once that period's realisasi is locked, its days are too.
 */
async function periodeTanggal(db: Db, s: SkpRow, tanggal: string) {
  const pengaturan = (await pengaturanBerlaku(db, s.instansiId, s.tahun)) ?? pengaturanBawaan(s.tahun)
  const p = daftarPeriode(s.tahun, pengaturan.periodePenilaian).find(
    (x) => x.kode !== 'FINAL' && x.mulai <= tanggal && tanggal <= x.selesai,
  )
  return { kode: p?.kode as KodePeriode | undefined, selesai: p?.selesai, pengaturan }
}

/** 409 REALISASI.TERKUNCI when the date's period is locked for this SKP; else the period's code. */
export async function periksaTanggalTerbuka(tx: Db, s: SkpRow, tanggal: string) {
  const { kode, selesai, pengaturan } = await periodeTanggal(tx, s, tanggal)
  if (!selesai) return kode
  if (terkunciPada(sekarang(), selesai, pengaturan.hariKunciRealisasi, pengaturan.zonaWaktu))
    throw conflict('REALISASI.TERKUNCI', {
      id: 'Periode tanggal ini sudah dikunci; progres harian tidak dapat diubah lagi.',
      en: "This date's period is locked; its daily progress can no longer be changed.",
    })
  return kode
}
