import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { pdfContoh } from '../src/db/seed/berkas-contoh.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatSkpBukti, isianBukti, unggah, V } from './helpers/bukti.ts'

/**
 * The S3 backend against a real S3-compatible server process (s3rver, in a temporary folder on a free
 * port): upload, download, compare SHA-256, delete.
 */
const BUCKET = 'kinerja-uji'
let t: TestApp
let folder: string
let s3rver: ChildProcess
let endpoint: string

const portBebas = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
  })

async function tungguSiap(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error('s3rver did not start')
}

const s3 = {
  endpoint: '',
  bucket: BUCKET,
  region: 'us-east-1',
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  forcePathStyle: true,
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'kinerja-s3rver-'))
  const port = await portBebas()
  endpoint = `http://127.0.0.1:${port}`
  s3rver = spawn(
    process.execPath,
    [
      path.resolve('node_modules/s3rver/bin/s3rver.js'),
      '-d',
      folder,
      '-a',
      '127.0.0.1',
      '-p',
      String(port),
      '-s',
      '--configure-bucket',
      BUCKET,
    ],
    { stdio: 'ignore' },
  )
  await tungguSiap(endpoint)
  t = await createTestApp({ berkasDir: path.join(folder, 'tidak-dipakai'), s3: { ...s3, endpoint } })
})
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
  s3rver?.kill()
  await rm(folder, { recursive: true, force: true })
})

const objek = async () => {
  const k = new S3Client({
    ...s3,
    endpoint,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  const res = await k.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  return (res.Contents ?? []).map((o) => o.Key)
}

it('round trip through the S3-compatible server: upload, download with the same SHA-256, delete', async () => {
  const w = await buatSkpBukti(t)
  const isi = pdfContoh('Bukti di S3')
  const up = await unggah(t.app, w.sesiStaf, w.skp.id, { isian: isianBukti(w.ikiId), nama: 'bukti.pdf', isi })
  expect(up.statusCode, up.body).toBe(201)
  const [row] = await t.database.query<{ penyimpanan: string; kunci: string; sha256: string }>(
    'select penyimpanan, kunci, sha256 from berkas where instansi_id = $1',
    [w.instansi.id],
  )
  const sha = createHash('sha256').update(isi).digest('hex')
  expect(row).toMatchObject({ penyimpanan: 's3', sha256: sha })
  expect(await objek()).toContain(row.kunci)

  const staf = client(t.app, w.sesiStaf)
  const res = await staf.get(`${V}/bukti/${up.json().id}/berkas`)
  expect(res.statusCode).toBe(200)
  expect(res.headers['content-type']).toBe('application/pdf')
  expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(sha)

  expect((await staf.delete(`${V}/bukti/${up.json().id}`)).statusCode).toBe(204)
  expect(await objek()).not.toContain(row.kunci)
})
