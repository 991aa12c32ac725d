import { Button, Center, Stack, Text, Title } from '@mantine/core'
import { IconError404, IconLock, IconMoodSad } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useRouteError } from 'react-router'
import { useDocumentTitle } from '@mantine/hooks'

function Message({ icon, title, detail }: { icon: ReactNode; title: string; detail?: string }) {
  const { t } = useTranslation()
  useDocumentTitle(`${title} · ${t('app.nama')}`)
  return (
    <Center py={60}>
      <Stack align="center" gap="sm" maw={480}>
        {icon}
        <Title order={1} size="h3" ta="center">
          {title}
        </Title>
        {detail && (
          <Text c="dimmed" ta="center" size="sm">
            {detail}
          </Text>
        )}
        <Button component={Link} to="/" variant="light">
          {t('error.keBeranda')}
        </Button>
      </Stack>
    </Center>
  )
}

export function NotFoundPage() {
  const { t } = useTranslation()
  return <Message icon={<IconError404 size={48} aria-hidden />} title={t('error.notFound')} />
}

export function ForbiddenPage() {
  const { t } = useTranslation()
  return <Message icon={<IconLock size={48} aria-hidden />} title={t('error.forbidden')} />
}

/** Last resort for a crash while rendering a page (e.g. a chunk that failed to load). */
export function RouteErrorPage() {
  const { t } = useTranslation()
  const error = useRouteError() as Error | undefined
  return (
    <Message icon={<IconMoodSad size={48} aria-hidden />} title={t('error.judul')} detail={error?.message} />
  )
}
