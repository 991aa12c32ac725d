import { Select } from '@mantine/core'
import { tahunIni } from '../lib/hari-ini.ts'
import { useTranslation } from 'react-i18next'
import { TAHUN_MAX, TAHUN_MIN } from '../../../shared/pengaturan.ts'

/** Years offered in the pickers: from the first SKP year under PermenPANRB 6/2022 to next year. */
export function pilihanTahun(): number[] {
  const akhir = Math.min(tahunIni() + 1, TAHUN_MAX)
  const tahun: number[] = []
  for (let t = akhir; t >= TAHUN_MIN; t--) tahun.push(t)
  return tahun
}

/** The one year picker of the app (SKP Saya, Matriks Peran Hasil, Tim Kerja …). */
export function TahunSelect({
  value,
  onChange,
  testId,
}: {
  value: number
  onChange: (tahun: number) => void
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <Select
      label={t('tahun')}
      data={pilihanTahun().map(String)}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={120}
      data-testid={testId}
    />
  )
}
