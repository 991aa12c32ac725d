import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atasanOverride, auditLog, jabatan, pegawai, penugasan, unor } from '../src/db/schema/index.ts'
import { addDays } from '../src/domain/iso-date.ts'
import { muatDataAtasan } from '../src/modules/pegawai/penilai.repository.ts'
import { cariPenilai } from '../src/modules/pegawai/penilai.service.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
import { hariIni } from '../src/server/clock.ts'

/** Dinas (Kadis) → Bidang (Kabid) → Seksi (head vacant); staff in Bidang and in Seksi. */
async function dinas() {
  const inst = await buatInstansi(t.database, {
    pejabatNonAsnNama: 'H. Bupati Contoh',
    pejabatNonAsnJabatan: 'Bupati Contoh',
  })
  const d = await buatUnor(t.database, { instansiId: inst.id, nama: 'Dinas Pendidikan' })
  const b = await buatUnor(t.database, { instansiId: inst.id, parentId: d.id, nama: 'Bidang SD' })
  const s = await buatUnor(t.database, { instansiId: inst.id, parentId: b.id, nama: 'Seksi Kurikulum' })
  const kadis = await buatPegawai(t.database, {
    instansiId: inst.id,
    unorId: d.id,
    isKepala: true,
    jenisJabatan: 'jpt_pratama',
    nama: 'Kadis',
  })
  const kabid = await buatPegawai(t.database, {
    instansiId: inst.id,
    unorId: b.id,
    isKepala: true,
    jenisJabatan: 'administrator',
    nama: 'Kabid',
  })
  const staf = await buatPegawai(t.database, { instansiId: inst.id, unorId: b.id, nama: 'Staf Bidang' })
  const stafSeksi = await buatPegawai(t.database, { instansiId: inst.id, unorId: s.id, nama: 'Staf Seksi' })
  const admin = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
  const c = client(t.app, await login(t.app, admin.username, PASSWORD))
  const atasan = async (pegawaiId: string, tanggal?: string) =>
    (await c.get(`${V}/pegawai/${pegawaiId}/atasan${tanggal ? `?tanggal=${tanggal}` : ''}`)).json()
  return { inst, d, b, s, kadis, kabid, staf, stafSeksi, c, atasan }
}

describe('derived atasan', () => {
  it('staff → head of own unit; atasan penilai = head of the parent unit; names, golongan and units enriched', async () => {
    const { kadis, kabid, staf, atasan } = await dinas()
    const res = await atasan(staf.pegawai.id, '2025-05-05')
    expect(res).toMatchObject({
      tanggal: '2025-05-05',
      alasan: 'KEPALA_UNIT_SENDIRI',
      pegawai: { pegawaiId: staf.pegawai.id, jabatan: 'Analis', unor: 'Bidang SD', isPltPlh: false },
      penilai: {
        pegawaiId: kabid.pegawai.id,
        nip: kabid.pegawai.nip,
        nama: 'Kabid',
        golongan: 'III/a',
        pangkat: 'Penata Muda',
        jabatan: 'Kepala Unit',
        unor: 'Bidang SD',
        isPltPlh: false,
        sumber: 'pohon',
      },
      atasanPenilai: { pegawaiId: kadis.pegawai.id, unor: 'Dinas Pendidikan' },
      penilaiNonAsn: null,
      overrides: [],
    })
  })

  it('a unit head → head of the parent; the top leader → the non-ASN official', async () => {
    const { kadis, kabid, atasan } = await dinas()
    expect(await atasan(kabid.pegawai.id, '2025-05-05')).toMatchObject({
      alasan: 'KEPALA_UNIT_INDUK',
      penilai: { pegawaiId: kadis.pegawai.id },
      atasanPenilai: null,
    })
    expect(await atasan(kadis.pegawai.id, '2025-05-05')).toMatchObject({
      alasan: 'PIMPINAN_TERTINGGI',
      penilai: null,
      penilaiNonAsn: { nama: 'H. Bupati Contoh', jabatan: 'Bupati Contoh' },
    })
  })

  it('a vacant head is skipped; a Plt head becomes the atasan from the day the Plt starts', async () => {
    const { inst, s, kabid, stafSeksi, c, atasan } = await dinas()
    expect(await atasan(stafSeksi.pegawai.id, '2025-05-05')).toMatchObject({
      alasan: 'JABATAN_KOSONG_NAIK',
      penilai: { pegawaiId: kabid.pegawai.id },
    })
    const kasi = await c.post(`${V}/jabatan`, {
      nama: 'Kepala Seksi Kurikulum',
      jenis: 'pengawas',
      unorId: s.id,
      isKepala: true,
    })
    const plt = await buatPegawai(t.database, { instansiId: inst.id, nama: 'Pejabat Plt' })
    const res = await c.post(`${V}/pegawai/${plt.pegawai.id}/penugasan`, {
      jabatanId: kasi.json().id,
      jenis: 'plt',
      mulai: '2025-06-01',
    })
    expect(res.statusCode).toBe(201)
    expect(await atasan(stafSeksi.pegawai.id, '2025-05-31')).toMatchObject({
      penilai: { pegawaiId: kabid.pegawai.id },
    })
    expect(await atasan(stafSeksi.pegawai.id, '2025-06-01')).toMatchObject({
      alasan: 'KEPALA_UNIT_SENDIRI',
      penilai: {
        pegawaiId: plt.pegawai.id,
        isPltPlh: true,
        jabatan: 'Kepala Seksi Kurikulum',
        unor: 'Seksi Kurikulum',
      },
      atasanPenilai: { pegawaiId: kabid.pegawai.id },
    })
  })

  it('a mutasi changes the derived atasan from the move date and keeps it before', async () => {
    const { inst, d, kabid, staf, c, atasan } = await dinas()
    const lain = await buatUnor(t.database, { instansiId: inst.id, parentId: d.id, nama: 'Bidang SMP' })
    const kabidSmp = await buatPegawai(t.database, { instansiId: inst.id, unorId: lain.id, isKepala: true })
    const posisi = await c.post(`${V}/jabatan`, {
      nama: 'Pengelola Data SMP',
      jenis: 'pelaksana',
      unorId: lain.id,
    })
    await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
      jabatanId: posisi.json().id,
      mulai: '2025-03-01',
    })
    expect((await atasan(staf.pegawai.id, '2025-02-28')).penilai.pegawaiId).toBe(kabid.pegawai.id)
    const after = await atasan(staf.pegawai.id, '2025-03-01')
    expect(after).toMatchObject({
      pegawai: { jabatan: 'Pengelola Data SMP', unor: 'Bidang SMP' },
      penilai: { pegawaiId: kabidSmp.pegawai.id },
    })
  })

  it('answers TIDAK_ADA_PENUGASAN before the first assignment', async () => {
    const { staf, atasan } = await dinas()
    expect(await atasan(staf.pegawai.id, '2019-12-31')).toMatchObject({
      alasan: 'TIDAK_ADA_PENUGASAN',
      pegawai: null,
      penilai: null,
    })
  })
})

describe('atasan override', () => {
  it('wins over the tree, is listed, and ends (yesterday) on DELETE, all audited', async () => {
    const { kadis, kabid, staf, c, atasan } = await dinas()
    const res = await c.post(`${V}/pegawai/${staf.pegawai.id}/atasan-override`, {
      atasanPegawaiId: kadis.pegawai.id,
      mulai: '2020-01-01',
      alasan: 'Penugasan khusus',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      pegawaiId: staf.pegawai.id,
      atasan: { pegawaiId: kadis.pegawai.id, nip: kadis.pegawai.nip },
      selesai: null,
    })
    const now = await atasan(staf.pegawai.id)
    expect(now).toMatchObject({
      tanggal: hariIni(),
      alasan: 'OVERRIDE',
      penilai: { pegawaiId: kadis.pegawai.id, sumber: 'override' },
    })
    expect(now.overrides).toHaveLength(1)

    const del = await c.delete(`${V}/atasan-override/${res.json().id}`)
    expect(del.json()).toEqual({ id: res.json().id, tindakan: 'diakhiri', selesai: addDays(hariIni(), -1) })
    expect((await atasan(staf.pegawai.id)).penilai).toMatchObject({
      pegawaiId: kabid.pegawai.id,
      sumber: 'pohon',
    })
    expect((await atasan(staf.pegawai.id, '2024-01-01')).penilai.pegawaiId).toBe(kadis.pegawai.id)
    expect((await c.delete(`${V}/atasan-override/${res.json().id}`)).statusCode).toBe(409)
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, res.json().id))
    expect(audit.map((a) => a.aksi).sort()).toEqual(['akhiri', 'buat'])
  })

  it('deletes an override that has not started yet', async () => {
    const { kadis, staf, c } = await dinas()
    const res = await c.post(`${V}/pegawai/${staf.pegawai.id}/atasan-override`, {
      atasanPegawaiId: kadis.pegawai.id,
      mulai: '2099-01-01',
      alasan: 'Rencana reorganisasi',
    })
    const del = await c.delete(`${V}/atasan-override/${res.json().id}`)
    expect(del.json()).toMatchObject({ tindakan: 'dihapus', selesai: null })
    expect(
      await t.database.db.select().from(atasanOverride).where(eq(atasanOverride.id, res.json().id)),
    ).toHaveLength(0)
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, res.json().id))
    expect(audit.map((a) => a.aksi).sort()).toEqual(['buat', 'hapus'])
  })

  it('refuses oneself, a pegawai of another instansi and an overlapping override (400, nothing written)', async () => {
    const { kadis, staf, c } = await dinas()
    const url = `${V}/pegawai/${staf.pegawai.id}/atasan-override`
    const lain = await dinas()
    const self = await c.post(url, {
      atasanPegawaiId: staf.pegawai.id,
      mulai: '2025-01-01',
      alasan: 'Alasan panjang',
    })
    expect(self.json()).toMatchObject({ code: 'ATASAN.TIDAK_VALID', errors: [{ path: 'atasanPegawaiId' }] })
    const asing = await c.post(url, {
      atasanPegawaiId: lain.kadis.pegawai.id,
      mulai: '2025-01-01',
      alasan: 'Alasan panjang',
    })
    expect(asing.json()).toMatchObject({ code: 'ATASAN.TIDAK_VALID', errors: [{ path: 'atasanPegawaiId' }] })
    const bad = await c.post(url, {
      atasanPegawaiId: kadis.pegawai.id,
      mulai: '2025-02-01',
      selesai: '2025-01-01',
      alasan: 'x',
    })
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['alasan', 'selesai'])
    expect(
      await t.database.db.select().from(atasanOverride).where(eq(atasanOverride.pegawaiId, staf.pegawai.id)),
    ).toHaveLength(0)
    await c.post(url, {
      atasanPegawaiId: kadis.pegawai.id,
      mulai: '2025-01-01',
      selesai: '2025-12-31',
      alasan: 'Alasan panjang',
    })
    const overlap = await c.post(url, {
      atasanPegawaiId: kadis.pegawai.id,
      mulai: '2025-06-01',
      alasan: 'Alasan panjang',
    })
    expect(overlap.json()).toMatchObject({
      code: 'ATASAN.OVERRIDE_TUMPANG_TINDIH',
      errors: [{ path: 'mulai' }],
    })
  })
})

describe('cariPenilai (server-side helper for SKP snapshots)', () => {
  it('returns the enriched penilai and atasan penilai', async () => {
    const { inst, kadis, kabid, staf } = await dinas()
    const info = await cariPenilai(t.database.db, inst.id, staf.pegawai.id, '2025-01-01')
    expect(info.penilai).toMatchObject({
      nip: kabid.pegawai.nip,
      jabatan: 'Kepala Unit',
      unor: 'Bidang SD',
      golongan: 'III/a',
    })
    expect(info.atasanPenilai).toMatchObject({ nip: kadis.pegawai.nip, unor: 'Dinas Pendidikan' })
  })

  it('loads only the unit chain and its heads, however large the instansi', async () => {
    const { inst, d, s, stafSeksi } = await dinas()
    // 40 sibling units with 25 staff and a head each: none of it may be loaded for a pegawai in Seksi
    const units = await t.database.db
      .insert(unor)
      .values(
        Array.from({ length: 40 }, (_, i) => ({ instansiId: inst.id, parentId: d.id, nama: `Bidang ${i}` })),
      )
      .returning()
    const [j] = await t.database.db
      .insert(jabatan)
      .values({ instansiId: inst.id, nama: 'Pelaksana', jenis: 'pelaksana' })
      .returning()
    const orang = await t.database.db
      .insert(pegawai)
      .values(
        Array.from({ length: 1000 }, (_, i) => ({
          instansiId: inst.id,
          nip: `${inst.kode}-${i}`,
          nama: `P${i}`,
          jenisKelamin: 'L' as const,
          tanggalLahir: '1980-01-01',
          jenisAsn: 'pns' as const,
        })),
      )
      .returning()
    await t.database.db.insert(penugasan).values(
      orang.map((p, i) => ({
        instansiId: inst.id,
        pegawaiId: p.id,
        unorId: units[i % 40].id,
        jabatanId: j.id,
        isKepala: i < 40,
        mulai: '2020-01-01',
      })),
    )
    const data = await muatDataAtasan(t.database.db, inst.id, [stafSeksi.pegawai.id], '2025-01-01')
    expect(data.units.map((u) => u.id).sort()).toEqual([d.id, s.id, s.parentId].sort())
    // own assignment + the heads of Bidang and Dinas (Seksi's head is vacant)
    expect(data.penugasan).toHaveLength(3)
    expect(data.overrides).toEqual([])
  })
})

describe('the first ring under the non-ASN top leader (issue 6 item 4)', () => {
  it('Kadis (top of this tree) is assessed by the Bupati; Kabid has the Bupati as atasan penilai, named', async () => {
    const { kadis, kabid, staf, atasan } = await dinas()
    const top = await atasan(kadis.pegawai.id, '2025-05-05')
    expect(top).toMatchObject({
      alasan: 'PIMPINAN_TERTINGGI',
      penilai: null,
      penilaiNonAsn: { nama: 'H. Bupati Contoh', jabatan: 'Bupati Contoh' },
      atasanPenilaiNonAsn: null,
    })
    const head = await atasan(kabid.pegawai.id, '2025-05-05')
    expect(head).toMatchObject({
      penilai: { pegawaiId: kadis.pegawai.id },
      atasanPenilai: null,
      penilaiNonAsn: null,
      atasanPenilaiNonAsn: { nama: 'H. Bupati Contoh', jabatan: 'Bupati Contoh' },
    })
    const staff = await atasan(staf.pegawai.id, '2025-05-05')
    expect(staff).toMatchObject({ atasanPenilai: { pegawaiId: kadis.pegawai.id }, atasanPenilaiNonAsn: null })
  })

  it('several heads directly under a headless root all get the non-ASN official, never "vacant"', async () => {
    const inst = await buatInstansi(t.database, {
      pejabatNonAsnNama: 'Menteri Contoh',
      pejabatNonAsnJabatan: 'Menteri',
    })
    const kementerian = await buatUnor(t.database, { instansiId: inst.id, nama: 'Kementerian' })
    const kepala = async (nama: string) => {
      const u = await buatUnor(t.database, { instansiId: inst.id, parentId: kementerian.id, nama })
      return buatPegawai(t.database, { instansiId: inst.id, unorId: u.id, isKepala: true, nama })
    }
    for (const p of [await kepala('Sekjen'), await kepala('Dirjen'), await kepala('Irjen')]) {
      const info = await cariPenilai(t.database.db, inst.id, p.pegawai.id, hariIni())
      expect(info.alasan).toBe('PIMPINAN_TERTINGGI')
      expect(info.penilaiNonAsn).toEqual({ nama: 'Menteri Contoh', jabatan: 'Menteri' })
    }
  })
})
