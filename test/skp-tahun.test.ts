import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, jabatan, pengaturanTahun, penugasan, skp } from '../src/db/schema/index.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

/**
 * Issue 6 item 8: deadlines do something. A year without settings works with the defaults; a closed year
 * refuses every SKP write (409) until an admin reopens it with a reason; late SKPs are flagged on every
 * list row and the SKP view, against the server's clock; SKP Bawahan puts what needs action first.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2027
const V = '/api/v1'
const DITUTUP = 'PENGATURAN.TAHUN_DITUTUP'

const auditTahun = (instansiId: string, aksi: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.instansiId, instansiId), eq(auditLog.aksi, aksi)))

describe('a year nobody opened', () => {
  it('lets a pegawai start an SKP with the defaults; the settings row is created and audited as defaults', async () => {
    aturJam(`${Y}-01-10T03:00:00Z`)
    const p = await buatPohon(t.database)
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.post(`${V}/skp`, { tahun: Y, pendekatan: 'kuantitatif' })
    expect(res.statusCode).toBe(201)
    const [row] = await t.database.db
      .select()
      .from(pengaturanTahun)
      .where(and(eq(pengaturanTahun.instansiId, p.instansi.id), eq(pengaturanTahun.tahun, Y)))
    expect(row).toMatchObject({ status: 'dibuka', pengaturan: { batasSkp: `${Y}-01-31` } })
    const audit = await auditTahun(p.instansi.id, 'buka_tahun')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      entitas: 'pengaturan_tahun',
      entitasId: row.id,
      sesudah: { bawaan: true },
    })
    // a second SKP of the year (another pegawai) finds the row: no second audit
    const k = client(t.app, await masuk(t.app, p.kepala.akun))
    expect((await k.post(`${V}/skp`, { tahun: Y, pendekatan: 'kuantitatif' })).statusCode).toBe(201)
    expect(await auditTahun(p.instansi.id, 'buka_tahun')).toHaveLength(1)
    const admin = client(t.app, await masuk(t.app, p.admin))
    expect((await admin.get(`${V}/pengaturan/${Y}`)).json()).toMatchObject({ dibuka: true, status: 'dibuka' })
  })
})

describe('closing a year', () => {
  it('refuses every kind of SKP write with 409 and offers no write in the view; reopening needs an admin and a reason', async () => {
    aturJam(`${Y}-01-15T03:00:00Z`)
    const p = await buatPohon(t.database, { tahun: [Y] })
    const atas = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null] })
    const kepalaSkp = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [atas.rhk[0].id] })
    const draft = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [kepalaSkp.rhk[0].id] })
    const dua = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Dua',
    })
    const diajukan = await buatSkp(t.database, dua, { tahun: Y, status: 'diajukan' })
    const tiga = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Tiga',
    })

    const admin = client(t.app, await masuk(t.app, p.admin))
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const ketiga = client(t.app, await masuk(t.app, tiga.akun))

    // a team formed while the year is open
    const tim = await kepala.post(`${V}/tim-kerja`, {
      tahun: Y,
      nama: 'Tim Data',
      ketuaPegawaiId: dua.pegawai.id,
      anggota: [{ pegawaiId: tiga.pegawai.id }],
    })
    expect(tim.statusCode).toBe(201)
    const timId = tim.json().id as string

    // only an admin closes
    expect((await kepala.post(`${V}/pengaturan/${Y}/tutup`, {})).statusCode).toBe(403)
    const tutup = await admin.post(`${V}/pengaturan/${Y}/tutup`, {})
    expect(tutup.statusCode).toBe(200)
    expect(tutup.json()).toMatchObject({ status: 'ditutup', dibuka: true })
    expect((await admin.post(`${V}/pengaturan/${Y}/tutup`, {})).json().code).toBe('PENGATURAN.SUDAH_DITUTUP')
    expect((await auditTahun(p.instansi.id, 'tutup_tahun'))[0]).toMatchObject({
      sebelum: { status: 'dibuka' },
      sesudah: { status: 'ditutup' },
    })

    const s = draft.skp
    const writes: [string, () => Promise<{ statusCode: number; json(): { code: string } }>][] = [
      ['create', () => ketiga.post(`${V}/skp`, { tahun: Y, pendekatan: 'kuantitatif' })],
      ['edit', () => staf.patch(`${V}/skp/${s.id}`, { versi: s.versi, pendekatan: 'kualitatif' })],
      ['add RHK', () => staf.post(`${V}/skp/${s.id}/rhk`, rhkBody(kepalaSkp.rhk[0].id))],
      ['edit RHK', () => staf.patch(`${V}/rhk/${draft.rhk[0].id}`, rhkBody(kepalaSkp.rhk[0].id))],
      ['delete RHK', () => staf.delete(`${V}/rhk/${draft.rhk[0].id}`)],
      ['order RHK', () => staf.post(`${V}/skp/${s.id}/rhk/urutan`, { ids: [draft.rhk[0].id] })],
      ['submit', () => staf.post(`${V}/skp/${s.id}/ajukan`, {})],
      ['approve', () => kepala.post(`${V}/skp/${diajukan.skp.id}/setujui`, {})],
      ['return', () => kepala.post(`${V}/skp/${diajukan.skp.id}/kembalikan`, { catatan: 'Perbaiki target' })],
      [
        'expectation',
        () =>
          kepala.put(`${V}/skp/${diajukan.skp.id}/perilaku/BERORIENTASI_PELAYANAN`, { ekspektasi: 'Ramah' }),
      ],
      [
        'reopen SKP',
        () => kepala.post(`${V}/skp/${kepalaSkp.skp.id}/buka`, { alasan: 'Perlu revisi target' }),
      ],
      [
        'matrix cell',
        () =>
          kepala.post(`${V}/matriks-peran-hasil`, {
            rhkAtasanId: kepalaSkp.rhk[0].id,
            pegawaiId: tiga.pegawai.id,
            peran: 'Penyusun',
            hasil: 'Laporan bulanan',
          }),
      ],
      ['settings', () => admin.put(`${V}/pengaturan/${Y}`, { pengaturan: { hariKunciRealisasi: 7 } })],
      [
        'form a team',
        () =>
          kepala.post(`${V}/tim-kerja`, {
            tahun: Y,
            nama: 'Tim Baru',
            ketuaPegawaiId: dua.pegawai.id,
            anggota: [],
          }),
      ],
      ['edit a team', () => kepala.patch(`${V}/tim-kerja/${timId}`, { nama: 'Tim Data Baru' })],
      [
        'add a member',
        () => kepala.post(`${V}/tim-kerja/${timId}/anggota`, { pegawaiId: p.staf.pegawai.id }),
      ],
      ['remove a member', () => kepala.delete(`${V}/tim-kerja/${timId}/anggota/${tiga.pegawai.id}`)],
    ]
    for (const [nama, req] of writes) {
      const res = await req()
      expect([nama, res.statusCode, res.json().code]).toEqual([nama, 409, DITUTUP])
    }
    expect((await staf.post(`${V}/skp/${s.id}/ajukan`, {})).json().message).toMatch(/ditutup/)

    // the Beranda says the year is closed instead of asking to complete and submit
    expect((await staf.get(`${V}/beranda?tahun=${Y}`)).json().pegawai.langkah).toBe('tahun_ditutup')
    // the SKP stays readable; nothing but the download is offered
    const view = (await staf.get(`${V}/skp/${s.id}`)).json()
    expect(view.tahunDitutup).toBe(true)
    expect(Object.entries(view.aksi).filter(([, v]) => v)).toEqual([['unduh', true]])
    expect((await staf.get(`${V}/skp?tahun=${Y}`)).statusCode).toBe(200)
    const [tetap] = await t.database.db.select().from(skp).where(eq(skp.id, s.id))
    expect(tetap.versi).toBe(s.versi)

    // reopening: an admin, with a reason
    expect(
      (await kepala.post(`${V}/pengaturan/${Y}/buka-kembali`, { alasan: 'Koreksi data' })).statusCode,
    ).toBe(403)
    const tanpa = await admin.post(`${V}/pengaturan/${Y}/buka-kembali`, {})
    expect(tanpa.statusCode).toBe(400)
    expect(tanpa.json().errors.map((e: { path: string }) => e.path)).toEqual(['alasan'])
    expect((await admin.post(`${V}/pengaturan/${Y}/buka-kembali`, { alasan: '  ' })).statusCode).toBe(400)
    const buka = await admin.post(`${V}/pengaturan/${Y}/buka-kembali`, { alasan: 'Koreksi data SKP mutasi' })
    expect(buka.statusCode).toBe(200)
    expect(buka.json().status).toBe('dibuka')
    expect((await auditTahun(p.instansi.id, 'buka_kembali_tahun'))[0]).toMatchObject({
      sesudah: { status: 'dibuka', alasan: 'Koreksi data SKP mutasi' },
    })
    expect(
      (await admin.post(`${V}/pengaturan/${Y}/buka-kembali`, { alasan: 'Sekali lagi' })).json().code,
    ).toBe('PENGATURAN.TIDAK_DITUTUP')
    expect((await staf.post(`${V}/skp/${s.id}/ajukan`, {})).statusCode).toBe(200)
    expect((await staf.get(`${V}/skp/${s.id}`)).json().tahunDitutup).toBe(false)
  })

  it('answers bad input with field errors, a year not opened with 404, another instansi with 404', async () => {
    const p = await buatPohon(t.database)
    const lain = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const tahunSalah = await admin.post(`${V}/pengaturan/abc/tutup`, {})
    expect(tahunSalah.statusCode).toBe(400)
    expect(tahunSalah.json().errors[0].path).toBe('tahun')
    expect((await admin.post(`${V}/pengaturan/${Y}/tutup`, { instansiId: 'x' })).statusCode).toBe(400)
    expect(
      (await admin.post(`${V}/pengaturan/${Y}/buka-kembali`, { alasan: 'x'.repeat(1001) })).statusCode,
    ).toBe(400)
    expect((await admin.post(`${V}/pengaturan/${Y}/tutup`, {})).statusCode).toBe(404)
    // the other instansi's year is open, but not for this admin
    expect(
      (await admin.post(`${V}/pengaturan/${Y}/tutup`, { instansiId: lain.instansi.id })).statusCode,
    ).toBe(404)
    const [row] = await t.database.db
      .select()
      .from(pengaturanTahun)
      .where(eq(pengaturanTahun.instansiId, lain.instansi.id))
    expect(row.status).toBe('dibuka')
  })
})

describe('late SKPs', () => {
  it('flags an SKP not approved after batasSkp on SKP Saya, the SKP view, SKP Bawahan and the Beranda', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const draft = await buatSkp(t.database, p.staf, { tahun: Y })
    await buatSkpDisetujui(t.database, p.kepala, { tahun: Y })
    const cek = async (hari: string, terlambat: boolean, hariTerlambat: number) => {
      // sessions live by the same clock: log in at the day being checked
      aturJam(`${hari}T03:00:00Z`)
      const staf = client(t.app, await masuk(t.app, p.staf.akun))
      const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
      const harap = { terlambat, hariTerlambat }
      expect((await staf.get(`${V}/skp?tahun=${Y}`)).json().items[0]).toMatchObject(harap)
      expect((await staf.get(`${V}/skp/${draft.skp.id}`)).json()).toMatchObject(harap)
      expect((await staf.get(`${V}/beranda?tahun=${Y}`)).json().pegawai.skp).toMatchObject(harap)
      const baris = (await kepala.get(`${V}/skp-bawahan?tahun=${Y}`)).json().items
      expect(baris.find((i: { skp: { id: string } | null }) => i.skp?.id === draft.skp.id)).toMatchObject(
        harap,
      )
      // the atasan's own approved SKP is never late
      expect((await kepala.get(`${V}/skp?tahun=${Y}`)).json().items[0]).toMatchObject({ terlambat: false })
    }
    await cek(`${Y}-01-31`, false, 0)
    await cek(`${Y}-02-10`, true, 10)
    // the deadline is the year's setting: moved to 15 February, the SKP is on time again
    aturJam(undefined)
    const admin = client(t.app, await masuk(t.app, p.admin))
    expect(
      (await admin.put(`${V}/pengaturan/${Y}`, { pengaturan: { batasSkp: `${Y}-02-15` } })).statusCode,
    ).toBe(200)
    await cek(`${Y}-02-10`, false, 0)
    await cek(`${Y}-02-20`, true, 5)
  })
})

describe('SKP Bawahan: what needs action first', () => {
  it('sorts submitted (oldest first), then late, then the rest; counts by status; filters late rows', async () => {
    aturJam(`${Y}-01-05T03:00:00Z`)
    const p = await buatPohon(t.database, { tahun: [Y] })
    const orang = async (nama: string) =>
      buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama })
    const [ana, budi, citra, dodi, eka] = await Promise.all(
      ['Ana', 'Budi', 'Citra', 'Dodi', 'Eka'].map((n) => orang(n)),
    )
    const lama = await buatSkp(t.database, budi, { tahun: Y, status: 'diajukan' })
    const baru = await buatSkp(t.database, ana, { tahun: Y, status: 'diajukan' })
    await t.database.db
      .update(skp)
      .set({ diajukanAt: new Date(`${Y}-01-02T00:00:00Z`) })
      .where(eq(skp.id, lama.skp.id))
    await t.database.db
      .update(skp)
      .set({ diajukanAt: new Date(`${Y}-01-04T00:00:00Z`) })
      .where(eq(skp.id, baru.skp.id))
    await buatSkp(t.database, citra, { tahun: Y, status: 'draft' })
    await buatSkpDisetujui(t.database, eka, { tahun: Y })
    void dodi // no SKP yet: belum_ada

    aturJam(`${Y}-02-03T03:00:00Z`)
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const res = await kepala.get(`${V}/skp-bawahan?tahun=${Y}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    const nama = (items: { pegawai: { nama: string } }[]) => items.map((i) => i.pegawai.nama)
    // Budi submitted first; the late ones (Citra, Dodi, Staf Satu: 3 days each) by name; Eka is done
    expect(nama(body.items)).toEqual(['Budi', 'Ana', 'Citra', 'Dodi', 'Staf Satu', 'Eka'])
    expect(body.items.map((i: { terlambat: boolean }) => i.terlambat)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ])
    expect(body.jumlah).toEqual({ draft: 1, diajukan: 2, disetujui: 1, dikembalikan: 0, belum_ada: 2 })
    expect(body.jumlahTerlambat).toBe(5)
    const telat = (await kepala.get(`${V}/skp-bawahan?tahun=${Y}&terlambat=true`)).json()
    expect(nama(telat.items)).toEqual(['Budi', 'Ana', 'Citra', 'Dodi', 'Staf Satu'])
    // counts describe the whole list, whatever the filter
    expect(telat.jumlah).toEqual(body.jumlah)
    expect(nama((await kepala.get(`${V}/skp-bawahan?tahun=${Y}&terlambat=false`)).json().items)).toEqual([
      'Eka',
    ])
    const salah = await kepala.get(`${V}/skp-bawahan?tahun=${Y}&terlambat=kadang`)
    expect(salah.statusCode).toBe(400)
    expect(salah.json().errors[0].path).toBe('terlambat')

    // the row carries no text of the pegawai's: only who, the status, dates and what I may do
    expect(Object.keys(body.items[0]).sort()).toEqual(
      ['aksi', 'diajukanAt', 'hariTerlambat', 'pegawai', 'sayaPenilai', 'skp', 'status', 'terlambat'].sort(),
    )
    expect(Object.keys(body.items[0].skp).sort()).toEqual(['id', 'mulai', 'selesai', 'status', 'versi'])
  })
})

describe('"Buat SKP" only where an assignment has none', () => {
  it('lists the assignments of the year without an SKP (one per assignment after a mutasi), and the closed year', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const daftar = async () => (await c.get(`${V}/skp?tahun=${Y}`)).json()
    expect(await daftar()).toMatchObject({
      items: [],
      tanpaSkp: [{ penugasanId: p.staf.penugasan.id, mulai: `${Y}-01-01`, selesai: `${Y}-12-31` }],
      tahunDitutup: false,
    })
    expect((await c.post(`${V}/skp`, { tahun: Y, pendekatan: 'kuantitatif' })).statusCode).toBe(201)
    expect((await daftar()).tanpaSkp).toEqual([])
    // a mutasi on 1 July: the new assignment has no SKP yet, the old one has
    const [j] = await t.database.db
      .insert(jabatan)
      .values({ instansiId: p.instansi.id, unorId: p.akar.id, nama: 'Analis Kebijakan', jenis: 'fungsional' })
      .returning()
    await t.database.db
      .update(penugasan)
      .set({ selesai: `${Y}-06-30` })
      .where(eq(penugasan.id, p.staf.penugasan.id))
    const [pindah] = await t.database.db
      .insert(penugasan)
      .values({
        instansiId: p.instansi.id,
        pegawaiId: p.staf.pegawai.id,
        unorId: p.akar.id,
        jabatanId: j.id,
        mulai: `${Y}-07-01`,
      })
      .returning()
    expect((await daftar()).tanpaSkp).toEqual([
      {
        penugasanId: pindah.id,
        jabatan: 'Analis Kebijakan',
        unor: 'Sekretariat Daerah',
        mulai: `${Y}-07-01`,
        selesai: `${Y}-12-31`,
      },
    ])
    const admin = client(t.app, await masuk(t.app, p.admin))
    expect((await admin.post(`${V}/pengaturan/${Y}/tutup`, {})).statusCode).toBe(200)
    expect((await daftar()).tahunDitutup).toBe(true)
    // without a year: no offer
    expect((await c.get(`${V}/skp`)).json()).toMatchObject({ tanpaSkp: [], tahunDitutup: false })
  })
})
