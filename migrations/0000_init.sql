CREATE TABLE `casemanager` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`name` text NOT NULL,
	`agb` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `casemanager_organisation_idx` ON `casemanager` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `client` (
	`id` text PRIMARY KEY NOT NULL,
	`voornaam` text,
	`tussenvoegsel` text,
	`achternaam` text NOT NULL,
	`geboortedatum` text NOT NULL,
	`bsn` text,
	`bsn_status` text DEFAULT 'unverified' NOT NULL,
	`status` text DEFAULT 'aangemeld' NOT NULL,
	`casemanager_id` text,
	`organisation_id` text,
	`gemeente_code` text,
	`sort_key` text NOT NULL,
	`search_text` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`casemanager_id`) REFERENCES `casemanager`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "client_bsn_ck" CHECK("client"."bsn" IS NULL OR (length("client"."bsn") = 9 AND "client"."bsn" NOT GLOB '*[^0-9]*')),
	CONSTRAINT "client_geboortedatum_ck" CHECK("client"."geboortedatum" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
--> statement-breakpoint
CREATE INDEX `client_sort_idx` ON `client` (`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `client_casemanager_idx` ON `client` (`casemanager_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `client_bsn_uq` ON `client` (`bsn`) WHERE "client"."bsn" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `funder` (
	`id` text PRIMARY KEY NOT NULL,
	`law` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funder_law_code_uq` ON `funder` (`law`,`code`);--> statement-breakpoint
CREATE TABLE `installation` (
	`id` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`organisation_id` text NOT NULL,
	`user_name` text NOT NULL,
	`casemanager_id` text,
	`network_name` text NOT NULL,
	`demo_seed` integer,
	`demo_size` text,
	`created_at` integer NOT NULL,
	`created_by_app_version` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `organisation` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`agb` text,
	`kind` text NOT NULL,
	`is_kassier` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "organisation_agb_ck" CHECK("organisation"."agb" IS NULL OR (length("organisation"."agb") = 8 AND "organisation"."agb" NOT GLOB '*[^0-9]*'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisation_agb_uq` ON `organisation` (`agb`);