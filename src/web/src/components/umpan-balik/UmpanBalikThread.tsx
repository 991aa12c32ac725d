import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { UmpanBalikCreate, type KomentarView } from '../../../../shared/umpan-balik.ts'
import { formatWaktu } from '../../lib/format.ts'
import { maxLengthOf } from '../../lib/max-length.ts'
import { notifyError, notifySuccess } from '../../lib/notify.ts'
import { CountedTextarea, panjangTeks } from '../CountedText.tsx'
import { ErrorState, LoadingState } from '../QueryState.tsx'
import {
  useTandaiDibaca,
  useTulisUmpanBalik,
  useUbahUmpanBalik,
  useUtas,
  type SasaranUmpanBalik,
} from './api.ts'
import { NS } from './i18n.ts'

const MAKS = maxLengthOf(UmpanBalikCreate, 'isi')
const WARNA_PERAN = { pegawai: 'gray', penilai: 'blue', ketua_tim: 'grape' } as const

export interface UmpanBalikThreadProps {
  skpId: string
  periode: string
  sasaran: SasaranUmpanBalik
  /** Hide the thread's own title (the page around it already names the RHK or value). */
  tanpaJudul?: boolean
}

/** Milliseconds the browser's clock is behind the server's: the edit window counts down on server time. */
function useSelisihJam(sekarangServer: string | undefined) {
  const [selisih, setSelisih] = useState(0)
  useEffect(() => {
    if (sekarangServer) setSelisih(new Date(sekarangServer).getTime() - Date.now())
  }, [sekarangServer])
  return selisih
}

/** Re-renders every 15 seconds while something can still be edited (the minutes left go down). */
function useDetak(aktif: boolean) {
  const [, setN] = useState(0)
  useEffect(() => {
    if (!aktif) return
    const id = setInterval(() => setN((n) => n + 1), 15_000)
    return () => clearInterval(id)
  }, [aktif])
}

function SisaWaktu({ sampai, selisih }: { sampai: string; selisih: number }) {
  const { t } = useTranslation(NS)
  const sisa = new Date(sampai).getTime() - (Date.now() + selisih)
  if (sisa <= 0) return null
  const menit = Math.floor(sisa / 60_000)
  return (
    <Text size="xs" c="dimmed">
      {menit >= 1 ? t('sisaWaktu', { menit }) : t('sisaWaktuDetik')}
    </Text>
  )
}

function Komentar({ k, skpId, selisih }: { k: KomentarView; skpId: string; selisih: number }) {
  const { t } = useTranslation(NS)
  const ubah = useUbahUmpanBalik(skpId)
  const [sunting, setSunting] = useState<string | null>(null)
  const masihBoleh = !!k.bolehUbahSampai && new Date(k.bolehUbahSampai).getTime() > Date.now() + selisih
  const simpan = () =>
    sunting !== null &&
    ubah.mutate(
      { id: k.id, isi: sunting },
      {
        onSuccess: () => {
          setSunting(null)
          notifySuccess(t('tersimpan'))
        },
        onError: notifyError,
      },
    )
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      bg={k.milikSaya ? 'var(--mantine-color-gray-0)' : undefined}
      data-testid="umpan-balik-komentar"
    >
      <Group gap={6} wrap="wrap" mb={4}>
        <Text size="sm" fw={600}>
          {k.penulis.nama}
        </Text>
        <Badge size="xs" variant="light" color={WARNA_PERAN[k.penulis.peran]}>
          {t(`peran.${k.penulis.peran}`)}
        </Badge>
        {k.penulis.atasNama && (
          <Text size="xs" c="dimmed">
            {t('atasNama')}
          </Text>
        )}
        {k.baru && (
          <Badge size="xs" color="red" data-testid="umpan-balik-baru">
            {t('baru')}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {formatWaktu(k.createdAt)}
          {k.diubahAt && ` · ${t('diubah')}`}
        </Text>
      </Group>
      {sunting === null ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {k.isi}
        </Text>
      ) : (
        <CountedTextarea
          autosize
          minRows={2}
          max={MAKS}
          value={sunting}
          onChange={(e) => setSunting(e.currentTarget.value)}
          aria-label={t('ubah')}
          data-testid="umpan-balik-sunting"
        />
      )}
      {masihBoleh && k.bolehUbahSampai && (
        <Group justify="space-between" mt={4} gap="xs">
          <SisaWaktu sampai={k.bolehUbahSampai} selisih={selisih} />
          {sunting === null ? (
            <Button size="compact-xs" variant="subtle" onClick={() => setSunting(k.isi)}>
              {t('ubah')}
            </Button>
          ) : (
            <Group gap={4}>
              <Button size="compact-xs" variant="default" onClick={() => setSunting(null)}>
                {t('batal')}
              </Button>
              <Button
                size="compact-xs"
                onClick={simpan}
                loading={ubah.isPending}
                disabled={!panjangTeks(sunting) || panjangTeks(sunting) > MAKS}
                data-testid="umpan-balik-simpan"
              >
                {t('simpan')}
              </Button>
            </Group>
          )}
        </Group>
      )}
    </Paper>
  )
}

function Tulis({ skpId, periode, sasaran }: Omit<UmpanBalikThreadProps, 'tanpaJudul'>) {
  const { t } = useTranslation(NS)
  const tulis = useTulisUmpanBalik(skpId, periode, sasaran)
  const [isi, setIsi] = useState('')
  const kirim = () =>
    tulis.mutate(isi, {
      onSuccess: () => {
        setIsi('')
        notifySuccess(t('terkirim'))
      },
      onError: notifyError,
    })
  return (
    <Stack gap={4}>
      <CountedTextarea
        autosize
        minRows={2}
        max={MAKS}
        value={isi}
        placeholder={t('tulis')}
        aria-label={t('tulis')}
        onChange={(e) => setIsi(e.currentTarget.value)}
        data-testid="umpan-balik-isi"
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          onClick={kirim}
          loading={tulis.isPending}
          disabled={!panjangTeks(isi) || panjangTeks(isi) > MAKS}
          data-testid="umpan-balik-kirim"
        >
          {t('kirim')}
        </Button>
      </Group>
    </Stack>
  )
}

/**
 * One feedback thread (DOMAIN §4) about an RHK or a BerAKHLAK value of an SKP in a period: the comments
 * with their authors' roles, what is new for the reader, a reply box for participants, editing for the
 * window the server allows. Opening it marks it read.
 */
export function UmpanBalikThread({ skpId, periode, sasaran, tanpaJudul }: UmpanBalikThreadProps) {
  const { t } = useTranslation(NS)
  const utas = useUtas(skpId, periode, sasaran)
  const dibaca = useTandaiDibaca(skpId, periode, sasaran)
  const data = utas.data
  const selisih = useSelisihJam(data?.sekarang)
  useDetak(!!data?.items.some((k) => k.bolehUbahSampai))
  const terakhirBaru = data?.belumDibaca ? data.items.at(-1)?.id : undefined
  const { mutate: tandai } = dibaca
  useEffect(() => {
    if (terakhirBaru) tandai()
  }, [terakhirBaru, tandai])

  if (utas.isPending) return <LoadingState />
  if (utas.isError) return <ErrorState error={utas.error} onRetry={() => void utas.refetch()} />
  const adaKetua = utas.data.items.some((k) => k.penulis.peran === 'ketua_tim')
  return (
    <Stack gap="xs" data-testid="umpan-balik-utas">
      {!tanpaJudul && (
        <Group gap="xs" justify="space-between">
          <Text size="sm" fw={600}>
            {t('judul')}: {utas.data.judul}
          </Text>
          {utas.data.belumDibaca > 0 && (
            <Badge color="red" size="sm">
              {t('belumDibaca', { count: utas.data.belumDibaca })}
            </Badge>
          )}
        </Group>
      )}
      {utas.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('kosong')}
        </Text>
      )}
      {utas.data.items.map((k) => (
        <Komentar key={k.id} k={k} skpId={skpId} selisih={selisih} />
      ))}
      {adaKetua && (
        <Text size="xs" c="dimmed">
          {t('ketuaTimBantuan')}
        </Text>
      )}
      {utas.data.bolehTulis ? (
        <Tulis skpId={skpId} periode={periode} sasaran={sasaran} />
      ) : (
        <Text size="xs" c="dimmed">
          {t('hanyaBaca')}
        </Text>
      )}
    </Stack>
  )
}
