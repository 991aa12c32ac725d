import { Button, FileInput, Progress, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconLink, IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JENIS_BUKTI } from '../../../../shared/enums.ts'
import { isApiError } from '../../lib/api.ts'
import { notifySuccess } from '../../lib/notify.ts'
import { useTambahTautan, useUnggahBukti } from './api.ts'
import { NS } from './i18n.ts'

interface Props {
  skpId: string
  ikiId: string
  periode: string
  batasUnggahMb: number
  onBerubah?: () => void
}

/**
 * What the server accepts (it checks the content, this only filters the picker). `image/*` lets a phone
 * offer its camera next to the gallery and files.
 */
const ACCEPT = [
  'image/*',
  'application/pdf',
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
].join(',')

const JENIS_BERKAS = JENIS_BUKTI.filter((j) => j !== 'tautan')

/** The server's message for one field, or the whole message when it names none. */
function galatMedan(err: unknown, medan: string[]): string | null {
  if (!err) return null
  if (!isApiError(err)) return String(err)
  return err.errors.find((e) => medan.includes(e.path))?.message ?? err.message
}

/** The owner's forms: upload a file (with progress) or add a link, as evidence of one IKI in a period. */
export function BuktiUnggah({ skpId, ikiId, periode, batasUnggahMb, onBerubah }: Props) {
  const { t } = useTranslation(NS)
  const [mode, setMode] = useState<'berkas' | 'tautan'>('berkas')
  const [file, setFile] = useState<File | null>(null)
  const [jenis, setJenis] = useState<string>('laporan')
  const [keterangan, setKeterangan] = useState('')
  const [tautan, setTautan] = useState('')
  const [progres, setProgres] = useState<number | null>(null)
  const [galatLokal, setGalatLokal] = useState<string | null>(null)
  const unggah = useUnggahBukti(skpId, onBerubah)
  const tambah = useTambahTautan(skpId, onBerubah)

  const pilih = (f: File | null) => {
    unggah.reset()
    setFile(f)
    // refused here already: the server would refuse it after the whole upload
    if (f && f.size > batasUnggahMb * 1024 * 1024)
      setGalatLokal(t('terlaluBesar', { nama: f.name, mb: batasUnggahMb }))
    else if (f && f.size === 0) setGalatLokal(t('kosongBerkas', { nama: f.name }))
    else setGalatLokal(null)
  }

  const kirim = async () => {
    if (!file || galatLokal) return
    setProgres(0)
    try {
      await unggah.mutateAsync({ isian: { ikiId, periode, jenis, keterangan, file }, onProgres: setProgres })
      notifySuccess(t('terunggah'))
      setFile(null)
      setKeterangan('')
    } catch {
      // shown under the field from unggah.error
    } finally {
      setProgres(null)
    }
  }

  const kirimTautan = async () => {
    try {
      await tambah.mutateAsync({
        ikiId,
        periode,
        jenis: 'tautan',
        tautan: tautan.trim(),
        keterangan: keterangan.trim() || undefined,
      })
      notifySuccess(t('tautanTersimpan'))
      setTautan('')
      setKeterangan('')
    } catch {
      // shown under the field from tambah.error
    }
  }

  const keteranganInput = (
    <TextInput
      label={t('keterangan')}
      value={keterangan}
      maxLength={500}
      onChange={(e) => setKeterangan(e.currentTarget.value)}
      data-testid="bukti-keterangan"
    />
  )

  return (
    <Stack gap="xs" data-testid="bukti-unggah">
      <SegmentedControl
        size="xs"
        value={mode}
        onChange={(v) => setMode(v as 'berkas' | 'tautan')}
        data={[
          { value: 'berkas', label: t('berkas') },
          { value: 'tautan', label: t('jenis.tautan') },
        ]}
      />
      {mode === 'berkas' ? (
        <>
          <FileInput
            label={t('pilihBerkas')}
            description={t('berkasBantuan', { mb: batasUnggahMb })}
            accept={ACCEPT}
            value={file}
            onChange={pilih}
            clearable
            leftSection={<IconUpload size={16} />}
            error={galatLokal ?? galatMedan(unggah.error, ['file'])}
            data-testid="bukti-berkas"
          />
          <Select
            label={t('jenisLabel')}
            data={JENIS_BERKAS.map((j) => ({ value: j, label: t(`jenis.${j}`) }))}
            value={jenis}
            onChange={(v) => setJenis(v ?? 'laporan')}
            allowDeselect={false}
            data-testid="bukti-jenis"
          />
          {keteranganInput}
          {progres !== null && (
            <Stack gap={2}>
              <Progress value={Math.round(progres * 100)} animated aria-label={t('unggah')} />
              <Text size="xs" c="dimmed">
                {t('mengunggah', { persen: Math.round(progres * 100) })}
              </Text>
            </Stack>
          )}
          <Button
            onClick={kirim}
            disabled={!file || !!galatLokal}
            loading={unggah.isPending}
            data-testid="bukti-kirim"
          >
            {t('unggah')}
          </Button>
        </>
      ) : (
        <>
          <TextInput
            label={t('tautanLabel')}
            type="url"
            inputMode="url"
            value={tautan}
            maxLength={2000}
            onChange={(e) => {
              tambah.reset()
              setTautan(e.currentTarget.value)
            }}
            leftSection={<IconLink size={16} />}
            error={galatMedan(tambah.error, ['tautan', 'ikiId', 'periode'])}
            data-testid="bukti-tautan"
          />
          {keteranganInput}
          <Button
            onClick={kirimTautan}
            disabled={!tautan.trim()}
            loading={tambah.isPending}
            data-testid="bukti-tautan-kirim"
          >
            {t('tambahTautan')}
          </Button>
        </>
      )}
    </Stack>
  )
}
