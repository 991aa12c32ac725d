import { defineMessages } from '../../i18n/define.ts'

/** Namespace `tunjangan`: the Tukin/TPP report (DOMAIN §7). */
export default defineMessages({
  id: {
    nav: 'Tunjangan Kinerja',
    judul: 'Laporan Tunjangan Kinerja',
    deskripsi:
      'Predikat kinerja yang berlaku pada bulan terpilih untuk setiap pegawai unit (beserta unit di bawahnya) dan persentase tunjangan menurut tabel instansi.',
    bulan: 'Bulan',
    unit: 'Unit organisasi',
    pilihUnit: 'Pilih unit untuk menampilkan laporan.',
    unduh: 'Unduh CSV',
    belumDiatur: 'Buka Pengaturan tahun',
    ringkasan: '{{jumlah}} pegawai · {{belum}} belum dinilai',
    belumDinilai: 'Belum dinilai',
    kolom: {
      nama: 'Pegawai',
      jabatan: 'Jabatan',
      unit: 'Unit',
      predikat: 'Predikat',
      periode: 'Periode',
      persen: 'Tunjangan',
    },
    kosong: 'Tidak ada pegawai pada unit ini pada bulan tersebut.',
  },
  en: {
    nav: 'Performance Allowance',
    judul: 'Performance Allowance Report',
    deskripsi:
      "The performance rating that applies in the chosen month to each employee of the unit (and the units below) and the allowance percentage from the agency's table.",
    bulan: 'Month',
    unit: 'Organisation unit',
    pilihUnit: 'Choose a unit to show the report.',
    unduh: 'Download CSV',
    belumDiatur: 'Open the year settings',
    ringkasan: '{{jumlah}} employees · {{belum}} not yet rated',
    belumDinilai: 'Not yet rated',
    kolom: {
      nama: 'Employee',
      jabatan: 'Position',
      unit: 'Unit',
      predikat: 'Rating',
      periode: 'Period',
      persen: 'Allowance',
    },
    kosong: 'No employee in this unit in that month.',
  },
})
