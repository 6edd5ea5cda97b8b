"""Cases 041-050."""
from __future__ import annotations

from . import mime, docs
from .clients import outlook, gmail, plain_reply, apple, reply, request_mail, para_html, esc, pre_html
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI


def c041():
    sup = Sup("HOTELKONS", "Hotelski Konsumativi EOOD", "orders@hotelkons.example", "bg-BG", "Desislava Petrova")
    po = PO("HL-260833", sup, PRIYA, "EUR", When(2026, 11, 17, 11, 20, tz="+0000"), [
        ("SLP-WHT-28", "Hotel slippers, white, closed toe, 28 cm", 1000, "PAIR", "0.85", "2026-12-10"),
        ("CAP-SHW-PE", "Shower cap, PE, individually boxed", 2000, "EA", "0.06", "2026-12-10"),
        ("SHC-SPONGE", "Shoe-shine sponge, boxed", 1000, "EA", "0.19", "2026-12-10"),
    ])
    text = """Здравейте, Прия,

Благодарим за поръчката. По-голямата част от стоката можем да доставим до 10.12.2026 г., а останалото – малко по-късно, веднага щом пристигне от производителя. Цените остават както в поръчката.

Ще ви пиша допълнително за точните количества.

Поздрави,
Десислава Петрова
Хотелски консумативи ЕООД
гр. София, бул. „Ботевградско шосе“ 247
тел. +359 2 955 4120
"""
    body = outlook(text, po.orig, "bg", bnd="AS4PR10MB5790C6", charset="windows-1251", body_lang="BG")
    mail = reply("c041", po, ("Десислава Петрова", "d.petrova@hotelkons.example"), When(2026, 11, 25, 13, 20, 44, tz="+0200"),
                 body, charset="windows-1251", lang_tag="bg-BG")
    return Case(41, "amenities-most-by-10-12-rest-later", "needs_review", [po], mail,
                "Gives the requested date and says prices stay, but only for 'most of the goods', without saying which lines or quantities, and promises details later (windows-1251).",
                "Ambiguous: 'most of it by 10.12.2026, the rest a bit later', exact quantities to follow. No line can be labelled with confidence.")


def c042():
    sup = Sup("AEGEANFISH", "Aegean Fish Farms S.A.", "sales@aegeanfish.example", "el-GR", "Nikos Papadopoulos")
    po = PO("HL-260840", sup, PRIYA, "EUR", When(2026, 11, 20, 8, 50, tz="+0000"), [
        ("BRM-400600", "Sea bream, whole, fresh, 400-600 g", 300, "KG", "7.40", "2026-12-01"),
        ("BAS-600800", "Sea bass, whole, fresh, 600-800 g", 200, "KG", "7.90", "2026-12-01"),
    ])
    D("2026-11-29", "Sun")
    D("2026-12-01", "Tue")
    text = """Καλημέρα κα Nair,

Σας ευχαριστούμε για την παραγγελία HL-260840.

Τσιπούρα 400-600 g: 300 kg, τιμή 7,40 €/kg, όπως στην παραγγελία.
Λαβράκι 600-800 g: λόγω μειωμένης διαθεσιμότητας στο μέγεθος αυτό μπορούμε να στείλουμε μόνο 150 kg, στην τιμή των 8,20 €/kg.

Αλίευση Κυριακή 29/11, παράδοση στις εγκαταστάσεις σας την Τρίτη 1 Δεκεμβρίου.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Εξαγωγών
Ιχθυοκαλλιέργειες Αιγαίου Α.Ε.
Λεωφ. Ποσειδώνος 88, 16675 Γλυφάδα
Τηλ. +30 210 555 8120
"""
    body = outlook(text, po.orig, "el", bnd="VI1P190MB0712A9", charset="iso-8859-7", body_lang="EL")
    mail = reply("c042", po, ("Νίκος Παπαδόπουλος", "n.papadopoulos@aegeanfish.example"),
                 When(2026, 11, 25, 12, 15, 9, tz="+0200"), body, prefix="ΑΠ: ", charset="iso-8859-7", lang_tag="el-GR")
    return Case(42, "sea-bream-bass-short-greek", "confirmation", [po], mail,
                "Greek ISO-8859-7 reply with a harvest date (Sunday 29/11) two days before delivery, size grades 400-600 g / 600-800 g, and a short quantity with a new price.",
                "Bream as ordered (300 kg, 7,40, Tue 1 Dec). Bass: only 150 kg at 8,20 EUR/kg, same delivery. 29/11 is the harvest day.",
                [confirmation(po, {1: A, 2: C(q=150, p="8.20")})])


def c043():
    sup = Sup("DANSKMOLLE", "Dansk Mølleri A/S", "ordre@danskmolleri.example", "da-DK", "Mette Rasmussen")
    po = PO("HL-260828", sup, MEGAN, "EUR", When(2026, 11, 12, 14, 40, tz="+0000"), [
        ("FLR-REF-BB1000", "Wheat flour 'Reform', big bag 1,000 kg", 6, "BB", "520.00", "2026-12-03"),
        ("RYE-WHL-25", "Wholegrain rye flour, 25 kg sack", 40, "SACK", "17.80", "2026-12-03"),
    ])
    D("2026-12-04", "Fri")
    D("2026-12-03", "Thu")
    text = """Hej Megan

Tak for ordre HL-260828.

Big bags hvedemel Reform: vi kan levere 6 stk., men prisen er 545,00 EUR pr. big bag fra 1/12 pga. ny høstpris. Levering fredag d. 4/12.
Rugmel fuldkorn 25 kg: 40 sække til 17,80 EUR, levering torsdag d. 3/12 som ønsket.

Mvh
Mette Rasmussen
Salgssupport
Dansk Mølleri A/S
Havnevej 8, 4000 Roskilde
Tlf. +45 46 55 30 20
"""
    body = outlook(text, po.orig, "da", bnd="GVXP190MB1866D0", body_lang="DA")
    mail = reply("c043", po, ("Mette Rasmussen", "mera@danskmolleri.example"), When(2026, 11, 23, 14, 48, 27), body,
                 prefix="SV: ", lang_tag="da-DK")
    return Case(43, "big-bags-price-from-1-12-danish", "confirmation", [po], mail,
                "Danish day/month dates (1/12 is a price-validity date, 4/12 and 3/12 are deliveries) and 'big bag 1,000 kg' in the description.",
                "Big bags: 6 at 545,00 (PO 520.00), delivery Fri 4 Dec instead of 3 Dec. Rye flour as ordered on Thu 3 Dec.",
                [confirmation(po, {1: C(p="545.00", d="2026-12-04"), 2: A})])


def c044():
    sup = Sup("DGNVET", "Dierenarts Groothandel Nederland B.V.", "verkoop@dgn-vet.example", "nl-NL", None)
    po = PO("CH-26-01178", sup, SANNE, "EUR", When(2026, 11, 25, 10, 58, tz="+0100"), [
        ("GAUZE-10X10-8P", "Gauze swab 10x10 cm, 8-ply, non-sterile, pack of 100", 200, "PK", "2.10", "2026-12-09"),
        ("BAND-COH-7.5", "Cohesive bandage 7.5 cm x 4.5 m", 500, "EA", "0.62", "2026-12-09"),
    ])
    text = """Geachte relatie,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en nemen het zo spoedig mogelijk in behandeling, uiterlijk binnen twee werkdagen.

Orders die vóór 14:00 uur binnen zijn, worden dezelfde werkdag verwerkt. U ontvangt een orderbevestiging per e-mail zodra uw order is ingevoerd.

Met vriendelijke groet,

Team Verkoop Binnendienst
Dierenarts Groothandel Nederland B.V.
Tel. 030 555 80 80 | www.dgn-vet.example

Dit is een automatisch gegenereerd bericht.
"""
    body = outlook(text, None, "nl", bnd="AM0PR02MB5491E1", body_lang="NL")
    mail = reply("c044", po, ("Verkoop DGN", "verkoop@dgn-vet.example"), When(2026, 11, 25, 11, 2, 6), body,
                 prefix="Uw e-mail is ontvangen: ", lang_tag="nl-NL",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return Case(44, "shared-inbox-received-nl", "auto_reply", [po], mail,
                "Shared sales inbox auto-acknowledgment in Dutch that talks about processing orders and sending a confirmation.",
                "Automatic 'your e-mail was received' from verkoop@; promises an order confirmation later. Not a confirmation.")


def c045():
    sup = Sup("LKKALUSTO", "Lentokenttäkalusto Oy", "myynti@lkkalusto.example", "fi-FI", "Jari Virtanen")
    po = PO("AHS-PO-04507", sup, CIARAN, "EUR", When(2026, 11, 9, 14, 0, tz="+0000"), [
        ("TB-A320-B737", "Universal tow bar, A320/B737 family", 2, "EA", "6800.00", "2026-12-18"),
        ("GPU-CBL-28V-15", "GPU cable 28 V DC, 15 m, with NATO plug", 4, "EA", "640.00", "2026-12-18"),
        ("CHK-RUB-18", "Wheel chock, rubber, 18 in", 20, "EA", "48.00", "2026-12-18"),
    ])
    wk3 = kw(2027, 3)
    assert wk3 == "2027-01-22"
    pdf = docs.pdf([docs.table_page(
        ["Lentokenttäkalusto Oy  ·  Teollisuustie 14  ·  01510 Vantaa  ·  Y-tunnus 2555123-4",
         "",
         "Aerohandling Services Ltd, Hangar 5 Cargo Area, Dublin Airport, K67 X2W4, Ireland",
         "",
         "Tilausvahvistus nro: 26-1184          Päivämäärä: 13.11.2026",
         "Asiakkaan tilausnro: AHS-PO-04507 (9.11.2026)",
         "Toimitusehto: DAP Dublin Airport (Incoterms 2020)     Maksuehto: 30 pv netto"],
        ["Rivi", "Tuote", "Nimike", "Määrä", "Yks.", "á-hinta", "Yhteensä", ["Toimi", -20, "tus"]],
        [["1", "LK-TB-U32", "Hinausaisa A320/B737, yleismalli", "2", "kpl", "6 800,00", "13 600,00", ["vko ", -30, "3/2027"]],
         ["2", "LK-GPU-15", "GPU-kaapeli 28 V DC 15 m, NATO-liitin", "4", "kpl", "640,00", "2 560,00", "14.12.2026"],
         ["3", "LK-CHK-18", "Pyöräkiila, kumi 18\"", "20", "kpl", "48,00", "960,00", "18.12.2026"]],
        ["Yhteensä ALV 0 %: 17 120,00 EUR",
         "Toimituspäivä = toimitus perillä vastaanottajalla. Takuu 12 kk.",
         "Tarjouksemme 26-0977 voimassa 31.12.2026 asti."],
        [40, 68, 128, 330, 368, 398, 450, 510], title="TILAUSVAHVISTUS")],
        title="Tilausvahvistus 26-1184", producer="Visma Nova / PDF", created="20261113131500+02'00'")
    text = """Hei Ciarán,

liitteenä tilausvahvistus tilaukseenne AHS-PO-04507. Hinausaisojen toimitus siirtyy valitettavasti tammikuulle, muut rivit joulukuussa.

Ystävällisin terveisin
Jari Virtanen
Myynti | Lentokenttäkalusto Oy
puh. +358 9 555 1840
"""
    alt = outlook(text, po.orig, "fi", bnd="HE1PR0701MB2954B2", body_lang="FI")
    body = mime.Multi("mixed", "_004_HE1PR0701MB2954B2_", [alt, mime.attachment(pdf, "application/pdf", "Tilausvahvistus_26-1184.pdf")])
    mail = reply("c045", po, ("Jari Virtanen", "jari.virtanen@lkkalusto.example"), When(2026, 11, 13, 13, 20, 50, tz="+0200"),
                 body, prefix="VS: ", lang_tag="fi-FI", has_attach=True)
    return Case(45, "gse-pdf-week-3-2027-finnish", "confirmation", [po], mail,
                "Finnish PDF acknowledgment with TJ-kerned cells, 'vko 3/2027' for one line, space thousands separators (6 800,00) and an offer validity date.",
                "Tow bars: week 3/2027 = Fri 22 Jan 2027. GPU cables: 14.12.2026 (earlier than requested 18 Dec). Chocks: 18.12.2026 = as ordered. "
                "Prices unchanged. 31.12.2026 is the quotation validity.",
                [confirmation(po, {1: C(d=wk3), 2: C(d="2026-12-14"), 3: A})])


def c046():
    sup = Sup("NORDURFISK", "Norðurfiskur ehf.", "sala@nordurfiskur.example", "is-IS", "Guðrún Sigurðardóttir")
    po = PO("HL-260831", sup, PRIYA, "EUR", When(2026, 11, 16, 9, 0, tz="+0000"), [
        ("HAD-FIL-SKL-5", "Haddock fillets skinless/boneless, 5 kg block, frozen", 1000, "KG", "9.50", "2026-12-03"),
        ("COD-LOIN-IQF", "Cod loins IQF 150-250 g, frozen", 400, "KG", "13.80", "2026-12-03"),
        ("RED-FIL-IQF-5", "Redfish fillets skin-on IQF, 5 kg carton", 300, "KG", "7.90", "2026-12-03"),
    ])
    text = """Sæl Priya,

Takk fyrir pöntunina HL-260831.

Við staðfestum 1.000 kg af ýsuflökum (200 kassar x 5 kg) á 9,50 EUR/kg og 400 kg af þorskhnökkum á 13,80 EUR/kg.

Skipið fer frá Reykjavík 27. nóvember og er áætlaður komudagur til Immingham 1. desember; afhending hjá ykkur í Portsmouth 3. desember.

Veiðidagar: 2.-6. nóvember, framleiðsludagur 9.11.2026, best fyrir 11/2028.

Kveðja,
Guðrún Sigurðardóttir
Sölustjóri | Norðurfiskur ehf.
Grandagarði 14, 101 Reykjavík
Sími +354 555 4120
"""
    body = outlook(text, po.orig, "en", bnd="AM4PR0101MB2211C4", charset="iso-8859-1", body_lang="IS")
    mail = reply("c046", po, ("Guðrún Sigurðardóttir", "gudrun@nordurfiskur.example"), When(2026, 11, 19, 10, 5, 17, tz="+0000"),
                 body, charset="iso-8859-1", lang_tag="is-IS")
    return Case(46, "haddock-port-arrival-vs-site-delivery", "confirmation", [po], mail,
                "Icelandic reply with a sailing date, a port arrival date and a later site delivery date, plus catch, production and best-before dates; the third PO line is simply not mentioned.",
                "Haddock and cod confirmed as ordered; delivery at Portsmouth 3 Dec = requested (1 Dec is the arrival at Immingham, 27 Nov the sailing). "
                "1.000 kg = 1000 kg. The redfish line is not mentioned at all = unconfirmed.",
                [confirmation(po, {1: A, 2: A, 3: U})])


def c047():
    sup = Sup("BALTIPCB", "Balti Trükiplaadid OÜ", "myyk@baltipcb.example", "et-EE", "Kadri Tamm")
    po = PO("TE-26-1201", sup, LUCA, "EUR", When(2026, 11, 17, 15, 10, tz="+0100"), [
        ("PCB-SENS-2L", "Sensor PCB 2-layer FR4 1.0 mm, HASL LF", 2000, "PCS", "0.62", "2026-12-15"),
        ("NRE-SENS-2L", "NRE / tooling for PCB-SENS-2L", 1, "LOT", "250.00", "2026-12-15"),
    ])
    csv = ("Tellimuse kinnitus;TK-26-0815\n"
           "Kuupäev;18.11.2026\n"
           "Kliendi tellimus;TE-26-1201\n"
           "\n"
           "Rida;Kliendi rida;Meie kood;Kliendi kood;Nimetus;Kogus;Ühik;Ühikuhind;Summa;Tarnekuupäev\n"
           "1;1;BT-2L-4471;PCB-SENS-2L;Andurplaat 2-kihiline FR4 1,0 mm HASL;2000;tk;0,62;1240,00;15.12.2026\n"
           "2;2;BT-NRE;NRE-SENS-2L;Tootmise ettevalmistustasu (NRE);1;kompl;0,00;0,00;15.12.2026\n"
           "\n"
           "Märkus;NRE tasu ei rakendata (korduvtellimus, tööriistad olemas)\n")
    text = """Tere,

manuses on tellimuse kinnitus TK-26-0815 teie tellimusele TE-26-1201.

Kuna tegemist on korduvtellimusega ja tööriistad on meil juba olemas, NRE tasu ei rakendata.

Lugupidamisega
Kadri Tamm
Müügiosakond | Balti Trükiplaadid OÜ
Peterburi tee 71, 11415 Tallinn
"""
    alt = gmail(text, po.orig, "Kontakt Luca Ferri (<l.ferri@tessaro.example>) kirjutas kuupäeval T, 17. nov 2026 kell 15:10:",
                bnd="c047")
    att = mime.Leaf("text/csv", mime.encode_body(csv, "utf-8", "base64"), "base64",
                    [("charset", "utf-8"), ("name", '"tellimuse_kinnitus_TK-26-0815.csv"')],
                    [("Content-Disposition", 'attachment; filename="tellimuse_kinnitus_TK-26-0815.csv"')])
    body = mime.Multi("mixed", "000000000000e0f1a2b3c4d5e6f7", [alt, att])
    mail = reply("c047", po, ("Kadri Tamm", "kadri.tamm@baltipcb.example"), When(2026, 11, 18, 11, 44, 20, tz="+0200"),
                 body, style="gmail", prefix="Re: ")
    return Case(47, "pcb-csv-nre-waived-estonian", "confirmation", [po], mail,
                "Semicolon CSV with decimal commas and two numbering schemes, and an NRE line confirmed at 0,00 because the charge is waived.",
                "PCB 2000 at 0,62 on 15.12.2026 = as ordered. NRE waived: confirmed at 0.00 (PO 250.00), same date.",
                [confirmation(po, {1: A, 2: C(p="0.00")})])


def c048():
    sup = Sup("VAMZCENT", "UAB Vamzdžių centras", "uzsakymai@vamzdziucentras.example", "lt-LT", "Rūta Kazlauskienė")
    po = PO("4500187394", sup, AYLIN, "EUR", When(2026, 11, 24, 13, 30, tz="+0100"), [
        ("PVC-110-3.2-6M", "PVC-U pipe 110x3.2 mm, 6 m length", 700, "M", "3.90", "2026-12-09"),
        ("PVC-SOCK-110", "PVC-U socket coupling 110 mm", 120, "EA", "1.45", "2026-12-09"),
    ])
    assert 117 * 6 == 702
    text = """Laba diena,

dėkojame už užsakymą Nr. 4500187394.

Vamzdžiai PVC 110x3,2 mm tiekiami tik 6 m ilgio: 117 vnt. = 702 m, kaina 3,90 EUR/m.
Movos 110 mm: 120 vnt., kaina 1,45 EUR/vnt.

Pristatymas gruodžio 9 d.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
UAB „Vamzdžių centras“
Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 4120
"""
    body = outlook(text, po.orig, "lt", bnd="DB7PR08MB3067A1", charset="windows-1257", body_lang="LT")
    mail = reply("c048", po, ("Rūta Kazlauskienė", "ruta.k@vamzdziucentras.example"), When(2026, 11, 30, 9, 25, 3, tz="+0200"),
                 body, charset="windows-1257", lang_tag="lt-LT")
    return Case(48, "pvc-pipe-lengths-lithuanian", "confirmation", [po], mail,
                "Windows-1257 Lithuanian reply rounding metres to 117 lengths of 6 m (702 m), with pipe size 110x3,2 and a yearless date 'gruodžio 9 d.'",
                "Pipe: 702 m at 3,90 on 9 Dec. Couplings as ordered.",
                [confirmation(po, {1: C(q=702), 2: A})])


def c049():
    sup = Sup("BRINDESSP", "Brindes Paulista Ltda.", "vendas@brindespaulista.example", "pt-BR", "Juliana Souza")
    po = PO("KR260944", sup, EMMA, "USD", When(2026, 11, 16, 16, 5, tz="+0100"), [
        ("BAG-TNT-LOGO", "Non-woven tote bag 38x42 cm, 1-colour logo", 2000, "EA", "0.95", "2026-12-18"),
        ("CAP-COT-EMB", "Cotton cap, embroidered logo", 500, "EA", "3.40", "2026-12-18"),
    ])
    pdf = docs.pdf([[
        (40, 790, 16, "PROVA DIGITAL / DIGITAL PROOF", "B"),
        (40, 766, 10, "Brindes Paulista Ltda.  -  Pedido do cliente: KR260944  -  Prova v1 de 19/11/2026"),
        ("line", 40, 756, 555, 756),
        (40, 730, 11, "Item 1: Sacola TNT 38x42 cm, cor natural", "B"),
        (40, 714, 10, "Impressão 1 cor, Pantone 2945 C, área máx. 25 x 20 cm, centralizado"),
        (40, 690, 11, "Item 2: Boné algodão, 6 gomos, azul-marinho", "B"),
        (40, 674, 10, "Bordado frontal 10 x 5 cm, linha branca"),
        (40, 630, 10, "[ arte: KVIKK logo ]"),
        (40, 560, 10, "Aprovação do cliente: ______________________   Data: ___/___/______"),
        (40, 540, 9, "Atenção: produção inicia somente após a aprovação desta prova. Prazo: 15 dias úteis + frete."),
    ]], title="Prova KR260944 v1", producer="CorelDRAW 2024", created="20261119160000-03'00'")
    text = """Olá Emma, tudo bem?

Segue em anexo a prova digital do logotipo para aprovação (sacola e boné).

Preços e quantidades conforme o pedido. O prazo de produção é de 15 dias úteis a partir da aprovação da arte, mais o frete internacional (aprox. 7 dias). Assim que recebermos o OK da arte, enviamos a confirmação com a data de entrega.

Atenção: a cor Pantone 2945 C no tecido TNT pode variar levemente.

Abraços,
Juliana Souza
Brindes Paulista Ltda.
Av. Guido Caloi, 1000 - Santo Amaro, São Paulo - SP, 04756-000
Tel. +55 11 5555-0192
"""
    alt = gmail(text, po.orig, "Em seg., 16 de nov. de 2026 às 12:05, Emma Lindqvist <emma.lindqvist@kvikkretail.example> escreveu:",
                bnd="c049")
    body = mime.Multi("mixed", "000000000000b7c8d9e0f1a2b3c4", [alt, mime.attachment(pdf, "application/pdf", "PROVA_KR260944_v1.pdf")])
    mail = reply("c049", po, ("Juliana Souza", "juliana@brindespaulista.example"), When(2026, 11, 19, 16, 40, 55, tz="-0300"),
                 body, style="gmail", prefix="Re: ")
    return Case(49, "logo-proof-awaiting-approval", "needs_review", [po], mail,
                "Says prices and quantities are as ordered, but production and the delivery date depend on our approval of the attached proof; a lead time in business days, not a date.",
                "No delivery date is committed: 15 business days after proof approval plus ~7 days freight, confirmation with date promised after approval. "
                "Needs a human to approve the proof.")


def c050():
    sup = Sup("BALTAGRO", "Baltijas Agro SIA", "pasutijumi@baltijasagro.example", "lv-LV", "Jānis Bērziņš")
    po = PO("GA-26-0399", sup, KATHI, "EUR", When(2026, 11, 23, 9, 40, tz="+0100"), [
        ("AN-344-BB500", "Ammonium nitrate 34.4% N, big bag 500 kg", 24, "T", "395.00", "2027-01-12"),
        ("NPK-151515-50", "NPK 15-15-15, 50 kg bag", 6, "T", "470.00", "2027-01-12"),
    ])
    assert times("23.50", 20) == "470.00"
    text = """Labdien, Katharina!

Paldies par pasūtījumu GA-26-0399. Apstiprinām:

1) Amonija nitrāts 34,4 % N – 48 big bagi (24 t), cena 405 EUR/t (cenu izmaiņas no 23.11.2026).
2) NPK 15-15-15 – 120 maisi pa 50 kg (6 t), 23,50 EUR/maiss.

Piegāde: 2027. gada 12. janvārī.

Ar cieņu
Jānis Bērziņš
Baltijas Agro SIA
Rīga, Krasta iela 52
Tālr. +371 67 555 412
"""
    body = gmail(text, po.orig, "pirmd., 2026. g. 23. nov., plkst. 10:40 — lietotājs Katharina Pichler (<k.pichler@greenacre-agri.example>) rakstīja:",
                 bnd="c050")
    mail = reply("c050", po, ("Jānis Bērziņš", "janis.berzins@baltijasagro.example"), When(2026, 11, 27, 11, 10, 42, tz="+0200"),
                 body, style="gmail", prefix="Re: ")
    return Case(50, "fertiliser-big-bags-per-bag-price-latvian", "confirmation", [po], mail,
                "Latvian reply mixing tonnes, big bags and 50 kg bags; a price per bag for a per-tonne line, NPK grade 15-15-15 and a price-change date.",
                "AN: 48 big bags = 24 t at 405 EUR/t (PO 395). NPK: 120 x 50 kg = 6 t at 23,50/bag = 470/t = as ordered. Both 12 Jan 2027 = requested.",
                [confirmation(po, {1: C(p="405.00"), 2: A})])


CASES = [c041, c042, c043, c044, c045, c046, c047, c048, c049, c050]
