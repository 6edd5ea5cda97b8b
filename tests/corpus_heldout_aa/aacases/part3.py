"""Cases 033-048."""
from __future__ import annotations

import datetime as dt

from aalib import mime, pdf, xlsx
from aalib.clients import gmail_reply, outlook_reply
from aalib.model import (A, R, U, BUYERS, T, chg, conf, expected, kw, long_date, next_md, next_weekday, po, quote,
                         request_subject, request_text, reqid, sup, wd, ln, div_lines, h, original_request)
from aalib.registry import case, hdrs


def rid(p):
    return reqid(p["po_number"], p["issued"])


# ---------------------------------------------------------------------------------------------
@case(33, "marquage-hausse-accord-requis", "needs_review/fr-BE",
      "Belgian reply announcing a 7,5 % increase from 1 December and asking for our agreement before confirming; it states dates that look like commitments but are conditional.")
def c033():
    s = sup("SIGNALBE", "Signalisation Routière Wallonne SA", "commandes@srw-signal.example", "fr-BE")
    p = po("4700220488", s, "ilse", "EUR", "2026-11-05", [
        ln("SRW-PEINT-BL-30", "Road marking paint white, water-based, 30 l pail", 40, "EA", "112.00", "2026-12-09"),
        ln("SRW-BILLES-25", "Drop-on glass beads, 25 kg bag", 30, "BAG", "23.50", "2026-12-09"),
    ])
    new = ("Bonjour Madame Vandamme,\n\n"
           "Nous vous remercions pour votre commande 4700220488.\n\n"
           "Suite à la hausse des résines acryliques et des microbilles de verre, nos prix augmentent de 7,5 %\n"
           "à partir du 1er décembre 2026. Votre livraison étant prévue le 9 décembre, elle serait facturée au\n"
           "nouveau tarif.\n\n"
           "Pourriez-vous nous confirmer votre accord sur cette adaptation ? Dès réception de celui-ci, nous vous\n"
           "enverrons la confirmation de commande (livraison possible le 9/12 pour les deux articles).\n\n"
           "Avec nos salutations distinguées,\n\n"
           "Jean-Marc Dupont\n"
           "Service Commercial\n"
           "Signalisation Routière Wallonne SA - Zoning de Ghlin-Baudour, 7011 Ghlin - +32 65 55 41 80\n")
    eml = outlook_reply(p, ("Jean-Marc Dupont", "jm.dupont@srw-signal.example"), new, "fr",
                        long_date("fr", T("2026-11-05 09:30", 60)), T("2026-11-06 16:44:12", 60),
                        "<PA4PR04MB9270E2A0C4B86D1F3E59A7C2PA4PR04MB9270eurp@PA4PR04MB9270.eurprd04.prod.outlook.example>",
                        "_000_PA4PR04MB9270E2A0C4B86D1F3E59A7C2PA4PR04MB9270eurp_", html_lang="FR-BE")
    return [p], eml, expected("needs_review",
                              "Asks for our agreement to +7,5 % before sending a confirmation; nothing committed yet.")


# ---------------------------------------------------------------------------------------------
@case(34, "escalator-xlsx-ack-serial-dates", "confirmation/en-AU",
      "ERP e-mail with an XLSX acknowledgment: SO lines 10-40, their item codes beside ours, promise dates stored as Excel serial numbers, a roll rounding, a later date and a cancelled line.")
def c034():
    s = sup("SCLIFT", "Southern Cross Lift Parts Pty Ltd", "orders@sclp.example", "en-AU")
    p = po("4700220502", s, "priya", "USD", "2026-11-04", [
        ln("SCLP-HR-1000", "Escalator handrail, black rubber, per metre", 120, "M", "38.50", "2026-12-18"),
        ln("SCLP-STEP-1000", "Escalator step 1000 mm, aluminium, 30 deg", 8, "EA", "612.00", "2026-12-18"),
        ln("SCLP-COMB-22T", "Comb plate segment 22 teeth, yellow", 40, "EA", "14.75", "2026-12-18"),
        ln("SCLP-ROLL-76", "Step chain roller 76 x 22 mm", 200, "EA", "6.90", "2026-12-18"),
    ])
    d1, d2 = dt.date(2026, 12, 18), dt.date(2027, 1, 22)
    assert xlsx.serial(d1) == 46374 and wd("2027-01-22") == "Fri"
    rows = [
        ["Southern Cross Lift Parts Pty Ltd - Sales Order Acknowledgement"],
        ["Sales Order", "SO-118223", "", "Customer PO", "4700220502"],
        ["Order Date", dt.date(2026, 11, 9), "", "Terms", "30 days EOM"],
        [],
        ["SO Line", "Our Item", "Your Item", "Description", "Qty Ordered", "Qty Confirmed", "UOM",
         "Unit Price USD", "Promise Date", "Status"],
        [10, "HR-BLK-1000", "SCLP-HR-1000", "Handrail black 1000 step width (5 x 25 m rolls)", 120, 125, "M", 38.5,
         d1, "Confirmed - rounded to full rolls"],
        [20, "STP-AL-1000-30", "SCLP-STEP-1000", "Step 1000 mm alu 30 deg", 8, 8, "EA", 612, d2,
         "Confirmed - factory backorder"],
        [30, "CMB-22-Y", "SCLP-COMB-22T", "Comb segment 22T yellow", 40, 40, "EA", 14.75, d1, "Confirmed"],
        [40, "RLR-76-22", "SCLP-ROLL-76", "Step chain roller 76x22", 200, 0, "EA", 6.9, None,
         "Cancelled - obsolete, no longer manufactured"],
        [],
        ["Promise dates are delivery dates at your nominated address."],
    ]
    data = xlsx.build(rows, sheet="SO-118223", creator="Pronto Xi")
    txt = ("Dear Customer,\n\n"
           "Please find attached the acknowledgement for Sales Order SO-118223 (your PO 4700220502).\n"
           "Kindly check quantities and promise dates and advise any discrepancies within 48 hours.\n\n"
           "Regards,\n"
           "Customer Service\n"
           "Southern Cross Lift Parts Pty Ltd | 17 Boundary Rd, Braeside VIC 3195 | 1300 555 721\n\n"
           "This email was generated automatically by Pronto Xi.\n")
    body = mime.Multi("mixed", [mime.text(txt, "plain", "us-ascii", "7bit"),
                                mime.attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                "SOA_SO-118223.xlsx")],
                      "----=_Pronto_Part_0_118223.1794190212")
    name, email = BUYERS["priya"]
    eml = mime.message(hdrs(mime.addr("SCLP Customer Service", "noreply@sclp.example"), mime.addr(name, email),
                            "Sales Order Acknowledgement SO-118223 - Your PO 4700220502",
                            T("2026-11-10 09:30:12", 660), "<SO-118223.1794190212@pronto.sclp.example>",
                            extra=[("Reply-To", "orders@sclp.example"), ("X-Mailer", "Pronto Xi 750"),
                                   ("Auto-Submitted", "auto-generated")]), body)
    return [p], eml, expected("confirmation",
                              "XLSX: line 10 125 m (full rolls); 20 promise 2027-01-22 (serial date); 30 as ordered; "
                              "40 cancelled/obsolete -> rejected.",
                              [conf(p, {1: chg(125, "38.50", "2026-12-18"), 2: chg(8, "612.00", "2027-01-22"), 3: A,
                                        4: R})])


# ---------------------------------------------------------------------------------------------
@case(35, "iplik-pesinat-proforma", "needs_review/tr-TR",
      "Turkish reply (windows-1254) asking for a 30 % prepayment against an attached proforma before any delivery date is given; the proforma lists prices and a 3-week lead time after payment.")
def c035():
    s = sup("BURSAIP", "Bursa İplik Sanayi ve Ticaret A.Ş.", "satis@bursaiplik.example", "tr-TR")
    p = po("4700220515", s, "jonas", "EUR", "2026-11-05", [
        ln("BIS-PES-40/2-5K", "Spun polyester thread 40/2, cone 5000 m, navy", 400, "CONE", "1.95", "2026-12-11"),
        ln("BIS-PES-20/3-3K", "Spun polyester thread 20/3, cone 3000 m, black", 250, "CONE", "2.60", "2026-12-11"),
    ])
    ops = [("tb", 40, 800, 14, "BURSA IPLIK SANAYI VE TICARET A.S."),
           ("t", 40, 786, 8, "Demirtas OSB, Mavi Cad. No: 14, 16245 Osmangazi / Bursa - Turkey"),
           ("tb", 40, 750, 13, "PROFORMA INVOICE PI-2026-0883"),
           ("t", 40, 734, 9, "Date: 09.11.2026    Your order: 4700220515"),
           ("t", 40, 722, 9, "Buyer: Kestrel Procurement Services B.V., Venlo")]
    ops += pdf.table(40, 690, [0, 30, 250, 320, 380, 450], [
        ["No", "Description", "Qty", "Unit", "Price EUR", "Amount EUR"],
        ["1", "Spun polyester 40/2 5000 m navy", "400", "cone", "1,95", "780,00"],
        ["2", "Spun polyester 20/3 3000 m black", "250", "cone", "2,60", "650,00"],
        ["", "", "", "", "Total", "1.430,00"],
        ["", "", "", "", "30% advance", "429,00"],
    ], size=9)
    ops += [("t", 40, 590, 9, "Payment: 30% advance by T/T, balance against copy of B/L."),
            ("t", 40, 578, 9, "Delivery: 3 weeks after receipt of advance payment, FCA Bursa."),
            ("t", 40, 566, 9, "Bank: Example Bank A.S., IBAN TR00 0000 0000 0000 0000 0000 00"),
            ("t", 40, 554, 9, "Validity of this proforma: 30.11.2026")]
    data = pdf.build([ops], title="PI-2026-0883", producer="Logo Tiger 3 / PDF", creation="D:20261109101500+03'00'")
    new = ("Sayın Jonas Bey,\n\n"
           "4700220515 numaralı siparişiniz için teşekkür ederiz.\n\n"
           "Firmanızla ilk çalışmamız olduğu için sipariş onayı öncesinde %30 peşinat talep ediyoruz.\n"
           "Proforma faturamız (PI-2026-0883) ektedir. Peşinat hesabımıza geçtikten sonra üretim planına\n"
           "alıp kesin termin tarihini bildireceğiz.\n\n"
           "Ödeme koşullarını kabul edip etmediğinizi bildirirseniz seviniriz.\n\n"
           "Saygılarımızla,\n"
           "Elif Şahin\n"
           "İhracat Departmanı\n"
           "Bursa İplik San. ve Tic. A.Ş. | +90 224 555 18 40\n")
    eml = outlook_reply(p, ("Elif Şahin", "elif.sahin@bursaiplik.example"), new, "tr",
                        "5 Kasım 2026 Perşembe 10:12", T("2026-11-09 10:21:40", 180),
                        "<FR2P281MB1534A9E0C3D27B4F18E6C5A0FR2P281MB1534DEUP@FR2P281MB1534.DEUP281.PROD.OUTLOOK.example>",
                        "_000_FR2P281MB1534A9E0C3D27B4F18E6C5A0FR2P281MB1534DEUP_", charset="windows-1254",
                        html_lang="TR", attachments=[mime.attachment(data, "application/pdf", "PI-2026-0883.pdf")],
                        mixed_boundary="_004_FR2P281MB1534A9E0C3D27B4F18E6C5A0FR2P281MB1534DEUP_",
                        subj_charset="windows-1254", subj_enc="Q")
    return [p], eml, expected("needs_review",
                              "Prepayment requested before confirming; proforma lead time '3 weeks after payment' is "
                              "not a committed date.")


# ---------------------------------------------------------------------------------------------
@case(36, "exim-quota-full", "bounce/es-ES",
      "Exim 'Mail delivery failed' plain-text bounce (552 5.2.2 mailbox full) with the whole original message copied inline below.")
def c036():
    s = sup("FILTROSAR", "Filtros de Aire Comprimido Aragón S.L.", "pedidos@filtrosaragon.example", "es-ES")
    p = po("4700220529", s, "tomas", "EUR", "2026-11-06", [
        ln("FAA-CART-QF-010", "Filter cartridge QF 010, 1 micron", 30, "EA", "19.80", "2026-12-11"),
        ln("FAA-CART-AC-010", "Activated carbon cartridge AC 010", 20, "EA", "31.40", "2026-12-11"),
    ])
    name, email = BUYERS["tomas"]
    orig = original_request(p, "Fri, 06 Nov 2026 11:02:40 +0100").decode("ascii")
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n"
           "  pedidos@filtrosaragon.example\n"
           "    host mx.filtrosaragon.example [198.51.100.23]\n"
           "    SMTP error from remote mail server after RCPT TO:<pedidos@filtrosaragon.example>:\n"
           "    552 5.2.2 <pedidos@filtrosaragon.example>: Mailbox full - quota exceeded\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n" + orig)
    body = mime.text(txt, "plain", "us-ascii", "7bit")
    eml = mime.message(hdrs("Mail Delivery System <Mailer-Daemon@relay1.kestrel-procurement.example>",
                            mime.addr(name, email), "Mail delivery failed: returning message to sender",
                            T("2026-11-06 11:02:58", 60), "<E1uQxL4-0007Hk-2C@relay1.kestrel-procurement.example>",
                            extra=[("X-Failed-Recipients", "pedidos@filtrosaragon.example"),
                                   ("Auto-Submitted", "auto-replied")]), body)
    return [p], eml, expected("bounce", "Exim permanent failure, recipient mailbox full.")


# ---------------------------------------------------------------------------------------------
@case(37, "pasaru-siuntos-pranesimas-kitas", "unrelated/lt-LT",
      "Lithuanian despatch notice with tracking and a delivery date for an older order 4700218977, not the open PO in pos.json.")
def c037():
    s = sup("LTPASARAI", "UAB Laboratorijos Pašarai", "uzsakymai@labpasarai.example", "lt-LT")
    p = po("4700220541", s, "priya", "EUR", "2026-11-06", [
        ln("LP-MR-1324-10", "Maintenance diet rat/mouse, pellets 10 mm, 10 kg bag", 80, "BAG", "24.60", "2026-12-08"),
        ln("LP-GP-VITC-10", "Guinea pig diet with vitamin C, 10 kg bag", 20, "BAG", "29.90", "2026-12-08"),
    ])
    name, email = BUYERS["priya"]
    txt = ("Laba diena,\n\n"
           "informuojame, kad Jūsų užsakymas Nr. 4700218977 (mūsų užsakymas LP-26-0931) išsiųstas šiandien,\n"
           "2026-11-10.\n\n"
           "Siunta: 2 paletės, 64 maišai, bendras svoris 652 kg\n"
           "Vežėjas: DSV Road, siuntos Nr. 7783 0012 4410\n"
           "Numatoma pristatymo data: 2026-11-13\n\n"
           "Važtaraštis ir analizės sertifikatai pridedami prie krovinio.\n\n"
           "Pagarbiai\n"
           "Rūta Petrauskienė\n"
           "Logistikos skyrius | UAB Laboratorijos Pašarai | Kauno g. 51, LT-44321 Kaunas | +370 37 555 901\n")
    body = mime.text(txt, "plain", "windows-1257", "quoted-printable")
    eml = mime.message(hdrs(mime.addr("Rūta Petrauskienė", "logistika@labpasarai.example", "windows-1257", "Q"),
                            mime.addr(name, email), "Siuntos pranešimas / Despatch advice LP-26-0931",
                            T("2026-11-10 15:12:04", 120), "<20261110151204.4f8a2c@labpasarai.example>"), body)
    return [p], eml, expected("unrelated", "Despatch advice for another, older order (4700218977).")


# ---------------------------------------------------------------------------------------------
@case(38, "arkhivnyi-papir-znyato", "confirmation/uk-UA",
      "Ukrainian windows-1251 reply: one line discontinued ('знято з виробництва'), one delivered 'до 18.12.2026'; paper grammages and ISO 9706 look like numbers.")
def c038():
    s = sup("ARKHIVPAP", "TOV Arkhivpapir", "zakaz@arkhivpapir.example", "uk-UA")
    p = po("4700220553", s, "maren", "EUR", "2026-11-05", [
        ln("AP-PAPER-A4-100", "Archival paper A4, 100 g/m2, ISO 9706, ream 500", 60, "RM", "14.20", "2026-12-10"),
        ln("AP-BOARD-1.5", "Conservation board 1.5 mm, 1000 x 700 mm", 100, "EA", "6.75", "2026-12-10"),
        ln("AP-ENV-C4", "Archival envelope C4, 4-flap, 120 g/m2", 1000, "EA", "0.38", "2026-12-10"),
    ])
    new = ("Добрий день, пані Марен!\n\n"
           "Дякуємо за замовлення № 4700220553. Підтверджуємо:\n\n"
           "1. Архівний папір А4, 100 г/м2, ISO 9706 — 60 пачок по 14,20 EUR, відвантаження та доставка 10.12.2026.\n"
           "2. Реставраційний картон 1,5 мм — на жаль, цей артикул знято з виробництва, поставити не можемо.\n"
           "3. Архівні конверти C4, 120 г/м2 — 1000 шт. по 0,38 EUR, доставка до 18.12.2026.\n\n"
           "З повагою,\n"
           "Олена Коваленко\n"
           "відділ продажу ТОВ «Архівпапір»\n"
           "м. Київ, вул. Фабрична 7 | +380 44 555 17 20\n")
    eml = outlook_reply(p, ("Олена Коваленко", "o.kovalenko@arkhivpapir.example"), new, "uk",
                        "5 листопада 2026 р. 11:20", T("2026-11-09 12:40:51", 120),
                        "<VE1PR10MB3881D4A2E0C9B7F136A5E2D8VE1PR10MB3881eurp@VE1PR10MB3881.eurprd10.prod.outlook.example>",
                        "_000_VE1PR10MB3881D4A2E0C9B7F136A5E2D8VE1PR10MB3881eurp_", charset="windows-1251",
                        html_lang="UK", subj_charset="windows-1251")
    return [p], eml, expected("confirmation",
                              "L2 discontinued -> rejected; L3 'до 18.12.2026' -> 2026-12-18; L1 as ordered.",
                              [conf(p, {1: A, 2: R, 3: chg(1000, "0.38", "2026-12-18")})])


# ---------------------------------------------------------------------------------------------
@case(39, "optika-ooo-hebrew", "auto_reply/he-IL",
      "Hebrew/English out-of-office in windows-1255 base64, back 'on Sunday 15.11.2026' (Israeli work week), with a colleague's phone number.")
def c039():
    s = sup("OPTIKIL", "Optika Galil Ltd.", "orders@optikagalil.example", "he-IL")
    p = po("4700220578", s, "priya", "USD", "2026-11-06", [
        ln("OG-LENS-PAL-160", "Progressive lens 1.60, HMC, 70 mm", 200, "PR", "14.50", "2026-12-14"),
        ln("OG-LENS-SV-150", "Single vision lens 1.50 hard coat, 65 mm", 600, "PR", "1.10", "2026-12-14"),
    ])
    assert wd("2026-11-15") == "Sun"
    name, email = BUYERS["priya"]
    txt = ("שלום,\n\n"
           "אני מחוץ למשרד עד יום ראשון 15.11.2026 ללא גישה לדואר אלקטרוני.\n"
           "בנושאים דחופים ניתן לפנות לרונית בטלפון 04-6555123.\n\n"
           "Hello,\n\n"
           "I am out of the office until Sunday 15.11.2026 with no access to e-mail.\n"
           "For urgent matters please contact Ronit at +972 4 655 5123.\n\n"
           "תודה / Thank you\n"
           "Yael Mizrahi\n")
    body = mime.text(txt, "plain", "windows-1255", "base64")
    eml = mime.message(hdrs(mime.addr("Yael Mizrahi", "yael@optikagalil.example"), mime.addr(name, email),
                            "מענה אוטומטי: " + request_subject(p), T("2026-11-06 11:05:17", 120),
                            "<PAXP193MB2143C1E0D9A8B7F6E5D4C3B2PAXP193MB2143@PAXP193MB2143.EURP193.PROD.OUTLOOK.example>",
                            rid(p), rid(p), subj_charset="windows-1255",
                            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]), body)
    return [p], eml, expected("auto_reply", "Out-of-office he/en; 15.11.2026 is the return date.")


# ---------------------------------------------------------------------------------------------
@case(40, "hotel-kitchen-arabic-english", "confirmation/ar-AE",
      "The same confirmation twice, Arabic (with Arabic-Indic digits) and English; one price change and one date change appear in both versions.")
def c040():
    s = sup("GULFKIT", "Gulf Hospitality Kitchens LLC", "orders@gulfhk.example", "ar-AE")
    p = po("4700220595", s, "tomas", "USD", "2026-11-05", [
        ln("GHK-SALAM-90", "Salamander grill 900 mm, electric", 4, "EA", "1180.00", "2026-12-14"),
        ln("GHK-FRY-2x10", "Electric fryer 2 x 10 l", 4, "EA", "965.00", "2026-12-14"),
        ln("GHK-BAIN-4GN", "Bain-marie 4 x GN 1/1, dry heat", 6, "EA", "740.00", "2026-12-14"),
    ])
    assert wd("2026-12-21") == "Mon"
    ar = ("السيد توماس فيريرا المحترم،\n\n"
          "نشكركم على طلب الشراء رقم ٤٧٠٠٢٢٠٥٩٥ ونؤكد ما يلي:\n"
          "١. شواية سلامندر ٩٠٠ مم: ٤ قطع بسعر ١١٨٠٫٠٠ دولار أمريكي، التسليم في ١٤/١٢/٢٠٢٦.\n"
          "٢. قلاية كهربائية ٢ × ١٠ لتر: ٤ قطع بسعر ٩٩٠٫٠٠ دولار أمريكي للقطعة (زيادة سعر المصنع)، التسليم في ١٤/١٢/٢٠٢٦.\n"
          "٣. بان ماري ٤ × GN 1/1: ٦ قطع بسعر ٧٤٠٫٠٠ دولار أمريكي، التسليم في ٢١/١٢/٢٠٢٦.\n\n"
          "مع أطيب التحيات،\n")
    en = ("Dear Mr. Tomás Ferreira,\n\n"
          "Thank you for your purchase order no. 4700220595. We confirm the following:\n"
          "1. Salamander grill 900 mm: 4 pcs at USD 1,180.00, delivery on 14/12/2026.\n"
          "2. Electric fryer 2 x 10 l: 4 pcs at USD 990.00 per piece (factory price increase), delivery on 14/12/2026.\n"
          "3. Bain-marie 4 x GN 1/1: 6 pcs at USD 740.00, delivery on 21/12/2026.\n\n"
          "Best regards,\n")
    sig = ("Omar Al Hashimi | عمر الهاشمي\n"
           "Sales Coordinator | منسق المبيعات\n"
           "Gulf Hospitality Kitchens LLC | Al Quoz Industrial 3, Dubai, UAE | +971 4 555 2280\n")
    new = ar + "\n" + "-" * 40 + "\n\n" + en + "\n" + sig
    html_new = (f"<div dir=\"rtl\" style=\"text-align:right\">{div_lines(ar)}</div><hr>"
                f"<div dir=\"ltr\">{div_lines(en)}</div><div>{div_lines(sig)}</div>")
    name, email = BUYERS["tomas"]
    attrib = f"On Thu, 5 Nov 2026 at 13:05, {name} <{email}> wrote:"
    q = request_text(p)
    txt = new + "\n" + attrib + "\n\n" + quote(q)
    from aalib.model import gmail_html
    html = gmail_html(html_new, attrib, q).replace("<div dir=\"ltr\"><div dir=\"rtl\"", "<div dir=\"auto\"><div dir=\"rtl\"", 1)
    body = mime.Multi("alternative", [mime.text(txt, "plain", "UTF-8", "base64"),
                                      mime.text(html, "html", "UTF-8", "base64")],
                      "000000000000a82f4e0625e7b0c9")
    eml = mime.message(hdrs(mime.addr("Omar Al Hashimi", "omar@gulfhk.example"), mime.addr(name, email),
                            "Re: " + request_subject(p), T("2026-11-08 10:14:22", 240),
                            "<CAM4aZ8r_1pWq9Lt3Yc6VnE0sKd2gHb7uJf5XoRi8BwN4Qe1zTa@mail.gmail.example>", rid(p), rid(p)),
                       body)
    return [p], eml, expected("confirmation",
                              "Same content in Arabic and English (do not double count): fryer USD 990.00, bain-marie "
                              "21/12/2026.",
                              [conf(p, {1: A, 2: chg(4, "990.00", "2026-12-14"), 3: chg(6, "740.00", "2026-12-21")})])


# ---------------------------------------------------------------------------------------------
@case(41, "tieu-den-bao-50kg-etd", "confirmation/vi-VN",
      "Vietnamese reply with dot-thousands/comma-decimal numbers, white pepper rounded up to 15 bags of 50 kg, and only an ETD (ship date) for all lines.")
def c041():
    s = sup("TAYNGUYEN", "Tay Nguyen Spices Co., Ltd.", "sales@taynguyenspice.example", "vi-VN")
    p = po("4700220604", s, "tomas", "USD", "2026-11-05", [
        ln("TNS-BP-550", "Black pepper 550 g/l, cleaned, 50 kg PP bag", 1000, "KG", "4.95", "2027-01-08"),
        ln("TNS-WP-630", "White pepper 630 g/l, double washed, 50 kg bag", 730, "KG", "7.10", "2027-01-08"),
        ln("TNS-CAS-SPL", "Cassia split 2-4 cm, 25 kg carton", 400, "KG", "2.85", "2027-01-08"),
    ])
    assert 15 * 50 == 750
    new = ("Kính gửi anh Tomás,\n\n"
           "Cảm ơn anh đã đặt hàng. Chúng tôi xác nhận đơn hàng số 4700220604 như sau:\n\n"
           "1. Tiêu đen 550 g/l: 1.000 kg (20 bao x 50 kg), giá 4,95 USD/kg.\n"
           "2. Tiêu trắng 630 g/l: hàng đóng bao 50 kg nên số lượng làm tròn thành 750 kg (15 bao), giá 7,10 USD/kg.\n"
           "3. Quế chẻ 2-4 cm: 400 kg (16 thùng x 25 kg), giá 2,85 USD/kg.\n\n"
           "Ngày xuất hàng dự kiến (ETD Cát Lái): 18/12/2026 cho cả ba mặt hàng.\n\n"
           "Trân trọng,\n"
           "Nguyễn Thị Lan\n"
           "Phòng Kinh doanh - Tay Nguyen Spices Co., Ltd.\n"
           "Buôn Ma Thuột, Đắk Lắk | +84 262 555 3318\n")
    name, email = BUYERS["tomas"]
    attrib = f"Vào Th 5, 5 thg 11, 2026 vào lúc 15:20 {name} <{email}> đã viết:"
    eml = gmail_reply(p, ("Nguyễn Thị Lan", "lan.nguyen@taynguyenspice.example"), new, attrib,
                      T("2026-11-09 09:48:30", 420),
                      "<CAB2wQ5n_7kLx4Rp0YcT3mVf9Hd1sJe6uGo8ZaNi2BqMw5Tx3vKg@mail.gmail.example>",
                      "000000000000b93c1f0625e81c27")
    return [p], eml, expected("confirmation",
                              "Only ETD 18/12/2026 given -> that is the date; white pepper 750 kg (15 x 50 kg).",
                              [conf(p, {1: chg(1000, "4.95", "2026-12-18"), 2: chg(750, "7.10", "2026-12-18"),
                                        3: chg(400, "2.85", "2026-12-18")})])


# ---------------------------------------------------------------------------------------------
@case(42, "oring-thai-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply with Buddhist-era years ('15 ธ.ค. 2569' = 2026-12-15) and prices per 100 pieces for O-rings.")
def c042():
    s = sup("SIAMSEAL", "Siam Rubber Seal Co., Ltd.", "sales@siamrubberseal.example", "th-TH")
    p = po("4700220617", s, "priya", "USD", "2026-11-06", [
        ln("SRS-OR-NBR-50x3", "O-ring NBR 70, 50 x 3 mm", 5000, "EA", "0.038", "2026-12-15"),
        ln("SRS-OR-VMQ-25x2.5", "O-ring silicone VMQ 60, 25 x 2.5 mm, red", 2000, "EA", "0.071", "2026-12-15"),
        ln("SRS-GSK-DN50", "Flange gasket EPDM DN50 PN16", 400, "EA", "0.64", "2026-12-15"),
    ])
    assert 2569 - 543 == 2026
    new = ("เรียน คุณ Priya\n\n"
           "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4700220617 บริษัทฯ ขอยืนยันรายละเอียดดังนี้\n\n"
           "1. โอริง NBR 50 x 3 มม. จำนวน 5,000 ชิ้น ราคา 3.80 USD ต่อ 100 ชิ้น ส่งมอบวันที่ 15 ธ.ค. 2569\n"
           "2. โอริงซิลิโคน 25 x 2.5 มม. สีแดง จำนวน 2,000 ชิ้น ราคา 7.50 USD ต่อ 100 ชิ้น ส่งมอบวันที่ 22 ธ.ค. 2569\n"
           "3. ปะเก็นหน้าแปลน EPDM DN50 PN16 จำนวน 400 ชิ้น ราคา 0.64 USD ต่อชิ้น ส่งมอบวันที่ 15 ธ.ค. 2569\n\n"
           "ขอแสดงความนับถือ\n"
           "สมชาย วงศ์สวัสดิ์\n"
           "ฝ่ายขาย บริษัท สยามรับเบอร์ซีล จำกัด\n"
           "โทร 02-555-4417\n")
    name, email = BUYERS["priya"]
    txt = new + "\n" + f"On 6/11/2569 16:02, {name} wrote:\n" + quote(request_text(p))
    body = mime.text(txt, "plain", "tis-620", "base64")
    eml = mime.message(hdrs(mime.addr("Somchai Wongsawat", "somchai@siamrubberseal.example"), mime.addr(name, email),
                            "Re: " + request_subject(p), T("2026-11-10 10:12:40", 420),
                            "<5f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0@siamrubberseal.example>", rid(p), rid(p),
                            extra=[("User-Agent", "Mozilla Thunderbird")]), body)
    return [p], eml, expected("confirmation",
                              "BE 2569 = 2026; 3.80/100 = 0.038 unchanged; silicone 7.50/100 = 0.075 and 22 Dec.",
                              [conf(p, {1: A, 2: chg(2000, "0.075", "2026-12-22"), 3: A})])


# ---------------------------------------------------------------------------------------------
@case(43, "bagasse-harga-per-karton", "confirmation/id-ID",
      "Indonesian reply pricing per carton of 500 and per carton of 600 (with carton rounding to 10.200 pcs); dot thousands and comma decimals.")
def c043():
    s = sup("KEMHIJAU", "PT Kemasan Hijau Nusantara", "sales@kemasanhijau.example", "id-ID")
    p = po("4700220628", s, "maren", "USD", "2026-11-05", [
        ln("KHN-CLM-9", "Bagasse clamshell 9 inch, 1-compartment", 20000, "EA", "0.063", "2027-01-15"),
        ln("KHN-BWL-500", "Bagasse bowl 500 ml", 15000, "EA", "0.041", "2027-01-15"),
        ln("KHN-PLT-10", "Bagasse plate 10 inch round", 10000, "EA", "0.048", "2027-01-15"),
    ])
    assert 17 * 600 == 10200
    new = ("Dengan hormat Ibu Maren,\n\n"
           "Terima kasih atas PO 4700220628. Kami konfirmasi sebagai berikut:\n\n"
           "1. Clamshell 9 inci: 20.000 pcs (40 karton @ 500 pcs), harga USD 31,50 per karton.\n"
           "2. Mangkuk 500 ml: 15.000 pcs (30 karton), harga USD 20,50 per karton isi 500 pcs.\n"
           "3. Piring 10 inci: isi karton kami 600 pcs, jadi jumlah dibulatkan menjadi 10.200 pcs (17 karton),\n"
           "   harga USD 29,40 per karton.\n\n"
           "Semua barang tiba di gudang Venlo tanggal 15 Januari 2027 sesuai PO.\n\n"
           "Hormat kami,\n"
           "Dewi Lestari\n"
           "Export Sales - PT Kemasan Hijau Nusantara\n"
           "Kawasan Industri Jababeka, Cikarang | +62 21 555 8930\n")
    name, email = BUYERS["maren"]
    attrib = f"Pada tanggal Kam, 5 Nov 2026 pukul 15.40 {name} <{email}> menulis:"
    eml = gmail_reply(p, ("Dewi Lestari", "dewi@kemasanhijau.example"), new, attrib, T("2026-11-09 14:07:55", 420),
                      "<CAN8vT2k_5hRz1Wp7YcQ4mXf0Ld3sJe9uBo6ZgKa1XpMi3Qr8tYw@mail.gmail.example>",
                      "000000000000c4a7d20625e83f51")
    return [p], eml, expected("confirmation",
                              "31,50/500 = 0.063 and 20,50/500 = 0.041 (unchanged); plates 10,200 pcs at 29,40/600 = 0.049.",
                              [conf(p, {1: A, 2: A, 3: chg(10200, "0.049", "2027-01-15")})])


# ---------------------------------------------------------------------------------------------
@case(44, "bochung-battery-three-drops", "confirmation/ko-KR",
      "Korean EUC-KR reply splitting one battery line into three deliveries of 1,000 cards on dates without year; battery sizes 312 and 10 look like quantities.")
def c044():
    s = sup("HANBIT", "Hanbit Hearing Parts Co., Ltd.", "sales@hanbithearing.example", "ko-KR")
    p = po("4700220639", s, "ilse", "USD", "2026-11-05", [
        ln("HB-BAT-312-6", "Zinc-air battery size 312, card of 6", 3000, "PK", "0.92", "2026-12-07"),
        ln("HB-BAT-10-6", "Zinc-air battery size 10, card of 6", 2000, "PK", "0.92", "2026-12-07"),
        ln("HB-TUBE-13", "Tubing #13 thick wall, 1 m", 500, "EA", "0.35", "2026-12-07"),
    ])
    sent = "2026-11-09"
    assert next_md(12, 21, sent) == "2026-12-21" and wd("2026-12-14") == "Mon"
    new = ("Ilse Vandamme 님께,\n\n"
           "안녕하십니까. 한빛보청기부품 영업팀 김민준입니다.\n"
           "발주번호 4700220639 건 아래와 같이 확인드립니다.\n\n"
           "1. 312 배터리 (6개입 카드): 총 3,000카드, 단가 USD 0.92\n"
           "   - 12월 7일 1,000카드\n"
           "   - 12월 14일 1,000카드\n"
           "   - 12월 21일 1,000카드 (분할 납품)\n"
           "2. 10 배터리 (6개입 카드): 2,000카드, 단가 USD 0.92, 12월 7일 납품\n"
           "3. #13 튜브 1 m: 500개, 단가 USD 0.35, 12월 7일 납품\n\n"
           "감사합니다.\n\n"
           "김민준 드림\n"
           "한빛보청기부품(주) 영업팀 | 경기도 안산시 단원구 산단로 112 | +82 31 555 7720\n")
    name, email = BUYERS["ilse"]
    txt = new + "\n-----Original Message-----\n" + f"From: \"{name}\"<{email}>\nTo: sales@hanbithearing.example\n" \
        f"Sent: 2026-11-05 (목) 17:20:11 (GMT+09:00)\nSubject: {request_subject(p)}\n\n" + request_text(p)
    body = mime.text(txt, "plain", "euc-kr", "base64")
    eml = mime.message(hdrs(mime.addr("김민준", "mj.kim@hanbithearing.example", "euc-kr"), mime.addr(name, email),
                            "RE: " + request_subject(p), T(f"{sent} 16:55:03", 540),
                            "<20261109165503.a7c41e@hanbithearing.example>", rid(p), rid(p),
                            extra=[("X-Mailer", "Daou Office Mail")]), body)
    return [p], eml, expected("confirmation",
                              "Line 1 in three drops 12/7, 12/14, 12/21 (1,000 each); lines 2-3 as ordered.",
                              [conf(p, {1: chg(3000, "0.92", "2026-12-21",
                                               [(1000, "2026-12-07"), (1000, "2026-12-14"), (1000, "2026-12-21")]),
                                        2: A, 3: A})])


# ---------------------------------------------------------------------------------------------
@case(45, "gazes-nakamaja-otrdiena", "confirmation/lv-LV",
      "Latvian reply moving two gas lines to 'nākamajā otrdienā' (next Tuesday, counted from the Thursday Date header) and keeping one on 20.11.; '82/18' and '5.0' are gas grades.")
def c045():
    s = sup("BALTGAZ", "SIA Baltijas Metināšanas Gāzes", "pasutijumi@bmgaze.example", "lv-LV")
    p = po("4700220650", s, "jonas", "EUR", "2026-11-09", [
        ln("BMG-CO2-30", "Carbon dioxide, cylinder 30 kg", 10, "CYL", "29.00", "2026-11-20"),
        ln("BMG-ARCO2-20", "Argon/CO2 82/18, cylinder 20 l / 200 bar", 15, "CYL", "33.50", "2026-11-20"),
        ln("BMG-N2-50", "Nitrogen 5.0, cylinder 50 l / 300 bar", 4, "CYL", "52.00", "2026-11-20"),
    ])
    sent = "2026-11-12"
    assert wd(sent) == "Thu" and next_weekday(sent, 1) == "2026-11-17"
    new = ("Labdien, Jonas!\n\n"
           "Paldies par pasūtījumu Nr. 4700220650.\n\n"
           "CO2 balonus (10 gab.) un Ar/CO2 82/18 maisījumu (15 gab.) piegādāsim jau nākamajā otrdienā, jo\n"
           "mašīna uz Venlo brauc tikai otrdienās. Slāpekli 5.0 (4 gab.) piegādāsim 20.11., kā pasūtīts.\n"
           "Cenas atbilst pasūtījumam.\n\n"
           "Ar cieņu\n"
           "Jānis Bērziņš\n"
           "SIA Baltijas Metināšanas Gāzes | Ganību dambis 31, Rīga, LV-1005 | +371 67 555 210\n")
    eml = outlook_reply(p, ("Jānis Bērziņš", "janis.berzins@bmgaze.example"), new, "lv",
                        "pirmdiena, 2026. gada 9. novembris 10:05", T(f"{sent} 09:18:40", 120),
                        "<AS1PR09MB7402E3C1A0B9D8F7E6C5B4A3AS1PR09MB7402eurp@AS1PR09MB7402.eurprd09.prod.outlook.example>",
                        "_000_AS1PR09MB7402E3C1A0B9D8F7E6C5B4A3AS1PR09MB7402eurp_", charset="windows-1257",
                        html_lang="LV", subj_charset="windows-1257", subj_enc="Q")
    return [p], eml, expected("confirmation",
                              "'nākamajā otrdienā' from Thu 2026-11-12 = Tue 2026-11-17 (earlier than asked); N2 as ordered.",
                              [conf(p, {1: chg(10, "29.00", "2026-11-17"), 2: chg(15, "33.50", "2026-11-17"), 3: A})])


# ---------------------------------------------------------------------------------------------
@case(46, "arve-teine-tellimus", "unrelated/et-EE",
      "Estonian invoice mail with a PDF invoice for an earlier order 4700218654; due dates and quantities belong to that order.")
def c046():
    s = sup("ARHIIVEE", "Arhiivitarvikud OÜ", "myyk@arhiivitarvikud.example", "et-EE")
    p = po("4700220662", s, "maren", "EUR", "2026-11-06", [
        ln("AT-KARP-A4-60", "Archive box A4, 60 mm, acid-free", 500, "EA", "2.70", "2026-12-04"),
        ln("AT-UMB-A4", "Archive folder A4, 3-flap", 1500, "EA", "0.55", "2026-12-04"),
    ])
    name, email = BUYERS["maren"]
    ops = [("tb", 40, 800, 14, "Arhiivitarvikud OÜ"), ("t", 40, 786, 8, "Pärnu mnt 139, 11317 Tallinn - Reg. 12774410 - KMKR EE101998877"),
           ("tb", 40, 750, 13, "ARVE / INVOICE 2026-1147"), ("t", 40, 734, 9, "Kuupäev: 10.11.2026"),
           ("t", 40, 722, 9, "Maksetähtaeg: 24.11.2026"), ("t", 40, 710, 9, "Teie tellimus: 4700218654"),
           ("t", 330, 734, 9, "Saaja: Kestrel Procurement Services B.V."), ("t", 330, 722, 9, "Industrieweg 12, 5928 LB Venlo")]
    ops += pdf.table(40, 680, [0, 30, 250, 300, 350, 420], [
        ["Nr", "Kirjeldus", "Kogus", "Ühik", "Hind", "Summa"],
        ["1", "Arhiivikarp A4 80 mm", "300", "tk", "2,95", "885,00"],
        ["2", "Ümbrik C4 happevaba", "2000", "tk", "0,21", "420,00"],
        ["", "", "", "", "Kokku EUR", "1 305,00"],
    ], size=9)
    ops += [("t", 40, 600, 9, "Pöördmaksustamine (KMS par 15 lg 3 p 1). Tarnitud 06.11.2026."),
            ("t", 40, 588, 9, "IBAN EE00 0000 0000 0000 0000 - viitenumber 20261147")]
    data = pdf.build([ops], title="Arve 2026-1147", producer="Merit Aktiva", creation="D:20261110081500+02'00'")
    txt = ("Tere,\n\n"
           "saadame arve nr 2026-1147 (Teie tellimus 4700218654, tarnitud 06.11.2026).\n"
           "Maksetähtaeg 24.11.2026.\n\n"
           "Lugupidamisega\n"
           "Kadri Tamm\n"
           "Arhiivitarvikud OÜ\n")
    body = mime.Multi("mixed", [mime.text(txt, "plain", "iso-8859-15", "quoted-printable"),
                                mime.attachment(data, "application/pdf", "Arve_2026-1147.pdf")],
                      "=_merit_0b1c2d3e4f5a6b7c8d9e")
    eml = mime.message(hdrs(mime.addr("Arhiivitarvikud OÜ", "arved@arhiivitarvikud.example", "iso-8859-15", "Q"),
                            mime.addr(name, email), "Arve 2026-1147 / Invoice 2026-1147",
                            T("2026-11-10 08:15:22", 120), "<arve-2026-1147.1794297322@arhiivitarvikud.example>",
                            extra=[("X-Mailer", "Merit Aktiva e-arve")]), body)
    return [p], eml, expected("unrelated", "Invoice for an earlier order, not an answer about PO 4700220662.")


# ---------------------------------------------------------------------------------------------
@case(47, "stroyhim-rejected-and-tbc", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply: one line discontinued, one 'ще потвърдим срока следващата седмица' (unconfirmed), two confirmed; '3-30 mm' and '400 ml' are product data.")
def c047():
    s = sup("STROYHIM", "Stroyhim EOOD", "poruchki@stroyhim.example", "bg-BG")
    p = po("4700220673", s, "jonas", "EUR", "2026-11-06", [
        ln("SH-HYD-20", "Liquid waterproofing membrane, bucket 20 kg", 40, "BKT", "52.00", "2026-12-10"),
        ln("SH-PRIM-10", "Bitumen primer, bucket 10 l", 30, "BKT", "18.60", "2026-12-10"),
        ln("SH-SLC-25", "Self-levelling compound 3-30 mm, bag 25 kg", 200, "BAG", "9.10", "2026-12-10"),
        ln("SH-ANCH-EP", "Epoxy anchor resin, 400 ml cartridge", 60, "EA", "11.80", "2026-12-10"),
    ])
    new = ("Здравейте, г-н Бекер,\n\n"
           "Благодарим за поръчка № 4700220673. Потвърждаваме:\n\n"
           "1. Течна хидроизолация, кофа 20 кг – 40 бр. по 52,00 EUR, доставка 10.12.2026 г.\n"
           "2. Битумен грунд 10 л – за съжаление продуктът е спрян от производство и не можем да го доставим.\n"
           "3. Саморазливна замазка 3-30 мм, торба 25 кг – 200 бр., срокът ще потвърдим следващата седмица\n"
           "   (чакаме цимент от завода).\n"
           "4. Епоксиден анкер 400 мл – 60 бр. по 11,80 EUR, доставка 10.12.2026 г.\n\n"
           "Поздрави,\n"
           "Николай Георгиев\n"
           "Търговски отдел, Стройхим ЕООД\n"
           "гр. Пловдив, бул. Кукленско шосе 17 | +359 32 555 640\n")
    eml = outlook_reply(p, ("Николай Георгиев", "n.georgiev@stroyhim.example"), new, "bg",
                        "6 ноември 2026 г. 10:02", T("2026-11-10 11:31:09", 120),
                        "<DB8PR02MB5913A1F0E2D3C4B5A6978E1FDB8PR02MB5913eurp@DB8PR02MB5913.eurprd02.prod.outlook.example>",
                        "_000_DB8PR02MB5913A1F0E2D3C4B5A6978E1FDB8PR02MB5913eurp_", charset="windows-1251",
                        html_lang="BG", subj_charset="windows-1251")
    return [p], eml, expected("confirmation",
                              "L2 discontinued (rejected); L3 date to be confirmed next week (unconfirmed).",
                              [conf(p, {1: A, 2: R, 3: U, 4: A})])


# ---------------------------------------------------------------------------------------------
@case(48, "talne-oznacbe-cena-na-sod", "confirmation/sl-SI",
      "Slovenian reply pricing road-marking paint per 200-litre drum (PO is per litre) and naming a date '11. 12.' without year; glass beads priced per kg.")
def c048():
    s = sup("CESTSIG", "Cestna Signalizacija d.o.o.", "narocila@cestnasignalizacija.example", "sl-SI")
    p = po("4700220684", s, "maren", "EUR", "2026-11-06", [
        ln("CS-RMP-WH-200", "Road marking paint white, solvent-based, in 200 l drums", 2000, "L", "5.80", "2026-12-09"),
        ln("CS-RMP-YE-200", "Road marking paint yellow, solvent-based, in 200 l drums", 600, "L", "6.40", "2026-12-09"),
        ln("CS-GB-25", "Drop-on glass beads 100-600 micron, 25 kg bag", 1000, "KG", "0.92", "2026-12-09"),
    ])
    sent = "2026-11-10"
    assert next_md(12, 11, sent) == "2026-12-11"
    assert 1190 / 200 == 5.95 and 1280 / 200 == 6.40
    new = ("Pozdravljeni,\n\n"
           "potrjujemo naročilo 4700220684:\n\n"
           "- bela talna barva: 10 sodov po 200 l (2.000 l), cena 1.190,00 EUR/sod, dobava 11. 12.\n"
           "- rumena talna barva: 3 sodi po 200 l (600 l), cena 1.280,00 EUR/sod, dobava 9. 12.\n"
           "- steklene kroglice 100-600 µm: 40 vreč po 25 kg (1.000 kg), 0,92 EUR/kg, dobava 9. 12.\n\n"
           "Lep pozdrav,\n"
           "Matej Kranjc\n"
           "Prodaja | Cestna Signalizacija d.o.o. | Tržaška cesta 330, 1000 Ljubljana | +386 1 555 72 40\n")
    name, email = BUYERS["maren"]
    attrib = f"On 6 Nov 2026, at 10:15, {name} <{email}> wrote:"
    txt = new + "\n" + attrib + "\n\n" + quote(request_text(p))
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body>"
            + div_lines(new) + f"<div><br><blockquote type=\"cite\"><div>{h(attrib)}</div><br>"
            + div_lines(request_text(p)) + "</blockquote></div></body></html>\n")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")],
                      "Apple-Mail=_9C2D4E6F-1A3B-4C5D-8E7F-0A1B2C3D4E5F")
    eml = mime.message(hdrs(mime.addr("Matej Kranjc", "matej.kranjc@cestnasignalizacija.example"),
                            mime.addr(name, email), "Re: " + request_subject(p), T(f"{sent} 08:52:19", 60),
                            "<3E7A9C1B-5D2F-4B8E-A6C4-9F1E0D2B3A7C@cestnasignalizacija.example>", rid(p), rid(p),
                            extra=[("X-Mailer", "iPad Mail (22B91)")]), body)
    return [p], eml, expected("confirmation",
                              "White 1.190,00/200 l = 5.95/l and 11. 12. -> 2026-12-11; yellow 1.280,00/200 = 6.40 "
                              "(unchanged); beads as ordered.",
                              [conf(p, {1: chg(2000, "5.95", "2026-12-11"), 2: A, 3: A})])
