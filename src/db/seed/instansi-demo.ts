import type { InstansiDef } from './rencana.ts'
import { BADAN_CONTOH_NASIONAL } from './struktur-bcn.ts'
import { KABUPATEN_CONTOH } from './struktur-kabupaten.ts'

/** The two demo instansi. The top ASN of each is assessed by the non-ASN official named here. */
export const DEMO_KABUPATEN: InstansiDef = {
  instansi: {
    kode: 'KAB-CONTOH',
    nama: 'Pemerintah Kabupaten Contoh',
    jenis: 'daerah',
    lokasi: 'Contoh',
    pejabatNonAsnNama: 'H. Suryadi Kusumanegara, S.H., M.M.',
    pejabatNonAsnJabatan: 'Bupati Contoh',
  },
  struktur: KABUPATEN_CONTOH,
  seed: 20260101,
  penerbitSk: 'BKPSDM',
  admin: { username: 'admin.contoh', nama: 'Admin BKPSDM Kabupaten Contoh', kunci: 'adminKabupaten' },
}

export const DEMO_BCN: InstansiDef = {
  instansi: {
    kode: 'BCN',
    nama: 'Badan Contoh Nasional',
    jenis: 'pusat',
    lokasi: 'Jakarta',
    pejabatNonAsnNama: 'Prof. Dr. Ir. Hendarto Wibisono, M.Sc.',
    pejabatNonAsnJabatan: 'Menteri Koordinator Bidang Contoh',
  },
  struktur: BADAN_CONTOH_NASIONAL,
  seed: 20260202,
  penerbitSk: 'BCN',
  admin: { username: 'admin.bcn', nama: 'Admin Biro SDM Badan Contoh Nasional', kunci: 'adminBcn' },
}
