import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { pilihanTahun } from '../hooks/use-tahun.ts'

/** The year picker of SKP Saya. */
export function TahunSelect({ value, onChange }: { value: number; onChange: (tahun: number) => void }) {
  const { t } = useTranslation('skp')
  return (
    <Select
      label={t('tahun')}
      data={pilihanTahun().map(String)}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={120}
      data-testid="skp-tahun"
    />
  )
}
