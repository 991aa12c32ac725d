import { Button, Card, Checkbox, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconArrowBackUp, IconChecks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TinjauanItem } from '../../../../../shared/progres-harian.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useGridTinjauan, useTinjauan, useTinjauProgres } from '../api/progres.ts'
import { GridTinjauan } from './GridTinjauan.tsx'
import { useMinggu } from './minggu.ts'
import { NavMinggu } from './NavMinggu.tsx'
import { StatusProgresBadge } from './StatusProgresBadge.tsx'

function Baris({
  i,
  dipilih,
  onPilih,
}: {
  i: TinjauanItem
  dipilih: boolean
  onPilih: (ya: boolean) => void
}) {
  const { t } = useTranslation('progres-harian')
  return (
    <Card withBorder padding="xs" data-testid="tinjauan-entri">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={4}
          checked={dipilih}
          disabled={!i.aksi.setujui}
          onChange={(e) => onPilih(e.currentTarget.checked)}
          aria-label={t('tinjauan.pilih', { kegiatan: i.kegiatan })}
        />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {i.pegawai.nama} · {formatTanggal(i.tanggal)} · {i.jamMulai}–{i.jamSelesai}
            </Text>
            <StatusProgresBadge status={i.status} />
          </Group>
          <Text size="sm">{i.kegiatan}</Text>
          <Text size="xs" c="dimmed">
            {i.realisasi !== null && `${i.realisasi} ${i.satuan ?? ''}`}
            {i.rencanaAksi && ` · ${t('entri.rencanaAksi', { uraian: i.rencanaAksi.uraian })}`}
            {i.tautanBukti && (
              <>
                {' · '}
                <a href={i.tautanBukti} target="_blank" rel="noopener noreferrer">
                  {t('entri.bukti')}
                </a>
              </>
            )}
          </Text>
          {i.catatanAtasan && (
            <Text size="xs" c="red">
              {t('entri.catatan', { catatan: i.catatanAtasan })}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  )
}

/** The penilai's review: the week's grid, then the entries (waiting ones first), bulk approve or return. */
export function TinjauanPage() {
  const { t } = useTranslation('progres-harian')
  const m = useMinggu()
  const pegawaiId = m.params.get('pegawaiId')
  const grid = useGridTinjauan(m.mulai)
  const list = useTinjauan(m.mulai, pegawaiId)
  const tinjau = useTinjauProgres()
  const [terpilih, setTerpilih] = useState<Map<string, number>>(new Map())
  const [kembalikan, setKembalikan] = useState(false)
  const [catatan, setCatatan] = useState('')
  const setPegawai = (id: string | null) =>
    m.setParams((p) => {
      const next = new URLSearchParams(p)
      if (id) next.set('pegawaiId', id)
      else next.delete('pegawaiId')
      return next
    })
  const pilih = (i: TinjauanItem, ya: boolean) =>
    setTerpilih((s) => {
      const next = new Map(s)
      if (ya) next.set(i.id, i.versi)
      else next.delete(i.id)
      return next
    })
  const kirim = async (keputusan: 'setujui' | 'kembalikan') => {
    try {
      const entri = [...terpilih].map(([id, versi]) => ({ id, versi }))
      const r = await tinjau.mutateAsync({
        keputusan,
        entri,
        catatan: keputusan === 'kembalikan' ? catatan : undefined,
      })
      notifySuccess(
        t(keputusan === 'setujui' ? 'tinjauan.disetujui' : 'tinjauan.dikembalikan', {
          jumlah: r.entri.length,
        }),
      )
      setTerpilih(new Map())
      setKembalikan(false)
      setCatatan('')
    } catch (err) {
      notifyError(err)
    }
  }
  const aksi = (
    <Group gap="xs">
      <ConfirmButton
        color="green"
        leftSection={<IconChecks size={16} />}
        disabled={terpilih.size === 0}
        message={t('tinjauan.setujuiKonfirmasi', { jumlah: terpilih.size })}
        onConfirm={() => kirim('setujui')}
        data-testid="tinjauan-setujui"
      >
        {t('tinjauan.setujui', { jumlah: terpilih.size })}
      </ConfirmButton>
      <Button
        color="red"
        variant="light"
        leftSection={<IconArrowBackUp size={16} />}
        disabled={terpilih.size === 0}
        onClick={() => setKembalikan(true)}
        data-testid="tinjauan-kembalikan"
      >
        {t('tinjauan.kembalikan', { jumlah: terpilih.size })}
      </Button>
    </Group>
  )
  return (
    <>
      <PageHeader title={t('tinjauan.judul')} description={t('tinjauan.deskripsi')} actions={aksi} />
      <Stack gap="md">
        <NavMinggu m={m} />
        <Card withBorder padding="md">
          <Title order={2} size="h5" mb="xs">
            {t('tinjauan.grid')}
          </Title>
          <QueryState
            query={grid}
            isEmpty={(g) => g.baris.length === 0}
            empty={<EmptyState message={t('tinjauan.tidakAdaBawahan')} />}
          >
            {(g) => <GridTinjauan grid={g} onPilih={setPegawai} />}
          </QueryState>
        </Card>
        <Group gap="xs">
          <Select
            aria-label={t('tinjauan.pegawai')}
            placeholder={t('tinjauan.semuaPegawai')}
            clearable
            data={(grid.data?.baris ?? []).map((b) => ({ value: b.pegawai.id, label: b.pegawai.nama }))}
            value={pegawaiId}
            onChange={setPegawai}
          />
          <Button
            variant="subtle"
            size="xs"
            onClick={() =>
              (list.data?.items ?? []).filter((i) => i.aksi.setujui).forEach((i) => pilih(i, true))
            }
          >
            {t('tinjauan.pilihSemua')}
          </Button>
        </Group>
        <QueryState
          query={list}
          isEmpty={(p) => p.items.length === 0}
          empty={<EmptyState message={t('tinjauan.kosong')} />}
        >
          {(p) => (
            <Stack gap="xs">
              {p.items.map((i) => (
                <Baris key={i.id} i={i} dipilih={terpilih.has(i.id)} onPilih={(ya) => pilih(i, ya)} />
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
      <Modal
        opened={kembalikan}
        onClose={() => setKembalikan(false)}
        title={t('tinjauan.kembalikan', { jumlah: terpilih.size })}
      >
        <Stack gap="sm">
          <Textarea
            label={t('tinjauan.catatan')}
            required
            autosize
            minRows={3}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
            data-testid="tinjauan-catatan"
          />
          <Group justify="flex-end">
            <Button
              color="red"
              disabled={!catatan.trim()}
              loading={tinjau.isPending}
              onClick={() => void kirim('kembalikan')}
              data-testid="tinjauan-kirim-kembali"
            >
              {t('tinjauan.kirimKembali')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
