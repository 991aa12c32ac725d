import { Group, Text, ThemeIcon } from '@mantine/core'
import { IconChartArcs } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The product mark: icon + name (+ tagline on wide screens). */
export function Brand({ withTagline = false }: { withTagline?: boolean }) {
  const { t } = useTranslation()
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size="lg" radius="md" aria-hidden>
        <IconChartArcs size={20} />
      </ThemeIcon>
      <div>
        <Text fw={700} size="lg" lh={1.1}>
          {t('app.nama')}
        </Text>
        {withTagline && (
          <Text size="xs" c="dimmed" lh={1.2}>
            {t('app.tagline')}
          </Text>
        )}
      </div>
    </Group>
  )
}
