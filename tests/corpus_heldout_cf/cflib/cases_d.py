from .common import (case, supplier, po, other, reply, mdate, wd, pdf_att, xlsx_att, auto_reply, report_bounce,
                     req_subject, request_message, addr, text, multipart, h8)
from .mime import raw_part
from .pdf import make_pdf
from .xlsx import make_xlsx


def plain_bounce(n, p, *, date, frm, subject, human, msgid, orig_date, extra=()):
    orig = request_message(p, "Sir or Madam", orig_date, plain=True).decode("ascii")
    body = human + orig
    hdr = [("Return-Path", "<>"), ("From", frm), ("To", addr(p["buyer"]["name"], p["buyer"]["email"])),
           ("Subject", subject), ("Date", date), ("Message-ID", msgid)] + list(extra) + [("MIME-Version", "1.0")]
    return text(body, cs="us-ascii", cte="7bit").render(hdr)


# ------------------------------------------------------------------ needs_review
@case("trailer-ramps-values-only-quoted", "needs_review/en-AU",
      "'Thanks Dana, got it' from a phone: every quantity, price and date in the mail is in our own quoted request")
def n_au(n):
    s = supplier("OUTBACKR", "Outback Float Ramps Pty Ltd", "sales@outbackfloat.example", "en-AU")
    p = po("4500232244", s, "AUD", "2026-11-19", [
        ("HTR-RAMP-18", "Rear ramp aluminium 1.8 m, rubber matting", 5, "EA", "1240.00", "2026-12-11"),
        ("HTR-LATCH-SS", "Ramp latch stainless, pair", 10, "PAIR", "68.00", "2026-12-11"),
    ], buyer="tom")
    body = "Thanks Dana, got it - I'll run it past the workshop.\n\nCheers\nMick\n\nSent from my iPhone"
    eml = reply(n, p, date=mdate(2026, 11, 20, 7, 41, 2, "+1100"), body=body, client="iphone", quote="gmail",
                html=None, prefix="Re:", to=("Tom Haverkamp", "tom.haverkamp@kestrel-supply.example"), contact="Mick")
    return [p], eml, other("needs_review",
                           "A human acknowledgement with no commitment ('I'll run it past the workshop'); all values are "
                           "only in our quoted request, which must not be read as the supplier's answer.")


@case("pipette-stands-prepayment-condition", "needs_review/sk-SK",
      "Confirmation only 'za podmienky 50 % zálohy' with a ship date relative to an unknown payment date")
def n_sk(n):
    s = supplier("LABTECSK", "LabTech Slovakia s.r.o.", "predaj@labtech-sk.example", "sk-SK")
    p = po("4500232276", s, "EUR", "2026-11-20", [
        ("PIP-STN-12", "Pipette stand for 12 pipettes, PP", 20, "EA", "18.90", "2026-12-16"),
        ("PIP-STN-UNI", "Universal pipette stand, 2027 model", 10, "EA", "32.50", "2026-12-16"),
    ], buyer="priya")
    body = ("Dobrý deň,\n\nobjednávku vieme potvrdiť za podmienky 50 % zálohovej platby vopred. Ceny podľa objednávky; "
            "tovar expedujeme do 10 pracovných dní od pripísania zálohy na náš účet. Zálohovú faktúru pošleme po Vašom "
            "súhlase.\n\nS pozdravom\nZuzana Horváthová\nLabTech Slovakia s.r.o.\nPriemyselná 7, 821 09 Bratislava\n"
            "tel. +421 2 4363 8810")
    eml = reply(n, p, date=mdate(2026, 11, 23, 8, 30, 12, "+0100"), body=body, cs="windows-1250", ql="sk", prefix="Re:",
                contact="pani Horváthová")
    return [p], eml, other("needs_review",
                           "Conditional: confirmation only against 50 % prepayment, awaiting our consent; the date depends on "
                           "when the prepayment arrives - no committed date, a buyer must decide.")


@case("bookbinding-presses-vague-fine-dicembre", "needs_review/it-IT",
      "Bottom-posted Italian reply with only vague timing ('verso fine dicembre, forse prima di Natale') and 'probabilmente' prices")
def n_it(n):
    s = supplier("LEGFERRI", "Legatoria Macchine Ferri snc", "info@legatoriaferri.example", "it-IT")
    p = po("4500232215", s, "EUR", "2026-11-16", [
        ("TOR-LEG-4050", "Bookbinding press cast iron 40x50 cm", 2, "EA", "1380.00", "2026-12-18"),
        ("TOR-ASSI-3040", "Beech pressing boards 30x40 cm, set of 10", 6, "SET", "145.00", "2026-12-18"),
    ])
    body = ("Buongiorno Dana,\n\ngrazie per l'ordine. Per i torchi dovremmo riuscire verso fine dicembre, forse qualche "
            "giorno prima di Natale; le assi probabilmente insieme. I prezzi dovrebbero restare quelli dell'ordine, ma "
            "aspetto conferma dalla fonderia.\n\nTi faccio sapere appena ho notizie.\n\nCiao,\nMarco Ferri\n"
            "Legatoria Macchine Ferri snc\nVia dei Tipografi 22, 40128 Bologna\nTel. 051 632 1180")
    eml = reply(n, p, date=mdate(2026, 11, 19, 18, 2, 40, "+0100"), body=body, client="thunderbird", quote="above",
                ql="it", html=None, cs="iso-8859-15", prefix="Re:", contact="Marco")
    return [p], eml, other("needs_review",
                           "Vague and hedged: 'dovremmo', 'verso fine dicembre', 'probabilmente', price awaiting the foundry; "
                           "no date or price a buyer could record.")


@case("goggle-lenses-moq-question-jis", "needs_review/ja-JP",
      "ISO-2022-JP reply asks whether the quantity may be raised to the minimum lot of 50 before confirming")
def n_ja(n):
    s = supplier("YUKIOPT", "Yukiyama Kogaku K.K.", "eigyo@yukiyama-kogaku.example", "ja-JP")
    p = po("4500232170", s, "JPY", "2026-11-12", [
        ("GL-LENS-ORG", "Ski goggle spare lens orange, 2027, size L", 30, "EA", "3200", "2026-12-11"),
        ("GL-LENS-CLR", "Ski goggle spare lens clear, size L", 20, "EA", "2800", "2026-12-11"),
    ])
    body = ("Kestrel Supply Group B.V.\nDana Ruiz 様\n\nいつもお世話になっております。\n雪山光学の田中です。\n\n"
            "ご注文ありがとうございます。\n誠に恐れ入りますが、交換レンズの最小ロットは各50枚となっております。\n"
            "各50枚にご変更いただくことは可能でしょうか。\nご確認いただけましたら、納期と合わせて改めてご回答いたします。\n\n"
            "よろしくお願いいたします。\n\n雪山光学株式会社\n営業部 田中 美咲\n〒060-0042 札幌市中央区大通西 8-2\n"
            "TEL 011-222-4850")
    eml = reply(n, p, date=mdate(2026, 11, 13, 11, 5, 0, "+0900"), body=body, cs="iso-2022-jp", cte="7bit",
                client="thunderbird", quote="gmail", html=None, prefix="Re:", contact="Tanaka-san")
    return [p], eml, other("needs_review",
                           "A question (minimum lot 50 per lens, may we change?) and a promise to answer later - nothing "
                           "confirmed yet.")


@case("candle-snuffers-dozen-question", "needs_review/en-NZ",
      "Supplier asks to change 45 pcs to four dozen at NZ$117.00/dz 'before I confirm'; nothing is committed yet")
def n_nz(n):
    s = supplier("SXCHURCH", "Southern Cross Church Supplies Ltd", "orders@southerncrosschurch.example", "en-NZ")
    p = po("4500232209", s, "NZD", "2026-11-17", [
        ("CS-BRS-12", "Candle snuffer brass 12 in", 45, "EA", "9.75", "2026-12-08"),
        ("CS-HOOK-24", "Snuffer/lighter combo 24 in", 12, "EA", "21.00", "2026-12-08"),
    ], buyer="tom")
    body = ("Kia ora Tom,\n\nQuick one before I confirm - the 12 in snuffers only come boxed by the dozen. Can we make "
            "line 1 four dozen (48) instead of 45? Price would be NZ$117.00 per dozen. The 24 in combos are no problem.\n\n"
            "Let me know and I'll send the confirmation through.\n\nCheers,\nAroha Williams\n"
            "Southern Cross Church Supplies Ltd\n27 Carlyle Street, Sydenham, Christchurch 8023\nPh 03 366 2041")
    eml = reply(n, p, date=mdate(2026, 11, 18, 9, 12, 55, "+1300"), body=body, client="gmail", quote="gmail",
                prefix="Re:", contact="Aroha")
    return [p], eml, other("needs_review",
                           "An open question (4 dz = 48 at 117.00/dz = 9.75 each?) awaiting our answer; the confirmation is "
                           "explicitly still to come, so no line is committed.")


# ------------------------------------------------------------------ auto replies
@case("bell-clappers-adv-accuse-reception", "auto_reply/fr-FR",
      "Shared-inbox acknowledgement ('Nous accusons bonne réception ... sous 48 heures ouvrées') from the sales-admin mailbox")
def a_fr(n):
    s = supplier("FONDBUG", "Fonderie Campanaire du Bugey", "adv@fonderie-bugey.example", "fr-FR")
    p = po("4500232290", s, "EUR", "2026-11-23", [
        ("BTN-CLO-800", "Clapper for 800 kg bell, forged, 2027 recast", 1, "EA", "2950.00", "2027-01-29"),
        ("BTN-AXE-30", "Clapper axle 30 mm with bushes", 2, "EA", "185.00", "2027-01-29"),
    ])
    body = ("Bonjour,\n\nNous accusons bonne réception de votre message adressé au service Administration des ventes. "
            "Il sera traité dans les meilleurs délais (sous 48 heures ouvrées).\n\nCeci est un message automatique, "
            "merci de ne pas y répondre.\n\nFonderie Campanaire du Bugey\nService ADV - 4 route des Fondeurs, 01300 Belley\n"
            "Tél. 04 79 81 22 60")
    eml = auto_reply(n, p, date=mdate(2026, 11, 23, 10, 13, 2, "+0100"), body=body, cs="iso-8859-1",
                     frm=("ADV Fonderie Campanaire du Bugey", "adv@fonderie-bugey.example"), client="webmail",
                     subject="Accusé de réception : " + req_subject(p))
    return [p], eml, other("auto_reply", "Automatic receipt from a shared ADV inbox; '48 heures' is a handling time.")


@case("pipette-stands-ooo-big5", "auto_reply/zh-TW",
      "Bilingual Traditional Chinese/English out-of-office in Big5 with holiday dates '2026/11/23 至 2026/11/27'")
def a_tw(n):
    s = supplier("TWLABW", "Taiwan LabWare Co., Ltd.", "amy.chen@twlabware.example", "zh-TW")
    p = po("4500232288", s, "USD", "2026-11-23", [
        ("PS-ACR-6", "Pipette stand acrylic, 6 places", 50, "EA", "14.50", "2026-12-18"),
        ("PS-UNI-4", "Universal pipette holder 4 places, 2027 model", 30, "EA", "9.80", "2026-12-18"),
    ], buyer="priya")
    body = ("您好，\n\n我於 2026/11/23 至 2026/11/27 休假，期間無法即時回覆郵件。\n"
            "如有急事，請聯繫業務部 林先生 (kevin.lin@twlabware.example，+886 2 2698 1234 分機 215)。\n\n謝謝！\n\n"
            "Thank you for your email. I am out of the office from 23 to 27 November with limited access to e-mail. "
            "For urgent matters please contact Kevin Lin (kevin.lin@twlabware.example).\n\n"
            "Amy Chen 陳怡君\n台灣實驗器材股份有限公司 Taiwan LabWare Co., Ltd.\n新北市汐止區新台五路一段 99 號")
    eml = auto_reply(n, p, date=mdate(2026, 11, 23, 17, 12, 40, "+0800"), body=body, cs="big5", cte="base64",
                     frm=("Amy Chen", "amy.chen@twlabware.example"), subject="自動回覆: " + req_subject(p))
    return [p], eml, other("auto_reply", "Out-of-office (Big5) with absence dates and a deputy; no order information.")


@case("grow-bags-recebemos-mensagem", "auto_reply/pt-BR",
      "Brazilian automatic receipt 'Recebemos sua mensagem ... até 2 dias úteis', sent by the sales mailbox seconds after our request")
def a_br(n):
    s = supplier("COGUBR", "Cogumelos Brasil Embalagens Ltda.", "vendas@cogubrasil.example", "pt-BR")
    p = po("4500232301", s, "BRL", "2026-11-24", [
        ("SAC-PP-3555", "Mushroom grow bag PP 35x55 cm, filter", 15000, "PCS", "0.62", "2026-12-18"),
        ("SAC-TAMPA-40", "Cap with filter 40 mm", 15000, "EA", "0.18", "2026-12-18"),
    ], buyer="marta")
    body = ("Olá,\n\nRecebemos sua mensagem e ela já foi encaminhada para a nossa equipe comercial. Nosso prazo de "
            "resposta é de até 2 dias úteis.\n\nEste é um e-mail automático, por favor não responda.\n\nAtenciosamente,\n"
            "Cogumelos Brasil Embalagens Ltda.\nRod. SP-340, km 128, Mogi Mirim - SP\n(19) 3805-2200")
    eml = auto_reply(n, p, date=mdate(2026, 11, 24, 6, 12, 58, "-0300"), body=body, cs="iso-8859-1", client="webmail",
                     subject="Recebemos sua mensagem - " + req_subject(p))
    return [p], eml, other("auto_reply", "Automatic receipt from the sales mailbox; promises an answer within 2 working days.")


# ------------------------------------------------------------------ bounces
@case("crane-rope-qmail-bounce", "bounce/uk-UA",
      "Plain-text qmail 'failure notice' with the raw original request (PO table, quantities, dates) pasted below the line")
def b_ua(n):
    s = supplier("ODKANAT", "Odeskyi Kanat LLC", "zbut@odeskyi-kanat.example", "uk-UA")
    p = po("4500232266", s, "EUR", "2026-11-19", [
        ("KNT-32-6X37", "Harbour crane rope 32 mm 6x37, galvanised", 600, "M", "14.20", "2026-12-18"),
        ("KNT-THIMB-32", "Heavy thimble for 32 mm rope", 12, "EA", "21.00", "2026-12-18"),
    ], buyer="tom")
    human = ("Hi. This is the qmail-send program at mail.kestrel-supply.example.\n"
             "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
             "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<zbut@odeskyi-kanat.example>:\n"
             "198.51.100.44 does not like recipient.\nRemote host said: 550 5.7.1 Message rejected due to content "
             "restrictions\nGiving up on 198.51.100.44.\n\n--- Below this line is a copy of the message.\n\n"
             "Return-Path: <tom.haverkamp@kestrel-supply.example>\nReceived: (qmail 28814 invoked by uid 89); "
             "19 Nov 2026 09:12:31 -0000\n")
    eml = plain_bounce(n, p, date=mdate(2026, 11, 19, 9, 12, 36, "+0000"),
                       frm="MAILER-DAEMON@mail.kestrel-supply.example", subject="failure notice", human=human,
                       msgid="<1795684356.28816@mail.kestrel-supply.example>",
                       orig_date=mdate(2026, 11, 19, 10, 12, 31, "+0100"))
    return [p], eml, other("bounce",
                           "qmail plain-text bounce; the PO table with 600 M, 12 EA and 2026-12-18 is our own returned "
                           "request, not an answer.")


@case("diffusers-exim-mailbox-full", "bounce/el-GR",
      "Plain-text Exim 'Mail delivery failed' (552 mailbox full) followed by the complete original request including headers")
def b_gr(n):
    s = supplier("AEGAQUA", "Aegean Aqua Systems S.A.", "orders@aegeanaqua.example", "el-GR")
    p = po("4500232279", s, "EUR", "2026-11-20", [
        ("AAS-DIFF-D270", "Disc diffuser 270 mm, EPDM membrane", 120, "EA", "16.80", "2026-12-16"),
        ("AAS-OXY-CONE", "Oxygen cone 1.5 m3/h, 4/3 in inlet", 2, "EA", "1480.00", "2026-12-16"),
    ])
    human = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n"
             "  orders@aegeanaqua.example\n    host mx1.aegeanaqua.example [192.0.2.71]\n"
             "    SMTP error from remote mail server after RCPT TO:<orders@aegeanaqua.example>:\n"
             "    552 5.2.2 Mailbox full: quota exceeded\n\n"
             "------ This is a copy of the message, including all the headers. ------\n\n"
             "Received: from [10.20.0.31] (helo=ws-dana.kestrel-supply.example)\n"
             "\tby smtp2.kestrel-supply.example with esmtpsa (Exim 4.98)\n\tid 1vL8qX-00A3kP-2c; Fri, 20 Nov 2026 10:12:31 +0100\n")
    eml = plain_bounce(n, p, date=mdate(2026, 11, 20, 10, 12, 39, "+0100"),
                       frm="Mail Delivery System <Mailer-Daemon@smtp2.kestrel-supply.example>",
                       subject="Mail delivery failed: returning message to sender", human=human,
                       msgid="<E1vL8qZ-00A3kR-0m@smtp2.kestrel-supply.example>",
                       orig_date=mdate(2026, 11, 20, 10, 12, 31, "+0100"),
                       extra=[("X-Failed-Recipients", "orders@aegeanaqua.example"), ("Auto-Submitted", "auto-replied")])
    return [p], eml, other("bounce", "Exim bounce (mailbox full) quoting our original request in full.")


@case("thermal-screen-gmail-dsn", "bounce/fi-FI",
      "Google-style 'Delivery Status Notification (Failure)' multipart/report with HTML, delivery-status and the returned request")
def b_fi(n):
    s = supplier("KASVIVER", "Kasvihuone Verho Oy", "tilaukset@kasvihuoneverho.example", "fi-FI")
    p = po("4500232311", s, "EUR", "2026-11-25", [
        ("KVV-SCR-XLS18", "Thermal screen XLS 18 Revolux, width 4.0 m", 1800, "M2", "4.10", "2027-01-15"),
        ("KVV-WIRE-2", "Support wire 2 mm, roll 500 m", 8, "ROL", "96.00", "2027-01-15"),
    ])
    human = ("** Address not found **\n\nYour message wasn't delivered to tilaukset@kasvihuoneverho.example because the "
             "address couldn't be found, or is unable to receive mail.\n\nLearn more here: "
             "https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 "
             "<tilaukset@kasvihuoneverho.example>: Recipient address rejected: User unknown in local recipient table\n")
    hh = ("<html><body><table><tr><td><h2>Address not found</h2><p>Your message wasn't delivered to "
          "<b>tilaukset@kasvihuoneverho.example</b> because the address couldn't be found, or is unable to receive mail."
          "</p><p>The response was:</p><p>550 5.1.1 &lt;tilaukset@kasvihuoneverho.example&gt;: Recipient address rejected: "
          "User unknown in local recipient table</p></td></tr></table></body></html>")
    dsn = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; dana.ruiz@kestrel-supply.example\n"
           "Arrival-Date: Wed, 25 Nov 2026 01:12:31 -0800 (PST)\n"
           "X-Original-Message-ID: " + p["request_message_id"] + "\n\n"
           "Final-Recipient: rfc822; tilaukset@kasvihuoneverho.example\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; mx.kasvihuoneverho.example. (192.0.2.18, the server for the domain kasvihuoneverho.example.)\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <tilaukset@kasvihuoneverho.example>: Recipient address rejected: User unknown\n"
           "Last-Attempt-Date: Wed, 25 Nov 2026 01:12:33 -0800 (PST)\n")
    eml = report_bounce(n, p, date=mdate(2026, 11, 25, 1, 12, 34, "-0800"),
                        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                        subject="Delivery Status Notification (Failure)", human=human, human_html=hh, dsn=dsn,
                        msgid="<6744c3b2.050a0220.3f1c2d.9a41.GMR@mx.google.com>",
                        orig_date=mdate(2026, 11, 25, 10, 12, 31, "+0100"), extra_headers=[("X-Failed-Recipients",
                                                                                           "tilaukset@kasvihuoneverho.example")])
    return [p], eml, other("bounce", "Gmail DSN 5.1.1; the PO request (1800 M2, dates 2027-01-15) is only in the returned "
                                     "original.")


# ------------------------------------------------------------------ unrelated
@case("goggle-lenses-newsletter-new-line", "unrelated/fr-CA",
      "HTML newsletter announcing a new lens line with prices and a launch date, from the same supplier domain that has our open PO")
def u_ca(n):
    s = supplier("OPTBOREAL", "Optiques Boréal inc.", "commandes@optiquesboreal.example", "fr-CA")
    p = po("4500232240", s, "CAD", "2026-11-18", [
        ("LEN-PHO-13", "Photochromic lens cat. 1-3, size L", 60, "EA", "27.40", "2026-12-18"),
    ], buyer="tom")
    hb = ("<table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td>"
          "<h1 style=\"color:#0b4f8a\">Nouveau : la gamme Aurore 2027</h1>"
          "<p>Chers partenaires,</p><p>Nous sommes fiers de vous présenter <b>Aurore 2027</b>, notre nouvelle gamme de "
          "lentilles photochromiques cat. 1-3 pour masques de ski, avec traitement antibuée double couche.</p>"
          "<ul><li>Tailles S, M et L (compatibles avec nos montures 2026)</li><li>Prix de lancement : 24,90 $ l'unité "
          "jusqu'au 31 janvier 2027</li><li>Disponibles dès le 15 janvier 2027</li></ul>"
          "<p>Commandez dès maintenant auprès de votre représentant ou à commandes@optiquesboreal.example.</p>"
          "<p style=\"font-size:11px;color:#777\">Optiques Boréal inc. - 1450, rue Bouvier, Québec (Québec) G2K 1L9<br>"
          "Vous recevez cette infolettre parce que vous êtes client d'Optiques Boréal. "
          "<a href=\"https://optiquesboreal.example/desabonnement?u=7f3a\">Se désabonner</a></p></td></tr></table>")
    eml = reply(n, p, date=mdate(2026, 11, 26, 10, 0, 0, "-0500"), body="", html_body=hb, html="only", quote="none",
                client="bulk", cs="utf-8", cte="quoted-printable", thread=False,
                frm=("Optiques Boréal", "infolettre@optiquesboreal.example"),
                subject="Nouveau : la gamme de lentilles Aurore 2027 est arrivée!",
                extra_headers=[("List-Unsubscribe", "<https://optiquesboreal.example/desabonnement?u=7f3a>, "
                                                    "<mailto:desabonnement@optiquesboreal.example>"),
                               ("List-Id", "Infolettre Optiques Boreal <infolettre.optiquesboreal.example>")])
    return [p], eml, other("unrelated",
                           "Marketing newsletter about a new product line; its price (24,90 $) and dates (15 janvier 2027) "
                           "concern the new range, not our PO.")


@case("cheese-boards-preisliste-2027", "unrelated/de-CH",
      "Price list 2027 as XLSX that contains our ordered item code with a new 2027 price, but answers no order")
def u_ch(n):
    s = supplier("HWEMMEN", "Holzwerk Emmental AG", "verkauf@holzwerk-emmental.example", "de-CH")
    p = po("4500232150", s, "CHF", "2026-11-12", [
        ("HWE-KB-800", "Cheese aging board spruce 800x250x27 mm", 200, "EA", "13.80", "2026-12-11"),
    ], buyer="jonas")
    x = make_xlsx([
        ["Holzwerk Emmental AG - Preisliste 2027", "", "", "gültig ab 01.01.2027"], [],
        ["Artikel", "Bezeichnung", "Einheit", "Preis CHF netto"],
        ["HWE-KB-600", "Käsereifungsbrett Fichte 600x250x27 mm", "Stk", 11.2],
        ["HWE-KB-800", "Käsereifungsbrett Fichte 800x250x27 mm", "Stk", 14.3],
        ["HWE-KB-1000", "Käsereifungsbrett Fichte 1000x250x27 mm", "Stk", 17.6],
        ["HWE-GST-6", "Regalgestell für 6 Bretter", "Stk", 148.0],
    ], sheet="Preisliste 2027", when=(2026, 11, 25, 8, 0, 0))
    body = ("Sehr geehrte Kundin, sehr geehrter Kunde\n\nIm Anhang erhalten Sie unsere Preisliste 2027, gültig ab "
            "1. Januar 2027. Bestellungen mit Liefertermin bis 31.12.2026 werden zu den bisherigen Preisen ausgeführt.\n\n"
            "Freundliche Grüsse\nHolzwerk Emmental AG\nVerkauf\nBahnhofstrasse 31, 3550 Langnau i.E.\nTel. +41 34 409 55 00")
    eml = reply(n, p, date=mdate(2026, 11, 25, 8, 3, 11, "+0100"), body=body, quote="none", html="auto",
                cs="iso-8859-1", thread=False, subject="Preisliste 2027 / Liste de prix 2027",
                frm=("Holzwerk Emmental AG", "verkauf@holzwerk-emmental.example"),
                attachments=[xlsx_att(x, "Preisliste_2027.xlsx")])
    return [p], eml, other("unrelated",
                           "General price list mailing; HWE-KB-800 appears with CHF 14.30 for 2027, but it does not answer "
                           "PO 4500232150 (and orders delivered in 2026 keep the old price).")


@case("grow-bags-invoice-other-order", "unrelated/pl-PL",
      "Invoice PDF for an older, already delivered order (4500229981) with the same item codes as our open PO")
def u_pl(n):
    s = supplier("GRZYBEX", "Grzybex Sp. z o.o.", "handel@grzybex.example", "pl-PL")
    p = po("4500232118", s, "PLN", "2026-11-16", [
        ("GRZ-WOR-3560", "Mushroom grow bag PP 35x60 cm, filter 0.2 um", 25000, "PCS", "0.36", "2026-12-16"),
        ("GRZ-KLIPS", "Bag clip 25 mm, box of 1000", 10, "BOX", "41.00", "2026-12-16"),
    ], buyer="marta")
    pdf = make_pdf([
        "Grzybex Sp. z o.o., ul. Lubelska 88, 21-500 Biala Podlaska, NIP 537-26-11-904", "",
        "FAKTURA VAT nr FV/2026/11/0932", "Data wystawienia: 19.11.2026     Data dostawy: 17.11.2026",
        "Nabywca: Kestrel Supply Group B.V., Celsiusweg 14, 5928 PR Venlo, NL   VAT NL862215993B01",
        "Zamowienie klienta: 4500229981", "",
        "Lp  Kod            Nazwa                               Ilosc       Cena netto   Wartosc netto",
        "1   GRZ-WOR-3560   Worek PP 35x60 cm, filtr 0,2 um     10 000 szt     0,36 PLN    3 600,00 PLN",
        "2   GRZ-KLIPS      Klips 25 mm, karton 1000 szt         4 kart.      41,00 PLN      164,00 PLN",
        "", "Razem netto: 3 764,00 PLN   VAT 0% (WDT)   Razem brutto: 3 764,00 PLN",
        "Termin platnosci: 19.12.2026, przelew", "Nr konta: PL 61 1090 2590 0000 0001 4476 0021",
    ], compress=True, title="FV/2026/11/0932", author="Comarch ERP Optima", creation="D:20261119120000+01'00'")
    body = ("Dzień dobry,\n\nw załączeniu przesyłamy fakturę FV/2026/11/0932 do zamówienia 4500229981 (dostawa z "
            "17.11.2026).\n\nTermin płatności: 30 dni.\n\nPozdrawiamy\nDział Księgowości\nGrzybex Sp. z o.o.\n"
            "ul. Lubelska 88, 21-500 Biała Podlaska\ntel. +48 83 344 20 10")
    eml = reply(n, p, date=mdate(2026, 11, 19, 12, 4, 50, "+0100"), body=body, quote="none", html=None,
                cs="iso-8859-2", thread=False, frm=("Grzybex - Księgowość", "ksiegowosc@grzybex.example"),
                subject="Faktura FV/2026/11/0932 - zamówienie 4500229981",
                attachments=[pdf_att(pdf, "FV_2026_11_0932.pdf")])
    assert 10000 * 0.36 == 3600 and 3600 + 164 == 3764
    return [p], eml, other("unrelated",
                           "Invoice for another order (4500229981) with the same item codes and price 0,36 - not an answer "
                           "about open PO 4500232118.")


@case("sail-battens-dobavnica-other-order", "unrelated/sl-SI",
      "Delivery note for a different PO (4500230017) with the same items, sent by the supplier's logistics desk")
def u_si(n):
    s = supplier("JADLETVE", "Jadran Letve d.o.o.", "prodaja@jadran-letve.example", "sl-SI")
    p = po("4500232102", s, "EUR", "2026-11-13", [
        ("JL-FG-8", "Sail batten fibreglass 8x2 mm, 1.0 m", 300, "EA", "2.40", "2026-12-15"),
        ("JL-CF-12", "Sail batten carbon 12x3 mm, 1.8 m", 40, "EA", "16.90", "2026-12-15"),
    ])
    pdf = make_pdf([
        "Jadran Letve d.o.o., Obrtna cesta 12, 6310 Izola, Slovenija", "",
        "DOBAVNICA DN-26-4471", "Datum odpreme: 20.11.2026     Prevoznik: DSV",
        "Kupec: Kestrel Supply Group B.V., Venlo, NL", "Vase narocilo: 4500230017", "",
        "Poz.  Artikel     Opis                                  Kolicina",
        "1     JL-FG-8     Letvica steklena vlakna 8x2 mm, 1,0 m   150 kos",
        "2     JL-CF-12    Letvica karbon 12x3 mm, 1,8 m            20 kos",
        "", "Paketi: 2   Bruto teza: 38,5 kg",
    ], title="DN-26-4471", author="Pantheon", creation="D:20261120140000+01'00'")
    body = ("Spoštovani,\n\nv prilogi pošiljamo dobavnico DN-26-4471 za naročilo 4500230017. Blago je bilo odpremljeno "
            "danes, 20.11.2026, s prevoznikom DSV.\n\nLep pozdrav\nLogistika - Jadran Letve d.o.o.\n"
            "Obrtna cesta 12, 6310 Izola\nTel. +386 5 641 22 90")
    eml = reply(n, p, date=mdate(2026, 11, 20, 14, 6, 31, "+0100"), body=body, quote="none", cs="utf-8", thread=False,
                frm=("Jadran Letve - Logistika", "logistika@jadran-letve.example"),
                subject="Dobavnica DN-26-4471 / naročilo 4500230017", attachments=[pdf_att(pdf, "DN-26-4471.pdf")])
    return [p], eml, other("unrelated",
                           "Delivery note for PO 4500230017 (150 + 20 pcs shipped 20.11.2026); our open PO 4500232102 is not "
                           "mentioned.")


@case("buffer-stops-seasons-greetings", "unrelated/en-GB",
      "Season's greetings mailing with holiday closing dates and a trade-fair date that look like delivery information")
def u_gb(n):
    s = supplier("RAILARR", "Rail Arrest Systems Ltd", "sales@railarrest.example", "en-GB")
    p = po("4500232230", s, "GBP", "2026-11-16", [
        ("RAS-HBS-60", "Hydraulic buffer stop 60E1, 1200 kJ", 1, "EA", "21400.00", "2027-01-29"),
        ("RAS-SIGN-LED", "Buffer stop LED marker lamp 24V", 2, "EA", "365.00", "2027-01-29"),
    ], buyer="jonas")
    body = ("Dear Customer,\n\nAs another busy year draws to a close, everyone at Rail Arrest Systems would like to thank "
            "you for your business and wish you a peaceful festive season.\n\nHoliday opening hours: our offices and works "
            "will close at 13:00 on Wednesday 23 December and reopen on Monday 4 January 2027. Orders received after "
            "18 December will be processed in the new year.\n\nSave the date: visit us at Railtex 2027, NEC Birmingham, "
            "11-13 May 2027, stand K32, where we will show our new 2027 friction buffer stop range.\n\n"
            "Warm regards,\nThe Rail Arrest Systems team\nUnit 4, Canal Side Works, Derby DE24 8UX\n+44 1332 555 0142\n\n"
            "To stop receiving these e-mails, reply UNSUBSCRIBE.")
    eml = reply(n, p, date=mdate(2026, 12, 2, 9, 30, 0, "+0000"), body=body, quote="none", client="bulk", thread=False,
                frm=("Rail Arrest Systems", "news@railarrest.example"), subject="Season's greetings from Rail Arrest Systems",
                extra_headers=[("List-Unsubscribe", "<mailto:news@railarrest.example?subject=UNSUBSCRIBE>")])
    wd("2026-12-23", "Wed")
    wd("2027-01-04", "Mon")
    return [p], eml, other("unrelated",
                           "Greetings/marketing mail; 23 December, 4 January 2027 and 11-13 May 2027 are closing and fair "
                           "dates, not a confirmation of PO 4500232230.")
