"""Cases 021-040."""
import datetime as dt
import html as _html

from .case import S, L, PO, C, case, reply, kw, next_md, wd, D, req_text, req_subject, org_of
from . import mime, docs

A, R, U = "A", "R", "U"
nb = "\u00a0"
nn = "\u202f"

# ------------------------------------------------------------------ 021
sup = S("CAPEADH", "Cape Industrial Adhesives (Pty) Ltd", "orders@capeadhesives.example", "en-ZA", "Thandi")
po = PO("4500231230", sup, [
    L(1, "EP-2K-50ML", "Epoxy adhesive 2K structural, cartridge 50 ml", 480, "EA", "8.90", "2026-12-04"),
    L(2, "CA-20G-GEL", "Cyanoacrylate gel 20 g tube", 240, "EA", "1.65", "2026-12-04"),
    L(3, "PU-SEAL-600-BK", "PU sealant sausage 600 ml black (box of 20)", 200, "EA", "4.30", "2026-12-04"),
], buyer="Dana Ruiz", issued="2026-11-05")
wd(D(2026, 12, 10), "Thu"); wd(D(2026, 12, 17), "Thu")
body = """Hi Dana,

Please see below the confirmation from the factory in Germany for your 4500231230 (our ref CIA-PO-55817). All three lines confirmed at your PO prices.

Note the factory dates are ex works Gelsenkirchen. Add 4 working days road freight, so ETA at your warehouse is Thursday 10 December for lines 1 and 3, and Thursday 17 December for line 2 (the CA gel).

Kind regards
Thandi Mokoena
Key Accounts | Cape Industrial Adhesives (Pty) Ltd
Tel +27 21 555 0192

---------- Forwarded message ---------
From: Auftragsbearbeitung Klebwerk Ruhr <ab@klebwerk-ruhr.example>
Date: Mon, 16 Nov 2026 at 08:12
Subject: AB 8812044 / Ihre Bestellung CIA-PO-55817
To: Thandi Mokoena <thandi@capeadhesives.example>

Sehr geehrte Frau Mokoena,

wir bestätigen Ihre Bestellung CIA-PO-55817 (Endkunde Brenmoor, 4500231230):

Pos 10  EPX-2K-50    480 St   Versand ab Werk 04.12.2026
Pos 20  CA-GEL-20    240 St   Versand ab Werk 11.12.2026
Pos 30  PUD-600-S    200 St   Versand ab Werk 04.12.2026

Preise gemäß Rahmenvertrag 2026. Zahlungsziel 60 Tage.

Mit freundlichen Grüßen
Klebwerk Ruhr GmbH - Auftragsbearbeitung
"""
eml = reply(po, "Thandi Mokoena", mime.date_hdr(2026, 11, 16, 11, 30, "+0200"), body, client="gmail",
            subject="Re: Purchase order 4500231230 - please confirm", frm_email="thandi@capeadhesives.example",
            boundary_seed="y021")
case("021-adhesives-distributor-forwards-factory-ab", "confirmation", "en-ZA",
     "Distributor forwards the German factory's ex-works dates (04.12/11.12) but states its own ETA at our dock (10 Dec / 17 Dec), which is the delivery date.",
     [po], eml, [(po, {1: C(d="2026-12-10"), 2: C(d="2026-12-17"), 3: C(d="2026-12-10")})])

# ------------------------------------------------------------------ 022
sup = S("VDV", "Vandamme Verpakkingen NV", "verkoop@vandamme-verpakkingen.example", "nl-BE", "Wout")
po = PO("PO-26-01215", sup, [
    L(1, "DS-CAM-250", "Folding box Camembert 250 g, print 4c", 20000, "EA", "0.1180", "2026-12-07"),
    L(2, "TRAY-KAAS-6", "Cheese tray corrugated 6x250 g", 4000, "EA", "0.3450", "2026-12-07"),
    L(3, "ETIK-DEK-95", "Lid label 95 mm round, organic logo", 30000, "EA", "0.0210", "2026-12-07"),
], org="kessler", buyer="Tobias Reim", issued="2026-11-06")
filled = {1: ("20.000", "0,118", "07/12"), 2: ("4.000", "0,3650", "14/12"), 3: ("30.000", "0,021", "07/12")}
hdrs = ("Pos", "Item", "Description", "Qty", "UoM", "Price EUR", "Requested", "Conf. qty", "Conf. price", "Conf. date")
rows_t = []
rows_h = ""
for ln in po["lines"]:
    cells = (str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"], ln["unit_price"],
             ln["requested_date"]) + filled[ln["line"]]
    rows_t.append("\t".join(cells))
    rows_h += "<tr>" + "".join(
        f"<td style='border:solid windowtext 1.0pt;padding:0 5.4pt'><p class=MsoNormal>"
        + (f"<span style='color:#C00000'>{_html.escape(c)}</span>" if i >= 7 else _html.escape(c)) + "</p></td>"
        for i, c in enumerate(cells)) + "</tr>\n"
qt = ("Dear Wout,\n\nplease find attached our purchase order PO-26-01215 of 2026-11-06.\n"
      "Please fill in the three 'Conf.' columns and send the table back.\n\n"
      + "\t".join(hdrs) + "\n" + "\n".join(rows_t) + "\n\nBest regards\nTobias Reim\nPurchasing | Kessler Feinkost & Molkerei GmbH\n")
qh = ("<p class=MsoNormal>Dear Wout,</p><p class=MsoNormal>please find attached our purchase order PO-26-01215 of 2026-11-06.<br>"
      "Please fill in the three 'Conf.' columns and send the table back.</p>"
      "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'><tr>"
      + "".join(f"<td style='border:solid windowtext 1.0pt;background:#D9E1F2;padding:0 5.4pt'><p class=MsoNormal><b>{h}</b></p></td>" for h in hdrs)
      + "</tr>\n" + rows_h + "</table><p class=MsoNormal>Best regards<br>Tobias Reim<br>Purchasing | Kessler Feinkost &amp; Molkerei GmbH</p>")
body = """Goedemiddag Tobias,

Zie ingevuld in uw tabel hieronder (in het rood). Lijn 2: nieuwe kartonprijs en een week later, de golfkartonmachine staat in onderhoud.

Met vriendelijke groeten,
Wout Peeters
Verkoop binnendienst | Vandamme Verpakkingen NV
Industriepark Noord 14, 8800 Roeselare
"""
eml = reply(po, "Wout Peeters", mime.date_hdr(2026, 11, 10, 14, 2), body, lang="nl", boundary_seed="y022",
            quoted_text=qt, quoted_html=qh, ua="Microsoft Outlook 16.0")
case("022-packaging-values-typed-into-our-table", "confirmation", "nl-BE",
     "The answer is only in our quoted table: the supplier typed qty/price/date (day/month without year) into our empty 'Conf.' columns; line 2 price and date differ.",
     [po], eml, [(po, {1: A, 2: C(p="0.365", d="2026-12-14"), 3: A})])

# ------------------------------------------------------------------ 023
sup = S("GLWC", "Great Lakes Wire & Cable Inc.", "orders@glwc.example", "en-CA", "Mike")
po = PO("VS-PO-18860", sup, [
    L(1, "THHN-12-BK-500", "THHN 12 AWG black, 500 ft reel", 20, "REEL", "86.00", "2026-12-01"),
    L(2, "THHN-12-WH-500", "THHN 12 AWG white, 500 ft reel", 20, "REEL", "86.00", "2026-12-01"),
    L(3, "SOOW-14-3-250", "SOOW 14/3 portable cord, 250 ft coil", 10, "COIL", "142.50", "2026-12-01"),
    L(4, "TECK90-3C-6", "TECK90 3C #6 AWG 1000V, per ft", 1500, "FT", "4.12", "2026-12-01"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-05")
body = """Kevin - confirmed, thanks. VS-PO-18860 ships complete Dec 1 from our Mississauga DC.

Mike

Mike Kowalczyk
Customer Service, Great Lakes Wire & Cable
905-555-0133

PS heads up on the TECK90: copper went up again last week, that line will invoice at $4.38/ft. Everything else as per your PO.
"""
eml = reply(po, "Mike Kowalczyk", mime.date_hdr(2026, 11, 6, 15, 48, "-0500"), body, client="apple",
            subject="Re: Purchase order VS-PO-18860 - please confirm", boundary_seed="y023",
            ua="Apple Mail (2.3774.200.91.1.1)")
case("023-cable-confirmed-but-ps-price", "confirmation", "en-CA",
     "Says 'confirmed' up top, but a PS below the signature reprices one line; 'SOOW 14/3' and '#6 AWG' are not quantities.",
     [po], eml, [(po, {1: A, 2: A, 3: A, 4: C(p="4.38")})])

# ------------------------------------------------------------------ 024
sup = S("BOREAL", "Emballages Boréal inc.", "service@emballagesboreal.example", "fr-CA", "Marc-André")
po = PO("PO-26-01220", sup, [
    L(1, "CUP-PP-125", "Yoghurt cup PP 125 ml, 75 mm, printed 4c", 120000, "EA", "0.0310", "2027-01-08"),
    L(2, "LID-ALU-75", "Peelable alu lid 75 mm, heat-seal lacquered", 120000, "EA", "0.0095", "2027-01-08"),
    L(3, "SPOON-PS-10", "Folding spoon PS 10 cm, wrapped", 40000, "EA", "0.0120", "2027-01-08"),
], org="kessler", buyer="Tobias Reim", issued="2026-11-09")
body = f"""Bonjour Tobias,

Thanks for the PO. Je confirme les items 1 et 2 pour le 8 janvier, prix tel que commandé. For the cups, we pack per sleeve of 1{nb}250 - 120{nb}000 is fine (96 sleeves).

Item 3, les cuillères pliantes : we stopped making those in August, ce n'est plus disponible. Désolé!

Merci / Thanks
Marc-André Tremblay
Service à la clientèle | Customer Service
Emballages Boréal inc. - Drummondville (Québec)
"""
eml = reply(po, "Marc-André Tremblay", mime.date_hdr(2026, 11, 10, 10, 25, "-0500"), body, client="gmail",
            subject="RE: Purchase order PO-26-01220 - please confirm", boundary_seed="y024",
            attribution="Le lun. 9 nov. 2026, à 03 h 14, Tobias Reim <tobias.reim@kessler-food.example> a écrit :")
case("024-dairy-cups-french-english-mix", "confirmation", "fr-CA",
     "Sentences switch between French and English mid-paragraph; the date '8 janvier' has no year (-> 2027), line 3 discontinued.",
     [po], eml, [(po, {1: A, 2: A, 3: R})])

# ------------------------------------------------------------------ 025
sup = S("ANADOLU", "Anadolu Plastik Hammadde A.Ş.", "siparis@anadoluplastik.example", "tr-TR", "Elif")
po = PO("4500231241", sup, [
    L(1, "PA6-GF30-BK", "PA6 GF30 compound black, bags 25 kg", 5000, "KG", "2.95", "2026-12-14"),
    L(2, "ABS-HI-NAT", "ABS high impact natural, octabin 1000 kg", 8000, "KG", "1.78", "2026-12-14"),
    L(3, "PC-UV-CLR", "PC UV-stabilised clear, bags 25 kg", 2000, "KG", "3.40", "2026-12-14"),
    L(4, "TPE-60A-BK", "TPE 60 Shore A black, bags 20 kg", 1000, "KG", "3.85", "2026-12-14"),
], buyer="Dana Ruiz", issued="2026-11-09")
body = """Sayın Dana Ruiz,

4500231241 numaralı siparişinizi aşağıdaki şekilde teyit ederiz:

Poz  Malzeme            Miktar (kg)   Birim Fiyat (EUR/kg)   Teslim Tarihi
---  -----------------  -----------   --------------------   -------------
1    PA6 GF30 Siyah           5.000                   2,95      14.12.2026
2    ABS HI Natur             8.000                   1,78      21.12.2026
3    PC UV Şeffaf             2.000                   3,52      14.12.2026
4    TPE 60A Siyah              960                   3,85      14.12.2026

Not: TPE 20 kg'lık torbalarda, 48 torba = 960 kg. PC fiyatı yeni hammadde fiyat listesine göredir (geçerlilik 31.12.2026).
Teslim şekli DAP, ödeme 60 gün.

Saygılarımızla,
Elif Yılmaz
İhracat Satış Temsilcisi
Anadolu Plastik Hammadde A.Ş. - Gebze OSB / Kocaeli
"""
eml = reply(po, "Elif Yılmaz", mime.date_hdr(2026, 11, 12, 11, 40, "+0300"), body, lang="tr", charset="iso-8859-9",
            boundary_seed="y025", ua="Microsoft Outlook 16.0",
            html_body="<pre style='font-family:Consolas,monospace;font-size:10pt'>" + _html.escape(body) + "</pre>")
case("025-compounds-space-aligned-table", "confirmation", "tr-TR",
     "Screenshot-like table aligned with spaces, Turkish 5.000 / 2,95 number forms; each line differs in a different column (date, price, bag rounding).",
     [po], eml, [(po, {1: A, 2: C(d="2026-12-21"), 3: C(p="3.52"), 4: C(q=960)})])

# ------------------------------------------------------------------ 026
sup = S("BPR", "Blisterpack Romandie SA", "commandes@blisterpack-romandie.example", "fr-CH", "Madame Favre")
po = PO("CP26001611", sup, [
    L(1, "PVC-250-CLR", "PVC/PVdC film 250 um, clear, width 160 mm", 1500, "KG", "6.20", "2026-12-16"),
    L(2, "ALU-PUSH-20", "Push-through alu lidding 20 um, width 160 mm", 1000, "KG", "11.80", "2026-12-16"),
    L(3, "CORE-76", "Cardboard core 76 mm for reels", 400, "EA", "0.85", "2026-12-16"),
], org="celvion", buyer="Lukas Meier", issued="2026-11-10")
wd(D(2026, 12, 16), "Wed")
body = f"""Bonjour Monsieur Meier,

Nous vous confirmons volontiers votre commande CP26001611 :

1. Film PVC/PVdC 250 µm : 1'500 kg à EUR 6.20/kg, livraison mercredi 16 décembre.
2. Aluminium push-through 20 µm : nos bobines pèsent env. 52 kg ; pour 1{nn}000 kg commandés nous livrons 20 bobines, soit 1'040 kg à EUR 11.80/kg, même date.
3. Mandrins 76 mm : 400 pièces à EUR 0.85, livrés avec la marchandise.

Certificat de conformité et CoA joints à la livraison.

Meilleures salutations

Céline Favre
Service commercial
Blisterpack Romandie SA | Route de l'Industrie 9 | 1400 Yverdon-les-Bains
"""
eml = reply(po, "Céline Favre", mime.date_hdr(2026, 11, 13, 16, 5), body, client="apple", lang="fr",
            subject="Re: Purchase order CP26001611 - please confirm", boundary_seed="y026",
            attribution="Le 10 nov. 2026 à 09:14, Lukas Meier <lukas.meier@celvion.example> a écrit :",
            ua="Apple Mail (2.3774.200.91.1.1)")
case("026-blister-film-apostrophe-thousands", "confirmation", "fr-CH",
     "Swiss French 1'500 / 1'040 apostrophes next to 1 000 with a narrow space; reel rounding changes line 2 only, 'même date' refers back to 16 December.",
     [po], eml, [(po, {1: A, 2: C(q=1040), 3: A})])

# ------------------------------------------------------------------ 027
sup = S("CERTV", "Ceramica Transilvania SRL", "vanzari@ceramica-tv.example", "ro-RO", "Andrei")
poB = PO("4500231198", sup, [
    L(1, "FUG-CG2-5", "Grout CG2WA 5 kg, grey", 60, "BAG", "7.10", "2026-12-04"),
], buyer="Priya Raman", issued="2026-11-06")
poA = PO("4500231250", sup, [
    L(1, "GRS-60x120-BEI", "Porcelain slab 60x120 cm, beige polished", 288, "M2", "24.50", "2026-12-18"),
    L(2, "GRS-30x30-ANT", "Anti-slip tile 30x30 cm R11, anthracite", 120, "M2", "14.20", "2026-12-18"),
], buyer="Priya Raman", issued="2026-11-11")
body = """Bună ziua doamna Raman,

Vă confirmăm comanda nr. 4500231250 din 11.11.2026:

- plăci 60x120 bej lustruit: 288 m² (12 paleți x 24 m²), preț 24,50 EUR/m², livrare 18.12.2026;
- plăci antiderapante 30x30 R11: 120 m², preț 14,90 EUR/m² conform listei de prețuri valabile din 01.11.2026, livrare 18.12.2026.

Pentru comanda de chit de rosturi (4500231198) revenim separat după inventar.

Cu stimă,
Andrei Popescu
Departament Vânzări
Ceramica Transilvania SRL, Cluj-Napoca
"""
eml = reply(poB, "Andrei Popescu", mime.date_hdr(2026, 11, 17, 9, 50, "+0200"), body, lang="ro",
            boundary_seed="y027", ua="Microsoft Outlook 16.0")
case("027-tiles-answers-one-po-in-other-thread", "confirmation", "ro-RO",
     "Reply sits in the thread (subject, In-Reply-To, quote) of PO 4500231198 but confirms 4500231250; the quoted PO is only mentioned 'we'll revert', so it is left out.",
     [poA, poB], eml, [(poA, {1: A, 2: C(p="14.90")})])

# ------------------------------------------------------------------ 028
sup = S("UIB", "Uniformes Industriales del Bajío S.A. de C.V.", "ventas@uniformesbajio.example", "es-MX", "Lupita")
po = PO("HL/26/0430", sup, [
    L(1, "OVR-NAV-M", "Coverall navy 65/35 poly-cotton, size M", 60, "EA", "24.50", "2026-12-04"),
    L(2, "OVR-NAV-L", "Coverall navy 65/35 poly-cotton, size L", 60, "EA", "24.50", "2026-12-04"),
    L(3, "BOOT-S3-42", "Safety boot S3 SRC, size 42", 30, "PR", "39.00", "2026-12-04"),
], org="harbour", buyer="Rachel Doyle", currency="USD", issued="2026-11-09")
body = """Rachel, buen día:

Le reenvío la confirmación de nuestra planta para su orden HL/26/0430. Favor de tomar como válida la fecha de la última respuesta del Ing. Salinas (arriba).

Saludos cordiales,
Lupita Hernández
Ventas Exportación | Uniformes Industriales del Bajío
León, Gto.

-----Mensaje original-----
De: Roberto Salinas <rsalinas@uniformesbajio.example>
Enviado el: lunes, 16 de noviembre de 2026 10:05
Para: Lupita Hernández <ventas@uniformesbajio.example>
Asunto: RE: Confirmación HL/26/0430

Lupita, corrijo: los overoles no salen el 4/12, la tela llegó tarde. Salen completos (M y L) el 11 de diciembre. Las botas sí salen el 4/12 como te dije.

Ing. Roberto Salinas
Jefe de Producción

-----Mensaje original-----
De: Roberto Salinas <rsalinas@uniformesbajio.example>
Enviado el: viernes, 13 de noviembre de 2026 17:40
Para: Lupita Hernández <ventas@uniformesbajio.example>
Asunto: Confirmación HL/26/0430

Lupita, confirmado el pedido HL/26/0430 completo, todo sale el 4/12/2026 a precios de la orden.
"""
eml = reply(po, "Lupita Hernández", mime.date_hdr(2026, 11, 16, 12, 30, "-0600"), body, lang="es",
            subject="RV: Purchase order HL/26/0430 - please confirm", boundary_seed="y028",
            ua="Microsoft Outlook 16.0")
case("028-workwear-internal-chain-newest-wins", "confirmation", "es-MX",
     "Forwarded internal chain: the older message confirms everything for 4/12, the newer one moves the coveralls to 11 December; only the newest statement counts.",
     [po], eml, [(po, {1: C(d="2026-12-11"), 2: C(d="2026-12-11"), 3: A})])

# ------------------------------------------------------------------ 029
sup = S("PANNON", "Pannon Acél Kft.", "ertekesites@pannonacel.example", "hu-HU", "Eszter")
poA = PO("4500231260", sup, [
    L(1, "DC01-1.5-1250x2500", "Cold-rolled sheet DC01 1.5x1250x2500", 3000, "KG", "0.98", "2026-12-02"),
    L(2, "S235-3-1500x3000", "Hot-rolled sheet S235JR 3x1500x3000", 4200, "KG", "0.86", "2026-12-02"),
], buyer="Oskar Lind", issued="2026-11-09")
poB = PO("4500231261", sup, [
    L(1, "RHS-60x40x3-S355", "Rectangular tube S355 60x40x3, 6 m", 120, "M", "6.10", "2026-12-09"),
], buyer="Oskar Lind", issued="2026-11-09", req_time=(9, 20))
poC = PO("4500231262", sup, [
    L(1, "HEA160-S355JR", "Beam HEA 160 S355JR, 12 m", 48, "M", "38.40", "2026-12-16"),
], buyer="Oskar Lind", issued="2026-11-10")
body = f"""Tisztelt Lind Úr!

A 4500231260 sz. rendelést az alábbiak szerint visszaigazoljuk:
- DC01 1,5 mm hidegen hengerelt lemez: kötegelt anyag, ezért 3{nb}000 kg helyett 3{nb}060 kg (3 köteg á 1{nb}020 kg), 0,98 EUR/kg
- S235JR 3 mm melegen hengerelt lemez: 4{nb}200 kg, 0,86 EUR/kg
Szállítás: 2026. december 2.

A 4500231261 sz. rendelés: zártszelvény 60x40x3 S355 - 120 m (20 szál x 6 m), 6,10 EUR/m, szállítás: december 9.

Minden tételhez 3.1 anyagvizsgálati bizonyítványt mellékelünk.

Üdvözlettel:
Kovács Eszter
értékesítés
Pannon Acél Kft. | 9027 Győr, Ipari park
"""
eml = reply(poA, "Kovács Eszter", mime.date_hdr(2026, 11, 11, 13, 15), body, lang="hu", charset="iso-8859-2",
            boundary_seed="y029", ua="Microsoft Outlook 16.0")
case("029-steel-sheets-two-of-three-pos", "confirmation", "hu-HU",
     "Three open POs, the mail answers two (the HEA beam PO is not mentioned and is left out); sheet dimensions 1,5x1250x2500 and bundle weights surround the real quantity 3 060 kg.",
     [poA, poB, poC], eml, [(poA, {1: C(q=3060), 2: A}), (poB, {1: A})])

# ------------------------------------------------------------------ 030
sup = S("RHEINK", "Rheinkabel GmbH", "auftrag@rheinkabel.example", "de-DE", None)
po = PO("4500231270", sup, [
    L(1, "LIYY-4x0.5", "Control cable LiYY 4x0.5 mm2 grey", 1000, "M", "0.62", "2026-12-11"),
    L(2, "LIYCY-7x0.75", "Shielded cable LiYCY 7x0.75 mm2", 500, "M", "1.74", "2026-12-11"),
    L(3, "H05VK-1.5-BL", "Single core H05V-K 1.5 mm2 blue, 100 m ring", 20, "RNG", "14.90", "2026-12-11"),
], buyer="Oskar Lind", issued="2026-11-10")
assert kw(50) == D(2026, 12, 11) and kw(51) == D(2026, 12, 18)
pdf_lines = [
    "Rheinkabel GmbH - Hafenstrasse 22 - 47119 Duisburg",
    None,
    "Brenmoor Industries Ltd",
    "Wareneingang / Goods-in",
    None,
    "AUFTRAGSBESTÄTIGUNG",
    None,
    "Auftrag Nr.:        7100458812            Datum:       12.11.2026",
    "Ihre Bestellung:    4500231270            vom:         10.11.2026",
    "Kunden-Nr.:         204771                Bearbeiter:  Frau Schulte",
    None,
    "Pos  Material       Ihre Mat.-Nr.   Bezeichnung                  Menge  ME    Preis  PE   Liefertermin",
    "---------------------------------------------------------------------------------------------------",
    " 10  RK-40512-GR    LIYY-4x0.5      LiYY 4x0,5 mm2 grau          1.000  m     62,00  100  KW 50/2026",
    " 20  RK-70775-CY    LIYCY-7x0.75    LiYCY 7x0,75 mm2               500  m    182,00  100  KW 51/2026",
    " 30  RK-H05-15-BL   H05VK-1.5-BL    H05V-K 1,5 mm2 blau Ring 100m   20  RNG   14,90    1  KW 50/2026",
    "---------------------------------------------------------------------------------------------------",
    "Preise in EUR netto, PE = Preiseinheit. Liefertermin = Anliefertermin bei Ihnen.",
    "Lieferbedingung: DAP Brenmoor, Werk 2.   Zahlungsbedingung: 30 Tage netto.",
    None,
    "Es gelten unsere Allgemeinen Verkaufsbedingungen (Stand 01/2026).",
    "Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.",
]
pdfb = docs.pdf(pdf_lines, font="Courier", size=7, tj=True, title="AB 7100458812",
                producer="SAP NetWeaver 7.50 PDF Converter")
txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 7100458812 zu Ihrer Bestellung 4500231270.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Adresse;
Rückfragen richten Sie bitte an auftrag@rheinkabel.example.

Rheinkabel GmbH | Hafenstraße 22 | 47119 Duisburg | Amtsgericht Duisburg HRB 31177
"""
part = mime.multi("mixed", [mime.text(txt, charset="iso-8859-1"),
                            mime.attach(pdfb, "application/pdf", "AB_7100458812.pdf")], "=_y030_mix_ab7100458812")
eml = mime.message([("From", "Rheinkabel Auftragsbearbeitung <noreply-sap@rheinkabel.example>"),
                    ("To", "oskar.lind@brenmoor.example"),
                    ("Subject", mime.hdr_text("Auftragsbestätigung 7100458812 / Ihre Bestellung 4500231270", "iso-8859-1", "Q")),
                    ("Date", mime.date_hdr(2026, 11, 12, 6, 2)),
                    ("Message-ID", "<SAPP01.7100458812.20261112060212@rheinkabel.example>"),
                    ("Auto-Submitted", "auto-generated"),
                    ("X-Mailer", "SAP NetWeaver 7.50")], part)
case("030-cable-erp-pdf-ack-price-per-100", "confirmation", "de-DE",
     "Automatic SAP mail with a PDF AB: own positions 10/20/30 and own material numbers beside ours, prices per PE 100 m, dates as KW 50/2026 and KW 51/2026.",
     [po], eml, [(po, {1: A, 2: C(p="1.82", d="2026-12-18"), 3: A})])

# ------------------------------------------------------------------ 031
sup = S("HCELEC", "Shenzhen Huachuang Electronics Co., Ltd.", "sales@hc-elec.example", "zh-CN", "Lily")
po = PO("VS-PO-18871", sup, [
    L(1, "HC-LED-0603-W", "LED 0603 white 3000K, reel 4000", 20000, "EA", "0.0120", "2026-12-18"),
    L(2, "HC-XTAL-16M", "Crystal 16.000 MHz 3225 20pF", 5000, "EA", "0.0650", "2026-12-18"),
    L(3, "HC-CONN-USB-C", "USB-C receptacle 16P SMT", 3000, "EA", "0.1800", "2026-12-18"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-06")
rows = [["深圳市华创电子有限公司  订单确认书 (PI)"],
        ["PI No.", "HC-PI-261109-03", "", "客户订单号", "VS-PO-18871"],
        [],
        ["序号", "客户料号", "我司料号", "描述", "数量(PCS)", "单价(USD)", "金额(USD)", "交货日期"],
        [1, "HC-LED-0603-W", "HCL0603W30", "LED 0603 白光 3000K", 20000, 0.012, 240, D(2026, 12, 18)],
        [2, "HC-XTAL-16M", "HCX3225-16M", "晶振 16.000MHz 3225 20pF", 5000, 0.065, 325, D(2026, 12, 25)],
        [3, "HC-CONN-USB-C", "HCU-C16P-SMT", "USB-C 母座 16P 贴片", 3000, 0.175, 525, D(2026, 12, 18)],
        [],
        ["备注: 交货日期为到货日期 (DAP)。付款方式: T/T 30天。报价有效期至 2026-12-31。"]]
xl = docs.xlsx(rows, sheet="PI", when=(2026, 11, 9, 16, 30, 0))
body = """Kevin 您好，

附件是贵司订单 VS-PO-18871 的订单确认书（PI），请查收。
第2项晶振交期推迟一周，第3项单价调整为 USD 0.175，其余按订单。

如有问题请随时联系。

祝好
王丽 Lily Wang
深圳市华创电子有限公司 销售部
"""
eml = reply(po, "Lily Wang", mime.date_hdr(2026, 11, 9, 16, 41, "+0800"), body, client="gmail", charset="gb2312",
            cte="base64", html_cte="base64", subject="回复: Purchase order VS-PO-18871 - please confirm",
            boundary_seed="y031", attribution="------------------ 原始邮件 ------------------",
            attachments=[mime.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     "PI_VS-PO-18871.xlsx")],
            ua="Foxmail 7.2.25.375[cn]")
case("031-electronics-xlsx-pi-serial-dates", "confirmation", "zh-CN",
     "GB2312/base64 body plus an XLSX PI whose dates are Excel serial numbers with a date style; supplier part numbers beside ours; one date slipped a week, one price changed.",
     [po], eml, [(po, {1: A, 2: C(d="2026-12-25"), 3: C(p="0.175")})])

# ------------------------------------------------------------------ 032
sup = S("KOVZA", "Kovanie Žilina s.r.o.", "objednavky@kovanie-za.example", "sk-SK", "Martin")
po = PO("4500231280", sup, [
    L(1, "SLD-TB-500", "Drawer slide soft-close 500 mm (pair)", 300, "PR", "9.80", "2026-12-17"),
    L(2, "HNG-FL-165", "Hinge 165 deg full overlay", 1200, "EA", "2.15", "2026-12-17"),
    L(3, "HDL-BAR-160", "Bar handle 160 mm CC, brushed steel", 800, "EA", "1.40", "2026-12-17"),
    L(4, "LEG-ADJ-100", "Adjustable leg 100 mm, plastic", 2000, "EA", "0.38", "2026-12-17"),
], buyer="Priya Raman", issued="2026-11-11")
csv = """Potvrdenie objednávky;4500231280;;;;;;;
Pol.;Naša položka;Vaša položka;Popis;Množstvo;MJ;Cena;Cena za;Termín dodania
10;KZ-4410;SLD-TB-500;Výsuv soft-close 500 mm;600;ks;4,90;1 ks;17.12.2026
20;KZ-2165;HNG-FL-165;Záves 165° na plnú;1200;ks;215,00;100 ks;17.12.2026
30;KZ-7160;HDL-BAR-160;Úchytka 160 mm nerez brúsená;800;ks;1,46;1 ks;08.01.2027
40;KZ-0100;LEG-ADJ-100;Nastaviteľná nôžka 100 mm;0;ks;;;nedodáme - výroba ukončená
""".replace("\n", "\r\n").encode("windows-1250")
body = """Dobrý deň pani Raman,

v prílohe Vám posielame potvrdenie objednávky 4500231280 (CSV z nášho systému).
Pol. 40 - nôžky 100 mm sme vyradili zo sortimentu, výroba bola ukončená.

S pozdravom
Martin Kováč
Kovanie Žilina s.r.o., obchodné oddelenie
"""
eml = reply(po, "Martin Kováč", mime.date_hdr(2026, 11, 13, 10, 20), body, lang="sk", charset="iso-8859-2",
            boundary_seed="y032", ua="Microsoft Outlook 16.0",
            attachments=[mime.attach(csv, "text/csv; charset=windows-1250", "potvrdenie_4500231280.csv")])
case("032-hardware-csv-pieces-vs-pairs", "confirmation", "sk-SK",
     "Semicolon CSV in windows-1250 with own positions 10-40: slides in pieces (600 ks at 4,90 = 300 pairs at 9.80), hinge price per 100, one line moved into 2027, one discontinued.",
     [po], eml, [(po, {1: A, 2: A, 3: C(p="1.46", d="2027-01-08"), 4: R})])

# ------------------------------------------------------------------ 033
sup = S("ALPR", "Alpen Reifen Handels GmbH", "verkauf@alpenreifen.example", "de-AT", "Herr Huber")
po = PO("HL/26/0436", sup, [
    L(1, "WIN-2256517-102H", "Winter tyre 225/65 R17 102H", 32, "EA", "112.00", "2026-12-15"),
    L(2, "WIN-1956515-91T", "Winter tyre 195/65 R15 91T", 48, "EA", "68.40", "2026-12-15"),
    L(3, "ALU-7x17-5x114", "Alloy wheel 7x17 ET45 5x114.3", 32, "EA", "95.00", "2026-12-15"),
], org="harbour", buyer="Rachel Doyle", issued="2026-11-10")
assert kw(51, day=2) == D(2026, 12, 15) and kw(53) == D(2027, 1, 1)
body = """Sehr geehrte Frau Doyle,

danke für den Auftrag HL/26/0436. Wir bestätigen:

Pos. 1  225/65 R17 102H, 32 Stk. à € 112,00 - Zustellung Dienstag KW 51
Pos. 2  195/65 R15 91T - derzeit nur 24 Stk. ab Lager Wels verfügbar, Zustellung ebenfalls Dienstag KW 51; die restlichen 24 Stk. folgen in KW 53.
Pos. 3  Alufelge 7x17 ET45 5x114,3 - lt. neuer Preisliste ab 1.12. € 99,50/Stk., Lieferung KW 53.

DOT der Reifen: 3026 (Produktionswoche 30/2026).

Mit freundlichen Grüßen
Stefan Huber
Alpen Reifen Handels GmbH | Salzburger Straße 118 | 4600 Wels
"""
eml = reply(po, "Stefan Huber", mime.date_hdr(2026, 11, 12, 8, 40), body, lang="de", charset="iso-8859-15",
            boundary_seed="y033", ua="Microsoft Outlook 16.0")
case("033-tyres-kw53-and-tuesday-kw51", "confirmation", "de-AT",
     "'Dienstag KW 51' names a day (Tue 15 Dec = requested), 2026 has an ISO week 53 whose Friday is 2027-01-01; DOT 3026 is a production week.",
     [po], eml, [(po, {1: A, 2: C(s=[(24, "2026-12-15"), (24, "2027-01-01")]), 3: C(p="99.50", d="2027-01-01")})])

# ------------------------------------------------------------------ 034
sup = S("KEYLAB", "Keystone Lab Supply Co.", "orders@keystonelab.example", "en-US", "Brenda")
po = PO("CP26001620", sup, [
    L(1, "KLS-GB-1000", "Griffin beaker 1000 ml, borosilicate, case of 6", 20, "CS", "54.00", "2026-11-20"),
    L(2, "KLS-EF-250", "Erlenmeyer flask 250 ml, narrow neck, case of 12", 15, "CS", "48.50", "2026-11-20"),
    L(3, "KLS-GC-100", "Graduated cylinder 100 ml class A, each", 40, "EA", "12.75", "2026-11-20"),
], org="celvion", buyer="Lukas Meier", currency="USD", issued="2026-11-10")
wd(D(2026, 11, 12), "Thu"); wd(D(2026, 11, 17), "Tue")
body = """Hi Lukas,

Beakers and flasks are in stock and will ship next Tuesday via UPS Ground. The class A cylinders are backordered; we expect to ship those two weeks from today. Pricing per your PO.

Thank you for your business!

Brenda Kowalski
Customer Care | Keystone Lab Supply Co.
Harrisburg, PA
"""
eml = reply(po, "Brenda Kowalski", mime.date_hdr(2026, 11, 12, 14, 10, "-0500"), body, client="gmail",
            subject="Re: Purchase order CP26001620 - please confirm", boundary_seed="y034")
case("034-labware-relative-ship-dates", "confirmation", "en-US",
     "Only relative ship dates: 'next Tuesday' and 'two weeks from today' measured from the Date header (Thu 12 Nov -> 17 Nov and 26 Nov).",
     [po], eml, [(po, {1: C(d="2026-11-17"), 2: C(d="2026-11-17"), 3: C(d="2026-11-26")})])

# ------------------------------------------------------------------ 035
sup = S("FCE", "Forniture Casearie Emiliane S.r.l.", "ordini@fce-caseari.example", "it-IT", "Dott. Ferrari")
po = PO("PO-26-01228", sup, [
    L(1, "CAG-LIQ-15000", "Liquid rennet 1:15000, canister 20 l", 12, "CAN", "96.00", "2026-12-03"),
    L(2, "FOR-PP-1KG", "Cheese mould PP 1 kg, perforated", 500, "EA", "3.20", "2026-12-03"),
    L(3, "TELA-50x50", "Cheese cloth 50x50 cm, cotton", 1000, "EA", "0.55", "2026-12-03"),
], org="kessler", buyer="Jana Brandt", issued="2026-11-11")
body = """Buongiorno Sig.ra Brandt,

in riferimento al Vs. ordine PO-26-01228 Vi confermiamo tutte le posizioni alle condizioni indicate (prezzi, quantità).
La merce sarà spedita il 30/11 tramite corriere espresso refrigerato, con consegna prevista presso il Vs. stabilimento il 03/12.

Caglio 1:15000: lotto 2611-07, scadenza 09/2027.

Cordiali saluti
Luca Ferrari
Forniture Casearie Emiliane S.r.l. - Reggio Emilia
"""
eml = reply(po, "Luca Ferrari", mime.date_hdr(2026, 11, 13, 9, 12), body, lang="it", boundary_seed="y035", html_only=True,
            ua="Microsoft Outlook 16.0")
case("035-rennet-ship-date-vs-delivery", "confirmation", "it-IT",
     "HTML-only Outlook mail; ship date 30/11 and delivery 03/12 both given; delivery wins and equals the request, so all accepted; rennet strength 1:15000 and lot/expiry are traps.",
     [po], eml, [(po, {1: A, 2: A, 3: A})])

# ------------------------------------------------------------------ 036
sup = S("TOWA", "Towa Denshi Co., Ltd.", "eigyo@towa-denshi.example", "ja-JP", "Mr Sato")
po = PO("VS-PO-18880", sup, [
    L(1, "TW-CR2032-TAB", "Coin cell CR2032 with solder tabs", 2000, "EA", "0.58", "2026-12-11"),
    L(2, "TW-EEE-470UF", "Alu electrolytic cap 470uF 25V 8x11.5", 5000, "EA", "0.045", "2026-12-11"),
    L(3, "TW-RLY-12V-5A", "Signal relay 12 V DC 5 A SPDT", 1000, "EA", "0.92", "2026-12-11"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-09")
body = """Voltaris Systems
Kevin Osei 様

いつもお世話になっております。東和電子の佐藤です。

ご注文 VS-PO-18880 につきまして、下記の通りご回答申し上げます。

1. CR2032 タブ付き　2,000個　単価 USD 0.58　納期 2026年12月11日
2. 電解コンデンサ 470uF 25V 8x11.5　5,000個　単価 USD 0.045　納期 2026年12月11日
3. リレー 12V 5A：誠に申し訳ございませんが、本製品はメーカー生産終了（EOL）となっており、ご提供できません。代替品をご検討の際はご相談ください。

何卒よろしくお願い申し上げます。

佐藤 健一
株式会社東和電子 営業部
"""
eml = reply(po, "佐藤 健一", mime.date_hdr(2026, 11, 11, 10, 30, "+0900"), body, lang="ja", charset="shift_jis",
            cte="base64", html_cte="base64", boundary_seed="y036", ua="Microsoft Outlook 16.0",
            subject="RE: Purchase order VS-PO-18880 - please confirm")
case("036-electronics-japanese-eol", "confirmation", "ja-JP",
     "Shift_JIS/base64 Japanese with full-width spacing; two lines as ordered with 2026年12月11日, the relay is EOL (rejected); '8x11.5' and '12V 5A' are specs.",
     [po], eml, [(po, {1: A, 2: A, 3: R})])

# ------------------------------------------------------------------ 037
sup = S("TPC", "Taiwan Precision Connector Co., Ltd.", "sales@tpc-conn.example", "zh-TW", "Joanne")
po = PO("VS-PO-18885", sup, [
    L(1, "TPC-FFC-0.5-30P", "FFC connector 0.5 mm pitch 30P, reel 3000", 2000, "EA", "0.1450", "2026-12-18"),
    L(2, "TPC-WTB-2.0-4P", "Wire-to-board 2.0 mm 4P header", 6000, "EA", "0.0380", "2026-12-18"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-10")
body = """Kevin 您好:

感謝貴司訂單 VS-PO-18885，確認如下：

1. FFC 0.5mm 30P：最小訂購量(MOQ)為一盤 3,000 pcs，故數量調整為 3,000 pcs，單價 USD 0.145 不變，交期 12/18。
2. WTB 2.0mm 4P：6,000 pcs，單價 USD 0.041，交期 12/18。

以上，謝謝！

陳怡君 Joanne Chen
業務部 台灣精密連接器股份有限公司
"""
eml = reply(po, "Joanne Chen", mime.date_hdr(2026, 11, 12, 17, 5, "+0800"), body, client="gmail", charset="big5",
            cte="base64", html_cte="base64", subject="Re: Purchase order VS-PO-18885 - please confirm",
            boundary_seed="y037", attribution="Kevin Osei <kevin.osei@voltaris.example> 於 2026年11月10日 週二 下午4:14 寫道：")
case("037-connectors-moq-reel-big5", "confirmation", "zh-TW",
     "Big5 Traditional Chinese; MOQ of one 3,000 reel raises quantity 2,000 -> 3,000 at unchanged price, 12/18 without year, second line repriced.",
     [po], eml, [(po, {1: C(q=3000), 2: C(p="0.041")})])

# ------------------------------------------------------------------ 038
sup = S("TNCF", "Tay Nguyen Coffee Co., Ltd.", "export@taynguyencoffee.example", "vi-VN", "Huong")
po = PO("GA-26-7752", sup, [
    L(1, "RB-G2-SCR16", "Robusta Vietnam grade 2, screen 16, bags 60 kg", 640, "BAG", "265.00", "2027-01-29"),
], org="greenacre", buyer="Sanne de Wit", currency="USD", issued="2026-11-10")
body = """Kính gửi chị Sanne,

Chúng tôi xác nhận đơn hàng GA-26-7752 như sau:
- Robusta loại 2, sàng 16: 640 bao x 60 kg (38,4 tấn), chia 2 container 20':
  + Container 1: 320 bao, ETA Rotterdam 15/01/2027
  + Container 2: 320 bao, ETA Rotterdam 29/01/2027
- Giá: 4.450 USD/tấn, tương đương 267,00 USD/bao.

Niên vụ 2026/27. Chứng thư kiểm định chất lượng và C/O sẽ gửi kèm bộ chứng từ.

Trân trọng,
Nguyễn Thị Hương
Phòng Xuất khẩu - Tay Nguyen Coffee Co., Ltd. (Buôn Ma Thuột)
"""
eml = reply(po, "Nguyễn Thị Hương", mime.date_hdr(2026, 11, 13, 15, 0, "+0700"), body, client="gmail",
            subject="Re: Purchase order GA-26-7752 - please confirm", boundary_seed="y038",
            attribution="Vào Th 3, 10 thg 11, 2026 vào lúc 15:14 Sanne de Wit <sanne.de.wit@greenacre.example> đã viết:")
assert round(4450 * 0.06, 2) == 267.00
case("038-robusta-per-tonne-two-containers", "confirmation", "vi-VN",
     "Vietnamese; price per tonne (4.450 USD/t = 267,00 per 60 kg bag), two container ETAs; 38,4 tấn, screen 16 and crop 2026/27 are traps.",
     [po], eml, [(po, {1: C(p="267.00", s=[(320, "2027-01-15"), (320, "2027-01-29")])})])

# ------------------------------------------------------------------ 039
sup = S("SIAMT", "Siam Tyre Co., Ltd.", "sales@siamtyre.example", "th-TH", "Khun Somchai")
po = PO("HL/26/0441", sup, [
    L(1, "ST-LT-2157015C", "Light truck tyre 215/70 R15C 109/107R", 100, "EA", "54.00", "2026-12-18"),
    L(2, "ST-TUBE-1000-20", "Inner tube 10.00-20", 40, "EA", "11.20", "2026-12-18"),
], org="harbour", buyer="Rachel Doyle", currency="USD", issued="2026-11-10")
body = """เรียน คุณ Rachel

ขอบคุณสำหรับใบสั่งซื้อเลขที่ HL/26/0441 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

1. ยาง 215/70 R15C 109/107R จำนวน 100 เส้น ราคา 54.00 USD/เส้น ส่งถึงคลังสินค้าของท่านวันที่ 18 ธ.ค. 2569
2. ยางใน 10.00-20 จำนวน 40 เส้น ราคาปรับเป็น 11.80 USD/เส้น ส่งพร้อมกัน

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขายต่างประเทศ บริษัท สยามยางรถยนต์ จำกัด
"""
eml = reply(po, "Somchai Jaidee", mime.date_hdr(2026, 11, 12, 13, 45, "+0700"), body, client="gmail",
            charset="tis-620", cte="base64", html_cte="base64",
            subject="Re: Purchase order HL/26/0441 - please confirm", boundary_seed="y039")
case("039-tyres-thai-buddhist-year", "confirmation", "th-TH",
     "TIS-620 Thai; delivery '18 ธ.ค. 2569' is Buddhist Era (= 2026-12-18), tube size 10.00-20 looks like a date or price, second line repriced.",
     [po], eml, [(po, {1: A, 2: C(p="11.80")})])

# ------------------------------------------------------------------ 040
sup = S("SINAR", "Sinar Glove Industries Sdn Bhd", "sales@sinarglove.example", "ms-MY", "Puan Nurul")
po = PO("PO-26-01233", sup, [
    L(1, "NIT-BL-M", "Nitrile glove blue, food-safe, size M, box of 100", 400, "BOX", "3.10", "2027-01-08"),
    L(2, "NIT-BL-L", "Nitrile glove blue, food-safe, size L, box of 100", 400, "BOX", "3.10", "2027-01-08"),
    L(3, "NIT-BL-XL", "Nitrile glove blue, food-safe, size XL, box of 100", 150, "BOX", "3.10", "2027-01-08"),
], org="kessler", buyer="Tobias Reim", issued="2026-11-10")
body = """Salam sejahtera Encik Tobias,

Terima kasih atas pesanan PO-26-01233. Kami mengesahkan seperti berikut:

- Saiz M dan L: 400 kotak setiap satu (40 karton x 10 kotak), harga EUR 32.00 sekarton, penghantaran pada 8 Januari 2027.
- Saiz XL: 150 kotak (15 karton), harga EUR 32.00 sekarton, penghantaran pada 8 Januari 2027.

Harga baharu berkuat kuasa mulai 1 Disember 2026 disebabkan kenaikan harga lateks nitril.

Sekian, terima kasih.

Yang benar,
Nurul Aina binti Hassan
Eksekutif Jualan, Sinar Glove Industries Sdn Bhd (Klang, Selangor)
"""
eml = reply(po, "Nurul Aina Hassan", mime.date_hdr(2026, 11, 11, 16, 20, "+0800"), body, client="gmail",
            subject="Re: Purchase order PO-26-01233 - please confirm", boundary_seed="y040")
case("040-gloves-price-per-carton-of-10", "confirmation", "ms-MY",
     "Malay; price given per carton of 10 boxes (EUR 32.00 -> 3.20 per box vs 3.10), M and L confirmed together in one sentence.",
     [po], eml, [(po, {1: C(p="3.20"), 2: C(p="3.20"), 3: C(p="3.20")})])
