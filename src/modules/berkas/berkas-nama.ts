/**
 * A file's display name, from what the uploader's browser sent. It is shown and offered back as the
 * download name, never used as a path (the storage key is generated: penyimpanan.ts).
 */

/** Longest display name kept, in characters (most file systems' limit for one name). */
export const MAKS_NAMA = 255

// Control characters (NUL included), format characters (bidi overrides and isolates, zero-width
// characters, the BOM), and what Windows forbids in a name.
const DIBUANG = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]/gu
const TERLARANG = /[<>:"|?*]/g
const SUROGAT_TUNGGAL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The last path segment, without control and bidi characters (an RTL override makes `exe.pdf` look like
 * a PDF), without Windows-reserved characters, trimmed of spaces and dots. Empty → `berkas`.
 * Longer than MAKS_NAMA → null (refused, never cut).
 */
export function bersihkanNama(mentah: string | undefined): string | null {
  const utuh = (mentah ?? '').replace(SUROGAT_TUNGGAL, '')
  const segmen = utuh.split(/[/\\]/).pop() ?? ''
  const nama = segmen
    .replace(DIBUANG, '')
    .replace(TERLARANG, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  if ([...nama].length > MAKS_NAMA) return null
  return nama || 'berkas'
}

/** The extension of a clean name, lower case, without the dot ('' when there is none). */
export function ekstensi(nama: string): string {
  const titik = nama.lastIndexOf('.')
  return titik > 0 ? nama.slice(titik + 1).toLowerCase() : ''
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback for old clients and the
 * exact name percent-encoded for the rest. The name is already clean (bersihkanNama).
 */
export function disposisiLampiran(nama: string): string {
  const ascii = nama.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const utf8 = encodeURIComponent(nama).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`
}
