import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  iki,
  keberatan,
  pegawai,
  pengaturanTahun,
  penugasan,
  realisasi,
  rhk,
  skp,
} from '../src/db/schema/index.ts'
import { pengaturanBawaan } from '../src/domain/settings.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi, setPredikatOrganisasi } from './helpers/evaluasi-factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

/** The evaluation's rules (DOMAIN §5) through HTTP: saran and reason, leader rule, exempt, FINAL, acting penilai. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2044
const V = '/api/v1'
type Ev = { id: string; revisi: number; [k: string]: unknown }

async function susun(o: { pendekatan?: 'kualitatif'; kepalaPlt?: boolean } = {}) {
  aturJam(`${Y}-12-15T02:00:00.000Z`)
  const p = await buatPohon(t.database)
  const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
  const s = await buatSkpDisetujui(t.database, p.staf, {
    tahun: Y,
    intervensi: [atas.rhk[0].id],
    pendekatan: o.pendekatan,
  })
  const lain = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Rekan' })
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  return {
    p,
    lain,
    skpKepala: atas.skp,
    skp: s.skp,
    staf: await k(p.staf.akun),
    kepala: await k(p.kepala.akun),
    top: await k(p.top.akun),
    rekan: await k(lain.akun),
    admin: await k(p.admin),
  }
}
type W = Awaited<ReturnType<typeof susun>>

const buka = async (c: W['kepala'], skpId: string, periode: string) => {
  const res = await c.post(`${V}/skp/${skpId}/evaluasi/${periode}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Ev>()
}
const aturPengaturan = (w: W, ubah: Record<string, unknown>) =>
  t.database.db
    .update(pengaturanTahun)
    .set({ pengaturan: { ...pengaturanBawaan(Y), ...ubah } })
    .where(and(eq(pengaturanTahun.instansiId, w.p.instansi.id), eq(pengaturanTahun.tahun, Y)))

describe('suggested rating and the reason to depart from it', () => {
  it('before any Utama realisasi there is no suggestion, so no reason is asked', async () => {
    const w = await susun()
    const e = await buka(w.kepala, w.skp.id, 'TW2')
    expect(e.saranRatingHasil).toBeNull()
    const s = await w.kepala.put(`${V}/evaluasi/${e.id}`, { ratingHasil: 'SESUAI', revisi: e.revisi })
    expect(s.statusCode, s.body).toBe(200)
  })
  it('a Utama IKI without realisasi beside a reported one counts 0 %: Di Bawah; another rating needs a reason', async () => {
    const w = await susun()
    const [{ ikiId }] = await t.database.db
      .select({ ikiId: iki.id })
      .from(iki)
      .innerJoin(rhk, eq(rhk.id, iki.rhkId))
      .where(and(eq(rhk.skpId, w.skp.id), eq(rhk.jenis, 'utama'), eq(iki.urutan, 0)))
    await t.database.db.insert(realisasi).values({
      instansiId: w.p.instansi.id,
      skpId: w.skp.id,
      ikiId,
      periode: 'TW2',
      nilai: 3,
    })
    const e = await buka(w.kepala, w.skp.id, 'TW2')
    expect(e.saranRatingHasil).toBe('DI_BAWAH')
    const tanpa = await w.kepala.put(`${V}/evaluasi/${e.id}`, { ratingHasil: 'SESUAI', revisi: e.revisi })
    expect(tanpa.statusCode).toBe(400)
    expect(tanpa.json().errors[0].path).toBe('alasanRatingHasil')
    const dengan = await w.kepala.put(`${V}/evaluasi/${e.id}`, {
      ratingHasil: 'SESUAI',
      alasanRatingHasil: 'Realisasi belum diinput karena sistem daerah terganggu',
      revisi: e.revisi,
    })
    expect(dengan.statusCode, dengan.body).toBe(200)
    expect(dengan.json()).toMatchObject({ ratingHasil: 'SESUAI', sumberRatingHasil: 'penilai' })
  })
  it('a kualitatif SKP has nothing to compute: no suggestion, no reason needed', async () => {
    const w = await susun({ pendekatan: 'kualitatif' })
    const e = await buka(w.kepala, w.skp.id, 'TW2')
    expect(e.saranRatingHasil).toBeNull()
    const s = await w.kepala.put(`${V}/evaluasi/${e.id}`, { ratingHasil: 'DI_ATAS', revisi: e.revisi })
    expect(s.statusCode, s.body).toBe(200)
  })
})

describe('leader rule', () => {
  it('the unit head: rating hasil from the predikat organisasi, not editable; finalising without one → 409', async () => {
    const w = await susun()
    // the top leader rates Kepala Bidang (heads Bidang Uji, a pengawas position)
    const e = await buka(w.top, w.skpKepala.id, 'TW1')
    expect(e).toMatchObject({ aturanPimpinan: true, predikatOrganisasi: null })
    const s = await w.top.put(`${V}/evaluasi/${e.id}`, {
      ratingHasil: 'DI_ATAS',
      ratingPerilaku: 'SESUAI',
      revisi: e.revisi,
    })
    expect(s.statusCode, s.body).toBe(200)
    expect(s.json()).toMatchObject({ ratingHasil: null, sumberRatingHasil: 'predikat_organisasi' })
    const tolak = await w.top.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: s.json().revisi })
    expect(tolak.statusCode).toBe(409)
    expect(tolak.json().code).toBe('EVALUASI.PREDIKAT_ORGANISASI_BELUM')
    expect(tolak.json().message).toMatch(/satu tingkat di atas|admin/)
    await setPredikatOrganisasi(t.database, {
      instansiId: w.p.instansi.id,
      unorId: w.p.bidang.id,
      tahun: Y,
      periode: 'TW1',
      predikat: 'ISTIMEWA',
      akunId: w.p.admin.id,
    })
    const f = await w.top.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: s.json().revisi })
    expect(f.statusCode, f.body).toBe(200)
    expect(f.json()).toMatchObject({
      ratingHasil: 'DI_ATAS',
      predikat: 'BAIK',
      predikatOrganisasi: 'ISTIMEWA',
      sumberRatingHasil: 'predikat_organisasi',
    })
  })
  it('a Plt head: the penilai rates, unless the instansi counts Plt (pimpinanTermasukPlt)', async () => {
    const w = await susun()
    await t.database.db
      .update(penugasan)
      .set({ jenis: 'plt' })
      .where(eq(penugasan.id, w.p.kepala.penugasan.id))
    const e = await buka(w.top, w.skpKepala.id, 'TW1')
    expect(e.aturanPimpinan).toBe(false)
    await aturPengaturan(w, { pimpinanTermasukPlt: true })
    expect((await w.top.get(`${V}/evaluasi/${e.id}`)).json().aturanPimpinan).toBe(true)
  })
})

describe('exempt pegawai', () => {
  it('CLTN over the whole period: listed as dikecualikan, cannot be evaluated (409)', async () => {
    const w = await susun()
    await t.database.db
      .update(pegawai)
      .set({ status: 'cltn', statusMulai: `${Y}-04-01`, statusSelesai: `${Y}-06-30` })
      .where(eq(pegawai.id, w.p.staf.pegawai.id))
    const daftar = (await w.kepala.get(`${V}/penilaian/bawahan?tahun=${Y}&periode=TW2`)).json()
    expect(daftar.items).toHaveLength(1)
    expect(daftar.items[0]).toMatchObject({ dikecualikan: true, aksi: [], perluTindakan: false })
    const res = await w.kepala.post(`${V}/skp/${w.skp.id}/evaluasi/TW2`)
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('EVALUASI.DIKECUALIKAN')
    // TW1 is not covered: evaluated as usual
    expect((await w.kepala.post(`${V}/skp/${w.skp.id}/evaluasi/TW1`)).statusCode).toBe(200)
  })
  it('a period is evaluated from the first day of its last month, and the error says when', async () => {
    const w = await susun()
    aturJam(`${Y}-05-20T02:00:00.000Z`)
    const res = await w.kepala.post(`${V}/skp/${w.skp.id}/evaluasi/TW2`)
    expect(res.statusCode).toBe(409)
    expect(res.json().message).toContain(`1 Juni ${Y}`)
  })
})

describe('FINAL with several SKPs, delegation, the next superior up', () => {
  it('FINAL only on the last SKP; its penilai sees the earlier penilai’s periodic ratings', async () => {
    const w = await susun()
    // a mutasi on 1 July: the first SKP ends 30 June; the second (under the top leader) runs to December
    await t.database.db
      .update(skp)
      .set({ selesai: `${Y}-06-30` })
      .where(eq(skp.id, w.skp.id))
    const [kedua] = await t.database.db
      .insert(skp)
      .values({
        ...w.skp,
        id: undefined,
        penugasanId: w.lain.penugasan.id,
        mulai: `${Y}-07-01`,
        selesai: `${Y}-12-31`,
        penilaiPegawaiId: w.p.top.pegawai.id,
      } as typeof skp.$inferInsert)
      .returning()
    const tw1 = await buka(w.kepala, w.skp.id, 'TW1')
    await w.kepala.put(`${V}/evaluasi/${tw1.id}`, {
      ratingHasil: 'DI_BAWAH',
      ratingPerilaku: 'DI_ATAS',
      revisi: tw1.revisi,
    })
    await w.kepala.post(`${V}/evaluasi/${tw1.id}/finalisasi`, { revisi: tw1.revisi + 1 })
    const awal = await w.kepala.post(`${V}/skp/${w.skp.id}/evaluasi/FINAL`)
    expect(awal.statusCode).toBe(400)
    expect(awal.json().code).toBe('EVALUASI.FINAL_SKP_TERAKHIR')
    const fin = await buka(w.top, kedua.id, 'FINAL')
    const riwayat = fin.riwayatPeriodik as { periode: string; penilaiNama: string; predikat: string }[]
    expect(riwayat).toEqual([
      expect.objectContaining({ periode: 'TW1', penilaiNama: 'Kepala Bidang', predikat: 'BUTUH_PERBAIKAN' }),
    ])
    expect(fin.prefill).toEqual({ ratingHasil: 'DI_BAWAH', ratingPerilaku: 'DI_ATAS' })
  })

  it('a delegate acts while the delegation covers today; the snapshot records it', async () => {
    const w = await susun()
    // someone without a position today cannot be the delegate
    const tanpaJabatan = await buatOrang(t.database, {
      instansiId: w.p.instansi.id,
      unorId: w.p.bidang.id,
      nama: 'Sudah Pindah',
    })
    await t.database.db
      .update(penugasan)
      .set({ selesai: `${Y}-11-30` })
      .where(eq(penugasan.pegawaiId, tanpaJabatan.pegawai.id))
    const tolak = await w.top.post(`${V}/delegasi-penilaian`, {
      penilaiPegawaiId: w.p.kepala.pegawai.id,
      penerimaPegawaiId: tanpaJabatan.pegawai.id,
      mulai: `${Y}-12-01`,
      selesai: `${Y}-12-31`,
      alasan: 'Kepala bidang cuti',
    })
    expect(tolak.statusCode).toBe(400)
    expect(tolak.json().errors[0]).toMatchObject({ path: 'penerimaPegawaiId' })
    const d = await w.top.post(`${V}/delegasi-penilaian`, {
      penilaiPegawaiId: w.p.kepala.pegawai.id,
      penerimaPegawaiId: w.lain.pegawai.id,
      mulai: `${Y}-12-01`,
      selesai: `${Y}-12-31`,
      alasan: 'Kepala bidang cuti',
    })
    expect(d.statusCode, d.body).toBe(201)
    // the penilai cannot delegate his own evaluations (his atasan or an admin does)
    const sendiri = await w.kepala.post(`${V}/delegasi-penilaian`, {
      penilaiPegawaiId: w.p.kepala.pegawai.id,
      penerimaPegawaiId: w.lain.pegawai.id,
      mulai: `${Y}-12-01`,
      selesai: `${Y}-12-31`,
      alasan: 'Cuti',
    })
    expect(sendiri.statusCode).toBe(403)
    const daftar = (await w.rekan.get(`${V}/penilaian/bawahan?tahun=${Y}&periode=TW4`)).json()
    expect(daftar.items[0]).toMatchObject({
      bertindakSebagai: 'delegasi',
      aksi: ['buka'],
      perluTindakan: true,
    })
    expect((await w.kepala.post(`${V}/skp/${w.skp.id}/evaluasi/TW4`)).statusCode).toBe(403)
    const e = await buka(w.rekan, w.skp.id, 'TW4')
    expect(e.snapshot).toMatchObject({
      bertindakSebagai: 'delegasi',
      penilai: { nama: 'Rekan' },
      penilaiSkp: { nama: 'Kepala Bidang' },
    })
    // revoked: the penilai acts again
    const c = await w.top.post(`${V}/delegasi-penilaian/${d.json().id}/cabut`)
    expect(c.statusCode, c.body).toBe(200)
    expect(c.json()).toMatchObject({ aktif: false, aksi: { cabut: false } })
    expect((await w.kepala.get(`${V}/evaluasi/${e.id}`)).json().aksi).toEqual(['simpan', 'finalisasi'])
  })

  it('the penilai gone: the next superior up (the penilai’s own penilai) acts', async () => {
    const w = await susun()
    await t.database.db
      .update(penugasan)
      .set({ selesai: `${Y}-11-30` })
      .where(eq(penugasan.id, w.p.kepala.penugasan.id))
    const daftar = (await w.top.get(`${V}/penilaian/bawahan?tahun=${Y}&periode=TW4`)).json()
    const baris = daftar.items.find((x: { skpId: string }) => x.skpId === w.skp.id)
    expect(baris).toMatchObject({ bertindakSebagai: 'atasan_berikutnya' })
    const e = await buka(w.top, w.skp.id, 'TW4')
    expect(e.snapshot).toMatchObject({
      bertindakSebagai: 'atasan_berikutnya',
      penilai: { nama: 'Pimpinan Tertinggi' },
    })
  })
})

describe('the non-ASN official', () => {
  it('an admin instansi rates the top leader on behalf of the Bupati; the top leader cannot rate himself', async () => {
    const w = await susun()
    const top = await buatSkpDisetujui(t.database, w.p.top, { tahun: Y, intervensi: [null] })
    const daftar = (await w.admin.get(`${V}/penilaian/bawahan?tahun=${Y}&periode=TW1`)).json()
    expect(daftar.items).toEqual([
      expect.objectContaining({ skpId: top.skp.id, bertindakSebagai: 'atas_nama_non_asn', aksi: ['buka'] }),
    ])
    expect((await w.top.post(`${V}/skp/${top.skp.id}/evaluasi/TW1`)).statusCode).toBe(403)
    const e = await buka(w.admin, top.skp.id, 'TW1')
    expect(e.snapshot).toMatchObject({
      bertindakSebagai: 'atas_nama_non_asn',
      penilai: { nama: 'Bupati Contoh' },
    })
  })
})

describe('reopen and keberatan', () => {
  it('a pending keberatan blocks the reopen (409); the pegawai sees the keberatan action within the window', async () => {
    const w = await susun()
    const e = await buka(w.kepala, w.skp.id, 'TW1')
    const s = await w.kepala.put(`${V}/evaluasi/${e.id}`, {
      ratingHasil: 'DI_BAWAH',
      ratingPerilaku: 'SESUAI',
      revisi: e.revisi,
    })
    const f = (
      await w.kepala.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: s.json().revisi })
    ).json<Ev>()
    expect((await w.staf.get(`${V}/evaluasi/${e.id}`)).json().aksi).toContain('keberatan')
    expect((await w.top.get(`${V}/evaluasi/${e.id}`)).json().aksi).toEqual(['buka_kembali'])
    await t.database.db.insert(keberatan).values({
      instansiId: w.p.instansi.id,
      evaluasiId: e.id,
      pegawaiId: w.p.staf.pegawai.id,
      pemutusPegawaiId: w.p.top.pegawai.id,
      alasan: 'Capaian saya di atas target',
    })
    expect((await w.staf.get(`${V}/evaluasi/${e.id}`)).json().aksi).toEqual(['terima'])
    expect((await w.top.get(`${V}/evaluasi/${e.id}`)).json().aksi).toEqual([])
    const bk = await w.top.post(`${V}/evaluasi/${e.id}/buka-kembali`, { alasan: 'Koreksi', revisi: f.revisi })
    expect(bk.statusCode).toBe(409)
    expect(bk.json().code).toBe('EVALUASI.KEBERATAN_TERBUKA')
  })
})

describe('isolation', () => {
  it("another instansi's evaluation is invisible and unwritable (404)", async () => {
    const a = await susun()
    const b = await susun()
    const e = await buka(a.kepala, a.skp.id, 'TW1')
    const fin = await buatEvaluasi(t.database, a.skpKepala.id, { periode: 'TW1' })
    for (const c of [b.kepala, b.admin, b.staf]) {
      expect((await c.get(`${V}/evaluasi/${e.id}`)).statusCode).toBe(404)
      expect((await c.put(`${V}/evaluasi/${e.id}`, { catatan: 'x', revisi: e.revisi })).statusCode).toBe(404)
      expect(
        (await c.post(`${V}/evaluasi/${fin.id}/buka-kembali`, { alasan: 'x', revisi: 1 })).statusCode,
      ).toBe(404)
      expect((await c.post(`${V}/skp/${a.skp.id}/evaluasi/TW2`)).statusCode).toBe(404)
      expect((await c.get(`${V}/skp/${a.skp.id}/evaluasi`)).statusCode).toBe(404)
    }
    expect((await b.kepala.get(`${V}/penilaian/bawahan?tahun=${Y}&periode=TW1`)).json().items).toEqual([
      expect.objectContaining({ skpId: b.skp.id }),
    ])
    // a factory row (the SKP's snapshot) still reads with the evaluation shape
    expect((await a.top.get(`${V}/evaluasi/${fin.id}`)).statusCode).toBe(200)
  })
})
