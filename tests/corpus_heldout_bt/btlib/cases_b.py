"""Cases 019-036: European confirmations with attachments, multi-PO mails, conversions."""
import datetime as dt

from .common import (case, sup, PO, acc, chg, REJ, UNC, conf, all_acc, expect, reply, oq, gq,
                     req_text, req_subject, req_dt, rfcdate)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("iphone-one-liner", "confirmation/en-GB",
      "A bare 'Confirmed as ordered' from an iPhone with the whole request quoted below; every value comes from the PO.")
def c_oneliner():
    s = sup("ORCSEAL", "Orcadian Marine Seals Ltd", "orders@orcadian-seals.example", "en-GB")
    po = PO("4500031650", s, "GBP", "2026-11-16", [
        ("TTS-LIP-850", "Lip seal 850x900x25 mm, HNBR, tidal turbine main shaft", 4, "EA", "1240.00", "2027-01-15"),
        ("TTS-ORG-12", "O-ring kit 12 sizes, FKM 90 Shore", 6, "SET", "186.00", "2027-01-15"),
        ("TTS-GRS-5", "Seawater-resistant grease, 5 kg tin", 10, "EA", "74.50", "2027-01-15")])
    body = "Confirmed as ordered, thanks Dana.\n\nCallum\n\nSent from my iPhone\n\n" + \
        gq(po, "> On 16 Nov 2026, at 09:14, Dana Ruiz <dana.ruiz@buyer.example> wrote:\n>", prefix="> ")
    eml = reply(po=po, frm=("Callum Rendall", "callum@orcadian-seals.example"), seed="bt019",
                date=rfcdate(2026, 11, 20, 7, 48, 1, "+0000"), body=body, client="iphone", lang="en-GB",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "One-line acceptance; quantities, prices and dates appear only in our quoted request but 'confirmed as ordered' adopts them.",
                             all_acc(po))


@case("erp-pdf-kw50", "confirmation/de-DE",
      "Automatic ERP mail with a Flate-compressed PDF acknowledgment only; positions 10/20/30, 'KW 50/2026' and a price change.")
def c_erp_pdf():
    s = sup("RFTFT", "Rheinland Fahrtreppentechnik GmbH", "auftrag@rft-fahrtreppen.example", "de-DE")
    po = PO("4500031672", s, "EUR", "2026-11-16", [
        ("KP-STEP-1000", "Kammplatte Stufenbreite 1000 mm, Alu, 22 Zähne", 16, "EA", "142.00", "2026-12-09"),
        ("KZ-SEG-22", "Kammzahnsegment 22 Zähne, PA gelb, Norm 2027", 120, "EA", "9.80", "2026-12-09"),
        ("SCR-M6x20", "Senkschraube M6x20 A2 zur Kammbefestigung", 500, "PCS", "0.18", "2026-12-09")],
        buyer="martin")
    pdf = make_pdf([
        "**Rheinland Fahrtreppentechnik GmbH",
        "Industriestraße 44 - 47829 Krefeld - Tel. +49 2151 93 47-0",
        "",
        "Kestrel Procurement B.V.",
        "Waalhaven Z.z. 41",
        "3089 JH Rotterdam",
        "",
        "**AUFTRAGSBESTÄTIGUNG  AB-2026-18841",
        "Datum: 17.11.2026          Kunden-Nr.: 204417",
        "Ihre Bestellung: 4500031672 vom 16.11.2026",
        "Ansprechpartner: Herr Martin Keller",
        "",
        "Pos.  Artikel        Bezeichnung                          Menge  ME   Preis/ME     Liefertermin",
        "10    KP-STEP-1000   Kammplatte 1000 mm, Alu, 22 Zähne       16  ST   142,00 EUR   KW 50/2026",
        "20    KZ-SEG-22      Kammzahnsegment 22 Z., PA gelb         120  ST     9,95 EUR   KW 50/2026",
        "30    SCR-M6x20      Senkschraube M6x20 A2                  500  ST     0,18 EUR   09.12.2026",
        "",
        "Nettowert: 3.556,00 EUR   zzgl. 19 % USt.",
        "Lieferbedingung: DAP Rotterdam (Incoterms 2020)",
        "Zahlungsbedingung: 30 Tage netto",
        "",
        "Preisänderung Pos. 20 aufgrund gestiegener Polyamidpreise.",
        "Es gelten unsere Allgemeinen Verkaufsbedingungen.",
        "",
        "Amtsgericht Krefeld HRB 11873 - USt-IdNr. DE812345679",
    ], title="Auftragsbestaetigung AB-2026-18841", author="SAP ERP", compress=True,
        date="D:20261117061200+01'00'")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung AB-2026-18841 zu Ihrer
Bestellung 4500031672.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf
diese Nachricht. Bei Rückfragen wenden Sie sich bitte an
auftrag@rft-fahrtreppen.example.

Rheinland Fahrtreppentechnik GmbH
Geschäftsführer: Dr. Hans-Peter Voss | Amtsgericht Krefeld HRB 11873
"""
    eml = reply(po=po, frm=("RFT Auftragsabwicklung", "noreply@rft-fahrtreppen.example"), seed="bt020",
                date=rfcdate(2026, 11, 17, 6, 12, 30, "+0100"), body=body, client="erp", lang="de-DE",
                subject="Auftragsbestätigung AB-2026-18841 zu Ihrer Bestellung 4500031672",
                charset="iso-8859-1", henc="Q", text_only=True, threaded=False,
                mailer="SAP NetWeaver 7.50", attachments=[("AB-2026-18841.pdf", "application/pdf", pdf)])
    # check of the PDF net value
    assert 16 * 142 + 120 * 9.95 + 500 * 0.18 == 3556.0
    return [po], eml, expect("confirmation",
                             "All data is in a compressed PDF: SAP positions 10/20/30 map to lines 1-3; KW 50 = Fri 2026-12-11; pos. 20 price 9,95; pos. 30 on the requested date.",
                             conf(po, {1: chg(po, 1, d="2026-12-11"), 2: chg(po, 2, p="9.95", d="2026-12-11"),
                                       3: acc(po, 3)}))


@case("inline-answers-cad", "confirmation/fr-CA",
      "Answers are typed inline under each quoted PO line; Canadian '1 234,56 $' price and a January date for one line.")
def c_frca():
    s = sup("CASBOR", "Casiers Boréal Inc.", "ventes@casiersboreal.example", "fr-CA")
    po = PO("4500031695", s, "CAD", "2026-11-17", [
        ("LKR-1D-12", "Casier 1 porte 12x15x72 po, gris", 60, "EA", "214.00", "2026-12-18"),
        ("LKR-2D-12", "Casier 2 portes 12x15x36 po, gris", 40, "EA", "236.00", "2026-12-18"),
        ("LKR-BNC-48", "Banc de vestiaire 48 po, érable", 10, "EA", "1189.00", "2026-12-18")], buyer="priya")
    answers = {
        "1": "OK - 60 casiers à 214,00 $, livraison le 18 décembre.",
        "2": "OK pour 40 casiers à 236,00 $, mais livraison le 8 janvier 2027 (cabine de peinture en entretien).",
        "3": "Prix révisé : 1 234,56 $ l'unité (hausse du prix de l'érable). Livraison le 18 décembre.",
    }
    out = []
    for ln in req_text(po).split("\n"):
        out.append(("> " + ln).rstrip())
        key = ln.split(" ", 1)[0]
        if key in answers and "LKR" in ln:
            out.append("")
            out.append(answers[key])
            out.append("")
    body = """Bonjour Priya,

Voir nos réponses ci-dessous, directement sous chaque ligne.

Le mar. 17 nov. 2026, à 04 h 14, Priya Nair <priya.nair@buyer.example> a écrit :
""" + "\n".join(out) + """

--
Geneviève Tremblay
Service à la clientèle | Casiers Boréal Inc.
2250, boul. Industriel, Laval (Québec) H7S 1P5
Tél. : 450 555-0136
"""
    eml = reply(po=po, frm=("Geneviève Tremblay", "g.tremblay@casiersboreal.example"), seed="bt021",
                date=rfcdate(2026, 11, 19, 13, 22, 15, "-0500"), body=body, client="gmail", lang="fr-CA",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Inline answers between quoted lines; '1 234,56 $' uses a space thousands separator and decimal comma; line 2 moves to 2027-01-08.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08"), 3: chg(po, 3, p="1234.56")}))


@case("posiciones-entrega-parcial", "confirmation/es-MX",
      "Per-position list where position 2 is delivered in two parts (160 now, 100 in January).")
def c_esmx():
    s = sup("BUTBAJ", "Butacas del Bajío S.A. de C.V.", "ventas@butacasbajio.example", "es-MX")
    po = PO("4500031720", s, "USD", "2026-11-17", [
        ("BT-VIP-RCL", "Butaca VIP reclinable eléctrica 24V, piel sintética", 40, "EA", "685.00", "2026-12-18"),
        ("BT-STD-2027", "Butaca estándar modelo 2027, respaldo 105 cm", 260, "EA", "142.00", "2026-12-18"),
        ("PORTAV-60", "Portavasos abatible 60 mm", 300, "EA", "3.20", "2026-12-18")], buyer="elena")
    body = """Estimada Elena:

Gracias por su orden de compra 4500031720. Le confirmamos lo siguiente:

Posición 1: 40 pzas a USD 685.00, entrega 18/12/2026.
Posición 2: 260 pzas a USD 142.00; entregamos 160 pzas el 18/12/2026 y las
            100 restantes el 15/01/2027.
Posición 3: 300 pzas a USD 3.20, entrega 18/12/2026.

Quedo a sus órdenes.

Saludos cordiales,
Lic. Fernando Ruiz Aguilar
Ejecutivo de Ventas
Butacas del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2450, León, Gto., C.P. 37270
Tel. +52 477 555 0192

""" + oq(po, "es")
    eml = reply(po=po, frm=("Fernando Ruiz Aguilar", "fernando.ruiz@butacasbajio.example"), seed="bt022",
                date=rfcdate(2026, 11, 20, 10, 17, 42, "-0600"), body=body, client="o365", lang="es-MX",
                prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Position 2 split 160 on 2026-12-18 + 100 on 2027-01-15 (day-first dates); the sender's surname Ruiz equals the buyer's by chance.",
                             conf(po, {1: acc(po, 1),
                                       2: chg(po, 2, d="2027-01-15", sched=[(160, "2026-12-18"), (100, "2027-01-15")]),
                                       3: acc(po, 3)}))


@case("item-nao-fabricamos", "confirmation/pt-BR",
      "Brazilian reply confirming items 1 and 3 and declining item 2 (size no longer made).")
def c_ptbr():
    s = sup("HIDROPAUL", "Hidroponia Paulista Ltda.", "vendas@hidroponiapaulista.example", "pt-BR")
    po = PO("4500031744", s, "USD", "2026-11-18", [
        ("HP-PERF-100", "Perfil hidropônico 100 mm, 6 m, furos 50 mm a cada 25 cm", 200, "EA", "18.90", "2027-01-08"),
        ("HP-BAND-6040", "Bandeja de germinação 60x40 cm, dreno 1/2 pol.", 500, "EA", "2.75", "2027-01-08"),
        ("HP-TAMPA-100", "Tampa final para perfil 100 mm", 400, "EA", "0.62", "2027-01-08")], buyer="elena")
    body = """Olá Elena, bom dia!

Confirmamos os itens 1 e 3 do pedido 4500031744 conforme solicitado
(quantidades, preços em USD e entrega em 08/01/2027).

O item 2 (bandeja 60x40) infelizmente não fabricamos mais nesta medida,
favor desconsiderar este item.

Atenciosamente,

Mariana Souza
Comercial - Exportação
Hidroponia Paulista Ltda.
Rod. Dom Pedro I, km 84 - Atibaia/SP - CEP 12952-821
+55 11 4411-2870

""" + oq(po, "pt")
    eml = reply(po=po, frm=("Mariana Souza", "mariana@hidroponiapaulista.example"), seed="bt023",
                date=rfcdate(2026, 11, 23, 9, 41, 27, "-0300"), body=body, client="o365", lang="pt-BR",
                prefix="RES:")
    return [po], eml, expect("confirmation",
                             "Items 1 and 3 accepted by reference ('conforme solicitado', date repeated); item 2 declined.",
                             conf(po, {1: acc(po, 1), 2: REJ, 3: acc(po, 3)}))


@case("quantidade-parcial", "confirmation/pt-PT",
      "European Portuguese reply confirming only 3.500 of 5.000 tins (dot thousands separator) on one line.")
def c_ptpt():
    s = sup("LATRIB", "Latoaria Ribatejo, Lda.", "encomendas@latoaria-ribatejo.example", "pt-PT")
    po = PO("4500031766", s, "EUR", "2026-11-18", [
        ("LAT-3L-RT", "Lata azeite 3 L retangular, verniz interior alimentar", 5000, "PCS", "0.98", "2026-12-16"),
        ("LAT-750-CIL", "Lata 750 ml cilíndrica, tampa 28/32", 8000, "PCS", "0.47", "2026-12-16")], buyer="elena")
    body = """Cara Elena,

Relativamente à vossa encomenda 4500031766:

Item 1 - confirmamos apenas 3.500 latas (limite de capacidade da linha de
verniz), ao preço de 0,98 EUR/un., entrega a 16/12/2026. As restantes
1.500 não podemos fornecer.
Item 2 - 8.000 latas a 0,47 EUR/un., entrega a 16/12/2026.

Com os melhores cumprimentos,
Rui Carvalho
Departamento Comercial
Latoaria Ribatejo, Lda. - Zona Industrial de Alverca, 2615-187 Alverca do Ribatejo
Tel. +351 219 570 334

""" + oq(po, "pt", style="old")
    eml = reply(po=po, frm=("Rui Carvalho", "rui.carvalho@latoaria-ribatejo.example"), seed="bt024",
                date=rfcdate(2026, 11, 24, 15, 5, 0, "+0000"), body=body, client="outlook", lang="pt-PT",
                charset="windows-1252", cte="quoted-printable", henc="Q", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "3.500 with dot thousands separator: partial quantity 3500 on line 1, the other 1.500 declined; line 2 as ordered.",
                             conf(po, {1: chg(po, 1, q=3500), 2: acc(po, 2)}))


@case("xlsx-vahvistus", "confirmation/fi-FI",
      "Finnish body summary plus an XLSX confirmation; one row delivered in 'vk 2/2027' (= Fri 2027-01-15).")
def c_fi():
    s = sup("LAPVAL", "Lapin Valjaat Oy", "tilaukset@lapinvaljaat.example", "fi-FI")
    po = PO("4500031788", s, "EUR", "2026-11-19", [
        ("VLJ-H-S", "Valjaat H-back, koko S, heijastin 20 mm", 25, "EA", "31.00", "2026-12-18"),
        ("VLJ-H-M", "Valjaat H-back, koko M, heijastin 20 mm", 40, "EA", "31.00", "2026-12-18"),
        ("KAU-NECK-30", "Kaulaliina 30 cm, 6 mm köysi", 60, "EA", "4.40", "2026-12-18"),
        ("TOS-BUNGEE", "Joustoliina 2,5 m, bungee", 20, "EA", "17.60", "2026-12-18")], buyer="sofie")
    xlsx = make_xlsx([
        ["Tilausvahvistus / Order confirmation", None, None, None, None, None],
        ["Asiakkaan tilaus", "4500031788", None, None, None, None],
        [],
        ["Rivi", "Tuote", "Määrä", "Yksikkö", "Hinta EUR", "Toimituspäivä"],
        [1, "VLJ-H-S", 25, "kpl", 31.0, "18.12.2026"],
        [2, "VLJ-H-M", 40, "kpl", 31.0, "18.12.2026"],
        [3, "KAU-NECK-30", 60, "kpl", 4.4, "18.12.2026"],
        [4, "TOS-BUNGEE", 20, "kpl", 17.6, "vk 2/2027"],
    ], sheet="Vahvistus", creator="Lapin Valjaat Oy")
    body = """Hei Sofie,

kiitos tilauksesta 4500031788. Tilausvahvistus on liitteenä (Excel).

Lyhyesti: rivit 1-3 toimitetaan 18.12.2026 tilauksen mukaisesti, rivi 4
(joustoliinat) vasta viikolla 2/2027, koska kuminauhaa ei saada ennen joulua.
Hinnat ennallaan.

Ystävällisin terveisin
Aino Heikkinen
Lapin Valjaat Oy
Teollisuustie 11, 96320 Rovaniemi
puh. 040 718 2245

""" + oq(po, "en")
    eml = reply(po=po, frm=("Aino Heikkinen", "aino.heikkinen@lapinvaljaat.example"), seed="bt025",
                date=rfcdate(2026, 11, 24, 11, 34, 8, "+0200"), body=body, client="o365", lang="fi-FI",
                prefix="VS:", attachments=[("Tilausvahvistus_4500031788.xlsx",
                                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])
    return [po], eml, expect("confirmation",
                             "Body and XLSX agree; week 2/2027 without a day = Friday 2027-01-15 for row 4; rows 1-3 as ordered.",
                             conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3), 4: chg(po, 4, d="2027-01-15")}))


@case("csv-bekraeftelse", "confirmation/da-DK",
      "Confirmation only in a semicolon CSV with Danish number format '1.450,00' and dates '11-12-2026'; one price changed.")
def c_dk():
    s = sup("NORDLYS", "Nordlys Lysestager ApS", "ordre@nordlys-lysestager.example", "da-DK")
    po = PO("4500031810", s, "DKK", "2026-11-19", [
        ("LS-MES-7", "Syvarmet lysestage, messing, 45 cm", 10, "EA", "1450.00", "2026-12-11"),
        ("LS-ALT-30", "Alterlysestage 30 cm, dorn 8 mm", 24, "EA", "385.00", "2026-12-11"),
        ("LS-MAN-12", "Lysmanchet glas, æske à 12 stk.", 15, "BOX", "96.00", "2026-12-11")])
    csv = ("Linje;Varenr;Antal;Enhed;Pris DKK;Leveringsdato\r\n"
           "1;LS-MES-7;10;stk;1.450,00;11-12-2026\r\n"
           "2;LS-ALT-30;24;stk;385,00;11-12-2026\r\n"
           "3;LS-MAN-12;15;æske;104,00;11-12-2026\r\n").encode("cp1252")
    body = """Hej Dana

Tak for ordren 4500031810. Vi bekræfter som vist i vedhæftede fil.

Venlig hilsen

Mette Kjær
Nordlys Lysestager ApS
Håndværkervej 5, 7100 Vejle
Tlf. 75 82 14 60

""" + gq(po, "> Den 19. nov. 2026 kl. 10.14 skrev Dana Ruiz <dana.ruiz@buyer.example>:\n>")
    eml = reply(po=po, frm=("Mette Kjær", "mette@nordlys-lysestager.example"), seed="bt026",
                date=rfcdate(2026, 11, 25, 9, 12, 55, "+0100"), body=body, client="apple", lang="da-DK",
                prefix="Sv:", attachments=[("ordrebekraeftelse_4500031810.csv", "text/csv; charset=windows-1252", csv)])
    return [po], eml, expect("confirmation",
                             "Values only in a windows-1252 CSV attachment; '1.450,00' is 1450.00; line 3 box price 104,00 instead of 96.00 (PO unit is BOX).",
                             conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="104.00")}))


@case("three-pos-one-answered", "confirmation/nb-NO",
      "Three open POs from the supplier; the reply answers only 4500031851 and merely mentions the other two.")
def c_no():
    s = sup("FJORDKITE", "Fjordkite AS", "ordre@fjordkite.example", "nb-NO")
    pa = PO("4500031830", s, "NOK", "2026-11-12", [
        ("FK-LINE-24", "Kitelinesett 4x24 m, 250 kg", 15, "SET", "890.00", "2026-12-14"),
        ("FK-BAR-52", "Kontrollbar 52 cm, 2027-modell", 6, "EA", "3290.00", "2026-12-14")], buyer="sofie")
    pb = PO("4500031851", s, "NOK", "2026-11-19", [
        ("FK-LEAD-2", "Forlinesett 2 m, 4 stk.", 20, "SET", "245.00", "2026-12-18"),
        ("FK-PUMP-XL", "Kitepumpe XL med manometer", 10, "EA", "520.00", "2026-12-18")], buyer="sofie")
    pc = PO("4500031870", s, "NOK", "2026-11-20", [
        ("FK-TAPE-5", "Reparasjonstape 5 cm x 3 m", 50, "ROL", "89.00", "2027-01-08")], buyer="sofie")
    body = """Hei Sofie!

Bekrefter ordre 4500031851: 20 sett forliner à kr 245,00 og 10 pumper à
kr 520,00, levering 18.12.

De to andre bestillingene (4500031830 og 4500031870) kommer jeg tilbake
til så snart jeg har snakket med lageret.

Mvh
Eirik Haugland
Fjordkite AS | Strandgata 18, 5013 Bergen | +47 55 30 21 88

""" + oq(pb, "en", when=dt.datetime(2026, 11, 19, 10, 14))
    eml = reply(po=pb, frm=("Eirik Haugland", "eirik@fjordkite.example"), seed="bt027",
                date=rfcdate(2026, 11, 25, 13, 50, 9, "+0100"), body=body, client="o365", lang="nb-NO",
                prefix="SV:")
    return [pa, pb, pc], eml, expect("confirmation",
                                     "Only PO 4500031851 is answered ('18.12.' without year = 2026-12-18, as requested); 4500031830 and 4500031870 are only mentioned and left out.",
                                     all_acc(pb))


@case("two-of-three-pos", "confirmation/et-EE",
      "Estonian reply answering two of three POs (one line of the second declined); the third PO is deferred and left out.")
def c_et():
    s = sup("TOPIS", "Topis Vormid OÜ", "tellimus@topis-vormid.example", "et-EE")
    pa = PO("4500031885", s, "EUR", "2026-11-16", [
        ("TF-DEER-L", "PU deer form, shoulder mount, left turn, 19x20 in", 10, "EA", "46.00", "2026-12-17"),
        ("TF-EYE-26", "Glass eyes 26 mm, deer, pair", 10, "PAIR", "7.20", "2026-12-17")])
    pb = PO("4500031902", s, "EUR", "2026-11-18", [
        ("TF-BOAR-ST", "Wild boar form, straight head, neck 22 in", 6, "EA", "58.00", "2026-12-17"),
        ("TF-FOX-CRL", "Fox form, curled, 2027 pose", 8, "EA", "34.50", "2026-12-17"),
        ("TF-CLAY-1", "Sculpting epoxy clay", 12, "KG", "15.80", "2026-12-17")])
    pc = PO("4500031920", s, "EUR", "2026-11-20", [
        ("TF-DUCK-FL", "Duck body foam, mallard, flying", 20, "EA", "9.40", "2027-01-15")])
    body = """Tere Dana!

Tellimus 4500031885: kinnitame kõik read, tarne 17.12.2026, hinnad
tellimuse järgi.

Tellimus 4500031902: read 1 ja 3 kinnitatud, tarne samuti 17.12.2026.
Rida 2 (rebase vorm) me enam ei tooda - palun see rida tühistada.

Tellimusega 4500031920 tegeleme järgmisel nädalal.

Parimate soovidega
Kristjan Tamm
Topis Vormid OÜ
Pärnu mnt 139, 11317 Tallinn
+372 655 9182

""" + oq(pa, "en")
    eml = reply(po=pa, frm=("Kristjan Tamm", "kristjan@topis-vormid.example"), seed="bt028",
                date=rfcdate(2026, 11, 26, 10, 4, 31, "+0200"), body=body, client="outlook", lang="et-EE",
                charset="windows-1257", cte="quoted-printable", henc="Q", prefix="RE:")
    return [pa, pb, pc], eml, expect("confirmation",
                                     "Two POs answered in one mail (second has line 2 declined); PO 4500031920 only deferred, so it is left out.",
                                     all_acc(pa), conf(pb, {1: acc(pb, 1), 2: REJ, 3: acc(pb, 3)}))


@case("plus-four-percent", "confirmation/lv-LV",
      "Latvian '+4%' increase on all lines must be applied to the PO unit prices (15.08, 60.58, 0.03848).")
def c_lv():
    s = sup("ZALTEK", "Zaļā Tekne SIA", "pasutijumi@zala-tekne.example", "lv-LV")
    po = PO("4500031940", s, "EUR", "2026-11-19", [
        ("HY-NFT-4M", "NFT channel 4 m, 100x50 mm, white", 120, "EA", "14.50", "2026-12-16"),
        ("HY-TRAY-1212", "Hydroponic flood tray 1200x1200 mm, 3/4 in drain", 30, "EA", "58.25", "2026-12-16"),
        ("HY-CUP-50", "Net pot 50 mm, black", 5000, "PCS", "0.037", "2026-12-16")])
    body = """Labdien, Dana!

Apstiprinām pasūtījumu 4500031940 pilnā apjomā ar piegādi 16.12.2026.

Sakarā ar plastmasas izejvielu sadārdzinājumu visām pozīcijām diemžēl
piemērojam +4% cenu pieaugumu attiecībā pret pasūtījuma cenām.

Ar cieņu,
Ilze Bērziņa
Pārdošanas nodaļa
SIA "Zaļā Tekne", Rūpniecības iela 27, Jelgava, LV-3001
Tālr. +371 630 24 118

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("Ilze Bērziņa", "ilze.berzina@zala-tekne.example"), seed="bt029",
                date=rfcdate(2026, 11, 25, 14, 18, 2, "+0200"), body=body, client="outlook", lang="lv-LV",
                charset="iso-8859-13", cte="quoted-printable", henc="Q", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "+4% on the PO price: 14.50->15.08, 58.25->60.58, 0.037->0.03848; quantities and date as ordered.",
                             conf(po, {1: chg(po, 1, p="15.08"), 2: chg(po, 2, p="60.58"), 3: chg(po, 3, p="0.03848")}))


@case("price-per-tonne", "confirmation/lt-LT",
      "Prices and quantities given per tonne for a PO in KG: 4 350 EUR/t = 4.35/kg (changed), 960 EUR/t = 0.96/kg (same).")
def c_lt():
    s = sup("KERZAL", "Keramikos Žaliavos UAB", "uzsakymai@keramikos-zaliavos.example", "lt-LT")
    po = PO("4500031960", s, "EUR", "2026-11-20", [
        ("FRT-ALK-3110", "Alkaline frit 3110, 25 kg bags", 2000, "KG", "4.20", "2027-01-08"),
        ("KAO-EPK-25", "EPK kaolin, 25 kg bags", 1500, "KG", "0.96", "2027-01-08")], buyer="elena")
    body = """Laba diena, Elena,

patvirtiname užsakymą Nr. 4500031960:

1. Frita 3110 - 2 t, kaina 4 350 EUR/t
2. Kaolinas EPK - 1,5 t, kaina 960 EUR/t

Pristatymas 2027-01-08, abi pozicijos kartu (140 maišų po 25 kg ant 4 padėklų).

Pagarbiai
Tomas Kazlauskas
UAB "Keramikos Žaliavos"
Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 215 3390

""" + gq(po, "2026-11-20, penktadienis, 11:14, Elena Costa <elena.costa@buyer.example> rašė:")
    eml = reply(po=po, frm=("Tomas Kazlauskas", "tomas@keramikos-zaliavos.example"), seed="bt030",
                date=rfcdate(2026, 11, 26, 8, 55, 14, "+0200"), body=body, client="gmail", lang="lt-LT",
                charset="windows-1257", cte="quoted-printable", henc="Q", prefix="Re:")
    assert (2000 + 1500) / 25 == 140  # 140 bags of 25 kg, as the mail says
    return [po], eml, expect("confirmation",
                             "Tonnes vs kilograms: 2 t = 2000 KG and 1,5 t = 1500 KG; 4 350 EUR/t = 4.35 per KG (changed), 960 EUR/t = 0.96 per KG (unchanged).",
                             conf(po, {1: chg(po, 1, p="4.35"), 2: acc(po, 2)}))


@case("doboz-ar-per-box", "confirmation/hu-HU",
      "Prices per box of 12 and quantities in boxes for a PO in pieces; one box price equals the PO, the other raises it.")
def c_hu():
    s = sup("MEDKAP", "MedKapocs Kft.", "rendeles@medkapocs.example", "hu-HU")
    po = PO("4500031980", s, "EUR", "2026-11-20", [
        ("SSC-60-BL", "Linear stapler reload 60 mm, blue, 3.5 mm staples", 120, "EA", "41.20", "2026-12-15"),
        ("SSC-45-GR", "Linear stapler reload 45 mm, green, 4.8 mm staples", 72, "EA", "43.80", "2026-12-15")])
    body = """Tisztelt Ruiz Asszony!

Köszönjük a 4500031980 számú megrendelését. A töltetek kizárólag 12 db-os
dobozban kerülnek forgalomba, ezért dobozban visszaigazoljuk:

1. tétel SSC-60-BL: 10 doboz (120 db), ár 494,40 EUR/doboz
2. tétel SSC-45-GR: 6 doboz (72 db), ár 540,00 EUR/doboz

Szállítási határidő: 2026. december 15.

Üdvözlettel:
Kovács Eszter
értékesítési koordinátor
MedKapocs Kft. | 1097 Budapest, Gubacsi út 6/B
Tel.: +36 1 555 0147

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("Kovács Eszter", "kovacs.eszter@medkapocs.example"), seed="bt031",
                date=rfcdate(2026, 11, 27, 10, 30, 0, "+0100"), body=body, client="outlook", lang="hu-HU",
                charset="iso-8859-2", cte="quoted-printable", henc="Q", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Per-box prices: 494,40/12 = 41.20 per EA (as ordered); 540,00/12 = 45.00 per EA (changed); Hungarian date '2026. december 15.'.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, p="45.00")}))


@case("line-not-addressed", "confirmation/ro-RO",
      "Romanian reply confirms positions 1 and 3 only; position 2 is never mentioned and stays unconfirmed.")
def c_ro():
    s = sup("IRIGO", "Irigo Sere SRL", "comenzi@irigo-sere.example", "ro-RO")
    po = PO("4500032001", s, "EUR", "2026-11-23", [
        ("DRP-ARR-4", "Arrow dripper 4-way manifold, 2 l/h, for 12x20 cm pots", 5000, "EA", "0.31", "2026-12-18"),
        ("PE-TUBE-16", "PE tube 16 mm PN4, 200 m coil", 20, "ROL", "48.00", "2026-12-18"),
        ("CONN-16-T", "T connector 16 mm", 1000, "EA", "0.12", "2026-12-18")], buyer="jonas")
    body = """Bună ziua,

Vă confirmăm comanda 4500032001 după cum urmează:

Poziția 1: 5.000 buc. la 0,31 EUR/buc., livrare 18.12.2026.
Poziția 3: 1.000 buc. la 0,12 EUR/buc., livrare 18.12.2026.

Vă mulțumim!

Cu stimă,
Andreea Popescu
Irigo Sere SRL
Str. Fabricii nr. 14, 400632 Cluj-Napoca
Tel. 0264 555 218

""" + gq(po, "În lun., 23 nov. 2026 la 11:14, Jonas Weber <jonas.weber@buyer.example> a scris:")
    eml = reply(po=po, frm=("Andreea Popescu", "andreea.popescu@irigo-sere.example"), seed="bt032",
                date=rfcdate(2026, 11, 27, 12, 44, 36, "+0200"), body=body, client="gmail", lang="ro-RO",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Position 2 (PE tube) is not addressed at all, so it is unconfirmed; positions 1 and 3 as ordered.",
                             conf(po, {1: acc(po, 1), 2: UNC, 3: acc(po, 3)}))


@case("bulgarian-date-g", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply moves delivery to '21.12.2026 г.' with the year suffix; quantities and prices unchanged.")
def c_bg():
    s = sup("SVESHT", "Sveshtnik OOD", "poruchki@sveshtnik.example", "bg-BG")
    po = PO("4500032020", s, "EUR", "2026-11-23", [
        ("KND-BR-3", "Orthodox candle stand, brass, 3 tiers, 60 candles", 4, "EA", "420.00", "2026-12-14"),
        ("KND-SAND-50", "Sand tray for candle stand 50x50 cm", 4, "EA", "95.00", "2026-12-14")])
    body = """Здравейте, г-жо Руис,

Потвърждаваме поръчка № 4500032020.
Цени и количества - без промяна (4 бр. по 420,00 EUR и 4 бр. по 95,00 EUR).
Поради голямото натоварване преди Коледа доставката ще бъде на 21.12.2026 г.

Поздрави,
Стоян Петров
Свещник ООД
гр. Трявна, ул. Ангел Кънчев 31
тел. +359 677 6 21 40

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("Стоян Петров", "s.petrov@sveshtnik.example"), seed="bt033",
                date=rfcdate(2026, 11, 30, 9, 20, 41, "+0200"), body=body, client="outlook", lang="bg-BG",
                charset="windows-1251", cte="quoted-printable", henc="B", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Date with Bulgarian 'г.' suffix, 21.12.2026 replaces 14.12; numbers in the text (4 бр., 420,00) equal the PO.",
                             conf(po, {1: chg(po, 1, d="2026-12-21"), 2: chg(po, 2, d="2026-12-21")}))


@case("full-pallets-rounding", "confirmation/hr-HR",
      "Croatian reply rounds line 1 up to full pallets (8 x 270 = 2.160 pcs); line 2 already fits 4 pallets.")
def c_hr():
    s = sup("LIMDAL", "Limarija Dalmacija d.o.o.", "narudzbe@limarija-dalmacija.example", "hr-HR")
    po = PO("4500032041", s, "EUR", "2026-11-24", [
        ("LIM-5L-KV", "Limenka za maslinovo ulje 5 L, kvadratna", 2000, "PCS", "0.89", "2026-12-17"),
        ("LIM-500-NV", "Limenka 0,5 L s navojem 18 mm", 5000, "PCS", "0.39", "2026-12-17")])
    body = """Poštovana gospođo Ruiz,

potvrđujemo narudžbu 4500032041. Limenke isporučujemo isključivo na punim
paletama:

stavka 1 - 2.160 kom (8 paleta po 270 kom), 0,89 EUR/kom
stavka 2 - 5.000 kom (4 palete po 1.250 kom), 0,39 EUR/kom

Isporuka 17.12.2026.

Lijep pozdrav,
Ivana Marić
Prodaja
Limarija Dalmacija d.o.o., Put Brodarice 8, 21000 Split
Tel. +385 21 555 617

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("Ivana Marić", "ivana.maric@limarija-dalmacija.example"), seed="bt034",
                date=rfcdate(2026, 11, 30, 11, 2, 19, "+0100"), body=body, client="outlook", lang="hr-HR",
                charset="windows-1250", cte="quoted-printable", henc="Q", prefix="RE:")
    assert 8 * 270 == 2160 and 4 * 1250 == 5000
    return [po], eml, expect("confirmation",
                             "Quantity raised to full pallets: 2.160 (dot thousands separator) instead of 2000; pallet counts 8/270 and 4/1.250 are not quantities of their own.",
                             conf(po, {1: chg(po, 1, q=2160), 2: acc(po, 2)}))


@case("dve-dobavi-prose", "confirmation/sl-SI",
      "Slovenian prose splits position 2 into 120 pcs on 18. 12. 2026 and 80 pcs on 22. 1. 2027.")
def c_sl():
    s = sup("GLAVTEH", "Glavnik Tehnika d.o.o.", "narocila@glavnik-tehnika.example", "sl-SI")
    po = PO("4500032060", s, "EUR", "2026-11-24", [
        ("ECP-800-AL", "Escalator comb plate 800 mm, aluminium, 24 teeth", 30, "EA", "118.00", "2026-12-18"),
        ("ECS-24-YL", "Comb segment 24 teeth, yellow PC, 150 mm", 200, "EA", "8.90", "2026-12-18")], buyer="martin")
    body = """Pozdravljeni,

naročilo 4500032060 potrjujemo.

Poz. 1: 30 kosov po 118,00 EUR, dobava 18. 12. 2026.
Poz. 2: cena 8,90 EUR ostane, vendar dobavimo v dveh delih - 120 kosov
18. 12. 2026, preostalih 80 kosov pa 22. 1. 2027.

Lep pozdrav,
Matej Kranjc
Glavnik Tehnika d.o.o.
Tržaška cesta 116, 1000 Ljubljana
T: +386 1 555 40 72

""" + gq(po, "V tor., 24. nov. 2026 ob 10:14 je oseba Martin Keller <martin.keller@buyer.example> napisala:")
    eml = reply(po=po, frm=("Matej Kranjc", "matej.kranjc@glavnik-tehnika.example"), seed="bt035",
                date=rfcdate(2026, 12, 1, 8, 15, 37, "+0100"), body=body, client="gmail", lang="sl-SI",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Split delivery in prose with spaced dates '18. 12. 2026' / '22. 1. 2027' -> schedule 120 + 80.",
                             conf(po, {1: acc(po, 1),
                                       2: chg(po, 2, d="2027-01-22", sched=[(120, "2026-12-18"), (80, "2027-01-22")])}))


@case("nova-cena-od", "confirmation/sr-RS",
      "Serbian (Latin) reply with a new set price valid 'od 01.12.2026' for one line; the validity date is not a delivery date.")
def c_sr():
    s = sup("KOPALAT", "Kopito Alat d.o.o.", "prodaja@kopito-alat.example", "sr-RS")
    po = PO("4500032081", s, "EUR", "2026-11-25", [
        ("HK-LOOP-S", "Loop knife, small, double-edge", 30, "EA", "12.60", "2026-12-21"),
        ("HK-SET-4", "Hoof knife set 4 pcs in canvas roll", 15, "SET", "54.00", "2026-12-21"),
        ("HK-NIP-14", "Hoof nipper 14 in, 2027 model", 10, "EA", "38.90", "2026-12-21")], buyer="jonas")
    body = """Poštovani gospodine Weber,

potvrđujemo porudžbinu 4500032081:

stavka 1 - 30 kom po 12,60 EUR
stavka 2 - 15 kompleta po 56,70 EUR (nova cena važi od 01.12.2026)
stavka 3 - 10 kom po 38,90 EUR

Isporuka za sve stavke 21.12.2026.

Srdačan pozdrav,
Nikola Jovanović
Kopito Alat d.o.o.
Bulevar oslobođenja 211, 21000 Novi Sad
Tel. +381 21 555 3302

""" + gq(po, "Dana 25.11.2026. u 10:14, Jonas Weber je napisao/la:")
    eml = reply(po=po, frm=("Nikola Jovanović", "nikola@kopito-alat.example"), seed="bt036",
                date=rfcdate(2026, 11, 30, 15, 47, 3, "+0100"), body=body, client="thunderbird", lang="sr-RS",
                cte="8bit", prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Line 2 set price 56,70 instead of 54.00; '01.12.2026' is the price validity date, delivery 21.12.2026 as ordered.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, p="56.70"), 3: acc(po, 3)}))
