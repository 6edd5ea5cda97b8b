"""What reading derives once and keeps on disk between processes.

Reading compiles about 400 regular expressions, most of them lexicon alternations over
22 languages, and builds month and weekday tables from babel's data for 84 locales.
Python's ``re`` spends most of its time parsing a pattern and generating its code, not in
the C engine; doing that on every ``poagent extract`` call cost about a second, which a
caller that runs the command once per mail pays every time. So, like ``.pyc`` files for
modules, the generated code is kept in one file per Python version and reused:

- ``compile_re(pattern, flags)`` returns the same ``re.Pattern`` as ``re.compile``; a pattern
  already in the file skips the parser and the code generator (the C engine still checks
  the code it is given, so a damaged file fails loudly and falls back to ``re.compile``);
- ``derived(name, version, build)`` keeps a small table built from a library's data.

The file lives in ``$POAGENT_CACHE_DIR`` (default ``$XDG_CACHE_HOME/poagent``, else
``~/.cache/poagent``); ``POAGENT_CACHE_DIR=off`` turns it off. It is written once, at exit,
only when this process compiled something new, by an atomic rename, so concurrent workers
never read half a file. Anything wrong with it (unreadable, other Python, no permission)
means reading compiles as if it were not there: the cache can make start-up fast, never
change an answer.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import logging
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from agent.reading import regex_opt

log = logging.getLogger(__name__)

T = TypeVar("T")

try:  # the parser and code generator behind re.compile (Python 3.11+)
    import _sre
    from re import _compiler, _parser

    # "-grouped4": the code of regex_opt's rewrite, in its own file (a checkout without it
    # would otherwise load the grouped code, or hand its plain code to one with it)
    _ENGINE = (
        f"py{sys.version_info[0]}.{sys.version_info[1]}-sre{_sre.MAGIC}-{_sre.CODESIZE}-grouped4"
    )
except (ImportError, AttributeError):  # another implementation: compile normally
    _sre = _compiler = _parser = None  # type: ignore[assignment]
    _ENGINE = ""

# The C type of one opcode, as the engine was built (CODESIZE bytes).
_CODE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), "")
if not _CODE:
    _ENGINE = ""

# Bumped when the layout of the file changes.
_FORMAT = 2
# Patterns and tables of old releases pile up in the file (each lexicon version adds its
# alternations, about 12 MB of code): past this size the file is started afresh with what
# this process used. Loading a file of many versions took longer than compiling (120 MB,
# 1.5 s a call, after a day of lexicon changes); a process that used only a few patterns
# may start it too small, which costs the next full process one compile.
_MAX_BYTES = 40_000_000


class _Store:
    def __init__(self) -> None:
        self.loaded = False
        self.path: Path | None = None
        self.patterns: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.tables: dict[tuple[str, str], Any] = {}
        self.used: set[tuple[str, int]] = set()
        self.used_tables: set[tuple[str, str]] = set()
        self.dirty = False

    def load(self) -> None:
        if self.loaded:
            return
        self.loaded = True
        self.path = _cache_file()
        if self.path is None:
            return
        atexit.register(self.save)
        try:
            with open(self.path, "rb") as fh:
                data = marshal.load(fh)
            if data.get("format") == _FORMAT and data.get("engine") == _ENGINE:
                self.patterns = data["patterns"]
                self.tables = data["tables"]
        except FileNotFoundError:
            pass
        except Exception as exc:  # a damaged file is rebuilt, never trusted
            log.debug("start-up cache %s not used: %s", self.path, exc)
            self.patterns, self.tables = {}, {}

    def save(self) -> None:
        if self.path is None:
            return
        patterns = self.patterns
        tables = self.tables
        stale = sum(len(k[0]) + len(v[1]) for k, v in patterns.items()) > _MAX_BYTES
        if not (self.dirty or stale):
            return
        if stale:
            patterns = {k: v for k, v in patterns.items() if k in self.used}
            tables = {k: v for k, v in tables.items() if k in self.used_tables}
        data = {"format": _FORMAT, "engine": _ENGINE, "patterns": patterns, "tables": tables}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".startup-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    marshal.dump(data, fh)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
            self.dirty = False
        except Exception as exc:  # read-only home, full disk: next start compiles again
            log.debug("start-up cache %s not written: %s", self.path, exc)


_store = _Store()


def _cache_file() -> Path | None:
    if not _ENGINE:
        return None
    where = os.environ.get("POAGENT_CACHE_DIR", "")
    if where.strip().lower() in ("off", "0", "no", "false"):
        return None
    if not where:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if xdg else Path.home() / ".cache"
        where = str(base / "poagent")
    return Path(where).expanduser() / f"reading-{_ENGINE}.marshal"


def compile_re(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, reusing the code generated by an earlier process."""
    flags = int(flags)
    _store.load()
    if not _ENGINE:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    _store.used.add(key)
    entry = _store.patterns.get(key)
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(
                pattern, final_flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup
            )
        except Exception as exc:
            log.debug("cached code for %r rejected: %s", pattern[:60], exc)
    try:  # what re.compile does, keeping the pieces
        parsed = _parser.parse(pattern, flags)
        # the same matches, found faster (see regex_opt)
        parsed = regex_opt.optimize(parsed, flags)
        # opcodes are int subclasses, which marshal does not take
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        entry = (
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled = _sre.compile(pattern, *entry)
        # kept as bytes: marshal reads a million small ints a hundred times slower
        entry = (entry[0], array(_CODE, code).tobytes(), *entry[2:])
    except Exception as exc:  # a bad pattern raises re.error from re.compile, as always
        log.debug("pattern %r not cached: %s", pattern[:60], exc)
        return re.compile(pattern, flags)
    if _store.path is not None:
        _store.patterns[key] = entry
        _store.dirty = True
    return compiled


def fingerprint(*paths: str | Path, extra: str = "") -> str:
    """A version for what ``paths`` (source or data files) and ``extra`` (a library's
    version) hold: a table built from them is rebuilt the moment one of them changes."""
    digest = hashlib.blake2b(extra.encode(), digest_size=16)
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


@cache
def library_file(module: str) -> str:
    """The ``__init__`` file of an installed package, found without importing it (importing
    babel costs more than the tables kept for it): a package's version lives there."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(module)
    return spec.origin


def derived(name: str, version: str, build: Callable[[], T]) -> T:
    """The table ``build()`` makes, kept with the patterns under ``name`` and ``version``
    (a ``fingerprint`` of everything the table is built from). Only plain data (dicts,
    lists, strings, numbers) is kept."""
    _store.load()
    key = (name, version)
    _store.used_tables.add(key)
    if _store.path is not None and key in _store.tables:
        return _store.tables[key]
    value = build()
    if _store.path is not None:
        try:
            marshal.dumps(value)
        except ValueError:
            return value
        _store.tables[key] = value
        _store.dirty = True
    return value
