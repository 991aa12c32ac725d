import type { Rng } from './prng.ts'

/**
 * Indonesian names for the demo, by naming tradition, so a list of pegawai looks like a real office:
 * Javanese and Sundanese given names, Batak and Minahasa family names, Minang, Bugis, Balinese birth-order
 * names, and the modern Muslim names common among the young. Birthplaces follow the tradition.
 */
interface Tradisi {
  bobot: number
  /** given names; a person gets one, sometimes two */
  depan: { L: readonly string[]; P: readonly string[] }
  /** second part: a family name (marga, fam) or a second given name; `wajib` when always present */
  belakang: { L: readonly string[]; P: readonly string[]; wajib: boolean }
  tempat: readonly string[]
}

const sama = (xs: readonly string[]) => ({ L: xs, P: xs })
/** A pool written as one comma-separated string: names may contain spaces ("I Wayan", "Nur Aisyah"). */
const d = (daftar: string) => daftar.split(', ')

const TRADISI: Record<string, Tradisi> = {
  jawa: {
    bobot: 30,
    depan: {
      L: d(
        'Agus, Budi, Joko, Bambang, Heru, Eko, Slamet, Sugeng, Dwi, Teguh, Wahyu, Bayu, Yudi, Hadi, Tri, Purwanto, Suparno, Didik',
      ),
      P: d(
        'Sri, Endang, Dewi, Rina, Ratna, Tri, Siti, Wulan, Anik, Retno, Yuni, Eni, Sumarni, Rini, Tutik, Dyah',
      ),
    },
    belakang: {
      L: d(
        'Santoso, Setiawan, Prasetyo, Sutrisno, Purnomo, Wahyudi, Riyadi, Raharjo, Cahyono, Prabowo, Nugroho, Hartono, Susilo, Wibowo, Saputro, Handoko, Widodo, Suryanto, Utomo, Kuncoro',
      ),
      P: d(
        'Wahyuni, Lestari, Kusumawati, Puspitasari, Handayani, Rahayu, Astuti, Sulistyowati, Wulandari, Susanti, Purwaningsih, Setyaningsih, Pratiwi, Utami, Widayati, Suryaningsih',
      ),
      wajib: true,
    },
    tempat: d(
      'Yogyakarta, Semarang, Surakarta, Klaten, Kediri, Malang, Magelang, Purworejo, Banyumas, Madiun, Sleman, Blitar',
    ),
  },
  sunda: {
    bobot: 13,
    depan: {
      L: d(
        'Asep, Ujang, Dadang, Cecep, Yayat, Dede, Entis, Iwan, Dedi, Ade, Engkus, Jajang, Deden, Wawan, Ayi',
      ),
      P: d('Euis, Neneng, Imas, Lilis, Cucu, Popon, Yeni, Nining, Enok, Titin, Nunung, Iis, Ela, Tati'),
    },
    belakang: {
      L: d(
        'Saepudin, Sopandi, Kurniawan, Hidayat, Sudrajat, Supriatna, Sutisna, Ruhiyat, Mulyana, Sumarna, Permana, Gunawan, Suryana, Kosasih, Rukmana',
      ),
      P: d(
        'Komalasari, Hasanah, Masitoh, Suryani, Cahyati, Rohaeti, Nuraeni, Ratnasari, Maryati, Rosmiati, Sumiati, Nurhayati, Kartika, Rohayati',
      ),
      wajib: true,
    },
    tempat: d('Bandung, Garut, Tasikmalaya, Sumedang, Cianjur, Sukabumi, Ciamis, Kuningan'),
  },
  muda: {
    bobot: 13,
    depan: {
      L: d(
        'Muhammad, Ahmad, Rizky, Fajar, Dimas, Yoga, Bagus, Fikri, Galih, Aditya, Arief, Ilham, Reza, Hafiz, Faisal, Irfan',
      ),
      P: d(
        'Nur, Siti, Annisa, Nadia, Putri, Dian, Ayu, Intan, Mega, Dinda, Nabila, Fitri, Rizka, Aulia, Indah',
      ),
    },
    belakang: {
      L: d(
        'Ramadhan, Hidayat, Maulana, Pratama, Saputra, Nugraha, Rahman, Firmansyah, Syahputra, Hakim, Fauzan, Akbar, Kurniawan, Wicaksono, Alfarizi',
      ),
      P: d(
        'Hidayati, Rahmawati, Fitriani, Lestari, Permatasari, Amalia, Wulandari, Khairunnisa, Puspita, Maharani, Safitri, Anggraini, Oktaviani, Novitasari, Ramadhani',
      ),
      wajib: true,
    },
    tempat: d('Jakarta, Bogor, Palembang, Bekasi, Tangerang, Bandar Lampung, Banjarmasin, Pontianak'),
  },
  batak: {
    bobot: 6,
    depan: {
      L: d(
        'Robert, Hotman, Martua, Parulian, Jonathan, Daniel, Tumpal, Binsar, Togar, Maruli, Sahat, Poltak, Bonar',
      ),
      P: d(
        'Rosmawati, Lamria, Tiurma, Rotua, Debora, Novita, Kristina, Hotnida, Erna, Sondang, Romauli, Dameria, Lasma',
      ),
    },
    belakang: {
      ...sama(
        d(
          'Simanjuntak, Siregar, Hutapea, Sitompul, Panjaitan, Sinaga, Manurung, Situmorang, Sihombing, Pardede, Tambunan, Simatupang, Hutagalung, Napitupulu, Silalahi, Sianturi',
        ),
      ),
      wajib: true,
    },
    tempat: d('Medan, Tarutung, Balige, Pematangsiantar, Sibolga'),
  },
  mandailing: {
    bobot: 3,
    depan: {
      L: d('Ahmad, Muhammad, Syahrul, Rahmat, Irfan, Zulkarnain, Amiruddin, Fauzi'),
      P: d('Nur Aisyah, Fitri, Rahmah, Khairani, Nurhalimah, Mariani, Rosliana'),
    },
    belakang: {
      ...sama(d('Nasution, Harahap, Lubis, Hasibuan, Daulay, Pulungan, Rangkuti, Batubara')),
      wajib: true,
    },
    tempat: d('Padangsidimpuan, Panyabungan, Medan'),
  },
  minang: {
    bobot: 8,
    depan: {
      L: d(
        'Afrizal, Zulkifli, Yusrizal, Syafrizal, Hendra, Rahmat, Fadli, Novrizal, Erizal, Yuliandri, Dasril, Masril, Irwandi, Alfian, Rusdi',
      ),
      P: d(
        'Yusnimar, Nurhayati, Elfi Yanti, Rahmawati, Fitri Yeni, Desmawati, Syafrida, Yulnida, Vivi Novita, Mardiana, Yusnita, Elvira, Rosmaini, Zurniati',
      ),
    },
    belakang: {
      L: d('Putra, Efendi, Chaniago, Piliang, Tanjung, Koto, Sikumbang, Jambak, Syofyan'),
      P: d('Putri, Sari, Chaniago, Tanjung, Koto, Dewi'),
      wajib: false,
    },
    tempat: d('Padang, Bukittinggi, Payakumbuh, Solok, Padang Panjang, Batusangkar'),
  },
  bugis: {
    bobot: 8,
    depan: {
      L: d(
        'Andi Muhammad, Andi, Muhammad, Abdul, Ahmad, Syamsul, Baso, Arsyad, Ilham, Jufri, Mustari, Ridwan',
      ),
      P: d(
        'Andi, Sitti, Nurhayati, Hasnawati, Nurjannah, Hasmiati, Rosdiana, Haslinda, Asriani, Megawati, Sukmawati, Irmawati',
      ),
    },
    belakang: {
      L: d(
        'Syamsuddin, Baharuddin, Arifuddin, Jamaluddin, Nurdin, Hasanuddin, Amiruddin, Rasyid, Makkasau, Mattalitti, Sanusi, Latif',
      ),
      P: d('Tenri Ajeng, Aminah, Hajrah, Nurmala, Hasriani, Rahmatia, Sumarni, Hasnah, Ramlah'),
      wajib: true,
    },
    tempat: d('Makassar, Watampone, Parepare, Sengkang, Sinjai, Palopo'),
  },
  timur: {
    bobot: 7,
    depan: {
      L: d(
        'Yohanes, Stefanus, Fransiskus, Paulus, Markus, Yosef, Petrus, Frengky, Jefri, Steven, Ronald, Meidy, Hendrik, Albert',
      ),
      P: d(
        'Maria, Yohana, Theresia, Agnes, Margaretha, Veronika, Elisabeth, Christina, Grace, Natalia, Meiske, Olivia, Yuliana, Fransiska',
      ),
    },
    belakang: {
      ...sama(
        d(
          'Wenas, Rumondor, Sumampouw, Kaunang, Pangemanan, Mandagi, Tuwaidan, Lumentut, Pattinama, Parinussa, Pattiasina, Sarungallo, Tandirerung, da Costa, Manafe, Nubatonis, Ndun',
        ),
      ),
      wajib: true,
    },
    tempat: d('Manado, Tomohon, Tondano, Ambon, Kupang, Ende, Makale'),
  },
  bali: {
    bobot: 5,
    depan: {
      L: d('I Wayan, I Made, I Nyoman, I Ketut, I Putu, I Gede, I Kadek'),
      P: d('Ni Wayan, Ni Made, Ni Nyoman, Ni Ketut, Ni Putu, Ni Kadek, Ni Luh'),
    },
    belakang: {
      L: d(
        'Sudarsana, Suardana, Artawan, Budiasa, Mertayasa, Wirawan, Sudiarta, Adnyana, Suparta, Arsana, Widiana, Sukadana',
      ),
      P: d(
        'Sri Astuti, Ariani, Sukerti, Suryani, Widiastuti, Yuliantari, Sumiati, Puspawati, Ardani, Wahyuni',
      ),
      wajib: true,
    },
    tempat: d('Denpasar, Gianyar, Tabanan, Singaraja, Klungkung'),
  },
  tionghoa: {
    bobot: 3,
    depan: {
      L: d('Hendra, Budi, Kevin, Steven, Andreas, Yohanes, Rudy, Fernando'),
      P: d('Linda, Melinda, Yuliana, Fenny, Lisa, Natalia, Jessica, Vivian'),
    },
    belakang: {
      ...sama(d('Gunawan, Halim, Wijaya, Tanoto, Kusuma, Santoso, Salim, Tjandra, Hartanto, Setiadi')),
      wajib: true,
    },
    tempat: d('Jakarta, Medan, Pontianak, Semarang, Singkawang'),
  },
}

const DAFTAR = Object.values(TRADISI)

/** Modern given names are far more common among those born after 1990, rare before 1972. */
function bobotUntuk(t: Tradisi, tahunLahir: number): number {
  if (t !== TRADISI.muda) return t.bobot
  return tahunLahir >= 1990 ? t.bobot * 3 : tahunLahir <= 1972 ? t.bobot * 0.3 : t.bobot
}

export interface NamaOrang {
  nama: string
  tempatLahir: string
}

/** A full name (without academic titles) and birthplace; `lokal` is the instansi's own city. */
export function buatNama(rng: Rng, jk: 'L' | 'P', tahunLahir: number, lokal: string): NamaOrang {
  const t = rng.weighted(DAFTAR.map((x) => [x, bobotUntuk(x, tahunLahir)] as const))
  const bagian = [rng.pick(t.depan[jk])]
  if (t.belakang.wajib || rng.chance(0.6)) bagian.push(rng.pick(t.belakang[jk]))
  return { nama: bagian.join(' '), tempatLahir: rng.chance(0.35) ? lokal : rng.pick(t.tempat) }
}
