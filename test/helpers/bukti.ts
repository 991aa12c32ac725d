import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { aturJam } from '../../src/server/clock.ts'
import type { Session } from './app.ts'
import { buatPohon, buatSkpDisetujui, masuk } from './skp-factories.ts'
import type { TestApp } from './app.ts'

/**
 * Bukti dukung fixtures: an approved SKP of a staff member in a fresh instansi, on a fixed clock
 * (10 May 2026: TW2 open, TW1 locked since 6 April), and a multipart builder for uploads.
 */
export const TAHUN = 2026
export const JAM = '2026-05-10T03:00:00Z'
export const V = '/api/v1'

export const folderBerkas = () => mkdtemp(path.join(tmpdir(), 'kinerja-berkas-'))

export async function buatSkpBukti(t: TestApp) {
  aturJam(JAM)
  const p = await buatPohon(t.database, { tahun: [TAHUN] })
  const s = await buatSkpDisetujui(t.database, p.staf, { tahun: TAHUN })
  const [iki] = await t.database.query<{ id: string }>(
    `select i.id from iki i join rhk r on r.id = i.rhk_id where r.skp_id = $1 order by i.urutan limit 1`,
    [s.skp.id],
  )
  return { ...p, skp: s.skp, ikiId: iki.id, sesiStaf: await masuk(t.app, p.staf.akun) }
}

export interface Bagian {
  isian?: Record<string, string>
  nama?: string
  isi?: Buffer
  /** The file part's Content-Type as a browser would claim it (never trusted). */
  tipe?: string
}

/** multipart/form-data with the fields first, then the file in `file` (as the web app sends it). */
export function multipart(b: Bagian) {
  const batas = `----bukti${Math.random().toString(16).slice(2)}`
  const bagian: Buffer[] = []
  for (const [k, v] of Object.entries(b.isian ?? {}))
    bagian.push(Buffer.from(`--${batas}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  if (b.isi) {
    bagian.push(
      Buffer.from(
        `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${b.nama ?? 'berkas.pdf'}"\r\n` +
          `Content-Type: ${b.tipe ?? 'application/pdf'}\r\n\r\n`,
      ),
      b.isi,
      Buffer.from('\r\n'),
    )
  }
  bagian.push(Buffer.from(`--${batas}--\r\n`))
  return { payload: Buffer.concat(bagian), contentType: `multipart/form-data; boundary=${batas}` }
}

export function unggah(app: FastifyInstance, sesi: Session, skpId: string, b: Bagian, lang = 'id') {
  const { payload, contentType } = multipart(b)
  return app.inject({
    method: 'POST',
    url: `${V}/skp/${skpId}/bukti`,
    payload,
    headers: {
      cookie: `kinerja_sesi=${sesi.cookie}`,
      'x-csrf-token': sesi.csrf,
      'content-type': contentType,
      'accept-language': lang,
    },
  })
}

export const isianBukti = (ikiId: string, o: Record<string, string> = {}) => ({
  ikiId,
  periode: 'TW2',
  jenis: 'laporan',
  ...o,
})
