import { and, eq, sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { evaluasi, iki, pegawai, penugasan, realisasi, rhk, skp } from '../src/db/schema/index.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'
import { buatUnor } from './helpers/factories.ts'

/**
 * GET /penilaian/bawahan (the penilai's list) is set-based: the number of statements does not grow with the
 * number of subordinates, and a mixed list (evaluated, draft, not evaluated, exempt, unit head, delegated,
 * penilai gone) answers what each row should.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2046
const V = '/api/v1'
const DAFTAR = `${V}/penilaian/bawahan?tahun=${Y}&periode=TW2`

/** A realisasi on the SKP's first Utama IKI in TW2 (3 of an annual 12: capaian under 80 % → Di Bawah). */
async function isiRealisasi(skpId: string, instansiId: string, nilai = 3) {
  const [{ ikiId }] = await t.database.db
    .select({ ikiId: iki.id })
    .from(iki)
    .innerJoin(rhk, eq(rhk.id, iki.rhkId))
    .where(and(eq(rhk.skpId, skpId), eq(rhk.jenis, 'utama'), eq(iki.urutan, 0)))
  await t.database.db.insert(realisasi).values({ instansiId, skpId, ikiId, periode: 'TW2', nilai })
}

/** Statements sent to the database while `f` runs (the client behind Drizzle and raw SQL alike). */
async function hitungStatement(f: () => Promise<unknown>) {
  const c = (t.database.db as unknown as { $client: { query: (...a: unknown[]) => Promise<unknown> } })
    .$client
  const asli = c.query
  let n = 0
  c.query = function (this: unknown, ...a: unknown[]) {
    n += 1
    return asli.apply(this, a)
  }
  try {
    await f()
  } finally {
    c.query = asli
  }
  return n
}

/** A head with `n` staff: a third evaluated (final), a third with a draft, a third not yet; all with realisasi. */
async function kepalaDenganStaf(n: number) {
  aturJam(`${Y}-12-15T02:00:00.000Z`)
  const p = await buatPohon(t.database)
  for (let i = 0; i < n; i++) {
    const o = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: `Staf ${i}`,
    })
    const { skp: s } = await buatSkpDisetujui(t.database, o, { tahun: Y })
    await isiRealisasi(s.id, p.instansi.id)
    if (i % 3 === 0) await buatEvaluasi(t.database, s.id, { periode: 'TW2', status: 'final' })
    if (i % 3 === 1) await buatEvaluasi(t.database, s.id, { periode: 'TW2', status: 'draft' })
  }
  return client(t.app, await masuk(t.app, p.kepala.akun))
}

describe('GET /penilaian/bawahan is set-based', () => {
  it('the same number of statements for 3 and for 12 subordinates', async () => {
    const kecil = await kepalaDenganStaf(3)
    const besar = await kepalaDenganStaf(12)
    const jalan = async (c: typeof kecil, n: number) => {
      let jumlah = -1
      const kali = await hitungStatement(async () => {
        const res = await c.get(DAFTAR)
        expect(res.statusCode, res.body).toBe(200)
        jumlah = res.json().items.length
      })
      expect(jumlah).toBe(n)
      return kali
    }
    await jalan(kecil, 3) // warm: the session's prepared statements, the first read of the day's snapshots
    await jalan(besar, 12)
    const a = await jalan(kecil, 3)
    const b = await jalan(besar, 12)
    expect(b).toBe(a)
    expect(a).toBeGreaterThan(5)
    expect(a).toBeLessThan(20)
  })
})

describe('a mixed list', () => {
  it('evaluated, draft, not evaluated, exempt, unit head, delegated and penilai-gone rows, in order', async () => {
    aturJam(`${Y}-12-15T02:00:00.000Z`)
    const p = await buatPohon(t.database)
    const inst = p.instansi.id
    const orang = (nama: string, unorId: string, isKepala = false) =>
      buatOrang(t.database, { instansiId: inst, unorId, nama, isKepala })
    const skpDari = async (o: Awaited<ReturnType<typeof orang>>) =>
      (await buatSkpDisetujui(t.database, o, { tahun: Y })).skp
    // staff of the kepala's own unit
    const dinilai = await skpDari(await orang('Ani Dinilai', p.bidang.id))
    await buatEvaluasi(t.database, dinilai.id, { periode: 'TW2', status: 'final' })
    await t.database.db
      .update(evaluasi)
      .set({ ratingHasilSaran: 'DI_ATAS' })
      .where(eq(evaluasi.skpId, dinilai.id))
    const draf = await skpDari(await orang('Budi Draf', p.bidang.id))
    await isiRealisasi(draf.id, inst)
    await buatEvaluasi(t.database, draf.id, { periode: 'TW2', status: 'draft' })
    const belum = await skpDari(await orang('Cici Belum', p.bidang.id))
    await isiRealisasi(belum.id, inst)
    const tanpaRealisasi = await skpDari(await orang('Dedi Kosong', p.bidang.id))
    const cltn = await orang('Eko Cltn', p.bidang.id)
    const bebas = await skpDari(cltn)
    await t.database.db
      .update(pegawai)
      .set({ status: 'cltn', statusMulai: `${Y}-04-01`, statusSelesai: `${Y}-06-30` })
      .where(eq(pegawai.id, cltn.pegawai.id))
    // a unit head below the kepala
    const seksi = await buatUnor(t.database, { instansiId: inst, parentId: p.bidang.id, nama: 'Seksi Satu' })
    const kepalaSeksi = await skpDari(await orang('Fajar Kasi', seksi.id, true))
    // with realisasi like Cici's, yet no suggestion: the leader rule sets his rating hasil kerja
    await isiRealisasi(kepalaSeksi.id, inst)
    // a unit whose head has left: his penilai (the kepala) acts; with no atasan in the snapshot, the tree
    const seksiDua = await buatUnor(t.database, {
      instansiId: inst,
      parentId: p.bidang.id,
      nama: 'Seksi Dua',
    })
    const pergi = await orang('Kasi Pergi', seksiDua.id, true)
    const ditinggal = await skpDari(await orang('Gita Ditinggal', seksiDua.id))
    const pohon = await skpDari(await orang('Hadi Pohon', seksiDua.id))
    await t.database.db
      .update(skp)
      .set({ snapshot: sql`jsonb_set(${skp.snapshot}, '{atasanPenilai}', 'null'::jsonb)` })
      .where(eq(skp.id, pohon.id))
    await t.database.db
      .update(penugasan)
      .set({ selesai: `${Y}-11-30` })
      .where(eq(penugasan.id, pergi.penugasan.id))
    // a sibling unit's head delegates his evaluations to the kepala
    const bidangDua = await buatUnor(t.database, {
      instansiId: inst,
      parentId: p.akar.id,
      nama: 'Bidang Dua',
    })
    const kepalaDua = await orang('Kepala Dua', bidangDua.id, true)
    const didelegasikan = await skpDari(await orang('Indah Delegasi', bidangDua.id))
    const top = client(t.app, await masuk(t.app, p.top.akun))
    const d = await top.post(`${V}/delegasi-penilaian`, {
      penilaiPegawaiId: kepalaDua.pegawai.id,
      penerimaPegawaiId: p.kepala.pegawai.id,
      mulai: `${Y}-12-01`,
      selesai: `${Y}-12-31`,
      alasan: 'Kepala Bidang Dua cuti',
    })
    expect(d.statusCode, d.body).toBe(201)

    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const res = await kepala.get(DAFTAR)
    expect(res.statusCode, res.body).toBe(200)
    type Item = {
      pegawai: { nama: string }
      skpId: string
      evaluasi: { status: string } | null
      [k: string]: unknown
    }
    const ringkas = (x: Item) => ({
      nama: x.pegawai.nama,
      skpId: x.skpId,
      evaluasi: x.evaluasi?.status ?? null,
      saran: x.saranRatingHasil,
      kepalaUnit: x.kepalaUnit,
      dariPo: x.hasilDariPredikatOrganisasi,
      dikecualikan: x.dikecualikan,
      sebagai: x.bertindakSebagai,
      aksi: x.aksi,
      perlu: x.perluTindakan,
    })
    const baris = (
      nama: string,
      skpId: string,
      o: Partial<ReturnType<typeof ringkas>> = {},
    ): ReturnType<typeof ringkas> => ({
      nama,
      skpId,
      evaluasi: null,
      saran: null,
      kepalaUnit: false,
      dariPo: false,
      dikecualikan: false,
      sebagai: 'penilai',
      aksi: ['buka'],
      perlu: true,
      ...o,
    })
    expect(res.json().items.map(ringkas)).toEqual([
      // waiting for the actor first, then by name
      baris('Budi Draf', draf.id, { evaluasi: 'draft', saran: 'DI_BAWAH', aksi: ['simpan', 'finalisasi'] }),
      baris('Cici Belum', belum.id, { saran: 'DI_BAWAH' }),
      baris('Dedi Kosong', tanpaRealisasi.id),
      baris('Fajar Kasi', kepalaSeksi.id, { kepalaUnit: true, dariPo: true }),
      baris('Gita Ditinggal', ditinggal.id, { sebagai: 'atasan_berikutnya' }),
      baris('Hadi Pohon', pohon.id, { sebagai: 'atasan_berikutnya' }),
      baris('Indah Delegasi', didelegasikan.id, { sebagai: 'delegasi' }),
      baris('Ani Dinilai', dinilai.id, { evaluasi: 'final', saran: 'DI_ATAS', aksi: [], perlu: false }),
      baris('Eko Cltn', bebas.id, { dikecualikan: true, aksi: [], perlu: false }),
    ])
    expect(res.json().items.find((x: Item) => x.skpId === bebas.id).alasanDikecualikan).toContain('cltn')
  })
})
