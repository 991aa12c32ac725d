import { Anchor, Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconArrowDown } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { KeselarasanRhk, RhkRingkas, SimpulKeselarasan } from '../../../../../shared/kaskade.ts'
import { StatusSkpBadge } from './StatusSkpBadge.tsx'

type Item = Omit<KeselarasanRhk, 'terpotong'>

/** One RHK in the tree: description, owner, SKP status, a flag when nobody contributes to it. */
function Simpul({ r, tanpaKontributor, ini }: { r: RhkRingkas; tanpaKontributor?: boolean; ini?: boolean }) {
  const { t } = useTranslation('kaskade')
  return (
    <Box
      p="xs"
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        border: `1px solid var(--mantine-color-${ini ? 'blue-4' : tanpaKontributor ? 'orange-4' : 'gray-3'})`,
        background: ini ? 'var(--mantine-color-blue-0)' : undefined,
      }}
      data-testid="selaras-simpul"
      data-tanpa-kontributor={tanpaKontributor || undefined}
    >
      <Text size="sm" fw={ini ? 700 : 500}>
        {r.deskripsi}
      </Text>
      <Group gap={6} mt={4}>
        <Text size="xs" c="dimmed">
          {r.pegawaiNama}
          {r.jabatan ? ` · ${r.jabatan}` : ''}
        </Text>
        <StatusSkpBadge status={r.skpStatus} size="xs" />
        {tanpaKontributor && (
          <Badge size="xs" color="orange" leftSection={<IconAlertTriangle size={10} />}>
            {t('selaras.tanpaKontributor')}
          </Badge>
        )}
        {!ini && (
          <Anchor component={Link} to={`/rhk/${r.rhkId}/keselarasan`} size="xs">
            {t('selaras.lihat')}
          </Anchor>
        )}
      </Group>
    </Box>
  )
}

/** Contributors below, as nested lists (indentation shrinks on phones so long chains still fit). */
function Cabang({ anak }: { anak: SimpulKeselarasan[] }) {
  if (anak.length === 0) return null
  return (
    <Stack
      gap={6}
      component="ul"
      m={0}
      mt={6}
      pl={{ base: 'xs', sm: 'md' }}
      style={{ listStyle: 'none', borderLeft: '2px solid var(--mantine-color-gray-3)' }}
    >
      {anak.map((a) => (
        <li key={a.rhkId}>
          <Simpul r={a} tanpaKontributor={a.tanpaKontributor} />
          <Cabang anak={a.anak} />
        </li>
      ))}
    </Stack>
  )
}

/** For one RHK: the chain up to the top leader (top first), the RHK itself, and the tree of contributors. */
export function PohonKeselarasan({ item, judul }: { item: Item; judul?: string }) {
  const { t } = useTranslation('kaskade')
  const atas = [...item.atas].reverse()
  return (
    <Card withBorder padding="md" component="section" data-testid="selaras-rhk" data-rhk-id={item.node.rhkId}>
      {judul && (
        <Title order={2} size="h5" mb="sm">
          {judul}
        </Title>
      )}
      <Stack gap={6}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('selaras.atas')}
        </Text>
        {atas.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('selaras.puncak')}
          </Text>
        )}
        {atas.map((r) => (
          <Stack key={r.rhkId} gap={2} align="stretch">
            <Simpul r={r} />
            <IconArrowDown
              size={14}
              color="var(--mantine-color-dimmed)"
              aria-hidden
              style={{ alignSelf: 'center' }}
            />
          </Stack>
        ))}
        <Simpul r={item.node} tanpaKontributor={item.node.tanpaKontributor} ini />
        {item.bawah.length > 0 && (
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="sm">
            {t('selaras.bawah')}
          </Text>
        )}
        <Cabang anak={item.bawah} />
      </Stack>
    </Card>
  )
}
