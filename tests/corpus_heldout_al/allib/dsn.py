"""Delivery status notifications (RFC 3464) as MTAs write them."""
from __future__ import annotations

from .mime import Part, multipart, rfc822, raw_part, text


def delivery_status(reporting_mta: str, per_message_extra, recipients) -> Part:
    """recipients: list of dicts with final, action, status, and optional original, remote_mta, diag, last_attempt."""
    lines = [f"Reporting-MTA: dns; {reporting_mta}"]
    for k, v in per_message_extra:
        lines.append(f"{k}: {v}")
    blocks = ["\n".join(lines)]
    for r in recipients:
        b = []
        if r.get("original"):
            b.append(f"Original-Recipient: rfc822;{r['original']}")
        b.append(f"Final-Recipient: rfc822; {r['final']}")
        b.append(f"Action: {r['action']}")
        b.append(f"Status: {r['status']}")
        if r.get("remote_mta"):
            b.append(f"Remote-MTA: dns; {r['remote_mta']}")
        if r.get("diag"):
            b.append(f"Diagnostic-Code: smtp; {r['diag']}")
        if r.get("last_attempt"):
            b.append(f"Last-Attempt-Date: {r['last_attempt']}")
        blocks.append("\n".join(b))
    body = "\n\n".join(blocks) + "\n"
    return raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], body)


def report(human: Part, status: Part, original: bytes | None, boundary: str, headers_only: bool = False) -> Part:
    parts = [human, status]
    if original is not None:
        if headers_only:
            head = original.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0] + b"\n"
            parts.append(rfc822(head, "text/rfc822-headers", extra=[("Content-Description", "Undelivered Message Headers")]))
        else:
            parts.append(rfc822(original, extra=[("Content-Description", "Undelivered Message")]))
    return multipart("report", parts, boundary, extra_params="report-type=delivery-status")
