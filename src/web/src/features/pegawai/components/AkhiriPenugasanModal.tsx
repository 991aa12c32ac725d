import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PenugasanUpdate, type PenugasanView } from '../../../../../shared/pegawai.ts'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { emptyToNull, useForm } from '../../../lib/form.ts'
import { formatTanggal, hariIni } from '../../../lib/format.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useUbahPenugasan } from '../api/penugasan.ts'
import { CountedTextInput } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'

function AkhiriForm({ p, onClose }: { p: PenugasanView; onClose: () => void }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const ubah = useUbahPenugasan()
  const form = useForm({
    initialValues: { selesai: hariIni() as string | null, nomorSk: p.nomorSk ?? '' },
    schema: PenugasanUpdate,
    transform: emptyToNull,
    required: ['selesai'],
  })
  const submit = form.onSubmit(async (input) => {
    await ubah.mutateAsync({ id: p.id, input })
    notifySuccess(t('akhiri.sukses'))
    onClose()
  })
  return (
    <form onSubmit={submit} noValidate data-testid="akhiri-form">
      <Stack gap="sm">
        <Text size="sm">
          {p.jabatan.nama} — {p.unor.nama} ({formatTanggal(p.mulai)})
        </Text>
        <FormError message={form.formError} />
        <DateField label={t('akhiri.selesai')} required minDate={p.mulai} {...form.field('selesai')} />
        <CountedTextInput
          label={t('mutasi.nomorSk')}
          max={maxLengthOf(PenugasanUpdate, 'nomorSk')}
          {...form.field('nomorSk')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" color="red" loading={form.submitting} data-testid="akhiri-simpan">
            {t('akhiri.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** End an open assignment on a date (the penugasan stays in the history). */
export function AkhiriPenugasanModal({
  penugasan,
  onClose,
}: {
  penugasan: PenugasanView | null
  onClose: () => void
}) {
  const { t } = useTranslation('pegawai')
  return (
    <Modal opened={penugasan !== null} onClose={onClose} title={t('akhiri.judul')}>
      {penugasan && <AkhiriForm key={penugasan.id} p={penugasan} onClose={onClose} />}
    </Modal>
  )
}
