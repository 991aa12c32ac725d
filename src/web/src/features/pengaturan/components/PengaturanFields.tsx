import { Card, Checkbox, NumberInput, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  LABEL_JENIS_PERIODE,
  LABEL_PEMBULATAN,
  LABEL_PREDIKAT,
  LABEL_PREDIKAT_ORGANISASI,
  LABEL_RATING,
  type Label,
} from '../../../../../domain/labels.ts'
import { PREDIKAT_ORGANISASI, PREDIKAT_PEGAWAI } from '../../../../../domain/predikat.ts'
import {
  JENIS_HARI_KEBERATAN,
  KONVENSI_BULAN_AK,
  RUMUS_POLARITAS_TURUN,
  ZONA_WAKTU,
} from '../../../../../shared/enums.ts'
import { JENIS_JABATAN_KEPALA } from '../../../../../shared/organisasi.ts'
import { BATAS_UNGGAH_MAKS_MB, STATUS_BISA_BEBAS_SKP } from '../../../../../shared/pengaturan.ts'
import { DateField } from '../../../components/DateField.tsx'
import type { useForm } from '../../../lib/form.ts'
import { labelOf } from '../../../lib/format.ts'
import { AMBANG, type NilaiPengaturan } from '../hooks/nilai.ts'

type Form = Pick<
  ReturnType<typeof useForm<NilaiPengaturan>>,
  'field' | 'checkbox' | 'values' | 'errors' | 'setFieldValue'
>

const opsi = (labels: Record<string, Label>) =>
  Object.entries(labels).map(([value, l]) => ({ value, label: labelOf(l) }))

function Bagian({ judul, bantuan, children }: { judul: string; bantuan?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={2} size="h5" component="legend" px={4}>
        {judul}
      </Title>
      {bantuan && (
        <Text size="xs" c="dimmed" mb="sm">
          {bantuan}
        </Text>
      )}
      {children}
    </Card>
  )
}

function Periode({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  return (
    <Bagian judul={t('bagian.periode')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('field.periodePenilaian')}
          description={t('field.periodePenilaianBantuan')}
          allowDeselect={false}
          data={opsi(LABEL_JENIS_PERIODE)}
          {...form.field('periodePenilaian')}
          data-testid="pengaturan-periode"
        />
        <DateField
          label={t('field.batasSkp')}
          description={t('field.batasSkpBantuan')}
          required
          {...form.field('batasSkp')}
          data-testid="pengaturan-batas-skp"
        />
        <NumberInput
          label={t('field.hariKunciRealisasi')}
          description={t('field.hariKunciRealisasiBantuan')}
          min={1}
          max={90}
          allowDecimal={false}
          {...form.field('hariKunciRealisasi')}
        />
      </SimpleGrid>
    </Bagian>
  )
}

/** DOMAIN §4: the lock's time zone, the upload limit, the reminder and the lower-is-better formula. */
function Realisasi({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  return (
    <Bagian judul={t('bagian.realisasi')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('field.zonaWaktu')}
          description={t('field.zonaWaktuBantuan')}
          allowDeselect={false}
          data={ZONA_WAKTU.map((z) => ({ value: z, label: t(`zona.${z}`) }))}
          {...form.field('zonaWaktu')}
          data-testid="pengaturan-zona-waktu"
        />
        <NumberInput
          label={t('field.hariPengingatKunci')}
          description={t('field.hariPengingatKunciBantuan')}
          min={1}
          max={30}
          allowDecimal={false}
          {...form.field('hariPengingatKunci')}
          data-testid="pengaturan-hari-pengingat"
        />
        <NumberInput
          label={t('field.batasUnggahMb')}
          description={t('field.batasUnggahMbBantuan', { maks: BATAS_UNGGAH_MAKS_MB })}
          min={1}
          max={BATAS_UNGGAH_MAKS_MB}
          allowDecimal={false}
          {...form.field('batasUnggahMb')}
          data-testid="pengaturan-batas-unggah"
        />
        <Select
          label={t('field.rumusPolaritasTurun')}
          description={t('field.rumusPolaritasTurunBantuan')}
          allowDeselect={false}
          data={RUMUS_POLARITAS_TURUN.map((r) => ({ value: r, label: t(`rumus.${r}`) }))}
          {...form.field('rumusPolaritasTurun')}
          data-testid="pengaturan-rumus-turun"
        />
      </SimpleGrid>
    </Bagian>
  )
}

function Rating({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  const { errors } = form
  return (
    <Bagian judul={t('bagian.rating')} bantuan={t('field.ratingBantuan')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {AMBANG.map((k) => (
          <NumberInput
            key={k}
            label={t(`field.${k}`)}
            min={0}
            max={200}
            decimalSeparator=","
            {...form.field(`ambangRating.${k}`)}
          />
        ))}
      </SimpleGrid>
      {errors.ambangRating && (
        <Text size="sm" c="red" mt="xs" role="alert">
          {errors.ambangRating}
        </Text>
      )}
    </Bagian>
  )
}

function Pimpinan({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  const { t: tc } = useTranslation()
  return (
    <Bagian judul={t('bagian.pimpinan')} bantuan={t('field.pimpinanBantuan')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {PREDIKAT_ORGANISASI.map((p) => (
          <Select
            key={p}
            label={t('field.predikatOrganisasi', { predikat: labelOf(LABEL_PREDIKAT_ORGANISASI[p]) })}
            allowDeselect={false}
            data={opsi(LABEL_RATING)}
            {...form.field(`petaPimpinan.${p}`)}
          />
        ))}
      </SimpleGrid>
      <Checkbox.Group
        mt="md"
        label={t('field.pimpinanJenisJabatan')}
        description={t('field.pimpinanJenisJabatanBantuan')}
        value={form.values.pimpinanJenisJabatan}
        onChange={(v) => form.setFieldValue('pimpinanJenisJabatan', v)}
        error={form.errors.pimpinanJenisJabatan || undefined}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt="xs">
          {JENIS_JABATAN_KEPALA.map((j) => (
            <Checkbox key={j} value={j} label={tc(`enum.jenisJabatan.${j}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Switch
        mt="md"
        label={t('field.pimpinanTermasukPlt')}
        description={t('field.pimpinanTermasukPltBantuan')}
        {...form.checkbox('pimpinanTermasukPlt')}
        data-testid="pengaturan-pimpinan-plt"
      />
    </Bagian>
  )
}

/** PP 30/2019 Pasal 59: the keberatan window, in calendar or working days, and the holidays it skips. */
function Keberatan({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  return (
    <Bagian judul={t('bagian.distribusi')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('field.pembulatanDistribusi')}
          allowDeselect={false}
          data={opsi(LABEL_PEMBULATAN)}
          {...form.field('pembulatanDistribusi')}
        />
        <NumberInput
          label={t('field.batasKeberatanHari')}
          description={t('field.batasKeberatanHariBantuan')}
          min={1}
          max={90}
          allowDecimal={false}
          {...form.field('batasKeberatanHari')}
        />
        <Select
          label={t('field.jenisHariKeberatan')}
          description={t('field.jenisHariKeberatanBantuan')}
          allowDeselect={false}
          data={JENIS_HARI_KEBERATAN.map((j) => ({ value: j, label: t(`jenisHari.${j}`) }))}
          {...form.field('jenisHariKeberatan')}
          data-testid="pengaturan-jenis-hari-keberatan"
        />
      </SimpleGrid>
      {form.values.jenisHariKeberatan === 'kerja' && (
        <DatePickerInput
          mt="sm"
          type="multiple"
          clearable
          valueFormat="DD/MM/YYYY"
          label={t('field.hariLibur')}
          description={t('field.hariLiburBantuan')}
          value={form.values.hariLibur}
          onChange={(v) =>
            form.setFieldValue(
              'hariLibur',
              (v as (string | null)[]).filter((x): x is string => !!x).map((x) => String(x).slice(0, 10)),
            )
          }
          error={form.errors.hariLibur || undefined}
          data-testid="pengaturan-hari-libur"
        />
      )}
    </Bagian>
  )
}

/** Peraturan BKN 3/2023: how the months of an SKP segment count for angka kredit. */
function AngkaKredit({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  return (
    <Bagian judul={t('bagian.angkaKredit')} bantuan={t('field.angkaKreditBantuan')}>
      <Select
        label={t('field.konvensiBulanAk')}
        allowDeselect={false}
        data={KONVENSI_BULAN_AK.map((k) => ({ value: k, label: t(`konvensi.${k}`) }))}
        {...form.field('konvensiBulanAk')}
        data-testid="pengaturan-konvensi-ak"
      />
    </Bagian>
  )
}

function Tunjangan({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  return (
    <Bagian judul={t('bagian.tunjangan')} bantuan={t('field.tunjanganBantuan')}>
      <Switch label={t('field.aturTunjangan')} {...form.checkbox('aturTunjangan')} mb="sm" />
      {form.values.aturTunjangan && (
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
          {PREDIKAT_PEGAWAI.map((p) => (
            <NumberInput
              key={p}
              label={t('field.persenPredikat', { predikat: labelOf(LABEL_PREDIKAT[p]) })}
              min={0}
              max={200}
              decimalSeparator=","
              {...form.field(`persenTunjangan.${p}`)}
            />
          ))}
        </SimpleGrid>
      )}
    </Bagian>
  )
}

/** Every configurable item of DOMAIN.md for one year, in sections; one column on a phone. */
export function PengaturanFields({ form }: { form: Form }) {
  const { t } = useTranslation('pengaturan')
  const { t: tc } = useTranslation()
  return (
    <Stack gap="md">
      <Periode form={form} />
      <Realisasi form={form} />
      <Bagian judul={t('bagian.pegawai')}>
        <Checkbox.Group
          label={t('field.statusBebasSkp')}
          value={form.values.statusBebasSkp}
          onChange={(v) => form.setFieldValue('statusBebasSkp', v)}
          error={form.errors.statusBebasSkp || undefined}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {STATUS_BISA_BEBAS_SKP.map((s) => (
              <Checkbox key={s} value={s} label={tc(`enum.statusKepegawaian.${s}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Bagian>
      <Rating form={form} />
      <Pimpinan form={form} />
      <Keberatan form={form} />
      <Tunjangan form={form} />
      <AngkaKredit form={form} />
    </Stack>
  )
}
