"""Cases D: replies that must not be read as confirmations."""
from . import mime, pdf, xlsx
from .common import (L, case, other, po, reply, sup, plain_mail, buyer_addr, dsn_mail, request_message,
                     req_subject, rdate, msgid)


@case("icemold-contradict-ru", "needs_review/ru-RU",
      "KOI8-R body says 'в полном объёме, поставка 11.12.2026' while the attached PDF shows 25.12.2026 and 30 instead of 40 pieces")
def d_ice_ru():
    S = sup("LEDFORMA", "ООО Ледяные Формы", "sales@ledforma.example", "ru-RU")
    P = po("4500031540", S, "EUR", "2026-11-09", [
        L(1, "LDF-MD-4060", "Ice sculpture mold bear 40x60 cm, 3-part", 12, "PCS", "118.00", "2026-12-11"),
        L(2, "LDF-CB-25", "Ice cube tray mold 25x25 mm, 2/3 fill, 2027 design", 40, "PCS", "14.60", "2026-12-11"),
    ])
    body = ("Добрый день, Марен!\n\nПодтверждаем Ваш заказ N 4500031540 в полном объёме, цены без изменений, "
            "поставка 11.12.2026.\nПодтверждение заказа во вложении.\n\nС уважением,\nДмитрий Соколов\n"
            "менеджер по экспорту\nООО Ледяные Формы\n190020, Санкт-Петербург, Нарвский пр., 18\n"
            "тел. +7 812 555-41-20\n")
    doc = pdf.build([
        "# OOO LEDYANYE FORMY - ORDER CONFIRMATION No. 2611-087",
        "Customer: Tallis & Brook Procurement Ltd     Your order: 4500031540",
        "Date: 19.11.2026",
        "",
        "No.  Item           Description                          Qty   Unit  Price EUR  Delivery date",
        "1    LDF-MD-4060    Ice mold bear 40x60 cm, 3-part        12    PCS   118,00     25.12.2026",
        "2    LDF-CB-25      Ice cube tray mold 25x25 mm           30    PCS   14,60      25.12.2026",
        "",
        "Terms: DAP Felixstowe, 30 days net.",
    ], compress=True, title="Order confirmation 2611-087", producer="1C:Enterprise 8.3",
        date="D:20261119110500+03'00'")
    att = mime.attach(doc, "application/pdf", "Confirmation_2611-087.pdf")
    eml = reply(P, frm=("Дмитрий Соколов", "sales@ledforma.example"), date="2026-11-19 11:20:07 +0300",
                client="thunderbird", body=body, quote="cite", html=False, charset="koi8-r", cte="8bit",
                hdr_cs="koi8-r", atts=[att],
                attr="09.11.2026 13:12, Maren Holt пишет:")
    return [P], eml, other("needs_review", "Contradiction: body 'в полном объёме ... поставка 11.12.2026' vs PDF delivery "
                                            "25.12.2026 and 30 pcs on line 2; a careful buyer cannot tell which is binding.")


@case("toboggan-quotedonly-us", "needs_review/en-US",
      "'We can make all of these' with firm dates and prices promised later; every number in the mail is our own quoted request")
def d_tob_us():
    S = sup("ROCKYR", "Rocky Ridge Toboggan Works", "sales@rockyridgetoboggan.example", "en-US")
    P = po("4500031546", S, "USD", "2026-11-09", [
        L(1, "RRT-SL-60", "Toboggan slat white ash 60 in x 4 in x 3/8 in", 300, "PCS", "7.20", "2026-12-11"),
        L(2, "RRT-CURL-4", "Steamed curl blank 4 in radius, 2027 pattern", 50, "PCS", "12.50", "2026-12-11"),
    ], buyer="tom")
    body = ("Hi Tom,\n\nGot it, thanks! We can make all of these. I'll get you firm ship dates and confirm pricing once "
            "our ash delivery comes in next week - the mill has been all over the place this fall.\n\nThanks,\n"
            "Cody Marsh\nRocky Ridge Toboggan Works\n220 Mill Street, Lyndonville, VT 05851\n802-555-0119\n\n"
            "Sent from my iPhone")
    eml = reply(P, frm=("Cody Marsh", "sales@rockyridgetoboggan.example"), date="2026-11-11 18:47:30 -0500",
                client="iphone", body=body, quote="cite", html=False,
                attr="> On Nov 9, 2026, at 5:12 AM, Tom Becker <tom.becker@tallisbrook.example> wrote:\n>")
    return [P], eml, other("needs_review", "Willingness only; dates and pricing explicitly to follow. Quantities, prices "
                                            "and dates appear only in our quoted request.")


@case("eggcarton-vague-mx", "needs_review/es-MX",
      "vague 'a principios o mediados de diciembre, calculo' and a price that 'podría variar'")
def d_egg_mx():
    S = sup("CVJAL", "Cartones Verdes de Jalisco S.A. de C.V.", "ventas@cartonesverdes.example", "es-MX")
    P = po("4500031552", S, "USD", "2026-11-09", [
        L(1, "CVJ-EC-18", "Organic egg carton 18-cell, 3x6, recycled pulp", 8000, "PCS", "0.24", "2026-12-04"),
        L(2, "CVJ-EC-6", "Organic egg carton 6-cell, 1/1 print", 15000, "PCS", "0.11", "2026-12-04"),
    ], buyer="priya")
    body = ("Hola Priya, buen día.\n\nSí te lo podemos surtir, calculo que a principios o mediados de diciembre; en "
            "cuanto tenga el programa de producción te confirmo la fecha exacta. El precio podría variar un poco por "
            "el papel reciclado, te aviso.\n\nSaludos,\nJosé Luis Hernández\nCartones Verdes de Jalisco\n"
            "Tel. 33 5555 2190\n")
    eml = reply(P, frm=("José Luis Hernández", "ventas@cartonesverdes.example"), date="2026-11-12 10:02:16 -0600",
                client="gmail", body=body, quote="cite",
                attr="El lun, 9 nov 2026 a las 4:12, Priya Natarajan (<priya.natarajan@tallisbrook.example>) escribió:")
    return [P], eml, other("needs_review", "No committed date ('calculo ... principios o mediados de diciembre') and price "
                                            "may change; exact date promised later.")


@case("feedhorn-question-zh", "needs_review/zh-CN",
      "GB2312 technical questions (drawing revision, flange WR-430 vs WR-340) before any confirmation")
def d_horn_zh():
    S = sup("XCANT", "成都星辰天线有限公司", "sales@xingchen-ant.example", "zh-CN")
    P = po("4500031558", S, "USD", "2026-11-10", [
        L(1, "XCA-FH-S", "Feed horn S-band 2.2-2.4 GHz, WR-430 flange", 2, "EA", "2180.00", "2026-12-18"),
        L(2, "XCA-CAL-S", "Calibration coupler S-band, 30 dB", 2, "EA", "640.00", "2026-12-18"),
    ], buyer="oskar")
    body = ("Oskar 先生您好：\n\n收到贵司订单 4500031558，谢谢。在确认交期和价格之前，请帮忙确认以下两点：\n"
            "1. 馈源喇叭图纸是否为最新版本（Rev.C，2026年9月）？\n2. 法兰要求 WR-430 还是 WR-340？订单描述与图纸不一致。\n\n"
            "收到您的回复后，我们会在三个工作日内发出正式订单确认。\n\n此致\n敬礼\n刘洋\n成都星辰天线有限公司 销售部\n"
            "四川省成都市高新区天府五街 200 号\n电话：+86 28 5555 7312\n")
    eml = reply(P, frm=("刘洋", "sales@xingchen-ant.example"), date="2026-11-13 16:20:55 +0800", client="foxmail",
                body=body, quote="cite", charset="gb2312", cte="base64", hdr_cs="gb2312",
                attr="------------------ 原始邮件 ------------------",
                extra=[("X-Mailer", "Foxmail 7.2.25.331[cn]")])
    return [P], eml, other("needs_review", "Questions about drawing revision and flange; formal confirmation promised after "
                                            "our answer. No line committed.")


@case("belts-approval-lv", "needs_review/lv-LV",
      "Latvian reply naming a new price and a delivery week, but only after the buyer approves the price")
def d_belt_lv():
    S = sup("BOULSIKS", "SIA Boulinga Siksnas", "pardosana@boulingasiksnas.example", "lv-LV")
    P = po("4500031560", S, "EUR", "2026-11-10", [
        L(1, "BSI-DB-8250", "Pinsetter deck belt 82-1/2 in, 2-ply, 2027 spec", 12, "PCS", "58.00", "2026-12-11"),
        L(2, "BSI-EB-38", "Elevator belt 3/8 x 38 in", 12, "PCS", "16.20", "2026-12-11"),
    ], buyer="tom")
    body = ("Labdien, Becker kungs!\n\nPirms apstiprinām pasūtījumu 4500031560, lūdzu, apstipriniet jauno cenu "
            "1. pozīcijai - 64,90 EUR/gab. (iepriekš 58,00 EUR). Pēc Jūsu apstiprinājuma nosūtīsim pasūtījuma "
            "apstiprinājumu ar piegādi 50. nedēļā.\n\nAr cieņu\nLīga Bērziņa\nSIA Boulinga Siksnas\n"
            "Rūpniecības iela 21, Rīga, LV-1045\nTālr. +371 67 555 214\n")
    eml = reply(P, frm=("Līga Bērziņa", "pardosana@boulingasiksnas.example"), date="2026-11-16 09:48:02 +0200",
                client="outlook", body=body, charset="iso-8859-13", hdr_cs="iso-8859-13", lang="lv-LV")
    return [P], eml, other("needs_review", "Price increase awaiting our approval; the delivery week is announced only for "
                                            "after approval, so nothing is committed yet.")


@case("fitting-checking-he", "needs_review/he-IL",
      "Hebrew (windows-1255) 'we are checking with the factory and will revert by Thursday 26/11' - a date that is not a delivery")
def d_fit_he():
    S = sup("HAMEI", 'חמי הגליל צנרת בע"מ', "sales@hamei-galil.example", "he-IL")
    P = po("4500031567", S, "USD", "2026-11-10", [
        L(1, "HGP-CP-2", "Hot spring pipe coupling 2 in, CPVC, 95 C", 120, "PCS", "6.80", "2026-12-11"),
        L(2, "HGP-VL-2", "Ball valve 2 in, CPVC, EPDM seals", 30, "PCS", "21.40", "2026-12-11"),
    ], buyer="oskar")
    body = ("שלום אוסקר,\n\nקיבלנו את הזמנה 4500031567, תודה. אנחנו בודקים מול המפעל את הזמינות של המחברים והברזים "
            "בקוטר 2 אינץ' ונחזור אליך עד יום חמישי (26/11) עם מועד אספקה ומחיר סופי.\n\nבברכה,\nנועה לוי\n"
            'חמי הגליל צנרת בע"מ\nאזור התעשייה צמח, ד.נ. עמק הירדן 15132\nטל. 04-6555-320\n')
    eml = reply(P, frm=("נועה לוי", "sales@hamei-galil.example"), date="2026-11-19 12:15:44 +0200", client="outlook",
                body=body, charset="windows-1255", cte="base64", hdr_cs="windows-1255", lang="he-IL")
    return [P], eml, other("needs_review", "Receipt only; delivery date and final price promised by 26/11. The 26/11 is a "
                                            "promise date, not a delivery.")


@case("ooo-tis620-th", "auto_reply/th-TH",
      "Thai out-of-office in TIS-620 with a Buddhist-era year (2569) and an English copy")
def d_ooo_th():
    S = sup("MAIPAI", "บริษัท ไม้ไผ่ค้ำยัน จำกัด", "sales@maipai-scaffold.example", "th-TH")
    P = po("4500031574", S, "USD", "2026-11-10", [
        L(1, "MPS-TIE-30", "Bamboo scaffolding tie, rattan 3.0 mm x 1.2 m", 20000, "PCS", "0.045", "2026-12-18"),
    ], buyer="priya")
    body = ("เรียน ผู้ติดต่อ\n\nขอบคุณสำหรับอีเมลของท่าน ดิฉันลาพักร้อนระหว่างวันที่ 9 - 20 พฤศจิกายน 2569 "
            "และจะตอบกลับเมื่อกลับมาทำงาน หากมีเรื่องเร่งด่วนกรุณาติดต่อคุณสมชาย โทร 02-555-4410\n\n"
            "I am on annual leave from 9 to 20 November 2026 and will reply on my return. For urgent matters please "
            "contact Khun Somchai, +66 2 555 4410.\n\nพิมพ์ชนก ศรีสุข\nบริษัท ไม้ไผ่ค้ำยัน จำกัด\n")
    eml = reply(P, frm=("พิมพ์ชนก ศรีสุข", "sales@maipai-scaffold.example"), date="2026-11-10 17:12:40 +0700",
                client="outlook", body=body, quote=None, charset="tis-620", cte="base64", hdr_cs="tis-620",
                lang="th-TH", prefix="Automatic reply: ",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [P], eml, other("auto_reply", "Out-of-office in Thai (B.E. 2569 = 2026) and English; no answer about the PO.")


@case("ticket-ack-in", "auto_reply/en-IN",
      "helpdesk auto-acknowledgement with a ticket number and a 2-working-day promise, sent from the supplier's own domain")
def d_ticket_in():
    S = sup("HIMYAK", "Himalayan Yak Yarns Pvt Ltd", "orders@himalayanyak.example", "en-IN")
    P = po("4500031581", S, "USD", "2026-11-11", [
        L(1, "HYY-YK-4PLY", "Yak wool yarn 4-ply, 100 g, 2/8 Nm, charcoal", 250, "PCS", "8.90", "2026-12-18"),
        L(2, "HYY-YK-LACE", "Yak lace yarn 50 g, 2/36 Nm", 150, "PCS", "6.40", "2026-12-18"),
    ], buyer="priya")
    body = ("Dear Customer,\n\nThank you for writing to Himalayan Yak Yarns. This is an automated acknowledgement.\n\n"
            "Your request has been logged under Ticket #HYY-260114 with subject \"PO 4500031581 - request for order "
            "confirmation\". Our order desk will respond within 2 working days (Mon-Sat, 10:00-18:00 IST).\n\n"
            "Please quote the ticket number in all further correspondence. Do not reply to this e-mail.\n\n"
            "Warm regards,\nCustomer Care Team\nHimalayan Yak Yarns Pvt Ltd | Manali Road, Kullu 175101, H.P.\n")
    eml = reply(P, frm=("Himalayan Yak Yarns Support", "support@himalayanyak.example"),
                date="2026-11-11 15:43:09 +0530", client="helpdesk", body=body, quote=None,
                subject="[Ticket #HYY-260114] Re: PO 4500031581 - request for order confirmation",
                extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply"),
                       ("X-Mailer", "HelpDesk Mailer 4.2")])
    return [P], eml, other("auto_reply", "Ticket-system acknowledgement (Auto-Submitted: auto-generated); '2 working days' is a "
                                          "response promise, not a delivery date.")


@case("sharedinbox-receipt-ch", "auto_reply/de-CH",
      "shared-inbox receipt in four languages with a case number, plus a 'no-reply' notice")
def d_shared_ch():
    S = sup("SKENG", "Seilbahn-Klemmen Engelberg AG", "verkauf@seilbahnklemmen.example", "de-CH")
    P = po("4500031588", S, "CHF", "2026-11-11", [
        L(1, "SKE-KL-48", "Detachable grip 48 mm rope, 2027 spring set", 6, "EA", "4120.00", "2027-01-15"),
        L(2, "SKE-TL-48", "Grip tongue liner 48 mm, set of 2", 12, "SET", "86.00", "2027-01-15"),
    ])
    body = ("Guten Tag\n\nVielen Dank für Ihre Nachricht an verkauf@seilbahnklemmen.example. Ihre Anfrage wurde unter der "
            "Nummer VK-2026-11873 erfasst und wird so rasch wie möglich bearbeitet.\n\n"
            "Merci pour votre message. Votre demande a été enregistrée sous le numéro VK-2026-11873.\n\n"
            "Grazie per il Suo messaggio. La Sua richiesta è stata registrata con il numero VK-2026-11873.\n\n"
            "Thank you for your message. Your request has been registered as VK-2026-11873.\n\n"
            "Bitte antworten Sie nicht auf diese E-Mail. / Merci de ne pas répondre à ce message.\n\n"
            "Seilbahn-Klemmen Engelberg AG | Gerschnistrasse 4 | 6390 Engelberg | +41 41 555 77 00\n")
    eml = reply(P, frm=("Seilbahn-Klemmen Engelberg AG", "noreply@seilbahnklemmen.example"),
                date="2026-11-11 10:12:58 +0100", client="crm", body=body, quote=None, cte="quoted-printable",
                subject="Eingangsbestätigung VK-2026-11873: PO 4500031588 - request for order confirmation",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [P], eml, other("auto_reply", "Automatic shared-mailbox receipt with a case number in DE/FR/IT/EN; no content about the order.")


@case("autoreply-inoltrata-it", "auto_reply/it-IT",
      "Italian automatic reply 'la sua e-mail è stata inoltrata' with company closure dates that look like delivery dates")
def d_auto_it():
    S = sup("TROVASO", "Remiera San Trovaso srl", "commerciale@remierasantrovaso.example", "it-IT")
    P = po("4500031595", S, "EUR", "2026-11-11", [
        L(1, "RST-RM-440", "Gondola oar beech 4.40 m, varnished", 4, "PCS", "720.00", "2026-12-18"),
        L(2, "RST-PL-12", "Oar blade tip protector 12x20 cm, brass", 8, "PCS", "38.00", "2026-12-18"),
    ])
    body = ("Risposta automatica\n\nGentile cliente,\nla sua e-mail è stata ricevuta e inoltrata all'ufficio commerciale. "
            "Le risponderemo entro 48 ore lavorative.\n\nVi informiamo che l'azienda resterà chiusa per ferie dal "
            "24/12/2026 al 06/01/2027; le consegne riprenderanno dal 07/01/2027.\n\nRemiera San Trovaso srl\n"
            "Dorsoduro 1097, 30123 Venezia - Tel. 041 555 2236\n")
    eml = reply(P, frm=("Remiera San Trovaso", "commerciale@remierasantrovaso.example"), date="2026-11-11 10:13:21 +0100",
                client="webmail", body=body, quote=None, charset="iso-8859-15", hdr_cs="iso-8859-15",
                prefix="Risposta automatica: ", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [P], eml, other("auto_reply", "Auto-reply (forwarded to sales, 48 h); the holiday dates are not delivery commitments.")


@case("bounce-qmail-cz", "bounce/cs-CZ",
      "qmail plain-text bounce (no multipart/report) with the whole original request appended below a marker line")
def d_bounce_cz():
    S = sup("KOMTYC", "Komínové Tyče Brno s.r.o.", "obchod@kominove-tyce.example", "cs-CZ")
    P = po("4500031601", S, "EUR", "2026-11-12", [
        L(1, "KTB-TY-1000", "Chimney brush rod 1.0 m, polypropylene, M12", 400, "PCS", "4.60", "2026-12-11"),
        L(2, "KTB-KA-300", "Brush head 300 mm, steel wire, 3/8 in", 60, "PCS", "18.90", "2026-12-11"),
    ], buyer="tom")
    orig = request_message(P).decode("ascii")
    body = ("Hi. This is the qmail-send program at mail.tallisbrook.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<obchod@kominove-tyce.example>:\n198.51.100.27 does not like recipient.\n"
            "Remote host said: 550 5.2.1 <obchod@kominove-tyce.example>: Mailbox disabled for this recipient\n"
            "Giving up on 198.51.100.27.\n\n--- Below this line is a copy of the message.\n\n"
            "Return-Path: <tom.becker@tallisbrook.example>\nReceived: (qmail 28114 invoked by uid 89); "
            "12 Nov 2026 10:12:06 -0000\n" + orig)
    part = mime.text(body, "plain", "us-ascii", "7bit")
    hs = [("From", "MAILER-DAEMON@mail.tallisbrook.example"), ("To", "tom.becker@tallisbrook.example"),
          ("Subject", "failure notice"), ("Date", rdate("2026-11-12 10:12:09 +0000")),
          ("Message-ID", msgid("qmail", "4500031601", "mail.tallisbrook.example"))]
    return [P], mime.message(hs, part), other("bounce", "qmail 'failure notice' in plain text; the appended original shows "
                                                         "our PO table and dates but nothing from the supplier.")


@case("bounce-gmail-full-br", "bounce/pt-BR",
      "Google Workspace DSN 'Message not delivered' (mailbox full 5.2.2) with HTML part and the returned request")
def d_bounce_br():
    S = sup("OVOSORG", "Ovos Orgânicos Embalagens Ltda", "comercial@ovosorganicos.example", "pt-BR")
    P = po("4500031604", S, "USD", "2026-11-13", [
        L(1, "OOE-BD-12", "Organic egg carton 12-cell, 2x6, 2027 artwork", 25000, "PCS", "0.21", "2026-12-18"),
        L(2, "OOE-BD-20", "Egg tray 20-cell 4x5, molded pulp", 10000, "PCS", "0.17", "2026-12-18"),
    ])
    human = ("** Message not delivered **\n\nThere was a problem delivering your message to "
             "comercial@ovosorganicos.example. The recipient's inbox is full and can't accept messages now. "
             "Try resending the message later, or contact the recipient directly.\n\n"
             "The response from the remote server was:\n552 5.2.2 <comercial@ovosorganicos.example>: "
             "Mailbox full - quota exceeded\n")
    hh = ("<html><head></head><body><div style=\"font-family:Roboto,Arial\"><h2>Message not delivered</h2>"
          "<p>There was a problem delivering your message to <b>comercial@ovosorganicos.example</b>. The recipient's "
          "inbox is full and can't accept messages now.</p><p>The response from the remote server was:</p>"
          "<p style=\"font-family:monospace\">552 5.2.2 &lt;comercial@ovosorganicos.example&gt;: Mailbox full - "
          "quota exceeded</p></div></body></html>\n")
    eml = dsn_mail(P, date="2026-11-13 02:13:02 -0800", subject="Delivery Status Notification (Failure)",
                   frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), human=human, human_html=hh,
                   status="5.2.2", diag="552 5.2.2 <comercial@ovosorganicos.example>: Mailbox full - quota exceeded",
                   reporting_mta="googlemail.com", remote_mta="mx.ovosorganicos.example", style="gmail",
                   extra=[("Auto-Submitted", "auto-replied")])
    return [P], eml, other("bounce", "Gmail-style DSN, mailbox full; the returned request carries the PO table.")


@case("bounce-delay-ja", "bounce/ja-JP",
      "Postfix delay warning (Action: delayed, 4.4.1) - a DSN that is only a warning, still carrying the full request")
def d_bounce_ja():
    S = sup("ONSENHK", "株式会社 温泉配管工業", "eigyo@onsen-haikan.example", "ja-JP")
    P = po("4500031607", S, "JPY", "2026-11-13", [
        L(1, "OHK-EL-25", "Hot spring pipe elbow 25A, SUS316, 90 deg", 80, "PCS", "2450", "2026-12-18"),
        L(2, "OHK-VL-25", "Ball valve 25A, SCS14, 10K flange", 12, "PCS", "18600", "2026-12-18"),
    ], buyer="tom")
    human = ("This is the mail system at host mx2.tallisbrook.example.\n\n"
             "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n"
             "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
             "<eigyo@onsen-haikan.example>: connect to mx.onsen-haikan.example[203.0.113.88]:25:\n"
             "    Connection timed out\n")
    eml = dsn_mail(P, date="2026-11-13 14:14:30 +0000", subject="Delayed Mail (still being retried)",
                   frm=("Mail Delivery System", "MAILER-DAEMON@mx2.tallisbrook.example"), human=human,
                   status="4.4.1", action="delayed",
                   diag="connect to mx.onsen-haikan.example[203.0.113.88]:25: Connection timed out",
                   reporting_mta="mx2.tallisbrook.example", queue="4NcL0w2Hq1z7xR4",
                   extra=[("Auto-Submitted", "auto-replied")])
    return [P], eml, other("bounce", "Delay DSN (warning only, Action: delayed); the mail has not reached the supplier, "
                                      "the attached request is ours.")


@case("newsletter-sale-au", "unrelated/en-AU",
      "HTML-only supplier newsletter with prices, sale end dates and 'order by 14 December' delivery promises")
def d_news_au():
    S = sup("YIDAKI", "Yidaki Mouthpiece Supply Pty Ltd", "orders@yidakisupply.example", "en-AU")
    P = po("4500031609", S, "AUD", "2026-11-10", [
        L(1, "YMS-WAX-30", "Didgeridoo mouthpiece, beeswax 30 mm", 150, "PCS", "3.90", "2026-12-11"),
    ])
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Summer Sale</title></head>"
            "<body style=\"margin:0;background:#f3ead9\"><table width=\"600\" align=\"center\" style=\"background:#fff;"
            "font-family:Arial,sans-serif\"><tr><td style=\"padding:20px;background:#8a3b12;color:#fff\">"
            "<h1>Summer Sale - up to 25% off</h1></td></tr><tr><td style=\"padding:20px\">"
            "<p>G'day from the Yidaki Mouthpiece Supply crew!</p><p>Our biggest sale of the year runs until "
            "<b>30/11</b>:</p><ul><li>Beeswax mouthpieces 28/30/32 mm - now $3.20 (was $3.90)</li>"
            "<li>Brass mouthpieces 3/4 in spigot - now $14.95</li><li>New 2027 hardwood mouthpiece range - from $9.50</li></ul>"
            "<p>Order by <b>14 December</b> for pre-Christmas delivery Australia-wide.</p>"
            "<p><a href=\"https://yidakisupply.example/sale?utm_source=newsletter\">Shop the sale</a></p></td></tr>"
            "<tr><td style=\"padding:12px;font-size:11px;color:#777\">Yidaki Mouthpiece Supply Pty Ltd, 8 Todd Mall, "
            "Alice Springs NT 0870. You are receiving this because you are a trade customer. "
            "<a href=\"https://yidakisupply.example/unsubscribe?u=tb-4471\">Unsubscribe</a></td></tr></table></body></html>\n")
    part = mime.text(html, "html", "utf-8", "quoted-printable")
    eml = plain_mail(frm=("Yidaki Mouthpiece Supply", "news@yidakisupply.example"), to=buyer_addr(P),
                     subject="Summer Sale is ON - up to 25% off mouthpieces until 30/11", date="2026-11-17 07:00:00 +0930",
                     client="mailchimp", part=part,
                     extra=[("List-Unsubscribe", "<https://yidakisupply.example/unsubscribe?u=tb-4471>"),
                            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                            ("X-Mailer", "Mailchimp Mailer - **CID4f2a81c0e3**")])
    return [P], eml, other("unrelated", "Newsletter/marketing from a supplier with an open PO; sale prices and dates are "
                                         "not an answer to PO 4500031609.")


@case("pricelist-2027-at", "unrelated/de-AT",
      "2027 price list as XLSX that even contains the ordered item code with a new price, but answers no order")
def d_price_at():
    S = sup("RODELT", "Rodel-Latten Tirol GmbH", "office@rodellatten.example", "de-AT")
    P = po("4500031612", S, "EUR", "2026-11-10", [
        L(1, "RLT-LA-1100", "Toboggan slat ash 1100x85x11 mm", 400, "PCS", "3.60", "2026-12-18"),
        L(2, "RLT-KU-40", "Toboggan runner, beech, 40 mm, 2027 profile", 100, "PCS", "8.20", "2026-12-18"),
    ])
    sheet = xlsx.build([
        ["Preisliste 2027 - gültig ab 01.01.2027", None, None, None],
        ["Artikel", "Bezeichnung", "Einheit", "Preis EUR netto"],
        ["RLT-LA-900", "Rodellatte Esche 900x85x11 mm", "Stk", 3.1],
        ["RLT-LA-1100", "Rodellatte Esche 1100x85x11 mm", "Stk", 3.85],
        ["RLT-LA-1300", "Rodellatte Esche 1300x85x11 mm", "Stk", 4.4],
        ["RLT-KU-40", "Kufe Buche 40 mm, Profil 2027", "Stk", 8.6],
        ["RLT-SR-M6", "Lattenschraube M6x40 A2, 100 Stk", "Pkg", 14.9],
    ], sheet="Preisliste 2027", creator="Rodel-Latten Tirol GmbH", ts=(2026, 11, 20, 8, 0, 0))
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Preisliste 2027, gültig ab 1. Jänner 2027. "
            "Aufgrund gestiegener Holz- und Energiekosten erhöhen sich unsere Preise durchschnittlich um 6 %.\n\n"
            "Bestellungen mit Liefertermin bis 31.12.2026 werden noch zu den bisherigen Preisen abgerechnet.\n\n"
            "Mit freundlichen Grüßen\nRodel-Latten Tirol GmbH\nInnstraße 22, 6460 Imst\nT +43 5412 555 30\n")
    part = mime.multi("mixed", [mime.text(body, "plain", "windows-1252", "quoted-printable"),
                                mime.attach(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                            "Preisliste_2027.xlsx")], "outlook")
    eml = plain_mail(frm=("Rodel-Latten Tirol GmbH", "office@rodellatten.example"), to="einkauf@tallisbrook.example",
                     subject="Preisliste 2027 / price list 2027", date="2026-11-20 08:05:11 +0100", client="outlook",
                     part=part, extra=[("Content-Language", "de-AT")])
    return [P], eml, other("unrelated", "General 2027 price list mailing to a generic address; contains the PO's item codes "
                                         "with new prices but does not answer PO 4500031612.")


@case("invoice-otherpo-ie", "unrelated/en-IE",
      "invoice PDF for an earlier, already delivered PO; open PO with the same supplier in pos.json has similar items")
def d_inv_ie():
    S = sup("GALBAGEL", "Galway Bay Bagel Boards Ltd", "accounts@galwaybagelboards.example", "en-IE")
    P = po("4500031615", S, "EUR", "2026-11-10", [
        L(1, "GBB-BB-6020", "Bagel board 60x20 cm, cedar, burlap", 50, "PCS", "4.30", "2026-12-11"),
    ], buyer="tom")
    doc = pdf.build([
        "# Galway Bay Bagel Boards Ltd",
        "Unit 3, Lough Atalia Business Park, Galway H91 T2K0 - VAT IE 9876543T",
        "",
        "# INVOICE INV-26-3391",
        "Invoice date: 23/11/2026          Your PO: 4500029904",
        "Delivery note: DN-26-1184, delivered 20/11/2026",
        "",
        "Item          Description                             Qty   Unit price   Amount",
        "GBB-BB-8025   Bagel board 80x25 cm, cedar, burlap      30    5.90         177.00",
        "GBB-PL-90     Oven peel 90 cm                         10    13.50        135.00",
        "",
        "Net total EUR 312.00 - VAT 0% (intra-EU / export) - Total EUR 312.00",
        "Payment due: 23/12/2026. IBAN IE29 AIBK 9311 5212 3456 78",
    ], compress=True, title="INV-26-3391", producer="Sage 50", date="D:20261123091500Z")
    body = ("Dear Tom,\n\nPlease find attached invoice INV-26-3391 for your PO 4500029904 (delivered 20/11/2026).\n\n"
            "Kind regards,\nAoife Brennan\nAccounts, Galway Bay Bagel Boards Ltd\n+353 91 555 402\n")
    part = mime.multi("mixed", [mime.text(body, "plain", "utf-8", "7bit"),
                                mime.attach(doc, "application/pdf", "INV-26-3391.pdf")], "outlook")
    eml = plain_mail(frm=("Aoife Brennan", "accounts@galwaybagelboards.example"), to=buyer_addr(P),
                     subject="Invoice INV-26-3391 - your PO 4500029904", date="2026-11-23 09:20:40 +0000",
                     client="outlook", part=part)
    return [P], eml, other("unrelated", "Invoice for old PO 4500029904 (already delivered); not an answer to open PO 4500031615.")


@case("fair-invite-tr", "unrelated/tr-TR",
      "Turkish trade-fair marketing mail with a stand number, fair dates in January and a 10 % discount")
def d_fair_tr():
    S = sup("KAPEYER", "Kapadokya Deve Eyerleri Tekstil Ltd. Şti.", "ihracat@kapadokyaeyer.example", "tr-TR")
    P = po("4500031618", S, "EUR", "2026-11-10", [
        L(1, "KDE-BT-150", "Camel saddle blanket 150x100 cm, kilim weave", 60, "PCS", "48.00", "2026-12-18"),
        L(2, "KDE-KM-40", "Saddle girth 4 cm x 1.6 m, cotton", 60, "PCS", "6.20", "2026-12-18"),
    ], buyer="priya")
    txt = ("Değerli iş ortağımız,\n\nYeni 2027 koleksiyonumuzu görmek için sizi standımıza davet ediyoruz:\n\n"
           "Heimtextil 2027 - Frankfurt, 12-15 Ocak 2027, Hol 5.1, Stand B12\n\n"
           "Fuar süresince verilen siparişlerde %10 fuar indirimi ve 2027 Mart sonuna kadar sabit fiyat garantisi.\n\n"
           "Dear partner, visit us at Heimtextil 2027 (12-15 January 2027, Hall 5.1, Stand B12) - 10 % fair discount.\n\n"
           "Saygılarımızla,\nKapadokya Deve Eyerleri Tekstil Ltd. Şti.\nÜrgüp Yolu 7. km, Nevşehir\n+90 384 555 12 40\n")
    part = mime.multi("alternative", [mime.text(txt, "plain", "windows-1254", "quoted-printable"),
                                      mime.text(mime.html_of(txt, "windows-1254", "Georgia, serif"), "html",
                                                "windows-1254", "quoted-printable")], "legacy")
    eml = plain_mail(frm=("Kapadokya Deve Eyerleri", "ihracat@kapadokyaeyer.example"), to=buyer_addr(P),
                     subject="Heimtextil 2027 davetiyesi / invitation - Hol 5.1 Stand B12", date="2026-11-24 11:00:00 +0300",
                     client="outlook", part=part, hdr_cs="windows-1254")
    return [P], eml, other("unrelated", "Marketing invitation to a trade fair; dates and discount are not about PO 4500031618.")
