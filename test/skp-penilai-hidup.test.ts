import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atasanOverride, auditLog, notifikasi, skp } from '../src/db/schema/index.ts'
import { hariIni } from '../src/server/clock.ts'
import { addDays } from '../src/domain/iso-date.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, masuk } from './helpers/skp-factories.ts'

/**
 * Issue 6 items 3, 4, 11 (DOMAIN §1–2): the penilai blocks follow the assignments until approval, an admin
 * changes the pejabat penilai with a reason, approves on behalf of the non-ASN official, and exemptions
 * with dates shorten or refuse an SKP.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const HARI = hariIni()
const Y = Number(HARI.slice(0, 4))
const V = '/api/v1'

async function auditSkp(id: string, aksi: string) {
  return t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entitasId, id), eq(auditLog.aksi, aksi)))
}

describe('live penilai blocks until approval', () => {
  it('after a mutasi of the atasan the new head is the penilai, sees the SKP in SKP Bawahan and approves it; an approved SKP stays frozen', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const lain = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id })
    const { skp: tertunda } = await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan' })
    const { skp: beku } = await buatSkp(t.database, lain, { tahun: Y, status: 'disetujui' })
    expect(tertunda.penilaiPegawaiId).toBe(p.kepala.pegawai.id)

    // the head moves out today; a newcomer from another unit takes the head position of the unit
    const tempatLain = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.akar.id })
    let res = await admin.post(`${V}/pegawai/${p.kepala.pegawai.id}/penugasan`, {
      jabatanId: tempatLain.jabatan.id,
      unorId: p.akar.id,
      mulai: HARI,
    })
    expect(res.statusCode, res.body).toBe(201)
    const baru = await buatOrang(t.database, { instansiId: p.instansi.id, nama: 'Kepala Baru' })
    res = await admin.post(`${V}/pegawai/${baru.pegawai.id}/penugasan`, {
      jabatanId: p.kepala.jabatan.id,
      mulai: HARI,
    })
    expect(res.statusCode, res.body).toBe(201)

    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    const v = (await staf.get(`${V}/skp/${tertunda.id}`)).json()
    expect(v.snapshot.penilai).toMatchObject({ pegawaiId: baru.pegawai.id, nama: 'Kepala Baru' })
    expect(v.snapshot.atasanPenilai).toMatchObject({ pegawaiId: p.top.pegawai.id })
    // two moves: vacant unit → the head above assesses; then the new head
    expect((await auditSkp(tertunda.id, 'segarkan_penilai')).length).toBe(2)
    // the request to approve moved to the new head
    const minta = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.perihal, tertunda.id), eq(notifikasi.tipe, 'SKP_DIAJUKAN')))
    expect(minta.map((n) => n.penerimaPegawaiId)).toContain(baru.pegawai.id)

    const kepalaBaru = client(t.app, await masuk(t.app, baru.akun))
    const daftar = (await kepalaBaru.get(`${V}/skp-bawahan?tahun=${Y}`)).json()
    // the row names the SKP (skp.id; skpId in the earlier shape of the list)
    const baris = daftar.items.find(
      (i: { skpId?: string | null; skp?: { id: string } | null }) => (i.skp?.id ?? i.skpId) === tertunda.id,
    )
    expect(baris).toMatchObject({ sayaPenilai: true, aksi: { setujui: true } })

    const kepalaLama = client(t.app, await masuk(t.app, p.kepala.akun))
    expect((await kepalaLama.post(`${V}/skp/${tertunda.id}/setujui`, {})).statusCode).toBe(403)
    res = await kepalaBaru.post(`${V}/skp/${tertunda.id}/setujui`, {})
    expect(res.statusCode, res.body).toBe(200)

    // approved before the move: frozen with the old head
    const b = (await admin.get(`${V}/skp/${beku.id}`)).json()
    expect(b.snapshot.penilai.pegawaiId).toBe(p.kepala.pegawai.id)
  })

  it('an atasan override moves the penilai of a draft; ending it moves it back', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const { skp: s } = await buatSkp(t.database, p.staf, { tahun: Y })
    let res = await admin.post(`${V}/pegawai/${p.staf.pegawai.id}/atasan-override`, {
      atasanPegawaiId: p.top.pegawai.id,
      mulai: addDays(HARI, -1),
      alasan: 'Penugasan khusus',
    })
    expect(res.statusCode, res.body).toBe(201)
    let v = (await admin.get(`${V}/skp/${s.id}`)).json()
    expect(v.snapshot.penilai.pegawaiId).toBe(p.top.pegawai.id)
    expect(v.versi).toBe(s.versi) // not a user's edit: the owner's open form stays valid
    res = await admin.delete(`${V}/atasan-override/${res.json().id}`)
    expect(res.statusCode, res.body).toBe(200)
    v = (await admin.get(`${V}/skp/${s.id}`)).json()
    expect(v.snapshot.penilai.pegawaiId).toBe(p.kepala.pegawai.id)
  })

  it('an assignment that took effect since the last read (recorded ahead of time) shows on the first read of the day', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const { skp: s } = await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan' })
    // as if the blocks were resolved yesterday, and an override starting today was recorded then
    await t.database.db
      .update(skp)
      .set({ snapshot: { ...(s.snapshot as object), tanggal: addDays(HARI, -1) } })
      .where(eq(skp.id, s.id))
    await t.database.db.insert(atasanOverride).values({
      instansiId: p.instansi.id,
      pegawaiId: p.staf.pegawai.id,
      atasanPegawaiId: p.top.pegawai.id,
      mulai: HARI,
      alasan: 'Dicatat sebelumnya',
    })
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    const v = (await staf.get(`${V}/skp/${s.id}`)).json()
    expect(v.snapshot).toMatchObject({ tanggal: HARI, penilai: { pegawaiId: p.top.pegawai.id } })
    const top = client(t.app, await masuk(t.app, p.top.akun))
    expect((await top.post(`${V}/skp/${s.id}/setujui`, {})).statusCode).toBe(200)
    expect((await auditSkp(s.id, 'segarkan_penilai')).length).toBe(1)
  })

  it("a change of the pegawai's name shows in the pending SKP, not in an approved one", async () => {
    const p = await buatPohon(t.database, { tahun: [Y, Y - 1] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const { skp: lama } = await buatSkp(t.database, p.staf, { tahun: Y - 1, status: 'disetujui' })
    const { skp: s } = await buatSkp(t.database, p.staf, { tahun: Y })
    expect(
      (await admin.patch(`${V}/pegawai/${p.staf.pegawai.id}`, { nama: 'Staf Berganti Nama' })).statusCode,
    ).toBe(200)
    expect((await admin.get(`${V}/skp/${s.id}`)).json().snapshot.pegawai.nama).toBe('Staf Berganti Nama')
    expect((await admin.get(`${V}/skp/${lama.id}`)).json().snapshot.pegawai.nama).toBe('Staf Satu')
  })
})

describe('POST /skp/:id/penilai (ganti pejabat penilai)', () => {
  it('sets another pegawai of the instansi as penilai with a reason, audited; the SKP shows it; 409 once approved', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const { skp: s } = await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan' })
    expect((await admin.get(`${V}/skp/${s.id}`)).json().aksi).toMatchObject({
      gantiPenilai: true,
      setujui: false,
    })
    const res = await admin.post(`${V}/skp/${s.id}/penilai`, {
      penilaiPegawaiId: p.top.pegawai.id,
      alasan: 'Kepala bidang cuti sakit panjang.',
    })
    expect(res.statusCode, res.body).toBe(200)
    const v = res.json()
    expect(v.snapshot.penilai).toMatchObject({ pegawaiId: p.top.pegawai.id, nama: 'Pimpinan Tertinggi' })
    // the chosen penilai's own penilai (the non-ASN official) is the atasan penilai
    expect(v.snapshot.atasanPenilai).toMatchObject({ pegawaiId: null, nama: 'Bupati Contoh' })
    expect(v.snapshot.penilaiDiganti).toMatchObject({ alasan: 'Kepala bidang cuti sakit panjang.' })
    const [audit] = await auditSkp(s.id, 'ganti_penilai')
    expect(audit.sesudah).toMatchObject({ alasan: 'Kepala bidang cuti sakit panjang.' })

    // the chosen penilai stays through a later refresh, approves; the old one cannot
    await admin.patch(`${V}/pegawai/${p.staf.pegawai.id}`, { gelarDepan: 'Dr.' })
    expect((await admin.get(`${V}/skp/${s.id}`)).json().snapshot.penilai.pegawaiId).toBe(p.top.pegawai.id)
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    expect((await kepala.post(`${V}/skp/${s.id}/setujui`, {})).statusCode).toBe(403)
    const top = client(t.app, await masuk(t.app, p.top.akun))
    expect((await top.post(`${V}/skp/${s.id}/setujui`, {})).statusCode).toBe(200)

    const lagi = await admin.post(`${V}/skp/${s.id}/penilai`, {
      penilaiPegawaiId: p.kepala.pegawai.id,
      alasan: 'Kembali ke atasan langsung.',
    })
    expect(lagi.statusCode).toBe(409)
    expect((await admin.get(`${V}/skp/${s.id}`)).json().aksi.gantiPenilai).toBe(false)
  })

  it.each<[string, (ids: { pemilik: string; asing: string }) => unknown, number]>([
    ['NUL in the reason', () => ({ penilaiPegawaiId: null, alasan: 'a\u0000b' }), 400],
    ['no reason', (i) => ({ penilaiPegawaiId: i.pemilik }), 400],
    ['not a uuid', () => ({ penilaiPegawaiId: 'abc', alasan: 'Alasan yang cukup.' }), 400],
    [
      'unknown pegawai',
      () => ({ penilaiPegawaiId: '00000000-0000-4000-8000-000000000000', alasan: 'Alasan.' }),
      400,
    ],
    ["another instansi's pegawai", (i) => ({ penilaiPegawaiId: i.asing, alasan: 'Alasan yang cukup.' }), 400],
    ['the owner themself', (i) => ({ penilaiPegawaiId: i.pemilik, alasan: 'Alasan yang cukup.' }), 400],
  ])('refuses %s (400 with a field)', async (_l, body, kode) => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const asing = await buatOrang(t.database, { instansiId: (await buatInstansi(t.database)).id })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const { skp: s } = await buatSkp(t.database, p.staf, { tahun: Y })
    const res = await admin.post(
      `${V}/skp/${s.id}/penilai`,
      body({ pemilik: p.staf.pegawai.id, asing: asing.pegawai.id }),
    )
    expect(res.statusCode, res.body).toBe(kode)
    expect(res.json().fields?.length ?? res.json().errors?.length ?? 1).toBeGreaterThan(0)
    expect((await admin.get(`${V}/skp/${s.id}`)).json().snapshot.penilai.pegawaiId).toBe(p.kepala.pegawai.id)
  })

  it('answers 404 for an unknown SKP id and 400 for a malformed one', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const body = { penilaiPegawaiId: p.top.pegawai.id, alasan: 'Alasan yang cukup.' }
    expect((await admin.post(`${V}/skp/00000000-0000-4000-8000-000000000000/penilai`, body)).statusCode).toBe(
      404,
    )
    expect((await admin.post(`${V}/skp/bukan-id/penilai`, body)).statusCode).toBe(400)
  })
})

describe('approval on behalf of the non-ASN official', () => {
  it("the admin approves the top leader's SKP atas nama the Bupati: offered only then, recorded on the SKP and in the audit", async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const { skp: top } = await buatSkp(t.database, p.top, { tahun: Y, status: 'diajukan' })
    const { skp: staf } = await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan' })
    expect((await admin.get(`${V}/skp/${staf.id}`)).json().aksi).toMatchObject({
      setujui: false,
      atasNama: false,
    })
    expect((await admin.post(`${V}/skp/${staf.id}/setujui`, {})).statusCode).toBe(403)

    expect((await admin.get(`${V}/skp/${top.id}`)).json().aksi).toMatchObject({
      setujui: true,
      kembalikan: true,
      atasNama: true,
    })
    // the owner never sees it
    const pemilik = client(t.app, await masuk(t.app, p.top.akun))
    expect((await pemilik.get(`${V}/skp/${top.id}`)).json().aksi).toMatchObject({
      setujui: false,
      atasNama: false,
    })

    let res = await admin.post(`${V}/skp/${top.id}/kembalikan`, { catatan: 'Lengkapi target anggaran.' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().snapshot.atasNama).toMatchObject({ aksi: 'kembalikan', untukNama: 'Bupati Contoh' })
    expect((await pemilik.post(`${V}/skp/${top.id}/ajukan`, {})).statusCode).toBe(200)
    expect((await admin.get(`${V}/skp/${top.id}`)).json().snapshot.atasNama).toBeNull()
    res = await admin.post(`${V}/skp/${top.id}/setujui`, {})
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().snapshot.atasNama).toMatchObject({
      aksi: 'setujui',
      olehAkunId: p.admin.id,
      untukNama: 'Bupati Contoh',
      untukJabatan: 'Bupati',
    })
    const [audit] = await auditSkp(top.id, 'setujui')
    expect(audit.sesudah).toMatchObject({ atasNama: { untukNama: 'Bupati Contoh', olehAkunId: p.admin.id } })

    // another instansi's admin: 404; the national admin does not act for a local official
    const asing = await buatAkun(t.database, {
      instansiId: (await buatInstansi(t.database)).id,
      peran: ['admin_instansi'],
    })
    const c = client(t.app, await login(t.app, asing.username, PASSWORD))
    expect((await c.post(`${V}/skp/${top.id}/setujui`, {})).statusCode).toBe(404)
  })
})
