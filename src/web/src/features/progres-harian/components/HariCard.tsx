import { ActionIcon, Button, Card, Group, Stack, Text } from '@mantine/core'
import { IconLink, IconPencil, IconPlus, IconSend, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { HariProgres, ProgresView } from '../../../../../shared/progres-harian.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { notifyError } from '../../../lib/notify.ts'
import { useHapusProgres } from '../api/progres.ts'
import { jam, namaHari } from './minggu.ts'
import { StatusProgresBadge } from './StatusProgresBadge.tsx'

interface Props {
  hari: HariProgres
  onTambah: () => void
  onUbah: (e: ProgresView) => void
  onAjukan: (entri: ProgresView[]) => void
}

function Entri({ e, onUbah }: { e: ProgresView; onUbah: (e: ProgresView) => void }) {
  const { t } = useTranslation('progres-harian')
  const hapus = useHapusProgres()
  return (
    <Stack gap={2} data-testid="progres-entri">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {e.jamMulai}–{e.jamSelesai} · {e.kegiatan}
          </Text>
          <Text size="xs" c="dimmed">
            {e.realisasi !== null && `${e.realisasi} ${e.satuan ?? ''} · `}
            {e.rencanaAksi && t('entri.rencanaAksi', { uraian: e.rencanaAksi.uraian })}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <StatusProgresBadge status={e.status} />
          {e.tautanBukti && (
            <ActionIcon
              component="a"
              href={e.tautanBukti}
              target="_blank"
              rel="noopener noreferrer"
              variant="subtle"
              aria-label={t('entri.bukti')}
            >
              <IconLink size={16} />
            </ActionIcon>
          )}
          {e.aksi.ubah && (
            <ActionIcon
              variant="subtle"
              onClick={() => onUbah(e)}
              aria-label={t('entri.ubah')}
              data-testid="progres-ubah"
            >
              <IconPencil size={16} />
            </ActionIcon>
          )}
          {e.aksi.hapus && (
            <ConfirmButton
              variant="subtle"
              size="compact-sm"
              message={t('entri.hapusKonfirmasi')}
              onConfirm={() => hapus.mutateAsync({ id: e.id, versi: e.versi }).catch(notifyError)}
              aria-label={t('entri.hapus')}
            >
              <IconTrash size={16} />
            </ConfirmButton>
          )}
        </Group>
      </Group>
      {e.catatanAtasan && (
        <Text size="xs" c="red">
          {t('entri.catatan', { catatan: e.catatanAtasan })}
        </Text>
      )}
    </Stack>
  )
}

/** One day: its status and hours (from the server), its entries, add and submit. */
export function HariCard({ hari, onTambah, onUbah, onAjukan }: Props) {
  const { t } = useTranslation('progres-harian')
  const bisaDiajukan = hari.entri.filter((e) => e.aksi.ajukan)
  return (
    <Card withBorder padding="sm" component="section" data-testid={`hari-${hari.tanggal}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={700}>{namaHari(hari.tanggal)}</Text>
            <StatusProgresBadge status={hari.status} />
            <Text size="sm" c="dimmed">
              {t('hari.total', { jam: jam(hari.totalMenit) })}
            </Text>
          </Group>
          <Group gap="xs">
            {bisaDiajukan.length > 0 && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconSend size={14} />}
                onClick={() => onAjukan(bisaDiajukan)}
                data-testid="progres-ajukan-hari"
              >
                {t('hari.ajukan')}
              </Button>
            )}
            {hari.bisaDiisi && (
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={onTambah}
                data-testid="progres-tambah"
              >
                {t('hari.tambah')}
              </Button>
            )}
          </Group>
        </Group>
        {hari.entri.length === 0 ? (
          <Text size="sm" c="dimmed">
            {hari.skpId ? t('hari.kosong') : t('hari.tidakBisa')}
          </Text>
        ) : (
          hari.entri.map((e) => <Entri key={e.id} e={e} onUbah={onUbah} />)
        )}
      </Stack>
    </Card>
  )
}
