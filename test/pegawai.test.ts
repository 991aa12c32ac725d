import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { akun, auditLog, pegawai, sesi } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
let seq = 100
/** A fresh valid NIP: born 1990-05-17, TMT 2015-03, male/female, a new sequence each call. */
const nipBaru = (jk: 1 | 2 = 1) => `1990051720150${3}${jk}${String(seq++).padStart(3, '0')}`
const pegawaiInstansi = (instansiId: string) =>
  t.database.db.select().from(pegawai).where(eq(pegawai.instansiId, instansiId))

async function siapkan() {
  const inst = await buatInstansi(t.database)
  const unit = await buatUnor(t.database, { instansiId: inst.id, nama: 'Dinas Kesehatan' })
  const sub = await buatUnor(t.database, { instansiId: inst.id, parentId: unit.id, nama: 'Bidang P2P' })
  const a = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
  return { inst, unit, sub, c: client(t.app, await login(t.app, a.username, PASSWORD)) }
}

describe('pegawai create', () => {
  it('creates a pegawai with birth date and gender from the NIP and a first assignment (no account yet)', async () => {
    const { inst, sub, c } = await siapkan()
    const j = await buatPegawai(t.database, { instansiId: inst.id, unorId: sub.id })
    const nip = nipBaru(2)
    const res = await c.post(`${V}/pegawai`, {
      nip: ` ${nip} `,
      nama: 'Dewi Lestari',
      gelarBelakang: 'S.Kom.',
      jenisAsn: 'pns',
      golongan: 'III/b',
      pangkat: 'Penata Muda Tingkat I',
      penugasan: { jabatanId: j.jabatan.id, mulai: '2024-01-02', nomorSk: 'SK-1' },
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      instansiId: inst.id,
      nip,
      tanggalLahir: '1990-05-17',
      jenisKelamin: 'P',
      status: 'aktif',
      penugasanSaatIni: {
        jabatan: { id: j.jabatan.id },
        unor: { id: sub.id, nama: 'Bidang P2P' },
        isKepala: false,
        jenis: 'definitif',
      },
      akun: null,
    })
    // The account comes with the first password an admin issues, as for an imported pegawai.
    expect(await t.database.db.select().from(akun).where(eq(akun.username, nip))).toHaveLength(0)
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.instansiId, inst.id))
    expect(audit.map((a) => `${a.aksi}:${a.entitas}`).sort()).toEqual(
      expect.arrayContaining(['buat:pegawai', 'buat:penugasan']),
    )
  })

  it.each([
    ['12345', 'NIP harus 18 digit angka'],
    ['199002302015031001', 'Tanggal lahir dalam NIP (digit 1–8) tidak mungkin'],
    [
      '199001012015131001',
      'TMT dalam NIP (digit 9–14) tidak mungkin atau kurang dari 18 tahun setelah tanggal lahir',
    ],
    [
      '199001011989031001',
      'TMT dalam NIP (digit 9–14) tidak mungkin atau kurang dari 18 tahun setelah tanggal lahir',
    ],
    [
      '199006012008051001',
      'TMT dalam NIP (digit 9–14) tidak mungkin atau kurang dari 18 tahun setelah tanggal lahir',
    ],
    ['199001012015033001', 'Digit jenis kelamin NIP (digit 15) harus 1 atau 2'],
  ])('refuses NIP %s with the exact reason, writing nothing', async (nip, pesan) => {
    const { inst, c } = await siapkan()
    const res = await c.post(`${V}/pegawai`, { nip, nama: 'Budi', jenisAsn: 'pns' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([{ path: 'nip', message: pesan }])
    expect(await pegawaiInstansi(inst.id)).toHaveLength(0)
  })

  it('accepts a birth date or gender that does not match the NIP, with a warning (DOMAIN §1)', async () => {
    const { c } = await siapkan()
    const beda = await c.post(`${V}/pegawai`, {
      nip: nipBaru(1),
      nama: 'Budi',
      jenisAsn: 'pns',
      tanggalLahir: '1990-05-18',
      jenisKelamin: 'P',
    })
    expect(beda.statusCode).toBe(201)
    expect(beda.json().peringatanNip).toEqual(['TANGGAL_LAHIR', 'JENIS_KELAMIN'])
  })

  it('answers 409 with a generic message for a NIP registered anywhere, even in another instansi', async () => {
    const { c } = await siapkan()
    const lain = await siapkan()
    const nip = nipBaru()
    expect(
      (await lain.c.post(`${V}/pegawai`, { nip, nama: 'Pegawai Lain', jenisAsn: 'pns' })).statusCode,
    ).toBe(201)
    const res = await c.post(`${V}/pegawai`, { nip, nama: 'Budi', jenisAsn: 'pns' })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toEqual({ code: 'PEGAWAI.NIP_TERDAFTAR', message: 'NIP sudah terdaftar.', errors: [] })
  })

  it('rolls back the pegawai and account when the first assignment is invalid', async () => {
    const { inst, c } = await siapkan()
    const lain = await buatInstansi(t.database)
    const asing = await buatPegawai(t.database, { instansiId: lain.id })
    const nip = nipBaru()
    const res = await c.post(`${V}/pegawai`, {
      nip,
      nama: 'Budi',
      jenisAsn: 'pns',
      penugasan: { jabatanId: asing.jabatan.id, mulai: '2024-01-01' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('penugasan.jabatanId')
    expect(await pegawaiInstansi(inst.id)).toHaveLength(0)
    expect(await t.database.db.select().from(akun).where(eq(akun.username, nip))).toHaveLength(0)
  })
})

describe('pegawai list and search', () => {
  it('searches by NIP prefix or name (case-insensitive), filters by unit, sub-units, status, jenis ASN, paginates', async () => {
    const { inst, unit, sub, c } = await siapkan()
    const a = await buatPegawai(t.database, { instansiId: inst.id, unorId: unit.id, nama: 'Ahmad Fauzi' })
    const b = await buatPegawai(t.database, { instansiId: inst.id, unorId: sub.id, nama: 'Rina Ahmadi' })
    await t.database.db
      .update(pegawai)
      .set({ status: 'cltn', jenisAsn: 'pppk' })
      .where(eq(pegawai.id, b.pegawai.id))
    const ids = async (qs: string) =>
      (await c.get(`${V}/pegawai?${qs}`)).json().items.map((p: { id: string }) => p.id)

    expect(await ids('q=AHMAD')).toEqual([a.pegawai.id, b.pegawai.id])
    expect(await ids(`q=${a.pegawai.nip.slice(0, 12)}`)).toContain(a.pegawai.id)
    expect(await ids(`q=${a.pegawai.nip.slice(4, 14)}`)).toEqual([])
    expect(await ids(`unorId=${unit.id}`)).toEqual([a.pegawai.id])
    expect(await ids(`unorId=${unit.id}&termasukSubUnit=true`)).toEqual([a.pegawai.id, b.pegawai.id])
    expect(await ids('status=cltn')).toEqual([b.pegawai.id])
    expect(await ids('jenisAsn=pppk')).toEqual([b.pegawai.id])
    const page = (await c.get(`${V}/pegawai?pageSize=1&page=2`)).json()
    expect(page).toMatchObject({
      total: 2,
      page: 2,
      pageSize: 1,
      items: [{ id: b.pegawai.id, jabatan: { nama: 'Analis' }, unor: { id: sub.id } }],
    })
    expect((await c.get(`${V}/pegawai?status=entah`)).json().errors[0].path).toBe('status')
  })
})

describe('pegawai update', () => {
  it('updates fields and refuses a NIP change', async () => {
    const { inst, c } = await siapkan()
    const p = await buatPegawai(t.database, { instansiId: inst.id })
    const ok = await c.patch(`${V}/pegawai/${p.pegawai.id}`, {
      nama: 'Nama Baru',
      golongan: 'III/c',
      status: 'tugas_belajar',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({
      nama: 'Nama Baru',
      golongan: 'III/c',
      status: 'tugas_belajar',
      nip: p.pegawai.nip,
    })
    const nip = await c.patch(`${V}/pegawai/${p.pegawai.id}`, { nip: nipBaru(), nama: 'Lagi' })
    expect(nip.statusCode).toBe(400)
    expect(nip.json().errors).toEqual([{ path: 'nip', message: 'NIP tidak dapat diubah' }])
    const [row] = await t.database.db.select().from(pegawai).where(eq(pegawai.id, p.pegawai.id))
    expect(row).toMatchObject({ nama: 'Nama Baru', nip: p.pegawai.nip })
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, p.pegawai.id))
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      aksi: 'ubah',
      sebelum: { status: 'aktif' },
      sesudah: { status: 'tugas_belajar' },
    })
  })
})

describe('reset password', () => {
  it('returns a temporary password once, ends the sessions, audits without the password', async () => {
    const { inst, c } = await siapkan()
    const p = await buatPegawai(t.database, { instansiId: inst.id })
    const own = await buatAkun(t.database, {
      instansiId: inst.id,
      pegawaiId: p.pegawai.id,
      username: p.pegawai.nip,
    })
    const session = await login(t.app, own.username, PASSWORD)
    const res = await c.post(`${V}/pegawai/${p.pegawai.id}/reset-password`)
    expect(res.statusCode).toBe(200)
    const { username, passwordSementara } = res.json()
    expect(username).toBe(p.pegawai.nip)
    expect(passwordSementara.length).toBeGreaterThanOrEqual(12)
    expect((await client(t.app, session).get(`${V}/me`)).statusCode).toBe(401)
    expect(await t.database.db.select().from(sesi).where(eq(sesi.akunId, own.id))).toHaveLength(0)
    await expect(login(t.app, username, PASSWORD)).rejects.toThrow()
    const baru = await login(t.app, username, passwordSementara)
    expect((await client(t.app, baru).get(`${V}/me`)).json().wajibGantiPassword).toBe(true)
    await client(t.app, baru).post(`${V}/me/password`, {
      passwordLama: passwordSementara,
      passwordBaru: 'pilihan-sendiri-1',
    })
    expect((await client(t.app, baru).get(`${V}/me`)).json().wajibGantiPassword).toBe(false)
    const [row] = await t.database.db.select().from(akun).where(eq(akun.id, own.id))
    expect(row.passwordHash).toMatch(/^\$argon2id\$/)
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.aksi, 'reset_password'))
    const mine = audit.filter((a) => a.entitasId === own.id)
    expect(mine).toHaveLength(1)
    expect(JSON.stringify(audit)).not.toContain(passwordSementara)
  })

  it('creates the account when the pegawai has none yet', async () => {
    const { inst, c } = await siapkan()
    const p = await buatPegawai(t.database, { instansiId: inst.id })
    const res = await c.post(`${V}/pegawai/${p.pegawai.id}/reset-password`)
    expect(res.statusCode).toBe(200)
    await login(t.app, p.pegawai.nip, res.json().passwordSementara)
  })
})
