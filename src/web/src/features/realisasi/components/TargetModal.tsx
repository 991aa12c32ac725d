import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IkiPelaksanaanView } from '../../../../../shared/pelaksanaan.ts'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useTargetPeriode } from '../api/pelaksanaan.ts'

interface Props {
  skpId: string
  periode: string
  iki: IkiPelaksanaanView
  onClose: () => void
}

/** The period's own target (rencana aksi): a number or range, or words for a kualitatif IKI; reset to default. */
export function TargetModal({ skpId, periode, iki, onClose }: Props) {
  const { t } = useTranslation('realisasi')
  const [min, setMin] = useState<number | string>(iki.targetPeriode?.min ?? '')
  const [max, setMax] = useState<number | string>(iki.targetPeriode?.max ?? '')
  const [teks, setTeks] = useState(iki.targetPeriodeTeks ?? '')
  const simpan = useTargetPeriode(skpId)
  const galat = (p: string) =>
    isApiError(simpan.error) ? simpan.error.errors.find((e) => e.path === p)?.message : undefined
  const kirim = (reset: boolean) =>
    simpan.mutate(
      {
        ikiId: iki.id,
        periode,
        isi: reset
          ? {}
          : iki.kualitatif
            ? { targetTeks: teks }
            : { targetMin: min === '' ? null : Number(min), targetMax: max === '' ? null : Number(max) },
      },
      {
        onSuccess: () => {
          notifySuccess(t('target.tersimpan'))
          onClose()
        },
      },
    )
  return (
    <Modal opened onClose={onClose} title={t('target.judul', { periode })} fullScreen={false}>
      <Stack>
        {iki.kualitatif ? (
          <TextInput
            label={t('target.teks')}
            value={teks}
            onChange={(e) => setTeks(e.currentTarget.value)}
            error={galat('targetTeks')}
            maxLength={500}
          />
        ) : (
          <>
            <NumberInput
              label={t('target.min')}
              value={min}
              onChange={setMin}
              decimalSeparator=","
              error={galat('targetMin')}
            />
            <NumberInput
              label={t('target.max')}
              value={max}
              onChange={setMax}
              decimalSeparator=","
              error={galat('targetMax')}
            />
          </>
        )}
        <FormError
          message={isApiError(simpan.error) && simpan.error.errors.length === 0 ? simpan.error.message : null}
        />
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => kirim(true)} disabled={simpan.isPending}>
            {t('target.reset')}
          </Button>
          <Button onClick={() => kirim(false)} loading={simpan.isPending} data-testid="target-simpan">
            {t('target.simpan')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
