# -*- coding: utf-8 -*-
"""Cases 037-053."""
from decimal import Decimal

from .common import case, sup, mkpo, rdate, build, reply, attr, conf, other, allacc, A, C, R, U, auto_hdrs, \
    req_subject, request_eml, req_table, req_text, kw, esc, OL, sent_str
from . import mime
from .pdf import make_pdf


@case("rail-spikes-price-per-tonne", "confirmation/pl-PL",
      "Rail spikes ordered per kg but priced '2 450,00 zł/t' (2.45 per kg) with Polish space-grouped thousands.")
def c037(slug):
    s = sup("ZKM", "Zakłady Kolejowe Mocowania Sp. z o.o.", "handlowy@zkm-mocowania.example", "pl-PL")
    po = mkpo("4500022158", s, "tobias", "PLN", "2026-11-17", [
        ("RS-HAK-165", "Rail spike 16x165 mm, black", 12000, "KG", "2.35", "2026-12-11"),
        ("RS-PODK-S49", "Base plate S49, 1:40 cant", 800, "PCS", "48.60", "2026-12-11"),
    ])
    body = """Dzień dobry,

dziękujemy za zamówienie nr 4500022158, które potwierdzamy:

poz. 1 - haki szynowe 16x165: 12 000 kg (12 t), cena 2 450,00 zł/t netto (wzrost cen stali od 1.11.2026), termin dostawy 11.12.2026
poz. 2 - podkładki S49: 800 szt., 48,60 zł/szt. netto, termin dostawy 18.12.2026

Z poważaniem
Agnieszka Wróbel
Dział Handlowy
Zakłady Kolejowe Mocowania Sp. z o.o.
ul. Hutnicza 9, 41-208 Sosnowiec
tel. +48 32 555 17 40"""
    exp = conf((po, {1: C(po, 1, p="2.45"), 2: C(po, 2, d="2026-12-18")}),
               notes="2 450,00 zł per tonne on a PO per kg is 2.45 PLN/kg; '1.11.2026' is the date of the steel price rise, not a delivery date.")
    return build(slug, [po], ("Agnieszka Wróbel", "a.wrobel@zkm-mocowania.example"),
                 rdate("2026-11-19 09:51:12", "+0100"), body, exp, charset="iso-8859-2", lang="pl",
                 prefix="Odp: ", html_lang="PL")


@case("goat-soap-forwarded-warehouse", "confirmation/sk-SK",
      "Reply quotes an internal warehouse mail with ship dates (9.12.) above our request; the sales text above is the commitment.")
def c038(slug):
    s = sup("KOZIE", "Kozie mydlá Tatry s.r.o.", "objednavky@koziemydla-tatry.example", "sk-SK")
    po = mkpo("4500022163", s, "priya", "EUR", "2026-11-18", [
        ("KM-NAT-90", "Goat milk soap 90 g, unscented", 800, "PCS", "1.95", "2026-12-11"),
        ("KM-HON-90", "Goat milk and honey soap 90 g", 800, "PCS", "2.10", "2026-12-11"),
        ("KM-LIQ-500", "Liquid goat milk soap, 500 ml pump", 200, "PCS", "4.60", "2026-12-11"),
    ])
    body = """Dobrý deň, pani Natarajan,

posielam potvrdenie od nášho skladu nižšie: pozície 1 a 2 dodáme podľa objednávky (11.12.2026), pozíciu 3 (tekuté mydlo 500 ml) až 18.12.2026. Ceny sú bez zmeny.

S pozdravom
Zuzana Horváthová
obchodné oddelenie
Kozie mydlá Tatry s.r.o. | Hlavná 52 | 059 51 Poprad
tel. +421 52 555 43 10

________________________________
Od: Peter Kováč <sklad@koziemydla-tatry.example>
Odoslané: 19.11.2026 14:05
Komu: Zuzana Horváthová <z.horvathova@koziemydla-tatry.example>
Predmet: RE: FW: Order acknowledgment request - PO 4500022163

Zuzka,
1 a 2 máme na sklade, odošleme 9.12., u nich budú 11.12.
Tekuté mydlo 500 ml až 18.12., čakáme na pumpičky.
Peter

________________________________
Od: Zuzana Horváthová <z.horvathova@koziemydla-tatry.example>
Odoslané: 19.11.2026 09:30
Komu: Peter Kováč <sklad@koziemydla-tatry.example>
Predmet: FW: Order acknowledgment request - PO 4500022163

Peter, prosím termíny pre túto objednávku. Vďaka, Z."""
    exp = conf((po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, d="2026-12-18")}),
               notes="The internal warehouse note gives ship date 9.12. for positions 1-2 but delivery 11.12., which matches the PO; the sales text above commits to 1-2 as ordered and position 3 on 18.12.2026.")
    return build(slug, [po], ("Zuzana Horváthová", "z.horvathova@koziemydla-tatry.example"),
                 rdate("2026-11-19 15:12:09", "+0100"), body, exp, charset="windows-1250", lang="sk",
                 prefix="RE: ", html_lang="SK")


@case("bounce-qmail-plain", "bounce/ro-RO",
      "Plain-text qmail failure notice with the whole original request (PO table, dates) pasted below the error.")
def c039(slug):
    s = sup("CEARASCHI", "Ceara Schi Carpați SRL", "comenzi@cearaschi.example", "ro-RO")
    po = mkpo("HL-PO-261305", s, "claire", "EUR", "2026-11-19", [
        ("CS-GLD-Y", "Glide wax yellow 0/-4 C, 200 g", 80, "PCS", "11.40", "2026-12-11"),
        ("CS-GLD-V", "Glide wax violet -2/-8 C, 200 g", 80, "PCS", "11.40", "2026-12-11"),
        ("CS-SCR-5", "Plexi scraper 5 mm", 100, "PCS", "2.10", "2026-12-11"),
    ])
    orig = request_eml(po).decode("ascii")
    text = """Hi. This is the qmail-send program at smtp2.harbourline.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<comenzi@cearaschi.example>:
192.0.2.77 does not like recipient.
Remote host said: 550 5.1.1 <comenzi@cearaschi.example>: Recipient address rejected: User unknown in virtual mailbox table
Giving up on 192.0.2.77.

--- Below this line is a copy of the message.

Return-Path: <claire.dubois@harbourline.example>
Received: (qmail 22817 invoked by uid 89); 19 Nov 2026 08:12:05 -0000
""" + orig
    part = mime.text(text, charset="us-ascii", cte="7bit", qcharset=False)
    hs = [("Return-Path", "<>"), ("Date", rdate("2026-11-19 08:12:07", "+0000")),
          ("From", "MAILER-DAEMON@smtp2.harbourline.example"),
          ("To", "claire.dubois@harbourline.example"),
          ("Subject", "failure notice"),
          ("Message-ID", "<1763539927.22821@smtp2.harbourline.example>"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, part), other("bounce")


@case("tattoo-inks-two-pos-table", "confirmation/ro-RO",
      "One Romanian table answers two POs at once; second PO: needles cut to 60 boxes, soap repriced and moved to January.")
def c040(slug):
    s = sup("DACIA", "Cerneluri Tatuaj Dacia SRL", "vanzari@cerneluridacia.example", "ro-RO")
    p1 = mkpo("HL-PO-261290", s, "sam", "EUR", "2026-11-18", [
        ("TT-BLK-8", "Tribal black ink 8 oz (240 ml)", 48, "EA", "24.90", "2026-12-11"),
        ("TT-WHT-4", "Opaque white ink 4 oz", 36, "EA", "15.40", "2026-12-11"),
    ])
    p2 = mkpo("HL-PO-261296", s, "sam", "EUR", "2026-11-18", [
        ("TT-GRY-SET", "Grey wash set 4x1 oz", 20, "SET", "32.00", "2026-12-18"),
        ("TT-NDL-3RL", "Cartridge needles 3RL 0.30 mm, box of 20", 100, "BOX", "9.60", "2026-12-18"),
        ("TT-SOAP-1L", "Green soap concentrate 1 L", 30, "EA", "7.20", "2026-12-18"),
    ])
    body = """Bună ziua Sam,

Vă confirmăm ambele comenzi, conform tabelului de mai jos:

Comanda      | Poz. | Cod         | Cant. | Preț EUR | Livrare
HL-PO-261290 | 1    | TT-BLK-8    | 48    | 24,90    | 11.12.2026
HL-PO-261290 | 2    | TT-WHT-4    | 36    | 15,40    | 11.12.2026
HL-PO-261296 | 1    | TT-GRY-SET  | 20    | 32,00    | 18.12.2026
HL-PO-261296 | 2    | TT-NDL-3RL  | 60    | 9,60     | 18.12.2026
HL-PO-261296 | 3    | TT-SOAP-1L  | 30    | 7,50     | 08.01.2027

La poziția 2 din a doua comandă avem în stoc doar 60 de cutii; restul de 40 nu le mai putem livra anul acesta, așa că le anulăm.
Săpunul verde are preț nou de la producător, de aceea 7,50 EUR și livrare în ianuarie.

Cu stimă,
Andreea Popescu
Departament Vânzări
Cerneluri Tatuaj Dacia SRL | Str. Fabricii 21, 400620 Cluj-Napoca
Tel. +40 264 555 318"""
    a = attr(p1, "În {wd}, {d} {mon} {y} la 09:12, {name} <{email}> a scris:",
             ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."],
             ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."])
    exp = conf((p1, allacc(p1)),
               (p2, {1: A(p2, 1), 2: C(p2, 2, q=60), 3: C(p2, 3, p="7.50", d="2027-01-08")}))
    return build(slug, [p1, p2], ("Andreea Popescu", "andreea.popescu@cerneluridacia.example"),
                 rdate("2026-11-20 11:22:34", "+0200"), body, exp, po=p1, client="gmail", attribution=a,
                 charset="iso-8859-16", prefix="Re: ",
                 refs="%s %s" % (p1["request_message_id"], p2["request_message_id"]))


@case("ski-wax-surcharge-4pct", "confirmation/bg-BG",
      "Bulgarian reply keeps quantities and date but adds a 4% paraffin surcharge to both lines (12.50 -> 13.00, 8.75 -> 9.10).")
def c041(slug):
    s = sup("RODOPI", "Ски Вакс Родопи ООД", "sales@skiwax-rodopi.example", "bg-BG")
    po = mkpo("4500022172", s, "mara", "EUR", "2026-11-18", [
        ("SV-UNI-500", "Universal hot wax block 500 g", 100, "EA", "12.50", "2026-12-11"),
        ("SV-GRAF-180", "Graphite base wax 180 g, -8/-25 C", 150, "EA", "8.75", "2026-12-11"),
    ])
    body = """Здравейте, г-жо Линдквист,

Благодарим за поръчка № 4500022172.

Потвърждаваме количествата и датата на доставка 11.12.2026 г. за двете позиции.
Поради поскъпване на парафина цените и на двете позиции се увеличават с 4%.

Поздрави,
Стоян Петков
Търговски отдел
Ски Вакс Родопи ООД, ул. "Христо Ботев" 44, 4700 Смолян
тел. +359 301 5 55 12"""
    exp = conf((po, {1: C(po, 1, p="13.00"), 2: C(po, 2, p="9.10")}),
               notes="+4% applies to the PO unit prices: 12.50 x 1.04 = 13.00 and 8.75 x 1.04 = 9.10; quantities and 11.12.2026 unchanged.")
    assert Decimal("12.50") * Decimal("1.04") == Decimal("13.0000") and Decimal("8.75") * Decimal("1.04") == Decimal("9.1000")
    return build(slug, [po], ("Стоян Петков", "s.petkov@skiwax-rodopi.example"),
                 rdate("2026-11-20 10:14:50", "+0200"), body, exp, charset="windows-1251", lang="bg",
                 prefix="RE: ", html_lang="BG")


@case("bridge-bearings-ship-dates-only", "confirmation/hr-HR",
      "Croatian reply gives only ship dates from the warehouse (14.12. and 9.12.); a second open PO is not mentioned.")
def c042(slug):
    s = sup("LEZAJEVI", "Ležajevi Mostova d.o.o.", "prodaja@lezajevi-mostova.example", "hr-HR")
    po = mkpo("4500022184", s, "tobias", "EUR", "2026-11-19", [
        ("BB-LAM-200", "Laminated elastomeric bearing 200x300x41 mm", 16, "EA", "288.00", "2026-12-18"),
        ("BB-ANCH-M20", "Anchor dowel set M20x200 for bearings", 16, "SET", "36.40", "2026-12-18"),
    ])
    po2 = mkpo("4500022190", s, "tobias", "EUR", "2026-11-19", [
        ("BB-POT-1500", "Pot bearing fixed, 1500 kN", 2, "EA", "2640.00", "2027-01-29"),
    ])
    body = """Poštovani gospodine Feld,

zahvaljujemo na narudžbi 4500022184. Potvrđujemo obje stavke u traženim količinama i po cijenama iz narudžbe.

Otprema iz našeg skladišta u Karlovcu:
- stavka 1 (ležaj 200x300x41): 14.12.2026.
- stavka 2 (sidra M20x200): 9.12.2026.

Srdačan pozdrav,
Ivana Horvat
Prodaja
Ležajevi Mostova d.o.o. | Zagrebačka 112 | 47000 Karlovac
Tel. +385 47 555 230"""
    exp = conf((po, {1: C(po, 1, d="2026-12-14"), 2: C(po, 2, d="2026-12-09")}),
               notes="Only ship dates ('otprema') are given, so they are the line dates; PO 4500022190 is not mentioned and left out.")
    return build(slug, [po, po2], ("Ivana Horvat", "ivana.horvat@lezajevi-mostova.example"),
                 rdate("2026-11-23 08:44:02", "+0100"), body, exp, charset="windows-1250", lang="hr",
                 prefix="RE: ", html_lang="HR")


@case("chalkboard-vague-mid-december", "needs_review/en-NZ",
      "Kiwi reply with 'around mid-December' and 'pricing should be fine, will double check': no firm date or price.")
def c043(slug):
    s = sup("KIWICOAT", "Kiwi Coatings Ltd", "orders@kiwicoatings.example", "en-NZ")
    po = mkpo("HL-PO-261301", s, "sam", "NZD", "2026-11-19", [
        ("CB-GRN-4L", "Chalkboard paint green, 4 L", 24, "EA", "64.00", "2026-12-11"),
        ("CB-BLK-1L", "Chalkboard paint black, 1 L", 48, "EA", "19.50", "2026-12-11"),
    ])
    body = """Hi Sam,

Thanks for the order, much appreciated.

Should be able to get these to you around mid-December, maybe a bit earlier for the green if the tinting machine behaves. Pricing should be fine but I'll double check with the factory as resin went up again.

Will let you know.

Cheers,
Hemi

Hemi Walker
Kiwi Coatings Ltd
23 Waione St, Petone, Lower Hutt 5012
Ph 04 555 8120 | Mob 021 555 4410"""
    return build(slug, [po], ("Hemi Walker", "hemi@kiwicoatings.example"),
                 rdate("2026-11-20 15:03:11", "+1300"), body, other("needs_review"), client="gmail",
                 prefix="Re: ")


@case("vests-two-alternatives", "needs_review/sr-RS",
      "Serbian Cyrillic reply offers two alternatives (yellow by 11.12. or orange by 22.12.) and asks which one we want.")
def c044(slug):
    s = sup("REFLEKS", "Рефлекс Заштита д.о.о.", "prodaja@refleks-zastita.example", "sr-RS")
    po = mkpo("4500022197", s, "tobias", "EUR", "2026-11-19", [
        ("RV-EN471-OR-M", "Hi-vis vest EN ISO 20471 class 2, orange, M", 400, "PCS", "2.90", "2026-12-11"),
        ("RV-EN471-OR-L", "Hi-vis vest EN ISO 20471 class 2, orange, L", 400, "PCS", "2.90", "2026-12-11"),
    ])
    body = """Поштовани господине Фелд,

хвала на поруџбини 4500022197.

Наранџасте тканине тренутно немамо довољно. Можемо да понудимо:
1) 800 прслука у жутој боји, испорука до 11.12.2026, по истој цени, или
2) целу количину у наранџастој боји, испорука до 22.12.2026.

Молимо Вас да нам јавите која варијанта Вам одговара, па ћемо одмах послати потврду.

Срдачан поздрав,
Милица Јовановић
Продаја
Рефлекс Заштита д.о.о., Булевар ослобођења 88, 21000 Нови Сад
тел. +381 21 555 4410"""
    return build(slug, [po], ("Милица Јовановић", "milica.jovanovic@refleks-zastita.example"),
                 rdate("2026-11-23 12:30:18", "+0100"), body, other("needs_review"), charset="windows-1251",
                 prefix="RE: ", html_lang="SR-CYRL-RS")


@case("marble-polish-cans-greek", "confirmation/el-GR",
      "Greek reply prices per 5 L can (42,00 EUR = 8.40 per litre, unchanged), moves line 1 to 09/12/2026 and silently skips line 3.")
def c045(slug):
    s = sup("STILVO", "Στιλβωτικά Μαρμάρου Α.Ε.", "sales@stilvo-marmaro.example", "el-GR")
    po = mkpo("4500022205", s, "priya", "EUR", "2026-11-19", [
        ("ML-POL-L", "Marble polish liquid, in 5 L cans", 100, "L", "8.40", "2026-12-04"),
        ("ML-SEAL-L", "Stone sealer, 1 L bottles", 60, "L", "11.90", "2026-12-04"),
        ("ML-PAD-5IN", "Diamond polishing pad 5 in, grit 3000", 50, "PCS", "6.80", "2026-12-04"),
    ])
    body = """Αγαπητή κα Natarajan,

Σας ευχαριστούμε για την παραγγελία σας 4500022205, την οποία επιβεβαιώνουμε ως εξής:

Θέση 1: 20 δοχεία των 5 L (σύνολο 100 L), τιμή 42,00 € ανά δοχείο, παράδοση 09/12/2026.
Θέση 2: 60 φιάλες του 1 L, τιμή 11,90 €/L, παράδοση 04/12/2026.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Στιλβωτικά Μαρμάρου Α.Ε. | ΒΙΠΕ Σίνδου, 57022 Θεσσαλονίκη
Τηλ. +30 2310 555 417"""
    exp = conf((po, {1: C(po, 1, d="2026-12-09"), 2: A(po, 2), 3: U}),
               notes="42,00 EUR per 5 L can = 8.40 per litre (unchanged); 20 cans = 100 L; only the date of line 1 changes. Line 3 (polishing pads) is not addressed at all, so it is unconfirmed.")
    return build(slug, [po], ("Γιώργος Παπαδόπουλος", "g.papadopoulos@stilvo-marmaro.example"),
                 rdate("2026-11-23 14:18:27", "+0200"), body, exp, charset="iso-8859-7", lang="el",
                 prefix="RE: ", html_lang="EL")


@case("cello-strings-price-list-2027", "unrelated/de-DE",
      "Price list 2027 as CSV with the very item codes of the open PO and validity dates; not an answer to the PO.")
def c046(slug):
    s = sup("VOGTLAND", "Saitenmanufaktur Vogtland GmbH", "auftrag@saiten-vogtland.example", "de-DE")
    po = mkpo("4500022211", s, "tobias", "EUR", "2026-11-20", [
        ("SV-VC-A-44", "Cello A string 4/4, chrome steel", 50, "EA", "17.80", "2026-12-18"),
        ("SV-VC-G-44", "Cello G string 4/4, tungsten", 50, "EA", "38.60", "2026-12-18"),
    ])
    csv = """Artikelnummer;Bezeichnung;Mensur;VE;Preis 2026 EUR;Preis 2027 EUR;gültig ab
SV-VC-A-44;Cellosaite A 4/4 Chromstahl;4/4;1;17,80;18,60;01.01.2027
SV-VC-D-44;Cellosaite D 4/4 Chromstahl;4/4;1;18,20;19,00;01.01.2027
SV-VC-G-44;Cellosaite G 4/4 Wolfram;4/4;1;38,60;40,30;01.01.2027
SV-VC-C-44;Cellosaite C 4/4 Wolfram;4/4;1;44,90;46,90;01.01.2027
SV-VC-SET-34;Cellosatz 3/4 komplett;3/4;1;96,00;99,80;01.01.2027
"""
    att = mime.attachment(csv.replace("\n", "\r\n").encode("windows-1252"), "text/csv", "Preisliste_2027.csv",
                          extra_ct="; charset=windows-1252")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere neue Preisliste 2027.

Die neuen Preise gelten für alle Bestellungen mit Eingang ab dem 01.01.2027. Aufträge, die bis zum 31.12.2026 bei uns eingehen, werden noch zu den bisherigen Konditionen abgerechnet.

Für Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Ihr Vertriebsteam
Saitenmanufaktur Vogtland GmbH
Gewerbering 5 | 08258 Markneukirchen | Tel. +49 37422 555 60"""
    core = mime.multipart("mixed", [mime.text(body, charset="iso-8859-1"), att], "------------B1nKQ0aZt3x7Lm2P9cVwE4Rd")
    hs = [("From", mime.addr("Saitenmanufaktur Vogtland - Vertrieb", "vertrieb@saiten-vogtland.example")),
          ("To", "tobias.feld@kestrel-group.example"),
          ("Subject", mime.enc_header("Preisliste 2027 – gültig ab 01.01.2027", "utf-8", "Q")),
          ("Date", rdate("2026-11-24 09:00:12", "+0100")),
          ("Message-ID", "<5b1c7e2a-90d4-4c6f-8e21-3fa7d0b6c914@saiten-vogtland.example>"),
          ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("unrelated")


@case("greenhouse-clips-carton-rounding", "confirmation/tr-TR",
      "Turkish reply rounds line 2 up to full cartons of 4.000 (16.000 pcs) with dot thousands and comma decimals.")
def c047(slug):
    s = sup("SERAKLIPS", "Sera Klips Plastik San. ve Tic. A.Ş.", "satis@seraklips.example", "tr-TR")
    po = mkpo("HL-PO-261315", s, "sam", "USD", "2026-11-20", [
        ("SK-PIPE-20", "Pipe clip 20 mm for 3/4 in greenhouse tube", 10000, "PCS", "0.065", "2026-12-18"),
        ("SK-FILM-32", "Film clip 32 mm, UV stabilised", 15000, "PCS", "0.048", "2026-12-18"),
    ])
    body = """Merhaba Sam Bey,

HL-PO-261315 numaralı siparişinizi aşağıdaki şekilde onaylıyoruz:

1. kalem: 20 mm boru klipsi - 10.000 adet, birim fiyat 0,065 USD, teslim 18.12.2026
2. kalem: 32 mm film klipsi - koli içi adet 4.000 olduğundan 16.000 adet (4 koli) gönderilecektir, birim fiyat 0,048 USD, teslim 18.12.2026

İyi çalışmalar dileriz.

Saygılarımızla,
Murat Kaya
İhracat Departmanı
Sera Klips Plastik San. ve Tic. A.Ş. | Antalya OSB 3. Kısım, 07190 Döşemealtı / Antalya
Tel: +90 242 555 18 74"""
    a = attr(po, "{name} <{email}>, {d} {mon} {y} {wd}, 09:12 tarihinde şunu yazdı:",
             ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
             ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"])
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, q=16000)}))
    return build(slug, [po], ("Murat Kaya", "murat.kaya@seraklips.example"),
                 rdate("2026-11-23 10:40:05", "+0300"), body, exp, client="gmail", attribution=a,
                 charset="iso-8859-9", prefix="Ynt: ")


@case("wind-tunnel-viikko-3", "confirmation/fi-FI",
      "Finnish 'toimitus viikolla 3/2027' for the model (Friday 2027-01-22) with space-grouped euro amounts.")
def c048(slug):
    s = sup("TUULI", "Tuulitunnelimallit Oy", "myynti@tuulimallit.example", "fi-FI")
    po = mkpo("4500022226", s, "tobias", "EUR", "2026-11-20", [
        ("WT-CAR-15", "Car model 1:5 scale, 2027 body, carbon", 1, "EA", "42800.00", "2027-01-15"),
        ("WT-STING-40", "Sting mount 40 mm, M10x40 fixing", 2, "EA", "1960.00", "2026-12-18"),
    ])
    body = """Hei Tobias,

Kiitos tilauksesta 4500022226. Vahvistamme tilauksen seuraavasti:

Rivi 1: malli 1:5, 1 kpl, hinta 42 800,00 €, toimitus viikolla 3/2027.
Rivi 2: kiinnitystanko 40 mm, 2 kpl, 1 960,00 €/kpl, toimitus 18.12.2026 kuten pyydetty.

Ystävällisin terveisin
Mikko Lehtonen
Myyntipäällikkö
Tuulitunnelimallit Oy | Hermiankatu 6 | 33720 Tampere
puh. +358 3 555 2180"""
    exp = conf((po, {1: C(po, 1, d=kw(2027, 3)), 2: A(po, 2)}),
               notes="'viikolla 3/2027' has no weekday, so it is the Friday of ISO week 3 of 2027: 2027-01-22.")
    return build(slug, [po], ("Mikko Lehtonen", "mikko.lehtonen@tuulimallit.example"),
                 rdate("2026-11-24 09:26:40", "+0200"), body, exp, charset="iso-8859-15", lang="fi",
                 prefix="VS: ", html_lang="FI")


@case("leash-substitution-question", "needs_review/et-EE",
      "Estonian Thunderbird reply asks whether a 1.2 m leash may replace the 1.5 m one; dates 4.12 or end of January depend on the answer.")
def c049(slug):
    s = sup("KOERARIHM", "Koerarihm OÜ", "tellimused@koerarihm.example", "et-EE")
    po = mkpo("4500022231", s, "mara", "EUR", "2026-11-20", [
        ("DL-150-18", "Leather leash 1.5 m, 18 mm", 100, "PCS", "11.40", "2026-12-11"),
        ("DL-COL-40", "Leather collar 40 cm, 25 mm", 100, "PCS", "8.20", "2026-12-11"),
    ])
    body = """Tere, Mara!

Täname tellimuse 4500022231 eest.

1,5 m rihmu (DL-150-18) meil hetkel laos ei ole.
Kas 1,2 m pikkune rihm sobiks samas hinnas?
Selle saaksime koos kaelarihmadega saata juba 4.12.
Kui soovite just 1,5 m rihma, siis oleks tarne
alles jaanuari lõpus.

Palun andke teada, siis saadame kinnituse.

Lugupidamisega
Kadri Tamm
Koerarihm OÜ
Pärnu mnt 139, 11317 Tallinn
+372 655 5120"""
    a = attr(po, "{d}.{m}.{y} 09:12, {name} kirjutas:")
    return build(slug, [po], ("Kadri Tamm", "kadri.tamm@koerarihm.example"),
                 rdate("2026-11-24 13:55:19", "+0200"), body, other("needs_review"), client="thunderbird",
                 html=False, attribution=a, charset="iso-8859-15", flowed=True, prefix="Re: ")


@case("kegs-body-vs-pdf-contradiction", "needs_review/cs-CZ",
      "Czech body confirms delivery 10.12.2026 while the attached PDF acknowledgment says 17.12.2026 for the same lines.")
def c050(slug):
    s = sup("PIVSUDY", "Pivní sudy Plzeň s.r.o.", "prodej@pivnisudy.example", "cs-CZ")
    po = mkpo("4500022240", s, "tobias", "CZK", "2026-11-20", [
        ("PS-50-DIN", "Beer keg 50 L, stainless, DIN", 60, "EA", "2390.00", "2026-12-10"),
        ("PS-30-DIN", "Beer keg 30 L, stainless, DIN", 40, "EA", "2150.00", "2026-12-10"),
    ])
    lines = [("F2", 13, "Pivni sudy Plzen s.r.o."),
             ("F1", 9, "Tylova 57, 301 00 Plzen - ICO 26512345 - DIC CZ26512345"),
             ("F1", 9, ""),
             ("F2", 12, "POTVRZENI OBJEDNAVKY c. PO-2026-0914"),
             ("F1", 10, "Datum: 24.11.2026"),
             ("F1", 10, "Vase objednavka: 4500022240 ze dne 20.11.2026"),
             ("F1", 10, ""),
             ("F3", 9, "Pol.  Kod         Nazev                      Mnozstvi   Cena/ks CZK   Datum dodani"),
             ("F3", 9, "1     PS-50-DIN   Pivni sud 50 l nerez DIN     60 ks      2 390,00     17.12.2026"),
             ("F3", 9, "2     PS-30-DIN   Pivni sud 30 l nerez DIN     40 ks      2 150,00     17.12.2026"),
             ("F1", 10, ""),
             ("F1", 10, "Celkem bez DPH: 229 400,00 CZK"),
             ("F1", 9, "Dodaci podminky: DAP. Splatnost 30 dni.")]
    assert 60 * 2390 + 40 * 2150 == 229400
    pdf = make_pdf(lines, compress=True, date="20261124102233+01'00'", title="Potvrzeni objednavky PO-2026-0914",
                   producer="Money S5", creator="Money S5")
    att = mime.attachment(pdf, "application/pdf", "Potvrzeni_PO-2026-0914.pdf")
    body = """Dobrý den, pane Feld,

potvrzujeme Vaši objednávku 4500022240. Obě položky dodáme 10.12.2026 dle Vašeho požadavku, ceny beze změny.

V příloze zasíláme potvrzení objednávky.

S pozdravem
Jana Nováková
obchodní oddělení
Pivní sudy Plzeň s.r.o. | Tylova 57 | 301 00 Plzeň
tel. +420 377 555 214"""
    return build(slug, [po], ("Jana Nováková", "jana.novakova@pivnisudy.example"),
                 rdate("2026-11-24 10:31:02", "+0100"), body, other(
                     "needs_review",
                     "The mail text says 10.12.2026 (as requested) but the attached acknowledgment PO-2026-0914 says 17.12.2026 for both lines; a careful buyer cannot tell which date is committed."),
                 charset="iso-8859-2", lang="cs", prefix="RE: ", html_lang="CS", attachments=[att])


@case("nursing-pads-latvian-rejected", "confirmation/lv-LV",
      "Latvian per-position answer: positions 1 and 3 confirmed, position 2 (merino pads) no longer produced and declined.")
def c051(slug):
    s = sup("ZIDISANA", "SIA Zīdīšanas Preces", "pardosana@zidisanas-preces.example", "lv-LV")
    po = mkpo("4500022252", s, "priya", "EUR", "2026-11-23", [
        ("NP-COT-3L", "Cotton nursing pads 3-layer, 12 cm", 2000, "PAIR", "1.15", "2026-12-18"),
        ("NP-WOOL-M", "Merino wool nursing pads, size M", 500, "PAIR", "3.80", "2026-12-18"),
        ("NP-DISP-30", "Disposable nursing pads, box of 30", 400, "BOX", "2.60", "2026-12-18"),
    ])
    body = """Labdien, Priya!

Paldies par pasūtījumu Nr. 4500022252.

1. poz. - apstiprinām: 2000 pāri, 1,15 EUR/pārī, piegāde 18.12.2026.
2. poz. - diemžēl merino vilnas ieliktņus vairs neražojam, šo pozīciju nevaram piegādāt.
3. poz. - apstiprinām: 400 kastes, 2,60 EUR/kaste, piegāde 18.12.2026.

Ar cieņu
Līga Bērziņa
Pārdošanas nodaļa
SIA Zīdīšanas Preces, Rīgas iela 21, Jelgava, LV-3001
Tālr. +371 630 55 412"""
    exp = conf((po, {1: A(po, 1), 2: R, 3: A(po, 3)}))
    return build(slug, [po], ("Līga Bērziņa", "liga.berzina@zidisanas-preces.example"),
                 rdate("2026-11-25 11:12:13", "+0200"), body, exp, charset="iso-8859-13", prefix="RE: ",
                 html_lang="LV")


@case("shared-inbox-receipt", "auto_reply/pt-BR",
      "Brazilian shared-inbox receipt with a protocol number and service hours; automatic, no answer about the order.")
def c052(slug):
    s = sup("CABRAMIN", "Saboaria Cabra Mineira Ltda.", "pedidos@cabramineira.example", "pt-BR")
    po = mkpo("HL-PO-261356", s, "claire", "USD", "2026-11-23", [
        ("CM-SAB-90", "Goat milk soap bar 90 g, oat", 2400, "PCS", "0.98", "2026-12-18"),
        ("CM-SAB-KIT", "Gift kit 3 soaps 90 g", 300, "SET", "3.60", "2026-12-18"),
    ])
    body = """Olá!

Recebemos seu e-mail na caixa compartilhada de Pedidos da Saboaria Cabra Mineira.

Protocolo de atendimento: 2026-11-23-00871
Nosso horário de atendimento é de segunda a sexta-feira, das 8h às 17h (horário de Brasília). Responderemos em até 48 horas úteis.

Esta é uma mensagem automática, por favor não responda.

Saboaria Cabra Mineira Ltda.
Rod. MG-050, km 87 - Divinópolis/MG - (37) 5555-2041"""
    eml = reply(slug, po, ("Pedidos Cabra Mineira", "pedidos@cabramineira.example"),
                rdate("2026-11-23 06:12:44", "-0300"), body, client="gmail", quote="none", html=True,
                subject="Recebemos sua mensagem [Protocolo 2026-11-23-00871]",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, other("auto_reply")


@case("cello-strings-ship-and-delivery", "confirmation/uk-UA",
      "Ukrainian KOI8-U reply gives both a ship date (14.12.2026) and a delivery date (21.12.2026); delivery wins.")
def c053(slug):
    s = sup("STRUNY", 'ТОВ "Струни Карпат"', "zbut@struny-karpat.example", "uk-UA")
    po = mkpo("HL-PO-261322", s, "claire", "EUR", "2026-11-20", [
        ("UC-G-44", "Cello G string 4/4, tungsten, medium", 40, "EA", "36.50", "2026-12-18"),
        ("UC-C-44", "Cello C string 4/4, tungsten, medium", 40, "EA", "42.00", "2026-12-18"),
    ])
    body = """Добрий день, пані Дюбуа!

Дякуємо за замовлення HL-PO-261322.

Підтверджуємо обидві позиції: по 40 шт., ціни згідно з Вашим замовленням.
Відвантаження зі Львова 14.12.2026, доставка до Вашого складу 21.12.2026 (DHL Freight).

З повагою,
Оксана Коваленко
відділ збуту
ТОВ "Струни Карпат", вул. Городоцька, 174, Львів, 79022
тел. +380 32 255 41 87"""
    a = attr(po, "{d}.{mm}.{y} 09:12, {name} пише:")
    exp = conf((po, {1: C(po, 1, d="2026-12-21"), 2: C(po, 2, d="2026-12-21")}),
               notes="Ship date 14.12.2026 and delivery date 21.12.2026 are both given; the delivery date wins.")
    return build(slug, [po], ("Оксана Коваленко", "o.kovalenko@struny-karpat.example"),
                 rdate("2026-11-25 12:08:33", "+0200"), body, exp, client="thunderbird", html=False,
                 attribution=a, charset="koi8-u", cte="8bit", prefix="Re: ")
