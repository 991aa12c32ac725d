import { Group, Pagination, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface Props {
  page: number
  pageSize: number
  total: number
  onChange: (page: number) => void
}

/** "Showing 21–40 of 388" and the page buttons under a paginated table. */
export function TablePager({ page, pageSize, total, onChange }: Props) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1
  const to = Math.min(total, page * pageSize)
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('halaman.dari', { from, to, total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('halaman.navigasi')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            siblings={1}
            getControlProps={(control) => ({ 'aria-label': t(`halaman.${control}`) })}
            getItemProps={(p) => ({ 'aria-label': t('halaman.ke', { page: p }) })}
          />
        </nav>
      )}
    </Group>
  )
}
