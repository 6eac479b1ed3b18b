-- The three kinds of official on a shared smedash store (docs/deployment.md). Run once per
-- database, as its owner, after `smedash store migrate`:
--   psql -d smedash -f docs/store/roles.sql
-- then give each login one of the roles: GRANT smedash_editor TO "siti";
-- The store tests run this file, so it stays in step with the schema.

DO $$ BEGIN
  CREATE ROLE smedash_reader NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN
  CREATE ROLE smedash_editor NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN
  CREATE ROLE smedash_administrator NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL; END $$;

GRANT smedash_reader TO smedash_editor;
GRANT smedash_editor TO smedash_administrator;

-- A reader sees everything and changes nothing: the dashboard, the CLI and reports.
GRANT USAGE ON SCHEMA public TO smedash_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO smedash_reader;

-- An editor assesses businesses and drafts SOP revisions: every save bumps the change counter
-- and writes the audit log in the same transaction.
GRANT INSERT, UPDATE ON documents TO smedash_editor;
GRANT UPDATE ON store_state TO smedash_editor;
GRANT INSERT ON audit_log TO smedash_editor;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO smedash_editor;

-- An editor also brings in the regencies' files: creates import batches, decides duplicate
-- candidates and returns batches, which adds a line to the import log.
GRANT INSERT, UPDATE ON import_batches, import_files TO smedash_editor;
GRANT INSERT, UPDATE ON folder_files TO smedash_editor;

-- An administrator also publishes templates, accepts import batches into the registry and loads
-- the registry (`store push`).
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON regions, sectors, businesses, cooperatives, waves, responses, folder_files,
  import_batches, import_files TO smedash_administrator;

-- Which documents an editor may write is a row rule: assessments and drafts, never a published
-- template or its archived revisions. A refused row is an error (42501), not a silent no-op,
-- so smedash can say "not allowed" rather than "someone else changed it".
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON documents;
CREATE POLICY everyone_reads ON documents FOR SELECT TO smedash_reader USING (true);
DROP POLICY IF EXISTS editors_add ON documents;
CREATE POLICY editors_add ON documents FOR INSERT TO smedash_editor
  WITH CHECK (kind IN ('assessments', 'sop/drafts') OR pg_has_role('smedash_administrator', 'MEMBER'));
DROP POLICY IF EXISTS editors_change ON documents;
CREATE POLICY editors_change ON documents FOR UPDATE TO smedash_editor USING (true)
  WITH CHECK (kind IN ('assessments', 'sop/drafts') OR pg_has_role('smedash_administrator', 'MEMBER'));

-- An editor's batch may be decided or returned, never marked accepted (accepting changes the
-- registry, which only an administrator may); of the folder's files only the import log.
ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON import_batches;
CREATE POLICY everyone_reads ON import_batches FOR SELECT TO smedash_reader USING (true);
DROP POLICY IF EXISTS editors_add ON import_batches;
CREATE POLICY editors_add ON import_batches FOR INSERT TO smedash_editor
  WITH CHECK (state = 'draft' OR pg_has_role('smedash_administrator', 'MEMBER'));
DROP POLICY IF EXISTS editors_change ON import_batches;
CREATE POLICY editors_change ON import_batches FOR UPDATE TO smedash_editor USING (true)
  WITH CHECK (state <> 'accepted' OR pg_has_role('smedash_administrator', 'MEMBER'));
ALTER TABLE folder_files ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON folder_files;
CREATE POLICY everyone_reads ON folder_files FOR SELECT TO smedash_reader USING (true);
DROP POLICY IF EXISTS editors_log ON folder_files;
CREATE POLICY editors_log ON folder_files FOR ALL TO smedash_editor
  USING (path = 'imports/import-log.csv' OR pg_has_role('smedash_administrator', 'MEMBER'))
  WITH CHECK (path = 'imports/import-log.csv' OR pg_has_role('smedash_administrator', 'MEMBER'));
