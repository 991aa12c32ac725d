import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * The periods of the year's setting as the server lists them (`periodeTersedia`: monthly, quarterly or semester,
 * then the annual one) and the period it answered for. A period from an older link that the setting no longer
 * lists stays shown as chosen.
 */
export function PeriodeSelect({
  value,
  pilihan,
  onChange,
}: {
  value: string | null
  pilihan: readonly { kode: string }[] | undefined
  onChange: (v: string) => void
}) {
  const { t } = useTranslation('kurva')
  const kode = (pilihan ?? []).map((p) => p.kode)
  if (value && !kode.includes(value)) kode.push(value)
  return (
    <Select
      label={t('periode')}
      data={kode.map((k) => ({ value: k, label: t(`kodePeriode.${k}`) }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      disabled={kode.length === 0}
      w={{ base: '100%', xs: 200 }}
      data-testid="kurva-periode"
    />
  )
}

/** The year, period (null: the server's default) and unit of the page, from the address (shareable). */
export function pilihanDari(params: URLSearchParams, tahunIni: number) {
  return {
    tahun: Number(params.get('tahun')) || tahunIni,
    periode: params.get('periode'),
    unorId: params.get('unorId'),
  }
}
