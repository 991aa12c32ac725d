import type { Bahasa, TipeNotifikasi } from './enums.ts'
import type { PesanNotifikasi } from './notifikasi.ts'
import { KATA_DIALOG, KATA_PENILAIAN, namaPeriode, tanggal } from './notifikasi-kata.ts'

/**
 * The sentence of every notification type in both languages: one source for the web (the i18n namespace
 * `notifikasi`, key `tipe.<TIPE>`) and the server (mail, src/modules/surel). `{{name}}` is filled from the
 * type's parameters (src/shared/notifikasi.ts) formatted for the language by `nilaiPesan`.
 * A helper adding a type adds its parameter schema there and its two sentences here.
 */
export interface TemplatTeks {
  judul: string
  isi: string
}

export const TEKS_NOTIFIKASI = {
  id: {
    SKP_DIAJUKAN: {
      judul: '{{nama}} mengajukan SKP {{tahun}}',
      isi: 'Periksa lalu setujui atau kembalikan.',
    },
    SKP_DIKEMBALIKAN: {
      judul: 'SKP {{tahun}} Anda dikembalikan',
      isi: 'Catatan pejabat penilai: {{catatan}}',
    },
    SKP_DISETUJUI: {
      judul: 'SKP {{tahun}} Anda disetujui',
      isi: 'SKP Anda telah disetujui pejabat penilai.',
    },
    SKP_DIBUKA: {
      judul: 'SKP {{tahun}} Anda dibuka kembali',
      isi: 'SKP dapat diubah lalu diajukan kembali.',
    },
    ATASAN_BELUM_SKP: {
      judul: '{{nama}} menunggu SKP Anda tahun {{tahun}} disetujui',
      isi: '{{nama}} belum dapat menyusun RHK karena SKP Anda tahun {{tahun}} belum disetujui. Susun dan ajukan SKP Anda.',
    },
    MPH_SEL: {
      judul: '{{nama}} menambahkan {{jumlah}} RHK pada SKP Anda',
      isi: 'Dari Matriks Peran Hasil: {{hasil}}. Lengkapi indikator dan target sebelum mengajukan SKP.',
    },
    TIM_ANGGOTA: {
      judul: 'Anda menjadi anggota Tim Kerja "{{namaTim}}"',
      isi: 'Tambahkan minimal satu IKI untuk penugasan tim ini pada SKP {{tahun}} Anda.',
    },
    TIM_ANGGOTA_SKP_DISETUJUI: {
      judul: 'Anda menjadi anggota Tim Kerja "{{namaTim}}"',
      isi: 'SKP {{tahun}} Anda sudah disetujui dan tetap berlaku. Masukkan pekerjaan tim ini pada revisi SKP berikutnya: minta pejabat penilai membuka kembali SKP Anda, lalu tambahkan IKI untuk tim ini.',
    },
    RHK_ATASAN_DIUBAH: {
      judul: '{{nama}} mengubah RHK yang Anda intervensi (SKP {{tahun}})',
      isi: 'RHK atasan: {{rhkAtasan}}. Periksa apakah RHK Anda masih selaras: {{rhkAnda}}.',
    },
    SKP_DIBUAT_DARI_MPH: {
      judul: '{{nama}} membuatkan draf SKP {{tahun}} untuk Anda',
      isi: 'Draf dibuat dari Matriks Peran Hasil. Lengkapi indikator (IKI) setiap RHK, lalu ajukan SKP.',
    },
    REALISASI_SEGERA_TERKUNCI: {
      judul: 'Realisasi {{periode}} {{tahun}} terkunci dalam {{hari}} hari',
      isi: '{{jumlah}} IKI belum berisi realisasi. Isi paling lambat {{batas}}; setelah itu hanya admin yang dapat membuka kuncinya.',
    },
    REALISASI_JATUH_TEMPO: {
      judul: 'Periode {{periode}} {{tahun}} telah berakhir: isi realisasi Anda',
      isi: '{{jumlah}} IKI belum berisi realisasi. Isi paling lambat {{batas}}.',
    },
    REALISASI_DIBUKA: {
      judul: 'Realisasi {{periode}} {{tahun}} dibuka kembali sampai {{sampai}}',
      isi: 'Alasan admin: {{alasan}}',
    },
    PENILAIAN_DIRI_DIAJUKAN: {
      judul: '{{nama}} mengajukan penilaian diri {{periode}} {{tahun}}',
      isi: 'Nilai hasil kerja dan perilaku kerjanya, lalu finalisasi evaluasi.',
    },
    EVALUASI_DIFINALISASI: {
      judul: 'Evaluasi kinerja {{periode}} {{tahun}} Anda: {{predikat}}',
      isi: 'Tandai telah diterima. Bila keberatan, ajukan paling lambat {{batas}}.',
    },
    EVALUASI_DIBUKA_KEMBALI: {
      judul: 'Evaluasi {{nama}} ({{periode}} {{tahun}}) dibuka kembali',
      isi: 'Alasan atasan pejabat penilai: {{alasan}}. Perbaiki lalu finalisasi lagi.',
    },
    DELEGASI_PENILAIAN: {
      judul: 'Anda ditunjuk menilai bawahan {{nama}}',
      isi: 'Berlaku {{mulai}} sampai {{selesai}}.',
    },
    KEBERATAN_DIAJUKAN: {
      judul: '{{nama}} mengajukan keberatan atas evaluasi {{periode}} {{tahun}}',
      isi: 'Dengarkan kedua pihak, lalu putuskan: tetap atau ubah. Keputusan Anda bersifat final.',
    },
    KEBERATAN_KOMENTAR: {
      judul: '{{nama}} menanggapi keberatan',
      isi: '{{cuplikan}}',
    },
    KEBERATAN_DIPUTUSKAN: {
      judul: 'Keberatan {{nama}} ({{periode}} {{tahun}}) diputuskan: {{keputusan}}',
      isi: 'Predikat kinerja: {{predikat}}. Keputusan ini final.',
    },
    PREDIKAT_ORGANISASI_DITETAPKAN: {
      judul: 'Predikat kinerja {{unit}} {{periode}} {{tahun}}: {{predikat}}',
      isi: 'Pola distribusi predikat pegawai unit mengikuti predikat ini.',
    },
    RENCANA_PERBAIKAN_DIBUKA: {
      judul: 'Rencana perbaikan kinerja {{nama}} dibuka',
      isi: 'Predikat {{predikat}}: enam bulan perbaikan sampai {{selesai}} (PP 30/2019). Catat tindak lanjutnya.',
    },
    RENCANA_PERBAIKAN_GUGUR: {
      judul: 'Rencana perbaikan kinerja {{nama}} gugur',
      isi: 'Predikat {{predikat}} yang mendasarinya diubah menjadi {{predikatBaru}} {{oleh}}. Rencana ini tidak dilanjutkan; tindak lanjutnya tetap tersimpan.',
    },
    PROGRES_HARIAN_DIAJUKAN: {
      judul: '{{nama}} mengajukan {{jumlah}} entri progres harian',
      isi: 'Tinjau lalu setujui atau kembalikan dengan catatan.',
    },
    PROGRES_HARIAN_DIKEMBALIKAN: {
      judul: '{{nama}} mengembalikan {{jumlah}} entri progres harian Anda',
      isi: 'Catatan: {{catatan}}. Perbaiki lalu ajukan kembali.',
    },
    UMPAN_BALIK_BARU: {
      judul: '{{nama}} ({{peran}}) memberi umpan balik: {{tentang}}',
      isi: '{{periode}}: "{{cuplikan}}"',
    },
    DIALOG_KINERJA: {
      judul: 'Dialog kinerja ({{jenis}}) {{tanggal}}: {{aksi}}',
      isi: 'Oleh {{nama}}. Buka dialog kinerja untuk rinciannya.',
    },
  },
  en: {
    SKP_DIAJUKAN: {
      judul: '{{nama}} submitted the SKP {{tahun}}',
      isi: 'Review it, then approve or return it.',
    },
    SKP_DIKEMBALIKAN: {
      judul: 'Your SKP {{tahun}} was returned',
      isi: "The assessor's note: {{catatan}}",
    },
    SKP_DISETUJUI: {
      judul: 'Your SKP {{tahun}} was approved',
      isi: 'Your assessor approved your SKP.',
    },
    SKP_DIBUKA: {
      judul: 'Your SKP {{tahun}} was reopened',
      isi: 'You can change the SKP and submit it again.',
    },
    ATASAN_BELUM_SKP: {
      judul: '{{nama}} is waiting for your SKP {{tahun}} to be approved',
      isi: '{{nama}} cannot draw up RHK until your SKP {{tahun}} is approved. Draw up and submit your SKP.',
    },
    MPH_SEL: {
      judul: '{{nama}} added {{jumlah}} RHK to your SKP',
      isi: 'From the Matriks Peran Hasil: {{hasil}}. Complete the indicators and targets before submitting the SKP.',
    },
    TIM_ANGGOTA: {
      judul: 'You are a member of the Tim Kerja "{{namaTim}}"',
      isi: 'Add at least one IKI for this team assignment to your SKP {{tahun}}.',
    },
    TIM_ANGGOTA_SKP_DISETUJUI: {
      judul: 'You are a member of the Tim Kerja "{{namaTim}}"',
      isi: "Your SKP {{tahun}} is already approved and stays in force. Take this team's work into its next revision: ask your assessor to reopen your SKP, then add an IKI for this team.",
    },
    RHK_ATASAN_DIUBAH: {
      judul: '{{nama}} changed an RHK you intervene (SKP {{tahun}})',
      isi: "Superior's RHK: {{rhkAtasan}}. Check that your RHK still align: {{rhkAnda}}.",
    },
    SKP_DIBUAT_DARI_MPH: {
      judul: '{{nama}} created a draft SKP {{tahun}} for you',
      isi: 'The draft comes from the Matriks Peran Hasil. Complete the indicators (IKI) of every RHK, then submit the SKP.',
    },
    REALISASI_SEGERA_TERKUNCI: {
      judul: 'Realisasi for {{periode}} {{tahun}} locks in {{hari}} days',
      isi: '{{jumlah}} IKI have no realisasi yet. Fill them in by {{batas}}; after that only an admin can unlock the period.',
    },
    REALISASI_JATUH_TEMPO: {
      judul: '{{periode}} {{tahun}} has ended: fill in your realisasi',
      isi: '{{jumlah}} IKI have no realisasi yet. Fill them in by {{batas}}.',
    },
    REALISASI_DIBUKA: {
      judul: 'Realisasi for {{periode}} {{tahun}} reopened until {{sampai}}',
      isi: "The administrator's reason: {{alasan}}",
    },
    PENILAIAN_DIRI_DIAJUKAN: {
      judul: '{{nama}} submitted a self-evaluation for {{periode}} {{tahun}}',
      isi: 'Rate their work results and behaviour, then finalise the evaluation.',
    },
    EVALUASI_DIFINALISASI: {
      judul: 'Your performance evaluation for {{periode}} {{tahun}}: {{predikat}}',
      isi: 'Mark it as received. To object, file by {{batas}}.',
    },
    EVALUASI_DIBUKA_KEMBALI: {
      judul: 'The evaluation of {{nama}} ({{periode}} {{tahun}}) was reopened',
      isi: "The assessor's superior's reason: {{alasan}}. Correct it and finalise again.",
    },
    DELEGASI_PENILAIAN: {
      judul: 'You were appointed to evaluate the subordinates of {{nama}}',
      isi: 'From {{mulai}} to {{selesai}}.',
    },
    KEBERATAN_DIAJUKAN: {
      judul: '{{nama}} objected to the evaluation for {{periode}} {{tahun}}',
      isi: 'Hear both sides, then decide: keep or change. Your decision is final.',
    },
    KEBERATAN_KOMENTAR: {
      judul: '{{nama}} responded to an objection',
      isi: '{{cuplikan}}',
    },
    KEBERATAN_DIPUTUSKAN: {
      judul: 'The objection of {{nama}} ({{periode}} {{tahun}}) was decided: {{keputusan}}',
      isi: 'Performance rating: {{predikat}}. This decision is final.',
    },
    PREDIKAT_ORGANISASI_DITETAPKAN: {
      judul: 'Organisation rating of {{unit}} for {{periode}} {{tahun}}: {{predikat}}',
      isi: "The unit's distribution of employee ratings follows this rating.",
    },
    RENCANA_PERBAIKAN_DIBUKA: {
      judul: 'A performance improvement record for {{nama}} was opened',
      isi: 'Rating {{predikat}}: six months to improve, until {{selesai}} (PP 30/2019). Record the follow-ups.',
    },
    RENCANA_PERBAIKAN_GUGUR: {
      judul: 'The performance improvement record for {{nama}} was withdrawn',
      isi: 'The {{predikat}} rating it was based on was changed to {{predikatBaru}} {{oleh}}. The record ends here; its follow-ups stay on file.',
    },
    PROGRES_HARIAN_DIAJUKAN: {
      judul: '{{nama}} submitted {{jumlah}} daily progress entries',
      isi: 'Review them, then approve or return them with a note.',
    },
    PROGRES_HARIAN_DIKEMBALIKAN: {
      judul: '{{nama}} returned {{jumlah}} of your daily progress entries',
      isi: 'Note: {{catatan}}. Correct them, then submit again.',
    },
    UMPAN_BALIK_BARU: {
      judul: '{{nama}} ({{peran}}) gave feedback: {{tentang}}',
      isi: '{{periode}}: "{{cuplikan}}"',
    },
    DIALOG_KINERJA: {
      judul: 'Performance dialogue ({{jenis}}) {{tanggal}}: {{aksi}}',
      isi: 'By {{nama}}. Open the performance dialogue for the details.',
    },
  },
} satisfies Record<Bahasa, Record<TipeNotifikasi, TemplatTeks>>

const PENULIS_ANGKA: Record<Bahasa, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID'),
  en: new Intl.NumberFormat('en-GB'),
}
const angka = (n: number, bahasa: Bahasa) => PENULIS_ANGKA[bahasa].format(n)

/**
 * The interpolation values of a type, formatted for the reader's language: counts as numbers of the
 * language (1.500 / 1,500), years as they are (2026, never 2.026), lists joined.
 */
export function nilaiPesan(p: PesanNotifikasi, bahasa: Bahasa): Record<string, string> {
  switch (p.tipe) {
    case 'SKP_DIAJUKAN':
      return { nama: p.parameter.nama, tahun: String(p.parameter.tahun) }
    case 'SKP_DIKEMBALIKAN':
      return { tahun: String(p.parameter.tahun), catatan: p.parameter.catatan ?? '' }
    case 'SKP_DISETUJUI':
    case 'SKP_DIBUKA':
      return { tahun: String(p.parameter.tahun) }
    case 'ATASAN_BELUM_SKP':
      return { nama: p.parameter.nama, tahun: String(p.parameter.tahun) }
    case 'MPH_SEL':
      return {
        nama: p.parameter.nama,
        jumlah: angka(p.parameter.jumlah, bahasa),
        hasil: p.parameter.hasil.join('; '),
      }
    case 'TIM_ANGGOTA':
    case 'TIM_ANGGOTA_SKP_DISETUJUI':
      return { namaTim: p.parameter.namaTim, tahun: String(p.parameter.tahun) }
    case 'RHK_ATASAN_DIUBAH':
      return {
        nama: p.parameter.nama,
        tahun: String(p.parameter.tahun),
        rhkAtasan: p.parameter.rhkAtasan,
        rhkAnda: p.parameter.rhkAnda.join('; '),
      }
    case 'SKP_DIBUAT_DARI_MPH':
      return { nama: p.parameter.nama, tahun: String(p.parameter.tahun) }
    case 'PROGRES_HARIAN_DIAJUKAN':
      return { nama: p.parameter.nama, jumlah: angka(p.parameter.jumlah, bahasa) }
    case 'PROGRES_HARIAN_DIKEMBALIKAN':
      return {
        nama: p.parameter.nama,
        jumlah: angka(p.parameter.jumlah, bahasa),
        catatan: p.parameter.catatan,
      }
    case 'UMPAN_BALIK_BARU':
      return {
        nama: p.parameter.nama,
        peran: KATA_DIALOG[bahasa][p.parameter.peran],
        periode: namaPeriode(p.parameter.periode, bahasa),
        tentang: p.parameter.tentang,
        cuplikan: p.parameter.cuplikan,
      }
    case 'DIALOG_KINERJA':
      return {
        nama: p.parameter.nama,
        jenis: KATA_DIALOG[bahasa][p.parameter.jenis],
        tanggal: tanggal(p.parameter.tanggal, bahasa),
        aksi: KATA_DIALOG[bahasa][p.parameter.aksi],
      }
    case 'REALISASI_SEGERA_TERKUNCI':
    case 'REALISASI_JATUH_TEMPO':
      return {
        tahun: String(p.parameter.tahun),
        periode: namaPeriode(p.parameter.periode, bahasa),
        batas: tanggal(p.parameter.batas, bahasa),
        hari: angka(p.parameter.hari, bahasa),
        jumlah: angka(p.parameter.jumlah, bahasa),
      }
    case 'REALISASI_DIBUKA':
      return {
        tahun: String(p.parameter.tahun),
        periode: namaPeriode(p.parameter.periode, bahasa),
        sampai: tanggal(p.parameter.sampai, bahasa),
        alasan: p.parameter.alasan,
      }
    case 'PENILAIAN_DIRI_DIAJUKAN':
    case 'KEBERATAN_DIAJUKAN':
      return {
        nama: p.parameter.nama,
        tahun: String(p.parameter.tahun),
        periode: namaPeriode(p.parameter.periode, bahasa),
      }
    case 'EVALUASI_DIFINALISASI':
      return {
        tahun: String(p.parameter.tahun),
        periode: namaPeriode(p.parameter.periode, bahasa),
        predikat: KATA_PENILAIAN[bahasa][p.parameter.predikat],
        batas: tanggal(p.parameter.batas, bahasa),
      }
    case 'EVALUASI_DIBUKA_KEMBALI':
      return {
        nama: p.parameter.nama,
        tahun: String(p.parameter.tahun),
        periode: namaPeriode(p.parameter.periode, bahasa),
        alasan: p.parameter.alasan,
      }
    case 'DELEGASI_PENILAIAN':
      return {
        nama: p.parameter.nama,
        mulai: tanggal(p.parameter.mulai, bahasa),
        selesai: tanggal(p.parameter.selesai, bahasa),
      }
    case 'KEBERATAN_KOMENTAR':
      return { nama: p.parameter.nama, cuplikan: p.parameter.cuplikan }
    case 'KEBERATAN_DIPUTUSKAN':
      return {
        nama: p.parameter.nama,
        tahun: String(p.parameter.tahun),
        periode: namaPeriode(p.parameter.periode, bahasa),
        keputusan: KATA_PENILAIAN[bahasa][p.parameter.keputusan],
        predikat: KATA_PENILAIAN[bahasa][p.parameter.predikat],
      }
    case 'PREDIKAT_ORGANISASI_DITETAPKAN':
      return {
        unit: p.parameter.unit,
        tahun: String(p.parameter.tahun),
        periode: namaPeriode(p.parameter.periode, bahasa),
        predikat: KATA_PENILAIAN[bahasa][`ORG_${p.parameter.predikat}`],
      }
    case 'RENCANA_PERBAIKAN_DIBUKA':
      return {
        nama: p.parameter.nama,
        predikat: KATA_PENILAIAN[bahasa][p.parameter.predikat],
        selesai: tanggal(p.parameter.selesai, bahasa),
      }
    case 'RENCANA_PERBAIKAN_GUGUR':
      return {
        nama: p.parameter.nama,
        predikat: KATA_PENILAIAN[bahasa][p.parameter.predikat],
        predikatBaru: KATA_PENILAIAN[bahasa][p.parameter.predikatBaru],
        oleh: KATA_PENILAIAN[bahasa][p.parameter.oleh],
      }
  }
}

/** A type whose body would say nothing more than its title (a returned SKP without a note). */
export const tanpaIsi = (p: PesanNotifikasi) => p.tipe === 'SKP_DIKEMBALIKAN' && !p.parameter.catatan

const isi = (templat: string, v: Record<string, string>) =>
  templat.replace(/\{\{(\w+)\}\}/g, (_, k: string) => v[k] ?? '')

/** The sentence of a notification in a language, as plain text (the web renders it through i18next). */
export function teksPesan(p: PesanNotifikasi, bahasa: Bahasa): { judul: string; isi: string | null } {
  const t: TemplatTeks = TEKS_NOTIFIKASI[bahasa][p.tipe]
  const v = nilaiPesan(p, bahasa)
  return { judul: isi(t.judul, v), isi: tanpaIsi(p) ? null : isi(t.isi, v) }
}
