import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { TimeInput } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { ProgresInput, type ProgresView } from '../../../../../shared/progres-harian.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useRencanaAksi, useSimpanProgres } from '../api/progres.ts'

export interface Sasaran {
  tanggal: string
  skpId: string | null
  entri?: ProgresView
}

const nilaiAwal = (s: Sasaran) => ({
  tanggal: s.entri?.tanggal ?? s.tanggal,
  jamMulai: s.entri?.jamMulai ?? '',
  jamSelesai: s.entri?.jamSelesai ?? '',
  kegiatan: s.entri?.kegiatan ?? '',
  realisasi: (s.entri?.realisasi ?? '') as number | string,
  satuan: s.entri?.satuan ?? '',
  rencanaAksiId: s.entri?.rencanaAksi?.id ?? '',
  tautanBukti: s.entri?.tautanBukti ?? '',
})

/** The day's entry form (phone-friendly: one column, native time inputs); the server checks again. */
function Isi({ sasaran, onClose }: { sasaran: Sasaran; onClose: () => void }) {
  const { t } = useTranslation('progres-harian')
  const simpan = useSimpanProgres()
  const form = useForm({
    initialValues: nilaiAwal(sasaran),
    schema: ProgresInput,
    required: ['tanggal', 'jamMulai', 'jamSelesai', 'kegiatan'],
    transform: (v) => ({
      ...v,
      realisasi: v.realisasi === '' ? null : Number(v.realisasi),
      satuan: v.satuan.trim() || null,
      rencanaAksiId: v.rencanaAksiId || null,
      tautanBukti: v.tautanBukti.trim() || null,
    }),
  })
  const rencana = useRencanaAksi(sasaran.entri?.skpId ?? sasaran.skpId, form.values.tanggal)
  const pilihan = (rencana.data ?? []).map((r) => ({ value: r.id, label: r.uraian }))
  const kirim = form.onSubmit(async (isi) => {
    await simpan.mutateAsync({ id: sasaran.entri?.id, versi: sasaran.entri?.versi, isi })
    notifySuccess(t('form.tersimpan'))
    onClose()
  })
  return (
    <form onSubmit={kirim} noValidate>
      <Stack gap="sm">
        <DateField
          label={t('form.tanggal')}
          required
          {...form.field('tanggal')}
          data-testid="progres-tanggal"
        />
        <SimpleGrid cols={2}>
          <TimeInput
            label={t('form.jamMulai')}
            required
            {...form.field('jamMulai')}
            data-testid="progres-jam-mulai"
          />
          <TimeInput
            label={t('form.jamSelesai')}
            required
            {...form.field('jamSelesai')}
            data-testid="progres-jam-selesai"
          />
        </SimpleGrid>
        <CountedTextarea
          label={t('form.kegiatan')}
          required
          autosize
          minRows={2}
          max={2000}
          {...form.field('kegiatan')}
          data-testid="progres-kegiatan"
        />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('form.realisasi')}
            min={0}
            decimalSeparator=","
            allowNegative={false}
            {...form.field('realisasi')}
          />
          <TextInput
            label={t('form.satuan')}
            placeholder={t('form.satuanContoh')}
            {...form.field('satuan')}
          />
        </SimpleGrid>
        <Select
          label={t('form.rencanaAksi')}
          data={pilihan}
          clearable
          searchable
          nothingFoundMessage={t('form.rencanaAksiKosong')}
          placeholder={pilihan.length === 0 ? t('form.rencanaAksiKosong') : undefined}
          {...form.field('rencanaAksiId')}
          value={form.values.rencanaAksiId || null}
          onChange={(v) => form.setFieldValue('rencanaAksiId', v ?? '')}
        />
        <TextInput
          label={t('form.tautanBukti')}
          type="url"
          placeholder="https://"
          {...form.field('tautanBukti')}
        />
        <FormError message={form.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="progres-simpan">
            {t('form.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function EntriForm({ sasaran, onClose }: { sasaran: Sasaran | null; onClose: () => void }) {
  const { t } = useTranslation('progres-harian')
  return (
    <Modal
      opened={!!sasaran}
      onClose={onClose}
      title={t(sasaran?.entri ? 'form.judulUbah' : 'form.judulBaru')}
      fullScreen={typeof window !== 'undefined' && window.innerWidth < 480}
    >
      {sasaran && <Isi key={sasaran.entri?.id ?? sasaran.tanggal} sasaran={sasaran} onClose={onClose} />}
    </Modal>
  )
}
