"""`poagent user add EMAIL --role buyer|lead|admin`: people who may use the web console."""

from __future__ import annotations

import argparse
from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser("user", help="manage web console users")
    sub = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = sub.add_parser(
        "add",
        help="create a user (password prompted, or read from --password-file)",
        description=(
            "Create a web console user. buyer: acts on the exceptions they own; lead: acts on "
            "all and sees the overview; admin: as lead. With --no-password the user signs in "
            "only through [web] trusted_user_header (a reverse proxy doing SSO)."
        ),
    )
    add_config_argument(add)
    add.add_argument("email")
    add.add_argument("--role", required=True, choices=("buyer", "lead", "admin"))
    source = add.add_mutually_exclusive_group()
    source.add_argument("--password-file", help="read the password from this file (first line)")
    source.add_argument("--no-password", action="store_true", help="sign-in via the proxy only")
    add.set_defaults(func=run_add)
    lst = sub.add_parser("list", help="list users and roles")
    add_config_argument(lst)
    lst.set_defaults(func=run_list)


def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    if args.password_file:
        from pathlib import Path

        try:
            lines = Path(args.password_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ValueError(
                f"--password-file: cannot read {args.password_file}: {exc.strerror}"
            ) from None
        if not lines or not lines[0]:
            raise ValueError(f"--password-file: {args.password_file} is empty")
        return lines[0]
    import getpass

    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def run_add(ctx: CommandContext) -> int:
    from agent.web.auth import UserError, add_user

    args = ctx.args
    _ = ctx.settings  # an invalid configuration is reported before the password is asked for
    try:
        password = _password(args)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    with ctx.factory() as session:
        try:
            user = add_user(session, args.email, args.role, password, now=ctx.now)
        except UserError as exc:
            raise CommandError(str(exc), status=1) from None
        session.commit()
        print(f"user {user.email} ({user.role.value}) created")
    return 0


def run_list(ctx: CommandContext) -> int:
    from agent.queries import web_users

    with ctx.factory() as session:
        for u in web_users(session):
            state = "" if u.active else " (inactive)"
            print(f"{u.email}\t{u.role.value}{state}")
    return 0
