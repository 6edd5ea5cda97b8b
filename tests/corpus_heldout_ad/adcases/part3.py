"""Cases 033-048."""
import datetime as dt
import html
from decimal import Decimal

from adlib import mime
from adlib.common import (D, REJ, UNC, acc, buyer, chg, conf, expected, gmail_html, is_wd, kw, ln, money,
                          next_weekday, ol_block, ol_block_html, outlook_html, paras, po, quote, request_html,
                          request_subject, request_text, simple_html, supplier, who)
from adlib.pdf import Sheet
from adlib.xlsx import make_xlsx

T = dt.datetime
B_TOBIAS = buyer("Tobias Wendt", "tobias.wendt")
B_MIRIAM = buyer("Miriam Koller", "miriam.koller")
B_CHLOE = buyer("Chloé Martin", "chloe.martin")
B_MARCO = buyer("Marco Bellini", "marco.bellini")
B_LUKAS = buyer("Lukas Brenner", "lukas.brenner")
B_PRIYA = buyer("Priya Natarajan", "priya.natarajan")
B_JONAS = buyer("Jonas Eklund", "jonas.eklund")
B_AISHA = buyer("Aisha Rahman", "aisha.rahman")


def _outlook(lang, body, p, sent, to, contact, boundary, charset="utf-8", cte="quoted-printable"):
    qb = ol_block(lang, who(p["buyer"]), sent, to, request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, contact)
    h = outlook_html(paras(body), ol_block_html(lang, who(p["buyer"]), sent, to, request_subject(p)),
                     request_html(p, contact), lang)
    return mime.multipart("alternative", boundary, [mime.text(plain, charset=charset, cte=cte),
                                                    mime.text(h, "html", charset=charset, cte=cte)])


def _sizes(prefix, desc, qtys, price, date, sizes=("S", "M", "L", "XL", "XXL")):
    return [ln(i, f"{prefix}-{s}", f"{desc}, size {s}", q, "EA", price, date)
            for i, (s, q) in enumerate(zip(sizes, qtys), 1)]


def c033():
    sup = supplier("AMBCARP", "Ambalaje Cosmetice Carpați S.R.L.", "vanzari@ambalaje-carpati.example", "ro-RO")
    p = po("4500032428", sup, B_CHLOE, "EUR", D(2026, 11, 13), [
        ln(1, "ACC-TUB-30-ALU", "Aluminium tube 30 ml, white, screw cap", 15000, "EA", "0.21", D(2027, 1, 15)),
        ln(2, "ACC-BOR-50-PET", "Jar 50 ml PET amber, black lid", 10000, "EA", "0.19", D(2027, 1, 15)),
    ])
    sent = T(2026, 11, 13, 15, 40)
    sig = ("\n\n\nCu stimă,\nIoana Popescu\nReprezentant vânzări\nAmbalaje Cosmetice Carpați S.R.L.\n"
           "Str. Fabricii 7, 550052 Sibiu\nTel. +40 269 555 310\n\n")
    hdrblk = ("-----Original Message-----\n" +
              ol_block("ro", who(B_CHLOE), sent, "vanzari@ambalaje-carpati.example", request_subject(p)))
    plain = sig + hdrblk + "\n" + request_text(p, "Ioana")
    h = outlook_html(paras(sig.strip("\n")) + "\n<p class=MsoNormal>&nbsp;</p>",
                     ol_block_html("ro", who(B_CHLOE), sent, "vanzari@ambalaje-carpati.example", request_subject(p)),
                     request_html(p, "Ioana"), "ro-RO")
    h = h.replace("<div class=WordSection1>\n", "<div class=WordSection1>\n<p class=MsoNormal>&nbsp;</p>\n", 1)
    alt = mime.multipart("alternative", "_000_VI0PR09MB8130C4D2A7E1F3B9D0A6VI0PR09MB8130eurp_", [
        mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("From", mime.addr("Ioana Popescu", "vanzari@ambalaje-carpati.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
        ("Subject", "FW: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 17, 8, 2, 40, "+0200")),
        ("Message-ID", "<VI0PR09MB8130C4D2A7E1F3B9@VI0PR09MB8130.eurprd09.prod.outlook.com>"),
        ("Content-Language", "ro-RO"),
    ], alt)
    exp = expected("needs_review", "The supplier forwarded our own request back with only her signature and no new "
                   "text (probably sent by mistake); nothing is committed, the only numbers are ours.")
    return dict(slug="033-forwarded-back-no-text", pos=[p], eml=eml, exp=exp,
                hard="Outlook 'FW:' of our own PO request with nothing but a signature above it; every line, "
                     "price and date in it is ours.")


def c034():
    sup = supplier("HIGHVELD", "Highveld Foundry (Pty) Ltd", "sales@highveld-foundry.example", "en-ZA")
    pa = po("4500031755", sup, B_PRIYA, "USD", D(2026, 10, 20), [
        ln(1, "HF-PH-220-E", "Pump housing GJL-250 220 mm, Rev E", 60, "EA", "88.00", D(2026, 12, 11)),
    ])
    pb = po("4500031890", sup, B_PRIYA, "USD", D(2026, 11, 2), [
        ln(1, "HF-IMP-160-B", "Impeller 160 mm CC491K bronze, Rev B", 120, "EA", "46.50", D(2027, 1, 15)),
        ln(2, "HF-CVR-160-A", "Cover plate 160 GJS-400-15, Rev A", 120, "EA", "22.80", D(2027, 1, 15)),
    ])
    pc = po("4500032066", sup, B_PRIYA, "USD", D(2026, 11, 6), [
        ln(1, "HF-BRK-M12-A", "Bracket casting with M12 bosses, Rev A", 500, "EA", "7.40", D(2027, 1, 22)),
    ])
    body = """Morning Priya,

Apologies for the slow reply, we've had load-shedding most of last week.

PO 4500031890:
- Impellers HF-IMP-160-B, 120 units @ USD 46.50 - delivery 15 January as per your PO.
- Cover plates HF-CVR-160-A, 120 units @ USD 22.80 - our moulding line is down for the annual shutdown from 11 December to 11 January, so the best we can do is delivery on 29 January 2027.

PO 4500032066 is still with our pattern shop for the M12 boss change, I'll come back to you on that one next week.

Regards
Thabo Nkosi
Sales Engineer
Highveld Foundry (Pty) Ltd | 14 Smelter Road, Vanderbijlpark 1911
Tel +27 16 555 0187
"""
    eml = mime.message([
        ("From", mime.addr("Thabo Nkosi", "sales@highveld-foundry.example")),
        ("To", who(B_PRIYA)),
        ("Subject", "Kestrel open orders"),
        ("Date", mime.rfcdate(2026, 11, 17, 9, 48, 13, "+0200")),
        ("Message-ID", "<CAPr7vY2mXk0N4bQz8wT1fHs9Le3Jd6uR5gC=Pv1o@mail.gmail.com>"),
    ], mime.multipart("alternative", "000000000000c4e2a10644025f17", [
        mime.text(body), mime.text('<div dir="ltr">' + simple_html(body) + "</div>\n", "html")]))
    exp = expected("confirmation", "Fresh (unthreaded) mail about three open POs: only 4500031890 is answered "
                   "(cover plates moved to 2027-01-29); 4500032066 is only mentioned ('come back next week') so it "
                   "is left out; 4500031755 is not mentioned. Shutdown 11 Dec-11 Jan is not a delivery date.",
                   [conf(pb, [acc(pb["lines"][0]), chg(120, "22.80", D(2027, 1, 29))])])
    return dict(slug="034-castings-one-of-three-pos", pos=[pa, pb, pc], eml=eml, exp=exp,
                hard="Unthreaded South African mail answering one of three open POs and merely mentioning a "
                     "second; day-month dates without year.")


def c035():
    sup = supplier("LAITARD", "Laiterie des Ardennes SA", "commandes@laiterie-ardennes.example", "fr-BE")
    p = po("4500032511", sup, B_CHLOE, "EUR", D(2026, 11, 17), [
        ln(1, "LA-YAO-125", "Yaourt nature 125 g, carton 24", 200, "CS", "6.90", D(2026, 11, 24)),
    ])
    assert is_wd(D(2026, 11, 23), 0)
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 23 novembre inclus. Pendant mon absence, vos commandes sont traitées par notre service clients : commandes@laiterie-ardennes.example ou +32 87 55 31 20.

Goedendag,

Ik ben afwezig tot en met maandag 23 november. Tijdens mijn afwezigheid worden uw bestellingen behandeld door onze klantendienst: commandes@laiterie-ardennes.example of +32 87 55 31 20.

Cordialement / Met vriendelijke groeten
Valérie Dumont
Laiterie des Ardennes SA
"""
    eml = mime.message([
        ("From", mime.addr("Valérie Dumont", "v.dumont@laiterie-ardennes.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
        ("Subject", mime.hdr("Réponse automatique : " + request_subject(p))),
        ("Date", mime.rfcdate(2026, 11, 17, 14, 20, 55, "+0100")),
        ("Message-ID", "<0a3f8e21c7b94d51@laiterie-ardennes.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], mime.text(body, charset="iso-8859-1", cte="quoted-printable"))
    exp = expected("auto_reply", "Belgian French/Dutch out-of-office; the return date 23 November is close to the "
                   "requested delivery date but is not a commitment.")
    return dict(slug="035-ooo-fr-be-bilingual", pos=[p], eml=eml, exp=exp,
                hard="French/Dutch Belgian out-of-office whose return date sits one day before the requested "
                     "delivery date.")


def c036():
    sup = supplier("CABTRANS", "Cabluri Transilvania S.R.L.", "vanzari@cabluri-transilvania.example", "ro-RO")
    p = po("4500032440", sup, B_JONAS, "EUR", D(2026, 11, 16), [
        ln(1, "CT-CYYF-3X2.5", "Cable CYY-F 3x2.5 mm2, drum 500 m", 2000, "M", "1.58", D(2026, 12, 11)),
        ln(2, "CT-CYABY-4X25", "Cable CYAbY-F 4x25 mm2 armoured, drum 500 m", 500, "M", "14.90", D(2026, 12, 11)),
        ln(3, "CT-H07RNF-5G6", "Cable H07RN-F 5G6 mm2 rubber, drum 500 m", 1000, "M", "7.35", D(2026, 12, 11)),
    ])
    reply = """Bună ziua domnule Eklund,

Vă mulțumim pentru comanda 4500032440.

Poziția 1 - CYY-F 3x2,5 mm²: 2000 m (4 tamburi x 500 m), 1,58 EUR/m, livrare 11.12.2026 - confirmat.
Poziția 2 - CYAbY-F 4x25 mm²: 500 m, 14,90 EUR/m, livrare 11.12.2026 - confirmat.
Poziția 3 - H07RN-F 5G6: așteptăm confirmarea de la furnizorul de cauciuc, vă comunicăm prețul și termenul săptămâna viitoare.

Cu stimă,
Andrei Munteanu
Departament Vânzări
Cabluri Transilvania S.R.L. - Zona Industrială Vest, Cluj-Napoca
"""
    attr = "În lun., 16 nov. 2026 la 11:20, Jonas Eklund <jonas.eklund@kestrel-group.example> a scris:"
    plain = reply + "\n" + attr + "\n\n" + quote(request_text(p, "Mr Munteanu"))
    h = gmail_html(simple_html(reply), attr, request_html(p, "Mr Munteanu"))
    alt = mime.multipart("alternative", "000000000000a91d3e0644112c6b", [
        mime.text(plain, cte="base64"), mime.text(h, "html", cte="base64")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 18, 10, 3, 26, "+0200")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAJt0wQ5vN8kLm2Rz7pX4sYe1Hd9bF3cG6u=Tn8A@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Andrei Munteanu", "vanzari@cabluri-transilvania.example")),
        ("To", who(B_JONAS)),
    ], alt)
    exp = expected("confirmation", "Lines 1 and 2 confirmed as ordered; line 3 price and date promised for next "
                   "week -> unconfirmed. '5G6', '3x2,5' and '4x25' are cable codes.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), UNC])])
    return dict(slug="036-cables-one-line-next-week", pos=[p], eml=eml, exp=exp,
                hard="Romanian base64 Gmail reply confirming two cable lines and deferring the third to next "
                     "week.")


def c037():
    sup = supplier("ARMKA", "Armature Karlovac d.o.o.", "prodaja@armature-ka.example", "hr-HR")
    p = po("4500032455", sup, B_LUKAS, "EUR", D(2026, 11, 16), [
        ln(1, "AK-ZAS-DN50", "Gate valve DN 50 PN 16, soft seated, GGG-50", 30, "EA", "142.00", D(2026, 12, 18)),
        ln(2, "AK-LEP-DN80", "Butterfly valve DN 80 PN 16, wafer type", 20, "EA", "96.00", D(2026, 12, 18)),
        ln(3, "AK-NPV-DN50", "Check valve DN 50 PN 16, ball type", 30, "EA", "88.00", D(2026, 12, 18)),
        ln(4, "AK-HID-H80", "Hydrant valve DN 80, series H80", 10, "EA", "210.00", D(2026, 12, 18)),
    ])
    body = """Poštovani g. Brenner,

hvala na narudžbi 4500032455.

Stavke 1 do 3 potvrđujemo prema narudžbi (količine i cijene), isporuka 18.12.2026.

Stavka 4 - hidrantski ventil serije H80 više se ne proizvodi. Zamijenjen je serijom H80N; ako ste zainteresirani, ponudu za H80N poslat ćemo Vam zasebno.

Lijep pozdrav,
Tomislav Horvat
Komercijala
Armature Karlovac d.o.o.
Ul. Josipa Jurja Strossmayera 12, 47000 Karlovac
"""
    alt = _outlook("hr", body, p, T(2026, 11, 16, 10, 10), "prodaja@armature-ka.example", "Mr Horvat",
                   "_000_AM0PR06MB5124E7B3C1D9A2F4E0B8AM0PR06MB5124eurp_", charset="iso-8859-2")
    eml = mime.message([
        ("From", mime.addr("Tomislav Horvat", "prodaja@armature-ka.example")),
        ("To", who(B_LUKAS)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 18, 11, 36, 0, "+0100")),
        ("Message-ID", "<AM0PR06MB5124E7B3C1D9A2F4@AM0PR06MB5124.eurprd06.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "hr-HR"),
    ], alt)
    exp = expected("confirmation", "Lines 1-3 confirmed 'stavke 1 do 3' (a range, not per line); line 4 is no longer "
                   "produced and only an offer for a successor is promised, so it is rejected, not substituted.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), acc(p["lines"][2]), REJ])])
    return dict(slug="037-valves-discontinued-line", pos=[p], eml=eml, exp=exp,
                hard="Croatian reply confirming 'items 1 to 3' as a range and declining a discontinued hydrant "
                     "valve with only a separate offer for its successor.")


def c038():
    sup = supplier("SANDLT", "Sandarinimo Sprendimai UAB", "uzsakymai@sandarinimas.example", "lt-LT")
    p = po("4500032468", sup, B_JONAS, "EUR", D(2026, 11, 16), [
        ln(1, "SS-OR-25X2.5-N70", "O-ring 25x2.5 NBR 70", 1000, "EA", "0.12", D(2026, 12, 4)),
        ln(2, "SS-OR-50X3-N70", "O-ring 50x3 NBR 70", 500, "EA", "0.25", D(2026, 12, 4)),
        ln(3, "SS-FL-DN25-PTFE", "Flat gasket DN25 PN40 PTFE", 200, "EA", "0.95", D(2026, 12, 4)),
    ])
    assert money(Decimal("6.50") / 50) == "0.13" and money(Decimal("12.50") / 50) == "0.25"
    body = """Laba diena, Jonas,

dėkojame už užsakymą Nr. 4500032468.

O žiedai tiekiami tik pakuotėmis po 50 vnt., todėl kainos nurodytos už pakuotę:
1 poz. O žiedas 25x2,5 NBR 70 - 20 pak. x 50 vnt. = 1000 vnt., 6,50 EUR už pakuotę
2 poz. O žiedas 50x3 NBR 70 - 10 pak. x 50 vnt. = 500 vnt., 12,50 EUR už pakuotę
3 poz. Tarpiklis DN25 PN40 PTFE - 200 vnt., 0,95 EUR/vnt.

Pristatymas: 2026-12-04 (visos pozicijos).

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
UAB "Sandarinimo Sprendimai", Pramonės pr. 8, Kaunas
"""
    attr = "2026-11-16 14:25, Jonas Eklund rašė:"
    plain = body + "\n" + attr + "\n" + quote(request_text(p, "Ms Kazlauskienė"))
    eml = mime.message([
        ("Message-ID", "<7e1a2b9c-4d35-46f0-8c2e-b91d0f3a6e57@sandarinimas.example>"),
        ("Date", mime.rfcdate(2026, 11, 17, 13, 52, 8, "+0200")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: " + request_subject(p)),
        ("Content-Language", "lt"),
        ("To", who(B_JONAS)),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("From", mime.addr("Rūta Kazlauskienė", "uzsakymai@sandarinimas.example", "windows-1257")),
    ], mime.text(plain, charset="windows-1257", cte="quoted-printable"))
    exp = expected("confirmation", "Prices per pack of 50 converted to the PO unit EA: 6,50/50 = 0.13 (changed from "
                   "0.12), 12,50/50 = 0.25 (unchanged); ISO-style date 2026-12-04; windows-1257 charset.",
                   [conf(p, [chg(1000, "0.13", D(2026, 12, 4)), acc(p["lines"][1]), acc(p["lines"][2])])])
    return dict(slug="038-orings-price-per-pack-of-50", pos=[p], eml=eml, exp=exp,
                hard="Lithuanian windows-1257 reply pricing O-rings per pack of 50, where one converted price "
                     "changes and the other does not.")


def c039():
    sup = supplier("TEXPIR", "Textil Montaña Pirineo S.L.", "pedidos@textilpirineo.example", "es-ES")
    p = po("4500032482", sup, B_CHLOE, "EUR",
           D(2026, 11, 16), _sizes("TP-SS-NAV", "Softshell jacket navy", [40, 80, 80, 60, 30], "38.50", D(2027, 1, 29)))
    body = """Hola Chloé,

Gracias por el pedido 4500032482.

Te confirmamos cantidades y fecha de entrega (29/01/2027) de todas las tallas, de la S a la XXL.

En cuanto al precio, nuestro proveedor de tejido nos ha comunicado una subida para 2027 y todavía estamos recalculando la chaqueta softshell. Te enviaremos el precio definitivo la semana que viene.

Un saludo,
Marta Soler
Atención al cliente
Textil Montaña Pirineo S.L. - Pol. Ind. El Segre, 25191 Lleida
"""
    alt = _outlook("es", body, p, T(2026, 11, 16, 12, 0), "pedidos@textilpirineo.example", "Marta",
                   "_000_DB9PR04MB8412C0A5E3D1F7B2C9E4DB9PR04MB8412eurp_")
    eml = mime.message([
        ("From", mime.addr("Marta Soler", "pedidos@textilpirineo.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 18, 17, 25, 3, "+0100")),
        ("Message-ID", "<DB9PR04MB8412C0A5E3D1F7B2@DB9PR04MB8412.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "es-ES"),
    ], alt)
    exp = expected("needs_review", "Quantities and date confirmed but 'price to follow next week' after an announced "
                   "fabric price increase: the price part of the commitment is explicitly open, so a buyer cannot "
                   "book this as confirmed.")
    return dict(slug="039-clothing-price-to-follow", pos=[p], eml=eml, exp=exp,
                hard="Spanish reply confirming quantities and date for a full size run while announcing that a "
                     "(higher) price will follow next week.")


def c040():
    sup = supplier("TPCPCB", "Taiwan Precision Circuits Co., Ltd.", "sales@tpc-pcb.example", "zh-TW")
    p = po("4500032497", sup, B_PRIYA, "USD", D(2026, 11, 17), [
        ln(1, "TPC-PCBA-PWR-R3", "Power board PCBA rev 3, 0402 100nF 16V", 500, "EA", "12.60", D(2027, 1, 8)),
        ln(2, "TPC-PCB-IO-6L", "I/O board bare PCB 6L 1.6 mm ENIG", 1200, "EA", "4.35", D(2027, 1, 8)),
        ln(3, "TPC-PCB-SENS-2L", "Sensor board 2L 0.8 mm HASL-LF", 3000, "EA", "0.78", D(2026, 12, 18)),
    ])
    assert 252 * 12 == 3024
    rows = [
        ["Taiwan Precision Circuits Co., Ltd.  台灣精密電路股份有限公司"],
        ["ORDER CONFIRMATION / 訂單確認書", None, None, None, None, None, None, None, None, None, "No. OC-26111802"],
        ["Customer PO", "4500032497", None, "Date", D(2026, 11, 18), None, "Terms", "T/T 30 days", None, "Incoterms", "DAP Columbus"],
        [],
        ["Item", "Customer P/N", "TPC P/N", "Description", "Q'ty", "Unit", "Unit Price (USD)", "Amount (USD)",
         "ETD Keelung", "Delivery Date (ETA)", "Remark"],
        [10, "TPC-PCBA-PWR-R3", "P3-PWR-0412-R3", "Power board PCBA rev3", 500, "PCS", 12.95, 6475.0,
         D(2026, 12, 24), D(2027, 1, 8), "MLCC 0402 100nF 16V price up +2.8%"],
        [20, "TPC-PCB-IO-6L", "B6-IO-1188", "I/O board 6L 1.6mm ENIG", 1200, "PCS", 4.35, 5220.0,
         D(2026, 12, 24), D(2027, 1, 8), ""],
        [30, "TPC-PCB-SENS-2L", "B2-SN-0775", "Sensor board 2L 0.8mm HASL-LF", 3024, "PCS", 0.78, 2358.72,
         D(2026, 12, 4), D(2026, 12, 18), "12 pcs/panel, full panels; D/C 2650"],
        [],
        [None, None, None, None, None, None, "Total", 14053.72],
        ["Remark: ETD = shipment date from Keelung; Delivery Date = arrival at customer."],
    ]
    assert round(500 * 12.95 + 1200 * 4.35 + 3024 * 0.78, 2) == 14053.72
    xlsx = make_xlsx(rows, "OC", creator="TPC ERP")
    body = """Priya 您好：

感謝您的訂單 4500032497，附件為本公司訂單確認書 OC-26111802（Excel），請查收。
第 10 項因 MLCC 漲價，單價調整為 USD 12.95；第 30 項依整片出貨（每片 12 pcs），數量為 3,024 pcs。
如有任何問題，請隨時與我聯繫。

Best regards,
林怡君 Yvonne Lin
Sales Dept. | Taiwan Precision Circuits Co., Ltd.
TEL: +886-3-555-8216
"""
    mixed = mime.multipart("mixed", "----=_NextPart_000_0017_01DB3B01.5E8C2A40", [
        mime.text(body, charset="big5", cte="base64"),
        mime.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "OC-26111802.xlsx")])
    eml = mime.message([
        ("From", mime.addr("林怡君", "sales@tpc-pcb.example", "big5")),
        ("To", who(B_PRIYA)),
        ("Subject", mime.hdr("RE: " + request_subject(p) + " 訂單確認", "big5")),
        ("Date", mime.rfcdate(2026, 11, 18, 15, 7, 21, "+0800")),
        ("Message-ID", "<001701db3b01$5e8c2a40$1ba47ec0$@tpc-pcb.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mixed)
    exp = expected("confirmation", "Big5 mail plus XLSX acknowledgment (own positions 10/20/30, own P/Ns, dates as "
                   "Excel date cells): ETD and ETA columns, the delivery (ETA) date wins; line 1 price 12.95; line 3 "
                   "full panels 3,024; '0402 100nF 16V', '+2.8%' remark and D/C 2650 are distractors (the +2.8% is "
                   "already applied and rounded in the price column).",
                   [conf(p, [chg(500, "12.95", D(2027, 1, 8)), acc(p["lines"][1]), chg(3024, "0.78", D(2026, 12, 18))])])
    return dict(slug="040-pcb-xlsx-ack-big5", pos=[p], eml=eml, exp=exp,
                hard="Taiwanese Big5 mail with an XLSX acknowledgment using Excel date serials, separate ETD and "
                     "ETA columns and a '+2.8%' remark beside an already adjusted price.")


def c041():
    sup = supplier("TRELAST", "Trelast & Pall AS", "ordre@trelastpall.example", "nb-NO")
    p = po("4500032510", sup, B_JONAS, "EUR", D(2026, 11, 17), [
        ln(1, "TP-EUR-EPAL", "EUR pallet EPAL 1200x800, new", 800, "EA", "11.90", D(2026, 12, 9)),
        ln(2, "TP-HALF-800X600", "Half pallet 800x600, heat treated ISPM 15", 300, "EA", "7.20", D(2026, 12, 9)),
        ln(3, "TP-PLANK-25X150", "Pine planks 25x150 mm, 4.8 m, sawn", 8, "M3", "265.00", D(2026, 12, 16)),
    ])
    net = money(Decimal("265.00") * Decimal("0.95"))
    assert net == "251.75"
    csv = ("Ordrebekreftelse;OB-2026-3318;;Kundens ordre;4500032510;;;;;\r\n"
           "Dato;19.11.2026;;Kundenr;K-20417;;;;;\r\n"
           "Linje;Varenr;Kundens varenr;Beskrivelse;Antall;Enhet;Pris;Rabatt %;Beløp;Leveringsdato\r\n"
           "1;300120;TP-EUR-EPAL;EUR-pall EPAL 1200x800 ny;800;STK;11,90;0;9520,00;09.12.2026\r\n"
           "2;300160;TP-HALF-800X600;Halvpall 800x600 varmebeh. ISPM 15;300;STK;7,20;0;2160,00;09.12.2026\r\n"
           "3;410255;TP-PLANK-25X150;Furu planke 25x150 4,8 m skurlast;8;M3;265,00;5;2014,00;16.12.2026\r\n"
           ";;;;;;;;13694,00;\r\n")
    assert 800 * 11.90 + 300 * 7.20 + 2014.00 == 13694.00
    body = """Hei Jonas,

vedlagt ordrebekreftelse OB-2026-3318 for deres ordre 4500032510 (CSV fra vårt system).
Som avtalt på telefon gir vi 5 % rabatt på plankene.

Med vennlig hilsen
Ingrid Haugen
Ordrekontoret
Trelast & Pall AS, Sagbruksveien 3, 2315 Hamar
"""
    mixed = mime.multipart("mixed", "=_5c1f0e7a2b8d4e93a6f1d0c2b7e4a9f3", [
        mime.text(body, charset="iso-8859-1", cte="quoted-printable"),
        mime.attachment(b"\xef\xbb\xbf" + csv.encode("utf-8"), "text/csv; charset=utf-8", "OB-2026-3318.csv")])
    eml = mime.message([
        ("From", mime.addr("Ingrid Haugen", "ordre@trelastpall.example")),
        ("To", who(B_JONAS)),
        ("Subject", "Ordrebekreftelse OB-2026-3318 / deres ordre 4500032510"),
        ("Date", mime.rfcdate(2026, 11, 19, 9, 40, 2, "+0100")),
        ("Message-ID", "<5c1f0e7a2b8d4e93a6f1d0c2b7e4a9f3@trelastpall.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], mixed)
    exp = expected("confirmation", "CSV acknowledgment (semicolons, decimal commas, own article numbers): lines 1-2 "
                   "as ordered; line 3 carries a 5 % discount column (also stated in the mail) so the net unit "
                   "price is 251.75; 1200x800, 25x150 and ISPM 15 are not quantities.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(8, net, D(2026, 12, 16))])])
    return dict(slug="041-pallets-csv-ack-discount", pos=[p], eml=eml, exp=exp,
                hard="Norwegian CSV acknowledgment where a discount column, not the price column, changes one "
                     "line's unit price.")


def c042():
    sup = supplier("MIDPRESS", "Midland Pressings Ltd", "orders@midland-pressings.example", "en-GB")
    p = po("4500032520", sup, B_TOBIAS, "EUR", D(2026, 11, 17), [
        ln(1, "MP-22817-C", "Seat rail bracket Rev C, DC04 t=2.0", 6000, "EA", "0.86", D(2027, 1, 15)),
    ])
    body = """DESPATCH ADVICE DN-118204

Customer:        Kestrel Group GmbH, Loerrach
Your order:      4500030977
Despatch date:   18/11/2026
Carrier:         DHL Freight, consignment 4471 9920 118
Expected delivery: 23/11/2026

Item          Description                          Qty     Pallets
MP-22818-B    Reinforcement plate LH Rev B         2,500   2
MP-30452-A    Weld nut carrier M8x1.25 Rev A       10,000  1

Total gross weight: 1,184 kg

This message was generated automatically by Midland Pressings WMS. Please do not reply.
"""
    eml = mime.message([
        ("From", mime.addr("Midland Pressings Despatch", "despatch-noreply@midland-pressings.example")),
        ("To", who(B_TOBIAS)),
        ("Subject", "Despatch Advice DN-118204 - your order 4500030977"),
        ("Date", mime.rfcdate(2026, 11, 18, 16, 45, 0, "+0000")),
        ("Message-ID", "<dn118204.20261118164500@wms.midland-pressings.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], mime.text(body, charset="us-ascii", cte="7bit"))
    exp = expected("unrelated", "Automatic despatch advice for an older order 4500030977 (not open here); the "
                   "item numbers overlap with the open PO's supplier range but the open PO 4500032520 is not "
                   "addressed.")
    return dict(slug="042-despatch-advice-other-order", pos=[p], eml=eml, exp=exp,
                hard="Shipping notice from the same supplier for a different PO, with despatch and expected "
                     "delivery dates and part numbers from the same family.")


def c043():
    sup = supplier("LAITARD", "Laiterie des Ardennes SA", "commandes@laiterie-ardennes.example", "fr-BE")
    p = po("4500032533", sup, B_CHLOE, "EUR", D(2026, 11, 17), [
        ln(1, "LA-BEU-250", "Beurre doux 82 % MG, 250 g, carton 40", 60, "CS", "92.00", D(2026, 11, 24)),
        ln(2, "LA-CRE-1L", "Crème fraîche 35 % MG, 1 l, carton 6", 120, "CS", "21.60", D(2026, 11, 24)),
        ln(3, "LA-HERVE-200", "Fromage de Herve AOP 200 g, carton 12", 40, "CS", "38.40", D(2026, 11, 24)),
    ])
    tue, fri = is_wd(D(2026, 11, 24), 1), is_wd(D(2026, 11, 27), 4)
    e = html.escape
    body_html = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000000\">"
        "<p>Bonjour Madame Martin,</p>"
        "<p>Nous confirmons votre commande 4500032533 pour une livraison le <b>mardi 24 novembre</b> "
        "(transport frigorifique 0-4&nbsp;°C)&nbsp;:</p>"
        "<ul><li>Beurre doux 250&nbsp;g&nbsp;: 60 cartons</li><li>Crème fraîche 1&nbsp;l&nbsp;: 120 cartons</li>"
        "<li>Herve AOP 200&nbsp;g&nbsp;: production limitée cette semaine, nous livrons 30 cartons le 24 et les "
        "10 cartons restants le vendredi 27.</li></ul>"
        "<p>Prix inchangés.</p>"
        "<p>Pour information, DLC des lots prévus&nbsp;: beurre 15/01/2027, crème 08/12/2026, Herve 12/12/2026.</p>"
        "<p>Bien à vous,<br>Nicolas Lambert<br>Service commandes<br>Laiterie des Ardennes SA &ndash; Rue de la "
        "Laiterie 5, 4650 Herve</p></div>"
        "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
        "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>De :</b> "
        f"{e(who(B_CHLOE))}<br><b>Envoyé :</b> mardi 17 novembre 2026 10:05<br><b>À :</b> "
        f"commandes@laiterie-ardennes.example<br><b>Objet :</b> {e(request_subject(p))}</font><div>&nbsp;</div></div>"
        + request_html(p, "Mr Lambert") + "</body></html>\n")
    assert D(2026, 11, 17).weekday() == 1
    eml = mime.message([
        ("From", mime.addr("Nicolas Lambert", "commandes@laiterie-ardennes.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 18, 7, 58, 12, "+0100")),
        ("Message-ID", "<AS2PR02MB9480B7E1D3C5A0F2@AS2PR02MB9480.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "fr-BE"),
    ], mime.text(body_html, "html", cte="quoted-printable"))
    exp = expected("confirmation", "HTML-only reply (no text part); 'mardi 24 novembre' and 'le 24' / 'vendredi 27' "
                   "without year; Herve split 30 + 10; DLC (use-by) dates of the lots are not delivery dates.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(40, "38.40", fri, [(30, tue), (10, fri)])])])
    return dict(slug="043-dairy-html-only-dlc", pos=[p], eml=eml, exp=exp,
                hard="HTML-only Belgian reply with a split given as 'le 24' and 'le vendredi 27' and use-by dates "
                     "for every product.")


def c044():
    sup = supplier("STVOGT", "Stanztechnik Vogtland GmbH", "vertrieb@stanztechnik-vogtland.example", "de-DE")
    p = po("4500032547", sup, B_MIRIAM, "EUR", D(2026, 11, 16), [
        ln(1, "SV-HB-118-C", "Haltebügel 118, Rev C, DC01 t=1,5", 8000, "EA", "0.37", D(2026, 12, 18)),
        ln(2, "SV-LS-220-A", "Lagerschale 220, Rev A, DX51D+Z275", 3000, "EA", "1.12", D(2026, 12, 18)),
    ])
    new = is_wd(D(2026, 12, 22), 1)
    assert kw(2026, 50, 1) == D(2026, 12, 7) and kw(2026, 52, 2) == new
    top = """Hallo Frau Koller,

anbei die Rückmeldung unserer Arbeitsvorbereitung. Damit kann ich Ihnen bestätigen: beide Positionen Menge und Preis wie bestellt, Liefertermin frei Haus Lörrach: Dienstag, 22.12.2026.

Den 18.12. schaffen wir leider nicht, da das Folgeverbundwerkzeug für die Lagerschale in KW 50 in der Wartung ist.

Viele Grüße
Frank Neubert
Vertriebsinnendienst
Stanztechnik Vogtland GmbH | Gewerbering 11 | 08523 Plauen
"""
    internal = """
-----Ursprüngliche Nachricht-----
Von: Arbeitsvorbereitung <av@stanztechnik-vogtland.example>
Gesendet: Dienstag, 17. November 2026 15:12
An: Neubert, Frank <vertrieb@stanztechnik-vogtland.example>
Betreff: AW: WG: Purchase order 4500032547 - request for order acknowledgement

Frank,

Haltebügel 118: Fertigung KW 50, fertig Mi.
Lagerschale 220: Werkzeug ist KW 50 in Wartung, Fertigung erst KW 51.
Versand beider Positionen zusammen Freitag KW 51, Spedition braucht 2 Tage -> beim Kunden Dienstag KW 52.
Material (DX51D+Z275, Coil 1,5 mm) ist da.

Gruß
Jens (AV)

-----Ursprüngliche Nachricht-----
Von: Neubert, Frank <vertrieb@stanztechnik-vogtland.example>
Gesendet: Dienstag, 17. November 2026 08:40
An: Arbeitsvorbereitung <av@stanztechnik-vogtland.example>
Betreff: WG: Purchase order 4500032547 - request for order acknowledgement

Jens, schaffen wir 18.12.? Bitte kurze Info.

"""
    qb = "-----Ursprüngliche Nachricht-----\n" + ol_block("de", who(B_MIRIAM), T(2026, 11, 16, 16, 30),
                                                           "vertrieb@stanztechnik-vogtland.example", request_subject(p))
    plain = top + internal + qb + "\n" + request_text(p, "Mr Neubert")
    assert D(2026, 11, 17).weekday() == 1
    eml = mime.message([
        ("From", mime.addr("Frank Neubert", "vertrieb@stanztechnik-vogtland.example")),
        ("To", who(B_MIRIAM)),
        ("Subject", "AW: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 18, 9, 15, 44, "+0100")),
        ("Message-ID", "<003201db3a9e$8c1f2e70$a45d8b50$@stanztechnik-vogtland.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], mime.text(plain, charset="iso-8859-1", cte="quoted-printable"))
    exp = expected("confirmation", "Sales rep on top gives the delivery date (Di 22.12.2026) above an internal chain "
                   "with production weeks (KW 50/51) and a ship day (Friday KW 51 = 18.12.); the delivery date wins "
                   "for both lines.",
                   [conf(p, [chg(8000, "0.37", new), chg(3000, "1.12", new)])])
    return dict(slug="044-stampings-forwarded-internal-chain", pos=[p], eml=eml, exp=exp,
                hard="German reply over a forwarded internal planning chain full of production and ship weeks; "
                     "only the top states the delivery date.")


def c045():
    sup = supplier("ENVLEV", "Envases Cosméticos Levante S.L.", "pedidos@envaseslevante.example", "es-ES")
    p = po("4500032552", sup, B_CHLOE, "EUR", D(2026, 11, 17), [
        ln(1, "ECL-TUB-75-PE", "Tube 75 ml PE, soft touch, flip cap", 10000, "EA", "0.152", D(2027, 1, 22)),
        ln(2, "ECL-TAR-200-PP", "Jar 200 ml PP, screw lid", 10000, "EA", "0.224", D(2027, 1, 22)),
    ])
    rid = p["request_message_id"]
    to = "pedidos@envaseslevante.example"
    txt = f"""Delivery has failed to these recipients or groups:

{to}
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: mail.envaseslevante.example
{to}
Remote server returned '552 5.2.2 Mailbox full; quota exceeded (5120 MB / 5120 MB)'

Original message headers:

From: {who(p['buyer'])}
To: {to}
Subject: {request_subject(p)}
Date: {mime.rfcdate(2026, 11, 17, 11, 2, 44, '+0100')}
Message-ID: {rid}
"""
    status = ("Reporting-MTA: dns;mail.envaseslevante.example\n\n"
              f"Final-Recipient: rfc822;{to}\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;552 5.2.2 Mailbox full; quota exceeded (5120 MB / 5120 MB)\n")
    hdrs = (f"From: {who(p['buyer'])}\nTo: {to}\nSubject: {request_subject(p)}\n"
            f"Date: {mime.rfcdate(2026, 11, 17, 11, 2, 44, '+0100')}\nMessage-ID: {rid}\n")
    rep = mime.multipart("report", "_3a7e0f21-9c4d-4b8a-a2e1-5d6f0b9c3e48_", [
        mime.text(txt, cte="quoted-printable"),
        mime.raw_part("Content-Type: message/delivery-status\n", status.encode()),
        mime.raw_part("Content-Type: text/rfc822-headers\n", hdrs.encode()),
    ], params=" report-type=delivery-status;")
    eml = mime.message([
        ("From", "postmaster@envaseslevante.example"),
        ("To", who(p["buyer"])),
        ("Subject", "Undeliverable: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 17, 11, 3, 2, "+0100")),
        ("Message-ID", "<3a7e0f21-9c4d-4b8a-a2e1-5d6f0b9c3e48@mail.envaseslevante.example>"),
        ("In-Reply-To", rid),
        ("References", rid),
        ("Auto-Submitted", "auto-replied"),
    ], rep)
    exp = expected("bounce", "Quota-full NDR (552 5.2.2 mailbox full) from the supplier's own server, in English "
                   "although the supplier is Spanish; threaded on our request.")
    return dict(slug="045-bounce-mailbox-full", pos=[p], eml=eml, exp=exp,
                hard="Mailbox-full NDR threaded on our request, suggesting 'try again later' rather than a hard "
                     "failure.")


def c046():
    sup = supplier("GARNUS", "PT Garmen Outdoor Nusantara", "marketing@garmen-nusantara.example", "id-ID")
    p = po("4500032560", sup, B_CHLOE, "EUR", D(2026, 11, 17),
           _sizes("GN-RJ-OLV", "Rain jacket 2.5L olive", [50, 100, 100, 70, 40], "17.80", D(2027, 2, 5)))
    assert is_wd(D(2027, 2, 5), 4)
    reply = """Selamat siang Ibu Chloé,

Terima kasih atas PO 4500032560. Kami konfirmasi sebagai berikut:

- Ukuran S, M, L dan XL: jumlah sesuai PO, harga 17,80 EUR/pcs.
- Ukuran XXL: minimum produksi kami 60 pcs per ukuran per warna, jadi XXL kami buat 60 pcs (harga tetap 17,80 EUR).

Pengiriman: ETD Tanjung Priok 23 Desember 2026, tiba di gudang Ibu (DAP Lörrach) 5 Februari 2027.

Salam hormat,
Dewi Kartika
Marketing Export
PT Garmen Outdoor Nusantara - Kawasan Industri Jababeka, Cikarang
"""
    attr = "Pada tanggal Sel, 17 Nov 2026 pukul 17.30 Chloé Martin <chloe.martin@kestrel-group.example> menulis:"
    plain = attr + "\n\n" + quote(request_text(p, "Ms Kartika")) + "\n" + reply
    h = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr) + '<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">' + request_html(p, "Ms Kartika") + '</blockquote></div><div dir="ltr"><br>' +
         simple_html(reply) + '</div>\n')
    alt = mime.multipart("alternative", "000000000000e5b7c20644215a90", [
        mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 19, 13, 22, 9, "+0700")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAM5tR0x8jWq2Nn7Lp3Kz9Yd4Fh1bV6sE0c=Wg5B@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Dewi Kartika", "marketing@garmen-nusantara.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
    ], alt)
    exp = expected("confirmation", "Bottom-posted Gmail reply (quote first); size XXL raised to the per-size minimum "
                   "of 60; arrival date 5 Februari 2027 wins over ETD 23 Desember 2026; '2.5L' is a fabric "
                   "construction.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), acc(p["lines"][2]), acc(p["lines"][3]),
                             chg(60, "17.80", D(2027, 2, 5))])])
    return dict(slug="046-clothing-size-run-bottom-posted", pos=[p], eml=eml, exp=exp,
                hard="Indonesian bottom-posted reply for an S-XXL size run with a per-size minimum on XXL and "
                     "both ETD and arrival dates.")


def c047():
    sup = supplier("SGGREEN", "Saigon Green Garment Co., Ltd.", "export@saigongreen.example", "vi-VN")
    p = po("4500032575", sup, B_CHLOE, "EUR", D(2026, 11, 18), [
        ln(1, "SG-FL-BLK-M", "Fleece jacket 300 g/m2, black, size M", 300, "EA", "11.40", D(2027, 1, 29)),
        ln(2, "SG-FL-BLK-L", "Fleece jacket 300 g/m2, black, size L", 300, "EA", "11.40", D(2027, 1, 29)),
        ln(3, "SG-FL-RED-M", "Fleece jacket 300 g/m2, red, size M", 150, "EA", "11.40", D(2027, 1, 29)),
        ln(4, "SG-FL-RED-L", "Fleece jacket 300 g/m2, red, size L", 150, "EA", "11.40", D(2027, 1, 29)),
    ])
    reply = """Kính gửi chị Chloé,

Cảm ơn chị đã đặt đơn hàng 4500032575. Chúng tôi xác nhận như sau:

- Màu đen (size M và L): 300 chiếc mỗi size, đơn giá 11,40 EUR, giao ngày 29/01/2027.
- Màu đỏ (size M và L): vải màu đỏ về trễ, nên chúng tôi giao 100 chiếc mỗi size vào ngày 29/01/2027, 50 chiếc còn lại mỗi size giao sau Tết, ngày 19/02/2027. Đơn giá không đổi.

Trân trọng,
Nguyễn Thị Lan
Phòng Xuất khẩu
Công ty TNHH May Mặc Sài Gòn Xanh - KCN Tân Tạo, TP. Hồ Chí Minh
"""
    attr = "Vào 18 thg 11, 2026 lúc 10:15 Chloé Martin <chloe.martin@kestrel-group.example> đã viết:"
    plain = reply + "\n" + attr + "\n\n" + quote(request_text(p, "Ms Lan"))
    h = gmail_html(simple_html(reply), attr, request_html(p, "Ms Lan"))
    alt = mime.multipart("alternative", "000000000000f81c0a0644227b35", [
        mime.text(plain, cte="base64"), mime.text(h, "html", cte="base64")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 19, 16, 40, 51, "+0700")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAN8uW2y0kLp5Qr3Mz7Xt1Ve9Gj4cB6dF2h=Sk7C@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Nguyễn Thị Lan", "export@saigongreen.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
    ], alt)
    s = [(100, D(2027, 1, 29)), (50, D(2027, 2, 19))]
    exp = expected("confirmation", "Colour-level answer: black sizes as ordered; both red sizes split 100 + 50 "
                   "('mỗi size' = per size), the rest after Tết on 19/02/2027; '300 g/m2' is fabric weight.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(150, "11.40", D(2027, 2, 19), s),
                             chg(150, "11.40", D(2027, 2, 19), s)])])
    return dict(slug="047-fleece-colours-split-after-tet", pos=[p], eml=eml, exp=exp,
                hard="Vietnamese reply answering per colour rather than per line, with a 'per size' split that "
                     "applies to two lines at once.")


def c048():
    sup = supplier("GOMMALOM", "Gomma Tecnica Lombarda S.r.l.", "vendite@gommatecnica.example", "it-IT")
    p = po("4500032588", sup, B_MARCO, "EUR", D(2026, 11, 18), [
        ln(1, "GTL-OR-50X3-FKM", "O-ring 50x3 FKM 75 Shore A", 3000, "EA", "0.38", D(2026, 12, 18)),
        ln(2, "GTL-OR-80X4-FKM", "O-ring 80x4 FKM 75 Shore A", 1500, "EA", "0.66", D(2026, 12, 18)),
        ln(3, "GTL-GU-DN50-EPDM", "Guarnizione piana DN 50 PN 16 EPDM", 800, "EA", "0.72", D(2026, 12, 18)),
    ])
    body = """Buongiorno Marco,

l'ordine 4500032588 è in lavorazione. Le guarnizioni in EPDM non sono un problema, per gli O-ring in FKM dipendiamo dalla consegna della mescola dal nostro fornitore.

Indicativamente dovremmo essere pronti per inizio gennaio, ma ti darò conferma definitiva appena ho la data della mescola.

Ciao
Paolo Ferri
Gomma Tecnica Lombarda S.r.l.
Via dei Mestieri 8 - 24040 Stezzano (BG)
"""
    attr = "Il giorno mer 18 nov 2026 alle ore 09:12 Marco Bellini <marco.bellini@kestrel-group.example> ha scritto:"
    plain = body + "\n" + attr + "\n\n" + quote(request_text(p, "Paolo"))
    h = gmail_html(simple_html(body), attr, request_html(p, "Paolo"))
    alt = mime.multipart("alternative", "0000000000001f3a6d064423c0e1", [mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 19, 18, 5, 37, "+0100")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAB4kT9m1Xz6Pq0Ls8Nw3Ry5Ug2dH7eJ1f=Vb3D@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Paolo Ferri", "vendite@gommatecnica.example")),
        ("To", who(B_MARCO)),
    ], alt)
    exp = expected("needs_review", "Vague 'indicativamente per inizio gennaio' subject to compound availability, with "
                   "the definitive confirmation promised later; the EPDM remark is not a per-line commitment.")
    return dict(slug="048-gaskets-vague-early-january", pos=[p], eml=eml, exp=exp,
                hard="Italian Gmail reply with an indicative 'early January' and a promise of a definitive "
                     "confirmation later.")


CASES = [c033, c034, c035, c036, c037, c038, c039, c040, c041, c042, c043, c044, c045, c046, c047, c048]
