import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SkpView } from '../../../../../shared/skp.ts'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatWaktu } from '../../../lib/format.ts'
import { useRevisiDaftar } from '../api/revisi.ts'
import { RevisiModal } from './RevisiModal.tsx'

/**
 * "Riwayat revisi" (DOMAIN §2): the earlier versions kept when the approved SKP was reopened once realisasi
 * existed, newest first, each opened read-only. Shown only when there is one.
 */
export function RiwayatRevisiSection({ skp }: { skp: SkpView }) {
  const { t } = useTranslation('skp')
  const daftar = useRevisiDaftar(skp.id, skp.revisi)
  const [dibuka, setDibuka] = useState<number | null>(null)
  if (skp.revisi === 0) return null
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="riwayat-revisi">
      <Group gap="xs" mb="xs">
        <IconHistory size={18} aria-hidden />
        <Title order={2} size="h4" id="riwayat-revisi">
          {t('revisi.judul')}
        </Title>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('revisi.bantuan')}
      </Text>
      <QueryState query={daftar}>
        {(items) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((r) => (
              <Group
                key={r.nomor}
                component="li"
                justify="space-between"
                wrap="wrap"
                gap="xs"
                data-testid="revisi-baris"
              >
                <Stack gap={0} style={{ flex: 1, minWidth: 200 }}>
                  <Text size="sm" fw={600}>
                    {t('revisi.judulSatu', { nomor: r.nomor })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('revisi.dibuka', { waktu: formatWaktu(r.createdAt), oleh: r.dibukaOleh ?? '—' })}
                  </Text>
                  <Text size="xs" lineClamp={2}>
                    {r.alasan}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setDibuka(r.nomor)}
                  data-testid={`revisi-lihat-${r.nomor}`}
                >
                  {t('revisi.lihat')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </QueryState>
      <RevisiModal skpId={skp.id} nomor={dibuka} onClose={() => setDibuka(null)} />
    </Card>
  )
}
