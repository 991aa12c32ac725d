import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Stack,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconHierarchy3,
  IconMessage,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RhkView } from '../../../../../shared/skp.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useHapusRhk } from '../api/rhk.ts'

interface Props {
  rhk: RhkView
  nomor: number
  bolehUbah: boolean
  /** The instansi's top leader cascades from nobody (DOMAIN §2). */
  pimpinanTertinggi?: boolean
  masalah?: string[]
  onUbah: () => void
  onNaik?: () => void
  onTurun?: () => void
}

/**
 * IKI rows: aspek (kuantitatif only), indikator and target on one line; on a phone the indikator gets its
 * own line.
 */
function Iki({ rhk }: { rhk: RhkView }) {
  const { t } = useTranslation('skp')
  const phone = useMediaQuery('(max-width: 36em)')
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('hasil.iki')}>
      {rhk.iki.map((i) => {
        // A kualitatif IKI has no aspek and a target in words, which may wrap (DOMAIN §2).
        const aspek = i.aspek && (
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t(`enum.aspek.${i.aspek}`)}
          </Badge>
        )
        const target = (
          <Text
            size="sm"
            fw={600}
            style={i.targetTeks == null ? { whiteSpace: 'nowrap' } : { maxWidth: '45%' }}
          >
            <VisuallyHidden>{t('hasil.target')}: </VisuallyHidden>
            {i.targetLabel}
          </Text>
        )
        // how a kuantitatif IKI is measured during the year (DOMAIN §4); a kualitatif one is judged in words
        const ukuran = i.targetTeks == null && (
          <Text size="xs" c="dimmed" data-testid="iki-ukuran">
            {t(`enum.polaritas.${i.polaritas}`)} · {t(`enum.akumulasi.${i.akumulasi}`)}
          </Text>
        )
        return phone ? (
          <Stack key={i.id} component="li" gap={2}>
            <Group justify="space-between" gap="xs">
              {aspek}
              {target}
            </Group>
            <Text size="sm">{i.indikator}</Text>
            {ukuran}
          </Stack>
        ) : (
          <Group key={i.id} component="li" align="flex-start" wrap="nowrap" gap="xs">
            {aspek}
            <Stack gap={0} style={{ flex: 1 }}>
              <Text size="sm">{i.indikator}</Text>
              {ukuran}
            </Stack>
            {target}
          </Group>
        )
      })}
    </Stack>
  )
}

function Tombol({ rhk, nomor, onUbah, onNaik, onTurun }: Omit<Props, 'bolehUbah' | 'masalah'>) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const hapus = useHapusRhk()
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={t('hasil.naik', { nomor })}>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={onNaik}
          disabled={!onNaik}
          aria-label={t('hasil.naik', { nomor })}
        >
          <IconArrowUp size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('hasil.turun', { nomor })}>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={onTurun}
          disabled={!onTurun}
          aria-label={t('hasil.turun', { nomor })}
        >
          <IconArrowDown size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('hasil.ubah', { nomor })}>
        <ActionIcon
          variant="subtle"
          onClick={onUbah}
          aria-label={t('hasil.ubah', { nomor })}
          data-testid="rhk-ubah"
        >
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <ConfirmButton
        variant="subtle"
        size="compact-sm"
        px={6}
        aria-label={t('hasil.hapus', { nomor })}
        message={t('hasil.hapusKonfirmasi', { deskripsi: rhk.deskripsi })}
        confirmLabel={tc('aksi.hapus')}
        onConfirm={() =>
          hapus.mutateAsync(rhk.id).then(() => notifySuccess(t('hasil.hapusSukses')), notifyError)
        }
        data-testid="rhk-hapus"
      >
        <IconTrash size={16} />
      </ConfirmButton>
    </Group>
  )
}

/** One RHK: description, intervensi, IKI, the penilai's note and any submit problem, highlighted. */
export function RhkCard({
  rhk,
  nomor,
  bolehUbah,
  pimpinanTertinggi,
  masalah,
  onUbah,
  onNaik,
  onTurun,
}: Props) {
  const { t } = useTranslation('skp')
  const bermasalah = Boolean(masalah?.length)
  return (
    <Card
      withBorder
      padding="sm"
      component="li"
      style={bermasalah ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
      data-testid="rhk-card"
      data-rhk-id={rhk.id}
      data-bermasalah={bermasalah || undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ flex: 1 }}>
            <Text size="xs" c="dimmed" fw={700}>
              {t('hasil.nomor', { nomor })}
            </Text>
            <Text fw={600}>{rhk.deskripsi}</Text>
          </Stack>
          {bolehUbah && <Tombol rhk={rhk} nomor={nomor} onUbah={onUbah} onNaik={onNaik} onTurun={onTurun} />}
        </Group>
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            {t('hasil.intervensi')}:{' '}
          </Text>
          {rhk.intervensi ? (
            <>
              {rhk.intervensi.deskripsi}{' '}
              <Text span size="xs" c="dimmed">
                ({rhk.intervensi.pegawaiNama})
              </Text>
            </>
          ) : (
            <Text span size="sm" c="dimmed" fs="italic">
              {t(pimpinanTertinggi ? 'hasil.intervensiTidakPerlu' : 'hasil.tanpaIntervensi')}
            </Text>
          )}
        </Text>
        <Group gap={6}>
          <Badge variant="outline" size="sm">
            {t(`enum.klasifikasi.${rhk.klasifikasi}`)}
          </Badge>
          {rhk.perspektif && (
            <Badge variant="outline" size="sm" color="grape">
              {t('hasil.perspektif')}: {t(`enum.perspektif.${rhk.perspektif}`)}
            </Badge>
          )}
          {rhk.timKerja && (
            <Badge variant="outline" size="sm" color="teal">
              {t('hasil.timKerja')}: {rhk.timKerja.nama}
            </Badge>
          )}
          {rhk.penugasanDari && (
            <Badge variant="outline" size="sm" color="gray">
              {t('hasil.penugasanDari')}: {rhk.penugasanDari}
            </Badge>
          )}
        </Group>
        <Iki rhk={rhk} />
        {rhk.catatanPengembalian && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconMessage size={16} />}
            title={t('hasil.catatanPenilai')}
            p="xs"
            data-testid="rhk-catatan"
          >
            <Text size="sm">{rhk.catatanPengembalian}</Text>
          </Alert>
        )}
        {bermasalah && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={16} />}
            p="xs"
            role="alert"
            data-testid="rhk-masalah"
          >
            <List size="sm">
              {masalah!.map((m, i) => (
                <List.Item key={i}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Anchor component={Link} to={`/rhk/${rhk.id}/keselarasan`} size="xs">
          <Group gap={4} component="span">
            <IconHierarchy3 size={14} aria-hidden />
            {t('hasil.keselarasan', { nomor })}
          </Group>
        </Anchor>
      </Stack>
    </Card>
  )
}
