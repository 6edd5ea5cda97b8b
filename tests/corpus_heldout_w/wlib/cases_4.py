"""Cases 031-040."""
from __future__ import annotations

from . import mime, docs
from .clients import (outlook, outlook_block, gmail, plain_reply, apple, reply, request_mail, para_html, esc, pre_html,
                      sent_str)
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI


def c031():
    sup = Sup("AGROPAMPA", "Agroinsumos Pampa S.A.", "ventas@agropampa.example", "es-AR", "Martín Giménez")
    po = PO("GA-26-0395", sup, KATHI, "USD", When(2026, 11, 19, 13, 10, tz="+0100"), [
        ("UREA-46-GR", "Urea granular 46% N", 20, "T", "610.00", "2026-12-03"),
        ("MAP-11-52-0", "Monoammonium phosphate (MAP) 11-52-0", 10, "T", "780.00", "2026-12-03"),
    ], incoterm="DAP", payment="30 days net")
    assert times("15.25", 40) == "610.00" and times("19.50", 40) == "780.00"
    text = """Hola Katharina, ¿cómo estás?

Te confirmo el pedido GA-26-0395:

- Urea granulada 46%: 800 bolsas de 25 kg (20 t) a USD 15,25 la bolsa.
- MAP 11-52-0: solo tenemos 8 t en depósito, así que van 320 bolsas de 25 kg a USD 19,50 la bolsa. Las 2 t restantes no las vamos a tener hasta la próxima importación (marzo), así que te las descontamos del pedido.

Entrega en planta el 3/12, flete a nuestro cargo.

Cualquier cosa avisame.

Saludos,
Martín Giménez
Agroinsumos Pampa S.A.
Ruta 8 km 212, Pergamino, Buenos Aires
Tel. +54 2477 55-4410
"""
    body = gmail(text, po.orig, "El jue, 19 nov 2026 a las 09:10, Katharina Pichler (<k.pichler@greenacre-agri.example>) escribió:",
                 bnd="c031")
    mail = reply("c031", po, ("Martín Giménez", "mgimenez@agropampa.example"), When(2026, 11, 24, 15, 40, 12, tz="-0300"),
                 body, style="gmail", prefix="Re: ")
    return Case(31, "fertiliser-bags-vs-tonnes", "confirmation", [po], mail,
                "Tonnes ordered, 25 kg bags and a price per bag confirmed; the NPK-style grade 11-52-0 and 'Ruta 8 km 212' are numbers to ignore; day-first 3/12.",
                "Urea: 800 x 25 kg = 20 t at 15,25/bag = 610.00/t: as ordered. MAP: 320 bags = 8 t, 19,50/bag = 780.00/t (unchanged), "
                "the remaining 2 t cancelled. Delivery 3/12 = 3 Dec = requested.",
                [confirmation(po, {1: A, 2: C(q=8)})])


def c032():
    sup = Sup("ALFOLDI", "Alföldi Vetőmag Kft.", "rendeles@alfoldivetomag.example", "hu-HU", "Kovács Péter")
    po = PO("GA-26-0379", sup, KATHI, "EUR", When(2026, 11, 11, 10, 30, tz="+0100"), [
        ("MAIS-FAO340-50", "Maize seed FAO 340, 50,000 kernels/bag", 120, "BAG", "98.00", "2027-01-15"),
        ("NAPR-HIB-150", "Sunflower seed hybrid, 150,000 kernels/bag", 40, "BAG", "145.00", "2027-01-15"),
    ], greeting="Dear Mr Kovács,")
    assert times("145.00", "0.95") == "137.75"
    text = """Tisztelt Pichler Asszony!

Köszönjük a GA-26-0379 számú megrendelését, amelyet az alábbiak szerint visszaigazolunk:

1. Kukorica vetőmag FAO 340 (50 000 szem/zsák): 120 zsák, 98,00 EUR/zsák.
2. Napraforgó vetőmag hibrid (150 000 szem/zsák): 40 zsák. Korai rendelési kedvezményként 5% engedményt adunk a rendelési árból, így az egységár 137,75 EUR/zsák.

Szállítás: 2027. január 15., mindkét tételre.

Üdvözlettel:
Kovács Péter
értékesítési vezető
Alföldi Vetőmag Kft.
6000 Kecskemét, Szarvasi út 48.
Tel.: +36 76 555 210
"""
    body = outlook(text, po.orig, "hu", bnd="BE1P281MB2150C3", charset="iso-8859-2", body_lang="HU")
    mail = reply("c032", po, ("Kovács Péter", "kovacs.peter@alfoldivetomag.example"), When(2026, 11, 19, 9, 2, 33), body,
                 prefix="VS: ", charset="iso-8859-2", lang_tag="hu-HU")
    return Case(32, "seed-bags-early-order-discount-hu", "confirmation", [po], mail,
                "Hungarian year-first date (2027. január 15.), kernel counts with space separators that look like quantities, and a 5 % discount on the PO price.",
                "Maize as ordered. Sunflower: 5 % off 145.00 = 137.75. Both delivered 15 Jan 2027 = requested.",
                [confirmation(po, {1: A, 2: C(p="137.75")})])


def c033():
    sup = Sup("SABAE", "Sabae Optical Works Co., Ltd.", "eigyo@sabae-optical.example", "ja-JP", "Kenichi Takahashi")
    po = PO("KR260957", sup, EMMA, "USD", When(2026, 11, 24, 1, 55, tz="+0100"), [
        ("TF-4530-C3", "Titanium frame TF-4530 col. C3, 50-19-145", 60, "EA", "41.00", "2027-01-22"),
        ("CASE-HARD-BLK", "Hard case, black, with cloth", 60, "EA", "1.80", "2027-01-22"),
    ], greeting="Dear Mr Takahashi,")
    D("2026-11-24", "Tue")
    D("2026-11-27", "Fri")
    D("2026-11-30", "Mon")
    text = """いつもお世話になっております。
鯖江オプティカルワークスの高橋です。

誠に勝手ながら、11月24日（火）から11月27日（金）まで出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。

お急ぎの場合は、営業部（eigyo@sabae-optical.example／0778-55-1234）までご連絡ください。
11月30日（月）より順次対応させていただきます。

I am away on a business trip from 24 to 27 November and will reply from 30 November.
"""
    body = mime.text(text, "plain", "iso-2022-jp", "7bit")
    mail = reply("c033", po, ("高橋 健一", "k.takahashi@sabae-optical.example"), When(2026, 11, 24, 10, 15, 2, tz="+0900"),
                 body, style="outlook", prefix="自動応答: ", charset="iso-2022-jp", lang_tag="ja-JP",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return Case(33, "ooo-ja-iso2022jp-business-trip", "auto_reply", [po], mail,
                "ISO-2022-JP out-of-office with weekday-annotated dates (11月27日（金）) that could pass for delivery dates.",
                "Auto-reply: away on business trip 24-27 Nov, back 30 Nov. No commitment.")


def c034():
    sup = Sup("SOUTHOCEAN", "Southern Ocean Seafoods Ltd", "sales@southernocean.example", "en-NZ", "Hamish Clarke")
    po = PO("HL-260822", sup, PRIYA, "USD", When(2026, 11, 10, 10, 40, tz="+0000"), [
        ("MUS-GL-HS-1KG", "Greenshell mussels half-shell IQF, carton 12 x 1 kg", 80, "CTN", "54.00", "2027-01-08"),
        ("HOK-FIL-SKL-5KG", "Hoki fillets skinless, 5 kg block, carton of 4", 60, "CTN", "62.00", "2027-01-08"),
    ], incoterm="CFR Southampton")
    when = When(2026, 11, 16, 8, 30, 40, tz="+1300")
    eta1, eta2 = next_md(when, 1, 8), next_md(when, 1, 15)
    assert (eta1, eta2) == ("2027-01-08", "2027-01-15")
    text = """Kia ora Priya,

Thanks for PO HL-260822, all sorted on our end.

Mussels: 80 ctns @ USD 54.00. Catch-dependent as always, but they're already in the cold store so no dramas.
Hoki: 40 ctns ready now, the other 20 ctns come off next week's production.

Shipping plan (reefer to Southampton):
- Container 1: mussels 80 ctns + hoki 40 ctns, ETD Auckland 27/11, ETA Southampton 8/1
- Container 2: hoki 20 ctns, ETD 4/12, ETA 15/1

Price on the hoki stays at USD 62.00/ctn.

Cheers,
Hamish

Hamish Clarke
Export Sales | Southern Ocean Seafoods Ltd
12 Wharf Street, Nelson 7010, New Zealand
+64 3 555 0188
"""
    body = gmail(text, po.orig, "On Tue, 10 Nov 2026 at 23:40, Priya Nair <priya.nair@harbourline.example> wrote:", bnd="c034")
    mail = reply("c034", po, ("Hamish Clarke", "hamish@southernocean.example"), when, body, style="gmail", prefix="Re: ")
    return Case(34, "nz-reefer-etd-eta-split", "confirmation", [po], mail,
                "Two containers with ETD and ETA as day/month without year across the year end; the hoki line is split between them.",
                "ETA is the delivery date. Mussels 80 ctns ETA 8/1 = 8 Jan 2027 = requested. Hoki 40 ctns ETA 8 Jan + 20 ctns ETA 15 Jan 2027; "
                "prices unchanged. 27/11 and 4/12 are departure dates.",
                [confirmation(po, {1: A, 2: C(sched=[(40, eta1), (20, eta2)])})])


def c035():
    sup = Sup("CARPATI", "Vopsele Carpați S.R.L.", "comenzi@vopselecarpati.example", "ro-RO", "Andrei Popescu")
    po = PO("4500187390", sup, AYLIN, "EUR", When(2026, 11, 23, 15, 5, tz="+0100"), [
        ("VOP-LAV-ALB-15", "Interior emulsion paint, white, 15 l", 100, "TIN", "38.00", "2026-12-02"),
        ("GRUND-ACR-5", "Acrylic primer, 5 l", 80, "TIN", "12.50", "2026-12-02"),
    ])
    D("2026-12-02", "Wed")
    text = """Bună seara, confirmăm toată comanda, livrare miercuri 2 decembrie.
Andrei

Trimis de pe iPhone-ul meu
"""
    body = mime.text(text, "plain", "utf-8", "quoted-printable")
    mail = reply("c035", po, ("Andrei Popescu", "andrei.popescu@vopselecarpati.example"), When(2026, 11, 24, 19, 47, 3, tz="+0200"),
                 body, style="iphone", prefix="Re: ")
    return Case(35, "mobile-oneliner-subject-only", "confirmation", [po], mail,
                "Two-line iPhone reply without quote; only the subject names the PO.",
                "'confirmăm toată comanda' = we confirm the whole order, delivery Wed 2 Dec = requested: all lines accepted.",
                [confirmation(po, {1: A, 2: A})])


def c036():
    sup = Sup("VIJAK", "Vijak-Tehnika d.o.o.", "prodaja@vijaktehnika.example", "hr-HR", "Ivana Horvat")
    po = PO("4500187362", sup, JONAS, "EUR", When(2026, 11, 18, 10, 45, tz="+0100"), [
        ("WS-5X60-TX25", "Wood screw 5x60 TX25, yellow zinc, box of 200", 20, "BOX", "7.80", "2026-12-03"),
        ("PLUG-8X40", "Nylon wall plug 8x40, box of 100", 10, "BOX", "3.20", "2026-12-03"),
        ("ANC-M8X75", "Wedge anchor M8x75, box of 50", 12, "BOX", "14.90", "2026-12-03"),
    ])
    when = When(2026, 11, 27, 8, 20, 45)
    d1, d2 = next_md(when, 12, 3), next_md(when, 12, 17)
    text = """Poštovani gospodine Weber,

zahvaljujemo na narudžbi 4500187362. Potvrđujemo kako slijedi:

- Vijci 5x60 TX25: isporuka u dva dijela – 12 kutija 3.12., preostalih 8 kutija 17.12. Cijena 7,80 EUR/kutija.
- Tiple 8x40: nažalost, taj artikl više nije u proizvodnji i ne možemo ga isporučiti.
- Ankeri M8x75: 12 kutija, cijena 14,90 EUR, isporuka 3.12.

Lijep pozdrav,
Ivana Horvat
Prodaja
Vijak-Tehnika d.o.o.
Slavonska avenija 52, 10000 Zagreb
tel. +385 1 555 6230
"""
    body = outlook(text, po.orig, "hr", bnd="VI1PR10MB2455A8", charset="windows-1250", body_lang="HR")
    mail = reply("c036", po, ("Ivana Horvat", "ivana.horvat@vijaktehnika.example"), when, body, prefix="Odg: ",
                 charset="windows-1250", lang_tag="hr-HR")
    return Case(36, "screws-two-deliveries-plug-discontinued", "confirmation", [po], mail,
                "Croatian dates '3.12.' / '17.12.' without year next to sizes like 5x60, 8x40 and M8x75; one line no longer produced.",
                "Screws: 12 boxes on 3 Dec + 8 boxes on 17 Dec at 7,80. Plugs no longer produced = rejected. Anchors 12 boxes at 14,90 on 3 Dec = as ordered.",
                [confirmation(po, {1: C(sched=[(12, d1), (8, d2)]), 2: R, 3: A})])


def c037():
    sup = Sup("PENNINE", "Pennine Linen Services Ltd", "sales@penninelinen.example", "en-GB", "Gareth Hughes")
    po = PO("HL-260836", sup, MEGAN, "GBP", When(2026, 11, 18, 16, 0, tz="+0000"), [
        ("DUV-KING-WHT", "Duvet cover king, 200 TC percale, white", 150, "EA", "18.40", "2026-12-04"),
        ("PIL-OXF-WHT", "Oxford pillowcase 50x75 cm, white", 400, "EA", "3.95", "2026-12-04"),
        ("SHT-FLAT-KING", "Flat sheet king 275x290 cm, white", 200, "EA", "11.60", "2026-12-04"),
    ])
    D("2026-12-04", "Fri")
    text = """Hi Megan,

All good on HL-260836, everything confirmed for delivery Friday 4th December.

Line  Item           Qty  Price   Del. date
1     DUV-KING-WHT   150  £18.40  04/12/2026
2     PIL-OXF-WHT    400  £3.95   11/12/2026
3     SHT-FLAT-KING  200  £11.60  04/12/2026

Any questions give me a shout.

Gareth

Gareth Hughes
Sales Coordinator | Pennine Linen Services Ltd
Mill Lane, Huddersfield HD1 6QJ | 01484 555 230
"""
    rh = (para_html("Hi Megan,\n\nAll good on HL-260836, everything confirmed for delivery Friday 4th December.\n") +
          '\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n' +
          "".join("<tr>" + "".join(f'<td style="padding:0cm 5.4pt"><p class="MsoNormal">{esc(c)}</p></td>' for c in r) + "</tr>\n"
                  for r in [("Line", "Item", "Qty", "Price", "Del. date"),
                            ("1", "DUV-KING-WHT", "150", "£18.40", "04/12/2026"),
                            ("2", "PIL-OXF-WHT", "400", "£3.95", "11/12/2026"),
                            ("3", "SHT-FLAT-KING", "200", "£11.60", "04/12/2026")]) +
          "</table>\n" + para_html("\nAny questions give me a shout.\n\nGareth\n\nGareth Hughes\nSales Coordinator | Pennine Linen Services Ltd\n"
                                   "Mill Lane, Huddersfield HD1 6QJ | 01484 555 230"))
    body = outlook(text, po.orig, "en", reply_html=rh, bnd="LO2P265MB5561B0", body_lang="EN-GB")
    mail = reply("c037", po, ("Gareth Hughes", "gareth.hughes@penninelinen.example"), When(2026, 11, 23, 11, 54, 8, tz="+0000"),
                 body, lang_tag="en-GB")
    return Case(37, "linen-text-vs-table-contradiction", "needs_review", [po], mail,
                "Says 'everything confirmed for Friday 4th December' while its own table gives 11/12/2026 for the pillowcases.",
                "Contradictory: the sentence commits all lines to 4 Dec, the table puts line 2 on 11 Dec. A buyer would have to ask which is right.")


def c038():
    sup = Sup("GEOSINT", "Geosint d.o.o. Beograd", "prodaja@geosint.example", "sr-RS", "Milan Jovanović")
    po = PO("4500187373", sup, AYLIN, "EUR", When(2026, 11, 17, 9, 15, tz="+0100"), [
        ("GTX-NW-300-525", "Nonwoven geotextile 300 g/m2, roll 5.25 x 100 m", 20, "ROLL", "210.00", "2026-12-18"),
        ("DRN-PVC-160-6M", "Drainage pipe PVC DN 160, perforated, 6 m length", 50, "EA", "22.00", "2026-12-18"),
    ])
    assert kw(2026, 51) == "2026-12-18"
    text = """Poštovana gospođo Demir,

hvala na porudžbini 4500187373. Potvrđujemo:

1. Geotekstil netkani 300 g/m², rolna 5,25 x 100 m – 20 rolni, cena 215,00 EUR po rolni (nova cena proizvođača).
2. Drenažna cev PVC DN 160, 6 m – 50 komada po 22,00 EUR.

Isporuka: 51. nedelja, paritet DAP Freising.

Srdačan pozdrav,
Milan Jovanović
Komercijala
Geosint d.o.o.
Autoput za Zagreb 41, 11070 Novi Beograd
tel. +381 11 555 2740
"""
    body = outlook(text, po.orig, "en", bnd="PAXP251MB0398E4", body_lang="SR-LATN-RS")
    mail = reply("c038", po, ("Milan Jovanović", "milan.jovanovic@geosint.example"), When(2026, 11, 18, 14, 31, 6), body,
                 lang_tag="sr-Latn-RS")
    return Case(38, "geotextile-rolls-week-51-serbian", "confirmation", [po], mail,
                "Serbian '51. nedelja' (nedelja = week here, but also Sunday) as the delivery, roll dimensions 5,25 x 100 m and 300 g/m².",
                "Geotextile 20 rolls at 215,00 (PO 210.00); pipes 50 at 22,00. Week 51 = Fri 18 Dec = requested.",
                [confirmation(po, {1: C(p="215.00"), 2: A})])


def c039():
    sup = Sup("KEMOLAB", "Kemolab d.o.o.", "narocila@kemolab.example", "sl-SI", "Maja Kranjc")
    po = PO("CH-26-01166", sup, SANNE, "EUR", When(2026, 11, 20, 10, 25, tz="+0100"), [
        ("ETOH-ABS-PA-2.5", "Ethanol absolute >=99.8% p.a., 2.5 l", 24, "BTL", "31.00", "2026-12-04"),
        ("NAOH-PEL-PA-1KG", "Sodium hydroxide pellets >=98% p.a., 1 kg", 10, "EA", "24.50", "2026-12-04"),
        ("HCL-37-PA-2.5", "Hydrochloric acid 37% p.a., 2.5 l", 12, "BTL", "28.00", "2026-12-04"),
    ])
    D("2026-12-04", "Fri")
    D("2026-12-08", "Tue")
    req = po.orig
    maja_q = Orig("Maja Kranjc", "maja.kranjc@kemolab.example", [("Tomaž Zupan", "tomaz.zupan@kemolab.example")],
                  When(2026, 11, 25, 15, 2), "CH-26-01166 zaloga",
                  "Tomaž,\n\nlahko preveriš zalogo za spodnje naročilo? Hvala.\n\nMaja\n")
    b_req, _ = outlook_block(req, "sl", sent=sent_str("sl", req.when))
    maja_q.body += "\n" + "_" * 32 + "\n" + b_req + "\n\n" + req.body
    tomaz = Orig("Tomaž Zupan", "tomaz.zupan@kemolab.example", [("Maja Kranjc", "maja.kranjc@kemolab.example")],
                 When(2026, 11, 26, 8, 12), "RE: CH-26-01166 zaloga",
                 """Maja,

etanol: imamo 24 kosov, gre v petek 4. 12. s kombijem.
NaOH: imamo, gre tudi 4. 12. Pazi, nov cenik od 1. 12.: 26,10 EUR.
HCl 37 %: zaradi ADR gre ločeno, dobava v torek 8. 12.

CoA za vse serije imamo (z dne 12. 10. 2026).

Tomaž
""")
    b_maja, _ = outlook_block(maja_q, "sl")
    tomaz.body += "\n" + "_" * 32 + "\n" + b_maja + "\n\n" + maja_q.body
    text = """Pozdravljeni, Sanne,

spodaj pošiljam potrditev našega skladišča za vaše naročilo CH-26-01166. NaOH je po novem ceniku, vse ostalo po naročilu.

Lep pozdrav,
Maja Kranjc
Prodaja | Kemolab d.o.o. | Tržaška cesta 132, 1000 Ljubljana
tel. +386 1 555 48 90
"""
    body = outlook(text, tomaz, "sl", bnd="VI1PR03MB6208F3", body_lang="SL")
    mail = reply("c039", po, ("Maja Kranjc", "maja.kranjc@kemolab.example"), When(2026, 11, 26, 9, 40, 31), body,
                 subject="FW: RE: CH-26-01166 zaloga", thread=False, lang_tag="sl-SI")
    return Case(39, "forwarded-warehouse-chain-sl", "confirmation", [po], mail,
                "Forwarded internal chain: the commitment is the warehouse's note two levels down, with a new price list, a separate hazmat delivery and a certificate date; subject only says 'zaloga' (stock).",
                "Ethanol 24 on Fri 4 Dec as ordered. NaOH 4 Dec at 26,10 (new price list from 1 Dec applies to this delivery). "
                "HCl separately on Tue 8 Dec. 12. 10. 2026 is the CoA date; our request sits at the bottom of the chain.",
                [confirmation(po, {1: A, 2: C(p="26.10"), 3: C(d="2026-12-08")})])


def c040():
    sup = Sup("SKRAEMER", "Schrauben-Krämer GmbH", "vertrieb@schrauben-kraemer.example", "de-DE", "Markus Krämer")
    po = PO("4500187398", sup, JONAS, "EUR", When(2026, 11, 24, 10, 0, tz="+0100"), [
        ("DIN912-M8X25-8.8", "Socket head cap screw DIN 912 M8x25, 8.8, box of 200", 15, "BOX", "11.40", "2026-12-11"),
        ("DIN7985-M5X16-A2", "Pan head screw DIN 7985 M5x16 A2, box of 200", 10, "BOX", "8.20", "2026-12-11"),
    ], greeting="Dear Mr Krämer,")
    pdf = docs.pdf([docs.table_page(
        ["Schrauben-Krämer GmbH · Max-Eyth-Straße 21 · 71332 Waiblingen",
         "",
         "Brightwell Construction GmbH, Kreditorenbuchhaltung, Industriestraße 18, 85356 Freising",
         "",
         "Rechnung Nr.: 2026-90412       Rechnungsdatum: 25.11.2026       Kunden-Nr.: 10233",
         "Ihre Bestellung: 4500186911 vom 02.11.2026",
         "Lieferschein: 80-55120 vom 23.11.2026       Leistungsdatum: 23.11.2026"],
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis", "Betrag"],
        [["1", "933-10-30-A2", "DIN 933 M10x30 A2-70", "1.500", "Stk", "0,19", "285,00"],
         ["2", "934-10-A2", "DIN 934 M10 A2-70", "1.500", "Stk", "0,05", "75,00"],
         ["3", "912-8-25-88", "DIN 912 M8x25 8.8 verzinkt", "10", "VPE", "11,40", "114,00"]],
        ["Nettobetrag: 474,00 EUR     USt. 19 %: 90,06 EUR     Rechnungsbetrag: 564,06 EUR",
         "Zahlbar bis 25.12.2026 ohne Abzug oder bis 09.12.2026 mit 2 % Skonto.",
         "Bankverbindung: Kreissparkasse Waiblingen, IBAN DE12 6025 0010 0015 5512 34"],
        [40, 66, 150, 340, 385, 420, 480], title="RECHNUNG")],
        title="Rechnung 2026-90412", producer="Sage 100 / PDF-Export", created="20261125062800+01'00'")
    text = """Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Rechnung Nr. 2026-90412 vom 25.11.2026 zu Ihrer Bestellung 4500186911 (Lieferschein 80-55120 vom 23.11.2026).

Zahlbar bis 25.12.2026 ohne Abzug bzw. bis 09.12.2026 mit 2 % Skonto.

Mit freundlichen Grüßen
Schrauben-Krämer GmbH
Buchhaltung
"""
    body = mime.Multi("mixed", "----=_Part_90412_883201.1795584600000", [
        mime.text(text, "plain", "utf-8", "quoted-printable"),
        mime.attachment(pdf, "application/pdf", "Rechnung_2026-90412.pdf")])
    when = When(2026, 11, 25, 6, 30, 0)
    mail = mime.Mail(frm=("Schrauben-Krämer Buchhaltung", "rechnung@schrauben-kraemer.example"),
                     to=[(None, "kreditoren@brightwell-build.example")], cc=[(JONAS.name, JONAS.email)],
                     subject="Rechnung 2026-90412 / Ihre Bestellung 4500186911", date=when.hdr,
                     msgid="<883201.90412.1795584600@sage.schrauben-kraemer.example>", body=body,
                     extra=[("X-Mailer", "Sage 100 Mailversand")])
    return Case(40, "invoice-for-other-po", "unrelated", [po], mail,
                "Invoice PDF from the same supplier for an older order number that resembles the open one and even repeats an item price from it.",
                "Invoice for PO 4500186911 (delivered 23.11.), not an answer about open PO 4500187398. Payment dates are not delivery dates.")


CASES = [c031, c032, c033, c034, c035, c036, c037, c038, c039, c040]
