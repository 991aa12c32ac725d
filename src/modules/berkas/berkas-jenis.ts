/**
 * What an uploaded file is, decided from its content (file-type reads the magic numbers and, for zip
 * and CFB containers, what is inside), never from the name or the browser's Content-Type. Only documents
 * and images a penilai opens are accepted; SVG, HTML, scripts, executables, archives and anything unknown
 * are refused even behind a harmless extension, and the extension must agree with what the content is.
 */
import { open } from 'node:fs/promises'
import { fileTypeFromFile } from 'file-type'
import { AppError, type Teks } from '../../server/errors.ts'
import { ekstensi } from './berkas-nama.ts'

export type KeluargaBerkas = 'pdf' | 'gambar' | 'dokumen' | 'lembar' | 'presentasi'

interface JenisDikenal {
  keluarga: KeluargaBerkas
  mime: string
}

/** file-type's answer (its `ext`) → the family and the Content-Type we serve it with. */
const DIIZINKAN: Record<string, JenisDikenal> = {
  pdf: { keluarga: 'pdf', mime: 'application/pdf' },
  png: { keluarga: 'gambar', mime: 'image/png' },
  jpg: { keluarga: 'gambar', mime: 'image/jpeg' },
  webp: { keluarga: 'gambar', mime: 'image/webp' },
  gif: { keluarga: 'gambar', mime: 'image/gif' },
  docx: {
    keluarga: 'dokumen',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { keluarga: 'lembar', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: {
    keluarga: 'presentasi',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  odt: { keluarga: 'dokumen', mime: 'application/vnd.oasis.opendocument.text' },
  ods: { keluarga: 'lembar', mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { keluarga: 'presentasi', mime: 'application/vnd.oasis.opendocument.presentation' },
}

/** The extensions a name may carry for each family. */
export const EKSTENSI_KELUARGA: Record<KeluargaBerkas, readonly string[]> = {
  pdf: ['pdf'],
  gambar: ['png', 'jpg', 'jpeg', 'jfif', 'webp', 'gif'],
  dokumen: ['docx', 'odt', 'doc'],
  lembar: ['xlsx', 'ods', 'xls'],
  presentasi: ['pptx', 'odp', 'ppt'],
}

/** Legacy Office files are CFB containers: which one it is, from the extension (Word, Excel, PowerPoint). */
const CFB_LAMA: Record<string, JenisDikenal> = {
  doc: { keluarga: 'dokumen', mime: 'application/msword' },
  xls: { keluarga: 'lembar', mime: 'application/vnd.ms-excel' },
  ppt: { keluarga: 'presentasi', mime: 'application/vnd.ms-powerpoint' },
}

/** Windows Installer packages, patches and transforms are CFB too: never a document (root CLSID). */
const CLSID_INSTALLER = ['000c1084', '000c1086', '000c1082']

/** Accepted types, for error messages and the web app's `accept`. */
export const EKSTENSI_DITERIMA = Object.values(EKSTENSI_KELUARGA).flat()

const galat = (code: string, teks: Teks) => new AppError(400, code, teks, [{ path: 'file', message: teks }])

export const jenisDitolak = () =>
  galat('BERKAS.JENIS_DITOLAK', {
    id: 'Jenis berkas tidak diterima. Unggah PDF, gambar (PNG, JPEG, WEBP, GIF) atau dokumen perkantoran (Word, Excel, PowerPoint, OpenDocument).',
    en: 'This file type is not accepted. Upload a PDF, an image (PNG, JPEG, WEBP, GIF) or an office document (Word, Excel, PowerPoint, OpenDocument).',
  })

const ekstensiTidakSesuai = (ext: string, keluarga: KeluargaBerkas) => {
  const cocok = EKSTENSI_KELUARGA[keluarga].map((e) => `.${e}`).join(', ')
  return galat('BERKAS.EKSTENSI_TIDAK_SESUAI', {
    id: `Nama berkas berakhiran "${ext ? `.${ext}` : '(tanpa ekstensi)'}" tetapi isinya ${NAMA_KELUARGA[keluarga].id}; gunakan ${cocok}.`,
    en: `The file name ends in "${ext ? `.${ext}` : '(no extension)'}" but the content is ${NAMA_KELUARGA[keluarga].en}; use ${cocok}.`,
  })
}

const NAMA_KELUARGA: Record<KeluargaBerkas, Teks> = {
  pdf: { id: 'PDF', en: 'a PDF' },
  gambar: { id: 'gambar', en: 'an image' },
  dokumen: { id: 'dokumen teks', en: 'a text document' },
  lembar: { id: 'lembar kerja', en: 'a spreadsheet' },
  presentasi: { id: 'presentasi', en: 'a presentation' },
}

/** The root storage entry's CLSID of a CFB file (8 hex digits of its first field), or null. */
async function clsidAkarCfb(jalur: string): Promise<string | null> {
  const fh = await open(jalur, 'r')
  try {
    const kepala = Buffer.alloc(512)
    await fh.read(kepala, 0, 512, 0)
    const ukuranSektor = 1 << kepala.readUInt16LE(30)
    const sektorDir = kepala.readUInt32LE(48)
    if (ukuranSektor < 512 || ukuranSektor > 4096 || sektorDir >= 0xfffffffa) return null
    const akar = Buffer.alloc(128)
    const { bytesRead } = await fh.read(akar, 0, 128, (sektorDir + 1) * ukuranSektor)
    if (bytesRead < 128) return null
    return akar.readUInt32LE(80).toString(16).padStart(8, '0')
  } finally {
    await fh.close()
  }
}

/** The detected type of the file at `jalur`, named `nama`: its Content-Type, or a 400 on field `file`. */
export async function periksaJenis(jalur: string, nama: string): Promise<JenisDikenal> {
  const hasil = await fileTypeFromFile(jalur)
  const ext = ekstensi(nama)
  let jenis = hasil ? DIIZINKAN[hasil.ext] : undefined
  if (hasil?.ext === 'cfb') {
    const clsid = await clsidAkarCfb(jalur)
    if (clsid !== null && CLSID_INSTALLER.includes(clsid)) throw jenisDitolak()
    jenis = CFB_LAMA[ext]
    if (!jenis) throw ekstensiTidakSesuai(ext, 'dokumen')
  }
  if (!jenis) throw jenisDitolak()
  if (!EKSTENSI_KELUARGA[jenis.keluarga].includes(ext)) throw ekstensiTidakSesuai(ext, jenis.keluarga)
  return jenis
}
