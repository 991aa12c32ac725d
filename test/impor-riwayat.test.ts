import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { fixture, instansiDenganAdmin, unggah } from './impor-helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const url = (instansiId: string, mode?: string) =>
  `/api/v1/impor/pegawai?instansiId=${instansiId}${mode ? `&mode=${mode}` : ''}`

describe('import runs, templates and file types', () => {
  it('rejects content that is neither CSV nor XLSX, whatever the file is called', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe])
    const res = await unggah(t.app, session, url(instansi.id), png, { namaFile: 'pegawai.csv' })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('IMPOR.JENIS_BERKAS')
    const latin1 = Buffer.from('NIP,NAMA\n199001012015031001,Jos\xe9\n', 'latin1')
    expect((await unggah(t.app, session, url(instansi.id), latin1)).json().code).toBe('IMPOR.JENIS_BERKAS')
  })

  it('lists the runs and shows one, localised', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    await unggah(t.app, session, url(instansi.id), fixture('pegawai-satu-salah.csv'), {
      namaFile: 'salah.csv',
    })
    const list = await client(t.app, session).get(`/api/v1/impor?instansiId=${instansi.id}`)
    expect(list.statusCode).toBe(200)
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ namaFile: 'salah.csv', status: 'ditolak', jenis: 'pegawai', mode: 'semua' }],
    })
    const detail = await client(t.app, session, 'en').get(`/api/v1/impor/${list.json().items[0].id}`)
    expect(detail.json().kesalahan).toEqual([
      { baris: 3, kolom: 'NIP', pesan: 'Digit 15 of the NIP (gender) must be 1 or 2' },
    ])
  })

  it('serves CSV templates with the header row and one example row that validates', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const res = await client(t.app, session).get('/api/v1/impor/template/pegawai.csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/csv/)
    const baris = res.body
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/)
    expect(baris).toHaveLength(2)
    expect(baris[0]).toMatch(/^NIP,NAMA,GELAR_DEPAN/)
    const cek = await unggah(t.app, session, url(instansi.id, 'validasi'), res.body)
    expect(cek.json().kesalahan).toEqual([])
    expect((await client(t.app, session).get('/api/v1/impor/template/unor.csv')).body).toMatch(
      /KODE,NAMA,KODE_INDUK/,
    )
  })
})
