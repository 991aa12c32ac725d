import {
  Anchor,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LABEL_JENIS_PENUGASAN } from '../../../../../domain/labels.ts'
import { JENIS_PENUGASAN } from '../../../../../shared/organisasi.ts'
import { PenugasanCreate } from '../../../../../shared/pegawai.ts'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { UnorSelect } from '../../../components/UnorSelect.tsx'
import { useForm } from '../../../lib/form.ts'
import { hariIni, labelOf } from '../../../lib/format.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useJabatanUnor, useMutasi } from '../api/penugasan.ts'
import { JabatanBaruFields } from './JabatanBaruFields.tsx'
import { CountedTextInput } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'

const awal = () => ({
  unorId: null as string | null,
  jabatanId: null as string | null,
  jenis: 'definitif' as string,
  mulai: hariIni() as string | null,
  selesai: null as string | null,
  nomorSk: '',
})

function MutasiForm({
  pegawaiId,
  instansiId,
  onClose,
}: {
  pegawaiId: string
  instansiId: string
  onClose: () => void
}) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const mutasi = useMutasi(pegawaiId)
  const [jabatanBaru, setJabatanBaru] = useState(false)
  const form = useForm({
    initialValues: awal(),
    schema: PenugasanCreate,
    required: ['unorId', 'jabatanId', 'mulai'],
    transform: (v) => ({
      ...v,
      unorId: v.unorId ?? undefined,
      selesai: v.selesai || null,
      nomorSk: v.nomorSk.trim() || null,
    }),
  })
  const jabatan = useJabatanUnor(instansiId, form.values.unorId)
  const submit = form.onSubmit(async (input) => {
    await mutasi.mutateAsync(input)
    notifySuccess(t('mutasi.sukses'))
    onClose()
  })
  const jabatanOpsi = (jabatan.data ?? []).map((j) => ({
    value: j.id,
    label: `${j.nama} — ${tc(`enum.jenisJabatan.${j.jenis}`)}${j.isKepala ? ` (${t('riwayat.kepala')})` : ''}`,
  }))
  return (
    <form onSubmit={submit} noValidate data-testid="mutasi-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('mutasi.bantuan')}
        </Text>
        <FormError message={form.formError} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="mutasi-jenis-label">
            {t('mutasi.jenis')}
          </Text>
          <SegmentedControl
            aria-labelledby="mutasi-jenis-label"
            data={JENIS_PENUGASAN.map((j) => ({ value: j, label: labelOf(LABEL_JENIS_PENUGASAN[j]) }))}
            {...form.field('jenis')}
          />
        </Stack>
        <UnorSelect
          label={t('mutasi.unor')}
          instansiId={instansiId}
          required
          comboboxProps={{ withinPortal: true }}
          {...form.field('unorId')}
          onChange={(v) => {
            form.setFieldValue('unorId', v)
            form.setFieldValue('jabatanId', null)
          }}
        />
        <Select
          label={t('mutasi.jabatan')}
          description={t('mutasi.jabatanBantuan')}
          required
          searchable
          disabled={!form.values.unorId}
          data={jabatanOpsi}
          nothingFoundMessage={tc('status.tidakDitemukan')}
          {...form.field('jabatanId')}
        />
        {form.values.unorId && !jabatanBaru && (
          <Anchor component="button" type="button" size="sm" onClick={() => setJabatanBaru(true)} ta="left">
            {t('mutasi.jabatanBaru')}
          </Anchor>
        )}
        {form.values.unorId && jabatanBaru && (
          <JabatanBaruFields
            instansiId={instansiId}
            unorId={form.values.unorId}
            onCreated={(j) => {
              setJabatanBaru(false)
              form.setFieldValue('jabatanId', j.id)
            }}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label={t('mutasi.mulai')} required {...form.field('mulai')} />
          <DateField
            label={t('mutasi.selesai')}
            description={t('mutasi.selesaiBantuan')}
            {...form.field('selesai')}
          />
        </SimpleGrid>
        <CountedTextInput
          label={t('mutasi.nomorSk')}
          max={maxLengthOf(PenugasanCreate, 'nomorSk')}
          {...form.field('nomorSk')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="mutasi-simpan">
            {t('mutasi.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Mutasi (definitif) or an acting assignment (Plt/Plh) for one pegawai. */
export function MutasiModal(props: {
  opened: boolean
  pegawaiId: string
  instansiId: string
  onClose: () => void
}) {
  const { t } = useTranslation('pegawai')
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('mutasi.judul')} size="lg">
      {props.opened && <MutasiForm {...props} />}
    </Modal>
  )
}
