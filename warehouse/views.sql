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

-- Stories joined into another after rows naming them were written (warehouse/stories.py): the
-- views below show each article's story as it is now.
CREATE OR REPLACE VIEW story_merges AS {story_merges_rows};

-- One row per stored version (content_hash) of each article, however many copies were written.
CREATE OR REPLACE VIEW article_versions AS
SELECT r.* REPLACE (coalesce(m.merged_into, r.story_id) AS story_id)
FROM article_rows r SEMI JOIN version_copies USING (copy_key) LEFT JOIN story_merges m ON m.story_id = r.story_id;

-- The latest version of each article.
CREATE OR REPLACE VIEW articles AS
SELECT r.* REPLACE (coalesce(m.merged_into, r.story_id) AS story_id)
FROM article_rows r SEMI JOIN latest_copies USING (copy_key) LEFT JOIN story_merges m ON m.story_id = r.story_id;

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

-- Monitoring ------------------------------------------------------------------------------------

-- The sentence around characters [s, e) of body: from the last sentence end before s to the first one
-- after e. A sentence ends at ., ! or ? (then closing quotes) followed by space and a capital, a quote
-- or a bracket, at 。！？, or at a line break; so "Aug. 27" and "U.S. officials" do not end one, while an
-- abbreviation before a capital ("U.S. Army") can still cut a sentence short.
CREATE OR REPLACE MACRO sentence_at(body, s, e) AS
    left(regexp_replace(left(body, s + 1), '(?s)^.*(?:[.!?]["''”’)\]]*\s+|[。！？]\s*|\n)([\p{Lu}\p{Lt}\p{Lo}"“‘''(\[])', '\1'), -1)
    || substr(body, s + 1, e - s)
    || coalesce(nullif(regexp_extract(substr(body, e + 1), '^([^\n]*?[.!?]["''”’)\]]*)(?:\s+[\p{Lu}\p{Lt}\p{Lo}"“‘''(\[]|\s*$)', 1), ''),
                nullif(regexp_extract(substr(body, e + 1), '^[^\n]*?[。！？]'), ''),
                regexp_extract(substr(body, e + 1), '^[^\n]*'));

-- A value as a person writes it: 25, not 25.0.
CREATE OR REPLACE MACRO number_text(v) AS
    CASE WHEN v = round(v) AND abs(v) < 1e15 THEN CAST(CAST(v AS BIGINT) AS VARCHAR) ELSE CAST(v AS VARCHAR) END;

-- When an article was seen: its publication date, else when it was stored.
CREATE OR REPLACE MACRO seen_at(published, ingested_at) AS coalesce(published, ingested_at);

-- Stories: syndicated copies and near-duplicates of one report share a story_id (warehouse/stories.py);
-- the id is the article_id of the story's first article, whose title represents the story.
-- Articles stored before stories existed have no story_id and are left out.
CREATE OR REPLACE VIEW stories AS
SELECT story_id,
       min(seen_at(published, ingested_at)) AS first_seen,
       max(seen_at(published, ingested_at)) AS last_seen,
       count(*) AS articles,
       count(DISTINCT host) AS sources,
       list(DISTINCT host ORDER BY host) AS hosts,
       coalesce(any_value(title) FILTER (WHERE article_id = story_id),
                arg_min(title, seen_at(published, ingested_at))) AS title
FROM (SELECT *, coalesce(nullif(regexp_extract(url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1), ''),
                         source_name) AS host
      FROM articles WHERE story_id IS NOT NULL)
GROUP BY story_id;

-- Mentions per entity per day (UTC): articles, distinct stories, and mentions in them.
CREATE OR REPLACE VIEW entity_mentions_daily AS
SELECT CAST(timezone('UTC', seen_at(a.published, a.ingested_at)) AS DATE) AS day, e.normalized AS entity,
       e.label, count(DISTINCT e.article_id) AS articles, count(DISTINCT a.story_id) AS stories,
       sum(e.mentions) AS mentions
FROM entities e JOIN articles a USING (article_id)
GROUP BY ALL;

-- Claim timelines: each quantity with a subject and a unit, its subject resolved to the article's
-- entity of that name when there is one, in time order per (subject, unit), with the value claimed
-- before it and the change ("from 10 to 25 dead"), linked to its article, fact and sentence.
CREATE OR REPLACE VIEW claims AS
WITH q AS (
    SELECT q.article_id, q.fact_index, q.value, q.value_max, q.unit, q.qualifier, q.subject, q.text,
           seen_at(a.published, a.ingested_at) AS claimed_at, a.story_id, a.title, a.url,
           coalesce((SELECT min(e.normalized) FROM entities e WHERE e.article_id = q.article_id
                     AND (lower(e.text) = lower(q.subject) OR lower(e.normalized) = lower(q.subject))),
                    q.subject) AS subject_entity,
           sentence_at(a.text, q.start, q."end") AS sentence
    FROM quantities q JOIN articles a USING (article_id)
    WHERE q.subject IS NOT NULL AND q.unit IS NOT NULL
)
SELECT subject_entity, unit, claimed_at, value, value_max, qualifier,
       lag(value) OVER w AS previous_value,
       value - lag(value) OVER w AS change,
       CASE WHEN lag(value) OVER w IS NOT NULL
            THEN 'from ' || number_text(lag(value) OVER w) || ' to ' || number_text(value) || ' ' || unit END
           AS change_text,
       subject, text, sentence, article_id, fact_index, story_id, title, url
FROM q
WINDOW w AS (PARTITION BY lower(subject_entity), lower(unit) ORDER BY claimed_at, article_id, fact_index);

-- Every match of a watch on an article (flows/watch.py), and one alert per watch and story: its
-- first match, with when the story was last matched and how many of its articles matched.
CREATE OR REPLACE VIEW alert_matches AS
SELECT a.* REPLACE (coalesce(m.merged_into, a.story_id) AS story_id)
FROM ({alert_rows}) a LEFT JOIN story_merges m ON m.story_id = a.story_id;
CREATE OR REPLACE VIEW alerts AS
SELECT m.watch, m.story_id, m.article_id, m.title, m.url, m.published, m.evidence, m.fact_indexes, m.sentences,
       m.matched_at AS first_seen, c.last_seen, c.articles
FROM alert_matches m
JOIN (SELECT watch, story_id, max(matched_at) AS last_seen, count(DISTINCT article_id) AS articles
      FROM alert_matches GROUP BY watch, story_id) c USING (watch, story_id)
QUALIFY row_number() OVER (PARTITION BY m.watch, m.story_id
                           ORDER BY m.matched_at, m.published NULLS LAST, m.article_id) = 1;
