import { Card, Divider, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AtasanOverrideView } from '../../../../../shared/pegawai.ts'
import { AtasanCard } from '../../../components/AtasanCard.tsx'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatNip, formatTanggal, hariIni } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useAtasan } from '../../../lib/queries.ts'
import { useAkhiriOverride } from '../api/atasan.ts'
import { OverrideForm } from './OverrideForm.tsx'

function OverrideList({ items }: { items: AtasanOverrideView[] }) {
  const { t } = useTranslation('pegawai')
  const akhiri = useAkhiriOverride()
  const jalankan = async (o: AtasanOverrideView) => {
    try {
      const hasil = await akhiri.mutateAsync(o.id)
      notifySuccess(t(hasil.tindakan === 'dihapus' ? 'override.dihapus' : 'override.diakhiri'))
    } catch (err) {
      notifyError(err)
    }
  }
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('override.kosong')}
      </Text>
    )
  const today = hariIni()
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label={t('override.daftar')} data-testid="override-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('override.atasan')}</Table.Th>
            <Table.Th>{t('override.periode')}</Table.Th>
            <Table.Th>{t('override.alasan')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('override.akhiri')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {o.atasan.nama}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatNip(o.atasan.nip)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatTanggal(o.mulai)} –{' '}
                  {o.selesai ? formatTanggal(o.selesai) : t('override.sampaiSekarang')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{o.alasan}</Text>
              </Table.Td>
              <Table.Td>
                {(!o.selesai || o.selesai >= today) && (
                  <ConfirmButton
                    size="compact-sm"
                    variant="subtle"
                    message={t('override.konfirmasiAkhiri', { nama: o.atasan.nama })}
                    onConfirm={() => jalankan(o)}
                    aria-label={`${t('override.akhiri')}: ${o.atasan.nama}`}
                  >
                    {t('override.akhiri')}
                  </ConfirmButton>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Who assesses this pegawai today and why, the overrides, and a form to add one. */
export function AtasanSection({ pegawaiId, instansiId }: { pegawaiId: string; instansiId: string }) {
  const { t } = useTranslation('pegawai')
  const atasan = useAtasan(pegawaiId)
  return (
    <Card withBorder padding="lg">
      <QueryState query={atasan}>
        {(a) => (
          <Stack gap="md">
            <AtasanCard atasan={a} />
            <Divider />
            <Group justify="space-between">
              <Title order={3} size="h5">
                {t('override.daftar')}
              </Title>
            </Group>
            <OverrideList items={a.overrides} />
            <Divider />
            <OverrideForm pegawaiId={pegawaiId} instansiId={instansiId} />
          </Stack>
        )}
      </QueryState>
    </Card>
  )
}
