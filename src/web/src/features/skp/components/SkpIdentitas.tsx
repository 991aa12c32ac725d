import { Badge, Button, Card, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PENDEKATAN, type PejabatSnapshot, type SkpView } from '../../../../../shared/skp.ts'
import { formatNip, formatWaktu } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { usePatchSkp } from '../api/skp.ts'
import { GantiPenilaiModal } from './GantiPenilaiModal.tsx'

function Pejabat({ judul, p, testId }: { judul: string; p: PejabatSnapshot | null; testId: string }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const pangkat = p ? [p.pangkat, p.golongan].filter(Boolean).join(', ') : ''
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
        {judul}
      </Text>
      {p ? (
        <Stack gap={2}>
          <Text fw={600}>{p.nama}</Text>
          <Text size="sm" c="dimmed">
            {p.nip ? `${tc('field.nip')} ${formatNip(p.nip)}` : t('detail.nonAsn')}
          </Text>
          {pangkat && <Text size="sm">{pangkat}</Text>}
          <Text size="sm">{p.jabatan}</Text>
          <Text size="sm" c="dimmed">
            {p.unor}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('detail.tidakAda')}
        </Text>
      )}
    </Paper>
  )
}

/** Pendekatan is chosen at creation and may be changed while the SKP is editable. */
function Pendekatan({ skp }: { skp: SkpView }) {
  const { t } = useTranslation('skp')
  const patch = usePatchSkp(skp.id)
  if (!skp.aksi.ubah) return <Badge variant="outline">{t(`enum.pendekatan.${skp.pendekatan}`)}</Badge>
  return (
    <Select
      aria-label={t('detail.pendekatan')}
      size="xs"
      w={160}
      allowDeselect={false}
      data={PENDEKATAN.map((p) => ({ value: p, label: t(`enum.pendekatan.${p}`) }))}
      value={skp.pendekatan}
      disabled={patch.isPending}
      onChange={(v) =>
        v &&
        patch.mutate(
          { pendekatan: v as SkpView['pendekatan'], versi: skp.versi },
          { onSuccess: () => notifySuccess(t('detail.pendekatanSukses')), onError: notifyError },
        )
      }
    />
  )
}

/**
 * DOMAIN §2: until approval the blocks follow the current assignment; an admin may have named another
 * penilai (with a reason), or decided on behalf of the non-ASN official. The button comes from aksi.
 */
function CatatanPenilai({ skp }: { skp: SkpView }) {
  const { t } = useTranslation('skp')
  const [buka, setBuka] = useState(false)
  const { penilaiDiganti, atasNama } = skp.snapshot
  const hidup = skp.status !== 'disetujui'
  if (!hidup && !penilaiDiganti && !atasNama && !skp.aksi.gantiPenilai) return null
  return (
    <Stack gap={4} mt="sm" data-testid="skp-catatan-penilai">
      {hidup && (
        <Text size="xs" c="dimmed">
          {t('penilaiGanti.hidup')}
        </Text>
      )}
      {penilaiDiganti && (
        <Text size="sm" data-testid="skp-penilai-diganti">
          {t('penilaiGanti.catatan', {
            oleh: penilaiDiganti.olehNama,
            waktu: formatWaktu(penilaiDiganti.pada),
            alasan: penilaiDiganti.alasan,
          })}
        </Text>
      )}
      {atasNama && (
        <Text size="sm" data-testid="skp-atas-nama">
          {t(`penilaiGanti.atasNama.${atasNama.aksi}`, {
            oleh: atasNama.olehNama,
            untuk: atasNama.untukNama,
            jabatan: atasNama.untukJabatan,
            waktu: formatWaktu(atasNama.pada),
          })}
        </Text>
      )}
      {skp.aksi.gantiPenilai && (
        <Group>
          <Button size="xs" variant="light" onClick={() => setBuka(true)} data-testid="skp-ganti-penilai">
            {t('penilaiGanti.tombol')}
          </Button>
        </Group>
      )}
      <GantiPenilaiModal skp={skp} opened={buka} onClose={() => setBuka(false)} />
    </Stack>
  )
}

/** The snapshot taken when the SKP was made (DOMAIN §2): pegawai, penilai, atasan penilai; type and approach. */
export function SkpIdentitas({ skp }: { skp: SkpView }) {
  const { t } = useTranslation('skp')
  const { snapshot } = skp
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="skp-identitas">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="skp-identitas">
          {t('detail.identitas')}
        </Title>
        <Group gap="xs">
          <Badge variant="outline" color="grape">
            {t(`enum.varian.${skp.varian}`)}
          </Badge>
          <Pendekatan skp={skp} />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <Pejabat judul={t('detail.pegawai')} p={snapshot.pegawai} testId="skp-pegawai" />
        <Pejabat judul={t('detail.penilai')} p={snapshot.penilai} testId="skp-penilai" />
        <Pejabat judul={t('detail.atasanPenilai')} p={snapshot.atasanPenilai} testId="skp-atasan-penilai" />
      </SimpleGrid>
      <CatatanPenilai skp={skp} />
      {(skp.diajukanAt || skp.disetujuiAt) && (
        <Group gap="lg" mt="sm">
          {skp.diajukanAt && (
            <Text size="xs" c="dimmed">
              {t('detail.diajukan', { waktu: formatWaktu(skp.diajukanAt) })}
            </Text>
          )}
          {skp.disetujuiAt && (
            <Text size="xs" c="dimmed">
              {t('detail.disetujui', { waktu: formatWaktu(skp.disetujuiAt) })}
            </Text>
          )}
        </Group>
      )}
    </Card>
  )
}
