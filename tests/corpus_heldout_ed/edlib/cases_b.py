from .common import case, po, reply, text, alt, multipart, attachment, html_doc, A, C, R, U, conf, other
from .common import rfcdate, quote_gt, quote_outlook, request_html, request_subject, make_pdf, message, addr, dsn
from .common import orig_headers_for, html_from_text, request_text


@case("erp-pdf-finnish", "confirmation", "fi-FI",
      "Automatic ERP mail 'do not reply' with a hand-built PDF order confirmation; the changes are only in the PDF text.")
def c_fi():
    p = po("4500031020", "MAGNEO", "Magneo Oy", "myynti@magneo.example", "fi-FI", "EUR", "2026-11-04",
           [("MS-45", "Magnetic sweeper 45 cm", 8, "EA", "58.00", "2026-12-09"),
            ("MS-90-W", "Magnetic sweeper 90 cm on wheels", 3, "EA", "164.00", "2026-12-09")])
    body = """Hyvä asiakas,

liitteenä tilausvahvistus 20418 (tilauksenne 4500031020).
Tämä on automaattisesti lähetetty viesti, ethän vastaa tähän viestiin.

Magneo Oy | Teollisuustie 3, 33330 Tampere | Y-tunnus 1234567-8
"""
    pdf = make_pdf([
        "MAGNEO OY                                      TILAUSVAHVISTUS / ORDER CONFIRMATION",
        "Teollisuustie 3, 33330 Tampere                 Nro 20418     Pvm 10.11.2026",
        "",
        "Asiakas: Northgate MRO Supply, Dock 4, 2200 Harbor Road, Rotterdam NL",
        "Asiakkaan tilausnro: 4500031020      Viitteenne: Ana Kowalczyk",
        "Toimitusehto: DAP Rotterdam      Maksuehto: 30 pv netto",
        "",
        "Rivi  Tuote     Nimike                              Määrä  Yks.   A-hinta    Yhteensä  Toim.pvm",
        "1     MS-45     Magneettilakaisin 45 cm                 8  kpl     58,00      464,00  09.12.2026",
        "2     MS-90-W   Magneettilakaisin 90 cm pyörillä        3  kpl    171,50      514,50  16.12.2026",
        "",
        "Yhteensä EUR (alv 0 %)                                                        978,50",
        "",
        "Rivin 2 hinta sisältää raaka-ainelisän. Toimituspäivä = arvioitu toimituspäivä asiakkaalle.",
    ], "Tilausvahvistus 20418")
    mp = multipart("mixed", [text(body, cte="quoted-printable"),
                             attachment(pdf, "application/pdf", "Tilausvahvistus_20418.pdf")], "_=_erp_20418_=_")
    m = message(addr("Magneo Oy ERP", "noreply@magneo.example"), "ana.kowalczyk@northgate-mro.example",
                "Tilausvahvistus 20418 / tilauksenne 4500031020", rfcdate(2026, 11, 10, 6, 15, 2, "+0200"),
                "<erp.20418.1762748102@magneo.example>", mp, extra=[("Auto-Submitted", "auto-generated")])
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, price="171.50", date="2026-12-16")}),
                        notes="ERP-generated order confirmation (rule: counts as confirmation despite noreply/Auto-Submitted). PDF: line 1 as ordered; line 2 171,50 (vs 164.00, raw-material surcharge) and delivery 16.12.2026.")


@case("danish-ooo-course", "auto_reply", "da-DK",
      "Danish out-of-office with dates and phone numbers that look like delivery info.")
def c_da():
    p = po("4500031021", "GULVSK", "Gulvskraber A/S", "salg@gulvskraber.example", "da-DK", "EUR", "2026-11-10",
           [("FS-400-DK", "Floor scraper 400 mm, long handle", 12, "EA", "33.80", "2026-12-18")])
    body = """Tak for din mail.

Jeg er på kursus til og med torsdag d. 19.11.2026 og har ikke adgang til mails.
Din mail bliver ikke videresendt. Ved hastende ordrer kontakt venligst vores kundeservice på tlf. +45 70 20 30 40 eller ordre@gulvskraber.example.

Med venlig hilsen
Mette Kjær Jensen
Gulvskraber A/S · CVR 12345678
"""
    m = reply(p, "Mette Kjær Jensen", "mkj@gulvskraber.example", text(body, charset="iso-8859-1", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 11, 2, 44, "+0100"), "<OOF.7f3a.mkj@gulvskraber.example>",
              subject="Automatisk svar: " + request_subject(p),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], m, other("auto_reply", "Out-of-office auto-reply ('Automatisk svar', Auto-Submitted); 19.11.2026 is the return date.")


@case("norwegian-in-three-weeks", "confirmation", "nb-NO",
      "Norwegian: one line as ordered, the other 'om tre uker fra i dag' relative to the mail's Date (Thu 12 Nov).")
def c_nb():
    p = po("4500031022", "VERNO", "Verneutstyr Norge AS", "ordre@verneutstyr.example", "nb-NO", "NOK", "2026-11-06",
           [("DM-FFP2-20", "Dust mask FFP2 without valve, box of 20", 100, "BOX", "189.00", "2026-12-07"),
            ("DM-FFP3V-10", "Dust mask FFP3 with valve, box of 10", 50, "BOX", "245.00", "2026-12-01")])
    body = """Hei Ana,

takk for bestillingen.
Linje 1 (FFP2) bekreftes som bestilt, 100 esker à kr 189,00, levering 7.12.
Linje 2 (FFP3) har vi dessverre ikke på lager. 50 esker à kr 245,00 kan leveres om tre uker fra i dag.

Mvh
Ola Haugen
Verneutstyr Norge AS
Tlf. 32 12 34 56 | Org.nr. 912 345 678 MVA
"""
    m = reply(p, "Ola Haugen", "ola.haugen@verneutstyr.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 12, 10, 40, 0, "+0100"), "<a4c1e8f0-9b2d@verneutstyr.example>",
              subject="SV: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-03")}),
                        notes="Mail dated Thu 2026-11-12; 'om tre uker fra i dag' = 2026-12-03 for line 2 (requested 2026-12-01). Line 1 7.12 = 2026-12-07 as ordered.")


@case("czech-moq-cartridges", "confirmation", "cs-CZ",
      "windows-1250 Czech: pack size of 20 pairs forces 230 -> 240 pairs; dates written '10. 12. 2026'.")
def c_cs():
    p = po("4500031023", "OCHRAN", "Ochranné pomůcky Brno s.r.o.", "obchod@ochrana-brno.example", "cs-CZ", "EUR", "2026-11-05",
           [("RC-A2P3", "Respirator cartridge A2P3, bayonet", 230, "PR", "9.80", "2026-12-10"),
            ("RC-P3-PAD", "Prefilter pad P3", 100, "PC", "1.15", "2026-12-10")])
    body = """Dobrý den, paní Kowalczyk,

děkujeme za objednávku č. 4500031023. Potvrzujeme:

pol. 1  RC-A2P3 – filtry se balí po 20 párech, potvrzujeme proto 240 pár za 9,80 EUR/pár, dodání 10. 12. 2026
pol. 2  RC-P3-PAD – 100 ks za 1,15 EUR/ks, dodání 10. 12. 2026

S pozdravem
Petr Dvořák
obchodní oddělení
Ochranné pomůcky Brno s.r.o., Vídeňská 55, 639 00 Brno
IČO: 12345678, DIČ: CZ12345678, tel.: +420 543 123 456
"""
    m = reply(p, "Petr Dvořák", "dvorak@ochrana-brno.example", text(body, charset="windows-1250", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 8, 12, 33, "+0100"), "<000001dc5123$abc@ochrana-brno.example>",
              subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, q=240), 2: A(p, 2)}),
                        notes="Line 1 rounded up to pack multiple: 240 PR at the PO price, 2026-12-10. Line 2 as ordered.")


@case("hungarian-substitute-question", "needs_review", "hu-HU",
      "Hungarian: supplier proposes a substitute padlock model and asks for approval before confirming.")
def c_hu():
    p = po("4500031024", "LAKAT", "Lakat-Center Kft.", "rendeles@lakatcenter.example", "hu-HU", "EUR", "2026-11-09",
           [("PL-50-KD-HU", "Keyed padlock 50 mm, hardened shackle", 60, "EA", "8.40", "2026-12-16")], buyer="tom")
    body = """Tisztelt Brandt Úr!

Köszönjük a 4500031024 számú megrendelést.
A PL-50-KD-HU típus gyártása megszűnt, helyette az ABUS 55/50 lakatot tudnánk szállítani 8,95 EUR/db áron, 2026. december 16-i szállítással.
Kérem, jelezze, hogy elfogadható-e a csere, visszaigazolást csak az Ön válasza után tudunk küldeni.

Üdvözlettel:
Szabó Eszter
értékesítés
Lakat-Center Kft. | 1097 Budapest, Gubacsi út 12. | Tel.: +36 1 234 5678 | Adószám: 12345678-2-43
"""
    m = reply(p, "Szabó Eszter", "szabo.eszter@lakatcenter.example", text(body, charset="iso-8859-2", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 13, 47, 0, "+0100"), "<6a1b2c3d@lakatcenter.example>", subject="Vá: " + request_subject(p))
    return [p], m, other("needs_review", "A substitute is proposed with its own price and date, but the supplier explicitly waits for our approval before confirming: a question, not a commitment.")


@case("greek-8859-7-accepted", "confirmation", "el-GR",
      "ISO-8859-7 Greek reply confirming everything as ordered, with a long disclaimer full of numbers.")
def c_el():
    p = po("4500031025", "XYSTR", "Ξύστρες Αττικής Α.Ε.", "sales@xystres-attikis.example", "el-GR", "EUR", "2026-11-06",
           [("FS-300", "Floor scraper 300 mm", 10, "EA", "27.50", "2027-01-08"),
            ("FS-BL-300", "Spare blades 300 mm, pack of 10", 20, "BOX", "18.90", "2027-01-08")], buyer="tom")
    body = """Καλημέρα σας κ. Brandt,

Επιβεβαιώνουμε την παραγγελία σας 4500031025 ως έχει:
ποσότητες και τιμές σύμφωνα με την παραγγελία, παράδοση 08/01/2027.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Ξύστρες Αττικής Α.Ε. | Λεωφ. Αθηνών 214, 12461 Χαϊδάρι
Τηλ. 210 5123456 | Fax 210 5123457 | ΑΦΜ 094123456 | ΓΕΜΗ 123456701000

Το παρόν μήνυμα και τυχόν συνημμένα είναι εμπιστευτικά. Αν το λάβατε εκ παραδρομής, παρακαλούμε ενημερώστε τον αποστολέα στο 210 5123456 και διαγράψτε το.

""" + quote_gt(p)
    m = reply(p, "Νίκος Παπαδόπουλος", "n.papadopoulos@xystres-attikis.example",
              text(body, charset="iso-8859-7", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 12, 1, 0, "+0200"), "<1a2b3c4d5e.npap@xystres-attikis.example>",
              subject="ΑΠ: " + request_subject(p), subject_charset="iso-8859-7")
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2)}),
                        notes="'ως έχει' = as is; 08/01/2027 = 2027-01-08 = requested. Numbers in the signature/disclaimer are noise.")


@case("turkish-box-price-anchors", "confirmation", "tr-TR",
      "windows-1254 Turkish: anchor rods priced per box of 50 (equal to the PO per-piece price), dates without year.")
def c_tr():
    p = po("4500031026", "ANKRAJ", "Ankraj Yapı Kimyasalları A.Ş.", "ihracat@ankrajyapi.example", "tr-TR", "EUR", "2026-11-06",
           [("AA-VE-300", "Vinylester injection mortar 300 ml", 120, "EA", "6.90", "2026-12-15"),
            ("AA-ROD-M12", "Anchor rod M12 x 160, zinc plated", 500, "EA", "0.84", "2026-12-15")], buyer="raj")
    body = """Merhaba Raj Bey,

4500031026 numaralı siparişinizi teyit ederiz:

1. kalem AA-VE-300: 120 adet, birim fiyat 6,90 EUR, teslim 15 Aralık.
2. kalem AA-ROD-M12: kutu (50 adet) fiyatı 42,00 EUR, 10 kutu = 500 adet, teslim 22 Aralık.

Saygılarımızla,
Elif Yıldız
İhracat Departmanı
Ankraj Yapı Kimyasalları A.Ş. | Tuzla OSB, 34957 İstanbul | Tel: +90 216 123 45 67
"""
    m = reply(p, "Elif Yıldız", "elif.yildiz@ankrajyapi.example", text(body, charset="windows-1254", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 15, 6, 0, "+0300"), "<YT4P123MB0099.elif@ankrajyapi.example>",
              subject="YNT: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-22")}),
                        notes="42,00 EUR per box of 50 = 0.84 per piece = PO price; 10 boxes = 500 EA. Line 2 delivery 22 Aralık -> 2026-12-22 (no year: next after mail date). Line 1 as ordered.")


@case("exchange-ndr-access-denied", "bounce", "ro-RO",
      "Exchange-style NDR (5.7.1 access denied) with HTML human part; the Romanian supplier never saw the PO.")
def c_ro():
    p = po("4500031027", "CLEMRO", "Coliere Industriale SRL", "comenzi@coliere-ind.example", "ro-RO", "EUR", "2026-11-09",
           [("HC-W2-16", "Hose clamp W2, 12-22 mm", 2000, "PC", "0.19", "2026-12-11")])
    human = """Delivery has failed to these recipients or groups:

comenzi@coliere-ind.example
Your message couldn't be delivered. The recipient's email system rejected it because of its security policy.

Diagnostic information for administrators:
Generating server: AM9PR09MB4411.eurprd09.prod.outlook.example
comenzi@coliere-ind.example
Remote server returned '550 5.7.1 Mesaj respins: expeditor blocat / Access denied (in reply to end of DATA command)'
"""
    m = dsn("AM9PR09MB4411.eurprd09.prod.outlook.example", "postmaster@northgate-mro.example",
            "Ana Kowalczyk <ana.kowalczyk@northgate-mro.example>", "comenzi@coliere-ind.example",
            rfcdate(2026, 11, 9, 10, 0, 18, "+0000"), "<0d2f1c3a-b4e5@AM9PR09MB4411.eurprd09.prod.outlook.example>",
            human, "5.7.1", "550 5.7.1 Mesaj respins: expeditor blocat / Access denied",
            orig_headers_for(p, rfcdate(2026, 11, 9, 10, 0, 12, "+0000")), subject="Undeliverable: " + request_subject(p),
            boundary="_000_0d2f1c3ab4e5_", remote_mta="mx.coliere-ind.example", frm_name="Microsoft Outlook")
    return [p], m, other("bounce", "Non-delivery report (5.7.1), subject 'Undeliverable: ...'; carries the PO number but no supplier answer.")


@case("hebrew-stock-short", "confirmation", "he-IL",
      "Hebrew RTL text, base64 UTF-8: one line reduced to available stock, remainder cancelled.")
def c_he():
    p = po("4500031028", "HOMAK", "חומקים תעשיות בע\"מ", "orders@homakim.example", "he-IL", "USD", "2026-11-05",
           [("HC-T-60", "T-bolt hose clamp 52-60 mm", 300, "PC", "1.15", "2026-12-20"),
            ("HC-T-90", "T-bolt hose clamp 80-90 mm", 200, "PC", "1.48", "2026-12-20")])
    body = """שלום אנה,

מאשרים את הזמנת רכש 4500031028 כדלקמן:
שורה 1 – 300 יח' במחיר 1.15$ ליח', אספקה 20/12/2026.
שורה 2 – יש במלאי רק 150 יח' מתוך 200, יסופקו ב-20/12/2026 במחיר 1.48$. היתרה (50 יח') מבוטלת.

בברכה,
יוסי לוי
מחלקת מכירות | חומקים תעשיות בע"מ | טל' 04-8123456 | ח.פ. 512345678
"""
    html = html_doc('<div dir="rtl">' + html_from_text(body) + "</div>")
    m = reply(p, "יוסי לוי", "yossi@homakim.example", alt(body, html, "000000000000a1b2c3d4e5f6", cte="base64"),
              rfcdate(2026, 11, 9, 14, 25, 0, "+0200"), "<CAH+9kLm2@mail.gmail.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, q=150)}),
                        notes="Line 2: only 150 of 200 in stock, the remaining 50 cancelled -> changed quantity 150, same price and date. Line 1 as ordered.")


@case("arabic-freight-price", "confirmation", "ar-AE",
      "Arabic reply (Western digits) raising one unit price because of freight costs; English legal footer.")
def c_ar():
    p = po("4500031029", "KHALEEJ", "Khaleej Material Handling LLC", "sales@khaleej-mh.example", "ar-AE", "AED", "2026-11-05",
           [("PJ-3000-W", "Pallet truck 3000 kg, wide forks", 4, "EA", "1120.00", "2026-12-17"),
            ("PJ-SEAL-KIT", "Hydraulic seal kit for pallet truck", 10, "SET", "65.00", "2026-12-17")], buyer="raj")
    body = """السيد راج المحترم،
تحية طيبة وبعد،

نؤكد استلام أمر الشراء رقم 4500031029 ونؤكد التوريد كالتالي:
البند 1: عدد 4 رافعات يدوية، السعر الجديد 1,180.00 درهم للقطعة بسبب ارتفاع تكلفة الشحن، التسليم 17/12/2026.
البند 2: عدد 10 أطقم بسعر 65.00 درهم للطقم، التسليم 17/12/2026.

وتفضلوا بقبول فائق الاحترام،
أحمد الحمادي
مدير المبيعات
Khaleej Material Handling LLC | P.O. Box 12345, Dubai, UAE | Tel +971 4 123 4567 | TRN 100123456700003

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    m = reply(p, "أحمد الحمادي", "ahmed.hammadi@khaleej-mh.example", text(body, cte="base64"),
              rfcdate(2026, 11, 9, 9, 30, 0, "+0400"), "<DB9PR02MB7734.ahmed@khaleej-mh.example>")
    return [p], m, conf((p, {1: C(p, 1, price="1180.00"), 2: A(p, 2)}),
                        notes="Line 1 new price 1,180.00 AED (was 1120.00) due to freight; date 17/12/2026 as requested. Line 2 as ordered.")


@case("vietnamese-stock-80", "confirmation", "vi-VN",
      "Vietnamese with VND dot-thousands ('95.000 đ'): line 1 reduced to 80 pieces, rest not deliverable.")
def c_vi():
    p = po("4500031030", "DAOVN", "Công ty TNHH Dụng cụ Sài Gòn", "kinhdoanh@dungcusaigon.example", "vi-VN", "VND", "2026-11-06",
           [("UK-25-HD", "Utility knife 25 mm heavy duty", 100, "EA", "95000", "2026-12-18"),
            ("UK-BL-25", "Blades 25 mm, box of 10", 50, "BOX", "48000", "2026-12-18")], buyer="tom")
    body = """Kính gửi anh Tom,

Cảm ơn anh đã đặt hàng. Chúng tôi xác nhận đơn hàng 4500031030 như sau:
- Dòng 1 (UK-25-HD): hiện kho chỉ còn 80 cái, giao 80 cái ngày 18/12/2026, đơn giá 95.000 đ. 20 cái còn lại chúng tôi không giao được.
- Dòng 2 (UK-BL-25): 50 hộp, đơn giá 48.000 đ/hộp, giao ngày 18/12/2026.

Trân trọng,
Nguyễn Thị Hoa
Phòng Kinh doanh – Công ty TNHH Dụng cụ Sài Gòn
ĐT: 028 3812 3456 – MST: 0301234567
"""
    m = reply(p, "Nguyễn Thị Hoa", "hoa.nguyen@dungcusaigon.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 10, 16, 0, 0, "+0700"), "<20261110090000.hoa@dungcusaigon.example>",
              subject="Trả lời: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, q=80), 2: A(p, 2)}),
                        notes="95.000 đ = 95000 VND (dot = thousands). Line 1 only 80 pieces, the other 20 not supplied -> changed quantity 80. Line 2 as ordered.")


@case("indonesian-prepayment-first", "needs_review", "id-ID",
      "Indonesian: supplier wants a 50% down payment before it will confirm the schedule.")
def c_id():
    p = po("4500031031", "KATROL", "PT Katrol Jaya Abadi", "sales@katroljaya.example", "id-ID", "USD", "2026-11-06",
           [("CH-ELEC-1T", "Electric chain hoist 1 t, 6 m", 2, "EA", "1450.00", "2027-01-20"),
            ("CH-TROL-1T", "Push trolley 1 t", 2, "EA", "210.00", "2027-01-20")])
    body = """Selamat siang Bu Ana,

Terima kasih atas PO 4500031031.
Untuk pelanggan baru kami mensyaratkan DP 50% (USD 1.660,00) terlebih dahulu. Setelah DP kami terima, baru kami kirimkan konfirmasi jadwal pengiriman.
Mohon info apakah bisa diproses transfer minggu ini.

Salam,
Dewi Lestari
PT Katrol Jaya Abadi | Jl. Raya Cikarang No. 88, Bekasi | Telp. (021) 8990 1234
"""
    m = reply(p, "Dewi Lestari", "dewi@katroljaya.example", text(body), rfcdate(2026, 11, 9, 13, 10, 0, "+0700"),
              "<CAJx8-dewi.K1@katroljaya.example>", subject="Re: " + request_subject(p))
    return [p], m, other("needs_review", "Confirmation is explicitly deferred until the down payment is received; nothing committed, a human must arrange prepayment.")


@case("ukrainian-1251-split", "confirmation", "uk-UA",
      "windows-1251 Ukrainian with month names ('18 грудня', '8 січня') and a split on one line.")
def c_uk():
    p = po("4500031032", "PIDST", "ТОВ «Автопідйом»", "zbut@avtopidyom.example", "uk-UA", "EUR", "2026-11-05",
           [("JS-2T-UA", "Jack stands 2 t (pair)", 40, "PR", "21.50", "2026-12-23"),
            ("JS-3T-UA", "Jack stands 3 t (pair)", 20, "PR", "27.00", "2026-12-23")], buyer="lea")
    body = """Доброго дня, пані Леа!

Підтверджуємо замовлення 4500031032:
Поз. 1 (підставки 2 т) - 40 пар по 21,50 EUR: 25 пар доставимо 18 грудня, решту 15 пар - 8 січня.
Поз. 2 (підставки 3 т) - 20 пар по 27,00 EUR, доставка 23 грудня.

З повагою,
Олена Коваленко
відділ збуту ТОВ "Автопідйом", м. Дніпро
тел. +380 56 123 45 67
"""
    m = reply(p, "Олена Коваленко", "o.kovalenko@avtopidyom.example", text(body, charset="windows-1251", cte="base64"),
              rfcdate(2026, 11, 10, 11, 11, 0, "+0200"), "<4d5e6f7a8b9c@avtopidyom.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, schedule=[(25, "2026-12-18"), (15, "2027-01-08")]), 2: A(p, 2)}),
                        notes="No years: 18 грудня = 2026-12-18, 8 січня = 2027-01-08, 23 грудня = 2026-12-23. Line 1 split 25+15=40, last 2027-01-08.")


@case("bulgarian-ooo", "auto_reply", "bg-BG",
      "Bulgarian/English out-of-office from an Exchange server, with an alternative contact.")
def c_bg():
    p = po("4500031033", "ABRBG", "Абразиви България ЕООД", "office@abrazivi.example", "bg-BG", "EUR", "2026-11-10",
           [("SD-115-P40", "Flap disc 115 mm, P40", 300, "PC", "0.72", "2026-12-14")])
    body = """Здравейте,

В момента съм извън офиса до 20.11.2026 г. с ограничен достъп до електронна поща.
За спешни въпроси: Мария Георгиева, тел. +359 2 123 4567, maria@abrazivi.example

I am out of the office until 20.11.2026. For urgent matters please contact Maria Georgieva.

Поздрави,
Иван Петров
"""
    m = reply(p, "Иван Петров", "ivan.petrov@abrazivi.example", text(body, charset="windows-1251", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 9, 3, 0, "+0200"), "<OOF.ivp.33@abrazivi.example>",
              subject="Автоматичен отговор: " + request_subject(p),
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "ivan.petrov@abrazivi.example")])
    return [p], m, other("auto_reply", "Bilingual out-of-office; no answer about the PO.")


@case("croatian-gmail-kg-price", "confirmation", "hr-HR",
      "Croatian Gmail reply with localized 'napisao je' quote; price per kg raised on one line, dates '12.1.2027.'.")
def c_hr():
    p = po("4500031034", "ELEKHR", "Elektrode Zagreb d.o.o.", "prodaja@elektrode-zg.example", "hr-HR", "EUR", "2026-11-05",
           [("WR-E6013-25", "Welding electrode E6013, 2.5 mm", 200, "KG", "7.45", "2027-01-12"),
            ("WR-E7018-32", "Welding electrode E7018, 3.2 mm", 100, "KG", "8.20", "2027-01-12")])
    body = """Poštovana gospođo Kowalczyk,

potvrđujemo narudžbu 4500031034.
Zbog poskupljenja žice cijena za E6013 2,5 mm iznosi 7,90 EUR/kg. E7018 ostaje 8,20 EUR/kg.
Količine prema narudžbi, isporuka za obje stavke 12.1.2027.

Lijep pozdrav,
Marko Horvat
Elektrode Zagreb d.o.o. | OIB 12345678901 | tel. 01 234 5678

čet, 5. stu 2026. u 10:14 Ana Kowalczyk <ana.kowalczyk@northgate-mro.example> napisao je:

""" + quote_gt(p)
    m = reply(p, "Marko Horvat", "marko.horvat@elektrode-zg.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 6, 8, 55, 0, "+0100"), "<CAMh0rv-Zg7@mail.gmail.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, price="7.90"), 2: A(p, 2)}),
                        notes="Line 1 price 7,90 EUR/kg (PO 7.45/KG), qty and 12.1.2027 = 2027-01-12 unchanged; line 2 as ordered. The quoted PO table must not be read as the answer.")


@case("slovak-invoice-other-po", "unrelated", "sk-SK",
      "Slovak invoice mail with PDF for a different, older PO of the same supplier.")
def c_sk():
    p = po("4500031035", "MOMSK", "Momentklúč Slovakia s.r.o.", "predaj@momentkluc.example", "sk-SK", "EUR", "2026-11-09",
           [("TW-60-38", "Torque wrench 10-60 Nm, 3/8in", 10, "EA", "96.00", "2026-12-17")], buyer="tom")
    body = """Dobrý deň,

v prílohe Vám zasielame faktúru č. 2026110345 k Vašej objednávke 4500029877 (dodané 3. 11. 2026).
Splatnosť: 14 dní, t. j. 24. 11. 2026. Suma k úhrade: 1 284,00 EUR.

S pozdravom
Fakturácia - Momentklúč Slovakia s.r.o.
IČO 12345678 | IČ DPH SK2012345678 | IBAN SK31 1200 0000 1987 4263 7541
"""
    pdf = make_pdf(["FAKTURA - DANOVY DOKLAD c. 2026110345", "Datum vystavenia: 10.11.2026   Splatnost: 24.11.2026",
                    "Odberatel: Northgate MRO Supply", "Vasa objednavka: 4500029877",
                    "1  TW-200-12  Momentovy kluc 40-200 Nm   10 ks   107,00   1 070,00",
                    "DPH 20 %  214,00        Spolu k uhrade EUR 1 284,00"], "Faktura 2026110345")
    mp = multipart("mixed", [text(body, charset="iso-8859-2", cte="quoted-printable"),
                             attachment(pdf, "application/pdf", "Faktura_2026110345.pdf")], "inv-2026110345")
    m = message(addr("Momentklúč – fakturácia", "fakturacia@momentkluc.example"), "tom.brandt@northgate-mro.example",
                "Faktúra 2026110345", rfcdate(2026, 11, 10, 7, 30, 0, "+0100"), "<inv.2026110345@momentkluc.example>", mp)
    return [p], m, other("unrelated", "Invoice for PO 4500029877, not for open PO 4500031035; no answer about our order.")


@case("lithuanian-html-blockquote", "confirmation", "lt-LT",
      "Lithuanian multipart reply with the PO quoted in an HTML blockquote; everything confirmed with ISO dates.")
def c_lt():
    p = po("4500031036", "SLIFLT", "UAB Šlifavimo sprendimai", "pardavimai@slifavimas.example", "lt-LT", "EUR", "2026-11-05",
           [("SD-150-P180", "Sanding disc 150 mm, P180, 15 holes", 1000, "PC", "0.29", "2026-12-17"),
            ("SD-150-P240", "Sanding disc 150 mm, P240, 15 holes", 1000, "PC", "0.29", "2026-12-17"),
            ("SD-PAD-150", "Backing pad 150 mm, medium", 10, "EA", "12.60", "2026-12-17")])
    plain = """Laba diena,

patvirtiname užsakymą Nr. 4500031036 pilnai: kiekiai ir kainos pagal užsakymą, pristatymas 2026-12-17.

Pagarbiai
Tomas Kazlauskas
UAB Šlifavimo sprendimai | Tel. +370 5 212 3456 | Įm. k. 302123456

""" + quote_gt(p)
    html = html_doc("<div>Laba diena,</div><div><br></div><div>patvirtiname užsakymą Nr. 4500031036 pilnai: kiekiai ir kainos pagal užsakymą, pristatymas 2026-12-17.</div>"
                    "<div><br>Pagarbiai<br>Tomas Kazlauskas<br>UAB Šlifavimo sprendimai | Tel. +370 5 212 3456</div>"
                    '<div>2026-11-05, 09:12, Ana Kowalczyk rašė:</div><blockquote type="cite" style="border-left:2px solid #1010ff;padding-left:5px">'
                    + request_html(p) + "</blockquote>")
    m = reply(p, "Tomas Kazlauskas", "tomas.k@slifavimas.example", alt(plain, html, "=_a7b8c9d0e1f2", cte="quoted-printable"),
              rfcdate(2026, 11, 6, 10, 2, 0, "+0200"), "<a7b8c9d0e1f2@slifavimas.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)}),
                        notes="'pilnai' = in full; all lines as ordered, 2026-12-17 = requested date.")


@case("latvian-dali-discontinued", "confirmation", "lv-LV",
      "Latvian: two lines confirmed, the DALI variant is out of production and cannot be delivered.")
def c_lv():
    p = po("4500031037", "GAISMA", "SIA Gaismas Risinājumi", "pasutijumi@gaismas.example", "lv-LV", "EUR", "2026-11-06",
           [("LP-6060-36W", "LED panel 600x600, 36 W", 40, "EA", "21.40", "2026-12-15"),
            ("LP-6060-36W-D", "LED panel 600x600, 36 W, DALI", 10, "EA", "38.00", "2026-12-15"),
            ("LP-FRAME-6060", "Surface mounting frame 600x600", 40, "EA", "6.80", "2026-12-15")], buyer="lea")
    body = """Labdien!

Apstiprinām pasūtījumu Nr. 4500031037:
1. pozīcija – 40 gab. × 21,40 EUR, piegāde 15.12.2026.
2. pozīcija – DALI versija ir izņemta no ražošanas, diemžēl nevaram piegādāt.
3. pozīcija – 40 gab. × 6,80 EUR, piegāde 15.12.2026.

Ar cieņu
Laura Bērziņa
SIA Gaismas Risinājumi | Rīga, Krasta iela 50 | Tālr. +371 67 123 456 | PVN LV40003123456
"""
    m = reply(p, "Laura Bērziņa", "laura@gaismas.example", text(body, charset="windows-1257", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 12, 0, 0, "+0200"), "<lb.20261110.1200@gaismas.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: R, 3: A(p, 3)}),
                        notes="Line 2 discontinued ('izņemta no ražošanas', cannot deliver) -> rejected; lines 1 and 3 as ordered.")
