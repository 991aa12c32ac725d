import { Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import {
  JENIS_RHK,
  KLASIFIKASI,
  PERSPEKTIF,
  RhkInput,
  type RhkView,
  type SkpView,
} from '../../../../../shared/skp.ts'
import { CountedTextarea, CountedTextInput } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useSimpanRhk } from '../api/rhk.ts'
import { nilaiAwal, useRhkForm } from '../hooks/use-rhk-form.ts'
import { IkiFields } from './IkiFields.tsx'
import { IntervensiPicker } from './IntervensiPicker.tsx'

export interface RhkEdit {
  rhk: RhkView | null
  jenis: RhkView['jenis']
}

interface FormProps {
  skp: SkpView
  edit: RhkEdit
  onSaved: (rhkId: string | null) => void
  onClose: () => void
}

function RhkForm({ skp, edit, onSaved, onClose }: FormProps) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const simpan = useSimpanRhk(skp.id)
  const form = useRhkForm(nilaiAwal(edit.rhk, edit.jenis, skp.pendekatan), skp.pendekatan)
  const { values, errors } = form
  const opsi = (list: readonly string[], key: string) =>
    list.map((v) => ({ value: v, label: t(`${key}.${v}`) }))
  const submit = form.submit(async (input) => {
    await simpan.mutateAsync({ rhkId: edit.rhk?.id ?? null, input })
    notifySuccess(t(edit.rhk ? 'rhk.suksesUbah' : 'rhk.suksesTambah'))
    onSaved(edit.rhk?.id ?? null)
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="rhk-form">
      <Stack gap="md">
        <FormError message={form.formError} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="rhk-jenis-label">
            {t('rhk.jenis')}
          </Text>
          <SegmentedControl
            aria-labelledby="rhk-jenis-label"
            data={opsi(JENIS_RHK, 'enum.jenis')}
            value={values.jenis}
            onChange={(v) => form.set('jenis', v)}
            data-testid="rhk-jenis"
          />
        </Stack>
        <CountedTextarea
          label={t('rhk.deskripsi')}
          description={t('rhk.deskripsiBantuan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(RhkInput, 'deskripsi')}
          value={values.deskripsi}
          onChange={(e) => form.set('deskripsi', e.currentTarget.value)}
          error={errors.deskripsi || undefined}
          data-autofocus
          data-testid="rhk-deskripsi"
        />
        <IntervensiPicker
          skpId={skp.id}
          value={values.intervensiRhkId}
          onChange={(v) => form.set('intervensiRhkId', v)}
          error={errors.intervensiRhkId || undefined}
          lama={edit.rhk?.intervensi ?? null}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('rhk.klasifikasi')}
            allowDeselect={false}
            data={opsi(KLASIFIKASI, 'enum.klasifikasi')}
            value={values.klasifikasi}
            onChange={(v) => v && form.set('klasifikasi', v)}
            error={errors.klasifikasi || undefined}
            comboboxProps={{ withinPortal: true }}
          />
          <CountedTextInput
            label={t('rhk.penugasanDari')}
            description={t('rhk.penugasanDariBantuan')}
            max={maxLengthOf(RhkInput, 'penugasanDari')}
            value={values.penugasanDari}
            onChange={(e) => form.set('penugasanDari', e.currentTarget.value)}
            error={errors.penugasanDari || undefined}
          />
        </SimpleGrid>
        {skp.varian === 'jpt' && (
          <Select
            label={t('rhk.perspektif')}
            // DOMAIN §2: every RHK of the SKP for JPT and pimpinan unit kerja mandiri names its perspektif
            required
            clearable
            data={opsi(PERSPEKTIF, 'enum.perspektif')}
            value={values.perspektif}
            onChange={(v) => form.set('perspektif', v)}
            error={errors.perspektif || undefined}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <IkiFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="rhk-simpan">
            {t('rhk.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Add or edit one RHK with its IKI (full screen on a phone, one column). */
export function RhkFormModal({
  skp,
  edit,
  onSaved,
  onClose,
}: Omit<FormProps, 'edit'> & { edit: RhkEdit | null }) {
  const { t } = useTranslation('skp')
  const phone = useMediaQuery('(max-width: 48em)')
  return (
    <Modal
      opened={edit !== null}
      onClose={onClose}
      title={t(edit?.rhk ? 'rhk.judulUbah' : 'rhk.judulTambah')}
      size="xl"
      fullScreen={phone}
    >
      {edit && <RhkForm skp={skp} edit={edit} onSaved={onSaved} onClose={onClose} />}
    </Modal>
  )
}
