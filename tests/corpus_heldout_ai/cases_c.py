"""Chunk C: cases 31-45."""
from __future__ import annotations

from ailib import mime as M
from ailib.bounce import original_request, original_headers, report
from ailib.clients import (outlook_msg, gmail_msg, apple_msg, tb_msg, plain_msg, alt_msg, html_only_msg,
                           outlook_block, our_addr, mid_outlook, mid_gmail, mid_uuid, mid_plain)
from ailib.core import (case, po, supplier, rid, A, C, R, U, conf, expect, request_text, req_subject,
                        cw_fri, wd, per, times, pct, fmt_table, po_rows)


# ------------------------------------------------------------------ 31
@case("water-full-pallets-za-dates", "confirmation/en-ZA",
      "South-African yyyy/mm/dd dates and a space as thousands separator; packs rounded to full pallets and one line split over two loads.")
def c_water_za():
    s = supplier("DRAKENSBERG", "Drakensberg Spring Water (Pty) Ltd", "orders@drakensberg-water.example", "en-ZA")
    p = po("TPS-26-04766", s, "sam", "2026-11-11", [
        ("DSW-STILL-500-6", "Still spring water 500 ml PET, pack of 6", 1000, "PAK", "1.95", "2026-12-09"),
        ("DSW-SPARK-1500-6", "Sparkling water 1.5 L PET, pack of 6", 300, "PAK", "3.40", "2026-12-09"),
    ])
    reply = """Morning Sam

Thanks for the PO. We only ship full pallets, so:

- 500 ml still: 84 packs per pallet, i.e. 12 pallets = 1 008 packs. Half of it (6 pallets) will be delivered on 2026/12/02, the other 6 pallets on 2026/12/09.
- 1.5 L sparkling: 70 packs per pallet; we'll send 4 pallets = 280 packs with the first load on 2026/12/02.

Prices as per your order. Pallets are charged at EUR 9.00 deposit each, refunded on return.

Regards
Thabo Nkosi
Sales Administrator | Drakensberg Spring Water (Pty) Ltd
R103, Nottingham Road, KwaZulu-Natal 3280 | +27 33 266 6410"""
    date = M.mdate(2026, 11, 16, 12, 10, 33, "+0200")
    eml = outlook_msg(seed="c31", frm=M.addr("Thabo Nkosi", "thabo.nkosi@drakensberg-water.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c31", "zafprd01"), irt=rid(p),
                      refs=rid(p), reply=reply, hdr_block=outlook_block(p, "en", "11:25"), quoted=request_text(p),
                      lang="EN-ZA", clang="en-ZA")
    exp = expect("confirmation",
                 "Line 1: 1 008 packs, 504 on 2026-12-02 and 504 on 2026-12-09; line 2: 280 packs on 2026-12-02. Pallet deposit is not a unit price.",
                 conf(p, {1: C(p, 1, quantity=1008, schedule=[(504, "2026-12-02"), (504, "2026-12-09")]),
                          2: C(p, 2, quantity=280, date="2026-12-02")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 32
@case("marquee-hire-iphone-one-liner", "confirmation/en-AU",
      "Mobile one-liner 'All good, confirmed as per PO' with a crew time on 'Sat 5th' that equals the requested date.")
def c_marquee():
    s = supplier("OUTBACK", "Outback Canvas Event Hire Pty Ltd", "bookings@outbackcanvas.example", "en-AU")
    p = po("TPS-26-04803", s, "priya", "2026-11-13", [
        ("OC-MARQ-6x12", "Marquee hire 6x12 m, incl. installation", 2, "EA", "1650.00", "2026-12-05"),
        ("OC-FLOOR-M2", "Event flooring hire", 144, "M2", "7.20", "2026-12-05"),
        ("OC-FESTOON-20", "Festoon lighting hire, 20 m run", 6, "EA", "45.00", "2026-12-05"),
    ], currency="USD")
    wd("2026-12-05", 5)
    reply = """All good Priya, confirmed as per PO. Crew on site from 7am Sat 5th.
Cheers, Gaz

Sent from my iPhone"""
    attr = "On 13 Nov 2026, at 4:10 pm, Priya Nair <priya.nair@tessera-procure.example> wrote:"
    date = M.mdate(2026, 11, 14, 8, 47, 0, "+1100")
    eml = apple_msg(seed="c32", frm=M.addr("Gary Whitfield", "gaz@outbackcanvas.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c32", "outbackcanvas.example"),
                    irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p), iphone=True)
    exp = expect("confirmation", "One-liner confirmation; Sat 5th = 2026-12-05 = requested date, so everything accepted.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 33
@case("aero-rivets-price-per-100", "confirmation/en-IN",
      "Rivets ordered per pack of 1000 but re-priced 'per 100 nos.'; despatch 17/12 vs delivery 22/12, and a certificate date 05/11/2026.")
def c_rivets():
    s = supplier("DECCAN", "Deccan Aero Consumables Pvt. Ltd.", "sales@deccanaero.example", "en-IN")
    p = po("TPS-26-04770", s, "sam", "2026-11-11", [
        ("MS20470AD4-6", "Rivet universal head 1/8 x 3/8 in, 2117-T4, pack of 1000", 10, "PAK", "42.00", "2026-12-15"),
        ("NAS1149F0363P", "Flat washer, CRES, pack of 100", 20, "PAK", "9.50", "2026-12-15"),
        ("AMS3819-WIPE", "Cleaning cloth AMS 3819, box of 100", 15, "BOX", "31.00", "2026-12-15"),
    ], currency="USD")
    reply = """Dear Sam,

Greetings from Deccan Aero!

With reference to your PO no. TPS-26-04770 dated 11/11/2026, we are pleased to confirm as under:

1) MS20470AD4-6 rivets - 10 packs of 1000 nos. Rate revised to USD 4.60 per 100 nos. due to increase in aluminium alloy cost.
2) NAS1149F0363P washers - 20 packs @ USD 9.50 per pack, as per PO.
3) AMS 3819 wipes - 15 boxes @ USD 31.00 per box.

All items will be despatched from Hyderabad by air on 17/12/2026 and delivered at your end by 22/12/2026. CoC and test certificates dated 05/11/2026 will accompany the shipment.

Kindly acknowledge the revised rate.

Thanks & Regards,
Srinivas Reddy K.
Manager - Sales & Customer Support
Deccan Aero Consumables Pvt. Ltd. | Plot 42, Aerospace SEZ, Adibatla, Hyderabad 501510
Mob: +91 98490 17263"""
    date = M.mdate(2026, 11, 18, 13, 35, 20, "+0530")
    eml = outlook_msg(seed="c33", frm=M.addr("Srinivas Reddy K.", "srinivas.k@deccanaero.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c33", "indprd01"), irt=rid(p),
                      refs=rid(p), reply=reply, hdr_block=outlook_block(p, "en", "14:30"), quoted=request_text(p),
                      lang="EN-IN", clang="en-IN")
    d = "2026-12-22"
    exp = expect("confirmation",
                 "USD 4.60 per 100 -> 46.00 per pack of 1000; delivery 22/12 wins over despatch 17/12 for all lines. 'Kindly acknowledge' does not make it a question.",
                 conf(p, {1: C(p, 1, price=times("4.60", 10), date=d), 2: C(p, 2, date=d), 3: C(p, 3, date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 34
@case("playground-questions-before-confirming", "needs_review/es-MX",
      "Two open questions (advance payment, colour) before any confirmation; the '+2 semanas' for special colour is not a commitment.")
def c_playground_mx():
    s = supplier("BAJIO", "Juegos Infantiles del Bajío S.A. de C.V.", "ventas@juegosbajio.example", "es-MX")
    p = po("TPS-26-04812", s, "dana", "2026-11-16", [
        ("JIB-TORRE-3T", "Torre de juegos 3 torres con resbaladilla", 1, "EA", "8950.00", "2027-01-22"),
        ("JIB-COL-DOBLE", "Columpio doble, estructura metálica", 2, "EA", "1340.00", "2027-01-22"),
    ], currency="USD")
    reply = """Hola Dana, buenas tardes.

Recibimos su orden de compra TPS-26-04812, muchas gracias. Antes de confirmarla necesitamos aclarar dos cosas:

1. Nuestra política para equipos fabricados sobre pedido es 50 % de anticipo y 50 % contra aviso de embarque; su OC indica pago a 60 días. ¿Sería posible?
2. La torre 3T se fabrica en color estándar verde/amarillo. ¿La quieren así o en los colores de su proyecto (azul/naranja)? El color especial agrega 2 semanas a la fabricación.

Quedo atenta a sus comentarios para enviarle la confirmación formal con fecha de entrega.

Saludos cordiales,
Lic. Fernanda Ríos
Ventas Institucionales
Juegos Infantiles del Bajío S.A. de C.V. | León, Gto. | Tel. 477 712 4090"""
    attr = "El lun, 16 nov 2026 a las 9:20, Dana Ruiz (<dana.ruiz@tessera-procure.example>) escribió:"
    date = M.mdate(2026, 11, 18, 17, 2, 44, "-0600")
    eml = gmail_msg(seed="c34", frm=M.addr("Fernanda Ríos", "ventas@juegosbajio.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c34"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    exp = expect("needs_review", "Questions on payment terms and colour; formal confirmation promised afterwards.")
    return [p], eml, exp


# ------------------------------------------------------------------ 35
@case("brazil-nuts-cartons-vs-kg", "confirmation/pt-BR",
      "PO in kg, supplier answers in 10 kg cartons with a price per carton; shipping and arrival dates both given; the third line is silently skipped.")
def c_brazil_nuts():
    s = supplier("CASTPARA", "Castanhas do Pará Comércio Exportadora Ltda.", "export@castanhaspara.example", "pt-BR")
    p = po("TPS-26-04784", s, "lena", "2026-11-12", [
        ("CP-BRAZIL-MED", "Brazil nuts shelled, medium, in 10 kg cartons", 240, "KG", "12.80", "2027-01-22"),
        ("CP-CAJU-W240", "Cashew kernels W240, in 10 kg cartons", 100, "KG", "11.40", "2027-01-22"),
        ("CP-BARU-TORR", "Baru nuts roasted, in 10 kg cartons", 50, "KG", "18.50", "2027-01-22"),
    ], currency="USD")
    reply = """Olá Lena, bom dia!

Segue a confirmação do pedido TPS-26-04784:

• Castanha-do-pará média: 25 caixas de 10 kg (250 kg) – a embalagem é fechada, não conseguimos enviar 240 kg. Preço US$ 128,00 por caixa.
• Castanha de caju W240: 10 caixas (100 kg), US$ 11,40/kg.

Embarque previsto no porto de Belém em 15/12/2026, chegada no destino em 20/01/2027.
Certificado fitossanitário e laudo de aflatoxina (emitido em 10/11/2026) seguem com os documentos de embarque.

Abraço,
Rafael Monteiro
Comercial Exportação - Castanhas do Pará
Belém/PA - Brasil | +55 91 3241-8807"""
    attr = "Em qui., 12 de nov. de 2026 às 11:05, Lena Brandt <lena.brandt@tessera-procure.example> escreveu:"
    wd("2026-11-12", 3)
    date = M.mdate(2026, 11, 20, 9, 48, 12, "-0300")
    eml = gmail_msg(seed="c35", frm=M.addr("Rafael Monteiro", "export@castanhaspara.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c35"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    d = "2027-01-20"
    exp = expect("confirmation",
                 "25 cartons = 250 kg at 128,00/carton = 12.80/kg (unchanged); arrival 20/01/2027 is the delivery date (ship 15/12); the baru nuts line is not mentioned -> unconfirmed. Lab report date is a distractor.",
                 conf(p, {1: C(p, 1, quantity=250, price=per("128.00", 10), date=d), 2: C(p, 2, date=d), 3: U}))
    return [p], eml, exp


# ------------------------------------------------------------------ 36
@case("playground-hu-one-line-next-week", "confirmation/hu-HU",
      "Hungarian dates '2026. december 16.' and prices '1 240,00 EUR'; one line re-priced and one left for 'jövő héten' (next week).")
def c_playground_hu():
    s = supplier("JATSZOTER", "Játszótér-Építő Kft.", "rendeles@jatszoter-epito.example", "hu-HU")
    p = po("TPS-26-04741", s, "mira", "2026-11-11", [
        ("JE-HINTA-2", "Kétüléses hinta, akác", 3, "EA", "1240.00", "2026-12-16"),
        ("JE-MASZOHALO-3M", "Mászóháló 3 m", 2, "EA", "860.00", "2026-12-16"),
        ("JE-HOMOKOZO-4x4", "Homokozó keret 4x4 m, akác", 1, "EA", "690.00", "2026-12-16"),
    ])
    reply = """Tisztelt Kovač Asszony!

Köszönjük megrendelését (TPS-26-04741). Az alábbiakat tudjuk visszaigazolni:

1. Kétüléses hinta, akác: 3 db, 1 240,00 EUR/db, szállítás 2026. december 16.
2. Mászóháló 3 m: 2 db, 905,00 EUR/db (a kötél beszerzési ára emelkedett), szállítás szintén 2026. december 16.
3. Homokozó keret 4x4 m: az akác alapanyag beérkezését még várjuk, erről jövő héten tudunk visszajelzést adni.

Üdvözlettel:

Szabó Gergely
értékesítési vezető
Játszótér-Építő Kft. | 6000 Kecskemét, Ipar utca 12.
Tel.: +36 76 481 220"""
    date = M.mdate(2026, 11, 19, 14, 20, 5, "+0100")
    eml = outlook_msg(seed="c36", frm=M.addr("Szabó Gergely", "szabo.gergely@jatszoter-epito.example", "iso-8859-2", "Q"),
                      to=our_addr(p), subject="VS: " + req_subject(p), date=date, msgid=mid_outlook("c36"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "hu", "10:15"),
                      quoted=request_text(p), cs="iso-8859-2", lang="HU", clang="hu-HU")
    exp = expect("confirmation",
                 "Line 1 as ordered; line 2 905,00 instead of 860.00; line 3 answer next week -> unconfirmed.",
                 conf(p, {1: A(p, 1), 2: C(p, 2, price="905.00"), 3: U}))
    return [p], eml, exp


# ------------------------------------------------------------------ 37
@case("eggs-three-deliveries-ro", "confirmation/ro-RO",
      "Egg trays split into three weekly deliveries; a second line re-priced per egg (0,17 EUR/ou) with a price-list validity date.")
def c_eggs_ro():
    s = supplier("CARPATI", "Avicola Carpați SRL", "comenzi@avicola-carpati.example", "ro-RO")
    p = po("TPS-26-04752", s, "lena", "2026-11-11", [
        ("AC-OUA-M-30", "Ouă proaspete calibru M, tavă 30 buc", 300, "TRAY", "4.20", "2026-12-15"),
        ("AC-OUA-L-30", "Ouă proaspete calibru L, tavă 30 buc", 120, "TRAY", "4.85", "2026-12-15"),
    ])
    reply = """Bună ziua, doamna Brandt,

Vă confirmăm comanda TPS-26-04752.

Ouăle M (300 de tăvi) le livrăm eșalonat, ca să ajungă proaspete: 100 de tăvi pe 1 decembrie, 100 pe 8 decembrie și 100 pe 15 decembrie, la prețul din comandă.
Ouăle L: 120 de tăvi pe 15.12.2026, la prețul de 0,17 EUR/ou (5,10 EUR/tavă), conform listei de prețuri valabile din 01.11.2026.

Cu stimă,
Ioana Munteanu
Departament Vânzări
Avicola Carpați SRL, Str. Fermei nr. 7, 505400 Râșnov, jud. Brașov
Tel. 0268 230 514"""
    attr = "În mie., 11 nov. 2026 la 13:42, Lena Brandt <lena.brandt@tessera-procure.example> a scris:"
    wd("2026-11-11", 2)
    date = M.mdate(2026, 11, 16, 10, 5, 49, "+0200")
    eml = gmail_msg(seed="c37", frm=M.addr("Ioana Munteanu", "comenzi@avicola-carpati.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c37"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p), cte="base64")
    assert times("0.17", 30) == "5.10"
    exp = expect("confirmation",
                 "Line 1 three deliveries 100/100/100 on 1, 8 and 15 Dec (last = requested date); line 2 0,17/egg = 5.10/tray. 01.11.2026 is a price-list validity date.",
                 conf(p, {1: C(p, 1, date="2026-12-15", schedule=[(100, "2026-12-01"), (100, "2026-12-08"), (100, "2026-12-15")]),
                          2: C(p, 2, price="5.10")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 38
@case("screws-plus-4-percent-hr", "confirmation/hr-HR",
      "A +4 % steel surcharge applies to the screw lines only, not to the dowels; Croatian dates 4.12.2026 and 1.11.")
def c_screws_hr():
    s = supplier("VIJCIZAG", "Vijci Zagorje d.o.o.", "prodaja@vijci-zagorje.example", "hr-HR")
    p = po("TPS-26-04729", s, "jonas", "2026-11-10", [
        ("VZ-VIJAK-4x50-K500", "Vijak za drvo 4x50 TX20, kanta 500 kom", 50, "TUB", "12.50", "2026-12-04"),
        ("VZ-VIJAK-6x120-K100", "Vijak za drvo 6x120 TX30, kanta 100 kom", 30, "TUB", "14.75", "2026-12-04"),
        ("VZ-TIPL-8-K200", "Najlonski tipl 8 mm, kanta 200 kom", 40, "TUB", "5.40", "2026-12-04"),
    ])
    reply = """Poštovani gospodine Weller,

potvrđujemo Vašu narudžbu TPS-26-04729 u cijelosti, s isporukom 4.12.2026.

Zbog poskupljenja čelika od 1.11. na obje pozicije vijaka primjenjujemo povećanje cijene od 4 %. Tiple ostaju po cijeni iz narudžbe.

Lijep pozdrav,

Marija Horvat
Prodaja
Vijci Zagorje d.o.o., Zagrebačka 88, 49210 Zabok
tel. 049 221 570"""
    attr = "10.11.2026. u 12:31, Jonas Weller je napisao/la:"
    date = M.mdate(2026, 11, 12, 8, 54, 27, "+0100")
    eml = tb_msg(seed="c38", frm=M.addr("Marija Horvat", "prodaja@vijci-zagorje.example", "windows-1250"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c38", "vijci-zagorje.example"),
                 irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p),
                 cs="windows-1250", cte="quoted-printable", lang="hr")
    assert pct("12.50", "4") == "13.00" and pct("14.75", "4") == "15.34"
    exp = expect("confirmation", "+4 % on lines 1-2 (13.00 and 15.34); dowels unchanged; delivery 4.12.2026 as ordered.",
                 conf(p, {1: C(p, 1, price=pct("12.50", "4")), 2: C(p, 2, price=pct("14.75", "4")), 3: A(p, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 39
@case("insulation-inline-answers-sl", "confirmation/sl-SI",
      "Answers typed inline under each quoted PO line (our quoted requested dates stay in the text); Slovenian dates with spaces like '15. 12.'.")
def c_insulation_sl():
    s = supplier("SAVINJA", "Izolacije Savinja d.o.o.", "narocila@izolacije-savinja.example", "sl-SI")
    p = po("TPS-26-04747", s, "mira", "2026-11-11", [
        ("IS-RW-FASADA-100", "Kamena volna, fasadne plošče 100 mm, paket 2,4 m2", 120, "PAK", "27.90", "2026-12-10"),
        ("IS-GW-ROLA-200", "Steklena volna, rola 200 mm, 4,5 m2", 80, "ROL", "22.40", "2026-12-10"),
        ("IS-LEPILO-25", "Lepilo za izolacijske plošče, vreča 25 kg", 40, "BAG", "11.20", "2026-12-10"),
    ])
    rows = po_rows(p)
    from ailib.core import fmt_table as ft
    tab = ft(rows, align="lllrlrl").split("\n")
    reply = f"""Pozdravljeni,

odgovori so spodaj med vrsticami.

Lep pozdrav,
Tina Zupan
Izolacije Savinja d.o.o., Celjska cesta 40, 3310 Žalec

Dne 11. 11. 2026 ob 10:22 je Mira Kovač napisal(a):
> Hello,
>
> please find attached our purchase order TPS-26-04747 of 11 Nov 2026.
> Kindly confirm quantities, prices (EUR, net) and delivery dates by return.
>
> {tab[0]}
> {tab[1]}

Potrjeno, kot naročeno.

> {tab[2]}

Role 200 mm so pakirane po 12 na paleto, zato potrjujemo 84 rol (7 palet). Dobava 15. 12.

> {tab[3]}

Cena od 1. 12. je 11,90 EUR/vrečo, dobava 10. 12. kot želite.

>
> Best regards
> Mira Kovač
> Purchasing | Tessera Procurement Services"""
    date = M.mdate(2026, 11, 13, 11, 17, 3, "+0100")
    eml = tb_msg(seed="c39", frm=M.addr("Tina Zupan", "tina.zupan@izolacije-savinja.example"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c39", "izolacije-savinja.example"),
                 irt=rid(p), refs=rid(p), reply=reply, cs="UTF-8", cte="8bit", lang="sl")
    exp = expect("confirmation",
                 "Inline answers: line 1 as ordered; line 2 84 rolls on 2026-12-15; line 3 11,90 from 1. 12. (delivery 10. 12.). Quoted need-by dates are ours.",
                 conf(p, {1: A(p, 1), 2: C(p, 2, quantity=84, date="2026-12-15"), 3: C(p, 3, price="11.90")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 40
@case("petfood-ooo-german", "auto_reply/de-DE",
      "German out-of-office naming a return date and a colleague who handles order confirmations.")
def c_ooo_de():
    s = supplier("HANSEFUTTER", "Tierfutter Hanse GmbH", "bestellung@hanse-tierfutter.example", "de-DE")
    p = po("TPS-26-04818", s, "jonas", "2026-11-17", [
        ("THF-NASS-HUND-800", "Hundenassfutter Rind 800 g Dose, Karton 6 Dosen", 200, "CTN", "9.90", "2026-12-08"),
        ("THF-NASS-KATZE-400", "Katzennassfutter Geflügel 400 g Dose, Tray 24 Dosen", 90, "TRAY", "19.20", "2026-12-08"),
    ])
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 23.11.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Bestellungen und Auftragsbestätigungen bearbeitet in dieser Zeit meine Kollegin Frau Petersen (innendienst@hanse-tierfutter.example, Tel. 040 696 58-212).

Mit freundlichen Grüßen
Henning Brandes
Vertrieb Großverbraucher
Tierfutter Hanse GmbH · Billstraße 112 · 20539 Hamburg"""
    date = M.mdate(2026, 11, 17, 10, 2, 44, "+0100")
    eml = alt_msg(seed="c40", frm=M.addr("Brandes, Henning", "h.brandes@hanse-tierfutter.example"), to=our_addr(p),
                  subject=M.subj("Automatische Antwort: " + req_subject(p)), date=date,
                  msgid=mid_outlook("c40"), irt=rid(p), refs=rid(p), plain=body,
                  html=M.simple_html(M.html_lines(body, "<p class=MsoNormal>", "</p>")), cs="iso-8859-1",
                  style="outlook", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    wd("2026-11-23", 0)
    exp = expect("auto_reply", "Abwesenheitsnotiz; 23.11.2026 is the return date; nobody confirmed anything.")
    return [p], eml, exp


# ------------------------------------------------------------------ 41
@case("water-exim-retry-timeout", "bounce/sk-SK",
      "Exim 'Mail delivery failed' after a retry timeout, with the returned message inline below the report.")
def c_bounce_exim():
    s = supplier("TATRANSKA", "Tatranská minerálna voda a.s.", "objednavky@tatranska-voda.example", "sk-SK")
    p = po("TPS-26-04758", s, "mira", "2026-11-11", [
        ("TMV-NEPER-050-6", "Minerálna voda neperlivá 0,5 l, balenie 6 ks", 960, "PAK", "1.45", "2026-12-03"),
        ("TMV-PERL-150-6", "Minerálna voda perlivá 1,5 l, balenie 6 ks", 480, "PAK", "2.25", "2026-12-03"),
    ])
    od = M.mdate(2026, 11, 11, 8, 30, 2, "+0100")
    human = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  objednavky@tatranska-voda.example
    retry timeout exceeded
    all hosts for 'tatranska-voda.example' have been failing for a long time (and retry time not reached)
"""
    status = M.delivery_status(
        [("Reporting-MTA", "dns; out2.tessera-procure.example")],
        [[("Action", "failed"), ("Final-Recipient", "rfc822;objednavky@tatranska-voda.example"),
          ("Status", "5.0.0"), ("Remote-MTA", "dns; mail.tatranska-voda.example"),
          ("Diagnostic-Code", "X-str; retry timeout exceeded")]])
    root = report("1762900202-eximdsn-1804289383",
                  M.text(human, "plain", "us-ascii", "7bit"), status,
                  M.rfc822(original_request(p, od)))
    date = M.mdate(2026, 11, 15, 8, 31, 40, "+0100")
    hdr = [("Return-Path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@out2.tessera-procure.example>"),
           ("To", p["buyer"]["email"]), ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", date), ("Message-ID", "<E1vKx7Q-0003hT-2c@out2.tessera-procure.example>"),
           ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "objednavky@tatranska-voda.example")]
    eml = M.build(hdr, root)
    exp = expect("bounce", "Exim DSN after 4 days of retries; the embedded original is our request.")
    return [p], eml, exp


# ------------------------------------------------------------------ 42
@case("instruments-shipping-notice-other-order", "unrelated/nl-BE",
      "A shipping notice with track-and-trace and an expected delivery date for a different, older order of the same supplier.")
def c_asn_other():
    s = supplier("VERBEKE", "Verbeke Instrumenten NV", "orders@verbeke-instrumenten.example", "nl-BE")
    p = po("TPS-26-04794", s, "dana", "2026-11-12", [
        ("VI-UKE-SOP-NAT", "Sopraan ukelele, naturel, met hoes", 24, "EA", "29.50", "2026-12-10"),
        ("VI-VIOOLSNAREN-4/4", "Vioolsnarenset 4/4, synthetische kern", 40, "SET", "18.90", "2026-12-10"),
    ])
    wd("2026-11-19", 3)
    body = """Beste klant,

Goed nieuws: uw bestelling 4400118 (uw referentie TPS-26-04511) is vandaag vertrokken uit ons magazijn in Kortrijk.

Verzonden artikelen:
  VI-UKE-CON-NAT   Concert ukelele, naturel       12 st.
  VI-GITSNAAR-1046 Gitaarsnaren 10-46, doos 12     6 dozen

Vervoerder: bpost Business
Track & trace: 3232 5419 8870 1245 6603
Verwachte levering: donderdag 19/11/2026 tussen 9u en 17u

Vragen over deze zending? Antwoord gerust op deze e-mail.

Met muzikale groeten,
Team Verbeke Instrumenten
Doorniksesteenweg 214, 8500 Kortrijk"""
    date = M.mdate(2026, 11, 17, 16, 5, 21, "+0100")
    html = M.simple_html('<div style="font-family:Verdana,sans-serif;font-size:13px">'
                         + M.html_lines(body, "<p style='margin:0'>", "</p>") + "</div>")
    eml = alt_msg(seed="c42", frm=M.addr("Verbeke Instrumenten", "noreply@verbeke-instrumenten.example"),
                  to=p["buyer"]["email"], subject="Uw bestelling 4400118 is onderweg", date=date,
                  msgid=mid_plain("c42", "verbeke-instrumenten.example", "ship.4400118."), plain=body, html=html,
                  extra=[("Reply-To", "orders@verbeke-instrumenten.example")])
    exp = expect("unrelated", "Shipping notice for order 4400118 / our TPS-26-04511, not the open PO TPS-26-04794.")
    return [p], eml, exp


# ------------------------------------------------------------------ 43
@case("implants-ack-within-48h-human", "needs_review/en-US",
      "A human reply that only promises the formal acknowledgment 'within 48 hours' and warns of a possible split; nothing is committed yet.")
def c_implants_later():
    s = supplier("REDWOOD", "Redwood Medical Devices Inc.", "orders@redwoodmed.example", "en-US")
    p = po("TPS-26-04821", s, "dana", "2026-11-17", [
        ("RMD-LS-3.5-30", "Locking screw 3.5 mm x 30 mm, Ti-6Al-4V, sterile", 40, "EA", "46.00", "2026-12-07"),
        ("RMD-LS-3.5-34", "Locking screw 3.5 mm x 34 mm, Ti-6Al-4V, sterile", 40, "EA", "46.00", "2026-12-07"),
        ("RMD-PLT-DR-7H", "Distal radius plate, 7 holes, left, sterile", 6, "EA", "385.00", "2026-12-07"),
    ], currency="USD")
    reply = """Hi Dana,

Got your PO, thanks. I've passed it to our order desk and you'll get the formal acknowledgment within 48 hours.

Heads-up: the 3.5 mm locking screws are on allocation this quarter, so we may have to split the shipment. I'll let you know as soon as I hear from the warehouse.

Best,
Jason

Jason Kim | Territory Manager, West
Redwood Medical Devices Inc. | 1800 Harbor Blvd, Costa Mesa, CA 92627
m (714) 555-0172"""
    attr = "On Tue, Nov 17, 2026 at 6:40 AM Dana Ruiz <dana.ruiz@tessera-procure.example> wrote:"
    wd("2026-11-17", 1)
    date = M.mdate(2026, 11, 17, 11, 58, 7, "-0800")
    eml = gmail_msg(seed="c43", frm=M.addr("Jason Kim", "jason.kim@redwoodmed.example"), to=our_addr(p),
                    cc="orders@redwoodmed.example", subject="Re: " + req_subject(p), date=date,
                    msgid=mid_gmail("c43"), irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p))
    exp = expect("needs_review", "Acknowledgment promised later; a possible split is announced without quantities or dates.")
    return [p], eml, exp


# ------------------------------------------------------------------ 44
@case("dried-figs-greek-cp1253", "confirmation/el-GR",
      "Greek windows-1253 reply: a fig price per kg for a PO per 10 kg carton; ship date 7/12 vs delivery Thursday 10/12.")
def c_figs_gr():
    s = supplier("PAPADOPOULOS", "Papadopoulos Bros S.A.", "orders@papadopoulos-fruits.example", "el-GR")
    p = po("TPS-26-04786", s, "lena", "2026-11-12", [
        ("PAP-SYKA-KAL-10", "Dried figs Kalamata, carton 10 kg", 30, "CTN", "74.00", "2026-12-10"),
        ("PAP-SOULTANINA-10", "Sultana raisins Crete, carton 10 kg", 50, "CTN", "39.50", "2026-12-10"),
        ("PAP-KORINTHOS-10", "Currants Vostizza, carton 10 kg", 20, "CTN", "46.00", "2026-12-10"),
    ])
    wd("2026-12-10", 3)
    reply = """Αγαπητή κυρία Brandt,

Σας ευχαριστούμε για την παραγγελία TPS-26-04786. Επιβεβαιώνουμε:

1. Σύκα Καλαμάτας: 30 κιβώτια, τιμή 7,90 €/kg (79,00 € το κιβώτιο των 10 kg) λόγω της μικρής σοδειάς.
2. Σουλτανίνα Κρήτης: 50 κιβώτια x 39,50 €.
3. Κορινθιακή σταφίδα Βοστίτσα: 20 κιβώτια x 46,00 €.

Παράδοση: Πέμπτη 10/12/2026. Η αποστολή φεύγει από την Καλαμάτα στις 7/12.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Αφοί Παπαδόπουλοι Α.Ε. | Βιομηχανική Περιοχή Καλαμάτας | Τηλ. 27210 69 420"""
    date = M.mdate(2026, 11, 17, 12, 31, 8, "+0200")
    eml = outlook_msg(seed="c44", frm=M.addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@papadopoulos-fruits.example", "windows-1253"),
                      to=our_addr(p), subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c44"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "el", "13:05"),
                      quoted=request_text(p), cs="windows-1253", lang="EL", clang="el-GR")
    exp = expect("confirmation", "Figs 7,90/kg -> 79.00 per 10 kg carton; the rest as ordered; delivery Thu 10/12 wins over ship 7/12.",
                 conf(p, {1: C(p, 1, price=times("7.90", 10)), 2: A(p, 2), 3: A(p, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 45
@case("fabrics-tr-partial-stock", "confirmation/tr-TR",
      "Turkish windows-1254 reply: only 350 m of 500 m in stock with the rest 'to be announced', a velvet price change, and ship 4.12 vs delivery 11.12.")
def c_fabrics_tr():
    s = supplier("BURSAIPEK", "Bursa İpek Tekstil A.Ş.", "satis@bursaipek.example", "tr-TR")
    p = po("TPS-26-04764", s, "lena", "2026-11-11", [
        ("BIT-SATEN-150-SMP", "Polyester satin 150 cm, champagne, roll 50 m", 500, "M", "3.85", "2026-12-11"),
        ("BIT-TUL-300-BYZ", "Tulle 300 cm, white, roll 50 m", 300, "M", "2.40", "2026-12-11"),
        ("BIT-KADIFE-145-BRD", "Velvet 145 cm, burgundy, roll 50 m", 200, "M", "6.90", "2026-12-11"),
    ])
    reply = """Sayın Lena Hanım,

TPS-26-04764 numaralı siparişiniz için teşekkür ederiz. Durum şöyle:

- Saten, şampanya: stokta 350 m (7 top) var, bunları gönderiyoruz. Kalan 150 m için yeni üretim Ocak sonunda; tarih netleşince ayrıca bildireceğiz.
- Tül, beyaz: 300 m, fiyat ve miktar siparişteki gibi.
- Kadife, bordo: 200 m, fiyat 7,20 €/m (boya maliyeti arttı).

Bursa'dan sevk 4.12.2026, size teslim 11.12.2026.

Saygılarımızla,
Elif Yıldırım
İhracat Departmanı
Bursa İpek Tekstil A.Ş. | Demirtaş OSB, 16245 Osmangazi/Bursa | +90 224 261 48 30"""
    date = M.mdate(2026, 11, 16, 15, 44, 19, "+0300")
    eml = outlook_msg(seed="c45", frm=M.addr("Elif Yıldırım", "elif.yildirim@bursaipek.example", "windows-1254", "Q"),
                      to=our_addr(p), subject="YNT: " + req_subject(p), date=date, msgid=mid_outlook("c45"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "tr", "16:10"),
                      quoted=request_text(p), cs="windows-1254", lang="TR", clang="tr-TR")
    exp = expect("confirmation",
                 "Satin 350 m confirmed (remaining 150 m not committed); tulle as ordered; velvet 7,20. Delivery 11.12.2026 = requested (ship 4.12).",
                 conf(p, {1: C(p, 1, quantity=350), 2: A(p, 2), 3: C(p, 3, price="7.20")}))
    return [p], eml, exp
