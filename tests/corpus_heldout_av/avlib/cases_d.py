"""Cases 055-070."""
from __future__ import annotations

from decimal import Decimal

from . import mime
from .common import (D, L, REJ, UNC, S, acc, case, chg, conf, dmy, dsn_part, expected, fri, nf, po, quote_gt,
                     quote_outlook, report, reply, request_eml, request_subject, rfcdate, sup, hx, req_dt, req_time,
                     BUYERS, request_blocks, pdf_att, xlsx_att, after_req, render_html, boundary, msgid_for)
from .pdf import simple_doc
from .xlsx import make_xlsx


def _min(tag):
    return int(hx(tag, 2), 16) % 50 + 10


# --------------------------------------------------------------------------- 055
@case(55, "juice-concentrate-greek-per-tonne", "confirmation/el-GR",
      "Greek ISO-8859-7 reply quoting prices per tonne ('2.420,00 €/τόνο') on a PO priced per kg, quantities as drums x kg.")
def c055():
    s = sup("PELOPJ", "Χυμοί Πελοποννήσου Α.Ε.", "sales@peloponnese-juices.example", "el-GR")
    p = po("4500233915", s, "ines", "EUR", "2026-11-19", [
        L(1, "PJ-OJ-65", "Orange juice concentrate 65 Brix, frozen, 260 kg drum", 10400, "KG", "2.35", "2027-01-12"),
        L(2, "PJ-LJ-400", "Lemon juice concentrate 400 gpl, 250 kg drum", 2500, "KG", "3.10", "2027-01-12"),
    ])
    assert 40 * 260 == 10400 and 10 * 250 == 2500
    blocks = [
        "Αγαπητή κυρία Carvalho,",
        "Σας επιβεβαιώνουμε την παραγγελία 4500233915 ως εξής:",
        ("raw", S("Γραμμή 1: 40 βαρέλια x 260 kg = 10.400 kg, τιμή 2.420,00 €/τόνο, παράδοση 12/01/2027.",
                  "Γραμμή 2: 10 βαρέλια x 250 kg = 2.500 kg, τιμή 3.100,00 €/τόνο, παράδοση 19/01/2027.")),
        "Με εκτίμηση,",
        ("sig", S("Νίκος Παπαδόπουλος", "Τμήμα Εξαγωγών", "Χυμοί Πελοποννήσου Α.Ε.", "ΒΙΠΕ Τρίπολης, 22100 Τρίπολη",
                  "Τηλ. +30 2710 555 418")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Νίκος Παπαδόπουλος", "sales@peloponnese-juices.example"), "RE: " + request_subject(p),
                "2026-11-26 12:05:49 +0200", blocks, client="outlook", charset="iso-8859-7", lang="el-GR")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, price="2.42"), 2: chg(p, 2, date="2027-01-19")})],
                   "Prices per tonne with Greek separators: 2.420,00 €/t = 2.42 €/kg (PO 2.35); 3.100,00 €/t = 3.10 €/kg "
                   "(unchanged) but line 2 delivered 19/01/2027. Drums x kg equal the PO quantities.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 056
@case(56, "textile-dyes-turkish-prepayment", "needs_review/tr-TR",
      "Turkish reply: prices and quantities fine, but the delivery date will only be confirmed after a 30% prepayment (proforma PDF attached).")
def c056():
    s = sup("ANADOLU", "Anadolu Tekstil Boya San. ve Tic. A.Ş.", "satis@anadoluboya.example", "tr-TR")
    p = po("4500233970", s, "sofia", "EUR", "2026-11-20", [
        L(1, "AB-RB-5", "Reactive Black 5, 133%, 25 kg bag", 800, "KG", "6.40", "2026-12-23"),
        L(2, "AB-RY-145", "Reactive Yellow 145, 150%, 25 kg bag", 400, "KG", "9.20", "2026-12-23"),
    ])
    tot = 800 * Decimal("6.40") + 400 * Decimal("9.20")
    adv = tot * Decimal("0.30")
    assert tot == Decimal("8800.00") and adv == Decimal("2640.0000")
    pdf = simple_doc([
        ("ANADOLU TEKSTIL BOYA SAN. VE TIC. A.S.", 13, True), "Organize Sanayi Bolgesi 4. Cadde No: 17, Bursa / Turkiye",
        ("gap", 8), ("PROFORMA FATURA / PROFORMA INVOICE  PF-2026-0932", 12, True),
        "Tarih / Date: 24.11.2026          Musteri siparisi / Customer PO: 4500233970",
        ("gap", 6),
        ("Kalem  Urun                          Miktar      Birim fiyat     Tutar", 9, True), ("rule",),
        "1      Reactive Black 5, 133%         800 kg        6,40 EUR     5.120,00 EUR",
        "2      Reactive Yellow 145, 150%      400 kg        9,20 EUR     3.680,00 EUR", ("rule",),
        "                                      Toplam / Total:            8.800,00 EUR",
        "                                      %30 Avans / Advance:       2.640,00 EUR",
        ("gap", 8), "Teslim tarihi / Delivery date: avans odemesinden sonra bildirilecektir (to be advised after prepayment).",
        "IBAN: TR12 0001 0002 3456 7890 1234 56",
    ], title="Proforma PF-2026-0932", author="Anadolu Boya", creator="Logo Tiger", producer="Logo Tiger 3 PDF",
        date="D:20261124093000+03'00'")
    blocks = [
        "Sayın Brandt,",
        "4500233970 numaralı siparişiniz için teşekkür ederiz. Fiyatlar ve miktarlar uygundur; ancak yeni müşteri\n"
        "politikamız gereği sipariş tutarının %30'u (2.640,00 EUR) peşin ödenmeden siparişi üretim planına\n"
        "alamıyoruz. Proforma faturayı ekte bulabilirsiniz.",
        "Ödeme alındıktan sonra teslim tarihini teyit edeceğiz.",
        "Saygılarımızla,",
        ("sig", S("Elif Yıldız", "Dış Ticaret Departmanı", "Anadolu Tekstil Boya San. ve Tic. A.Ş.",
                  "Tel: +90 224 555 36 80")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Elif Yıldız", "satis@anadoluboya.example"), "RE: " + request_subject(p),
                "2026-11-24 09:41:12 +0300", blocks, client="outlook", charset="iso-8859-9", lang="tr-TR",
                attachments=[pdf_att(pdf, "Proforma_PF-2026-0932.pdf")])
    return [p], eml, expected("needs_review", notes=(
        "No commitment: production and the delivery date depend on a 30% prepayment; the attached proforma repeats PO "
        "prices but says the delivery date will be advised later."))


# --------------------------------------------------------------------------- 057
@case(57, "lab-kits-japanese-ooo", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP out-of-office (出張のため不在) with absence dates and a phone number.")
def c057():
    s = sup("NIHONRIKA", "株式会社日本理科教材", "yamada@nihon-rika.example", "ja-JP")
    p = po("4500234025", s, "tom", "JPY", "2026-11-20", [
        L(1, "NRK-KIT-EL3", "Electricity experiment kit, 3V, 20 parts", 30, "SET", "4800", "2026-12-18"),
        L(2, "NRK-TT-16150", "Test tube 16x150 mm, soda-lime glass", 40, "DZ", "1250", "2026-12-18"),
    ])
    body = S("（自動返信）", "",
             "メールありがとうございます。", "",
             "誠に恐れ入りますが、11月20日（金）から11月30日（月）まで出張のため不在にしております。",
             "12月1日（火）より順次対応させていただきます。", "",
             "お急ぎの場合は、営業部代表（03-5555-1200）までご連絡ください。", "",
             "株式会社日本理科教材", "営業部 山田 太郎", "")
    eml = reply(p, ("山田 太郎", "yamada@nihon-rika.example"), "自動応答: " + request_subject(p),
                after_req(p, 1, "+0900", 7), text_body=body, mode="text", client="outlook", charset="ISO-2022-JP",
                cte="7bit", lang="ja-JP",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply", notes=(
        "ISO-2022-JP out-of-office: 11月20日-11月30日 absence and 12月1日 return are not delivery dates."))


# --------------------------------------------------------------------------- 058
@case(58, "signal-lenses-invoice-other-po", "unrelated/en-GB",
      "Invoice with PDF from the same supplier for a different, already delivered PO (4500229915) - not an answer to the open PO.")
def c058():
    s = sup("SEVERN", "Severn Rail Optics Ltd", "orders@severnrailoptics.example", "en-GB")
    p = po("4500234080", s, "tom", "GBP", "2026-11-19", [
        L(1, "SRO-LENS-213", "Signal lens 213 mm, yellow, polycarbonate", 50, "EA", "36.00", "2026-12-16"),
        L(2, "SRO-GSK-213", "Lens gasket 213 mm, silicone", 50, "EA", "3.80", "2026-12-16"),
    ])
    pdf = simple_doc([
        ("Severn Rail Optics Ltd", 14, True), "Riverside Works, Quay Street, Gloucester GL1 2LY - VAT GB 284 5512 73",
        ("gap", 10), ("INVOICE INV-77812", 13, True),
        "Invoice date: 25/11/2026     Your order: 4500229915     Delivery note: DN-40233 (20/11/2026)",
        "Invoice to: Kestrel Holdings B.V., Havenweg 12, 3089 KB Rotterdam, Netherlands",
        ("gap", 8),
        ("Item            Description                            Qty     Unit price       Net", 9, True), ("rule",),
        "SRO-LENS-200    Signal lens 200 mm, red                 40         34.50   1,380.00",
        "SRO-LENS-200G   Signal lens 200 mm, green               40         34.50   1,380.00",
        "SRO-HOOD-200    Hood 200 mm, 3/8 in. studs              80         11.20     896.00", ("rule",),
        "                                              Net total GBP            3,656.00",
        "                                              VAT 0% (export)              0.00",
        "                                              Total GBP                3,656.00",
        ("gap", 8), "Payment due: 25/01/2027 (60 days net). Barclays, sort code 20-55-41, account 43981277.",
    ], title="Invoice INV-77812", author="Severn Rail Optics Ltd", creator="Sage 50 Accounts",
        producer="Sage 50 Accounts", date="D:20261125101500Z", compress=False)
    assert 40 * Decimal("34.50") * 2 + 80 * Decimal("11.20") == Decimal("3656.00")
    blocks = [
        "Dear Sir/Madam,",
        "Please find attached invoice INV-77812 relating to your purchase order 4500229915 (delivered 20/11/2026).\n"
        "Payment is due by 25/01/2027.",
        "If you have any queries regarding this invoice, please contact accounts@severnrailoptics.example.",
        "Kind regards,",
        ("sig", S("Accounts Department", "Severn Rail Optics Ltd", "Riverside Works, Quay Street, Gloucester GL1 2LY",
                  "Tel: 01452 555 301")),
    ]
    eml = reply(p, ("Severn Rail Optics Accounts", "accounts@severnrailoptics.example"),
                "Invoice INV-77812 - your order 4500229915", "2026-11-25 10:16:02 +0000", blocks, client="outlook",
                charset="us-ascii", thread=False, lang="en-GB", to="Purchasing <purchasing@kestrel-holdings.example>",
                cc=f"{BUYERS['tom'][0]} <{BUYERS['tom'][1]}>",
                attachments=[pdf_att(pdf, "INV-77812.pdf")])
    return [p], eml, expected("unrelated", notes=(
        "Invoice for PO 4500229915, which is not an open PO here; the lens items, quantities and dates look similar to "
        "the open PO 4500234080 but do not answer it."))


# --------------------------------------------------------------------------- 059
@case(59, "juice-concentrate-portuguese-drums", "confirmation/pt-PT",
      "European Portuguese with space thousands ('8 250 kg'), drums and kg, line 2 split into two drum lots.")
def c059():
    s = sup("CONCOESTE", "Concentrados do Oeste, Lda.", "encomendas@concentradosoeste.example", "pt-PT")
    p = po("4500234135", s, "ines", "EUR", "2026-11-20", [
        L(1, "CO-PERA-70", "Pear juice concentrate 70 Brix, 275 kg drum", 5500, "KG", "1.92", "2026-12-16"),
        L(2, "CO-MAC-70", "Apple juice concentrate 70 Brix, clear, 275 kg drum", 8250, "KG", "1.48", "2026-12-16"),
    ])
    assert 20 * 275 == 5500 and 30 * 275 == 8250 and 15 * 275 == 4125
    blocks = [
        "Bom dia Ines,",
        "Confirmamos a encomenda 4500234135:",
        ("raw", S("Linha 1: 5 500 kg (20 tambores) a 1,92 €/kg - entrega a 16/12/2026.",
                  "Linha 2: 8 250 kg (30 tambores) a 1,48 €/kg, em duas entregas: 15 tambores (4 125 kg) a 16/12/2026",
                  "         e os restantes 15 tambores (4 125 kg) a 13/01/2027.")),
        "Com os melhores cumprimentos,",
        ("sig", S("Tiago Ferreira", "Departamento Comercial", "Concentrados do Oeste, Lda.",
                  "Zona Industrial do Bombarral, Lote 7, 2540-256 Bombarral", "Tel.: +351 262 555 190")),
        quote_outlook(p, "pt"),
    ]
    eml = reply(p, ("Tiago Ferreira", "encomendas@concentradosoeste.example"), "RE: " + request_subject(p),
                "2026-11-24 11:36:27 +0000", blocks, client="outlook", charset="iso-8859-15", lang="pt-PT")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1),
                                                2: chg(p, 2, schedule=[(4125, "2026-12-16"), (4125, "2027-01-13")])})],
                   "Line 2 in two lots of 15 drums = 4 125 kg each (total 8 250 kg unchanged), last on 2027-01-13. "
                   "Spaces as thousands separators; line 1 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 060
@case(60, "rubber-seals-price-list-2027", "unrelated/de-DE",
      "German mass mail announcing a 2027 price list (XLSX) that contains an item of our open PO with a new price.")
def c060():
    s = sup("GDTWEBER", "Gummi-Dichtungstechnik Weber GmbH", "verkauf@gdt-weber.example", "de-DE")
    p = po("4500234190", s, "pieter", "EUR", "2026-11-18", [
        L(1, "GDW-OR-504", "O-ring 50x4 mm, FKM 80", 1000, "PCS", "0.58", "2026-12-18"),
        L(2, "GDW-ST-820", "Sealing strip 8x20 mm, EPDM, self-adhesive", 200, "M", "1.95", "2026-12-18"),
    ])
    rows = [["Artikelnummer", "Bezeichnung", "ME", "Preis 2026 EUR", "Preis ab 01.01.2027 EUR", "VPE"],
            ["GDW-OR-504", "O-Ring 50x4 mm FKM 80", "Stk", Decimal("0.58"), Decimal("0.61"), 100],
            ["GDW-OR-253", "O-Ring 25x3 mm NBR 70", "Stk", Decimal("0.21"), Decimal("0.22"), 250],
            ["GDW-ST-820", "Dichtband 8x20 mm EPDM selbstklebend", "m", Decimal("1.95"), Decimal("2.04"), 25],
            ["GDW-ST-1030", "Dichtband 10x30 mm EPDM", "m", Decimal("2.60"), Decimal("2.72"), 25],
            ["GDW-FL-100", "Flachdichtung DN100 PN16 EPDM 3 mm", "Stk", Decimal("4.90"), Decimal("5.12"), 10],
            ["GDW-PR-1220", "Türdichtprofil 12x20 mm Silikon", "m", Decimal("2.45"), Decimal("2.56"), 50]]
    x = make_xlsx(rows, sheet="Preisliste 2027", widths=[14, 38, 6, 14, 22, 6], creator="Weber Vertrieb",
                  created="2026-11-25T15:00:00Z", company="Gummi-Dichtungstechnik Weber GmbH")
    blocks = [
        "Sehr geehrte Kundin, sehr geehrter Kunde,",
        "aufgrund gestiegener Rohstoff- und Energiekosten passen wir unsere Preise zum 01.01.2027 um\n"
        "durchschnittlich 4,5 % an. Anbei erhalten Sie unsere neue Preisliste.",
        "Für Aufträge mit Liefertermin bis 31.12.2026 gelten weiterhin die bisherigen Preise.",
        "Mit freundlichen Grüßen",
        ("sig", S("Ihr Vertriebsteam", "Gummi-Dichtungstechnik Weber GmbH", "Am Gummiwerk 3, 34123 Kassel",
                  "Tel. +49 561 555 40-0", "Geschäftsführer: Klaus Weber · Amtsgericht Kassel HRB 9921")),
    ]
    eml = reply(p, ("Weber Vertrieb", "verkauf@gdt-weber.example"), "Preisanpassung zum 01.01.2027 - neue Preisliste",
                "2026-11-26 08:30:00 +0100", blocks, client="outlook", charset="iso-8859-1", thread=False,
                lang="de-DE", to="undisclosed-recipients:;",
                attachments=[xlsx_att(x, "Preisliste_2027_GDT_Weber.xlsx")])
    return [p], eml, expected("unrelated", notes=(
        "General price-list announcement to undisclosed recipients; the spreadsheet shows GDW-OR-504 at 0.61 from "
        "2027, but nothing answers PO 4500234190 (and current prices stay valid for 2026 deliveries)."))


# --------------------------------------------------------------------------- 061
@case(61, "asphalt-additive-exchange-ndr-en", "bounce/en-IN",
      "English Exchange Online NDR ('Undeliverable:', 550 5.4.1 access denied) with the original request as message/rfc822.")
def c061():
    s = sup("DECCAN", "Deccan Bitumen Additives Pvt. Ltd.", "purchase.orders@deccanbitumen.example", "en-IN")
    p = po("4500234245", s, "ines", "USD", "2026-11-26", [
        L(1, "DBA-ANTI-S", "Anti-stripping agent, amine, 200 kg drum", 1600, "KG", "2.75", "2027-01-08"),
        L(2, "DBA-SBS-791", "SBS polymer modifier 791, 25 kg bags, 1000 kg/pallet", 2, "PAL", "3400.00", "2027-01-08"),
    ])
    orig = request_eml(p)
    rcpt = s["email"]
    t = req_dt(p).split()[1]
    srv = "DB9PR04MB8412.eurprd04.prod.outlook.com"
    txt = S(f"Your message to {rcpt} couldn't be delivered.", "",
            "deccanbitumen.example suspects your message is spam and rejected it.", "",
            "How to Fix It",
            "Try to modify your message, or change how you're sending the message, using the guidance in this article:",
            "Bulk E-mailing Best Practices for Senders Using Forefront Online Protection for Exchange. Then resend your message.",
            "", "Diagnostic information for administrators:", "", f"Generating server: {srv}", "",
            rcpt, "Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'", "",
            "Original message headers:", "",
            f"Message-ID: {p['request_message_id']}", f"Subject: {request_subject(p)}", f"Date: {rfcdate(req_dt(p))}", "")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            f"<p style=\"font-family:Segoe UI;font-size:17pt;color:#000\">Your message to {rcpt} couldn't be delivered.</p>"
            "<p>deccanbitumen.example suspects your message is spam and rejected it.</p>"
            "<p><b>How to Fix It</b><br>Try to modify your message, or change how you're sending the message. Then resend "
            "your message.</p><p style=\"color:#666;font-size:9pt\">Diagnostic information for administrators:<br>"
            f"Generating server: {srv}<br>{rcpt}<br>Remote server returned '550 5.4.1 Recipient address rejected: Access "
            "denied. AS(201806281)'</p></body></html>\n")
    alt = mime.multipart("alternative", [mime.text(txt, "plain", "us-ascii", "quoted-printable"),
                                         mime.text(html, "html", "us-ascii", "quoted-printable")],
                         "_000_" + hx("alt", 24, True) + "_")
    dsn = dsn_part(srv, rfcdate(f"{p['issued']} {t} +0000"),
                   [(rcpt, "failed", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
                     "mx.deccanbitumen.example")])
    root = report([alt, dsn, mime.rfc822(orig)], "_002_" + hx("rep", 24, True) + "_")
    hs = [("From", "Microsoft Outlook <postmaster@kestrel-holdings.example>"),
          ("To", mime.addr(*BUYERS["ines"])),
          ("Date", rfcdate(f"{p['issued']} {t} +0000")),
          ("Subject", "Undeliverable: " + request_subject(p)),
          ("Content-Language", "en-US"),
          ("Message-ID", f"<{hx('m1', 8)}-{hx('m2', 4)}-{hx('m3', 4)}-{hx('m4', 4)}-{hx('m5', 12)}@{srv}>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return [p], mime.message(hs, root), expected("bounce", notes=(
        "Exchange Online NDR (5.4.1) for the request to an Indian supplier; the embedded original still shows the PO "
        "table with 2027-01-08 and prices."))


# --------------------------------------------------------------------------- 062
@case(62, "welding-gear-slovak-week-1", "confirmation/sk-SK",
      "Slovak per-position reply; position 3 'v 1. týždni 2027' (= Friday 2027-01-08), others '16. 12. 2026'.")
def c062():
    s = sup("ZVARTECH", "Zváracia Technika Martin s.r.o.", "predaj@zvaracia-technika.example", "sk-SK")
    p = po("4500234300", s, "sofia", "EUR", "2026-11-23", [
        L(1, "ZTM-ADF-913", "Welding helmet ADF, shade 4/9-13, 2027 edition", 20, "EA", "96.00", "2026-12-16"),
        L(2, "ZTM-RUK-10", "TIG welding gloves, goatskin, size 10", 100, "PAIR", "7.80", "2026-12-16"),
        L(3, "ZTM-ZAS-1418", "Welding curtain 1.4x1.8 m, orange", 10, "EA", "48.00", "2026-12-16"),
    ])
    name, em = BUYERS["sofia"]
    blocks = [
        "Dobrý deň, pani Brandt,",
        "potvrdzujeme Vašu objednávku č. 4500234300:",
        ("raw", S("Pol. 1: 20 ks, 96,00 €/ks, dodanie 16. 12. 2026",
                  "Pol. 2: 100 párov, 7,80 €/pár, dodanie 16. 12. 2026",
                  "Pol. 3: 10 ks, 48,00 €/ks, dodanie v 1. týždni 2027 (záclony šije náš subdodávateľ)")),
        "S pozdravom",
        ("sig", S("Peter Kováč", "obchodné oddelenie", "Zváracia Technika Martin s.r.o.",
                  "Priemyselná 8, 036 01 Martin", "tel.: +421 43 555 21 70")),
        quote_gt(p, f"Dňa {dmy(p['issued'])} o 10:{_min('t')} {name} napísal(a):"),
    ]
    eml = reply(p, ("Peter Kováč", "predaj@zvaracia-technika.example"), "Re: " + request_subject(p),
                "2026-11-27 13:22:48 +0100", blocks, client="thunderbird", charset="windows-1250", lang="sk-SK")
    w1 = fri(2027, 1)
    assert str(w1) == "2027-01-08"
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, date=w1)})],
                   "'v 1. týždni 2027' names no day: Friday of ISO week 1/2027 = 2027-01-08. Positions 1-2 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 063
@case(63, "library-shelving-conditional-price", "needs_review/en-US",
      "US supplier will ship on 12/18/2026 only 'provided you accept' a higher price and asks for approval before acknowledging.")
def c063():
    s = sup("GREATLAKES", "Great Lakes Library Furnishings LLC", "sales@greatlakeslibrary.example", "en-US")
    p = po("4500234355", s, "dana", "USD", "2026-11-20", [
        L(1, "GLL-SH-84", "Steel cantilever shelving 84 in. high, 36 in. wide, 7 shelves", 30, "EA", "410.00", "2026-12-22"),
        L(2, "GLL-CIRC-60", "Circulation desk 60 in., laminate, ADA height", 2, "EA", "2850.00", "2026-12-22"),
        L(3, "GLL-END-12", "End panel 12 in. deep, maple", 30, "EA", "95.00", "2026-12-22"),
    ])
    blocks = [
        "Hi Dana,",
        "We can ship all three lines on 12/18/2026, provided you accept a revised price of $435.00/ea on line 1\n"
        "(steel surcharge effective 12/1). Lines 2 and 3 would stay at your PO pricing.",
        "Please approve the revised pricing and we'll issue our formal acknowledgment.",
        "Thanks,",
        ("sig", S("Brian Kowalski", "Inside Sales | Great Lakes Library Furnishings LLC",
                  "4100 W. Michigan Ave, Kalamazoo, MI 49006", "(269) 555-0177")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Brian Kowalski", "sales@greatlakeslibrary.example"), "RE: " + request_subject(p),
                "2026-11-25 14:51:03 -0500", blocks, client="outlook", charset="us-ascii", lang="en-US")
    return [p], eml, expected("needs_review", notes=(
        "Everything is conditional on our approval of $435.00 for line 1, and the formal acknowledgment is still to "
        "come - no commitment yet despite concrete dates and prices."))


# --------------------------------------------------------------------------- 064
@case(64, "hospital-curtains-spec-questions", "needs_review/it-IT",
      "Italian supplier asks two specification questions (colour code, track in one piece or two) before confirming.")
def c064():
    s = sup("TSV", "Tende Sanitarie Veneto S.r.l.", "ordini@tendesanitarie-veneto.example", "it-IT")
    p = po("4500234410", s, "pieter", "EUR", "2026-11-23", [
        L(1, "TSV-TND-180", "Hospital curtain 180x220 cm, flame retardant class 1, light blue", 40, "EA", "52.00", "2026-12-21"),
        L(2, "TSV-BIN-6", "Ceiling track 6 m, aluminium, 2 bends 90 deg", 8, "EA", "118.00", "2026-12-21"),
    ])
    blocks = [
        "Buongiorno Sig. de Wit,",
        "grazie per l'ordine 4500234410. Prima di confermarlo avremmo bisogno di due chiarimenti:",
        ("raw", S("1) per le tende 180x220 l'azzurro richiesto è il nostro colore \"Cielo 14\" oppure il Pantone 14-4122",
                  "   indicato nel vostro capitolato?",
                  "2) i binari da 6 m vanno forniti in un pezzo unico o in due spezzoni da 3 m (per il trasporto)?")),
        "Appena ricevuta la vostra risposta vi invieremo la conferma d'ordine con le date di consegna.",
        "Cordiali saluti,",
        ("sig", S("Francesca Zanon", "Ufficio Commerciale", "Tende Sanitarie Veneto S.r.l.",
                  "Via dell'Artigianato 21, 31050 Ponzano Veneto (TV)", "Tel. +39 0422 555 604")),
        quote_outlook(p, "it"),
    ]
    eml = reply(p, ("Francesca Zanon", "ordini@tendesanitarie-veneto.example"), "R: " + request_subject(p),
                "2026-11-25 10:09:31 +0100", blocks, client="outlook", charset="iso-8859-1", lang="it-IT")
    return [p], eml, expected("needs_review", notes=(
        "Only questions (colour code, one- or two-piece tracks); the confirmation with delivery dates will follow after "
        "our answer. 180x220, 14-4122 and 6 m / 3 m are specifications."))


# --------------------------------------------------------------------------- 065
@case(65, "coffee-filters-ddt-other-order", "unrelated/it-CH",
      "ERP shipping notice with a delivery-note PDF (DDT) for an older order 4500229007 from the same supplier.")
def c065():
    s = sup("FILTRITI", "Caffè Filtri Ticino SA", "ordini@filtriticino.example", "it-CH")
    p = po("4500234465", s, "ines", "CHF", "2026-11-20", [
        L(1, "CFT-102-80", "Coffee filter size 102, 80/pack, white", 400, "BOX", "3.20", "2026-12-18"),
        L(2, "CFT-4-100", "Coffee filter size 4, 100/pack, brown", 250, "BOX", "3.85", "2026-12-18"),
    ])
    pdf = simple_doc([
        ("Caffè Filtri Ticino SA", 14, True), "Via Cantonale 45, 6814 Lamone - CHE-112.334.556 IVA",
        ("gap", 10), ("DOCUMENTO DI TRASPORTO / BOLLA DI CONSEGNA  N. 2026/4418", 12, True),
        "Data: 23.11.2026       Vostro ordine: 4500229007 del 28.10.2026",
        "Destinatario: Kestrel Holdings B.V., Havenweg 12, 3089 KB Rotterdam (NL)",
        ("gap", 8), ("Articolo       Descrizione                          Quantità    Colli", 9, True), ("rule",),
        "CFT-102-80     Filtro caffè 102, 80 pz, bianco          300 CRT      15",
        "CFT-1X4-40     Filtro caffè 1x4, 40 pz                  150 CRT       6", ("rule",),
        "Peso lordo: 412,5 kg     Vettore: Planzer Transport     Spedito il: 23.11.2026",
        "Consegna prevista: 26.11.2026",
    ], title="DDT 2026/4418", author="Caffè Filtri Ticino SA", creator="Abacus ERP", producer="Abacus ERP PDF",
        date="D:20261123071500+01'00'", compress=True)
    body = S("Gentile cliente,", "",
             "la merce del vostro ordine 4500229007 è stata spedita in data 23.11.2026.",
             "In allegato trovate il documento di trasporto n. 2026/4418.", "",
             "Consegna prevista: 26.11.2026.", "",
             "Questo messaggio è stato generato automaticamente dal nostro sistema gestionale.", "",
             "Caffè Filtri Ticino SA - Via Cantonale 45 - 6814 Lamone", "")
    eml = reply(p, ("Caffè Filtri Ticino - Spedizioni", "spedizioni@filtriticino.example"),
                "Avviso di spedizione DDT 2026/4418 - vostro ordine 4500229007", "2026-11-23 07:16:05 +0100",
                text_body=body, mode="text", client="erp", charset="iso-8859-1", thread=False, lang="it-CH",
                attachments=[pdf_att(pdf, "DDT_2026_4418.pdf")], extra_headers=[("X-Mailer", "Abacus Mailservice 2026")])
    return [p], eml, expected("unrelated", notes=(
        "Shipping notice and delivery note for order 4500229007, not the open PO 4500234465, although item CFT-102-80 "
        "appears in both."))


# --------------------------------------------------------------------------- 066
@case(66, "asphalt-fibre-sendmail-dsn", "bounce/es-AR",
      "Sendmail 'Returned mail: see transcript for details' from the supplier's own server (mailbox disabled) with the request attached.")
def c066():
    s = sup("AALITORAL", "Aditivos Asfálticos del Litoral S.A.", "compras-ventas@aalitoral.example", "es-AR")
    p = po("4500234520", s, "ines", "USD", "2026-11-27", [
        L(1, "AAL-FIB-15", "Cellulose fibre, loose, 15 kg bags", 3, "T", "1550.00", "2027-01-15"),
        L(2, "AAL-ADH-2", "Adhesion promoter 0.2-0.5%, 180 kg drum", 720, "KG", "4.10", "2027-01-15"),
    ])
    orig = request_eml(p)
    rcpt = s["email"]
    t = req_dt(p).split()[1]
    hh, mm, ss = t.split(":")
    t2 = f"{int(hh) - 4:02d}:{mm}:{ss}"
    qid = "5ARDq0Fx019374"
    txt = S(f"The original message was received at {rfcdate(p['issued'] + ' ' + t2 + ' -0300')}",
            "from mail.kestrel-holdings.example [203.0.113.10]", "",
            "   ----- The following addresses had permanent fatal errors -----", f"<{rcpt}>",
            "    (reason: 550 5.2.1 Mailbox disabled for this recipient)", "",
            "   ----- Transcript of session follows -----",
            f"... while talking to buzon.aalitoral.example.:", ">>> DATA",
            f"<<< 550 5.2.1 <{rcpt}>... Mailbox disabled for this recipient",
            f"550 5.1.1 <{rcpt}>... User unknown", "<<< 503 5.0.0 Need RCPT (recipient)", "")
    dsn = dsn_part("mx.aalitoral.example", rfcdate(f"{p['issued']} {t2} -0300"),
                   [(rcpt, "failed", "5.2.1", "550 5.2.1 Mailbox disabled for this recipient", "buzon.aalitoral.example")])
    root = report([mime.text(txt, "plain", "us-ascii", "7bit"), dsn, mime.rfc822(orig)],
                  f"{qid}.1796410{int(hx('b', 3), 16):03d}/mx.aalitoral.example")
    hs = [("Date", rfcdate(after_req(p, 0, "-0300", 6))),
          ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.aalitoral.example>"),
          ("Message-Id", f"<20261127{t2.replace(':', '')}.{qid}@mx.aalitoral.example>"),
          ("To", BUYERS["ines"][1]),
          ("Subject", "Returned mail: see transcript for details"),
          ("Auto-Submitted", "auto-generated (failure)")]
    return [p], mime.message(hs, root), expected("bounce", notes=(
        "Sendmail DSN from the supplier's domain (5.2.1 mailbox disabled); the returned request contains the PO lines, "
        "prices and 2027-01-15."))


# --------------------------------------------------------------------------- 067
@case(67, "racking-finnish-ooo", "auto_reply/fi-FI",
      "Finnish/English out-of-office with holiday dates and a deputy's contact, threaded on the request.")
def c067():
    s = sup("HYLLYTEK", "Hyllytekniikka Oy", "mika.virtanen@hyllytekniikka.example", "fi-FI")
    p = po("4500234575", s, "marek", "EUR", "2026-11-23", [
        L(1, "HT-PALK-2700", "Pallet beam 2700 mm, 2500 kg/pair", 40, "PAIR", "68.00", "2026-12-18"),
        L(2, "HT-KEH-6000", "Upright frame 6000x1100 mm", 10, "EA", "295.00", "2026-12-18"),
    ])
    body = S("Hei,", "",
             "olen lomalla 23.11.-4.12.2026 enkä lue sähköpostia. Kiireellisissä tilaus- ja toimitusasioissa ota",
             "yhteyttä Anna Korhoseen, anna.korhonen@hyllytekniikka.example, puh. +358 9 555 2318.", "",
             "I am on holiday 23.11.-4.12.2026 and not reading e-mail. For urgent order matters please contact",
             "Anna Korhonen, anna.korhonen@hyllytekniikka.example, tel. +358 9 555 2318.", "",
             "Ystävällisin terveisin / Best regards",
             "Mika Virtanen", "Hyllytekniikka Oy", "")
    html = render_html([("raw", body)], "outlook", "iso-8859-1", "fi-FI")
    eml = reply(p, ("Mika Virtanen", "mika.virtanen@hyllytekniikka.example"),
                "Automaattinen vastaus: " + request_subject(p), after_req(p, 0, "+0200", 52),
                text_body=body, html_body=html, client="outlook", charset="iso-8859-1", lang="fi-FI",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply", notes=(
        "Bilingual out-of-office ('Automaattinen vastaus'); 4.12.2026 is the return date, not a delivery commitment."))


# --------------------------------------------------------------------------- 068
@case(68, "telecom-enclosures-forwarded-plant-schedule", "confirmation/en-US",
      "A colleague forwards the plant's internal ship schedule (month-first '12/18') with a one-line summary on top.")
def c068():
    s = sup("APEX", "Apex Telecom Enclosures Inc.", "orders@apexenclosures.example", "en-US")
    p = po("4500234630", s, "dana", "USD", "2026-11-25", [
        L(1, "APX-42U-FS", "Floor-standing cabinet 42U 800x1000 mm, 19 in.", 6, "EA", "1890.00", "2026-12-11"),
        L(2, "APX-24U-WM", "Wall-mount cabinet 24U 600x450 mm, glass door", 10, "EA", "640.00", "2026-12-11"),
        L(3, "APX-CM-2U", "Horizontal cable manager 2U, 12 rings", 30, "EA", "34.00", "2026-12-11"),
    ])
    name, em = BUYERS["dana"]
    fwd_req = ("quote", "outlook", [
        "-----Original Message-----", "From: Rick Alvarez <rick.alvarez@apexenclosures.example>",
        "Sent: Monday, November 30, 2026 9:05 AM", "To: Plant Scheduling <scheduling@apexenclosures.example>",
        "Subject: PO 4500234630 - schedule"], [
        "Brenda - can you give me ship dates for this one? Customer needs everything by 12/11.",
        "Rick",
        ("quote", "outlook", ["-----Original Message-----", f"From: {name} <{em}>",
                              "Sent: Wednesday, November 25, 2026 " + req_time(p),
                              f"To: {s['email']}", f"Subject: {request_subject(p)}"], request_blocks(p))])
    plant = [
        "Rick,",
        ("raw", S("PO 4500234630:", "Line 1 (42U floor cabinets) - ship 12/11",
                  "Line 2 (24U wall mounts) - ship 12/18, waiting on the tempered glass doors",
                  "Line 3 (cable managers) - ship 12/11")),
        "Brenda",
        ("sig", S("Brenda Walsh | Plant Scheduling", "Apex Telecom Enclosures Inc. - Fort Wayne Plant", "(260) 555-0134")),
        fwd_req,
    ]
    blocks = [
        "Hi Dana,",
        "See below from our plant - we're good on all lines except the 24U wall mounts, which slip a week.\n"
        "Prices as per your PO.",
        "Rick",
        ("sig", S("Rick Alvarez", "Account Manager, Apex Telecom Enclosures Inc.", "1800 Commerce Dr, Fort Wayne, IN 46825",
                  "(260) 555-0120 | cell (260) 555-0199")),
        ("quote", "outlook", ["---------- Forwarded message ---------",
                              "From: Plant Scheduling <scheduling@apexenclosures.example>",
                              "Date: Mon, Nov 30, 2026 at 4:12 PM", "Subject: RE: PO 4500234630 - schedule",
                              "To: Rick Alvarez <rick.alvarez@apexenclosures.example>"], plant),
    ]
    eml = reply(p, ("Rick Alvarez", "rick.alvarez@apexenclosures.example"), "Fwd: RE: PO 4500234630 - schedule",
                "2026-11-30 17:02:26 -0500", blocks, client="gmail", charset="UTF-8", thread=False, lang="en-US")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-18"), 3: acc(p, 3)})],
                   "Forwarded internal chain from a colleague (not the orders@ address, not threaded); only ship dates, "
                   "month-first without year: 12/11 = 2026-12-11 (as requested), line 2 12/18 = 2026-12-18. "
                   "'Customer needs everything by 12/11' is Rick quoting us.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 069
@case(69, "pet-supply-black-friday-promo", "unrelated/en-CA",
      "Canadian Black Friday promotion from the supplier with percentages, model years and a deadline, sent to the buyer.")
def c069():
    s = sup("MAPLEPET", "Maple Pet Supply Co.", "orders@maplepetsupply.example", "en-CA")
    p = po("4500234685", s, "pieter", "CAD", "2026-11-24", [
        L(1, "MPS-CLP-5N1", "Cordless clipper with 5-in-1 blade, 2027 model", 12, "EA", "129.00", "2026-12-14"),
        L(2, "MPS-BRU-SL", "Slicker brush large, 1/4 in. pins", 60, "EA", "11.50", "2026-12-14"),
    ])
    text = S("BLACK FRIDAY IS HERE, PIETER!", "",
             "25% off all cordless clippers - including the new 2027 5-in-1 model",
             "15% off brushes, combs and dematting tools",
             "Free shipping on orders over $500 (Canada and EU)", "",
             "Offer valid until Monday, December 7, 2026 at 11:59 p.m. ET. Use code BF2026 at checkout.", "",
             "Shop now: https://www.maplepetsupply.example/black-friday", "",
             "Maple Pet Supply Co. | 85 Industrial Pkwy N, Aurora, ON L4G 4C4",
             "You are receiving this email because you are a registered trade customer.",
             "Unsubscribe: https://www.maplepetsupply.example/u/3c9a1e", "")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Black Friday</title></head><body style=\"margin:0\">"
            "<div style=\"max-width:600px;margin:auto;font-family:Arial\"><h1 style=\"background:#b3001b;color:#fff;"
            "padding:20px\">BLACK FRIDAY IS HERE, PIETER!</h1><ul style=\"font-size:16px\"><li><b>25% off</b> all cordless "
            "clippers - including the new 2027 5-in-1 model</li><li><b>15% off</b> brushes, combs and dematting tools</li>"
            "<li>Free shipping on orders over $500 (Canada and EU)</li></ul><p>Offer valid until Monday, December 7, 2026 "
            "at 11:59 p.m. ET. Use code <b>BF2026</b> at checkout.</p><p><a href=\"https://www.maplepetsupply.example/"
            "black-friday\">Shop now</a></p><p style=\"font-size:11px;color:#888\">Maple Pet Supply Co. | 85 Industrial "
            "Pkwy N, Aurora, ON L4G 4C4<br>You are receiving this email because you are a registered trade customer. "
            "<a href=\"https://www.maplepetsupply.example/u/3c9a1e\">Unsubscribe</a></p></div></body></html>\n")
    eml = reply(p, ("Maple Pet Supply", "news@maplepetsupply.example"), "🐾 Black Friday: 25% off clippers until Dec 7",
                "2026-11-27 06:00:00 -0500", text_body=text, html_body=html, client="erp", charset="utf-8",
                thread=False, to="pieter.dewit@kestrel-holdings.example",
                extra_headers=[("List-Unsubscribe", "<https://www.maplepetsupply.example/u/3c9a1e>"),
                               ("Precedence", "bulk"), ("X-Campaign-ID", "bf2026-trade-ca")])
    return [p], eml, expected("unrelated", notes=(
        "Marketing mail from the supplier's domain; '2027 5-in-1 model', 25% and December 7 concern a promotion, not PO "
        "4500234685."))


# --------------------------------------------------------------------------- 070
@case(70, "hospital-curtains-three-deliveries", "confirmation/it-IT",
      "Italian confirmation splitting 300 curtains into three deliveries of 100 and moving the hooks forward with the first lot.")
def c070():
    s = sup("CSL", "Confezioni Sanitarie Lombarde S.p.A.", "ordini@csl-sanitarie.example", "it-IT")
    p = po("4500234740", s, "pieter", "EUR", "2026-11-24", [
        L(1, "CSL-TND-140", "Cubicle curtain 140x200 cm, flame retardant, 50 cm mesh", 300, "EA", "44.50", "2026-12-18"),
        L(2, "CSL-GAN-50", "Curtain hooks, nylon, 50/bag", 60, "BOX", "6.80", "2026-12-18"),
    ])
    blocks = [
        "Gentile Sig. de Wit,",
        "confermiamo l'ordine n. 4500234740 come segue:",
        ("raw", S("pos. 1: 300 tende 140x200 a € 44,50 cad., in tre consegne: 100 pz l'11/12/2026, 100 pz il 18/12/2026",
                  "        e 100 pz il 15/01/2027;",
                  "pos. 2: 60 conf. a € 6,80, consegna 11/12/2026 insieme alla prima tranche.")),
        "Cordiali saluti,",
        ("sig", S("Giulia Bertoni", "Customer Service", "Confezioni Sanitarie Lombarde S.p.A.",
                  "Via Bergamo 200, 24035 Curno (BG)", "Tel. +39 035 555 7720",
                  "Le informazioni contenute in questa e-mail sono riservate. Se l'avete ricevuta per errore, "
                  "cancellatela.")),
        quote_outlook(p, "it"),
    ]
    eml = reply(p, ("Giulia Bertoni", "ordini@csl-sanitarie.example"), "R: " + request_subject(p),
                "2026-11-27 15:03:18 +0100", blocks, client="outlook", charset="iso-8859-15", lang="it-IT")
    exp = expected("confirmation", [conf(p, {
        1: chg(p, 1, schedule=[(100, "2026-12-11"), (100, "2026-12-18"), (100, "2027-01-15")]),
        2: chg(p, 2, date="2026-12-11")})],
        "Three deliveries of 100 (last 2027-01-15); line 2 ships with the first lot on 11/12/2026, earlier than the "
        "requested 18/12. '140x200' and '50 cm' are sizes.")
    return [p], eml, exp
