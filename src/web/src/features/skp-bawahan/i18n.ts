import { defineMessages } from '../../i18n/define.ts'

export default defineMessages({
  id: {
    nav: 'SKP Bawahan',
    judul: 'SKP Bawahan',
    deskripsi:
      'SKP pegawai yang Anda nilai sebagai pejabat penilai kinerja, yang perlu tindakan lebih dulu: menunggu persetujuan (pengajuan terlama di atas), lalu yang terlambat. Buka SKP untuk menyetujui atau mengembalikan dengan catatan.',
    filter: {
      tahun: 'Tahun',
      status: 'Status SKP',
      semua: 'Semua status',
      cari: 'Cari nama atau NIP',
    },
    jumlah: {
      label: 'Jumlah per status (pilih untuk menyaring)',
      terlambat: 'Terlambat: {{jumlah}}',
    },
    status: {
      belum_ada: 'Belum ada SKP',
      draft: 'Draf',
      diajukan: 'Diajukan',
      disetujui: 'Disetujui',
      dikembalikan: 'Dikembalikan',
    },
    tabel: {
      label: 'Daftar SKP bawahan',
      pegawai: 'Pegawai',
      jabatan: 'Jabatan / unit',
      status: 'Status',
      periode: 'Periode',
      aksi: 'Aksi',
      buka: 'Buka SKP',
      tinjau: 'Tinjau',
      pilih: 'Pilih SKP {{nama}}',
      pilihSemua: 'Pilih semua SKP yang menunggu persetujuan',
      bukanPenilai: 'Pejabat penilai lain',
      kosong: 'Tidak ada bawahan yang Anda nilai.',
    },
    setujui: {
      tombol: 'Setujui terpilih ({{jumlah}})',
      konfirmasi:
        'Setujui {{jumlah}} SKP yang dipilih tanpa ekspektasi khusus? Untuk menulis ekspektasi, buka SKP satu per satu.',
      hasilJudul: 'Hasil persetujuan',
      ringkas: '{{ok}} dari {{total}} SKP disetujui.',
      berhasil: 'Disetujui',
      gagal: 'Gagal',
    },
  },
  en: {
    nav: "Subordinates' SKP",
    judul: "Subordinates' SKP",
    deskripsi:
      'SKPs of the employees you assess, what needs action first: awaiting your approval (oldest submission first), then late ones. Open an SKP to approve it or return it with notes.',
    filter: {
      tahun: 'Year',
      status: 'SKP status',
      semua: 'All statuses',
      cari: 'Search name or NIP',
    },
    jumlah: {
      label: 'Counts by status (choose one to filter)',
      terlambat: 'Late: {{jumlah}}',
    },
    status: {
      belum_ada: 'No SKP yet',
      draft: 'Draft',
      diajukan: 'Submitted',
      disetujui: 'Approved',
      dikembalikan: 'Returned',
    },
    tabel: {
      label: "Subordinates' SKPs",
      pegawai: 'Employee',
      jabatan: 'Position / unit',
      status: 'Status',
      periode: 'Period',
      aksi: 'Action',
      buka: 'Open SKP',
      tinjau: 'Review',
      pilih: "Select {{nama}}'s SKP",
      pilihSemua: 'Select every SKP awaiting approval',
      bukanPenilai: 'Another assessor',
      kosong: 'Nobody reports to you.',
    },
    setujui: {
      tombol: 'Approve selected ({{jumlah}})',
      konfirmasi:
        'Approve the {{jumlah}} selected SKPs without specific expectations? To write expectations, open the SKPs one by one.',
      hasilJudul: 'Approval results',
      ringkas: '{{ok}} of {{total}} SKPs approved.',
      berhasil: 'Approved',
      gagal: 'Failed',
    },
  },
})
