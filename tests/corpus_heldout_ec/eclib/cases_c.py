# -*- coding: utf-8 -*-
from .common import *  # noqa


def gtq(po, attribution):
    return q_gt(po, attribution)


# 037 ------------------------------------------------------------------
sup = ("NORDV", "Nordverktyg AB", "order@nordverktyg.example", "sv-SE")
po = PO("4500033237", sup, "martin", "EUR", "2026-11-11", [
    ("AVI-AUTO", "Automatic wire stripper 0.2-6 mm2", 80, "EA", "12.60", "2026-12-18"),
    ("AVI-KOAX", "Coax stripping tool RG58/59/62", 40, "EA", "8.95", "2026-12-11")])
txt = """Hej Martin,

Vi bekräftar order 4500033237 enligt nedan:
Pos 1: 80 st à 12,60 EUR, leverans v.51
Pos 2: 40 st à 8,95 EUR, leverans v.51

Med vänliga hälsningar
Johan Lindqvist
Innesälj, Nordverktyg AB
Tel 031-70 12 345 | Org.nr 556123-4567

""" + q_outlook(po, "sv", sent="den 11 november 2026 10:05")
eml = message(addr("Johan Lindqvist", "johan.lindqvist@nordverktyg.example"), buyer_addr(po), "SV: " + req_subject(po),
              D("2026-11-12 13:26"), "<HE1PR03MB2210AC@nordverktyg.example>", text(txt, cs="iso-8859-1"),
              reply_to=po["request_message_id"])
add("vecka-51", "confirmation", "sv-SE",
    "Swedish 'leverans v.51' per line; line 1 requested exactly that Friday, line 2 a week earlier.",
    [po], eml, "v.51 = Friday 2026-12-18. Line 1 requested 2026-12-18 -> accepted; line 2 requested 2026-12-11 -> changed date 2026-12-18. Prices/quantities unchanged.",
    [conf(po, {2: dict(d=kw(2026, 51))})])

# 038 ------------------------------------------------------------------
sup = ("BERGN", "Bergen Festeteknikk AS", "ordre@bergen-feste.example", "nb-NO")
po = PO("4500033238", sup, "tom", "EUR", "2026-11-11", [
    ("NT-PRO-SET", "Rivet gun kit with 400 rivets, in case", 10, "SET", "29.80", "2027-01-15"),
    ("NT-MUT-M8", "Rivet nut tool M3-M8", 8, "EA", "54.00", "2027-01-15")])
txt = """Hei Tom,

Takk for bestillingen.
Pos 1 selges kun i esker à 6 sett, så vi har lagt inn 12 sett (samme pris pr. sett, 29,80).
Pos 2 ok, 8 stk à 54,00.
Levering innen 15.01.

Mvh
Ingrid Solberg
Bergen Festeteknikk AS | Sandviksveien 40, 5035 Bergen
Tlf. +47 55 12 34 56 | Org.nr. 912 345 678 MVA"""
eml = message(addr("Ingrid Solberg", "ingrid@bergen-feste.example"), buyer_addr(po), "SV: " + req_subject(po),
              D("2026-11-13 08:47"), "<5f0b1a2c93d14d@bergen-feste.example>", text(txt, cs="utf-8", cte="8bit"),
              reply_to=po["request_message_id"])
add("esker-a-6", "confirmation", "nb-NO",
    "Norwegian: pack-of-6 rounding raises line 1 quantity; 'innen 15.01.' date without year.",
    [po], eml, "Line 1 raised from 10 to 12 sets (boxes of 6), price unchanged -> changed quantity. Line 2 ok. '15.01.' has no year -> 2027-01-15, the requested date.",
    [conf(po, {1: dict(q=12)})])

# 039 ------------------------------------------------------------------
sup = ("DANSK", "Dansk Værktøjshandel ApS", "salg@dansk-vaerktoej.example", "da-DK")
po = PO("4500033239", sup, "dana", "EUR", "2026-11-12", [
    ("RT-14-STD", "Pipe wrench 14 in, steel", 30, "EA", "21.40", "2026-12-16")])
txt = """Tak for din mail.

Jeg er på ferie og tilbage mandag den 23. november. Jeg læser ikke mails i perioden.
Ved ordrer og akutte henvendelser kontakt venligst salg@dansk-vaerktoej.example eller tlf. 70 20 30 40.

Med venlig hilsen
Mette Kristensen
Dansk Værktøjshandel ApS"""
eml = message(addr("Mette Kristensen", "mette@dansk-vaerktoej.example"), buyer_addr(po), "Automatisk svar: " + req_subject(po),
              D("2026-11-12 10:06"), "<autoreply.mette.1762938360@dansk-vaerktoej.example>",
              multi("alternative", [text(txt, cs="iso-8859-1"), text(html_doc("<p>" + txt.replace("\n", "<br>") + "</p>"), "html", cs="utf-8")],
                    "_000_autoreply_mette_"), reply_to=po["request_message_id"],
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
add("danish-holiday-ooo", "auto_reply", "da-DK",
    "Danish holiday auto-reply that redirects orders to the sales address; return date 'mandag den 23. november'.",
    [po], eml, "Out-of-office auto reply; the date is the person's return, not a delivery commitment.")

# 040 ------------------------------------------------------------------
sup = ("VOITE", "Voitelutekniikka Oy", "myynti@voitelutekniikka.example", "fi-FI")
po = PO("4500033240", sup, "martin", "EUR", "2026-11-10", [
    ("RP-400-V", "Grease gun 400 g, lever, with flex hose", 36, "EA", "18.90", "2026-12-18"),
    ("RP-AKKU-18", "Cordless grease gun 18 V", 4, "EA", "189.00", "2026-12-18")])
sent = "10. marraskuuta 2026 10.05"
inner = ("<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Hei Martin,</p>"
         "<p>Vahvistamme tilauksen 4500033240. Rivi 1: 36 kpl à 18,90 €, toimitus 18.12.2026.<br>"
         "Rivi 2 (akkurasvaprässi): toimitus viikolla 2, hinta ja määrä tilauksen mukaan.</p>"
         "<p>Ystävällisin terveisin<br>Mikko Virtanen<br>Voitelutekniikka Oy | Puh. 020 123 4567 | Y-tunnus 1234567-8</p>"
         "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>Lähettäjä:</b> Martin Keller &lt;martin.keller@northgate-supply.example&gt;<br>"
         f"<b>Lähetetty:</b> tiistai {sent}<br><b>Vastaanottaja:</b> myynti@voitelutekniikka.example<br>"
         f"<b>Aihe:</b> {req_subject(po)}</p></div>" + req_html(po) + "</div>")
eml = message(addr("Mikko Virtanen", "mikko.virtanen@voitelutekniikka.example"), buyer_addr(po), "VS: " + req_subject(po),
              D("2026-11-13 14:02", "+0200"), "<HE1P190MB0233F1@voitelutekniikka.example>",
              text(html_doc(inner), "html", cte="quoted-printable"), reply_to=po["request_message_id"])
add("finnish-html-viikko-2", "confirmation", "fi-FI",
    "Finnish HTML-only Outlook reply with Finnish quote headers; line 2 delivered 'viikolla 2' (next year's week 2).",
    [po], eml, "Line 1 as ordered. Line 2 'viikolla 2' = Friday of ISO week 2 of 2027 = 2027-01-15 -> changed date.",
    [conf(po, {2: dict(d=kw(2027, 2))})])

# 041 ------------------------------------------------------------------
sup = ("BALTE", "Balti Elektritarvikud OÜ", "myyk@balti-elekter.example", "et-EE")
po = PO("4500033241", sup, "priya", "EUR", "2026-11-11", [
    ("PJ-3-5M", "Extension cord 3 outlets, 5 m, H05VV-F 3G1.5", 150, "EA", "6.85", "2027-01-08"),
    ("PJ-KAABEL", "Rubber cable H07RN-F 3G2.5 on drum", 300, "M", "1.42", "2027-01-08"),
    ("PJ-TROS-50", "Cable reel 50 m, IP44, 4 outlets", 20, "EA", "64.00", "2027-01-08")])
csv = ("Tellimus;Rida;Tootekood;Kogus;Uhik;Hind EUR;Tarnekuupaev\n"
       "4500033241;1;PJ-3-5M;150;tk;6,85;08.01.2027\n"
       "4500033241;2;PJ-KAABEL;300;m;1,42;08.01.2027\n"
       "4500033241;3;PJ-TROS-50;20;tk;67,50;08.01.2027\n").encode("utf-8")
txt = """Tere,

tellimuse 4500033241 kinnitus on lisatud (CSV). Pange tähele rida 3: kaablitrumli hind on tõusnud.

Lugupidamisega
Kadri Tamm
Balti Elektritarvikud OÜ, Tallinn
+372 600 1234"""
eml = message(addr("Kadri Tamm", "kadri.tamm@balti-elekter.example"), buyer_addr(po), "Vs: " + req_subject(po),
              D("2026-11-13 09:41", "+0200"), "<a5b0c3e2f7194bd2@balti-elekter.example>",
              multi("mixed", [text(txt), attach(csv, "text/csv", "kinnitus_4500033241.csv", cte="quoted-printable")],
                    "=-=-=_balti_41_=-=-="), reply_to=po["request_message_id"])
add("csv-confirmation-estonian", "confirmation", "et-EE",
    "Estonian short body with a semicolon CSV (decimal commas, DD.MM.YYYY) holding the real answer; unit M line.",
    [po], eml, "CSV: lines 1 and 2 exactly as ordered; line 3 price 67,50 instead of 64.00 -> changed price. Dates 08.01.2027 = requested.",
    [conf(po, {3: dict(p="67.50")})])

# 042 ------------------------------------------------------------------
sup = ("DARBA", "Darba Drošība SIA", "pasutijumi@darbadrosiba.example", "lv-LV")
po = PO("4500033242", sup, "dana", "EUR", "2026-11-11", [
    ("CP-GEL-ADJ", "Knee pads, gel, adjustable", 80, "PR", "9.40", "2027-01-20")])
txt = """Labdien, Dana!

Paldies par pasūtījumu Nr. 4500033242.
Pirms apstiprināšanas lūdzu precizēt: ceļu sargi ir pieejami divos izmēros (M/L un XL). Cik pāru vajag katrā izmērā?
Tiklīdz saņemsim atbildi, apstiprināsim piegādes datumu.

Ar cieņu
Līga Ozola
Darba Drošība SIA | Rīga | +371 67 123 456"""
eml = message(addr("Līga Ozola", "liga.ozola@darbadrosiba.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-12 11:15", "+0200"), "<3e2d1c0b-9a87-4f65-b4d3-c2e1f0a9b8c7@darbadrosiba.example>",
              text(txt, cs="iso-8859-13"), reply_to=po["request_message_id"])
add("latvian-size-question", "needs_review", "lv-LV",
    "Latvian ISO-8859-13 reply asking for a size split before confirming.",
    [po], eml, "The supplier asks how many pairs per size and will confirm afterwards; no commitment yet -> needs_review.")

# 043 ------------------------------------------------------------------
sup = ("KAUNO", "Kauno įrankiai UAB", "uzsakymai@kauno-irankiai.example", "lt-LT")
po = PO("4500033243", sup, "tom", "EUR", "2026-11-12", [
    ("VR-14-ST", "Pipe wrench 14 in, steel", 40, "EA", "19.80", "2026-12-17"),
    ("VR-36-ST", "Pipe wrench 36 in, steel", 6, "EA", "71.00", "2026-12-17"),
    ("VR-KAMP-2", "Chain pipe wrench 2 in", 10, "EA", "44.50", "2026-12-17")])
txt = """Laba diena,

patvirtiname užsakymą Nr. 4500033243:
1 eil. – 40 vnt. po 19,80 EUR, pristatymas 2026-12-17
2 eil. – VR-36-ST nebegaminamas, pristatyti negalime. Galime pasiūlyti VR-36-AL (aliumininis, 89,00 EUR), jei domina – atsiųskite naują užsakymą.
3 eil. – 10 vnt. po 44,50 EUR, pristatymas 2026-12-17

Pagarbiai
Tomas Kazlauskas
Kauno įrankiai UAB | Tel. +370 37 123 456 | Įm. k. 301234567"""
eml = message(addr("Tomas Kazlauskas", "tomas@kauno-irankiai.example", "windows-1257"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-13 10:22", "+0200"), "<DU2PR06MB8013A4@kauno-irankiai.example>",
              text(txt, cs="windows-1257", cte="quoted-printable"), reply_to=po["request_message_id"])
add("lithuanian-alternative-offer", "confirmation", "lt-LT",
    "Lithuanian windows-1257 QP: middle line discontinued with an alternative offered only on a new order.",
    [po], eml, "Lines 1 and 3 confirmed as ordered (2026-12-17). Line 2 cannot be supplied; the aluminium alternative requires a new order -> rejected.",
    [conf(po, {2: "R"})])

# 044 ------------------------------------------------------------------
sup = ("OBKLA", "Obkladová technika s.r.o.", "objednavky@obkladova-technika.example", "sk-SK")
po = PO("4500033244", sup, "martin", "EUR", "2026-11-16", [
    ("RD-600", "Manual tile cutter 600 mm", 12, "EA", "39.00", "2026-12-04"),
    ("RD-1200", "Manual tile cutter 1200 mm, rail", 4, "EA", "149.00", "2026-12-04")])
txt = """Dobrý deň pán Keller,

objednávku 4500033244 potvrdzujeme v plnom rozsahu za uvedené ceny. Obe položky máme skladom, tovar Vám doručíme budúci týždeň v utorok.

S pozdravom
Miroslava Horváthová
Obkladová technika s.r.o., Žilina | +421 41 123 4567 | IČO 36123456

""" + q_gt(po, "Dňa po 16. 11. 2026 o 10:05 Martin Keller <martin.keller@northgate-supply.example> napísal(a):")
eml = message(addr("Miroslava Horváthová", "horvathova@obkladova-technika.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-19 15:33"), "<2c9a7e51-7c31-4c63-9f0a-44b0e6c1d2f3@obkladova-technika.example>",
              text(txt, cs="iso-8859-2"), reply_to=po["request_message_id"])
add("buduci-utorok", "confirmation", "sk-SK",
    "Slovak reply with a relative weekday ('budúci týždeň v utorok') resolved against the Date header, earlier than requested.",
    [po], eml, "Mail of Thursday 2026-11-19; 'next week on Tuesday' = 2026-11-24, earlier than the requested 2026-12-04; quantities/prices as ordered -> both lines changed (date).",
    [conf(po, {1: dict(d="2026-11-24"), 2: dict(d="2026-11-24")})])

# 045 ------------------------------------------------------------------
sup = ("LEPIL", "Lepilni trakovi d.o.o.", "prodaja@lepilni-trakovi.example", "sl-SI")
po = PO("4500033245", sup, "dana", "EUR", "2026-11-13", [
    ("LT-30-PAP", "Masking tape 30 mm x 50 m, paper", 360, "ROL", "2.55", "2026-12-14")])
txt = """Pozdravljeni,

potrjujemo naročilo 4500033245: 360 kolutov (10 kartonov po 36), cena 86,40 EUR/karton, dobava 14. 12. 2026.

Lep pozdrav,
Maja Novak
Lepilni trakovi d.o.o., Celje | tel. 03 123 45 67 | ID za DDV: SI12345678"""
eml = message(addr("Maja Novak", "maja.novak@lepilni-trakovi.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-16 08:20"), "<c7d3e2f1a0b94@lepilni-trakovi.example>", text(txt, cs="windows-1250"),
              reply_to=po["request_message_id"])
add("price-per-carton", "confirmation", "sl-SI",
    "Slovenian one-liner pricing per carton of 36 rolls while the PO prices per roll.",
    [po], eml, "86,40 EUR per carton of 36 rolls = 2.40 per roll vs PO 2.55; quantity 360 rolls and date 2026-12-14 as ordered -> changed price 2.40.",
    [conf(po, {1: dict(p="2.40")})])

# 046 ------------------------------------------------------------------
sup = ("ALATZ", "Alati Zagreb d.o.o.", "prodaja@alati-zagreb.example", "hr-HR")
po = PO("4500033246", sup, "tom", "EUR", "2026-11-13", [
    ("ZG-KLJ-22", "Grease gun 500 cm3, pistol grip", 20, "EA", "17.40", "2026-12-18")])
pdf_lines = ["Alati Zagreb d.o.o., Radnicka cesta 80, 10000 Zagreb, OIB 12345678901", "",
             "RACUN br. 2026-04518            Datum: 16.11.2026", "Vasa narudzba: 4500029871",
             "Otpremnica: 26-OTP-3312", "",
             "Rb  Sifra        Opis                          Kol.   Cijena      Iznos",
             " 1  ZG-KLJ-22    Pistolj za mast 500 cm3         15    17,40     261,00",
             " 2  ZG-CRIJ-30   Crijevo 300 mm                  15     2,10      31,50", "",
             "                                    Ukupno EUR            292,50",
             "                                    PDV 25%                73,13",
             "                                    Za platiti EUR        365,63", "",
             "Dospijece: 16.12.2026   IBAN HR12 2360 0001 1023 4567 8"]
txt = """Poštovani,

u privitku Vam šaljemo račun br. 2026-04518 za Vašu narudžbu 4500029871 (isporučeno 13.11.2026).
Molimo plaćanje do 16.12.2026.

Srdačan pozdrav,
Računovodstvo
Alati Zagreb d.o.o. | +385 1 234 5678"""
eml = message(addr("Alati Zagreb - Računovodstvo", "racuni@alati-zagreb.example"), "tom.ashby@northgate-supply.example",
              "Račun 2026-04518 / narudžba 4500029871", D("2026-11-16 12:00"), "<racun-2026-04518@alati-zagreb.example>",
              multi("mixed", [text(txt, cs="iso-8859-2"), attach(pdf(pdf_lines), "application/pdf", "Racun_2026-04518.pdf")],
                    "----=_Part_4518_20261116"))
add("invoice-other-order", "unrelated", "hr-HR",
    "Croatian invoice (PDF) from the same supplier for the same item code, but for an older order number not in pos.json.",
    [po], eml, "Invoice for order 4500029871, which is not our open PO 4500033246 (different quantity, already delivered); it does not answer our request -> unrelated.")

# 047 ------------------------------------------------------------------
sup = ("BEOAL", "Beo Alati d.o.o.", "prodaja@beoalati.example", "sr-RS")
po = PO("4500033247", sup, "martin", "EUR", "2026-11-12", [
    ("UG-12-24", "Impact socket 1/2\" 24 mm", 100, "PC", "2.85", "2026-12-10"),
    ("UG-12-27", "Impact socket 1/2\" 27 mm", 100, "PC", "3.05", "2026-12-10"),
    ("UG-34-SET", "Impact socket set 3/4\", 8 pc", 10, "SET", "78.00", "2026-12-10")])
txt = """Поштовани господине Келер,

потврђујемо поруџбину према одговору нашег магацина испод.

Срдачан поздрав,
Милан Јовановић
Беo Алати д.о.о., Београд | +381 11 123 4567 | ПИБ 101234567

---------- Forwarded message ---------
Од: Драган Илић <magacin@beoalati.example>
Датум: чет, 12. нов 2026. у 14:10
Тема: Fwd: Purchase order 4500033247 - please confirm
За: Милан Јовановић <prodaja@beoalati.example>

Милане,
24 и 27 мм има на стању, може испорука 10.12.
Гарнитуре 3/4" немамо, стижу тек 8.1., тако да за њих 8.1.
Цене остају.
Драган

> ---------- Forwarded message ---------
> From: Martin Keller <martin.keller@northgate-supply.example>
> Date: Thu, 12 Nov 2026 at 10:05
> Subject: Purchase order 4500033247 - please confirm
>
""" + "\n".join(("> " + x) if x else ">" for x in req_text(po).split("\n"))
eml = message(addr("Милан Јовановић", "prodaja@beoalati.example"), buyer_addr(po), "Fwd: Re: " + req_subject(po),
              D("2026-11-12 16:45"), "<CAGm5Xz0vQ3Y9k@mail.gmail.com>", text(txt),
              reply_to=po["request_message_id"])
add("forwarded-warehouse-answer", "confirmation", "sr-RS",
    "Serbian Cyrillic: sales forwards the warehouse's internal note as the confirmation; dates '10.12.' and '8.1.' without year.",
    [po], eml, "Sales confirms 'according to the warehouse answer below': lines 1-2 delivery 10.12. = 2026-12-10 as requested; line 3 only on 8.1. = 2027-01-08 -> changed date. Prices unchanged.",
    [conf(po, {3: dict(d="2027-01-08")})])

# 048 ------------------------------------------------------------------
sup = ("VIETL", "Công ty TNHH Lọc Việt", "sales@locviet.example", "vi-VN")
po = PO("4500033248", sup, "dana", "USD", "2026-11-12", [
    ("LD-W920", "Spin-on oil filter 3/4-16 UNF, 120 mm", 200, "PC", "4.25", "2026-12-20"),
    ("LD-H12", "Oil filter element 12 in, cellulose", 100, "PC", "6.10", "2026-12-20")])
txt = """Kính gửi chị Dana,

Công ty Lọc Việt xác nhận đơn hàng số 4500033248 như sau:
- Mã LD-W920: kho chỉ còn 180 cái, chúng tôi xác nhận 180 cái, đơn giá 4,25 USD, giao ngày 20 tháng 12 năm 2026.
- Mã LD-H12: 100 cái, đơn giá 6,10 USD, giao ngày 20 tháng 12 năm 2026.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh – Công ty TNHH Lọc Việt
ĐT: +84 28 3812 3456 | MST: 0312345678"""
eml = message(addr("Nguyễn Thị Lan", "lan.nguyen@locviet.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-13 09:10", "+0700"), "<20261113021000.1234.locviet@locviet.example>",
              multi("alternative", [text(txt, cte="base64"), text(html_doc("<div>" + txt.replace("\n", "<br>") + "</div>"), "html", cte="base64")],
                    "----=_NextPart_LV_48"), reply_to=po["request_message_id"])
add("stock-shortage-vietnamese", "confirmation", "vi-VN",
    "Vietnamese base64 reply: stock shortage cuts line 1 to 180 with no backorder; long-form Vietnamese dates and decimal commas.",
    [po], eml, "Line 1 confirmed only 180 of 200 at 4.25 on 2026-12-20 -> changed quantity (no later delivery promised). Line 2 as ordered.",
    [conf(po, {1: dict(q=180)})])

# 049 ------------------------------------------------------------------
sup = ("SURAB", "PT Surabaya Perkakas Jaya", "sales@surabayaperkakas.example", "id-ID")
po = PO("4500033249", sup, "priya", "USD", "2026-11-12", [
    ("KL-L-9", "Hex key set 9 pc, L-type, chrome vanadium", 300, "SET", "7.50", "2026-12-11")])
txt = """Selamat siang Ibu Priya,

Terima kasih atas PO 4500033249. Kami konfirmasi 300 set, namun harga naik menjadi USD 7,80/set karena kenaikan bahan baku. Barang kami kirim tgl 7 Des.

Salam,
Budi Santoso
PT Surabaya Perkakas Jaya | +62 31 123 4567 | NPWP 01.234.567.8-901.000

Pada tanggal Kam, 12 Nov 2026 pukul 10.05 Priya Natarajan <priya.natarajan@northgate-supply.example> menulis:
""" + "\n".join(("> " + x) if x else ">" for x in req_text(po).split("\n"))
eml = message(addr("Budi Santoso", "budi@surabayaperkakas.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-13 12:05", "+0700"), "<CAH9vW3p8ZkQ4m@mail.gmail.com>", text(txt),
              reply_to=po["request_message_id"])
add("indonesian-price-ship-date", "confirmation", "id-ID",
    "Indonesian reply: price up with decimal comma 'USD 7,80', ship date only '7 Des' without year, earlier than need-by.",
    [po], eml, "300 sets confirmed at 7.80 instead of 7.50; only a ship date is given ('kirim tgl 7 Des' = 2026-12-07), which becomes the date -> changed (price, date).",
    [conf(po, {1: dict(p="7.80", d="2026-12-07")})])

# 050 ------------------------------------------------------------------
sup = ("KLPER", "Perkakas KL Sdn. Bhd.", "jualan@perkakas-kl.example", "ms-MY")
po = PO("4500033250", sup, "tom", "USD", "2026-11-13", [
    ("PG-R-9", "Rotary air rivet gun", 4, "EA", "96.00", "2027-01-22"),
    ("PA-50L", "Air compressor 50 l, 2.5 HP", 4, "EA", "235.00", "2027-01-22")])
txt = """Salam sejahtera Encik Tom,

Terima kasih atas pesanan 4500033250. Kami perlu semak stok dengan gudang di Pasir Gudang dahulu; kami akan sahkan kuantiti dan tarikh penghantaran minggu depan.

Sekian, terima kasih.
Nurul Aina binti Hassan
Perkakas KL Sdn. Bhd. (123456-X) | Tel: 03-7845 1234"""
eml = message(addr("Nurul Aina", "nurul@perkakas-kl.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-16 10:41", "+0800"), "<PSAPR06MB4402D0@perkakas-kl.example>", text(txt, cs="us-ascii", cte="7bit"),
              reply_to=po["request_message_id"])
add("malay-will-confirm", "needs_review", "ms-MY",
    "Malay reply: order received, stock check first, confirmation promised 'minggu depan' (next week).",
    [po], eml, "No quantity, price or date is committed; the supplier will confirm next week -> needs_review.")

# 051 ------------------------------------------------------------------
sup = ("MNLSF", "Manila Safety Gear Trading", "orders@manilasafety.example", "en-PH")
po = PO("4500033251", sup, "dana", "USD", "2026-11-13", [
    ("GG-CLR-PH", "Safety goggles clear, indirect vent", 500, "PR", "1.85", "2026-12-15")])
txt = """ok noted maam, po 4500033251 confirmed. 500 prs @1.85 deliver dec 15. thank u

Sent from my iPhone

> On Nov 13, 2026, at 5:05 PM, Dana Ruiz <dana.ruiz@northgate-supply.example> wrote:
>
""" + "\n".join(("> " + x) if x else ">" for x in req_text(po).split("\n"))
eml = message("Joy Santos <joysantos.msg@manilasafety.example>", buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-14 08:12", "+0800"), "<9E1B7F4A-2C3D-4E5F-8A9B-0C1D2E3F4A5B@manilasafety.example>",
              text(txt, cs="us-ascii", cte="7bit"), reply_to=po["request_message_id"])
add("phone-one-liner", "confirmation", "en-PH",
    "Filipino one-line iPhone reply restating quantity, price and 'dec 15' in lower case above the quoted request.",
    [po], eml, "Confirms 500 pairs at 1.85 for Dec 15 (2026-12-15) = exactly the PO -> accepted.",
    [conf(po)])

# 052 ------------------------------------------------------------------
sup = ("OZAIR", "OzAir Compressors Pty Ltd", "sales@ozair.example", "en-AU")
po = PO("4500033252", sup, "tom", "USD", "2026-11-13", [
    ("OZ-100-3", "Belt-drive air compressor 100 l, 3 HP", 6, "EA", "612.00", "2027-01-11"),
    ("OZ-HOSE-20", "PU air hose 10 mm x 20 m with fittings", 24, "EA", "31.50", "2027-01-11")])
txt = """G'day Tom,

All good on PO 4500033252, pricing as per your PO (ex GST).
Both lines will be delivered Thursday 7th Jan.

Cheers mate,
Shane O'Brien
OzAir Compressors Pty Ltd | ABN 12 345 678 901
Ph (07) 3555 0123 | Mob 0412 345 678

-----Original Message-----
From: Tom Ashby <tom.ashby@northgate-supply.example>
Sent: Friday, 13 November 2026 7:05 PM
To: sales@ozair.example
Subject: Purchase order 4500033252 - please confirm

""" + req_text(po)
eml = message(addr("Shane O'Brien", "shane@ozair.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-16 09:15", "+1000"), "<SY4PR01MB6021C7@ozair.example>", text(txt, cs="us-ascii", cte="7bit"),
              reply_to=po["request_message_id"])
add("aussie-weekday-ordinal", "confirmation", "en-AU",
    "Australian reply: 'Thursday 7th Jan' (no year) delivers earlier than requested; 'ex GST' is not a price change; ABN/phone numbers.",
    [po], eml, "Prices as per PO; both lines delivered Thursday 7 January -> 2027-01-07 (a Thursday), earlier than 2027-01-11 -> both changed (date).",
    [conf(po, {1: dict(d="2027-01-07"), 2: dict(d="2027-01-07")})])

# 053 ------------------------------------------------------------------
sup = ("CAPEF", "Cape Fasteners & Tools (Pty) Ltd", "orders@capefasteners.example", "en-ZA")
po = PO("4500033253", sup, "priya", "USD", "2026-11-16", [
    ("CT-ZA-300", "Cable tie 4.8x300 mm, black", 5000, "PC", "0.038", "2027-01-15")])
txt = """Dear Customer,

Thank you for contacting Cape Fasteners & Tools. This is an automated acknowledgement.

Your e-mail has been received and logged under reference number CFT-2026-118342. One of our sales consultants will respond within 48 business hours.

Our trading hours are Monday to Friday 08:00 - 16:30 (SAST). Please note that our branches close on 18 December 2026 and re-open on 4 January 2027.

Kind regards,
Customer Service Centre
Cape Fasteners & Tools (Pty) Ltd | Reg. No. 1998/012345/07 | VAT 4123456789
Tel +27 21 555 0100"""
eml = message(addr("Cape Fasteners Customer Service", "noreply@capefasteners.example"), buyer_addr(po),
              "[CFT-2026-118342] Received: " + req_subject(po), D("2026-11-16 10:06", "+0200"), "<ticket.118342@helpdesk.capefasteners.example>",
              text(txt, cs="us-ascii", cte="7bit"), reply_to=po["request_message_id"],
              extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
add("helpdesk-ticket-ack", "auto_reply", "en-ZA",
    "South African helpdesk auto-acknowledgement with a ticket number and holiday closing dates, 'your e-mail has been received'.",
    [po], eml, "Automatic ticket acknowledgement: no human read the order and nothing is committed; closure dates are general -> auto_reply.")

# 054 ------------------------------------------------------------------
sup = ("KIWIS", "Kiwi Safety Supplies Ltd", "orders@kiwisafety.example", "en-NZ")
po = PO("4500033254", sup, "dana", "USD", "2026-11-13", [
    ("KS-GOG-AF", "Safety goggles anti-fog, AS/NZS 1337", 300, "PR", "2.95", "2026-12-14"),
    ("KS-GOG-WELD", "Welding goggles shade 5, flip-up", 50, "PR", "7.80", "2026-12-14")])
pdf_lines = ["KIWI SAFETY SUPPLIES LTD", "14 Carbine Road, Mt Wellington, Auckland 1060", "GST 123-456-789", "",
             "SALES ORDER ACKNOWLEDGEMENT            SO-118904", "Date: 17/11/2026",
             "Customer PO: 4500033254                Account: NORTHG01", "",
             "Ln  Product       Description                  Qty  UOM   Price USD   Despatch",
             " 1  KS-GOG-AF     Goggles anti-fog             300  PR         2.95   11/12/2026",
             " 2  KS-GOG-WELD   Welding goggles shade 5       50  PR         7.80   22/01/2027", "",
             "                                          Total USD        1,275.00", "",
             "Dates shown are despatch dates from our Auckland warehouse.",
             "Goods remain the property of Kiwi Safety Supplies Ltd until paid in full."]
txt = """This is an automated message from Kiwi Safety Supplies. Please do not reply to this e-mail.

Please find attached Sales Order Acknowledgement SO-118904 for your purchase order 4500033254.

If any details are incorrect please contact orders@kiwisafety.example within 2 working days."""
eml = message(addr("Kiwi Safety Supplies", "no-reply@kiwisafety.example"), buyer_addr(po),
              "Sales Order Acknowledgement SO-118904 (your ref 4500033254)", D("2026-11-17 06:30", "+1300"),
              "<SO118904.1763314200@erp.kiwisafety.example>",
              multi("mixed", [text(txt, cs="us-ascii", cte="7bit"), attach(pdf(pdf_lines), "application/pdf", "SO-118904.pdf")],
                    "==ERP_SO118904=="), extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
add("nz-erp-despatch-dates", "confirmation", "en-NZ",
    "NZ ERP 'do not reply' mail with Auto-Submitted header; the attached PDF acknowledgement gives despatch dates (day-first) only.",
    [po], eml, "The PDF commits to the order, so this is a confirmation, not an auto_reply. Only despatch dates are given, so they are the dates: line 1 11/12/2026 = 2026-12-11 (earlier than 2026-12-14) and line 2 22/01/2027; prices/qty as ordered -> both changed (date).",
    [conf(po, {1: dict(d="2026-12-11"), 2: dict(d="2027-01-22")})])
