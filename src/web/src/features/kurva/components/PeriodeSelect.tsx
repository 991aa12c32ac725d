import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { KODE_PERIODE_PENILAIAN } from '../../../../../shared/enums.ts'

/** Any evaluation period code (monthly, quarterly, semester, annual): the organisation predikat is kept per code. */
export function PeriodeSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('kurva')
  return (
    <Select
      label={t('periode')}
      data={KODE_PERIODE_PENILAIAN.map((k) => ({ value: k, label: t(`kodePeriode.${k}`) }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      w={{ base: '100%', xs: 200 }}
      data-testid="kurva-periode"
    />
  )
}

/** The year and period of the page, from the address (shareable, survives a reload). */
export function pilihanDari(params: URLSearchParams, tahunIni: number) {
  return {
    tahun: Number(params.get('tahun')) || tahunIni,
    periode: params.get('periode') || 'FINAL',
    unorId: params.get('unorId'),
  }
}
