"""`poagent extract` as a user runs it: the console script on real files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POAGENT = shutil.which("poagent", path=str(Path(sys.executable).parent)) or str(
    Path(sys.executable).parent / "poagent"
)


def _shared() -> Path | None:
    for cand in (ROOT.parent / "shared", Path("/work/shared")):
        if (cand / "corpus" / "dev").is_dir() and (cand / "tools" / "score_extract.py").is_file():
            return cand
    return None


SHARED = _shared()
needs_shared = pytest.mark.skipif(
    SHARED is None,
    reason="the shared dev corpus and scorer (../shared or /work/shared) are not present",
)


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [POAGENT, "extract", *args], capture_output=True, text=True, timeout=timeout
    )


@needs_shared
@pytest.mark.slow
def test_dev_corpus_scores_at_least_27_correct_and_nothing_wrong() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_extract.py"),
            str(SHARED / "corpus" / "dev"),
            "--cmd",
            f"{POAGENT} extract",
            "-v",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    summary = [line for line in proc.stdout.splitlines() if line.startswith("cases ")]
    assert summary, proc.stdout + proc.stderr
    words = summary[0].replace(",", "").split()
    correct = int(words[words.index("correct") + 1])
    wrong = int(words[words.index("wrong") + 1])
    false_conf = int(words[words.index("confirmations") + 1])
    assert wrong == 0 and false_conf == 0, proc.stdout
    assert correct >= 27, proc.stdout
    assert "could not be read" not in proc.stdout


def _case(tmp_path: Path) -> tuple[Path, Path]:
    from tests.test_extract import make_mail, make_po

    pos = tmp_path / "pos.json"
    pos.write_text(json.dumps([make_po()]))
    eml = tmp_path / "reply.eml"
    eml.write_bytes(make_mail("Line 2: 80 pcs only. Lines 1 and 3 as ordered.\n\nSam"))
    return pos, eml


def test_json_lines_in_order_with_file_first(tmp_path: Path) -> None:
    pos, eml = _case(tmp_path)
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01binary junk")
    missing = tmp_path / "missing.eml"
    proc = run("--pos", str(pos), str(eml), str(junk), str(missing), str(eml))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["file"] for o in out] == [str(eml), str(junk), str(missing), str(eml)]
    assert all(next(iter(o)) == "file" for o in out)
    assert [o["kind"] for o in out] == [
        "confirmation",
        "needs_review",
        "needs_review",
        "confirmation",
    ]
    assert out[2]["review_reasons"]


def test_bad_pos_file_is_a_clear_error(tmp_path: Path) -> None:
    _, eml = _case(tmp_path)
    proc = run("--pos", str(tmp_path / "nope.json"), str(eml))
    assert proc.returncode == 2 and "nope.json" in proc.stderr and not proc.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('[{"po_number": "1", "supplier": {"id": "X"}, "lines": [{"line": 1}]}]')
    proc = run("--pos", str(bad), str(eml))
    assert proc.returncode == 2 and "quantity" in proc.stderr
    proc = subprocess.run(
        [POAGENT, "extract", str(eml)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2


def test_config_sets_our_own_addresses(tmp_path: Path) -> None:
    pos, eml = _case(tmp_path)
    cfg = tmp_path / "poagent.toml"
    cfg.write_text('[company]\nname = "Buyer"\nfrom_address = "purchasing@buyer.example"\n')
    env = {**os.environ}
    env.pop("POAGENT_CONFIG", None)
    proc = subprocess.run(
        [POAGENT, "extract", "--config", str(cfg), "--pos", str(pos), str(eml)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["kind"] == "confirmation"
