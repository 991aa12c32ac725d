import { V } from '../helpers/akses-dunia.ts'
import { bukaTahun, rhkBody } from '../helpers/skp-factories.ts'
import {
  BACA_SKP,
  entri,
  HANYA,
  hasilPertama,
  kodeDokumen,
  MASUK,
  PEGAWAI_SAJA,
  PUBLIK,
  selAni,
  timAni,
  type Entri,
} from './harapan.ts'

/** Access-matrix entries: the SKP and its workflow, the cascade (matrix, teams, keselarasan), documents. */
export const ENTRI_SKP: Record<string, Entri<unknown>> = {
  // ---- SKP (skp.routes.ts, skp-alur.routes.ts, rhk.routes.ts, skp-bawahan.routes.ts)
  'GET /api/v1/skp': entri({ kirim: (k, _o, w) => k.get(`${V}/skp?tahun=${w.tahun}`), harap: MASUK(200) }),
  'GET /api/v1/skp/:id': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}`),
    harap: BACA_SKP,
  }),
  "GET /api/v1/skp/:id · Cici's SKP: Ani assesses her by override, Kadis only heads a unit above": entri({
    siapkan: (w) => w.skpCici(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}`),
    harap: BACA_SKP,
  }),
  'POST /api/v1/skp': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/skp`, { tahun: w.tahun, pendekatan: 'kuantitatif', varian: 'administrasi_fungsional' }),
    harap: PEGAWAI_SAJA(201),
  }),
  'PATCH /api/v1/skp/:id': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.patch(`${V}/skp/${o.skp.id}`, { pendekatan: 'kualitatif', versi: o.skp.versi }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/salin': entri({
    siapkan: async (w) => {
      await bukaTahun(w.t.database, w.inst.id, w.tahun + 1)
      return w.skpPemilik('disetujui')
    },
    kirim: (k, o, w) => k.post(`${V}/skp/salin`, { dariSkpId: o.skp.id, tahun: w.tahun + 1 }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'GET /api/v1/skp/:id/kandidat-intervensi': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/kandidat-intervensi`),
    harap: BACA_SKP,
  }),
  'POST /api/v1/skp/:id/ajukan': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('draft'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/ajukan`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/:id/tarik': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/tarik`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/:id/setujui': entri({
    // PermenPANRB 6/2022: only the pejabat penilai approves, never an admin
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/setujui`, {}),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/skp/:id/kembalikan': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/kembalikan`, { catatan: 'Perbaiki target IKI.' }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/skp/:id/buka': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/buka`, { alasan: 'Perubahan target di tengah tahun.' }),
    harap: HANYA(['atasan', 'adminInstansi', 'adminNasional'], 200),
  }),
  // DOMAIN §2: an admin instansi names another pejabat penilai of a pending SKP, with a reason
  'POST /api/v1/skp/:id/penilai': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) =>
      k.post(`${V}/skp/${o.skp.id}/penilai`, {
        penilaiPegawaiId: o.skp.penilaiPegawaiId ?? o.skp.pegawaiId,
        alasan: 'Pejabat penilai berhalangan tetap.',
      }),
    harap: HANYA(['adminInstansi'], 200),
  }),
  'PUT /api/v1/skp/:id/perilaku/:kode': entri({
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) =>
      k.put(`${V}/skp/${o.skp.id}/perilaku/AKUNTABEL`, { ekspektasi: 'Menyusun laporan tepat waktu.' }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/skp/:id/rhk': entri({
    siapkan: async (w) => ({ ani: await w.skpPemilik(), kabid: await w.skpAtasan() }),
    kirim: (k, o) => k.post(`${V}/skp/${o.ani.skp.id}/rhk`, rhkBody(o.kabid.rhk[0].id)),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'PATCH /api/v1/rhk/:id': entri({
    siapkan: async (w) => ({ ani: await w.skpPemilik(), kabid: await w.skpAtasan() }),
    kirim: (k, o) => k.patch(`${V}/rhk/${o.ani.rhk[0].id}`, rhkBody(o.kabid.rhk[0].id)),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'DELETE /api/v1/rhk/:id': entri({
    perSel: true,
    siapkan: (w) => w.rhkTambahan(),
    kirim: (k, o) => k.delete(`${V}/rhk/${o.id}`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/:id/rhk/urutan': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/rhk/urutan`, { ids: [o.rhk[0].id] }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'GET /api/v1/skp-bawahan': entri({
    kirim: (k, _o, w) => k.get(`${V}/skp-bawahan?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'POST /api/v1/skp-bawahan/setujui': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp-bawahan/setujui`, { skpIds: [o.skp.id] }),
    jawab: hasilPertama,
    harap: HANYA(['atasan'], 200),
  }),

  // ---- kaskade: Matriks Peran Hasil, Tim Kerja, keselarasan
  'GET /api/v1/skp/:id/matriks-peran-hasil': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/matriks-peran-hasil`),
    harap: BACA_SKP,
  }),
  'POST /api/v1/matriks-peran-hasil': entri({
    // only the owner of the superior RHK cascades it (DOMAIN §2): admins read the grid but do not plan
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o, w) =>
      k.post(`${V}/matriks-peran-hasil`, {
        rhkAtasanId: o.rhk[0].id,
        pegawaiId: w.cici.pegawai.id,
        peran: 'Penyusun',
        hasil: 'Draf laporan',
      }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'POST /api/v1/matriks-peran-hasil/bulk': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o, w) =>
      k.post(`${V}/matriks-peran-hasil/bulk`, {
        items: [{ rhkAtasanId: o.rhk[0].id, pegawaiId: w.cici.pegawai.id, peran: 'Penyusun', hasil: 'Draf' }],
      }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'PATCH /api/v1/matriks-peran-hasil/:id': entri({
    siapkan: async (w) => selAni(w, (await w.skpPemilik('disetujui')).rhk[0].id),
    kirim: (k, o) =>
      k.patch(`${V}/matriks-peran-hasil/${o.id}`, { peran: 'Pengolah', hasil: 'Laporan akhir' }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'DELETE /api/v1/matriks-peran-hasil/:id': entri({
    perSel: true,
    siapkan: async (w) => {
      const r = await w.rhkTambahan()
      await w.skpPemilik('disetujui')
      return selAni(w, r.id)
    },
    kirim: (k, o) => k.delete(`${V}/matriks-peran-hasil/${o.id}`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'GET /api/v1/tim-kerja': entri({
    kirim: (k, _o, w) => k.get(`${V}/tim-kerja?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'GET /api/v1/tim-kerja/calon': entri({
    // about one's own subtree: no object of instansi A is named
    kirim: (k, _o, w) => k.get(`${V}/tim-kerja/calon?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'GET /api/v1/tim-kerja/:id': entri({
    // read by its former, ketua and members, anyone with role pimpinan, admins (tim-kerja.policy.ts)
    siapkan: (w) => timAni(w),
    kirim: (k, o) => k.get(`${V}/tim-kerja/${o.id}`),
    harap: HANYA(['pegawaiSendiri', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/tim-kerja': entri({
    // formed by an atasan (Ani is one, by the override over Cici) or an admin
    kirim: (k, _o, w) =>
      k.post(`${V}/tim-kerja`, {
        instansiId: w.inst.id,
        tahun: w.tahun,
        nama: 'Tim Baru',
        ketuaPegawaiId: w.cici.pegawai.id,
      }),
    harap: HANYA(['pegawaiSendiri', 'atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 201),
  }),
  'PATCH /api/v1/tim-kerja/:id': entri({
    siapkan: (w) => timAni(w),
    kirim: (k, o) => k.patch(`${V}/tim-kerja/${o.id}`, { nama: 'Tim Data Terpadu' }),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/tim-kerja/:id/anggota': entri({
    perSel: true,
    siapkan: (w) => timAni(w, []),
    kirim: (k, o, w) => k.post(`${V}/tim-kerja/${o.id}/anggota`, { pegawaiId: w.cici.pegawai.id }),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 201),
  }),
  'DELETE /api/v1/tim-kerja/:id/anggota/:pegawaiId': entri({
    perSel: true,
    siapkan: (w) => timAni(w),
    kirim: (k, o, w) => k.delete(`${V}/tim-kerja/${o.id}/anggota/${w.cici.pegawai.id}`),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/skp/:id/tim-kerja': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/tim-kerja`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/rhk/:id/keselarasan': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/rhk/${o.rhk[0].id}/keselarasan`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/keselarasan': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/keselarasan`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/keselarasan/level': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/keselarasan/level`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/rhk/:id/keselarasan/anak': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/rhk/${o.rhk[0].id}/keselarasan/anak`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/keselarasan/cari': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/keselarasan/cari?q=RHK`),
    harap: BACA_SKP,
  }),

  // ---- dokumen
  'GET /api/v1/skp/:id/pdf': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/pdf`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/verifikasi/:kode': entri({
    siapkan: kodeDokumen,
    kirim: (k, kode) => k.get(`${V}/verifikasi/${kode}`),
    harap: PUBLIK(200),
  }),
  'GET /verifikasi/:kode': entri({
    siapkan: kodeDokumen,
    kirim: (k, kode) => k.get(`/verifikasi/${kode}`),
    harap: PUBLIK(200),
  }),
  'GET /api/v1/openapi.json': entri({ kirim: (k) => k.get(`${V}/openapi.json`), harap: PUBLIK(200) }),
}
