"""The roll's name search index and change counter, as SQL the migration and the bulk import share.

SQLite: ``search_voter`` is an FTS5 table with the ``trigram`` tokenizer over ``voter.name_key``
(external content: the names are not stored twice), so any fragment of three characters or more
of a normalised name is found through the index (ARABIC.md, "Searching names"). Three triggers keep
it current and raise ``roll_state.revision``; a bulk load drops them, rebuilds the index once and
creates them again (:func:`drop_sqlite_triggers`, :func:`rebuild_sqlite`), all in its transaction.

PostgreSQL: a ``pg_trgm`` GIN index ``search_voter_name_trgm`` serves ``name_key LIKE '%…%'``, and
a statement-level trigger raises the revision.
"""

from __future__ import annotations

SQLITE_FTS = ("CREATE VIRTUAL TABLE search_voter USING fts5("
              "name_key, content='voter', content_rowid='id', tokenize='trigram')")
SQLITE_TRIGGER_NAMES = ("search_voter_ai", "search_voter_ad", "search_voter_au")
_BUMP = "UPDATE roll_state SET revision = revision + 1 WHERE id = 1;"
SQLITE_TRIGGERS = (
    "CREATE TRIGGER search_voter_ai AFTER INSERT ON voter BEGIN "
    "INSERT INTO search_voter(rowid, name_key) VALUES (new.id, new.name_key); " + _BUMP + " END",
    "CREATE TRIGGER search_voter_ad AFTER DELETE ON voter BEGIN "
    "INSERT INTO search_voter(search_voter, rowid, name_key) VALUES ('delete', old.id, old.name_key); "
    + _BUMP + " END",
    "CREATE TRIGGER search_voter_au AFTER UPDATE ON voter BEGIN "
    "INSERT INTO search_voter(search_voter, rowid, name_key) VALUES ('delete', old.id, old.name_key); "
    "INSERT INTO search_voter(rowid, name_key) VALUES (new.id, new.name_key); " + _BUMP + " END",
)
SQLITE_REBUILD = "INSERT INTO search_voter(search_voter) VALUES ('rebuild')"

PG_EXTENSION = ("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') "
                "THEN CREATE EXTENSION pg_trgm SCHEMA public; END IF; END $$")
PG_INDEX = "CREATE INDEX search_voter_name_trgm ON voter USING gin (name_key gin_trgm_ops)"
PG_FUNCTION = """
CREATE OR REPLACE FUNCTION roll_state_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE roll_state SET revision = revision + 1 WHERE id = 1;
    RETURN NULL;
END $$"""
PG_TRIGGER = ("CREATE TRIGGER roll_state_bump AFTER INSERT OR UPDATE OR DELETE ON voter "
              "FOR EACH STATEMENT EXECUTE FUNCTION roll_state_bump()")


def drop_sqlite_triggers(cursor) -> None:
    for name in SQLITE_TRIGGER_NAMES:
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def rebuild_sqlite(cursor) -> None:
    """Index every name again, put the triggers back and count the change (after a bulk load)."""
    cursor.execute(SQLITE_REBUILD)
    for statement in SQLITE_TRIGGERS:
        cursor.execute(statement)
    cursor.execute(_BUMP)
