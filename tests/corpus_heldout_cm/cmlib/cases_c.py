"""Cases C: confirmations with several POs, ERP documents, unit conversions, rejections."""
from decimal import Decimal as D

from .common import (case, conf, mkpo, ln, supplier, request_text, req_subject, req_local,
                     prefix, outlook_quote, outlook_header, interleave, h12, BUYERS)
from . import mime
from .mime import addr, hdr, text, multipart, attachment
from .mail import build, boundary, received, thread_index
from .pdf import Page, make_pdf, table

MAREN = BUYERS["maren"]
FELIX = BUYERS["felix"]
AIKO = BUYERS["aiko"]
SAMUEL = BUYERS["samuel"]


def _to(b):
    return addr(b[0], b[1])


def _ms(po, seed, lang):
    return [("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index(seed)), ("Content-Language", lang)]


def _alt_outlook(body, intro, charset, lang, seed, cte="quoted-printable"):
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), charset, lang,
                         outlook=True)
    return multipart("alternative", [text(body, "plain", charset, cte), text(html, "html", charset, cte)],
                     boundary("outlook", seed))


def _gmail_alt(top, attrib, quoted_src, seed, charset="UTF-8"):
    body = top + attrib + "\n\n" + prefix(quoted_src)
    html = ('<div dir="ltr">' + "".join(f"<div>{mime.esc(x) or '<br>'}</div>" for x in top.rstrip().split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + mime.esc(attrib)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + mime.esc(quoted_src).replace("\n", "<br>") + "</blockquote></div>\n")
    return multipart("alternative", [text(body, "plain", charset, "quoted-printable"),
                                     text(html, "html", charset, "quoted-printable")], boundary("gmail", seed))


# --------------------------------------------------------------------------- 1
def ie_two_pos_answers_one():
    sup = supplier("SHANNON", "Shannon Optical Instruments Ltd", "sales@shannonoptical.example", "en-IE")
    po_a = mkpo("4500235393", sup, "maren", "EUR", "2026-11-19", [
        ln(1, "SOI-EP-25", "Eyepiece 25 mm Plossl, 1.25 in", 50, "EA", "38.00", "2026-12-16"),
        ln(2, "SOI-EP-6", "Eyepiece 6 mm planetary, 1.25 in", 30, "EA", "74.50", "2026-12-16"),
    ])
    po_b = mkpo("4500235394", sup, "maren", "EUR", "2026-11-19", [
        ln(1, "SOI-BL-2X", "Barlow lens 2x, 1.25 in", 40, "EA", "56.00", "2027-01-06"),
        ln(2, "SOI-FLT-UHC", "UHC nebula filter, 1.25 in", 40, "EA", "49.00", "2027-01-06"),
    ])
    t = req_local(po_b, 0)
    attrib = f"On Thu, 19 Nov 2026 at {t.hour:02d}:{t.minute:02d}, Maren Oyelaran <{MAREN[1]}> wrote:"
    top = ("Hi Maren,\n\nRe 4500235394 - both lines are grand: 40 Barlows and 40 UHC filters at your PO prices, "
           "delivered 6th January.\n\n"
           "The other order (4500235393, the eyepieces) I'm still waiting on the factory in Suzhou for, I'll come "
           "back to you on that one separately, hopefully by the end of next week.\n\n"
           "Thanks a million,\nCiarán\n\n-- \nCiarán O'Brien\nShannon Optical Instruments Ltd\n"
           "Unit 7, Shannon Free Zone, Co. Clare, V14 XX00\n+353 61 000 000\n\n")
    root = _gmail_alt(top, attrib, request_text(po_b), "c1")
    date = "Tue, 24 Nov 2026 12:31:07 +0000"
    eml = build(addr("Ciarán O'Brien", "ciaran@shannonoptical.example"), _to(MAREN), "Re: " + req_subject(po_b),
                date, "<CAM4xT7pQ2nV9rK0wZ5bY8sL3jH1gF6dE4cA9uN2oB7iM5tR0kW@mail.gmail.example>", root,
                po_b["request_message_id"])
    return case("ie-two-pos-answers-one", "confirmation", "en-IE",
                "Two open POs from the same supplier; reply confirms one and only mentions the other; "
                "'6th January' without year",
                [po_a, po_b], eml, [conf(po_b, "A", "A")],
                "PO 4500235394 both lines as ordered (6th January = 2027-01-06). PO 4500235393 only mentioned "
                "('still waiting on the factory'), so it is left out.")


# --------------------------------------------------------------------------- 2
def be_nl_two_pos_both():
    sup = supplier("VANDAMME", "Bordenmakerij Van Damme NV", "order@vandamme-borden.example", "nl-BE")
    po_a = mkpo("4500235505", sup, "felix", "EUR", "2026-11-23", [
        ln(1, "KB-FR-90", "Krijtbordkader eik 90 x 60 cm", 40, "PCS", "64.00", "2026-12-11"),
        ln(2, "KB-FR-120", "Krijtbordkader eik 120 x 90 cm", 25, "PCS", "89.00", "2026-12-11"),
    ])
    po_b = mkpo("4500235518", sup, "felix", "EUR", "2026-11-24", [
        ln(1, "KB-EASEL", "Staande krijtbordezel A-frame", 30, "PCS", "118.00", "2027-01-08"),
    ])
    t = req_local(po_b, 1)
    intro = ("Beste Felix,\n\nHierbij onze bevestiging voor beide bestellingen:\n\n"
             "Bestelling 4500235505\n"
             "- lijn 1 KB-FR-90: 40 st. à 64,00 EUR - levering vrijdag 11/12\n"
             "- lijn 2 KB-FR-120: 25 st. à 89,00 EUR - levering vrijdag 11/12\n\n"
             "Bestelling 4500235518\n"
             "- lijn 1 KB-EASEL (staande krijtbordezels): door de drukte kunnen we pas leveren op 22/01/2027, "
             "prijs 118,00 EUR blijft.\n\n"
             "Met vriendelijke groeten,\n\nJoke Van Damme\nVerkoop binnendienst\nBordenmakerij Van Damme NV\n"
             "Industriepark Noord 14, 8730 Beernem\nT +32 50 00 00 00 | BTW BE 0000.000.000\n\n")
    sent = f"dinsdag 24 november 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("nl", po_b, sent, to="order@vandamme-borden.example")
    root = _alt_outlook(body, intro, "windows-1252", "NL-BE", "c2")
    date = "Wed, 2 Dec 2026 10:40:26 +0100"
    eml = build(addr("Joke Van Damme", "joke@vandamme-borden.example"), _to(FELIX), "RE: " + req_subject(po_b),
                date, "<AM0PR10MB2B4C6D8E0F1A3B5C7D9E1F3A5B7C@AM0PR10MB2B4C.EURPRD10.PROD.OUTLOOK.example>", root,
                po_b["request_message_id"], extra=_ms(po_b, "c2", "nl-BE"))
    return case("be-nl-two-pos-both-answered", "confirmation", "nl-BE",
                "One reply (threaded on the second PO) answers two POs; Belgian day-first dates, 'vrijdag 11/12' "
                "without year",
                [po_a, po_b], eml, [conf(po_a, "A", "A"), conf(po_b, {"d": "2027-01-22"})],
                "PO 4500235505: both lines as ordered (11/12 = 2026-12-11). PO 4500235518: easels 22/01/2027.")


# --------------------------------------------------------------------------- 3
def nz_whole_order_rejected():
    sup = supplier("KIWIBRASS", "Kiwi Brass Works Ltd", "orders@kiwibrass.example", "en-NZ")
    po = mkpo("4500235629", sup, "aiko", "NZD", "2026-11-24", [
        ln(1, "KBW-SV-1", "Sousaphone valve set, nickel silver pistons", 4, "SET", "1240.00", "2027-01-15"),
        ln(2, "KBW-SV-GUIDE", "Valve guide, brass, pack of 3", 20, "PCS", "18.50", "2027-01-15"),
    ])
    t = req_local(po, 13)
    hh, ap = h12(t)
    attrib = f"On {t.day}/11/2026, at {hh}:{t.minute:02d}\u202f{ap}, Aiko Lindqvist <{AIKO[1]}> wrote:"
    top = ("Kia ora Aiko,\n\nThanks for sending PO 4500235629 through, but I'm afraid we can't take it on. We've "
           "stopped making sousaphone valve sets as of this month (our machinist has retired and we're winding "
           "down the brass side of the business), and we don't have the valve guides in stock either, so we have "
           "to decline the whole order.\n\nSorry we can't help this time. You might try Kaiwhenua Music Repairs in "
           "Christchurch - they still do some valve work.\n\nNgā mihi,\nHemi Walker\nKiwi Brass Works Ltd\n"
           "23 Foundry Lane, Petone, Lower Hutt 5012\n027 000 0000\n\n")
    body = top + prefix(attrib + "\n\n" + request_text(po), "> ", "> ")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word;">'
            + "".join(f"<div>{mime.esc(x) or '<br>'}</div>" for x in top.rstrip().split("\n"))
            + f'<div><br><blockquote type="cite"><div>{mime.esc(attrib)}</div><br><div><div>'
            + mime.esc(request_text(po)).replace("\n", "<br>") + "</div></div></blockquote></div></body></html>\n")
    root = multipart("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                     text(html, "html", "utf-8", "quoted-printable")], boundary("apple", "c3"))
    date = "Thu, 26 Nov 2026 09:14:50 +1300"
    eml = build(addr("Hemi Walker", "hemi@kiwibrass.example"), _to(AIKO), "Re: " + req_subject(po), date,
                "<9F2A6C1E-4B7D-4E8A-B3C5-0D1F2E3A4B5C@kiwibrass.example>", root, po["request_message_id"],
                mime_version="1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))",
                extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    return case("nz-whole-order-declined", "confirmation", "en-NZ",
                "Friendly prose declining the whole order (no numbers), Maori greetings, Apple Mail quote with PO figures",
                [po], eml, [conf(po, "R", "R")],
                "Supplier declines the whole order: both lines rejected (a rejection is an answer).")


# --------------------------------------------------------------------------- 4
def erp_pdf_ab():
    sup = supplier("LABTEC", "LabTec Abzugstechnik GmbH", "auftrag@labtec-abzug.example", "de-DE")
    po = mkpo("4500235730", sup, "samuel", "EUR", "2026-11-20", [
        ln(1, "LT-SASH-1200", "Frontschieber Abzug 1200 mm, ESG", 8, "PCS", "1385.00", "2026-12-16"),
        ln(2, "LT-SASH-1800", "Frontschieber Abzug 1800 mm, ESG", 4, "PCS", "1920.00", "2026-12-16"),
        ln(3, "LT-CW-SET", "Gegengewichtsset Frontschieber", 12, "SET", "245.00", "2026-12-16"),
    ])
    p = Page()
    p.text(40, 800, "LabTec Abzugstechnik GmbH", 14, "F2")
    p.text(40, 787, "Gewerbering 21 - 33334 Gütersloh - www.labtec-abzug.example", 8)
    p.text(40, 740, "Larkspur Trading Group", 10)
    p.text(40, 727, "Central Warehouse, Waalhaven Z.z. 48", 10)
    p.text(40, 714, "3089 JH Rotterdam, Niederlande", 10)
    p.text(360, 760, "AUFTRAGSBESTÄTIGUNG", 14, "F2")
    p.lines(360, 742, ["Nummer: 26-AB-118342", "Datum: 23.11.2026", "Kunden-Nr.: 104877",
                       "Ihre Bestellung: 4500235730 vom 20.11.2026", "Ihr Zeichen: Samuel Okafor",
                       "Sachbearbeiter: Frau Wiegand"], 9)
    p.text(40, 660, "Wir danken für Ihren Auftrag, den wir zu unseren Verkaufs- und Lieferbedingungen wie folgt bestätigen:", 9)
    cols = [("Pos.", 30, "l"), ("Artikel", 190, "l"), ("Menge", 45, "r"), ("ME", 30, "l"),
            ("Preis/ME EUR", 70, "r"), ("Gesamt EUR", 70, "r"), ("Liefertermin", 80, "l")]
    rows = [["10", "40-1200-ESG Frontschieber 1200 ESG", "8", "Stk", "1.385,00", "11.080,00", "KW 51/2026"],
            ["", "Ihre Art.-Nr. LT-SASH-1200", "", "", "", "", ""],
            ["20", "40-1800-ESG Frontschieber 1800 ESG", "4", "Stk", "1.920,00", "7.680,00", "KW 02/2027"],
            ["", "Ihre Art.-Nr. LT-SASH-1800", "", "", "", "", ""],
            ["30", "40-GG-SET Gegengewichtsset", "12", "Satz", "245,00", "2.940,00", "KW 51/2026"],
            ["", "Ihre Art.-Nr. LT-CW-SET", "", "", "", "", ""]]
    y = table(p, 40, 630, cols, rows, leading=15)
    p.lines(300, y - 10, ["Nettowert:            21.700,00 EUR",
                          "USt. 0 % (innergem. Lieferung): 0,00 EUR",
                          "Gesamtbetrag:         21.700,00 EUR"], 9, "F2")
    p.lines(40, y - 70, ["Lieferbedingung: DAP Rotterdam (Incoterms 2020)",
                         "Zahlungsbedingung: 60 Tage netto",
                         "Die Liefertermine beziehen sich auf die Anlieferung beim Empfänger.",
                         "Diese Auftragsbestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig."], 8.5)
    p.text(40, 40, "Sitz: Gütersloh - AG Gütersloh HRB 0000 - USt-IdNr. DE000000000 - Geschäftsführer: H. Wiegand", 7)
    pdf = make_pdf([p], "Auftragsbestätigung 26-AB-118342", "LabTec ERP", "SAP NetWeaver Smart Forms",
                   created="20261123060155+01'00'")
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Auftragsbestätigung 26-AB-118342 zu Ihrer Bestellung 4500235730.\n\n"
            "Bitte prüfen Sie die Auftragsbestätigung auf Richtigkeit. Abweichungen teilen Sie uns bitte "
            "innerhalb von 3 Werktagen mit.\n\n"
            "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
            "LabTec Abzugstechnik GmbH\nGewerbering 21\n33334 Gütersloh\n")
    root = multipart("mixed", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                               attachment(pdf, "application/pdf", "AB_26-AB-118342.pdf")],
                     "=_PART_118342_20261123060211")
    date = "Mon, 23 Nov 2026 06:02:11 +0100"
    eml = build(addr("LabTec Auftragsbearbeitung", "noreply@labtec-abzug.example"), addr(None, SAMUEL[1]),
                hdr("Auftragsbestätigung 26-AB-118342 zu Ihrer Bestellung 4500235730", "iso-8859-1", "Q"), date,
                "<20261123060211.118342.AB@erp.labtec-abzug.example>", root,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")])
    return case("erp-auto-mail-pdf-ab", "confirmation", "de-DE",
                "Automatic ERP mail (Auto-Submitted, noreply, no threading) carrying a PDF order confirmation with the "
                "supplier's own positions 10/20/30 and article numbers; calendar weeks",
                [po], eml, [conf(po, {"d": "2026-12-18"}, {"d": "2027-01-15"}, {"d": "2026-12-18"})],
                "ERP AB commits to the order, so confirmation. Pos 10/20/30 map to lines 1/2/3 via 'Ihre Art.-Nr.'. "
                "KW 51/2026 = 2026-12-18, KW 02/2027 = 2027-01-15; prices as ordered.")


# --------------------------------------------------------------------------- 5
def be_fr_html_only():
    sup = supplier("NACELLES", "Nacelles Ardennaises SPRL", "info@nacelles-ardennaises.example", "fr-BE")
    po = mkpo("4500235841", sup, "maren", "EUR", "2026-11-25", [
        ln(1, "NB-WICK-120", "Nacelle osier 120 x 150 cm, 4-5 pers.", 2, "EA", "14200.00", "2027-01-18"),
        ln(2, "NB-PAD", "Rembourrage cuir bord de nacelle", 2, "SET", "980.00", "2027-01-18"),
        ln(3, "NB-STRAP", "Sangle d'arrimage inox, jeu", 4, "SET", "310.00", "2027-01-18"),
    ])
    t = req_local(po, 1)
    inner = ('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000">'
             "<p>Bonjour Madame Oyelaran,</p>"
             "<p>Nous vous remercions pour votre commande 4500235841 et vous confirmons&nbsp;:</p><ul>"
             "<li>Nacelles osier 120x150 (NB-WICK-120)&nbsp;: 2 pièces à 14.200,00&nbsp;€ / pièce, livraison le 18/01/2027</li>"
             "<li>Rembourrage cuir (NB-PAD)&nbsp;: 2 jeux à 980,00&nbsp;€, livraison le 18/01/2027</li>"
             "<li>Sangles d'arrimage inox (NB-STRAP)&nbsp;: 4 jeux à 310,00&nbsp;€. Ces sangles sont en stock et vous "
             "seront livrées séparément <b>le 21/12/2026</b>.</li></ul>"
             "<p>Avec nos salutations distinguées,</p>"
             "<p><b>Luc Dubois</b><br>Gérant<br>Nacelles Ardennaises SPRL<br>Rue du Moulin 12, 6830 Bouillon<br>"
             "Tél. +32 61 00 00 00 | TVA BE 0000.000.000</p></div>"
             '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
             f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De :</b> Maren Oyelaran '
             f'&lt;{MAREN[1]}&gt;<br><b>Envoyé :</b> mercredi 25 novembre 2026 {t.hour:02d}:{t.minute:02d}<br>'
             f'<b>À :</b> info@nacelles-ardennaises.example<br><b>Objet :</b> {mime.esc(req_subject(po))}</font>'
             '<div>&nbsp;</div></div><div><pre>' + mime.esc(request_text(po)) + "</pre></div>")
    html = mime.html_doc(inner, "windows-1252")
    root = text(html, "html", "windows-1252", "quoted-printable")
    date = "Mon, 30 Nov 2026 17:22:48 +0100"
    eml = build(addr("Luc Dubois", "luc.dubois@nacelles-ardennaises.example"), _to(MAREN),
                "RE: " + req_subject(po), date,
                "<DB9PR01MB7A1B3C5D7E9F1A3B5C7D9E1F3A5B@DB9PR01MB7A1B.eurprd01.prod.outlook.example>", root,
                po["request_message_id"], extra=_ms(po, "c5", "fr-BE") + [("X-MS-Exchange-Organization-SCL", "1")])
    return case("be-fr-html-only-balloon-baskets", "confirmation", "fr-BE",
                "HTML-only Outlook-web mail (no text part), bullet list with '14.200,00 €', one line delivered "
                "earlier from stock",
                [po], eml, [conf(po, "A", "A", {"d": "2026-12-21"})],
                "Lines 1 and 2 as ordered; line 3 straps delivered earlier, 21/12/2026 (a date change).")


# --------------------------------------------------------------------------- 6
def sk_per_piece_vs_box():
    sup = supplier("ZAMKYPOPRAD", "Zámky Poprad s.r.o.", "objednavky@zamkypoprad.example", "sk-SK")
    po = mkpo("4500235952", sup, "felix", "EUR", "2026-11-25", [
        ln(1, "ZP-ML-18", "Zámok poštovej schránky 18 mm, bal. 50 ks", 20, "BOX", "112.50", "2026-12-17"),
        ln(2, "ZP-KEY", "Náhradný kľúč, bal. 100 ks", 4, "BOX", "38.00", "2026-12-17"),
    ])
    t = req_local(po, 1)
    intro = ("Dobrý deň,\n\nďakujeme za objednávku č. 4500235952, potvrdzujeme:\n\n"
             "pol. 1 ZP-ML-18 zámok poštovej schránky 18 mm: 1 000 ks (20 bal. po 50 ks), cena 2,35 €/ks bez DPH, "
             "dodanie 17. 12. 2026\n"
             "pol. 2 ZP-KEY náhradné kľúče: 4 bal., 38,00 €/bal., dodanie 17. 12. 2026\n\n"
             "S pozdravom\n\nMartina Horváthová\nobchodné oddelenie\nZámky Poprad s.r.o.\n"
             "Hviezdoslavova 00, 058 01 Poprad\ntel.: +421 52 000 0000\n\n")
    sent = f"streda 25. novembra 2026 {t.hour}:{t.minute:02d}"
    body = intro + outlook_quote("sk", po, sent, to="objednavky@zamkypoprad.example")
    root = text(body, "plain", "windows-1250", "quoted-printable")
    date = "Thu, 3 Dec 2026 09:12:33 +0100"
    eml = build(addr("Martina Horváthová", "horvathova@zamkypoprad.example", "windows-1250", "Q"), _to(FELIX),
                "RE: " + req_subject(po), date, "<000501db6557$0e4f2a10$2aed7e30$@zamkypoprad.example>", root,
                po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("c6")),
                       ("Content-Language", "sk")])
    return case("sk-per-piece-price-box-uom", "confirmation", "sk-SK",
                "Quantity and price given per piece (1 000 ks, 2,35 €/ks) while the PO is in boxes of 50; "
                "Slovak dates with spaces",
                [po], eml, [conf(po, {"p": "117.50"}, "A")],
                "Line 1: 1 000 pcs = 20 BOX; 2,35 €/pc x 50 = 117.50 per BOX (PO 112.50) -> changed price. Line 2 as ordered.")


# --------------------------------------------------------------------------- 7
def ua_koi8u_split():
    sup = supplier("DNIPROVESLO", "TOV Dnipro-Veslo", "zbut@dnipro-veslo.example", "uk-UA")
    po = mkpo("4500236174", sup, "maren", "UAH", "2026-11-20", [
        ln(1, "DV-PAD-AL", "Kayak paddle, aluminium shaft, 220 cm", 100, "PCS", "1450.00", "2026-12-18"),
        ln(2, "DV-PAD-CAN", "Canoe paddle, wooden", 40, "PCS", "1980.00", "2026-12-18"),
    ])
    t = req_local(po, 2)
    body = ("Доброго дня, Maren!\n\nПідтверджуємо замовлення N 4500236174:\n\n"
            "поз. 1 - DV-PAD-AL весло байдаркове 220 см: 100 шт. по 1 450,00 грн, відвантаження 18.12.2026;\n"
            "поз. 2 - DV-PAD-CAN весло каное дерев'яне: 40 шт. по 1 980,00 грн, з них 25 шт. відвантажимо "
            "18.12.2026, решту 15 шт. - 15.01.2027.\n\n"
            "З повагою,\nОлена Коваленко\nвідділ збуту ТОВ \"Дніпро-Весло\"\nм. Дніпро, вул. Заводська, 00\n"
            "тел. +380 56 000 00 00\n\n"
            f"{t.day}.11.26 {t.hour:02d}:{t.minute:02d}, Maren Oyelaran пише:\n" + prefix(request_text(po)))
    root = text(body, "plain", "KOI8-U", "8bit", flowed=True)
    date = "Wed, 25 Nov 2026 15:40:12 +0200"
    eml = build(addr("Олена Коваленко", "o.kovalenko@dnipro-veslo.example", "KOI8-U"), _to(MAREN),
                "Re: " + req_subject(po), date, "<5d0e7c2a-1f3b-4a6c-9d8e-2b7f0a1c3e4d@dnipro-veslo.example>", root,
                po["request_message_id"], extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "uk")])
    return case("ua-koi8u-split-paddles", "confirmation", "uk-UA",
                "KOI8-U 8bit Ukrainian; ship dates only ('відвантаження'); line 2 split 25 + 15",
                [po], eml,
                [conf(po, "A", {"d": "2027-01-15", "s": [(25, "2026-12-18"), (15, "2027-01-15")]})],
                "Only shipment dates given, so they count. Line 1 as ordered; line 2: 25 on 18.12.2026, 15 on 15.01.2027.")


# --------------------------------------------------------------------------- 8
def bg_reject_line():
    sup = supplier("STRUMA", "Struma Fishing EOOD", "prodajbi@struma-fishing.example", "bg-BG")
    po = mkpo("4500236285", sup, "samuel", "EUR", "2026-11-23", [
        ln(1, "ST-RL-40", "Fishing reel 4000, front drag", 150, "PCS", "21.80", "2026-12-11"),
        ln(2, "ST-RL-SP", "Spare spool for reel 4000", 150, "PCS", "6.40", "2026-12-11"),
    ])
    t = req_local(po, 2)
    intro = ("Здравейте, г-н Okafor,\n\nПотвърждаваме поръчка № 4500236285:\n\n"
             "поз. 1 - ST-RL-40 макара 4000: 150 бр. по 21,80 евро, доставка 11.12.2026 г.\n"
             "поз. 2 - ST-RL-SP резервна шпула: за съжаление нямаме наличност до февруари и не можем да я доставим "
             "по тази поръчка. Моля, анулирайте позицията.\n\n"
             "Поздрави,\nГеорги Петров\nТърговски отдел\nСтрума Фишинг ЕООД\nгр. Благоевград, ул. \"Индустриална\" 00\n"
             "тел. +359 73 000 000\n\n")
    sent = f"понеделник, 23 ноември 2026 г. {t.hour}:{t.minute:02d}"
    body = intro + outlook_quote("bg", po, sent, to="prodajbi@struma-fishing.example")
    root = _alt_outlook(body, intro, "windows-1251", "BG", "c9")
    date = "Thu, 26 Nov 2026 10:05:19 +0200"
    eml = build(addr("Георги Петров", "g.petrov@struma-fishing.example", "windows-1251"), _to(SAMUEL),
                "RE: " + req_subject(po), date,
                "<VI1PR02MB4C6D8E0F2A4B6C8D0E2F4A6B8C0D@VI1PR02MB4C6D.eurprd02.prod.outlook.example>", root,
                po["request_message_id"], extra=_ms(po, "c9", "bg-BG"))
    return case("bg-cp1251-reject-spools", "confirmation", "bg-BG",
                "Bulgarian windows-1251; prices in euro written out ('21,80 евро'); one line declined until February",
                [po], eml, [conf(po, "A", "R")],
                "Line 1 as ordered (11.12.2026 г.). Line 2 cannot be supplied on this order and supplier asks to "
                "cancel it: rejected.")


# --------------------------------------------------------------------------- 9
def cn_gbk_pi_xlsx():
    from .xlsx import make_xlsx
    sup = supplier("JIACHENG", "Hebei Jiacheng Metal Products Co., Ltd.", "sales@jiacheng-metal.example", "zh-CN")
    po = mkpo("4500236407", sup, "felix", "CNY", "2026-11-23", [
        ln(1, "JC-MP-8", "Aluminium marquee pole 80 mm x 3 m", 200, "PCS", "168.00", "2027-01-15"),
        ln(2, "JC-MP-CON", "Pole connector sleeve 80 mm", 400, "PCS", "12.50", "2027-01-15"),
        ln(3, "JC-MP-FOOT", "Foot plate 200 x 200 mm", 200, "PCS", "22.00", "2027-01-15"),
    ])
    rows = [
        [("b", "HEBEI JIACHENG METAL PRODUCTS CO., LTD.  河北嘉诚金属制品有限公司")],
        [("b", "PROFORMA INVOICE")],
        ["PI No.:", "JC20261128-03", "", "Date:", "2026-11-28"],
        ["Buyer:", "Larkspur Trading Group, Rotterdam, NL"],
        ["Your PO:", "4500236407"],
        [],
        [("b", x) for x in ["Item", "Customer Code", "Description", "Qty (pcs)", "Unit Price (RMB)",
                            "Amount (RMB)", "Delivery Date", "Remark"]],
        [1, "JC-MP-8", "Aluminium marquee pole 80mm x 3m, 6063-T5", 200, D("168.00"), D("33600.00"), "2027/1/15", ""],
        [2, "JC-MP-CON", "Connector sleeve 80mm", 400, D("12.50"), D("5000.00"), "2027/1/15", ""],
        [3, "JC-MP-FOOT", "Foot plate 200x200mm, Q235, galvanized", 200, D("23.80"), D("4760.00"), "2027/1/15",
         "steel price up"],
        [],
        ["", "", ("b", "TOTAL"), 800, "", D("43360.00")],
        [],
        ["Payment: as per buyer's PO (60 days net)"],
        ["Delivery: DAP Rotterdam"],
        ["Bank: Bank of China, Hengshui Branch  A/C 0000 0000 0000 0000"],
        [],
        ["Seller signature: ______________", "", "", "Buyer signature: ______________"],
    ]
    xlsx = make_xlsx([{"name": "PI", "rows": rows, "widths": [6, 14, 40, 10, 15, 14, 13, 16]}],
                     creator="WPS 表格")
    t = req_local(po, 8)
    body = ("Dear Felix,\n\nGood day!\n\nThanks for your PO 4500236407. Attached is our PI No. JC20261128-03 for "
            "your confirmation.\n\n"
            "Item 1 and item 2 same as your PO.\n"
            "Item 3 foot plate: price adjusted to RMB 23.80/pc because steel plate cost increased this month.\n"
            "Delivery: all items 2027/1/15.\n\n"
            "Please sign back the PI at your convenience. Thanks!\n\n"
            "Best regards,\nKevin Zhang 张凯\nSales Manager\n"
            "Hebei Jiacheng Metal Products Co., Ltd. 河北嘉诚金属制品有限公司\n"
            "Add: Anping County, Hengshui, Hebei, China\nTel/WhatsApp/WeChat: +86 138 0000 0000\n\n"
            "----- Original Message -----\n"
            f"From: \"Felix Brandauer\"<{FELIX[1]}>\n"
            "To: <sales@jiacheng-metal.example>\n"
            f"Sent: 2026-11-23 {t.hour:02d}:{t.minute:02d}\n"
            f"Subject: {req_subject(po)}\n\n" + request_text(po))
    root = multipart("mixed", [text(body, "plain", "GBK", "base64"),
                               attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "PI JC20261128-03 Larkspur.xlsx")],
                     "----=_Part_118804_1462873113.1764294420000")
    date = "Sat, 28 Nov 2026 09:47:00 +0800"
    eml = build(addr("Kevin Zhang", "kevin@jiacheng-metal.example"), _to(FELIX), "Re:" + req_subject(po), date,
                "<6a3f1e20.4b7c.19d8e2f0a31.Coremail.kevin@jiacheng-metal.example>", root, po["request_message_id"],
                extra=[("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9e2a4f1c) "
                                    "Copyright (c) 2002-2026 www.mailtech.cn 163com"), ("X-Priority", "3")])
    return case("cn-gbk-proforma-xlsx", "confirmation", "zh-CN",
                "English body in GBK with Chinese signature; proforma invoice XLSX as acknowledgment, dates as text "
                "'2027/1/15'; 'please sign back' is not a condition",
                [po], eml, [conf(po, "A", "A", {"p": "23.80"})],
                "PI confirms items 1-2 as ordered and item 3 at RMB 23.80; all delivered 2027-01-15.")


# --------------------------------------------------------------------------- 10
def ca_outlook_inline_red():
    sup = supplier("MAPLELEAF", "Maple Leaf Court Supplies Ltd", "orders@mapleleafcourt.example", "en-CA")
    po = mkpo("4500236730", sup, "aiko", "CAD", "2026-11-24", [
        ln(1, "MLC-T2-W", "Court line tape, white, 2 in x 60 yd", 80, "RL", "21.40", "2026-12-09"),
        ln(2, "MLC-T2-R", "Court line tape, red, 2 in x 60 yd", 30, "RL", "21.40", "2026-12-09"),
        ln(3, "MLC-NAIL", "Aluminium tape nails, 1 lb box", 25, "BOX", "14.90", "2026-12-09"),
    ])
    t = req_local(po, -5)
    hh, ap = h12(t)
    answers = {
        "MLC-T2-W": "[MLC - Brenda] Confirmed.",
        "MLC-T2-R": ("[MLC - Brenda] Red is backordered at the mill - 30 rolls will ship Jan. 8, 2027 for "
                     "delivery Jan. 15, 2027."),
        "MLC-NAIL": "[MLC - Brenda] OK on qty and date, but price is now $15.60/box (increase effective Nov. 15).",
    }
    intro = ("Hi Aiko,\n\nPlease see our answers below in red.\n\nThanks,\nBrenda\n\n"
             "Brenda Campbell | Customer Service\nMaple Leaf Court Supplies Ltd.\n"
             "88 Industrial Pkwy N, Aurora, ON  L4G 0A0 | 905-555-0186\n\n")
    sent = f"November 24, 2026 {hh}:{t.minute:02d} {ap}"
    q = outlook_quote("en", po, sent, greeting="Dear Sir or Madam,", to="orders@mapleleafcourt.example")
    q = interleave(q, answers)
    body = intro + q
    lines = body.rstrip("\n").split("\n")
    qi = intro.count("\n")
    out = []
    for i, line in enumerate(lines):
        if i == qi:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            continue
        if line.startswith("[MLC"):
            out.append(f'<p class="MsoNormal"><b><span style="color:red">{mime.esc(line)}</span></b><o:p></o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{mime.esc(line) if line.strip() else "&nbsp;"}<o:p></o:p></p>')
    out.append("</div>")
    html = mime.html_doc("\n".join(out), "us-ascii", "EN-CA", outlook=True)
    root = multipart("alternative", [text(body, "plain", "us-ascii", "7bit"),
                                     text(html, "html", "us-ascii", "quoted-printable")], boundary("outlook", "c14"))
    date = "Fri, 27 Nov 2026 14:10:36 -0500"
    eml = build(addr("Brenda Campbell", "bcampbell@mapleleafcourt.example"), _to(AIKO), "RE: " + req_subject(po),
                date, "<YQXPR01MB6B8C0D2E4F6A8B0C2D4E6F8A0B2C@YQXPR01MB6B8C.CANPRD01.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "c14", "en-CA"))
    return case("ca-outlook-inline-red-answers", "confirmation", "en-CA",
                "Answers inserted in red inside the Outlook-quoted PO table (no '>' markers), ship vs delivery date "
                "on line 2, unit 'RL'",
                [po], eml, [conf(po, "A", {"d": "2027-01-15"}, {"p": "15.60"})],
                "Line 1 confirmed. Line 2 delivery Jan. 15, 2027 (ship Jan. 8 is not the delivery). Line 3 price 15.60.")


# --------------------------------------------------------------------------- 11
def gb_one_liner():
    sup = supplier("WESSEXHARP", "Wessex Harp Supplies Ltd", "orders@wessexharp.example", "en-GB")
    po = mkpo("4500236952", sup, "maren", "GBP", "2026-11-25", [
        ln(1, "WH-PD-DISC", "Pedal disc assembly, concert harp", 20, "EA", "64.00", "2026-12-08"),
        ln(2, "WH-PD-SPR", "Pedal spring, stainless", 100, "EA", "3.20", "2026-12-08"),
    ])
    t = req_local(po, 0)
    intro = ("Morning Maren,\n\nAll fine, confirmed as per your order.\n\nRegards\nTom\n\n"
             "Tom Ashdown | Wessex Harp Supplies Ltd\nThe Old Forge, Mill Lane, Shaftesbury SP7 8XX | 01747 000000\n\n"
             "This email and any attachments are confidential and intended solely for the addressee. If you have "
             "received it in error please notify the sender and delete it. Wessex Harp Supplies Ltd, registered in "
             "England & Wales no. 01234567. Orders are accepted subject to our standard terms and conditions of "
             "sale, available on request.\n\n")
    sent = f"25 November 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("en", po, sent, to="orders@wessexharp.example")
    root = _alt_outlook(body, intro, "us-ascii", "EN-GB", "c16")
    date = "Thu, 26 Nov 2026 08:03:14 +0000"
    eml = build(addr("Tom Ashdown", "tom@wessexharp.example"), _to(MAREN), "RE: " + req_subject(po), date,
                "<CWLP265MB5C7D9E1F3A5B7C9D1E3F5A7B9C1D@CWLP265MB5C7D.GBRP265.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "c16", "en-GB"))
    return case("gb-one-liner-with-disclaimer", "confirmation", "en-GB",
                "One-line confirmation; every figure sits only in the quoted PO; boilerplate confidentiality and "
                "terms-of-sale disclaimer",
                [po], eml, [conf(po, "A", "A")],
                "'All fine, confirmed as per your order' accepts every line as ordered; the generic disclaimer does "
                "not make it conditional.")


# --------------------------------------------------------------------------- 12
def hr_price_per_100():
    sup = supplier("OPRUGEZG", "Opruge Zagreb d.o.o.", "prodaja@opruge-zagreb.example", "hr-HR")
    po = mkpo("4500237063", sup, "felix", "EUR", "2026-11-24", [
        ln(1, "OZ-TS-140", "Opruga za trampolin 140 mm", 5000, "PCS", "0.58", "2026-12-18"),
        ln(2, "OZ-TS-180", "Opruga za trampolin 180 mm", 2000, "PCS", "0.71", "2026-12-18"),
    ])
    t = req_local(po, 1)
    intro = ("Poštovani gospodine Brandauer,\n\npotvrđujemo narudžbu 4500237063:\n\n"
             "stavka 1 - OZ-TS-140 opruga za trampolin 140 mm: 5.000 kom, cijena 58,00 EUR/100 kom, isporuka 18.12.2026.\n"
             "stavka 2 - OZ-TS-180 opruga za trampolin 180 mm: 2.000 kom, cijena 74,00 EUR/100 kom, isporuka 8.1.2027.\n\n"
             "Srdačan pozdrav,\n\nIvana Kovačević\nProdaja\nOpruge Zagreb d.o.o.\nRadnička cesta 00, 10000 Zagreb\n"
             "tel. +385 1 000 0000\n\n")
    sent = f"utorak, 24. studenoga 2026. {t.hour}:{t.minute:02d}"
    body = intro + outlook_quote("hr", po, sent, to="prodaja@opruge-zagreb.example")
    root = _alt_outlook(body, intro, "windows-1250", "HR", "c17")
    date = "Mon, 30 Nov 2026 08:45:21 +0100"
    eml = build(addr("Ivana Kovačević", "ivana.kovacevic@opruge-zagreb.example", "windows-1250", "Q"), _to(FELIX),
                "RE: " + req_subject(po), date,
                "<VI1PR06MB2D4E6F8A0B2C4D6E8F0A2B4C6D8E@VI1PR06MB2D4E.eurprd06.prod.outlook.example>", root,
                po["request_message_id"], extra=_ms(po, "c17", "hr-HR"))
    return case("hr-price-per-100-springs", "confirmation", "hr-HR",
                "Prices per 100 pieces while the PO is per piece; Croatian dates with trailing dot and no leading "
                "zeros ('8.1.2027.')",
                [po], eml, [conf(po, "A", {"p": "0.74", "d": "2027-01-08"})],
                "58,00 EUR/100 kom = 0.58 per PCS (as ordered). Line 2: 74,00/100 = 0.74 per PCS, delivery 2027-01-08.")


CASES = [ie_two_pos_answers_one, be_nl_two_pos_both, nz_whole_order_rejected, erp_pdf_ab, be_fr_html_only,
         sk_per_piece_vs_box, ua_koi8u_split, bg_reject_line, cn_gbk_pi_xlsx, ca_outlook_inline_red, gb_one_liner,
         hr_price_per_100]
