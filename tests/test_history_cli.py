"""`poagent history PO`: the PO's audit trail as one story, from the same rows the console reads."""

from __future__ import annotations

import json
from typing import Any

from agent.cli import main
from tests.test_dry_run import live  # noqa: F401 - the fixture: two POs imported and sent


def test_history_shows_the_request_and_its_mail_in_order(live: Any, capsys: Any) -> None:  # noqa: F811
    capsys.readouterr()
    assert main(["history", "4500077001", "--config", str(live)]) == 0
    out = capsys.readouterr().out.splitlines()
    text = "\n".join(out)
    assert "mail queued" in text and "mail sent" in text, text
    assert "acknowledgment requested" in text, text
    # oldest first: the mail is queued before it is sent
    assert text.index("mail queued") < text.index("mail sent")
    # the other PO's mail is not in this PO's story
    assert main(["history", "4500077001", "--json", "--config", str(live)]) == 0
    events = json.loads(capsys.readouterr().out)
    po_subjects = {e["entity_id"] for e in events if e["entity"] == "purchase_order"}
    assert len(po_subjects) == 1 and "4500077001" not in po_subjects  # by id, one trail
    assert [e["at"] for e in events] == sorted(e["at"] for e in events)


def test_history_of_an_unknown_po_says_so(live: Any, capsys: Any) -> None:  # noqa: F811
    capsys.readouterr()
    assert main(["history", "NOPE-1", "--config", str(live)]) == 1
    assert "no purchase order 'NOPE-1'" in capsys.readouterr().err
