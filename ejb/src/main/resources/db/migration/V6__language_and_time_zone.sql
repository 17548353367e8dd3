-- Each person reads Banyan in their language and time zone; until they choose, the consultancy's
-- defaults apply (null means "not chosen", so a later change of the default reaches them).
ALTER TABLE account ADD COLUMN language VARCHAR(8);
ALTER TABLE account ADD COLUMN time_zone VARCHAR(40);
ALTER TABLE consultancy ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE consultancy ADD COLUMN time_zone VARCHAR(40) DEFAULT 'UTC' NOT NULL;

-- Notifications are kept as a kind and its parameters, read in each reader's language.
ALTER TABLE notification ADD COLUMN params VARCHAR(2000);
