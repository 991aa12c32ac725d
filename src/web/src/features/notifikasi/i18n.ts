import { defineMessages } from '../../i18n/define.ts'

/**
 * `tipe.<TIPE_NOTIFIKASI>` is the sentence of each stored notification type; the parameters
 * (src/shared/notifikasi.ts) come in already formatted for the language (pesan.ts).
 */
export default defineMessages({
  id: {
    nav: 'Notifikasi',
    judul: 'Notifikasi',
    deskripsi: 'Pemberitahuan tentang SKP Anda dan SKP bawahan Anda.',
    belumDibaca: 'Hanya yang baru',
    bacaSemua: 'Tandai semua dibaca',
    bacaSemuaSukses: '{{jumlah}} notifikasi ditandai dibaca.',
    baca: 'Tandai dibaca',
    buka: 'Buka',
    baru: 'Baru',
    selesai: 'Selesai',
    selesaiPada: 'Selesai {{waktu}}',
    kosong: 'Tidak ada notifikasi.',
    kosongBelumDibaca: 'Tidak ada notifikasi baru.',
    daftar: 'Daftar notifikasi',
    badge: 'Notifikasi',
    badgeJumlah: 'Notifikasi, {{jumlah}} baru',
    tipe: {
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
    },
  },
  en: {
    nav: 'Notifications',
    judul: 'Notifications',
    deskripsi: "Notices about your SKP and your subordinates' SKPs.",
    belumDibaca: 'New only',
    bacaSemua: 'Mark all as read',
    bacaSemuaSukses: '{{jumlah}} notifications marked as read.',
    baca: 'Mark as read',
    buka: 'Open',
    baru: 'New',
    selesai: 'Done',
    selesaiPada: 'Done {{waktu}}',
    kosong: 'No notifications.',
    kosongBelumDibaca: 'No new notifications.',
    daftar: 'Notifications',
    badge: 'Notifications',
    badgeJumlah: 'Notifications, {{jumlah}} new',
    tipe: {
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
    },
  },
})
