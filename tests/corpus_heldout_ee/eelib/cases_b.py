from .common import *

@case("szerszam-aremeles-2027", "unrelated", "hu-HU",
      "Hungarian circular announcing a 6 % price increase from 1 Jan 2027 for all customers, sent while our PO is open; not an answer to it.")
def c():
    s = Sup("SZERSZ", "Szerszám-Center Kft.", "rendeles@szerszamcenter.example", "hu-HU")
    po = PO("4500031019", s, "HUF", "2026-11-05", [
        ("VS-450", "Vákuumszivattyú 4,5 m³/h", 4, "EA", "68500.00", "2026-12-11"),
        ("VS-OLAJ-1L", "Vákuumszivattyú olaj 1 l", 12, "EA", "3900.00", "2026-12-11")])
    t = """Tisztelt Partnerünk!

Ezúton tájékoztatjuk, hogy a nyersanyag- és energiaárak tartós emelkedése miatt 2027. január 1-jétől termékeink listaárát átlagosan 6%-kal emeljük.
A 2026. december 31-ig visszaigazolt megrendeléseket a jelenlegi árakon teljesítjük.

Az új árlistát 2026. december 1-jétől honlapunkon is elérhetővé tesszük.

Megértésüket köszönjük.

Tisztelettel:
Kovács Péter
kereskedelmi igazgató
Szerszám-Center Kft. | 1097 Budapest, Gubacsi út 6. | Adószám: 12345678-2-43"""
    eml = mail(addr("Szerszám-Center Kft.", "info@szerszamcenter.example"), "undisclosed-recipients:;",
               "Tájékoztató: áremelés 2027. január 1-jétől", rfcdate("2026-11-16", "10:00:00", "+0100"),
               "<arlevel-2027-01.5512@szerszamcenter.example>", text(t, cs="iso-8859-2"), subj_cs="iso-8859-2", subj_mode="Q",
               extra=[("Precedence", "bulk")])
    return [po], eml, other("unrelated", "General price-increase circular to all partners (undisclosed recipients), effective 2027; it neither names nor answers PO 4500031019.")

@case("nivelmax-3-saptamani", "confirmation", "ro-RO",
      "Romanian reply with a relative delivery 'în 3 săptămâni' from the mail date, prices with decimal comma unchanged.")
def c():
    s = Sup("NIVEL", "NivelMax Construct S.R.L.", "vanzari@nivelmax.example", "ro-RO")
    po = PO("4500031020", s, "RON", "2026-11-04", [
        ("NB-600", "Nivelă bulă aluminiu 600 mm", 40, "EA", "54.90", "2026-12-04"),
        ("NB-1000-M", "Nivelă bulă magnetică 1000 mm", 25, "EA", "89.50", "2026-12-04")])
    body = """Bună ziua,

Vă mulțumim pentru comanda 4500031020. Confirmăm ambele poziții la prețurile din comandă (54,90 lei și 89,50 lei/buc.), cantitățile complete, livrare în 3 săptămâni de azi.

Cu stimă,
Andrei Popescu
Departament Vânzări | NivelMax Construct S.R.L.
Tel: 0264 555 321 | CUI RO12345678 | J12/1234/2010"""
    eml = reply(po, addr("Andrei Popescu", "andrei.popescu@nivelmax.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-11", "12:08:33", "+0200"), "<VE1PR03MB5522.0A7C@nivelmax.example>",
                text(body + q_outlook(po, "en", "Wednesday, November 4, 2026 10:12 AM", underscore=True)))
    d = plus("2026-11-11", 21)
    exp = conf(f"'în 3 săptămâni de azi' = mail date 2026-11-11 + 21 days = {d}, earlier than 4 Dec; quantities and prices as ordered.",
               (po, {1: dict(d=d), 2: dict(d=d)}))
    return [po], eml, exp

@case("germetik-per-kg-1251", "confirmation", "bg-BG",
      "Bulgarian windows-1251 base64 mail: sealant price raised per kg, one line with an earlier date written 'до 08.12.2026 г.'.")
def c():
    s = Sup("GERM", "Херметик Трейд ЕООД", "office@hermetik-trade.example", "bg-BG")
    po = PO("4500031021", s, "EUR", "2026-11-06", [
        ("TS-PTFE-PASTE", "Thread sealant paste PTFE, 1 kg tin", 40, "KG", "17.90", "2026-12-14"),
        ("TS-ANA-50", "Anaerobic thread sealant 50 ml", 120, "EA", "6.40", "2026-12-14")])
    body = """Здравейте, г-жо Руиз,

Потвърждаваме поръчка № 4500031021, както следва:

1. Уплътнителна паста PTFE – 40 кг, цена 18,60 € за кг (поради поскъпване на суровината), доставка до 14.12.2026 г.
2. Анаеробен уплътнител 50 мл – 120 бр. по 6,40 €, доставка до 08.12.2026 г.

Поздрави,
Десислава Петрова
Търговски отдел, Херметик Трейд ЕООД
гр. Пловдив, бул. „Кукленско шосе“ 17 | тел. 032 555 780 | ЕИК 201234567"""
    eml = reply(po, addr("Десислава Петрова", "d.petrova@hermetik-trade.example", "windows-1251"), "RE: " + req_subject(po),
                rfcdate("2026-11-12", "15:22:41", "+0200"), "<000c01db5581$aa11bb22$cc33dd44$@hermetik-trade.example>",
                text(body.replace("„", '"').replace("“", '"') + q_outlook(po), cs="windows-1251", cte="base64"), subj_cs="windows-1251")
    exp = conf("Line 1 price 18.60 EUR/kg (PO 17.90/KG), date as requested. Line 2 earlier date 2026-12-08.",
               (po, {1: dict(p="18.60"), 2: dict(d="2026-12-08")}))
    return [po], eml, exp

@case("vakuumtekh-koi8r-otgruzka", "confirmation", "ru-RU",
      "Russian KOI8-R reply with space-grouped roubles, only a shipment date ('отгрузка 22.01.2027') for one pump, the other lines as ordered.")
def c():
    s = Sup("VAKT", "ООО «ВакуумТех»", "sales@vakuumtech.example", "ru-RU")
    po = PO("4500031022", s, "RUB", "2026-11-03", [
        ("VN-2RS-4", "Вакуумный насос двухступенчатый 4 м3/ч", 6, "EA", "48500.00", "2026-12-18"),
        ("VN-1RS-2", "Вакуумный насос одноступенчатый 2 м3/ч", 10, "EA", "21300.00", "2026-12-18"),
        ("VM-OIL-1", "Масло для вакуумных насосов, 1 л", 30, "EA", "890.00", "2026-12-18")])
    body = """Добрый день, Дана!

По заказу № 4500031022 подтверждаем:

1. Насос 2RS-4 — 6 шт. по 48 500,00 руб., отгрузка 22.01.2027 (ожидаем поставку с завода).
2. Насос 1RS-2 — 10 шт. по 21 300,00 руб., срок поставки 18.12.2026.
3. Масло 1 л — 30 шт. по 890,00 руб., срок поставки 18.12.2026.

Цены указаны без НДС.

С уважением,
Ольга Смирнова
менеджер по продажам
ООО «ВакуумТех», г. Санкт-Петербург, ул. Промышленная, д. 19
тел. +7 (812) 555-12-34, ИНН 7801234567"""
    eml = reply(po, addr("Ольга Смирнова", "o.smirnova@vakuumtech.example", "koi8-r"), "RE: " + req_subject(po),
                rfcdate("2026-11-09", "11:47:05", "+0300"), "<1731142025.482913@vakuumtech.example>",
                text(body.replace("«", '"').replace("»", '"').replace("№", "N").replace("—", "-").replace("³", "3") + q_gmail(po, "03.11.2026 11:12, Dana Ruiz пишет:"),
                     cs="koi8-r", cte="8bit"), subj_cs="koi8-r")
    exp = conf("Line 1: only a ship date 22.01.2027 -> date 2027-01-22. Lines 2-3 as ordered (48 500,00 = 48500.00 etc.).",
               (po, {1: dict(d="2027-01-22"), 2: "A", 3: "A"}))
    return [po], eml, exp

@case("upory-peredoplata", "needs_review", "uk-UA",
      "Ukrainian reply: the order can only be confirmed after 50 % prepayment of an attached pro-forma; nothing committed yet.")
def c():
    s = Sup("UPORY", "ТОВ «Промупор»", "zbut@promupor.example", "uk-UA")
    po = PO("4500031023", s, "EUR", "2026-11-05", [
        ("WC-PU-200", "Wheel chock polyurethane 200 mm", 60, "EA", "11.30", "2027-01-18"),
        ("WC-RB-160", "Wheel chock rubber 160 mm", 100, "EA", "6.90", "2027-01-18")])
    body = """Доброго дня, пані Дана!

Дякуємо за замовлення № 4500031023. Для нових клієнтів ми працюємо лише за передоплатою: підтвердити замовлення та терміни відвантаження зможемо після надходження 50% передоплати за рахунком-фактурою PF-2026-0917 (у вкладенні).

Після оплати надішлемо підтвердження протягом одного робочого дня.

З повагою,
Олена Коваленко
відділ продажів ТОВ «Промупор», м. Дніпро
тел. +380 56 555 44 33 | ЄДРПОУ 41234567"""
    pf = pdf(["TOV PROMUPOR   EDRPOU 41234567", "PROFORMA INVOICE PF-2026-0917   Date: 10.11.2026",
              "Customer: Nordhaven Supply B.V.   Your order: 4500031023", "",
              "1  WC-PU-200  Wheel chock PU 200 mm     60 pcs   11.30 EUR    678.00 EUR",
              "2  WC-RB-160  Wheel chock rubber 160 mm 100 pcs   6.90 EUR    690.00 EUR", "",
              "Total: 1 368.00 EUR   Prepayment 50%: 684.00 EUR",
              "IBAN UA21 3052 9900 0002 6001 2345 6789 0"], "PF-2026-0917")
    eml = reply(po, addr("Олена Коваленко", "o.kovalenko@promupor.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "13:15:29", "+0200"), "<AM9P195MB1120.7E31@promupor.example>",
                mp("mixed", text(body + q_outlook(po)), att(pf, "application/pdf", "PF-2026-0917.pdf")))
    return [po], eml, other("needs_review", "Supplier explicitly says it will confirm only after 50 % prepayment; the pro-forma repeats PO values but is not a commitment.")

@case("anadolu-iki-siparis", "confirmation", "tr-TR",
      "Turkish windows-1254 QP mail answering two open POs at once: one fully, the other with a quantity short and a rejected line.")
def c():
    s = Sup("ANAD", "Anadolu Hırdavat San. ve Tic. A.Ş.", "satis@anadoluhirdavat.example", "tr-TR")
    a = PO("4500031024", s, "EUR", "2026-11-02", [
        ("AG-115-750", "Angle grinder 115 mm 750 W", 30, "EA", "34.80", "2026-12-07"),
        ("AG-125-900", "Angle grinder 125 mm 900 W", 20, "EA", "41.50", "2026-12-07")])
    b = PO("4500031031", s, "EUR", "2026-11-06", [
        ("AG-180-2000", "Angle grinder 180 mm 2000 W", 10, "EA", "78.00", "2026-12-14"),
        ("AG-SH-125", "Spare guard 125 mm", 50, "EA", "3.10", "2026-12-14"),
        ("AG-BR-CB", "Carbon brush set", 40, "SET", "2.40", "2026-12-14")])
    body = """Merhaba Dana Hanım,

Siparişleriniz için teşekkür ederiz. İki siparişin durumu aşağıdaki gibidir:

4500031024:
 - AG-115-750: 30 adet, 34,80 €, teslim 07.12.2026 - onaylandı
 - AG-125-900: 20 adet, 41,50 €, teslim 07.12.2026 - onaylandı

4500031031:
 - AG-180-2000: stokta sadece 6 adet var, 6 adet 14.12.2026 teslim edilecek. Kalan 4 adet için üretim planı yok.
 - AG-SH-125: 50 adet, 3,10 €, 14.12.2026 - onaylandı
 - AG-BR-CB: bu ürünün üretimi durduruldu, tedarik edemiyoruz.

Saygılarımızla,
Emre Yıldız
Satış Temsilcisi | Anadolu Hırdavat San. ve Tic. A.Ş.
İkitelli OSB, 34490 Başakşehir / İstanbul | Tel: +90 212 555 67 89 | Vergi No: 0680012345"""
    eml = reply(a, addr("Emre Yıldız", "emre.yildiz@anadoluhirdavat.example", "windows-1254", "Q"),
                "YNT: Siparişler 4500031024 / 4500031031", rfcdate("2026-11-11", "17:02:11", "+0300"),
                "<DU0PR10MB7010.55E2@anadoluhirdavat.example>", text(body, cs="windows-1254"), subj_cs="windows-1254", subj_mode="Q",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    exp = conf("Both POs answered. 4500031024 fully accepted. 4500031031: L1 only 6 of 10 on 2026-12-14 (rest not planned) -> changed quantity 6; L2 accepted; L3 discontinued -> rejected.",
               (a, {1: "A", 2: "A"}), (b, {1: dict(q=6), 2: "A", 3: "R"}))
    return [a, b], eml, exp

@case("athens-brass-surcharge", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply adding a per-piece brass surcharge of €0,15 and a separate flat freight charge that is not a unit price.")
def c():
    s = Sup("ATHB", "Ορείχαλκος Αθηνών Α.Ε.", "sales@athensbrass.example", "el-GR")
    po = PO("4500031025", s, "EUR", "2026-11-05", [
        ("BF-TEE-12", "Brass tee 1/2\" F/F/F", 300, "PC", "3.45", "2026-12-16"),
        ("BF-VLV-34", "Brass ball valve 3/4\" lever", 80, "PC", "9.80", "2026-12-16")])
    body = """Καλημέρα σας κα Ruiz,

Σε συνέχεια της παραγγελίας σας 4500031025 επιβεβαιώνουμε:

1) Ταυ ορειχάλκινο 1/2" - 300 τεμ. x 3,45 € + επιβάρυνση ορειχάλκου 0,15 € ανά τεμάχιο, παράδοση 16/12/2026
2) Σφαιρικός κρουνός 3/4" - 80 τεμ. x 9,80 € + επιβάρυνση ορειχάλκου 0,15 € ανά τεμάχιο, παράδοση 16/12/2026

Τα μεταφορικά (45,00 € κατ' αποκοπή) τιμολογούνται χωριστά.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων | Ορείχαλκος Αθηνών Α.Ε. | Τηλ. 210 555 1234 | ΑΦΜ 099123456"""
    eml = reply(po, addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@athensbrass.example", "iso-8859-7"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "10:40:00", "+0200"), "<PAXPR07MB8123.3311@athensbrass.example>",
                text(body.replace("€", "EUR") + q_outlook(po), cs="iso-8859-7"), subj_cs="iso-8859-7")
    exp = conf("Per-piece brass surcharge 0.15 raises unit prices to 3.60 and 9.95; the flat 45 EUR freight is not a unit price. Dates as requested.",
               (po, {1: dict(p="3.60"), 2: dict(p="9.95")}))
    return [po], eml, exp

@case("norrland-faktura-annan-order", "unrelated", "sv-SE",
      "Swedish invoice mail with a PDF for an OLDER, already delivered order from the same supplier; our open PO is not mentioned.")
def c():
    s = Sup("NORRL", "Norrlands Verktyg AB", "order@norrlandsverktyg.example", "sv-SE")
    po = PO("4500031026", s, "SEK", "2026-11-09", [
        ("KP-SEP-300", "Kittspruta sluten 310 ml", 50, "EA", "79.00", "2026-12-15"),
        ("KP-PRO-600", "Kittspruta foliepack 600 ml", 20, "EA", "249.00", "2026-12-15")])
    p = pdf(["NORRLANDS VERKTYG AB   Org.nr 556123-4567   Momsreg.nr SE556123456701",
             "FAKTURA 88213   Fakturadatum 2026-11-12   Forfallodatum 2026-12-12",
             "Kund: Nordhaven Supply B.V.   Er referens: Dana Ruiz   Er ordernr: 4500029911",
             "Leveransdatum: 2026-10-28", "",
             "KP-SEP-300   Kittspruta sluten 310 ml   40 st   79,00   3 160,00",
             "KP-RENS      Rengoringsmedel 500 ml     10 st   45,00     450,00", "",
             "Netto 3 610,00   Moms 25% 902,50   Att betala 4 512,50 SEK",
             "Bankgiro 123-4567"], "Faktura 88213")
    t = """Hej,

Bifogat finner ni faktura 88213 avseende er order 4500029911.

Vänliga hälsningar
Ekonomiavdelningen
Norrlands Verktyg AB
Tel 060-555 12 00"""
    eml = mail(addr("Norrlands Verktyg AB Ekonomi", "faktura@norrlandsverktyg.example"), "dana.ruiz@nordhaven-supply.example",
               "Faktura 88213 från Norrlands Verktyg AB", rfcdate("2026-11-12", "06:05:17", "+0100"),
               "<inv88213.1731387917@norrlandsverktyg.example>",
               mp("mixed", text(t, cs="iso-8859-1"), att(p, "application/pdf", "Faktura_88213.pdf")), subj_cs="iso-8859-1", subj_mode="Q")
    return [po], eml, other("unrelated", "Invoice for order 4500029911 (delivered Oct 28); it shares an item with PO 4500031026 but does not answer it.")

@case("kjaer-tirsdag-uge-50", "confirmation", "da-DK",
      "Danish reply 'levering tirsdag i uge 50' (a named weekday in an ISO week) plus one line at a per-100 price.")
def c():
    s = Sup("KJAER", "Kjær Byggeservice A/S", "salg@kjaerbyg.example", "da-DK")
    po = PO("4500031027", s, "DKK", "2026-11-04", [
        ("FK-125-GALV", "Hegnskramper 25 mm galv.", 5000, "PC", "0.32", "2026-12-11"),
        ("FK-HAM-1", "Krampehammer", 10, "EA", "145.00", "2026-12-11")], buyer="tomas")
    body = """Hej Tomas

Tak for ordren. Vi bekræfter 4500031027:

Kramper 25 mm: 5.000 stk. à kr. 34,00 pr. 100 stk.
Krampehammer: 10 stk. à kr. 145,00

Levering af begge linjer tirsdag i uge 50.

Med venlig hilsen
Lars Kjær
Kjær Byggeservice A/S · Industrivej 8 · 7100 Vejle · Tlf. 75 55 12 34 · CVR 12345678"""
    d = wk(2026, 50, 2)
    eml = reply(po, addr("Lars Kjær", "lars@kjaerbyg.example", "iso-8859-1", "Q"), "SV: " + req_subject(po),
                rfcdate("2026-11-09", "14:12:55", "+0100"), "<GV0P278MB0551.2C9D@kjaerbyg.example>",
                text(body + q_outlook(po), cs="iso-8859-1"))
    exp = conf(f"'tirsdag i uge 50' = Tuesday of ISO week 50 = {d}. Line 1 kr. 34,00 per 100 = 0.34 per PC (PO 0.32) -> changed price and date. Line 2 changed date only.",
               (po, {1: dict(p="0.34", d=d), 2: dict(d=d)}))
    return [po], eml, exp

@case("nordic-fravaer", "auto_reply", "nb-NO",
      "Norwegian out-of-office ('Fravær') with a return date and deputy contact, no Auto-Submitted header.")
def c():
    s = Sup("FJELL", "Fjellstad Løfteutstyr AS", "ordre@fjellstad.example", "nb-NO")
    po = PO("4500031028", s, "NOK", "2026-11-10", [
        ("JK-HYD-12T", "Hydraulisk jekk 12 t", 6, "EA", "890.00", "2026-12-17")])
    t = """Hei,

Jeg er på ferie til og med 30. november og har ikke tilgang til e-post.
Henvendelser om ordre kan sendes til ordre@fjellstad.example eller tlf. 22 55 40 10.

Automatisk svar – Fravær

Mvh
Ingrid Fjellstad"""
    eml = reply(po, addr("Ingrid Fjellstad", "ingrid@fjellstad.example"), "Automatisk svar: " + req_subject(po),
                rfcdate("2026-11-10", "09:12:57", "+0100"), "<HE1P190MB0332.AR.7F@fjellstad.example>", text(t),
                extra=[("X-MS-Exchange-Inbox-Rules-Loop", "ingrid@fjellstad.example")])
    return [po], eml, other("auto_reply", "Norwegian holiday auto reply arriving seconds after the request; no commitment.")

@case("rautio-csv-viikko", "confirmation", "fi-FI",
      "Finnish mail with a semicolon CSV from the ERP (decimal comma, 'vko 49'); one blade reduced to the available quantity.")
def c():
    s = Sup("RAUT", "Rautio Työkalut Oy", "myynti@rautiotyokalut.example", "fi-FI")
    po = PO("4500031029", s, "EUR", "2026-11-06", [
        ("TL-125-TURBO", "Timanttilaikka 125 mm turbo", 60, "PC", "14.90", "2026-12-04"),
        ("TL-230-SEG", "Timanttilaikka 230 mm segmentti", 40, "PC", "29.50", "2026-12-04"),
        ("TL-350-ASF", "Timanttilaikka 350 mm asfaltti", 8, "PC", "119.00", "2026-12-04")])
    csvt = ("Tilaus;Rivi;Tuote;Kuvaus;Määrä;Yks;Hinta EUR;Toimitus\r\n"
            "4500031029;1;TL-125-TURBO;Timanttilaikka 125 mm turbo;60;kpl;14,90;vko 49\r\n"
            "4500031029;2;TL-230-SEG;Timanttilaikka 230 mm segmentti;25;kpl;29,50;vko 49\r\n"
            "4500031029;3;TL-350-ASF;Timanttilaikka 350 mm asfaltti;8;kpl;119,00;vko 49\r\n")
    body = """Hei Dana,

tilausvahvistus liitteenä (CSV). Rivillä 2 varastossa vain 25 kpl, loput eivät ehdi tälle vuodelle, joten vahvistamme 25 kpl.

Ystävällisin terveisin
Mikko Rautio
Rautio Työkalut Oy | Teollisuustie 3, 33330 Tampere | puh. 040 555 1234 | Y-tunnus 1234567-8"""
    eml = reply(po, addr("Mikko Rautio", "mikko.rautio@rautiotyokalut.example"), "VS: " + req_subject(po),
                rfcdate("2026-11-12", "13:01:09", "+0200"), "<HE1PR0701MB2841.91B3@rautiotyokalut.example>",
                mp("mixed", text(body + q_gmail(po, "Dana Ruiz <dana.ruiz@nordhaven-supply.example> kirjoitti 6.11.2026 klo 10.12:"), cs="iso-8859-1"),
                   att(csvt.encode("iso-8859-1"), "text/csv; charset=\"iso-8859-1\"", "tilausvahvistus_4500031029.csv", cte="quoted-printable")))
    exp = conf("'vko 49' = Friday of ISO week 49 = 2026-12-04 = requested. L1, L3 accepted; L2 confirmed for 25 only.",
               (po, {1: "A", 2: dict(q=25), 3: "A"}))
    return [po], eml, exp

@case("tallinn-homme-kinnitame", "confirmation", "et-EE",
      "Estonian partial answer: two tape lines confirmed, the third 'kinnitame homme' -> unconfirmed.")
def c():
    s = Sup("TLNE", "Tallinna Elektritarvikud OÜ", "muuk@tallinnaelektri.example", "et-EE")
    po = PO("4500031030", s, "EUR", "2026-11-09", [
        ("IL-19-MUST", "Isolatsioonilint 19 mm x 20 m must", 400, "ROL", "0.78", "2026-12-09"),
        ("IL-19-KOLL", "Isolatsioonilint 19 mm x 20 m kollane-roheline", 200, "ROL", "0.84", "2026-12-09"),
        ("IL-KUMM-25", "Kummilint isevulkaniseeruv 25 mm", 50, "ROL", "5.60", "2026-12-09")])
    body = """Tere, Dana!

Tellimus 4500031030:
1. rida – 400 rl à 0,78 €, tarne 09.12.2026 – kinnitatud
2. rida – 200 rl à 0,84 €, tarne 09.12.2026 – kinnitatud
3. rida – ootame tarnija vastust, kinnitame homme.

Lugupidamisega
Kadri Tamm
Tallinna Elektritarvikud OÜ | Peterburi tee 46, 11415 Tallinn | +372 655 1234 | KMKR EE101234567"""
    eml = reply(po, addr("Kadri Tamm", "kadri.tamm@tallinnaelektri.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "15:33:00", "+0200"), "<DB8PR09MB3201.6C4E@tallinnaelektri.example>", text(body + q_outlook(po)))
    exp = conf("Lines 1-2 accepted as ordered; line 3 only 'will confirm tomorrow' -> unconfirmed.",
               (po, {1: "A", 2: "A", 3: "U"}))
    return [po], eml, exp

@case("riga-cenas-apstiprinajums", "needs_review", "lv-LV",
      "Latvian reply asking the buyer to approve a new price before the supplier confirms the order.")
def c():
    s = Sup("RIGA", "Rīgas Cimdu Serviss SIA", "pasutijumi@rigascimdi.example", "lv-LV")
    po = PO("4500031032", s, "EUR", "2026-11-06", [
        ("IC-CL00-9", "Izolējoši cimdi klase 00, izmērs 9", 30, "PR", "39.00", "2026-12-18"),
        ("IC-CL1-10", "Izolējoši cimdi klase 1, izmērs 10", 20, "PR", "61.00", "2026-12-18")])
    body = """Labdien, Dana!

Paldies par pasūtījumu Nr. 4500031032. Ražotājs no 1. novembra ir paaugstinājis cenas, tāpēc jaunās cenas būtu 42,50 EUR (klase 00) un 66,00 EUR (klase 1) par pāri.
Lūdzu, apstipriniet, vai piekrītat jaunajām cenām – tad nosūtīsim pasūtījuma apstiprinājumu ar piegādes datumiem.

Ar cieņu
Jānis Bērziņš
Rīgas Cimdu Serviss SIA | Krasta iela 52, Rīga, LV-1003 | tālr. +371 67 555 123 | PVN LV40001234567"""
    eml = reply(po, addr("Jānis Bērziņš", "janis.berzins@rigascimdi.example", "iso-8859-13"), "Re: " + req_subject(po),
                rfcdate("2026-11-11", "09:26:12", "+0200"), "<CAF7y2pQx9w1@mail.rigascimdi.example>",
                text(body.replace("–", "-") + q_gmail(po, "On Fri, 6 Nov 2026 at 10:12, Dana Ruiz <dana.ruiz@nordhaven-supply.example> wrote:"), cs="iso-8859-13"),
                subj_cs="iso-8859-13")
    return [po], eml, other("needs_review", "New prices proposed but the supplier waits for the buyer's approval before confirming; no dates given.")

@case("vilnius-html-kg", "confirmation", "lt-LT",
      "Lithuanian HTML-only reply (quoted-printable) with a confirmation table per kg; one line moved to 'gruodžio 22 d.' without year.")
def c():
    s = Sup("VILN", "UAB Vilniaus tvirtinimo detalės", "uzsakymai@vtdetales.example", "lt-LT")
    po = PO("4500031033", s, "EUR", "2026-11-05", [
        ("TK-30-ZN", "Tvoros kabės 30 mm cinkuotos", 50, "KG", "3.20", "2026-12-15"),
        ("TK-40-ZN", "Tvoros kabės 40 mm cinkuotos", 75, "KG", "3.10", "2026-12-15")])
    h = ("<html><body><p>Laba diena,</p><p>patvirtiname užsakymą Nr. 4500031033:</p>"
         "<table border=\"1\" style=\"border-collapse:collapse\"><tr><th>Eil.</th><th>Prekė</th><th>Kiekis</th><th>Kaina, EUR/kg</th><th>Pristatymas</th></tr>"
         "<tr><td>1</td><td>TK-30-ZN</td><td>50 kg</td><td>3,20</td><td>2026-12-15</td></tr>"
         "<tr><td>2</td><td>TK-40-ZN</td><td>75 kg</td><td>3,10</td><td>gruodžio 22 d.</td></tr></table>"
         "<p>Pagarbiai,<br>Rūta Kazlauskienė<br>UAB Vilniaus tvirtinimo detalės<br>Savanorių pr. 178, LT-03154 Vilnius<br>"
         "Tel. +370 5 255 1234 | Įm. kodas 301234567 | PVM LT100001234567</p>"
         + q_html(po, "2026-11-05 10:12, Dana Ruiz rašė:") + "</body></html>")
    eml = reply(po, addr("Rūta Kazlauskienė", "ruta.k@vtdetales.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-09", "16:05:02", "+0200"), "<DB7PR04MB4512.8A90@vtdetales.example>", text(h, "html"))
    exp = conf("Lithuanian uses ISO dates; line 2 'gruodžio 22 d.' (22 December, no year) = 2026-12-22. Line 1 as ordered.",
               (po, {1: "A", 2: dict(d="2026-12-22")}))
    return [po], eml, exp

@case("ljubljana-exchange-ndr", "bounce", "sl-SI",
      "Exchange/Office 365 NDR from the supplier's tenant, bilingual Slovenian/English HTML, 550 5.4.1 recipient not found by access policy.")
def c():
    s = Sup("LJUB", "Tesnila Ljubljana d.o.o.", "narocila@tesnila-lj.example", "sl-SI")
    po = PO("4500031034", s, "EUR", "2026-11-10", [
        ("TP-KL-2", "Tesnilna plošča klingerit 1500x1500x2 mm", 6, "EA", "58.40", "2026-12-10")])
    h = """<html><body><p><b>Sporočila ni bilo mogoče dostaviti / Your message to narocila@tesnila-lj.example couldn't be delivered.</b></p>
<p>narocila wasn't found at tesnila-lj.example.</p>
<p>Diagnostic information for administrators:<br>Generating server: VI1PR06MB1234.eurprd06.prod.outlook.com<br>
narocila@tesnila-lj.example<br>Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [VI1EUR06FT012.eop-eur06.prod.protection.outlook.com]'</p></body></html>"""
    ds = """Reporting-MTA: dns;VI1PR06MB1234.eurprd06.prod.outlook.com
Received-From-MTA: dns;mx1.nordhaven-supply.example
Arrival-Date: Tue, 10 Nov 2026 08:12:44 +0000

Final-Recipient: rfc822;narocila@tesnila-lj.example
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281)
"""
    oh = f"From: Dana Ruiz <dana.ruiz@nordhaven-supply.example>\nTo: narocila@tesnila-lj.example\nSubject: {req_subject(po)}\nDate: {req_date(po)}\nMessage-ID: {po['request_message_id']}\n"
    body = Part([("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"{B}\"")], children=[
        mp("alternative", text("Sporočila ni bilo mogoče dostaviti.\nYour message to narocila@tesnila-lj.example couldn't be delivered.\n550 5.4.1 Recipient address rejected: Access denied.\n"),
           text(h, "html")),
        Part([("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Type", "text/rfc822-headers")], oh.encode())])
    eml = mail(addr("Microsoft Outlook", "postmaster@tesnila-lj.example"), addr("Dana Ruiz", "dana.ruiz@nordhaven-supply.example"),
               "Nedostavljivo: " + req_subject(po), rfcdate("2026-11-10", "08:12:47", "+0000"),
               "<c3f1e2d4-0b9a-4a7e-9d12-6b5c4a3e2f10@VI1PR06MB1234.eurprd06.prod.outlook.com>", body,
               in_reply_to=po["request_message_id"], references=po["request_message_id"],
               extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [po], eml, other("bounce", "Exchange NDR (multipart/report, 5.4.1) threaded on our request; the PO never reached the supplier.")

@case("zagreb-brtve-paket", "confirmation", "hr-HR",
      "Croatian reply rounding gasket sheets up to packs of 5, one line earlier date, 'cijene bez PDV-a' disclaimers with numbers.")
def c():
    s = Sup("ZGBR", "Brtve Zagreb d.o.o.", "prodaja@brtve-zagreb.example", "hr-HR")
    po = PO("4500031035", s, "EUR", "2026-11-04", [
        ("BP-NBR-3", "Brtvena ploča NBR 1000x1000x3 mm", 12, "EA", "31.20", "2026-12-14"),
        ("BP-PTFE-2", "Brtvena ploča PTFE 1500x1500x2 mm", 4, "EA", "118.00", "2026-12-14")])
    body = """Poštovana gospođo Ruiz,

potvrđujemo narudžbu br. 4500031035:

1. NBR ploča 3 mm – isporučujemo isključivo u paketima po 5 kom, stoga 15 kom x 31,20 EUR, isporuka 14.12.2026.
2. PTFE ploča 2 mm – 4 kom x 118,00 EUR, isporuka 9.12.2026.

Cijene su bez PDV-a.

Srdačan pozdrav,
Ivana Horvat
Brtve Zagreb d.o.o. | Slavonska avenija 22, 10000 Zagreb | tel. 01 555 6677 | OIB 12345678901
Temeljni kapital 20.000,00 EUR uplaćen u cijelosti. Upisano u sudski registar Trgovačkog suda u Zagrebu, MBS 080123456."""
    eml = reply(po, addr("Ivana Horvat", "ivana.horvat@brtve-zagreb.example", "iso-8859-2", "Q"), "Odg: " + req_subject(po),
                rfcdate("2026-11-10", "10:19:30", "+0100"), "<VI1P194MB0611.5D2E@brtve-zagreb.example>",
                text(body.replace("–", "-") + q_outlook(po), cs="iso-8859-2"))
    exp = conf("Line 1 rounded to 15 (packs of 5), date as requested; line 2 earlier, 9.12.2026. Signature numbers (capital, MBS) are noise.",
               (po, {1: dict(q=15), 2: dict(d="2026-12-09")}))
    return [po], eml, exp

@case("beograd-cirilica-sreda", "confirmation", "sr-RS",
      "Serbian Cyrillic base64 reply with a weekday + yearless date ('у среду, 16. децембра') and a price change in dinars.")
def c():
    s = Sup("BGDD", "Дизалице Београд д.о.о.", "prodaja@dizalice-bg.example", "sr-RS")
    po = PO("4500031036", s, "RSD", "2026-11-05", [
        ("HD-BTL-5T", "Hidraulična dizalica 5 t", 15, "EA", "4850.00", "2026-12-11"),
        ("HD-BTL-10T", "Hidraulična dizalica 10 t", 8, "EA", "7200.00", "2026-12-11")])
    body = """Поштована госпођо Руиз,

потврђујемо поруџбеницу бр. 4500031036:

- дизалица 5 t: 15 ком. по 4.850,00 дин.
- дизалица 10 t: 8 ком. по 7.450,00 дин. (нова цена од 1. новембра)

Испорука обе ставке у среду, 16. децембра.

Срдачан поздрав,
Милан Јовановић
Дизалице Београд д.о.о. | Булевар војводе Мишића 37, Београд | тел. 011 555 3344 | ПИБ 101234567"""
    eml = reply(po, addr("Милан Јовановић", "milan.jovanovic@dizalice-bg.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-12", "08:55:16", "+0100"), "<HE1PR0202MB2233.1A1B@dizalice-bg.example>",
                text(body + q_outlook(po), cte="base64"))
    exp = conf("'у среду, 16. децембра' = Wednesday 2026-12-16 (no year, next on/after mail). Line 2 price 7450.00.",
               (po, {1: dict(d="2026-12-16"), 2: dict(p="7450.00", d="2026-12-16")}))
    return [po], eml, exp

@case("osaka-sjis-nouki", "confirmation", "ja-JP",
      "Japanese Shift_JIS base64 reply with full-width digits, 月日 dates without year and a 納期 change for one line.")
def c():
    s = Sup("OSAKA", "大阪安全用品株式会社", "eigyo@osaka-anzen.example", "ja-JP")
    po = PO("4500031037", s, "JPY", "2026-11-04", [
        ("ZG-7000-L", "電気用ゴム手袋 7000V Lサイズ", 20, "PR", "8600", "2026-12-18"),
        ("ZG-7000-M", "電気用ゴム手袋 7000V Mサイズ", 20, "PR", "8600", "2026-12-18"),
        ("KG-CV-L", "保護用革手袋 Lサイズ", 40, "PR", "1250", "2026-12-18")])
    body = """ノルドハーフェン・サプライ
ダナ・ルイズ様

いつもお世話になっております。
大阪安全用品の田中でございます。

ご注文書４５０００３１０３７につきまして、下記の通りご注文請けいたします。

１．電気用ゴム手袋 Ｌ　２０双　＠８，６００円　納期：１２月１８日
２．電気用ゴム手袋 Ｍ　２０双　＠８，６００円　納期：１月８日（金）※メーカー欠品のため
３．保護用革手袋 Ｌ　　４０双　＠１，２５０円　納期：１２月１８日

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━
大阪安全用品株式会社　営業部　田中 健一
〒550-0012 大阪市西区立売堀2-3-4
TEL 06-6555-1234 / FAX 06-6555-1235
━━━━━━━━━━━━━━━━"""
    eml = reply(po, addr("田中 健一", "k.tanaka@osaka-anzen.example", "iso-2022-jp"), "Re: " + req_subject(po),
                rfcdate("2026-11-09", "17:21:40", "+0900"), "<20261109172140.A1B2C3@osaka-anzen.example>",
                text(body + q_gmail(po, "On 2026/11/04 17:12, Dana Ruiz wrote:"), cs="shift_jis", cte="base64"),
                extra=[("X-Mailer", "Becky! ver. 2.81.04")])
    exp = conf("Full-width numerals; 注文請け = order acknowledged. L1, L3 as ordered (12月18日 = 2026-12-18). L2 納期 1月8日(金) = Friday 2027-01-08.",
               (po, {1: "A", 2: dict(d="2027-01-08"), 3: "A"}))
    return [po], eml, exp
