import { Card, Group, Text, ThemeIcon } from '@mantine/core'
import { IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useNavRoutes } from '../../../app/Navigation.tsx'

/** One card per page this account may open (the same list as the menu, without Beranda itself). */
export function Pintasan() {
  const { t } = useTranslation()
  const routes = useNavRoutes().filter((r) => r.path !== '/')
  return (
    <>
      {routes.map((r) => {
        const Icon = r.icon!
        return (
          <Card
            key={r.path}
            withBorder
            component={Link}
            to={r.path}
            padding="md"
            data-testid={`pintasan-${r.path}`}
          >
            <Group justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon variant="light" size="lg" aria-hidden>
                  <Icon size={20} />
                </ThemeIcon>
                <Text fw={600}>{t(r.labelKey!)}</Text>
              </Group>
              <IconChevronRight size={18} aria-hidden />
            </Group>
          </Card>
        )
      })}
    </>
  )
}
