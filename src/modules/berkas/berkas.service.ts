/**
 * Receiving, serving and deleting stored files; reusable by any module that keeps files (evidence now,
 * issued documents later). The caller authorises and owns the row that points at the file.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { FastifyReply } from 'fastify'
import type { Db } from '../../db/client.ts'
import { AppError, notFound, type Teks } from '../../server/errors.ts'
import { bersihkanNama, disposisiLampiran, MAKS_NAMA } from './berkas-nama.ts'
import { periksaJenis } from './berkas-jenis.ts'
import { kunciBaru } from './berkas-kunci.ts'
import { deleteBerkas, findBerkas, insertBerkas, type BerkasRow } from './berkas.repository.ts'
import type { Penyimpanan } from './penyimpanan.ts'

export const BATAS_UNGGAH_MB_BAWAAN = 10

/** A file received and stored, not yet recorded: the caller records it (catatBerkas) or discards it. */
export interface BerkasDiterima {
  penyimpanan: Penyimpanan['jenis']
  kunci: string
  nama: string
  mime: string
  ukuran: number
  sha256: string
}

const galatBerkas = (status: number, code: string, teks: Teks) =>
  new AppError(status, code, teks, [{ path: 'file', message: teks }])

export const tanpaBerkas = () =>
  galatBerkas(400, 'BERKAS.TIDAK_ADA', {
    id: 'Pilih berkas untuk diunggah (field "file").',
    en: 'Choose a file to upload (field "file").',
  })

const terlaluBesar = (batasMb: number) =>
  galatBerkas(413, 'BERKAS.TERLALU_BESAR', {
    id: `Berkas lebih besar dari batas ${batasMb} MB.`,
    en: `The file is larger than the ${batasMb} MB limit.`,
  })

const kosong = () =>
  galatBerkas(400, 'BERKAS.KOSONG', { id: 'Berkas kosong (0 bita).', en: 'The file is empty (0 bytes).' })

const namaTerlaluPanjang = () =>
  galatBerkas(400, 'BERKAS.NAMA_TERLALU_PANJANG', {
    id: `Nama berkas paling panjang ${MAKS_NAMA} karakter.`,
    en: `The file name is at most ${MAKS_NAMA} characters.`,
  })

/** Counts and hashes what passes; past the limit it stops passing bytes on but keeps reading to the end. */
function penghitung(batas: number) {
  const hash = createHash('sha256')
  const t = Object.assign(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        t.ukuran += chunk.length
        if (t.ukuran > batas) t.lewat = true
        if (t.lewat) return done()
        hash.update(chunk)
        done(null, chunk)
      },
    }),
    { ukuran: 0, lewat: false, sha256: () => hash.digest('hex') },
  )
  return t
}

/**
 * Stream an upload to a temporary file while counting and hashing, then check it (size, emptiness, type
 * from the content, the name's extension) and store it under a generated key. On any refusal nothing is
 * stored. `terpotong`: the multipart parser cut the part at its own ceiling (also too large).
 */
export async function terimaBerkas(
  p: Penyimpanan,
  masuk: { isi: Readable; namaFile: string | undefined; terpotong?: () => boolean },
  o: { instansiId: string; tahun: number; batasMb: number },
): Promise<BerkasDiterima> {
  const nama = bersihkanNama(masuk.namaFile)
  await mkdir(p.sementara, { recursive: true, mode: 0o700 })
  const sementara = path.join(p.sementara, randomUUID())
  try {
    const hitung = penghitung(o.batasMb * 1024 * 1024)
    await pipeline(masuk.isi, hitung, createWriteStream(sementara, { mode: 0o600 }))
    if (hitung.lewat || masuk.terpotong?.()) throw terlaluBesar(o.batasMb)
    if (nama === null) throw namaTerlaluPanjang()
    if (hitung.ukuran === 0) throw kosong()
    const { mime } = await periksaJenis(sementara, nama)
    const kunci = kunciBaru(o.instansiId, o.tahun)
    await p.simpan(kunci, sementara, hitung.ukuran, mime)
    return { penyimpanan: p.jenis, kunci, nama, mime, ukuran: hitung.ukuran, sha256: hitung.sha256() }
  } finally {
    await rm(sementara, { force: true })
  }
}

/** A file's row within the instansi, for the module that owns the row pointing at it. */
export const cariBerkas = (db: Db, instansiId: string, id: string) => findBerkas(db, instansiId, id)

/** Record a stored file (inside the caller's transaction). */
export const catatBerkas = (tx: Db, instansiId: string, akunId: string | null, b: BerkasDiterima) =>
  insertBerkas(tx, { instansiId, dibuatOleh: akunId, ...b })

/** Remove a stored object whose row was not (or no longer is) committed; failures are only logged. */
export async function buangObjek(p: Penyimpanan, kunci: string, log?: { warn(o: object, m: string): void }) {
  try {
    await p.hapus(kunci)
  } catch (e) {
    log?.warn({ err: e, kunci }, 'stored file not removed')
  }
}

/** Delete a file's row (in the caller's transaction); the object goes after commit (buangObjek). */
export const hapusBerkas = (tx: Db, row: BerkasRow) => deleteBerkas(tx, row.instansiId, row.id)

/**
 * Send a stored file as a download: never rendered by the browser (attachment, nosniff, a sandboxing CSP),
 * never cached by a shared cache, with the type detected at upload.
 */
export async function kirimBerkas(reply: FastifyReply, p: Penyimpanan, row: BerkasRow) {
  const isi = p.jenis === row.penyimpanan ? await p.baca(row.kunci) : undefined
  if (!isi) {
    reply.log.warn({ berkasId: row.id, penyimpanan: row.penyimpanan }, 'stored file missing')
    throw notFound({ id: 'Berkas', en: 'File' })
  }
  return reply
    .header('content-type', row.mime)
    .header('content-length', String(row.ukuran))
    .header('content-disposition', disposisiLampiran(row.nama))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(isi)
}
