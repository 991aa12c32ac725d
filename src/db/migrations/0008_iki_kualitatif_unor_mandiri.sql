ALTER TABLE "iki" ALTER COLUMN "aspek" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "iki" ALTER COLUMN "target_min" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "iki" ALTER COLUMN "satuan" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "unor" ADD COLUMN "mandiri" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "iki" ADD COLUMN "target_teks" text;--> statement-breakpoint
ALTER TABLE "iki" ADD CONSTRAINT "iki_bentuk_ck" CHECK (("iki"."target_teks" is null and "iki"."aspek" is not null and "iki"."target_min" is not null and "iki"."satuan" is not null)
        or ("iki"."target_teks" is not null and "iki"."aspek" is null and "iki"."target_min" is null and "iki"."target_max" is null));