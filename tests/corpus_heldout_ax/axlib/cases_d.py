"""Cases 054-070."""
from .common import *  # noqa: F401,F403
from .common import request_message, request_text
from .pdf import make_pdf
from .xlsx import make_xlsx
from .mime import Leaf, Multi, Raw

BUY = ("Dana Ruiz", "dana.ruiz@buyer.example")


@case("tyres-delivery-note-other-po", "unrelated/ms-MY",
      "Malay delivery note (PDF) for a different PO, with quantities and a delivery date that look like answers.")
def c054():
    s = sup("TAYARSEL", "Tayar Basikal Selangor Sdn Bhd", "jualan@tayarselangor.example", "ms-MY")
    po = PO("4500031154", s, "MYR", [
        ("BT-20x1.75-BMX", "BMX tyre 20x1.75, black, 65 PSI", 300, "PCS", "21.50", "2026-12-11"),
        ("BT-700x25C-RD", "Road tyre 700x25C, folding, 120 TPI", 200, "PCS", "48.00", "2026-12-11")])
    pdf = make_pdf([
        "# TAYAR BASIKAL SELANGOR SDN BHD (201301024455)",
        "Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, Selangor",
        "",
        "# NOTA PENGHANTARAN / DELIVERY NOTE  DN-26-05521",
        "Tarikh / Date: 18/11/2026      PO Pelanggan / Customer PO: 4500030977",
        "",
        "Bil  Kod Item          Keterangan                        Kuantiti  Unit",
        "1    BT-24x1.95-MTB    Tayar MTB 24x1.95                      150   PCS",
        "2    BT-TUBE-24-SV     Tiub dalam 24x1.75 SV 40 mm            300   PCS",
        "",
        "Diterima oleh / Received by: ____________________   Tarikh: ___/___/______",
    ], flate=True, date="20261118083000+08'00'", title="DN-26-05521", producer="AutoCount Accounting")
    text = ("Tuan/Puan,\n\nDilampirkan nota penghantaran DN-26-05521 bagi PO 4500030977. Barang telah dihantar pada 18/11/2026 "
            "dan dijangka tiba dalam 10 hari bekerja.\n\nTerima kasih.\n\nNurul Aina binti Hassan\nJabatan Logistik\n"
            "Tayar Basikal Selangor Sdn Bhd | +60 3 6555 8120\n")
    msg = reply("054", po, "2026-11-18 09:02 +0800", text, frm=("Nurul Aina Hassan", "logistik@tayarselangor.example"),
                subject="Nota Penghantaran DN-26-05521 / PO 4500030977", quote=None, thread=False,
                attachments=[att(pdf, "DN-26-05521.pdf")])
    return [po], msg, exp("unrelated", "Delivery note for another order (PO 4500030977) from the same supplier; nothing about PO 4500031154.")


@case("centrifuge-hinglish-lakh", "confirmation/hi-IN",
      "Hindi/English mix with Indian lakh grouping (1,20,000 pcs), rupee prices and dd-mm-yyyy dates.")
def c055():
    s = sup("BHARATLAB", "Bharat Labware Pvt Ltd", "sales@bharatlabware.example", "hi-IN")
    po = PO("4500031155", s, "INR", [
        ("CT-1.5-MCT-NAT", "Microcentrifuge tube 1.5 ml, snap cap, natural", 120000, "PCS", "0.85", "2026-12-11"),
        ("CT-15-CON-STR", "Centrifuge tube 15 ml, conical, sterile", 25000, "PCS", "4.20", "2026-12-11")], buyer="priya")
    text = ("नमस्ते Priya जी,\n\nPO 4500031155 के लिए हमारा confirmation:\n\n"
            "Line 1: 1,20,000 pcs @ ₹0.85, delivery 18-12-2026\n"
            "Line 2: 25,000 pcs @ ₹4.40 (नया rate, polypropylene महँगा हुआ है), delivery 11-12-2026\n\n"
            "धन्यवाद,\nअमित शर्मा\nSales Executive, Bharat Labware Pvt Ltd\nPlot 77, Sector 5, IMT Manesar, Gurugram 122051\nMob. +91 98110 55520\n")
    msg = reply("055", po, "2026-11-13 11:48 +0530", text, frm=("Amit Sharma", "amit.sharma@bharatlabware.example"),
                client="gmail", quote="gt", cte="base64", html=True, mid_style="gmail",
                attrib="On Mon, 2 Nov 2026 at 14:35, Priya Nair <priya.nair@buyer.example> wrote:")
    return [po], msg, exp("confirmation", "1,20,000 is one lakh twenty thousand = 120000 (as ordered), delivery 18-12-2026 (day-first); line 2 new rate 4.40.",
                          conf(po, {1: C(d=D(2026, 12, 18)), 2: C(p="4.40")}))


@case("wrappers-marketing", "unrelated/et-EE",
      "Estonian marketing mail for compostable candy wrappers with a discount deadline and sizes.")
def c056():
    s = sup("KOMMIPABER", "Kommipaber OÜ", "myyk@kommipaber.example", "et-EE")
    po = PO("4500031156", s, "EUR", [
        ("CW-GLASS-80x100", "Glassine candy wrapper 80x100 mm, 40 g/m2", 200000, "EA", "0.0089", "2026-12-11")])
    text = ("Tere!\n\nUus kompostitav kommipaber on saabunud! Mõõdud 80x100 mm ja 100x120 mm, 38 g/m², sertifikaat EN 13432.\n\n"
            "Ainult kuni 15.12.2026: -15% kõigilt tellimustelt üle 100 000 tk. Hind alates 7,90 € / 1000 tk.\n\n"
            "Vaata lähemalt: https://www.kommipaber.example/kompostitav\n\n"
            "Kommipaber OÜ | Tööstuse 48, 10416 Tallinn | +372 655 5180\n"
            "Kui te ei soovi enam meie uudiskirja saada, vajutage siia: https://www.kommipaber.example/loobu\n")
    msg = reply("056", po, "2026-11-20 10:00 +0200", text, frm=("Kommipaber OÜ", "uudised@kommipaber.example"),
                subject="Uus: kompostitav kommipaber -15% kuni 15.12!", quote=None, thread=False, client="erp",
                charset="iso-8859-15", html=True,
                extra=[("List-Unsubscribe", "<https://www.kommipaber.example/loobu>"), ("Precedence", "bulk")])
    return [po], msg, exp("unrelated", "Marketing mail (bulk, unsubscribe link): sizes, a price per 1000 and the 15.12.2026 deadline are not about PO 4500031156.")


@case("fuses-surcharge-percent", "confirmation/sr-RS",
      "Serbian (Latin) bottom-posted reply applying a '3% doplata' to line 1 only; the new price must be computed.")
def c057():
    s = sup("OSIGBG", "Osigurači Beograd d.o.o.", "prodaja@osiguracibg.example", "sr-RS")
    po = PO("4500031157", s, "EUR", [
        ("FU-GPV-14x51-32", "PV fuse gPV 14x51 mm 32 A, 1000V DC", 400, "PCS", "3.40", "2026-12-11"),
        ("FU-SPD-T2-600", "Surge protector Type 2, 600V DC, 3-pole", 50, "PCS", "42.00", "2026-12-11")])
    text = ("Poštovana gospođo Ruiz,\n\npotvrđujemo porudžbinu 4500031157. Zbog poskupljenja srebra primenjujemo doplatu od 3% "
            "na poziciju 1. Količine bez promene, rok isporuke 11.12.2026. za obe pozicije.\n\n"
            "Srdačan pozdrav,\nJelena Marković\nProdaja\nOsigurači Beograd d.o.o., Batajnički drum 14, 11080 Zemun\ntel. +381 11 555 7420\n")
    msg = reply("057", po, "2026-11-12 09:58 +0100", text, frm=("Jelena Marković", "jelena.markovic@osiguracibg.example"),
                charset="windows-1250", client="thunderbird", quote="gt", bottom=True,
                attrib="Dana 02.11.2026. u 10:05, Dana Ruiz je napisao/la:")
    return [po], msg, exp("confirmation", "Bottom-posted; +3% on the PO price of line 1: 3.40 x 1.03 = 3.502; line 2 unchanged; 11.12.2026 = requested.",
                          conf(po, {1: C(p="3.502"), 2: A}))


@case("feed-blocks-shared-inbox", "auto_reply/it-IT",
      "Italian shared-inbox receipt promising an answer within 48 working hours, threaded and with the PO number.")
def c058():
    s = sup("MANGPADANA", "Mangimi Blocchi Padana S.p.A.", "ordini@mangimipadana.example", "it-IT")
    po = PO("4500031158", s, "EUR", [
        ("FB-SAL-10-MIN", "Salt lick block 10 kg, with trace minerals", 500, "PCS", "6.90", "2026-12-11"),
        ("FB-ENERG-22", "Energy feed block 22 kg, molasses", 200, "PCS", "18.30", "2026-12-11")])
    text = ("Gentile cliente,\n\nabbiamo ricevuto la Sua e-mail relativa a: " + req_subject(po) + ".\n"
            "La casella ordini@mangimipadana.example è gestita dal nostro ufficio commerciale: riceverà una risposta entro 48 ore lavorative.\n\n"
            "Questo è un messaggio generato automaticamente, si prega di non rispondere.\n\n"
            "Mangimi Blocchi Padana S.p.A. - Via Emilia 1420, 26900 Lodi - Tel. 0371 555 210\n")
    msg = reply("058", po, "2026-11-09 10:06 +0100", text, frm=("Ufficio Ordini Mangimi Padana", "ordini@mangimipadana.example"),
                subject="Ricevuta: " + req_subject(po), quote=None, client="erp", charset="iso-8859-1",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], msg, exp("auto_reply", "Automatic receipt of a shared inbox ('we will answer within 48 hours'); no commitment.")


@case("chairs-forwarded-chain", "confirmation/de-AT",
      "Sales reply with a forwarded internal production mail below it (KW 51, KW 2) confirming the dates given on top (18.12.2026, 15. Jänner 2027).")
def c059():
    s = sup("STEINER", "Sitzmöbel Steiner GmbH", "office@sitzmoebel-steiner.example", "de-AT")
    po = PO("4500031159", s, "EUR", [
        ("OC-SWIV-MESH", "Drehstuhl Netzrücken, 3D-Armlehnen, Lordosenstütze", 24, "EA", "189.00", "2026-12-11"),
        ("OC-STOOL-650", "Tresenhocker 650 mm, Eiche/Stahl schwarz", 40, "EA", "74.00", "2026-12-11")])
    text = ("Sehr geehrte Frau Ruiz,\n\nunten die Rückmeldung unserer Produktion. Wir bestätigen Ihre Bestellung 4500031159 wie folgt:\n\n"
            "Pos. 1: 24 Stk. à EUR 189,00, Liefertermin 18.12.2026\n"
            "Pos. 2: 40 Stk. à EUR 74,00, Liefertermin 15. Jänner 2027\n\n"
            "Mit freundlichen Grüßen\nDaniela Huber\nVerkauf Innendienst\nSitzmöbel Steiner GmbH | Gewerbepark 5, 4614 Marchtrenk\n"
            "T +43 7242 555 310\n\n"
            "-------- Weitergeleitete Nachricht --------\nBetreff: WG: " + req_subject(po) + "\n"
            "Datum: Fri, 13 Nov 2026 07:42:10 +0100\nVon: Produktion Steiner <produktion@sitzmoebel-steiner.example>\n"
            "An: Daniela Huber <d.huber@sitzmoebel-steiner.example>\n\n"
            "Hallo Daniela,\nPos 1 (24 Stk) geht sich in KW 51 aus, die Hocker erst KW 2, Eichensitze kommen später.\nLG Franz\n")
    msg = reply("059", po, "2026-11-13 09:15 +0100", text, frm=("Daniela Huber", "d.huber@sitzmoebel-steiner.example"),
                prefix="AW:", lang="de", charset="iso-8859-1", client="thunderbird", quote="gt",
                attrib="Am 02.11.2026 um 10:05 schrieb Dana Ruiz:")
    return [po], msg, exp("confirmation", "Top part commits: line 1 18.12.2026, line 2 15 Jan 2027 ('Jänner' is Austrian January); the forwarded internal note (KW 51 / KW 2 Fridays) agrees.",
                          conf(po, {1: C(d=D(2026, 12, 18)), 2: C(d=D(2027, 1, 15))}))


@case("blankets-gmail-bounce", "bounce/es-ES",
      "Gmail-style 'Address not found' DSN with text and HTML explanation, DNS error, and the original request.")
def c060():
    s = sup("MANTASIB", "Mantas Ignífugas Ibéricas S.L.", "pedidos@mantasignifugas.example", "es-ES")
    po = PO("4500031160", s, "EUR", [
        ("FB-1.2x1.8-EN", "Manta ignífuga 1.2 x 1.8 m, EN 1869, estuche rígido", 120, "EA", "21.40", "2026-12-11"),
        ("FB-WELD-2x2", "Manta de soldadura 2 x 2 m, fibra de vidrio 550 g/m2", 40, "EA", "38.00", "2026-12-11")], issued="2026-11-16")
    oh, ob = request_message(po)
    txt = ("** Address not found **\n\nYour message wasn't delivered to pedidos@mantasignifugas.example because the domain "
           "mantasignifugas.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
           "The response was:\n\nDNS Error: DNS type 'mx' lookup of mantasignifugas.example responded with code NXDOMAIN\n")
    htm = html_of(txt, "utf-8", "Roboto, sans-serif")
    dsn = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; dana.ruiz@buyer.example\n"
           "Arrival-Date: Mon, 16 Nov 2026 01:05:11 -0800 (PST)\nX-Original-Message-ID: " + po["request_message_id"] + "\n\n"
           "Final-Recipient: rfc822; pedidos@mantasignifugas.example\nAction: failed\nStatus: 5.1.2\n"
           "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of mantasignifugas.example responded with code NXDOMAIN\n"
           "Last-Attempt-Date: Mon, 16 Nov 2026 01:05:12 -0800 (PST)\n")
    body = Multi("report", [Multi("related", [Multi("alternative", [Leaf("text/plain", txt, "UTF-8", "quoted-printable"),
                                                                    Leaf("text/html", htm, "UTF-8", "quoted-printable")],
                                                    "000000000000c1d2e3f4a5b6c7d8")], "000000000000b1c2d3e4f5a6b7c8"),
                            Raw(["Content-Type: message/delivery-status"], dsn),
                            Raw(["Content-Type: message/rfc822"], "\n".join(oh) + "\n\n" + ob)],
                 "000000000000a1b2c3d4e5f6a7b8", ctparams=" report-type=delivery-status;")
    msg = message([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", po["buyer"]["email"]),
                   ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
                   ("References", po["request_message_id"]), ("In-Reply-To", po["request_message_id"]),
                   ("X-Failed-Recipients", "pedidos@mantasignifugas.example"),
                   ("Message-ID", "<6571a3c2.050a0220.9f1e2.4b21.GMR@mx.google.com>"),
                   ("Date", "Mon, 16 Nov 2026 01:05:12 -0800 (PST)")], body)
    return [po], msg, exp("bounce", "Gmail DSN 5.1.2 (domain not found) threaded on our request; the attached original has the PO table.")


@case("filters-per-100-price", "confirmation/fr-FR",
      "Prices quoted 'les 100 pièces' against per-piece PO prices; 'semaine 50' equals the requested Friday.")
def c061():
    s = sup("HYDROSERV", "Filtration Hydro Service SARL", "commandes@hydroservice.example", "fr-FR")
    po = PO("4500031161", s, "EUR", [
        ("WF-SED-10-20UM", "Cartouche sédiment 10\", 20 µm, polypropylène", 1000, "PCS", "1.95", "2026-12-11"),
        ("WF-CAR-10-GAC", "Cartouche charbon actif 10\", GAC, 5 µm", 500, "PCS", "4.10", "2026-12-11")], buyer="lea")
    text = ("Bonjour Madame Martin,\n\nNous accusons réception de votre commande 4500031161 et la confirmons comme suit :\n\n"
            "Ligne 1 : 1 000 pièces, prix 210,00 € les 100 pièces, livraison semaine 50\n"
            "Ligne 2 : 500 pièces, 410,00 € les 100 pièces, livraison semaine 50\n\n"
            "Bien cordialement,\nNicolas Fabre\nService commandes\nFiltration Hydro Service SARL - 8 allée des Platanes, 31700 Blagnac\n"
            "Tél. 05 61 55 27 40\n")
    msg = reply("061", po, "2026-11-10 15:37 +0100", text, frm=("Nicolas Fabre", "n.fabre@hydroservice.example"),
                lang="fr", html=True)
    return [po], msg, exp("confirmation", "Per-100 prices: 210,00 €/100 = 2.10 each (changed from 1.95), 410,00 €/100 = 4.10 (unchanged); 'semaine 50' = Fri 2026-12-11 = requested.",
                          conf(po, {1: C(p="2.10"), 2: A}))


@case("jars-vague-mid-december", "needs_review/en-US",
      "Casual 'should be fine, aiming for mid-December, pricing should hold' - vague, no firm commitment.")
def c062():
    s = sup("HEARTLAND", "Heartland Glass Containers LLC", "orders@heartlandglass.example", "en-US")
    po = PO("4500031162", s, "USD", [
        ("GJ-16OZ-70G", "Mason jar 16 oz, 70G regular mouth", 3600, "PCS", "0.58", "2026-12-15"),
        ("LID-70G-2PC", "2-piece lid 70G, band + disc", 3600, "PCS", "0.14", "2026-12-15")])
    text = ("Hey Dana,\n\nShould be fine, we're aiming for mid-December on these and pricing should hold. "
            "I'll let you know if anything changes.\n\n- Brad\n\nSent from my iPhone\n")
    msg = reply("062", po, "2026-11-10 18:02 -0600", text, frm=("Brad Keller", "brad@heartlandglass.example"),
                client="iphone", quote="gt", attrib="On Nov 2, 2026, at 3:05 AM, Dana Ruiz <dana.ruiz@buyer.example> wrote:")
    return [po], msg, exp("needs_review", "'Should be fine', 'aiming for mid-December', 'pricing should hold' are hedged; no firm quantity, price or date.")


@case("fence-inline-answers", "confirmation/nl-NL",
      "Answers typed inline under each quoted PO line; line 4 is quoted but left without an answer.")
def c063():
    s = sup("SDCENTR", "Schrikdraad Centrale B.V.", "orders@schrikdraadcentrale.example", "nl-NL")
    po = PO("4500031163", s, "EUR", [
        ("EF-GEN-230V-5J", "Schrikdraadapparaat 230V, 5 J", 25, "EA", "245.00", "2026-12-11"),
        ("EF-ISO-WOOD-100", "Houtpaalisolator, zak 100 st.", 80, "BOX", "8.40", "2026-12-11"),
        ("EF-GATE-HDL-5M", "Poortgreep met veer, 5 m", 150, "PCS", "3.15", "2026-12-11"),
        ("EF-TEST-6KV", "Spanningstester 6 kV, 5 LEDs", 40, "PCS", "9.90", "2026-12-11")])
    rt = request_text(po).split("\n")
    answers = {1: "OK, levering 11-12", 2: "Akkoord, maar levering week 51", 3: "Helaas niet meer leverbaar, vervallen"}
    out = []
    for l in rt:
        out.append(("> " + l).rstrip())
        tok = l.split()
        if tok and tok[0].isdigit() and len(tok) > 1 and tok[1].startswith("EF-"):
            n = int(tok[0])
            if n in answers:
                out.append("[JdV] " + answers[n])
                out.append("")
    text = ("Hoi Dana,\n\nZie mijn antwoorden tussen de regels.\n\nOp 2 nov. 2026 om 10:05 schreef Dana Ruiz <dana.ruiz@buyer.example>:\n"
            + "\n".join(out) + "\n\nGroet,\nJeroen de Vries\nSchrikdraad Centrale B.V. | Industrieweg 40, 3771 MD Barneveld | 0342 555 810\n")
    msg = reply("063", po, "2026-11-11 08:26 +0100", text, frm=("Jeroen de Vries", "jeroen@schrikdraadcentrale.example"),
                quote=None, client="apple", html=True)
    return [po], msg, exp("confirmation", "Inline answers: line 1 as ordered ('11-12' = 11 Dec), line 2 week 51 = Fri 2026-12-18, line 3 no longer available -> rejected, line 4 quoted without an answer -> unconfirmed.",
                          conf(po, {1: A, 2: C(d=kw(51)), 3: R, 4: U}))


@case("gloves-kw-day-named", "confirmation/de-DE",
      "Calendar weeks with a named weekday ('Dienstag KW 50', 'Donnerstag, KW 50') and a per-pair price.")
def c064():
    s = sup("HSWELT", "Handschuh-Welt Medizintechnik GmbH", "vertrieb@handschuhwelt.example", "de-DE")
    po = PO("4500031164", s, "EUR", [
        ("GLV-NIT-M-200", "Nitril-Untersuchungshandschuhe M, 200 St./Box, 3.2 g", 300, "BOX", "7.90", "2026-12-11"),
        ("GLV-STER-7.5", "OP-Handschuhe steril, Größe 7.5, Paar", 1000, "PAIR", "0.62", "2026-12-11")], buyer="jonas")
    text = ("Hallo Herr Keller,\n\ndanke für die Bestellung 4500031164.\n\n"
            "Pos. 1: 300 Boxen zu 7,90 €, Lieferung Dienstag KW 50.\n"
            "Pos. 2: 1.000 Paar zum Preis von 0,65 €/Paar, Lieferung Donnerstag, KW 50.\n\n"
            "Viele Grüße\nStefanie Lorenz\nVertrieb\nHandschuh-Welt Medizintechnik GmbH | Am Klinikum 3 | 34121 Kassel\n"
            "Tel. 0561 555 4470\n")
    msg = reply("064", po, "2026-11-12 11:19 +0100", text, frm=("Stefanie Lorenz", "s.lorenz@handschuhwelt.example"),
                prefix="AW:", lang="de", charset="iso-8859-15", client="thunderbird", quote="gt",
                attrib="Am 02.11.2026 um 10:05 schrieb Jonas Keller:")
    return [po], msg, exp("confirmation", "Named weekday in a calendar week: Tuesday KW 50 = 2026-12-08, Thursday KW 50 = 2026-12-10; line 2 price 0.65 per pair.",
                          conf(po, {1: C(d=kw(50, 2)), 2: C(p="0.65", d=kw(50, 4))}))


@case("blankets-all-rejected", "confirmation/cs-CZ",
      "Czech reply declining the whole order (production discontinued): a rejection of every line is still an answer.")
def c065():
    s = sup("HASDEKY", "Hasicí Deky s.r.o.", "obchod@hasicideky.example", "cs-CZ")
    po = PO("4500031165", s, "EUR", [
        ("FB-1.0x1.0-CZ", "Fire blanket 1.0 x 1.0 m, EN 1869, PVC pouch", 300, "EA", "12.80", "2026-12-11"),
        ("FB-1.2x1.8-CZ", "Fire blanket 1.2 x 1.8 m, EN 1869, PVC pouch", 150, "EA", "17.90", "2026-12-11")])
    text = ("Dobrý den,\n\nděkujeme za objednávku č. 4500031165. Bohužel ji nemůžeme přijmout – výrobu hasicích dek jsme k 31. 10. 2026 "
            "ukončili a skladové zásoby jsou vyprodány. Obě položky tedy nedodáme.\n\n"
            "Omlouváme se.\n\nS pozdravem\nJiří Novotný\nHasicí Deky s.r.o., Průmyslová 1180, 500 02 Hradec Králové\ntel.: +420 495 555 611\n")
    msg = reply("065", po, "2026-11-10 13:33 +0100", text, frm=("Jiří Novotný", "novotny@hasicideky.example"),
                lang="cs", charset="windows-1250", html=True)
    return [po], msg, exp("confirmation", "The supplier declines the whole PO (production stopped 31. 10. 2026 - not a delivery date): both lines rejected.",
                          conf(po, {1: R, 2: R}))


@case("buoys-erp-pdf-automail", "confirmation/sv-SE",
      "Automatic ERP mail ('automatiskt genererat meddelande') from noreply@ with a Flate PDF order confirmation carrying the changes.")
def c066():
    s = sup("BATBOJAR", "Båtbojar Nordic AB", "order@batbojar.example", "sv-SE")
    po = PO("4500031166", s, "SEK", [
        ("HB-FEND-F3", "Harbour fender buoy F3, 220x750 mm, blue", 30, "EA", "740.00", "2026-12-11"),
        ("HB-MARK-A1-300", "Marker buoy A1, 300 mm, orange", 60, "EA", "185.00", "2026-12-11"),
        ("HB-ROPE-12-100", "Mooring rope 12 mm x 100 m, polyester", 15, "ROL", "1190.00", "2026-12-11")])
    pdf = make_pdf([
        "# Båtbojar Nordic AB",
        "Hamngatan 4, 442 31 Kungälv - Org.nr 556712-3344",
        "",
        "# ORDERBEKRÄFTELSE 70012566",
        "Kund: Meridian Supply Group      Er referens: Dana Ruiz      Ert ordernr: 4500031166",
        "Orderdatum: 2026-11-02           Utskriftsdatum: 2026-11-10",
        "",
        "Rad  Artikel          Benämning                           Antal  Enh   À-pris SEK   Leveransdatum",
        "1    HB-FEND-F3       Fenderboj F3 220x750 blå               30  st       740,00    2026-12-11",
        "2    HB-MARK-A1-300   Markeringsboj A1 300 mm orange         60  st       195,00    2026-12-11",
        "3    HB-ROPE-12-100   Förtöjningslina 12 mm x 100 m          15  rle    1 190,00    2026-12-18",
        "",
        "Leveransvillkor: DAP Antwerpen    Betalningsvillkor: 30 dagar netto",
    ], flate=True, date="20261110061500+01'00'", title="Orderbekräftelse 70012566", producer="Visma Business")
    text = ("Detta är ett automatiskt genererat meddelande från Båtbojar Nordic AB.\n\n"
            "Bifogat finner ni orderbekräftelse 70012566 avseende er order 4500031166.\n\n"
            "Vid frågor, kontakta order@batbojar.example eller 0303-55 51 20.\n")
    msg = reply("066", po, "2026-11-10 06:15 +0100", text, frm=("Båtbojar Nordic AB", "noreply@batbojar.example"),
                subject="Orderbekräftelse 70012566 (er order 4500031166)", quote=None, client="erp",
                charset="iso-8859-1", attachments=[att(pdf, "Orderbekraftelse_70012566.pdf")])
    return [po], msg, exp("confirmation", "ERP-generated mail from noreply@ is still a confirmation (FORMAT rule); the PDF has line 2 at 195,00 (changed) and line 3 on 2026-12-18 (changed); '1 190,00' uses a space as thousands separator.",
                          conf(po, {1: A, 2: C(p="195.00"), 3: C(d=D(2026, 12, 18))}))


@case("ladders-xlsx-plus-body", "confirmation/pl-PL",
      "Body summarises one change ('pozycja 2 - 21.12.2026, reszta bez zmian') and an XLSX repeats all lines.")
def c067():
    s = sup("DRABSL", "Drabiny Śląsk Sp. z o.o.", "biuro@drabiny-slask.example", "pl-PL")
    po = PO("4500031167", s, "PLN", [
        ("AL-EXT-3x12", "Aluminium ladder 3x12, 8.1 m, EN 131-2", 8, "EA", "1290.00", "2026-12-11"),
        ("AL-STEP-7", "Aluminium step ladder 7 steps, 150 kg", 20, "EA", "329.00", "2026-12-11"),
        ("AL-STAB-1.5", "Stabiliser bar 1.5 m for ladders", 8, "PCS", "149.00", "2026-12-11")])
    x = make_xlsx([["Potwierdzenie zamówienia 4500031167"],
                   ["Poz.", "Indeks", "Nazwa", "Ilość", "J.m.", "Cena netto PLN", "Termin dostawy"],
                   [1, "AL-EXT-3x12", "Drabina 3x12 8,1 m", 8, "szt.", 1290, "11.12.2026"],
                   [2, "AL-STEP-7", "Drabina rozstawna 7 stopni", 20, "szt.", 329, "21.12.2026"],
                   [3, "AL-STAB-1.5", "Stabilizator 1,5 m", 8, "szt.", 149, "11.12.2026"]], "Potwierdzenie")
    text = ("Dzień dobry,\n\nw załączeniu potwierdzenie zamówienia 4500031167. Pozycja 2 - zmiana terminu na 21.12.2026, "
            "reszta bez zmian.\n\nPozdrawiam\nTomasz Zieliński\nDrabiny Śląsk Sp. z o.o., ul. Hutnicza 8, 44-100 Gliwice\n"
            "tel. +48 32 555 22 90\n")
    msg = reply("067", po, "2026-11-11 13:47 +0100", text, frm=("Tomasz Zieliński", "t.zielinski@drabiny-slask.example"),
                prefix="Odp:", lang="pl", charset="iso-8859-2", html=True, attachments=[att(x, "Potwierdzenie_4500031167.xlsx")])
    return [po], msg, exp("confirmation", "Body and XLSX agree: line 2 moves to 21.12.2026, lines 1 and 3 as ordered.",
                          conf(po, {1: A, 2: C(d=D(2026, 12, 21)), 3: A}))


@case("corks-csv-attachment", "confirmation/pt-BR",
      "Confirmation only in a semicolon CSV with decimal commas and dd/mm/yyyy dates.")
def c068():
    s = sup("ROLPAUL", "Rolhas Paulista Ltda", "pedidos@rolhaspaulista.example", "pt-BR")
    po = PO("4500031168", s, "BRL", [
        ("CRK-NAT-44x24", "Rolha natural 44x24 mm, classe 2", 25000, "PCS", "0.62", "2026-12-11"),
        ("CRK-AGL-38x23", "Rolha aglomerada 38x23 mm", 40000, "PCS", "0.21", "2026-12-11"),
        ("CRK-CAP-PVC-30", "Cápsula PVC 30x60 mm, bordô", 25000, "PCS", "0.09", "2026-12-11")])
    csv = ("pedido;linha;codigo;qtd_confirmada;preco_unit;data_entrega\r\n"
           "4500031168;1;CRK-NAT-44x24;25000;0,62;11/12/2026\r\n"
           "4500031168;2;CRK-AGL-38x23;40000;0,23;11/12/2026\r\n"
           "4500031168;3;CRK-CAP-PVC-30;20000;0,09;18/12/2026\r\n").encode("ascii")
    text = ("Boa tarde, Dana,\n\nSegue em anexo a confirmação do pedido 4500031168 (arquivo CSV).\n\n"
            "Atenciosamente,\nFernanda Lima\nComercial - Rolhas Paulista Ltda\nRod. Anhanguera km 98, Sumaré/SP - (19) 5555-4120\n")
    msg = reply("068", po, "2026-11-12 16:40 -0300", text, frm=("Fernanda Lima", "fernanda@rolhaspaulista.example"),
                client="gmail", quote="gt", mid_style="gmail", html=True,
                attrib="Em seg., 2 de nov. de 2026 às 06:05, Dana Ruiz <dana.ruiz@buyer.example> escreveu:",
                attachments=[att(csv, "confirmacao_4500031168.csv")])
    return [po], msg, exp("confirmation", "CSV only: line 2 price 0,23 (changed), line 3 20000 of 25000 on 18/12/2026 (changed), line 1 as ordered.",
                          conf(po, {1: A, 2: C(p="0.23"), 3: C(q=20000, d=D(2026, 12, 18))}))


@case("led-strips-ooo-hu", "auto_reply/hu-HU",
      "Hungarian out-of-office ('Házon kívül') naming a return date and a colleague.")
def c069():
    s = sup("AKVFENY", "Akvárium-Fény Kft.", "rendeles@akvariumfeny.example", "hu-HU")
    po = PO("4500031169", s, "EUR", [
        ("AQ-LED-80-WRGB", "Aquarium LED lamp 80 cm, WRGB, 24V, dimmable", 60, "EA", "34.50", "2026-12-11")])
    text = ("Tisztelt Feladó!\n\nNovember 16. és 27. között szabadságon vagyok, e-mailjeimet nem olvasom. "
            "Sürgős ügyben kérem, forduljon kollégámhoz, Szabó Péterhez (szabo.peter@akvariumfeny.example, +36 1 555 7812).\n\n"
            "Üdvözlettel:\nNagy Katalin\n")
    msg = reply("069", po, "2026-11-16 07:01 +0100", text, frm=("Nagy Katalin", "nagy.katalin@akvariumfeny.example"),
                subject="Házon kívül: " + req_subject(po), quote=None, charset="iso-8859-2",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], msg, exp("auto_reply", "Out-of-office ('Házon kívül') with absence dates November 16-27; nothing about the order.")


@case("hockey-three-pos-two-answered", "confirmation/en-US",
      "Three open POs; the reply answers two (month-first dates, a reduced quantity, one line not addressed) and skips the third.")
def c070():
    s = sup("GLHOCKEY", "Great Lakes Hockey Supply Inc.", "orders@greatlakeshockey.example", "en-US")
    pa = PO("4500031170", s, "USD", [
        ("HK-WOOD-SR-56", "Wood hockey stick senior 56 in, ABS blade", 120, "EA", "18.75", "2026-12-18"),
        ("HK-WOOD-JR-46", "Wood hockey stick junior 46 in, ABS blade", 80, "EA", "14.20", "2026-12-18")])
    pb = PO("4500031270", s, "USD", [
        ("HK-STREET-52", "Street hockey stick 52 in, PVC blade", 100, "EA", "11.40", "2026-12-18")], issued="2026-11-03")
    pc = PO("4500031271", s, "USD", [
        ("HK-SHAFT-CARB", "Replacement carbon shaft 1/2 in taper, 60 in", 150, "EA", "27.90", "2027-01-08"),
        ("HK-BLADE-P28-L", "Replacement blade P28 left, 1/2 in tenon", 150, "EA", "12.60", "2027-01-08")], issued="2026-11-04")
    text = ("Hi Dana,\n\nQuick update on your open orders:\n\n"
            "PO 4500031170\n - Line 1: 120 pcs @ $18.75, delivery 12/18/2026 - OK\n - Line 2: 80 pcs @ $14.20, delivery 12/23/2026\n\n"
            "PO 4500031271\n - Line 1 (carbon shafts): we can only do 120 pcs, $27.90, delivery 01/08/2027\n\n"
            "Thanks,\nMelissa Grant\nCustomer Service, Great Lakes Hockey Supply Inc.\n4410 Industrial Pkwy, Traverse City, MI 49686 | (231) 555-0142\n")
    msg = reply("070", pa, "2026-11-13 14:55 -0500", text, frm=("Melissa Grant", "mgrant@greatlakeshockey.example"),
                subject="RE: Open orders 4500031170 / 4500031271", html=True)
    return [pa, pb, pc], msg, exp("confirmation", "PO 4500031170: line 1 as ordered, line 2 12/23/2026 (month-first). PO 4500031271: line 1 only 120 on 01/08/2027 (= Jan 8, requested), line 2 not addressed -> unconfirmed. PO 4500031270 not mentioned -> left out.",
                                  conf(pa, {1: A, 2: C(d=D(2026, 12, 23))}), conf(pc, {1: C(q=120), 2: U}))
