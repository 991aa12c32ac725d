import { Alert, Anchor, Button, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { LABEL_PREDIKAT } from '../../../../../domain/labels.ts'
import {
  PerbaikanSelesai,
  TindakLanjutInput,
  type RencanaPerbaikanView,
} from '../../../../../shared/perbaikan.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { useForm } from '../../../lib/form.ts'
import { formatTanggal, formatWaktu, hariIni, labelOf } from '../../../lib/format.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { usePerbaikan, useSelesaikanPerbaikan, useTindakLanjut } from '../api/perbaikan.ts'
import { StatusPerbaikan } from './PerbaikanPage.tsx'

function TindakLanjutForm({ r, onClose }: { r: RencanaPerbaikanView; onClose: () => void }) {
  const { t } = useTranslation('perbaikan')
  const catat = useTindakLanjut(r.id)
  const form = useForm({
    initialValues: { tanggal: hariIni() as string | null, rencana: '', catatan: '' },
    schema: TindakLanjutInput,
    required: ['tanggal', 'rencana'],
    transform: (v) => ({ ...v, catatan: v.catatan || null }),
  })
  const submit = form.onSubmit(async (input) => {
    await catat.mutateAsync(input as TindakLanjutInput)
    notifySuccess(t('disimpan'))
    onClose()
  })
  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <DateField label={t('tanggal')} required {...form.field('tanggal')} />
        <CountedTextarea
          label={t('rencana')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(TindakLanjutInput, 'rencana')}
          {...form.field('rencana')}
          data-testid="perbaikan-rencana"
        />
        <CountedTextarea
          label={t('catatan')}
          autosize
          minRows={2}
          max={maxLengthOf(TindakLanjutInput, 'catatan')}
          {...form.field('catatan')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="perbaikan-simpan">
            {t('simpan')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

function SelesaiForm({ r, onClose }: { r: RencanaPerbaikanView; onClose: () => void }) {
  const { t } = useTranslation('perbaikan')
  const selesai = useSelesaikanPerbaikan(r.id)
  const form = useForm({ initialValues: { hasil: '' }, schema: PerbaikanSelesai, required: ['hasil'] })
  const submit = form.onSubmit(async (input) => {
    await selesai.mutateAsync(input as PerbaikanSelesai)
    notifySuccess(t('ditutup'))
    onClose()
  })
  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <CountedTextarea
          label={t('hasil')}
          description={t('hasilBantuan')}
          required
          autosize
          minRows={3}
          max={maxLengthOf(PerbaikanSelesai, 'hasil')}
          {...form.field('hasil')}
          data-testid="perbaikan-hasil"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('batal')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="perbaikan-tutup-simpan">
            {t('tutup')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

/** Why a 'gugur' record ended: the version that replaced its predikat, by whom and why (from the server). */
function DasarGugur({ r }: { r: RencanaPerbaikanView }) {
  const { t } = useTranslation('perbaikan')
  const g = r.dasarGugur
  if (!g) return null
  return (
    <Alert color="gray" title={t('gugur.judul')} data-testid="perbaikan-gugur">
      <Stack gap={4}>
        <Text size="sm">
          {t(`gugur.${g.oleh}`, {
            predikat: labelOf(LABEL_PREDIKAT[r.predikat]),
            predikatBaru: labelOf(LABEL_PREDIKAT[g.predikatBaru]),
            versi: g.versi,
          })}
        </Text>
        {g.alasan && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('gugur.alasan', { alasan: g.alasan })}
          </Text>
        )}
        {(g.olehNama || g.pada) && (
          <Text size="xs" c="dimmed">
            {t('gugur.oleh', { nama: g.olehNama, pada: formatWaktu(g.pada) })}
          </Text>
        )}
        <Text size="sm">{t('gugur.catatan')}</Text>
        <Anchor component={Link} to={`/evaluasi/${r.evaluasiId}`} size="sm">
          {t('gugur.evaluasi')}
        </Anchor>
      </Stack>
    </Alert>
  )
}

function Isi({ r }: { r: RencanaPerbaikanView }) {
  const { t } = useTranslation('perbaikan')
  const [buka, setBuka] = useState<'catat' | 'tutup' | null>(null)
  return (
    <Stack gap="md">
      <PageHeader
        title={`${r.pegawai.nama} · ${labelOf(LABEL_PREDIKAT[r.predikat])}`}
        description={`${t('masa', { mulai: formatTanggal(r.mulai), selesai: formatTanggal(r.selesai) })} · ${t('dariEvaluasi', { periode: r.periode, tahun: r.tahun })}`}
        actions={<StatusPerbaikan r={r} />}
      />
      {r.penilai && (
        <Text size="sm">
          {t('penilai')}: {r.penilai.nama}
        </Text>
      )}
      <DasarGugur r={r} />
      {r.hasil && (
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {t('hasil')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="perbaikan-hasil-teks">
            {r.hasil}
          </Text>
        </Card>
      )}
      <Group>
        {r.aksi.tindakLanjut && (
          <Button onClick={() => setBuka('catat')} data-testid="perbaikan-catat">
            {t('catat')}
          </Button>
        )}
        {r.aksi.selesai && (
          <Button variant="light" color="gray" onClick={() => setBuka('tutup')} data-testid="perbaikan-tutup">
            {t('tutup')}
          </Button>
        )}
      </Group>
      {buka === 'catat' && <TindakLanjutForm r={r} onClose={() => setBuka(null)} />}
      {buka === 'tutup' && <SelesaiForm r={r} onClose={() => setBuka(null)} />}
      <Title order={2} size="h5">
        {t('tindakLanjut')}
      </Title>
      {r.tindakLanjut.length === 0 ? (
        <Text size="sm">{t('belumTindakLanjut')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} data-testid="perbaikan-tindak-lanjut">
          {r.tindakLanjut.map((x, i) => (
            <Timeline.Item key={i} title={formatTanggal(x.tanggal)}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {x.rencana}
              </Text>
              {x.catatan && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {x.catatan}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('dicatat', { oleh: x.dicatatOleh })} · {formatWaktu(x.dicatatPada)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <Anchor component={Link} to="/perbaikan" size="sm">
        {t('kembali')}
      </Anchor>
    </Stack>
  )
}

/** /perbaikan/:id — one improvement record: its follow-ups, and the penilai's actions the server allows. */
export function PerbaikanDetailPage() {
  const { id = '' } = useParams()
  const q = usePerbaikan(id)
  return <QueryState query={q}>{(r) => <Isi r={r} />}</QueryState>
}
