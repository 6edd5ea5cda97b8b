"""Cases 055-070: a Japanese holding reply, auto-replies, bounces and unrelated mail."""
from .common import PO, D, MON, WD, case, exp_kind
from .mime import (Node, addr, attach, boundary, ew, message, multi, msgid, quote, reply_mail,
                   req_subject, req_when, request_mail, request_text, text, t2h, html_doc, wrap_html)
from .pdf import make_pdf
from .xlsx import make_xlsx


def req_date_hdr(po, plus_min=0, tz="+0000"):
    d, hh, mm = req_when(po)
    mm += plus_min
    hh += mm // 60
    mm %= 60
    return D(d.year, d.month, d.day, hh, mm, 11 + plus_min % 40, tz)


@case("maker-check-ja", "needs_review/ja-JP",
      "ISO-2022-JP holding reply: delivery is being checked with the maker and an answer promised by 11月20日（金）- that is a reply date, not a delivery date.")
def c55(c):
    sup = ("KOKUSAIBED", "Kokusai Medical Bed Co., Ltd.", "order@kokusai-bed.example", "ja-JP")
    po = PO("4500381255", sup, "JPY", "2026-11-04", [
        ("KMB-3M-900", "Hospital bed 3-motor, 900 mm width, 2027 model", 6, "EA", "385000", "2026-12-18"),
        ("KMB-MAT-83", "Mattress 83x191 cm, 10 cm thick", 6, "EA", "42000", "2026-12-18"),
    ], buyer="ka")
    reply = ("新井様\n\nいつも大変お世話になっております。\n国際メディカルベッドの佐藤です。\n\n"
             "ご注文書 4500381255 を確かに受領いたしました。\n"
             "納期につきましては現在メーカーに確認中のため、11月20日（金）までに改めてご回答いたします。\n"
             "価格はお見積書 No.Q-2026-0815 の通りで問題ないかと存じますが、あわせて確認いたします。\n\n"
             "何卒よろしくお願いいたします。\n\n"
             "国際メディカルベッド株式会社　営業課\n佐藤 美咲\nTEL 03-5555-7210\n")
    eml = _c55_mail(c, po, reply)
    return [po], eml, exp_kind("needs_review", "Receipt plus 'checking with the maker, will answer by 11/20 (Fri)'; the price is only 'probably as quoted' - nothing committed.")


def _c55_mail(c, po, reply):
    return reply_mail(c, po, frm=("佐藤 美咲", "m.sato@kokusai-bed.example"),
                      date=D(2026, 11, 10, 9, 5, 33, "+0900"), reply=reply, client="other", lang="ja",
                      charset="iso-2022-jp", cte="7bit", html=False,
                      quote_style="On {d.year}/{d.month:02d}/{d.day:02d} {hh}:{mm:02d}, {name} wrote:",
                      subject="Re: Order acknowledgment request - PO 4500381255",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")])


# ------------------------------------------------------------------ auto replies

def auto_mail(c, po, *, frm, date, subject, body, charset, cte="quoted-printable", client="outlook",
              html=True, extra=(), henc="B", thread=True, lang_tag=None):
    bname, bmail = po["buyer"]["name"], po["buyer"]["email"]
    dom = frm[1].split("@")[1]
    hdrs = [("From", addr(frm[0], frm[1], charset if charset != "us-ascii" else "utf-8", henc)),
            ("To", addr(bname, bmail)), ("Subject", ew(subject, charset, henc)), ("Date", date),
            ("Message-ID", msgid(c, client, dom))]
    if thread:
        hdrs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    hdrs += list(extra)
    if lang_tag:
        hdrs.append(("Content-Language", lang_tag))
    tp = text(body, "plain", charset, cte, quoted_cs=(client == "outlook"))
    if html:
        hp = text(wrap_html(html_doc(t2h(body), client, "en", charset)), "html", charset, cte, quoted_cs=(client == "outlook"))
        root = multi("alternative", [tp, hp], boundary(c, client))
    else:
        root = tp
    return message(hdrs, root)


AUTO_HDRS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("autoreply-tr-izin", "auto_reply/tr-TR",
      "Turkish Outlook 'Otomatik yanıt' out-of-office with a leave period 16.11.2026 - 23.11.2026 and an alternative address.")
def c56(c):
    sup = ("ANKASAKSI", "Anka Orkide Saksı San. ve Tic. A.Ş.", "siparis@ankasaksi.example", "tr-TR")
    po = PO("4500381650", sup, "TRY", "2026-11-16", [
        ("AK-SKS-12", "Orchid pot transparent 12 cm, 2027 colour range", 4000, "PCS", "7.40", "2026-12-18"),
        ("AK-SKS-15", "Orchid pot transparent 15 cm", 2500, "PCS", "9.80", "2026-12-18"),
    ], buyer="ka")
    body = ("Merhaba,\n\n16.11.2026 - 23.11.2026 tarihleri arasında yıllık izindeyim ve e-postalarıma erişimim "
            "sınırlı olacaktır. Acil siparişleriniz için lütfen satis@ankasaksi.example adresine veya "
            "+90 232 555 41 00 numaralı telefona başvurunuz.\n\nSaygılarımla,\nElif Yıldız\nİhracat Sorumlusu\n"
            "Anka Orkide Saksı San. ve Tic. A.Ş. - Kemalpaşa OSB, 35730 İzmir\n")
    eml = auto_mail(c, po, frm=("Elif Yıldız", "siparis@ankasaksi.example"), date=req_date_hdr(po, 1, "+0000"),
                    subject="Otomatik yanıt: " + req_subject(po), body=body, charset="iso-8859-9",
                    extra=AUTO_HDRS, lang_tag="tr-TR")
    return [po], eml, exp_kind("auto_reply", "Out-of-office auto-reply in Turkish; the dates are the absence period, not delivery dates.")


@case("ooo-it-collega", "auto_reply/it-IT",
      "Italian out-of-office naming a colleague's address and phone for orders; 'fino al 30 novembre 2026' is an absence date.")
def c57(c):
    sup = ("TESSUTITEATRO", "Tessuti per Teatro Bergamo S.r.l.", "ordini@tessutiteatro.example", "it-IT")
    po = PO("4500381530", sup, "EUR", "2026-11-09", [
        ("TT-VEL-ROSSO", "Theatre velvet red, 150 cm wide, 480 g/m", 120, "M", "28.50", "2026-12-11"),
        ("TT-CORD-8", "Curtain cord 8 mm, black, 100 m reel", 4, "ROL", "62.00", "2026-12-11"),
    ], buyer="mb")
    body = ("Grazie per il messaggio.\n\nSono fuori ufficio fino al 30 novembre 2026 con accesso limitato alla posta. "
            "Per ordini e conferme d'ordine contattate la mia collega Chiara Bonetti, "
            "chiara.bonetti@tessutiteatro.example, tel. +39 035 555 2201.\n\n"
            "Cordiali saluti\nPaolo Rinaldi\nTessuti per Teatro Bergamo S.r.l.\n")
    eml = auto_mail(c, po, frm=("Paolo Rinaldi", "p.rinaldi@tessutiteatro.example"), date=req_date_hdr(po, 2, "+0000"),
                    subject="Risposta automatica: " + req_subject(po), body=body, charset="windows-1252",
                    extra=AUTO_HDRS, lang_tag="it-IT")
    return [po], eml, exp_kind("auto_reply", "Out-of-office with a colleague to contact; nothing about the order itself.")


@case("ticket-enus-received", "auto_reply/en-US",
      "Helpdesk ticket acknowledgment '[Request #48213]' that echoes our whole request table with dates and prices.")
def c58(c):
    sup = ("POLARLAB", "PolarLab Scientific LLC", "orders@polarlab.example", "en-US")
    po = PO("4500381580", sup, "USD", "2026-11-17", [
        ("PL-ULT-86-500", "Ultra-low temperature freezer -86 C, 500 L, 115V/60Hz", 2, "EA", "11450.00", "2026-12-18"),
        ("PL-BKP-CO2", "CO2 backup system for ULT freezer", 2, "EA", "1280.00", "2026-12-18"),
    ], buyer="mb")
    body = ("##- Please type your reply above this line -##\n\nHi Marco,\n\n"
            "Thank you for contacting PolarLab Scientific. Your request (#48213) has been received and is being "
            "reviewed by our Order Management team. A team member will respond within 1-2 business days.\n\n"
            "You can view the status of your request at https://support.polarlab.example/hc/requests/48213\n\n"
            "Your original message:\n\n" + request_text(po) +
            "\n--\nPolarLab Scientific Customer Care\nThis email is a service from PolarLab Scientific. Delivered by Zendesk\n")
    eml = auto_mail(c, po, frm=("PolarLab Customer Care", "support@polarlab.example"), date=req_date_hdr(po, 1, "+0000"),
                    subject=f"[Request #48213] RE: {req_subject(po)}", body=body, charset="utf-8", client="other",
                    extra=AUTO_HDRS[:1] + [("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "a81f2c")])
    return [po], eml, exp_kind("auto_reply", "Ticket-system receipt; the table with quantities, prices and dates is just our own request echoed back.")


@case("shared-inbox-sv-kvitto", "auto_reply/sv-SE",
      "Swedish shared-inbox receipt ('automatisk bekräftelse ... ordererkännande skickas separat') with opening hours 07.30-16.00.")
def c59(c):
    sup = ("KRANKROK", "Krankrok Lyftteknik AB", "order@krankrok.example", "sv-SE")
    po = PO("4500381612", sup, "SEK", "2026-11-18", [
        ("KK-HOOK-8T", "Crane hook 8 t with safety latch, grade 8", 6, "EA", "3150.00", "2026-12-18"),
        ("KK-SWV-5T", "Swivel hook 5 t, ball bearing", 10, "EA", "1690.00", "2026-12-18"),
    ], buyer="ro")
    body = ("Tack för ditt mejl!\n\nDetta är en automatisk bekräftelse på att ditt meddelande har kommit fram till vår "
            "orderavdelning. Vi besvarar normalt inom två arbetsdagar. Ordererkännande skickas separat.\n\n"
            "Öppettider: mån-fre 07.30-16.00\n\nKrankrok Lyftteknik AB\nHamnvägen 12, 602 38 Norrköping\n011-555 38 00\n")
    eml = auto_mail(c, po, frm=("Krankrok Order", "order@krankrok.example"), date=req_date_hdr(po, 1, "+0000"),
                    subject="Vi har tagit emot ditt mejl: " + req_subject(po), body=body, charset="iso-8859-1",
                    client="other", html=False, extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [po], eml, exp_kind("auto_reply", "Automatic receipt of a shared order mailbox; it explicitly says the acknowledgment will follow separately.")


@case("abwesenheit-de", "auto_reply/de-DE",
      "German 'Automatische Antwort' absence note ('bis einschließlich 27.11.2026', not forwarded) sent by the supplier's Exchange.")
def c60(c):
    sup = ("ETUIBAU", "Markneukirchner Etuibau GmbH", "bestellung@etuibau-mkk.example", "de-DE")
    po = PO("4500381695", sup, "EUR", "2026-11-23", [
        ("ME-CELLO-44", "Cello case 4/4 fibreglass, 3.9 kg", 5, "EA", "690.00", "2027-01-15"),
        ("ME-VIOL-44", "Violin case 4/4 shaped, 1.6 kg", 20, "EA", "215.00", "2027-01-15"),
    ], buyer="ka")
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 "
            "nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere "
            "Zentrale unter +49 37422 555-0.\n\nMit freundlichen Grüßen\nAndrea Seidel\nMarkneukirchner Etuibau GmbH\n")
    eml = auto_mail(c, po, frm=("Seidel, Andrea", "a.seidel@etuibau-mkk.example"), date=req_date_hdr(po, 1, "+0000"),
                    subject="Automatische Antwort: " + req_subject(po), body=body, charset="iso-8859-1",
                    extra=AUTO_HDRS, lang_tag="de-DE")
    return [po], eml, exp_kind("auto_reply", "Exchange out-of-office; 27.11.2026 is the return date.")


@case("autoreply-ko-chuljang", "auto_reply/ko-KR",
      "EUC-KR '[자동응답]' business-trip notice (11월 19일 ~ 11월 27일) pointing to the sales team mailbox.")
def c61(c):
    sup = ("HANILMIX", "Hanil Mixer Parts Co., Ltd.", "order@hanilmix.example", "ko-KR")
    po = PO("4500381623", sup, "USD", "2026-11-19", [
        ("HM-BLD-1.0", "Mixer blade set for 1.0 m3 pan mixer, Ni-hard", 4, "SET", "540.00", "2027-01-08"),
        ("HM-ARM-24", "Mixing arm 24 in, cast steel", 8, "EA", "96.00", "2027-01-08"),
    ], buyer="tf")
    body = ("안녕하십니까.\n\n보내주신 메일은 잘 받았습니다. 현재 해외 출장 중(11월 19일 ~ 11월 27일)으로 메일 확인이 "
            "늦어질 수 있습니다.\n급한 용무는 영업팀 대표 메일 sales@hanilmix.example 또는 +82-55-555-3410 으로 연락 "
            "부탁드립니다.\n\n감사합니다.\n박서준 드림\n")
    eml = auto_mail(c, po, frm=("박서준", "sj.park@hanilmix.example"), date=req_date_hdr(po, 3, "+0000"),
                    subject="[자동응답] " + req_subject(po), body=body, charset="euc-kr", cte="base64",
                    extra=AUTO_HDRS, lang_tag="ko-KR")
    return [po], eml, exp_kind("auto_reply", "Korean automatic business-trip reply; the date range is the trip, not delivery.")


# ------------------------------------------------------------------ bounces

def dsn_mail(c, po, *, frm, date, subject, human, ds, human_html=None, btype="other", extra=(), to=None):
    bname, bmail = po["buyer"]["name"], po["buyer"]["email"]
    parts = []
    hp = text(human, "plain", "us-ascii", "7bit", quoted_cs=False, extra=[("Content-Description", "Notification")])
    if human_html:
        hh = text(wrap_html(human_html), "html", "us-ascii", "7bit", quoted_cs=False)
        parts.append(multi("alternative", [hp, hh], boundary(c, btype)))
    else:
        parts.append(hp)
    parts.append(Node([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      body=ds.encode("ascii")))
    parts.append(Node([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                      body=request_mail(c, po)))
    root = multi("report", parts, boundary(c, btype), extra_params="; report-type=delivery-status")
    hdrs = [("From", frm), ("To", to or addr(bname, bmail)), ("Subject", subject), ("Date", date),
            ("Message-ID", f"<{c.hex(24)}@mx1.meridian-supply.example>"), ("Auto-Submitted", "auto-replied")] + list(extra)
    return message(hdrs, root)


@case("dsn-mailbox-full", "bounce/fr-FR",
      "Postfix multipart/report DSN, status 5.2.2 (mailbox full, French text from the remote server), carrying our request with its table.")
def c62(c):
    sup = ("PYROMER", "Pyromer Signalisation SAS", "commandes@pyromer.example", "fr-FR")
    po = PO("4500381540", sup, "EUR", "2026-11-10", [
        ("PY-FEU-MAIN", "Red hand flare, 60 s, 15,000 cd", 300, "PCS", "21.40", "2026-12-11"),
        ("PY-FUM-ORG", "Orange smoke canister 3 min, buoyant", 60, "PCS", "58.00", "2026-12-11"),
    ], buyer="tf")
    arr = req_date_hdr(po, 0)
    human = ("This is the mail system at host mx1.meridian-supply.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<commandes@pyromer.example>: host mx.pyromer.example[192.0.2.41] said:\n"
             "    552 5.2.2 <commandes@pyromer.example>: Boite aux lettres pleine / Mailbox\n"
             "    full (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx1.meridian-supply.example\nX-Postfix-Queue-ID: 4F2K8L1xQwz9sWl\n"
          "X-Postfix-Sender: rfc822; tomas.ferreira@meridian-supply.example\n"
          f"Arrival-Date: {arr}\n\n"
          "Final-Recipient: rfc822; commandes@pyromer.example\nOriginal-Recipient: rfc822;commandes@pyromer.example\n"
          "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx.pyromer.example\n"
          "Diagnostic-Code: smtp; 552 5.2.2 <commandes@pyromer.example>: Boite aux lettres\n    pleine / Mailbox full\n")
    eml = dsn_mail(c, po, frm="Mail Delivery System <MAILER-DAEMON@mx1.meridian-supply.example>",
                   date=req_date_hdr(po, 1), subject="Undelivered Mail Returned to Sender", human=human, ds=ds,
                   btype="postfix")
    return [po], eml, exp_kind("bounce", "Full-mailbox DSN (5.2.2); the returned original contains our PO table with quantities, prices and dates.")


@case("exchange-ndr-nl", "bounce/nl-NL",
      "Office 365 'Undeliverable' NDR (550 5.1.10 RecipientNotFound) with HTML and text notification plus the original request attached.")
def c63(c):
    sup = ("DIERVOERBLIK", "Diervoer Blik B.V.", "inkoop-verkoop@diervoerblik.example", "nl-NL")
    po = PO("4500381561", sup, "EUR", "2026-11-12", [
        ("DB-BLIK-400", "Pet food can 400 g, 73x110 mm, gold lacquer", 30000, "PCS", "0.142", "2026-12-18"),
        ("DB-DEKSEL-73", "Easy-open end 73 mm", 30000, "PCS", "0.038", "2026-12-18"),
    ], buyer="hl")
    human = ("Your message to inkoop-verkoop@diervoerblik.example couldn't be delivered.\n\n"
             "inkoop-verkoop wasn't found at diervoerblik.example.\n\n"
             "hanna.lindqvist   Office 365   inkoop-verkoop\nAction Required                Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n"
             "- Contact the recipient by some other means to confirm the address.\n\n"
             "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
             "Original Message Details\n"
             f"Created Date: {req_date_hdr(po, 0)}\nSender Address: hanna.lindqvist@meridian-supply.example\n"
             "Recipient Address: inkoop-verkoop@diervoerblik.example\n"
             f"Subject: {req_subject(po)}\n\n"
             "Error Details\nReported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
             "DSN generated by: AM9PR06MB7321.eurprd06.prod.outlook.com\n")
    human_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
                  "<p><b><font color=\"#000000\" size=\"3\">Your message to inkoop-verkoop@diervoerblik.example couldn't be delivered.</font></b></p>"
                  "<p>inkoop-verkoop wasn't found at diervoerblik.example.</p>"
                  "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>"
                  "<p>Status code: 550 5.1.10</p></body></html>\n")
    ds = ("Reporting-MTA: dns;AM9PR06MB7321.eurprd06.prod.outlook.com\n"
          f"Received-From-MTA: dns;AM9PR06MB7321.eurprd06.prod.outlook.com\nArrival-Date: {req_date_hdr(po, 0)}\n\n"
          "Final-Recipient: rfc822;inkoop-verkoop@diervoerblik.example\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    eml = dsn_mail(c, po, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@meridian-supply.example>",
                   date=req_date_hdr(po, 1), subject="Undeliverable: " + req_subject(po), human=human, ds=ds,
                   human_html=human_html, btype="outlook",
                   extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])
    return [po], eml, exp_kind("bounce", "Exchange NDR for an unknown recipient; Created Date and the attached request table are not supplier data.")


@case("qmail-plain-bounce", "bounce/pl-PL",
      "Plain-text qmail bounce (no multipart/report) with the full original request, including its PO table, pasted below the separator.")
def c64(c):
    sup = ("WLOCZKA", "Włóczka Polska Sp. z o.o.", "biuro@wloczka-pl.example", "pl-PL")
    po = PO("4500381599", sup, "PLN", "2026-11-13", [
        ("WP-WEL-100", "Wool knitting yarn 100 g, 8/4, colour 031 navy", 400, "PCS", "14.90", "2026-12-11"),
        ("WP-AKR-50", "Acrylic yarn 50 g, 4/3 twist, colour 112", 800, "PCS", "4.60", "2026-12-11"),
    ], buyer="ro")
    body = ("Hi. This is the qmail-send program at mail.wloczka-pl.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<biuro@wloczka-pl.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n").encode("ascii") + request_mail(c, po)
    hdrs = [("From", "MAILER-DAEMON@mail.wloczka-pl.example"), ("To", "ruth.osei@meridian-supply.example"),
            ("Subject", "failure notice"), ("Date", req_date_hdr(po, 2, "+0000")),
            ("Message-ID", f"<{int(c.hex(8), 16)}.qmail@mail.wloczka-pl.example>")]
    root = Node([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")], body=body)
    return [po], message(hdrs, root), exp_kind("bounce", "qmail failure notice as plain text; the copied original holds our PO lines and requested dates.")


@case("gmail-dsn-user-unknown", "bounce/en-AU",
      "Google 'Delivery Status Notification (Failure)' for 550 5.1.1 with an HTML notification and the original request as message/rfc822.")
def c65(c):
    sup = ("MIXAPARTS", "MixaParts Australia Pty Ltd", "orders@mixaparts.example", "en-AU")
    po = PO("4500381604", sup, "AUD", "2026-11-16", [
        ("MX-SEAL-110", "Drum roller seal kit 110 mm, for 6 m3 agitator", 10, "SET", "138.00", "2026-12-14"),
        ("MX-CHUTE-1.2", "Discharge chute extension 1.2 m, steel", 3, "EA", "465.00", "2026-12-14"),
    ], buyer="hl")
    human = ("** Address not found **\n\nYour message wasn't delivered to orders@mixaparts.example because the address "
             "couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
             "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. "
             "Please try double-checking the recipient's email address for typos or unnecessary spaces.\n")
    human_html = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
                  "<h2>Address not found</h2><p>Your message wasn't delivered to <a>orders@mixaparts.example</a> because the "
                  "address couldn't be found, or is unable to receive mail.</p><p>The response was:</p>"
                  "<p>550 5.1.1 The email account that you tried to reach does not exist.</p></td></tr></table></body></html>\n")
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          f"Arrival-Date: {req_date_hdr(po, 0)}\n\n"
          "Final-Recipient: rfc822; orders@mixaparts.example\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; aspmx.l.google.com. (142.250.102.27, the server for the domain mixaparts.example.)\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
          f"Last-Attempt-Date: {req_date_hdr(po, 1)}\n")
    eml = dsn_mail(c, po, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                   date=req_date_hdr(po, 1), subject="Delivery Status Notification (Failure)", human=human, ds=ds,
                   human_html=human_html, btype="gmail")
    return [po], eml, exp_kind("bounce", "Gmail-style DSN (user unknown); the returned original request is the only place with PO data.")


@case("exim-plain-bounce-cs", "bounce/cs-CZ",
      "Exim 'Mail delivery failed' plain-text bounce (550 5.7.1 spam rejection) with a full copy of our request below.")
def c66(c):
    sup = ("NEMOCLUZKO", "Nemocniční lůžka Morava a.s.", "prodej@luzka-morava.example", "cs-CZ")
    po = PO("4500381617", sup, "CZK", "2026-11-17", [
        ("NL-LUZ-ELE", "Hospital bed electric 4-section, 90x200 cm, 24V", 12, "EA", "48900.00", "2026-12-18"),
        ("NL-HRZ-2", "Side rail set, 2 pcs, 1.5 m", 12, "SET", "3200.00", "2026-12-18"),
    ], buyer="ka")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  prodej@luzka-morava.example\n    host mx1.luzka-morava.example [192.0.2.88]\n"
            "    SMTP error from remote mail server after end of data:\n"
            "    550 5.7.1 Message rejected as spam by content filter\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n").encode("ascii") + request_mail(c, po)
    hdrs = [("From", "Mail Delivery System <Mailer-Daemon@mx1.meridian-supply.example>"),
            ("To", "keiko.arai@meridian-supply.example"),
            ("Subject", "Mail delivery failed: returning message to sender"), ("Date", req_date_hdr(po, 1, "+0000")),
            ("Message-ID", f"<E1v{c.alnum(6)}-000{c.alnum(3)}-{c.alnum(2)}@mx1.meridian-supply.example>"),
            ("Auto-Submitted", "auto-replied")]
    root = Node([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")], body=body)
    return [po], message(hdrs, root), exp_kind("bounce", "Exim plain-text bounce for a spam rejection; the copied request carries our table and dates.")


# ------------------------------------------------------------------ unrelated

@case("newsletter-da-newline", "unrelated/da-DK",
      "Danish newsletter from the same supplier announcing a new LED flare product line with prices and 'levering fra uge 3 2027'.")
def c67(c):
    sup = ("NORDBLUS", "Nordblus Pyroteknik A/S", "ordre@nordblus.example", "da-DK")
    po = PO("4500381808", sup, "DKK", "2026-11-12", [
        ("NB-HF-RED", "Red hand flare SOLAS, 60 s burn, 2029 expiry", 400, "PCS", "118.00", "2026-12-18"),
    ], buyer="ro")
    body = ("NYHED FRA NORDBLUS\n\nMød NB-LUX: vores nye serie af elektroniske LED-nødblus\n\n"
            "- Ingen udløbsdato og ingen farligt gods-håndtering\n- Op til 6 timers lys, synlig på 10 sømil\n"
            "- SOLAS-godkendelse forventet 2027\n\n"
            "Introduktionspris: 1.295,00 kr. pr. stk. (NB-LUX-1) ved bestilling inden 18.12.2026.\n"
            "Levering fra uge 3 2027.\n\nLæs mere på www.nordblus.example/nb-lux\n\n"
            "Du modtager dette nyhedsbrev, fordi du er kunde hos Nordblus Pyroteknik A/S.\n"
            "Afmeld: https://www.nordblus.example/afmeld?id=88213\n")
    html_body = ("<table width=\"600\" align=\"center\"><tr><td><h1>NYHED FRA NORDBLUS</h1>"
                 "<h2>M&oslash;d NB-LUX: vores nye serie af elektroniske LED-n&oslash;dblus</h2>"
                 "<ul><li>Ingen udl&oslash;bsdato og ingen farligt gods-h&aring;ndtering</li><li>Op til 6 timers lys, synlig p&aring; 10 s&oslash;mil</li>"
                 "<li>SOLAS-godkendelse forventet 2027</li></ul>"
                 "<p><b>Introduktionspris: 1.295,00 kr.</b> pr. stk. (NB-LUX-1) ved bestilling inden 18.12.2026.<br>Levering fra uge 3 2027.</p>"
                 "<p><a href=\"https://www.nordblus.example/nb-lux\">L&aelig;s mere</a></p>"
                 "<p style=\"font-size:10px\">Du modtager dette nyhedsbrev, fordi du er kunde hos Nordblus Pyroteknik A/S. "
                 "<a href=\"https://www.nordblus.example/afmeld?id=88213\">Afmeld</a></p></td></tr></table>")
    hdrs = [("From", addr("Nordblus Nyhedsbrev", "nyhedsbrev@nordblus.example")),
            ("To", addr("Ruth Osei", "ruth.osei@meridian-supply.example")),
            ("Subject", ew("Nyhed: LED-nødblus NB-LUX 2027 - ingen udløbsdato!", "iso-8859-1", "Q")),
            ("Date", D(2026, 11, 24, 7, 0, 0, "+0100")),
            ("Message-ID", f"<{c.hex(16)}.{c.hex(8)}@mailer.nordblus.example>"),
            ("List-Unsubscribe", "<https://www.nordblus.example/afmeld?id=88213>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
            ("X-Mailer", "Mailchimp Mailer - **CID" + c.hex(10) + "**")]
    root = multi("alternative", [text(body, "plain", "iso-8859-1", "quoted-printable", quoted_cs=False),
                                 text(wrap_html("<html><body>" + html_body + "</body></html>\n"), "html", "iso-8859-1",
                                      "quoted-printable", quoted_cs=False)], boundary(c, "other"))
    return [po], message(hdrs, root), exp_kind("unrelated", "Marketing newsletter from the supplier of an open PO: new product line, intro price and delivery week are not about our order.")


@case("pricelist-2027-fr", "unrelated/fr-FR",
      "French 2027 price list with an XLSX whose rows include our PO item codes at new prices; it answers nothing about the order.")
def c68(c):
    sup = ("SACHETDOR", "Sachet d'Or SARL", "commercial@sachetdor.example", "fr-FR")
    po = PO("4500381515", sup, "EUR", "2026-11-09", [
        ("SO-EARL-50", "Earl Grey tea bags 2 g, box of 50", 800, "BOX", "3.40", "2026-12-11"),
        ("SO-VERV-25", "Verbena infusion bags 1.2 g, box of 25", 600, "BOX", "2.15", "2026-12-11"),
    ], buyer="hl")
    x = make_xlsx([
        ["Tarifs 2027 - applicables au 01/01/2027", None, None, None],
        ["Référence", "Désignation", "Conditionnement", "Prix HT EUR"],
        ["SO-EARL-50", "Thé Earl Grey 2 g", "boîte de 50", 3.55],
        ["SO-VERV-25", "Infusion verveine 1,2 g", "boîte de 25", 2.25],
        ["SO-MENT-25", "Infusion menthe 1,5 g", "boîte de 25", 2.3],
        ["SO-ROOI-50", "Rooibos 1,75 g", "boîte de 50", 3.7],
    ], sheet="Tarifs 2027", ts=(2026, 11, 30, 8, 40, 0))
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint nos tarifs applicables au 1er janvier 2027 (hausse moyenne "
            "de 4,5 %). Les commandes passées avant le 31/12/2026 restent facturées au tarif 2026.\n\n"
            "Nous restons à votre disposition pour toute question.\n\nBien cordialement,\n\nL'équipe commerciale\n"
            "Sachet d'Or SARL - 7, rue des Tisserands - 69007 Lyon - Tél. 04 78 55 21 90\n")
    bname, bmail = po["buyer"]["name"], po["buyer"]["email"]
    hdrs = [("From", addr("Sachet d'Or - Service commercial", "commercial@sachetdor.example")), ("To", addr(bname, bmail)),
            ("Subject", ew("Tarifs 2027 - Sachet d'Or", "utf-8")), ("Date", D(2026, 11, 30, 9, 0, 12, "+0100")),
            ("Message-ID", msgid(c, "tb", "sachetdor.example")), ("User-Agent", "Mozilla Thunderbird")]
    root = multi("mixed", [text(body, "plain", "UTF-8", "8bit", flowed=True, quoted_cs=False),
                           attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Tarifs_2027.xlsx")],
                 boundary(c, "tb"))
    return [po], message(hdrs, root), exp_kind("unrelated", "General 2027 price list; even though our item codes appear at higher prices, it does not answer PO 4500381515 (2026 orders keep 2026 prices).")


@case("invoice-other-po-engb", "unrelated/en-GB",
      "Accounts department sends an invoice PDF for an older, delivered order 4500379855 while PO 4500381380 is open.")
def c69(c):
    sup = ("HAULCOVER", "Haulcover Tarpaulins Ltd", "sales@haulcover.example", "en-GB")
    po = PO("4500381380", sup, "GBP", "2026-11-04", [
        ("HC-CS-136", "Curtain-side tarpaulin 13.6 m, 900 g/m2, blue", 4, "EA", "945.00", "2026-12-11"),
        ("HC-BUCK-50", "Over-centre buckle 50 mm, 10 pcs", 6, "BOX", "34.00", "2026-12-11"),
    ], buyer="mb")
    pdf = make_pdf([[
        "#HAULCOVER TARPAULINS LTD",
        "Unit 3, Roman Way Industrial Estate, Preston PR2 5BB   VAT GB 318 5529 41",
        "",
        "#INVOICE INV-88172",
        "Invoice date: 20/11/2026     Due date: 20/12/2026",
        "Customer order: 4500379855    Delivery note: DN-51190 of 28/10/2026",
        "",
        "Item         Description                            Qty  Unit   Price GBP   Amount GBP",
        "HC-CS-120    Curtain-side tarpaulin 12.0 m, grey      2  EA        880.00     1,760.00",
        "HC-ROPE-8    Tie rope 8 mm x 50 m                     5  ROL        41.50       207.50",
        "",
        "Net 1,967.50   VAT 20% 393.50   Total GBP 2,361.00",
        "Bank: Barclays, sort code 20-45-77, account 43218876",
    ]], title="Invoice INV-88172", date="20261120141000+00'00'", compress=True, producer="Sage 50 Accounts")
    body = ("Dear Marco,\n\nPlease find attached invoice INV-88172 for your order 4500379855, delivered 28/10/2026.\n"
            "Payment is due by 20/12/2026.\n\nKind regards\nClaire Whitfield\nCredit Control | Haulcover Tarpaulins Ltd\n"
            "T 01772 555 390\n")
    bname, bmail = po["buyer"]["name"], po["buyer"]["email"]
    hdrs = [("From", addr("Claire Whitfield", "accounts@haulcover.example")), ("To", addr(bname, bmail)),
            ("Subject", "Invoice INV-88172 - your order 4500379855"), ("Date", D(2026, 11, 20, 14, 12, 40, "+0000")),
            ("Message-ID", msgid(c, "outlook", "haulcover.example")), ("Thread-Index", "AQH" + c.alnum(26) + "=="),
            ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    alt = multi("alternative", [text(body, "plain", "us-ascii", "quoted-printable"),
                                text(wrap_html(html_doc(t2h(body), "outlook", "en", "us-ascii")), "html", "us-ascii",
                                     "quoted-printable")], boundary(c, "outlook"))
    root = multi("mixed", [alt, attach(pdf, "application/pdf", "INV-88172.pdf")], boundary(c, "outlook"))
    return [po], message(hdrs, root), exp_kind("unrelated", "Invoice for a different, already delivered PO (4500379855); nothing about open PO 4500381380.")


@case("guia-remessa-other-ptpt", "unrelated/pt-PT",
      "Portuguese delivery note ('guia de remessa') for another order 4500380514 shipped today, with a PDF full of quantities and dates.")
def c70(c):
    sup = ("ADITIVOSLIS", "Aditivos Lisboa, S.A.", "encomendas@aditivoslis.example", "pt-PT")
    po = PO("4500381590", sup, "EUR", "2026-11-12", [
        ("AL-PLAST-1T", "Plasticiser liquid for concrete, 1,000 L IBC", 3, "EA", "1340.00", "2026-12-18"),
        ("AL-ACEL-25", "Set accelerator powder, 25 kg bag", 800, "KG", "1.72", "2026-12-18"),
    ], buyer="tf")
    pdf = make_pdf([[
        "#ADITIVOS LISBOA, S.A.",
        "Parque Industrial do Seixal, Lote 14, 2840-068 Seixal   NIF 503 812 447",
        "",
        "#GUIA DE REMESSA GR 2026/4471",
        "Data de carga: 26/11/2026 08:30     Transportador: TNT Portugal",
        "Vossa encomenda: 4500380514",
        "",
        "Artigo        Descricao                                Quant.  Un.",
        "AL-RET-20     Retardador de presa, bidao 20 L             24  UN",
        "AL-IMP-25     Hidrofugo em po, saco 25 kg                 40  UN",
        "",
        "Peso bruto: 1 545 kg    Paletes: 2",
    ]], title="Guia de remessa GR 2026/4471", date="20261126083500+00'00'", compress=False, producer="PHC CS")
    body = ("Bom dia,\n\nJunto enviamos a guia de remessa GR 2026/4471 referente à vossa encomenda 4500380514, "
            "expedida hoje, 26/11/2026, por TNT. Entrega prevista a 30 de novembro.\n\n"
            "Com os melhores cumprimentos,\nSónia Mendes\nLogística\nAditivos Lisboa, S.A. - Tel.: +351 212 555 640\n")
    bname, bmail = po["buyer"]["name"], po["buyer"]["email"]
    hdrs = [("From", addr("Sónia Mendes", "logistica@aditivoslis.example", "iso-8859-1", "Q")), ("To", addr(bname, bmail)),
            ("Subject", ew("Guia de remessa GR 2026/4471 - encomenda 4500380514", "iso-8859-1", "Q")),
            ("Date", D(2026, 11, 26, 9, 2, 18, "+0000")), ("Message-ID", msgid(c, "outlook", "aditivoslis.example")),
            ("Content-Language", "pt-PT")]
    root = multi("mixed", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                           attach(pdf, "application/pdf", "GR_2026_4471.pdf")], boundary(c, "outlook"))
    return [po], message(hdrs, root), exp_kind("unrelated", "Delivery note for another PO (4500380514); its dispatch and expected delivery dates do not concern PO 4500381590.")
