import { Badge, Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DelegasiCreate, type DelegasiView } from '../../../../../shared/delegasi-penilaian.ts'
import type { SkpBawahanDaftar } from '../../../../../shared/skp-bawahan.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { PegawaiSelect } from '../../../components/PegawaiSelect.tsx'
import { api } from '../../../lib/api.ts'
import { formatNip, formatTanggal, formatWaktu } from '../../../lib/format.ts'
import { useForm } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { isAdmin, useMe } from '../../../lib/session.tsx'
import { useBuatDelegasi, useCabutDelegasi, useDelegasi } from '../api/penilaian.ts'

/** GET /skp-bawahan: the reader's subordinates (the penilai whose work may be delegated, and Plt/Plh). */
const useBawahanSaya = (enabled: boolean) =>
  useQuery({
    queryKey: ['penilaian', 'delegasi', 'bawahan', tahunIni()],
    queryFn: () => api.get<SkpBawahanDaftar>('/skp-bawahan', { tahun: tahunIni(), pageSize: 200 }),
    enabled,
    select: (d) =>
      d.items.map((b) => ({ value: b.pegawai.id, label: `${b.pegawai.nama} — ${formatNip(b.pegawai.nip)}` })),
  })

/** An admin searches the whole instansi; an atasan penilai picks among their subordinates. */
function PilihPegawai({
  admin,
  instansiId,
  ...rest
}: {
  admin: boolean
  instansiId: string | null
  label: string
  required: boolean
  value: string | null
  onChange: (v: string | null) => void
  error?: string
  excludeId?: string
  'data-testid': string
}) {
  const bawahan = useBawahanSaya(!admin)
  if (admin) return <PegawaiSelect instansiId={instansiId} {...rest} />
  const { excludeId, ...select } = rest
  return <Select searchable data={(bawahan.data ?? []).filter((o) => o.value !== excludeId)} {...select} />
}

function BuatModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('penilaian')
  const me = useMe()
  const buat = useBuatDelegasi()
  const form = useForm({
    initialValues: {
      penilaiPegawaiId: null as string | null,
      penerimaPegawaiId: null as string | null,
      mulai: null as string | null,
      selesai: null as string | null,
      alasan: '',
    },
    schema: DelegasiCreate,
    required: ['penilaiPegawaiId', 'penerimaPegawaiId', 'mulai', 'selesai', 'alasan'],
  })
  const kirim = form.onSubmit(async (data) => {
    await buat.mutateAsync(data)
    notifySuccess(t('delegasi.tersimpan'))
    form.reset()
    onClose()
  })
  const instansiId = me.instansi?.id ?? null
  const admin = isAdmin(me)
  return (
    <Modal opened={opened} onClose={onClose} title={t('delegasi.buat')} centered>
      <form onSubmit={kirim} noValidate>
        <Stack gap="sm">
          <PilihPegawai
            admin={admin}
            instansiId={instansiId}
            label={t('delegasi.penilai')}
            required
            {...form.field('penilaiPegawaiId')}
            data-testid="delegasi-penilai"
          />
          <PilihPegawai
            admin={admin}
            instansiId={instansiId}
            label={t('delegasi.penerima')}
            required
            excludeId={form.values.penilaiPegawaiId ?? undefined}
            {...form.field('penerimaPegawaiId')}
            data-testid="delegasi-penerima"
          />
          <Group grow wrap="wrap">
            <DateField label={t('delegasi.mulai')} required {...form.field('mulai')} />
            <DateField label={t('delegasi.selesai')} required {...form.field('selesai')} />
          </Group>
          <CountedTextarea
            label={t('delegasi.alasan')}
            max={1000}
            required
            autosize
            minRows={2}
            {...form.field('alasan')}
            data-testid="delegasi-alasan"
          />
          <FormError message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('delegasi.batal')}
            </Button>
            <Button type="submit" loading={buat.isPending} data-testid="delegasi-simpan">
              {t('delegasi.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function Kartu({ x }: { x: DelegasiView }) {
  const { t } = useTranslation('penilaian')
  const cabut = useCabutDelegasi()
  return (
    <Paper withBorder p="sm" component="li" data-testid={`delegasi-${x.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {x.penilai.nama} → {x.penerima.nama}
          </Text>
          <Text size="xs" c="dimmed">
            {formatTanggal(x.mulai)} – {formatTanggal(x.selesai)}
          </Text>
          <Text size="sm">{x.alasan}</Text>
          <Group gap={6}>
            {x.aktif && (
              <Badge color="green" variant="light" size="sm">
                {t('delegasi.aktif')}
              </Badge>
            )}
            {x.dicabutAt && (
              <Badge color="gray" variant="light" size="sm">
                {t('delegasi.dicabut')} {formatWaktu(x.dicabutAt)}
              </Badge>
            )}
          </Group>
        </Stack>
        {x.aksi.cabut && (
          <ConfirmButton
            size="xs"
            variant="light"
            message={t('delegasi.cabutPesan')}
            confirmLabel={t('delegasi.cabut')}
            onConfirm={() =>
              cabut.mutateAsync(x.id).then(
                () => notifySuccess(t('delegasi.dicabut')),
                (err: unknown) => notifyError(err),
              )
            }
            data-testid="delegasi-cabut"
          >
            {t('delegasi.cabut')}
          </ConfirmButton>
        )}
      </Group>
    </Paper>
  )
}

/** The atasan penilai's delegations of evaluation to a Plt/Plh (DOMAIN §1): create and revoke. */
export function DelegasiPage() {
  const { t } = useTranslation('penilaian')
  const q = useDelegasi()
  const [buat, setBuat] = useState(false)
  const aksi = q.data?.bisaBuat && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setBuat(true)} data-testid="delegasi-buat">
      {t('delegasi.buat')}
    </Button>
  )
  return (
    <Stack gap="md">
      <PageHeader title={t('delegasi.judul')} description={t('delegasi.deskripsi')} actions={aksi} />
      <QueryState
        query={q}
        isEmpty={(v) => v.items.length === 0}
        empty={<EmptyState message={t('delegasi.kosong')} />}
      >
        {(v) => (
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('delegasi.daftar')}
          >
            {v.items.map((x) => (
              <Kartu key={x.id} x={x} />
            ))}
          </Stack>
        )}
      </QueryState>
      <BuatModal opened={buat} onClose={() => setBuat(false)} />
    </Stack>
  )
}
