import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RATING } from '../../../../../shared/enums.ts'
import type { KalibrasiBaris } from '../../../../../shared/kurva.ts'
import { FormError } from '../../../components/FormError.tsx'
import { notifySuccess } from '../../../lib/notify.ts'
import { useSesuaikan } from '../api/kurva.ts'

type Rating = (typeof RATING)[number]

/** Calibration of one draft evaluation: both ratings and a required reason; the server computes the predikat. */
export function SesuaikanModal({
  baris,
  unorId,
  tahun,
  periode,
  onClose,
}: {
  baris: KalibrasiBaris
  unorId: string
  tahun: number
  periode: string
  onClose: () => void
}) {
  const { t } = useTranslation('kurva')
  const [hasil, setHasil] = useState<string | null>(baris.ratingHasil)
  const [perilaku, setPerilaku] = useState<string | null>(baris.ratingPerilaku)
  const [alasan, setAlasan] = useState('')
  const simpan = useSesuaikan(unorId, tahun, periode)
  const data = RATING.map((r) => ({ value: r, label: t(`common:rating.${r}`) }))
  const siap = hasil && perilaku && alasan.trim().length > 0 && baris.evaluasiId && baris.revisi
  const kirim = () => {
    if (!siap) return
    simpan.mutate(
      {
        evaluasiId: baris.evaluasiId!,
        ratingHasil: hasil as Rating,
        ratingPerilaku: perilaku as Rating,
        alasan,
        revisi: baris.revisi!,
      },
      {
        onSuccess: () => {
          notifySuccess(t('kalibrasi.sukses'))
          onClose()
        },
      },
    )
  }
  return (
    <Modal opened onClose={onClose} title={t('kalibrasi.sesuaikanJudul', { nama: baris.nama })}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {baris.jabatan}
        </Text>
        <Select
          label={t('kalibrasi.hasil')}
          data={data}
          value={hasil}
          onChange={setHasil}
          allowDeselect={false}
          data-testid="kalibrasi-hasil"
        />
        <Select
          label={t('kalibrasi.perilaku')}
          data={data}
          value={perilaku}
          onChange={setPerilaku}
          allowDeselect={false}
          data-testid="kalibrasi-perilaku"
        />
        <Textarea
          label={t('kalibrasi.alasan')}
          value={alasan}
          onChange={(e) => setAlasan(e.currentTarget.value)}
          required
          maxLength={2000}
          autosize
          minRows={2}
          data-testid="kalibrasi-alasan"
        />
        <FormError message={simpan.error?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('kalibrasi.batal')}
          </Button>
          <Button onClick={kirim} disabled={!siap} loading={simpan.isPending} data-testid="kalibrasi-simpan">
            {t('kalibrasi.simpan')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
