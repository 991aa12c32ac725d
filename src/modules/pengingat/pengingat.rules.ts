/**
 * Which reminder is due for a period today (pure: no clock, no database). DOMAIN §4: a period's realisasi
 * locks N days after it ends, at midnight in the instansi's zone (src/domain/kunci-realisasi.ts).
 * - JATUH_TEMPO ("the period ended, fill realisasi"): from the day after the period ends;
 * - SEGERA_TERKUNCI ("locks in N days", setting hariPengingatKunci): from N days before the lock;
 * both until the lock. Where the windows meet, the nearer lock wins: the "period ended" one is due only
 * before the "locks soon" window opens, so nobody gets both on one day. A day missed (the server was down)
 * is caught up on the next run; each reminder is sent once (the unique key of pengingat_terkirim).
 */
import { addDays, type IsoDate } from '../../domain/iso-date.ts'
import { saatKunci, tanggalDiZona } from '../../domain/kunci-realisasi.ts'
import { daftarPeriode, tanggalKunci, type Periode } from '../../domain/periode.ts'
import type { PengaturanTahun } from '../../domain/settings.ts'
import type { JenisPengingat } from '../../shared/enums.ts'

export interface PengingatJatuh {
  jenis: JenisPengingat
  periode: Periode & { kode: Exclude<Periode['kode'], 'FINAL'> }
  /** The last day entry is open, in the instansi's zone. */
  batas: IsoDate
  /** Days from today to the lock (the lock is at 00:00 on the day after `batas`). */
  hari: number
}

const HARI_MS = 86_400_000
const selisihHari = (dari: IsoDate, ke: IsoDate) => Math.round((Date.parse(ke) - Date.parse(dari)) / HARI_MS)

type Setelan = Pick<
  PengaturanTahun,
  'periodePenilaian' | 'hariKunciRealisasi' | 'zonaWaktu' | 'hariPengingatKunci'
>

/** The reminders due at `saat` for the periodic periods of a year (not FINAL, which closes with the last one). */
export function pengingatJatuh(tahun: number, s: Setelan, saat: Date): PengingatJatuh[] {
  const hariIni = tanggalDiZona(saat, s.zonaWaktu)
  const hasil: PengingatJatuh[] = []
  for (const periode of daftarPeriode(tahun, s.periodePenilaian)) {
    const kode = periode.kode
    if (kode === 'FINAL') continue
    if (saat.getTime() >= saatKunci(periode.selesai, s.hariKunciRealisasi, s.zonaWaktu).getTime()) continue
    if (hariIni <= periode.selesai) continue
    const batas = tanggalKunci(periode, s.hariKunciRealisasi)
    const tanggalTerkunci = addDays(batas, 1)
    const hari = selisihHari(hariIni, tanggalTerkunci)
    const jenis: JenisPengingat = hari <= s.hariPengingatKunci ? 'SEGERA_TERKUNCI' : 'JATUH_TEMPO'
    hasil.push({ jenis, periode: { ...periode, kode }, batas, hari })
  }
  return hasil
}
