import { finished } from 'node:stream/promises'
import type { MultipartFile } from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { BATAS_UNGGAH_MAKS_MB } from '../../shared/pengaturan.ts'
import { validatorCompiler } from '../../server/validation.ts'
import { tanpaBerkas } from './berkas.service.ts'

/**
 * The multipart side of an upload route (bukti dukung, a keberatan's signed letter): the one file part named
 * `file`, the form fields sent before it, and draining a refused file.
 */

/** The upload's single `file` part (the fields before it are in `file.fields`), or a 400 without one. */
export async function berkasUnggahan(req: FastifyRequest) {
  const file = req.isMultipart()
    ? await req.file({ limits: { fileSize: BATAS_UNGGAH_MAKS_MB * 1024 * 1024, files: 1 } })
    : undefined
  if (!file || file.fieldname !== 'file') throw tanpaBerkas()
  return file
}

/** A validator of the form fields sent before the file part, checked like any body (NUL, lengths, the schema). */
export function pembacaIsian<S extends z.ZodType>(schema: S) {
  const validasi = validatorCompiler({ schema, httpPart: 'body' } as never)
  return (file: MultipartFile): z.infer<S> => {
    const isian: Record<string, unknown> = {}
    for (const [nama, bagian] of Object.entries(file.fields)) {
      if (nama === file.fieldname) continue
      isian[nama] = Array.isArray(bagian)
        ? bagian.map((b) => (b.type === 'field' ? b.value : undefined))
        : bagian?.type === 'field'
          ? bagian.value
          : undefined
    }
    const hasil = validasi(isian) as { value?: z.infer<S>; error?: Error }
    if (hasil.error) throw hasil.error
    return hasil.value!
  }
}

/** A refused upload still reads the rest of the file, so the browser receives the answer, not a reset. */
export async function kuras(file: MultipartFile) {
  if (file.file.readableEnded) return
  file.file.resume()
  await finished(file.file).catch(() => {})
}
