"""Cases: confirmations from Central/Eastern/Northern Europe and the Levant."""
from .common import (A, C, REJ, UNC, P, S, at, case, clean, conf, kw, reply, quote_block)


@case("fume-gasket-czk-cz", "confirmation/cs-CZ",
      "Czech 'cena 245 Kč/ks' replaces the PO price of one line, dates written '18. 12. 2026'; a third line is never mentioned.")
def c_fume_cz():
    sup = S("VZTKOMP", "VZT Komponenty s.r.o.", "obchod@vzt-komponenty.example", "cs-CZ")
    po = P("LV-2611-204", sup, "fume", "CZK", "2026-11-05", [
        ("KR-75-1500", "Extraction arm 75 mm, length 1.5 m, 3 joints", 10, "EA", "8900.00", "2026-12-18"),
        ("TES-75", "Joint gasket 75 mm, EPDM", 20, "EA", "238.00", "2026-12-18"),
        ("HUB-75-MAG", "Magnetic base for 75 mm arm, 24V lamp socket", 4, "EA", "1450.00", "2026-12-18")])
    body = ("Dobrý den, paní Vargová,\n\nděkujeme za objednávku LV-2611-204, kterou potvrzujeme takto:\n\n"
            "1) KR-75-1500 - 10 ks dle objednávky, 8 900,00 Kč/ks, dodání 18. 12. 2026\n"
            "2) TES-75 - 20 ks, cena 245 Kč/ks (nový ceník EPDM), dodání 18. 12. 2026\n\n"
            "S pozdravem\n\nOndřej Kučera\nobchodní oddělení\nVZT Komponenty s.r.o.\n"
            "Průmyslová 1123/8, 614 00 Brno\ntel.: +420 545 555 318\n")
    eml = reply(seed="bx017", po=po, date=at("2026-11-12 10:10:27", "+0100"), body=body, lang="cs",
                charset="iso-8859-2", cte="base64", frm=("Ondřej Kučera", "kucera@vzt-komponenty.example"))
    exp = conf("'245 Kč/ks' = 245.00 CZK per EA instead of 238.00; Czech date with spaces; line 1 as ordered; "
               "line 3 not mentioned -> unconfirmed.",
               (po, {1: A(po, 1), 2: C(po, 2, p="245.00"), 3: UNC}))
    return [clean(po)], eml, exp


@case("cork-date-one-line-sk", "confirmation/sk-SK",
      "Slovak reply confirming 'v plnom rozsahu' but moving one line's date; Thunderbird bottom quote.")
def c_cork_sk():
    sup = S("KOROKTOK", "Korok Tokaj s.r.o.", "predaj@korok-tokaj.example", "sk-SK")
    po = P("CV-118260", sup, "cork", "EUR", "2026-11-11", [
        ("KZ-24X38", "Agglomerated cork 24x38 mm", 30000, "PCS", "0.072", "2026-12-09"),
        ("KZ-T-19X30", "T-top stopper 19x30 mm, PVC head 31 mm", 6000, "PCS", "0.115", "2026-12-09")])
    body = ("Dobrý deň pán Ferri,\n\npotvrdzujeme Vašu objednávku CV-118260 v plnom rozsahu, ceny bez zmeny.\n"
            "Termín dodania: položka 1 dňa 16.12.2026, položka 2 podľa požiadavky 9.12.2026.\n\n"
            "S pozdravom\n\nMgr. Zuzana Halásová\nKorok Tokaj s.r.o.\nHlavná 12, 076 82 Malá Tŕňa\n"
            "+421 56 555 1204\n")
    eml = reply(seed="bx018", po=po, date=at("2026-11-20 09:45:11", "+0100"), body=body, client="tb",
                lang="sk", charset="windows-1250",
                attribution="Dňa 11. 11. 2026 o 10:30 Paolo Ferri napísal(a):",
                frm=("Zuzana Halásová", "halasova@korok-tokaj.example"))
    exp = conf("Item 1 delivered 16.12.2026 instead of 9.12.; item 2 on the requested date.",
               (po, {1: C(po, 1, d="2026-12-16"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("bee-smoker-forint-hu", "confirmation/hu-HU",
      "Hungarian year-first dates ('2026. december 18.'), forint prices with space separators, one line dated only 'next week'.")
def c_bee_hu():
    sup = S("MEHFEM", "Méhész Fémáru Kft.", "rendeles@meheszfemaru.example", "hu-HU")
    po = P("HC-4490", sup, "bee", "HUF", "2026-11-06", [
        ("FUST-10X25", "Bee smoker stainless 10x25 cm", 40, "EA", "12500.00", "2026-12-11"),
        ("FUST-MINI-8", "Bee smoker mini 8 cm", 30, "EA", "9800.00", "2026-12-11"),
        ("FUJ-BOR-12", "Replacement bellows leather 12x15 cm", 40, "EA", "3400.00", "2026-12-11")])
    body = ("Tisztelt Kowal Asszony!\n\nA HC-4490 számú megrendelését az alábbiak szerint visszaigazoljuk:\n\n"
            "1. tétel: 40 db, 12 500 Ft/db, szállítás 2026. december 11.\n"
            "2. tétel: 30 db, 9 800 Ft/db, szállítás 2026. december 18.\n"
            "3. tétel: a fújtatóbőr beszállítója még nem jelzett vissza, a szállítási határidőt jövő héten tudjuk "
            "megadni.\n\n"
            "Üdvözlettel:\nSzabó Gergely\nértékesítés\nMéhész Fémáru Kft.\n6000 Kecskemét, Szent István krt. 31.\n"
            "Tel.: +36 76 555 482\n")
    eml = reply(seed="bx019", po=po, date=at("2026-11-13 13:30:02", "+0100"), body=body, lang="hu",
                charset="iso-8859-2", frm=("Szabó Gergely", "szabo.gergely@meheszfemaru.example"))
    exp = conf("Line 1 as ordered; line 2 date 2026-12-18 instead of 12-11 (Hungarian Y. month D. format); "
               "line 3 date only 'next week' -> unconfirmed.",
               (po, {1: A(po, 1), 2: C(po, 2, d="2026-12-18"), 3: UNC}))
    return [clean(po)], eml, exp


@case("clay-target-partial-ro", "confirmation/ro-RO",
      "Romanian partial confirmation: 150 of 200 boxes, the remaining 50 explicitly not honoured this year.")
def c_clay_ro():
    sup = S("BALTINT", "Balistic Ținte SRL", "vanzari@balistic-tinte.example", "ro-RO")
    po = P("HSG-26-0430", sup, "clay", "USD", "2026-11-09", [
        ("TZ-110-ORG", "Clay target 110 mm orange dome, box of 150", 200, "BOX", "9.60", "2026-12-15"),
        ("TZ-90-MIDI", "Midi target 90 mm, box of 150", 80, "BOX", "10.20", "2026-12-15")])
    body = ("Bună ziua domnule Okafor,\n\nConfirmăm parțial comanda HSG-26-0430:\n"
            "- poz. 1: putem livra 150 de cutii la 15.12.2026, preț 9,60 USD/cutie; diferența de 50 de cutii "
            "nu o putem onora anul acesta.\n"
            "- poz. 2: confirmat integral, 80 cutii, 10,20 USD/cutie, livrare 15.12.2026.\n\n"
            "Cu stimă,\nAndreea Popescu\nDepartament Vânzări\nBalistic Ținte SRL\n"
            "Str. Fabricii 27, 550018 Sibiu\nTel. +40 269 555 713\n")
    eml = reply(seed="bx020", po=po, date=at("2026-11-16 11:11:41", "+0200"), body=body, client="gmail",
                frm=("Andreea Popescu", "andreea.popescu@balistic-tinte.example"))
    exp = conf("Pos. 1 confirmed for 150 boxes only (rest declined); pos. 2 in full.",
               (po, {1: C(po, 1, q=150), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("seed-tray-leva-bg", "confirmation/bg-BG",
      "Bulgarian Cyrillic in windows-1251/base64; 'цена 12,50 лв./бр.' on both lines but only one differs from the PO.")
def c_tray_bg():
    sup = S("AGROPL", "Агропласт ООД", "office@agroplast-bg.example", "bg-BG")
    po = P("GF-PO-77352", sup, "tray", "BGN", "2026-11-10", [
        ("TAV-104-LG", "Seed tray 104-cell 60x40 cm, light grey", 300, "EA", "11.90", "2026-12-18"),
        ("TAV-40-GR", "Seed tray 40-cell 60x40 cm, green", 300, "EA", "12.50", "2026-12-18")])
    body = ("Здравейте, г-жо Висер,\n\nПотвърждаваме поръчка GF-PO-77352:\n\n"
            "Поз. 1 (TAV-104-LG) – 300 бр., цена 12,50 лв./бр., доставка 18.12.2026 г.\n"
            "Поз. 2 (TAV-40-GR) – 300 бр., цена 12,50 лв./бр., доставка 18.12.2026 г.\n\n"
            "Цената на поз. 1 е коригирана заради поскъпването на суровината.\n\n"
            "Поздрави,\nГеорги Петров\nТърговски отдел\nАгропласт ООД\nгр. Пловдив, бул. Кукленско шосе 17\n"
            "тел. +359 32 555 804\n")
    eml = reply(seed="bx021", po=po, date=at("2026-11-17 10:02:55", "+0200"), body=body, lang="bg",
                charset="windows-1251", cte="base64", frm=("Георги Петров", "g.petrov@agroplast-bg.example"))
    exp = conf("12,50 лв. per piece on both lines: line 1 changed from 11.90, line 2 equals the PO.",
               (po, {1: C(po, 1, p="12.50"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("marble-pad-split-hr", "confirmation/hr-HR",
      "Croatian dates with trailing dots ('10.12.2026.', '14.1.2027.') and one line split 60+60 across the new year.")
def c_marble_hr():
    sup = S("BRUSNI", "Brusni Alati Split d.o.o.", "prodaja@brusnialati.example", "hr-HR")
    po = P("SWR-2611-15", sup, "marble", "EUR", "2026-11-10", [
        ("BP-150-400", "Polishing pad 150 mm grit 400", 120, "EA", "9.20", "2026-12-10"),
        ("BP-150-800", "Polishing pad 150 mm grit 800", 120, "EA", "9.20", "2026-12-10")])
    body = ("Poštovani gospodine Brandão,\n\npotvrđujemo narudžbu SWR-2611-15, cijene prema narudžbi.\n"
            "Stavka 1: 120 kom isporučujemo 10.12.2026.\n"
            "Stavka 2: 60 kom 10.12.2026., preostalih 60 kom 14.1.2027.\n\n"
            "Lijep pozdrav,\nIvana Marić\nProdaja\nBrusni Alati Split d.o.o.\nPoljička cesta 35, 21000 Split\n"
            "tel. +385 21 555 630\n")
    eml = reply(seed="bx022", po=po, date=at("2026-11-17 15:02:19", "+0100"), body=body, lang="hr",
                charset="utf-8", frm=("Ivana Marić", "ivana.maric@brusnialati.example"))
    exp = conf("Line 2 split 60 on 2026-12-10 and 60 on 2027-01-14; line 1 as ordered.",
               (po, {1: A(po, 1), 2: C(po, 2, sched=[(60, "2026-12-10"), (60, "2027-01-14")])}))
    return [clean(po)], eml, exp


@case("ski-cover-bottom-post-si", "confirmation/sl-SI",
      "Slovenian answer written below the quoted request (bottom-posting); requested date refused, a later one given.")
def c_ski_si():
    sup = S("PREVBOH", "Prevleke Bohinj d.o.o.", "info@prevleke-bohinj.example", "sl-SI")
    po = P("ALS-26-0566", sup, "ski", "EUR", "2026-11-09", [
        ("PRV-6S-BLU", "Seat cover 6-seater chair, blue, 4/3 foam profile", 36, "EA", "118.00", "2026-12-04"),
        ("PRV-NASL-6S", "Backrest cover 6-seater chair", 36, "EA", "84.00", "2026-12-04")])
    body = ("Pozdravljeni,\n\npotrjujemo obe postavki, količine in cene kot v naročilu. Dobava 4. 12. 2026 ne bo "
            "mogoča, ker je šivalnica polno zasedena; dobavimo lahko 11. 12. 2026.\n\nLep pozdrav,\n"
            "Matej Zupan\nPrevleke Bohinj d.o.o.\nRibčev Laz 48, 4265 Bohinjsko jezero\n+386 4 555 93 20\n")
    eml = reply(seed="bx023", po=po, date=at("2026-11-11 07:58:36", "+0100"), body=body, client="tb",
                lang="sl", charset="iso-8859-2", cte="8bit", quote_above=True, html=False,
                attribution="Dne 9. 11. 2026 ob 09:30 je Mara Lindqvist napisal(a):",
                frm=("Matej Zupan", "info@prevleke-bohinj.example"))
    exp = conf("Answer below the quote; both lines move to 2026-12-11, quantities and prices unchanged.",
               (po, {1: C(po, 1, d="2026-12-11"), 2: C(po, 2, d="2026-12-11")}))
    return [clean(po)], eml, exp


@case("fish-rack-forwarded-prod-rs", "confirmation/sr-RS",
      "Serbian sales mail confirming 'per production's answer below': the dates are in a forwarded internal note.")
def c_fish_rs():
    sup = S("DIMMET", "Dimnica Metal d.o.o.", "prodaja@dimnica-metal.example", "sr-RS")
    po = P("NS-20261113", sup, "fish", "EUR", "2026-11-13", [
        ("RST-8050", "Smoking grate 80x50 cm, stainless 2 mm", 60, "EA", "31.50", "2026-12-18"),
        ("KUK-100", "Stainless hook 100 mm, pack of 50", 20, "BOX", "17.00", "2026-12-18")])
    body = ("Poštovani g. Gray,\n\npotvrđujemo porudžbinu NS-20261113 prema odgovoru proizvodnje ispod; "
            "cene ostaju iste kao u porudžbini.\n\nSrdačan pozdrav,\nJelena Nikolić\nProdaja | Dimnica Metal d.o.o.\n"
            "Industrijska zona bb, 34000 Kragujevac, Srbija\n+381 34 555 218\n\n"
            "---------- Forwarded message ---------\nOd: Dragan Petrović <dragan.petrovic@dimnica-metal.example>\n"
            "Date: uto, 24. nov 2026. u 08:12\nSubject: RE: NS-20261113 rokovi\nTo: Jelena Nikolić "
            "<prodaja@dimnica-metal.example>\n\nJelena,\n\npoz. 1: 60 kom, isporuka 18.12. OK\n"
            "poz. 2: 20 kutija, isporuka tek 23.12. (kuke se cinkuju kod kooperanta)\n\nDragan\n")
    eml = reply(seed="bx024", po=po, date=at("2026-11-24 09:05:48", "+0100"), body=body, client="gmail",
                attribution="On Fri, 13 Nov 2026 at 09:30, Ewan Gray <ewan.gray@northsmoke.example> wrote:",
                frm=("Jelena Nikolić", "prodaja@dimnica-metal.example"))
    exp = conf("Dates come from the forwarded production note the sales mail adopts: 18.12. (as requested) and "
               "23.12. for pos. 2 (no year -> 2026).",
               (po, {1: A(po, 1), 2: C(po, 2, d="2026-12-23")}))
    return [clean(po)], eml, exp


@case("surf-wax-unit-price-gr", "confirmation/el-GR",
      "Greek in ISO-8859-7: 'τιμή μονάδας 8,90 €' raises one line; decimal comma and day-first dates.")
def c_wax_gr():
    sup = S("AEGWAX", "Κηροποιία Αιγαίου Α.Ε.", "sales@aegeanwax.example", "el-GR")
    po = P("SWH-26-118", sup, "wax", "EUR", "2026-11-05", [
        ("WAX-COLD-85", "Surf wax cold water 14-18C, bar 85 g", 400, "EA", "8.50", "2026-12-11"),
        ("WAX-BASE-85", "Basecoat wax 85 g", 200, "EA", "7.20", "2026-12-11")])
    body = ("Αγαπητέ κύριε Moreno,\n\nΕπιβεβαιώνουμε την παραγγελία SWH-26-118:\n\n"
            "Είδος 1 (WAX-COLD-85): 400 τεμ., τιμή μονάδας 8,90 €, παράδοση 11/12/2026\n"
            "Είδος 2 (WAX-BASE-85): 200 τεμ., τιμή μονάδας 7,20 €, παράδοση 11/12/2026\n\n"
            "Η αύξηση στο είδος 1 οφείλεται στο κόστος του κεριού μέλισσας.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΚηροποιία Αιγαίου Α.Ε.\n"
            "Λεωφ. Ποσειδώνος 88, 16675 Γλυφάδα\nΤηλ. +30 210 555 4471\n")
    eml = reply(seed="bx025", po=po, date=at("2026-11-10 12:40:03", "+0200"), body=body, lang="el",
                charset="iso-8859-7", frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@aegeanwax.example"))
    exp = conf("Line 1 unit price 8,90 EUR (PO 8.50); line 2 unchanged; 11/12/2026 day-first.",
               (po, {1: C(po, 1, p="8.90"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("bamboo-tie-ship-date-tr", "confirmation/tr-TR",
      "Turkish confirmation giving only a 'Sevkiyat tarihi' (ship date) for both lines.")
def c_bamboo_tr():
    sup = S("BAMBUB", "Bambu Bağlantı Elemanları Ltd. Şti.", "satis@bambubaglanti.example", "tr-TR")
    po = P("SAP-8801247", sup, "bamboo", "USD", "2026-11-06", [
        ("BT-NYL-8X450", "Bamboo scaffold tie, nylon strap 8 mm x 450 mm", 20000, "PCS", "0.085", "2026-12-14"),
        ("BT-GI-1.5", "Galvanised tie wire 1.5 mm, 25 kg coil", 40, "ROL", "46.00", "2026-12-14")])
    body = ("Sayın Kenji Lau,\n\nSAP-8801247 numaralı siparişiniz onaylanmıştır. Miktar ve fiyatlar "
            "siparişinizdeki gibidir.\nSevkiyat tarihi: 21.12.2026 (her iki kalem).\n\nSaygılarımızla,\n"
            "Elif Şahin\nİhracat Departmanı\nBambu Bağlantı Elemanları Ltd. Şti.\n"
            "Organize Sanayi Bölgesi 4. Cadde No:17, 16140 Nilüfer/Bursa\nTel: +90 224 555 38 60\n")
    eml = reply(seed="bx026", po=po, date=at("2026-11-12 16:45:20", "+0300"), body=body, lang="tr",
                charset="windows-1254", frm=("Elif Şahin", "elif.sahin@bambubaglanti.example"))
    exp = conf("Only a ship date (21.12.2026) is given, so it is the date for both lines.",
               (po, {1: C(po, 1, d="2026-12-21"), 2: C(po, 2, d="2026-12-21")}))
    return [clean(po)], eml, exp


@case("chain-lube-a-pris-se", "confirmation/sv-SE",
      "Swedish 'á-pris 42,50 kr' on two lines (one a change), 'v. 50' as a week, and one line discontinued.")
def c_lube_se():
    sup = S("KEDJEO", "Kedjeolja Norden AB", "order@kedjeolja.example", "sv-SE")
    po = P("VT-PO-260955", sup, "lube", "SEK", "2026-11-10", [
        ("KO-TORR-100", "Chain oil dry 100 ml", 600, "EA", "39.90", "2026-12-11"),
        ("KO-VAT-100", "Chain oil wet 100 ml", 600, "EA", "42.50", "2026-12-11"),
        ("KO-VAX-500", "Chain wax 500 ml refill", 100, "EA", "189.00", "2026-12-11")])
    body = ("Hej Ruth!\n\nTack för ordern. Vi bekräftar:\n\n"
            "Rad 1: 600 st, á-pris 42,50 kr, leverans v. 50\n"
            "Rad 2: 600 st, á-pris 42,50 kr, leverans v. 50\n"
            "Rad 3: utgår tyvärr ur sortimentet, kan ej levereras.\n\n"
            "Med vänlig hälsning\nJohan Lindgren\nKedjeolja Norden AB\nVerkstadsgatan 5, 431 37 Mölndal\n"
            "031-555 48 20\n")
    eml = reply(seed="bx027", po=po, date=at("2026-11-12 13:14:15", "+0100"), body=body, client="apple",
                lang="sv", charset="iso-8859-1",
                attribution="10 nov. 2026 kl. 09:30 skrev Ruth Keller <r.keller@velotrade.example>:",
                frm=("Johan Lindgren", "johan.lindgren@kedjeolja.example"))
    assert kw(2026, 50).isoformat() == "2026-12-11"
    exp = conf("v. 50 = Fri 2026-12-11 (requested); row 1 price 42.50 vs PO 39.90; row 3 rejected.",
               (po, {1: C(po, 1, p="42.50"), 2: A(po, 2), 3: REJ}))
    return [clean(po)], eml, exp


@case("seed-tray-stk-price-dk", "confirmation/da-DK",
      "Danish 'pris pr. stk. 18,75 kr.' equals the PO; the second line is cut to the 300 lids in stock.")
def c_tray_dk():
    sup = S("FROEB", "Frøbakker Danmark ApS", "salg@froebakker.example", "da-DK")
    po = P("GF-PO-77391", sup, "tray", "DKK", "2026-11-11", [
        ("FB-84-TER", "Seed tray 84 holes, terracotta, 53x31 cm", 500, "EA", "18.75", "2026-12-16"),
        ("FB-LAG-53", "Lid for seed tray 53x31 cm", 500, "EA", "9.50", "2026-12-16")])
    body = ("Hej Anke\n\nTak for ordren GF-PO-77391.\n\nPos. 1 bekræftes: 500 stk., pris pr. stk. 18,75 kr., "
            "levering 16.12.2026.\nPos. 2: vi har kun 300 låg på lager, de sendes med samme levering til "
            "9,50 kr. pr. stk.; resten kan vi desværre ikke levere.\n\nVenlig hilsen\nMette Kjær\n"
            "Frøbakker Danmark ApS | Gartnervej 9 | 5250 Odense SV\nTlf. +45 66 55 41 90\n")
    eml = reply(seed="bx028", po=po, date=at("2026-11-19 14:55:09", "+0100"), body=body, lang="da",
                charset="iso-8859-1", frm=("Mette Kjær", "mette.kjaer@froebakker.example"))
    exp = conf("Pos. 1 exactly as ordered; pos. 2 only 300 of 500 with the same delivery 16.12.2026.",
               (po, {1: A(po, 1), 2: C(po, 2, q=300)}))
    return [clean(po)], eml, exp


@case("sled-runner-desember-no", "confirmation/nb-NO",
      "Norwegian 'levering 14. desember' without a year, sent from Android Gmail, applies to both lines.")
def c_sled_no():
    sup = S("SLEDALTA", "Sledemakeriet Alta AS", "post@sledemakeriet.example", "nb-NO")
    po = P("PTO-2611-044", sup, "sled", "NOK", "2026-11-12", [
        ("MED-HIC-2.4", "Sled runner hickory 2.4 m, 50x22 mm", 16, "PAIR", "1450.00", "2026-12-07"),
        ("PLA-UH-3", "UHMW plastic 3 mm x 45 mm x 2.4 m", 32, "EA", "210.00", "2026-12-07")])
    body = ("Hei Sigrid,\n\nVi bekrefter ordren med antall og priser som bestilt, men hickorymedene må tørke "
            "en uke til. Levering 14. desember for begge posisjonene.\n\nMvh\nOla Mathisen\n"
            "Sledemakeriet Alta AS, Markveien 12, 9510 Alta\n\nSendt fra min Galaxy\n")
    eml = reply(seed="bx029", po=po, date=at("2026-11-20 12:00:44", "+0100"), body=body, client="android",
                attribution="tor. 12. nov. 2026, 09:30 skrev Sigrid Aune <sigrid.aune@polartrail.example>:",
                frm=("Ola Mathisen", "ola@sledemakeriet.example"), html=False)
    exp = conf("'14. desember' without a year after a 20 Nov mail = 2026-12-14 for both lines.",
               (po, {1: C(po, 1, d="2026-12-14"), 2: C(po, 2, d="2026-12-14")}))
    return [clean(po)], eml, exp


@case("fish-rack-kpl-week-fi", "confirmation/fi-FI",
      "Finnish 'hinta 12,40 €/kpl' and 'toimitus viikolla 51' (Friday 18.12.) against a Wednesday need date.")
def c_fish_fi():
    sup = S("SAVUST", "Savustamotarvike Oy", "myynti@savustamotarvike.example", "fi-FI")
    po = P("NS-20261116", sup, "fish", "EUR", "2026-11-16", [
        ("RIT-4030-RST", "Smoking rack 40x30 cm, stainless", 150, "EA", "11.80", "2026-12-16"),
        ("PEL-LE-10", "Alder wood pellets, 10 kg bag", 80, "EA", "14.60", "2026-12-16")])
    body = ("Hei Ewan,\n\nKiitos tilauksesta NS-20261116. Vahvistamme seuraavasti:\n\n"
            "rivi 1: 150 kpl, hinta 12,40 €/kpl (teräksen hinnankorotus), toimitus viikolla 51\n"
            "rivi 2: 80 kpl, hinta 14,60 €/kpl, toimitus viikolla 51\n\n"
            "Ystävällisin terveisin\nAnni Heikkinen\nmyyntipalvelu\nSavustamotarvike Oy\nSatamatie 6, 85100 Kalajoki\n"
            "puh. +358 8 555 2190\n")
    eml = reply(seed="bx030", po=po, date=at("2026-11-20 10:15:37", "+0200"), body=body, lang="fi",
                charset="iso-8859-15", frm=("Anni Heikkinen", "anni.heikkinen@savustamotarvike.example"))
    exp = conf("Week 51 = Fri 2026-12-18 (PO 2026-12-16) for both lines; line 1 also 12.40 instead of 11.80.",
               (po, {1: C(po, 1, p="12.40", d="2026-12-18"), 2: C(po, 2, d="2026-12-18")}))
    return [clean(po)], eml, exp


@case("bee-smoker-iphone-ee", "confirmation/et-EE",
      "Terse Estonian iPhone reply 'kõik read nagu tellitud' repeating the delivery date day-first.")
def c_bee_ee():
    sup = S("TARUM", "Tarumeister OÜ", "myyk@tarumeister.example", "et-EE")
    po = P("HC-4502", sup, "bee", "EUR", "2026-11-16", [
        ("SUI-INOX-10", "Bee smoker stainless 10 cm with guard", 30, "EA", "27.50", "2026-12-18"),
        ("LOO-PU-200", "Smoker fuel wood pellets 200 g", 100, "EA", "3.20", "2026-12-18")])
    body = ("Tere Marta,\n\nTellimus HC-4502 kinnitatud, kõik read nagu tellitud (kogused, hinnad, tarne 18.12.2026).\n\n"
            "Lugupidamisega\nKristjan Tamm\nTarumeister OÜ\n\nSaadetud minu iPhone'ist\n")
    eml = reply(seed="bx031", po=po, date=at("2026-11-18 08:20:51", "+0200"), body=body, client="iphone",
                attribution="16.11.2026 kell 11:30 kirjutas Marta Kowal <marta.kowal@hivecraft.example>:",
                frm=("Kristjan Tamm", "kristjan@tarumeister.example"))
    exp = conf("Whole order accepted in one Estonian sentence.", (po, {1: A(po, 1), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("bell-rope-reject-all-lv", "confirmation/lv-LV",
      "Latvian (with an English line) declining the whole order: a rejection is an answer, both lines rejected.")
def c_bell_lv():
    sup = S("ZVANUV", "Zvanu Virves SIA", "pardosana@zvanuvirves.example", "lv-LV")
    po = P("MBR-0427", sup, "bell", "GBP", "2026-11-09", [
        ("ZV-24-SAL", "Bell rope with sally, 24 mm, 16 m", 4, "EA", "210.00", "2027-01-29"),
        ("ZV-SPL-24", "Splice kit 24 mm", 4, "SET", "18.00", "2027-01-29")])
    body = ("Labdien, Padgett kungs!\n\nDiemžēl mums jāatsaka pasūtījums MBR-0427: vilnas pušķu ražotājs vairs "
            "nepiegādā dziju, un mēs šobrīd neražojam zvanu virves ar pušķi. Abas pozīcijas nevaram piegādāt.\n"
            "Sorry, we cannot supply this order.\n\nAr cieņu,\nLīga Bērziņa\nZvanu Virves SIA\n"
            "Rūpniecības iela 21, Rīga, LV-1045\nTālr. +371 67 555 210\n")
    eml = reply(seed="bx032", po=po, date=at("2026-11-13 11:30:06", "+0200"), body=body, lang="lv",
                charset="iso-8859-13", frm=("Līga Bērziņa", "liga.berzina@zvanuvirves.example"))
    exp = conf("Whole PO declined; both lines rejected (kind stays confirmation).",
               (po, {1: REJ, 2: REJ}))
    return [clean(po)], eml, exp


@case("fume-clamp-pcs-vs-box-lt", "confirmation/lt-LT",
      "Quantity and price given per piece ('900 vnt.', '0,62 EUR/vnt.') for a line ordered in boxes of 50.")
def c_fume_lt():
    sup = S("VENTDET", "Ventiliacijos Detalės UAB", "pardavimai@ventdetales.example", "lt-LT")
    po = P("LV-2611-219", sup, "fume", "EUR", "2026-11-11", [
        ("SAP-75-B50", "Hose clamp 70-90 mm for 75 mm arm, box of 50", 20, "BOX", "31.00", "2026-12-11"),
        ("ZRN-75-2M", "PU hose 75 mm, 2 m", 40, "EA", "18.40", "2026-12-11")])
    body = ("Laba diena,\n\npatvirtiname užsakymą LV-2611-219:\n"
            "1 eil. - galime pristatyti 900 vnt. (18 dėžių po 50 vnt.), kaina 0,62 EUR/vnt., pristatymas 2026-12-11.\n"
            "2 eil. - 40 vnt., 18,40 EUR/vnt., pristatymas 2026-12-11.\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nVentiliacijos Detalės UAB\n"
            "Savanorių pr. 176, LT-03154 Vilnius\nTel. +370 5 555 2781\n")
    eml = reply(seed="bx033", po=po, date=at("2026-11-18 09:33:12", "+0200"), body=body, lang="lt",
                charset="iso-8859-13", cte="base64", frm=("Rūta Kazlauskienė", "ruta.k@ventdetales.example"))
    assert 900 // 50 == 18 and round(0.62 * 50, 2) == 31.0
    exp = conf("900 pcs = 18 boxes of 50 (quantity changed); 0.62 EUR/pc x 50 = 31.00 per box = PO price.",
               (po, {1: C(po, 1, q=18), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("puppet-head-hryvnia-ua", "confirmation/uk-UA",
      "Ukrainian in KOI8-U: 'ціна 450 грн за шт.' and 'відвантаження' (a ship date) equal to the need date.")
def c_puppet_ua():
    sup = S("LYALKA", "ТОВ «Майстерня Лялька»", "zakaz@lyalka-wood.example", "uk-UA")
    po = P("MTW-2026-131", sup, "puppet", "UAH", "2026-11-12", [
        ("HEAD-BEECH-8", "Puppet head beech 8 cm, raw", 50, "EA", "420.00", "2027-01-15"),
        ("HEAD-BEECH-10", "Puppet head beech 10 cm, raw", 30, "EA", "510.00", "2027-01-15")])
    body = ("Добрий день, пані Брандт!\n\nПідтверджуємо замовлення MTW-2026-131:\n"
            "поз. 1 - 50 шт., ціна 450 грн за шт., відвантаження 15.01.2027\n"
            "поз. 2 - 30 шт., ціна 510 грн за шт., відвантаження 15.01.2027\n\n"
            "Ціна поз. 1 змінилася через подорожчання букової заготовки.\n\n"
            "З повагою,\nОксана Мельник\nТОВ \"Майстерня Лялька\"\nвул. Городоцька 120, Львів 79022\n"
            "тел. +380 32 555 1877\n")
    eml = reply(seed="bx034", po=po, date=at("2026-11-19 11:41:29", "+0200"), body=body, client="gmail",
                charset="koi8-u", cte="8bit", frm=("Оксана Мельник", "oksana@lyalka-wood.example"))
    exp = conf("Line 1 450 UAH instead of 420; ship date 15.01.2027 = requested; line 2 unchanged.",
               (po, {1: C(po, 1, p="450.00"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("o2-regulator-two-pos-ru", "confirmation/ru-RU",
      "Russian KOI8-R reply on the second of two POs; the first is only mentioned ('ответим отдельно').")
def c_o2_ru():
    sup = S("MEDGAZ", "ООО «МедГазТехника»", "sales@medgaztech.example", "ru-RU")
    a = P("MAF-11872", sup, "o2", "EUR", "2026-11-04", [
        ("RG-O2-15L", "O2 regulator 0-15 l/min, CGA 870 pin index", 20, "EA", "142.00", "2026-12-11"),
        ("FL-O2-25", "Flowmeter 0-25 l/min, DIN 477", 10, "EA", "96.00", "2026-12-11")])
    b = P("MAF-11901", sup, "o2", "EUR", "2026-11-10", [
        ("HOSE-O2-1.5", "O2 hose 1.5 m, 6 mm, NIST fittings", 40, "EA", "11.50", "2026-12-18")])
    body = ("Здравствуйте, Прия!\n\nПо заказу MAF-11901: 40 шт., цена 11,50 EUR, отгрузка 18.12.2026 - подтверждаем.\n"
            "По заказу MAF-11872 ответим отдельно после проверки сертификатов.\n\n"
            "С уважением,\nДмитрий Соколов\nОтдел продаж\nООО \"МедГазТехника\"\n"
            "Москва, ул. Складочная, д. 1, стр. 18\nтел. +7 495 555-31-70\n")
    eml = reply(seed="bx035", po=b, date=at("2026-11-17 15:22:08", "+0300"), body=body, lang="ru",
                charset="koi8-r", cte="8bit", frm=("Дмитрий Соколов", "d.sokolov@medgaztech.example"))
    exp = conf("Only MAF-11901 answered (as ordered, ship date = requested); MAF-11872 mentioned -> left out.",
               (b, {1: A(b, 1)}))
    return [clean(a), clean(b)], eml, exp


@case("fume-arm-rtl-he", "confirmation/he-IL",
      "Hebrew right-to-left Outlook mail in windows-1255/base64 with Latin item codes; one line moved to January.")
def c_fume_he():
    sup = S("AVIRON", "Aviron Systems Ltd", "orders@aviron-sys.example", "he-IL")
    po = P("LV-2611-230", sup, "fume", "USD", "2026-11-12", [
        ("FA-100-2000", "Fume extraction arm 100 mm, 2.0 m, 3 joints", 6, "EA", "640.00", "2026-12-21"),
        ("FA-HOOD-100", "Capture hood 100 mm, clear PETG", 6, "EA", "58.00", "2026-12-21"),
        ("FA-WALL-BR", "Wall bracket for 100 mm arm", 6, "EA", "44.00", "2026-12-21")])
    body = ("שלום אינס,\n\nאנו מאשרים את הזמנה LV-2611-230:\n\n"
            "שורה 1 - FA-100-2000: 6 יח', מחיר 640.00 USD, אספקה 21/12/2026\n"
            "שורה 2 - FA-HOOD-100: 6 יח', מחיר 58.00 USD, אספקה 21/12/2026\n"
            "שורה 3 - FA-WALL-BR: 6 יח', מחיר 44.00 USD, הזרוע לקיר אזלה מהמלאי - נספק ב-28/01/2027\n\n"
            "בברכה,\nיעל כהן\nמחלקת מכירות\nAviron Systems Ltd\nרחוב המלאכה 14, חולון\nטל' 03-555-7120\n")
    eml = reply(seed="bx036", po=po, date=at("2026-11-19 16:03:44", "+0200"), body=body, lang="he",
                charset="windows-1255", cte="base64", dir_rtl=True, frm=("יעל כהן", "yael@aviron-sys.example"))
    exp = conf("Line 3 out of stock, will be supplied 28/01/2027 (changed date); lines 1-2 as ordered.",
               (po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, d="2027-01-28")}))
    return [clean(po)], eml, exp
