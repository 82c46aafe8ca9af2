"""Printing a document to a file: follow the report's drawing as progress, then write it atomically.

Every printed document (the candidate and voter lists, the results records, the check-in list) is a report generator yielding its
own progress and returning the PDF's bytes; this relays that progress under the caller's step name
and writes the file only once the whole document is drawn, so a cancelled print leaves nothing.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from electadmin.domain.progress import Progress, Work, with_step
from electadmin.domain.text import Term
from electadmin.interchange.tabular import atomic_path


def print_pdf(work: Work[bytes], path: str | Path, step: Term) -> Generator[Progress, None, Path]:
    """Drive *work* to its end, yielding its progress as *step*; write the PDF to *path* atomically."""
    pdf = yield from with_step(work, step)
    target = Path(path)
    with atomic_path(target) as temporary:
        temporary.write_bytes(pdf)
    return target
