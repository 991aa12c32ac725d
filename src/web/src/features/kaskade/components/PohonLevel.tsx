import { ActionIcon, Anchor, Badge, Box, Group, Loader, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SimpulLevel } from '../../../../../shared/kaskade.ts'
import { QueryState } from '../../../components/QueryState.tsx'
import { useAnakRhk } from '../api/keselarasan.ts'
import { StatusSkpBadge } from './StatusSkpBadge.tsx'

export interface KendaliPohon {
  /** The RHK whose contributors are shown. */
  terbuka: Set<string>
  alih(rhkId: string): void
  /** The RHK a search result pointed at, highlighted. */
  sorot?: string
}

/** The figures of a node: its branch summed up on the server (never recounted here). */
function Angka({ n }: { n: SimpulLevel }) {
  const { t } = useTranslation('kaskade')
  return (
    <Group gap={6}>
      <Badge size="xs" variant="light" color="gray">
        {t('selaras.jumlahKontributor', { count: n.jumlahKontributor })}
      </Badge>
      {n.jumlahTurunan > n.jumlahKontributor && (
        <Badge size="xs" variant="light" color="gray">
          {t('selaras.jumlahTurunan', { count: n.jumlahTurunan })}
        </Badge>
      )}
      {n.jumlahTanpaKontributor > 0 && (
        <Badge size="xs" variant="light" color="orange" data-testid="selaras-jumlah-tanpa">
          {t('selaras.jumlahTanpaKontributor', { count: n.jumlahTanpaKontributor })}
        </Badge>
      )}
    </Group>
  )
}

/** One RHK: a toggle when someone contributes to it, its text, owner, SKP status and branch figures. */
function Baris({ n, k }: { n: SimpulLevel; k: KendaliPohon }) {
  const { t } = useTranslation('kaskade')
  const buka = k.terbuka.has(n.rhkId)
  const bisaBuka = n.jumlahKontributor > 0
  const ini = k.sorot === n.rhkId
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      p="xs"
      data-testid="selaras-simpul"
      data-rhk-id={n.rhkId}
      data-tanpa-kontributor={n.tanpaKontributor || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        border: `1px solid var(--mantine-color-${ini ? 'blue-4' : n.tanpaKontributor ? 'orange-4' : 'gray-3'})`,
        background: ini ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      {bisaBuka ? (
        <ActionIcon
          variant="subtle"
          size="sm"
          onClick={() => k.alih(n.rhkId)}
          aria-expanded={buka}
          aria-label={t(buka ? 'selaras.tutup' : 'selaras.buka', { deskripsi: n.deskripsi })}
        >
          {buka ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        </ActionIcon>
      ) : (
        <Box w={22} />
      )}
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500}>
          {n.deskripsi}
        </Text>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {n.pegawaiNama}
            {n.jabatan ? ` · ${n.jabatan}` : ''}
          </Text>
          <StatusSkpBadge status={n.skpStatus} size="xs" />
          {n.tanpaKontributor && (
            <Badge size="xs" color="orange" leftSection={<IconAlertTriangle size={10} />}>
              {t('selaras.tanpaKontributor')}
            </Badge>
          )}
          <Anchor component={Link} to={`/rhk/${n.rhkId}/keselarasan`} size="xs">
            {t('selaras.lihat')}
          </Anchor>
        </Group>
        <Angka n={n} />
      </Stack>
    </Group>
  )
}

/** The contributors of one open node, fetched when it opens (one request per level). */
function Anak({ rhkId, k }: { rhkId: string; k: KendaliPohon }) {
  const { t } = useTranslation('kaskade')
  const data = useAnakRhk(rhkId)
  if (data.isPending)
    return (
      <Group gap="xs" pl="md" mt={6}>
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          {t('selaras.memuat')}
        </Text>
      </Group>
    )
  return <QueryState query={data}>{(d) => <Cabang items={d.items} k={k} />}</QueryState>
}

/** A list of nodes, each with its open branch below (indentation shrinks on phones). */
export function Cabang({ items, k, akar }: { items: SimpulLevel[]; k: KendaliPohon; akar?: boolean }) {
  if (items.length === 0) return null
  return (
    <Stack
      gap={6}
      component="ul"
      m={0}
      mt={akar ? 0 : 6}
      pl={akar ? 0 : { base: 'xs', sm: 'md' }}
      style={{
        listStyle: 'none',
        borderLeft: akar ? undefined : '2px solid var(--mantine-color-gray-3)',
      }}
    >
      {items.map((n) => (
        <li key={n.rhkId}>
          <Baris n={n} k={k} />
          {k.terbuka.has(n.rhkId) && n.jumlahKontributor > 0 && <Anak rhkId={n.rhkId} k={k} />}
        </li>
      ))}
    </Stack>
  )
}
