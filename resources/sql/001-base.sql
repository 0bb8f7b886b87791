-- Copydesk project format 1: the base every migration starts from. Never edit a released step;
-- add a new file instead. Annotation and relation ids are never reused (AUTOINCREMENT), so an
-- id seen in the window or an export always means the same annotation. Statements end with a semicolon at the end of a line.

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    byline TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}',
    sha256 TEXT NOT NULL UNIQUE,
    length INTEGER NOT NULL,
    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
    imported_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_external_id ON documents(external_id);
CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    layer TEXT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL DEFAULT '#888888',
    shortcut TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE relation_labels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    head_labels TEXT NOT NULL DEFAULT '[]',
    child_labels TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE annotators (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),
    name TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, name, version)
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    decider_id INTEGER REFERENCES annotators(id),
    label TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    attrs TEXT NOT NULL DEFAULT '{}',
    status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
    confidence REAL,
    reason TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (start >= 0 AND end >= start)
);
CREATE INDEX annotations_document ON annotations(document_id, start);
CREATE INDEX annotations_annotator ON annotations(annotator_id);
CREATE TABLE relations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    label TEXT NOT NULL,
    head_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    child_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE
);
CREATE INDEX relations_document ON relations(document_id);
CREATE INDEX relations_head ON relations(head_id);
CREATE INDEX relations_child ON relations(child_id);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    annotator_id INTEGER REFERENCES annotators(id),
    kind TEXT NOT NULL,
    document_id INTEGER,
    target TEXT NOT NULL,
    object_id INTEGER,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_document ON audit_log(document_id);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
