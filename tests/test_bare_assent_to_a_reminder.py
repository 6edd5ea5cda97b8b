"""A one-word "Bestätigt." under our reminder ("gibt es schon Neuigkeiten zu dieser Bestellung?",
subject "Erinnerung: Bestellung … bitte bestätigen") answers our request: the order is confirmed
as ordered. The same word under a side question of ours ("can you ship in returnable crates?")
stays a person's call. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import REQUEST_ID, REQUEST_TABLE, lines_of, make_po, read


def _reply(answer: str, our_last_mail: str, subject: str) -> str:
    return (
        f"{answer}\n\nMit freundlichen Grüßen\nSam\n\n"
        "Von: Dana Ruiz <dana.ruiz@buyer.example>\nGesendet: Montag, 9. November 2026 08:00\n"
        f"An: orders@acme-castings.example\nBetreff: {subject}\n\n{our_last_mail}\n\n"
        "Von: Dana Ruiz <dana.ruiz@buyer.example>\nGesendet: Montag, 2. November 2026 09:00\n"
        "An: orders@acme-castings.example\nBetreff: Bestellung 4500012345 - bitte bestätigen\n\n"
        + REQUEST_TABLE
    )


def test_a_one_word_confirmation_under_our_reminder_confirms_the_order() -> None:
    body = _reply(
        "Bestätigt.",
        "Hallo,\n\ngibt es schon Neuigkeiten zu dieser Bestellung?\n\nGruß Dana",
        "Erinnerung: Bestellung 4500012345 - bitte bestätigen",
    )
    res = read(
        body, [make_po(locale="de-DE")], quote=False, in_reply_to="<reminder.1@buyer.example>"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_a_one_word_yes_under_our_side_question_is_not_a_confirmation() -> None:
    body = _reply(
        "Ja.",
        "Hallo,\n\nkönnen Sie die Gehäuse in Mehrweg-Gitterboxen liefern?\n\nGruß Dana",
        "AW: Bestellung 4500012345 - bitte bestätigen",
    )
    res = read(body, [make_po(locale="de-DE")], quote=False, in_reply_to=REQUEST_ID)
    assert res.kind == "needs_review"
