/**
 * Dialog kinerja (PermenPANRB 6/2022, DOMAIN §4): recorded coaching (bimbingan) and counselling (konseling)
 * sessions between a pejabat penilai and a pegawai. After a coaching session the pegawai gives feedback on
 * it (Lampiran, Format B.1.8: nine statements on a scale) and the atasan evaluates the competencies worked
 * on (Format B.1.9: each competency 1–5 with a reason). Reference data is versioned like BerAKHLAK: a new
 * text is a new version, a filled form keeps the version it was answered against.
 */

export interface SkalaJawaban {
  nilai: number
  label: string
  labelEn: string
}

export interface VersiFormatB18 {
  versi: number
  /** The statements in the order of the form. */
  pernyataan: { id: string; en: string }[]
  skala: SkalaJawaban[]
}

/**
 * Format B.1.8, version 1. Written from the structure of PermenPANRB 6/2022 Lampiran (nine statements on the
 * coaching the pegawai received); the wording must be checked against the published Lampiran before use.
 */
export const FORMAT_B18: VersiFormatB18[] = [
  {
    versi: 1,
    pernyataan: [
      {
        id: 'Atasan membantu saya menetapkan tujuan yang ingin dicapai melalui coaching.',
        en: 'My superior helped me set the goal I wanted to reach through the coaching.',
      },
      {
        id: 'Atasan mendengarkan saya secara aktif dan penuh perhatian.',
        en: 'My superior listened to me actively and attentively.',
      },
      {
        id: 'Atasan mengajukan pertanyaan yang membantu saya menggali pemikiran dan menemukan solusi sendiri.',
        en: 'My superior asked questions that helped me explore my thinking and find my own solutions.',
      },
      {
        id: 'Atasan memberikan umpan balik yang jelas, spesifik, dan membangun.',
        en: 'My superior gave clear, specific and constructive feedback.',
      },
      {
        id: 'Atasan menciptakan suasana yang aman, terbuka, dan saling percaya.',
        en: 'My superior created a safe, open and trusting atmosphere.',
      },
      {
        id: 'Atasan membantu saya menyusun rencana tindak lanjut yang konkret.',
        en: 'My superior helped me draw up a concrete follow-up plan.',
      },
      {
        id: 'Coaching membantu saya memahami kekuatan dan area pengembangan diri saya.',
        en: 'The coaching helped me understand my strengths and where I need to develop.',
      },
      {
        id: 'Coaching meningkatkan motivasi saya untuk mencapai kinerja yang diharapkan.',
        en: 'The coaching increased my motivation to reach the expected performance.',
      },
      {
        id: 'Secara keseluruhan, coaching bermanfaat bagi peningkatan kinerja saya.',
        en: 'Overall, the coaching was useful for improving my performance.',
      },
    ],
    skala: [
      { nilai: 1, label: 'Sangat tidak setuju', labelEn: 'Strongly disagree' },
      { nilai: 2, label: 'Tidak setuju', labelEn: 'Disagree' },
      { nilai: 3, label: 'Ragu-ragu', labelEn: 'Undecided' },
      { nilai: 4, label: 'Setuju', labelEn: 'Agree' },
      { nilai: 5, label: 'Sangat setuju', labelEn: 'Strongly agree' },
    ],
  },
]

/** The version a new B.1.8 is answered against. */
export const formatB18Terbaru = (): VersiFormatB18 => FORMAT_B18[FORMAT_B18.length - 1]
export const formatB18Versi = (versi: number) => FORMAT_B18.find((f) => f.versi === versi)

/** Format B.1.9: each competency rated 1–5 with a reason. */
export const SKALA_B19 = { min: 1, max: 5 } as const
export const MAKS_KOMPETENSI_B19 = 10

export type StatusDialog = 'dijadwalkan' | 'selesai' | 'dibatalkan'
export type JenisDialog = 'bimbingan' | 'konseling'
export type PeranDialog = 'pegawai' | 'atasan' | 'pembaca'

export interface AksiDialog {
  ubah: boolean
  selesaikan: boolean
  batalkan: boolean
  isiB18: boolean
  isiB19: boolean
}

export interface KeadaanDialog {
  status: StatusDialog
  jenis: JenisDialog
  b18Terisi: boolean
  b19Terisi: boolean
}

/**
 * What each side may do: the atasan schedules, edits, holds (selesai) or cancels the session; after a
 * coaching session the pegawai answers B.1.8 once and the atasan fills B.1.9 once (forms are records).
 */
export function aksiDialog(d: KeadaanDialog, peran: PeranDialog): AksiDialog {
  const atasan = peran === 'atasan'
  const terjadwal = d.status === 'dijadwalkan'
  const formulir = d.status === 'selesai' && d.jenis === 'bimbingan'
  return {
    ubah: atasan && terjadwal,
    selesaikan: atasan && terjadwal,
    batalkan: atasan && terjadwal,
    isiB18: peran === 'pegawai' && formulir && !d.b18Terisi,
    isiB19: atasan && formulir && !d.b19Terisi,
  }
}

/** Waiting for this side: a session to hold and record, or a form still to fill. */
export function menungguDialog(d: KeadaanDialog, peran: PeranDialog): boolean {
  const a = aksiDialog(d, peran)
  return a.selesaikan || a.isiB18 || a.isiB19
}
