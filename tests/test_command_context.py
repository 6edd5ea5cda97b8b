"""The command context: built once by the CLI, one clock, one ``parse_now``, no table access."""

from __future__ import annotations

import argparse
import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.cli import main
from agent.commands._common import CommandContext, CommandError, build_context, parse_now

COMMANDS = Path(__file__).resolve().parent.parent / "agent" / "commands"


def _ns(**values: object) -> argparse.Namespace:
    return argparse.Namespace(command="status", **values)


def test_parse_now_is_none_without_a_value_and_utc_with_one():
    assert parse_now(None) is None
    assert parse_now("") is None
    assert parse_now("2026-12-01T09:00:00Z") == datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert parse_now("2026-12-01T10:00:00+01:00") == datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert parse_now("2026-12-01T09:00") == datetime(2026, 12, 1, 9, tzinfo=UTC)
    with pytest.raises(ValueError, match="--now: not an ISO date-time"):
        parse_now("tomorrow")


def test_the_clock_is_now_when_given_else_the_real_clock_fixed_for_the_command():
    given = CommandContext(_ns(now="2026-12-01T09:00:00Z"))
    assert given.fixed_now == given.now == datetime(2026, 12, 1, 9, tzinfo=UTC)
    real = CommandContext(_ns(now=None))
    assert real.fixed_now is None
    assert abs(real.now - datetime.now(UTC)) < timedelta(minutes=1)
    assert real.now is real.now  # asked twice, the same moment
    with pytest.raises(CommandError, match="--now: not an ISO date-time") as bad:
        _ = CommandContext(_ns(now="soon")).now
    assert bad.value.status == 2


def test_settings_are_loaded_once_by_the_cli_and_a_bad_file_is_a_command_error(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text('[database]\nurl = "sqlite:///:memory:"\n', encoding="utf-8")
    ctx = build_context(_ns(config=str(good), json=True))
    assert ctx.settings is ctx.settings
    assert ctx.settings.database.url == "sqlite:///:memory:"
    assert ctx.settings_error is None
    assert ctx.output == "json"
    bad = build_context(_ns(config=str(tmp_path / "missing.toml")))
    assert bad.settings_error is not None
    with pytest.raises(CommandError, match="file not found") as err:
        _ = bad.settings
    assert err.value.status == 2
    assert build_context(argparse.Namespace(command="demo")).settings_loaded is None


def test_output_format_follows_json_csv_and_format():
    assert build_context(_ns(config=None)).output == "text"
    assert build_context(_ns(config=None, csv=True)).output == "csv"
    assert build_context(_ns(config=None, format="json")).output == "json"


def test_the_database_is_opened_on_first_use_and_closed_by_the_cli(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "a.db"}"\n', encoding="utf-8")
    ctx = build_context(_ns(config=str(config)))
    assert not (tmp_path / "a.db").exists()
    factory = ctx.factory
    assert ctx.factory is factory
    with factory() as session:
        assert session is not None
    assert (tmp_path / "a.db").exists()
    ctx.close()
    ctx.close()  # twice is harmless


def test_a_bad_now_is_one_line_on_stderr_and_status_2(tmp_path, capsys):
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "a.db"}"\n', encoding="utf-8")
    assert main(["status", "--config", str(config), "--now", "noon"]) == 2
    err = capsys.readouterr().err
    assert "--now: not an ISO date-time: 'noon'" in err
    assert not (tmp_path / "a.db").exists()  # refused before the database is opened


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


@pytest.mark.parametrize(
    "path", sorted(p for p in COMMANDS.glob("*.py") if not p.name.startswith("_")), ids=str
)
def test_commands_use_the_context_and_application_functions_not_tables(path):
    imported = _imports(path)
    direct = {i for i in imported if i.split(".")[0] in ("sqlalchemy", "sqlmodel")}
    direct |= imported & {"agent.models", "agent.audit"}  # `from agent import audit` too
    assert not direct, f"{path.name} reaches into the tables: {sorted(direct)}"
    assert "agent.db.open_database" not in imported, f"{path.name}: use ctx.factory"
    assert "agent.config.load_settings" not in imported, f"{path.name}: use ctx.settings"
    assert "agent.commands.run.parse_now" not in imported
