"""Where a corpus generator writes, and how one case folder is written."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def output_dir(here: Path, argv: list[str] | None = None) -> Path:
    """The folder to write the cases to: the first argument, else the generator's own folder."""
    args = sys.argv[1:] if argv is None else argv
    if args:
        out = Path(args[0]).resolve()
        out.mkdir(parents=True, exist_ok=True)
        return out
    return here


def dump_json(data: Any) -> str:
    """JSON as every corpus stores it: two-space indent, UTF-8 as is, a final newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_case(folder: Path, pos: Any, expected: Any, eml: bytes) -> None:
    """One case: ``pos.json``, ``expected.json`` and ``message.eml`` (bytes as given)."""
    folder.mkdir(exist_ok=True)
    (folder / "pos.json").write_text(dump_json(pos), encoding="utf-8")
    (folder / "expected.json").write_text(dump_json(expected), encoding="utf-8")
    (folder / "message.eml").write_bytes(eml)


def case_folders(out: Path) -> list[Path]:
    """The case folders under ``out`` (their names start with a three-digit number)."""
    return sorted(p for p in out.iterdir() if p.is_dir() and p.name[:3].isdigit())


def remove_cases(out: Path, keep: Iterable[str] = ()) -> None:
    """Delete the case folders under ``out`` except those named in ``keep``."""
    wanted = set(keep)
    for folder in case_folders(out):
        if folder.name not in wanted:
            shutil.rmtree(folder)


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases a generator keeps as data: a YAML list of mappings, in order."""
    cases = load_yaml(path)
    if not isinstance(cases, list) or not all(isinstance(c, dict) for c in cases):
        raise ValueError(f"{path}: expected a list of cases")
    return cases


def load_yaml(path: Path) -> Any:
    """A generator's data file (YAML), as plain lists, mappings and scalars."""
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))
