# -*- coding: utf-8 -*-
"""Cases 037-054."""
from .common import (A, AD, ATT, C, CONF, DH, H, M, MAIL, OTHER, PO, R, RAW, S, T, U, buyer_to, case, long_en, q_gt,
                     q_html, q_outlook, req_subject, req_text, reply_hdrs, L)


@case("measuring-tapes-per-dozen", "pt-PT",
      "European Portuguese prices per dozen: 45,00 €/dúzia = 3.75 (changed) while 94,80 €/dúzia = 7.90 (unchanged).")
def c037():
    s = S("FERNOR", "Ferragens do Norte, Lda.", "encomendas@ferragensnorte.example", "pt-PT")
    po = PO("4500018581", s, [
        L("MT-3M-16", "Measuring tape 3 m x 16 mm, pocket", 120, "EA", "3.60", "2026-12-11"),
        L("MT-8M-25-M", "Measuring tape 8 m x 25 mm, magnetic hook", 48, "EA", "7.90", "2026-12-11"),
    ], "EUR", "2026-11-10", "lena")
    txt = """Bom dia Lena,

Confirmamos a V/ encomenda n.º 4500018581:

- Fitas métricas 3 m: 10 dúzias (120 un.) a 45,00 € a dúzia, entrega até dia 11/12.
- Fitas métricas 8 m magnéticas: 4 dúzias (48 un.) a 94,80 € a dúzia, entrega até dia 11/12.

Com os melhores cumprimentos,
Rui Carvalho
Ferragens do Norte, Lda. | Rua do Freixo 1200, 4300-219 Porto
Tel. 22 530 1144 | NIF 501 234 567
"""
    body = T(txt + "\n" + q_outlook(po, "pt", "terça-feira, 10 de novembro de 2026 08:05"), charset="iso-8859-15")
    eml = MAIL(AD("Rui Carvalho", "rui.carvalho@ferragensnorte.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-13 10:30", "+0000"), body, "<DB8P193MB0631A7B6C5D4E3F2@DB8P193MB0631.EURP193.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(p="3.75"), 2: A}},
               "Prices per dozen against a per-EA PO: 45,00/12 = 3.75 (PO 3.60) -> changed; 94,80/12 = 7.90 = PO -> accepted. "
               "Quantities restated in dozens equal the PO; 'até dia 11/12' = 2026-12-11 as requested.")
    return [po], eml, exp


@case("needle-valves-catalan-partial", "ca-ES",
      "Catalan reply confirming lines 1 and 3 (with an explicit 2027 date) and leaving line 2 for 'demà'.")
def c038():
    s = S("VALVAL", "Vàlvules Vallès, S.L.", "comandes@valvulesvalles.example", "ca-ES")
    po = PO("4500018597", s, [
        L("NV-BR-1/8", "Needle valve 1/8\" BSP, brass, panel mount", 50, "EA", "9.40", "2026-12-16"),
        L("NV-SS-1/4-FF", "Needle valve 1/4\" female-female, stainless 316", 30, "EA", "27.80", "2026-12-16"),
        L("NV-SS-1/2-HP", "High-pressure needle valve 1/2\", 10000 psi", 8, "EA", "96.00", "2027-01-20"),
    ], "EUR", "2026-11-11", "tomasz")
    txt = """Bon dia Tomasz,

Us confirmem la comanda 4500018597:

- Línia 1: 50 u. a 9,40 €, entrega 16/12/2026.
- Línia 3: 8 u. a 96,00 €, entrega 20/01/2027.

La línia 2 (inox 1/4" F-F) l'hem de consultar amb fàbrica; us la confirmarem demà.

Salutacions,
Montse Puig i Ferrer
Departament Comercial | Vàlvules Vallès, S.L.
C/ de la Indústria 45, 08205 Sabadell | Tel. 937 45 67 89
"""
    body = M("alternative", T(txt + "\n" + q_gt(po, "El 11/11/2026 a les 9:05, Tomasz Weber va escriure:")),
             H("<div>" + txt.replace("\n", "<br>") + "</div><br>" + q_html(po, "El 11/11/2026 a les 9:05, Tomasz Weber va escriure:")))
    eml = MAIL(AD("Montse Puig", "mpuig@valvulesvalles.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-16 13:15"), body, "<e2b7c9d1-4f6a-48e3-b0c5-7d8e9f0a1b2c@valvulesvalles.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: U, 3: A}},
               "Lines 1 and 3 confirmed exactly as ordered. Line 2 is explicitly pending until tomorrow -> unconfirmed.")
    return [po], eml, exp


@case("steel-brushes-ooo-galician", "gl-ES",
      "Galician holiday auto-reply with a return date and a phone number.")
def c039():
    s = S("CEPGAL", "Cepillos Galegos S.L.", "pedidos@cepillosgalegos.example", "gl-ES")
    po = PO("4500018603", s, [
        L("SB-SCRATCH-3", "Scratch brush, 3 rows, stainless wire", 60, "EA", "2.75", "2026-12-18"),
        L("SB-TUBE-25", "Tube cleaning brush 25 mm, steel wire", 40, "EA", "3.90", "2026-12-18"),
    ], "EUR", "2026-11-16", "priya")
    txt = """Ola,

Estou de vacacións ata o luns 30 de novembro. Durante a miña ausencia as mensaxes non serán reenviadas.
Para calquera asunto urxente, póñase en contacto co departamento comercial no 981 555 230.

Grazas,
Uxía Lema
Cepillos Galegos S.L.
"""
    body = T(txt, charset="iso-8859-1")
    eml = MAIL(AD("Uxía Lema", "uxia.lema@cepillosgalegos.example", "iso-8859-1"), buyer_to(po),
               "Resposta automática: " + req_subject(po), DH("2026-11-16 09:06"), body,
               "<autoreply.1731744360.77@cepillosgalegos.example>", *reply_hdrs(po),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, OTHER("auto_reply", "Galician vacation auto-reply until 30 November; nothing about the order.")


@case("oil-filters-uge-2", "da-DK",
      "Danish: requested date not possible, both lines delivered 'i uge 2' (= Friday 2027-01-15) at unchanged prices.")
def c040():
    s = S("NORDFIL", "Nordisk Filterteknik A/S", "ordre@nordiskfilter.example", "da-DK")
    po = PO("4500018610", s, [
        L("OF-AIR-OIL-S", "Air/oil separator element for screw compressor", 4, "EA", "640.00", "2026-12-18"),
        L("OF-HYD-SPIN-25", "Hydraulic spin-on filter, 25 micron", 20, "EA", "89.50", "2026-12-18"),
    ], "DKK", "2026-11-12")
    txt = """Hej Dana

Tak for ordren 4500018610.

Vi kan desværre ikke nå den 18/12 - begge varer kommer fra vores lager i Tyskland.
Vi kan levere begge varer i uge 2.
Priserne er som bestilt (kr. 640,00 og kr. 89,50 pr. stk.).

God weekend!

Venlig hilsen
Mette Sørensen
Nordisk Filterteknik A/S | Industrivej 8, 7100 Vejle | Tlf. +45 75 82 11 00 | CVR 12345678
"""
    body = T(txt + "\n" + q_outlook(po, "da", "12. november 2026 09:05"))
    eml = MAIL(AD("Mette Sørensen", "ms@nordiskfilter.example"), buyer_to(po), "SV: " + req_subject(po),
               DH("2026-11-20 09:12"), body, "<AM9P189MB1422F3E2D1C0B9A8@AM9P189MB1422.EURP189.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2027-01-15"), 2: C(d="2027-01-15")}},
               "'uge 2' after a November mail = ISO week 2 of 2027, Friday 2027-01-15; quantities and prices as ordered. "
               "'18/12' is the requested date being declined.")
    return [po], eml, exp


@case("pallet-wrap-full-pallets-v51", "sv-SE",
      "Swedish: film only in full pallets of 36 rolls (60 -> 72), 'Leverans v. 51' (Friday 2026-12-18) for both lines.")
def c041():
    s = S("EMBHUS", "Emballagehuset i Borås AB", "order@emballagehuset.example", "sv-SE")
    po = PO("4500018626", s, [
        L("PW-450-23-BL", "Pallet wrap 450 mm x 250 m, 23 micron, black", 60, "ROL", "98.00", "2026-12-17"),
        L("PW-EDGE-1000", "Cardboard edge protector 1000 mm", 500, "EA", "4.10", "2026-12-17"),
    ], "SEK", "2026-11-09", "lena")
    txt = """Hej Lena!

Tack för beställningen 4500018626. Vi bekräftar enligt följande:

Rad 1: Sträckfilm svart 23 my - vi levererar endast hela pallar om 36 rullar, så vi skickar
       72 rullar à 98,00 kr. Leverans v. 51.
Rad 2: Kantskydd 1000 mm - 500 st à 4,10 kr. Leverans v. 51.

Med vänlig hälsning
Johan Lindqvist
Innesälj, Emballagehuset i Borås AB
Tel 033-41 52 60 | Org.nr 556123-4567
"""
    body = T(txt + "\n" + q_outlook(po, "sv", "den 9 november 2026 09:05"), charset="iso-8859-1")
    eml = MAIL(AD("Johan Lindqvist", "johan.lindqvist@emballagehuset.example"), buyer_to(po), "SV: " + req_subject(po),
               DH("2026-11-11 14:03"), body, "<GV3P280MB0377B8A9C0D1E2F3@GV3P280MB0377.SWEP280.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(q=72, d="2026-12-18"), 2: C(d="2026-12-18")}},
               "'v. 51' = Friday 2026-12-18 (PO 2026-12-17). Line 1 rounded to two full pallets of 36 = 72 rolls at 98,00; "
               "line 2 qty/price unchanged.")
    return [po], eml, exp


@case("bench-grinder-exchange-ndr-norwegian", "nb-NO",
      "Norwegian Exchange Online NDR ('Ikke levert') with HTML+text explanation, delivery-status and the returned message.")
def c042():
    s = S("BERGVT", "Bergen Verktøy AS", "ordre@bergenverktoy.example", "nb-NO")
    po = PO("4500018632", s, [
        L("BG-250-400V", "Bench grinder 250 mm, 400 V, with dust extraction port", 2, "EA", "6890.00", "2027-01-22"),
    ], "NOK", "2026-11-13", "tomasz")
    txt = """Meldingen ble ikke levert

Meldingen din kunne ikke leveres til ordre@bergenverktoy.example fordi domenet bergenverktoy.example
ikke ble funnet. Kontroller at adressen er riktig stavet, og prøv å sende meldingen på nytt.

Diagnostikkinformasjon for administratorer:
Genererer server: AM7PR04MB6981.eurprd04.prod.outlook.example
ordre@bergenverktoy.example
Remote server returned '550 5.4.310 DNS domain bergenverktoy.example does not exist [Message=InfoDomainNonexistent]'
"""
    html = "<p><b><font color=\"#C00000\" size=\"4\">Meldingen ble ikke levert</font></b></p>" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in txt.split("\n\n")[1:])
    ds = ("Reporting-MTA: dns;AM7PR04MB6981.eurprd04.prod.outlook.example\n"
          "Received-From-MTA: dns;AM7PR04MB6981.eurprd04.prod.outlook.example\n"
          "Arrival-Date: Fri, 13 Nov 2026 08:05:12 +0000\n\n"
          "Final-Recipient: rfc822;ordre@bergenverktoy.example\nAction: failed\nStatus: 5.4.310\n"
          "Diagnostic-Code: smtp;550 5.4.310 DNS domain bergenverktoy.example does not exist [Message=InfoDomainNonexistent]\n")
    orig = (f"From: Tomasz Weber <tomasz.weber@kestrelworks.example>\nTo: ordre@bergenverktoy.example\n"
            f"Subject: {req_subject(po)}\nDate: Fri, 13 Nov 2026 09:05:08 +0100\nMessage-ID: {po['request_message_id']}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
            f"{req_text(po)}")
    body = M("report", M("alternative", T(txt), H(html)),
             RAW("message/delivery-status", ds.encode()),
             RAW("message/rfc822", orig.encode()),
             params="; report-type=delivery-status")
    eml = MAIL(AD("Microsoft Outlook", "postmaster@kestrelworks.example"), "tomasz.weber@kestrelworks.example",
               "Ikke levert: " + req_subject(po), DH("2026-11-13 08:05", "+0000"), body,
               "<3f1a2b4c-5d6e-7f80-91a2-b3c4d5e6f708@AM7PR04MB6981.eurprd04.prod.outlook.example>",
               po["request_message_id"], po["request_message_id"],
               extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [po], eml, OTHER("bounce", "Exchange non-delivery report (Norwegian): the supplier's domain does not exist "
                                      "(550 5.4.310); it is threaded on our request but is a bounce, not an answer.")


@case("quick-couplers-terse-finnish", "fi-FI",
      "Terse Finnish 'tilaus ok, toimitus viikolla 50' (= the requested Friday) with one line re-priced to 12,40 €/kpl.")
def c043():
    s = S("HYDKYT", "Hydrauliikka-Kytkin Oy", "tilaukset@hydrokytkin.example", "fi-FI")
    po = PO("4500018649", s, [
        L("QC-ISO-B-3/8", "Quick coupler ISO 7241-B, 3/8\", female", 60, "EA", "11.80", "2026-12-11"),
        L("QC-ISO-B-1/2M", "Quick coupler ISO 7241-B, 1/2\", male", 60, "EA", "9.90", "2026-12-11"),
        L("QC-DUSTCAP", "Dust cap set for ISO-B couplers", 30, "SET", "3.20", "2026-12-11"),
    ], "EUR", "2026-11-10")
    txt = """Moi,

tilaus 4500018649 ok. Toimitus viikolla 50.
Rivi 2 hinta 12,40 €/kpl (hinnankorotus 1.11.), muut hinnat kuten tilauksessa.

t. Jari

--
Jari Nieminen
Hydrauliikka-Kytkin Oy | Teollisuustie 5, 33330 Tampere | p. 040 123 4567 | Y-tunnus 1234567-8
"""
    body = T(txt + "\n" + q_outlook(po, "fi", "10. marraskuuta 2026 10.05"), charset="iso-8859-15")
    eml = MAIL(AD("Jari Nieminen", "jari.nieminen@hydrokytkin.example"), buyer_to(po), "VS: " + req_subject(po),
               DH("2026-11-12 07:58", "+0200"), body, "<HE1P190MB0322C2D3E4F5A6B7@HE1P190MB0322.EURP190.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(p="12.40"), 3: A}},
               "'viikolla 50' = Friday 2026-12-11 = requested. Line 2 re-priced to 12.40 (was 9.90); lines 1 and 3 as "
               "ordered. '1.11.' is the date of the price increase, not a delivery date.")
    return [po], eml, exp


@case("rubber-mats-two-pos-new-thread", "et-EE",
      "Estonian mail starting a new thread that confirms two POs at once; only the second has a price increase.")
def c044():
    s = S("KUMMI", "Kummitoode OÜ", "muuk@kummitoode.example", "et-EE")
    po1 = PO("4500018655", s, [
        L("RM-DRAIN-0912", "Drainage rubber mat 900x1200x12 mm", 30, "EA", "22.40", "2026-12-14"),
        L("RM-RAMP-EDGE", "Bevelled edge ramp for rubber mats, 900 mm", 30, "EA", "6.80", "2026-12-14"),
    ], "EUR", "2026-11-05", "priya")
    po2 = PO("4500018661", s, [
        L("RM-STALL-1218", "Industrial rubber mat 1200x1800x18 mm", 10, "EA", "41.00", "2027-01-11"),
    ], "EUR", "2026-11-09", "priya")
    txt = """Tere, Priya!

Kinnitame mõlemad tellimused:

4500018655
- drenaažimatt 900x1200x12: 30 tk à 22,40 €, tarne 14.12.2026
- kaldservad 900 mm: 30 tk à 6,80 €, tarne 14.12.2026

4500018661
- kummimatt 1200x1800x18: 10 tk, hind 43,50 € (tooraine hinnatõus), tarne 11.01.2027

Lugupidamisega
Kadri Tamm
Kummitoode OÜ | Tartu mnt 84, 10112 Tallinn | tel +372 655 1234 | KMKR EE101234567
"""
    body = T(txt, charset="iso-8859-15")
    eml = MAIL(AD("Kadri Tamm", "kadri.tamm@kummitoode.example"), "Priya Nair <priya.nair@kestrelworks.example>",
               "Tellimused 4500018655 ja 4500018661", DH("2026-11-16 10:26", "+0200"), body,
               "<b5c6d7e8-f9a0-4b1c-8d2e-3f4a5b6c7d8e@kummitoode.example>")
    exp = CONF([po1, po2], {po1["po_number"]: {1: A, 2: A}, po2["po_number"]: {1: C(p="43.50")}},
               "Not threaded; both POs answered. 4500018655: both lines as ordered (14.12.2026). 4500018661: qty and date "
               "(11.01.2027) as ordered, price 43,50 instead of 41.00.")
    return [po1, po2], eml, exp


@case("trolley-wheels-new-offer-latvian", "lv-LV",
      "Latvian (ISO-8859-13): prices changed, cannot confirm, a new offer will follow this week - no commitment.")
def c045():
    s = S("RITSERV", "Riteņu Serviss SIA", "pasutijumi@ritenuserviss.example", "lv-LV")
    po = PO("4500018678", s, [
        L("TW-160-PP-SW", "Trolley wheel 160 mm, polypropylene, swivel plate", 80, "EA", "5.60", "2026-12-18"),
        L("TW-160-PP-FX", "Trolley wheel 160 mm, polypropylene, fixed plate", 80, "EA", "4.90", "2026-12-18"),
    ], "EUR", "2026-11-12", "tomasz")
    txt = """Labdien, Tomasz!

Paldies par pasūtījumu Nr. 4500018678. Diemžēl ražotājs no 1. decembra ir mainījis cenas,
tāpēc šobrīd nevaram apstiprināt pasūtījumu par norādītajām cenām.
Šīs nedēļas laikā nosūtīsim jaunu piedāvājumu ar aktuālajām cenām un piegādes termiņiem.

Ar cieņu
Līga Bērziņa
Riteņu Serviss SIA | Rīga, Krasta iela 52, LV-1019 | tālr. +371 67 123 456
"""
    body = T(txt + "\n" + q_gt(po, "2026. gada 12. novembris 09:05, Tomasz Weber rakstīja:"), charset="iso-8859-13")
    eml = MAIL(AD("Līga Bērziņa", "liga.berzina@ritenuserviss.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-16 11:40", "+0200"), body, "<1e2f3a4b5c6d@ritenuserviss.example>", *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "Supplier says it cannot confirm at the ordered prices and will send a new "
                                            "offer this week; no line is committed.")


@case("cable-glands-csv-cp1257", "lt-LT",
      "Lithuanian mail with an ERP CSV (windows-1257, ';', decimal comma): one line later, one line quantity 0 'nebegaminama'.")
def c046():
    s = S("KABSPR", "UAB Kabelių sprendimai", "uzsakymai@kabeliusprendimai.example", "lt-LT")
    po = PO("4500018684", s, [
        L("CG-M20-EMC", "EMC cable gland M20x1.5, brass", 100, "EA", "4.85", "2026-12-15"),
        L("CG-M40-PA", "Cable gland M40x1.5, polyamide, grey", 50, "EA", "2.10", "2026-12-15"),
        L("CG-RED-M25M20", "Reducer M25-M20, nickel-plated brass", 100, "EA", "0.95", "2026-12-15"),
    ], "EUR", "2026-11-09", "lena")
    csv = ("Užsakymo Nr.;Eil.;Prekės kodas;Pavadinimas;Kiekis;Mato vnt.;Kaina EUR;Pristatymo data;Pastaba\r\n"
           "4500018684;1;CG-M20-EMC;EMC kabelio riebokšlis M20;100;vnt.;4,85;2026-12-15;\r\n"
           "4500018684;2;CG-M40-PA;Kabelio riebokšlis M40 PA;50;vnt.;2,10;2027-01-12;Tiekėjo vėlavimas\r\n"
           "4500018684;3;CG-RED-M25M20;Perėjimas M25-M20;0;vnt.;0,00;;Prekė nebegaminama\r\n").encode("cp1257")
    txt = """Laba diena,

siunčiame užsakymo Nr. 4500018684 patvirtinimą (CSV failas prisegtas).

Pagarbiai
Rūta Kazlauskienė
UAB Kabelių sprendimai | Savanorių pr. 187, Kaunas | tel. +370 37 45 67 89
"""
    body = M("mixed", T(txt, charset="windows-1257"), ATT(csv, "text/csv; charset=windows-1257", "patvirtinimas_4500018684.csv"))
    eml = MAIL(AD("Rūta Kazlauskienė", "ruta.k@kabeliusprendimai.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-12 13:40", "+0200"), body, "<000001db34f6$0a1b2c3d$4e5f6a7b$@kabeliusprendimai.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(d="2027-01-12"), 3: R}},
               "The CSV is the confirmation. Line 1 as ordered; line 2 same qty/price, delivery 2027-01-12 (supplier delay); "
               "line 3 quantity 0, price 0,00, note 'item no longer produced' -> rejected.")
    return [po], eml, exp


@case("anchor-bolts-whole-order-declined", "sl-SI",
      "Slovenian supplier declines the whole order (range discontinued) and recommends another company - a rejection is an answer.")
def c047():
    s = S("SIDRO", "Sidro d.o.o.", "prodaja@sidro-slo.example", "sl-SI")
    po = PO("4500018690", s, [
        L("AB-WEDGE-M8", "Wedge anchor bolt M8x75, zinc", 1000, "EA", "0.2100", "2026-12-11"),
        L("AB-WEDGE-M10", "Wedge anchor bolt M10x95, zinc", 600, "EA", "0.3300", "2026-12-11"),
    ], "EUR", "2026-11-10")
    txt = """Spoštovana ga. Ruiz,

zahvaljujemo se za naročilo št. 4500018690. Žal vam ga ne moremo potrditi: s 1. 12. 2026 prenehamo
s prodajo vijačnega programa (sidra, vijaki) in nimamo več zaloge teh artiklov.
Naročilo zato v celoti zavračamo.

Za sidrne vijake vam priporočamo podjetje Vijak-Tehnika d.o.o. (info@vijak-tehnika.example).

Lep pozdrav,
Matej Kranjc
Sidro d.o.o. | Litijska cesta 259, 1261 Ljubljana-Dobrunje | T: +386 1 520 44 10
"""
    body = T(txt + "\n" + q_outlook(po), charset="iso-8859-2")
    eml = MAIL(AD("Matej Kranjc", "matej.kranjc@sidro-slo.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-11 15:33"), body, "<VI1P195MB0545D4C3B2A1F0E9@VI1P195MB0545.EURP195.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: R, 2: R}},
               "Clear refusal of the whole order ('v celoti zavračamo'); both lines rejected. The date 1. 12. 2026 is when "
               "they stop selling, not a delivery date.")
    return [po], eml, exp


@case("ladder-hooks-helpdesk-ticket-ack", "hr-HR",
      "Croatian helpdesk system acknowledgment with a ticket number and '2 radna dana' response time - automatic, no commitment.")
def c048():
    s = S("LJKUKE", "Ljestve i kuke d.o.o.", "narudzbe@ljestve-kuke.example", "hr-HR")
    po = PO("4500018707", s, [
        L("LH-ROOF-600", "Roof ladder hook, galvanised, 600 mm", 10, "EA", "24.50", "2027-01-08"),
        L("LH-STORE-3", "Ladder storage hook set (3 pcs)", 20, "SET", "12.00", "2027-01-08"),
    ], "EUR", "2026-11-13", "tomasz")
    txt = """Poštovani,

Vaša poruka je zaprimljena i dodijeljen joj je broj zahtjeva #84213.
Naš tim će Vam odgovoriti u najkraćem mogućem roku (uobičajeno unutar 2 radna dana).

Molimo da ne mijenjate predmet poruke kako bi odgovori bili povezani sa zahtjevom.

Ovo je automatski generirana poruka, molimo ne odgovarajte na nju.

Ljestve i kuke d.o.o. | Služba za korisnike | Radnička cesta 80, 10000 Zagreb
"""
    body = M("alternative", T(txt), H("<p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"))
    eml = MAIL(AD("Ljestve i kuke - podrška", "noreply-helpdesk@ljestve-kuke.example"), buyer_to(po),
               "[Zahtjev #84213] Re: " + req_subject(po), DH("2026-11-13 09:06"), body,
               "<ticket-84213-ack@helpdesk.ljestve-kuke.example>", *reply_hdrs(po),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Helpdesk-Ticket", "84213")])
    return [po], eml, OTHER("auto_reply", "Automatic helpdesk receipt (ticket #84213); it only says a reply will follow.")


@case("bench-grinders-serbian-latin-partial", "sr-RS",
      "Serbian Latin (ISO-8859-2): 'isporuka do 18.12.' for two lines; the dresser is out of stock with the date promised next week.")
def c049():
    s = S("ALMOR", "Alati Morava d.o.o.", "prodaja@alatimorava.example", "sr-RS")
    po = PO("4500018713", s, [
        L("BG-175-VAR", "Bench grinder 175 mm, variable speed", 4, "EA", "189.00", "2026-12-18"),
        L("BG-STAND-PED", "Pedestal stand for bench grinder", 4, "EA", "74.00", "2026-12-18"),
        L("BG-DRESS-DIA", "Diamond wheel dresser", 4, "EA", "16.50", "2026-12-18"),
    ], "EUR", "2026-11-11", "lena")
    txt = """Poštovana gospođo Holt,

potvrđujemo Vašu porudžbinu br. 4500018713:

1. Stona brusilica 175 mm sa regulacijom brzine - 4 kom. x 189,00 EUR - isporuka do 18.12.
2. Postolje za brusilicu - 4 kom. x 74,00 EUR - isporuka do 18.12.
3. Dijamantski ravnač tocila - trenutno nemamo na stanju; javićemo Vam rok isporuke sledeće nedelje.

Srdačan pozdrav,
Nenad Jovanović
Alati Morava d.o.o. | Kneza Miloša 12, 37000 Kruševac | PIB 101234567 | tel. 037 412 345
"""
    body = T(txt, charset="iso-8859-2")
    eml = MAIL(AD("Nenad Jovanović", "nenad.jovanovic@alatimorava.example", "iso-8859-2"), buyer_to(po),
               "Odg: " + req_subject(po), DH("2026-11-13 12:20"), body, "<5a6b7c8d9e0f1a2b@alatimorava.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: A, 3: U}},
               "Lines 1-2 confirmed at PO qty/price, delivery by 18.12. (= 2026-12-18). Line 3 out of stock, lead time "
               "promised next week -> unconfirmed.")
    return [po], eml, exp


@case("measuring-tapes-price-increase-circular", "mk-MK",
      "Macedonian circular announcing +6% from 01.01.2027 to all customers; new thread, mentions no PO.")
def c050():
    s = S("MKALAT", "Market Alat DOOEL", "nabavka@marketalat.example", "mk-MK")
    po = PO("4500018729", s, [
        L("MT-5M-19-MK", "Measuring tape 5 m x 19 mm", 100, "EA", "2.40", "2026-12-16"),
        L("MT-LASER-40", "Laser distance meter 40 m", 5, "EA", "38.00", "2026-12-16"),
    ], "EUR", "2026-11-12", "priya")
    txt = """Почитувани деловни партнери,

Ве известуваме дека поради зголемените трошоци за суровини и транспорт, од 01.01.2027 цените на
сите производи од нашиот асортиман (метри, либели, рачни алати) ќе бидат зголемени за 6%.

Сите нарачки потврдени до 31.12.2026 ќе бидат испорачани по досегашните цени.
Новиот ценовник ќе ви го доставиме до 15.12.2026.

Со почит,
Горан Стојановски, управител
Маркет Алат ДООЕЛ, Скопје | тел. +389 2 3123 456
"""
    body = T(txt, cte="base64")
    eml = MAIL(AD("Маркет Алат ДООЕЛ", "direktor@marketalat.example"), "undisclosed-recipients:;",
               "Известување за корекција на цени од 01.01.2027", DH("2026-11-19 08:00"), body,
               "<circular-2026-11-19@marketalat.example>")
    return [po], eml, OTHER("unrelated", "General price-increase circular to all partners (undisclosed recipients), no PO "
                                         "reference; it neither confirms nor changes PO 4500018729.")


@case("drum-pumps-question-diesel-or-oil", "sq-AL",
      "Albanian supplier asks whether the pump is for diesel or oil (other model 189,00 €) before confirming.")
def c051():
    s = S("POMPADR", "Pompa Adriatik sh.p.k.", "shitje@pompaadriatik.example", "sq-AL")
    po = PO("4500018736", s, [
        L("DP-DIESEL-12V", "Diesel transfer drum pump 12 V, 40 L/min", 3, "EA", "145.00", "2026-12-18"),
        L("DP-NOZZLE-AUTO", "Automatic nozzle 3/4\" for diesel pump", 3, "EA", "38.00", "2026-12-18"),
    ], "EUR", "2026-11-13")
    txt = """Përshëndetje znj. Ruiz,

Faleminderit për porosinë 4500018736. Para se ta konfirmojmë, na duhet të dimë nëse pompa do të
përdoret vetëm për naftë apo edhe për vaj. Për vajin kemi model tjetër (DP-OIL-12V, 189,00 €).

Ju lutem na konfirmoni dhe ne do t'ju dërgojmë konfirmimin e porosisë me datat e dorëzimit.

Me respekt,
Arben Hoxha
Pompa Adriatik sh.p.k. | Rruga e Durrësit 45, Tiranë | Tel. +355 4 222 3344
"""
    body = T(txt + "\n" + q_gt(po, "Më 13.11.2026 09:05, Dana Ruiz shkroi:"))
    eml = MAIL(AD("Arben Hoxha", "arben.hoxha@pompaadriatik.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-17 10:05"), body, "<0f1e2d3c4b5a@pompaadriatik.example>", *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "A question about the application with an alternative model; the confirmation "
                                            "with delivery dates is explicitly deferred until we answer.")


@case("insulated-gloves-exim-mailbox-full", "en-IE",
      "Plain-text Exim bounce (not multipart/report): mailbox full, retry timeout exceeded, with the full original message copied below.")
def c052():
    s = S("SHANSAF", "Shannon Safety Supplies Ltd", "orders@shannonsafety.example", "en-IE")
    po = PO("4500018742", s, [
        L("IG-CL2-11", "Insulated gloves class 2 (17000 V), size 11", 10, "PR", "79.00", "2027-01-15"),
    ], "EUR", "2026-11-16", "priya")
    txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@shannonsafety.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <priya.nair@kestrelworks.example>
Received: from mx1.kestrelworks.example ([203.0.113.25])
	by mail.shannonsafety.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <priya.nair@kestrelworks.example>)
	id 1tM7qA-0004Xy-2K
	for orders@shannonsafety.example; Mon, 16 Nov 2026 08:05:14 +0000
From: Priya Nair <priya.nair@kestrelworks.example>
To: orders@shannonsafety.example
Subject: {req_subject(po)}
Date: Mon, 16 Nov 2026 09:05:10 +0100
Message-ID: {po['request_message_id']}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

{req_text(po)}"""
    body = T(txt, cte="7bit", charset="us-ascii")
    eml = MAIL(AD("Mail Delivery System", "Mailer-Daemon@mail.shannonsafety.example"), "priya.nair@kestrelworks.example",
               "Mail delivery failed: returning message to sender", DH("2026-11-20 08:06", "+0000"), body,
               "<E1tNpQz-0007Ab-9F@mail.shannonsafety.example>",
               pre=[("Return-Path", "<>")],
               extra=[("X-Failed-Recipients", "orders@shannonsafety.example"), ("Auto-Submitted", "auto-replied")])
    return [po], eml, OTHER("bounce", "Exim bounce in plain text: orders@shannonsafety.example mailbox full, retry timeout "
                                      "exceeded; the copied original is our own request, not a supplier answer.")


@case("drum-pumps-2-of-3-backorder", "en-AU",
      "Aussie casual reply: 2 of 3 pumps by 'Fri 11/12', the third on backorder with no date - confirmed quantity 2.")
def c053():
    s = S("SCFLUID", "Southern Cross Fluid Handling Pty Ltd", "sales@scfluid.example", "en-AU")
    po = PO("4500018758", s, [
        L("DP-PISTON-205", "Piston drum pump for 205 L drums, steel", 3, "EA", "129.00", "2026-12-11"),
        L("DP-HOSE-KIT", "Discharge hose kit 2 m with spout", 3, "SET", "34.50", "2026-12-11"),
    ], "AUD", "2026-11-16", "tomasz")
    txt = """Hi Tomasz,

All good with 4500018758. Can do 2 of the 3 pumps by Fri 11/12, third one's on backorder til mid Jan -
I'll confirm a date once I hear back from the manufacturer. Hose kits all fine for the 11th, same price.

Cheers,
Shane O'Brien
Southern Cross Fluid Handling Pty Ltd
ABN 51 824 753 556 | 12 Kembla St, Wollongong NSW 2500 | (02) 4229 8812
"""
    body = M("alternative", T(txt + "\n" + q_gt(po, "On Mon, 16 Nov 2026 at 7:05 pm, Tomasz Weber <tomasz.weber@kestrelworks.example> wrote:")),
             H("<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div>"))
    eml = MAIL(AD("Shane O'Brien", "shane@scfluid.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-18 16:40", "+1100"), body, "<CAN4d8fT1qWz7yR3mX5pL9kV2sB6hJ0c@mail.gmail.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(q=2), 2: A}},
               "Line 1: only 2 of 3 pumps committed by Fri 11/12 (= 2026-12-11) at the PO price; the third has no committed "
               "date ('mid Jan', will confirm), so the confirmed quantity is 2. Line 2 as ordered.")
    return [po], eml, exp


@case("extension-cords-forwarded-warehouse", "en-NZ",
      "NZ rep's reply with the warehouse's internal answer forwarded below; leads ship 'Monday' (16 Nov), boxes dispatched Fri 8 Jan.")
def c054():
    s = S("KIWIEL", "Kiwi Electrical Wholesale Ltd", "orders@kiwielectrical.example", "en-NZ")
    po = PO("4500018765", s, [
        L("EC-20M-HD", "Heavy-duty extension lead 20 m, 10 A, RCD protected", 40, "EA", "62.00", "2026-12-14"),
        L("EC-3WAY-BOX", "3-way outlet box, IP44", 40, "EA", "18.50", "2026-12-14"),
    ], "NZD", "2026-11-10", "lena")
    txt = """Kia ora Lena,

See below from our warehouse. Your PO 4500018765 is confirmed, prices as per PO.
The leads go out Monday as Dave says. The outlet boxes come on the next container (ETA 7/1),
we'll dispatch yours Fri 8 Jan.

Ngā mihi,
Aroha Ngata
Account Manager | Kiwi Electrical Wholesale Ltd
45 Vickery St, Te Rapa, Hamilton 3200 | 07 850 1234 | 021 555 678

---------- Forwarded message ---------
From: Warehouse Ops <warehouse@kiwielectrical.example>
Date: Thu, 12 Nov 2026 at 08:14
Subject: RE: stock check 4500018765
To: Aroha Ngata <aroha.ngata@kiwielectrical.example>

Hi Aroha,
40 x EC-20M-HD on the shelf, can go out Monday 16th.
EC-3WAY-BOX zero stock, 120 on the water, ETA 7/1.
Cheers, Dave
"""
    body = T(txt + "\n" + q_outlook(po, "en", long_en("2026-11-10", "21:05")))
    eml = MAIL(AD("Aroha Ngata", "aroha.ngata@kiwielectrical.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-12 10:30", "+1300"), body, "<SY4P282MB3051A2B3C4D5E6F7@SY4P282MB3051.AUSP282.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-11-16"), 2: C(d="2027-01-08")}},
               "Prices/quantities as per PO. Line 1 ships Monday 16 Nov (ship date only) = 2026-11-16. Line 2 dispatched "
               "Fri 8 Jan = 2027-01-08; 'ETA 7/1' (day-first) is the container arrival at the supplier, not our date.")
    return [po], eml, exp
