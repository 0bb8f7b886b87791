-- Copydesk project format 3: compact annotations (labels, attributes and reasons interned;
-- suggestions without timestamps, whose time is their engine run's audit entry), annotation sets
-- (each decision belongs to an owner: a person, a file or the curated set), the engines behind a
-- suggestion and its alternatives, document status per annotator, guidelines per label, and the
-- documents' text stored last so reading a document's other columns does not walk its text.
-- Runs with foreign keys off (the tables are rebuilt in place).

CREATE TABLE strings (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
INSERT OR IGNORE INTO strings (text) SELECT DISTINCT label FROM annotations;
INSERT OR IGNORE INTO strings (text) SELECT DISTINCT label FROM relations;
INSERT OR IGNORE INTO strings (text) SELECT DISTINCT attrs FROM annotations WHERE attrs != '{}';
INSERT OR IGNORE INTO strings (text) SELECT DISTINCT reason FROM annotations WHERE reason != '';

CREATE TABLE annotators_new (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),
    name TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, name, version)
);
INSERT INTO annotators_new (id, kind, name, version) SELECT id, kind, name, version FROM annotators;
DROP TABLE annotators;
ALTER TABLE annotators_new RENAME TO annotators;

CREATE TABLE documents_new (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    byline TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL UNIQUE,
    length INTEGER NOT NULL,
    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
    imported_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}',
    text TEXT NOT NULL
);
INSERT INTO documents_new (id, external_id, title, source, url, byline, published, language, sha256, length, status,
                           imported_at, origin, meta, text)
    SELECT id, external_id, title, source, url, byline, published, language, sha256, length, status, imported_at, origin,
           meta, text FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_external_id ON documents(external_id);

-- confidence: per mille as an integer when that is exact (engines' confidences), else the REAL
-- as given; no type, so SQLite keeps whichever it is given.
-- evidence: NULL when one engine (the annotator) stands behind a suggestion; else a JSON array
-- of [engine annotator id, label string id, start, end, confidence per mille, reason string id
-- or 0, attrs string id or 0], the first ones agreeing with the annotation, the rest its
-- alternatives.
CREATE TABLE annotations_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label_id INTEGER NOT NULL,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    owner_id INTEGER REFERENCES annotators(id),
    decider_id INTEGER REFERENCES annotators(id),
    confidence,
    attrs_id INTEGER,
    reason_id INTEGER,
    evidence TEXT,
    external_id TEXT,
    note TEXT,
    created_at INTEGER,
    modified_at INTEGER,
    CHECK (start >= 0 AND end >= start)
);
INSERT INTO annotations_new (id, document_id, status, start, end, label_id, annotator_id, owner_id, decider_id, confidence,
                             attrs_id, reason_id, evidence, external_id, note, created_at, modified_at)
    SELECT a.id, a.document_id, a.status, a.start, a.end,
           (SELECT id FROM strings WHERE text = a.label), a.annotator_id,
           CASE WHEN a.status = 0 THEN NULL ELSE COALESCE(a.decider_id, a.annotator_id) END,
           a.decider_id,
           CASE WHEN a.confidence IS NULL THEN NULL
                WHEN a.confidence * 1000 = CAST(a.confidence * 1000 AS INTEGER) THEN CAST(a.confidence * 1000 AS INTEGER)
                ELSE a.confidence END,
           CASE WHEN a.attrs = '{}' THEN NULL ELSE (SELECT id FROM strings WHERE text = a.attrs) END,
           CASE WHEN a.reason = '' THEN NULL ELSE (SELECT id FROM strings WHERE text = a.reason) END,
           NULL, NULLIF(a.external_id, ''), NULLIF(a.note, ''),
           CASE WHEN a.status = 0 THEN NULL ELSE CAST(ROUND((julianday(a.created_at) - 2440587.5) * 86400000) AS INTEGER) END,
           CASE WHEN a.status = 0 THEN NULL ELSE CAST(ROUND((julianday(a.modified_at) - 2440587.5) * 86400000) AS INTEGER) END
    FROM annotations a;
-- The autoincrement counter goes on where it was, so no id is ever reused.
UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'annotations'), 0))
    WHERE name = 'annotations_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'annotations_new', seq FROM sqlite_sequence
    WHERE name = 'annotations' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'annotations_new');
DROP TABLE annotations;
ALTER TABLE annotations_new RENAME TO annotations;
CREATE INDEX annotations_document ON annotations(document_id, status);
CREATE INDEX annotations_label ON annotations(label_id, document_id);
CREATE INDEX annotations_owner ON annotations(owner_id, document_id) WHERE owner_id IS NOT NULL;

CREATE TABLE relations_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    label_id INTEGER NOT NULL,
    head_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    child_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE
);
INSERT INTO relations_new (id, document_id, annotator_id, label_id, head_id, child_id)
    SELECT r.id, r.document_id, r.annotator_id, (SELECT id FROM strings WHERE text = r.label), r.head_id, r.child_id
    FROM relations r;
UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'relations'), 0))
    WHERE name = 'relations_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'relations_new', seq FROM sqlite_sequence
    WHERE name = 'relations' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'relations_new');
DROP INDEX IF EXISTS relations_document;
DROP TABLE relations;
ALTER TABLE relations_new RENAME TO relations;
-- Relations are found through their head annotation (and its document index): no index on
-- document_id of their own.
CREATE INDEX relations_head ON relations(head_id);
CREATE INDEX relations_child ON relations(child_id);

CREATE TABLE document_status (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),
    PRIMARY KEY (document_id, annotator_id)
) WITHOUT ROWID;

ALTER TABLE labels ADD COLUMN guideline TEXT NOT NULL DEFAULT '';
ALTER TABLE relation_labels ADD COLUMN guideline TEXT NOT NULL DEFAULT '';

-- The engines link a speaker's later mentions ("he", "Pompeo") to the first with REFERS_TO: projects
-- made before it existed gain the relation label.
INSERT INTO relation_labels (name, head_labels, child_labels, description, position)
    SELECT 'REFERS_TO', '["SOURCE"]', '["SOURCE"]', 'A speaker mention (a pronoun, a short name, "the senator") to an earlier mention of the same speaker. The mentions so linked are one speaker; remove the link to split them, add one to merge.',
           COALESCE((SELECT MAX(position) FROM relation_labels), 0) + 1
    WHERE NOT EXISTS (SELECT 1 FROM relation_labels WHERE name = 'REFERS_TO');
