import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  AngkaKreditAwalInput,
  JENJANG_FUNGSIONAL,
  type AngkaKreditAwalView,
} from '../../../../../shared/angka-kredit.ts'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useSimpanAwal } from '../api/angka-kredit.ts'

/** The admin instansi sets the opening balance (angka kredit integrasi, Peraturan BKN 3/2023). */
export function AwalModal({
  pegawaiId,
  awal,
  onClose,
}: {
  pegawaiId: string
  awal: AngkaKreditAwalView | null
  onClose: () => void
}) {
  const { t } = useTranslation('angka-kredit')
  const { t: tc } = useTranslation()
  const simpan = useSimpanAwal(pegawaiId)
  const form = useForm({
    initialValues: {
      nilai: (awal?.nilai ?? '') as number | string,
      tanggal: (awal?.tanggal ?? null) as string | null,
      jenjang: (awal?.jenjang ?? null) as string | null,
      keterangan: awal?.keterangan ?? '',
    },
    schema: AngkaKreditAwalInput,
    required: ['nilai', 'tanggal'],
    transform: (v) => ({
      ...v,
      nilai: v.nilai === '' ? undefined : Number(v.nilai),
      keterangan: v.keterangan || null,
    }),
  })
  const submit = form.onSubmit(async (input) => {
    await simpan.mutateAsync(input as AngkaKreditAwalInput)
    notifySuccess(t('disimpan'))
    onClose()
  })
  return (
    <Modal opened onClose={onClose} title={t('ubahAwal')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError message={form.formError} />
          <NumberInput
            label={t('nilai')}
            required
            min={0}
            decimalScale={3}
            decimalSeparator=","
            {...form.field('nilai')}
            data-testid="ak-awal-nilai"
          />
          <DateField label={t('tanggal')} required {...form.field('tanggal')} />
          <Select
            label={t('jenjang')}
            clearable
            data={JENJANG_FUNGSIONAL.map((j) => ({ value: j, label: tc(`enum.jenjang.${j}`) }))}
            {...form.field('jenjang')}
          />
          <TextInput
            label={t('keterangan')}
            maxLength={maxLengthOf(AngkaKreditAwalInput, 'keterangan')}
            {...form.field('keterangan')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('batal')}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="ak-awal-simpan">
              {t('simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
