# -*- coding: utf-8 -*-
from .common import *  # noqa

# 019 ------------------------------------------------------------------
sup = ("TASMA", "Taśmy Pomorze Sp. z o.o.", "zamowienia@tasmy-pomorze.example", "pl-PL")
po = PO("4500032219", sup, "dana", "EUR", "2026-11-09", [
    ("TM-48-50", "Masking tape 48 mm x 50 m, 80 °C", 240, "ROL", "1.95", "2026-12-15"),
    ("TM-24-50", "Masking tape 24 mm x 50 m, 80 °C", 480, "ROL", "1.05", "2026-12-15")])
txt = """Dzień dobry Pani Dano,

potwierdzamy realizację zamówienia nr 4500032219 w całości, ilości i ceny bez zmian.
Dostawa do Państwa magazynu za 3 tygodnie od dziś.

Pozdrawiam serdecznie
Katarzyna Wiśniewska
Dział Sprzedaży | Taśmy Pomorze Sp. z o.o.
ul. Przemysłowa 7, 80-298 Gdańsk
tel. +48 58 555 12 34 | NIP 584-123-45-67 | KRS 0000123456

""" + q_outlook(po, "pl", sent="poniedziałek, 9 listopada 2026 10:05")
eml = message(addr("Katarzyna Wiśniewska", "k.wisniewska@tasmy-pomorze.example", "iso-8859-2"), buyer_addr(po),
              "Odp: " + req_subject(po), D("2026-11-12 10:10"), "<AM9PR02MB7720B1C@tasmy-pomorze.example>",
              text(txt, cs="iso-8859-2"), reply_to=po["request_message_id"])
add("za-3-tygodnie", "confirmation", "pl-PL",
    "Polish ISO-8859-2 QP reply; the delivery date is relative ('za 3 tygodnie od dziś') and lands before the need-by date.",
    [po], eml, "Delivery 3 weeks after the Thu 12 Nov 2026 mail = 2026-12-03, earlier than the requested 2026-12-15; quantities and prices unchanged -> both lines changed (date).",
    [conf(po, {1: dict(d="2026-12-03"), 2: dict(d="2026-12-03")})])

# 020 ------------------------------------------------------------------
sup = ("MVCEN", "Munkavédelmi Centrum Kft.", "rendeles@munkavedelmi-centrum.example", "hu-HU")
po = PO("4500032220", sup, "martin", "EUR", "2026-11-06", [
    ("TV-PRO-G", "Knee pads, gel, hinged strap", 120, "PR", "12.40", "2027-01-12"),
    ("TV-BAS", "Knee pads, basic EVA", 210, "PR", "3.80", "2027-01-08")])
txt = """Tisztelt Keller Úr!

Köszönjük megrendelését (4500032220), az alábbiak szerint igazoljuk vissza:

1. tétel: TV-PRO-G, 120 pár, 12,40 EUR/pár, szállítás: 2027. január 12.
2. tétel: TV-BAS - a gyártó 25 páras kartonokra állt át, ezért 210 helyett 225 párat tudunk küldeni, 3,80 EUR/pár, szállítás: 2027. január 8.

Üdvözlettel:
Nagy Eszter
értékesítési asszisztens
Munkavédelmi Centrum Kft. | 1097 Budapest, Gubacsi út 6.
Tel.: +36 1 234 5678 | Adószám: 12345678-2-43

Martin Keller <martin.keller@northgate-supply.example> ezt írta (időpont: 2026. nov. 6., P, 10:05):
""" + "\n".join(("> " + x) if x else ">" for x in req_text(po).split("\n"))
eml = message(addr("Nagy Eszter", "nagy.eszter@munkavedelmi-centrum.example"), buyer_addr(po),
              "Re: " + req_subject(po), D("2026-11-09 09:55"), "<CAF3kq9mR0vT+Y@mail.gmail.com>",
              text(txt, cs="iso-8859-2", csq=False), reply_to=po["request_message_id"])
add("carton-of-25", "confirmation", "hu-HU",
    "Hungarian ISO-8859-2 reply with 'YYYY. month DD.' dates; line 2 rounded up to full cartons of 25 pairs.",
    [po], eml, "Line 1 as ordered (2027. január 12. = 2027-01-12). Line 2: 225 pairs instead of 210, same price and date (2027-01-08) -> changed quantity.",
    [conf(po, {2: dict(q=225)})])

# 021 ------------------------------------------------------------------
sup = ("NITUR", "Nituri Industriale SRL", "comenzi@nituri-industriale.example", "ro-RO")
po = PO("4500032221", sup, "tom", "EUR", "2026-11-09", [
    ("CN-PRO-64", "Hand rivet gun 2.4-6.4 mm, long arm", 25, "EA", "17.50", "2026-12-18")])
report = """This is the mail system at host mail.northgate-supply.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<comenzi@nituri-industriale.example>: host
    mx1.nituri-industriale.example[192.0.2.45] said: 550 5.1.1
    <comenzi@nituri-industriale.example>: Recipient address rejected: Adresa
    de e-mail nu exista / utilizator inexistent (in reply to RCPT TO command)
"""
root = multi("report", [
    Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], report.encode()),
    dsn("mail.northgate-supply.example", D("2026-11-09 10:05", "+0100"), "comenzi@nituri-industriale.example", "failed",
        "5.1.1", "550 5.1.1 <comenzi@nituri-industriale.example>: Recipient address rejected: Adresa de e-mail nu exista / utilizator inexistent",
        remote_mta="mx1.nituri-industriale.example",
        extra_per_msg="X-Postfix-Queue-ID: 4Q7Xyz2Hk9z9sV\nX-Postfix-Sender: rfc822; tom.ashby@northgate-supply.example\n"),
    Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
         orig_headers(po).encode())], "4Q7Xyz3Jz1z9sW.1762679104/mail.northgate-supply.example",
    params="; report-type=delivery-status")
root.headers.insert(0, ("Content-Description", "Undelivered Mail Returned to Sender"))
eml = message("MAILER-DAEMON@mail.northgate-supply.example (Mail Delivery System)", "tom.ashby@northgate-supply.example",
              "Undelivered Mail Returned to Sender", D("2026-11-09 10:05"), "<20261109090504.4Q7Xyz3Jz1z9sW@mail.northgate-supply.example>",
              root, extra=[("Auto-Submitted", "auto-replied")])
add("postfix-user-unknown", "bounce", "ro-RO",
    "Postfix DSN (multipart/report) for our PO mail; the remote 550 text is Romanian and the original headers carry the PO number.",
    [po], eml, "Delivery Status Notification: 5.1.1 recipient unknown; our request never reached the supplier.")

# 022 ------------------------------------------------------------------
sup = ("NITOV", "Nitovers OOD", "office@nitovers.example", "bg-BG")
po = PO("4500032222", sup, "martin", "EUR", "2026-11-06", [
    ("NP-HD-48", "Hand rivet gun, heavy duty, 2.4-4.8 mm", 30, "EA", "14.70", "2026-12-14"),
    ("NIT-AL-48", "Blind rivets Al/steel 4.8 mm, bulk", 25, "KG", "9.20", "2026-12-14")])
txt = """Здравейте, г-н Келер,

Потвърждаваме поръчка № 4500032222:

Поз. 1 – 30 бр. по 14,70 EUR.
Поз. 2 – 25 кг, цената за килограм е 9,60 EUR (нова ценова листа от 01.11.).

Доставка и на двете позиции в понеделник, 14 декември.

Поздрави,
Деница Петрова
Нитоверс ООД, гр. Пловдив
тел.: +359 32 123 456, ЕИК 123456789"""
eml = message(addr("Деница Петрова", "d.petrova@nitovers.example", "windows-1251"), buyer_addr(po),
              "RE: " + req_subject(po), D("2026-11-10 11:18", "+0200"), "<002b01db3331$44aa1e70$cdfe5b50$@nitovers.example>",
              text(txt, cs="windows-1251"), reply_to=po["request_message_id"], subj_cs="windows-1251")
add("per-kg-price-weekday-date", "confirmation", "bg-BG",
    "Bulgarian windows-1251 mail; rivets priced per kilogram from a new price list; date given as weekday + day month without year.",
    [po], eml, "Line 1 accepted. Line 2 (UoM KG) price 9.60 per kg instead of 9.20 -> changed. 'понеделник, 14 декември' = Monday 2026-12-14 (next such date), as requested for both lines.",
    [conf(po, {2: dict(p="9.60")})])

# 023 ------------------------------------------------------------------
sup = ("AEROT", "Aerotechniki A.E.", "sales@aerotechniki.example", "el-GR")
po = PO("4500032223", sup, "dana", "EUR", "2026-11-06", [
    ("AK-50-2", "Air compressor 50 l, 2 HP, oil-lubricated", 10, "EA", "219.00", "2026-12-17"),
    ("AK-OF-100", "Oil-free silent compressor 100 l", 4, "EA", "489.00", "2026-12-17")])
txt = """Καλημέρα σας κα Ruiz,

Σας ευχαριστούμε για την παραγγελία 4500032223.

Θέση 1 (AK-50-2): επιβεβαιώνουμε 10 τεμ. x 219,00 €, παράδοση 17/12/2026.
Θέση 2 (AK-OF-100): το μοντέλο έχει καταργηθεί από τον κατασκευαστή και δεν μπορούμε να το προμηθεύσουμε. Ο αντικαταστάτης AK-OF-100S κοστίζει 545,00 € - αν σας ενδιαφέρει, παρακαλούμε στείλτε νέα παραγγελία.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Αεροτεχνική Α.Ε. | Λ. Αθηνών 214, 104 47 Αθήνα
Τηλ. 210 3456 789 | ΑΦΜ 094123456"""
eml = message(addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@aerotechniki.example", "iso-8859-7"), buyer_addr(po),
              "ΑΠ: " + req_subject(po), D("2026-11-09 13:02", "+0200"), "<DB9PR08MB6412C3@aerotechniki.example>",
              text(txt, cs="iso-8859-7"), reply_to=po["request_message_id"], subj_cs="iso-8859-7")
add("greek-discontinued-successor", "confirmation", "el-GR",
    "Greek ISO-8859-7 QP reply: line 2 discontinued; a successor with a price is offered only via a new order.",
    [po], eml, "Line 1 confirmed as ordered. Line 2 cannot be supplied (discontinued); the successor needs a new PO, so line 2 is rejected, not changed.",
    [conf(po, {2: "R"})])

# 024 ------------------------------------------------------------------
sup = ("OZTAS", "Öztaş Makina San. ve Tic. A.Ş.", "satis@oztasmakina.example", "tr-TR")
po = PO("4500032224", sup, "martin", "EUR", "2026-11-05", [
    ("TZ-150", "Bench grinder 150 mm, 250 W", 40, "EA", "58.00", "2026-12-23"),
    ("TZ-250-I", "Industrial bench grinder 250 mm, 750 W", 10, "EA", "245.00", "2026-12-23")])
txt = """Sayın Martin Bey,

4500032224 nolu siparişinizi teyit ederiz. Miktarlar ve termin (23.12.2026) siparişinizdeki gibidir.
Ancak çelik fiyatlarındaki artış nedeniyle her iki kaleme adet başına 3,50 EUR ek ücret uygulanacaktır
(TZ-150: 61,50 EUR; TZ-250-I: 248,50 EUR).

Saygılarımızla,
Emre Yıldız
İhracat Sorumlusu
Öztaş Makina San. ve Tic. A.Ş. | Konya OSB 3. Cad. No:18
Tel: +90 332 123 45 67 | Vergi No: 6540123456

Bu e-posta ve ekleri gizlidir; yalnızca alıcıya yöneliktir. Yanlışlıkla size ulaştıysa lütfen gönderene bildirip siliniz."""
eml = message(addr("Emre Yıldız", "emre.yildiz@oztasmakina.example", "windows-1254"), buyer_addr(po),
              "YNT: " + req_subject(po), D("2026-11-09 16:40", "+0300"), "<VI1PR10MB2231E5@oztasmakina.example>",
              text(txt, cs="windows-1254", cte="8bit"), reply_to=po["request_message_id"], subj_cs="windows-1254")
add("surcharge-per-piece", "confirmation", "tr-TR",
    "Turkish windows-1254 8bit mail with a fixed surcharge of 3,50 EUR per piece on both lines and a confidentiality disclaimer.",
    [po], eml, "Quantities and date as ordered, but +3.50 EUR/piece: 58.00 -> 61.50 and 245.00 -> 248.50 (both restated) -> both lines changed (price).",
    [conf(po, {1: dict(p="61.50"), 2: dict(p="248.50")})])

# 025 ------------------------------------------------------------------
sup = ("GULFH", "Gulf Hardware Trading LLC", "sales@gulfhardware.example", "ar-AE")
po = PO("4500032225", sup, "dana", "USD", "2026-11-08", [
    ("HK-MET-9L", "Hex key set metric 9 pc, long arm", 150, "SET", "5.40", "2026-12-20"),
    ("HK-TX-9", "Torx key set T10-T50, 9 pc", 100, "SET", "5.90", "2026-12-20")])
body_ar = """السيدة دانا المحترمة،

تحية طيبة وبعد،

نؤكد لكم استلام وقبول أمر الشراء رقم 4500032225 بالكميات والأسعار المذكورة فيه.
موعد التسليم لكلا البندين: ٢٠٢٦/١٢/٢٨ بسبب ازدحام الشحن في ميناء جبل علي.

وتفضلوا بقبول فائق الاحترام،
خالد المنصوري
مدير المبيعات – مؤسسة الخليج لتجارة العدد
هاتف: +971 4 123 4567"""
html = html_doc("<div dir=\"rtl\" style=\"font-family:Tahoma\">" + body_ar.replace("\n", "<br>") + "</div>")
eml = message(addr("خالد المنصوري", "k.almansoori@gulfhardware.example"), buyer_addr(po), "رد: " + req_subject(po),
              D("2026-11-10 10:30", "+0400"), "<SN4PR05MB8810AA@gulfhardware.example>",
              multi("alternative", [text(body_ar, cte="base64"), text(html, "html", cte="base64")], "_000_SN4PR05MB8810AA_"),
              reply_to=po["request_message_id"])
add("arabic-indic-digits", "confirmation", "ar-AE",
    "Arabic RTL multipart mail; the delivery date is written with Arabic-Indic digits (٢٠٢٦/١٢/٢٨) while the PO number uses Latin digits.",
    [po], eml, "Quantities and prices accepted as in the PO; delivery ٢٠٢٦/١٢/٢٨ = 2026-12-28 instead of 2026-12-20 for both lines -> changed date.",
    [conf(po, {1: dict(d="2026-12-28"), 2: dict(d="2026-12-28")})])

# 026 ------------------------------------------------------------------
sup = ("LASIL", "Laser-Tech Israel Ltd.", "orders@lasertech-il.example", "he-IL")
po = PO("4500032226", sup, "tom", "USD", "2026-11-10", [
    ("LT-GL-360", "Green 360° line laser, 3 planes", 8, "EA", "265.00", "2027-01-14")])
txt = """שלום,

אני מחוץ למשרד עד יום ראשון, 22.11.2026, ללא גישה לדואר אלקטרוני.
לעניינים דחופים נא לפנות לשרון בטלפון 03-6123456 או בכתובת orders@lasertech-il.example.

תודה,
אבי כהן

I am out of the office until Sunday 22.11.2026. For urgent matters please contact Sharon, +972 3 612 3456."""
eml = message(addr("אבי כהן", "avi.cohen@lasertech-il.example"), buyer_addr(po), "מענה אוטומטי: " + req_subject(po),
              D("2026-11-10 10:06", "+0200"), "<auto-1762761960-avi@lasertech-il.example>",
              text(txt, cte="base64"), reply_to=po["request_message_id"],
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "avi.cohen@lasertech-il.example")])
add("hebrew-ooo", "auto_reply", "he-IL",
    "Hebrew/English out-of-office (base64, RTL) naming a return date and phone numbers.",
    [po], eml, "Automatic out-of-office reply; 22.11.2026 is the return date, nothing about the order.")

# 027 ------------------------------------------------------------------
sup = ("BEVTW", "Bevestigingshuis Twente B.V.", "verkoop@bevestigingshuis.example", "nl-NL")
po = PO("4500032227", sup, "dana", "EUR", "2026-11-09", [
    ("KB-370-ZW", "Cable tie 7.6x370 mm, black, UV resistant", 3000, "PC", "0.089", "2026-12-18"),
    ("KB-150-NT", "Cable tie 3.6x150 mm, natural", 10000, "PC", "0.011", "2026-12-18"),
    ("KB-MNT-19", "Cable tie mount 19x19 mm, adhesive", 1000, "PC", "0.064", "2026-12-18")])
txt = """Hoi Dana,

Akkoord, alles leverbaar. Levering week 50.

Groet,
Sander

""" + q_outlook(po, "nl", sent="maandag 9 november 2026 10:05")
eml = message(addr("Sander de Vries", "sander@bevestigingshuis.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-10 08:03"), "<AS8PR04MB90121D@bevestigingshuis.example>",
              text(txt), reply_to=po["request_message_id"])
add("akkoord-week-50", "confirmation", "nl-NL",
    "Terse Dutch 'Akkoord ... levering week 50' above an Outlook quote: calendar week earlier than the need-by date for all lines.",
    [po], eml, "All three lines confirmed; 'week 50' without a day = Friday 2026-12-11, a week before the requested 2026-12-18 -> all changed (date).",
    [conf(po, {1: dict(d=kw(2026, 50)), 2: dict(d=kw(2026, 50)), 3: dict(d=kw(2026, 50))})])

# 028 ------------------------------------------------------------------
sup = ("TAPEV", "Tape & Co Vlaanderen BV", "verkoop@tapeco-vlaanderen.example", "nl-BE")
po = PO("4500032228", sup, "martin", "EUR", "2026-11-09", [
    ("AT-38-PRO", "Masking tape 38 mm x 50 m, 110 °C", 360, "ROL", "2.85", "2026-12-16")])
txt = """Tape & Co Vlaanderen - Nieuwsbrief november 2026

WINTERCAMPAGNE: -15% op alle afplaktape tot 18 december!

* Afplaktape 38 mm x 50 m, 110 °C - nu 2,42 EUR/rol (was 2,85)
* Afplaktape 48 mm x 50 m, 80 °C - nu 1,66 EUR/rol
* Gratis levering vanaf 250 EUR

Bestel via onze webshop of bij uw vaste contactpersoon.
Leveringen in week 52 en week 1 enkel op afspraak (jaarlijkse sluiting).

Uitschrijven: https://tapeco-vlaanderen.example/unsubscribe?u=8812
Tape & Co Vlaanderen BV - Industrieweg 40, 9000 Gent - BTW BE 0123.456.789"""
html = html_doc("<h2>WINTERCAMPAGNE: -15% op alle afplaktape tot 18 december!</h2><ul>"
                "<li>Afplaktape 38 mm x 50 m, 110 &deg;C &ndash; nu <b>2,42 EUR/rol</b> (was 2,85)</li>"
                "<li>Afplaktape 48 mm x 50 m, 80 &deg;C &ndash; nu <b>1,66 EUR/rol</b></li>"
                "<li>Gratis levering vanaf 250 EUR</li></ul><p>Leveringen in week 52 en week 1 enkel op afspraak (jaarlijkse sluiting).</p>"
                "<p style=\"font-size:10px\"><a href=\"https://tapeco-vlaanderen.example/unsubscribe?u=8812\">Uitschrijven</a> &middot; "
                "Tape &amp; Co Vlaanderen BV &middot; Industrieweg 40, 9000 Gent &middot; BTW BE 0123.456.789</p>")
eml = message(addr("Tape & Co Vlaanderen", "nieuwsbrief@tapeco-vlaanderen.example"), "martin.keller@northgate-supply.example",
              "Wintercampagne: -15% op alle afplaktape", D("2026-11-12 07:00"), "<nl-2026-11.8812@mailer.tapeco-vlaanderen.example>",
              multi("alternative", [text(txt), text(html, "html")], "b1_nl_2026_11_8812"),
              extra=[("List-Unsubscribe", "<https://tapeco-vlaanderen.example/unsubscribe?u=8812>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
add("newsletter-same-item", "unrelated", "nl-BE",
    "Flemish newsletter from the supplier's domain advertising the very item on our open PO at a lower price, with week numbers.",
    [po], eml, "Bulk newsletter (List-Unsubscribe, Precedence: bulk), no reference to PO 4500032228; the promo price and week numbers are not an answer about our order.")

# 029 ------------------------------------------------------------------
sup = ("BOREA", "Distribution Boréal Auto inc.", "commandes@boreal-auto.example", "fr-CA")
po = PO("4500032229", sup, "priya", "USD", "2026-11-09", [
    ("CB-800-5M", "Booster cables 800 A, 5 m, 2 AWG", 80, "SET", "24.95", "2026-12-11")])
txt = """Bonjour Priya,

Pour votre commande 4500032229 : on peut vous livrer 60 ensembles le 2026-12-11 comme demandé, les 20 autres arriveront le 2027-01-15 (rupture chez le manufacturier).
Prix de 24,95 $ US l'ensemble confirmé.

Merci et bonne journée!

Marc-André Tremblay
Représentant aux ventes | Distribution Boréal Auto inc.
450 555-0199 poste 212 | 1-800-555-0142

Le mar. 10 nov. 2026, à 10 h 05, Priya Natarajan <priya.natarajan@northgate-supply.example> a écrit :
""" + "\n".join(("> " + x) if x else ">" for x in req_text(po).split("\n"))
eml = message(addr("Marc-André Tremblay", "ma.tremblay@boreal-auto.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-11 14:22", "-0500"), "<YT3PR01MB6634F0@boreal-auto.example>",
              text(txt), reply_to=po["request_message_id"])
add("quebec-split-iso-dates", "confirmation", "fr-CA",
    "Québec French: partial shortage split into two deliveries, ISO dates, '24,95 $ US' with decimal comma after the number.",
    [po], eml, "80 sets in total: 60 on 2026-12-11 and 20 on 2027-01-15; price unchanged. Last delivery 2027-01-15 -> changed with schedule.",
    [conf(po, {1: dict(d="2027-01-15", s=[(60, "2026-12-11"), (20, "2027-01-15")])})])

# 030 ------------------------------------------------------------------
sup = ("ROMLA", "Romand Laser Instruments SA", "commandes@romand-laser.example", "fr-CH")
po = PO("4500032230", sup, "martin", "CHF", "2026-11-09", [
    ("LL-R-500", "Rotating laser level, 500 m, with receiver", 3, "EA", "1249.00", "2026-12-11"),
    ("LL-X2", "Cross-line laser, self-levelling", 12, "EA", "189.00", "2026-12-11"),
    ("LL-DET", "Laser line detector", 12, "EA", "74.50", "2026-12-18")])
txt = """Bonjour Monsieur Keller,

Nous vous confirmons volontiers votre commande 4500032230 :
3 × LL-R-500 à CHF 1'249.00
12 × LL-X2 à CHF 189.00
12 × LL-DET à CHF 74.50

Livraison complète le vendredi 11 décembre.

Avec nos meilleures salutations

Romand Laser Instruments SA
Nathalie Favre, service clients
Ch. des Ateliers 5, 1023 Crissier – +41 21 555 01 23 – CHE-123.456.789 TVA"""
eml = message(addr("Nathalie Favre", "n.favre@romand-laser.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-10 15:47"), "<GV0P278MB0415D1@romand-laser.example>",
              text(txt, cs="utf-8", cte="quoted-printable"), reply_to=po["request_message_id"])
add("swiss-apostrophe-complete-delivery", "confirmation", "fr-CH",
    "Swiss French with CHF 1'249.00 thousands apostrophe; one 'livraison complète' date pulls line 3 forward.",
    [po], eml, "Prices and quantities as ordered. 'vendredi 11 décembre' = 2026-12-11: lines 1-2 accepted, line 3 (requested 2026-12-18) changed to 2026-12-11.",
    [conf(po, {3: dict(d="2026-12-11")})])

# 031 ------------------------------------------------------------------
sup = ("VENTZ", "Ventilbau Zürcher AG", "verkauf@ventilbau-zuercher.example", "de-CH")
po = PO("4500032231", sup, "martin", "EUR", "2026-11-10", [
    ("NV-MS-14", "Needle valve brass G1/4, PN250", 50, "EA", "18.20", "2027-01-18"),
    ("NV-SS-38", "Needle valve stainless G3/8, PN400", 30, "EA", "42.50", "2027-01-18"),
    ("NV-SS-12", "Needle valve stainless G1/2, PN400", 20, "EA", "56.00", "2027-01-18")])
rows = [["Auftragsbestätigung 26-30418", None, None, None, None, None],
        ["Ihre Bestellung", "4500032231", None, "Datum", "12.11.2026", None],
        [],
        ["Pos.", "Artikel", "Menge", "ME", "Preis EUR", "Liefertermin"],
        [1, "NV-MS-14", 50, "Stk", 18.2, "18.01.2027"],
        [2, "NV-SS-38", 30, "Stk", 44.9, "18.01.2027"],
        [3, "NV-SS-12", 20, "Stk", 56, "25.01.2027"],
        [],
        ["Total netto", None, None, None, 3377, None]]
txt = """Grüezi Herr Keller

Im Anhang senden wir Ihnen die Auftragsbestätigung zu Ihrer Bestellung 4500032231 als Excel-Datei.
Bitte beachten Sie die Preisanpassung bei Pos. 2 sowie den Liefertermin bei Pos. 3.

Freundliche Grüsse

Reto Baumann
Ventilbau Zürcher AG | Industriestrasse 21 | 8604 Volketswil
T +41 44 555 66 77 | www.ventilbau-zuercher.example"""
eml = message(addr("Reto Baumann", "r.baumann@ventilbau-zuercher.example"), buyer_addr(po), "AW: " + req_subject(po),
              D("2026-11-12 11:09"), "<ZR0P278MB0991AB@ventilbau-zuercher.example>",
              multi("mixed", [text(txt, cs="iso-8859-1"),
                              attach(xlsx(rows, "AB"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "AB_26-30418.xlsx")],
                    "_004_ZR0P278MB0991AB_"), reply_to=po["request_message_id"])
add("xlsx-ab-swiss", "confirmation", "de-CH",
    "Swiss German short body pointing to an XLSX acknowledgment (built with zipfile) that changes one price and one date.",
    [po], eml, "XLSX: pos 1 as ordered; pos 2 price 44.90 instead of 42.50; pos 3 delivery 25.01.2027 instead of 18.01.2027. Total 50x18.20 + 30x44.90 + 20x56.00 = 3377.",
    [conf(po, {2: dict(p="44.90"), 3: dict(d="2027-01-25")})])

# 032 ------------------------------------------------------------------
sup = ("BRAMB", "Rivettatrici Brambilla S.r.l.", "ordini@brambilla-rivetti.example", "it-IT")
po = PO("4500032232", sup, "dana", "EUR", "2026-11-10", [
    ("RV-M-48", "Manual rivet gun 2.4-4.8 mm", 40, "EA", "12.90", "2027-01-15"),
    ("RV-L-64", "Lever rivet gun 3.2-6.4 mm", 15, "EA", "34.00", "2027-01-15"),
    ("RV-P-48", "Pneumatic rivet gun 2.4-4.8 mm", 6, "EA", "168.00", "2027-01-15")])
txt = """Buongiorno Sig.ra Ruiz,

abbiamo ricevuto il Vs. ordine 4500032232, grazie.
Stiamo verificando le disponibilità con il magazzino: Vi daremo conferma di quantità e date entro domani in giornata.
Per la riga 3 (rivettatrice pneumatica) potrebbe esserci un aumento di prezzo, Vi aggiorno.

Cordiali saluti
Francesca Brambilla
Ufficio Commerciale
Rivettatrici Brambilla S.r.l. – Via dell'Industria 12, 20862 Arcore (MB)
Tel. +39 039 601 2345 – P.IVA IT01234560961

Il giorno mar 10 nov 2026 alle ore 10:05 Dana Ruiz <dana.ruiz@northgate-supply.example> ha scritto:
""" + "\n".join(("> " + x) if x else ">" for x in req_text(po).split("\n"))
eml = message(addr("Francesca Brambilla", "f.brambilla@brambilla-rivetti.example"), buyer_addr(po), "R: " + req_subject(po),
              D("2026-11-10 17:31"), "<9d2c7a10-6e3b-4f18-b1aa-2f6a1c0e@brambilla-rivetti.example>",
              text(txt), reply_to=po["request_message_id"])
add("confermiamo-domani", "needs_review", "it-IT",
    "Italian 'we will confirm by tomorrow' with a possible price increase hinted for one line.",
    [po], eml, "Order received, confirmation of quantities and dates promised for tomorrow, possible price change on line 3: nothing committed -> needs_review.")

# 033 ------------------------------------------------------------------
sup = ("FILEV", "Filtros Levante S.L.", "pedidos@filtroslevante.example", "es-ES")
po = PO("4500032233", sup, "dana", "EUR", "2026-11-10", [
    ("FA-1042", "Oil filter spin-on 3/4-16 UNF", 400, "PC", "2.95", "2026-12-16"),
    ("FA-2210", "Oil filter heavy duty M24x1.5", 150, "PC", "6.80", "2026-12-16"),
    ("FA-CART-55", "Oil filter cartridge 55 mm", 250, "PC", "3.35", "2026-12-16")])
txt = """Hola Dana:

Te confirmo las líneas 1 y 2 tal cual, con entrega el 16/12.
La línea 3 (FA-CART-55) te la confirmo mañana, estoy esperando respuesta de fábrica.

Un saludo,
Javier Ortega
Filtros Levante S.L. · Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia)
Tel. 961 23 45 67 · CIF B-46123456

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación.

""" + q_outlook(po, "es", sent="martes, 10 de noviembre de 2026 10:05")
html = html_doc("<div style=\"font-family:Calibri\">" + txt.split("\n\nAVISO")[0].replace("\n", "<br>") +
                "<p style=\"font-size:8pt;color:#888\">AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.</p>"
                "<hr>" + "<br>".join(q_outlook(po, "es", sent="martes, 10 de noviembre de 2026 10:05").split("\n")[1:5]) +
                "</div>" + req_html(po))
eml = message(addr("Javier Ortega", "jortega@filtroslevante.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-11 09:12"), "<PA4PR07MB7381E2@filtroslevante.example>",
              multi("alternative", [text(txt), text(html, "html")], "_000_PA4PR07MB7381E2_"), reply_to=po["request_message_id"])
add("partial-tomorrow", "confirmation", "es-ES",
    "Spanish partial answer: two lines confirmed ('tal cual', 16/12 without year), one line 'te la confirmo mañana'; legal disclaimer.",
    [po], eml, "Lines 1 and 2 accepted (16/12 -> 2026-12-16, as requested). Line 3 is promised for tomorrow, not committed -> unconfirmed.",
    [conf(po, {3: "U"})])

# 034 ------------------------------------------------------------------
sup = ("SIBAJ", "Seguridad Industrial del Bajío S.A. de C.V.", "ventas@sibajio.example", "es-MX")
po = PO("4500032234", sup, "tom", "USD", "2026-11-10", [
    ("LS-CLARO", "Safety goggles clear, anti-scratch", 240, "PC", "3.10", "2026-12-09"),
    ("LS-OSCURO", "Safety goggles dark tint", 120, "PC", "3.40", "2026-12-09")])
txt = """Buenas tardes Tom,

Confirmamos su orden de compra 4500032234:

- Lentes de seguridad claros: 20 docenas a USD 37.20 la docena.
- Lentes de seguridad oscuros: 10 docenas a USD 42.00 la docena.

Entrega el 9 de diciembre en su almacén.

Saludos cordiales,
Lic. Mariana Hernández
Seguridad Industrial del Bajío S.A. de C.V.
Tel. (477) 123 4567 | RFC SIB980512AB3"""
eml = message(addr("Mariana Hernández", "mhernandez@sibajio.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-11 15:05", "-0600"), "<CY8PR12MB7099F4@sibajio.example>",
              text(txt, cs="windows-1252"), reply_to=po["request_message_id"])
add("priced-per-dozen", "confirmation", "es-MX",
    "Mexican reply quoting quantities and prices per dozen while the PO is per piece: one line equal after conversion, the other 10 cents higher.",
    [po], eml, "Line 1: 20 dozen = 240 PC, 37.20/12 = 3.10 -> accepted. Line 2: 10 dozen = 120 PC, 42.00/12 = 3.50 vs 3.40 -> changed price 3.50. 9 de diciembre = 2026-12-09.",
    [conf(po, {2: dict(p="3.50")})])

# 035 ------------------------------------------------------------------
sup = ("HDPLA", "Herramientas del Plata S.R.L.", "ventas@herramientasdelplata.example", "es-AR")
po = PO("4500032235", sup, "priya", "USD", "2026-11-10", [
    ("ALA-5M-3T", "Extension cord 5 m, 3 outlets, 10 A", 120, "EA", "6.30", "2026-12-15")])
csv = ("Pedido;Item;Descripcion;Cantidad;Precio USD;Fecha entrega\r\n"
       "4500032235;ALA-5M-3T;Alargue 5 m 3 tomas 10 A;100;6,30;22/12/2026\r\n").encode("windows-1252")
txt = """Hola Priya, cómo va?

Te confirmo el pedido, van los 120 alargues para el 15/12. Te adjunto la confirmación.

Abrazo,
Nico
--
Nicolás Ferreyra | Herramientas del Plata S.R.L.
Av. Warnes 1450, CABA | (011) 4555-1234 | CUIT 30-71234567-8"""
eml = message(addr("Nicolás Ferreyra", "nferreyra@herramientasdelplata.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-12 12:48", "-0300"), "<CAKq8z+0hT1mC3vY@mail.gmail.com>",
              multi("mixed", [text(txt), attach(csv, "text/csv", "confirmacion_4500032235.csv")], "000000000000f0e1d2c3b4a59687"),
              reply_to=po["request_message_id"])
add("body-vs-csv-contradiction", "needs_review", "es-AR",
    "Argentine reply whose body confirms 120 pcs for 15/12 while the attached CSV confirmation says 100 pcs for 22/12/2026.",
    [po], eml, "The body and the attached confirmation contradict each other on quantity (120 vs 100) and date (15/12 vs 22/12); a buyer cannot tell which is binding -> needs_review.")

# 036 ------------------------------------------------------------------
sup = ("FERLU", "Ferragens Lusas, Lda.", "encomendas@ferragens-lusas.example", "pt-PT")
po = PO("4500032236", sup, "dana", "EUR", "2026-11-11", [
    ("DC-AUTO-10", "Automatic wire stripper 0.2-10 mm2", 60, "EA", "13.20", "2026-12-18"),
    ("DC-PRO-6", "Wire stripper pliers 0.5-6 mm2", 80, "EA", "6.75", "2026-12-18")])
report = """Esta é uma mensagem automática do servidor de correio mail.ferragens-lusas.example.

A sua mensagem não pôde ser entregue a um ou mais destinatários:

  encomendas@ferragens-lusas.example
    A caixa de correio do destinatário está cheia e não pode aceitar mensagens de momento.
    Tente novamente mais tarde ou contacte o destinatário por outro meio.

Código de erro: 552 5.2.2 Mailbox full / Caixa de correio cheia

This is an automatically generated Delivery Status Notification.
"""
root = multi("report", [
    text(report, cte="quoted-printable"),
    dsn("mail.ferragens-lusas.example", D("2026-11-11 10:05", "+0000"), "encomendas@ferragens-lusas.example", "failed",
        "5.2.2", "552 5.2.2 Mailbox full / Caixa de correio cheia"),
    orig_message(po, "10:05", "+0000")], "=_dsn_20261111100712_ferlu", params="; report-type=delivery-status")
eml = message(addr("Sistema de Correio", "MAILER-DAEMON@mail.ferragens-lusas.example"), buyer_addr(po),
              "Mensagem não entregue: " + req_subject(po), D("2026-11-11 10:07", "+0000"), "<dsn.20261111100712.22871@mail.ferragens-lusas.example>",
              root, extra=[("Auto-Submitted", "auto-replied")])
add("mailbox-full-portuguese", "bounce", "pt-PT",
    "Portuguese-language DSN from the supplier's own server (mailbox full, 5.2.2) with our original PO mail attached as message/rfc822.",
    [po], eml, "multipart/report delivery-status: our request was not delivered (mailbox full). The attached original contains the PO table but is ours, not an answer.")
