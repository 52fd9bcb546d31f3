-- newsfacts warehouse views (schema version {schema_version}).
-- Rendered from warehouse/views.sql; any DuckDB client can use it without newsfacts:
--     duckdb -init {views_path}
-- article_rows and fact_rows hold every physical row, copies included (a crash between a write and
-- the ledger, two machines, a compaction in progress). Every other view deduplicates, so the answer
-- never depends on how many copies exist. These views glob the directories at each query; the one
-- moment they can fail is when compaction deletes files retired a grace period earlier (default
-- 10 minutes) mid-query. `newsfacts query` reads a snapshot of the file list and has no such moment.

CREATE OR REPLACE VIEW article_rows AS {article_rows};
CREATE OR REPLACE VIEW fact_rows AS {fact_rows};

-- Which physical row stands for each article (latest_copies) and for each version
-- (version_copies): the copy ingested last; among copies of it (same content) the least compacted,
-- so compaction's output takes over only once its inputs are retired. Facts carry their article
-- row's copy_key, so picking a copy picks its facts and never those of another copy.
-- article_key is article_id as a BIGINT: the same grouping, several times faster.
CREATE OR REPLACE VIEW latest_copies AS
SELECT arg_max(copy_key, {latest_order}) AS copy_key FROM article_rows GROUP BY article_key;
CREATE OR REPLACE VIEW version_copies AS
SELECT arg_max(copy_key, {latest_order}) AS copy_key FROM article_rows GROUP BY article_key, content_hash;

-- One row per stored version (content_hash) of each article, however many copies were written.
CREATE OR REPLACE VIEW article_versions AS
SELECT * FROM article_rows SEMI JOIN version_copies USING (copy_key);

-- The latest version of each article.
CREATE OR REPLACE VIEW articles AS
SELECT * FROM article_rows SEMI JOIN latest_copies USING (copy_key);

-- Facts of the latest version of each article, from one copy only.
CREATE OR REPLACE VIEW facts AS
SELECT * FROM fact_rows SEMI JOIN latest_copies USING (copy_key);

-- One view per fact kind, with that kind's columns only.
{typed_views}

-- One row per mention of an entity (entities keeps one row per entity with every mention in spans):
-- which sentences name X together with Y is a self-join on (article_id, sentence).
CREATE OR REPLACE VIEW entity_mentions AS
SELECT article_id, published, normalized, label, role, text AS entity_text,
       unnest(spans, recursive := true)
FROM entities;
