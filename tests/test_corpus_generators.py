"""Each corpus generator under tests/ rewrites its committed corpus byte for byte.

The generators (tests/corpus*/make_*.py, built on tests/mailkit) run into a temporary
folder; every case folder must come out with the same files and the same bytes as the
committed ones. The held-out batches (tests/corpus_heldout_*) are frozen as their
authors wrote them and are not regenerated here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
GENERATORS = {
    "corpus": "make_corpus.py",
    "corpus_adversarial": "make_adversarial.py",
    "corpus_blind": "make_blind.py",
    "corpus_blind2": "make_blind2.py",
}


def _case_files(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for folder in root.iterdir()
        if folder.is_dir() and folder.name[:3].isdigit()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("corpus", sorted(GENERATORS))
def test_the_generator_rewrites_the_committed_corpus_byte_for_byte(corpus, tmp_path):
    script = TESTS / corpus / GENERATORS[corpus]
    out = tmp_path / corpus
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, str(script), str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    committed, generated = _case_files(TESTS / corpus), _case_files(out)
    assert committed, f"no committed cases under tests/{corpus}"
    assert sorted(generated) == sorted(committed)
    differ = [
        name
        for name, path in committed.items()
        if path.read_bytes() != generated[name].read_bytes()
    ]
    assert not differ, f"tests/{corpus}: regenerated files differ: {differ[:10]}"
