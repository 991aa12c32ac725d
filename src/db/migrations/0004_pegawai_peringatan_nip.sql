ALTER TABLE "pegawai" ADD COLUMN "peringatan_nip" text[] GENERATED ALWAYS AS (case when nip ~ '^[0-9]{18}$' then array_remove(array[
          case when extract(year from tanggal_lahir) * 10000 + extract(month from tanggal_lahir) * 100
            + extract(day from tanggal_lahir) <> substr(nip, 1, 8)::numeric then 'TANGGAL_LAHIR' end,
          case when jenis_kelamin <> case substr(nip, 15, 1) when '1' then 'L' when '2' then 'P' end
            then 'JENIS_KELAMIN' end
        ], null) else '{}'::text[] end) STORED NOT NULL;