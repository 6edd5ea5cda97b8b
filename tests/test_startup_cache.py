"""The start-up cache: `poagent extract` keeps the code of its compiled patterns and the
tables it builds from babel and the lexicon on disk, so the next call skips that work.
It may make start-up fast; it must never change an answer, never crash on a bad file,
and never write where it was told not to."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from agent.reading import startup_cache

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "tests" / "corpus" / "003-kerrigan-owa-as-per-po"


def _extract(cache: str, *, seed: str = "0") -> dict:
    case = CASE
    env = {**os.environ, "POAGENT_CACHE_DIR": cache, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "extract",
            "--pos",
            str(case / "pos.json"),
            str(case / "message.eml"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    out = json.loads(proc.stdout)
    out.pop("file", None)
    return out


def _cache_files(where: Path) -> list[Path]:
    return sorted(where.glob("reading-*.marshal")) if where.is_dir() else []


def test_the_second_call_reads_the_cache_and_answers_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    off = _extract("off")
    cold = _extract(str(cache), seed="1")
    files = _cache_files(cache)
    assert len(files) == 1, "the first call leaves one cache file"
    written = files[0].stat().st_mtime_ns
    warm = _extract(str(cache), seed="2")
    assert cold == warm == off
    # nothing new was compiled the second time (another hash seed): the file is not rewritten
    assert files[0].stat().st_mtime_ns == written


def test_off_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "POAGENT_CACHE_DIR": "off",
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "c"),
    }
    case = CASE
    subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "extract",
            "--pos",
            str(case / "pos.json"),
            str(case / "message.eml"),
        ],
        capture_output=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert list(home.rglob("*")) == []


def test_a_damaged_file_is_rebuilt_and_changes_no_answer(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    good = _extract(str(cache))
    (path,) = _cache_files(cache)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut short, as a full disk would leave it
    assert _extract(str(cache)) == good
    path.write_bytes(b"not a cache at all")
    assert _extract(str(cache)) == good
    assert path.read_bytes() != b"not a cache at all", "the damaged file was replaced"


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("a file where the cache folder should be")
    assert _extract(str(blocked / "cache")) == _extract("off")


@pytest.fixture
def private_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("POAGENT_CACHE_DIR", str(tmp_path))
    fresh = startup_cache._Store()
    monkeypatch.setattr(startup_cache, "_store", fresh)
    return fresh


def _same(a: re.Pattern[str], b: re.Pattern[str], texts: list[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in texts:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groups(), ma.groupdict())) == (
            mb and (mb.span(), mb.groups(), mb.groupdict())
        )
        assert a.sub("#", text) == b.sub("#", text)


PATTERNS = [
    (r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})", 0),
    (r"(?<![\w'])(?:wir bestätigen|we confirm|confirmamos)(?![\w])", re.IGNORECASE),
    (r"^\s*>+\s?(.*)$", re.MULTILINE),
    (r"(\d+)\s*(?:pcs|Stk\.?|個)\b(?=.*\1)", re.IGNORECASE | re.DOTALL),
]
TEXTS = [
    "Wir bestätigen Liefertermin 8. 1. 2027 für 1200 Stk.",
    "> we confirm\n> line 2: 14.02.2027\nOK",
    "WE CONFIRM 300 pcs, 300 pcs shipped",
    "",
    "数量 500個 500",
]


def test_a_pattern_from_the_file_is_the_pattern_re_compiles(private_store) -> None:
    fresh = [startup_cache.compile_re(p, f) for p, f in PATTERNS]
    private_store.save()
    reloaded = startup_cache._Store()
    startup_cache._store = reloaded
    again = [startup_cache.compile_re(p, f) for p, f in PATTERNS]
    assert reloaded.patterns, "the patterns came from the file"
    assert not reloaded.dirty
    for (p, f), a, b in zip(PATTERNS, fresh, again, strict=True):
        _same(re.compile(p, f), a, TEXTS)
        _same(re.compile(p, f), b, TEXTS)


def test_a_bad_pattern_raises_as_re_compile_does(private_store) -> None:
    with pytest.raises(re.error, match="unterminated|missing"):
        startup_cache.compile_re(r"(?:unclosed")


def test_a_table_follows_its_inputs(private_store, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("eins zwei")
    built = []

    def build() -> list[str]:
        built.append(1)
        return source.read_text().split()

    version = startup_cache.fingerprint(source, extra="lib 1.0")
    assert startup_cache.derived("words", version, build) == ["eins", "zwei"]
    assert startup_cache.derived("words", version, build) == ["eins", "zwei"]
    assert len(built) == 1
    source.write_text("eins zwei drei")
    version = startup_cache.fingerprint(source, extra="lib 1.0")
    assert startup_cache.derived("words", version, build) == ["eins", "zwei", "drei"]
    assert len(built) == 2


def test_lexicon_patterns_do_not_depend_on_the_hash_seed() -> None:
    # same-length words used to follow set order, so each process built another pattern
    code = (
        "import hashlib; from agent.reading import lexicon as L; "
        "print(hashlib.sha1((L.pattern('decline').pattern + L.alternation('share_of')).encode()).hexdigest())"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "POAGENT_CACHE_DIR": "off"},
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outs) == 1


@pytest.mark.parametrize(
    "chars",
    [
        "a",  # one character: a literal
        "aA",  # two runs
        "kK\u212a",  # past U+00FF: the generator's big table
        "sS\u017f",
        "0123456789",  # one range
        "aceg",  # a bitmap
        "\u0391\u03b1\u1f00",
    ],
)
def test_a_prebuilt_head_set_compiles_to_the_same_code(chars: str) -> None:
    from re import _compiler, _parser
    from re._constants import IN, LITERAL

    from agent.reading import regex_opt

    if not regex_opt.AVAILABLE:
        pytest.skip("another Python: patterns are compiled as written")
    codes = sorted(ord(c) for c in chars)
    plain = (LITERAL, codes[0]) if len(codes) == 1 else (IN, [(LITERAL, c) for c in codes])
    prebuilt = regex_opt._plain_set(frozenset(codes))

    def code(head: tuple) -> list[int]:
        parsed = _parser.parse("x(?:ab)", 0)
        parsed.data[0] = head
        return [int(op) for op in _compiler._code(parsed, 0)]

    assert code(prebuilt) == code(plain)


def test_the_patterns_of_old_versions_do_not_pile_up(
    private_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what earlier versions of the lexicon compiled, none of it used by this process
    private_store.load()
    monkeypatch.setattr(startup_cache, "_MAX_BYTES", 10_000)
    for n in range(50):
        private_store.patterns[(f"old version {n}", 0)] = (0, b"x" * 1000, 0, {}, ())
    private_store.tables[("old table", "v0")] = [1]
    used = [startup_cache.compile_re(p, f) for p, f in PATTERNS]
    private_store.save()
    reloaded = startup_cache._Store()
    reloaded.load()
    assert set(reloaded.patterns) == set(PATTERNS)
    assert ("old table", "v0") not in reloaded.tables
    assert [p.pattern for p in used] == [p for p, _ in PATTERNS]


def test_a_file_of_one_version_keeps_what_another_process_did_not_use(private_store) -> None:
    for p, f in PATTERNS:
        startup_cache.compile_re(p, f)
    private_store.save()
    # a second process uses three of the four patterns and compiles one new one
    second = startup_cache._Store()
    startup_cache._store = second
    for p, f in [*PATTERNS[:3], (r"new\s+one", 0)]:
        startup_cache.compile_re(p, f)
    second.save()
    third = startup_cache._Store()
    third.load()
    assert set(third.patterns) == {*PATTERNS, (r"new\s+one", 0)}
