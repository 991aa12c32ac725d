import { describe, expect, it } from 'vitest'
import type { UnorNode } from '../../../shared/organisasi.ts'
import { anakPerInduk, leluhur, subPohon, urutanPohon } from './unor-tree.ts'

const unit = (id: string, parentId: string | null, nama = id): UnorNode => ({
  id,
  instansiId: 'i',
  parentId,
  kode: null,
  nama,
  namaJabatanKepala: null,
  mandiri: false,
  aktif: true,
  kepala: null,
  jumlahPegawai: 0,
})

// setda ─┬─ dinas-b ── bidang
//        └─ dinas-a
const items = [
  unit('bidang', 'dinas-b', 'Bidang'),
  unit('dinas-b', 'setda', 'Dinas B'),
  unit('setda', null, 'Setda'),
  unit('dinas-a', 'setda', 'Dinas A'),
]

describe('unor tree helpers', () => {
  it('groups children by parent, sorted by name; a unit whose parent is missing becomes a root', () => {
    const anak = anakPerInduk([...items, unit('yatim', 'tidak-ada', 'Yatim')])
    expect(anak.get('setda')?.map((u) => u.id)).toEqual(['dinas-a', 'dinas-b'])
    expect(anak.get('')?.map((u) => u.id)).toEqual(['setda', 'yatim'])
  })

  it('lists depth-first with depth', () => {
    expect(urutanPohon(items).map((r) => `${r.depth}:${r.node.id}`)).toEqual([
      '0:setda',
      '1:dinas-a',
      '1:dinas-b',
      '2:bidang',
    ])
  })

  it('finds a subtree (for the move picker) and the ancestors (to expand the path)', () => {
    expect([...subPohon(items, 'dinas-b')].sort()).toEqual(['bidang', 'dinas-b'])
    expect(leluhur(items, 'bidang')).toEqual(['dinas-b', 'setda'])
    expect(leluhur(items, 'setda')).toEqual([])
  })

  it('does not loop on a corrupt cycle', () => {
    expect(leluhur([unit('a', 'b'), unit('b', 'a')], 'a')).toEqual(['b', 'a'])
  })
})
