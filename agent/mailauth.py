"""What our own mail server said about a message's sender (RFC 8601 Authentication-Results).

Anyone can write an Authentication-Results header into a mail before sending it, so a result
is read only from the servers named in ``[security] authserv_ids`` (the ``authserv-id`` our MX
writes first in the header). A ``dmarc=pass`` counts only when its ``header.from`` is the
domain of the From address: a pass for ``evil.example`` says nothing about ``acme.example``.
Without configured ids a failure is still heeded wherever it appears (a forged failure can only
make us more careful), but no pass is believed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

_FAILING = {"fail", "permerror", "softfail"}
_CHECKED = ("dmarc", "spf", "dkim")


@dataclass(frozen=True)
class Verdict:
    failures: list[str] = field(default_factory=list)  # "dmarc=fail (mx.buyer.example)"
    dmarc_pass: bool = False  # a trusted server passed DMARC for the From domain


def _strip_comments(value: str) -> str:
    """Drop (comments), nested ones too, in one pass."""
    out, depth = [], 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def _parse(value: str) -> tuple[str, list[tuple[str, str, dict[str, str]]]]:
    """(authserv-id, [(method, result, {property: value})]) of one header value."""
    parts = [p.strip() for p in _strip_comments(value).split(";")]
    head = parts[0].split()
    authserv = head[0].lower() if head else ""
    results = []
    for part in parts[1:]:
        words = part.split()
        if not words or "=" not in words[0]:
            continue
        method, _, result = words[0].partition("=")
        props = {}
        for word in words[1:]:
            key, eq, val = word.partition("=")
            if eq:
                props[key.lower()] = val.strip().strip('"').lower()
        results.append((method.lower().split("/")[0], result.lower(), props))
    return authserv, results


def judge(
    header_values: Iterable[str], from_domain: str | None, trusted_ids: Iterable[str] = ()
) -> Verdict:
    trusted = {t.lower() for t in trusted_ids if t}
    failures: list[str] = []
    dmarc_pass = False
    for value in header_values:
        authserv, results = _parse(str(value))
        if trusted and authserv not in trusted:
            continue
        for method, result, props in results:
            if method not in _CHECKED:
                continue
            if result in _FAILING and method != "dkim":
                item = f"{method}={result}" + (f" ({authserv})" if authserv else "")
                if item not in failures:
                    failures.append(item)
            elif method == "dmarc" and result == "pass" and trusted:
                hfrom = props.get("header.from", "")
                if from_domain and hfrom == from_domain.lower():
                    dmarc_pass = True
    return Verdict(failures, dmarc_pass)
