import i18n from 'i18next'
import { defineMessages } from '../../i18n/define.ts'

/**
 * Namespace `umpanBalik`: the feedback thread components, embedded in other features' pages (the realisasi
 * page). Features get their namespace from i18n/index.ts; a shared component registers its own here.
 */
const pesan = defineMessages({
  id: {
    judul: 'Umpan balik',
    peran: { pegawai: 'Pegawai', penilai: 'Pejabat penilai', ketua_tim: 'Ketua tim' },
    atasNama: 'a.n. pejabat penilai non-ASN',
    ketuaTimBantuan: 'Umpan balik ketua tim menjadi masukan bagi pejabat penilai, bukan penilaian.',
    kosong: 'Belum ada umpan balik.',
    baru: 'Baru',
    diubah: 'diubah',
    tulis: 'Tulis umpan balik',
    kirim: 'Kirim',
    ubah: 'Ubah',
    simpan: 'Simpan',
    batal: 'Batal',
    sisaWaktu: 'dapat diubah {{menit}} menit lagi',
    sisaWaktuDetik: 'dapat diubah kurang dari 1 menit lagi',
    hanyaBaca: 'Anda dapat membaca umpan balik ini, tetapi tidak menulisnya.',
    terkirim: 'Umpan balik terkirim',
    tersimpan: 'Perubahan disimpan',
    belumDibaca: '{{count}} belum dibaca',
    perilakuJudul: 'Umpan balik perilaku kerja (BerAKHLAK)',
  },
  en: {
    judul: 'Feedback',
    peran: { pegawai: 'Employee', penilai: 'Assessor', ketua_tim: 'Team leader' },
    atasNama: 'on behalf of the non-ASN assessor',
    ketuaTimBantuan: "The team leader's feedback informs the assessor; it is not a rating.",
    kosong: 'No feedback yet.',
    baru: 'New',
    diubah: 'edited',
    tulis: 'Write feedback',
    kirim: 'Send',
    ubah: 'Edit',
    simpan: 'Save',
    batal: 'Cancel',
    sisaWaktu: 'can be edited for {{menit}} more minutes',
    sisaWaktuDetik: 'can be edited for less than a minute',
    hanyaBaca: 'You can read this feedback but not write in it.',
    terkirim: 'Feedback sent',
    tersimpan: 'Changes saved',
    belumDibaca: '{{count}} unread',
    perilakuJudul: 'Feedback on work behaviour (BerAKHLAK)',
  },
})

export const NS = 'umpanBalik'
const daftarkan = () => {
  for (const bahasa of ['id', 'en'] as const)
    if (!i18n.hasResourceBundle(bahasa, NS)) i18n.addResourceBundle(bahasa, NS, pesan[bahasa], true, true)
}
if (i18n.isInitialized) daftarkan()
else i18n.on('initialized', daftarkan)
