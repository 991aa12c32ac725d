import i18n from 'i18next'
import { defineMessages } from '../../i18n/define.ts'

/**
 * Namespace `bukti`: the evidence component, embedded in the realisasi page. Features get their namespace
 * from i18n/index.ts; a shared component registers its own here.
 */
const pesan = defineMessages({
  id: {
    judul: 'Bukti dukung',
    kosong: 'Belum ada bukti dukung.',
    jenis: {
      laporan: 'Laporan',
      dokumen: 'Dokumen',
      foto: 'Foto',
      sertifikat: 'Sertifikat',
      tautan: 'Tautan',
      lainnya: 'Lainnya',
    },
    unduh: 'Unduh',
    buka: 'Buka tautan',
    hapus: 'Hapus',
    hapusJudul: 'Hapus bukti dukung?',
    hapusPesan: '"{{nama}}" akan dihapus dari periode ini. Tindakan ini tidak dapat dibatalkan.',
    terhapus: 'Bukti dukung dihapus',
    berkas: 'Berkas',
    berkasBantuan:
      'PDF, foto (JPG, PNG, WEBP, GIF) atau dokumen Word/Excel/PowerPoint/OpenDocument, paling besar {{mb}} MB. Di ponsel Anda dapat memotret langsung.',
    pilihBerkas: 'Pilih berkas atau potret',
    jenisLabel: 'Jenis bukti',
    keterangan: 'Keterangan (opsional)',
    unggah: 'Unggah',
    mengunggah: 'Mengunggah… {{persen}}%',
    terunggah: 'Bukti dukung diunggah',
    terlaluBesar: 'Berkas {{nama}} lebih besar dari batas {{mb}} MB.',
    kosongBerkas: 'Berkas {{nama}} kosong.',
    tautanLabel: 'Tautan (http:// atau https://)',
    tambahTautan: 'Tambah tautan',
    tautanTersimpan: 'Tautan ditambahkan',
    batas: 'Paling banyak {{maks}} bukti per IKI per periode.',
    penuh: 'Batas {{maks}} bukti untuk IKI ini sudah tercapai.',
    hanyaBaca: 'Bukti dukung hanya dapat diubah pemilik SKP selama periode masih terbuka.',
  },
  en: {
    judul: 'Evidence',
    kosong: 'No evidence yet.',
    jenis: {
      laporan: 'Report',
      dokumen: 'Document',
      foto: 'Photo',
      sertifikat: 'Certificate',
      tautan: 'Link',
      lainnya: 'Other',
    },
    unduh: 'Download',
    buka: 'Open link',
    hapus: 'Delete',
    hapusJudul: 'Delete evidence?',
    hapusPesan: '"{{nama}}" will be removed from this period. This cannot be undone.',
    terhapus: 'Evidence deleted',
    berkas: 'File',
    berkasBantuan:
      'PDF, photo (JPG, PNG, WEBP, GIF) or a Word/Excel/PowerPoint/OpenDocument file, at most {{mb}} MB. On a phone you can take a photo directly.',
    pilihBerkas: 'Choose a file or take a photo',
    jenisLabel: 'Evidence type',
    keterangan: 'Note (optional)',
    unggah: 'Upload',
    mengunggah: 'Uploading… {{persen}}%',
    terunggah: 'Evidence uploaded',
    terlaluBesar: 'The file {{nama}} is larger than the {{mb}} MB limit.',
    kosongBerkas: 'The file {{nama}} is empty.',
    tautanLabel: 'Link (http:// or https://)',
    tambahTautan: 'Add link',
    tautanTersimpan: 'Link added',
    batas: 'At most {{maks}} pieces of evidence per IKI per period.',
    penuh: 'This IKI has reached the limit of {{maks}} pieces of evidence.',
    hanyaBaca: 'Only the SKP owner can change evidence while the period is open.',
  },
})

export const NS = 'bukti'
const daftarkan = () => {
  for (const bahasa of ['id', 'en'] as const)
    if (!i18n.hasResourceBundle(bahasa, NS)) i18n.addResourceBundle(bahasa, NS, pesan[bahasa], true, true)
}
if (i18n.isInitialized) daftarkan()
else i18n.on('initialized', daftarkan)
