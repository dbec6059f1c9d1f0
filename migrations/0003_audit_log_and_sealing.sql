CREATE TABLE `audit_anchor` (
	`upto_seq` integer PRIMARY KEY NOT NULL,
	`last_hash` text NOT NULL,
	`removed` integer NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`event` text NOT NULL,
	`action` text NOT NULL,
	`client_id` text,
	`user_name` text NOT NULL,
	`on_behalf_of` text,
	`installation_id` text NOT NULL,
	`object_type` text,
	`object_id` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_client_at` ON `audit_log` (`client_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `encryption_key` (
	`id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`private_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `trusted_signer` ADD `encryption_key` text;--> statement-breakpoint
-- NEN 7513: the access log is append-only. Nothing in Schotvrij updates an entry; a
-- DELETE is only allowed for entries the retention anchor already summarises (the
-- anchor row is written first, in the same transaction).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_delete_only_anchored` BEFORE DELETE ON `audit_log`
WHEN OLD.`seq` > (SELECT coalesce(max(`upto_seq`), 0) FROM `audit_anchor`)
BEGIN
	SELECT RAISE(ABORT, 'audit_log entries can only be removed under a retention anchor');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_anchor_no_update` BEFORE UPDATE ON `audit_anchor`
BEGIN
	SELECT RAISE(ABORT, 'audit_anchor is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_anchor_no_delete` BEFORE DELETE ON `audit_anchor`
BEGIN
	SELECT RAISE(ABORT, 'audit_anchor is append-only');
END;
