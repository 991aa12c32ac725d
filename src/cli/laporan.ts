import type { ImporReport } from '../shared/impor.ts'

const T = {
  id: {
    status: {
      selesai: 'SELESAI',
      ditolak: 'DITOLAK — tidak ada yang ditulis',
      divalidasi: 'DIVALIDASI — tidak ada yang ditulis',
    },
    judul: (r: ImporReport) => `Impor ${r.jenis} dari ${r.namaFile}: ${T.id.status[r.status]}`,
    angka: (r: ImporReport) => `Baris: ${r.totalBaris}, valid: ${r.barisValid}, ditulis: ${r.barisDitulis}`,
    ringkasan: (r: ImporReport) =>
      `Baru: ${r.ringkasan.baru}, diperbarui: ${r.ringkasan.diperbarui}, mutasi: ${r.ringkasan.mutasi}, tidak berubah: ${r.ringkasan.tidakBerubah}`,
    kesalahan: (n: number) => `Kesalahan (${n}):`,
    baris: 'baris',
  },
  en: {
    status: {
      selesai: 'DONE',
      ditolak: 'REJECTED — nothing was written',
      divalidasi: 'VALIDATED — nothing was written',
    },
    judul: (r: ImporReport) => `Import of ${r.jenis} from ${r.namaFile}: ${T.en.status[r.status]}`,
    angka: (r: ImporReport) => `Rows: ${r.totalBaris}, valid: ${r.barisValid}, written: ${r.barisDitulis}`,
    ringkasan: (r: ImporReport) =>
      `New: ${r.ringkasan.baru}, updated: ${r.ringkasan.diperbarui}, moved: ${r.ringkasan.mutasi}, unchanged: ${r.ringkasan.tidakBerubah}`,
    kesalahan: (n: number) => `Errors (${n}):`,
    baris: 'row',
  },
}

/** The report as text for people: a summary, then every bad row (row, column, reason). */
export function teksLaporan(r: ImporReport, lang: 'id' | 'en'): string {
  const t = T[lang]
  const baris = [t.judul(r), t.angka(r), t.ringkasan(r)]
  if (r.kesalahan.length) {
    baris.push('', t.kesalahan(r.kesalahan.length))
    for (const k of r.kesalahan)
      baris.push(`  ${t.baris} ${k.baris}${k.kolom ? `, ${k.kolom}` : ''}: ${k.pesan}`)
  }
  return baris.join('\n')
}
