from .common import (case, supplier, po, conf, other, C, A, R, U, reply, mdate, wd, kw_fri, pdf_att, xlsx_att,
                     csv_att, inline_quote, auto_reply, report_bounce, req_subject, addr)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("xray-sensors-chulhail-12-14", "confirmation/ko-KR",
      "Korean reply in EUC-KR gives only '출하일 12월 14일' (ship date, month-day without year), which becomes the date")
def c019(n):
    s = supplier("VTXSENS", "Vatex Sensor Co., Ltd.", "export@vatexsensor.example", "ko-KR")
    p = po("4500232233", s, "USD", "2026-11-16", [
        ("DXS-S1", "Intraoral X-ray sensor size 1, USB, 20x30 mm", 10, "EA", "1850.00", "2026-12-18"),
        ("DXS-S2", "Intraoral X-ray sensor size 2, USB, 26x36 mm", 6, "EA", "2140.00", "2026-12-18"),
    ], buyer="tom")
    body = ("Tom Haverkamp 님께,\n\n주문서 4500232233 확인했습니다.\n\n1. DXS-S1 (사이즈 1): 10개, 단가 USD 1,850.00\n"
            "2. DXS-S2 (사이즈 2): 6개, 단가 USD 2,140.00\n\n수량 및 단가는 주문서와 동일합니다.\n"
            "출하일 12월 14일 (항공 특송, 인천 출발)\n\n감사합니다.\n\n김민지 대리\n해외영업팀 | Vatex Sensor Co., Ltd.\n"
            "경기도 화성시 삼성1로 13\nTel. +82 31 8015 6620")
    eml = reply(n, p, date=mdate(2026, 11, 25, 17, 12, 0, "+0900"), body=body, cs="euc-kr", cte="base64",
                client="outlook", contact="Ms. Kim")
    return [p], eml, conf([(p, {1: C(10, "1850.00", "2026-12-14"), 2: C(6, "2140.00", "2026-12-14")})],
                          "Only a ship date (출하일) '12월 14일' -> 2026-12-14 counts as the date for both lines; qty and "
                          "price as ordered.")


@case("silicone-bungs-harga-rp", "confirmation/id-ID",
      "Indonesian 'harga Rp 125.000/pcs' uses a dot as thousands separator (125000 IDR, not 125) and gives only a ship date")
def c020(n):
    s = supplier("SUMBATPR", "PT Sumbat Prima Indonesia", "sales@sumbatprima.example", "id-ID")
    p = po("4500232160", s, "IDR", "2026-11-12", [
        ("SMB-SIL-52", "Silicone wine barrel bung 52 mm, food grade", 300, "PCS", "118000.00", "2026-12-11"),
    ], buyer="marta")
    body = ("Selamat siang Ibu Marta,\n\nTerima kasih atas PO-nya. Untuk item SMB-SIL-52: qty 300 pcs, harga Rp 125.000/pcs "
            "(ada kenaikan harga bahan baku silikon per November), kirim 11/12/2026.\n\nSalam,\nDewi Lestari\n"
            "PT Sumbat Prima Indonesia\nJl. Industri Raya Blok C3 No. 8, Cikarang, Bekasi 17530\nTelp. +62 21 8990 4521\n\n"
            "Dikirim dari Yahoo Mail di Android")
    eml = reply(n, p, date=mdate(2026, 11, 19, 13, 45, 10, "+0700"), body=body, client="android", cs="utf-8",
                quote="gmail", contact="Ibu Dewi")
    return [p], eml, conf([(p, {1: C(300, "125000.00", "2026-12-11")})],
                          "Price Rp 125.000 = 125000 IDR per piece (was 118000); only a ship date 11/12/2026 -> date "
                          "2026-12-11 (= requested).")


@case("thermal-screens-three-deliveries", "confirmation/pl-PL",
      "One line split over three deliveries in a small table (text and HTML), the other line ships with the first delivery")
def c021(n):
    s = supplier("AGROTERM", "AgroTerm Sp. z o.o.", "sprzedaz@agroterm.example", "pl-PL")
    p = po("4500232222", s, "PLN", "2026-11-16", [
        ("EKR-LS10-43", "Thermal screen LS 10, width 4.3 m", 3000, "M2", "9.80", "2026-12-18"),
        ("EKR-PROF-24", "Alu clamp profile 24x12 mm, 6 m", 120, "EA", "21.50", "2026-12-18"),
    ], buyer="marta")
    body = ("Dzień dobry Pani Marto,\n\ndziękujemy za zamówienie. Pozycję 1 (ekran LS 10) zrealizujemy w trzech dostawach:\n\n"
            "Dostawa | Ilość    | Data\n1       | 1 200 m2 | 04.12.2026\n2       | 1 000 m2 | 11.12.2026\n"
            "3       |   800 m2 | 18.12.2026\n\nCena bez zmian: 9,80 PLN/m2.\n"
            "Pozycja 2 (profile 24x12) zgodnie z zamówieniem - 120 szt. dostarczymy razem z pierwszą dostawą 04.12.2026.\n\n"
            "Z poważaniem\nPiotr Zieliński\nDział Sprzedaży\nAgroTerm Sp. z o.o.\nul. Szklarniowa 3, 96-100 Skierniewice\n"
            "tel. +48 46 833 21 90")
    hb = ("<p>Dzień dobry Pani Marto,</p><p>dziękujemy za zamówienie. Pozycję 1 (ekran LS 10) zrealizujemy w trzech "
          "dostawach:</p>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Dostawa</th><th>Ilość</th>"
          "<th>Data</th></tr>\n<tr><td>1</td><td>1 200 m2</td><td>04.12.2026</td></tr>\n<tr><td>2</td><td>1 000 m2</td>"
          "<td>11.12.2026</td></tr>\n<tr><td>3</td><td>800 m2</td><td>18.12.2026</td></tr></table>\n"
          "<p>Cena bez zmian: 9,80 PLN/m2.<br>Pozycja 2 (profile 24x12) zgodnie z zamówieniem - 120 szt. dostarczymy razem "
          "z pierwszą dostawą 04.12.2026.</p><p>Z poważaniem<br>Piotr Zieliński<br>Dział Sprzedaży<br>AgroTerm Sp. z o.o.<br>"
          "ul. Szklarniowa 3, 96-100 Skierniewice<br>tel. +48 46 833 21 90</p>")
    eml = reply(n, p, date=mdate(2026, 11, 24, 12, 3, 33, "+0100"), body=body, html_body=hb, cs="iso-8859-2", ql="pl",
                prefix="Odp:", contact="Panie Piotrze")
    return [p], eml, conf([(p, {1: C(3000, "9.80", "2026-12-18", [(1200, "2026-12-04"), (1000, "2026-12-11"),
                                                                 (800, "2026-12-18")]),
                                2: C(120, "21.50", "2026-12-04")})],
                          "Line 1: 1200 + 1000 + 800 m2 = 3000 on 4, 11 and 18 Dec (last = requested date, still 'changed' "
                          "because of the schedule); line 2 delivered with the first delivery 2026-12-04.")


@case("rescue-masks-embargo", "confirmation/de-AT",
      "Austrian reply rejects one line because the product falls under an EU embargo, the other lines are confirmed as ordered")
def c022(n):
    s = supplier("ALPATEM", "Alpin Atemschutz GmbH", "innendienst@alpin-atemschutz.example", "de-AT")
    p = po("4500231902", s, "EUR", "2026-11-09", [
        ("GRM-PA-94", "Compressed-air rescue mask panorama, size 2, EN 136", 20, "EA", "236.00", "2026-12-17"),
        ("GRM-SR-60", "Self-rescuer filter cartridge CO, 60 min, type SR-60", 50, "EA", "74.00", "2026-12-17"),
        ("GRM-SCHL-12", "Medium-pressure hose 1.2 m, quick coupling", 20, "EA", "31.50", "2026-12-17"),
    ], buyer="jonas")
    body = ("Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bestellung 4500231902.\n\n"
            "Pos. 1 (GRM-PA-94, 20 Stk.) und Pos. 3 (GRM-SCHL-12, 20 Stk.) bestätigen wir wie bestellt zum 17.12.2026.\n\n"
            "Pos. 2 (Filterpatrone SR-60) können wir leider nicht liefern: der Hersteller sitzt in Belarus, die Ware fällt "
            "unter das EU-Embargo (VO (EG) Nr. 765/2006). Eine Alternative bieten wir Ihnen gerne separat an.\n\n"
            "Mit freundlichen Grüßen\n\nMag. Stefanie Gruber\nInnendienst\nAlpin Atemschutz GmbH\n"
            "Industriezeile 36, 4020 Linz\nTel. +43 732 66 41 20\nFirmenbuch FN 218843k, Landesgericht Linz")
    eml = reply(n, p, date=mdate(2026, 11, 20, 9, 31, 7, "+0100"), body=body, cs="iso-8859-1", ql="de", prefix="AW:",
                contact="Frau Mag. Gruber")
    return [p], eml, conf([(p, {1: A, 2: R, 3: A})],
                          "Lines 1 and 3 confirmed as ordered for 17.12.2026; line 2 cannot be supplied because of the EU "
                          "embargo -> rejected ('765/2006' is a regulation number, not a date).")


@case("buffer-stops-ab-pdf-kw", "confirmation/de-DE",
      "Confirmation only in a Flate-compressed ERP PDF with the supplier's own position numbers (10/20/30) and 'KW 02/2027' dates")
def c023(n):
    s = supplier("PRELLTEC", "Prellbock Technik GmbH", "vertrieb@prellbock-technik.example", "de-DE")
    p = po("4500231790", s, "EUR", "2026-11-04", [
        ("PBS-HYD-1500", "Hydraulic buffer stop 1500 kJ, rail 49E1", 2, "EA", "18450.00", "2027-01-15"),
        ("PBS-GLT-49", "Friction buffer stop 49E1, 4 brake elements", 1, "EA", "9870.00", "2027-01-15"),
        ("PBS-MONT-M24", "Mounting material set M24x120", 3, "SET", "412.00", "2027-01-15"),
    ], buyer="jonas")
    pdf = make_pdf([
        "Prellbock Technik GmbH - Hafenstrasse 21 - 44147 Dortmund",
        "", "AUFTRAGSBESTÄTIGUNG Nr. 26-11873", "",
        "Datum: 10.11.2026          Kunden-Nr.: 40772",
        "Ihre Bestellung: 4500231790 vom 04.11.2026",
        "Kunde: Kestrel Supply Group B.V., Celsiusweg 14, NL-5928 PR Venlo",
        "Lieferbedingung: DAP Venlo (Incoterms 2020)   Zahlung: 30 Tage netto", "",
        "Pos  Ihre Pos.  Artikel        Bezeichnung                       Menge   ME    Preis EUR   Liefertermin",
        "10   1          PBS-HYD-1500   Prellbock hydraulisch 1500 kJ     2       St    18.450,00   KW 02/2027",
        "20   2          PBS-GLT-49     Gleitprellbock 49E1, 4 Bremselem. 1       St     9.870,00   KW 02/2027",
        "30   3          PBS-MONT-M24   Montagematerial M24x120           3       Satz     412,00   KW 51/2026",
        "", "Gesamt netto: 48.006,00 EUR", "",
        "Liefertermine verstehen sich als Anlieferung beim Kunden.",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
        "Amtsgericht Dortmund HRB 28841 - USt-IdNr. DE 812 447 219",
    ], compress=True, title="AB 26-11873", author="SAP ERP", creation="D:20261110075812+01'00'")
    body = ("Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Auftragsbestätigung 26-11873 zu Ihrer "
            "Bestellung 4500231790.\n\nBitte prüfen Sie die Angaben und melden Sie Abweichungen innerhalb von 3 Werktagen.\n\n"
            "Diese E-Mail wurde automatisch erstellt.\n\nPrellbock Technik GmbH\nHafenstrasse 21, 44147 Dortmund\n"
            "Tel. +49 231 557 80-0")
    eml = reply(n, p, date=mdate(2026, 11, 10, 7, 58, 40, "+0100"), body=body, client="erp", html=None, quote="none",
                cs="iso-8859-1", frm=("Prellbock Technik GmbH - Auftragsabwicklung", "ab-versand@prellbock-technik.example"),
                subject="Auftragsbestätigung 26-11873 zu Ihrer Bestellung 4500231790", thread=False,
                attachments=[pdf_att(pdf, "AB_26-11873.pdf")])
    assert 2 * 18450 + 9870 + 3 * 412 == 48006
    return [p], eml, conf([(p, {1: A, 2: A, 3: C(3, "412.00", kw_fri(2026, 51))})],
                          "ERP PDF (Flate) maps Pos 10/20/30 to our lines 1/2/3; KW 02/2027 -> Friday 2027-01-15 = "
                          "requested; line 3 KW 51/2026 -> 2026-12-18 (earlier, so changed).")


@case("timing-chips-us-ship-dates", "confirmation/en-US",
      "US month-first ship dates '12/2', '12/16', '1/8/2027'; one line shipped in two lots, one backordered")
def c024(n):
    s = supplier("RACETRK", "RaceTrack Timing Systems Inc.", "orders@racetracktiming.example", "en-US")
    p = po("4500231950", s, "USD", "2026-11-09", [
        ("TC-BIB-UHF", "Bib tag UHF, 2027 race series, 4x1.5 in", 10000, "EA", "0.38", "2026-12-04"),
        ("TC-SHOE-HF", "Shoe chip HF reusable, 12/24 mm clip", 500, "EA", "2.95", "2026-12-04"),
        ("TC-MAT-6", "Detection mat 6 ft, 24V", 4, "EA", "1290.00", "2026-12-04"),
    ])
    body = ("Hi Dana,\n\nThanks for PO 4500231950. Here's where we stand:\n\n"
            "Line 1 (bib tags): we can ship 8,000 on 12/2 and the balance of 2,000 on 12/16.\n"
            "Line 2 (shoe chips): qty and price as ordered, ships 12/2.\n"
            "Line 3 (6 ft detection mats): backordered on the 24V power modules - new ship date 1/8/2027.\n\n"
            "Pricing is per your PO on all lines.\n\nThanks,\nKevin O'Neill\nCustomer Service Manager\n"
            "RaceTrack Timing Systems Inc.\n4120 Commerce Pkwy, Boulder, CO 80301\n(303) 555-0147")
    eml = reply(n, p, date=mdate(2026, 11, 13, 15, 40, 2, "-0500"), body=body, client="outlook", cs="us-ascii",
                cte="7bit", hdr_cs="utf-8", contact="Kevin")
    return [p], eml, conf([(p, {1: C(10000, "0.38", "2026-12-16", [(8000, "2026-12-02"), (2000, "2026-12-16")]),
                                2: C(500, "2.95", "2026-12-02"), 3: C(4, "1290.00", "2027-01-08")})],
                          "Only ship dates, month-first: 12/2 -> 2026-12-02, 12/16 -> 2026-12-16, 1/8/2027 -> 2027-01-08; "
                          "line 1 split 8000 + 2000; prices unchanged.")


@case("bookbinding-presses-inline-lakh", "confirmation/en-IN",
      "Answers typed inline under each quoted PO row; the changed price uses Indian lakh grouping 'Rs 1,31,500.00'")
def c025(n):
    s = supplier("SHARMABB", "Sharma Bookbinding Machinery Pvt. Ltd.", "sales@sharmabookbinding.example", "en-IN")
    p = po("4500231875", s, "INR", "2026-11-06", [
        ("BBP-NIP-450", "Nipping press cast iron, platen 450x350 mm", 3, "EA", "48500.00", "2026-12-15"),
        ("BBP-STD-34", "Standing press 3/4 ton, screw 40 mm", 2, "EA", "126000.00", "2026-12-15"),
        ("BBP-BRD-1216", "Pressing boards beech 12x16 in, pack of 10", 10, "BOX", "3200.00", "2026-12-15"),
    ], buyer="priya")
    body = ("Dear Priya ji,\n\nPlease see our replies inline below.\n\nRegards,\nRakesh Sharma\n"
            "Sharma Bookbinding Machinery Pvt. Ltd.\nPlot 44, Phase II, Okhla Industrial Area, New Delhi 110020\n"
            "+91 11 4105 6632 / +91 98110 22417\n\n" +
            inline_quote(p, {1: "OK, confirmed.",
                             2: "Revised price Rs 1,31,500.00 per unit due to higher casting cost. Qty 2 ok. Delivery 22/12/2026.",
                             3: "Confirmed."}))
    eml = reply(n, p, date=mdate(2026, 11, 19, 12, 10, 45, "+0530"), body=body, client="gmail", quote="none")
    return [p], eml, conf([(p, {1: A, 2: C(2, "131500.00", "2026-12-22"), 3: A})],
                          "Inline answers under quoted rows: line 2 Rs 1,31,500.00 = 131500.00 INR (lakh grouping), "
                          "22/12/2026 day-first; lines 1 and 3 confirmed as ordered.")


@case("camera-shutters-partial-lines", "confirmation/fr-FR",
      "Only two of four lines are answered (the others stay unconfirmed) and one of them only in a reduced quantity")
def c026(n):
    s = supplier("OPTFABRE", "Optique & Mécanique Fabre", "ventes@optique-fabre.example", "fr-FR")
    p = po("4500232066", s, "EUR", "2026-11-11", [
        ("OBT-COP-00", "Leaf shutter Copal no. 0, 1/500 s", 12, "EA", "148.00", "2026-12-09"),
        ("OBT-COP-1", "Leaf shutter Copal no. 1, 1/400 s", 8, "EA", "172.00", "2026-12-09"),
        ("OBT-CBL-50", "Cable release 50 cm", 40, "EA", "6.90", "2026-12-09"),
        ("OBT-LAM-35", "Spare shutter blades 35 mm, set of 5", 20, "SET", "22.00", "2026-12-09"),
    ])
    body = ("Bonjour Dana,\n\nLigne 1 : OK pour 12 obturateurs Copal n°0 à 148,00 €, livraison le 9/12.\n"
            "Ligne 3 : OK mais seulement 25 pièces disponibles à 6,90 €, livraison le 9/12 également ; le solde n'est "
            "plus fabriqué.\n\nBonne journée,\nNicolas Fabre\nOptique & Mécanique Fabre\n12 rue des Horlogers, 25000 Besançon\n"
            "03 81 52 40 77\n\nEnvoyé de mon iPad")
    eml = reply(n, p, date=mdate(2026, 11, 23, 8, 17, 56, "+0100"), body=body, client="apple", quote="gmail", ql="fr",
                prefix="Re:", cs="utf-8", contact="Nicolas")
    return [p], eml, conf([(p, {1: A, 2: U, 3: C(25, "6.90", "2026-12-09"), 4: U})],
                          "Line 1 as ordered (9/12 = 2026-12-09); line 3 only 25 of 40, rest discontinued; lines 2 and "
                          "4 are not mentioned -> unconfirmed.")


@case("screen-motors-two-pos-one-answered", "confirmation/nl-NL",
      "Two open POs from the same supplier; the reply confirms one and only mentions the other ('we komen volgende week terug')")
def c027(n):
    s = supplier("KASSCHRM", "KasScherm B.V.", "verkoop@kasscherm.example", "nl-NL")
    pa = po("4500231190", s, "EUR", "2026-11-02", [
        ("SCH-XLS16-52", "Screen cloth XLS 16 Firebreak, width 5.2 m", 2400, "M2", "3.45", "2026-12-14"),
    ], buyer="tom")
    pb = po("4500231244", s, "EUR", "2026-11-03", [
        ("SCH-MOT-24", "Screen motor 24 V, 0.55 kW", 6, "EA", "865.00", "2026-12-11"),
        ("SCH-DRD-6", "Stainless pull wire 6 mm", 500, "M", "1.12", "2026-12-11"),
    ], buyer="tom")
    body = ("Goedemorgen Tom,\n\nOrder 4500231244 bevestigen we volledig: 6 schermmotoren 24 V à € 865,00 en 500 m "
            "trekdraad à € 1,12. Levering donderdag 10 december.\n\nVoor order 4500231190 (schermdoek XLS 16) komen we "
            "volgende week bij je terug, de weverij moet de levertijd nog doorgeven.\n\nMet vriendelijke groet,\n"
            "Sander de Vries\nKasScherm B.V.\nHonderdland 212, 2676 LV Maasdijk\nT +31 174 52 88 10")
    eml = reply(n, pb, date=mdate(2026, 11, 25, 8, 55, 12, "+0100"), body=body, cs="iso-8859-15", ql="nl", contact="Sander")
    d = wd("2026-12-10", "Thu")
    return [pa, pb], eml, conf([(pb, {1: C(6, "865.00", d), 2: C(500, "1.12", d)})],
                               "PO 4500231244 confirmed with delivery Thursday 10 Dec -> 2026-12-10; PO 4500231190 is only "
                               "mentioned (answer next week) -> left out of confirmations.")


@case("pipette-stands-xlsx-only", "confirmation/nl-BE",
      "The answer is only in an attached XLSX: one price changed, one quantity rounded up to the pack size")
def c028(n):
    s = supplier("LABOSTAN", "Labostand BV", "orders@labostand.example", "nl-BE")
    p = po("4500231640", s, "EUR", "2026-11-04", [
        ("PST-LIN-6", "Pipette stand linear, 6 places", 24, "EA", "27.80", "2026-12-16"),
        ("PST-ROT-7", "Pipette carousel, 7 places", 12, "EA", "54.00", "2026-12-16"),
        ("PST-HLD-1000", "Single pipette holder 100-1000 ul", 48, "EA", "3.40", "2026-12-16"),
    ], buyer="priya")
    x = make_xlsx([
        ["Orderbevestiging OB-2611-0457"], ["Uw bestelling", "4500231640"], ["Datum", "12/11/2026"], [],
        ["Lijn", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Eenheidsprijs EUR", "Leverdatum"],
        [1, "PST-LIN-6", "Pipetstandaard lineair 6 plaatsen", 24, "ST", 27.8, "16/12/2026"],
        [2, "PST-ROT-7", "Pipetcarrousel 7 plaatsen", 12, "ST", 56.1, "16/12/2026"],
        [3, "PST-HLD-1000", "Houder pipet 100-1000 µl", 50, "ST", 3.4, "16/12/2026"],
        [], ["Opmerking: lijn 3 wordt per 10 verpakt, aantal afgerond naar 50."],
    ], sheet="Orderbevestiging", when=(2026, 11, 12, 14, 2, 0))
    body = ("Goedemiddag,\n\nIn bijlage vindt u onze orderbevestiging voor bestelling 4500231640.\n\n"
            "Met vriendelijke groeten\n\nLien Peeters\nCustomer Service\nLabostand BV\nKempische Steenweg 293, 3500 Hasselt\n"
            "T +32 11 24 80 55")
    eml = reply(n, p, date=mdate(2026, 11, 12, 14, 6, 21, "+0100"), body=body, cs="iso-8859-1", ql="nl",
                prefix="Antw:", lang="nl-BE", attachments=[xlsx_att(x, "OB-2611-0457.xlsx")], contact="Lien")
    return [p], eml, conf([(p, {1: A, 2: C(12, "56.10", "2026-12-16"), 3: C(50, "3.40", "2026-12-16")})],
                          "All values are in the XLSX: line 2 price 56.10 instead of 54.00; line 3 quantity 50 (rounded to "
                          "packs of 10) instead of 48; dates 16/12/2026 as requested.")


@case("film-shutters-nouki-sjis", "confirmation/ja-JP",
      "Japanese Shift_JIS reply with yen prices '単価12,800円' and dates '2026年12月18日'; one line later, one as requested")
def c029(n):
    s = supplier("HIKARISK", "Hikari Seiki Seisakusho Co., Ltd.", "eigyo@hikariseiki.example", "ja-JP")
    p = po("4500231933", s, "JPY", "2026-11-09", [
        ("SHT-FP-135", "Focal plane shutter unit for 135 film, 1/4000 s", 20, "EA", "12800", "2026-12-11"),
        ("SHT-LS-0", "Leaf shutter No.0, 1/500 s", 10, "EA", "9400", "2026-12-11"),
    ])
    body = ("Kestrel Supply Group B.V.\nDana Ruiz 様\n\nいつもお世話になっております。\n株式会社光精機製作所の佐藤でございます。\n\n"
            "ご注文書 4500231933 につきまして、下記の通り納期回答いたします。\n\n"
            "1. SHT-FP-135 フォーカルプレーンシャッター 20個 単価12,800円 納期 2026年12月18日\n"
            "2. SHT-LS-0 レンズシャッター No.0 10個 単価9,400円 納期 2026年12月11日\n\n何卒よろしくお願い申し上げます。\n\n"
            "--------------------------------\n株式会社 光精機製作所\n営業部 佐藤 健一\n〒390-0852 長野県松本市島立 1120\n"
            "TEL 0263-47-2210 / FAX 0263-47-2211\n--------------------------------")
    eml = reply(n, p, date=mdate(2026, 11, 17, 16, 30, 0, "+0900"), body=body, cs="shift_jis", cte="base64",
                client="thunderbird", quote="gmail", html=None, prefix="Re:", contact="Sato-san")
    return [p], eml, conf([(p, {1: C(20, "12800", "2026-12-18"), 2: A})],
                          "Line 1 納期 2026年12月18日 (later than requested), line 2 2026年12月11日 = requested; "
                          "prices in yen equal the PO; '1/4000' in descriptions is a shutter speed.")


@case("crane-rope-per-roll-gb2312", "confirmation/zh-CN",
      "Chinese GB2312 reply prices the rope per 500 m roll (49,000 CNY/roll), which must be converted to 98.00 per metre")
def c030(n):
    s = supplier("JSGHSR", "Jiangsu Ganghang Steel Rope Co., Ltd.", "export@ganghangrope.example", "zh-CN")
    p = po("4500231980", s, "CNY", "2026-11-10", [
        ("WR-28-6X36", "Crane wire rope 28 mm 6x36WS, 1770 grade", 1000, "M", "96.00", "2026-12-18"),
        ("WR-CLIP-M24", "Wire rope clip M24 for 28 mm rope", 40, "EA", "26.00", "2026-12-18"),
    ], buyer="tom")
    body = ("Tom 您好，\n\n感谢贵司订单 4500231980。确认如下：\n\n"
            "第1项 WR-28-6X36 钢丝绳：按卷供货，每卷500米，共2卷（合计1000米），单价人民币49,000.00元/卷，交货日期2026年12月18日。\n"
            "第2项 WR-CLIP-M24 绳夹：40个，单价26.00元，同日交货。\n\n顺祝商祺！\n\n王丽\n外贸部\n"
            "江苏港航钢缆有限公司\n江苏省南通市永兴路88号\n电话：+86 513 8555 7306")
    eml = reply(n, p, date=mdate(2026, 11, 20, 10, 18, 5, "+0800"), body=body, cs="gb2312", cte="base64",
                prefix="回复:", contact="Ms. Wang")
    assert 49000 / 500 == 98
    return [p], eml, conf([(p, {1: C(1000, "98.00", "2026-12-18"), 2: A})],
                          "Line 1: 2 rolls x 500 m = 1000 M, 49,000 CNY per roll / 500 m = 98.00 per M (was 96.00); "
                          "line 2 as ordered, delivered the same day 2026-12-18.")


@case("bell-bronze-per-kg-koi8r", "confirmation/ru-RU",
      "Russian KOI8-R reply prices bronze per kg while the PO line is per tonne, quantity given as '2 000 кг'; only ship dates")
def c032(n):
    s = supplier("LITDVOR", "OOO Liteiny Dvor", "export@liteiny-dvor.example", "ru-RU")
    p = po("4500231825", s, "EUR", "2026-11-06", [
        ("KLP-ST-120", "Forged steel clapper blank for 120 kg bell", 6, "EA", "240.00", "2026-12-18"),
        ("KLP-BRZ-20", "Bell bronze ingot CuSn20", 2, "T", "9800.00", "2026-12-18"),
    ], buyer="jonas")
    body = ("Добрый день, Йонас!\n\nПо заказу 4500231825 подтверждаем:\n\n"
            "Поз. 1 - заготовка языка для колокола 120 кг: 6 шт. по 240,00 EUR, отгрузка 11.12.2026.\n"
            "Поз. 2 - бронза колокольная CuSn20: 2 000 кг, цена 10,20 EUR за кг (рост цены на олово), отгрузка 11.12.2026.\n\n"
            "С уважением,\nОльга Смирнова\nменеджер по экспорту\nООО \"Литейный двор\"\nг. Ярославль, ул. Промышленная, 17\n"
            "тел. +7 4852 58-33-10")
    eml = reply(n, p, date=mdate(2026, 11, 16, 11, 3, 29, "+0300"), body=body, cs="koi8-r", cte="8bit",
                client="thunderbird", quote="gmail", html=None, contact="Olga")
    return [p], eml, conf([(p, {1: C(6, "240.00", "2026-12-11"), 2: C(2, "10200.00", "2026-12-11")})],
                          "Line 2: 2 000 kg = 2 T, 10,20 EUR/kg = 10200.00 EUR per T (was 9800); only ship dates "
                          "11.12.2026 -> date for both lines; '120 кг' in line 1 is the bell size.")


@case("grow-bags-price-no-date", "confirmation/bg-BG",
      "Bulgarian reply gives a new price for line 2 but defers its date to next week, so that line stays unconfirmed")
def c034(n):
    s = supplier("MIKOPAK", "MikoPak EOOD", "sales@mikopak.example", "bg-BG")
    p = po("4500231610", s, "EUR", "2026-11-03", [
        ("GB-PP-3050", "Mushroom grow bag PP 30x50 cm, 0.5 micron filter", 20000, "PCS", "0.082", "2026-12-09"),
        ("GB-PP-4060", "Mushroom grow bag PP 40x60 cm, 0.2 micron filter", 10000, "PCS", "0.115", "2026-12-09"),
        ("GB-CLIP-25", "Bag clip 25 mm, box of 1000", 5, "BOX", "18.00", "2026-12-09"),
    ])
    body = ("Здравейте, г-жо Ruiz,\n\nБлагодарим за поръчка 4500231610.\n\n"
            "Поз. 1 (торби 30x50 см): потвърждаваме 20 000 бр. по 0,082 EUR, доставка 09.12.\n"
            "Поз. 2 (торби 40x60 см): цената е 0,124 EUR/бр., срокът за доставка ще потвърдим следващата седмица.\n"
            "Поз. 3 (щипки 25 мм): ок, с доставката на поз. 1.\n\nПоздрави,\nГеорги Петров\nМикоПак ЕООД\n"
            "гр. Пловдив, бул. Кукленско шосе 17\nтел. +359 32 604 118")
    eml = reply(n, p, date=mdate(2026, 11, 10, 14, 25, 0, "+0200"), body=body, cs="windows-1251", cte="base64",
                contact="Mr. Petrov")
    return [p], eml, conf([(p, {1: A, 2: U, 3: A})],
                          "Line 1 as ordered ('09.12.' -> 2026-12-09); line 2 has a price but its date 'will be confirmed "
                          "next week' -> unconfirmed; line 3 'ок' with line 1's delivery -> accepted.")


# ------------------------------------------------------------------ not confirmations
@case("cheese-boards-date-with-warehouse", "needs_review/nl-NL",
      "Quantities and prices are confirmed, but 'leverdatum af te stemmen met uw magazijn' leaves the delivery date open")
def n_nl(n):
    s = supplier("KAASPLNK", "Kaasplank Holland B.V.", "verkoop@kaasplankholland.example", "nl-NL")
    p = po("4500231705", s, "EUR", "2026-11-05", [
        ("KP-VUR-3000", "Cheese aging board spruce 3000x300x30 mm", 200, "EA", "18.75", "2026-12-09"),
        ("KP-VUR-1500", "Cheese aging board spruce 1500x300x30 mm", 150, "EA", "9.90", "2026-12-09"),
    ])
    body = ("Beste Dana,\n\nBedankt voor uw bestelling. De aantallen en prijzen bevestigen wij conform uw order "
            "(200 x 3000 mm à € 18,75 en 150 x 1500 mm à € 9,90).\n\nDe leverdatum is af te stemmen met uw magazijn; "
            "onze planning neemt hiervoor contact op met Venlo.\n\nMet vriendelijke groet,\nHenk Bakker\n"
            "Kaasplank Holland B.V.\nIndustrieweg 18, 2421 LK Nieuwkoop\nT +31 172 57 40 90")
    eml = reply(n, p, date=mdate(2026, 11, 11, 16, 44, 9, "+0100"), body=body, cs="iso-8859-15", ql="nl", contact="Henk")
    return [p], eml, other("needs_review",
                           "Qty and price confirmed but the delivery date is 'to be agreed with your warehouse' - no date "
                           "committed for any line, so nothing can be recorded as confirmed; a human must follow up.")


@case("bookbinding-press-exw-vs-dap", "needs_review/cs-CZ",
      "The supplier confirms prices 'EXW Brno' while the PO was DAP Venlo; the price basis differs, so it needs review")
def n_cs(n):
    s = supplier("KNIHSTR", "Knihař Stroje s.r.o.", "obchod@knihar-stroje.example", "cs-CZ")
    p = po("4500231688", s, "EUR", "2026-11-04", [
        ("KNL-500", "Bookbinding press, hand wheel, platen 500x400 mm", 2, "EA", "1490.00", "2026-12-11"),
        ("KNL-DSK-10", "Pressing boards beech 500x400 mm, set of 10", 4, "SET", "118.00", "2026-12-11"),
    ])
    body = ("Dobrý den, paní Ruiz,\n\nděkujeme za objednávku. Potvrzujeme obě položky:\n\n"
            "1) knihařský lis 500x400 - 2 ks, cena 1 490,00 EUR/ks EXW Brno\n"
            "2) lisovací desky buk 500x400, sada 10 ks - 4 sady, cena 118,00 EUR/sada EXW Brno\n\n"
            "Termín expedice 11.12.2026. Doprava není v ceně, nabídku na dopravu Vám pošleme zvlášť.\n\n"
            "S pozdravem\nJana Dvořáková\nKnihař Stroje s.r.o.\nVídeňská 112, 619 00 Brno\ntel. +420 543 211 870")
    eml = reply(n, p, date=mdate(2026, 11, 13, 10, 9, 30, "+0100"), body=body, cs="iso-8859-2", ql="cs", prefix="Re:",
                contact="paní Dvořáková")
    return [p], eml, other("needs_review",
                           "Numbers match the PO, but the prices are EXW Brno with freight excluded while the PO is DAP "
                           "Venlo - the price basis changed, so a buyer must decide; not a clean confirmation.")


@case("buffer-stops-abwesenheit-vertretung", "auto_reply/de-DE",
      "German Outlook out-of-office naming a deputy with phone and e-mail and a return date")
def a_de(n):
    s = supplier("SCHSTOP", "Schienen-Stoppsysteme GmbH", "k.vogel@schienenstopp.example", "de-DE")
    p = po("4500232270", s, "EUR", "2026-11-20", [
        ("SSP-FIX-60", "Fixed buffer stop for rail 60E1, 2027 version", 2, "EA", "7240.00", "2027-01-22"),
        ("SSP-DMP-4", "Damping element set, 4 pcs", 2, "SET", "860.00", "2027-01-22"),
    ], buyer="jonas")
    body = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 27.11.2026 nicht im Büro und habe nur "
            "eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Markus Brandt, Tel. +49 231 98661-24, "
            "markus.brandt@schienenstopp.example.\n\nMit freundlichen Grüßen\nKatrin Vogel\nVertriebsinnendienst\n"
            "Schienen-Stoppsysteme GmbH | Westfalendamm 87 | 44141 Dortmund")
    eml = auto_reply(n, p, date=mdate(2026, 11, 20, 10, 12, 48, "+0100"), body=body, cs="iso-8859-1",
                     frm=("Vogel, Katrin", "k.vogel@schienenstopp.example"),
                     subject="Automatische Antwort: " + req_subject(p))
    wd("2026-11-27", "Fri")
    return [p], eml, other("auto_reply",
                           "Out-of-office until 27.11.2026 naming deputy Markus Brandt; the dates in it are absence dates, "
                           "not delivery dates.")


@case("sail-battens-postfix-dsn", "bounce/en-US",
      "Postfix multipart/report DSN (5.1.1 user unknown) carrying the full original request with its PO table and dates")
def b_us(n):
    s = supplier("CHESBAT", "Chesapeake Batten Co.", "orders@chesapeakebatten.example", "en-US")
    p = po("4500232241", s, "USD", "2026-11-16", [
        ("CB-FG-916", "Fiberglass batten 9/16 in x 48 in", 150, "EA", "6.20", "2026-12-14"),
        ("CB-END-CAP", "Batten end cap 12x20 mm, pack of 10", 30, "BOX", "9.40", "2026-12-14"),
    ], buyer="jonas")
    human = ("This is the mail system at host mx1.kestrel-supply.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned "
             "message.\n\n                   The mail system\n\n"
             "<orders@chesapeakebatten.example>: host mx.chesapeakebatten.example[203.0.113.25]\n"
             "    said: 550 5.1.1 <orders@chesapeakebatten.example>: Recipient address\n"
             "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n")
    dsn = ("Reporting-MTA: dns; mx1.kestrel-supply.example\nX-Postfix-Queue-ID: 4Fh2Kq0Z3xz9sWl\n"
           "X-Postfix-Sender: rfc822; jonas.weber@kestrel-supply.example\n"
           "Arrival-Date: Mon, 16 Nov 2026 10:12:31 +0100 (CET)\n\n"
           "Final-Recipient: rfc822; orders@chesapeakebatten.example\n"
           "Original-Recipient: rfc822;orders@chesapeakebatten.example\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; mx.chesapeakebatten.example\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <orders@chesapeakebatten.example>: Recipient\n"
           "    address rejected: User unknown in virtual mailbox table\n")
    eml = report_bounce(n, p, date=mdate(2026, 11, 16, 10, 12, 34, "+0100"),
                        frm="Mail Delivery System <MAILER-DAEMON@mx1.kestrel-supply.example>",
                        subject="Undelivered Mail Returned to Sender", human=human, dsn=dsn,
                        msgid="<20261116091234.4Fh2Kq0Z3xz9sWl@mx1.kestrel-supply.example>",
                        orig_date=mdate(2026, 11, 16, 10, 12, 31, "+0100"))
    return [p], eml, other("bounce",
                           "Postfix DSN: the original request (with PO table, quantities, prices and dates) is attached as "
                           "message/rfc822 - none of it is a supplier answer.")
