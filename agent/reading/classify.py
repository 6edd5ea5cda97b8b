"""What kind of mail is this: a bounce, an automatic reply, bulk mail, or a human.

Only a ``human`` mail can ever confirm anything; the other kinds are facts for
the daemon (a bounced request needs a new address, an out-of-office tells when
to follow up) and never an acknowledgment.

Signals, strongest first:

* **bounce** — an RFC 3464 report (``normalize`` already parsed it into
  ``Message.delivery_status``), completed by flufl.bounce's DSN detector
  (Original-Recipient behind an X.400 Final-Recipient; ``Action: failed`` is
  final). Any other bounce flufl.bounce's detectors (GNU Mailman: qmail, Exim,
  Yahoo, GroupWise, SMTP32, …) recognise, when something else says it is a
  delivery report at all (daemon or null sender, a bounce subject,
  multipart/report, failure wording). Last our own rules for what the library
  lacks: Exchange/Office 365/Gmail NDR texts and localized reports recognisable
  by sender or subject together with failure wording. Permanent vs temporary
  comes from the library or the status class (5.x.x permanent, 4.x.x
  temporary), except a full mailbox (x.2.2, "over quota"), which is temporary
  whatever the class: the address is right.
* **ARF** abuse/feedback reports are ``bulk`` (filed as unrelated).
* **auto_reply** — read receipts (RFC 8098 ``multipart/report;
  report-type=disposition-notification``), challenge-response systems holding
  our mail, RFC 3834 ``Auto-Submitted`` (anything but ``no``), ``X-Autoreply``,
  ``X-Autorespond``, ``X-Auto-Reply``, ``Precedence: auto_reply``; an
  out-of-office or help-desk subject; or absence / ticket-receipt wording
  (reading.autoreply_wording: en, de, fr, es, it, nl, pl, pt, cs, zh, ja).
  ``X-Auto-Response-Suppress`` alone proves nothing (Outlook sets it on
  ordinary mail too) and only counts together with another signal.
  A system notification (shipment notice, portal message) that is no reply,
  no absence and no receipt of our mail, marked at most by its text
  ("automated, do not reply"), is ``human`` with ``auto_generated=True``: it
  answers nothing, so the later steps find it unrelated or put it to review.
  The return date is read when stated, relative to the mail's Date, and an
  alternate contact address when one is named. A person's answer that also
  says they will be away stays ``human`` and carries the return date and
  alternate contact, for the daemon to record.
* **bulk** — ``List-Unsubscribe``, ``List-Id`` or ``Precedence:
  bulk|list|junk`` on a mail that is not a threaded reply and not from a
  discussion list (``List-Post``), with a second mark of bulk mail (a bulk
  Precedence, an ESP header such as ``List-Unsubscribe-Post``/``Feedback-ID``,
  or unsubscribe text): a supplier whose order desk is a group, or who writes
  one-to-one from a CRM, still answers with list headers.
* **the last word** — ``automatic_marks`` (null sender, MAILER-DAEMON /
  postmaster, multipart/report, Auto-Submitted, X-Autoreply and kin,
  Precedence bulk/junk, and list outside a discussion list or group thread,
  ARF): a mail with any of them that the steps above left ``human`` becomes
  ``auto_reply`` (when it answers our mail) or ``bulk``, whatever its text says;
  it can never confirm or reject anything.

Decision on machine-made order confirmations: an ERP that mails an order
confirmation (a PDF/XLSX/CSV "Auftragsbestätigung", text saying "we confirm
your order", or a non-reply subject/heading "Order confirmation …") is
answering the PO even when it sets ``Auto-Submitted: auto-generated`` (or a
bulk ``Precedence``) or says "do not reply": decided by the document, and only
when no stronger mark (a bounce's, an auto-reply's) is present. Such a mail is
classified ``human`` with ``auto_generated=True`` and a reason, so the
extractor reads it — and can still decide it needs review.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Literal

from agent.reading import lexicon as L
from agent.reading.autoreply_wording import CHALLENGE, TICKET_SUBJECT, WORDING
from agent.reading.message import permanent_for
from agent.reading.startup_cache import compile_re
from agent.reading.types import DeliveryStatus, Message

Kind = Literal["bounce", "auto_reply", "bulk", "human"]


@dataclass
class Classification:
    kind: Kind
    reasons: list[str] = field(default_factory=list)
    delivery_status: DeliveryStatus | None = None
    return_date: date | None = None
    alternate_contact: str | None = None
    # Made by a machine but still an answer about the order (ERP order
    # confirmation): kind stays "human" so the extractor reads it.
    auto_generated: bool = False
    # A person's answer that also says they will be away: the words that say so
    # (return_date / alternate_contact carry what they name).
    absence: str | None = None
    # A help desk's automatic update that carries a person's answer about an order (the
    # words that say so): a human reads it, the mail is no mere receipt
    relayed: str | None = None


# ------------------------------------------------------------------- bounces

_DAEMON_SENDER = compile_re(
    r"^(?:mailer-daemon|mailer_daemon|maildaemon|postmaster|microsoftexchange[0-9a-f]*"
    r"|mail-daemon|mdaemon|mailerdaemon|bounce|bounces|nobody-bounce|post_master)@",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = compile_re(
    r"^\s*(?:undeliverable|undelivered mail|unzustellbar|nicht zustellbar|non remis"
    r"|non distribuable|no se puede entregar|imposible de entregar|non recapitabile"
    r"|onbestelbaar|nedoručitelné)\b"
    r"|delivery status notification \((?:failure|delay)\)"
    r"|undelivered mail returned to sender|mail delivery (?:failed|failure|system)"
    r"|returned mail\s*:|failure notice|delivery (?:has )?failed|delivery failure"
    r"|message (?:not delivered|could not be delivered)|nondeliverable"
    r"|warning: could not send message|delayed mail|delivery delayed"
    r"|benachrichtung zum übermittlungsstatus|übermittlungsstatus|zustellung fehlgeschlagen"
    r"|échec de (?:la )?remise|notification d'état de remise|rapport de non-remise"
    r"|mail could not be delivered|^\s*mail (?:system )?error\b|returned mail\b"
    r"|could not send (?:mail|message)|delivery status notification|mail delivery warning"
    r"|メールエラー|エラー通知|退信|投递失败|系统退信",
    re.IGNORECASE,
)
_BOUNCE_BODY = compile_re(
    r"could(?:n't| not) be delivered|delivery (?:has )?failed|undeliverable"
    r"|permanent(?:ly)? (?:error|fatal|failure)|user unknown|mailbox (?:is )?(?:full|unavailable)"
    r"|address rejected|recipient address rejected|no such user|does not exist"
    r"|delivery to the following recipients? failed|message wasn't delivered"
    r"|was not delivered|returned to sender|remote server returned"
    r"|konnte nicht zugestellt werden|unzustellbar|n'a pas pu être remis"
    r"|no se pudo entregar|could not deliver|delivery temporarily suspended"
    r"|has not yet been delivered|will retry|retry timeout exceeded|cannot be delivered"
    r"|rejected by a remote mail server|invalid (?:user|recipient) address"
    r"|error has occurred while attempting to deliver|message is delayed",
    re.IGNORECASE,
)
_STATUS_CODE = compile_re(r"(?<![\d.])([45])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_SMTP_CODE = compile_re(r"\b([45]\d\d)[ -]")
_EMAIL = compile_re(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_DELAY = compile_re(
    r"delivery status notification \(delay\)|delayed mail|delivery delayed|has not yet been"
    r" delivered|will (?:continue to )?retry|will be retried|temporarily|temporary failure"
    r"|message is delayed|could not send (?:mail|message) for (?:the )?past"
    r"|delivery status notification: warning|mail delivery warning",
    re.IGNORECASE,
)


def _heuristic_bounce(msg: Message, own: set[str], force: bool = False) -> DeliveryStatus | None:
    """Own bounce reading: what flufl.bounce has no detector for (Exchange/O365 NDR
    texts, localized reports), and the status code / returned original for all."""
    sender = msg.from_addr or ""
    sender_hit = (
        bool(_DAEMON_SENDER.match(sender))
        or (msg.from_name or "").lower() in ("mail delivery system", "mail delivery subsystem")
        or _null_sender(msg)
    )
    subject_hit = bool(_BOUNCE_SUBJECT.search(msg.subject or ""))
    body = msg.body_text or ""
    if not force and not (sender_hit or subject_hit):
        return None  # the cheap checks first: most mail stops here
    body_hit = _failure_wording(body)
    if not force and not ((sender_hit and (subject_hit or body_hit)) or (subject_hit and body_hit)):
        return None
    head = body[:20000]
    codes = [m.group(0) for m in _STATUS_CODE.finditer(head)]
    status = codes[0] if codes else None
    if status is None:
        smtp = _SMTP_CODE.search(head)
        if smtp:
            status = f"{smtp.group(1)[0]}.0.0"
    recipients: list[str] = []
    for m in _EMAIL.finditer(head):
        addr = m.group(0).lower().rstrip(".")
        if addr in own or addr == sender or _DAEMON_SENDER.match(addr):
            continue
        if addr not in recipients:
            recipients.append(addr)
        if len(recipients) >= 5:
            break
    delayed = bool(_DELAY.search(msg.subject or "")) or bool(_DELAY.search(head[:3000]))
    if status:
        permanent = permanent_for(status)
        if delayed and status.startswith("4"):
            permanent = False
    else:
        permanent = not delayed
    if _mailbox_full(head, status):
        permanent = False
    diag = None
    for line in head.splitlines():
        if _STATUS_CODE.search(line) or _SMTP_CODE.search(line):
            diag = line.strip()[:300]
            break
    original_subject = None
    m = re.match(
        r"^\s*(?:undeliverable|unzustellbar|non remis|no se puede entregar)\s*:\s*(.+)$",
        msg.subject,
        re.I,
    )
    if m:
        original_subject = m.group(1).strip()
    # the returned headers, when the report quotes them as text
    text = body + "\n" + msg.quoted_text
    original_id = None
    m = re.search(r"(?im)^\s*message-id\s*:\s*(<[^<>\s]+>)", text)
    if m:
        original_id = m.group(1)
    if original_subject is None:
        m = re.search(r"(?im)^\s*subject\s*:\s*(.+)$", text)
        if m:
            original_subject = m.group(1).strip()
    return DeliveryStatus(
        permanent=permanent,
        recipients=recipients[:1] if sender_hit and len(recipients) > 1 else recipients,
        status=status,
        diagnostic=diag,
        original_message_id=original_id,
        original_subject=original_subject,
    )


# Mailbox full / over quota: the address is right, so a retry may get through.
_MAILBOX_FULL = compile_re(
    r"mailbox (?:is )?full|over (?:the )?quota|quota (?:exceeded|exceed)|exceeded (?:the )?(?:storage|quota)"
    r"|insufficient (?:storage|disk space)|mailbox size limit|postfach (?:ist )?voll"
    r"|speicherplatz|boîte (?:aux lettres )?pleine|buzón lleno|casella piena"
    r"|mail ?box space not enough|メールボックスが一杯|邮箱已满|信箱已满",
    re.IGNORECASE,
)
# Exchange / Office 365 / Gmail NDR wording flufl.bounce has no detector for.
_NDR_TEXT = compile_re(
    r"your message (?:to \S+ )?(?:couldn't|could not|wasn't|was not) (?:be )?delivered"
    r"|delivery has failed to these recipients(?: or groups)?"
    r"|the (?:e-?mail )?address you entered couldn't be found"
    r"|(?:wasn't|was not|couldn't be) found at \S+"
    r"|the recipient'?s? mailbox is full|recipient (?:address )?rejected"
    r"|the following (?:message|recipients?) (?:could not be|was not|were not|failed)"
    r"|unable to deliver (?:your )?message|mail could not be delivered"
    r"|(?:message|mail) (?:delivery )?(?:to the following recipients? )?failed"
    r"|this is a permanent error|i'm sorry to have to inform you that your message could not"
    r"|i'm afraid i wasn't able to deliver"
    r"|die nachricht konnte nicht zugestellt werden|zustellung (?:ist )?fehlgeschlagen"
    r"|échec de (?:la )?(?:remise|distribution)|impossible de (?:remettre|distribuer)"
    r"|no se (?:ha )?pod(?:ido|ía) entregar|impossibile recapitare|non è stato possibile recapitare"
    r"|kan niet worden bezorgd|nie można dostarczyć|nie został dostarczony"
    r"|não foi possível entregar|nelze doručit|无法投递|投递失败|退信|配信できません|宛先不明"
    r"|配送できませんでした|送信できませんでした|user unknown|unknown user|no such (?:user|mailbox|recipient)"
    r"|mailbox (?:not found|unavailable|does not exist)|account (?:is )?(?:disabled|suspended)"
    r"|message rejected|host (?:or domain name )?not found",
    re.IGNORECASE,
)


# The failure patterns are written in lower case and searched in lower-cased
# text without re.IGNORECASE: several times faster on long bodies.
_FAILURE_LOWER = (
    compile_re(_BOUNCE_BODY.pattern),
    compile_re(_NDR_TEXT.pattern),
)


@functools.lru_cache(maxsize=8)
def _failure_wording_cached(head: str) -> bool:
    lowered = head.lower()
    return any(p.search(lowered) for p in _FAILURE_LOWER)


def _failure_wording(body: str) -> bool:
    """Delivery-failure wording in the first 20,000 characters (asked twice per
    mail: for the library's gate and for our own rules)."""
    return _failure_wording_cached(body[:20000])


def _library_bounce(msg: Message, own: set[str]) -> tuple[set[str], set[str]] | None:
    """flufl.bounce's detectors (GNU Mailman): (temporary, permanent) failed recipients,
    or None when none of them recognises the mail. A detector that raises on odd
    input only means "not recognised" here."""
    if msg.mime is None:
        return None
    try:
        from flufl.bounce import all_failures

        temporary, permanent = all_failures(msg.mime)
    except Exception:  # noqa: BLE001 - a detector crash must not lose the mail
        return None

    def clean(found: object) -> set[str]:
        out = set()
        for addr in found or ():  # type: ignore[attr-defined]
            text = addr.decode("utf-8", "replace") if isinstance(addr, bytes) else str(addr)
            text = text.strip().strip("<>").lower()
            if "@" in text and text not in own:
                out.add(text)
        return out

    temp, perm = clean(temporary), clean(permanent)
    if not temp and not perm:
        return None
    return temp, perm


def _bounce_context(msg: Message) -> list[str]:
    """What says a mail is a delivery report at all (a library detector's match on
    a person's mail quoting an old bounce is not enough)."""
    out = []
    sender = msg.from_addr or ""
    if _DAEMON_SENDER.match(sender) or (msg.from_name or "").lower() in (
        "mail delivery system",
        "mail delivery subsystem",
    ):
        out.append(f"sender {sender or msg.from_name}")
    if _null_sender(msg):
        out.append("null sender (<>)")
    if _BOUNCE_SUBJECT.search(msg.subject or ""):
        out.append(f"subject {msg.subject!r}")
    if msg.content_type == "multipart/report":
        out.append("multipart/report")
    if _failure_wording(msg.body_text or ""):
        out.append("failure wording in the text")
    return out


def _null_sender(msg: Message) -> bool:
    return_path = _header(msg, "return-path")
    if return_path.replace(" ", "") in ("<>", "<<>>"):
        return True
    raw_from = _header(msg, "from")
    return bool(raw_from) and raw_from.rstrip().endswith("<>")


def _mailbox_full(text: str, status: str | None) -> bool:
    return bool(status and status.endswith(".2.2")) or bool(_MAILBOX_FULL.search(text[:20000]))


def _complete_from_library(msg: Message, own: set[str], status: DeliveryStatus) -> None:
    """The RFC 3464 fields as read, completed by flufl.bounce's DSN detector: it knows
    Original-Recipient when Final-Recipient is an X.400 or internal address, and that
    ``Action: failed`` is final whatever the status class."""
    found = _library_bounce(msg, own)
    if found is None:
        return
    temp, perm = found
    readable = [r for r in status.recipients if re.fullmatch(r"[^@\s/]+@[\w-]+(?:\.[\w-]+)+", r)]
    status.recipients = list(dict.fromkeys([*readable, *sorted(perm), *sorted(temp - perm)]))
    if perm and not status.permanent:
        status.permanent = True


def _library_status(msg: Message, own: set[str], context: list[str]) -> DeliveryStatus | None:
    found = _library_bounce(msg, own) if context else None
    if found is None:
        return None
    temp, perm = found
    own_guess = _heuristic_bounce(msg, own, force=True)
    body = msg.body_text or ""
    status = own_guess.status if own_guess else None
    permanent = bool(perm) and not _mailbox_full(body, status)
    recipients = sorted(perm) + sorted(temp - perm)
    return DeliveryStatus(
        permanent=permanent,
        recipients=recipients,
        status=status,
        diagnostic=own_guess.diagnostic if own_guess else None,
        original_message_id=own_guess.original_message_id if own_guess else None,
        original_subject=own_guess.original_subject if own_guess else None,
    )


# --------------------------------------------------------- automatic marks


def automatic_marks(msg: Message) -> list[str]:
    """Header and envelope marks that make a mail automatic, whatever its text says.

    A mail with any of them is never read as an answer, except an ERP's order
    confirmation whose only mark is ``Auto-Submitted: auto-generated`` (see
    ``_erp_exception``)."""
    marks: list[str] = []
    if _null_sender(msg):
        marks.append("null sender (<>)")
    sender = msg.from_addr or ""
    if _DAEMON_SENDER.match(sender):
        marks.append(f"sender {sender}")
    if msg.content_type == "multipart/report":
        marks.append("multipart/report")
    marks.extend(_auto_header_signals(msg))
    precedence = _header(msg, "precedence").lower()
    if precedence in ("bulk", "junk"):
        marks.append(f"Precedence: {precedence}")
    elif (
        precedence == "list"
        and not _discussion_list(msg)
        and not (msg.in_reply_to or msg.references)
    ):
        # a group order desk (Google Groups and the like) marks a person's threaded
        # answer Precedence: list too
        marks.append("Precedence: list")
    # X-Auto-Response-Suppress alone is no mark: Outlook sets it on a person's mail
    # too; it only adds to another mark
    suppress = _header(msg, "x-auto-response-suppress")
    if suppress and marks:
        marks.append(f"X-Auto-Response-Suppress: {suppress}")
    if _is_arf(msg):
        marks.append("ARF feedback report")
    list_notice = _list_server_notice(msg)
    if list_notice:
        marks.append(list_notice)
    return list(dict.fromkeys(marks))


_LIST_SERVER_SENDER = compile_re(
    r"^(?:owner-[^@]+|[^@]+-(?:admin|owner|request|bounces))@", re.IGNORECASE
)
_LIST_SERVER_HEADERS = ("x-mlserver", "mailing-list", "list-id", "list-subscribe", "x-ml-name")


def _list_server_notice(msg: Message) -> str | None:
    """A mailing-list server's own notice (not a member, loop alert, moderation):
    sent from the list's admin address with the list software's headers."""
    sender = msg.from_addr or ""
    if not _LIST_SERVER_SENDER.match(sender):
        return None
    header = next((name for name in _LIST_SERVER_HEADERS if msg.header(name)), None)
    return f"mailing-list server notice from {sender} ({header})" if header else None


def _discussion_list(msg: Message) -> bool:
    # a discussion list (a shared order desk run as a group, Google Groups) lets
    # members post (RFC 2369 List-Post) and marks every post Precedence: list
    list_post = _header(msg, "list-post").lower()
    return bool(list_post) and not list_post.startswith("no")


_ABUSE_SUBJECT = compile_re(
    r"\b(?:complaint about message|abuse report|spam report|feedback report|fbl report"
    r"|email feedback report)\b",
    re.IGNORECASE,
)


def _is_arf(msg: Message) -> bool:
    ctype = _header(msg, "content-type").lower()
    if "feedback-report" in ctype:
        return True
    if _ABUSE_SUBJECT.search(msg.subject or "") and any(
        "message/rfc822" in a.content_type or "rfc822" in a.content_type for a in msg.attachments
    ):
        return True
    if _ABUSE_SUBJECT.search(msg.subject or "") and msg.quoted_text:
        return True
    if msg.mime is None:
        return False
    try:
        return any(part.get_content_type() == "message/feedback-report" for part in msg.mime.walk())
    except Exception:  # noqa: BLE001 - a broken tree is no ARF report
        return False


# What an ERP's mailer sets on an order confirmation; anything stronger (a bounce's,
# an auto-reply's, an abuse report's mark) rules the exception out.
_ERP_ONLY_MARKS = ("auto-submitted: auto-generated", "x-auto-response-suppress", "precedence")


def _erp_exception(msg: Message, marks: list[str]) -> str | None:
    """An order acknowledgment an ERP generated (Auto-Submitted: auto-generated) is an
    answer when it is an order-confirmation document: decided by the document."""
    if not all(m.lower().startswith(_ERP_ONLY_MARKS) for m in marks):
        return None
    return _is_order_confirmation(msg)


def _wording(key: str) -> re.Pattern[str]:
    parts = [p for lang in WORDING.values() for p in lang[key]]
    return compile_re("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


_WORDING_SUBJECT = compile_re(
    "|".join(
        f"(?:{p})" for p in (*(p for v in WORDING.values() for p in v["subject"]), *TICKET_SUBJECT)
    ),
    re.IGNORECASE,
)
_WORDING_ABSENCE = _wording("absence")
_WORDING_RECEIPT = _wording("receipt")
_CHALLENGE = compile_re("|".join(f"(?:{p})" for p in CHALLENGE), re.IGNORECASE)

# -------------------------------------------------------------- auto replies

_AUTO_SUBJECT = compile_re(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|answer)"
    r"|autoreply|out of (?:the )?office|ooo\b|abwesenheitsnotiz|abwesenheit\b|abwesend"
    r"|automatische antwort|automatische rückantwort|réponse automatique|reponse automatique"
    r"|absence\b|absent\b|respuesta automática|respuesta automatica|fuera de la oficina"
    r"|ausente|risposta automatica|fuori ufficio|automatisch antwoord|afwezig"
    r"|automatická odpověď|nepřítomn|自动回复|自動回覆|自動応答|vacation|on vacation"
    r"|away from (?:the )?office|on leave|ticket received|we have received your"
    r"|request received|\[?(?:ticket|case|request)\s*(?:#|no\.?|number)?\s*:?\s*\d+\]?"
    r"\s*(?:has been )?(?:received|created|opened))",
    re.IGNORECASE,
)
# Unambiguous wherever they stand in the subject ("[Auto-Reply] Re: …", "RE: Out of Office: …").
_AUTO_SUBJECT_ANYWHERE = compile_re(
    r"\b(?:automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (?:the )?office"
    r"|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática"
    r"|risposta automatica|automatisch antwoord|automatická odpověď)\b|自动回复|自動回覆",
    re.IGNORECASE,
)
_OOO_BODY = compile_re(
    r"\b(?:i am|i'm|i will be|i'll be|i am currently|i'm currently|currently)\s+(?:out of"
    r" (?:the )?office|away from (?:the|my) (?:office|desk)|on (?:annual |parental |sick )?leave"
    r"|on (?:vacation|holiday|holidays|a business trip)|travell?ing|away|absent|not in the office"
    r"|out until|off until|off work)"
    r"|\bout of (?:the )?office (?:until|till|from|and|with|through)"
    r"|\blimited (?:access to|or no access to) (?:e-?mail|my e-?mail|email)"
    r"|\b(?:respond|reply|get back to you|answer)\b(?:[^.\n]|(?<=\d)\.){0,60}\b(?:upon|on|after) my return"
    r"|\bwill be back (?:in the office )?on\b|\bback in the office on\b"
    r"|\bich bin\b(?:[^.\n]|(?<=\d)\.){0,80}\b(?:nicht im büro|nicht erreichbar|abwesend|im urlaub|außer haus"
    r"|nicht im hause|auf dienstreise|nicht am arbeitsplatz)"
    r"|\b(?:bin|befinde mich)\b(?:[^.\n]|(?<=\d)\.){0,40}\b(?:im urlaub|außer haus|abwesend)"
    r"|\b(?:ab dem|bin ich|ich bin)\b(?:[^.\n]|(?<=\d)\.){0,60}\bwieder (?:im büro|erreichbar|für sie da|im haus)"
    r"|\bihre (?:e-?mail|nachricht) wird nicht weitergeleitet"
    r"|\bje suis (?:actuellement )?(?:absente?|en congés?|en déplacement|en vacances)"
    r"|\bje serai (?:absente?|de retour)"
    r"|\b(?:estoy|estaré|me encuentro)\b(?:[^.\n]|(?<=\d)\.){0,40}\b(?:fuera de la oficina|de vacaciones"
    r"|ausente|de viaje|fuera)"
    r"|\bno estaré en la oficina|\b(?:regresaré|volveré) (?:a la oficina )?el\b"
    r"|\bsono (?:fuori ufficio|assente|in ferie)|\bsarò (?:assente|fuori ufficio)"
    r"|\bik ben (?:afwezig|met vakantie|niet op kantoor)",
    re.IGNORECASE,
)
# Help-desk and system acknowledgments. Deliberately not "we have received your
# order and will get back to you" alone: a person writes that too.
_ACK_BODY = compile_re(
    r"\bthis is an automate?d? (?:response|reply|message|acknowledg(?:e)?ment|notification)"
    r"|\b(?:automatically generated|auto-generated) (?:response|reply|message)"
    r"|\bthis (?:e-?mail|message) (?:was|has been) (?:generated|sent) automatically"
    r"|\bwe have received your (?:e-?mail|message|request|enquiry|inquiry)"
    r"[^.]{0,80}(?:ticket|case|reference (?:number|no)|request (?:number|no|#))"
    r"|\b(?:ticket|case|request) (?:#|number|no\.?|id)\s*:?\s*[\w-]*\d"
    r"[^.]{0,80}\b(?:has been|was) (?:created|opened|logged|assigned)"
    r"|\bopened (?:case|ticket)\b"
    r"|\bthis mailbox (?:is not monitored|does not accept replies|is unattended)"
    r"|\bdo not reply to this (?:automated )?(?:e-?mail|message)"
    r"|\bwir haben ihre (?:e-?mail|nachricht|anfrage) erhalten[^.]{0,80}(?:ticket|vorgang)"
    r"|\bdies ist eine automatische (?:antwort|nachricht|benachrichtigung)"
    r"|\bdiese (?:e-?mail|nachricht) wurde automatisch (?:erstellt|generiert|versendet)"
    r"|\bceci est une réponse automatique|\bceci est un message automatique"
    r"|\besta es una respuesta automática|\beste es un mensaje automático"
    r"|\bquesta è una risposta automatica",
    re.IGNORECASE,
)
# An acknowledgment of OUR message (a response, even when not threaded).
_RECEIPT_ACK = compile_re(
    r"\b(?:we|i) have received your (?:e-?mail|message|request|enquiry|inquiry|mail)"
    r"|\bthank you for contacting|\b(?:ticket|case|request) (?:#|number|no\.?|id)\s*:?\s*[\w-]*\d"
    r"|\bwir haben ihre (?:e-?mail|nachricht|anfrage) erhalten|\bnous avons bien reçu votre"
    r"|\bhemos recibido su",
    re.IGNORECASE,
)
_ORDER_CONFIRMATION = compile_re(
    r"order confirmation|order acknowledg(?:e)?ment|sales order confirmation"
    # an EDI order response (EDIFACT ORDRSP, its plain-text rendering)
    r"|\bORDRSP\b|(?:purchase )?order response\b"
    r"|auftragsbestätigung|auftragsbestaetigung|bestellbestätigung|\bAB[-_ ]?\d{4,}"
    r"|confirmation de commande|accusé de réception de commande|confirmación de pedido"
    r"|confirmación del pedido|conferma d'ordine|orderbevestiging|potvrzení objednávky"
    # Portuguese, with or without its accents ("CONFIRMACAO DE PEDIDO" in an ERP's PDF)
    r"|confirma[çc][ãa]o (?:de |do )?(?:pedido|encomenda)|confirma[çc][ãa]o da encomenda"
    r"|confirmaci[oó]n de(?:l)? pedido"
    r"|ordrebekræftelse|ordrebekreftelse|orderbekräftelse|sipariş onayı|siparis onayi"
    r"|rendelés[- ]?visszaigazolás|megrendelés[- ]?visszaigazolás|confirmare (?:de )?comand[ăa]"
    r"|注文請書|注文確認書|受注確認"
    r"|potvrdenie objednávky|tilausvahvistus|επιβεβαίωση παραγγελίας|επιβεβαιωση παραγγελιας"
    r"|주문\s?확인서|발주\s?확인서|수주\s?확인|xác nhận đơn (?:đặt )?hàng"
    r"|подтверждение заказа|підтвердження замовлення"
    r"|konfirmasi (?:pesanan|order)|pengesahan pesanan"
    r"|potvrda (?:narudžbe|narudžbenice|porudžbine)|potrditev naročila|потвърждение на поръчка"
    r"|tellimuse kinnitus|užsakymo patvirtinimas|pasūtījuma apstiprinājums",
    re.IGNORECASE,
)
# The text itself commits to the order (an ERP or order desk writing "we confirm").
_CONFIRMS_ORDER = compile_re(
    r"\bwe (?:hereby |herewith )?confirm (?:your|the) (?:order|purchase order|po)\b"
    r"|\bhiermit bestätigen wir (?:ihre|den|die)\b|\bwir bestätigen ihre bestellung"
    r"|\bnous (?:vous )?confirmons (?:votre|la) commande|\bconfirmamos (?:su|el) pedido"
    r"|\bconfermiamo (?:il vostro|l')\s?ordine",
    re.IGNORECASE,
)


# A human reply that also mentions an absence still answers.
_COMMITS = compile_re(
    r"\b(?:we|i) (?:can |hereby |herewith )?confirm|\bconfirmed\b|\bbestätigen\b|\bbestätigt\b"
    r"|\bbestätige\b|\bconfirmons\b|\bconfirme\b|\bconfirmé|\bconfirmamos\b|\bconfirmado"
    r"|\bconfirmo\b|\bconfermo\b|\bconfermiamo\b|\bconfermato|\bbevestig(?:en|d)\b"
    r"|\bpotwierdzam(?:y)?\b|\bpotwierdzon|\bpotvrzuj(?:i|eme)\b|\bpotvrzen"
    r"|\bbekræfter\b|\bbekrefter\b|\bbekräftar\b|\bonaylıyoruz\b|\bvisszaigazoljuk\b"
    r"|\bconfirm[ăa]m\b|承りました"
    r"|\bpotvrdzujeme\b|\bvahvistamme\b|επιβεβαι[ώω]νουμε|확정(?:합니다|되었습니다)"
    r"|\b(?:chúng tôi|bên em|em) xác nhận\b"
    r"|\bподтвержда(?:ем|ю)\b|\bпідтверджу(?:ємо|ю)\b"
    r"|\bkami (?:konfirmasi(?:kan)?|sahkan)\b|\bdikonfirmasi\b|\bdisahkan\b"
    r"|\bpotvrđujemo\b|\bpotrjujemo\b|(?<!\w)потвърждаваме(?!\w)|\bkinnitame\b|\bpatvirtiname\b"
    r"|\bapstiprinām\b",
    re.IGNORECASE,
)


_NOTICE_CUES = (
    compile_re(
        r"\b(?:thank you|thanks|many thanks) for your (?:e-?mail|message|mail)"
        r"|\bvielen dank für ihre (?:e-?mail|nachricht|mail)|\bmerci (?:pour|de) votre (?:message|e-?mail|courriel)"
        r"|\bgracias por su (?:mensaje|correo|e-?mail)|\bgrazie per (?:la sua|il suo) (?:e-?mail|messaggio)",
        re.IGNORECASE,
    ),
    compile_re(
        r"\b(?:will not be|won't be|is not being|wird nicht|ne sera pas|no será) (?:forwarded|read"
        r"|weitergeleitet|gelesen|transféré|lu|reenviado)|\blimited access|\bno access to (?:my )?e-?mail"
        r"|\bkeinen zugriff|\bsans accès|\bsin acceso",
        re.IGNORECASE,
    ),
    compile_re(
        r"\b(?:in urgent cases|for urgent (?:matters|queries|requests)|in dringenden fällen"
        r"|en cas d'urgence|pour toute urgence|para asuntos urgentes|en caso de urgencia"
        r"|in my absence|während meiner abwesenheit|en mon absence|durante mi ausencia"
        r"|please contact|wenden sie sich|merci de contacter|contacte con)",
        re.IGNORECASE,
    ),
)


# What a person answering writes and an absence notice does not.
_REPLYISH = compile_re(
    r"\b(?:revert|check with|will confirm|confirm (?:by|on|tomorrow|next)|let you know (?:by|on)"
    r"|line \d|pos\.? ?\d|item \d|melde mich|prüfe|je vérifie|reviens vers vous|le confirmo)\b|\?",
    re.IGNORECASE,
)


def _absence_cues(text: str, msg: Message) -> int:
    """How many marks of an absence notice besides the absence itself the text has."""
    cues = sum(1 for cue in _NOTICE_CUES if cue.search(text))
    cues += len({m.group(0).lower() for m in _OOO_BODY.finditer(text)}) - 1
    if find_return_date(text, msg.date) is not None:
        cues += 1
    return cues


_UNSUBSCRIBE_TEXT = compile_re(
    r"unsubscribe|abmelden|abbestellen|désabonner|désinscri|darse de baja|cancelar (?:la )?suscripción"
    r"|annulla iscrizione|afmelden|newsletter|update your preferences|manage (?:your )?preferences",
    re.IGNORECASE,
)
_BULK_HEADERS = (
    "list-unsubscribe-post",
    "feedback-id",
    "x-campaign",
    "x-campaignid",
    "x-mailchimp-campaign",
    "x-mc-user",
    "x-csa-complaints",
    "x-sg-eid",
    "x-mailgun-tag",
    "x-marketo-mail",
)


def _looks_bulk(msg: Message, precedence: str) -> bool:
    """A second mark of bulk mail besides a list header."""
    if precedence in ("bulk", "junk", "list"):
        return True
    if any(msg.header(name) for name in _BULK_HEADERS):
        return True
    if not msg.own_text.strip() and not msg.attachments:
        # an image-only newsletter: nothing a person wrote, nothing attached
        return True
    return bool(_UNSUBSCRIBE_TEXT.search(msg.body_text[-5000:] + "\n" + (msg.signature or "")))


def _marketing_without_list_headers(msg: Message) -> str | None:
    """A campaign sent through an ESP without List-* headers: an ESP header and
    unsubscribe wording, on a mail that answers nothing of ours."""
    if _answers_us(msg):
        return None
    esp = next((name for name in _BULK_HEADERS if msg.header(name)), None)
    # the sender's own footer, not a quoted newsletter in a person's reply
    if esp and _UNSUBSCRIBE_TEXT.search(msg.own_text[-5000:] + "\n" + (msg.signature or "")):
        return f"bulk mail: {esp} header and unsubscribe wording"
    return None


def _header(msg: Message, name: str) -> str:
    return (msg.header(name) or "").strip()


def _auto_header_signals(msg: Message) -> list[str]:
    reasons = []
    auto_submitted = _header(msg, "auto-submitted").lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        reasons.append(f"Auto-Submitted: {auto_submitted}")
    for name in ("x-autoreply", "x-autorespond", "x-auto-reply", "x-autorespond-id"):
        value = _header(msg, name)
        if value and value.lower() not in ("no", "false", "0"):
            reasons.append(f"{name}: {value}")
    if _header(msg, "x-autogenerated").lower() == "reply":
        reasons.append("X-AutoGenerated: Reply")
    if _header(msg, "precedence").lower() in ("auto_reply", "auto-reply"):
        reasons.append(f"Precedence: {_header(msg, 'precedence')}")
    if _header(msg, "x-fc-machinegenerated").lower() == "true":
        reasons.append("X-FC-MachineGenerated: true")
    return reasons


def _readable_text(msg: Message) -> str:
    own = msg.own_text
    return own if own.strip() else msg.body_text


def _has_order_document(msg: Message) -> str | None:
    for att in msg.attachments:
        name = att.filename or ""
        kind = att.content_type
        if not (
            kind in ("application/pdf", "text/csv")
            or "spreadsheet" in kind
            or name.lower().endswith((".pdf", ".xlsx", ".csv", ".xlsm"))
        ):
            continue
        head = (att.text or "")[:3000]
        if _ORDER_CONFIRMATION.search(name) or _ORDER_CONFIRMATION.search(head):
            return name or kind
    return None


def _is_order_confirmation(msg: Message) -> str | None:
    doc = _has_order_document(msg)
    if doc:
        return f"carries an order confirmation document ({doc})"
    text = _readable_text(msg)[:5000]
    if _OOO_BODY.search(text):
        return None
    if _CONFIRMS_ORDER.search(text):
        return "its text confirms the order"
    # an ERP mail whose subject or heading is the confirmation itself; not a reply,
    # whose subject would only repeat our request's words
    subject = msg.subject or ""
    if not _REPLY_SUBJECT.match(subject) and _ORDER_CONFIRMATION.search(subject):
        return "its subject is an order confirmation"
    # the heading: the first line, or a cell of the first rows of an HTML/ERP layout
    # ("Prairie Power ... <TAB> SALES ORDER ACKNOWLEDGMENT Sales Order #: SO-88123")
    rows = [line for line in text.splitlines() if line.strip()][:3]
    first = rows[0] if rows else ""
    cells = [cell.strip() for row in rows if "\t" in row for cell in row.split("\t")]
    if (len(first) < 80 and _ORDER_CONFIRMATION.search(first)) or any(
        (m := _ORDER_CONFIRMATION.search(cell)) and m.start() < 20 for cell in cells
    ):
        return "it is headed as an order confirmation"
    return None


_REPLY_SUBJECT = compile_re(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|antw|r|rif|rv|res|odp|vs|ynt|vá|válasz|răspuns|回复|答复|返信"
    # Greek "ΑΠ:", Korean "답장:" / "회신:", Vietnamese "TL:" / "Trả lời:"
    r"|απ|σχετ|답장|회신|tl|trả lời|tra loi"
    # Russian "Ответ:" / "Отв:", Ukrainian "Відповідь:" / "Відп:"
    r"|ответ|отв|відповідь|відп"
    # Indonesian and Malay "Balas:" / "BLS:" / "Balasan:"
    r"|balas|balasan|bls"
    # Croatian, Serbian, Slovenian "Odg:", Bulgarian "Отг:", Estonian "Vast:", Lithuanian
    # "Ats:", Latvian "Atb:"
    r"|odg|odgovor|отг|отговор|vast|ats|atsakymas|atb|atbilde)\s*[:：]",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- return date

_MONTHS = (
    r"jan(?:uary|uar|vier|\.)?|feb(?:ruary|ruar|\.)?|févr(?:ier)?|fevr(?:ier)?|mar(?:ch|\.)?"
    r"|märz|maerz|mars|apr(?:il|\.)?|avr(?:il)?|may|mai|jun(?:e|i|\.)?|juin|jul(?:y|i|\.)?"
    r"|juil(?:let)?|aug(?:ust|\.)?|août|aout|sep(?:t(?:ember|embre)?)?\.?|oct(?:ober|obre|\.)?"
    r"|okt(?:ober)?|nov(?:ember|embre|\.)?|dec(?:ember|\.)?|dez(?:ember)?|déc(?:embre)?"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janvier|"
    + "|".join(m for lang in WORDING.values() for m in lang["months"])
)
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
)
_DATE_CANDIDATE = compile_re(
    rf"(?:(?:{_WEEKDAYS}),?\s+(?:(?:the|den|le|el)\s+)?)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|\.|º)?\s+(?:(?:of|de)\s+)?(?:{_MONTHS})\b\.?(?:,?\s+(?:de\s+)?\d{{4}})?"
    rf"|(?:{_MONTHS})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?\.?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|\b(?:{_WEEKDAYS})\b",
    re.IGNORECASE,
)
_RETURN_WORDS = compile_re(
    r"\b(?:return(?:ing)?|back|until|till|through|thru|wieder|zurück|bis|retour|jusqu|hasta|fino"
    r"|tot|terug"
    r"|regres|volver|vuelvo|reincorpor|rientr)|"
    + "|".join(p for lang in WORDING.values() for p in lang["return"]),
    re.IGNORECASE,
)


# a sentence ends at . ! ? after a word, not after the day of "ab dem 30.11."
_SENTENCE_BREAK = compile_re(r"(?<=[^\d\s][.!?])\s+|\n\s*\n")


# dateparser is fast only with a short language list
_DATE_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")


def _language(text: str) -> str:
    lower = text.lower()
    scores = {  # English first: it wins ties and text without evidence
        "en": len(re.findall(r"\b(?:i|the|and|until|office|you|your|will|on|back)\b", lower)),
        "de": len(re.findall(r"\b(?:ich|und|nicht|bis|büro|ihre|wir|der|die|das|mit)\b", lower)),
        "fr": len(re.findall(r"\b(?:je|suis|et|le|la|les|vous|votre|jusqu|retour)\b", lower)),
        "es": len(re.findall(r"\b(?:estoy|el|los|las|hasta|usted|su|oficina|gracias)\b", lower)),
        "it": len(re.findall(r"\b(?:sono|fino|al|della|ufficio|grazie|il)\b", lower)),
        "nl": len(re.findall(r"\b(?:ik|ben|tot|en|met|het|een|niet)\b", lower)),
        "pt": len(re.findall(r"\b(?:estou|até|do|da|escritório|obrigado|férias)\b", lower)),
        "pl": len(re.findall(r"\b(?:jestem|do|na|urlopie|nie|proszę|biurem)\b", lower)),
        "sv": len(re.findall(r"\b(?:jag|är|och|tillbaka|inte|semester|kontoret)\b", lower)),
        "da": len(re.findall(r"\b(?:jeg|og|tilbage|ikke|ferie|kontoret|igen)\b", lower)),
        "nb": len(re.findall(r"\b(?:jeg|og|tilbake|ikke|ferie|kontoret|igjen)\b", lower)),
        "tr": len(re.findall(r"\b(?:ve|kadar|izindeyim|tarihine|dışındayım|ile|bu)\b", lower)),
        "hu": len(re.findall(r"\b(?:és|vagyok|nem|az|szabadságon|irodában|kívül)\b", lower)),
        "ro": len(re.findall(r"\b(?:sunt|și|până|în|concediu|voi|biroului)\b", lower)),
        "sk": len(re.findall(r"\b(?:som|dovolenke|kancelárii|ďakujem|návrate|budem)\b", lower)),
        "fi": len(
            re.findall(r"\b(?:olen|lomalla|ja|asti|toimistolla|kiitos|viestistäsi)\b", lower)
        ),
        "el": len(re.findall(r"(?<!\w)(?:είμαι|και|έως|μέχρι|γραφείο|άδεια)(?!\w)", lower)),
        "ru": len(re.findall(r"\b(?:я|и|в|до|отпуске|нахожусь|вернусь|спасибо|письмо)\b", lower)),
        "uk": len(re.findall(r"\b(?:я|і|та|у|до|відпустці|перебуваю|дякую|лист)\b", lower)),
        "id": len(re.findall(r"\b(?:saya|dan|sampai|cuti|kantor|sedang|tanggal|kembali)\b", lower)),
        "ms": len(
            re.findall(r"\b(?:saya|dan|sehingga|bercuti|pejabat|sedang|tarikh|kembali)\b", lower)
        ),
        "hr": len(re.findall(r"\b(?:sam|godišnjem|odmoru|uredu|hvala|vraćam|ću|nisam)\b", lower)),
        "sl": len(re.findall(r"\b(?:sem|in|dopustu|pisarne|hvala|vrnem|bom|lep)\b", lower)),
        "bg": len(re.findall(r"(?<!\w)(?:съм|отпуск|офиса|благодаря|ще|върна|имейл)(?!\w)", lower)),
        "et": len(re.findall(r"\b(?:olen|ja|kuni|puhkusel|tagasi|aitäh|tänan|kontorist)\b", lower)),
        "lt": len(re.findall(r"\b(?:esu|ir|iki|atostogose|biure|ačiū|grįšiu|dėkoju)\b", lower)),
        "lv": len(
            re.findall(r"\b(?:esmu|un|līdz|atvaļinājumā|biroja|paldies|atgriezīšos)\b", lower)
        ),
    }
    return max(scores, key=lambda k: scores[k])


def _parse_candidate(text: str, lang: str, reference: datetime | None) -> date | None:
    import dateparser

    base = reference.replace(tzinfo=None) if reference else None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future"}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text, flags=re.IGNORECASE)
    numeric = re.fullmatch(r"\s*(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2,4}))?\.?\s*", cleaned)
    if numeric and base is not None:
        return _nearest_numeric(numeric, lang, base.date())
    try:
        parsed = dateparser.parse(
            cleaned, languages=list(dict.fromkeys([lang, *_DATE_LANGUAGES])), settings=settings
        )
    except Exception:  # noqa: BLE001 - a parser crash is "no date"
        return None
    if parsed is not None:
        result = parsed.date()
    elif base is not None:
        # a case form dateparser does not know ("do 7. prosinca", "kuni 30. novembrini",
        # "līdz 30. novembrim"): the reading's own date patterns, with the month's case
        from agent.reading.dates import find_dates

        hits = [h for h in find_dates(cleaned, lang, base)[0] if h.form in ("explicit", "yearless")]
        if not hits:
            return None
        result = hits[0].date
    else:
        return None
    if base is not None and not re.search(r"\d{4}", text) and result < base.date():
        try:
            result = result.replace(year=result.year + 1)
        except ValueError:
            return None
    if base is not None and not (
        base.date() - timedelta(days=7) <= result <= base.date() + timedelta(days=400)
    ):
        return None
    return result


def _nearest_numeric(m: re.Match[str], lang: str, base: date) -> date | None:
    """A numeric return date ("3/12", "30.11.") read the way that lands soonest after
    the mail: day/month order is unknown without the sender's locale, and an absence
    notice names a date in the coming weeks, not months away."""
    a, b = int(m.group(1)), int(m.group(2))
    year_text = m.group(3)
    separator = m.string[m.end(1)]
    if separator == "." or lang != "en":
        orders = [(a, b)]  # dotted dates and other languages: day first
    else:
        orders = [(b, a), (a, b)]  # English slashes: either order, the sooner wins
    best: date | None = None
    for day, month in orders:
        years = (
            [int(year_text) + (2000 if len(year_text) == 2 else 0)]
            if year_text
            else [
                base.year,
                base.year + 1,
            ]
        )
        for year in years:
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate < base - timedelta(days=1):
                continue
            if best is None or candidate < best:
                best = candidate
            break
    if best is not None and best > base + timedelta(days=400):
        return None
    return best


# 2026年12月8日 / 12月9日 (Chinese, Japanese)
_CJK_DATE = compile_re(
    r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
    # Vietnamese "ngày 27 tháng 11": the day before the month, read by the same code
    r"|(?:ngày\s+)?(?P<vd>\d{1,2})\s+tháng\s+(?P<vm>\d{1,2})(?:\s*(?:năm|,)\s*(?P<vy>\d{4}))?"
)
# "7. 12. 2026" (Czech, Slovak, Polish write spaces after the dots)
_SPACED_DOTS = compile_re(r"\b(\d{1,2})\.\s(\d{1,2})\.(?:\s(\d{4}))?")


def _cjk_return_date(text: str, reference: datetime | None) -> date | None:
    for m in _CJK_DATE.finditer(text):
        base = reference.date() if reference else None
        vi = m.group("vd") is not None
        given = m.group("vy") if vi else m.group(1)
        year = int(given) if given else (base.year if base else None)
        if year is None:
            continue
        month, day = (m.group("vm"), m.group("vd")) if vi else (m.group(2), m.group(3))
        try:
            found = date(year, int(month), int(day))
        except ValueError:
            continue
        if base is not None and not given and found < base:
            found = found.replace(year=found.year + 1)
        return found
    return None


def find_return_date(text: str, reference: datetime | None) -> date | None:
    """The return date an absence notice states, or None."""
    cjk = _cjk_return_date(text, reference)
    if cjk is not None:
        return cjk
    text = _SPACED_DOTS.sub(lambda m: f"{m.group(1)}.{m.group(2)}." + (m.group(3) or ""), text)
    lang = _language(text)
    sentences = _SENTENCE_BREAK.split(text)
    for sentence in sentences:
        if not _RETURN_WORDS.search(sentence):
            continue
        # an OOO sentence names the start first and the return last
        candidates = [m.group(0) for m in _DATE_CANDIDATE.finditer(sentence)]
        for candidate in reversed(candidates):
            parsed = _parse_candidate(candidate, lang, reference)
            if parsed is not None:
                return parsed
    return None


_CONTACT_WORDS = compile_re(
    r"contact|reach|write to|e-?mail|wenden|kontakt|erreichen|contacter|adresser|contactar"
    r"|dirigirse|escriba|colleague|kollegin|kollege|collègue|compañer",
    re.IGNORECASE,
)


def find_alternate_contact(text: str, exclude: set[str]) -> str | None:
    best = None
    for sentence in _SENTENCE_BREAK.split(text):
        for m in _EMAIL.finditer(sentence):
            addr = m.group(0).lower().rstrip(".")
            if addr in exclude:
                continue
            if _CONTACT_WORDS.search(sentence):
                return addr
            best = best or addr
    return best


# ---------------------------------------------------------------------- main


def classify(msg: Message, own_addresses: Sequence[str] = ()) -> Classification:
    """Classify a normalized message; see the module docstring for the rules."""
    own = {a.lower() for a in own_addresses}
    marks = automatic_marks(msg)
    found = _classify(msg, own, marks)
    if found.kind == "auto_reply" and _answers_us(msg) and (relayed := _relayed_answer(msg)):
        return replace(found, relayed=relayed)
    if found.kind != "human" or not marks:
        return found
    # The last word on automatic mail: whatever the rules above made of its text, a
    # mail with an automatic mark is never an answer, except an ERP's order
    # confirmation document (Auto-Submitted: auto-generated and nothing stronger).
    erp = _erp_exception(msg, marks)
    if erp:
        reasons = [
            *found.reasons,
            *marks,
            f"automatically generated, but it {erp}: read as an answer",
        ]
        return Classification("human", list(dict.fromkeys(reasons)), auto_generated=True)
    reasons = [*found.reasons, f"automatic mail ({'; '.join(marks)}): never an answer"]
    if (_answers_us(msg) or _receipt_of_an_order(msg)) and not any(
        m.startswith(("Precedence", "ARF")) for m in marks
    ):
        # an automatic mail about our request (a receipt, a notice) in its thread, or a
        # receipt naming the order in its subject ("Document received - Purchase Order
        # 4500031519"): not an answer. A shipping notice naming an order outside the thread
        # is about some order of theirs, not about our request: bulk
        return Classification("auto_reply", reasons)
    return Classification("bulk", reasons)


# A list manager's notice that a post was turned away or held (Mailman 2 and 3, Sympa,
# Google Groups, LISTSERV): the post reached no member
_LIST_REJECTION = compile_re(
    r"your (?:message|post(?:ing)?) (?:to|entitled)\b.{0,120}?\bwas (?:rejected|discarded|"
    r"not (?:delivered|accepted))"
    r"|(?:posting|post|message) by (?:a )?non-?member to a members[- ]only list"
    r"|(?:is being held|awaits|awaiting) (?:until )?(?:the )?(?:list )?moderator(?:'s)? (?:approval|can review)"
    r"|you (?:are|were) not (?:allowed|authori[sz]ed|permitted) to (?:post|send) (?:messages? )?to this (?:group|list)",
    re.IGNORECASE | re.DOTALL,
)


_ENTITLED = compile_re(r"your message entitled\s+(.{1,200}?)\s+was\b", re.IGNORECASE | re.DOTALL)


def _entitled(msg: Message) -> str | None:
    """The subject of our post a list manager's notice names ("Your message entitled …")."""
    found = _ENTITLED.search(_readable_text(msg)[:3000])
    return " ".join(found.group(1).split()) if found else None


def _list_rejection(msg: Message) -> str | None:
    """The words of a list manager's rejection or hold of our post, when the mail comes from
    a list (a List-Id, Mailman's or Sympa's headers, or a list's -bounces/-owner/-request
    sender); None otherwise."""
    sender = msg.from_addr or ""
    listed = (
        msg.header("list-id")
        or msg.header("x-mailman-version")
        or msg.header("x-sympa-version")
        or re.search(r"-(?:bounces|owner|request|admin)(?:\+[^@]*)?@", sender)
        or sender.startswith(("mailer@", "listserv@", "sympa@"))
    )
    if not listed:
        return None
    found = _LIST_REJECTION.search(f"{msg.subject or ''}\n{_readable_text(msg)[:3000]}")
    return found.group(0) if found else None


_ORDER_NUMBER = compile_re(
    r"(?:\b(?:PO|P\.O\.|purchase order|order|bestellung|commande|pedido|ordine|objednávk\w*)"
    r"\s*(?:number|no\.?|nr\.?|n°|#)?\s*:?"
    # Chinese, Japanese, Korean: "注文番号：4500072280", "订单号 4500", "주문번호: 4500"
    r"|(?:注文番号|発注番号|注文書番号|订单号|订单编号|采购订单号?|주문\s?번호|발주\s?번호)\s*[:：]?)"
    r"\s*[A-Z]{0,4}-?\d{4,}",
    re.IGNORECASE,
)


def _receipt_of_an_order(msg: Message) -> bool:
    """An automatic mail whose subject names an order and whose words say it was received."""
    subject = msg.subject or ""
    return _names_an_order(subject) and bool(
        L.search("receipt", f"{subject}\n{_readable_text(msg)[:5000]}")
    )


def _names_an_order(text: str) -> bool:
    return bool(_ORDER_NUMBER.search(text))


# A help desk's update that holds an agent's comment, not a receipt: "Your request (#58817)
# has been updated" (its "type your reply above this line" stands in receipts too)
_TICKET_UPDATE = compile_re(
    r"(?:request|ticket|case)\s*\(?#?\s*\d+\)?\s+has been updated"
    r"|new (?:comment|response|reply|message) (?:on|to|for|in) your (?:request|ticket|case)"
    r"|(?:agent|support|team) (?:has )?(?:replied|responded|commented)",
    re.IGNORECASE,
)


# an order named by a code with letters and dashes ("order TPS-26-04655")
_ORDER_CODE = compile_re(
    r"\b(?:order|PO|P\.O\.|purchase order)\s*(?:no\.?|number|#)?\s*:?\s*[A-Z]{1,5}[-/]?\d[\d/-]{3,}",
    re.IGNORECASE,
)


def _relayed_answer(msg: Message) -> str | None:
    """A help-desk update whose text names an order and commits ("Your order TPS-26-04655
    is confirmed: … delivered on 12/3"): the words that show it, else None."""
    text = _readable_text(msg)
    update = _TICKET_UPDATE.search(text) or _TICKET_UPDATE.search(msg.subject or "")
    if update is None or not (_names_an_order(text) or _ORDER_CODE.search(text)):
        return None
    if not L.search("commit", text):
        return None
    return update.group(0)


def _answers_us(msg: Message) -> bool:
    return bool(msg.in_reply_to or msg.references) or bool(_REPLY_SUBJECT.match(msg.subject or ""))


def _classify(msg: Message, own: set[str], marks: list[str]) -> Classification:
    reasons: list[str] = []

    # 1. bounces: the RFC 3464 report first, then flufl.bounce's detectors, then our own
    status = msg.delivery_status
    if status is not None:
        _complete_from_library(msg, own, status)
        if _mailbox_full(status.diagnostic or "", status.status):
            status.permanent = False
        reasons.append(
            f"delivery status report: {status.status or 'no status code'} "
            f"({'permanent' if status.permanent else 'temporary'})"
        )
        return Classification("bounce", reasons, delivery_status=status)
    ctype_header = _header(msg, "content-type").lower()
    context = _bounce_context(msg)
    status = _library_status(msg, own, context)
    if status is not None:
        reasons.append(
            f"flufl.bounce recognised a delivery report ({', '.join(context)}): "
            f"{'permanent' if status.permanent else 'temporary'} for {', '.join(status.recipients)}"
        )
        return Classification("bounce", reasons, delivery_status=status)
    if msg.content_type == "multipart/report" and "delivery" in ctype_header:
        status = _heuristic_bounce(msg, own, force=True) or DeliveryStatus(permanent=True)
        reasons.append("multipart/report delivery-status without readable recipient fields")
        return Classification("bounce", reasons, delivery_status=status)
    status = _heuristic_bounce(msg, own)
    if status is not None:
        reasons.append(
            f"non-delivery report from {msg.from_addr or 'unknown sender'}: "
            f"{status.status or 'no status code'} "
            f"({'permanent' if status.permanent else 'temporary'})"
        )
        return Classification("bounce", reasons, delivery_status=status)

    rejected = _list_rejection(msg)
    if rejected:
        # a list manager that turned our request away: it reached no one, as a bounce says
        reasons.append(f"mailing-list manager's notice: {rejected!r}; our mail was not delivered")
        return Classification(
            "bounce",
            reasons,
            delivery_status=DeliveryStatus(
                permanent=True, diagnostic=rejected, original_subject=_entitled(msg)
            ),
        )

    # 2. abuse/feedback reports (RFC 5965 ARF): automatic, about no order
    if _is_arf(msg):
        return Classification("bulk", ["ARF feedback report (abuse/complaint)"])

    # 3. automatic replies
    if msg.content_type == "multipart/report" and "disposition-notification" in ctype_header:
        reasons.append("read receipt (message disposition notification)")
        return Classification("auto_reply", reasons)
    text = _readable_text(msg)
    challenge = _CHALLENGE.search(text[:5000])
    if challenge:
        reasons.append(f"challenge-response: {challenge.group(0)!r} holds our mail; not an answer")
        return Classification("auto_reply", reasons)
    header_signals = _auto_header_signals(msg)
    subject = msg.subject or ""
    subject_signal = bool(
        _AUTO_SUBJECT.search(subject)
        or _AUTO_SUBJECT_ANYWHERE.search(subject)
        or _WORDING_SUBJECT.search(subject)
    )
    ooo_body = _OOO_BODY.search(text[:5000]) or _WORDING_ABSENCE.search(text[:5000])
    ack_body = _ACK_BODY.search(text[:5000]) or _WORDING_RECEIPT.search(text[:5000])
    suppress = _header(msg, "x-auto-response-suppress")
    signals = list(header_signals)
    if subject_signal:
        signals.append(f"subject {msg.subject!r} reads as an automatic reply")
    if ooo_body:
        signals.append(f"absence notice in the text: {ooo_body.group(0)!r}")
    if ack_body:
        signals.append(f"automatic acknowledgment in the text: {ack_body.group(0)!r}")
    if suppress and signals:
        signals.append(f"X-Auto-Response-Suppress: {suppress}")

    confirmation = _is_order_confirmation(msg)
    if signals:
        # an ERP's "do not reply" / "generated automatically" note does not make its
        # order confirmation any less of an answer; an absence notice does
        if confirmation and not ooo_body and not _strong_marks(marks):
            reasons.extend(signals)
            reasons.append(f"automatically generated, but it {confirmation}: read as an answer")
            return Classification("human", reasons, auto_generated=True)
        # A system notification (shipment notice, portal message, invoice run) is
        # machine-made but answers nothing of ours: not a reply, no absence, and
        # at most "auto-generated" (RFC 3834's mark for replies is auto-replied).
        is_reply = _answers_us(msg)
        auto_submitted = _header(msg, "auto-submitted").lower()
        notification_headers = all(
            sig.lower().startswith(("auto-submitted: auto-generated", "x-auto-response-suppress"))
            for sig in header_signals
        )
        if (
            not is_reply
            and not subject_signal
            and not ooo_body
            and not _RECEIPT_ACK.search(text[:5000])
            # "your purchase order has been received": a receipt notice about our order
            and not (_names_an_order(text[:5000]) and L.search("receipt", text[:5000]))
            and notification_headers
            and not auto_submitted.startswith("auto-replied")
        ):
            reasons.extend(signals)
            reasons.append("an automated notification, not a reply to our mail")
            return Classification("human", reasons, auto_generated=True)
        # the body alone says "out of office": only trust it when the text is short
        # and nothing else in the headers or subject says so (a human may mention
        # their own absence in a real answer)
        body_only = not header_signals and not subject_signal and not marks
        sender = {msg.from_addr} if msg.from_addr else set()
        if body_only and (len(text) > 2500 or _COMMITS.search(text)):
            reasons.append("mentions an absence, but reads as a human answer")
            return _human_with_absence(msg, text, own | sender, reasons, ooo_body)
        if (
            body_only
            and ooo_body
            and not ack_body
            and _REPLYISH.search(text)
            and _absence_cues(text, msg) < 2
        ):
            # "I'm out of office tomorrow, so I'll check and revert Friday" is a person
            reasons.append("mentions an absence, but reads as a person's reply")
            return _human_with_absence(msg, text, own | sender, reasons, ooo_body)
        reasons.extend(signals)
        return Classification(
            "auto_reply",
            reasons,
            return_date=find_return_date(text, msg.date),
            alternate_contact=find_alternate_contact(text, own | sender),
        )

    # 4. bulk mail
    threaded = bool(msg.in_reply_to or msg.references)
    list_headers = [
        name for name in ("list-unsubscribe", "list-id", "list-post") if msg.header(name)
    ]
    precedence = _header(msg, "precedence").lower()
    if precedence in ("bulk", "list", "junk"):
        list_headers.append(f"precedence: {precedence}")
    discussion = _discussion_list(msg)
    if list_headers:
        if discussion and precedence not in ("bulk", "junk"):
            reasons.append(
                f"mailing-list headers ({', '.join(list_headers)}) of a discussion list "
                "(List-Post): treated as a person's mail"
            )
        elif threaded and precedence not in ("bulk", "junk"):
            reasons.append(
                f"mailing-list headers ({', '.join(list_headers)}) on a threaded reply: "
                "treated as a person's answer"
            )
        elif _looks_bulk(msg, precedence):
            reasons.append(f"bulk mail: {', '.join(list_headers)}")
            return Classification("bulk", reasons)
        else:
            # a one-to-one mail sent through a CRM can carry List-Unsubscribe alone
            reasons.append(
                f"list header ({', '.join(list_headers)}) without any other mark of bulk mail: "
                "treated as a person's mail"
            )

    if confirmation and _header(msg, "auto-submitted"):
        return Classification("human", [*reasons, confirmation], auto_generated=True)
    marketing = None if list_headers or confirmation else _marketing_without_list_headers(msg)
    if marketing:
        return Classification("bulk", [*reasons, marketing])
    reasons.append("no bounce, automatic-reply or bulk signal")
    return Classification("human", reasons)


def _strong_marks(marks: list[str]) -> list[str]:
    """Marks no ERP order confirmation carries (a bounce's, an auto-reply's, a list's)."""
    return [m for m in marks if not m.lower().startswith(_ERP_ONLY_MARKS)]


def _human_with_absence(
    msg: Message, text: str, exclude: set[str], reasons: list[str], absence: re.Match[str] | None
) -> Classification:
    """A person's answer that also says they will be away: the answer is read, and
    the absence (return date, alternate contact) is recorded for the follow-ups."""
    return Classification(
        "human",
        reasons,
        return_date=find_return_date(text, msg.date) if absence else None,
        alternate_contact=find_alternate_contact(text, exclude) if absence else None,
        absence=absence.group(0) if absence else None,
    )
