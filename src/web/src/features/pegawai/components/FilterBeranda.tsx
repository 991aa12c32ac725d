import { Badge, CloseButton, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LABEL_SKP_STATUS } from '../../../../../domain/labels.ts'
import { labelOf } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import type { usePegawaiFilter } from '../hooks/use-pegawai-filter.ts'

/** The filters a Beranda count opened this list with, each removable (they have no field in the bar). */
export function FilterBeranda({ f }: { f: ReturnType<typeof usePegawaiFilter> }) {
  const { t } = useTranslation('pegawai')
  const { tanpaAkun, statusSkp, wajibSkp, tahun } = f.filter
  if (!tanpaAkun && !statusSkp && !wajibSkp) return null
  const status =
    statusSkp === 'belum_ada'
      ? t('filter.belumAdaSkp')
      : labelOf(LABEL_SKP_STATUS[statusSkp as keyof typeof LABEL_SKP_STATUS], statusSkp ?? '')
  const chip = (label: string, hapus: () => void) => (
    <Badge
      variant="light"
      size="lg"
      tt="none"
      rightSection={<CloseButton size="xs" onClick={hapus} aria-label={t('filter.hapus', { nama: label })} />}
    >
      {label}
    </Badge>
  )
  return (
    <Group gap="xs" mb="sm" data-testid="pegawai-filter-beranda">
      {tanpaAkun && chip(t('filter.tanpaAkun'), () => f.set({ tanpaAkun: null }))}
      {statusSkp &&
        chip(t('filter.statusSkp', { tahun: tahun ?? tahunIni(), status }), () =>
          f.set({ statusSkp: null, tahun: null }),
        )}
      {wajibSkp &&
        !statusSkp &&
        chip(t('filter.wajibSkp', { tahun: tahun ?? tahunIni() }), () =>
          f.set({ wajibSkp: null, tahun: null }),
        )}
    </Group>
  )
}
