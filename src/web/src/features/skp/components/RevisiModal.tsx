import { Anchor, Badge, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { RevisiIsi } from '../../../../../shared/skp-revisi.ts'
import { QueryState } from '../../../components/QueryState.tsx'
import { apiUrl } from '../../../lib/api.ts'
import { formatAngka, formatTanggal, formatWaktu } from '../../../lib/format.ts'
import { useRevisi } from '../api/revisi.ts'
import { RhkCard } from './RhkCard.tsx'

type Konteks = { skpId: string; nomor: number; isi: RevisiIsi }

/** One piece of evidence of the version kept: its file (downloaded through the revision) or its link. */
function Bukti({ k, b }: { k: Konteks; b: RevisiIsi['bukti'][number] }) {
  if (b.berkas)
    return (
      <Anchor
        href={apiUrl(`/skp/${k.skpId}/revisi/${k.nomor}/berkas/${b.berkas.id}`)}
        download
        size="xs"
        data-testid="revisi-berkas"
      >
        {b.berkas.nama}
      </Anchor>
    )
  return b.tautan ? (
    <Anchor href={b.tautan} target="_blank" rel="noopener noreferrer nofollow" size="xs">
      {b.tautan}
    </Anchor>
  ) : null
}

/** What was entered for one IKI in the version kept: per period, the value and the evidence. */
function RealisasiIki({ k, ikiId }: { k: Konteks; ikiId: string }) {
  const { t } = useTranslation('skp')
  const real = k.isi.realisasi.filter((r) => r.ikiId === ikiId)
  const bukti = k.isi.bukti.filter((b) => b.ikiId === ikiId)
  const periode = [...new Set([...real.map((r) => r.periode), ...bukti.map((b) => b.periode)])].sort()
  if (periode.length === 0) return null
  return (
    <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {periode.map((p) => {
        const r = real.find((x) => x.periode === p)
        const nilai = r ? (r.nilai !== null ? formatAngka(r.nilai) : r.nilaiTeks) : t('revisi.tanpaNilai')
        return (
          <Group key={p} component="li" gap={6} wrap="wrap" data-testid="revisi-realisasi">
            <Text size="xs">
              <Text span fw={600} size="xs">
                {p}
              </Text>
              : {nilai}
            </Text>
            {bukti
              .filter((x) => x.periode === p)
              .map((b) => (
                <Bukti key={b.id} k={k} b={b} />
              ))}
          </Group>
        )
      })}
    </Stack>
  )
}

function IsiRevisi({ k }: { k: Konteks }) {
  const { t } = useTranslation('skp')
  const { skp } = k.isi
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('revisi.disetujui', { tanggal: formatTanggal(skp.disetujuiAt) })}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {skp.rhk.map((r, i) => (
          <Stack key={r.id} gap={4}>
            <RhkCard rhk={r} nomor={i + 1} bolehUbah={false} onUbah={() => undefined} />
            <Stack gap={4} pl="sm">
              {r.iki.map((iki) => (
                <Stack key={iki.id} gap={0}>
                  <Text size="xs" c="dimmed">
                    {t('revisi.realisasiIki', { indikator: iki.indikator })}
                  </Text>
                  <RealisasiIki k={k} ikiId={iki.id} />
                </Stack>
              ))}
            </Stack>
          </Stack>
        ))}
      </Stack>
    </Stack>
  )
}

/** One earlier version of the SKP, read-only: its RHK/IKI as approved and what was entered under them. */
export function RevisiModal({
  skpId,
  nomor,
  onClose,
}: {
  skpId: string
  nomor: number | null
  onClose: () => void
}) {
  const { t } = useTranslation('skp')
  const phone = useMediaQuery('(max-width: 48em)')
  const q = useRevisi(skpId, nomor)
  return (
    <Modal
      opened={nomor !== null}
      onClose={onClose}
      size="xl"
      fullScreen={phone}
      title={
        <Group gap="xs">
          <Title order={2} size="h4">
            {t('revisi.judulSatu', { nomor })}
          </Title>
          <Badge variant="light" color="gray">
            {t('revisi.hanyaBaca')}
          </Badge>
        </Group>
      }
      data-testid="revisi-modal"
    >
      <QueryState query={q}>
        {(r) => (
          <Stack gap="sm">
            <Text size="sm">
              {t('revisi.dibuka', { waktu: formatWaktu(r.createdAt), oleh: r.dibukaOleh ?? '—' })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {t('revisi.alasan')}: {r.alasan}
            </Text>
            <IsiRevisi k={{ skpId, nomor: r.nomor, isi: r.isi }} />
          </Stack>
        )}
      </QueryState>
    </Modal>
  )
}
