-- reportfacts DuckDB schema (../shared/CONTRACT.md). Created by `reportfacts ingest`; safe to run again.
CREATE TABLE IF NOT EXISTS documents (
    doc_id       VARCHAR PRIMARY KEY,
    path         VARCHAR,
    sha256       VARCHAR NOT NULL,
    title        VARCHAR,
    chars        INTEGER,
    encoding     VARCHAR,
    format       VARCHAR,
    text         VARCHAR,
    date         VARCHAR,
    ingested_at  TIMESTAMP
);
COMMENT ON TABLE documents IS 'One row per ingested file; text is the decoded (or extracted) text every fact offset indexes';
COMMENT ON COLUMN documents.sha256 IS 'hash of the file bytes: an unchanged file is skipped on re-ingest';
COMMENT ON COLUMN documents.text IS 'the original decoded text; facts.text = substr(text, start + 1, end - start)';
COMMENT ON COLUMN documents.date IS 'the report''s own date or year when the text gives one';

CREATE TABLE IF NOT EXISTS facts (
    doc_id          VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    type            VARCHAR NOT NULL,
    "start"         INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    text            VARCHAR,
    sentence        INTEGER,
    flags           VARCHAR[],
    duplicate       BOOLEAN,
    region_name     VARCHAR,
    region_code     VARCHAR,
    region_level    VARCHAR,
    place_name      VARCHAR,
    place_code      VARCHAR,
    place_level     VARCHAR,
    value           DOUBLE,
    amount          DECIMAL(20, 2),
    unit            VARCHAR,
    currency        VARCHAR,
    category        VARCHAR,
    qualifier       VARCHAR,
    low             DOUBLE,
    high            DOUBLE,
    item            VARCHAR,
    item_canonical  VARCHAR,
    per             VARCHAR,
    period          VARCHAR,
    name            VARCHAR,
    titles          VARCHAR[],
    org             VARCHAR,
    term            VARCHAR,
    code            VARCHAR,
    level           VARCHAR,
    parent_code     VARCHAR,
    parent          VARCHAR,
    date_value      VARCHAR,
    PRIMARY KEY (doc_id, seq)
);
COMMENT ON TABLE facts IS 'Every extracted fact (quantity, official, region, date, title) with its offsets into documents.text';
COMMENT ON COLUMN facts.start IS 'offset (Python str index) into documents.text where the fact''s text begins';
COMMENT ON COLUMN facts.region_code IS '6-digit division code of the county-level (or higher) unit whose work the fact reports';
COMMENT ON COLUMN facts.value IS 'quantity in its base unit (万/亿 multiplied out; money in yuan)';
COMMENT ON COLUMN facts.amount IS 'money quantities as exact DECIMAL yuan (null for other categories)';
COMMENT ON COLUMN facts.qualifier IS 'exact | over | under | approx | at_least | range';
COMMENT ON COLUMN facts.item IS 'what is counted or paid for, as written (simplified)';
COMMENT ON COLUMN facts.item_canonical IS 'item under its canonical name (data/items.tsv) for comparison across documents';
COMMENT ON COLUMN facts.per IS 'a rate''s basis as written (每人每年, 人均): the value is per that unit, not a total';
COMMENT ON COLUMN facts.period IS 'the period the figure reports: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-H1/H2';
COMMENT ON COLUMN facts.duplicate IS 'true when the fact sits in a paragraph that repeats an earlier one; views skip it';
COMMENT ON COLUMN facts.flags IS 'duplicate, slogan (a Chinese-numeral count inside a slogan or heading)';

CREATE TABLE IF NOT EXISTS regions (
    code         VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    level        VARCHAR NOT NULL,
    parent_code  VARCHAR
);
COMMENT ON TABLE regions IS 'The gazetteer: China''s divisions (province, prefecture, county, township) with parent codes';

CREATE TABLE IF NOT EXISTS ingest_errors (
    path   VARCHAR,
    error  VARCHAR,
    "at"   TIMESTAMP
);
COMMENT ON TABLE ingest_errors IS 'Inputs that could not be loaded, with a one-line reason';

CREATE OR REPLACE VIEW quantities AS
SELECT doc_id, seq, "start", "end", text, value, amount, unit, currency, category, qualifier, low, high,
       item, item_canonical, per, period, region_name, region_code, region_level, place_name, place_code, flags
FROM facts
WHERE type = 'quantity' AND NOT duplicate AND NOT list_contains(flags, 'slogan');
COMMENT ON VIEW quantities IS 'Quantity facts, repeated paragraphs and slogan counts left out';

CREATE OR REPLACE VIEW officials AS
SELECT f.name, list_distinct(flatten(list(f.titles))) AS titles,
       max(CASE WHEN f.org <> '' THEN f.org END) AS org,
       max(f.region_name) AS region_name, max(f.region_code) AS region_code,
       f.doc_id, count(*) AS mentions, list(f."start" ORDER BY f."start") AS starts
FROM facts f
WHERE f.type = 'official'
GROUP BY f.doc_id, f.name;
COMMENT ON VIEW officials IS 'One row per person per document; every mention stays a fact in facts';

CREATE OR REPLACE VIEW county_quantities AS
WITH unit AS (
    SELECT r.code, r.name, r.level,
           CASE r.level WHEN 'county' THEN p.code WHEN 'prefecture' THEN r.code END AS prefecture_code,
           CASE r.level WHEN 'county' THEN p.name WHEN 'prefecture' THEN r.name END AS prefecture,
           CASE r.level WHEN 'province' THEN r.code
                        WHEN 'prefecture' THEN p.code
                        ELSE coalesce(CASE WHEN p.level = 'province' THEN p.code END, g.code) END AS province_code
    FROM regions r
    LEFT JOIN regions p ON p.code = r.parent_code
    LEFT JOIN regions g ON g.code = p.parent_code
    WHERE r.level IN ('province', 'prefecture', 'county')
)
SELECT q.*, u.name AS unit_name, u.level AS unit_level,
       CASE WHEN u.level = 'county' THEN u.name END AS county, CASE WHEN u.level = 'county' THEN u.code END AS county_code,
       u.prefecture, u.prefecture_code, pr.name AS province, u.province_code
FROM quantities q
JOIN unit u ON u.code = q.region_code
LEFT JOIN regions pr ON pr.code = u.province_code;
COMMENT ON VIEW county_quantities IS 'Quantities with their unit''s county, prefecture and province names, for cross-county comparison';

CREATE OR REPLACE VIEW indicators AS
SELECT coalesce(item_canonical, item) AS item, unit, region_code, region_name, period,
       value, qualifier, count(DISTINCT doc_id) AS documents, list(DISTINCT doc_id) AS doc_ids
FROM quantities
WHERE region_code IS NOT NULL AND coalesce(item_canonical, item) <> '' AND per IS NULL
GROUP BY ALL;
COMMENT ON VIEW indicators IS 'Distinct (item, unit, county, period, value, qualifier) with how many documents support each; rates (per) left out';

CREATE OR REPLACE VIEW conflicts AS
SELECT item, unit, region_code, region_name, period, list(DISTINCT value ORDER BY value) AS values_reported,
       list(DISTINCT doc_id) AS doc_ids
FROM (SELECT i.*, unnest(i.doc_ids) AS doc_id FROM indicators i)
GROUP BY item, unit, region_code, region_name, period
HAVING count(DISTINCT value) > 1 AND count(DISTINCT doc_id) > 1;
COMMENT ON VIEW conflicts IS 'Same county, item, unit and period reported with different values in different documents';
