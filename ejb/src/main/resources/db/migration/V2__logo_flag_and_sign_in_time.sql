-- The logo URL's revision only ever grows (no cached old logo after remove + upload); whether a
-- logo is set becomes its own column.
ALTER TABLE consultancy ADD COLUMN has_logo BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE consultancy SET has_logo = TRUE WHERE logo_revision > 0;

-- When someone signed in is kept in the audit trail; on the account it bumped the version that an
-- owner editing the account's roles holds.
ALTER TABLE account DROP COLUMN last_sign_in_at;
