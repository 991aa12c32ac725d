import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RhkView, SkpView } from '../../../../../shared/skp.ts'
import { notifyError } from '../../../lib/notify.ts'
import { useUrutkanRhk } from '../api/rhk.ts'
import { tanpaRhk, type MasalahSkp } from '../hooks/masalah.ts'
import { RhkCard } from './RhkCard.tsx'
import { RhkFormModal, type RhkEdit } from './RhkFormModal.tsx'

type Jenis = RhkView['jenis']

interface Props {
  skp: SkpView
  masalah: MasalahSkp | null
  onMasalah: (m: MasalahSkp | null) => void
}

/** Swap an RHK with its neighbour inside its group; the server stores the whole order (utama first). */
function urutanBaru(utama: RhkView[], tambahan: RhkView[], rhk: RhkView, arah: -1 | 1): string[] {
  const grup = rhk.jenis === 'utama' ? [...utama] : [...tambahan]
  const i = grup.findIndex((r) => r.id === rhk.id)
  ;[grup[i], grup[i + arah]] = [grup[i + arah], grup[i]]
  const [u, t] = rhk.jenis === 'utama' ? [grup, tambahan] : [utama, grup]
  return [...u, ...t].map((r) => r.id)
}

/** Hasil Kerja grouped Utama / Tambahan, with add, edit, reorder and delete while the SKP is editable. */
export function HasilKerjaSection({ skp, masalah, onMasalah }: Props) {
  const { t } = useTranslation('skp')
  const [edit, setEdit] = useState<RhkEdit | null>(null)
  const urutkan = useUrutkanRhk(skp.id)
  const utama = skp.rhk.filter((r) => r.jenis === 'utama')
  const tambahan = skp.rhk.filter((r) => r.jenis === 'tambahan')
  const nomor = new Map([...utama, ...tambahan].map((r, i) => [r.id, i + 1]))
  const pindah = (rhk: RhkView, arah: -1 | 1) =>
    urutkan.mutate(urutanBaru(utama, tambahan, rhk, arah), { onError: notifyError })
  const grup = (jenis: Jenis, list: RhkView[]) => (
    <Stack gap="xs" key={jenis}>
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5">
          {t(`hasil.${jenis}`)}
        </Title>
        {skp.aksi.ubah && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEdit({ rhk: null, jenis })}
            data-testid={`rhk-tambah-${jenis}`}
          >
            {t('hasil.tambah')}
          </Button>
        )}
      </Group>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(jenis === 'utama' ? 'hasil.kosongUtama' : 'hasil.kosongTambahan')}
        </Text>
      ) : (
        <Stack
          gap="xs"
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t(`hasil.${jenis}`)}
        >
          {list.map((r, i) => (
            <RhkCard
              key={r.id}
              rhk={r}
              nomor={nomor.get(r.id)!}
              bolehUbah={skp.aksi.ubah}
              pimpinanTertinggi={skp.snapshot.pimpinanTertinggi}
              masalah={masalah?.perRhk[r.id]}
              onUbah={() => setEdit({ rhk: r, jenis })}
              onNaik={i > 0 && !urutkan.isPending ? () => pindah(r, -1) : undefined}
              onTurun={i < list.length - 1 && !urutkan.isPending ? () => pindah(r, 1) : undefined}
            />
          ))}
        </Stack>
      )}
    </Stack>
  )
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="skp-hasil-kerja"
      data-testid="skp-hasil-kerja"
    >
      <Title order={2} size="h4" mb="sm" id="skp-hasil-kerja">
        {t('hasil.judul')}
      </Title>
      <Stack gap="lg">
        {grup('utama', utama)}
        {grup('tambahan', tambahan)}
      </Stack>
      <RhkFormModal
        skp={skp}
        edit={edit}
        onClose={() => setEdit(null)}
        onSaved={(rhkId) => {
          setEdit(null)
          if (rhkId) onMasalah(tanpaRhk(masalah, rhkId))
        }}
      />
    </Card>
  )
}

/** The problems that refused the submission, listed once at the top of the page. */
export function MasalahAlert({ skp, masalah }: { skp: SkpView; masalah: MasalahSkp | null }) {
  const { t } = useTranslation('skp')
  if (!masalah) return null
  const nomor = new Map(
    [...skp.rhk.filter((r) => r.jenis === 'utama'), ...skp.rhk.filter((r) => r.jenis === 'tambahan')].map(
      (r, i) => [r.id, i + 1],
    ),
  )
  const perRhk = Object.entries(masalah.perRhk).filter(([id]) => nomor.has(id))
  if (masalah.umum.length === 0 && perRhk.length === 0) return null
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={18} />}
      title={t('masalah.judul')}
      role="alert"
      data-testid="skp-masalah"
    >
      <Text size="sm" mb={4}>
        {t('masalah.bantuan')}
      </Text>
      <List size="sm">
        {masalah.umum.map((m, i) => (
          <List.Item key={`u${i}`}>{m}</List.Item>
        ))}
        {perRhk.flatMap(([id, pesan]) =>
          pesan.map((p, i) => (
            <List.Item key={`${id}${i}`}>{t('masalah.rhk', { nomor: nomor.get(id), pesan: p })}</List.Item>
          )),
        )}
      </List>
    </Alert>
  )
}
