import { Select } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Page } from '../../../shared/common.ts'
import type { InstansiView } from '../../../shared/organisasi.ts'
import { api } from '../lib/api.ts'
import { useInstansiAktif } from '../lib/instansi-aktif.tsx'

export const useInstansiOptions = () =>
  useQuery({
    queryKey: ['instansi', 'pilihan'],
    queryFn: () => api.get<Page<InstansiView>>('/instansi', { pageSize: 200 }),
    staleTime: 5 * 60_000,
  })

/** For national admins: which instansi the admin pages work in (kept in localStorage). */
export function InstansiPicker() {
  const { t } = useTranslation()
  const { instansiId, setInstansiId } = useInstansiAktif()
  const options = useInstansiOptions()
  return (
    <Select
      label={t('header.instansi')}
      placeholder={t('header.pilihInstansi')}
      searchable
      size="sm"
      mb="xs"
      px={4}
      data-testid="instansi-picker"
      value={instansiId}
      onChange={setInstansiId}
      nothingFoundMessage={t('status.tidakDitemukan')}
      disabled={options.isPending}
      error={options.isError ? options.error.message : undefined}
      data={(options.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.nama} (${i.kode})` }))}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
