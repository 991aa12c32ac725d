/**
 * Where uploaded files live: the local disk (default, under BERKAS_DIR = DATA_DIR/berkas) or S3-compatible
 * object storage when S3_BUCKET is set (DESIGN.md scale-out path). Keys are generated here,
 * `<instansi>/<yyyy>/<uuid>`, never from a user's file name, so no name can reach a path.
 */
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { PenyimpananBerkas } from '../../shared/enums.ts'
import type { Config } from '../../server/config.ts'
import { pastikanKunci } from './berkas-kunci.ts'
import { penyimpananS3 } from './penyimpanan-s3.ts'

export { kunciBaru } from './berkas-kunci.ts'

export interface Penyimpanan {
  readonly jenis: PenyimpananBerkas
  /** A folder for the upload being received (on the same disk as the files, for the local backend). */
  readonly sementara: string
  /** Store the finished temporary file under `kunci` (it may be moved away). */
  simpan(kunci: string, berkasSementara: string, ukuran: number, mime: string): Promise<void>
  /** The stored bytes; undefined when the object is gone. */
  baca(kunci: string): Promise<Readable | undefined>
  hapus(kunci: string): Promise<void>
}

export function penyimpananLokal(akar: string): Penyimpanan {
  const jalur = (kunci: string) => path.join(akar, ...pastikanKunci(kunci).split('/'))
  return {
    jenis: 'lokal',
    sementara: path.join(akar, '.sementara'),
    async simpan(kunci, berkasSementara) {
      const tujuan = jalur(kunci)
      await mkdir(path.dirname(tujuan), { recursive: true, mode: 0o700 })
      try {
        await rename(berkasSementara, tujuan)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e
        await copyFile(berkasSementara, tujuan)
      }
    },
    async baca(kunci) {
      try {
        const fh = await open(jalur(kunci), 'r')
        return fh.createReadStream()
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw e
      }
    },
    hapus: (kunci) => rm(jalur(kunci), { force: true }),
  }
}

const dibuat = new WeakMap<Config, Penyimpanan>()

/** The app's storage, from its settings: S3 when configured, else the local folder. One per config. */
export function penyimpananDari(config: Config): Penyimpanan {
  let p = dibuat.get(config)
  if (!p) {
    p = config.s3
      ? penyimpananS3(config.s3, path.join(tmpdir(), 'kinerja-unggah'))
      : penyimpananLokal(config.berkasDir)
    dibuat.set(config, p)
  }
  return p
}
