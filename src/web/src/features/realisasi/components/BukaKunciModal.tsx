import { Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import type { KodePeriodeRealisasi } from '../../../../../shared/pelaksanaan.ts'
import { useBukaKunci } from '../api/pelaksanaan.ts'

/** The admin instansi reopens a locked period for this SKP, with a reason and an end date (audited). */
export function BukaKunciModal({
  skpId,
  periode,
  namaPeriode,
  onClose,
}: {
  skpId: string
  periode: string
  namaPeriode: string
  onClose: () => void
}) {
  const { t } = useTranslation('realisasi')
  const [alasan, setAlasan] = useState('')
  const [sampai, setSampai] = useState<string | null>(null)
  const buka = useBukaKunci(skpId)
  const galat = (p: string) =>
    isApiError(buka.error) ? buka.error.errors.find((e) => e.path === p)?.message : undefined
  const kirim = () =>
    buka.mutate(
      {
        skpId,
        periode: periode as KodePeriodeRealisasi,
        alasan,
        // the end of the chosen day on the user's clock
        ...(sampai ? { berlakuSampai: new Date(`${sampai}T23:59:59`).toISOString() } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(t('bukaKunci.berhasil'))
          onClose()
        },
      },
    )
  return (
    <Modal opened onClose={onClose} title={t('bukaKunci.judul', { periode: namaPeriode })}>
      <Stack>
        <Textarea
          label={t('bukaKunci.alasan')}
          value={alasan}
          onChange={(e) => setAlasan(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          maxLength={1000}
          error={galat('alasan')}
          data-testid="buka-kunci-alasan"
        />
        <DateInput
          label={t('bukaKunci.sampai')}
          description={t('bukaKunci.sampaiBantuan')}
          value={sampai}
          onChange={setSampai}
          clearable
          valueFormat="DD/MM/YYYY"
          error={galat('berlakuSampai')}
        />
        <FormError
          message={isApiError(buka.error) && buka.error.errors.length === 0 ? buka.error.message : null}
        />
        <Group justify="flex-end">
          <Button
            onClick={kirim}
            loading={buka.isPending}
            disabled={!alasan.trim()}
            data-testid="buka-kunci-kirim"
          >
            {t('bukaKunci.kirim')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
