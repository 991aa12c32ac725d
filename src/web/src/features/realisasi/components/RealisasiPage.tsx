import {
  Alert,
  Anchor,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Progress,
  Stack,
  Tabs,
  Text,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconArrowLeft, IconLockOpen, IconMessage } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import type { PelaksanaanView, RhkPelaksanaanView } from '../../../../../shared/pelaksanaan.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { UmpanBalikPerilaku } from '../../../components/umpan-balik/UmpanBalikPerilaku.tsx'
import { UmpanBalikThread } from '../../../components/umpan-balik/UmpanBalikThread.tsx'
import { usePelaksanaan } from '../api/pelaksanaan.ts'
import { BukaKunciModal } from './BukaKunciModal.tsx'
import { IkiKartu } from './IkiKartu.tsx'
import { PeriodePilih } from './PeriodePilih.tsx'
import { RencanaAksiSection } from './RencanaAksiSection.tsx'

/** One RHK of the period: its IKI, its rencana aksi, and the feedback thread beside it. */
function RhkBlok({ v, rhk, nomor }: { v: PelaksanaanView; rhk: RhkPelaksanaanView; nomor: number }) {
  const { t } = useTranslation('realisasi')
  const [umpanBuka, umpan] = useDisclosure(rhk.umpanBalikBelumDibaca > 0)
  const periode = v.periodeDipilih!
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" data-testid={`rhk-${rhk.id}`}>
      <Stack gap="sm">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Badge variant="light" color={rhk.jenis === 'utama' ? 'blue' : 'gray'} style={{ flexShrink: 0 }}>
            {nomor}
          </Badge>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t(`rhk.${rhk.jenis}`)}
            </Text>
            <Text fw={600}>{rhk.deskripsi}</Text>
          </Stack>
        </Group>
        {rhk.iki.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rhk.tanpaIki')}
          </Text>
        )}
        {rhk.iki.map((i) => (
          // keyed by the stored version: a refetch after a save starts the inputs from the server's value
          <IkiKartu
            key={`${i.id}:${periode}:${i.realisasi?.versi ?? 0}`}
            skpId={v.skp.id}
            periode={periode}
            iki={i}
            bisaIsi={v.aksi.isiRealisasi}
            bisaUbahTarget={v.aksi.ubahRencana}
          />
        ))}
        <RencanaAksiSection
          skpId={v.skp.id}
          rhkId={rhk.id}
          periode={periode}
          items={rhk.rencanaAksi}
          bisaUbah={v.aksi.ubahRencana}
        />
        <Group gap="xs">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconMessage size={14} />}
            onClick={umpan.toggle}
            data-testid={`umpan-buka-${rhk.id}`}
          >
            {t('umpanBalik')}
          </Button>
          {rhk.umpanBalikBelumDibaca > 0 && (
            <Badge color="red" size="sm">
              {t('belumDibaca', { jumlah: rhk.umpanBalikBelumDibaca })}
            </Badge>
          )}
        </Group>
        <Collapse expanded={umpanBuka} keepMounted={false}>
          {umpanBuka && (
            <UmpanBalikThread skpId={v.skp.id} periode={periode} sasaran={{ rhkId: rhk.id }} tanpaJudul />
          )}
        </Collapse>
      </Stack>
    </Paper>
  )
}

function Isi({ v, onPeriode }: { v: PelaksanaanView; onPeriode: (kode: string) => void }) {
  const { t } = useTranslation('realisasi')
  const [bukaKunci, setBukaKunci] = useState(false)
  const p = v.periode.find((x) => x.kode === v.periodeDipilih)
  return (
    <Stack gap="md">
      <PageHeader
        title={t('judul', { tahun: v.skp.tahun })}
        description={t('deskripsi', { nama: v.skp.pegawaiNama })}
        actions={
          <>
            <Anchor component={Link} to={`/skp/${v.skp.id}`} size="sm">
              <Group gap={4}>
                <IconArrowLeft size={14} />
                {t('kembaliSkp')}
              </Group>
            </Anchor>
            {v.aksi.bukaKunci && (
              <Button
                size="sm"
                variant="light"
                leftSection={<IconLockOpen size={16} />}
                onClick={() => setBukaKunci(true)}
                data-testid="buka-kunci"
              >
                {t('bukaKunci.tombol')}
              </Button>
            )}
          </>
        }
      />
      <PeriodePilih daftar={v.periode} nilai={v.periodeDipilih} onChange={onPeriode} />
      {v.alasanTertutup && (
        <Alert color={v.alasanTertutup === 'belum_dimulai' ? 'blue' : 'gray'} data-testid="alasan-tertutup">
          {t(`tertutup.${v.alasanTertutup}`)}
        </Alert>
      )}
      {v.periodeDipilih && (
        <Stack gap={4}>
          <Text size="sm" data-testid="terisi">
            {t('terisi', { terisi: v.terisi, jumlah: v.jumlahIki })}
          </Text>
          <Progress
            value={v.jumlahIki ? (100 * v.terisi) / v.jumlahIki : 0}
            size="sm"
            aria-label={t('terisi', { terisi: v.terisi, jumlah: v.jumlahIki })}
          />
        </Stack>
      )}
      {v.periodeDipilih && (
        <Tabs defaultValue="hasil" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="hasil">{t('tab.hasil')}</Tabs.Tab>
            <Tabs.Tab value="perilaku" data-testid="tab-perilaku">
              {t('tab.perilaku')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="hasil" pt="md">
            <Stack gap="md">
              {v.rhk.map((r, i) => (
                <RhkBlok key={r.id} v={v} rhk={r} nomor={i + 1} />
              ))}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="perilaku" pt="md">
            <UmpanBalikPerilaku skpId={v.skp.id} periode={v.periodeDipilih} />
          </Tabs.Panel>
        </Tabs>
      )}
      {bukaKunci && p && (
        <BukaKunciModal
          skpId={v.skp.id}
          periode={p.kode}
          namaPeriode={p.nama}
          onClose={() => setBukaKunci(false)}
        />
      )}
    </Stack>
  )
}

/** /skp/:id/realisasi?periode= — realisasi per period (DOMAIN §4), phone-first: every IKI is a card. */
export function RealisasiPage() {
  const { id = '' } = useParams()
  const [cari, setCari] = useSearchParams()
  const q = usePelaksanaan(id, cari.get('periode'))
  return (
    <QueryState query={q}>
      {(v) => (
        <Isi
          v={v}
          onPeriode={(kode) =>
            setCari((s) => {
              s.set('periode', kode)
              return s
            })
          }
        />
      )}
    </QueryState>
  )
}
