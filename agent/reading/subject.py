"""The answer a supplier typed into a reply's subject line.

Some suppliers answer in the subject and send the body empty, or with only a phone's footer
above our quoted request: "RE: Order acknowledgment request: PO 4500231877 - Confirmed as
ordered, delivery 12/11", "Re: PO 4500218337 akkoord - levering 11-12". The words they added
are their own text; the rest of the subject is ours and is never read as an answer.

What counts as theirs is decided narrowly, so that our own subject is never taken for a reply:

- only a reply's subject ("RE:", "AW:", …), never a forward's;
- only when the body holds none of the supplier's own words (a "Sent from my iPhone" footer
  or a bare sign-off is no words) and no attachment has text;
- when the quoted request shows its subject ("Subject: …"), what follows that subject; when
  it does not, what follows the order number (our subjects name the order; what the supplier
  typed after it is theirs). A subject that neither starts with the quoted one nor names an
  order gives nothing.

What is read from those words still has to be a commitment: a subject that merely repeats a
request ("please confirm") commits to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.reading.startup_cache import compile_re

# the quoted request's own subject line, in the mail clients' languages
_QUOTED_SUBJECT = compile_re(
    r"^[\s>]*[*]?\s*(?:subject|betreff|objet|asunto|oggetto|onderwerp|temat|předmět|predmet"
    r"|ämne|emne|aihe|assunto|konu|tárgy|subiect|тема|θέμα|件名|主题|主旨|제목|chủ đề|tiêu đề"
    r"|נושא|الموضوع|เรื่อง|perihal|subjek|zadeva|относно|teema|tēma|temats)\s*[*]?\s*[:：]"
    r"[ \t]*(\S[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_LEADING_SEPARATORS = re.compile(r"^[\s\-–—:|/,.;~_*]+")
_SPACES = re.compile(r"\s+")


def _strip_replies(subject: str) -> tuple[str, bool]:
    """The subject without its run of reply prefixes ("[EXT] RE: AW: …"), and whether it had
    one: the prefixes reading.classify knows a reply by."""
    from agent.reading.classify import _REPLY_SUBJECT

    text, replied = subject, False
    while m := _REPLY_SUBJECT.match(text):
        text, replied = text[m.end() :].lstrip(), True
    return text, replied


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def no_words_of_their_own(own_text: str) -> bool:
    """Whether the supplier's own text is only a phone's footer or a sign-off."""
    from agent.reading.quotes import _MOBILE_FOOTER, _SIGNOFF

    lines = [ln for ln in own_text.splitlines() if ln.strip()]
    return len(lines) <= 2 and all(_MOBILE_FOOTER.match(ln) or _SIGNOFF.match(ln) for ln in lines)


def subject_answer(
    subject: str, quoted_text: str, po_patterns: Iterable[re.Pattern[str]]
) -> str | None:
    """The words the supplier added to a reply's subject, or None when there are none or
    they cannot be told apart from ours. ``po_patterns`` find the open orders' numbers."""
    from agent.reading.quotes import is_forward_subject

    rest, replied = _strip_replies(subject or "")
    if not replied or is_forward_subject(subject or ""):
        return None
    rest = _SPACES.sub(" ", rest).strip()
    quoted = _QUOTED_SUBJECT.search(quoted_text or "")
    if quoted is not None:
        ours = _squash(_strip_replies(quoted.group(1))[0])
        low = rest.casefold()
        # casefolding may change a length ("ß"); then no slice of ours can be trusted
        if not ours or len(low) != len(rest) or not low.startswith(ours):
            return None
        tail = rest[len(ours) :]
    else:
        ends = [m.end() for p in po_patterns for m in p.finditer(rest)]
        if not ends:
            return None
        tail = rest[max(ends) :]
    tail = _LEADING_SEPARATORS.sub("", tail).strip()
    if not any(c.isalpha() for c in tail):
        return None
    return tail
