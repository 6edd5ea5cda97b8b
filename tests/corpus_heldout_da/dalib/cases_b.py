from .common import *


@case("batting-be-xlsx", "nl-BE", "confirmation",
      "Flemish reply whose details sit in an attached XLSX: one later date only visible in the sheet, one line cut to available stock.")
def _():
    p = po("4500232010", "VLAWAT", "Vlaamse Watten NV", "verkoop@vlaamsewatten.example", "nl-BE", "EUR", "2026-11-09", [
        ("QB-COT-80", "Cotton/poly quilting batting 80/20, 240 cm", 150, "M", "7.85", "2027-01-08"),
        ("QB-POL-150", "Polyester batting 150 g/m2, 150 cm", 200, "M", "3.10", "2027-01-08"),
        ("QB-WOOL-Q", "Wool batting, queen size, pre-cut", 40, "PC", "24.90", "2027-01-08"),
    ])
    rows = [["Orderbevestiging OB26-3317", "", "", "", "", "", ""],
            ["Uw bestelling", "4500232010", "", "", "", "", ""],
            [],
            ["Lijn", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Eenheidsprijs EUR", "Leverdatum"],
            [1, "QB-COT-80", "Katoen/poly watten 80/20 240 cm", 150, "m", 7.85, "08/01/2027"],
            [2, "QB-POL-150", "Polyester watten 150 g/m2 150 cm", 200, "m", 3.10, "15/01/2027"],
            [3, "QB-WOOL-Q", "Wolwatten queen voorgesneden", 32, "st", 24.90, "08/01/2027"]]
    body = """Goedemorgen Dana,

In bijlage vindt u onze orderbevestiging voor uw bestelling 4500232010.
Opgelet: van lijn 3 hebben we nog maar 32 stuks, de rest komt pas in maart binnen en die leveren we dus niet.

Met vriendelijke groeten,
Wim Claes
Vlaamse Watten NV - Industrieweg 41 - 9240 Zele
BTW BE 0412.345.678 - T +32 52 44 55 66"""
    m = reply(p, ("Wim Claes", "wim.claes@vlaamsewatten.example"), "2026-11-12 08:55 +0100",
              mixed(text(body), attachment("OB26-3317.xlsx", XLSX_CT, xlsx(rows, "OB26-3317"))), prefix="RE: ")
    e = conf([answer(p, {1: acc(), 2: chg(d="2027-01-15"), 3: chg(q=32)})],
             "Body only mentions line 3; the XLSX shows line 1 as ordered, line 2 delivery 15/01/2027 (day-first) and line 3 reduced to 32 (rest not delivered).")
    return [p], m, e


@case("tuningfork-fi-ooo-noheaders", "fi-FI", "auto_reply",
      "Finnish/English out-of-office without any Auto-Submitted/Precedence header; only the subject and wording reveal it.")
def _():
    p = po("4500232044", "SOINTU", "Sointu Instruments Oy", "tilaukset@sointu.example", "fi-FI", "EUR", "2026-11-09", [
        ("TF-A440-AL", "Tuning fork A440, aluminium", 60, "EA", "6.90", "2026-12-15"),
        ("TF-MED-128", "Medical tuning fork C128 with dampers", 25, "EA", "17.40", "2026-12-15"),
    ], buyer=1)
    body = """Hei,

olen lomalla 16.-27.11.2026 enkä lue sähköpostia. Viestejä ei välitetä eteenpäin.
Kiireellisissä tilausasioissa ota yhteyttä myyntiimme: myynti@sointu.example, puh. 020 123 4567.

I am on holiday 16-27 November 2026 and will not read my e-mail. For urgent order matters please contact myynti@sointu.example, tel. +358 20 123 4567.

Ystävällisin terveisin / Best regards
Mikko Lehtonen
Sointu Instruments Oy"""
    m = reply(p, ("Mikko Lehtonen", "mikko.lehtonen@sointu.example"), "2026-11-16 07:12 +0200",
              text(body, "iso-8859-15"), subject="Automaattinen vastaus: " + request_subject(p), thread=False,
              charset="iso-8859-15")
    return [p], m, other("auto_reply", "Holiday auto-reply (no auto headers); no answer about the order.")


@case("neontrafo-dk-copper-surcharge", "da-DK", "confirmation",
      "Danish reply adding a per-unit copper surcharge in DKK to both lines and moving line 2 to 'uge 50'.")
def _():
    p = po("4500232077", "NORDNEON", "Nordisk Neon ApS", "ordre@nordiskneon.example", "da-DK", "DKK", "2026-11-09", [
        ("NT-10KV-30", "Neon transformer 10 kV 30 mA, IP44", 25, "EA", "845.00", "2026-12-10"),
        ("NT-6KV-20", "Neon transformer 6 kV 20 mA", 15, "EA", "612.00", "2026-12-10"),
    ], buyer=1)
    body = """Hej Jonas

Tak for ordren. Vi bekræfter som følger:

Pos. 1: 25 stk. á kr. 845,00 + kobbertillæg kr. 12,50 pr. stk. - levering 10.12.2026
Pos. 2: 15 stk. á kr. 612,00 + kobbertillæg kr. 8,75 pr. stk. - levering uge 50

Kobbertillægget reguleres månedligt iht. LME, jf. vores salgs- og leveringsbetingelser.

Med venlig hilsen
Søren Kjær
Salg, Nordisk Neon ApS
Tlf. +45 86 12 34 56 | CVR 31245678"""
    m = reply(p, ("Søren Kjær", "sk@nordiskneon.example"), "2026-11-11 10:20 +0100",
              text(body + quote_outlook(p, "en"), "iso-8859-1"), prefix="SV: ", charset="iso-8859-1")
    e = conf([answer(p, {1: chg(p="857.50"), 2: chg(p="620.75", d="2026-12-11")})],
             "Copper surcharge per piece is added to the unit price: 845.00+12.50=857.50, 612.00+8.75=620.75. "
             "Line 1 date as ordered; line 2 'uge 50' without a day -> Friday 2026-12-11.")
    return [p], m, e


@case("hutch-ee-prepayment-first", "et-EE", "needs_review",
      "Estonian reply that will confirm only after a prepayment invoice is paid; it restates the amounts but commits to nothing.")
def _():
    p = po("4500232101", "PUURIMEES", "Puurimees OÜ", "myyk@puurimees.example", "et-EE", "EUR", "2026-11-09", [
        ("RH-OUT-150", "Outdoor rabbit hutch 150 cm, larch", 10, "EA", "189.00", "2027-01-11"),
        ("RH-RUN-200", "Rabbit run 200 x 100 cm, galvanised mesh", 6, "EA", "75.00", "2027-01-11"),
    ])
    body = """Tere, Dana!

Aitäh tellimuse eest. Kuna tegemist on esimese tellimusega, kinnitame tellimuse ja tootmisaja alles pärast ettemaksu laekumist.
Lisasime ettemaksuarve nr 2026-1187 summas 2 340,00 EUR (10 x 189,00 + 6 x 75,00).
Pärast makse laekumist saadame kinnituse koos tarnekuupäevaga.

Lugupidamisega
Kadri Tamm
Puurimees OÜ | Reg. nr 12345678 | KMKR EE101234567
Tel +372 5123 4567"""
    m = reply(p, ("Kadri Tamm", "kadri@puurimees.example"), "2026-11-10 15:02 +0200",
              mixed(text(body + quote_gmail(p)),
                    attachment("Ettemaksuarve_2026-1187.pdf", "application/pdf",
                               pdf(["PUURIMEES OU - ETTEMAKSUARVE / PROFORMA INVOICE 2026-1187",
                                    "Klient: Brightwater Trading GmbH   Tellimus: 4500232101",
                                    "RH-OUT-150  10 x 189,00  = 1 890,00 EUR",
                                    "RH-RUN-200   6 x  75,00  =   450,00 EUR",
                                    "Kokku / Total: 2 340,00 EUR   Tasuda / Due: 17.11.2026"], "Proforma 2026-1187"))),
              prefix="Re: ")
    return [p], m, other("needs_review", "Order and delivery date will be confirmed only after prepayment; the proforma restates PO prices but is not a commitment.")


@case("cheesecloth-lv-rejected-line", "lv-LV", "confirmation",
      "Latvian base64 reply with genitive-style dates ('2026. gada 21. decembrī'); one line no longer produced.")
def _():
    p = po("4500232133", "BALTTEX", "Baltijas Tekstils SIA", "pasutijumi@balttekstils.example", "lv-LV", "EUR", "2026-11-10", [
        ("CC-G90-1M", "Cheese cloth grade 90, 1 m wide", 300, "M", "1.85", "2026-12-21"),
        ("CC-BAG-20", "Cheese cloth bag 20x30 cm, drawstring", 500, "PC", "0.62", "2026-12-21"),
        ("CC-MUS-UNB", "Butter muslin, unbleached", 100, "M", "2.40", "2026-12-21"),
    ])
    body = """Labdien, Dana!

Apstiprinām pasūtījumu Nr. 4500232133:

1. poz. - 300 m, 1,85 EUR/m, piegāde 2026. gada 21. decembrī;
2. poz. - 500 gab., 0,62 EUR/gab., piegāde 2026. gada 21. decembrī;
3. poz. - diemžēl nebalināto marli vairs neražojam, šo pozīciju nevaram piegādāt.

Ar cieņu
Ilze Bērziņa
Baltijas Tekstils SIA, Rūpniecības iela 5, Ogre, LV-5001
Reģ. Nr. 40003123456, tālr. +371 6500 1234"""
    m = reply(p, ("Ilze Bērziņa", "ilze@balttekstils.example"), "2026-11-11 14:33 +0200",
              alt(text(body, cte="base64"), html(html_doc(to_html(body)), cte="base64")), prefix="Re: ")
    e = conf([answer(p, {1: acc(), 2: acc(), 3: rej()})],
             "Lines 1 and 2 confirmed as ordered (21 Dec 2026). Line 3 is no longer produced -> rejected.")
    return [p], m, e


@case("marbles-lt-moq-newthread", "lt-LT", "confirmation",
      "Lithuanian confirmation in a new thread (no In-Reply-To): MOQ of one pallet raises line 1 from 300 to 500 kg.")
def _():
    p = po("4500232180", "STIKLAS", "UAB Stiklo Rutuliukai", "pardavimai@stiklorutuliukai.example", "lt-LT", "EUR", "2026-11-10", [
        ("GM-14-CAT", "Glass marbles 14 mm cat's eye, bulk", 300, "KG", "3.90", "2027-01-12"),
        ("GM-25-WHT", "Glass marbles 25 mm, opaque white", 100, "KG", "4.60", "2027-01-12"),
    ])
    body = """Laba diena,

patvirtiname Jūsų užsakymą Nr. 4500232180:

1 poz. GM-14-CAT - minimalus užsakymo kiekis šiam gaminiui yra 500 kg (viena paletė), todėl patvirtiname 500 kg po 3,90 EUR/kg. Pristatymas 2027-01-12.
2 poz. GM-25-WHT - 100 kg po 4,60 EUR/kg. Pristatymas 2027-01-12.

Pagarbiai
Tomas Petrauskas
UAB Stiklo Rutuliukai | Įmonės kodas 302123456 | PVM LT100004123456
Tel. +370 612 34567"""
    m = reply(p, ("Tomas Petrauskas", "tomas@stiklorutuliukai.example"), "2026-11-12 12:10 +0200",
              text(body, "iso-8859-13"), subject="Užsakymo patvirtinimas 4500232180", thread=False, charset="iso-8859-13")
    e = conf([answer(p, {1: chg(q=500), 2: acc()})],
             "New thread but names the PO. Line 1 raised to the 500 kg MOQ at the same price and date; line 2 as ordered.")
    return [p], m, e


@case("bur-hu-forwarded-warehouse", "hu-HU", "confirmation",
      "Hungarian rep's top note plus a forwarded internal warehouse message; line 2 split 200 now / 100 on 2027-01-12.")
def _():
    p = po("4500232215", "DENTORG", "Dentorg Kft.", "rendeles@dentorg.example", "hu-HU", "HUF", "2026-11-10", [
        ("DB-856-016", "Diamond bur FG 856-016 torpedo, medium", 300, "PC", "1450", "2026-12-14"),
        ("DB-881-012", "Diamond bur FG 881-012 cylinder, fine", 300, "PC", "1450", "2026-12-14"),
        ("DB-RA-POL12", "Polishing kit RA, 12 pieces", 10, "SET", "18900", "2026-12-14"),
    ])
    body = """Kedves Dana!

A raktár alábbi visszajelzése alapján a rendelést így igazoljuk vissza:
- 1. és 3. tétel: a rendelt mennyiségben és áron, a kért időpontra (2026.12.14.).
- 2. tétel: 200 db megy 2026.12.14-én, a maradék 100 db-ot 2027.01.12-én szállítjuk.

Üdvözlettel:
Kovács Anna
értékesítés | Dentorg Kft. | 1139 Budapest, Váci út 99.
Tel.: +36 1 234 5678 | Adószám: 12345678-2-41

---------- Továbbított üzenet ---------
Feladó: Raktár <raktar@dentorg.example>
Dátum: 2026. nov. 11., Sze 8:14
Tárgy: 4500232215 készlet
Címzett: Kovács Anna <kovacs.anna@dentorg.example>

Anna,
856-016: 300 db ok
881-012: 200 db van, 100 db utánrendelve, beérkezés jan. 8., kiszállítás jan. 12.
polírozó készlet: 10 ok
Üdv, Tibi"""
    m = reply(p, ("Kovács Anna", "kovacs.anna@dentorg.example"), "2026-11-11 09:02 +0100",
              text(body + quote_gmail(p, "Dana Ruiz <dana.ruiz@buyer.example> ezt írta (időpont: 2026. nov. 10., K 10:02):"), "iso-8859-2"),
              prefix="Vá: ", charset="iso-8859-2")
    e = conf([answer(p, {1: acc(), 2: chg(sched=[(200, "2026-12-14"), (100, "2027-01-12")]), 3: acc()})],
             "The rep's own summary (consistent with the forwarded warehouse note) is the answer. Line 2 split: 200 on 2026-12-14 and 100 on 2027-01-12; "
             "'jan. 8' in the forward is the goods-in date at the supplier, not a delivery to us.")
    return [p], m, e


@case("incense-ro-exchange-ndr", "ro-RO", "bounce",
      "Exchange Online style NDR 'Undeliverable:' (multipart/report with text/rfc822-headers) for the Romanian supplier.")
def _():
    p = po("4500232250", "TAMAIE", "Tămâie și Mir SRL", "comenzi@tamaie-mir.example", "ro-RO", "RON", "2026-11-10", [
        ("IC-SMIRNA-50", "Incense cones myrrh, box of 50", 200, "BOX", "14.50", "2026-12-11"),
    ])
    human = """Your message to comenzi@tamaie-mir.example couldn't be delivered.

comenzi wasn't found at tamaie-mir.example.

dana.ruiz     Office 365     comenzi
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Contact the recipient (by phone, for example) to check that the address exists and is correct.

Diagnostic information for administrators:
Generating server: VI1PR09MB4321.eurprd09.prod.outlook.example
comenzi@tamaie-mir.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    m = dsn(p, "VI1PR09MB4321.eurprd09.prod.outlook.example", "2026-11-10 10:02 +0100", human, "5.1.10",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            subject="Undeliverable: " + request_subject(p), frm="Microsoft Outlook <postmaster@buyer.example>",
            headers_only=True, extra=[("X-MS-Exchange-Message-Is-Ndr", "")])
    return [p], m, other("bounce", "Exchange non-delivery report: recipient address not found.")


@case("puck-bg-cp1251-fullconfirm", "bg-BG", "confirmation",
      "Bulgarian windows-1251 reply confirming everything 'до 22.01.2027 г.' with a signature full of registry numbers and IBAN.")
def _():
    p = po("4500232290", "SHAIBA", "Shaiba Sport EOOD", "office@shaibasport.example", "bg-BG", "EUR", "2026-11-11", [
        ("HP-PRAC-6", "Practice puck 6 oz, black", 2000, "EA", "0.98", "2027-01-22"),
        ("HP-LOGO-6", "Hockey puck 6 oz, 1-colour logo print", 500, "EA", "1.45", "2027-01-22"),
    ])
    body = """Здравейте, г-жо Руис,

Потвърждаваме поръчка № 4500232290 изцяло:
поз. 1 – 2 000 бр. по 0,98 EUR
поз. 2 – 500 бр. по 1,45 EUR (печат по Ваш файл, получен на 11.11.)
Доставка до 22.01.2027 г.

Поздрави,
Николай Димитров
Търговски отдел
„Шайба Спорт“ ЕООД, гр. Пловдив 4003, бул. „Марица“ 154
ЕИК 204512378, ДДС № BG204512378
IBAN BG80 BNBG 9661 1020 3456 78, BIC BNBGBGSD
тел. +359 32 981 123, моб. 0888 123 456

Това съобщение е поверително и е предназначено само за адресата."""
    m = reply(p, ("Николай Димитров", "n.dimitrov@shaibasport.example"), "2026-11-13 16:40 +0200",
              text(body + quote_outlook(p), "windows-1251"), prefix="RE: ", charset="windows-1251")
    e = conf([answer(p, {1: acc(), 2: acc()})],
             "Everything confirmed as ordered, delivery by 22.01.2027 (the requested date). The many numbers in the signature are registry/bank data.")
    return [p], m, e


@case("mosaic-gr-percent-surcharge", "el-GR", "confirmation",
      "Greek ISO-8859-7 QP reply: quantities and dates as ordered but '+3%' energy surcharge on all PO prices.")
def _():
    p = po("4500232333", "PSIFIDA", "Psifida Keramika A.E.", "orders@psifida.example", "el-GR", "EUR", "2026-11-11", [
        ("MT-2525-WH", "Ceramic mosaic 25x25 mm, white matt, sheet", 400, "PC", "4.20", "2027-01-18"),
        ("MT-2525-NV", "Ceramic mosaic 25x25 mm, navy gloss, sheet", 150, "PC", "4.80", "2027-01-18"),
    ], buyer=3)
    body = """Αγαπητέ κ. Bellini,

Επιβεβαιώνουμε την παραγγελία σας 4500232333 με τις ποσότητες και την ημερομηνία παράδοσης που ζητήσατε (18/01/2027).
Λόγω της αύξησης του ενεργειακού κόστους, ισχύει επιβάρυνση +3% επί των τιμών της παραγγελίας σας για όλες τις γραμμές.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Τμήμα Πωλήσεων
Psifida Keramika A.E. - Βιομηχανική Περιοχή Θεσσαλονίκης, 57022 Σίνδος
Τηλ. +30 2310 123 456 - ΑΦΜ 094123456"""
    m = reply(p, ("Eleni Papadopoulou", "e.papadopoulou@psifida.example"), "2026-11-12 12:15 +0200",
              text(body + quote_outlook(p), "iso-8859-7"), prefix="ΑΠ: ", charset="iso-8859-7")
    e = conf([answer(p, {1: chg(p="4.326"), 2: chg(p="4.944")})],
             "+3% applies to the PO unit prices: 4.20 -> 4.326, 4.80 -> 4.944; quantities and 18/01/2027 as ordered.")
    return [p], m, e


@case("umbrellarib-tr-split-noyear", "tr-TR", "confirmation",
      "Turkish ISO-8859-9 reply splitting line 1: 5.000 on '18 Aralık' (no year) and 7.000 later; dot thousands separators.")
def _():
    p = po("4500232370", "SEMSIYE", "Anadolu Şemsiye Aksesuar Ltd. Şti.", "satis@anadolusemsiye.example", "tr-TR", "USD", "2026-11-11", [
        ("UR-ST-8-53", "Steel umbrella frame, 8 ribs, 53 cm", 12000, "PC", "0.85", "2027-01-15"),
        ("UR-RUN-53", "Umbrella runner ABS for 53 cm frame", 12000, "PC", "0.06", "2027-01-15"),
    ])
    body = """Sayın Dana Hanım,

4500232370 numaralı siparişinizi teşekkürle onaylıyoruz.

1. kalem (UR-ST-8-53): 12.000 adet, birim fiyat 0,85 USD. 5.000 adedi 18 Aralık'ta, kalan 7.000 adet 22 Ocak 2027'de teslim edilecektir.
2. kalem (UR-RUN-53): 12.000 adet, birim fiyat 0,06 USD, teslim 15 Ocak 2027.

Saygılarımızla,
Mehmet Yılmaz
Satış Müdürü
Anadolu Şemsiye Aksesuar Ltd. Şti. - Bursa
Tel: +90 224 123 45 67 - Vergi No: 0680123456"""
    m = reply(p, ("Mehmet Yılmaz", "mehmet@anadolusemsiye.example"), "2026-11-13 09:50 +0300",
              text(body + quote_gmail(p), "iso-8859-9"), prefix="YNT: ", charset="iso-8859-9")
    e = conf([answer(p, {1: chg(sched=[(5000, "2026-12-18"), (7000, "2027-01-22")]), 2: acc()})],
             "Line 1 split: 5,000 on 18 Aralık (no year -> 2026-12-18) and 7,000 on 2027-01-22 (last date later than requested). "
             "'12.000' is twelve thousand (dot thousands separator). Line 2 as ordered.")
    return [p], m, e


@case("rung-ua-html-only", "uk-UA", "confirmation",
      "Ukrainian HTML-only 8bit reply with a table; line 2 moved to '29 січня 2027 р.' because of beech drying.")
def _():
    p = po("4500232401", "DEREVO", "TOV Karpatske Derevo", "sales@karpatske-derevo.example", "uk-UA", "EUR", "2026-11-12", [
        ("LR-ASH-28", "Ash wood ladder rung 28 mm dia, 400 mm", 800, "EA", "1.35", "2027-01-20"),
        ("LR-BEE-32", "Beech ladder rung 32 mm dia, 450 mm", 600, "EA", "1.60", "2027-01-20"),
    ])
    h = """<p>Добрий день, пані Дано!</p>
<p>Підтверджуємо замовлення № 4500232401:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Поз.</b></td><td><b>Артикул</b></td><td><b>К-сть, шт.</b></td><td><b>Ціна, EUR</b></td><td><b>Дата поставки</b></td></tr>
<tr><td>1</td><td>LR-ASH-28</td><td>800</td><td>1,35</td><td>20.01.2027</td></tr>
<tr><td>2</td><td>LR-BEE-32</td><td>600</td><td>1,60</td><td>29.01.2027*</td></tr>
</table>
<p>* У зв'язку з сушінням букової деревини поставка поз. 2 можлива не раніше 29 січня 2027 р.</p>
<p>З повагою,<br>Оксана Коваленко<br>ТОВ «Карпатське Дерево», м. Івано-Франківськ<br>тел. +380 342 55 12 34, ЄДРПОУ 38123456</p>"""
    m = reply(p, ("Оксана Коваленко", "o.kovalenko@karpatske-derevo.example"), "2026-11-16 11:00 +0200",
              html(html_doc(h), cte="8bit"), prefix="RE: ")
    e = conf([answer(p, {1: acc(), 2: chg(d="2027-01-29")})],
             "Line 1 as ordered; line 2 delivery 29.01.2027 instead of 20.01.2027.")
    return [p], m, e


@case("saddlepad-hr-ooo", "hr-HR", "auto_reply",
      "Croatian out-of-office naming a colleague with phone numbers and a return date.")
def _():
    p = po("4500232430", "KONJIC", "Konjić d.o.o.", "narudzbe@konjic.example", "hr-HR", "EUR", "2026-11-12", [
        ("SP-JMP-FULL", "Jumping saddle pad, full, black", 20, "EA", "32.00", "2027-01-08"),
        ("SP-HALF-GEL", "Gel half pad", 10, "EA", "41.50", "2027-01-08"),
    ])
    body = """Poštovani,

trenutno sam na godišnjem odmoru do 23.11.2026. godine.
Za hitne narudžbe molim kontaktirajte kolegicu Ivanu Horvat (ivana.horvat@konjic.example, +385 1 2345 678).

Lijep pozdrav,
Marko Babić
Konjić d.o.o. | OIB 12345678901"""
    m = reply(p, ("Marko Babić", "marko.babic@konjic.example"), "2026-11-12 10:03 +0100",
              text(body, "iso-8859-2"), subject="Automatski odgovor: " + request_subject(p), charset="iso-8859-2",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return [p], m, other("auto_reply", "Holiday auto-reply; nothing about the order.")


@case("winch-si-gmail-rejectline", "sl-SI", "confirmation",
      "Slovenian Gmail reply over '>' quote: one model no longer made (rejected), others confirmed for '21. 12. 2026'.")
def _():
    p = po("4500232455", "VITLA", "Vitla Kranj d.o.o.", "prodaja@vitla-kranj.example", "sl-SI", "EUR", "2026-11-12", [
        ("BW-H600", "Hand winch 600 kg with brake", 20, "EA", "54.00", "2026-12-21"),
        ("BW-H900", "Hand winch 900 kg with brake", 10, "EA", "71.50", "2026-12-21"),
        ("BW-C5-10", "Winch cable 5 mm x 10 m with hook", 30, "EA", "12.90", "2026-12-21"),
    ])
    body = """Pozdravljeni,

potrjujemo naročilo, razen pozicije 2 - vitla 900 kg ne izdelujemo več in ga žal ne moremo dobaviti.
Poz. 1 in 3 dobavimo 21. 12. 2026 po naročenih cenah.

Lep pozdrav
Matej Novak
Vitla Kranj d.o.o., Savska c. 34, 4000 Kranj
ID za DDV: SI12345678"""
    intro = "V čet., 12. nov. 2026 ob 10:02 je oseba Dana Ruiz <dana.ruiz@buyer.example> napisala:"
    m = reply(p, ("Matej Novak", "matej.novak@vitla-kranj.example"), "2026-11-13 07:58 +0100",
              text(body + quote_gmail(p, intro)), prefix="Re: ")
    e = conf([answer(p, {1: acc(), 2: rej(), 3: acc()})],
             "Line 2 no longer produced -> rejected; lines 1 and 3 confirmed at PO prices for 21. 12. 2026 (the requested date).")
    return [p], m, e


@case("kilnshelf-sk-week50", "sk-SK", "confirmation",
      "Slovak one-paragraph confirmation with '50. týždeň' only: the Friday of ISO week 50 differs from the requested Wednesday.")
def _():
    p = po("4500232490", "ZARUVZ", "Žiaruvzdorné dosky s.r.o.", "objednavky@ziaruvzdorne.example", "sk-SK", "EUR", "2026-11-12", [
        ("KS-COR-4030", "Cordierite kiln shelf 400 x 300 x 12 mm", 30, "EA", "32.40", "2026-12-09"),
        ("KS-COR-R350", "Cordierite round kiln shelf dia 350 mm", 20, "EA", "29.80", "2026-12-09"),
    ])
    body = """Dobrý deň,

potvrdzujeme objednávku 4500232490 v plnom rozsahu za uvedené ceny. Termín dodania: 50. týždeň.

S pozdravom
Ján Horváth
Žiaruvzdorné dosky s.r.o., Lučenec
IČO 36123456, tel. +421 47 123 4567"""
    m = reply(p, ("Ján Horváth", "horvath@ziaruvzdorne.example"), "2026-11-13 13:13 +0100",
              text(body + quote_outlook(p, "cs"), "windows-1250"), prefix="RE: ", charset="windows-1250")
    e = conf([answer(p, {1: chg(d="2026-12-11"), 2: chg(d="2026-12-11")})],
             "Week 50 with no day named -> Friday 2026-12-11, which differs from the requested 2026-12-09; quantities and prices as ordered.")
    return [p], m, e


@case("vinyl-rs-invoice-other-po", "sr-RS", "unrelated",
      "Serbian invoice mail with PDF for a different, older PO number; the open PO is not answered.")
def _():
    p = po("4500232520", "PRESA", "Presa Ploča d.o.o.", "prodaja@presaploca.example", "sr-RS", "EUR", "2026-11-12", [
        ("VR-12-140-BLK", "12\" vinyl 140 g, black, plain sleeve", 1000, "PC", "2.95", "2027-02-05"),
    ])
    body = """Poštovana gospođo Ruiz,

u prilogu Vam dostavljamo fakturu br. 2026-1143 za narudžbenicu 4500229871 (isporučeno 10.11.2026).
Rok plaćanja: 30 dana, na račun 160-0000000123456-78.

Srdačan pozdrav,
Jelena Marković
Računovodstvo, Presa Ploča d.o.o., Beograd
PIB 101234567, MB 07654321"""
    pdfl = ["PRESA PLOCA d.o.o. - Beograd - PIB 101234567",
            "FAKTURA br. 2026-1143          Datum: 13.11.2026",
            "Kupac: Brightwater Trading GmbH, Hamburg",
            "Vasa narudzbenica: 4500229871   Otpremnica: OTP-2026-0877",
            "VR-7-45-RED   7\" vinyl 45 rpm red   400 kom x 1,40 EUR = 560,00 EUR",
            "Ukupno za uplatu: 560,00 EUR   Valuta: 13.12.2026"]
    m = reply(p, ("Jelena Marković", "racunovodstvo@presaploca.example"), "2026-11-13 14:05 +0100",
              mixed(text(body), attachment("Faktura_2026-1143.pdf", "application/pdf", pdf(pdfl, "Faktura 2026-1143"))),
              subject="Faktura 2026-1143 / narudžbenica 4500229871", thread=False)
    return [p], m, other("unrelated", "Invoice for an earlier order 4500229871 (already delivered), not an answer about open PO 4500232520.")


@case("jigsaw-pt-per100-earlier", "pt-PT", "confirmation",
      "European Portuguese reply pricing line 1 per 100 units and bringing both lines forward to 'dia 4 de dezembro'.")
def _():
    p = po("4500232560", "SERRAPT", "Serralux Ferramentas Lda.", "encomendas@serralux.example", "pt-PT", "EUR", "2026-11-12", [
        ("JB-HCS-10", "Jigsaw blade HCS 10 TPI wood, T-shank", 500, "PC", "0.40", "2026-12-18"),
        ("JB-BIM-24", "Jigsaw blade bi-metal 24 TPI, metal", 300, "PC", "0.72", "2026-12-18"),
    ])
    body = """Boa tarde Sra. Dana Ruiz,

Confirmamos a encomenda n.º 4500232560:
Linha 1: 500 un., preço 38,00 € / 100 un.
Linha 2: 300 un., 0,72 €/un.

Como temos stock, podemos antecipar a entrega de ambas as linhas para dia 4 de dezembro.

Com os melhores cumprimentos,
Ana Sousa
Serralux Ferramentas, Lda. - Rua da Indústria 220, 4470-000 Maia
NIF 501234567 | Tel. +351 229 000 111"""
    m = reply(p, ("Ana Sousa", "ana.sousa@serralux.example"), "2026-11-16 15:30 +0000",
              text(body + quote_outlook(p, "pt"), "iso-8859-15"), prefix="RE: ", charset="iso-8859-15")
    e = conf([answer(p, {1: chg(p="0.38", d="2026-12-04"), 2: chg(d="2026-12-04")})],
             "Line 1: 38,00 EUR per 100 = 0.38 per piece (PO 0.40). Both lines delivered earlier, 4 December (no year -> 2026-12-04).")
    return [p], m, e


@case("neontrafo-kr-euckr", "ko-KR", "confirmation",
      "Korean EUC-KR base64 reply confirming both lines exactly, dates as '2026. 12. 21.' and won amounts with commas.")
def _():
    p = po("4500232600", "HANBIT", "Hanbit Neon Co., Ltd.", "sales@hanbitneon.example", "ko-KR", "KRW", "2026-11-12", [
        ("NT-EL-15KV", "Electronic neon transformer 15 kV 30 mA", 40, "EA", "68000", "2026-12-21"),
        ("NT-EL-9KV", "Electronic neon transformer 9 kV 20 mA", 40, "EA", "52000", "2026-12-21"),
    ], buyer=2)
    body = """안녕하세요, Priya Menon 님.
한빛네온 영업팀 김지훈입니다.

주문번호 4500232600 건 아래와 같이 확인드립니다.

1. NT-EL-15KV 전자식 네온변압기 15kV 30mA - 40개, 단가 68,000원, 납기 2026. 12. 21.
2. NT-EL-9KV 전자식 네온변압기 9kV 20mA - 40개, 단가 52,000원, 납기 2026. 12. 21.
(부가세 별도)

감사합니다.
김지훈 과장 / 한빛네온(주)
경기도 안산시 단원구 산단로 123
Tel. 031-123-4567 / 사업자등록번호 123-45-67890"""
    m = reply(p, ("김지훈", "jh.kim@hanbitneon.example"), "2026-11-13 10:30 +0900",
              text(body, "euc-kr", "base64"), prefix="RE: ", charset="euc-kr")
    e = conf([answer(p, {1: acc(), 2: acc()})],
             "Both lines confirmed at PO quantity, price and date (2026-12-21); 'VAT excluded' does not change the unit price.")
    return [p], m, e
