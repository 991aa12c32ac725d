import { Select } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { TAHUN_MIN } from '../../../../../shared/pengaturan.ts'

const opsi = () => {
  const list: string[] = []
  for (let t = dayjs().year() + 1; t >= TAHUN_MIN; t--) list.push(String(t))
  return list
}

export function TahunPilih({ value, onChange }: { value: number; onChange: (tahun: number) => void }) {
  const { t } = useTranslation('kaskade')
  return (
    <Select
      label={t('tahun')}
      w={120}
      allowDeselect={false}
      data={opsi()}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      data-testid="kaskade-tahun"
    />
  )
}
