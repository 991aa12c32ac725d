import { TEKS_NOTIFIKASI } from '../../../../shared/notifikasi-teks.ts'
import { defineMessages } from '../../i18n/define.ts'

/**
 * `tipe.<TIPE_NOTIFIKASI>` is the sentence of each stored notification type, from the one source the
 * server's mail uses too (src/shared/notifikasi-teks.ts); its parameters come formatted by `nilaiPesan`.
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
    tipe: TEKS_NOTIFIKASI.id,
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
    tipe: TEKS_NOTIFIKASI.en,
  },
})
