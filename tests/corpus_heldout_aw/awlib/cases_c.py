"""Cases 037-053."""
from decimal import Decimal as D

from .common import E, PO, S, case, conf, kwfri, reply, req_subject
from .xlsx import xlsx


@case("boat-paint-week-of-14-december", "confirmation/en-AU",
      "Australian reply commits to 'delivery in the week of 14 December' without naming a day.")
def c_paint_au():
    s = S("REEFCOAT", "Reefcoat Marine Paints Pty Ltd", "orders@reefcoat.example", "en-AU")
    p = PO("4500071138", s, "AUD", [
        ("BP-AF-BLK-4L", "Antifouling black, 4 L tin", 60, "EA", "138.00", "2026-12-11"),
        ("BP-PRM-1L", "Underwater primer, 1 L", 40, "EA", "42.00", "2026-12-11")])
    body = """G'day Maren,

All good on PO 4500071138 - quantities and prices as per your order, delivery in the week of 14 December (we're still waiting on the 4 L tins from our can supplier).

Cheers,
Mick O'Donnell
Customer Service | Reefcoat Marine Paints Pty Ltd
14 Bayside Dr, Tingalpa QLD 4173 | (07) 3390 2214
"""
    eml = reply([p], date="2026-11-10 09:31 +1000", body=body, name="Mick O'Donnell", client="outlook",
                lang="en-AU")
    return [p], eml, E("confirmation", "'The week of 14 December' is ISO week 51 (Mon 14 - Fri 18 Dec 2026) with no "
                       "day named, so the date is Friday 2026-12-18 for both lines; quantities and prices unchanged.",
                       conf(p, {1: ("C", None, None, kwfri(2026, 51)), 2: ("C", None, None, kwfri(2026, 51))}))


@case("toner-webform-reply-fields", "confirmation/en-SG",
      "Answer typed into the field labels of a web-form notification ('Qty confirmed:', 'Date confirmed:').")
def c_webform():
    s = S("INKSG", "Inkwell Supplies Pte Ltd", "sales@inkwell-sg.example", "en-SG")
    p = PO("4500071139", s, "SGD", [
        ("TN-RF-CF287", "Toner refill kit CF287A, 9,000 pages", 120, "SET", "14.90", "2026-12-18"),
        ("TN-RF-CE255", "Toner refill kit CE255X, 12,500 pages", 80, "SET", "16.40", "2026-12-18")], buyer=2)
    body = """*** Supplier order acknowledgment form - please reply above the line ***

PO number: 4500071139
Supplier: Inkwell Supplies Pte Ltd

Line: 1
Item: TN-RF-CF287
Qty confirmed: 120
Price confirmed: 14.90
Date confirmed: 18/12/2026

Line: 2
Item: TN-RF-CE255
Qty confirmed: 60
Price confirmed: 16.40
Date confirmed: 04/01/2027

Remarks: line 2 balance 20 sets cancelled, CE255X cores out of stock.

Submitted by: Tan Wei Ling, Sales Coordinator, +65 6841 2290
"""
    eml = reply([p], date="2026-11-13 16:45 +0800", body=body, name="Tan Wei Ling", client="gmail",
                quote="gmail", html=False,
                attrib="On Tue, 3 Nov 2026 at 17:12, Priya Natarajan <priya.natarajan@buyer.example> wrote:")
    return [p], eml, E("confirmation", "Values typed after form labels; day-first dates (04/01/2027 = 4 Jan); line 2 "
                       "reduced to 60 with the rest cancelled.",
                       conf(p, {1: "A", 2: ("C", 60, None, "2027-01-04")}))


@case("hydraulic-line-on-hold-drawing", "confirmation/en-US",
      "US month-first dates with ship vs delivered dates, and one line 'on hold' pending our drawing approval.")
def c_hyd_us():
    s = S("MIDWCYL", "Midwest Cylinder Works Inc.", "orders@midwestcylinder.example", "en-US")
    p = PO("4500071140", s, "USD", [
        ("HC-WLD-3x10", "Welded cylinder 3 in bore x 10 in stroke, 3000 psi", 20, "EA", "186.00", "2026-12-18"),
        ("HC-CST-4x24", "Custom cylinder 4 in x 24 in, per drawing HC-2207 rev B", 6, "EA", "742.00", "2027-01-08"),
        ("HC-PIN-1", "Clevis pin kit 1 in", 26, "SET", "8.75", "2026-12-18")], buyer=2)
    body = """Hi Priya,

Thanks for the order. Status for PO 4500071140:

Line 1 - 20 pcs @ $186.00, ships 12/11/2026, delivered to Rotterdam 12/16/2026.
Line 2 - on hold pending your approval of our drawing HC-2207-S1 (sent 11/05). We can't release it to the shop before that.
Line 3 - confirmed as ordered.

Best regards,
Dave Kowalski
Inside Sales | Midwest Cylinder Works Inc.
2210 Industrial Pkwy, Peoria, IL 61604
P (309) 555-0187 | F (309) 555-0190
"""
    eml = reply([p], date="2026-11-11 14:20 -0600", body=body, name="Dave Kowalski", client="outlook", lang="en-US")
    return [p], eml, E("confirmation", "Month-first dates: delivery 12/16/2026 wins over ship 12/11/2026 for line 1; "
                       "line 2 on hold pending drawing approval = unconfirmed; line 3 accepted.",
                       conf(p, {1: ("C", None, None, "2026-12-16"), 3: "A"}))


@case("conveyor-kw-2-27", "confirmation/de-DE",
      "German confirmation whose only date is 'KW 2/27' (calendar week 2 of 2027).")
def c_conv_kw():
    s = S("FOERDBA", "Förderband Technik Bauer GmbH", "vertrieb@foerderband-bauer.example", "de-DE")
    p = PO("4500071141", s, "EUR", [
        ("CB-PU-600-FDA", "PU conveyor belt 600 mm, FDA, 2 mm", 80, "M", "64.00", "2027-01-08"),
        ("CB-VG-K13", "V-guide K13, welded on", 80, "M", "3.40", "2027-01-08")])
    body = """Hallo Frau Holt,

Bestellung 4500071141: Pos. 1 und 2 bestätigen wir mit Menge und Preis wie bestellt, Liefertermin KW 2/27.

Schöne Grüße
Sebastian Bauer
Förderband Technik Bauer GmbH
Gewerbering 7 | 91074 Herzogenaurach
Tel. +49 9132 7780-14
"""
    eml = reply([p], date="2026-11-17 11:08 +0100", body=body, name="Sebastian Bauer", prefix="AW:",
                cs="iso-8859-1", client="outlook", qlang="de", lang="de-DE")
    return [p], eml, E("confirmation", "'KW 2/27' = ISO week 2 of 2027, no day named, so Friday 2027-01-15; quantities "
                       "and prices as ordered.",
                       conf(p, {1: ("C", None, None, kwfri(2027, 2)), 2: ("C", None, None, kwfri(2027, 2))}))


@case("cash-registers-semaine-50", "confirmation/fr-FR",
      "French reply with 'livraison semaine 50' and an HT price increase on one line.")
def c_cash_fr():
    s = S("ENCAISS", "Encaissement Pro SARL", "adv@encaissement-pro.example", "fr-FR")
    p = PO("4500071142", s, "EUR", [
        ("CR-PRN-80", "Receipt printer 80 mm, USB/LAN", 25, "EA", "148.00", "2026-12-04"),
        ("CR-DSP-2x20", "Customer display 2x20 characters", 25, "EA", "62.00", "2026-12-04")], buyer=1)
    body = """Bonjour Monsieur Ekberg,

Nous accusons réception de votre commande n° 4500071142 et vous la confirmons comme suit :

Ligne 1 : 25 pièces à 152,00 € HT (hausse fabricant au 1er novembre), livraison semaine 50.
Ligne 2 : 25 pièces à 62,00 € HT, livraison semaine 50.

Restant à votre disposition,
Cordialement,

Julien Lefèvre
Administration des ventes
Encaissement Pro SARL - 8 avenue de l'Europe, 69140 Rillieux-la-Pape
Tél. : 04 78 88 21 40

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires.
"""
    eml = reply([p], date="2026-11-12 10:02 +0100", body=body, name="Julien Lefèvre", prefix="RE :",
                cs="windows-1252", client="outlook", qlang="fr", lang="fr-FR")
    return [p], eml, E("confirmation", "'semaine 50' = Friday 2026-12-11; line 1 price 152,00 (the 1er novembre is "
                       "the price-rise date), line 2 price unchanged.",
                       conf(p, {1: ("C", None, "152.00", kwfri(2026, 50)), 2: ("C", None, None, kwfri(2026, 50))}))


@case("dairy-cultures-xlsx-attachment", "confirmation/it-IT",
      "Italian one-line body; the answers are in an attached XLSX with a non-available line.")
def c_dairy_xlsx():
    s = S("CASEIFL", "Caseificio Lab Fermenti S.p.A.", "ordini@labfermenti.example", "it-IT")
    p = PO("4500071143", s, "EUR", [
        ("DC-MOZZ-50U", "Mozzarella starter culture 50U", 400, "EA", "11.60", "2026-12-18"),
        ("DC-RENN-1L", "Liquid rennet 1:10000, sold per litre", 80, "L", "9.20", "2026-12-18"),
        ("DC-LIP-25G", "Lipase powder 25 g", 50, "EA", "14.00", "2026-12-18")])
    x = xlsx([["Conferma d'ordine", None, None, None, None, None, None],
              ["Vs. ordine", "4500071143", None, None, None, None, None],
              [],
              ["Pos.", "Codice", "Descrizione", "Q.ta", "UM", "Prezzo unit. EUR", "Data consegna"],
              [1, "DC-MOZZ-50U", "Fermento mozzarella 50U", 400, "PZ", 11.6, "18/12/2026"],
              [2, "DC-RENN-1L", "Caglio liquido 1:10000", 80, "L", 9.2, "08/01/2027"],
              [3, "DC-LIP-25G", "Lipasi in polvere 25 g", 0, "PZ", None, "non disponibile - articolo fuori produzione"]],
             sheet="Conferma")
    body = """Buongiorno,

in allegato la conferma d'ordine per il Vs. ordine 4500071143.

Cordiali saluti
Francesca Rinaldi
Caseificio Lab Fermenti S.p.A. - Via Emilia Est 1022, 41122 Modena
Tel. +39 059 286 4410
"""
    eml = reply([p], date="2026-11-13 12:12 +0100", body=body, name="Francesca Rinaldi", prefix="R:",
                cs="iso-8859-15", client="outlook", qlang="it", lang="it-IT",
                atts=[(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "Conferma_4500071143.xlsx")])
    return [p], eml, E("confirmation", "Answers only in the XLSX: line 2 moves to 08/01/2027, line 3 not available "
                       "(rejected), line 1 as ordered.",
                       conf(p, {1: "A", 2: ("C", None, None, "2027-01-08"), 3: "R"}))


@case("toner-packs-of-10-gb", "confirmation/en-GB",
      "Quantity and price given per pack of 10 on a PO in single pieces, with a price change hidden in the pack price.")
def c_toner_gb():
    s = S("REFILLUK", "Refill Direct UK Ltd", "trade@refilldirect.example", "en-GB")
    p = PO("4500071144", s, "GBP", [
        ("TN-BTL-100G", "Toner refill bottle 100 g, HP compatible", 250, "EA", "3.20", "2026-12-09"),
        ("TN-FNL-SET", "Refill funnel and cap set", 50, "SET", "1.10", "2026-12-09")], buyer=1)
    assert 25 * 10 == 250 and D("33.00") / 10 == D("3.30")
    body = """Hello Jonas,

Re your PO 4500071144:

Line 1 - these only come in packs of 10, so 25 packs at £33.00 per pack. Delivery Wed 9th December.
Line 2 - 50 sets at £1.10, same delivery.

Kind regards
Harriet Moss
Refill Direct UK Ltd, 3 Mill Lane, Leek ST13 5PG
T 01538 384 220
"""
    eml = reply([p], date="2026-11-10 10:55 +0000", body=body, name="Harriet Moss", client="apple", quote="gmail",
                attrib="On 3 Nov 2026, at 09:12, Jonas Ekberg <jonas.ekberg@buyer.example> wrote:")
    return [p], eml, E("confirmation", "25 packs x 10 = 250 pcs (unchanged) but £33.00 per pack = 3.30 per piece, "
                       "a price change; 'Wed 9th December' is the requested date.",
                       conf(p, {1: ("C", None, "3.30", None), 2: "A"}))


@case("brass-three-pos-one-answered", "confirmation/en-US",
      "Three open POs in pos.json; the reply answers one and only mentions another as still being checked.")
def c_brass_three():
    s = S("LAKEBRS", "Lakeshore Brasswinds LLC", "sales@lakeshorebrass.example", "en-US")
    a = PO("4500071145", s, "USD", [
        ("TBN-TEN-F", "Tenor trombone with F attachment, .547 bore", 6, "EA", "1240.00", "2026-12-18")], buyer=1)
    b = PO("4500071146", s, "USD", [
        ("HRN-DBL-F/Bb", "Double horn F/Bb, 12 in bell, 2027 model", 4, "EA", "2890.00", "2027-01-15"),
        ("HRN-CASE-HS", "Horn case, hard shell", 4, "EA", "210.00", "2027-01-15")], buyer=1)
    c = PO("4500071147", s, "USD", [
        ("TUBA-BBb-4/4", "BBb tuba 4/4, 4 rotary valves", 2, "EA", "5400.00", "2027-01-29")], buyer=1)
    body = """Hi Jonas,

Re PO 4500071146: both horns and the cases are confirmed as ordered, 4 + 4 at your prices. They ship 1/8/2027 and arrive in Rotterdam 1/15/2027.

The trombones on 4500071145 are still being checked with the factory - I'll get back to you on those.

Thanks,
Rachel Nguyen
Lakeshore Brasswinds LLC | 800 W Fulton St, Chicago, IL 60607 | (312) 555-0144
"""
    eml = reply([a, b, c], date="2026-11-16 16:30 -0600", body=body, name="Rachel Nguyen", client="gmail",
                quote="gmail", qpo=b,
                attrib="On Tue, Nov 3, 2026 at 3:12 AM Jonas Ekberg <jonas.ekberg@buyer.example> wrote:")
    return [a, b, c], eml, E("confirmation", "Only PO 4500071146 is answered (arrival 1/15/2027 = requested, month-"
                             "first); PO 4500071145 is only mentioned as pending and PO 4500071147 not at all, so both "
                             "are left out.",
                             conf(b, {1: "A", 2: "A"}))


@case("prams-iphone-one-liner-pt-br", "confirmation/pt-BR",
      "Two-line iPhone reply 'confirmado conforme pedido, entrega 21/12' with a day-month date and no year.")
def c_prams_br():
    s = S("CARRINHO", "Carrinhos Bebê Sul Ltda.", "pedidos@carrinhosbebesul.example", "pt-BR")
    p = PO("4500071148", s, "BRL", [
        ("BPR-TRV-0+", "Travel system pram + car seat 0+, 2027", 15, "EA", "1890.00", "2026-12-21"),
        ("BPR-BAG-CHG", "Changing bag for pram", 30, "EA", "119.00", "2026-12-21")])
    body = """Oi Maren, confirmado conforme pedido, entrega 21/12.
Abs, Carla

Enviado do meu iPhone
"""
    eml = reply([p], date="2026-11-09 20:14 -0300", body=body, name="Carla Machado", client="iphone", quote="gmail",
                html=False, attrib="Em 3 de nov. de 2026, à(s) 06:12, Maren Holt <maren.holt@buyer.example> escreveu:")
    return [p], eml, E("confirmation", "Whole-order confirmation; '21/12' without a year is the next 21 December "
                       "(2026-12-21) = requested date, so both lines accepted.",
                       conf(p, {1: "A", 2: "A"}))


@case("canvases-csv-attachment-pl", "confirmation/pl-PL",
      "Polish body refers to an attached semicolon CSV (windows-1250, decimal commas) holding the answers.")
def c_canvas_csv():
    s = S("PLOTNO", "Płótno Art Sp. z o.o.", "biuro@plotnoart.example", "pl-PL")
    p = PO("4500071149", s, "PLN", [
        ("AC-PAN-20x20", "Canvas panel 20x20 cm, 3 mm MDF", 500, "EA", "2.40", "2026-12-10"),
        ("AC-CAN-60x80", "Stretched linen canvas 60x80 cm", 80, "EA", "36.00", "2026-12-10"),
        ("AC-GESSO-1L", "Acrylic gesso, sold per litre", 40, "L", "28.50", "2026-12-10")], buyer=1)
    csv = ("Poz.;Indeks;Nazwa;Ilość;J.m.;Cena netto PLN;Termin dostawy\n"
           "1;AC-PAN-20x20;Podobrazie 20x20 cm;500;szt;2,40;2026-12-10\n"
           "2;AC-CAN-60x80;Płótno lniane 60x80 cm;80;szt;38,50;2026-12-17\n"
           "3;AC-GESSO-1L;Grunt akrylowy;40;l;28,50;2026-12-10\n").replace("\n", "\r\n").encode("windows-1250")
    body = """Dzień dobry,

w załączeniu potwierdzenie zamówienia 4500071149 (plik CSV z naszego systemu).

Pozdrawiam
Tomasz Zieliński
Płótno Art Sp. z o.o., ul. Przemysłowa 5, 30-701 Kraków
tel. +48 12 296 40 11
"""
    eml = reply([p], date="2026-11-16 08:37 +0100", body=body, name="Tomasz Zieliński", prefix="Odp:",
                cs="iso-8859-2", client="thunderbird", quote="gmail", html=False,
                attrib="W dniu 03.11.2026 o 10:12, Jonas Ekberg pisze:",
                atts=[(csv, 'text/csv; charset="windows-1250"', "potwierdzenie_4500071149.csv")])
    return [p], eml, E("confirmation", "Answers only in the CSV: line 2 price 38,50 and date 2026-12-17, lines 1 and 3 "
                       "as ordered.",
                       conf(p, {1: "A", 2: ("C", None, "38.50", "2026-12-17"), 3: "A"}))


@case("ski-bindings-iso2022jp", "confirmation/ja-JP",
      "Japanese ISO-2022-JP 7bit reply with yen amounts and 年月日 dates; one price differs.")
def c_ski_jp():
    s = S("YUKIBIN", "Yukibinding Co., Ltd.", "eigyo@yukibinding.example", "ja-JP")
    p = PO("4500071150", s, "JPY", [
        ("SB-RACE-18", "Race binding 18, DIN 8-18, 2027 model", 10, "PAIR", "48000", "2026-12-11"),
        ("SB-PLT-12", "Binding plate 12 mm", 10, "EA", "9500", "2026-12-11")])
    body = """ホルト様

いつもお世話になっております。
雪バインディング株式会社の山田でございます。

ご注文番号4500071150につきまして、下記の通りご回答申し上げます。

１．SB-RACE-18　10組　単価48,000円　納期：2026年12月11日
２．SB-PLT-12　10個　単価9,800円　納期：2026年12月11日
　　（原材料価格高騰のため、単価を改定させていただきました）

何卒よろしくお願い申し上げます。

――――――――――――――――
雪バインディング株式会社　営業部
山田 健一
〒380-0921 長野県長野市栗田 1020
TEL：026-225-4410
――――――――――――――――
"""
    eml = reply([p], date="2026-11-11 13:45 +0900", body=body, name="山田 健一", cs="iso-2022-jp", cte="7bit",
                client="thunderbird", quote="gmail", html=False,
                attrib="On 2026/11/03 18:12, Maren Holt wrote:")
    return [p], eml, E("confirmation", "Line 2 price 9,800 yen instead of 9,500 (comma is a thousands separator); "
                       "line 1 as ordered.",
                       conf(p, {1: "A", 2: ("C", None, "9800", None)}))


@case("solar-lights-tis620", "confirmation/th-TH",
      "Thai TIS-620 reply with baht amounts; one line moves to 8/1/2027 written without leading zeros.")
def c_solar_th():
    s = S("SIAMSOL", "Siam Solar Lighting Co., Ltd.", "sales@siamsolar.example", "th-TH")
    p = PO("4500071151", s, "THB", [
        ("SSL-100W-AIO", "Solar street light 100W all-in-one", 50, "EA", "4200.00", "2026-12-18"),
        ("SSL-ARM-1.5", "Pole arm 1.5 m, 60 mm", 50, "EA", "650.00", "2026-12-18")], buyer=2)
    body = """เรียน คุณปรียา

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500071151 ดังนี้
1. โคมไฟถนนโซลาร์เซลล์ 100W จำนวน 50 ชุด ราคาชุดละ 4,200.00 บาท กำหนดส่ง 18/12/2026
2. แขนโคม 1.5 ม. จำนวน 50 ชิ้น ราคาชิ้นละ 650.00 บาท กำหนดส่ง 8/1/2027

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขาย บริษัท สยามโซลาร์ ไลท์ติ้ง จำกัด
โทร 02-318-4470
"""
    eml = reply([p], date="2026-11-12 11:06 +0700", body=body, name="Somchai Srisuk", cs="tis-620",
                client="outlook", lang="th-TH")
    return [p], eml, E("confirmation", "Thai text; line 2 date 8/1/2027 is day-first (8 January 2027); line 1 as "
                       "ordered.",
                       conf(p, {1: "A", 2: ("C", None, None, "2027-01-08")}))


@case("cable-glands-arabic-english", "confirmation/ar-AE",
      "Arabic greeting and closing (windows-1256) around an English per-line list; one line reduced, balance cancelled.")
def c_glands_ae():
    s = S("GULFGLD", "Gulf Glands Trading LLC", "sales@gulfglands.example", "ar-AE")
    p = PO("4500071152", s, "USD", [
        ("CG-EXD-M32", "Ex d cable gland M32x1.5, brass, armoured cable", 300, "PCS", "14.80", "2026-12-14"),
        ("CG-SHR-M32", "PVC shroud for M32 gland", 300, "PCS", "0.65", "2026-12-14")])
    body = """السلام عليكم Ms. Maren,

Please find our confirmation for PO 4500071152:
- Line 1: 300 pcs @ USD 14.80, delivery 14/12/2026
- Line 2: only 250 pcs available @ USD 0.65, delivery 14/12/2026; balance 50 pcs cancelled

شكراً لتعاملكم معنا

Ahmed Al Mansouri
Sales Executive
Gulf Glands Trading LLC - Al Quoz Industrial Area 3, Dubai, UAE
Tel +971 4 338 6120
"""
    eml = reply([p], date="2026-11-11 12:18 +0400", body=body, name="Ahmed Al Mansouri", cs="windows-1256",
                client="outlook", lang="ar-AE")
    return [p], eml, E("confirmation", "Mixed Arabic/English; line 2 reduced to 250 with the balance cancelled, "
                       "line 1 as ordered.",
                       conf(p, {1: "A", 2: ("C", 250, None, None)}))


@case("hydraulic-forwarded-production-note", "confirmation/de-DE",
      "Colleague forwards an internal production note using SAP item numbers 10/20 and ship dates.")
def c_hyd_fwd():
    s = S("HYDROZYL", "Hydrozyl Antriebstechnik GmbH", "vertrieb@hydrozyl.example", "de-DE")
    p = PO("4500071153", s, "EUR", [
        ("HC-CD-40/25-150", "Compact cylinder 40/25 x 150 mm stroke", 50, "EA", "96.00", "2026-12-11"),
        ("HC-CD-50/30-250", "Compact cylinder 50/30 x 250 mm stroke", 20, "EA", "128.00", "2026-12-11")])
    body = """Hallo Frau Holt,

anbei die Rückmeldung unserer Fertigung. Preise bleiben wie bestellt, die Termine sind damit verbindlich bestätigt.

Viele Grüße
Jana Kraus
Vertriebsinnendienst
Hydrozyl Antriebstechnik GmbH · Im Gewerbepark 3 · 57074 Siegen
Tel. +49 271 48870-31

-----Ursprüngliche Nachricht-----
Von: Fertigung Werk 2 <fertigung@hydrozyl.example>
Gesendet: Montag, 16. November 2026 07:40
An: Jana Kraus <jana.kraus@hydrozyl.example>
Betreff: AW: Termine 4500071153

Jana,
Pos 10 (HC-CD-40/25-150): 50 Stk ok, Versand 07.12.2026
Pos 20 (HC-CD-50/30-250): 20 Stk, Versand erst 15.12.2026 (Kolbenstangen fehlen)
Gruß Bernd
"""
    eml = reply([p], date="2026-11-16 10:05 +0100", body=body, name="Jana Kraus", frm="jana.kraus@hydrozyl.example",
                subj="WG: AW: Termine 4500071153", cs="iso-8859-15", client="outlook", quote="outlook", qlang="de",
                lang="de-DE")
    return [p], eml, E("confirmation", "Forwarded internal note from a colleague address; SAP positions 10/20 map to "
                       "lines 1/2 by item code; only ship dates are given (07.12 and 15.12.2026), prices unchanged.",
                       conf(p, {1: ("C", None, None, "2026-12-07"), 2: ("C", None, None, "2026-12-15")}))


@case("conveyor-euc-kr", "confirmation/ko-KR",
      "Korean EUC-KR reply with dates in 년 월 일 form; one line moves by ten days.")
def c_conv_kr():
    s = S("HANBELT", "Hanil Belt Co., Ltd.", "sales@hanilbelt.example", "ko-KR")
    p = PO("4500071154", s, "USD", [
        ("CB-MOD-300", "Modular plastic belt 300 mm, 1 in pitch", 60, "M", "88.00", "2026-12-18"),
        ("CB-SPR-12T", "Sprocket 12T, 25 mm bore", 24, "EA", "17.50", "2026-12-18")])
    body = """홀트 님께,

발주서 4500071154 확인드립니다.

1. 모듈러 벨트 300mm: 60m, 단가 USD 88.00, 납기 2026년 12월 18일
2. 스프로킷 12T: 24개, 단가 USD 17.50, 납기 2026년 12월 28일

감사합니다.

김민준 드림
한일벨트(주) 해외영업팀
경기도 안산시 단원구 산단로 112
Tel. +82 31 494 7720
"""
    eml = reply([p], date="2026-11-12 15:30 +0900", body=body, name="김민준", cs="euc-kr", cte="base64",
                client="outlook", lang="ko-KR")
    return [p], eml, E("confirmation", "Korean dates; line 2 delivery 2026-12-28, line 1 as ordered.",
                       conf(p, {1: "A", 2: ("C", None, None, "2026-12-28")}))


@case("garden-pots-vietnamese", "confirmation/vi-VN",
      "Vietnamese UTF-8 reply with decimal commas in USD prices; one price rises.")
def c_pots_vn():
    s = S("GOMSU", "Gốm Sứ Bình Dương Co., Ltd.", "export@gomsubd.example", "vi-VN")
    p = PO("4500071155", s, "USD", [
        ("GD-POT-35", "Ceramic garden pot 35 cm, glazed blue", 200, "EA", "9.40", "2027-01-15"),
        ("GD-POT-50", "Ceramic garden pot 50 cm, glazed blue", 100, "EA", "17.80", "2027-01-15")])
    body = """Kính gửi chị Maren,

Chúng tôi xác nhận đơn hàng 4500071155 như sau:
- Dòng 1: 200 cái, đơn giá 9,40 USD, giao hàng ngày 15/01/2027
- Dòng 2: 100 cái, đơn giá 18,20 USD (giá men mới), giao hàng ngày 15/01/2027

Trân trọng,
Nguyễn Thị Lan
Phòng Xuất khẩu - Gốm Sứ Bình Dương
Số 12 Đại lộ Bình Dương, Thủ Dầu Một, Bình Dương
ĐT: +84 274 382 1166
"""
    eml = reply([p], date="2026-11-13 09:15 +0700", body=body, name="Nguyễn Thị Lan", client="gmail", quote="gmail",
                attrib="Vào Th 3, 3 thg 11, 2026 vào lúc 16:12 Maren Holt <maren.holt@buyer.example> đã viết:")
    return [p], eml, E("confirmation", "Decimal commas in USD prices: line 2 18,20 = 18.20 (changed), line 1 as "
                       "ordered.",
                       conf(p, {1: "A", 2: ("C", None, "18.20", None)}))


@case("herbal-tea-koi8r-two-lots", "confirmation/ru-RU",
      "Russian KOI8-R reply shipping one line in two lots ('двумя партиями').")
def c_tea_ru():
    s = S("TRAVCHAI", "Travyanoy Chai LLC", "sales@travchai.example", "ru-RU")
    p = PO("4500071156", s, "EUR", [
        ("HT-IVAN-50", "Ivan-chai fermented tea, 50 g", 1000, "EA", "1.90", "2026-12-18"),
        ("HT-MINT-1KG", "Dried peppermint leaves, 1 kg bag", 120, "KG", "7.40", "2026-12-18")], buyer=1)
    body = """Добрый день, Йонас!

Подтверждаем заказ N 4500071156:

1) Иван-чай 50 г - 1000 шт. по 1,90 EUR; отгрузка двумя партиями: 600 шт. 18.12.2026, 400 шт. 15.01.2027.
2) Мята перечная - 120 кг по 7,40 EUR, отгрузка 18.12.2026.

С уважением,
Анна Смирнова
ООО "Травяной чай", г. Вологда, ул. Промышленная, 14
тел. +7 8172 21-44-90
"""
    eml = reply([p], date="2026-11-14 10:40 +0300", body=body, name="Анна Смирнова", cs="koi8-r",
                cte="8bit", client="thunderbird", quote="gmail", html=False,
                attrib="03.11.2026 12:12, Jonas Ekberg пишет:")
    return [p], eml, E("confirmation", "Line 1 split 600 + 400 (ship dates, last 2027-01-15); line 2 as ordered.",
                       conf(p, {1: ("C", None, None, "2027-01-15", [(600, "2026-12-18"), (400, "2027-01-15")]),
                                2: "A"}))
