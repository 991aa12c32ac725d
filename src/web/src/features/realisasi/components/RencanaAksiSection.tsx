import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { KodePeriodeRealisasi, RencanaAksiView } from '../../../../../shared/pelaksanaan.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { formatAngka } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useHapusRencana, useSimpanRencana } from '../api/pelaksanaan.ts'

interface Props {
  skpId: string
  rhkId: string
  periode: string
  items: RencanaAksiView[]
  bisaUbah: boolean
}

function Formulir({
  skpId,
  rhkId,
  periode,
  awal,
  onSelesai,
}: Omit<Props, 'items' | 'bisaUbah'> & { awal?: RencanaAksiView; onSelesai: () => void }) {
  const { t } = useTranslation('realisasi')
  const [uraian, setUraian] = useState(awal?.uraian ?? '')
  const [target, setTarget] = useState<number | string>(awal?.target ?? '')
  const [satuan, setSatuan] = useState(awal?.satuan ?? '')
  const [targetTeks, setTargetTeks] = useState(awal?.targetTeks ?? '')
  const simpan = useSimpanRencana(skpId)
  const galat = (p: string) =>
    isApiError(simpan.error) ? simpan.error.errors.find((e) => e.path === p)?.message : undefined
  const kirim = () => {
    const isi = {
      uraian,
      target: target === '' ? null : Number(target),
      satuan: satuan || null,
      targetTeks: targetTeks || null,
    }
    simpan.mutate(
      awal
        ? { id: awal.id, ubah: isi }
        : { baru: { ...isi, rhkId, periode: periode as KodePeriodeRealisasi } },
      {
        onSuccess: () => {
          notifySuccess(t('rencana.tersimpan'))
          onSelesai()
        },
      },
    )
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('rencana.uraian')}
        value={uraian}
        onChange={(e) => setUraian(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
        error={galat('uraian')}
        data-testid="rencana-uraian"
      />
      <Group grow gap="xs" wrap="wrap">
        <NumberInput
          label={t('rencana.target')}
          value={target}
          onChange={setTarget}
          decimalSeparator=","
          error={galat('target')}
        />
        <TextInput
          label={t('rencana.satuan')}
          value={satuan}
          onChange={(e) => setSatuan(e.currentTarget.value)}
          maxLength={50}
          error={galat('satuan')}
        />
      </Group>
      <TextInput
        label={t('rencana.targetTeks')}
        value={targetTeks}
        onChange={(e) => setTargetTeks(e.currentTarget.value)}
        maxLength={500}
        error={galat('targetTeks')}
      />
      <FormError
        message={isApiError(simpan.error) && simpan.error.errors.length === 0 ? simpan.error.message : null}
      />
      <Group gap="xs">
        <Button size="sm" onClick={kirim} loading={simpan.isPending} data-testid="rencana-simpan">
          {t('rencana.simpan')}
        </Button>
        <Button size="sm" variant="subtle" onClick={onSelesai}>
          {t('rencana.batal')}
        </Button>
      </Group>
    </Stack>
  )
}

/** Rencana aksi of one RHK in the period (DOMAIN §4): what will be done, with a target. */
export function RencanaAksiSection({ skpId, rhkId, periode, items, bisaUbah }: Props) {
  const { t } = useTranslation('realisasi')
  const [ubah, setUbah] = useState<string | 'baru' | null>(null)
  const hapus = useHapusRencana(skpId)
  return (
    <Stack gap="xs" data-testid={`rencana-${rhkId}`}>
      <Group justify="space-between">
        <Text fw={500} size="sm">
          {t('rencana.judul')}
        </Text>
        {bisaUbah && ubah === null && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setUbah('baru')}
            data-testid={`rencana-tambah-${rhkId}`}
          >
            {t('rencana.tambah')}
          </Button>
        )}
      </Group>
      {items.length === 0 && ubah !== 'baru' && (
        <Text size="sm" c="dimmed">
          {t('rencana.kosong')}
        </Text>
      )}
      {items.map((r, i) =>
        ubah === r.id ? (
          <Formulir
            key={r.id}
            skpId={skpId}
            rhkId={rhkId}
            periode={periode}
            awal={r}
            onSelesai={() => setUbah(null)}
          />
        ) : (
          <Paper key={r.id} withBorder p="xs" radius="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ flex: 1 }}>
                <Text size="sm">
                  {i + 1}. {r.uraian}
                </Text>
                {(r.target !== null || r.targetTeks) && (
                  <Text size="xs" c="dimmed">
                    {t('rencana.target')}:{' '}
                    {r.target !== null ? `${formatAngka(r.target)} ${r.satuan ?? ''}` : r.targetTeks}
                  </Text>
                )}
              </Stack>
              {bisaUbah && (
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('rencana.ubah')} onClick={() => setUbah(r.id)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ConfirmButton
                    size="compact-xs"
                    variant="subtle"
                    message={t('rencana.hapusKonfirmasi')}
                    onConfirm={() => hapus.mutateAsync(r.id).catch(notifyError)}
                  >
                    {t('rencana.hapus')}
                  </ConfirmButton>
                </Group>
              )}
            </Group>
          </Paper>
        ),
      )}
      {ubah === 'baru' && (
        <Formulir skpId={skpId} rhkId={rhkId} periode={periode} onSelesai={() => setUbah(null)} />
      )}
    </Stack>
  )
}
