import { eq } from 'drizzle-orm'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, iki, rhk, skp, unor } from '../src/db/schema/index.ts'
import { varianJabatan } from '../src/shared/skp.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

/**
 * Issue 6: pendekatan kualitatif is more than a label (an IKI is an ukuran keberhasilan with a target in
 * words, no aspek, no number), and the SKP form follows the position (JPT and pimpinan unit kerja mandiri
 * get the JPT form). DOMAIN §2 and §6.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const paths = (res: { json(): { errors?: { path: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.path).sort()

async function teksPdf(pdf: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text.replace(/\u200B/g, '').replace(/\s+/g, ' ')
}

/** A tree with the top leader's and the kepala's SKP approved, and a draft for the staff in `pendekatan`. */
async function siap(pendekatan: 'kuantitatif' | 'kualitatif') {
  const p = await buatPohon(t.database)
  const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null] })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [top.rhk[0].id] })
  const staf = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [], pendekatan })
  return { p, top, kepala, staf, c: client(t.app, await masuk(t.app, p.staf.akun)) }
}

const teks501 = 'x'.repeat(501)

describe('the IKI shape follows the pendekatan (table-driven)', () => {
  const kasus: {
    nama: string
    pendekatan: 'kuantitatif' | 'kualitatif'
    iki: Record<string, unknown>
    status: number
    galat?: string[]
    label?: string
  }[] = [
    {
      nama: 'kualitatif: ukuran keberhasilan + target in words',
      pendekatan: 'kualitatif',
      iki: { indikator: 'Kebijakan diterima unit pengguna', targetTeks: 'Disetujui tanpa revisi' },
      status: 201,
      label: 'Disetujui tanpa revisi',
    },
    {
      nama: 'kualitatif: with an optional unit',
      pendekatan: 'kualitatif',
      iki: { indikator: 'Laporan tersusun', targetTeks: 'Tepat waktu dan lengkap', satuan: 'Laporan' },
      status: 201,
      label: 'Tepat waktu dan lengkap (Laporan)',
    },
    {
      nama: 'kualitatif: the target in words is required',
      pendekatan: 'kualitatif',
      iki: { indikator: 'Laporan tersusun' },
      status: 400,
      galat: ['iki.0.targetTeks'],
    },
    {
      nama: 'kualitatif: an aspek is refused',
      pendekatan: 'kualitatif',
      iki: { aspek: 'kualitas', indikator: 'Laporan tersusun', targetTeks: 'Lengkap' },
      status: 400,
      galat: ['iki.0.aspek'],
    },
    {
      nama: 'kualitatif: a number is refused (min and max)',
      pendekatan: 'kualitatif',
      iki: { indikator: 'Laporan', targetTeks: 'Lengkap', targetMin: 1, targetMax: 2, satuan: 'Dok' },
      status: 400,
      galat: ['iki.0.targetMax', 'iki.0.targetMin'],
    },
    {
      nama: 'kualitatif: an empty target in words (zod)',
      pendekatan: 'kualitatif',
      iki: { indikator: 'Laporan', targetTeks: '   ' },
      status: 400,
      galat: ['iki.0.targetTeks'],
    },
    {
      nama: 'kualitatif: a target in words too long',
      pendekatan: 'kualitatif',
      iki: { indikator: 'Laporan', targetTeks: teks501 },
      status: 400,
      galat: ['iki.0.targetTeks'],
    },
    {
      nama: 'kualitatif: a target in words of the wrong type',
      pendekatan: 'kualitatif',
      iki: { indikator: 'Laporan', targetTeks: 12 },
      status: 400,
      galat: ['iki.0.targetTeks'],
    },
    {
      nama: 'kuantitatif: aspek + number + unit as before',
      pendekatan: 'kuantitatif',
      iki: { aspek: 'waktu', indikator: 'Tepat waktu', targetMin: 10, targetMax: 12, satuan: 'Bulan' },
      status: 201,
      label: '10–12 Bulan',
    },
    {
      nama: 'kuantitatif: a target in words is refused',
      pendekatan: 'kuantitatif',
      iki: { aspek: 'kuantitas', indikator: 'Laporan', targetMin: 4, satuan: 'Dok', targetTeks: 'Empat' },
      status: 400,
      galat: ['iki.0.targetTeks'],
    },
    {
      nama: 'kuantitatif: aspek, number and unit are required',
      pendekatan: 'kuantitatif',
      iki: { indikator: 'Laporan', targetTeks: 'Empat laporan' },
      status: 400,
      galat: ['iki.0.aspek', 'iki.0.satuan', 'iki.0.targetMin', 'iki.0.targetTeks'],
    },
    {
      nama: 'kuantitatif: a negative target (zod)',
      pendekatan: 'kuantitatif',
      iki: { aspek: 'kuantitas', indikator: 'Laporan', targetMin: -1, satuan: 'Dok' },
      status: 400,
      galat: ['iki.0.targetMin'],
    },
  ]
  const pohon: Partial<Record<'kuantitatif' | 'kualitatif', Awaited<ReturnType<typeof siap>>>> = {}
  beforeAll(async () => {
    pohon.kuantitatif = await siap('kuantitatif')
    pohon.kualitatif = await siap('kualitatif')
  })

  it.each(kasus)('$nama → $status', async (k) => {
    const { kepala, staf, c } = pohon[k.pendekatan]!
    const res = await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(kepala.rhk[0].id, { iki: [k.iki] }))
    expect(res.statusCode, res.body).toBe(k.status)
    if (k.status === 400) {
      expect(paths(res)).toEqual(k.galat)
      return
    }
    const baru = res.json().rhk.at(-1)
    expect(baru.iki[0].targetLabel).toBe(k.label)
    if (k.pendekatan === 'kualitatif') {
      expect(baru.iki[0]).toMatchObject({
        aspek: null,
        targetMin: null,
        targetMax: null,
        targetTeks: k.iki.targetTeks,
      })
    }
  })
})

describe('a kualitatif SKP is written, submitted, approved and printed', () => {
  it('the atasan approves it; the PDF has the kualitatif layout without an aspek column', async () => {
    const { p, kepala, staf, c } = await siap('kualitatif')
    const sekarang = staf.skp
    const tulis = await c.post(
      `/api/v1/skp/${sekarang.id}/rhk`,
      rhkBody(kepala.rhk[0].id, {
        penugasanDari: 'Kepala Bidang',
        iki: [
          {
            indikator: 'Rancangan kebijakan layanan diterima unit pengguna',
            targetTeks: 'Disahkan pimpinan tanpa revisi substansi',
          },
        ],
      }),
    )
    expect(tulis.statusCode, tulis.body).toBe(201)
    const ajukan = await c.post(`/api/v1/skp/${sekarang.id}/ajukan`, { versi: tulis.json().versi })
    expect(ajukan.statusCode, ajukan.body).toBe(200)
    const atasan = client(t.app, await masuk(t.app, p.kepala.akun))
    const setujui = await atasan.post(`/api/v1/skp/${sekarang.id}/setujui`, {})
    expect(setujui.statusCode, setujui.body).toBe(200)
    expect(setujui.json()).toMatchObject({ status: 'disetujui', pendekatan: 'kualitatif' })

    const pdf = await c.get(`/api/v1/skp/${sekarang.id}/pdf`)
    expect(pdf.statusCode).toBe(200)
    const isi = await teksPdf(pdf.rawPayload)
    expect(isi).toContain('PENDEKATAN HASIL KERJA KUALITATIF')
    expect(isi).toContain('UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU')
    expect(isi).toContain('Disahkan pimpinan tanpa revisi substansi')
    expect(isi).toContain('(Penugasan dari Kepala Bidang)')
    expect(isi).not.toContain('ASPEK')
  })

  it('refuses to submit a kualitatif SKP whose stored IKI still have an aspek and a number', async () => {
    const { p } = await siap('kuantitatif')
    // the pendekatan changed after the IKI were written (existing data): submission names every IKI
    const staf2 = await buatSkp(t.database, p.kepala, { tahun: Y + 1, intervensi: [null] })
    await t.database.db.update(skp).set({ pendekatan: 'kualitatif' }).where(eq(skp.id, staf2.skp.id))
    const c = client(t.app, await masuk(t.app, p.kepala.akun))
    const res = await c.post(`/api/v1/skp/${staf2.skp.id}/ajukan`, {})
    expect(res.statusCode).toBe(400)
    expect(paths(res)).toEqual(
      expect.arrayContaining([
        'rhk.0.iki.0.aspek',
        'rhk.0.iki.0.targetMin',
        'rhk.0.iki.0.targetTeks',
        'rhk.0.iki.1.targetMax',
      ]),
    )
  })

  it('the database keeps every IKI in one of the two shapes', async () => {
    const { staf } = await siap('kualitatif')
    const [r] = await t.database.db.select().from(rhk).where(eq(rhk.skpId, staf.skp.id))
    const rhkId =
      r?.id ??
      (
        await t.database.db
          .insert(rhk)
          .values({ instansiId: staf.skp.instansiId, skpId: staf.skp.id, jenis: 'utama', deskripsi: 'X' })
          .returning()
      )[0].id
    await expect(
      t.database.db.insert(iki).values({
        instansiId: staf.skp.instansiId,
        rhkId,
        indikator: 'Campuran',
        aspek: 'kualitas',
        targetTeks: 'Baik',
      }),
    ).rejects.toThrow()
  })

  it("another instansi's pegawai cannot write an IKI into the SKP (404)", async () => {
    const { kepala, staf } = await siap('kualitatif')
    const lain = await buatPohon(t.database)
    const asing = client(t.app, await masuk(t.app, lain.staf.akun))
    const res = await asing.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, { iki: [{ indikator: 'X', targetTeks: 'Y' }] }),
    )
    expect(res.statusCode).toBe(404)
  })
})

describe('the SKP form follows the position', () => {
  it.each([
    { jenisJabatan: 'jpt_utama', isKepala: true, unorMandiri: false, varian: 'jpt' },
    { jenisJabatan: 'jpt_madya', isKepala: false, unorMandiri: false, varian: 'jpt' },
    { jenisJabatan: 'jpt_pratama', isKepala: true, unorMandiri: false, varian: 'jpt' },
    { jenisJabatan: 'administrator', isKepala: true, unorMandiri: true, varian: 'jpt' },
    { jenisJabatan: 'pengawas', isKepala: true, unorMandiri: true, varian: 'jpt' },
    { jenisJabatan: 'fungsional', isKepala: true, unorMandiri: true, varian: 'jpt' },
    { jenisJabatan: 'administrator', isKepala: true, unorMandiri: false, varian: 'administrasi_fungsional' },
    { jenisJabatan: 'administrator', isKepala: false, unorMandiri: true, varian: 'administrasi_fungsional' },
    { jenisJabatan: 'pelaksana', isKepala: true, unorMandiri: true, varian: 'administrasi_fungsional' },
    { jenisJabatan: 'pelaksana', isKepala: false, unorMandiri: false, varian: 'administrasi_fungsional' },
    { jenisJabatan: 'fungsional', isKepala: false, unorMandiri: true, varian: 'administrasi_fungsional' },
  ])('$jenisJabatan, kepala $isKepala, unit mandiri $unorMandiri → $varian', (k) => {
    expect(varianJabatan(k)).toBe(k.varian)
  })

  it('POST /skp derives the form: JPT for a JPT, for the head of a unit kerja mandiri; never a choice', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const ubah = await admin.patch(`/api/v1/unor/${p.bidang.id}`, { mandiri: true })
    expect(ubah.statusCode, ubah.body).toBe(200)
    expect(ubah.json().mandiri).toBe(true)
    // audited like any change of the unit
    const jejak = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, p.bidang.id))
    expect(jejak.some((a) => (a.sesudah as { mandiri?: boolean } | null)?.mandiri === true)).toBe(true)
    // a new unit may be created as mandiri; by default it is not
    const baru = await admin.post('/api/v1/unor', { parentId: p.akar.id, nama: 'UPT Uji', mandiri: true })
    expect(baru.statusCode, baru.body).toBe(201)
    expect(baru.json().mandiri).toBe(true)
    const biasa = await admin.post('/api/v1/unor', { parentId: p.akar.id, nama: 'Bagian Uji' })
    expect(biasa.json().mandiri).toBe(false)

    const buat = async (akun: { username: string }) =>
      (
        await client(t.app, await masuk(t.app, akun)).post('/api/v1/skp', {
          tahun: Y,
          pendekatan: 'kualitatif',
          // an old client's choice is ignored: the position decides
          varian: 'administrasi_fungsional',
        })
      ).json()
    expect(await buat(p.top.akun)).toMatchObject({ varian: 'jpt', pendekatan: 'kualitatif' })
    expect(await buat(p.kepala.akun)).toMatchObject({ varian: 'jpt' })
    // a pelaksana in the same unit kerja mandiri is never offered the JPT form
    expect(await buat(p.staf.akun)).toMatchObject({ varian: 'administrasi_fungsional' })
  })

  it("copying last year's SKP derives this year's form from the position", async () => {
    const p = await buatPohon(t.database, { tahun: [Y - 1, Y] })
    const lalu = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y - 1, intervensi: [null] })
    expect(lalu.skp.varian).toBe('administrasi_fungsional')
    await t.database.db.update(unor).set({ mandiri: true }).where(eq(unor.id, p.bidang.id))
    const c = client(t.app, await masuk(t.app, p.kepala.akun))
    const res = await c.post('/api/v1/skp/salin', { dariSkpId: lalu.skp.id, tahun: Y })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().skp).toMatchObject({ varian: 'jpt', pendekatan: 'kuantitatif' })
  })

  it('copying a kualitatif SKP keeps its IKI in words; a perspektif goes when the new form is not JPT', async () => {
    const p = await buatPohon(t.database, { tahun: [Y - 1, Y] })
    await t.database.db.update(unor).set({ mandiri: true }).where(eq(unor.id, p.bidang.id))
    const lalu = await buatSkpDisetujui(t.database, p.kepala, {
      tahun: Y - 1,
      intervensi: [null],
      pendekatan: 'kualitatif',
    })
    expect(lalu.skp.varian).toBe('jpt')
    // the unit is no longer mandiri this year: the kepala's form is the other one
    await t.database.db.update(unor).set({ mandiri: false }).where(eq(unor.id, p.bidang.id))
    const c = client(t.app, await masuk(t.app, p.kepala.akun))
    const res = await c.post('/api/v1/skp/salin', { dariSkpId: lalu.skp.id, tahun: Y })
    expect(res.statusCode, res.body).toBe(201)
    const v = res.json().skp
    expect(v).toMatchObject({ varian: 'administrasi_fungsional', pendekatan: 'kualitatif' })
    expect(v.rhk[0].perspektif).toBeNull()
    expect(v.rhk[0].iki.map((i: { targetTeks: string }) => i.targetTeks)).toEqual([
      'Disetujui pimpinan tanpa revisi substansi',
      'Seluruh permohonan diselesaikan sesuai standar pelayanan',
    ])
    expect(v.rhk[0].iki[1]).toMatchObject({ aspek: null, targetMin: null, satuan: 'Layanan' })
  })

  it('an SKP JPT cannot be submitted while an RHK has no perspektif', async () => {
    const p = await buatPohon(t.database)
    const top = await buatSkp(t.database, p.top, { tahun: Y, intervensi: [null, null] })
    expect(top.skp.varian).toBe('jpt')
    await t.database.db.update(rhk).set({ perspektif: null }).where(eq(rhk.id, top.rhk[1].id))
    const c = client(t.app, await masuk(t.app, p.top.akun))
    const res = await c.post(`/api/v1/skp/${top.skp.id}/ajukan`, {})
    expect(res.statusCode).toBe(400)
    expect(paths(res)).toEqual(['rhk.1.perspektif'])
  })

  it('the unit kerja mandiri flag: bad input 400, another instansi 404', async () => {
    const p = await buatPohon(t.database)
    const lain = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, p.admin))
    const salah = await admin.patch(`/api/v1/unor/${p.bidang.id}`, { mandiri: 'ya' })
    expect(salah.statusCode).toBe(400)
    expect(paths(salah)).toEqual(['mandiri'])
    const asing = await admin.patch(`/api/v1/unor/${lain.bidang.id}`, { mandiri: true })
    expect(asing.statusCode).toBe(404)
    const [u] = await t.database.db.select().from(unor).where(eq(unor.id, lain.bidang.id))
    expect(u.mandiri).toBe(false)
  })
})
