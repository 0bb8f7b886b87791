-- Copydesk project format 2: learned models kept in the project, and notes on annotations.

CREATE TABLE models (
    name TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    trained_at TEXT NOT NULL,
    data BLOB NOT NULL
);
ALTER TABLE annotations ADD COLUMN note TEXT NOT NULL DEFAULT '';
