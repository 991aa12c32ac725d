import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import type { KonfigurasiS3 } from '../../server/config.ts'
import { pastikanKunci } from './berkas-kunci.ts'
import type { Penyimpanan } from './penyimpanan.ts'

/** S3-compatible object storage (AWS S3, MinIO, Ceph, Garage …) through @aws-sdk/client-s3. */
export function penyimpananS3(k: KonfigurasiS3, sementara: string): Penyimpanan {
  const klien = new S3Client({
    endpoint: k.endpoint,
    region: k.region,
    forcePathStyle: k.forcePathStyle,
    // Checksums only when an operation requires them: with the SDK's default (since 3.729) a streamed body
    // is sent aws-chunked with a trailing CRC, which many S3-compatible servers store verbatim.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials:
      k.accessKeyId && k.secretAccessKey
        ? { accessKeyId: k.accessKeyId, secretAccessKey: k.secretAccessKey }
        : undefined,
  })
  return {
    jenis: 's3',
    sementara,
    async simpan(kunci, berkasSementara, ukuran, mime) {
      await klien.send(
        new PutObjectCommand({
          Bucket: k.bucket,
          Key: pastikanKunci(kunci),
          Body: createReadStream(berkasSementara),
          ContentLength: ukuran,
          ContentType: mime,
        }),
      )
    },
    async baca(kunci) {
      try {
        const res = await klien.send(new GetObjectCommand({ Bucket: k.bucket, Key: pastikanKunci(kunci) }))
        return res.Body as Readable | undefined
      } catch (e) {
        if (e instanceof NoSuchKey || (e as { name?: string }).name === 'NoSuchKey') return undefined
        throw e
      }
    },
    async hapus(kunci) {
      await klien.send(new DeleteObjectCommand({ Bucket: k.bucket, Key: pastikanKunci(kunci) }))
    },
  }
}
