"""Cases 021-040."""
from .common import *  # noqa: F401,F403
from aklib.locale_data import outlook_sent


# --------------------------------------------------------------------------- 021
@case("021-will-revert-friday", "en-SG",
      "Singapore distributor acknowledges the PO but will 'revert by this Friday (20/11)' with the schedule: no commitment yet.")
def c021():
    s = S("LIONADH", "Lion City Adhesives Pte Ltd", "sales@lioncityadhesives.example", "en-SG")
    p = PO("4500218301", s, "daniel", "USD", "2026-11-17", [
        L(1, "AD-CYA-20G", "Cyanoacrylate adhesive 20 g, box of 12", 50, "BOX", "38.40", "2026-12-11"),
        L(2, "AD-MS-290", "MS polymer adhesive, white, cartridge 290 ml", 300, "EA", "3.85", "2026-12-11"),
    ], sent="2026-11-17 09:30 +0100", ship_to="facilities")
    D("2026-11-20", "Fri")
    body = """Hi Daniel,

Noted with thanks on your PO 4500218301.

Our principal in Japan is checking stock for the CA adhesive as the 20g pack is being changed over to new packaging. Will revert by this Friday (20/11) with the delivery schedule for both items.

Thanks & regards,
Mei Ling Tan
Sales Coordinator
Lion City Adhesives Pte Ltd
21 Woodlands Close #05-18, Singapore 737854
T: +65 6555 0192"""
    eml = reply("021", p, ("Mei Ling Tan", s.email), "2026-11-18 16:40 +0800", body, "outlook", sep="line")
    return [p], eml, other("needs_review", "Acknowledgement only: supplier will revert by Friday 20/11 with dates; nothing is "
                                           "committed. 20/11 is the promised answer date, not a delivery date.")


# --------------------------------------------------------------------------- 022
@case("022-coffee-three-shipments", "pt-BR",
      "Brazilian exporter splits 90 bags into three deliveries (Dec, Jan, Feb) and reprices the other line per kg; screen size '17/18' looks like a date.")
def c022():
    s = S("SERRADOURADA", "Cafés Serra Dourada Exportadora Ltda.", "exportacao@serradourada.example", "pt-BR")
    p = PO("4500218322", s, "daniel", "USD", "2026-11-10", [
        L(1, "CF-SAN-1718", "Green coffee Arabica Santos NY 2 17/18, bag 60 kg", 90, "BAG", "245.00", D("2026-12-15", "Tue")),
        L(2, "CF-SMG-FC", "Green coffee Arabica Sul de Minas fine cup, bag 60 kg", 20, "BAG", "262.00", "2026-12-15"),
    ], sent="2026-11-10 15:10 +0100", ship_to="usa")
    body = """Olá Daniel, bom dia!

Confirmamos o pedido 4500218322 conforme abaixo:

Item 1 - Santos NY 2 peneira 17/18: 90 sacas, US$ 245,00/saca. Por questão de espaço nos contêineres, a entrega será dividida em três lotes de 30 sacas: 15/12/2026, 12/01/2027 e 09/02/2027.

Item 2 - Sul de Minas bebida fina: 20 sacas, entrega em 15/12/2026. O preço deste café foi ajustado para US$ 4,50 por quilo (US$ 270,00 por saca de 60 kg) devido à alta na bolsa de Nova York.

Condição de pagamento: CAD 30 dias. Incoterm FCA Santos.

Abraço,
Rafael Souza
Exportação | Cafés Serra Dourada
Rua Coronel Alves 118, Varginha - MG, 37010-000"""
    eml = reply("022", p, ("Rafael Souza", s.email), "2026-11-16 11:17 -0300", body, "gmail")
    exp = confirmation((p, {1: dict(s=[(30, "2026-12-15"), (30, D("2027-01-12", "Tue")), (30, D("2027-02-09", "Tue"))]),
                            2: dict(p="270.00")}),
                       notes="Item 1 delivered in three lots of 30 bags (15/12/2026, 12/01/2027, 09/02/2027). Item 2 repriced "
                             "US$ 4,50/kg x 60 kg = 270.00 per bag, date as requested. 'NY 2 17/18' is grade/screen size; "
                             "'CAD 30 dias' is payment terms.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 023
@case("023-gloves-thai-buddhist-year", "th-TH",
      "Thai Outlook reply in windows-874 with Buddhist-era years (2569/2570) and one size split over two deliveries.")
def c023():
    s = S("SIAMMED", "Siam Medical Supply Co., Ltd.", "sales@siammedsupply.example", "th-TH")
    p = PO("4500218344", s, "priya", "USD", "2026-11-16", [
        L(1, "GL-NIT-M", "Nitrile exam gloves, powder-free, blue, size M, box of 200", 300, "BOX", "9.60", D("2026-12-18", "Fri")),
        L(2, "GL-NIT-L", "Nitrile exam gloves, powder-free, blue, size L, box of 200", 200, "BOX", "9.60", "2026-12-18"),
        L(3, "GL-NIT-S", "Nitrile exam gloves, powder-free, blue, size S, box of 200", 100, "BOX", "9.60", "2026-12-18"),
    ], sent="2026-11-16 10:20 +0100", ship_to="care")
    body = """เรียน คุณ Priya

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500218344 ทางบริษัทฯ ขอยืนยันรายละเอียดดังนี้

1. ถุงมือไนไตรล์ ไซซ์ M (กล่องละ 200 ชิ้น) จำนวน 300 กล่อง ราคา 9.60 USD/กล่อง ส่งมอบวันที่ 18 ธันวาคม 2569
2. ถุงมือไนไตรล์ ไซซ์ L จำนวน 200 กล่อง ราคาเดิม ขณะนี้มีสินค้าพร้อมส่ง 120 กล่อง ส่งมอบวันที่ 18 ธันวาคม 2569 ส่วนที่เหลือ 80 กล่อง ส่งมอบวันที่ 15 มกราคม 2570
3. ถุงมือไนไตรล์ ไซซ์ S จำนวน 100 กล่อง ราคาเดิม ส่งมอบวันที่ 18 ธันวาคม 2569

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขายต่างประเทศ
บริษัท สยามเมดิคอลซัพพลาย จำกัด
โทร. 02-555-0148"""
    eml = reply("023", p, ("Somchai Jaidee", s.email), "2026-11-18 14:05 +0700", body, "outlook", charset="tis-620",
                html_lang="TH")
    exp = confirmation((p, {1: "acc", 2: dict(s=[(120, "2026-12-18"), (80, D("2027-01-15", "Fri"))]), 3: "acc"}),
                       notes="Buddhist-era years: 2569 = 2026, 2570 = 2027. Size L: 120 boxes on 18 Dec 2026, 80 boxes on "
                             "15 Jan 2027; M and S as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 024
@case("024-tiles-m2-box-rounding", "hr-HR",
      "Croatian reply in windows-1250: tiles rounded to full boxes of 1,2 m2 (210 boxes = 252 m2), Croatian genitive month name.")
def c024():
    s = S("KERJADRAN", "Keramika Jadran d.o.o.", "prodaja@keramika-jadran.example", "hr-HR")
    p = PO("4500218366", s, "mira", "EUR", "2026-11-18", [
        L(1, "TL-2060-WG", "Ceramic wall tile 20x60 cm, white gloss, box = 1.2 m2 (10 pcs)", 250, "M2", "14.90", D("2026-12-17", "Thu")),
        L(2, "TL-ADH-C2TE", "Tile adhesive C2TE S1, bag 25 kg", 40, "BAG", "12.50", "2026-12-17"),
    ], sent="2026-11-18 13:30 +0100", ship_to="facilities")
    body = """Poštovana gospođo Novak,

zahvaljujemo na narudžbi br. 4500218366.

Potvrđujemo:
- Zidne pločice 20x60 bijele sjajne: pakiranje je 1,2 m2 po kutiji, pa isporučujemo 210 kutija = 252 m2, cijena 14,90 EUR/m2.
- Ljepilo C2TE S1, 25 kg: 40 vreća po 12,50 EUR.

Isporuka: četvrtak, 17. prosinca 2026.

Lijep pozdrav,
Ivana Horvat
Keramika Jadran d.o.o. | Slavonska avenija 52, 10000 Zagreb
tel. +385 1 2345 670"""
    eml = reply("024", p, ("Ivana Horvat", s.email), "2026-11-20 09:40 +0100", body, "outlook", charset="windows-1250",
                html_lang="HR")
    exp = confirmation((p, {1: dict(q=252), 2: "acc"}),
                       notes="250 m2 rounded up to 210 full boxes of 1,2 m2 = 252 m2 at the same m2 price. "
                             "'17. prosinca 2026' (genitive December) = 2026-12-17 as requested. 20x60 and C2TE S1 are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 025
@case("025-fasteners-per-1000-swiss", "de-CH",
      "Swiss reply with apostrophe thousands (5'000) and prices per 1000 pieces; one line explicitly to be confirmed next week.")
def c025():
    s = S("SCHRAUBZH", "Schraubenhaus Zürcher AG", "verkauf@schraubenhaus-zh.example", "de-CH")
    p = PO("4500218390", s, "anna", "EUR", "2026-11-19", [
        L(1, "FS-933-M8x25", "Sechskantschraube DIN 933 M8x25 8.8 verzinkt", 5000, "EA", "0.062", D("2026-12-04", "Fri")),
        L(2, "FS-934-M8", "Sechskantmutter DIN 934 M8 Kl. 8 verzinkt", 5000, "EA", "0.021", "2026-12-04"),
        L(3, "FS-125-8.4", "Unterlegscheibe DIN 125 A 8,4 verzinkt", 10000, "EA", "0.008", "2026-12-04"),
    ], sent="2026-11-19 08:40 +0100", req_lang="de", ship_to="workshop")
    body = """Grüezi Frau Weber

Besten Dank für Ihre Bestellung. Gerne bestätigen wir:

Pos. 1  DIN 933 M8x25 8.8 verzinkt    5'000 Stk.   EUR 58.50 / 1000 Stk.
Pos. 2  DIN 934 M8 Kl. 8 verzinkt     5'000 Stk.   EUR 21.00 / 1000 Stk.
Liefertermin Pos. 1 und 2: 4.12.2026

Pos. 3 (Scheiben DIN 125 A 8,4) haben wir momentan nicht an Lager. Den Liefertermin dafür können wir Ihnen erst nächste Woche bestätigen.

Freundliche Grüsse

Reto Baumann
Verkauf Innendienst
Schraubenhaus Zürcher AG | Hardturmstrasse 161 | 8005 Zürich
T +41 44 555 21 30"""
    eml = reply("025", p, ("Reto Baumann", s.email), "2026-11-23 14:02 +0100", body, "outlook", html_lang="DE-CH")
    exp = confirmation((p, {1: dict(p="0.0585"), 2: "acc", 3: "unc"}),
                       notes="EUR 58.50 per 1000 = 0.0585 per piece (PO 0.062); EUR 21.00 per 1000 = 0.021 (unchanged). "
                             "5'000 uses the Swiss apostrophe. Pos. 3 will only be confirmed next week -> unconfirmed.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 026
@case("026-ticket-system-autoack", "en-US",
      "Helpdesk ticket auto-acknowledgment ('[Ticket #482913]') with response-time promises and business hours.")
def c026():
    s = S("KEYSTONEFP", "Keystone Forklift Parts LLC", "parts@keystoneforklift.example", "en-US")
    p = PO("4500218412", s, "daniel", "USD", "2026-11-18", [
        L(1, "FL-SEAT-SW", "Seat switch, normally open, 2-wire", 6, "EA", "27.80", "2026-12-02"),
        L(2, "FL-STRB-LED", "LED strobe light 12-80V, amber", 4, "EA", "39.00", "2026-12-02"),
    ], sent="2026-11-19 14:02 +0100", ship_to="usa")
    txt = """##- Please type your reply above this line -##

Hello Daniel,

Thank you for contacting Keystone Forklift Parts. This is an automated response confirming that we have received your request. Your ticket number is #482913.

A member of our inside sales team will respond within 2 business days. Our hours are Monday - Friday, 7:00 AM - 5:00 PM Eastern. Orders received after 3:00 PM ET are processed the next business day.

Please do not change the subject line when replying so that your message is added to ticket #482913.

Keystone Forklift Parts | 2200 Fruitville Pike, Lancaster, PA 17601

This email is a service from Keystone Forklift Parts Support. [N7Q2-X4LR]"""
    html = "<html><body>" + mail.div_lines(txt) + "</body></html>"
    eml = simple("026", "Keystone Parts Support <support@keystoneforklift.example>", buyer_addr(p),
                 "2026-11-19 08:02 -0500", "[Keystone Parts] Re: " + request_subject(p) + " [Ticket #482913]", txt, html,
                 in_reply_to=p.req_id, msgid="<N7Q2X4LR_67a1b2c3d4e5f_9a8b7c_sprut@zendesk.example>",
                 headers_extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                ("Precedence", "bulk")])
    return [p], eml, other("auto_reply", "Helpdesk auto-acknowledgment with a ticket number; '2 business days' and opening "
                                         "hours are not commitments about the PO.")


# --------------------------------------------------------------------------- 027
@case("027-uniform-sizes-partial-discontinued", "ro-RO",
      "Romanian Gmail reply on a per-size uniform order: one size split Dec/Jan, trousers no longer produced in navy; '220 g/m²' and '65/35'.")
def c027():
    s = S("TEXCARPATI", "Textila Carpați S.R.L.", "vanzari@textila-carpati.example", "ro-RO")
    d0 = D("2026-12-11", "Fri")
    p = PO("4500218433", s, "mira", "EUR", "2026-11-16", [
        L(1, "UN-POLO-NV-S", "Polo shirt cotton 220 g/m2, navy, embroidered logo, size S", 40, "EA", "9.50", d0),
        L(2, "UN-POLO-NV-M", "Polo shirt cotton 220 g/m2, navy, embroidered logo, size M", 80, "EA", "9.50", d0),
        L(3, "UN-POLO-NV-L", "Polo shirt cotton 220 g/m2, navy, embroidered logo, size L", 80, "EA", "9.50", d0),
        L(4, "UN-POLO-NV-XL", "Polo shirt cotton 220 g/m2, navy, embroidered logo, size XL", 40, "EA", "9.50", d0),
        L(5, "UN-TRS-NV-50", "Work trousers 65/35 poly-cotton, navy, size 50", 30, "EA", "17.80", d0),
    ], sent="2026-11-16 12:15 +0100", ship_to="facilities")
    body = """Bună ziua, doamna Novak,

Vă confirmăm comanda nr. 4500218433 după cum urmează:

- Tricou polo 220 g/m², bleumarin, cu logo brodat: S - 40 buc., L - 80 buc., XL - 40 buc., livrare 11.12.2026.
- Mărimea M: avem stoc pentru 60 buc., pe care le livrăm împreună cu restul pe 11.12.2026; celelalte 20 buc. le livrăm pe 15 ianuarie 2027, după următorul lot de producție.
- Pantaloni de lucru 65/35, mărimea 50: această mărime nu se mai fabrică în culoarea bleumarin, deci nu o putem livra.

Prețurile rămân cele din comandă.

Cu stimă,
Andreea Popescu
Departament Vânzări
Textila Carpați S.R.L. | Str. Fabricii nr. 7, 550234 Sibiu"""
    eml = reply("027", p, ("Andreea Popescu", s.email), "2026-11-19 12:30 +0200", body, "gmail")
    exp = confirmation((p, {1: "acc", 2: dict(s=[(60, "2026-12-11"), (20, D("2027-01-15", "Fri"))]), 3: "acc", 4: "acc",
                            5: "rej"}),
                       notes="Sizes S/L/XL as ordered on 11.12.2026; size M 60 pcs 11.12.2026 + 20 pcs 15 Jan 2027; "
                             "trousers no longer produced in navy -> rejected.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 028
@case("028-two-pos-one-mail", "en-CA",
      "One Gmail reply answering two POs in sections, with 'ships Dec 4, delivered Dec 7' and a short-stock split on the second PO.")
def c028():
    s = S("MAPLEFIRE", "Maple Fire Protection Supply Ltd.", "orders@maplefire.example", "en-CA")
    a = PO("4500218450", s, "daniel", "USD", "2026-11-17", [
        L(1, "FE-ABC-10", "ABC dry chemical extinguisher 10 lb, 4A:80B:C", 24, "EA", "58.00", D("2026-12-07", "Mon")),
        L(2, "FE-BRKT-10", "Wall bracket for 10 lb extinguisher", 24, "EA", "6.25", "2026-12-07"),
    ], sent="2026-11-17 16:00 +0100", ship_to="usa")
    b = PO("4500218467", s, "daniel", "USD", "2026-11-18", [
        L(1, "FE-SVC-KIT", "Service kit: valve stem O-ring, pull pin, tamper seals (pack of 50)", 10, "PACK", "22.00", "2026-12-07"),
        L(2, "FE-GAUGE-195", "Replacement pressure gauge 195 psi", 30, "EA", "4.80", "2026-12-07"),
    ], sent="2026-11-18 16:20 +0100", ship_to="usa")
    body = """Hi Daniel,

Please see below for both of your recent POs.

PO 4500218450
- 24 x 10 lb ABC (4A:80B:C) @ $58.00 - ships Dec 4, delivered Dec 7
- 24 x wall brackets @ $6.25 - same

PO 4500218467
- 10 packs service kits @ $22.00 - delivered Dec 7
- 195 psi gauges: we only have 18 on hand, those go with the kits for Dec 7 and the other 12 will be delivered by Dec 18.

Let me know if you need anything else.

Dave Tremblay
Maple Fire Protection Supply Ltd.
1180 Rue Notre-Dame O, Montréal QC H3C 1K5
514-555-0163"""
    eml = reply("028", b, ("Dave Tremblay", s.email), "2026-11-20 14:15 -0500", body, "gmail")
    exp = confirmation((a, {1: "acc", 2: "acc"}),
                       (b, {1: "acc", 2: dict(s=[(18, "2026-12-07"), (12, D("2026-12-18", "Fri"))])}),
                       notes="Two POs answered in one mail (threaded on the second). PO ...450: delivery Dec 7 (ship Dec 4) "
                             "as requested. PO ...467: gauges 18 on Dec 7 + 12 by Dec 18. '4A:80B:C', '10 lb', '195 psi' are specs.")
    return [a, b], eml, exp


# --------------------------------------------------------------------------- 029
@case("029-one-of-three-pos-answered", "da-DK",
      "Danish reply that answers only one of three open POs and says the other two will follow; a price change effective 1 December.")
def c029():
    s = S("NORDDENT", "Nordisk Dentaldepot A/S", "ordre@nordiskdental.example", "da-DK")
    a = PO("4500218480", s, "jonas", "EUR", "2026-11-12", [
        L(1, "DN-TRAY-3", "Impression trays, plastic, size 3, box of 50", 20, "BOX", "12.40", "2026-12-02"),
        L(2, "DN-PROPHY", "Prophy angles disposable, box of 100", 10, "BOX", "19.90", "2026-12-02"),
    ], sent="2026-11-12 10:00 +0100", ship_to="care")
    b = PO("4500218495", s, "jonas", "EUR", "2026-11-16", [
        L(1, "DN-SALEJ-BL", "Saliva ejectors, blue, box of 100", 30, "BOX", "3.20", D("2026-12-04", "Fri")),
        L(2, "DN-BIB-2P", "Dental bibs 2-ply + poly, box of 50", 50, "BOX", "4.10", "2026-12-04"),
    ], sent="2026-11-16 09:10 +0100", ship_to="care")
    c = PO("4500218510", s, "jonas", "EUR", "2026-11-19", [
        L(1, "DN-WIPE-100", "Surface disinfectant wipes, canister of 100", 24, "EA", "7.80", "2026-12-11"),
    ], sent="2026-11-19 11:45 +0100", ship_to="care")
    body = """Hej Jonas

Tak for ordre 4500218495. Vi bekræfter:

Spytsugere, blå (æske à 100): 30 æsker à 3,20 EUR
Engangs-hagesmække 2-lags + PE (æske à 50): 50 æsker. Bemærk at prisen fra 1. december er 4,35 EUR pr. æske, og da varerne leveres efter denne dato, faktureres den nye pris.

Levering fredag den 4. december.

Vedr. de to andre ordrer (4500218480 og 4500218510) vender vi tilbage, når vi har svar fra vores leverandør.

Med venlig hilsen
Mette Kristensen
Ordrekontoret
Nordisk Dentaldepot A/S · Literbuen 9 · 2740 Skovlunde"""
    eml = reply("029", b, ("Mette Kristensen", s.email), "2026-11-24 10:02 +0100", body, "outlook", html_lang="DA")
    exp = confirmation((b, {1: "acc", 2: dict(p="4.35")}),
                       notes="Only PO 4500218495 is answered; the other two POs are mentioned without an answer and are left out. "
                             "Bibs priced 4,35 from 1 December (delivery 4 Dec, so the new price applies).")
    return [a, b, c], eml, exp


# --------------------------------------------------------------------------- 030
@case("030-ok-except-pos20-kw3", "de-DE",
      "'OK für alle Positionen außer Pos. 20, die wir nicht vor KW 3 liefern können' on a PO numbered 10/20/30/40.")
def c030():
    s = S("STAPLERNORD", "Stapler-Teile Nord GmbH", "verkauf@staplerteile-nord.example", "de-DE")
    d = D("2026-12-18", "Fri")
    p = PO("4500218520", s, "lukas", "EUR", "2026-11-20", [
        L(10, "ST-FORK-1200", "Gabelzinke 1200 x 100 x 40 mm, ISO 2A", 4, "EA", "148.00", d),
        L(20, "ST-SEAT-MSG65", "Fahrersitz MSG 65/521, PVC", 2, "EA", "389.00", d),
        L(30, "ST-LAMP-LED", "LED-Arbeitsscheinwerfer 12-80 V, 2500 lm", 6, "EA", "44.50", d),
        L(40, "ST-TYRE-1878", "Superelastikreifen 18x7-8, schwarz", 4, "EA", "112.00", d),
    ], sent="2026-11-20 13:30 +0100", req_lang="de", ship_to="workshop")
    body = """Hallo Herr Brenner,

Ihre Bestellung 4500218520 ist OK für alle Positionen außer Pos. 20, die wir nicht vor KW 3 liefern können (die Sitze kommen direkt vom Hersteller).

Gruß
Sven Petersen
Stapler-Teile Nord GmbH
Tel. 040 555 8812-3"""
    eml = reply("030", p, ("Sven Petersen", s.email), "2026-11-24 09:15 +0100", body, "outlook", charset="iso-8859-1",
                html_lang="DE")
    assert kw(2027, 3) == "2027-01-22"
    exp = confirmation((p, {10: "acc", 20: dict(d="2027-01-22"), 30: "acc", 40: "acc"}),
                       notes="All positions accepted as ordered except pos. 20, which moves to KW 3 -> next KW 3 after the mail "
                             "= 2027, Friday 2027-01-22. '18x7-8', '12-80 V', 'MSG 65/521' are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 031
@case("031-invoice-other-order", "it-IT",
      "Invoice PDF from the supplier of an open PO, but referencing a different, older order number and its own due dates.")
def c031():
    s = S("ADESIVIBRIANZA", "Adesivi Tecnici Brianza S.r.l.", "ordini@adesivibrianza.example", "it-IT")
    p = PO("4500218541", s, "sofia", "EUR", "2026-11-20", [
        L(1, "AD-HM-EVA", "Hot-melt EVA granules, bag 20 kg", 15, "BAG", "64.00", "2026-12-09"),
        L(2, "AD-PUR-310", "PUR construction adhesive, cartridge 310 ml, box of 12", 30, "BOX", "52.80", "2026-12-09"),
    ], sent="2026-11-20 10:50 +0100", ship_to="facilities")
    sh = Sheet()
    sh.text("Adesivi Tecnici Brianza S.r.l.", size=13, bold=True, dy=13)
    sh.text("Via Milano 88 - 20841 Carate Brianza (MB) - P.IVA IT 03318450969", size=8, dy=26)
    sh.text("FATTURA N. 2026/FT/004512 del 23/11/2026", size=12, bold=True, dy=18)
    for a_, b_ in [("Cliente:", "Castellan Facility Services"), ("Rif. Vs. ordine:", "4500216999 del 02/10/2026"),
                   ("DDT:", "n. 1877 del 20/11/2026"), ("Pagamento:", "Bonifico bancario 30 gg d.f.f.m."),
                   ("Scadenza:", "31/12/2026")]:
        sh.row([(50, a_), (160, b_)], size=9, dy=12)
    sh.gap(10)
    cols = [50, 130, 330, 380, 440, 500]
    sh.row(list(zip(cols, ["Codice", "Descrizione", "Q.ta", "UM", "Prezzo", "Importo"])), bold=True, dy=4)
    sh.rule().gap(10)
    for r in [["ATB-CR2K-50", "Adesivo cianoacrilico 2K 50 g", "48", "PZ", "6,90", "331,20"],
              ["ATB-SIL-TR", "Silicone neutro trasparente 310 ml", "120", "PZ", "3,15", "378,00"]]:
        sh.row(list(zip(cols, r)), size=8, dy=13)
    sh.rule().gap(6)
    sh.row([(330, "Imponibile"), (500, "709,20")], size=9, dy=12)
    sh.row([(330, "IVA 22%"), (500, "156,02")], size=9, dy=12)
    sh.row([(330, "Totale fattura EUR"), (500, "865,22")], size=9, bold=True, dy=12)
    pdf = make_pdf([sh.ops], kern=True, title="Fattura 2026/FT/004512", producer="TeamSystem")
    txt = """Gentile Cliente,

in allegato trasmettiamo la fattura n. 2026/FT/004512 del 23/11/2026 relativa al Vs. ordine n. 4500216999 (DDT n. 1877 del 20/11/2026).

La fattura elettronica è stata trasmessa anche tramite SDI. Il presente documento è una copia di cortesia.

Cordiali saluti
Ufficio Amministrazione
Adesivi Tecnici Brianza S.r.l."""
    eml = simple("031", "Amministrazione ATB <amministrazione@adesivibrianza.example>", buyer_addr(p),
                 "2026-11-23 17:05 +0100", "Invio fattura n. 2026/FT/004512 del 23/11/2026", txt, None,
                 charset="iso-8859-15", attachments=[mime.attachment(pdf, "application/pdf", "FT_2026_004512.pdf")])
    return [p], eml, other("unrelated", "Courtesy copy of an invoice for order 4500216999, not for open PO 4500218541; "
                                        "due date 31/12/2026 and DDT date are irrelevant.")


# --------------------------------------------------------------------------- 032
@case("032-own-confirmation-number-block", "nl-NL",
      "Dutch one-line 'alles akkoord' with the supplier's own confirmation number, order date and confirmation date in a signature block.")
def c032():
    s = S("TUINWATER", "Tuinwater Nederland B.V.", "orders@tuinwater.example", "nl-NL")
    d = D("2026-12-03", "Thu")
    p = PO("4500218560", s, "jonas", "EUR", "2026-11-19", [
        L(1, "IR-HOSE-12", "Garden hose 1/2\" reinforced, coil 50 m", 30, "COIL", "27.50", d),
        L(2, "IR-COUP-12", "Hose coupling 1/2\" with aquastop, bag of 25", 12, "BAG", "18.75", d),
        L(3, "IR-SPR-360", "Pop-up sprinkler 360 deg, 1/2\" BSP female", 60, "EA", "4.40", d),
    ], sent="2026-11-19 14:22 +0100", ship_to="facilities")
    body = """Beste Jonas,

Dank voor je bestelling. Alles is akkoord en wordt geleverd op de door jullie gevraagde datum, tegen de prijzen in jullie order.

Met vriendelijke groet,
Lotte Bakker | Orderdesk

--------------------------------------------
Orderbevestiging : OB-2026-18834
Orderdatum       : 19-11-2026
Bevestigd op     : 23-11-2026
Uw referentie    : 4500218560
Klantnummer      : 100482
Betalingstermijn : 30 dagen netto
--------------------------------------------
Tuinwater Nederland B.V. · Industrieweg 14 · 2712 LB Zoetermeer · KvK 27154093"""
    eml = reply("032", p, ("Lotte Bakker", s.email), "2026-11-23 16:20 +0100", body, "outlook", html_lang="NL")
    exp = confirmation((p, {1: "acc", 2: "acc", 3: "acc"}),
                       notes="Everything accepted as ordered ('op de door jullie gevraagde datum'). The block carries the "
                             "supplier's confirmation number and order/confirmation dates, none of which is a delivery date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 033
@case("033-holiday-closure-dates", "sk-SK",
      "Slovak confirmation one day earlier than requested, plus a company holiday closure 23. 12.-6. 1. that is not a delivery date.")
def c033():
    s = S("LEPPOVAZIE", "Lepidlá Považie s.r.o.", "predaj@lepidla-povazie.example", "sk-SK")
    p = PO("4500218582", s, "mira", "EUR", "2026-11-20", [
        L(1, "AD-ACR-50-12", "Structural acrylic adhesive 2K, 50 ml cartridge, box of 12", 40, "BOX", "86.00", D("2026-12-18", "Fri")),
        L(2, "AD-CONT-20", "Contact adhesive, solvent based, pail 20 kg", 10, "PAIL", "118.00", "2026-12-18"),
    ], sent="2026-11-20 11:05 +0100", ship_to="workshop")
    body = """Dobrý deň, pani Novak,

potvrdzujeme Vašu objednávku č. 4500218582 v plnom rozsahu: 40 krabíc akrylátového lepidla (12 kartuší v krabici) a 10 vedier kontaktného lepidla po 20 kg, ceny podľa objednávky. Tovar Vám dodáme 17. 12. 2026.

Zároveň Vás upozorňujeme, že v čase od 23. 12. 2026 do 6. 1. 2027 bude naša spoločnosť z dôvodu celozávodnej dovolenky zatvorená. Objednávky prijaté v tomto období spracujeme od 7. 1. 2027.

S pozdravom
Martin Kováč
obchodné oddelenie
Lepidlá Považie s.r.o., Priemyselná 11, 017 01 Považská Bystrica"""
    eml = reply("033", p, ("Martin Kováč", s.email), "2026-11-24 08:50 +0100", body, "outlook", charset="windows-1250",
                html_lang="SK")
    d = D("2026-12-17", "Thu")
    exp = confirmation((p, {1: dict(d=d), 2: dict(d=d)}),
                       notes="Delivery 17. 12. 2026 (one day before the requested 18.12.). The closure 23.12.2026-6.1.2027 "
                             "and the restart date 7.1.2027 are not delivery dates.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 034
@case("034-assistant-quotes-colleague-note", "en-GB",
      "Sales assistant writes 'my colleague confirms' and pastes the works manager's internal note with the real dates.")
def c034():
    s = S("HALLAMEM", "Hallam Electric Motors Ltd", "sales@hallam-motors.example", "en-GB")
    d = D("2026-12-09", "Wed")
    p = PO("4500218600", s, "tomas", "GBP", "2026-11-18", [
        L(1, "EM-5K5-132S", "Electric motor 5.5 kW 4-pole IE3 B3, frame 132S", 3, "EA", "398.00", d),
        L(2, "EM-15K-160L", "Electric motor 15 kW 4-pole IE3 B35, frame 160L", 1, "EA", "1140.00", d),
        L(3, "EM-TBG-132", "Terminal box gasket kit, frame 132", 3, "EA", "12.50", d),
    ], sent="2026-11-18 11:40 +0000", ship_to="grounds")
    body = """Hi Tomás,

My colleague Kevin in our works has confirmed your order - please see his note below.

Kind regards
Jodie

Jodie Marsh | Sales Assistant
Hallam Electric Motors Ltd | Unit 3, Attercliffe Works, Sheffield S9 3QB | 0114 555 0476

-----Original Message-----
From: Kevin Holt <k.holt@hallam-motors.example>
Sent: 25 November 2026 10:58
To: Jodie Marsh <j.marsh@hallam-motors.example>
Subject: RE: Castellan PO 4500218600

Jodie - the 5.5kW x3 and the 3 gasket kits can go out Wed 9/12 on our own van, so with them same day. The 15kW B35 isn't in stock, earliest I can get one to them is Fri 18/12. All at PO prices.
Kev"""
    eml = reply("034", p, ("Jodie Marsh", "sales@hallam-motors.example"), "2026-11-25 11:34 +0000", body, "outlook",
                sep="line")
    exp = confirmation((p, {1: "acc", 2: dict(d=D("2026-12-18", "Fri")), 3: "acc"}),
                       notes="The commitment is in the quoted internal note: 5.5 kW motors and gasket kits delivered Wed 9/12 "
                             "(own van, same day) = requested; the 15 kW motor Fri 18/12. The note's 'Sent: 25 November' is not a date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 035
@case("035-ex-works-plus-transit", "pt-PT",
      "Portuguese reply giving only 'ex works 10.12., trânsito 3 dias': the delivery date has to be computed (13.12.).")
def c035():
    s = S("VALEDOLIS", "Cerâmica Vale do Lis, S.A.", "encomendas@ceramicavaledolis.example", "pt-PT")
    p = PO("4500218620", s, "mira", "EUR", "2026-11-19", [
        L(1, "TL-3060-AZ", "Glazed wall tile 30x60 cm, azulejo blue pattern, box = 1.08 m2", 120, "BOX", "16.80", D("2026-12-11", "Fri")),
        L(2, "TL-TRIM-60", "Bullnose trim 60 cm, blue glaze", 80, "EA", "3.90", "2026-12-11"),
    ], sent="2026-11-19 10:00 +0100", ship_to="facilities")
    body = """Cara Sra. Mira Novak,

Confirmamos a encomenda 4500218620 na totalidade: 120 caixas de azulejo 30x60 azul e 80 remates boleados de 60 cm, aos preços indicados.

Mercadoria disponível ex works 10.12., trânsito 3 dias.

Com os melhores cumprimentos,
Ana Ferreira
Departamento Comercial
Cerâmica Vale do Lis, S.A. - Zona Industrial da Cova das Faias, 2415-017 Leiria"""
    eml = reply("035", p, ("Ana Ferreira", s.email), "2026-11-26 10:11 +0000", body, "outlook", html_lang="PT")
    d = plus_days(D("2026-12-10", "Thu"), 3)
    assert d == "2026-12-13"
    exp = confirmation((p, {1: dict(d=d), 2: dict(d=d)}),
                       notes="Ex works 10.12.2026 plus 3 days transit = delivery 2026-12-13 (calendar days; the supplier gives "
                             "no delivery date directly). Quantities and prices as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 036
@case("036-exchange-ndr-access-denied", "fr-FR",
      "Exchange Online NDR ('Undeliverable:') with HTML explanation, delivery-status and the returned original message.")
def c036():
    s = S("VISRHONE", "Visserie du Rhône SAS", "commandes@visserie-rhone.example", "fr-FR")
    p = PO("4500218640", s, "claire", "EUR", "2026-11-20", [
        L(1, "FS-7380-M6x16", "Button head screw ISO 7380 M6x16 A2", 3000, "EA", "0.048", "2026-12-10"),
        L(2, "FS-7089-6", "Washer ISO 7089 6 A2", 3000, "EA", "0.006", "2026-12-10"),
    ], sent="2026-11-20 10:14 +0100", ship_to="facilities")
    txt = """Your message to commandes@visserie-rhone.example couldn't be delivered.

commandes wasn't found at visserie-rhone.example or the recipient's server refused the message.

claire.dubois    Office 365    visserie-rhone.example
Action Required                Recipient

Access denied

How to Fix It
The recipient's email server rejected your message. Try sending it again later. If the problem continues, contact the recipient by some other means (by phone, for example) and ask them to tell their email admin about the problem.

Diagnostic information for administrators:
Generating server: PR3PR04MB7211.eurprd04.prod.outlook.com
commandes@visserie-rhone.example
Remote server returned '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A66.eurprd04.prod.outlook.com]'
Original message headers: see attachment."""
    html = ("<html><body><div style='font-family:Segoe UI,Arial;font-size:15px'>"
            "<p style='font-size:21px;color:#c00000'>Your message to <a href='mailto:commandes@visserie-rhone.example'>"
            "commandes@visserie-rhone.example</a> couldn't be delivered.</p>"
            + "".join(f"<p>{mail.esc(x)}</p>" for x in txt.split("\n\n")[1:]) + "</div></body></html>")
    alt = mime.alternative(mime.text(txt, "plain", "us-ascii", "7bit"), mime.text(html, "html", "us-ascii", "7bit"),
                           "_001_PR3PR04MB7211A9C1E0B2F4D5C6E7eurprd04prodou_")
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns;PR3PR04MB7211.eurprd04.prod.outlook.com"),
         ("Received-From-MTA", "dns;PR3PR04MB7211.eurprd04.prod.outlook.com"),
         ("Arrival-Date", "Fri, 20 Nov 2026 09:14:27 +0000")],
        [[("Original-Recipient", "rfc822;commandes@visserie-rhone.example"),
          ("Final-Recipient", "rfc822;commandes@visserie-rhone.example"), ("Action", "failed"), ("Status", "5.4.1"),
          ("Diagnostic-Code", "smtp;550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A66.eurprd04.prod.outlook.com]"),
          ("Remote-MTA", "dns;mx.visserie-rhone.example")]])
    root = mime.multipart("report", [alt, ds, mime.rfc822(request_message(p))],
                          "_002_PR3PR04MB7211A9C1E0B2F4D5C6E7eurprd04prodou_", extra_params="; report-type=delivery-status")
    eml = mime.message([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@castellan-group.example>"),
                        ("To", buyer_addr(p)), ("Subject", "Undeliverable: " + request_subject(p)),
                        ("Date", "Fri, 20 Nov 2026 09:14:29 +0000"),
                        ("Message-ID", "<9c1b7e0d-5a44-4c2e-9f31-0b8e2d6a7c15@PR3PR04MB7211.eurprd04.prod.outlook.com>"),
                        ("In-Reply-To", p.req_id), ("References", p.req_id),
                        ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], root)
    return [p], eml, other("bounce", "Exchange NDR 5.4.1 access denied; the returned original contains the whole PO request "
                                     "with requested dates, which must not be read as an answer.")


# --------------------------------------------------------------------------- 037
@case("037-iphone-one-liner", "en-AU",
      "'All good Priya, confirmed as per PO' from an iPhone, with the PO quoted below and a reply time zone a day ahead.")
def c037():
    s = S("SXHYGIENE", "Southern Cross Hygiene Supplies Pty Ltd", "orders@sxhygiene.example", "en-AU")
    p = PO("4500218660", s, "priya", "USD", "2026-11-23", [
        L(1, "PT-INT-FOLD", "Interleaved hand towels 2-ply, 150 sheets x 20 packs per carton", 60, "CTN", "28.50", D("2026-12-08", "Tue")),
        L(2, "PT-CFEED-6", "Centrefeed towel rolls 2-ply, pack of 6", 40, "PACK", "24.90", "2026-12-08"),
    ], sent="2026-11-23 14:31 +0100", ship_to="care")
    body = "All good Priya, confirmed as per PO. Cheers\n\nSent from my iPhone"
    eml = reply("037", p, ("Craig Mitchell", s.email), "2026-11-24 06:52 +1100", body, "iphone", html=False,
                cte="7bit" if False else "quoted-printable",
                attrib=lambda t: f"On {t.day} Nov {t.year}, at {t.hour % 12 or 12}:{t.minute:02d} {'am' if t.hour < 12 else 'pm'}, Priya Raman <{p.buyer.email}> wrote:")
    exp = confirmation((p, {1: "acc", 2: "acc"}),
                       notes="A one-line 'confirmed as per PO' threaded on the request: every line accepted exactly as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 038
@case("038-inline-answers-in-quoted-po", "en-IN",
      "Answers typed inline under each quoted PO line ('==>'), including a price revision, a discontinued item and 'will confirm by Monday'.")
def c038():
    s = S("DECCANMH", "Deccan Material Handling Spares Pvt. Ltd.", "sales@deccanmhs.example", "en-IN")
    d = D("2026-12-04", "Fri")
    p = PO("4500218680", s, "lukas", "USD", "2026-11-20", [
        L(1, "FL-BRK-8FD", "Brake shoe set, Toyota 8FD25", 8, "SET", "36.00", d),
        L(2, "FL-SEAL-7040", "Tilt cylinder seal kit 70x40 mm", 10, "EA", "18.50", d),
        L(3, "FL-HORN-48", "Horn 48V", 5, "EA", "9.20", d),
        L(4, "FL-FUSE-325", "Main fuse 325A", 10, "EA", "6.80", d),
    ], sent="2026-11-20 15:10 +0100", ship_to="workshop", req_style="list")
    answers = {1: "==> OK. Dispatch 01/12/2026 by air, delivery at your end 04/12/2026.",
               2: "==> Price revised to USD 19.40 due to NBR rubber cost increase. Qty and date OK.",
               3: "==> Not available. Manufacturer has stopped production of the 48V horn, we cannot supply.",
               4: "==> Will confirm by Monday after checking with our vendor."}
    req = mail.request_text(p).split("\n")
    out = []
    for i, line in enumerate(req):
        out.append(line)
        if line.startswith("  Qty "):
            n = int(req[i - 1].split(":")[0].split()[1])
            out.append(answers[n])
    t = mime.parse_dt("2026-11-25 12:45 +0530")
    sent = outlook_sent("en-GB", mime.parse_dt(p.sent).astimezone(t.tzinfo))
    intro = """Dear Lukas,

Good afternoon. Please find our replies inline below marked ==>.

Regards,
Ramesh Kulkarni
Sales Executive | Deccan Material Handling Spares Pvt. Ltd.
Plot 41, MIDC Bhosari, Pune 411026 | +91 20 5550 7718"""
    head = (f"From: {p.buyer.name} <{p.buyer.email}>\nSent: {sent}\nTo: {s.email}\n"
            f"Subject: {request_subject(p)}")
    full = intro + "\n\n" + head + "\n\n" + "\n".join(out)
    html_lines = []
    for line in full.split("\n"):
        if line.startswith("==>"):
            html_lines.append(f'<p class="MsoNormal"><b><span style="color:#0070C0">{mail.esc(line)}</span></b></p>')
        elif not line.strip():
            html_lines.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            html_lines.append(f'<p class="MsoNormal">{mail.esc(line)}</p>')
    eml = reply("038", p, ("Ramesh Kulkarni", s.email), "2026-11-25 12:45 +0530", full, "outlook", quote=False,
                body_html="\n".join(html_lines))
    exp = confirmation((p, {1: "acc", 2: dict(p="19.40"), 3: "rej", 4: "unc"}),
                       notes="Inline answers: line 1 delivered 04/12/2026 (dispatch 01/12) = requested; line 2 price 19.40; "
                             "line 3 production stopped -> rejected; line 4 'will confirm by Monday' -> unconfirmed. "
                             "Requested dates in the quoted PO are ours.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 039
@case("039-bilingual-dates-disagree", "tr-TR",
      "Turkish and English versions of the same confirmation give different delivery dates (21.12.2026 vs 14.12.2026).")
def c039():
    s = S("EGEBORU", "Ege Vana ve Boru San. Tic. Ltd. Şti.", "satis@egeboru.example", "tr-TR")
    p = PO("4500218700", s, "lukas", "EUR", "2026-11-20", [
        L(1, "PP-GALV-1IN", "Galvanised steel pipe 1\" (33.7 x 3.25 mm), 6 m length", 100, "PC", "21.40", D("2026-12-14", "Mon")),
        L(2, "PP-GALV-EL1", "Galvanised elbow 90 deg 1\"", 200, "EA", "1.15", "2026-12-14"),
    ], sent="2026-11-20 16:05 +0100", ship_to="workshop")
    body = """Sayın Lukas Bey,

4500218700 numaralı siparişinizi onaylıyoruz. Tüm kalemler sipariş fiyatlarıyla, 21.12.2026 tarihinde teslim edilecektir.

Dear Mr. Brenner,

We confirm your order 4500218700. All items at order prices, delivery on 14.12.2026.

Saygılarımızla / Best regards
Mehmet Demir
Ege Vana ve Boru San. Tic. Ltd. Şti. | Atatürk OSB 10001 Sk. No: 24, Çiğli/İzmir"""
    eml = reply("039", p, ("Mehmet Demir", s.email), "2026-11-26 11:00 +0300", body, "outlook", charset="windows-1254",
                html_lang="TR")
    return [p], eml, other("needs_review", "The Turkish text says delivery 21.12.2026, the English translation 14.12.2026 "
                                           "(= requested). Contradictory, so a human must ask which date is binding.")


# --------------------------------------------------------------------------- 040
@case("040-hungarian-year-first-split", "hu-HU",
      "Hungarian reply with year-first dates ('2026. december 9.', '2027. január 13-án') and one excipient split over two deliveries.")
def c040():
    s = S("PANNONAPI", "Pannon Gyógyszer-alapanyag Kft.", "ertekesites@pannon-alapanyag.example", "hu-HU")
    d = D("2026-12-09", "Wed")
    p = PO("4500218720", s, "priya", "EUR", "2026-11-23", [
        L(1, "EX-LAC-200", "Lactose monohydrate, 200 mesh, Ph.Eur., drum 50 kg", 300, "KG", "2.85", d),
        L(2, "EX-CROSC", "Croscarmellose sodium, Ph.Eur./USP", 50, "KG", "14.60", d),
        L(3, "EX-PVP-K30", "Povidone K30, Ph.Eur.", 40, "KG", "12.10", d),
    ], sent="2026-11-23 09:20 +0100", ship_to="pharma")
    body = """Tisztelt Priya Raman!

Köszönjük a 4500218720 számú megrendelését, amelyet az alábbiak szerint visszaigazolunk:

1. Laktóz-monohidrát 200 mesh: 300 kg (6 db 50 kg-os hordó), 2,85 EUR/kg, szállítás 2026. december 9.
2. Kroszkarmellóz-nátrium: 50 kg, 14,60 EUR/kg, szállítás 2026. december 9.
3. Povidon K30: jelenleg csak 25 kg áll rendelkezésre, ezt 2026. december 9-én szállítjuk; a fennmaradó 15 kg-ot 2027. január 13-án szállítjuk. Az ár változatlan.

Üdvözlettel:
Kovács Zsuzsanna
értékesítési ügyintéző
Pannon Gyógyszer-alapanyag Kft. | 9027 Győr, Ipari Park utca 6."""
    eml = reply("040", p, ("Kovács Zsuzsanna", s.email), "2026-11-25 13:27 +0100", body, "outlook", charset="iso-8859-2",
                html_lang="HU")
    exp = confirmation((p, {1: "acc", 2: "acc", 3: dict(s=[(25, d), (15, D("2027-01-13", "Wed"))])}),
                       notes="Hungarian year-first dates. Lines 1-2 as ordered on 2026-12-09; Povidone 25 kg on 2026-12-09 "
                             "and 15 kg on 2027-01-13. '200 mesh' and '6 db 50 kg-os hordó' are not quantities of the PO unit.")
    return [p], eml, exp
