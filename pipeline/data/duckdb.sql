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
    ingested_at  TIMESTAMP,
    extractor    VARCHAR
);
COMMENT ON TABLE documents IS 'One row per ingested file; text is the decoded (or extracted) text every fact offset indexes';
COMMENT ON COLUMN documents.sha256 IS 'hash of the file bytes: an unchanged file is skipped on re-ingest';
COMMENT ON COLUMN documents.text IS 'the original decoded text; facts.text = substr(text, start + 1, end - start)';
COMMENT ON COLUMN documents.date IS 'the report''s own date or year when the text gives one';
COMMENT ON COLUMN documents.extractor IS 'the extractor version that produced its facts: a newer one re-extracts an unchanged file';

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
    status          VARCHAR,
    aspect          VARCHAR,
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
COMMENT ON COLUMN facts.status IS 'done (achieved or existing) or planned (a plan, target or goal): only done figures are totals';
COMMENT ON COLUMN facts.aspect IS 'stock (how many there are: 累计建成15个) or flow (what the period added or spent: 新建3个, 投入120万元)';
COMMENT ON COLUMN facts.period IS 'the year the figure is true for (YYYY); on planned figures, the target year';
COMMENT ON COLUMN facts.duplicate IS 'true when the fact sits in a paragraph that repeats an earlier one; views skip it';
COMMENT ON COLUMN facts.flags IS 'duplicate, slogan (a Chinese-numeral count inside a slogan or heading)';

CREATE TABLE IF NOT EXISTS regions (
    code         VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    level        VARCHAR NOT NULL,
    parent_code  VARCHAR
);
COMMENT ON TABLE regions IS 'The gazetteer: China''s divisions (province, prefecture, county, township) with parent codes';

CREATE TABLE IF NOT EXISTS former_codes (
    old_code  VARCHAR PRIMARY KEY,
    code      VARCHAR NOT NULL
);
COMMENT ON TABLE former_codes IS 'A former unit''s code and the current unit it became (吉利区 410306 -> 孟津区 410308): facts keep the code valid when the report was written, the views below use the current one';

CREATE TABLE IF NOT EXISTS ingest_errors (
    path   VARCHAR,
    error  VARCHAR,
    "at"   TIMESTAMP
);
COMMENT ON TABLE ingest_errors IS 'Inputs that could not be loaded, with a one-line reason';

-- list_distinct does not keep order; titles are shown in the order the text writes them
CREATE OR REPLACE MACRO ordered_distinct(l) AS list_filter(l, lambda t, i: list_position(l, t) = i);

-- region_code, region_name: the current unit and its name, so that a report naming a unit by its former name
-- and code (任县 130526, 任泽区 130505 since 2020; facts keep both as written) groups with later reports in every
-- view below
CREATE OR REPLACE VIEW quantities AS
SELECT f.doc_id, f.seq, f."start", f."end", f.text, f.value, f.amount, f.unit, f.currency, f.category, f.qualifier,
       f.low, f.high, f.item, f.item_canonical, f.per, f.status, f.aspect, f.period,
       coalesce(g.name, f.region_name) AS region_name, coalesce(fc.code, f.region_code) AS region_code,
       f.region_level, f.place_name, f.place_code, f.flags
FROM facts f
LEFT JOIN former_codes fc ON fc.old_code = f.region_code
LEFT JOIN regions g ON g.code = coalesce(fc.code, f.region_code)
WHERE f.type = 'quantity' AND NOT f.duplicate AND NOT list_contains(f.flags, 'slogan');
COMMENT ON VIEW quantities IS 'Quantity facts, repeated paragraphs and slogan counts left out; region_name is the unit''s current name';

CREATE OR REPLACE VIEW officials AS
SELECT f.name, ordered_distinct(flatten(list(f.titles ORDER BY f.seq))) AS titles,
       max(CASE WHEN f.org <> '' THEN f.org END) AS org,
       max(f.region_name) AS region_name, max(f.region_code) AS region_code,
       f.doc_id, count(*) AS mentions, list(f."start" ORDER BY f."start") AS starts
FROM facts f
WHERE f.type = 'official'
GROUP BY f.doc_id, f.name;
COMMENT ON VIEW officials IS 'One row per person per document (titles in the order written); every mention stays a fact in facts';

CREATE OR REPLACE VIEW units AS
SELECT r.code, r.name, r.level,
       CASE r.level WHEN 'county' THEN r.name END AS county,
       CASE r.level WHEN 'county' THEN r.code END AS county_code,
       CASE r.level WHEN 'county' THEN p.name WHEN 'prefecture' THEN r.name END AS prefecture,
       CASE r.level WHEN 'county' THEN p.code WHEN 'prefecture' THEN r.code END AS prefecture_code,
       CASE r.level WHEN 'province' THEN r.code
                    WHEN 'prefecture' THEN p.code
                    ELSE coalesce(CASE WHEN p.level = 'province' THEN p.code END, g.code) END AS province_code
FROM regions r
LEFT JOIN regions p ON p.code = r.parent_code
LEFT JOIN regions g ON g.code = p.parent_code
WHERE r.level IN ('province', 'prefecture', 'county');
COMMENT ON VIEW units IS 'County, prefecture and province units with their parents (a county directly under a province has no prefecture)';

CREATE OR REPLACE VIEW county_quantities AS
SELECT q.*, u.name AS unit_name, u.level AS unit_level, u.county, u.county_code,
       u.prefecture, u.prefecture_code, pr.name AS province, u.province_code
FROM quantities q
JOIN units u ON u.code = q.region_code
LEFT JOIN regions pr ON pr.code = u.province_code;
COMMENT ON VIEW county_quantities IS 'Quantities with their unit''s county, prefecture and province names, for cross-county comparison';

CREATE OR REPLACE VIEW indicators AS
SELECT coalesce(item_canonical, item) AS item, category, region_code, region_name, region_level,
       left(period, 4) AS period, status, aspect, value,
       mode(unit) AS unit, mode(qualifier) AS qualifier, count(DISTINCT doc_id) AS documents,
       list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids, count(*) AS mentions
FROM quantities
WHERE region_code IS NOT NULL AND coalesce(item_canonical, item, '') <> '' AND per IS NULL AND place_name IS NULL
GROUP BY coalesce(item_canonical, item), category, region_code, region_name, region_level, left(period, 4),
         status, aspect, value;
COMMENT ON VIEW indicators IS 'Distinct figures: one row per unit, canonical item, category, period, status, stock/flow and value, however many documents repeat it (documents, doc_ids); rates and township parts left out';

CREATE OR REPLACE VIEW document_figures AS
WITH mentions AS (
    SELECT i.*, unnest(i.doc_ids) AS doc_id FROM indicators i WHERE i.status = 'done' AND i.period IS NOT NULL
)
SELECT doc_id, region_code, region_name, region_level, item, category, period, value, unit, qualifier, aspect
FROM mentions
QUALIFY row_number() OVER (PARTITION BY doc_id, region_code, item, category, period
                           ORDER BY (aspect = 'stock') DESC, value DESC) = 1;
COMMENT ON VIEW document_figures IS 'What each document reports for a unit, item and year: its stock before a flow, and its largest value (a total is never smaller than the parts the same document lists)';

CREATE OR REPLACE VIEW figures AS
WITH agreed AS (
    SELECT region_code, region_name, region_level, item, category, period, aspect, value,
           mode(unit) AS unit, mode(qualifier) AS qualifier, count(*) AS documents,
           list(doc_id ORDER BY doc_id) AS doc_ids
    FROM document_figures
    GROUP BY region_code, region_name, region_level, item, category, period, aspect, value
), ranked AS (
    SELECT a.*,
           row_number() OVER w AS rank,
           list(a.value) FILTER (WHERE a.aspect = 'stock') OVER w AS stock_values,
           list(a.value) FILTER (WHERE a.aspect = 'flow') OVER w AS flow_values
    FROM agreed a
    WINDOW w AS (PARTITION BY a.region_code, a.item, a.category, a.period
                 ORDER BY (a.aspect = 'stock') DESC, a.documents DESC, a.value DESC
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT r.region_code, r.region_name, r.region_level, u.county, u.county_code, u.prefecture, u.prefecture_code,
       pr.name AS province, u.province_code, r.item, r.category, r.period, r.value, r.unit, r.qualifier, r.aspect,
       r.documents, r.doc_ids,
       CASE WHEN r.aspect = 'stock' THEN list_filter(r.stock_values, lambda v: v <> r.value)
            ELSE list_filter(r.flow_values, lambda v: v <> r.value) END AS other_values
FROM ranked r
JOIN units u ON u.code = r.region_code
LEFT JOIN regions pr ON pr.code = u.province_code
WHERE r.rank = 1;
COMMENT ON VIEW figures IS 'The answer per unit, item and year: achieved figures only, each document''s figure counted once however many documents repeat it, the stock (how many there are) before a flow (how many were added), the value most documents report; other_values lists what other documents say instead';

CREATE OR REPLACE VIEW conflicts AS
SELECT item, category, region_code, region_name, period, aspect, list(DISTINCT value ORDER BY value) AS values_reported,
       list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids
FROM document_figures
GROUP BY item, category, region_code, region_name, period, aspect
HAVING count(DISTINCT value) > 1;
COMMENT ON VIEW conflicts IS 'Same unit, item, year and stock/flow reported with different values by different documents';
