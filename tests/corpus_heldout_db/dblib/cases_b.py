# -*- coding: utf-8 -*-
"""Cases 019-036."""
from .common import *  # noqa


# 019 ---------------------------------------------------------------------------
@case("bunyip-forwarded-warehouse", "confirmation", "en-AU",
      "Sales rep forwards the warehouse's internal note in a new thread (no In-Reply-To); day-first '4/12' and '18/12', split delivery on line 1.")
def c019():
    S = sup("BUNYIP", "Bunyip Garden Gear Pty Ltd", "orders@bunyipgarden.example", "en-AU")
    P = po("4500081405", S, "tom", "AUD", "2026-11-11", [
        ("HR-60-WM", "Garden hose reel, wall-mounted, 60 m capacity", 36, "EA", "54.00", "2026-12-18"),
        ("HR-CART-90", "Hose reel cart, 90 m, powder-coated steel", 12, "EA", "118.00", "2026-12-18")])
    body = """Hi Tom,

See below from our warehouse - short answer: line 2 (carts) all good for the 18th, line 1 we'll send 24 on 4/12 and the remaining 12 on 18/12. Pricing as per your PO 4500081405.

Cheers,
Kylie

Kylie Brennan | Account Manager - Export
Bunyip Garden Gear Pty Ltd | ABN 51 824 753 556
14 Foundry Rd, Seven Hills NSW 2147 | +61 2 9620 4410

---------- Forwarded message ---------
From: Dave Nguyen <dave.nguyen@bunyipgarden.example>
Date: Thu, 19 Nov 2026 at 08:47
Subject: RE: Larkfield PO 4500081405
To: Kylie Brennan <kylie.brennan@bunyipgarden.example>


Kyl - wall reels: 24 in stock, can go out Fri 4th Dec. Other 12 are on the Ningbo container due ~15th so 18th for those. Carts fine, 12 on hand.

Dave

-----Original Message-----
From: Kylie Brennan
Sent: Wednesday, 18 November 2026 4:12 PM
To: Warehouse <warehouse@bunyipgarden.example>
Subject: Larkfield PO 4500081405

Dave can you check stock on HR-60-WM x36 and HR-CART-90 x12 for German customer, they want 18/12.
"""
    raw = mail(("Kylie Brennan", "kylie.brennan@bunyipgarden.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "Fwd: RE: Larkfield PO 4500081405", "2026-11-19 10:05", text(body, "utf-8", "7bit"), P, reply=False,
               zone="+1100")
    exp = expected("confirmation",
                   "Forwarded internal note, summarised by the rep in the top text (which is addressed to us). Line 1: "
                   "24 on 4/12 (2026-12-04) + 12 on 18/12 (2026-12-18), total 36, price as PO -> changed with schedule. "
                   "Line 2: 12 carts for the 18th at PO price -> accepted. '~15th' is the container ETA, not a commitment.",
                   answer(P, l1=C(s=[(24, "2026-12-04"), (12, "2026-12-18")]), l2=A()))
    return [P], raw, exp


# 020 ---------------------------------------------------------------------------
@case("korupaja-per-100-kpl", "confirmation", "fi-FI",
      "Finnish reply with prices per 100 kpl (42,00 €/100 kpl = 0.42, unchanged) and dates as 'viikolla 51' / 'viikolla 49'; only one line actually changes (earlier).")
def c020():
    S = sup("KORUPA", "Korupaja Oy", "myynti@korupaja.example", "fi-FI")
    P = po("4500081418", S, "mira", "EUR", "2026-11-12", [
        ("JC-LOB12-GP", "Lobster clasp 12 mm, brass, gold-plated", 2000, "PC", "0.42", "2026-12-18"),
        ("JC-SPR6-SS", "Spring ring clasp 6 mm, stainless steel", 5000, "PC", "0.065", "2026-12-18")])
    body = """Hei Mira,

kiitos tilauksesta 4500081418. Vahvistamme sen seuraavasti:

rivi 1: 2 000 kpl, hinta 42,00 €/100 kpl, toimitus viikolla 51
rivi 2: 5 000 kpl, hinta 6,50 €/100 kpl, toimitus jo viikolla 49

Ystävällisin terveisin
Aino Heikkinen
Korupaja Oy | Y-tunnus 2748113-6
Puh. 040 718 2294

""" + q_outlook(P, labels=("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), sent="torstai 12. marraskuuta 2026 11.02")
    raw = mail(("Aino Heikkinen", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "VS: " + req_subject(P), "2026-11-13 09:31", text(body, "utf-8"), P, zone="+0200")
    exp = expected("confirmation",
                   "Prices per 100 pcs: 42,00/100 = 0.42 and 6,50/100 = 0.065, both equal to the PO. Week 51 (Friday) = "
                   "2026-12-18 = requested -> line 1 accepted. Week 49 (Friday) = 2026-12-04, earlier -> line 2 changed.",
                   answer(P, l1=A(), l2=C(d=kw(2026, 49))))
    return [P], raw, exp


# 021 ---------------------------------------------------------------------------
@case("elaionets-surcharge-4pct", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply: quantities and date (9/12, no year) as ordered, but a 4% polyethylene surcharge on all codes, so both prices change by calculation.")
def c021():
    S = sup("ELAION", "Elaiodichta Kritis S.A.", "sales@elaionets.example", "el-GR")
    P = po("4500081424", S, "ana", "EUR", "2026-11-12", [
        ("ON-5X8-90", "Olive harvest net 5 x 8 m, 90 g/m2, UV stabilised", 400, "EA", "11.50", "2026-12-09"),
        ("ON-RL-4X100", "Olive net roll 4 x 100 m, 70 g/m2", 20, "ROL", "148.00", "2026-12-09")])
    body = """Καλησπέρα κα Costa,

Επιβεβαιώνουμε την παραγγελία σας 4500081424 ως εξής:

- Κωδ. ON-5X8-90: 400 τεμ., παράδοση 9/12.
- Κωδ. ON-RL-4X100: 20 ρολά, παράδοση 9/12.

Λόγω της αύξησης του κόστους πολυαιθυλενίου, στις τιμές της παραγγελίας εφαρμόζεται επιβάρυνση 4% για όλους τους κωδικούς.

Με εκτίμηση,
Νίκος Παπαδάκης
Τμήμα Πωλήσεων
Ελαιοδίχτυα Κρήτης Α.Ε. | ΒΙΠΕ Ηρακλείου, Οδός Β, 71601
Τηλ. 2810 382 415 | ΑΦΜ 094812736

""" + q_gt(P, intro="Στις 12/11/2026 11:02 π.μ., ο/η {n} έγραψε:")
    raw = mail(("Νίκος Παπαδάκης", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "ΑΠ: " + req_subject(P), "2026-11-16 17:40", text(body, "iso-8859-7"), P, zone="+0200",
               hcharset="iso-8859-7")
    exp = expected("confirmation",
                   "Quantities as ordered and '9/12' (day-first, no year) = 2026-12-09 = requested. A 4% surcharge applies "
                   "to the PO unit prices: 11.50 x 1.04 = 11.96 and 148.00 x 1.04 = 153.92 -> both changed.",
                   answer(P, l1=C(p="11.96"), l2=C(p="153.92")))
    return [P], raw, exp


# 022 ---------------------------------------------------------------------------
@case("egezincir-shot-length", "confirmation", "tr-TR",
      "Turkish windows-1254 reply: chain only made in 27,5 m shots, so 50 m becomes 2 shots = 55 m at the same price per metre; shackles as ordered.")
def c022():
    S = sup("EGEZIN", "Ege Zincir Sanayi ve Ticaret A.Ş.", "satis@egezincir.example", "tr-TR")
    P = po("4500081437", S, "jonas", "EUR", "2026-11-12", [
        ("AC-16-U2-SL", "Anchor chain 16 mm, grade U2, stud link", 50, "M", "61.00", "2027-01-15"),
        ("KS-16-U2", "Kenter shackle 16 mm, grade U2", 4, "EA", "38.00", "2027-01-15")])
    body = """Sayın Jonas Bey,

4500081437 numaralı siparişiniz için teşekkür ederiz.

1. kalem: Zincirlerimiz 27,5 metrelik şakıllar (shot) halinde üretilmektedir; bu nedenle 50 m yerine 2 şakıl = 55 m teyit ediyoruz. Birim fiyat 61,00 EUR/m, değişiklik yok.
2. kalem: 4 adet kenter kilidi, 38,00 EUR/adet, uygundur.

Teslim tarihi: her iki kalem için 15 Ocak 2027.

Saygılarımızla,
Mehmet Yıldırım
İhracat Müdürü
Ege Zincir San. ve Tic. A.Ş. | Kemalpaşa OSB, 35730 İzmir
Tel: +90 232 877 14 20 | Vergi No: 3250 418 772

""" + q_outlook(P, labels=("Kimden", "Gönderildi", "Kime", "Konu"), sent="12 Kasım 2026 Perşembe 12:02")
    raw = mail(("Mehmet Yıldırım", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "YNT: " + req_subject(P), "2026-11-13 11:26", text(body, "windows-1254"), P, zone="+0300",
               hcharset="windows-1254")
    exp = expected("confirmation",
                   "Line 1: quantity 55 m (2 shots of 27,5 m) instead of 50 m, price per metre unchanged, date 15 Ocak 2027 "
                   "= requested -> changed (quantity). Line 2 as ordered.",
                   answer(P, l1=C(q=55), l2=A()))
    return [P], raw, exp


# 023 ---------------------------------------------------------------------------
@case("boreal-absence-bilingue", "auto_reply", "fr-CA",
      "Bilingual Quebec out-of-office without Auto-Submitted (only X-Autoreply and the 'Réponse automatique' subject); mentions a return date.")
def c023():
    S = sup("BOREAL", "Lacets Boréal inc.", "commandes@lacetsboreal.example", "fr-CA")
    P = po("4500081446", S, "mira", "CAD", "2026-11-13", [
        ("LAC-HK-96-W", "Hockey skate laces 96 in, waxed, white", 600, "PR", "2.35", "2026-12-16"),
        ("LAC-FIG-84-B", "Figure skate laces 84 in, black", 300, "PR", "1.90", "2026-12-16")])
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 23 novembre inclusivement. Pour toute commande urgente, veuillez écrire à service@lacetsboreal.example ou composer le 418 555-0142, poste 3.

Hello,

I am out of the office until Monday, November 23. For urgent orders please write to service@lacetsboreal.example or call 418 555-0142 ext. 3.

Geneviève Tremblay
Lacets Boréal inc. – Saint-Georges (Québec)
"""
    raw = mail(("Geneviève Tremblay", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Réponse automatique : " + req_subject(P), "2026-11-13 04:03", text(body, "utf-8"), P, zone="-0500",
               extra=[("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Out-of-office reply (bilingual); the 23 November is a return date. No Auto-Submitted "
                                 "header, but X-Autoreply and the subject make it automatic; nothing is confirmed.")
    return [P], raw, exp


# 024 ---------------------------------------------------------------------------
@case("exchange-ndr-unzustellbar", "bounce", "de-CH",
      "German-language Exchange Online NDR 'Unzustellbar:' (multipart/report, 5.1.10 RecipientNotFound) from a MicrosoftExchange… sender, original attached.")
def c024():
    S = sup("PIPZUR", "Pipettenwerk Zürcher AG", "bestellung@pipettenwerk-zuercher.example", "de-CH")
    P = po("4500081450", S, "dana", "CHF", "2026-11-13", [
        ("PW-GLAS-25", "Volumetric pipette glass 25 ml, class AS", 100, "EA", "8.90", "2026-12-11"),
        ("PW-PEL-BLUE", "Pipette filler, pelleus type, blue", 40, "EA", "21.50", "2026-12-11")])
    human = """Ihre Nachricht hat bestellung@pipettenwerk-zuercher.example nicht erreicht.

bestellung@pipettenwerk-zuercher.example wurde nicht gefunden. Stellen Sie sicher, dass die E-Mail-Adresse korrekt ist.

Diagnoseinformationen für Administratoren:

Generierender Server: ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM

bestellung@pipettenwerk-zuercher.example
Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" zurückgegeben.
"""
    raw = dsn(P, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@pipettenwerk-zuercher.example>",
              "Unzustellbar: " + req_subject(P), "2026-11-13 10:03:12", "+0000", human,
              "ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM", "bestellung@pipettenwerk-zuercher.example", "5.1.10",
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
              human_charset="utf-8", human_cte="quoted-printable",
              extra=[("X-MS-Exchange-Message-Is-Ndr", "")])
    exp = expected("bounce", "Exchange non-delivery report in German: the recipient address does not exist; the "
                             "request was not delivered.")
    return [P], raw, exp


# 025 ---------------------------------------------------------------------------
@case("zongora-xlsx-visszaigazolas", "confirmation", "hu-HU",
      "Hungarian cover mail with the real answer only in an ERP-made XLSX; dates as '2027.01.15.'; line 3 split across two rows (3/1, 3/2).")
def c025():
    S = sup("ZONGOR", "Zongoramechanika Kft.", "rendeles@zongoramechanika.example", "hu-HU")
    P = po("4500081463", S, "tom", "EUR", "2026-11-13", [
        ("PH-TREB-52", "Treble piano hammers, set of 52, 12 lb felt", 8, "SET", "214.00", "2027-01-15"),
        ("PH-SHANK-88", "Hammer shanks hornbeam, set of 88", 10, "SET", "58.00", "2027-01-15"),
        ("PH-FLANGE-88", "Hammer flanges with bushings, set of 88", 10, "SET", "76.00", "2027-01-15")])
    rows = [["Zongoramechanika Kft. - Megrendelés-visszaigazolás VIG-2026/1187"],
            ["Vevő:", "Larkfield Trading GmbH", "", "Megrendelés száma:", "4500081463"],
            ["Kelt:", "2026.11.17."],
            [],
            ["Sor", "Cikkszám", "Megnevezés", "Mennyiség", "ME", "Egységár (EUR)", "Érték (EUR)", "Szállítási határidő", "Megjegyzés"],
            ["1", "PH-TREB-52", "Diszkant kalapácsfej-garnitúra 52 db, 12 lb filc", 8, "garn.", 214.0, 1712.0, "2027.01.15.", ""],
            ["2", "PH-SHANK-88", "Kalapácsnyél gyertyánfa, 88 db-os garnitúra", 10, "garn.", 58.0, 580.0, "2027.01.15.", ""],
            ["3/1", "PH-FLANGE-88", "Kalapácsvilla perselyezve, 88 db-os garnitúra", 6, "garn.", 76.0, 456.0, "2027.01.15.", "résszállítás"],
            ["3/2", "PH-FLANGE-88", "Kalapácsvilla perselyezve, 88 db-os garnitúra", 4, "garn.", 76.0, 304.0, "2027.02.05.", "résszállítás"],
            [],
            ["", "", "", "", "", "Összesen nettó:", 3052.0],
            ["Fizetési feltétel: 30 nap", "", "", "Paritás: DAP Bremen"]]
    body = """Tisztelt Achterberg Úr!

Mellékelten küldjük a 4500081463 számú megrendelésének visszaigazolását (VIG-2026/1187).
Kérjük, ellenőrizze a szállítási határidőket.

Üdvözlettel:
Kovács Eszter
értékesítési asszisztens
Zongoramechanika Kft. | 1106 Budapest, Fehér út 10.
Tel.: +36 1 433 7190 | Adószám: 12345678-2-42
"""
    m = mixed(text(body, "iso-8859-2"),
              attach("VIG-2026-1187.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     make_xlsx(rows, "Visszaigazolas")))
    raw = mail(("Kovács Eszter", "kovacs.eszter@zongoramechanika.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "VS: " + req_subject(P), "2026-11-17 13:48", m, P, hcharset="iso-8859-2")
    exp = expected("confirmation",
                   "All data is in the XLSX. Lines 1 and 2 as ordered (2027.01.15. = requested). Line 3 split: 6 sets "
                   "2027-01-15 + 4 sets 2027-02-05, total 10 at 76.00 -> changed with schedule, last date 2027-02-05.",
                   answer(P, l1=A(), l2=A(), l3=C(s=[(6, "2027-01-15"), (4, "2027-02-05")])))
    return [P], raw, exp


# 026 ---------------------------------------------------------------------------
@case("saigontackle-bearing-delay", "confirmation", "vi-VN",
      "Vietnamese base64 reply with decimal comma prices; second line moved to 05/02/2027 because of a bearing supplier delay; Vietnamese Outlook quote header.")
def c026():
    S = sup("SGTACK", "Saigon Tackle Co., Ltd.", "sales@saigontackle.example", "vi-VN")
    P = po("4500081471", S, "dana", "USD", "2026-11-13", [
        ("FR-BC-150", "Baitcasting reel size 150, 7.2:1", 60, "EA", "24.80", "2027-01-22"),
        ("FR-SP-5000", "Spinning reel 5000, saltwater sealed", 40, "EA", "31.50", "2027-01-22")])
    body = """Kính gửi chị Dana,

Cảm ơn chị đã đặt hàng. Chúng tôi xác nhận đơn hàng số 4500081471 như sau:

- FR-BC-150: 60 cái, đơn giá 24,80 USD, giao hàng ngày 22/01/2027.
- FR-SP-5000: 40 cái, đơn giá không đổi (31,50 USD). Do nhà cung cấp vòng bi giao chậm, chúng tôi chỉ có thể giao hàng vào ngày 05/02/2027.

Rất mong chị thông cảm.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Cần Câu Sài Gòn
Lô C4, KCN Tân Bình, TP. Hồ Chí Minh | ĐT: (028) 3815 6620 | MST: 0312 458 907

""" + q_outlook(P, labels=("Từ", "Đã gửi", "Đến", "Chủ đề"), sent="Thứ Sáu, 13 tháng 11, 2026 16:02")
    raw = mail(("Nguyễn Thị Thu Hà", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-16 09:12", text(body, "utf-8", "base64"), P, zone="+0700")
    exp = expected("confirmation",
                   "Line 1 as ordered (22/01/2027 day-first = requested). Line 2: 40 pcs at unchanged 31,50 USD but delivery "
                   "05/02/2027 = 2027-02-05 -> changed.",
                   answer(P, l1=A(), l2=C(d="2027-02-05")))
    return [P], raw, exp


# 027 ---------------------------------------------------------------------------
@case("rahaf-received-next-week", "needs_review", "he-IL",
      "Hebrew right-to-left HTML+text mail: PO received, 'we will check with production and come back next week' - a human receipt that commits to nothing.")
def c027():
    S = sup("RAHAFT", "Rahaf Tech Ltd.", "orders@rahaftech.example", "he-IL")
    P = po("4500081480", S, "dana", "USD", "2026-11-16", [
        ("PRP-1855-CF", "Propeller 18x5.5 carbon fibre, folding, pair", 120, "PR", "14.60", "2027-01-08"),
        ("PRP-HUB-18", "Folding propeller hub for 18 in, aluminium", 120, "EA", "6.20", "2027-01-08")])
    t = """שלום Dana,

קיבלנו את הזמנת הרכש 4500081480, תודה רבה.
אנחנו בודקים מול מחלקת הייצור ונחזור אלייך עם אישור ותאריכי אספקה במהלך השבוע הבא.

בברכה,
יעל כהן
מחלקת מכירות | רחף טק בע"מ
טל' 03-9412277 | נייד 054-6618230
"""
    h = html_wrap('<div dir="rtl" style="font-family:Arial">' + html_from_text(t) + "</div>", "he")
    raw = mail(("יעל כהן", "yael@rahaftech.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-17 11:20", alt(text(t, "utf-8", "base64"), html(h, "utf-8", "base64")),
               P, zone="+0200")
    exp = expected("needs_review", "Human acknowledgment of receipt only; the supplier will come back with confirmation "
                                   "and dates next week. No line is committed.")
    return [P], raw, exp


# 028 ---------------------------------------------------------------------------
@case("zipy-vysocina-tyden-split", "confirmation", "cs-CZ",
      "Czech windows-1250 reply using week numbers ('51. týden', '2. týden 2027'): one line as ordered, one split across the year end, one raised to a 5000 pcs minimum.")
def c028():
    S = sup("ZIPVYS", "Zipy Vysočina s.r.o.", "obchod@zipy-vysocina.example", "cs-CZ")
    P = po("4500081492", S, "tom", "EUR", "2026-11-13", [
        ("TZ-10-COIL-R", "Tent zip #10 coil, continuous, on roll", 1000, "M", "0.58", "2026-12-18"),
        ("TZ-SL10-AL", "Slider #10 for coil zip, aluminium, non-lock", 2000, "PC", "0.12", "2026-12-18"),
        ("TZ-STOP10", "Top stop #10, brass", 4000, "PC", "0.018", "2026-12-18")])
    body = """Dobrý den, pane Achterbergu,

potvrzujeme Vaši objednávku č. 4500081492:

Pol. 1 - spirálový zip č. 10 v roli: 1000 m á 0,58 EUR, dodání 51. týden.
Pol. 2 - jezdce č. 10: dodáme ve dvou částech, 1200 ks v 51. týdnu, zbývajících 800 ks ve 2. týdnu 2027. Cena beze změny.
Pol. 3 - koncovky: minimální odběr je 5000 ks, potvrzujeme tedy 5000 ks á 0,018 EUR, dodání 51. týden.

S pozdravem / Best regards
Jana Dvořáková
Zipy Vysočina s.r.o. | Průmyslová 1187, 586 01 Jihlava
IČ: 27712345 | DIČ: CZ27712345 | tel. +420 567 301 882

""" + q_outlook(P, labels=("Od", "Odesláno", "Komu", "Předmět"), sent="pátek 13. listopadu 2026 10:02")
    raw = mail(("Jana Dvořáková", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-16 14:05", text(body, "windows-1250"), P, hcharset="windows-1250")
    exp = expected("confirmation",
                   "Week numbers without a day mean Friday. Line 1: week 51 = 2026-12-18 = requested -> accepted. Line 2: "
                   "1200 in week 51 (2026-12-18) + 800 in week 2/2027 (2027-01-15) -> changed with schedule. Line 3: "
                   "5000 pcs (minimum) instead of 4000, price and date as ordered -> changed.",
                   answer(P, l1=A(), l2=C(s=[(1200, kw(2026, 51)), (800, kw(2027, 2))]), l3=C(q=5000)))
    return [P], raw, exp


# 029 ---------------------------------------------------------------------------
@case("gulfsolar-backorder-sunday", "confirmation", "ar-AE",
      "UAE supplier writing English with Arabic greeting/sign-off; 'Sunday 13th December' is a working day there and one day early; one line on back order until after 20th Nov.")
def c029():
    S = sup("GULFSC", "Gulf Solar Components LLC", "sales@gulfsolarcomp.example", "ar-AE")
    P = po("4500081505", S, "dana", "USD", "2026-11-16", [
        ("SCG-M20-SS", "Cable gland M20x1.5, stainless 316, IP68", 500, "PC", "3.10", "2026-12-14"),
        ("SCG-PG9-EMC", "EMC cable gland PG9, nickel-plated brass", 300, "PC", "2.45", "2026-12-14"),
        ("SCG-BLK-M20", "Blanking plug M20x1.5, nylon", 1000, "PC", "0.09", "2026-12-14")])
    t = """السلام عليكم Dana,

Thank you for your PO 4500081505.

Items 1 & 3: confirmed as per PO, delivery to your forwarder in Jebel Ali on Sunday 13th December.
Item 2 (EMC PG9): currently on back order from our principal, we will confirm availability after 20th November.

Best regards / مع أطيب التحيات
Omar Al Hashimi
Sales Engineer
Gulf Solar Components LLC | Office 1407, JAFZA One, Jebel Ali Free Zone, Dubai, UAE
T +971 4 881 6270 | M +971 50 447 1932 | TRN 100384726500003

"""
    q = q_outlook(P)
    h = html_wrap(html_from_text(t) + q_outlook_html(P))
    raw = mail(("Omar Al Hashimi", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-17 09:40", alt(text(t + q), html(h)), P, zone="+0400")
    exp = expected("confirmation",
                   "Items 1 and 3: quantities and prices as PO, delivery Sunday 13 December 2026 (no year, next one) = "
                   "2026-12-13, one day before the requested 2026-12-14 -> changed (date). Item 2 on back order, to be "
                   "confirmed later -> unconfirmed.",
                   answer(P, l1=C(d="2026-12-13"), l2=U(), l3=C(d="2026-12-13")))
    return [P], raw, exp


# 030 ---------------------------------------------------------------------------
@case("nordvind-erp-pdf-ordrebekraeftelse", "confirmation", "da-DK",
      "ERP-generated 'do not reply' mail (Auto-Submitted: auto-generated, new thread) with a hand-built PDF order confirmation; Danish number format 1.000 / 3,55.")
def c030():
    S = sup("NORDVD", "Nordvind Drageværksted ApS", "ordre@nordvind-drager.example", "da-DK")
    P = po("4500081511", S, "mira", "EUR", "2026-11-16", [
        ("KSP-CF6-165", "Kite spar carbon tube 6 mm x 165 cm", 400, "PC", "2.10", "2026-12-11"),
        ("KSP-CF8-165", "Kite spar carbon tube 8 mm x 165 cm", 200, "PC", "3.40", "2026-12-11"),
        ("KSP-FERR6", "Ferrule aluminium for 6 mm spar", 800, "PC", "0.22", "2026-12-11")])
    pdf = make_pdf([
        "Nordvind Dragev\u00e6rksted ApS  -  Havnegade 31  -  6700 Esbjerg  -  CVR 38 41 27 90",
        "",
        "ORDREBEKR\u00c6FTELSE  nr. 20461",
        "",
        "Kunde: Larkfield Trading GmbH, Hafenstrasse 12, 28217 Bremen",
        "Deres ordre: 4500081511          Ordredato: 16-11-2026          Kundenr.: 10488",
        "Leveringsbetingelser: DAP Bremen          Betaling: netto 30 dage",
        "",
        "Pos  Varenr.        Beskrivelse                         Antal   Enhed   Stk.pris EUR   Bel\u00f8b EUR   Levering",
        "1    KSP-CF6-165    Kulfiberr\u00f8r 6 mm x 165 cm             400     stk     2,10           840,00     11-12-2026",
        "2    KSP-CF8-165    Kulfiberr\u00f8r 8 mm x 165 cm             200     stk     3,55           710,00     11-12-2026",
        "3    KSP-FERR6      Samlemuffe alu 6 mm (pakning a 500)  1.000   stk     0,22           220,00     11-12-2026",
        "",
        "                                                  I alt ekskl. moms EUR      1.770,00",
        "",
        "Bem\u00e6rk: pos. 2 ny pris pr. 01-11-2026. Pos. 3 leveres i hele pakninger a 500 stk.",
        "Vi takker for ordren.  Nordvind Dragev\u00e6rksted ApS  -  tlf. +45 75 12 88 40  -  ordre@nordvind-drager.example"],
        title="Ordrebekraeftelse 20461")
    body = """Kære kunde

Hermed fremsendes ordrebekræftelse nr. 20461 vedrørende jeres ordre 4500081511.

Denne e-mail er genereret automatisk. Der kan ikke svares på denne e-mail - kontakt venligst ordre@nordvind-drager.example.

Med venlig hilsen
Nordvind Drageværksted ApS
"""
    m = mixed(text(body, "iso-8859-1"), attach("Ordrebekraeftelse_20461.pdf", "application/pdf", pdf))
    raw = mail(("Nordvind Drageværksted ApS", "noreply@nordvind-drager.example"), ("", P["buyer"]["email"]),
               "Ordrebekræftelse 20461 - jeres ordre 4500081511", "2026-11-17 06:15", m, P, reply=False,
               hcharset="iso-8859-1", extra=[("Auto-Submitted", "auto-generated")], mailer="Microsoft Dynamics NAV")
    exp = expected("confirmation",
                   "Automatic ERP mail, but the attached PDF is an order confirmation that commits -> confirmation. "
                   "Pos. 1 as ordered. Pos. 2 new price 3,55 -> changed. Pos. 3: 1.000 pcs (Danish thousands dot; whole "
                   "packs of 500) instead of 800 -> changed. All deliveries 11-12-2026 = requested.",
                   answer(P, l1=A(), l2=C(p="3.55"), l3=C(q=1000)))
    return [P], raw, exp


# 031 ---------------------------------------------------------------------------
@case("svichkova-forma-declines-all", "confirmation", "uk-UA",
      "Ukrainian windows-1251 mail that politely declines the whole order (workshop reconstruction until March 2027): every line rejected.")
def c031():
    S = sup("SVICHF", "TOV Svichkova Forma", "info@svichkova-forma.example", "uk-UA")
    P = po("4500081526", S, "ana", "EUR", "2026-11-16", [
        ("CM-SIL-BALL8", "Candle mould silicone, sphere 8 cm", 200, "EA", "3.90", "2027-01-15"),
        ("CM-SIL-PIL612", "Candle mould silicone, pillar 6x12 cm", 150, "EA", "4.40", "2027-01-15")])
    body = """Доброго дня, пані Ано!

Дякуємо за замовлення № 4500081526.

На жаль, ми змушені відмовитися від його виконання: з грудня ми тимчасово зупиняємо виробництво силіконових форм через реконструкцію цеху і до березня 2027 року нових замовлень не приймаємо.

Вибачте за незручності. Сподіваємося на подальшу співпрацю.

З повагою,
Олена Коваль
менеджер з продажу
ТОВ «Свічкова форма», м. Львів, вул. Городоцька, 174
тел. +380 32 245 18 07
"""
    raw = mail(("Олена Коваль", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-18 10:50", text(body, "windows-1251", "quoted-printable"), P,
               zone="+0200", hcharset="windows-1251")
    exp = expected("confirmation",
                   "An explicit refusal of the whole order is an answer: both lines rejected. 'березня 2027' is when they "
                   "accept orders again, not a delivery date.",
                   answer(P, R()))
    return [P], raw, exp


# 032 ---------------------------------------------------------------------------
@case("southerncross-invoice-other-po", "unrelated", "en-NZ",
      "Xero-style tax invoice with PDF from the same supplier, but for an older order (4500079966), not the open PO; amounts and due date look like an answer.")
def c032():
    S = sup("STHXPP", "Southern Cross Pipes Ltd", "orders@southerncrosspipes.example", "en-NZ")
    P = po("4500081533", S, "tom", "EUR", "2026-11-16", [
        ("BC-PRAC-LONG", "Practice chanter, long, polypenco", 40, "EA", "38.00", "2027-01-15"),
        ("BC-REED-PRAC", "Practice chanter reed, plastic", 200, "EA", "1.60", "2027-01-15")])
    pdf = make_pdf([
        "Southern Cross Pipes Ltd   GST No. 112-384-906",
        "27 Kilmore Street, Christchurch 8013, New Zealand",
        "",
        "TAX INVOICE   INV-30418",
        "Invoice date: 18 Nov 2026        Due date: 20 Dec 2026",
        "Reference: SO-18845 / your order 4500079966",
        "Bill to: Larkfield Trading GmbH, Hafenstrasse 12, 28217 Bremen, Germany",
        "",
        "Description                                  Qty     Unit price    Amount NZD",
        "Bagpipe chanter, African blackwood           12      168.00        2,016.00",
        "Chanter cane reeds, medium                   24        7.00          168.00",
        "",
        "Subtotal                                                            2,184.00",
        "GST 0% (export)                                                         0.00",
        "TOTAL NZD                                                           2,184.00",
        "",
        "Bank: ANZ 01-0823-0456789-00   Please quote INV-30418"], title="INV-30418")
    body = """Hi Tom,

Here's invoice INV-30418 for NZD 2,184.00 (our ref SO-18845, your order 4500079966).

The amount outstanding of NZD 2,184.00 is due on 20 Dec 2026.

If you have any questions, please let us know.

Thanks,
Southern Cross Pipes Ltd
"""
    m = mixed(alt(text(body), html(html_wrap(html_from_text(body)))),
              attach("Invoice INV-30418.pdf", "application/pdf", pdf))
    raw = mail(("Southern Cross Pipes Ltd", "messaging-service@post.xero.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "Invoice INV-30418 from Southern Cross Pipes Ltd for Larkfield Trading GmbH", "2026-11-18 14:22", m, None,
               zone="+1300", extra=[("Reply-To", "accounts@southerncrosspipes.example")])
    exp = expected("unrelated", "An invoice for an earlier order 4500079966 (chanters already delivered), not an answer "
                                "about open PO 4500081533. The due date 20 Dec 2026 is a payment date.")
    return [P], raw, exp


# 033 ---------------------------------------------------------------------------
@case("smedjan-tisdag-v50", "confirmation", "sv-SE",
      "Terse Swedish reply: both lines as ordered but delivered 'redan tisdag v. 50' (a named day in a week = Tuesday 2026-12-08, earlier than requested).")
def c033():
    S = sup("SMEDJA", "Smedjan i Dala AB", "order@smedjanidala.example", "sv-SE")
    P = po("4500081540", S, "mira", "EUR", "2026-11-16", [
        ("HN-CITY5", "Horseshoe nails City 5, box of 250", 80, "BOX", "12.40", "2026-12-11"),
        ("HN-SPORT4", "Horseshoe nails Sport 4, box of 250", 40, "BOX", "13.10", "2026-12-11")])
    body = """Hej Mira!

Tack för ordern. Båda raderna bekräftas enligt er order, men vi levererar redan tisdag v. 50.

Mvh
Erik Lindgren
Smedjan i Dala AB, Mora
070-318 44 92

""" + q_outlook(P, labels=("Från", "Skickat", "Till", "Ämne"), sent="den 16 november 2026 10:02")
    raw = mail(("Erik Lindgren", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "SV: " + req_subject(P), "2026-11-17 07:58", text(body, "utf-8"), P)
    exp = expected("confirmation",
                   "Quantities and prices as ordered; delivery 'tisdag v. 50' = Tuesday of ISO week 50 = 2026-12-08, "
                   "earlier than the requested 2026-12-11 -> both lines changed (date).",
                   answer(P, C(d=kw(2026, 50, 2))))
    return [P], raw, exp


# 034 ---------------------------------------------------------------------------
@case("botolkosmetik-two-lots", "confirmation", "ms-MY",
      "Malay reply: line 1 same total, price and final date but delivered in two lots (15,000 + 15,000) -> changed with schedule; line 2 as ordered.")
def c034():
    S = sup("BOTOLK", "Syarikat Botol Kosmetik Sdn. Bhd.", "sales@botolkosmetik.example", "ms-MY")
    P = po("4500081552", S, "ana", "USD", "2026-11-17", [
        ("NPB-10-RD", "Nail polish bottle 10 ml, round, clear glass", 30000, "PC", "0.095", "2027-01-29"),
        ("NPB-12-PK", "Nail polish bottle 12 ml, frosted pink", 10000, "PC", "0.142", "2027-01-29")])
    body = """Salam sejahtera Cik Ana,

Terima kasih atas pesanan 4500081552. Kami sahkan seperti berikut:

1) Botol 10 ml bulat: 30,000 unit @ USD 0.095. Penghantaran dalam dua lot: 15,000 unit pada 15 Januari 2027 dan 15,000 unit lagi pada 29 Januari 2027.
2) Botol 12 ml merah jambu (frosted): 10,000 unit @ USD 0.142, penghantaran 29 Januari 2027.

Sekian, terima kasih.

Nurul Aisyah binti Rahman
Eksekutif Jualan Eksport
Syarikat Botol Kosmetik Sdn. Bhd. (No. Syarikat 201501012345)
Lot 12, Jalan Perindustrian 3, 81400 Senai, Johor | Tel: +607-598 2210

""" + q_gt(P, intro="Pada Sel, 17 Nov 2026 pada 5:02 PTG {n} <{e}> menulis:")
    raw = mail(("Nurul Aisyah", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-18 15:30", text(body, "utf-8"), P, zone="+0800")
    exp = expected("confirmation",
                   "Line 1: 30,000 at 0.095 but split into 15,000 on 2027-01-15 and 15,000 on 2027-01-29 -> changed with "
                   "schedule (last date = requested). Line 2 as ordered. Comma is the thousands separator here.",
                   answer(P, l1=C(s=[(15000, "2027-01-15"), (15000, "2027-01-29")]), l2=A()))
    return [P], raw, exp


# 035 ---------------------------------------------------------------------------
@case("surabhi-hindi-lakh", "confirmation", "hi-IN",
      "Hindi (Devanagari) reply with rupee amounts in lakh grouping (₹3,57,500.00 total) and a new unit price ₹7,150.00 plus a later date on line 2.")
def c035():
    S = sup("SURABH", "Surabhi Scientific Instruments", "sales@surabhiscientific.example", "hi-IN")
    P = po("4500081568", S, "dana", "INR", "2026-11-17", [
        ("SP-10-STER", "Serological pipette 10 ml, sterile, individually wrapped", 5000, "PC", "14.50", "2026-12-21"),
        ("MP-1000-V", "Micropipette 100-1000 ul, variable volume", 50, "EA", "6850.00", "2026-12-21")])
    body = """नमस्ते Dana जी,

आपका PO नंबर 4500081568 प्राप्त हुआ, धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1. सीरोलॉजिकल पिपेट 10 ml (SP-10-STER) – 5,000 नग @ ₹14.50 – कुल ₹72,500.00 – डिलीवरी 21/12/2026
2. माइक्रोपिपेट 100-1000 µl (MP-1000-V) – 50 नग @ ₹7,150.00 (नई मूल्य सूची 01/11/2026 से लागू) – कुल ₹3,57,500.00 – डिलीवरी 28/12/2026

कृपया ध्यान दें: सभी कीमतों पर GST अतिरिक्त।

सादर,
अमित शर्मा
बिक्री प्रबंधक, सुरभि साइंटिफिक इंस्ट्रूमेंट्स
अम्बाला कैंट, हरियाणा – 133001 | मो. +91 98123 45670 | GSTIN 06ABCPS4321K1Z2

""" + q_gt(P)
    raw = mail(("Amit Sharma", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-19 12:10", text(body, "utf-8", "base64"), P, zone="+0530")
    exp = expected("confirmation",
                   "Line 1 as ordered (21/12/2026 day-first). Line 2: new unit price ₹7,150.00 (lakh-grouped total "
                   "₹3,57,500.00 = 50 x 7,150) and delivery 28/12/2026 -> changed. 'GST extra' is tax, as on the PO.",
                   answer(P, l1=A(), l2=C(p="7150.00", d="2026-12-28")))
    return [P], raw, exp


# 036 ---------------------------------------------------------------------------
@case("zvejo-rite-contradictory-dates", "needs_review", "lt-LT",
      "Lithuanian reply whose sentence says delivery 2026-12-14 while its own line table says 2027-01-14 for every line: contradictory, a human must ask.")
def c036():
    S = sup("ZVEJOR", "UAB Žvejo ritė", "pardavimai@zvejorite.example", "lt-LT")
    P = po("4500081577", S, "jonas", "EUR", "2026-11-18", [
        ("FR-FLY-56", "Fly fishing reel 5/6, die-cast", 30, "EA", "27.00", "2026-12-14"),
        ("FR-ICE-50", "Ice fishing reel 50 mm, inline", 120, "EA", "6.40", "2026-12-14")])
    body = """Laba diena,

dėkojame už užsakymą Nr. 4500081577. Patvirtiname užsakymą, pristatymas 2026-12-14.

Eil. | Prekės kodas | Kiekis | Kaina, EUR | Pristatymo data
1    | FR-FLY-56    | 30 vnt. | 27,00     | 2027-01-14
2    | FR-ICE-50    | 120 vnt.| 6,40      | 2027-01-14

Pagarbiai
Rūta Petrauskienė
UAB „Žvejo ritė“ | Pramonės g. 41, LT-51329 Kaunas
Tel. +370 37 452 118 | Įm. kodas 304112845

""" + q_gt(P, intro="2026-11-18, tr, 11:02, {n} <{e}> rašė:")
    raw = mail(("Rūta Petrauskienė", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-19 13:37", text(body, "utf-8"), P, zone="+0200")
    exp = expected("needs_review", "The text confirms delivery 2026-12-14 but the supplier's own table gives 2027-01-14 "
                                   "for both lines. A careful buyer cannot tell which date is committed and must ask.")
    return [P], raw, exp
