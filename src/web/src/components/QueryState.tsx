import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { IconAlertCircle, IconInbox } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? t('status.memuat')}</Text>
      </Group>
    </Center>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('status.gagal')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{(error as Error)?.message ?? t('error.unknown')}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('aksi.muatUlang')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}

export function EmptyState({ message, children }: { message?: string; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Stack align="center" py="xl" gap="xs">
      <IconInbox size={36} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text c="dimmed" ta="center">
        {message ?? t('status.kosong')}
      </Text>
      {children}
    </Stack>
  )
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>
  /** True when the loaded data has nothing to show. */
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  children: (data: T) => ReactNode
}

/** Loading, error (with retry), empty, or the content: the same four states on every page. */
export function QueryState<T>({ query, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingState />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState />}</>
  return <>{children(query.data)}</>
}
