import { ActionIcon, Button, Group, Text } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatTanggal } from '../../../lib/format.ts'
import type { useMinggu } from './minggu.ts'

/** Previous / this / next week, with the week's dates. */
export function NavMinggu({ m }: { m: ReturnType<typeof useMinggu> }) {
  const { t } = useTranslation('progres-harian')
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon
        variant="default"
        onClick={m.sebelum}
        aria-label={t('minggu.sebelum')}
        data-testid="minggu-sebelum"
      >
        <IconChevronLeft size={16} />
      </ActionIcon>
      <Text size="sm" fw={600}>
        {t('minggu.rentang', { dari: formatTanggal(m.mulai), sampai: formatTanggal(m.selesai) })}
      </Text>
      <ActionIcon
        variant="default"
        onClick={m.berikut}
        aria-label={t('minggu.berikut')}
        data-testid="minggu-berikut"
      >
        <IconChevronRight size={16} />
      </ActionIcon>
      <Button variant="subtle" size="xs" onClick={m.ini}>
        {t('minggu.ini')}
      </Button>
    </Group>
  )
}
