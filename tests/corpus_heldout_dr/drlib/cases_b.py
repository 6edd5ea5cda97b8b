# -*- coding: utf-8 -*-
"""Cases 019-036."""
from .common import (case, sup, po, labels, expected, build, addr, rfcdate, req_text, req_html, req_subject,
                     outlook_quote, gt, DE_OUTLOOK, html_wrap, text_to_html, esc, attachment, make_pdf, make_xlsx,
                     message, multipart, text, dsn_part, original_request_part, req_rfcdate, bnd, raw_part)


@case("nailgun-swedish-weeks-split", "confirmation", "sv-SE",
      "Swedish split delivery by week numbers: 20 st vecka 50, rest vecka 2 (next year); price with decimal comma and 'kr'.")
def c019():
    s = sup("VERKTYGS", "Verktygshuset i Jönköping AB", "order@verktygshuset.example", "sv-SE")
    p = po("4500031744", s, "tomas", "SEK", "2026-11-11", [
        ("NG-CN-90", "Coil nailer 45-90 mm, pneumatic", 50, "EA", "3290.00", "2026-12-11"),
        ("NG-BR-18G", "Brad nailer 18 Ga, 15-50 mm", 10, "EA", "1450.00", "2026-12-11")])
    body = """Hej Tomas!

Tack för beställningen. Vi bekräftar enligt följande:

Rad 1, spikpistol coil 45-90: 20 st levereras vecka 50, resterande 30 st vecka 2. Pris 3 290,00 kr/st enligt order.
Rad 2, dyckertpistol 18 Ga: 10 st à 1 450,00 kr, leverans vecka 50.

Med vänliga hälsningar
Johan Ek
Innesälj
Verktygshuset i Jönköping AB
Tel 036-12 34 56 | Org.nr 556123-4567

Från: Tomas Lindqvist <tomas.lindqvist@kestrelworks.example>
Skickat: den 11 november 2026 09:42
Till: order@verktygshuset.example
Ämne: Purchase order 4500031744 - please confirm

""" + req_text(p)
    eml = build(p, addr("Johan Ek", "johan.ek@verktygshuset.example"), rfcdate(2026, 11, 12, 8, 51, 0, "+0100"),
                "<HE1P190MB0345C9B1@HE1P190MB0345.EURP190.PROD.OUTLOOK.example>", body, charset="iso-8859-1",
                cte="quoted-printable", prefix="SV: ")
    return [p], eml, expected("confirmation", "Line 1: 20 in week 50 (Fri 2026-12-11) + 30 in week 2 (next = 2027, Fri 2027-01-15); total 50, last 2027-01-15. Line 2: week 50 = 2026-12-11 = requested, price as PO -> accepted.",
                              [labels(p, {1: {"s": [(20, "2026-12-11"), (30, "2027-01-15")]}, 2: "A"})])


@case("insulation-norwegian-revert-thursday", "needs_review", "nb-NO",
      "Norwegian reply that only promises an answer on Thursday after checking with the factory; mentions the PO's figures without committing.")
def c020():
    s = sup("ISOBYGG", "Isobygg Nord AS", "ordre@isobygg.example", "nb-NO")
    p = po("4500031760", s, "tomas", "NOK", "2026-11-11", [
        ("IB-XPS-50", "Insulation board XPS 50 mm, 1250 x 600 mm", 240, "EA", "112.00", "2027-01-12"),
        ("IB-PIR-100", "Insulation board PIR 100 mm, alu faced, 2400 x 1200", 60, "EA", "489.00", "2027-01-12")])
    body = """Hei Tomas,

Takk for bestillingen. XPS-platene og PIR-platene må vi sjekke med fabrikken i Sverige, de har hatt produksjonsstans i november.
Jeg kommer tilbake til deg med bekreftelse på antall, pris og leveringsdato på torsdag.

Mvh
Kari Nordmann
Kundeservice | Isobygg Nord AS
Tlf. 77 60 12 34 | Org.nr. 987 654 321 MVA
"""
    eml = build(p, addr("Kari Nordmann", "kari@isobygg.example"), rfcdate(2026, 11, 16, 13, 20, 0, "+0100"),
                "<CAKd9eN2a0Xk7p3vQ@mail.gmail.example>",
                body + "\nons. 11. nov. 2026 kl. 09:42 skrev Tomas Lindqvist <tomas.lindqvist@kestrelworks.example>:\n\n" + gt(req_text(p)),
                prefix="Re: ", flowed=True)
    return [p], eml, expected("needs_review", "No commitment: the supplier will come back on Thursday with quantity, price and date.")


@case("jumpstarter-danish-erp-pdf", "confirmation", "da-DK",
      "Automatic ERP mail (no-reply, new thread, own order number in subject) whose only content is a hand-built PDF order confirmation: one date later, one price higher (1.495,00 / 89,00 DKK).")
def c021():
    s = sup("NORDSTART", "Nordstart ApS", "salg@nordstart.example", "da-DK")
    p = po("4500031790", s, "tomas", "DKK", "2026-11-11", [
        ("JS-12V-1200", "Jump starter 12 V, 1200 A, lithium", 20, "EA", "689.00", "2026-12-11"),
        ("JS-24V-2000", "Jump starter 12/24 V, 2000 A, professional", 6, "EA", "1495.00", "2026-12-18"),
        ("JS-CLAMP-HD", "Replacement clamp set, heavy duty, 600 A", 20, "EA", "85.00", "2026-12-11")])
    pdf = make_pdf([
        "Nordstart ApS  -  Industrivej 8  -  DK-7100 Vejle  -  CVR 12345678",
        "",
        "ORDREBEKRÆFTELSE  nr. 118234",
        "",
        "Kunde: Kestrel Works, Goods-in Gate 3, Harbour Road 12",
        "Jeres ordre: 4500031790        Jeres ref.: Tomas Lindqvist",
        "Ordredato: 11-11-2026          Udskrevet: 12-11-2026",
        "",
        "Pos  Varenr.       Beskrivelse                  Antal  Enhed   Stk.pris  Lev.dato",
        "---  ------------  ---------------------------  -----  -----  ---------  ----------",
        "  1  JS-12V-1200   Starthjælp 12V 1200A lithium    20  STK       689,00  11-12-2026",
        "  2  JS-24V-2000   Starthjælp 12/24V 2000A pro      6  STK     1.495,00  08-01-2027",
        "  3  JS-CLAMP-HD   Polklemmesæt HD 600A            20  STK        89,00  11-12-2026",
        "",
        "Alle priser i DKK ekskl. moms. Levering frit leveret.",
        "Betaling: netto 30 dage.",
        "",
        "Med venlig hilsen / Nordstart ApS - salg@nordstart.example - +45 75 12 34 56",
    ], "Ordrebekraeftelse 118234")
    body = """Kære kunde

Vedhæftet finder du ordrebekræftelse nr. 118234 på din ordre 4500031790.

Denne e-mail er sendt automatisk og kan ikke besvares. Kontakt salg@nordstart.example ved spørgsmål.

Med venlig hilsen
Nordstart ApS
"""
    eml = build(p, addr("Nordstart ApS", "noreply@nordstart.example"), rfcdate(2026, 11, 12, 6, 0, 14, "+0100"),
                "<erp.118234.20261112060014@nordstart.example>", body, charset="iso-8859-1",
                cte="quoted-printable", subject="Ordrebekræftelse 118234 / Jeres ordre 4500031790",
                threaded=False, hdr_charset="iso-8859-1",
                atts=[attachment(pdf, "application/pdf", "Ordrebekraeftelse_118234.pdf")],
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Navision Mailer 14.0")])
    return [p], eml, expected("confirmation", "ERP order confirmation PDF (automatic mail, but it commits - FORMAT says confirmation). Pos 1 as ordered; pos 2 delivery 08-01-2027 instead of 2026-12-18; pos 3 price 89,00 instead of 85.00.",
                              [labels(p, {1: "A", 2: {"d": "2027-01-08"}, 3: {"p": "89.00"}})])


@case("floortape-finnish-surcharge-week", "confirmation", "fi-FI",
      "Finnish: a '+4 % raaka-ainelisä' surcharge on both lines (percent of the PO price) and delivery 'viikolla 51' (Friday of week 51 = requested date).")
def c022():
    s = sup("MERKKAUS", "Merkkaustarvike Oy", "myynti@merkkaustarvike.example", "fi-FI")
    p = po("4500031811", s, "tomas", "EUR", "2026-11-12", [
        ("FT-50-YL", "Floor marking tape PVC 50 mm x 33 m, yellow", 60, "ROL", "8.20", "2026-12-18"),
        ("FT-ANTI-50", "Anti-slip tape 50 mm x 18 m, black", 20, "ROL", "14.50", "2026-12-18")])
    body = """Hei Tomas,

kiitos tilauksesta 4500031811. Vahvistamme molemmat rivit, toimitus viikolla 51.

Huomioittehan, että 1.11.2026 alkaen kaikkiin PVC-tuotteisiin lisätään +4 % raaka-ainelisä tilauksen hinnoista. Määrät tilauksen mukaiset.

Ystävällisin terveisin
Mikko Virtanen
Myyntisihteeri, Merkkaustarvike Oy
puh. 040 123 4567 | Y-tunnus 1234567-8
"""
    eml = build(p, addr("Mikko Virtanen", "mikko.virtanen@merkkaustarvike.example"), rfcdate(2026, 11, 13, 10, 1, 0, "+0200"),
                "<GV1P189MB1234D0E1@GV1P189MB1234.EURP189.PROD.OUTLOOK.example>",
                body + "\nLähettäjä: Tomas Lindqvist <tomas.lindqvist@kestrelworks.example>\nLähetetty: torstai 12. marraskuuta 2026 10.42\nVastaanottaja: myynti@merkkaustarvike.example\nAihe: Purchase order 4500031811 - please confirm\n\n" + req_text(p),
                prefix="VS: ")
    return [p], eml, expected("confirmation", "Both lines: quantity as ordered, week 51 Friday = 2026-12-18 (= requested), +4 % surcharge on the PO price: 8.20 -> 8.528, 14.50 -> 15.08.",
                              [labels(p, {1: {"p": "8.528"}, 2: {"p": "15.08"}})])


@case("machineoil-greek-date-no-year", "confirmation", "el-GR",
      "Greek in ISO-8859-7 QP: line 1 'παράδοση έως 18/12' (no year, = requested), line 2 later 'στις 8/1' (next year).")
def c023():
    s = sup("LIPANTIKA", "Lipantika Attikis A.E.", "sales@lipantika.example", "el-GR")
    p = po("4500031833", s, "ines", "EUR", "2026-11-12", [
        ("MO-CUT-20", "Cutting oil, water miscible, 20 L", 16, "EA", "74.00", "2026-12-18"),
        ("MO-GEAR-220", "Gear oil ISO VG 220, 20 L", 8, "EA", "96.50", "2026-12-18")])
    body = """Καλημέρα σας κα Albrecht,

Σας ευχαριστούμε για την παραγγελία 4500031833.

Γραμμή 1 (λάδι κοπής 20 L): 16 τεμ. x 74,00 €, παράδοση έως 18/12.
Γραμμή 2 (βαλβολίνη ISO VG 220): 8 τεμ. x 96,50 €, παράδοση στις 8/1 λόγω έλλειψης από τον κατασκευαστή.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Λιπαντικά Αττικής Α.Ε. | Τηλ. 210 345 6789 | ΑΦΜ 094123456
"""
    eml = build(p, addr("Νίκος Παπαδόπουλος", "n.papadopoulos@lipantika.example", "iso-8859-7"),
                rfcdate(2026, 11, 13, 12, 40, 0, "+0200"), "<5f1e2d3c4b5a69788796a5b4c3d2e1f0@lipantika.example>",
                body + "\n-----Original Message-----\nFrom: Ines Albrecht <ines.albrecht@kestrelworks.example>\nSent: Thursday, November 12, 2026 9:42 AM\n\n" + req_text(p),
                charset="iso-8859-7", cte="quoted-printable", hdr_charset="iso-8859-7")
    return [p], eml, expected("confirmation", "Line 1: 18/12 without year -> 2026-12-18 = requested, accepted. Line 2: 8/1 day-first without year -> next 8 Jan = 2027-01-08, changed date.",
                              [labels(p, {1: "A", 2: {"d": "2027-01-08"}})])


@case("dustmask-hebrew-discontinued", "confirmation", "he-IL",
      "Hebrew (windows-1255, right-to-left) reply: line 1 confirmed as ordered, line 2 discontinued and not coming back; prices in ₪ with the sign after the number.")
def c024():
    s = sup("MAGEN", "Magen Safety Ltd", "orders@magensafety.example", "he-IL")
    p = po("4500031850", s, "dana", "ILS", "2026-11-12", [
        ("DM-FFP3-V", "Dust mask FFP3 with valve, box of 10", 40, "BOX", "118.00", "2026-12-10"),
        ("DM-HALF-P3", "Half mask with P3 filters, reusable", 15, "EA", "164.00", "2026-12-10")])
    body = """שלום דנה,

תודה על ההזמנה 4500031850.

שורה 1 – מסכות FFP3 עם שסתום: 40 קרטונים, 118.00 ₪ לקרטון, אספקה 10/12/2026 – מאושר.
שורה 2 – חצי מסכה עם פילטרים P3: הפריט הופסק על ידי היצרן ולא יחזור למלאי, לצערנו לא נוכל לספק.

בברכה,
יוסי כהן
מחלקת מכירות, מגן ציוד בטיחות בע"מ
טל' 03-6123456 | נייד 052-1234567
"""
    eml = build(p, addr("Yossi Cohen", "yossi@magensafety.example"), rfcdate(2026, 11, 15, 10, 2, 0, "+0200"),
                "<VI1PR08MB5555E9A8@VI1PR08MB5555.eurprd08.prod.outlook.example>", body, charset="windows-1255",
                cte="base64", prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1 confirmed as ordered (10/12/2026 day-first). Line 2 discontinued by the manufacturer -> rejected.",
                              [labels(p, {1: "A", 2: "R"})])


@case("tarpaulin-egypt-arabic-digits", "confirmation", "ar-EG",
      "Arabic reply with Eastern Arabic digits and Arabic decimal separator (٤٨٫٥٠); delivery given as weekday + day + month ('الأحد ١٣ ديسمبر').")
def c025():
    s = sup("NILETARP", "Nile Tarpaulin Co.", "sales@niletarp.example", "ar-EG")
    p = po("4500031872", s, "priya", "EGP", "2026-11-12", [
        ("TP-PVC-5X8", "PVC tarpaulin 650 g/m2, 5 x 8 m", 30, "PC", "2150.00", "2026-12-20"),
        ("TP-ROPE-10", "Tarpaulin tie-down rope 10 m", 200, "PC", "45.00", "2026-12-20")])
    body = """السيدة/ بريا ناير المحترمة،
تحية طيبة وبعد،

بالإشارة إلى أمر الشراء رقم 4500031872 نفيدكم بالآتي:

البند ١: مشمع PVC مقاس ٥ × ٨ م – الكمية ٣٠ قطعة بسعر ٢١٥٠٫٠٠ جنيه للقطعة – التسليم يوم الأحد ١٣ ديسمبر.
البند ٢: حبل ربط ١٠ م – الكمية ٢٠٠ قطعة بسعر ٤٨٫٥٠ جنيه للقطعة (زيادة سعر الخامات) – التسليم يوم الأحد ١٣ ديسمبر.

وتفضلوا بقبول فائق الاحترام،
م. أحمد عبد الفتاح
مدير المبيعات – شركة النيل للمشمعات
ت: ٠١٠٠١٢٣٤٥٦٧ – المنطقة الصناعية، العاشر من رمضان
"""
    eml = build(p, addr("Ahmed Abdelfattah", "ahmed.a@niletarp.example"), rfcdate(2026, 11, 15, 11, 30, 0, "+0200"),
                "<CAB4x9kL1mN2oP3qR4sT5uV6@mail.gmail.example>",
                body + "\nفي الخميس، ١٢ نوفمبر ٢٠٢٦ ٩:٤٢ ص Priya Nair <priya.nair@kestrelworks.example> كتب:\n\n" + gt(req_text(p)),
                cte="base64", prefix="Re: ")
    return [p], eml, expected("confirmation", "Eastern Arabic digits: line 1 30 pcs at 2150.00, line 2 200 pcs at ٤٨٫٥٠ = 48.50 (PO 45.00). Both delivered Sunday 13 December = 2026-12-13 (earlier than 2026-12-20).",
                              [labels(p, {1: {"d": "2026-12-13"}, 2: {"p": "48.50", "d": "2026-12-13"}})])


@case("binliner-vietnam-carton-rounding", "confirmation", "vi-VN",
      "Vietnamese: quantity rounded up to full cartons (25 kg per carton -> 525 KG), price '38.500đ/kg' uses dot as thousands separator (= 38500 VND).")
def c026():
    s = sup("TANPHAT", "Tan Phat Plastic Packaging JSC", "sales@tanphatplastic.example", "vi-VN")
    p = po("4500031899", s, "priya", "VND", "2026-11-13", [
        ("BL-HDPE-KG", "Bin liner HDPE black 90 x 110 cm, sold per kg", 510, "KG", "38500", "2026-12-15"),
        ("BL-LDPE-BLUE", "Bin liner LDPE blue 60 x 80 cm, sold per kg", 200, "KG", "42000", "2026-12-15")])
    body = """Kính gửi chị Priya,

Cảm ơn chị đã đặt hàng. Tân Phát xác nhận đơn hàng 4500031899 như sau:

1. Túi rác HDPE đen 90x110: hàng đóng thùng 25 kg, nên bên em làm tròn lên 21 thùng = 525 kg, đơn giá 38.500đ/kg, giao ngày 15/12/2026.
2. Túi rác LDPE xanh 60x80: 200 kg (8 thùng), đơn giá 42.000đ/kg, giao ngày 15/12/2026.

Giá chưa bao gồm VAT 8%.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh – Công ty CP Bao bì Nhựa Tân Phát
ĐT: 028 3756 1234 – Hotline: 0903 123 456
"""
    eml = build(p, addr("Nguyễn Thị Lan", "lan.nguyen@tanphatplastic.example"), rfcdate(2026, 11, 16, 9, 12, 0, "+0700"),
                "<1847261.20261116091200@tanphatplastic.example>", body + "\n\n" + outlook_quote(p, "Friday, November 13, 2026 9:42 AM"),
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1: rounded to 21 cartons x 25 kg = 525 KG (ordered 510), price 38.500đ = 38500 unchanged, date as requested. Line 2: 200 kg = 8 full cartons, as ordered.",
                              [labels(p, {1: {"q": 525}, 2: "A"})])


@case("jumpstarter-indonesia-price-approval", "needs_review", "id-ID",
      "Indonesian reply proposing a higher price and asking the buyer to approve before the order is processed: no commitment yet.")
def c027():
    s = sup("SINARJAYA", "PT Sinar Jaya Otomotif", "sales@sinarjaya-oto.example", "id-ID")
    p = po("4500031915", s, "priya", "IDR", "2026-11-13", [
        ("JS-12V-800", "Jump starter 12 V, 800 A, with USB power bank", 25, "EA", "1250000", "2027-01-05")])
    body = """Selamat siang Ibu Priya,

Terima kasih atas PO 4500031915.

Mohon maaf, harga jump starter 12V 800A dari prinsipal naik per 1 November menjadi Rp 1.385.000/unit (sebelumnya Rp 1.250.000). Stok 25 unit tersedia dan bisa dikirim sesuai jadwal.

Mohon konfirmasi apakah Ibu setuju dengan harga baru tersebut, setelah itu PO akan kami proses dan kami kirimkan konfirmasi pesanan resmi.

Salam,
Budi Santoso
Sales Executive – PT Sinar Jaya Otomotif
Telp. (021) 6123 4567 | WA 0812 3456 7890
"""
    eml = build(p, addr("Budi Santoso", "budi.santoso@sinarjaya-oto.example"), rfcdate(2026, 11, 16, 13, 5, 0, "+0700"),
                "<CAG7mN8pQ9rS0tU1vW2@mail.gmail.example>", body + "\nPada Jum, 13 Nov 2026 pukul 16.42 Priya Nair <priya.nair@kestrelworks.example> menulis:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("needs_review", "The supplier proposes Rp 1.385.000 and explicitly waits for the buyer's approval before processing and confirming the PO: not a commitment.")


@case("padlock-czech-proforma-first", "needs_review", "cs-CZ",
      "Czech reply: the order can be confirmed only after a proforma (prepayment) is paid; the table of items with prices looks like a confirmation but is not.")
def c028():
    s = sup("ZAMKYCZ", "Zámky Morava s.r.o.", "obchod@zamkymorava.example", "cs-CZ")
    p = po("4500031933", s, "marek", "CZK", "2026-11-13", [
        ("PL-60-HS", "Padlock hardened steel 60 mm, 2 keys", 40, "EA", "389.00", "2026-12-09"),
        ("PL-HASP-120", "Hasp and staple 120 mm, galvanised", 40, "EA", "95.00", "2026-12-09")])
    body = """Dobrý den, pane Nováku,

děkujeme za objednávku č. 4500031933.

Protože jste u nás noví odběratelé, můžeme objednávku potvrdit až po úhradě zálohové faktury. Proformu č. ZF-2026-0912 na 23 425,60 Kč vč. DPH posíláme v příloze. Po připsání platby na náš účet Vám pošleme potvrzení objednávky s termínem dodání.

S pozdravem
Lenka Dvořáková
obchodní oddělení
Zámky Morava s.r.o. | Průmyslová 1520, 767 01 Kroměříž
tel.: +420 573 123 456 | IČO: 25312345
"""
    pdf = make_pdf(["Zamky Morava s.r.o.", "ZALOHOVA FAKTURA (PROFORMA) c. ZF-2026-0912", "Odberatel: Kestrel Works",
                    "Vase objednavka: 4500031933", "", "PL-60-HS     40 ks x 389,00 Kc = 15 560,00",
                    "PL-HASP-120  40 ks x  95,00 Kc =  3 800,00", "Zaklad 19 360,00 Kc, DPH 21 % 4 065,60 Kc, celkem k uhrade 23 425,60 Kc",
                    "Splatnost: 20.11.2026  VS 20260912"], "ZF-2026-0912")
    eml = build(p, addr("Lenka Dvořáková", "dvorakova@zamkymorava.example", "iso-8859-2", "Q"),
                rfcdate(2026, 11, 16, 9, 55, 0, "+0100"), "<20261116085500.GA12345@zamkymorava.example>",
                body + "\n\n" + outlook_quote(p, "pátek 13. listopadu 2026 9:42", ("Od", "Odesláno", "Komu", "Předmět")),
                charset="iso-8859-2", cte="quoted-printable", hdr_charset="iso-8859-2", prefix="Odp: ",
                atts=[attachment(pdf, "application/pdf", "ZF-2026-0912.pdf")])
    return [p], eml, expected("needs_review", "Supplier will confirm only after the prepayment proforma is paid; no date and no commitment yet. The proforma repeats PO quantities/prices but is a payment request.")


@case("airfilter-hungarian-dotted-dates", "confirmation", "hu-HU",
      "Hungarian 'YYYY. MM. DD.' dates and space-grouped forint prices; line 2 price 2 450 Ft vs PO 2290, line 3 date earlier.")
def c029():
    s = sup("LEVEGO", "Levegőtechnika Kft.", "rendeles@levegotechnika.example", "hu-HU")
    p = po("4500031950", s, "marek", "HUF", "2026-11-13", [
        ("AF-G4-287", "Bag filter G4 287x592x360 mm", 36, "EA", "5600", "2026-12-16"),
        ("AF-PAN-G4", "Panel filter G4 592x592x48 mm", 48, "EA", "2290", "2026-12-16"),
        ("AF-ROLL-G3", "Filter media roll G3, 2 x 20 m", 4, "ROL", "21500", "2026-12-16")])
    body = """Tisztelt Novák Úr!

Köszönjük megrendelését (4500031950). Az alábbiak szerint visszaigazoljuk:

1. tétel  AF-G4-287   36 db   5 600 Ft/db   szállítás: 2026. 12. 16.
2. tétel  AF-PAN-G4   48 db   2 450 Ft/db   szállítás: 2026. 12. 16.   (új árlista szerint)
3. tétel  AF-ROLL-G3   4 tekercs  21 500 Ft/tekercs  szállítás: 2026. 12. 09.

Az árak az ÁFÁ-t nem tartalmazzák.

Üdvözlettel:
Kovács Éva
értékesítési asszisztens
Levegőtechnika Kft. | 1097 Budapest, Gubacsi út 6.
Tel.: +36 1 234 5678 | Adószám: 12345678-2-43
"""
    eml = build(p, addr("Kovács Éva", "kovacs.eva@levegotechnika.example", "iso-8859-2", "Q"),
                rfcdate(2026, 11, 17, 10, 30, 0, "+0100"), "<000001dc5a1b$0c0d0e0f$10111213@levegotechnika.example>",
                body + "\n\n" + outlook_quote(p, "Friday, November 13, 2026 9:42 AM"), charset="iso-8859-2",
                cte="quoted-printable", hdr_charset="iso-8859-2", prefix="VS: ")
    return [p], eml, expected("confirmation", "Line 1 as ordered. Line 2 price 2 450 Ft (PO 2290). Line 3 delivery 2026. 12. 09. = 2026-12-09, a week earlier than requested.",
                              [labels(p, {1: "A", 2: {"p": "2450"}, 3: {"d": "2026-12-09"}})])


@case("nailgun-romanian-ooo-dates", "auto_reply", "ro-RO",
      "Romanian out-of-office that is full of dates and mentions 'comenzile' (orders) and a colleague; X-Autoreply header, no commitment.")
def c030():
    s = sup("UNELTE", "Unelte Profesionale SRL", "comenzi@unelteprof.example", "ro-RO")
    p = po("4500031977", s, "ines", "RON", "2026-11-16", [
        ("NG-FR-90", "Framing nailer 50-90 mm, gas", 4, "EA", "2390.00", "2027-01-18"),
        ("NG-GAS-40", "Gas cell for framing nailer, pack of 2", 20, "SET", "79.90", "2027-01-18")])
    body = """Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu în perioada 16.11.2026 - 27.11.2026 și nu am acces la e-mail.
Comenzile primite în această perioadă vor fi procesate începând cu 30.11.2026. Pentru urgențe vă rog să o contactați pe colega mea, Ioana Popescu (ioana.popescu@unelteprof.example, tel. 0721 123 456).

Cu stimă,
Andrei Ionescu
Unelte Profesionale SRL
"""
    eml = build(p, addr("Andrei Ionescu", "andrei.ionescu@unelteprof.example"), rfcdate(2026, 11, 16, 9, 42, 50, "+0200"),
                "<autoreply.7781.20261116@unelteprof.example>", body, cte="quoted-printable",
                subject="Răspuns automat: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [p], eml, expected("auto_reply", "Out-of-office auto reply; 'orders will be processed from 30.11.2026' is not a confirmation of this PO.")


@case("machineoil-postfix-bounce-bg", "bounce", "bg-BG",
      "Postfix 'Undelivered Mail Returned to Sender' DSN: the Bulgarian supplier's mailbox is full (552 5.2.2 with a Cyrillic remote text) and text/rfc822-headers of our PO mail.")
def c031():
    s = sup("MASLABG", "Masla Trade EOOD", "poruchki@maslatrade.example", "bg-BG")
    p = po("4500031994", s, "ines", "BGN", "2026-11-16", [
        ("MO-HLP32-20", "Hydraulic oil HLP 32, 20 L", 24, "EA", "86.40", "2026-12-11")])
    human = """This is the mail system at host mx1.kestrelworks.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<poruchki@maslatrade.example>: host mail.maslatrade.example[203.0.113.45] said:
    552 5.2.2 <poruchki@maslatrade.example>: Mailbox full / Пощенската кутия
    е пълна (in reply to RCPT TO command)
"""
    dsn = dsn_part("mx1.kestrelworks.example", [{
        "final": s["email"], "original": s["email"], "action": "failed", "status": "5.2.2",
        "remote": "mail.maslatrade.example", "diag": "552 5.2.2 <poruchki@maslatrade.example>: Mailbox full"}],
        arrival=rfcdate(2026, 11, 16, 9, 42, 5, "+0100"),
        extra_msg=["X-Postfix-Queue-ID: 4Xk9Lm2Qz1z3bR", "X-Postfix-Sender: rfc822; ines.albrecht@kestrelworks.example"])
    rep = multipart("report", [text(human, cte="8bit", extra=[("Content-Description", "Notification")]),
                               dsn, original_request_part(p, rfcdate(2026, 11, 16, 9, 42, 0, "+0100"), headers_only=True)],
                    "4Xk9Lm2Qz1z3bR.1763282527/mx1.kestrelworks.example", "; report-type=delivery-status")
    hs = [("From", "MAILER-DAEMON@mx1.kestrelworks.example (Mail Delivery System)"),
          ("To", p["buyer"]["email"]), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", rfcdate(2026, 11, 16, 9, 42, 7, "+0100")),
          ("Message-ID", "<20261116084207.4Xk9Lm2Qz1z3bR@mx1.kestrelworks.example>"),
          ("Auto-Submitted", "auto-replied")]
    return [p], message(hs, rep), expected("bounce", "Postfix DSN, mailbox full (552 5.2.2), Action: failed. Subject does not mention the PO; only the attached headers do.")


@case("overalls-ukrainian-size-out", "confirmation", "uk-UA",
      "Ukrainian windows-1251 reply: two sizes confirmed 'до 20 грудня' (by 20 December, no year), size 62 cannot be supplied this season.")
def c032():
    s = sup("ROBODYAG", "TOV Robochyi Odiah", "sales@robodyag.example", "uk-UA")
    p = po("4500032011", s, "marek", "UAH", "2026-11-16", [
        ("OV-WIN-54", "Winter overall insulated, size 54", 30, "PC", "1850.00", "2026-12-20"),
        ("OV-WIN-58", "Winter overall insulated, size 58", 20, "PC", "1850.00", "2026-12-20"),
        ("OV-WIN-62", "Winter overall insulated, size 62", 6, "PC", "1950.00", "2026-12-20")])
    body = """Доброго дня, Мареку!

Дякуємо за замовлення 4500032011.

Поз. 1, розмір 54 - 30 шт. по 1850,00 грн, відвантажимо та доставимо до 20 грудня.
Поз. 2, розмір 58 - 20 шт. по 1850,00 грн, також до 20 грудня.
Поз. 3, розмір 62 - на жаль, у цьому сезоні не шиємо, поставити не можемо.

З повагою,
Олена Шевченко
менеджер відділу збуту
ТОВ "Робочий одяг", м. Харків
тел. +380 57 123 45 67, моб. +380 67 123 45 67
"""
    eml = build(p, addr("Олена Шевченко", "o.shevchenko@robodyag.example", "windows-1251"),
                rfcdate(2026, 11, 17, 12, 15, 0, "+0200"), "<1731838500.4471.roundcube@robodyag.example>",
                body + "\n\n16.11.2026 09:42, Marek Novak пише:\n" + gt(req_text(p)), charset="windows-1251",
                cte="8bit", hdr_charset="windows-1251", prefix="Re: ")
    return [p], eml, expected("confirmation", "Lines 1-2 confirmed as ordered ('до 20 грудня' = by 2026-12-20 = requested). Line 3 cannot be supplied -> rejected.",
                              [labels(p, {1: "A", 2: "A", 3: "R"})])


@case("dustmask-italian-per-100", "confirmation", "it-IT",
      "Italian reply pricing the masks per 100 pieces ('€ 48,00 / 100 pz' = 0.48 per EA, unchanged) and one line later ('consegna 8 gennaio').")
def c033():
    s = sup("PROTEGGI", "Proteggi Forniture S.r.l.", "ordini@proteggi.example", "it-IT")
    p = po("4500032036", s, "ines", "EUR", "2026-11-16", [
        ("DM-FFP2-NR", "Dust mask FFP2 NR, individually packed", 2000, "EA", "0.48", "2026-12-14"),
        ("DM-FFP3-NRV", "Dust mask FFP3 NR with valve", 500, "EA", "1.35", "2026-12-14"),
        ("DM-P3-FILT", "P3 filter pair for half mask", 100, "PR", "6.90", "2026-12-14")])
    main = """Buongiorno Sig.ra Albrecht,

grazie per l'ordine n. 4500032036, che confermiamo come segue:

- FFP2 NR: 2.000 pz a € 48,00 / 100 pz, consegna 14/12/2026
- FFP3 NR con valvola: 500 pz a € 135,00 / 100 pz, consegna 14/12/2026
- Filtri P3 (coppia): 100 cp a € 6,90 / cp, consegna 8 gennaio (articolo in arrivo dal fornitore)

Resa franco destino, pagamento come da accordi.

Cordiali saluti,
Giulia Ferraro
Ufficio Commerciale
Proteggi Forniture S.r.l. - Via dell'Industria 21, 40138 Bologna
Tel. 051 123 4567 - P.IVA 01234567890"""
    html = html_wrap(text_to_html(main) + "<br><hr><b>Da:</b> Ines Albrecht &lt;ines.albrecht@kestrelworks.example&gt;<br><b>Inviato:</b> lunedì 16 novembre 2026 09:42<br><b>Oggetto:</b> Purchase order 4500032036 - please confirm<br><br>" + req_html(p), "it")
    eml = build(p, addr("Giulia Ferraro", "g.ferraro@proteggi.example"), rfcdate(2026, 11, 17, 15, 22, 0, "+0100"),
                "<DB9PR02MB7788AB12@DB9PR02MB7788.eurprd02.prod.outlook.example>",
                main + "\n\nDa: Ines Albrecht <ines.albrecht@kestrelworks.example>\nInviato: lunedì 16 novembre 2026 09:42\nOggetto: Purchase order 4500032036 - please confirm\n\n" + req_text(p),
                html=html, style=2, prefix="R: ")
    return [p], eml, expected("confirmation", "Per-100 prices: 48,00/100 = 0.48 and 135,00/100 = 1.35 equal the PO -> lines 1-2 accepted. Line 3 delivery '8 gennaio' (no year) -> 2027-01-08.",
                              [labels(p, {1: "A", 2: "A", 3: {"d": "2027-01-08"}})])


@case("rainjacket-spanish-forwarded-warehouse", "confirmation", "es-ES",
      "Sales rep forwards the warehouse's internal note ('Mensaje reenviado') with a short cover line; line 2 split 60 now / 40 in 'semana 3' of 2027.")
def c034():
    s = sup("IMPERMEA", "Impermeables del Norte S.L.", "pedidos@impermeablesnorte.example", "es-ES")
    p = po("4500032058", s, "dana", "EUR", "2026-11-17", [
        ("RJ-PVC-M", "Rain jacket PVC/polyester, hood, size M", 60, "PC", "13.80", "2026-12-15"),
        ("RJ-PVC-L", "Rain jacket PVC/polyester, hood, size L", 100, "PC", "13.80", "2026-12-15")])
    body = """Hola Dana, te paso lo que me confirma almacén. Precios sin cambios.
Un saludo,
Carlos

---------- Mensaje reenviado ----------
De: Almacén Impermeables del Norte <almacen@impermeablesnorte.example>
Fecha: mar, 17 nov 2026 a las 12:05
Asunto: RE: pedido Kestrel 4500032058
Para: Carlos Martín <carlos.martin@impermeablesnorte.example>

Carlos,
talla M: las 60 salen el 15/12 sin problema.
talla L: ahora solo hay 60, salen también el 15/12; las 40 restantes entran de fábrica y salen la semana 3 de enero.
Saludos,
Pedro - Almacén

---------- Mensaje reenviado ----------
De: Dana Ruiz <dana.ruiz@kestrelworks.example>
Fecha: mar, 17 nov 2026 a las 9:42
Asunto: Purchase order 4500032058 - please confirm
Para: <pedidos@impermeablesnorte.example>

""" + req_text(p)
    eml = build(p, addr("Carlos Martín", "carlos.martin@impermeablesnorte.example"), rfcdate(2026, 11, 17, 13, 14, 0, "+0100"),
                "<CAM5pQ6rS7tU8vW9xY0zA1bC2@mail.gmail.example>", body, prefix="Fwd: ")
    return [p], eml, expected("confirmation", "Talla M as ordered (ship 15/12 = requested). Talla L: 60 on 2026-12-15 + 40 in week 3 of January (ISO week 3/2027, Friday 2027-01-22). Prices unchanged. Only ship dates are given, so they are the dates.",
                              [labels(p, {1: "A", 2: {"s": [(60, "2026-12-15"), (40, "2027-01-22")]}})])


@case("lithuanian-invoice-other-order", "unrelated", "lt-LT",
      "Lithuanian invoice (PDF) for a DIFFERENT, older PO of the same supplier, sent as a new mail; mentions goods of the open PO's theme.")
def c035():
    s = sup("BALTGRIP", "UAB Baltijos rankenos", "saskaitos@baltgrip.example", "lt-LT")
    p = po("4500032079", s, "tomas", "EUR", "2026-11-17", [
        ("GB-AL-450", "Grab bar aluminium 450 mm, anodised", 24, "EA", "21.40", "2026-12-17"),
        ("GB-FOLD-700", "Fold-up grab bar 700 mm", 6, "EA", "118.00", "2026-12-17")])
    pdf = make_pdf(["UAB Baltijos rankenos, Pramones g. 5, LT-51329 Kaunas", "PVM SASKAITA FAKTURA  Serija BR Nr. 0004517",
                    "Data: 2026-11-18", "Pirkejas: Kestrel Works", "Uzsakymas: 4500029904", "",
                    "GB-AL-300  Rankena aliuminine 300 mm   48 vnt x 16,90 = 811,20 EUR",
                    "PVM 21 %: 170,35 EUR", "Is viso: 981,55 EUR", "Apmoketi iki: 2026-12-18"], "BR0004517")
    body = """Laba diena,

siunčiame PVM sąskaitą faktūrą BR Nr. 0004517 už prekes pagal užsakymą 4500029904 (išsiųsta 2026-11-18).
Apmokėjimo terminas – 2026-12-18.

Pagarbiai
Buhalterija, UAB Baltijos rankenos
Tel. +370 37 123 456
"""
    eml = build(p, addr("UAB Baltijos rankenos", s["email"]), rfcdate(2026, 11, 18, 14, 0, 0, "+0200"),
                "<inv.BR0004517@baltgrip.example>", body, threaded=False,
                subject="PVM sąskaita faktūra BR Nr. 0004517", atts=[attachment(pdf, "application/pdf", "BR0004517.pdf")])
    return [p], eml, expected("unrelated", "Invoice for order 4500029904, not for the open PO 4500032079; not an answer about our order.")


@case("machineoil-estonian-per-litre", "confirmation", "et-EE",
      "Estonian: drums ordered per EA but priced '4,60 €/l' for 208 l drums (= 956.80 per drum vs PO 930.00); canisters confirmed as ordered.")
def c036():
    s = sup("OLIVAR", "Õlivarustus OÜ", "myyk@olivarustus.example", "et-EE")
    p = po("4500032094", s, "tomas", "EUR", "2026-11-17", [
        ("MO-HLP46-208", "Hydraulic oil HLP 46, 208 L drum", 3, "EA", "930.00", "2026-12-10"),
        ("MO-HLP46-20", "Hydraulic oil HLP 46, 20 L canister", 10, "EA", "98.00", "2026-12-10")])
    body = """Tere, Tomas!

Kinnitame tellimuse 4500032094:

1. HLP 46 vaat 208 l – 3 tk, hind 4,60 €/l (tarnija hinnatõus alates 01.11), tarne 10.12.2026.
2. HLP 46 kanister 20 l – 10 tk à 98,00 €, tarne 10.12.2026.

Hinnad ei sisalda käibemaksu.

Lugupidamisega
Kristjan Tamm
Müügijuht | Õlivarustus OÜ
Tel +372 5123 4567 | Reg-kood 12345678
"""
    eml = build(p, addr("Kristjan Tamm", "kristjan@olivarustus.example"), rfcdate(2026, 11, 18, 11, 45, 0, "+0200"),
                "<AS8PR04MB8765F4E3@AS8PR04MB8765.eurprd04.prod.outlook.example>",
                body + "\n" + outlook_quote(p, "teisipäev, 17. november 2026 10:42", ("Saatja", "Saadetud", "Adressaat", "Teema")),
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1: 4,60 €/l x 208 l = 956.80 per drum (PO 930.00) -> changed price; qty and date as ordered. Line 2 as ordered.",
                              [labels(p, {1: {"p": "956.80"}, 2: "A"})])
