"""The deployment files agree with the real command, the CI wheel build and each other.

Docker cannot run here; what can be checked is: the compose file parses and wires one
service to one PostgreSQL database, the container installs the wheel the way CI does,
the systemd unit starts the real `poagent run` with the config the service reads.
"""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path

from sqlalchemy.engine import make_url

from agent.cli import build_parser
from agent.config import load_settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / "poagent.service", encoding="utf-8")
    return parser


def unit_environment(section: configparser.SectionProxy) -> dict[str, str]:
    text = (DEPLOY / "poagent.service").read_text(encoding="utf-8")
    return dict(re.findall(r"^Environment=(\w+)=(.*)$", text, flags=re.M))


def test_compose_runs_one_service_on_one_postgresql_database() -> None:
    import yaml

    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"db", "poagent"}
    assert services["db"]["image"].startswith("postgres:")
    agent = services["poagent"]
    assert agent["depends_on"]["db"]["condition"] == "service_healthy"
    assert (DEPLOY / agent["build"]["context"] / agent["build"]["dockerfile"]).resolve() == (
        DEPLOY / "Containerfile"
    )
    config_mount = next(v for v in agent["volumes"] if v.endswith(":/etc/poagent/poagent.toml:ro"))
    settings = load_settings(DEPLOY / config_mount.split(":")[0])
    assert agent["environment"]["POAGENT_CONFIG"] == "/etc/poagent/poagent.toml"
    url = make_url(settings.database.url)
    assert url.get_backend_name() == "postgresql" and url.host == "db"
    assert url.database == services["db"]["environment"]["POSTGRES_DB"]
    assert url.username == services["db"]["environment"]["POSTGRES_USER"]
    # Secrets are files, never values in the compose file or the config.
    assert "PGPASSWORD" not in agent["environment"]
    for name in agent["secrets"]:
        assert compose["secrets"][name]["file"].startswith("./secrets/")
    assert settings.smtp.password_file == "/run/secrets/smtp_password"
    assert settings.imap.username, "the deployed agent must read its mailbox to chase"


def test_the_container_installs_the_wheel_the_way_ci_does() -> None:
    containerfile = (DEPLOY / "Containerfile").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip wheel -q --no-deps -w" in containerfile
    assert "pip wheel -q --no-deps -w" in ci
    assert re.search(r"pip install .*poagent-\*\.whl", containerfile)
    assert re.search(r"pip install .*poagent-\*\.whl", ci)
    assert 'ENTRYPOINT ["poagent"]' in containerfile and 'CMD ["run"]' in containerfile
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert "poagent" in scripts
    args = build_parser().parse_args(["run"])
    assert args.command == "run"


def test_the_systemd_unit_starts_the_real_command_with_the_services_config() -> None:
    service = unit()["Service"]
    env = unit_environment(service)
    for key in ("ExecStart", "ExecStartPre"):
        argv = shlex.split(service[key])
        assert Path(argv[0]).name == "poagent"
        args = build_parser().parse_args(argv[1:])
        assert args.config == env["POAGENT_CONFIG"]
    start = build_parser().parse_args(shlex.split(service["ExecStart"])[1:])
    assert start.command == "run" and not start.once and not start.now
    assert service["KillSignal"] == "SIGTERM"
    assert "Restart" in service
    if shutil.which("systemd-analyze"):
        # Syntax and directives, with the real console script in place of /opt/poagent.
        poagent = shutil.which("poagent") or str(Path(__file__).parents[1] / ".venv/bin/poagent")
        text = (DEPLOY / "poagent.service").read_text(encoding="utf-8")
        copy = (
            Path(subprocess.check_output(["mktemp", "-d"], text=True).strip()) / "poagent.service"
        )
        copy.write_text(text.replace("/opt/poagent/bin/poagent", poagent), encoding="utf-8")
        proc = subprocess.run(
            ["systemd-analyze", "verify", "--man=no", str(copy)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        problems = [
            ln for ln in proc.stderr.splitlines() if "poagent.service" in ln and "Unknown" in ln
        ]
        assert not problems, proc.stderr
