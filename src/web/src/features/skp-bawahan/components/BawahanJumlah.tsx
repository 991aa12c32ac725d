import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { STATUS_BAWAHAN, type SkpBawahanDaftar } from '../../../../../shared/skp-bawahan.ts'
import type { useBawahanFilter } from '../hooks/use-bawahan-filter.ts'

type Filter = ReturnType<typeof useBawahanFilter>

/** What needs action first, then the rest. */
const URUTAN = [
  'diajukan',
  'belum_ada',
  'draft',
  'dikembalikan',
  'disetujui',
] as const satisfies readonly (typeof STATUS_BAWAHAN)[number][]

/**
 * Counts by status and of late rows, from the server (over the whole list of the year, whatever the
 * filter); each is a filter: pressing it shows only those rows, pressing it again shows all.
 */
export function BawahanJumlah({
  data,
  f,
}: {
  data: Pick<SkpBawahanDaftar, 'jumlah' | 'jumlahTerlambat'>
  f: Filter
}) {
  const { t } = useTranslation('skp-bawahan')
  const aktifTerlambat = f.filter.terlambat === 'true'
  return (
    <Group gap="xs" mb="md" role="group" aria-label={t('jumlah.label')} data-testid="bawahan-jumlah">
      {URUTAN.map((s) => {
        const aktif = f.filter.status === s
        return (
          <Button
            key={s}
            size="compact-sm"
            variant={aktif ? 'filled' : 'default'}
            aria-pressed={aktif}
            onClick={() => f.set({ status: aktif ? null : s })}
            data-testid={`bawahan-jumlah-${s}`}
          >
            {t(`status.${s}`)}: {data.jumlah[s]}
          </Button>
        )
      })}
      <Button
        size="compact-sm"
        color="red"
        variant={aktifTerlambat ? 'filled' : 'light'}
        aria-pressed={aktifTerlambat}
        onClick={() => f.set({ terlambat: aktifTerlambat ? null : 'true' })}
        data-testid="bawahan-jumlah-terlambat"
      >
        {t('jumlah.terlambat', { jumlah: data.jumlahTerlambat })}
      </Button>
    </Group>
  )
}
