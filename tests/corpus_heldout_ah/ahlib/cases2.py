"""Cases 017-032."""
from __future__ import annotations

from .clients import gmail, outlook, plain_reply, reply_headers
from .common import (D, PO, REJ, UNC, acc, all_acc, case, chg, conf, expect, gmail_attrib, gt, is_weekday, kw,
                     next_on_or_after, request_dt, request_subject, request_text, sup)
from .mime import Attachment, Multi, Raw, Text, addr, hdr, html_escape, message, rfc_date, text_to_html
from .pdf import simple_doc
from .xlsx import build_xlsx

# ---------------------------------------------------------------- 017
s = sup("HEGTECH", "Hegesztéstechnika Kft.", "rendeles@hegtech.example", "hu-HU")
po = PO("4700231160", s, "2026-11-09", [
    ("WLD-G3SI1-10", "MIG wire G3Si1 (ER70S-6) 1.0 mm, spool 15 kg", 40, "SP", "38.40", "2026-11-30"),
    ("WLD-E6013-25", "Rutile electrode E 6013, 2.5x350 mm, box 5 kg", 30, "BX", "27.60", "2026-11-30"),
    ("WLD-316LSI-08", "MIG wire 316LSi 0.8 mm, spool 15 kg", 10, "SP", "142.00", "2026-11-30"),
    ("WLD-NOZ-15AK", "Gas nozzle conical for 15AK torch, pack of 10", 5, "PAK", "19.90", "2026-11-30"),
], buyer="jonas")
is_weekday(D(2026, 12, 4), 4)
rows = [
    ["RENDELÉS-VISSZAIGAZOLÁS"],
    ["Vevő:", "Nordwind Group, Esbjerg"],
    ["Vevő rendelésszáma:", "4700231160"],
    ["Visszaigazolás száma:", "VI-2026/03877"],
    ["Kelt:", D(2026, 11, 11)],
    [],
    ["Tétel", "Saját cikkszám", "Vevői cikkszám", "Megnevezés", "Mennyiség", "ME", "Egységár (EUR)", "Érték (EUR)", "Szállítási határidő", "Megjegyzés"],
    [10, "HT-11015", "WLD-G3SI1-10", "G3Si1 huzal 1,0 mm, 15 kg-os dob", 40, "dob", 38.4, 1536, D(2026, 11, 30), None],
    [20, "HT-20625", "WLD-E6013-25", "E 6013 rutilos elektróda 2,5x350 mm, 5 kg/doboz", 30, "doboz", 27.6, 828, D(2026, 12, 4), "gyártói szállítás"],
    [30, "HT-13308", "WLD-316LSI-08", "316LSi huzal 0,8 mm, 15 kg-os dob", 6, "dob", 142, 852, D(2026, 11, 30), "1. részszállítás"],
    [30, "HT-13308", "WLD-316LSI-08", "316LSi huzal 0,8 mm, 15 kg-os dob", 4, "dob", 142, 568, D(2027, 1, 15), "2. részszállítás"],
    [40, "HT-NZ15", "WLD-NOZ-15AK", "Gázterelő kúpos 15AK (10 db/csomag)", 5, "csomag", 21.5, 107.5, D(2026, 11, 30), "új listaár 2026.10.01-től"],
    [],
    [None, None, None, "Összesen nettó:", None, None, None, 3891.5],
    ["Fizetési feltétel: 30 nap, átutalás. Paritás: DAP Esbjerg. Ajánlatunk 2026.12.31-ig érvényes."],
]
assert 40 * 38.4 == 1536 and abs(30 * 27.6 - 828) < 1e-9 and 1536 + 828 + 852 + 568 + 107.5 == 3891.5
xl = build_xlsx([("Visszaigazolás", rows)], date_fmt="yyyy.mm.dd.")
body = """Tisztelt Keller Úr!

Mellékelten küldjük a 4700231160 számú rendelésének visszaigazolását (VI-2026/03877).
Kérjük, ellenőrizze a tételeket, a 30-as tételt két részletben tudjuk szállítani.

Üdvözlettel:
Kovács Eszter
értékesítési asszisztens
Hegesztéstechnika Kft. | 2040 Budaörs, Gyár utca 2. | Tel.: +36 23 415 780
"""
eml = message(reply_headers(po, "Kovács Eszter", "rendeles@hegtech.example", rfc_date(2026, 11, 11, 14, 36, 9),
                            "<001901db33f1$a0b1c2d3$e4f5a6b7$@hegtech.example>", prefix="Vá: ",
                            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
              Multi("mixed", [Text(body + "\n" + "-----Eredeti üzenet-----\nFeladó: Jonas Keller <jonas.keller@nordwind-group.example>\n"
                                   "Elküldve: 2026. november 9., hétfő 10:12\nCímzett: rendeles@hegtech.example\nTárgy: "
                                   + request_subject(po) + "\n\n" + request_text(po), "plain", "iso-8859-2", "quoted-printable"),
                              Attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl,
                                         "Visszaigazolas_4700231160.xlsx")],
                    "----=_NextPart_000_001A_01DB33F1.A0B1C2D3"))
case("welding-xlsx-hungarian", "confirmation / hu-HU, XLSX attachment",
     "Answer only in an XLSX with Hungarian column names, supplier positions 10-40 beside our item codes, date serials formatted yyyy.mm.dd., and position 30 split over two schedule rows.",
     [po], eml, expect("confirmation",
                       "Pos 10 = line 1 as ordered. Pos 20 = line 2, date 2026-12-04. Pos 30 = line 3 split 6 spools 2026-11-30 + 4 spools 2027-01-15. "
                       "Pos 40 = line 4, new list price 21.50. 'érvényes 2026.12.31-ig' is the offer validity.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, d=D(2026, 12, 4)),
                                  3: chg(po, 3, sched=[(6, D(2026, 11, 30)), (4, D(2027, 1, 15))]),
                                  4: chg(po, 4, p="21.50")})]))

# ---------------------------------------------------------------- 018
s = sup("BAJIO", "Muebles de Jardín del Bajío S.A. de C.V.", "ventas@mueblesbajio.example", "es-MX")
po = PO("4700231171", s, "2026-11-10", [
    ("GF-LNG-TEAK", "Teak sun lounger with wheels, adjustable back", 24, "EA", "265.00", "2027-01-22"),
    ("GF-DIN-SET6", "Dining set teak: table 180 cm + 6 chairs", 6, "SET", "1140.00", "2027-01-22"),
], buyer="marta", currency="USD")
body = """Buenas tardes Marta,

Recibimos su orden de compra 4700231171, muchas gracias. Mi compañero Luis Ortega, que lleva la programación de producción de la línea de teca, está hoy en planta en León; él le confirma mañana a primera hora fechas y precios.

Quedo a sus órdenes.

Saludos cordiales,

Fernanda Ruiz Esparza
Asistente de Ventas
Muebles de Jardín del Bajío S.A. de C.V.
Tel. +52 (477) 712 4590 ext. 113
"""
eml = message(reply_headers(po, "Fernanda Ruiz Esparza", "ventas@mueblesbajio.example", rfc_date(2026, 11, 12, 18, 47, 33, "-0600"),
                            "<SJ0PR19MB6650B0C1D2E3F4A5@SJ0PR19MB6650.namprd19.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_SJ0PR19MB6650B0C1D2E3F4A5SJ0PR19MB6650namp_", lang="es",
                      sent="martes, 10 de noviembre de 2026 03:12 a. m."))
case("garden-assistant-colleague-tomorrow", "needs_review / es-MX, Outlook",
     "A sales assistant acknowledges the PO and says her colleague will confirm dates and prices tomorrow; nothing is committed.",
     [po], eml, expect("needs_review", "Receipt acknowledged by a human; confirmation promised for tomorrow by a colleague."))

# ---------------------------------------------------------------- 019
s = sup("CYKNORD", "CykelDele Nord ApS", "ordre@cykeldele-nord.example", "da-DK")
po = PO("4700231185", s, "2026-11-11", [
    ("BK-HUB-DYN-32", "Dynamo front hub 6V 3W, 32H, quick release", 40, "EA", "38.50", "2026-12-14"),
    ("BK-RIM-622-32", "Rim 622x19, 32H, double wall, black", 80, "EA", "21.90", "2026-12-14"),
    ("BK-SPK-266", "Stainless spokes 2.0 mm, 266 mm, box of 144", 6, "BX", "29.00", "2026-12-14"),
], buyer="olivia")
body = """Hej Olivia

Tak for ordren 4700231185. Desværre må vi afvise den i sin helhed: vores leverandør af navdynamoer og fælge har indstillet leverancerne til os pr. 1. november, og de sidste lagervarer er solgt. Eger i 266 mm fører vi kun sammen med fælgene, så dem kan vi heller ikke levere separat.

Som alternativ kan vi tilbyde:
- navdynamo 6V 2,4W, 32H, centerlock (vare nr. 40-2271) à 44,00 EUR, levering uge 51
- fælg 622x21, 32H (vare nr. 41-6220) à 23,40 EUR, levering uge 2/2027

Giv endelig besked, hvis I vil have et tilbud på dem, så sender vi en ny ordrebekræftelse.

Venlig hilsen
Mads Kjeldsen
Salg & ordrebehandling
CykelDele Nord ApS · Industrivej 9 · 9700 Brønderslev · CVR 35 81 44 02
"""
eml = message(reply_headers(po, "Mads Kjeldsen", "ordre@cykeldele-nord.example", rfc_date(2026, 11, 12, 10, 5, 17),
                            "<CAKx2Pq7Tn1+Rm9Jw3ZsA8fV0bLc@mail.gmail.com>", prefix="Sv: "),
              gmail(body, po, "000000000000e5d4c3b2a1900019", attrib="Den ons. 11. nov. 2026 kl. 10.12 skrev Olivia Brandt <olivia.brandt@nordwind-group.example>:"))
case("bike-whole-order-rejected", "confirmation / da-DK, Gmail",
     "The whole order is declined, with alternative articles, prices and delivery weeks that must not be read as a confirmation.",
     [po], eml, expect("confirmation", "All three lines declined (supplier stopped, spokes only sold with rims). Alternatives in uge 51 / uge 2 are offers, not commitments.",
                       [conf(po, {1: REJ, 2: REJ, 3: REJ})]))

# ---------------------------------------------------------------- 020
s = sup("HIGHVELD", "Highveld Belting (Pty) Ltd", "orders@highveldbelting.example", "en-ZA")
po = PO("4700231192", s, "2026-11-05", [
    ("CB-EP400-3-800", "Conveyor belt EP400/3, 800 mm wide, 5+1.5 mm covers", 120, "M", "46.80", "2026-12-18"),
    ("CB-EP630-4-1000", "Conveyor belt EP630/4, 1000 mm wide, 6+2 mm covers", 60, "M", "79.50", "2026-12-18"),
    ("CB-VULC-KIT", "Cold vulcanising splice kit, 1000 mm", 4, "EA", "210.00", "2026-12-18"),
], buyer="jonas", currency="USD")
body = """Good day Jonas,

Thank you for your order. Please find our acknowledgement SO-26-04418 below. Note we've added the sea freight as a separate line, as we were asked to arrange shipping to Esbjerg.

Ln | Our code      | Your code        | Description                      | Qty    | Unit price | Amount (USD)
1  | HB-EP4003-08  | CB-EP400-3-800   | EP400/3 800mm 5+1.5              | 120 m  | 46.80      | 5,616.00
2  | HB-EP6304-10  | CB-EP630-4-1000  | EP630/4 1000mm 6+2               | 60 m   | 79.50      | 4,770.00
3  | HB-CVK-1000   | CB-VULC-KIT      | Cold splice kit 1000mm           | 4 ea   | 218.00     | 872.00
4  | FRT-SEA       | -                | Sea freight + packing, CIF Esbjerg | 1 lot | 1,450.00   | 1,450.00
                                                                               Total USD 12,708.00

Belts ship ex Germiston on 20/11/2026, ETA Esbjerg 18/12/2026. The splice kit price went up by USD 8.00 as the adhesive is now imported from Germany.

Kind regards
Thandi Mokoena
Sales Administrator | Highveld Belting (Pty) Ltd
14 Electron Road, Isando, Germiston 1600 | Tel +27 11 974 3310
"""
assert 120 * 46.80 == 5616 and 60 * 79.5 == 4770 and 4 * 218 == 872 and 5616 + 4770 + 872 + 1450 == 12708
eml = message(reply_headers(po, "Thandi Mokoena", "orders@highveldbelting.example", rfc_date(2026, 11, 6, 9, 27, 40, "+0200"),
                            "<AM4PR1001MB1355C0FFEE11AA22@AM4PR1001MB1355.EURPRD10.PROD.OUTLOOK.COM>"),
              outlook(body, po, "_000_AM4PR1001MB1355C0FFEE11AA22AM4PR1001MB1355EURP_", lang="en",
                      sent="Thursday, 05 November 2026 11:12", font="Consolas"))
case("conveyor-freight-extra-line", "confirmation / en-ZA, Outlook",
     "The acknowledgement adds a fourth 'sea freight' line that is not on the PO; ship 20/11 vs ETA 18/12 (ETA is the delivery).",
     [po], eml, expect("confirmation",
                       "Lines 1-2 as ordered (ETA Esbjerg 18/12/2026 = requested). Line 3 price 218.00. The freight line 4 is an extra charge, not a PO line.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="218.00")})]))

# ---------------------------------------------------------------- 021
s = sup("LABOCHEM", "Labo Chemie Vlaanderen NV", "orders@labochemie-vl.example", "nl-BE")
po = PO("4700231205", s, "2026-11-12", [
    ("LC-ACN-HPLC-25", "Acetonitrile HPLC gradient grade, bottle 2.5 l", 24, "BT", "61.20", "2026-12-09"),
    ("LC-MEOH-AR-25", "Methanol AR, bottle 2.5 l", 36, "BT", "18.40", "2026-12-09"),
    ("LC-HCL37-25", "Hydrochloric acid 37% AR, bottle 2.5 l", 12, "BT", "22.75", "2026-12-09"),
], buyer="priya")
is_weekday(D(2026, 12, 9), 2)
body = """Dag Priya,

Order 4700231205 is genoteerd en bevestigd zoals besteld. Levering op woensdag 9 december via onze ADR-transporteur (HCl 37% valt onder UN 1789, klasse 8, verpakkingsgroep II).

Met vriendelijke groeten,

Kristof Van den Broeck
Customer Service Lab Supplies
Labo Chemie Vlaanderen NV
Industriepark Noord 14, 9100 Sint-Niklaas
T +32 3 760 41 22 | F +32 3 760 41 29 | GSM +32 477 21 84 06
BTW BE 0456.789.123 | RPR Gent, afdeling Dendermonde
IBAN BE68 5390 0754 7034 | BIC GKCCBEBB
Opgericht op 12/03/1998 – ISO 9001:2015 gecertificeerd sinds 04/07/2003 (certificaat nr. 2003/11/0712)
Erkenning OVAM nr. 2019-0231 – geldig tot 31/12/2027
Orderdesk: ma-vr 8u00-16u30 – bestellingen vóór 11u00 worden dezelfde dag verwerkt

Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, gelieve de afzender te verwittigen en het bericht te verwijderen.
"""
eml = message(reply_headers(po, "Kristof Van den Broeck", "orders@labochemie-vl.example", rfc_date(2026, 11, 13, 11, 48, 20),
                            "<DU2PR10MB5179AB12CD34EF56@DU2PR10MB5179.EURPRD10.PROD.OUTLOOK.COM>", prefix="RE: "),
              outlook(body, po, "_000_DU2PR10MB5179AB12CD34EF56DU2PR10MB5179EURP_", lang="nl",
                      sent="donderdag 12 november 2026 10:12", charset="windows-1252"))
case("labchem-signature-numbers", "confirmation / nl-BE, Outlook windows-1252",
     "A one-sentence confirmation buried above a signature full of dates and numbers (IBAN, BTW, founding date, ISO and certificate dates, validity 31/12/2027, UN number).",
     [po], eml, expect("confirmation", "Confirmed as ordered, delivery Wed 9 December = requested. All other dates/numbers are in the signature.",
                       [all_acc(po)]))

# ---------------------------------------------------------------- 022
s = sup("LIONCITY", "Lion City Switchgear Pte Ltd", "sales@lcswitchgear.example", "en-SG")
po = PO("4700231214", s, "2026-11-03", [
    ("EC-WM-600X600X250", "Wall-mount steel enclosure 600x600x250 mm, IP66", 10, "EA", "212.00", "2026-12-04"),
    ("EC-FS-2000X800X600", "Floor-standing cabinet 2000x800x600 mm, IP55, RAL 7035", 4, "EA", "1180.00", "2026-12-04"),
    ("EC-MP-600X600", "Mounting plate, galvanised, for 600x600 enclosure", 10, "EA", "24.50", "2026-12-04"),
], buyer="jonas", currency="USD")
first_id = "<SG2PR06MB5013D4C3B2A1F0E9@SG2PR06MB5013.apcprd06.prod.outlook.com>"
first = """Hi Jonas,

Good day. We confirm your PO 4700231214 as follows:

Line 1 - 10 pcs wall-mount enclosure 600x600x250 @ USD 212.00 - delivery 4 Dec 2026
Line 2 - 4 pcs floor-standing 2000x800x600 @ USD 1,206.00 (steel surcharge) - delivery 4 Dec 2026
Line 3 - 10 pcs mounting plate @ USD 24.50 - delivery 4 Dec 2026

Thanks & regards,
Wei Ling
"""
body = """Hi Jonas,

Apologies, a correction to my mail yesterday: for line 2 the price should read USD 1,260.00, not 1,206.00 (typo on my side). Also, the floor-standing cabinets can only be delivered on 18 Dec, not 4 Dec - our powder coating line is fully booked.

Lines 1 and 3 remain as confirmed. Sorry for the confusion!

Thanks & regards,
Tan Wei Ling
Sales Coordinator
Lion City Switchgear Pte Ltd
21 Tuas South Avenue 7, Singapore 637652
Tel: +65 6861 2240 | UEN 200814327K
"""
quoted = ("From: Tan Wei Ling <sales@lcswitchgear.example>\nSent: Monday, 9 November 2026 4:51 PM\n"
          "To: Jonas Keller <jonas.keller@nordwind-group.example>\nSubject: RE: Purchase order 4700231214 - please confirm\n\n"
          + first + "\nFrom: Jonas Keller <jonas.keller@nordwind-group.example>\nSent: Tuesday, 3 November 2026 5:12 PM\n"
          "To: sales@lcswitchgear.example\nSubject: Purchase order 4700231214 - please confirm\n\n" + request_text(po))
plain = body + "\n" + quoted
html = ("<html><body><div style=\"font-family:Calibri\">" + text_to_html(body) + "</div><hr>" + text_to_html(quoted) + "</body></html>\n")
eml = message(reply_headers(po, "Tan Wei Ling", "sales@lcswitchgear.example", rfc_date(2026, 11, 10, 9, 14, 2, "+0800"),
                            "<SG2PR06MB5013E5F6A7B8C9D0@SG2PR06MB5013.apcprd06.prod.outlook.com>",
                            refs=[po["request_message_id"], first_id]),
              Multi("alternative", [Text(plain, "plain"), Text(html, "html")], "_000_SG2PR06MB5013E5F6A7B8C9D0SG2PR06MB5013apcp_"))
case("cabinets-supplier-corrects", "confirmation / en-SG, Outlook thread",
     "The supplier corrects its own earlier confirmation (quoted below): price typo 1,206 -> 1,260 and date 4 Dec -> 18 Dec for line 2; the quoted old values must not win.",
     [po], eml, expect("confirmation", "Line 2 now USD 1,260.00 and 18 Dec 2026; lines 1 and 3 'remain as confirmed' = as ordered (4 Dec).",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="1260.00", d=D(2026, 12, 18)), 3: acc(po, 3)})]))

# ---------------------------------------------------------------- 023
s = sup("CYKLOKOMP", "Cyklo Komponenty s.r.o.", "predaj@cyklokomponenty.example", "sk-SK")
po = PO("4700231226", s, "2026-11-10", [
    ("BK-CHN-11S", "Chain 11-speed, 116 links, with quick link", 1000, "EA", "14.80", "2026-12-11"),
    ("BK-BRK-PAD-R", "Disc brake pads resin, 2-piston calipers (pair)", 600, "PR", "4.35", "2026-12-11"),
], buyer="olivia")
w50, w51, w2 = kw(2026, 50), kw(2026, 51), kw(2027, 2)
assert (w50, w51, w2) == (D(2026, 12, 11), D(2026, 12, 18), D(2027, 1, 15))
body = """Dobrý deň, pani Brandt,

ďakujeme za objednávku 4700231226. Reťaze (pol. 1) nemáme naraz na sklade, preto ich dodáme v troch častiach:
 - 50. týždeň: 400 ks
 - 51. týždeň: 400 ks
 - 2. týždeň 2027: 200 ks
Cena 14,80 EUR/ks zostáva bez zmeny.

Pol. 2 – brzdové doštičky, 600 párov à 4,35 EUR/pár, dodáme spolu s prvou dodávkou reťazí v 50. týždni.

S pozdravom

Ing. Martina Horváthová
obchodné oddelenie
Cyklo Komponenty s.r.o., Priemyselná 12, 917 01 Trnava
IČO: 46 118 255, IČ DPH: SK2023251180
"""
eml = message(reply_headers(po, "Martina Horváthová", "predaj@cyklokomponenty.example", rfc_date(2026, 11, 11, 8, 22, 51),
                            "<c3f1a9e2-5b7d-4f06-8e21-9d4a6b3c7e10@cyklokomponenty.example>", prefix="Re: ",
                            extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")]),
              plain_reply(body, po, attrib="Dňa 10. 11. 2026 o 10:12 Olivia Brandt napísal(a):", params="format=flowed", cte="8bit"))
case("bike-chain-three-week-split", "confirmation / sk-SK, Thunderbird",
     "Line 1 is split over three calendar weeks (50, 51 and week 2 of 2027) with no days named; each means that week's Friday.",
     [po], eml, expect("confirmation", "Line 1: 400 wk50 (2026-12-11) + 400 wk51 (2026-12-18) + 200 wk2/2027 (2027-01-15). Line 2 with the first delivery, wk50 = requested.",
                       [conf(po, {1: chg(po, 1, sched=[(400, w50), (400, w51), (200, w2)]), 2: acc(po, 2)})]))

# ---------------------------------------------------------------- 024
s = sup("MARATL", "Mar Atlântico Congelados, Lda.", "encomendas@maratlantico.example", "pt-PT")
po = PO("4700231238", s, "2026-11-11", [
    ("FS-COD-LN-10", "Cod loins skinless, frozen IQF, carton 10 kg", 300, "KG", "13.90", "2026-12-07"),
    ("FS-OCT-T4", "Octopus whole T4 (1-2 kg), frozen, carton 10 kg", 200, "KG", "11.60", "2026-12-07"),
    ("FS-PRW-2030", "Vannamei prawns 20/30, raw peeled, frozen, carton 10 kg", 150, "KG", "10.25", "2026-12-07"),
    ("FS-SAR-IQF", "Sardines whole IQF, carton 10 kg", 100, "KG", "3.40", "2026-12-07"),
], buyer="dana")
body = """Bom dia Dana,

Confirmamos a encomenda 4700231238 em todas as linhas, exceto a linha 2 (polvo T4): a captura em Marrocos está suspensa (período de defeso) e não temos stock deste calibre até março. Lamentamos.

Restantes linhas conforme a encomenda: 30 caixas de lombos de bacalhau, 15 caixas de camarão 20/30 e 10 caixas de sardinha, aos preços indicados, com entrega a 7 de dezembro em camião frigorífico (-18 °C). Lotes e datas de validade seguem no CMR.

Com os melhores cumprimentos,
Rui Carvalho
Departamento Comercial
Mar Atlântico Congelados, Lda. · Zona Industrial de Aveiro, Lote 27 · 3800-055 Aveiro
"""
eml = message(reply_headers(po, "Rui Carvalho", "encomendas@maratlantico.example", rfc_date(2026, 11, 12, 9, 40, 26, "+0000"),
                            "<PAXPR08MB6718F1E2D3C4B5A6@PAXPR08MB6718.eurprd08.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_PAXPR08MB6718F1E2D3C4B5A6PAXPR08MB6718eurp_", lang="pt",
                      sent="quarta-feira, 11 de novembro de 2026 09:12", charset="iso-8859-1"))
case("seafood-all-except-line-2", "confirmation / pt-PT, Outlook iso-8859-1",
     "'Todas as linhas, exceto a linha 2' with a reason; quantities restated in cartons of 10 kg; prawn size 20/30 and -18 °C are not dates or quantities.",
     [po], eml, expect("confirmation", "Line 2 rejected (no stock until March). Lines 1, 3, 4: 30/15/10 cartons x 10 kg = PO kg, prices as ordered, 7 Dec = requested.",
                       [conf(po, {1: acc(po, 1), 2: REJ, 3: acc(po, 3), 4: acc(po, 4)})]))

# ---------------------------------------------------------------- 025
s = sup("ANADOLU", "Anadolu Farma Hammadde A.Ş.", "siparis@anadolufarma.example", "tr-TR")
po = PO("4700231247", s, "2026-11-10", [
    ("EXC-MAN-160C", "Mannitol 160C, Ph. Eur., bag 25 kg", 40, "BAG", "62.50", "2026-12-04"),
    ("EXC-CCS-25", "Croscarmellose sodium, Ph. Eur., drum 25 kg", 8, "DR", "287.50", "2026-12-04"),
], buyer="priya")
assert 2.60 * 25 == 65.0 and 11.50 * 25 == 287.5
body = """Sayın Priya Nair,

4700231247 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:

1. Mannitol 160C – 40 torba x 25 kg = 1.000 kg – birim fiyat 2,60 EUR/kg
2. Kroskarmeloz sodyum – 8 varil x 25 kg = 200 kg – birim fiyat 11,50 EUR/kg

Teslim tarihi: 04.12.2026 (DAP Esbjerg). Her parti için analiz sertifikası (CoA) gönderilecektir. Ödeme vadesi: 60 gün.

Saygılarımızla,
Elif Yıldız
İhracat Satış Temsilcisi
Anadolu Farma Hammadde A.Ş. | Gebze OSB, 1600. Sokak No:1604, 41400 Kocaeli
Tel: +90 262 751 33 80
"""
eml = message(reply_headers(po, "Elif Yıldız", "siparis@anadolufarma.example", rfc_date(2026, 11, 11, 15, 3, 47, "+0300"),
                            "<VE1PR01MB6244A9B8C7D6E5F4@VE1PR01MB6244.eurprd01.prod.outlook.com>", prefix="YNT: "),
              outlook(body, po, "_000_VE1PR01MB6244A9B8C7D6E5F4VE1PR01MB6244eurp_", lang="tr",
                      sent="10 Kasım 2026 Salı 12:12", charset="windows-1254"))
case("mannitol-price-per-kg-bags", "confirmation / tr-TR, Outlook windows-1254",
     "Ordered in bags of 25 kg at a per-bag price, but the supplier prices per kg: 2,60 EUR/kg = 65.00 per bag (changed), 11,50 EUR/kg = 287.50 per drum (unchanged).",
     [po], eml, expect("confirmation", "Line 1: 2.60 x 25 = 65.00 per bag vs PO 62.50 -> changed price. Line 2: 11.50 x 25 = 287.50 = PO. Date 04.12.2026 = requested.",
                       [conf(po, {1: chg(po, 1, p="65.00"), 2: acc(po, 2)})]))

# ---------------------------------------------------------------- 026
s = sup("TUBRHONE", "Tubes Inox Rhône SAS", "f.girard@tubesinox-rhone.example", "fr-FR")
po = PO("4700231255", s, "2026-11-09", [
    ("ST-14307-60X3", "Stainless tube 1.4307, 60.3x3.0 mm, bars of 6 m", 90, "M", "22.40", "2026-12-11"),
    ("ST-14307-CAP60", "Stainless end cap 60.3 mm, 1.4307", 30, "EA", "6.80", "2026-12-11"),
], buyer="jonas")
body = """Bonjour,

Je suis absent du lundi 9 novembre au vendredi 20 novembre inclus.
Pour toute demande urgente concernant une commande, merci de contacter l'ADV : adv@tubesinox-rhone.example / 04 72 35 18 90.

Votre message ne sera pas transféré.

Cordialement,
François Girard
"""
hs = reply_headers(po, "François Girard", "f.girard@tubesinox-rhone.example", rfc_date(2026, 11, 9, 10, 13, 2),
                   "<1731143582.4471.zimbra@tubesinox-rhone.example>",
                   subject="Absence : " + request_subject(po), charset="iso-8859-1",
                   extra=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Mailer", "Zimbra 9.0.0_GA_4646 (zclient/9.0.0_GA_4646)")])
eml = message(hs, Text(body, "plain", "iso-8859-1", "quoted-printable"))
case("ooo-french", "auto_reply / fr-FR, Zimbra vacation",
     "French vacation notice with a date range and a phone number; references the order subject but commits to nothing.",
     [po], eml, expect("auto_reply", "Zimbra vacation auto-reply, absent 9-20 November."))

# ---------------------------------------------------------------- 027
s = sup("PACPUMP", "Pacific Pump & Valve Supply", "orders@pacificpump.example", "en-US")
po = PO("4700231263", s, "2026-11-11", [
    ("PMP-SUB-4IN-1HP", "Submersible well pump 4 in, 1 HP, 230 V", 5, "EA", "612.00", "2026-12-16"),
    ("VLV-BALL-2IN-SS", "Ball valve 2 in NPT, stainless 316, full port", 20, "EA", "58.75", "2026-12-16"),
], buyer="jonas", currency="USD")
body = """Hello Jonas,

Thank you for contacting Pacific Pump & Valve Supply.

This is an automated response confirming that we have received your request. Your ticket number is #48213.

A member of our Order Desk team will review your request and respond within 1-2 business days (Mon-Fri, 7:00 AM - 4:00 PM Pacific Time). Orders received after 2:00 PM PT are processed the next business day.

To add information to this request, simply reply to this email and keep the ticket number in the subject line.

Pacific Pump & Valve Supply | Order Desk
1840 Industrial Way, Sacramento, CA 95815
--------------------------------
This email is a service from Pacific Pump & Valve Supply.
[8RKD2W-7Q0P]
"""
html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2f3941">'
        '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div><p>'
        + text_to_html(body) + "</p></body></html>\n")
hs = reply_headers(po, "Pacific Pump Order Desk", "support@pacificpump.example", rfc_date(2026, 11, 11, 1, 13, 55, "-0800"),
                   "<8RKD2W7Q0P_6731f9a3d2b1e_48213_sprut@zendesk.example>",
                   subject="[Request #48213] Re: " + request_subject(po),
                   extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("Precedence", "bulk")])
eml = message(hs, Multi("alternative", [Text(body, "plain", "utf-8", "7bit"), Text(html, "html", "utf-8", "quoted-printable")],
                        "--==_mimepart_6731f9a3d2b1e_48213"))
case("ticket-autoack", "auto_reply / en-US, Zendesk",
     "Ticket system acknowledgment 'confirming that we have received your request' - the word confirm is about receipt, not the order.",
     [po], eml, expect("auto_reply", "Automatic ticket #48213 acknowledgment; no order content."))

# ---------------------------------------------------------------- 028
s = sup("NORDFISK", "Nordfisk Eksport AS", "ordre@nordfisk.example", "nb-NO")
po = PO("4700231271", s, "2026-11-12", [
    ("FS-SAL-FIL-10", "Salmon fillet trim D, skin-on, frozen, carton 10 kg", 400, "KG", "9.85", "2026-12-02"),
    ("FS-HAD-LN", "Haddock loins, frozen IQF, carton 10 kg", 150, "KG", "12.30", "2026-12-02"),
], buyer="dana")
body = """Takk for din e-post til ordre@nordfisk.example.

Dette er en automatisk bekreftelse på at vi har mottatt henvendelsen din. Ordrer som kommer inn før kl. 12.00 behandles samme dag, og ordrebekreftelse sendes normalt innen 24 timer.

Åpningstider ordrekontoret: mandag-fredag 07.00-15.30.

Vennlig hilsen
Nordfisk Eksport AS - Ordrekontoret
Storgata 112, 6002 Ålesund | Org.nr. 984 221 507 MVA
"""
hs = reply_headers(po, "Nordfisk Ordre", "ordre@nordfisk.example", rfc_date(2026, 11, 12, 10, 12, 44),
                   "<autoreply.20261112101244.7731@nordfisk.example>",
                   subject="Mottatt: " + request_subject(po),
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
eml = message(hs, Text(body, "plain", "iso-8859-1", "quoted-printable"))
case("shared-inbox-received", "auto_reply / nb-NO, shared order inbox",
     "A shared inbox says 'automatisk bekreftelse ... mottatt' and promises an ordrebekreftelse within 24 hours; nothing is confirmed.",
     [po], eml, expect("auto_reply", "Receipt auto-acknowledgment from the shared order inbox."))

# ---------------------------------------------------------------- 029
s = sup("SCHMIDPU", "Schmid Pumpen GmbH", "j.schmid@schmid-pumpen.example", "de-AT")
po = PO("4700231279", s, "2026-11-11", [
    ("PMP-INL-DN40", "Inline circulator pump DN40, PN10, 230 V", 6, "EA", "488.00", "2026-12-09"),
    ("VLV-GATE-DN80", "Gate valve DN80 PN16, resilient seated", 10, "EA", "172.00", "2026-12-09"),
], buyer="jonas")
orig = message([("From", "Jonas Keller <jonas.keller@nordwind-group.example>"), ("To", "j.schmid@schmid-pumpen.example"),
                ("Subject", request_subject(po)), ("Date", request_dt(po)), ("Message-ID", po["request_message_id"])],
               Text(request_text(po), "plain", "utf-8", "quoted-printable"))
notice = """Delivery has failed to these recipients or groups:

j.schmid@schmid-pumpen.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM0PR03MB6322.eurprd03.prod.outlook.com

j.schmid@schmid-pumpen.example
Remote Server returned '550 5.1.1 <j.schmid@schmid-pumpen.example>: Recipient address rejected: User unknown in virtual mailbox table'

Original message headers:

Message-ID: <po-4700231279.1@nordwind-group.example>
Subject: Purchase order 4700231279 - please confirm
"""
html = ("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to j.schmid@schmid-pumpen.example couldn't be delivered.</font></b></p>"
        "<p>j.schmid wasn't found at schmid-pumpen.example.</p><p>" + text_to_html(notice) + "</p></body></html>\n")
ds = ("Reporting-MTA: dns;AM0PR03MB6322.eurprd03.prod.outlook.com\n"
      "Received-From-MTA: dns;mail.nordwind-group.example\n"
      "Arrival-Date: Wed, 11 Nov 2026 09:12:33 +0000\n\n"
      "Final-Recipient: rfc822;j.schmid@schmid-pumpen.example\n"
      "Action: failed\n"
      "Status: 5.1.1\n"
      "Remote-MTA: dns;mx01.schmid-pumpen.example\n"
      "Diagnostic-Code: smtp;550 5.1.1 <j.schmid@schmid-pumpen.example>: Recipient address rejected: User unknown in virtual mailbox table\n")
hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nordwind-group.example>"),
      ("To", "Jonas Keller <jonas.keller@nordwind-group.example>"),
      ("Subject", "Undeliverable: " + request_subject(po)),
      ("Date", rfc_date(2026, 11, 11, 9, 12, 41, "+0000")),
      ("Message-ID", "<6b1e07a2-0b41-4c7e-9a53-3f2a9d8e4c11@AM0PR03MB6322.eurprd03.prod.outlook.com>"),
      ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
      ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
eml = message(hs, Multi("report", [Multi("alternative", [Text(notice, "plain", "us-ascii", "quoted-printable"), Text(html, "html", "us-ascii", "quoted-printable")],
                                         "_002_6b1e07a20b414c7e9a533f2a9d8e4c11_"),
                                   Raw("message/delivery-status", ds),
                                   Raw("message/rfc822", orig)],
                        "_001_6b1e07a20b414c7e9a533f2a9d8e4c11_", params="report-type=delivery-status"))
case("exchange-ndr-user-unknown", "bounce / (de-AT supplier), Exchange Online NDR",
     "Exchange 'Undeliverable:' report threaded on our request (In-Reply-To) with the full original PO attached as message/rfc822.",
     [po], eml, expect("bounce", "550 5.1.1 user unknown; the attached original carries the PO table, which is our own text."))

# ---------------------------------------------------------------- 030
s = sup("DOLCEVITA", "Torrefazione Dolce Vita S.p.A.", "ordini@torrefazionedolcevita.example", "it-IT")
po = PO("4700231284", s, "2026-11-06", [
    ("CF-ARAB-1K", "Coffee beans 100% Arabica Gran Riserva, 1 kg bag", 150, "KG", "17.90", "2026-12-04"),
    ("CF-CAPS-100", "Compatible coffee capsules, box of 100", 60, "BX", "21.00", "2026-12-04"),
], buyer="dana")
text = """Torrefazione Dolce Vita – Newsletter Novembre 2026

BLACK WEEK: -15% su tutte le miscele in grani
Dal 23/11 al 30/11/2026, solo per i clienti Horeca registrati. Codice: BLACK26

NOVITÀ: Miscela "Natale 2026" in edizione limitata – sacchetto da 1 kg a € 18,40, disponibile dal 1° dicembre fino a esaurimento scorte.

Fiere: ci trovate a HostMilano (padiglione 14, stand B22) e a SIGEP Rimini dal 16 al 20 gennaio 2027.

Consegne durante le feste: ultimo giorno di spedizione 18/12/2026, riapertura 07/01/2027.

Per non ricevere più questa newsletter clicca qui: https://news.torrefazionedolcevita.example/unsubscribe?u=ab12cd34
Torrefazione Dolce Vita S.p.A. – Via dei Mille 58 – 80121 Napoli – P.IVA 07722130637
"""
html = ('<html><body style="margin:0;background:#f4efe9"><table width="600" align="center" cellpadding="0" cellspacing="0">'
        '<tr><td style="background:#3b2416;color:#fff;padding:20px;font-family:Georgia">Torrefazione Dolce Vita</td></tr>'
        '<tr><td style="padding:20px;font-family:Arial;font-size:14px">' + text_to_html(text) + '</td></tr></table>'
        '<img src="https://news.torrefazionedolcevita.example/o/ab12cd34.gif" width="1" height="1" alt=""></body></html>\n')
hs = [("From", addr("Torrefazione Dolce Vita", "newsletter@torrefazionedolcevita.example")),
      ("To", "dana.ruiz@nordwind-group.example"),
      ("Subject", hdr("☕ Black Week -15% e la nuova miscela di Natale")),
      ("Date", rfc_date(2026, 11, 12, 7, 30, 0)),
      ("Message-ID", "<20261112063000.ab12cd34.newsletter@mailer.torrefazionedolcevita.example>"),
      ("List-Unsubscribe", "<https://news.torrefazionedolcevita.example/unsubscribe?u=ab12cd34>, <mailto:unsubscribe@torrefazionedolcevita.example?subject=ab12cd34>"),
      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
eml = message(hs, Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")],
                        "b1_ab12cd34ef56ab12cd34ef56ab12cd34"))
case("newsletter-coffee-black-week", "unrelated / it-IT, bulk newsletter",
     "A newsletter from the same supplier with prices, discounts and shipping deadlines while a PO is open; it is not an answer.",
     [po], eml, expect("unrelated", "Marketing newsletter (List-Unsubscribe, Precedence: bulk); never mentions the PO."))

# ---------------------------------------------------------------- 031
s = sup("TVPAPER", "Thames Valley Paper Merchants Ltd", "sales@tvpaper.example", "en-GB")
po = PO("4700231290", s, "2026-11-10", [
    ("PAP-A4-80-BOX", "Copy paper A4 80 g/m2, box of 5 reams", 120, "BOX", "17.40", "2026-11-26"),
    ("PAP-SRA3-120", "Digital print paper SRA3 120 g/m2, ream of 250", 40, "RM", "11.80", "2026-11-26"),
], buyer="marta", currency="GBP")
inv = simple_doc([("Thames Valley Paper Merchants Ltd", True), "Unit 12, Kennet Park, Reading RG2 0QX   VAT Reg. GB 284 1177 52", "",
                  ("TAX INVOICE  INV-118842", True), "Invoice date: 12/11/2026      Tax point: 03/11/2026", "Customer: Nordwind Group, Esbjerg   Account: NORDW01",
                  "Your order: 4700229954        Delivery note: DN-55107 (delivered 03/11/2026)", "",
                  "Qty     Description                                   Unit price       Net",
                  "200     Copy paper A4 80gsm, box of 5 reams              17.40     3,480.00",
                  " 25     Envelopes C4 100gsm, box of 250                  24.90       622.50", "",
                  "                                            Net total GBP   4,102.50",
                  "                                            VAT 0% (reverse charge)    0.00",
                  "                                            Total due GBP   4,102.50", "",
                  "Payment terms: 30 days net - due 12/12/2026. Bank: Lloyds, sort code 30-94-57, account 01927734"],
                 title="INV-118842", producer="Sage 200 Reporting", creation="D:20261112081500Z", compress=True)
body = """Dear Customer,

Please find attached invoice INV-118842 for your order 4700229954.

If you have any queries please contact accounts@tvpaper.example quoting the invoice number.

Kind regards
Accounts Receivable
Thames Valley Paper Merchants Ltd
"""
hs = [("From", addr("TVPM Accounts", "accounts@tvpaper.example")), ("To", "marta.lindqvist@nordwind-group.example"),
      ("Subject", "Invoice INV-118842 - your order 4700229954"), ("Date", rfc_date(2026, 11, 12, 8, 15, 3, "+0000")),
      ("Message-ID", "<INV118842.20261112081503@sage.tvpaper.example>")]
eml = message(hs, Multi("mixed", [Text(body, "plain", "us-ascii", "7bit"), Attachment("application/pdf", inv, "INV-118842.pdf")],
                        "=_Part_118842_20261112"))
case("invoice-other-po", "unrelated / en-GB, invoice PDF",
     "Invoice from the same supplier for a different, already delivered order (4700229954) with the same A4 item and price as the open PO.",
     [po], eml, expect("unrelated", "Invoice for PO 4700229954, not the open 4700231290; same item and price are a trap."))

# ---------------------------------------------------------------- 032
s = sup("WEBERSB", "Elektro-Schaltschrankbau Weber GmbH", "auftrag@weber-schaltschrank.example", "de-DE")
po = PO("4700231302", s, "2026-11-09", [
    ("EC-CMP-1800X600", "Compact control cabinet 1800x600x400 mm, IP55", 3, "EA", "890.00", "2026-12-11"),
    ("EC-FAN-KIT-230", "Filter fan kit 230 V, 55 m3/h, with outlet filter", 6, "EA", "64.00", "2026-12-11"),
], buyer="jonas")
body = """Sehr geehrte Damen und Herren,

zu Ihrer Bestellung 4700230871 vom 19.10.2026 haben wir heute folgende Positionen versandt:

Lieferschein 80012734
Pos. 10  Kompakt-Schaltschrank 1200x800x300, IP55      2 Stk
Pos. 20  Sockel 100 mm für 800 mm Breite                2 Stk

Versanddatum: 12.11.2026
Spediteur: DB Schenker, Sendungsnr. 4711 2026 8834 19
Voraussichtliche Zustellung: 16.11.2026

Bitte prüfen Sie die Ware bei Anlieferung auf Transportschäden.

Mit freundlichen Grüßen
Versandabteilung
Elektro-Schaltschrankbau Weber GmbH
"""
hs = [("From", addr("Weber Versand", "versand@weber-schaltschrank.example")), ("To", "jonas.keller@nordwind-group.example"),
      ("Subject", "Versandavis Lieferschein 80012734 / Ihre Bestellung 4700230871"), ("Date", rfc_date(2026, 11, 12, 14, 2, 0)),
      ("Message-ID", "<VA80012734.1731416520@sap-prod.weber-schaltschrank.example>")]
eml = message(hs, Text(body, "plain", "iso-8859-15", "quoted-printable"))
case("shipping-notice-other-order", "unrelated / de-DE, ERP shipping notice",
     "Shipping notice with ship and delivery dates from the same supplier, but for an older order 4700230871, not the open PO.",
     [po], eml, expect("unrelated", "Versandavis for PO 4700230871; the open PO 4700231302 is not mentioned."))
