import { Select, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { JENIS_ASN, PegawaiUpdate, STATUS_KEPEGAWAIAN } from '../../../../../shared/pegawai.ts'
import { DateField } from '../../../components/DateField.tsx'
import type { useForm } from '../../../lib/form.ts'
import { CountedTextInput } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'

export const PEGAWAI_KOSONG = {
  nama: '',
  gelarDepan: '',
  gelarBelakang: '',
  jenisKelamin: null as string | null,
  tempatLahir: '',
  tanggalLahir: null as string | null,
  jenisAsn: 'pns' as string | null,
  golongan: '',
  pangkat: '',
  status: 'aktif' as string | null,
  statusMulai: null as string | null,
  statusSelesai: null as string | null,
  email: '',
}
export type PegawaiValues = typeof PEGAWAI_KOSONG

type Form = Pick<ReturnType<typeof useForm<PegawaiValues>>, 'field'>

/** The personal and employment fields shared by the create and edit forms. */
export function PegawaiFields({ form, fromNip = false }: { form: Form; fromNip?: boolean }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const opsi = (values: readonly string[], key: string) =>
    values.map((v) => ({ value: v, label: tc(`${key}.${v}`) }))
  return (
    <>
      <CountedTextInput
        label={tc('field.nama')}
        required
        max={maxLengthOf(PegawaiUpdate, 'nama')}
        {...form.field('nama')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <CountedTextInput
          label={t('detail.gelarDepan')}
          max={maxLengthOf(PegawaiUpdate, 'gelarDepan')}
          {...form.field('gelarDepan')}
        />
        <CountedTextInput
          label={t('detail.gelarBelakang')}
          max={maxLengthOf(PegawaiUpdate, 'gelarBelakang')}
          {...form.field('gelarBelakang')}
        />
        <Select
          label={t('detail.jenisKelamin')}
          required={!fromNip}
          clearable={fromNip}
          data={opsi(['L', 'P'], 'enum.jenisKelamin')}
          {...form.field('jenisKelamin')}
        />
        <CountedTextInput
          label={t('detail.tempatLahir')}
          max={maxLengthOf(PegawaiUpdate, 'tempatLahir')}
          {...form.field('tempatLahir')}
        />
        <DateField label={t('detail.tanggalLahir')} required={!fromNip} {...form.field('tanggalLahir')} />
        <Select
          label={tc('field.jenisAsn')}
          required
          data={opsi(JENIS_ASN, 'enum.jenisAsn')}
          {...form.field('jenisAsn')}
        />
        <CountedTextInput
          label={tc('field.golongan')}
          placeholder="III/a"
          max={maxLengthOf(PegawaiUpdate, 'golongan')}
          {...form.field('golongan')}
        />
        <CountedTextInput
          label={tc('field.pangkat')}
          placeholder="Penata Muda"
          max={maxLengthOf(PegawaiUpdate, 'pangkat')}
          {...form.field('pangkat')}
        />
        <Select
          label={tc('field.status')}
          required
          data={opsi(STATUS_KEPEGAWAIAN, 'enum.statusKepegawaian')}
          {...form.field('status')}
        />
        {/* DOMAIN §1: an exemption (CLTN, tugas belajar …) has dates; a return mid-year shortens the SKP */}
        {form.field('status').value !== 'aktif' && (
          <>
            <DateField label={t('detail.statusMulai')} {...form.field('statusMulai')} />
            <DateField
              label={t('detail.statusSelesai')}
              description={t('detail.statusSelesaiBantuan')}
              {...form.field('statusSelesai')}
            />
          </>
        )}
        <TextInput label={t('detail.email')} type="email" {...form.field('email')} />
      </SimpleGrid>
    </>
  )
}
