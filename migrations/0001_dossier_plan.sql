CREATE TABLE `client_event` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`detail` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_event_client_idx` ON `client_event` (`client_id`,`date`);--> statement-breakpoint
CREATE INDEX `client_event_kind_idx` ON `client_event` (`kind`,`date`);--> statement-breakpoint
CREATE TABLE `domain_score` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`plan_version_id` text,
	`domain_set` text NOT NULL,
	`domain` text NOT NULL,
	`score` integer NOT NULL,
	`scored_on` text NOT NULL,
	`scored_by` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_version`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `domain_score_client_idx` ON `domain_score` (`client_id`,`domain_set`,`scored_on`);--> statement-breakpoint
CREATE TABLE `funding` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`funder_id` text,
	`onder_mandaat` integer DEFAULT false NOT NULL,
	`aangevraagd_op` text,
	`toewijzing_nummer` integer,
	`product_categorie` text,
	`product_code` text,
	`volume` integer,
	`eenheid` text,
	`frequentie` text,
	`budget_cents` integer,
	`zvw_soort` text,
	`zvw_minuten_per_week` integer,
	`wlz_zorgprofiel` text,
	`wlz_leveringsvorm` text,
	`omschrijving` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`funder_id`) REFERENCES `funder`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "funding_period_ck" CHECK("funding"."end_date" IS NULL OR "funding"."end_date" >= "funding"."start_date")
);
--> statement-breakpoint
CREATE INDEX `funding_client_idx` ON `funding` (`client_id`,`kind`,`start_date`);--> statement-breakpoint
CREATE TABLE `gemeente_product` (
	`id` text PRIMARY KEY NOT NULL,
	`gemeente_code` text NOT NULL,
	`product_categorie` text NOT NULL,
	`product_code` text NOT NULL,
	`omschrijving` text NOT NULL,
	`eenheid` text NOT NULL,
	`tarief_cents` integer,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gemeente_product_uq` ON `gemeente_product` (`gemeente_code`,`product_code`,`valid_from`);--> statement-breakpoint
CREATE TABLE `goal` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_version_id` text NOT NULL,
	`origin_id` text NOT NULL,
	`domain` text NOT NULL,
	`description` text NOT NULL,
	`target_date` text,
	`status` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_version`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_version_idx` ON `goal` (`plan_version_id`,`position`);--> statement-breakpoint
CREATE TABLE `mantelzorg_load` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`date` text NOT NULL,
	`score` integer NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `network_member`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mantelzorg_load_score_ck" CHECK("mantelzorg_load"."score" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE INDEX `mantelzorg_load_member_idx` ON `mantelzorg_load` (`member_id`,`date`);--> statement-breakpoint
CREATE TABLE `network_member` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`is_mantelzorger` integer DEFAULT false NOT NULL,
	`is_contactpersoon` integer DEFAULT false NOT NULL,
	`vertegenwoordiging` text,
	`organisation_id` text,
	`organisation_name` text,
	`telefoon` text,
	`email` text,
	`taken` text,
	`behoeften` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `network_member_client_idx` ON `network_member` (`client_id`);--> statement-breakpoint
CREATE TABLE `plan` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`domain_set` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_client_uq` ON `plan` (`client_id`);--> statement-breakpoint
CREATE TABLE `plan_action` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_version_id` text NOT NULL,
	`origin_id` text NOT NULL,
	`goal_id` text,
	`description` text NOT NULL,
	`performer_kind` text NOT NULL,
	`performer_member_id` text,
	`performer_organisation_id` text,
	`performer_name` text,
	`frequency_count` integer,
	`frequency_unit` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`financing` text NOT NULL,
	`funding_id` text,
	`informeel_overwogen` integer DEFAULT false NOT NULL,
	`informeel_toelichting` text,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_version`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`goal_id`) REFERENCES `goal`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`performer_member_id`) REFERENCES `network_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`performer_organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`funding_id`) REFERENCES `funding`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_action_version_idx` ON `plan_action` (`plan_version_id`,`position`);--> statement-breakpoint
CREATE INDEX `plan_action_funding_idx` ON `plan_action` (`funding_id`);--> statement-breakpoint
CREATE TABLE `plan_undo` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_version_id` text NOT NULL,
	`label` text NOT NULL,
	`target` text NOT NULL,
	`inverse` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_version`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_undo_version_idx` ON `plan_undo` (`plan_version_id`,`seq`);--> statement-breakpoint
CREATE TABLE `plan_version` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`version_no` integer NOT NULL,
	`status` text NOT NULL,
	`based_on_version_id` text,
	`verkenning` text,
	`wensen` text,
	`naasten` text,
	`ingangsdatum` text,
	`einddatum` text,
	`evaluatiedatum` text,
	`vastgesteld_op` text,
	`consent_date` text,
	`consent_method` text,
	`consent_by` text,
	`consent_witness` text,
	`consent_signature` text,
	`evaluated_on` text,
	`evaluatie` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_version_no_uq` ON `plan_version` (`plan_id`,`version_no`);--> statement-breakpoint
CREATE INDEX `plan_version_eval_idx` ON `plan_version` (`status`,`evaluatiedatum`);--> statement-breakpoint
CREATE TABLE `setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `client` ADD `bsn_verified_on` text;--> statement-breakpoint
ALTER TABLE `client` ADD `bsn_verified_by` text;--> statement-breakpoint
ALTER TABLE `client` ADD `id_document_type` text;--> statement-breakpoint
ALTER TABLE `client` ADD `id_document_number` text;--> statement-breakpoint
ALTER TABLE `client` ADD `geslacht` text;--> statement-breakpoint
ALTER TABLE `client` ADD `adres_straat` text;--> statement-breakpoint
ALTER TABLE `client` ADD `adres_huisnummer` text;--> statement-breakpoint
ALTER TABLE `client` ADD `adres_postcode` text;--> statement-breakpoint
ALTER TABLE `client` ADD `adres_woonplaats` text;--> statement-breakpoint
ALTER TABLE `client` ADD `telefoon` text;--> statement-breakpoint
ALTER TABLE `client` ADD `email` text;--> statement-breakpoint
ALTER TABLE `client` ADD `huisarts` text;--> statement-breakpoint
ALTER TABLE `client` ADD `voorkeurstaal` text;--> statement-breakpoint
ALTER TABLE `client` ADD `woonsituatie` text;--> statement-breakpoint
ALTER TABLE `client` ADD `woonsituatie_toelichting` text;--> statement-breakpoint
ALTER TABLE `client` ADD `verwijzer_soort` text;--> statement-breakpoint
ALTER TABLE `client` ADD `verwijzer_naam` text;