"""Several processes edit one session at once: no revision (SEQUENCE) is lost."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from planner.db.database import Database

from .probes import PYTHON, child_environment

EDITOR = textwrap.dedent(
    """
    import json, sys
    from planner.db.database import Database
    from planner.domain.errors import StorageError
    from planner.services.sessions import edit_session

    path, session_id, worker, edits = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    db = Database.open(path, create=False)
    succeeded = failed = 0
    for number in range(edits):
        try:
            # A name no other edit uses: every edit is a real change that raises the revision.
            edit_session(db, session_id, name=f"Practice {worker}-{number}")
            succeeded += 1
        except StorageError:
            failed += 1
    db.close()
    print(json.dumps({"succeeded": succeeded, "failed": failed}))
    """
)


@pytest.mark.slow
def test_four_parallel_editors_raise_the_revision_once_per_successful_edit(
    demo_db: Database, tmp_path: Path
) -> None:
    target = demo_db.location  # the file, or the database URL on PostgreSQL
    with demo_db.engine.connect() as connection:
        session_id, before = connection.execute(
            text("SELECT id, revision FROM sessions ORDER BY id LIMIT 1")
        ).one()
    demo_db.close()
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    workers = [
        subprocess.Popen(
            [PYTHON, str(script), target, str(session_id), str(worker), "25"],
            stdout=subprocess.PIPE,
            text=True,
            env=child_environment(),
        )
        for worker in range(4)
    ]
    outcomes = [json.loads(worker.communicate(timeout=240)[0]) for worker in workers]
    succeeded = sum(outcome["succeeded"] for outcome in outcomes)
    with demo_db.engine.connect() as connection:
        after = connection.execute(
            text("SELECT revision FROM sessions WHERE id = :id"), {"id": session_id}
        ).scalar_one()
    print(f"4 editors: {succeeded} edits succeeded, revision {before} -> {after}: {outcomes}")
    assert succeeded > 0
    assert after - before == succeeded, outcomes
