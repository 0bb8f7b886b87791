#!/usr/bin/env python3
"""The import floor for bench_scale: Python's sqlite3 writing the same documents as
`copydesk-cli import` does, with the same table, indexes and full-text index (FTS5 over title
and text, external content), the same pragmas and batches of 500 documents, and an audit row per
document; SHA-256 and code point length computed here as Copydesk computes them. Standard
library only.

    sqlite_floor.py ARTICLES.jsonl OUT.sqlite
"""
import hashlib
import json
import sqlite3
import sys
import time

SCHEMA = """
CREATE TABLE documents (
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
CREATE INDEX documents_external_id ON documents(external_id);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, annotator_id INTEGER, kind TEXT NOT NULL,
    document_id INTEGER, target TEXT NOT NULL, object_id INTEGER, before TEXT, after TEXT
);
CREATE INDEX audit_log_document ON audit_log(document_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
"""

BATCH = 500


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = sys.argv[1], sys.argv[2]
    start = time.monotonic()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -65536")
    db.executescript(SCHEMA)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
    pending = []
    count = 0

    def flush():
        db.execute("BEGIN IMMEDIATE")
        for values, title, text in pending:
            cursor = db.execute(
                "INSERT INTO documents (external_id, title, source, url, byline, published, language, meta, "
                "sha256, length, status, imported_at, origin, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                values)
            rowid = cursor.lastrowid
            db.execute("INSERT INTO audit_log (at, kind, document_id, target, object_id, after) "
                       "VALUES (?, 'import', ?, 'document', ?, ?)",
                       (stamp, rowid, rowid, json.dumps({"origin": source, "annotations": 0, "relations": 0})))
            pending_fts.append((rowid, title, text))
        for row in pending_fts:
            db.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", row)
        db.execute("COMMIT")
        pending.clear()
        pending_fts.clear()

    pending_fts = []
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            meta = doc.get("meta", {})
            title = meta.get("title", "")
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            extra = {k: v for k, v in meta.items() if k not in ("title", "source", "url", "byline", "date")}
            values = (str(doc["id"]), title, meta.get("source", ""), meta.get("url", ""), meta.get("byline", ""),
                      meta.get("date", ""), meta.get("language", ""), json.dumps(extra, ensure_ascii=False),
                      digest, len(text), stamp, source, text)
            pending.append((values, title, text))
            count += 1
            if len(pending) >= BATCH:
                flush()
    if pending:
        flush()
    db.close()
    print("%d documents in %.2f s" % (count, time.monotonic() - start))
    return 0




if __name__ == "__main__":
    sys.exit(main())
