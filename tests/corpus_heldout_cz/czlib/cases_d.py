"""Cases 058-070: auto replies, bounces and unrelated mail."""
from .common import *  # noqa: F401,F403

CASES = []


def case(f):
    CASES.append(f)
    return f


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"}


@case
def c058():
    s = sup("KOPYTKO", "Kopytko Rakiety Śnieżne Sp. j.", "zamowienia@kopytko.example", "pl-PL")
    po = PO("4500031511", s, [
        L(1, "SSB-TRK-U", "Snowshoe binding, trekking, universal", 120, "PR", "21.40", "2027-01-13"),
        L(2, "SSB-CLT", "Binding crampon plate", 120, "EA", "8.10", "2027-01-13"),
    ])
    text = ("Dziękujemy za wiadomość.\n\n"
            "Potwierdzamy otrzymanie Państwa e-maila na adres zamowienia@kopytko.example. Skrzynka jest obsługiwana przez "
            "zespół Działu Sprzedaży; odpowiedź otrzymają Państwo w ciągu 2 dni roboczych.\n\n"
            "Numer zgłoszenia: ZAM-2026-11-0871\n\n"
            "Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.\n\n"
            "Kopytko Rakiety Śnieżne Sp. j., ul. Zakopiańska 101, 34-400 Nowy Targ\n")
    msg = mail(po, "Dział Sprzedaży Kopytko <zamowienia@kopytko.example>",
               "Automatyczna odpowiedź: PO 4500031511 - request for order confirmation [ZAM-2026-11-0871]",
               "Mon, 16 Nov 2026 10:15:02 +0100", text, charset="iso-8859-2", cte="quoted-printable",
               mid="<ZAM-2026-11-0871.ack@kopytko.example>", headers=AUTO)
    exp = other("auto_reply", "Shared-inbox auto-acknowledgment in Polish with a ticket number; no answer about the order.")
    return dict(slug="bindings-shared-inbox-ack-pl", pos=[po], msg=msg, exp=exp, locale="pl-PL",
                hard="Polish shared-inbox acknowledgment quoting the PO subject")


@case
def c059():
    s = sup("FJADERBAGE", "Fjäderbåge Nock AB", "order@fjaderbage.example", "sv-SE")
    po = PO("4500031515", s, [
        L(1, "NK-GRV-W", "Nock, groove type, white", 4000, "EA", "0.095", "2026-12-18"),
    ])
    text = ("Hej!\n\nJag är på semester till och med måndag 7 december (v. 50) och har begränsad tillgång till e-post. "
            "Brådskande ärenden om order och leveranser: kontakta Erik Lund, erik.lund@fjaderbage.example, tel. 031-705 22 40.\n\n"
            "Out of office until Monday 7 December. For urgent matters please contact Erik Lund.\n\n"
            "Med vänliga hälsningar\nAnna Berg\nFjäderbåge Nock AB, Göteborg\n")
    msg = mail(po, "Anna Berg <anna.berg@fjaderbage.example>", "Automatiskt svar: PO 4500031515 - request for order confirmation",
               "Tue, 17 Nov 2026 08:00:31 +0100", text, charset="iso-8859-1", cte="quoted-printable",
               mid="<HE1PR0701MB2230A0F9E8D7C6@HE1PR0701MB2230.eurprd07.prod.outlook.example>", headers=AUTO)
    exp = other("auto_reply", "Swedish/English out-of-office; the date and week number are the absence, not a delivery date.")
    return dict(slug="nocks-out-of-office-se", pos=[po], msg=msg, exp=exp, locale="sv-SE",
                hard="out-of-office containing a date and a week number that look like a delivery date")


@case
def c060():
    s = sup("KAROOCRAFT", "Karoo Craft Supplies (Pty) Ltd", "orders@karoocraft.example", "en-ZA")
    po = PO("4500031519", s, [
        L(1, "GL-24K-D", "Gold leaf 24K double, 25 leaves", 80, "BK", "21.50", "2027-01-22"),
        L(2, "GL-SIZE-250", "Gilding size, water-based, 250 ml", 40, "EA", "7.90", "2027-01-22"),
    ], currency="USD", buyer="jb")
    text = ("*** This is an automated message from SAP Business One ***\n\n"
            "Document received: Purchase Order 4500031519\n"
            "Received on: 2026-11-18 09:41 SAST\nStatus: RECEIVED - PENDING REVIEW\n"
            "Lines: 2   Value: USD 2,036.00\n\n"
            "Your document has been queued for processing by our sales team. An order confirmation will be sent separately.\n"
            "Please do not reply to this e-mail.\n\nKaroo Craft Supplies (Pty) Ltd | 18 Voortrekker Rd, Oudtshoorn 6625\n")
    msg = mail(po, "SAP B1 Notification <noreply-sap@karoocraft.example>", "Document received - Purchase Order 4500031519",
               "Wed, 18 Nov 2026 09:41:27 +0200", text, reply=False, mid="<sapb1.notify.20261118094127.4500031519@karoocraft.example>",
               headers={"Auto-Submitted": "auto-generated"})
    exp = other("auto_reply", "ERP 'document received, pending review' notice; confirmation announced for later, nothing committed.")
    return dict(slug="gold-leaf-erp-received-za", pos=[po], msg=msg, exp=exp, locale="en-ZA",
                hard="ERP receipt notice with PO number and total value, explicitly not a confirmation")


@case
def c061():
    s = sup("TAKUMI", "匠ガラス義眼製作所", "info@takumi-gigan.example", "ja-JP")
    po = PO("4500031522", s, [
        L(1, "GE-30-GLD", "Taxidermy glass eye, gold, 30 mm, pair", 60, "PR", "7.80", "2027-01-15"),
    ], currency="USD", buyer="jb")
    text = ("このメールは自動返信です。\n\n"
            "誠に勝手ながら、11月21日(土)から11月29日(日)まで休暇をいただいております。\n"
            "11月30日(月)より順次対応させていただきます。\n"
            "お急ぎの場合は info@takumi-gigan.example までご連絡ください。\n\n"
            "I am out of the office from 21 to 29 November and will reply after my return.\n\n"
            "匠ガラス義眼製作所　営業　中村 健\n")
    msg = mail(po, "中村 健 <k.nakamura@takumi-gigan.example>", "自動応答: PO 4500031522 - request for order confirmation",
               "Sat, 21 Nov 2026 00:03:12 +0900", text, charset="shift_jis", cte="base64",
               mid="<20261121000312.autoreply.k.nakamura@takumi-gigan.example>", headers=AUTO)
    exp = other("auto_reply", "Japanese holiday auto-reply in Shift_JIS; the dates are the absence period.")
    return dict(slug="glass-eyes-absence-sjis-jp", pos=[po], msg=msg, exp=exp, locale="ja-JP",
                hard="Shift_JIS base64 vacation notice with dates and weekdays")


@case
def c062():
    s = sup("ANDESGLOBO", "Andes Globos Aerostáticos SpA", "soporte@andesglobos.example", "es-CL")
    po = PO("4500031526", s, [
        L(1, "BR-PIL-HOSE", "Pilot light hose, 1.2 m", 8, "EA", "64.00", "2027-01-29"),
        L(2, "BR-JET-M6", "Burner jet, brass, M6", 24, "EA", "22.50", "2027-01-29"),
    ], currency="USD", buyer="mo")
    html = ("<html><body style=\"font-family:Arial\"><p>Hola Marco Oliveira,</p>"
            "<p>Hemos recibido tu solicitud. Nuestro equipo la revisará y te responderá a la brevedad.</p>"
            "<table style=\"border:1px solid #ccc\"><tr><td>Ticket</td><td><b>#48213</b></td></tr>"
            "<tr><td>Asunto</td><td>PO 4500031526 - request for order confirmation</td></tr>"
            "<tr><td>Estado</td><td>Abierto</td></tr></table>"
            "<p>Para agregar comentarios, responde a este correo.</p>"
            "<p style=\"color:#999;font-size:11px\">Andes Globos Aerostáticos SpA · Av. Vitacura 4410, Santiago · Powered by Freshdesk</p></body></html>")
    msg = mail(po, "Andes Globos Soporte <soporte@andesglobos.example>", "[#48213] Recibimos tu solicitud: PO 4500031526 - request for order confirmation",
               "Tue, 24 Nov 2026 11:22:45 -0300", html=html, charset="utf-8", cte="quoted-printable",
               mid="<48213.f8a2c1e7b9@andesglobos.freshdesk.example>",
               headers={"Auto-Submitted": "auto-replied", "X-Freshdesk-Ticket-Id": "48213"})
    exp = other("auto_reply", "Helpdesk ticket receipt (HTML only); no statement about the order lines.")
    return dict(slug="burner-ticket-receipt-cl", pos=[po], msg=msg, exp=exp, locale="es-CL",
                hard="HTML-only helpdesk ticket receipt threaded on the PO")


# ------------------------------------------------------------------ bounces

@case
def c063():
    s = sup("HRAUN", "Hraun Keramik ehf.", "pantanir@hraunkeramik.example", "is-IS")
    po = PO("4500031530", s, [
        L(1, "KS-HT-35", "Kiln shelf, high-alumina, 350x350 mm", 30, "EA", "27.00", "2027-01-19"),
    ])
    human = ("This is the mail system at host mx1.corvalis-trading.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<pantanir@hraunkeramik.example>: host mx.hraunkeramik.example[193.4.58.21] said:\n"
             "    550 5.1.1 <pantanir@hraunkeramik.example>: Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    msg = dsn("MAILER-DAEMON@mx1.corvalis-trading.example (Mail Delivery System)", "k.reuter@corvalis-trading.example",
              "Undelivered Mail Returned to Sender", "Tue, 17 Nov 2026 09:31:07 +0100 (CET)",
              "<20261117083107.4C1D21A0F3@mx1.corvalis-trading.example>", human, "mx1.corvalis-trading.example",
              [{"Final-Recipient": "rfc822; pantanir@hraunkeramik.example", "Original-Recipient": "rfc822;pantanir@hraunkeramik.example",
                "Action": "failed", "Status": "5.1.1", "Remote-MTA": "dns; mx.hraunkeramik.example",
                "Diagnostic-Code": "smtp; 550 5.1.1 <pantanir@hraunkeramik.example>: Recipient address rejected: User unknown in virtual mailbox table"}],
              original_request(po, "Tue, 17 Nov 2026 09:31:04 +0100"), arrival="Tue, 17 Nov 2026 09:31:04 +0100 (CET)",
              headers={"Auto-Submitted": "auto-replied"})
    exp = other("bounce", "Postfix DSN: user unknown; the returned original carries the PO figures but nobody answered.")
    return dict(slug="kiln-postfix-user-unknown-is", pos=[po], msg=msg, exp=exp, locale="is-IS",
                hard="classic Postfix DSN with the full original PO request attached as message/rfc822")


@case
def c064():
    s = sup("KAVKASIA", "Kavkasia Alpine Tools LLC", "orders@kavkasia-alpine.example", "ka-GE")
    po = PO("4500031534", s, [
        L(1, "ICP-FORGED", "Ice pick, forged chromoly", 40, "EA", "37.50", "2027-01-27"),
        L(2, "ICP-SPIKE", "Shaft spike, steel", 40, "EA", "9.20", "2027-01-27"),
    ], currency="USD", buyer="jb")
    human = ("Your message to orders@kavkasia-alpine.example couldn't be delivered.\n\n"
             "orders wasn't found at kavkasia-alpine.example.\n\n"
             "jb.baines       Office 365      orders\nAction Required                 Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: AM0PR06MB4418.eurprd06.prod.outlook.example\n\n"
             "orders@kavkasia-alpine.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    orig = headers_part("From: Jessica Baines <j.baines@corvalis-trading.example>\nTo: orders@kavkasia-alpine.example\n"
                        "Subject: PO 4500031534 - request for order confirmation\nDate: Wed, 18 Nov 2026 14:02:10 +0100\n"
                        f"Message-ID: {po['request_message_id']}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    msg = dsn("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corvalis-trading.example>",
              "Jessica Baines <j.baines@corvalis-trading.example>", "Undeliverable: PO 4500031534 - request for order confirmation",
              "Wed, 18 Nov 2026 13:02:14 +0000", "<d1c0e7f2-3a4b-4c5d-8e9f-0a1b2c3d4e5f@AM0PR06MB4418.eurprd06.prod.outlook.example>",
              human, "AM0PR06MB4418.eurprd06.prod.outlook.example",
              [{"Final-Recipient": "rfc822;orders@kavkasia-alpine.example", "Action": "failed", "Status": "5.1.10",
                "Diagnostic-Code": "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"}],
              orig, arrival="Wed, 18 Nov 2026 13:02:11 +0000",
              headers={"In-Reply-To": po["request_message_id"], "References": po["request_message_id"],
                       "X-MS-Exchange-Message-Is-Ndr": "", "Auto-Submitted": "auto-replied"})
    exp = other("bounce", "Exchange Online NDR (5.1.10 recipient not found) with only the original headers returned.")
    return dict(slug="ice-picks-exchange-ndr-ge", pos=[po], msg=msg, exp=exp, locale="ka-GE",
                hard="Office 365 NDR threaded on the request, text/rfc822-headers instead of the full message")


@case
def c065():
    s = sup("KAROOWICK", "Kaapse Kerse Wieke BK", "verkope@kaapsekerse.example", "af-ZA")
    po = PO("4500031538", s, [
        L(1, "CW-CD-10", "CD wick 10, cotton, 150 mm tabbed", 8000, "EA", "0.031", "2027-01-08"),
    ], currency="USD", buyer="jb")
    notice = ("Your message entitled\n\n    PO 4500031538 - request for order confirmation\n\n"
              "was rejected by the list moderator for the Verkope mailing list at lists.kaapsekerse.example.\n"
              "The moderator gave the following reason for rejecting your request:\n\n"
              "\"Posting by non-member to a members-only list. Non-member posts are automatically discarded.\"\n\n"
              "Any questions or comments should be directed to the list administrator at:\n\n"
              "    verkope-owner@lists.kaapsekerse.example\n")
    m = EmailMessage()
    m["From"] = "verkope-bounces@lists.kaapsekerse.example"
    m["To"] = "j.baines@corvalis-trading.example"
    m["Subject"] = "Your message to Verkope was rejected"
    m["Date"] = "Thu, 19 Nov 2026 10:14:51 +0200"
    m["Message-ID"] = "<176357009174.11832.4417712290188163221@mailman.kaapsekerse.example>"
    m["Precedence"] = "bulk"
    m["X-Mailman-Version"] = "3.3.9"
    m["List-Id"] = "Verkope <verkope.lists.kaapsekerse.example>"
    m["Auto-Submitted"] = "auto-generated"
    m.set_content(notice)
    m.add_attachment(original_request(po, "Thu, 19 Nov 2026 09:14:40 +0100", to="verkope@lists.kaapsekerse.example"))
    exp = other("bounce", "Mailman 3 rejection of a non-member post: the PO request never reached anyone; the attached original is our own mail.")
    return dict(slug="wicks-mailman-rejected-za", pos=[po], msg=m, exp=exp, locale="af-ZA",
                hard="mailing-list manager rejection (not an RFC 3464 DSN) with our request attached")


@case
def c066():
    s = sup("ALTAIBOOT", "Altai Snowshoe Manufacturing TOO", "sales@altai-snowshoe.example", "kk-KZ")
    po = PO("4500031542", s, [
        L(1, "SSB-EXP-XL", "Snowshoe binding, expedition, XL", 60, "PR", "38.00", "2027-02-08"),
    ], currency="USD", buyer="mo")
    human = ("This is an automatically generated Delivery Status Notification.\n\n"
             "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
             "Delivery to the following recipients has been delayed.\n\n     sales@altai-snowshoe.example\n\n"
             "Message will be retried for 4 more day(s)\n\n"
             "Technical details of temporary failure:\n"
             "The recipient server did not accept our requests to connect. [mail.altai-snowshoe.example 185.22.64.9: timed out]\n")
    msg = dsn("Mail Delivery Subsystem <mailer-daemon@corvalis-trading.example>", "m.oliveira@corvalis-trading.example",
              "Delivery Status Notification (Delay)", "Fri, 20 Nov 2026 18:44:02 +0100",
              "<5a9c31d2.0b4f2e.7723@mx2.corvalis-trading.example>", human, "mx2.corvalis-trading.example",
              [{"Final-Recipient": "rfc822; sales@altai-snowshoe.example", "Action": "delayed", "Status": "4.4.1",
                "Diagnostic-Code": "smtp; 421 4.4.1 connection timed out", "Last-Attempt-Date": "Fri, 20 Nov 2026 18:44:01 +0100",
                "Will-Retry-Until": "Tue, 24 Nov 2026 14:40:12 +0100"}],
              headers_part("From: Marco Oliveira <m.oliveira@corvalis-trading.example>\nTo: sales@altai-snowshoe.example\n"
                           "Subject: PO 4500031542 - request for order confirmation\n"
                           f"Message-ID: {po['request_message_id']}\nDate: Fri, 20 Nov 2026 14:40:12 +0100\n"),
              headers={"Auto-Submitted": "auto-replied"})
    exp = other("bounce", "Delay warning (Action: delayed, 4.4.1): no delivery yet and certainly no answer from the supplier.")
    return dict(slug="bindings-delay-warning-kz", pos=[po], msg=msg, exp=exp, locale="kk-KZ",
                hard="transient delay DSN ('warning only, do not resend') rather than a hard failure")


# ------------------------------------------------------------------ unrelated

@case
def c067():
    s = sup("NILEWAX", "Nile Wax & Wick Co.", "accounts@nilewax.example", "ar-EG")
    po = PO("4500031546", s, [
        L(1, "CW-ZN-20", "Zinc core wick 20 ply, 1000 m", 3, "ROL", "54.00", "2027-01-12"),
        L(2, "CW-PT-100", "Pre-tabbed wick 100 mm", 20000, "EA", "0.018", "2027-01-12"),
    ], currency="USD", buyer="jb")
    text = ("السادة/ شركة كورفاليس للتجارة\nعناية قسم الحسابات\n\nتحية طيبة،\n\n"
            "نود تذكيركم بأن الفاتورة رقم INV-2026-0917 الخاصة بأمر الشراء 4500029870 (فتائل بقلب زنك 20 طبقة، 4 لفات × 54.00 دولار، "
            "وفتائل جاهزة 100 مم، 15,000 قطعة × 0.018 دولار) بقيمة 486.00 دولار أمريكي قد استحقت بتاريخ 2026/10/31 ولم يتم سدادها حتى الآن.\n\n"
            "نرجو التكرم بتحويل المبلغ في أقرب وقت، أو إفادتنا في حال تم السداد.\n\n"
            "Reminder: invoice INV-2026-0917 (your PO 4500029870), USD 486.00, overdue since 31/10/2026.\n\n"
            "مع التحية،\nمنى عبد الرحمن\nقسم الحسابات - شركة النيل للشمع والفتائل، العاشر من رمضان\n")
    msg = mail(po, "Mona Abdelrahman <accounts@nilewax.example>", "تذكير بسداد الفاتورة INV-2026-0917 / Payment reminder",
               "Mon, 23 Nov 2026 10:05:44 +0200", text, charset="utf-8", cte="base64", reply=False,
               to="Corvalis Accounts Payable <ap@corvalis-trading.example>", mid="<reminder.INV-2026-0917.2@nilewax.example>")
    exp = other("unrelated", "Payment reminder for an invoice of an earlier order (4500029870); it names the same items and prices as the open PO but says nothing about it.")
    return dict(slug="wicks-unpaid-invoice-reminder-eg", pos=[po], msg=msg, exp=exp, locale="ar-EG",
                hard="same supplier, same items and prices, but about an older PO's unpaid invoice")


@case
def c068():
    s = sup("KIWIARCH", "Kiwi Archery Components Ltd", "hello@kiwiarchery.example", "en-NZ")
    po = PO("4500031550", s, [
        L(1, "NK-LUM-RD", "Lighted nock, red, H size", 300, "EA", "2.95", "2026-12-21"),
        L(2, "NK-PIN-BR", "Pin nock, brass insert", 1000, "EA", "0.44", "2026-12-21"),
    ], currency="USD", buyer="jb")
    html = ("<html><body style=\"margin:0;background:#f3f3f3\"><table width=\"600\" align=\"center\" style=\"background:#fff\">"
            "<tr><td style=\"padding:20px\"><h1 style=\"color:#1b5e20\">Summer Sale is ON! &#127993;</h1>"
            "<p>Kia ora archers! Stock up before the Christmas break:</p>"
            "<ul><li>NK-LUM-RD lighted nocks (red, H) - now <b>US$2.95</b> each, ships 21 December</li>"
            "<li>NK-PIN-BR brass pin nocks - <b>US$0.44</b> each in lots of 1,000</li></ul>"
            "<p>Offer valid until 20/12/2026 or while stocks last. Workshop closed 24/12 - 11/01.</p>"
            "<p><a href=\"https://kiwiarchery.example/sale?utm_source=newsletter&amp;utm_medium=email\">Shop now</a></p>"
            "<p style=\"font-size:10px;color:#777\">You are receiving this because you subscribed at kiwiarchery.example. "
            "<a href=\"https://kiwiarchery.example/unsubscribe?u=8821\">Unsubscribe</a> | Kiwi Archery Components Ltd, 7 Ruru St, Nelson 7010</p>"
            "</td></tr></table></body></html>")
    text = ("Summer Sale is ON!\n\nKia ora archers! Stock up before the Christmas break:\n"
            "- NK-LUM-RD lighted nocks (red, H) - now US$2.95 each, ships 21 December\n"
            "- NK-PIN-BR brass pin nocks - US$0.44 each in lots of 1,000\n\n"
            "Offer valid until 20/12/2026 or while stocks last. Workshop closed 24/12 - 11/01.\n\n"
            "Shop now: https://kiwiarchery.example/sale\nUnsubscribe: https://kiwiarchery.example/unsubscribe?u=8821\n")
    msg = mail(po, "Kiwi Archery <news@kiwiarchery.example>", "Summer Sale: lighted nocks from US$2.95",
               "Thu, 26 Nov 2026 07:00:00 +1300", text, html=html, reply=False, to="j.baines@corvalis-trading.example",
               mid="<20261125180000.b81c.newsletter@mail.kiwiarchery.example>",
               headers={"List-Unsubscribe": "<https://kiwiarchery.example/unsubscribe?u=8821>", "Precedence": "bulk"})
    exp = other("unrelated", "Supplier newsletter that happens to list the PO items at the PO prices and the need-by date; it is marketing, not an answer.")
    return dict(slug="nocks-newsletter-same-prices-nz", pos=[po], msg=msg, exp=exp, locale="en-NZ",
                hard="newsletter whose items, prices and ship date coincide exactly with the open PO")


@case
def c069():
    s = sup("ANDINOTIPOS", "Tipos Andinos S.A.S.", "facturacion@tiposandinos.example", "es-CO")
    po = PO("4500031554", s, [
        L(1, "LT-CAS-14", "Letterpress type Caslon 14 pt, font", 10, "SET", "88.00", "2027-01-26"),
    ], currency="USD", buyer="mo")
    pdf = simple_pdf([
        "TIPOS ANDINOS S.A.S.   NIT 900.418.227-5   Calle 19 # 4-71, Bogota D.C.",
        "FACTURA ELECTRONICA DE VENTA No. FE-11873",
        "Fecha de emision: 25/11/2026          Vencimiento: 25/12/2026",
        "Cliente: Corvalis Trading GmbH        Orden de compra: 4500030412",
        "",
        "Item  Codigo      Descripcion                    Cant.  Vr. unit. USD   Total USD",
        "1     LT-CAS-14   Tipos Caslon 14 pt (fuente)     6      88.00          528.00",
        "2     LT-QUAD-14  Cuadratines 14 pt               2      19.50           39.00",
        "",
        "Subtotal USD 567.00        Total USD 567.00",
        "CUFE: 7c1d9e2a44b0f8136e5a0c9d2b7f41e8a6c3d5e7",
    ], "FE-11873")
    text = ("Señores Corvalis Trading,\n\nAdjuntamos la factura electrónica FE-11873 correspondiente a su orden de compra 4500030412, "
            "despachada el 20/11/2026.\n\nCordialmente,\nDepartamento de Facturación\nTipos Andinos S.A.S.\n")
    msg = mail(po, "Facturación Tipos Andinos <facturacion@tiposandinos.example>", "Factura electrónica FE-11873 - OC 4500030412",
               "Wed, 25 Nov 2026 16:20:09 -0500", text, charset="utf-8", cte="quoted-printable", reply=False,
               to="ap@corvalis-trading.example, m.oliveira@corvalis-trading.example",
               mid="<FE-11873.20261125162009@facturacion.tiposandinos.example>", atts=[(pdf, *PDF, "FE-11873.pdf")])
    exp = other("unrelated", "Invoice for a different, already shipped PO (4500030412) with the same item and price as the open PO 4500031554.")
    return dict(slug="type-invoice-other-po-co", pos=[po], msg=msg, exp=exp, locale="es-CO",
                hard="invoice PDF for another PO number with the same item code and unit price")


@case
def c070():
    s = sup("NORTHRIDGE", "Northridge Regulator Parts Inc.", "sales@northridge-reg.example", "en-CA")
    po = PO("4500031558", s, [
        L(1, "RH-LP-76-BR", "Regulator LP hose, braided, 76 cm", 60, "EA", "17.90", "2027-01-15"),
        L(2, "RH-QD-SW", "Quick-disconnect swivel adaptor", 60, "EA", "11.30", "2027-01-15"),
    ], currency="USD", buyer="jb")
    xlsx = make_xlsx([
        ["Northridge Regulator Parts - Price list 2027 (valid from 01/01/2027)"],
        ["Item", "Description", "MOQ", "USD/ea 2026", "USD/ea 2027", "Lead time"],
        ["RH-LP-76-BR", "LP hose braided 76 cm", 10, 17.90, 18.60, "4 weeks"],
        ["RH-QD-SW", "QD swivel adaptor", 10, 11.30, 11.30, "3 weeks"],
        ["RH-HP-61", "HP hose 61 cm", 10, 15.20, 15.90, "4 weeks"],
    ], "2027")
    text = ("Hello valued customer,\n\nPlease find attached our 2027 price list, effective January 1, 2027. "
            "Orders placed and confirmed before December 31, 2026 will be honoured at 2026 pricing.\n\n"
            "Our office will be closed from December 24 to January 4.\n\n"
            "Best regards,\nNorthridge Regulator Parts Inc. | 310 Industrial Pkwy S, Aurora, ON L4G 3V8\n")
    msg = mail(po, "Northridge Sales <sales@northridge-reg.example>", "Northridge 2027 price list",
               "Mon, 30 Nov 2026 08:15:33 -0500", text, reply=False, to="undisclosed-recipients:;",
               mid="<pricelist2027.0001.6734@northridge-reg.example>", atts=[(xlsx, *XLSX, "Northridge_Pricelist_2027.xlsx")])
    exp = other("unrelated", "Mass-mailed 2027 price list listing the PO items with new prices; not an answer about PO 4500031558.")
    return dict(slug="hoses-price-list-2027-ca", pos=[po], msg=msg, exp=exp, locale="en-CA",
                hard="price list XLSX with changed prices for exactly the ordered items, sent to undisclosed recipients")
