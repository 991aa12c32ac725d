import { sql } from 'drizzle-orm'
import { atasanOverride } from '../../src/db/schema/index.ts'
import { kirimNotifikasi } from '../../src/modules/notifikasi/notifikasi.service.ts'
import { alamatBaru, nipUnik, V } from '../helpers/akses-dunia.ts'
import { PASSWORD } from '../helpers/factories.ts'
import { bukaTahun } from '../helpers/skp-factories.ts'
import {
  ADMIN,
  ANGGOTA,
  DIRI_ATASAN_ADMIN,
  entri,
  HANYA,
  MASUK,
  PRIBADI_LAIN,
  PUBLIK,
  q,
  csvPegawai,
  csvUnor,
  KODE_TEMPLATE,
  type Entri,
} from './harapan.ts'

/** Access-matrix entries: auth, Beranda, organisation, people, settings, notifications, imports. */
export const ENTRI_ORANG: Record<string, Entri<unknown>> = {
  // ---- auth (akun.routes.ts)
  'POST /api/v1/auth/login': entri({
    kirim: (k, _o, w) =>
      k.inject({
        method: 'POST',
        url: `${V}/auth/login`,
        payload: { username: w.akun.pegawaiSendiri.username, password: PASSWORD },
        remoteAddress: alamatBaru(),
      }),
    harap: PUBLIK(200),
  }),
  'POST /api/v1/auth/logout': entri({
    // logging out ends the session: each column logs out a session of its own made for this request
    kirim: async (_k, _o, w, kolom) => (await w.sesiBaru(kolom)).post(`${V}/auth/logout`),
    harap: PUBLIK(200),
  }),
  'GET /api/v1/me': entri({ kirim: (k) => k.get(`${V}/me`), harap: MASUK(200) }),
  'POST /api/v1/me/password': entri({
    kirim: async (k) => {
      const baru = 'sandi-baru-matriks-1'
      const res = await k.post(`${V}/me/password`, { passwordLama: PASSWORD, passwordBaru: baru })
      // the shared accounts (other instansi, national) log in again in later routes
      if (res.statusCode === 200)
        await k.post(`${V}/me/password`, { passwordLama: baru, passwordBaru: PASSWORD })
      return res
    },
    harap: MASUK(200),
  }),

  // ---- beranda: every account its own to-do (sections by role, always scoped to its own instansi)
  'GET /api/v1/beranda': entri({ kirim: (k) => k.get(`${V}/beranda`), harap: MASUK(200) }),

  // ---- organisasi
  'GET /api/v1/instansi': entri({ kirim: (k) => k.get(`${V}/instansi`), harap: MASUK(200) }),
  'GET /api/v1/instansi/:id': entri({
    kirim: (k, _o, w) => k.get(`${V}/instansi/${w.inst.id}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/instansi': entri({
    kirim: (k, _o, _w, _kolom, i) =>
      k.post(`${V}/instansi`, {
        kode: `MTX${Date.now().toString(36).toUpperCase()}${i}`,
        nama: 'Instansi Matriks',
        jenis: 'daerah',
      }),
    // creating an instansi names no existing object: a non-national admin simply lacks the right
    harap: { ...HANYA(['adminNasional'], 201), adminInstansiLain: 403 },
  }),
  'PATCH /api/v1/instansi/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/instansi/${w.inst.id}`, { lokasi: 'Kota Matriks' }),
    harap: ADMIN(200),
  }),
  'GET /api/v1/unor': entri({ kirim: (k, _o, w) => k.get(`${V}/unor?${q(w)}`), harap: ANGGOTA(200) }),
  'GET /api/v1/unor/:id': entri({
    kirim: (k, _o, w) => k.get(`${V}/unor/${w.bidang.id}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/unor': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/unor`, { instansiId: w.inst.id, nama: 'Seksi Baru', parentId: w.bidang.id }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/unor/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/unor/${w.bidang.id}`, { namaJabatanKepala: 'Kepala Bidang' }),
    harap: ADMIN(200),
  }),
  'GET /api/v1/jabatan': entri({
    kirim: (k, _o, w) => k.get(`${V}/jabatan?${q(w)}`),
    harap: ANGGOTA(200),
  }),
  'GET /api/v1/jabatan/:id': entri({
    kirim: (k, _o, w) => k.get(`${V}/jabatan/${w.ani.jabatan.id}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/jabatan': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/jabatan`, { instansiId: w.inst.id, nama: 'Pengolah Data', jenis: 'pelaksana' }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/jabatan/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/jabatan/${w.ani.jabatan.id}`, { nama: 'Analis Data' }),
    harap: ADMIN(200),
  }),

  // ---- pegawai, penugasan, atasan
  'GET /api/v1/pegawai': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai?${q(w)}`),
    harap: ADMIN(200),
  }),
  'GET /api/v1/pegawai · one unit: its head and the pimpinan above list it (the Beranda counts)': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai?${q(w)}&unorId=${w.bidang.id}&wajibSkp=true`),
    harap: HANYA(['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/pegawai/:id': entri({
    // oneself, the penilai (Kabid) and the atasan penilai (Kadis), admins
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.ani.pegawai.id}`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'GET /api/v1/pegawai/:id · Kabid, read by his subordinate Ani': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.kabid.pegawai.id}`),
    harap: HANYA(['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/pegawai/:id · Cici: Ani assesses her by override, Kadis only heads a unit above': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.cici.pegawai.id}`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'POST /api/v1/pegawai': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/pegawai`, {
        instansiId: w.inst.id,
        nip: nipUnik(),
        nama: 'Pegawai Baru',
        jenisAsn: 'pns',
      }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/pegawai/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/pegawai/${w.ani.pegawai.id}`, { golongan: 'III/b' }),
    harap: ADMIN(200),
  }),
  'POST /api/v1/pegawai/:id/reset-password': entri({
    kirim: (k, _o, w) => k.post(`${V}/pegawai/${w.ani.pegawai.id}/reset-password`),
    harap: ADMIN(200),
  }),
  'GET /api/v1/pegawai/:id/penugasan': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.ani.pegawai.id}/penugasan`),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/pegawai/:id/penugasan': entri({
    kirim: (k, _o, w, _kolom, i) =>
      k.post(`${V}/pegawai/${w.ani.pegawai.id}/penugasan`, {
        jabatanId: w.ani.jabatan.id,
        jenis: 'plh',
        mulai: `2025-0${i + 1}-01`,
        selesai: `2025-0${i + 1}-10`,
      }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/penugasan/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/penugasan/${w.ani.penugasan.id}`, { nomorSk: 'SK-123' }),
    harap: ADMIN(200),
  }),
  'GET /api/v1/pegawai/:id/atasan': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.ani.pegawai.id}/atasan`),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/pegawai/:id/atasan-override': entri({
    kirim: (k, _o, w, _kolom, i) =>
      k.post(`${V}/pegawai/${w.ani.pegawai.id}/atasan-override`, {
        atasanPegawaiId: w.kadis.pegawai.id,
        mulai: `203${i}-01-01`,
        selesai: `203${i}-12-31`,
        alasan: 'Uji hak akses',
      }),
    harap: ADMIN(201),
  }),
  'DELETE /api/v1/atasan-override/:id': entri({
    perSel: true,
    siapkan: async (w, _kolom, i) => {
      const [o] = await w.t.database.db
        .insert(atasanOverride)
        .values({
          instansiId: w.inst.id,
          pegawaiId: w.ani.pegawai.id,
          atasanPegawaiId: w.kadis.pegawai.id,
          mulai: `209${i}-01-01`,
          selesai: `209${i}-12-31`,
          alasan: 'Uji hak akses',
        })
        .returning()
      return o
    },
    kirim: (k, o) => k.delete(`${V}/atasan-override/${o.id}`),
    harap: ADMIN(200),
  }),
  'GET /api/v1/audit': entri({ kirim: (k, _o, w) => k.get(`${V}/audit?${q(w)}`), harap: ADMIN(200) }),

  // ---- pengaturan (settings per year)
  'GET /api/v1/pengaturan': entri({
    kirim: (k, _o, w) => k.get(`${V}/pengaturan?${q(w)}`),
    harap: ANGGOTA(200),
  }),
  'GET /api/v1/pengaturan/:tahun': entri({
    kirim: (k, _o, w) => k.get(`${V}/pengaturan/${w.tahun}?${q(w)}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/pengaturan': entri({
    kirim: (k, _o, w, _kolom, i) =>
      k.post(`${V}/pengaturan`, { instansiId: w.inst.id, tahun: w.tahun + 1 + i }),
    harap: ADMIN(201),
  }),
  'PUT /api/v1/pengaturan/:tahun': entri({
    kirim: (k, _o, w) =>
      k.put(`${V}/pengaturan/${w.tahun}`, { instansiId: w.inst.id, pengaturan: { hariKunciRealisasi: 7 } }),
    harap: ADMIN(200),
  }),
  // issue 6 item 8: an admin closes a year (its SKPs read-only) and reopens it with a reason
  'POST /api/v1/pengaturan/:tahun/tutup': entri({
    perSel: true,
    siapkan: async (w, _kolom, i) => {
      await bukaTahun(w.t.database, w.inst.id, w.tahun + 30 + i)
      return w.tahun + 30 + i
    },
    kirim: (k, tahun, w) => k.post(`${V}/pengaturan/${tahun as number}/tutup`, { instansiId: w.inst.id }),
    harap: ADMIN(200),
  }),
  'POST /api/v1/pengaturan/:tahun/buka-kembali': entri({
    perSel: true,
    siapkan: async (w, _kolom, i) => {
      const tahun = w.tahun + 50 + i
      await bukaTahun(w.t.database, w.inst.id, tahun)
      await w.t.database.db.execute(
        sql`update pengaturan_tahun set status = 'ditutup' where instansi_id = ${w.inst.id} and tahun = ${tahun}`,
      )
      return tahun
    },
    kirim: (k, tahun, w) =>
      k.post(`${V}/pengaturan/${tahun as number}/buka-kembali`, {
        instansiId: w.inst.id,
        alasan: 'Koreksi SKP setelah mutasi.',
      }),
    harap: ADMIN(200),
  }),

  // ---- notifikasi
  'GET /api/v1/notifikasi': entri({ kirim: (k) => k.get(`${V}/notifikasi`), harap: MASUK(200) }),
  'POST /api/v1/notifikasi/baca-semua': entri({
    kirim: (k) => k.post(`${V}/notifikasi/baca-semua`),
    harap: MASUK(200),
  }),
  'POST /api/v1/notifikasi/:id/baca': entri({
    siapkan: (w) =>
      kirimNotifikasi(w.t.database.db, {
        instansiId: w.inst.id,
        penerimaPegawaiId: w.ani.pegawai.id,
        tipe: 'SKP_DISETUJUI',
        parameter: { tahun: 2026 },
        tautan: '/skp',
      }),
    kirim: (k, o) => k.post(`${V}/notifikasi/${o.id}/baca`),
    // A private inbox: someone else's notification is not found (404) for everyone, admins included —
    // the app never confirms that another person's message exists.
    harap: { ...HANYA(['pegawaiSendiri'], 200), ...PRIBADI_LAIN },
  }),

  // ---- impor
  'POST /api/v1/impor/pegawai': entri({
    kirim: (k, _o, w) => k.unggah(`${V}/impor/pegawai?${q(w)}`, csvPegawai(nipUnik())),
    harap: ADMIN(200),
  }),
  'POST /api/v1/impor/unor': entri({
    kirim: (k, _o, w, _kolom, i) => k.unggah(`${V}/impor/unor?${q(w)}`, csvUnor(i)),
    harap: ADMIN(200),
  }),
  'GET /api/v1/impor': entri({ kirim: (k, _o, w) => k.get(`${V}/impor?${q(w)}`), harap: ADMIN(200) }),
  'GET /api/v1/impor/:id': entri({
    siapkan: async (w) => {
      const res = await w.k.adminInstansi.unggah(`${V}/impor/unor?${q(w)}`, csvUnor(99))
      if (res.statusCode !== 200) throw new Error(`impor: ${res.statusCode} ${res.body}`)
      return res.json<{ id: string }>()
    },
    kirim: (k, o) => k.get(`${V}/impor/${o.id}`),
    harap: ADMIN(200),
  }),
  ...Object.fromEntries(
    KODE_TEMPLATE.map((nama) => [
      `GET /api/v1/impor/template/${nama}`,
      entri({ kirim: (k) => k.get(`${V}/impor/template/${nama}`), harap: MASUK(200) }),
    ]),
  ),
}
