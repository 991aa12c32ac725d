import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconDownload, IconExternalLink, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BuktiView } from '../../../../shared/bukti.ts'
import { formatWaktu } from '../../lib/format.ts'
import { notifyError, notifySuccess } from '../../lib/notify.ts'
import { ConfirmButton } from '../ConfirmButton.tsx'
import { ErrorState, LoadingState } from '../QueryState.tsx'
import { urlUnduh, useBuktiSkp, useHapusBukti } from './api.ts'
import { BuktiUnggah } from './BuktiUnggah.tsx'
import { NS } from './i18n.ts'
import { formatUkuran } from './ukuran.ts'

interface Props {
  skpId: string
  ikiId: string
  periode: string
  /** Whether the actor may add and delete now; by default what the server says for this SKP and period. */
  bisaUbah?: boolean
  /** The IKI's evidence when the page already has it (the realisasi view); else the component asks. */
  bukti?: BuktiView[]
  /** Called after an upload, a link or a deletion (e.g. to refetch the page that passed `bukti`). */
  onBerubah?: () => void
}

const WARNA_JENIS: Record<BuktiView['jenis'], string> = {
  laporan: 'blue',
  dokumen: 'indigo',
  foto: 'teal',
  sertifikat: 'grape',
  tautan: 'orange',
  lainnya: 'gray',
}

/** Bukti dukung of one IKI in one period (DOMAIN §4): the list, and for the owner upload, link, delete. */
export function BuktiDukung({ skpId, ikiId, periode, bisaUbah, bukti, onBerubah }: Props) {
  const { t } = useTranslation(NS)
  const q = useBuktiSkp(skpId, periode)
  if (q.isPending && !bukti) return <LoadingState />
  if (q.isError && !bukti) return <ErrorState error={q.error} onRetry={() => q.refetch()} />
  const items = bukti ?? (q.data?.items ?? []).filter((b) => b.ikiId === ikiId)
  const boleh = bisaUbah ?? q.data?.bisaUbah ?? false
  const maks = q.data?.maksPerIki ?? 20
  return (
    <Stack gap="xs" data-testid={`bukti-${ikiId}`}>
      <Group justify="space-between" gap="xs">
        <Text fw={600} size="sm">
          {t('judul')} ({items.length})
        </Text>
      </Group>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('kosong')}
        </Text>
      )}
      {items.map((b) => (
        <BarisBukti key={b.id} b={b} skpId={skpId} bolehHapus={boleh} onBerubah={onBerubah} />
      ))}
      {boleh && items.length < maks && (
        <BuktiUnggah
          skpId={skpId}
          ikiId={ikiId}
          periode={periode}
          batasUnggahMb={q.data?.batasUnggahMb ?? 10}
          onBerubah={onBerubah}
        />
      )}
      {boleh && items.length >= maks && (
        <Text size="sm" c="orange">
          {t('penuh', { maks })}
        </Text>
      )}
    </Stack>
  )
}

function BarisBukti(p: { b: BuktiView; skpId: string; bolehHapus: boolean; onBerubah?: () => void }) {
  const { t } = useTranslation(NS)
  const hapus = useHapusBukti(p.skpId, p.onBerubah)
  const { b } = p
  const nama = b.berkas?.nama ?? b.tautan ?? ''
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="bukti-baris">
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={WARNA_JENIS[b.jenis]} variant="light" style={{ flexShrink: 0 }}>
            {t(`jenis.${b.jenis}`)}
          </Badge>
          <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {nama}
          </Text>
        </Group>
        {b.keterangan && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {b.keterangan}
          </Text>
        )}
        <Group gap="xs" justify="space-between">
          <Text size="xs" c="dimmed">
            {b.berkas ? `${formatUkuran(b.berkas.ukuran)} · ` : ''}
            {formatWaktu(b.dibuatPada)}
          </Text>
          <Group gap="xs">
            {b.berkas ? (
              <Button
                component="a"
                href={urlUnduh(b.id)}
                download
                size="compact-sm"
                variant="subtle"
                leftSection={<IconDownload size={14} />}
                data-testid="bukti-unduh"
              >
                {t('unduh')}
              </Button>
            ) : (
              b.tautan && (
                <Anchor href={b.tautan} target="_blank" rel="noopener noreferrer nofollow" size="sm">
                  <Group gap={4}>
                    <IconExternalLink size={14} />
                    {t('buka')}
                  </Group>
                </Anchor>
              )
            )}
            {p.bolehHapus && (
              <ConfirmButton
                size="compact-sm"
                variant="subtle"
                leftSection={<IconTrash size={14} />}
                title={t('hapusJudul')}
                message={t('hapusPesan', { nama })}
                confirmLabel={t('hapus')}
                data-testid="bukti-hapus"
                onConfirm={() =>
                  hapus.mutateAsync(b.id).then(
                    () => notifySuccess(t('terhapus')),
                    (e: unknown) => notifyError(e),
                  )
                }
              >
                {t('hapus')}
              </ConfirmButton>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  )
}
