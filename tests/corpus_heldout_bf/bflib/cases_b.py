"""Cases 019-036."""
from .common import case, sup, mkpo, conf, expected, kw_friday
from .mime import reply, attachment


@case("anchor-chain-split-hr", "confirmation/hr-HR",
      "Croatian dates with trailing dots ('16.12.2026.'), a line split 250 m + 150 m with the remainder in January")
def c_anchor_hr(slug):
    s = sup("LANRI", "Lanci Rijeka d.o.o.", "prodaja@lanci-rijeka.example", "hr-HR")
    po = mkpo("4500082011", s, "anchor", "EUR", [
        ("AC-G80-16", "Grade 80 chain 16 mm, short link", 400, "M", "21.70", "2026-12-16"),
        ("AC-JS-16", "Joining shackle 16 mm, 2 t WLL", 20, "EA", "18.20", "2026-12-16"),
    ], issued="2026-11-05")
    body = ["Poštovani gospodine Lindqvist,", "",
            "zahvaljujemo na narudžbi 4500082011 i potvrđujemo:", "",
            "Poz. 1: 250 m isporučujemo 16.12.2026., preostalih 150 m 13.01.2027. Cijena 21,70 EUR/m.",
            "Poz. 2: potvrđeno prema narudžbi.", "",
            "Srdačan pozdrav,", "Ivana Barić", "Prodaja", "Lanci Rijeka d.o.o.",
            "Zvonimirova 40, 51000 Rijeka", "Tel. +385 51 335 720", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 10:29:33 +0100", frm="ivana.baric@lanci-rijeka.example",
                frm_name="Ivana Barić", charset="iso-8859-2", lang="hr",
                subject="RE: Order confirmation request - PO 4500082011")
    return [po], eml, expected("confirmation",
        "Line 1 split 250 m on 2026-12-16 and 150 m on 2027-01-13; line 2 accepted.",
        conf(po, ("C", 400, None, "2027-01-13", [(250, "2026-12-16"), (150, "2027-01-13")]), "A"))


@case("zinc-anode-stock-split-bg", "confirmation/bg-BG",
      "Bulgarian Cyrillic in windows-1251, dates with 'г.', one line split into stock now and the remainder in January")
def c_zinc_bg(slug):
    s = sup("TSINAN", "Tsinkovi Anodi EOOD", "office@tsinkovi-anodi.example", "bg-BG")
    po = mkpo("4500082040", s, "zinc", "EUR", [
        ("ZA-PIPE-10", "Zinc pipeline bracelet anode 10 kg", 30, "EA", "74.00", "2026-12-11"),
        ("ZA-TANK-2", "Zinc anode for ballast tanks 2 kg, weld-on", 120, "EA", "16.50", "2026-12-11"),
    ], issued="2026-11-05")
    body = ["Здравейте г-н Андерсен,", "",
            "Потвърждаваме поръчка № 4500082040:", "",
            "Поз. 1 – 30 бр., 74,00 EUR/бр., доставка 11.12.2026 г.",
            "Поз. 2 – 100 бр. от наличност, 16,50 EUR/бр., доставка 11.12.2026 г.; останалите 20 бр. – доставка 08.01.2027 г.",
            "", "Поздрави,", "Петя Георгиева", "Търговски отдел", "Цинкови аноди ЕООД",
            "ул. „Индустриална“ 14, 9000 Варна", "тел. +359 52 61 44 90", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 09:02:15 +0200", frm="p.georgieva@tsinkovi-anodi.example",
                frm_name="Петя Георгиева", charset="windows-1251", lang="bg",
                subject="RE: Order confirmation request - PO 4500082040")
    return [po], eml, expected("confirmation",
        "Line 1 accepted; line 2 split 100 on 2026-12-11 + 20 on 2027-01-08.",
        conf(po, "A", ("C", 120, None, "2027-01-08", [(100, "2026-12-11"), (20, "2027-01-08")])))


@case("gym-mat-oneliners-sl", "confirmation/sl-SI",
      "three terse numbered one-liners from a phone: OK, new date without year, cannot supply")
def c_gym_sl(slug):
    s = sup("BLASPO", "Blazine Šport d.o.o.", "narocila@blazine-sport.example", "sl-SI")
    po = mkpo("4500082077", s, "gym", "EUR", [
        ("GM-TRK-1200", "Air track 12x2 m, 20 cm high", 1, "EA", "2890.00", "2026-12-18"),
        ("GM-FOLD-4", "Folding mat 4-panel 240x120x5 cm", 10, "EA", "139.00", "2026-12-18"),
        ("GM-WEDGE-60", "Incline wedge 120x60x35 cm", 4, "EA", "215.00", "2026-12-18"),
    ], issued="2026-11-06")
    body = ["Pozdravljeni,", "", "za naročilo 4500082077:", "1 - OK", "2 - OK, dobava 23.12.",
            "3 - žal ne moremo dobaviti", "", "Lp, Matej", "", "Poslano iz mobilnika", ""]
    eml = reply(po, body, slug=slug, date="2026-11-14 08:12:09 +0100", frm="matej.kos@blazine-sport.example",
                frm_name="Matej Kos", client="android", charset="utf-8", cte="8bit", quote="gt", html=False,
                lang="sl", subject="Re: Order confirmation request - PO 4500082077")
    return [po], eml, expected("confirmation",
        "Line 1 accepted; line 2 '23.12.' without year = 2026-12-23; line 3 rejected.",
        conf(po, "A", ("C", None, None, "2026-12-23"), "R"))


@case("wedding-favour-el", "confirmation/el-GR",
      "Greek in ISO-8859-7 with a per-kg price increase and pound sign; two lines confirmed together")
def c_wedding_el(slug):
    s = sup("BOMATH", "Bomponieres Athinon S.A.", "sales@bomponieres-athinon.example", "el-GR")
    po = mkpo("4500082101", s, "wedding", "GBP", [
        ("WF-TUL-1012", "Tulle favour bag 10x12 cm, ivory", 2000, "PCS", "0.18", "2026-12-07"),
        ("WF-ALM-WHT", "Sugared almonds (koufeta), white, bulk", 60, "KG", "9.40", "2026-12-07"),
        ("WF-TAG-2027", "Printed tag 'Save the date 2027', 4x6 cm", 2000, "PCS", "0.06", "2026-12-07"),
    ], issued="2026-11-04")
    body = ["Αγαπητή κυρία Marsh,", "",
            "Επιβεβαιώνουμε την παραγγελία σας 4500082101.",
            "Οι γραμμές 1 και 3 όπως τις παραγγείλατε, παράδοση 07/12/2026.",
            "Για τη γραμμή 2 (κουφέτα) η τιμή διαμορφώνεται σε £9,85 ανά κιλό λόγω αύξησης της τιμής αμυγδάλου· ποσότητα 60 κιλά, παράδοση επίσης 07/12/2026.",
            "", "Με εκτίμηση,", "Ελένη Παπαδοπούλου", "Τμήμα Πωλήσεων", "Bomponieres Athinon S.A.",
            "Λεωφ. Αθηνών 118, 104 42 Αθήνα", "Τηλ. +30 210 51 22 340", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 13:44:21 +0200", frm="e.papadopoulou@bomponieres-athinon.example",
                frm_name="Ελένη Παπαδοπούλου", charset="iso-8859-7", lang="el",
                subject="RE: Order confirmation request - PO 4500082101")
    return [po], eml, expected("confirmation",
        "Lines 1 and 3 accepted; line 2 new price 9.85 GBP per KG, quantity and date unchanged.",
        conf(po, "A", ("C", None, "9.85", None), "A"))


@case("fleece-price-and-date-tr", "confirmation/tr-TR",
      "Turkish in ISO-8859-9, old and new price both written ('11,20 yerine 11,75'), only the new one counts")
def c_fleece_tr(slug):
    s = sup("ANAPOL", "Anadolu Polar Tekstil A.Ş.", "satis@anadolupolar.example", "tr-TR")
    po = mkpo("4500082130", s, "fleece", "USD", [
        ("FB-220240-NV", "Fleece throw 220x240 cm, navy, 300 g/m2", 600, "EA", "8.90", "2026-12-14"),
        ("FB-127152-SH", "Sherpa fleece 127x152 cm, 2 ply", 900, "EA", "11.20", "2026-12-14"),
    ], issued="2026-11-05")
    body = ["Sayın Megan Hale,", "",
            "4500082130 numaralı siparişiniz onaylanmıştır.", "",
            "1. kalem: 600 adet, birim fiyat 8,90 USD, teslim 14.12.2026.",
            "2. kalem: 900 adet, birim fiyat 11,20 USD yerine 11,75 USD (hammadde artışı), teslim 21.12.2026.",
            "", "Saygılarımızla,", "Emre Yıldız", "İhracat Departmanı", "Anadolu Polar Tekstil A.Ş.",
            "Organize Sanayi Bölgesi 3. Cad. No: 22, Bursa", "Tel: +90 224 243 18 00", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 11:55:37 +0300", frm="emre.yildiz@anadolupolar.example",
                frm_name="Emre Yıldız", charset="iso-8859-9", lang="tr",
                subject="YNT: Order confirmation request - PO 4500082130")
    return [po], eml, expected("confirmation",
        "Line 1 accepted; line 2 price 11.75 (instead of 11.20) and delivery 2026-12-21.",
        conf(po, "A", ("C", None, "11.75", "2026-12-21")))


@case("anchor-shackle-kolon-sek-sv", "confirmation/sv-SE",
      "Swedish price written '245:-/st' (SEK, no decimals) and 'v. 50' week delivery matching the requested Friday")
def c_anchor_sv(slug):
    s = sup("KATLJU", "Kättingfabriken Ljusne AB", "order@kattingfabriken-ljusne.example", "sv-SE")
    po = mkpo("4500082166", s, "anchor", "SEK", [
        ("AC-ANK-25", "Anchor shackle 25 mm, galvanised", 12, "EA", "229.00", "2026-12-11"),
        ("AC-KTG-13", "Galvanised chain 13 mm, long link", 200, "M", "118.00", "2026-12-11"),
        ("AC-WIR-8", "Stainless wire rope 8 mm 7x19", 100, "M", "64.50", "2026-12-11"),
    ], issued="2026-11-06")
    body = ["Hej Erik!", "",
            "Tack för ordern 4500082166.",
            "Rad 1: ankarschackel 25 mm kostar numera 245:-/st, leverans v. 50 som önskat.",
            "Rad 2 och 3 ok enligt order, också v. 50.",
            "", "Mvh", "Anders Holm", "Kättingfabriken Ljusne AB", "Bruksvägen 3, 826 70 Ljusne",
            "Tel 0270-693 40", ""]
    eml = reply(po, body, slug=slug, date="2026-11-10 15:03:48 +0100", frm="anders.holm@kattingfabriken-ljusne.example",
                frm_name="Anders Holm", client="gmail", quote="gt", lang="sv",
                subject="Sv: Order confirmation request - PO 4500082166")
    assert kw_friday(50) == "2026-12-11"
    return [po], eml, expected("confirmation",
        "'245:-' = 245.00 SEK per EA for line 1 (PO 229.00); week 50 = Friday 2026-12-11 = requested date; lines 2-3 accepted.",
        conf(po, ("C", None, "245.00", None), "A", "A"))


@case("cufflinks-uge-da", "confirmation/da-DK",
      "Danish 'uge 50' / 'uge 51' (ISO week Fridays), prices in DKK unchanged")
def c_cuff_da(slug):
    s = sup("MANKOM", "Manchetknap-Kompagniet ApS", "ordre@manchetknap.example", "da-DK")
    po = mkpo("4500082190", s, "cuff", "DKK", [
        ("CL-ENM-RED", "Enamel cufflinks red/gold, 15 mm", 40, "PAIR", "185.00", "2026-12-04"),
        ("CL-CHN-925", "Sterling chain cufflinks, 2x12 mm", 25, "PAIR", "420.00", "2026-12-04"),
    ], issued="2026-11-04")
    body = ["Hej Oliver", "",
            "Vi bekræfter hermed ordre 4500082190 til de bestilte priser (185,00 og 420,00 kr. pr. par).",
            "Pos. 1 leveres i uge 50, pos. 2 leveres i uge 51 - sølvet er forsinket fra vores leverandør.",
            "", "Venlig hilsen", "Mette Kjær", "Manchetknap-Kompagniet ApS", "Østergade 22, 1100 København K",
            "Tlf. +45 33 12 48 60", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 10:22:00 +0100", frm="mette@manchetknap.example",
                frm_name="Mette Kjær", client="apple", charset="iso-8859-1", cte="quoted-printable", quote="gt",
                lang="da", subject="Re: Order confirmation request - PO 4500082190")
    return [po], eml, expected("confirmation",
        f"Uge 50 = {kw_friday(50)}, uge 51 = {kw_friday(51)} (Fridays); quantities and prices as ordered.",
        conf(po, ("C", None, None, kw_friday(50)), ("C", None, None, kw_friday(51))))


@case("seed-tray-weekday-nb", "confirmation/nb-NO",
      "Norwegian acceptance stated as 'torsdag 10. desember' (weekday plus date without year) that equals the requested date")
def c_seed_nb(slug):
    s = sup("PLBRNO", "Plantebrett Norge AS", "ordre@plantebrett.example", "nb-NO")
    po = mkpo("4500082215", s, "seed", "NOK", [
        ("ST-PLUG-240", "Plug tray 240 cells, 1.5 cm cells", 3000, "EA", "4.20", "2026-12-10"),
        ("ST-DOME-7", "Humidity dome for 54x28 tray, 7 cm", 1500, "EA", "6.90", "2026-12-10"),
    ], issued="2026-11-05")
    body = ["Hei Ruth,", "",
            "Ordre 4500082215 er bekreftet som bestilt, begge linjer leveres torsdag 10. desember.",
            "", "Med vennlig hilsen", "Ingrid Solberg", "Kundeservice | Plantebrett Norge AS",
            "Industriveien 9, 3430 Spikkestad", "Tlf. +47 31 28 44 10", ""]
    eml = reply(po, body, slug=slug, date="2026-11-09 14:40:12 +0100", frm="ingrid.solberg@plantebrett.example",
                frm_name="Ingrid Solberg", charset="iso-8859-1", lang="nb",
                subject="SV: Order confirmation request - PO 4500082215")
    return [po], eml, expected("confirmation",
        "'Torsdag 10. desember' = 2026-12-10 (a Thursday), equal to the requested date; all accepted.",
        conf(po, "A", "A"))


@case("tunnel-fan-viikko-fi", "confirmation/fi-FI",
      "Finnish week numbers ('viikolla 2/2027', 'viikolla 51'), one of them in the next year")
def c_tunnel_fi(slug):
    s = sup("TUNPUH", "Tunnelipuhallin Oy", "myynti@tunnelipuhallin.example", "fi-FI")
    po = mkpo("4500082248", s, "tunnel", "EUR", [
        ("TVF-AX-800", "Axial fan 800 mm, 22 kW, F400 120 min", 3, "EA", "6120.00", "2026-12-18"),
        ("TVF-VFD-22", "Frequency converter 22 kW, IP54", 3, "EA", "1890.00", "2026-12-18"),
    ], issued="2026-11-06")
    body = ["Hei Stefan,", "",
            "Kiitos tilauksesta 4500082248. Vahvistamme sen seuraavasti:",
            "- rivi 1 (aksiaalipuhallin): toimitus viikolla 2/2027, hinta tilauksen mukaan",
            "- rivi 2 (taajuusmuuttaja): toimitus viikolla 51 kuten pyysitte, hinta tilauksen mukaan",
            "", "Ystävällisin terveisin", "Jukka Virtanen", "Tunnelipuhallin Oy",
            "Teollisuustie 12, 33330 Tampere", "puh. +358 40 551 2290", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 12:14:33 +0200", frm="jukka.virtanen@tunnelipuhallin.example",
                frm_name="Jukka Virtanen", charset="iso-8859-1", lang="fi",
                subject="VS: Order confirmation request - PO 4500082248")
    return [po], eml, expected("confirmation",
        f"Line 1 week 2/2027 = Friday {kw_friday(2, 2027)}; line 2 week 51 = {kw_friday(51)} = requested (accepted).",
        conf(po, ("C", None, None, kw_friday(2, 2027)), "A"))


@case("mri-pad-set-price-et", "confirmation/et-EE",
      "Estonian reply, new price per set and later date for one line, two lines confirmed in a single sentence")
def c_mri_et(slug):
    s = sup("MEDTEK", "Meditekstiil OÜ", "tellimused@meditekstiil.example", "et-EE")
    po = mkpo("4500082270", s, "mri", "EUR", [
        ("MRI-PAD-KNEE", "Knee coil positioning pad, 30x20x5 cm", 50, "EA", "38.00", "2026-12-09"),
        ("MRI-PAD-HEAD", "Head coil cushion set, 3 pcs/set", 20, "SET", "94.00", "2026-12-09"),
        ("MRI-WEDGE-45", "Positioning wedge 45 deg, 24x18 cm", 40, "EA", "27.50", "2026-12-09"),
    ], issued="2026-11-05")
    body = ["Tere, Ines!", "",
            "Kinnitame tellimuse 4500082270.",
            "Read 1 ja 3 vastavalt tellimusele, tarne 09.12.2026.",
            "Rida 2: hind 98,50 EUR/komplekt, tarne 16.12.2026.",
            "", "Lugupidamisega", "Kadri Tamm", "Meditekstiil OÜ", "Peterburi tee 46, 11415 Tallinn",
            "Tel +372 650 2214", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 09:38:54 +0200", frm="kadri.tamm@meditekstiil.example",
                frm_name="Kadri Tamm", charset="iso-8859-15", lang="et",
                subject="RE: Order confirmation request - PO 4500082270")
    return [po], eml, expected("confirmation",
        "Lines 1 and 3 accepted; line 2 price 98.50 per SET and date 2026-12-16.",
        conf(po, "A", ("C", None, "98.50", "2026-12-16"), "A"))


@case("paraffin-lamp-next-week-line-lv", "confirmation/lv-LV",
      "Latvian in windows-1257: two lines confirmed, the third 'will be confirmed next week' (unconfirmed, not rejected)")
def c_lamp_lv(slug):
    s = sup("PETLAM", "Petrolejas Lampas SIA", "pasutijumi@petrolejas-lampas.example", "lv-LV")
    po = mkpo("4500082301", s, "lamp", "EUR", [
        ("PL-HUR-25", "Hurricane lamp 25 cm, galvanised, 276 type", 300, "EA", "14.90", "2026-12-11"),
        ("PL-WCK-14", "Flat cotton wick 14 mm, roll 10 m", 50, "ROL", "6.20", "2026-12-11"),
        ("PL-GLS-102", "Replacement glass globe 4 in (102 mm)", 200, "EA", "3.85", "2026-12-11"),
    ], issued="2026-11-05")
    body = ["Labdien, Anna!", "",
            "Apstiprinām pasūtījumu Nr. 4500082301:",
            "1. pozīcija: 300 gab., 14,90 EUR, piegāde 11.12.2026.",
            "2. pozīcija: 50 ruļļi, 6,20 EUR, piegāde 11.12.2026.",
            "3. pozīcija: stikla kupolus apstiprināsim nākamnedēļ, gaidām atbildi no stikla rūpnīcas.",
            "", "Ar cieņu", "Jānis Bērziņš", "Petrolejas Lampas SIA", "Rūpniecības iela 31, Rīga, LV-1045",
            "Tālr. +371 67 33 48 10", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 15:06:27 +0200", frm="janis.berzins@petrolejas-lampas.example",
                frm_name="Jānis Bērziņš", charset="windows-1257", lang="lv",
                subject="RE: Order confirmation request - PO 4500082301")
    return [po], eml, expected("confirmation",
        "Lines 1-2 accepted; line 3 addressed only with 'will confirm next week' = unconfirmed.",
        conf(po, "A", "A", "U"))


@case("jigsaw-iso-dates-lt", "confirmation/lt-LT",
      "Lithuanian ISO-format dates and a description containing the year 1570 and 2000 pieces; all accepted")
def c_jig_lt(slug):
    s = sup("DELFAB", "Dėlionių fabrikas UAB", "uzsakymai@delioniu-fabrikas.example", "lt-LT")
    po = mkpo("4500082333", s, "puzzle", "EUR", [
        ("JP-2000-MAP", "Jigsaw puzzle 2000 pcs 'Old world map 1570', 96x68 cm", 250, "EA", "11.40", "2026-12-15"),
        ("JP-100-KID", "Kids floor puzzle 100 pcs, 3+ years", 500, "EA", "4.75", "2026-12-15"),
    ], issued="2026-11-06")
    body = ["Laba diena,", "",
            "patvirtiname užsakymą Nr. 4500082333:",
            "1 eil. - 250 vnt. po 11,40 EUR, pristatymas 2026-12-15;",
            "2 eil. - 500 vnt. po 4,75 EUR, pristatymas 2026-12-15.",
            "", "Pagarbiai", "Rūta Kazlauskienė", "Dėlionių fabrikas UAB", "Pramonės pr. 8, LT-51329 Kaunas",
            "Tel. +370 37 45 22 18", ""]
    eml = reply(po, body, slug=slug, date="2026-11-10 08:57:41 +0200", frm="ruta.k@delioniu-fabrikas.example",
                frm_name="Rūta Kazlauskienė", charset="iso-8859-13", lang="lt",
                subject="RE: Order confirmation request - PO 4500082333")
    return [po], eml, expected("confirmation",
        "Both lines restated exactly as ordered (ISO dates); numbers in descriptions (1570, 2000, 96x68) are not answers.",
        conf(po, "A", "A"))


@case("cathode-ship-only-uk", "confirmation/uk-UA",
      "Ukrainian reply giving only shipment dates ('відвантаження'), which become the dates; one price raised per roll")
def c_cathode_uk(slug):
    s = sup("KATZAH", "Katod-Zakhyst LLC", "sales@katod-zakhyst.example", "uk-UA")
    po = mkpo("4500082360", s, "cathode", "EUR", [
        ("CS-TI-1100", "Titanium cathode sleeve 1100 mm, 2.5 mm wall", 60, "PCS", "47.00", "2026-12-16"),
        ("CS-EPDM-40", "EPDM edge strip 40 mm, roll 25 m", 20, "ROL", "52.00", "2026-12-16"),
    ], issued="2026-11-05")
    body = ["Добрий день, пане Карел!", "",
            "Підтверджуємо замовлення № 4500082360:",
            "Поз. 1 – 60 шт., 47,00 EUR/шт., відвантаження 09.12.2026.",
            "Поз. 2 – 20 рулонів, ціна 55,00 EUR за рулон, відвантаження 09.12.2026.",
            "", "З повагою,", "Олена Коваленко", "Відділ продажів ТОВ «Катод-Захист»",
            "вул. Заводська 17, м. Запоріжжя", "тел. +380 61 289 44 10", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 16:20:05 +0200", frm="o.kovalenko@katod-zakhyst.example",
                frm_name="Олена Коваленко", client="gmail", charset="utf-8", cte="base64", quote="gt", lang="uk",
                subject="Re: Order confirmation request - PO 4500082360")
    return [po], eml, expected("confirmation",
        "Only ship dates (09.12.2026) are given, so they are the dates; line 2 price 55.00 per roll.",
        conf(po, ("C", None, None, "2026-12-09"), ("C", None, "55.00", "2026-12-09")))


@case("paraffin-lamp-koi8-ru", "confirmation/ru-RU",
      "Russian in KOI8-R; the fuel line is refused, the common delivery date given once at the end for the other two")
def c_lamp_ru(slug):
    s = sup("SVETOCH", "OOO Svetoch", "zakaz@svetoch-lamp.example", "ru-RU")
    po = mkpo("4500082391", s, "lamp", "EUR", [
        ("PL-BRS-10", "Paraffin lamp, brass, 10''' burner", 120, "EA", "22.40", "2026-12-14"),
        ("PL-CHM-10", "Lamp chimney for 10''' burner, 200 mm", 300, "EA", "2.10", "2026-12-14"),
        ("PL-OIL-1L", "Lamp paraffin, odourless, 1 L bottle", 480, "EA", "3.30", "2026-12-14"),
    ], issued="2026-11-04")
    body = ["Уважаемая Анна,", "",
            "подтверждаем заказ N 4500082391:",
            "Поз. 1 - 120 шт. по 22,40 EUR.",
            "Поз. 2 - 300 шт. по 2,10 EUR.",
            "Поз. 3 - лампового масла поставить не сможем (не отгружаем жидкое топливо на экспорт).",
            "Срок поставки поз. 1 и 2 - 21.12.2026.",
            "", "С уважением,", "Дмитрий Соколов", "ООО \"Светоч\"", "г. Тула, ул. Литейная, 5",
            "тел. +7 4872 35-21-90", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 14:05:38 +0300", frm="d.sokolov@svetoch-lamp.example",
                frm_name="Дмитрий Соколов", charset="koi8-r", cte="8bit", html=False, client="thunderbird",
                quote="gt", lang="ru", subject="Re: Order confirmation request - PO 4500082391")
    return [po], eml, expected("confirmation",
        "Lines 1-2 confirmed with delivery 21.12.2026 stated once for both; line 3 refused = rejected.",
        conf(po, ("C", None, None, "2026-12-21"), ("C", None, None, "2026-12-21"), "R"))


@case("wedding-jar-artwork-nz", "confirmation/en-NZ",
      "confirms everything and asks us to send the lid artwork: the request is a production input, not a condition, so it is a confirmation")
def c_wedding_nz(slug):
    s = sup("KIWKEE", "Kiwi Keepsakes Ltd", "orders@kiwikeepsakes.example", "en-NZ")
    po = mkpo("4500082420", s, "wedding", "NZD", [
        ("WF-JAR-60", "Mini honey jar 60 ml, printed lid, 2027 weddings", 400, "EA", "1.35", "2026-12-10"),
        ("WF-RIB-10", "Satin ribbon 10 mm x 25 m, sage", 20, "ROL", "4.80", "2026-12-10"),
    ], issued="2026-11-04")
    body = ["Hi Sophie,", "",
            "Happy to confirm PO 4500082420 - 400 jars @ $1.35 and 20 rolls of ribbon @ $4.80, both delivered 10/12.",
            "Could you please flick us the artwork for the lid print (vector PDF or AI) when you get a chance? "
            "We'll send a proof before anything goes to print.",
            "", "Cheers,", "Aroha Ngata", "Kiwi Keepsakes Ltd", "14 Tory Street, Te Aro, Wellington 6011",
            "Ph 04 801 5530", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 11:31:17 +1300", frm="aroha@kiwikeepsakes.example",
                frm_name="Aroha Ngata", client="gmail", quote="gt", lang="en",
                subject="Re: Order confirmation request - PO 4500082420")
    return [po], eml, expected("confirmation",
        "Confirmed as ordered (10/12 day-first = requested date). The artwork request is an ordinary production input that does not make the commitment conditional, so this is a confirmation, not needs_review.",
        conf(po, "A", "A"))


@case("tennis-windscreen-he", "confirmation/he-IL",
      "Hebrew right-to-left text mixed with item codes and dollar prices; one line with a new price and later date")
def c_tennis_he(slug):
    s = sup("GALNET", "Galil Nets Ltd", "orders@galil-nets.example", "he-IL")
    po = mkpo("4500082455", s, "tennis", "USD", [
        ("TN-WIND-18", "Windscreen 1.8x18 m, green, 90% shade", 20, "EA", "96.00", "2026-12-17"),
        ("TN-DIV-36", "Court divider net 3.6x36 m", 4, "EA", "310.00", "2026-12-17"),
    ], issued="2026-11-05")
    body = ["שלום פול,", "",
            "מאשרים את הזמנה 4500082455:",
            "שורה 1 (TN-WIND-18): 20 יח' במחיר $96.00 ליחידה, אספקה 17/12/2026.",
            "שורה 2 (TN-DIV-36): 4 יח', מחיר מעודכן $325.00 ליחידה, אספקה 24/12/2026.",
            "", "בברכה,", "יעל כהן", "רשתות הגליל בע\"מ", "אזור התעשייה בר-לב, ד.נ. משגב",
            "טל' 04-9908123", ""]
    eml = reply(po, body, slug=slug, date="2026-11-15 10:48:30 +0200", frm="yael@galil-nets.example",
                frm_name="יעל כהן", charset="utf-8", lang="he", subject="RE: Order confirmation request - PO 4500082455")
    return [po], eml, expected("confirmation",
        "Line 1 accepted; line 2 price 325.00 and delivery 2026-12-24 (dd/mm/yyyy).",
        conf(po, "A", ("C", None, "325.00", "2026-12-24")))


@case("seat-cover-arabic-1256", "confirmation/ar-AE",
      "Arabic in windows-1256 with western digits; one line delivered later, the other exactly as ordered")
def c_seat_ar(slug):
    s = sup("GULFST", "Gulf Seat Trim LLC", "sales@gulfseattrim.example", "ar-AE")
    po = mkpo("4500082488", s, "seat", "USD", [
        ("ASC-BUS-22", "Business class seat cover 22 in, wool blend", 120, "EA", "64.00", "2026-12-15"),
        ("ASC-ARM-PR", "Armrest cover pair, leather, 28x9 cm", 120, "PAIR", "18.50", "2026-12-15"),
    ], issued="2026-11-05")
    body = ["السيد يوناس المحترم،", "",
            "نؤكد لكم أمر الشراء رقم 4500082488 كما يلي:",
            "البند 1: الكمية 120، السعر 64.00 دولار للقطعة، التسليم 22/12/2026.",
            "البند 2: الكمية 120 زوج، السعر 18.50 دولار، التسليم 15/12/2026.",
            "", "مع خالص التحية،", "خالد المنصوري", "قسم المبيعات - Gulf Seat Trim LLC",
            "المنطقة الصناعية، الشارقة، الإمارات", "هاتف: +971 6 543 2210", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 09:15:44 +0400", frm="khaled@gulfseattrim.example",
                frm_name="Khaled Al Mansoori", charset="windows-1256", cte="base64", lang="ar",
                subject="RE: Order confirmation request - PO 4500082488")
    return [po], eml, expected("confirmation",
        "Line 1 delivery 22/12/2026 (later); line 2 restated as ordered.",
        conf(po, ("C", None, None, "2026-12-22"), "A"))


@case("kiln-shelf-iso2022-ja", "confirmation/ja-JP",
      "Japanese ISO-2022-JP with full-width style, yen prices with thousands commas and '12月17日' without a year")
def c_kiln_ja(slug):
    s = sup("SETOYZ", "Seto Yogyo Shizai Co., Ltd.", "eigyo@seto-yogyo.example", "ja-JP")
    po = mkpo("4500082512", s, "kiln", "JPY", [
        ("KS-ALU-3828", "Alumina kiln shelf 380x280x8 mm", 40, "EA", "4800", "2026-12-10"),
        ("KS-PST-75", "Kiln post 30x30x75 mm", 200, "EA", "320", "2026-12-10"),
    ], issued="2026-11-05")
    body = ["Greene Ceramics Studio Supply", "Martha Greene 様", "",
            "いつもお世話になっております。瀬戸窯業資材の山田でございます。",
            "ご注文番号 4500082512 につきまして、下記の通りご回答申し上げます。", "",
            "1. アルミナ棚板 380x280x8mm　40枚　単価 4,800円　納期 12月10日",
            "2. 支柱 30x30x75mm　200本　単価 320円　納期 12月17日", "",
            "何卒よろしくお願い申し上げます。", "",
            "瀬戸窯業資材株式会社　営業部　山田 健一", "〒489-0805 愛知県瀬戸市陶原町 3-12",
            "TEL 0561-82-4471", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 10:05:12 +0900", frm="k.yamada@seto-yogyo.example",
                frm_name="山田 健一", charset="iso-2022-jp", cte="7bit", html=False, client="outlook", quote="outlook",
                lang="en", subject="RE: Order confirmation request - PO 4500082512")
    return [po], eml, expected("confirmation",
        "Line 1 accepted (12月10日 = 2026-12-10); line 2 12月17日 = 2026-12-17, quantities and yen prices unchanged.",
        conf(po, "A", ("C", None, None, "2026-12-17")))
