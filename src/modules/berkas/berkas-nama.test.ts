import { describe, expect, it } from 'vitest'
import { bersihkanNama, disposisiLampiran, ekstensi } from './berkas-nama.ts'

describe('bersihkanNama', () => {
  it.each([
    ['laporan.pdf', 'laporan.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\cmd.exe', 'cmd.exe'],
    ['C:\\Users\\ani\\Documents\\Laporan TW II.docx', 'Laporan TW II.docx'],
    ['invoice\u202Egpj.exe', 'invoicegpj.exe'], // RTL override: shown as "invoiceexe.jpg"
    ['a\u2066b\u2069c\u200B.pdf', 'abc.pdf'], // isolates and zero-width space
    ['a.pdf\u0000.exe', 'a.pdf.exe'],
    ['tab\tand\nnewline.png', 'tabandnewline.png'],
    ['foto<>:"|?*.jpg', 'foto_______.jpg'],
    ['  ..hidden.pdf. ', 'hidden.pdf'],
    ['lone \uD800 surrogate.pdf', 'lone surrogate.pdf'],
    ['Foto Kegiatan – Bidang Uji 😀.jpg', 'Foto Kegiatan – Bidang Uji 😀.jpg'],
    ['', 'berkas'],
    [undefined, 'berkas'],
    ['../', 'berkas'],
    ['\u202E', 'berkas'],
  ])('%j → %j', (mentah, bersih) => {
    expect(bersihkanNama(mentah)).toBe(bersih)
  })

  it('refuses (null) a name longer than 255 characters, never cuts it', () => {
    expect(bersihkanNama(`${'a'.repeat(251)}.pdf`)).toBe(`${'a'.repeat(251)}.pdf`)
    expect(bersihkanNama(`${'a'.repeat(252)}.pdf`)).toBeNull()
    expect(bersihkanNama(`${'😀'.repeat(251)}.pdf`)).not.toBeNull() // counted in characters
  })
})

describe('ekstensi', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['a.pdf.exe', 'exe'],
    ['passwd', ''],
    ['.bashrc', ''],
  ])('%s → %s', (nama, ext) => expect(ekstensi(nama)).toBe(ext))
})

describe('disposisiLampiran', () => {
  it('an ASCII fallback without quotes or backslashes, and the exact name percent-encoded', () => {
    expect(disposisiLampiran('Laporan "TW" II\\ – Ani.pdf')).toBe(
      `attachment; filename="Laporan _TW_ II_ _ Ani.pdf"; filename*=UTF-8''Laporan%20%22TW%22%20II%5C%20%E2%80%93%20Ani.pdf`,
    )
    expect(disposisiLampiran("it's (1).pdf")).toBe(
      `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`,
    )
  })
})
