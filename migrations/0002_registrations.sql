CREATE TABLE `activity_type` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`client_link` text NOT NULL,
	`nza_kind` text NOT NULL,
	`laws` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `export_batch` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`row_count` integer NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`bundle` blob NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `export_batch_seq_uq` ON `export_batch` (`kind`,`seq`);--> statement-breakpoint
CREATE TABLE `import_batch` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`installation_id` text,
	`organisation_agb` text NOT NULL,
	`seq` integer,
	`period` text,
	`format_version` integer NOT NULL,
	`app_version` text,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`rows` integer NOT NULL,
	`accepted` integer NOT NULL,
	`duplicate` integer NOT NULL,
	`manifest` text NOT NULL,
	`imported_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `import_batch_org_idx` ON `import_batch` (`organisation_agb`,`seq`);--> statement-breakpoint
CREATE TABLE `imported_event` (
	`organisation_agb` text NOT NULL,
	`client_key` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`batch_id` text NOT NULL,
	PRIMARY KEY(`organisation_agb`, `client_key`, `kind`, `date`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batch`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `imported_registration` (
	`organisation_agb` text NOT NULL,
	`registration_id` text NOT NULL,
	`version` integer NOT NULL,
	`supersedes` integer,
	`deleted` integer NOT NULL,
	`batch_id` text NOT NULL,
	`casemanager_agb` text,
	`client_key` text,
	`bsn` text,
	`bsn_status` text,
	`naaste_ref` text,
	`activity_code` text NOT NULL,
	`nza_kind` text NOT NULL,
	`direct` integer NOT NULL,
	`date` text NOT NULL,
	`started_at` integer,
	`tz_offset_min` integer NOT NULL,
	`minutes` integer NOT NULL,
	`basis` text NOT NULL,
	`funder_type` text NOT NULL,
	`funder_code` text,
	`toewijzing_nummer` integer,
	`product_code` text,
	`correction_reason` text,
	`note_present` integer NOT NULL,
	`extra` text,
	`imported_at` integer NOT NULL,
	PRIMARY KEY(`organisation_agb`, `registration_id`, `version`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batch`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imported_registration_period_idx` ON `imported_registration` (`funder_type`,`funder_code`,`date`);--> statement-breakpoint
CREATE INDEX `imported_registration_batch_idx` ON `imported_registration` (`batch_id`);--> statement-breakpoint
CREATE TABLE `registration` (
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`supersedes` integer,
	`casemanager_id` text,
	`organisation_id` text,
	`client_id` text,
	`naaste_member_id` text,
	`activity_code` text NOT NULL,
	`nza_kind` text NOT NULL,
	`direct` integer NOT NULL,
	`date` text NOT NULL,
	`started_at` integer,
	`tz_offset_min` integer NOT NULL,
	`minutes` integer NOT NULL,
	`note` text,
	`funding_id` text,
	`basis` text NOT NULL,
	`overridden` integer DEFAULT false NOT NULL,
	`override_reason` text,
	`correction_reason` text,
	`deleted` integer DEFAULT false NOT NULL,
	`exported_batch_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`id`, `version`),
	FOREIGN KEY (`casemanager_id`) REFERENCES `casemanager`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`naaste_member_id`) REFERENCES `network_member`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`funding_id`) REFERENCES `funding`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "registration_minutes_ck" CHECK("registration"."minutes" BETWEEN 1 AND 1440),
	CONSTRAINT "registration_version_ck" CHECK("registration"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `registration_date_idx` ON `registration` (`date`);--> statement-breakpoint
CREATE INDEX `registration_client_idx` ON `registration` (`client_id`,`date`);--> statement-breakpoint
CREATE INDEX `registration_export_idx` ON `registration` (`exported_batch_id`);--> statement-breakpoint
CREATE TABLE `signing_key` (
	`id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`private_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `timer` (
	`casemanager_id` text PRIMARY KEY NOT NULL,
	`started_at` integer NOT NULL,
	`client_id` text,
	`naaste_member_id` text,
	`activity_code` text NOT NULL,
	`note` text,
	FOREIGN KEY (`client_id`) REFERENCES `client`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`naaste_member_id`) REFERENCES `network_member`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `trusted_signer` (
	`installation_id` text PRIMARY KEY NOT NULL,
	`organisation_agb` text,
	`organisation_name` text NOT NULL,
	`role` text,
	`label` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`trusted_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE TABLE `week_close` (
	`week` text NOT NULL,
	`casemanager_id` text NOT NULL,
	`closed_at` integer NOT NULL,
	PRIMARY KEY(`casemanager_id`, `week`)
);
--> statement-breakpoint
-- Exported registrations and imported rows are facts that left (or arrived from) another
-- machine: they are never changed or deleted. The core checks this first and explains in
-- Dutch; these triggers are the last line, for any code path the core forgot.
CREATE TRIGGER `registration_exported_no_update` BEFORE UPDATE ON `registration`
WHEN OLD.`exported_batch_id` IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'registration is exported and immutable; write a correction version');
END;
--> statement-breakpoint
CREATE TRIGGER `registration_exported_no_delete` BEFORE DELETE ON `registration`
WHEN OLD.`exported_batch_id` IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'registration is exported and immutable; write a tombstone version');
END;
--> statement-breakpoint
CREATE TRIGGER `imported_registration_no_update` BEFORE UPDATE ON `imported_registration`
BEGIN
  SELECT RAISE(ABORT, 'imported registrations are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `export_batch_no_update` BEFORE UPDATE ON `export_batch`
BEGIN
  SELECT RAISE(ABORT, 'an export batch is immutable');
END;
