"""Cases 036-053."""
from .common import (A, C, CSV, EC, EK, PDF, R, U, XLSX, att, case, conf, mail, po, reply, sup,
                     quote_block, request_text, req_subject, original_request_msg, BDOM)
from .mime import Part, multipart, text_part, message, rfc_date
from .pdf import text_pdf
from .xlsx import make_xlsx
from .cases_a import dsn_report


@case("planetarium-lamps-ex-gst", "confirmation/en-AU",
      "Australian 'AUD 4.20 ex GST per unit' price rise; ship Thursday 3 Dec but 'land with you Friday 11/12' (delivery wins)")
def c_planet_au(ctx):
    s = sup("STHSKIES", "Southern Skies Projection Pty Ltd", "orders@southernskies.example", "en-AU")
    p = po("4500032390", s, "AUD", "2026-11-10", [
        ("PPB-PILOT-24V", "Star field pilot lamp 24V 3 W, BA9s", 200, "EA", "4.05", "2026-12-11"),
        ("PPB-PROJ-1KW", "Projector lamp 1 kW, 2027 long-life", 6, "EA", "310.00", "2026-12-11"),
    ])
    top = """G'day Ingrid,

No worries - order 4500032390 is confirmed.

The 24V pilot lamps have gone up with our importer, so they'll be AUD 4.20 ex GST per unit from this batch. The 1 kW lamps stay at $310.00.

Both lines ship Thursday 3 Dec, delivery to you Friday 11/12 via DHL.

Cheers,
Mick O'Connell
Southern Skies Projection Pty Ltd
8/42 Enterprise Drive, Rowville VIC 3178
Ph: +61 3 9763 5520"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 9, 44, 12), tz="+1100", client="iphone", quote="apple",
                html=False, prefix="Re:", lang="en-AU", frm=("Mick O'Connell", "orders@southernskies.example"))
    e = EC("Line 1 price 4.05 -> 4.20 (ex GST is the net price); delivery Friday 11/12 (day-first) = requested date and wins over the 3 Dec ship date.",
           conf(p, {1: C(p, 1, pr="4.20"), 2: A(p, 2)}))
    return [p], eml, e


@case("tea-cups-prezzo-netto-cad", "confirmation/it-IT",
      "Italian 'prezzo netto € 3,15 cad.' - a price decrease on one line")
def c_tea_it(ctx):
    s = sup("CERASSAG", "Ceramiche Assaggio S.r.l.", "ordini@ceramiche-assaggio.example", "it-IT")
    p = po("4500032405", s, "EUR", "2026-11-09", [
        ("TTC-ISO-PRO", "Tea tasting cup & bowl ISO 3103, 150 ml", 240, "SET", "3.40", "2026-12-11"),
        ("TTC-LID-LOOSE", "Spare lid for tasting cup", 60, "EA", "0.90", "2026-12-11"),
    ])
    top = """Gentile Ingrid,

confermiamo l'ordine n. 4500032405:

riga 1 - 240 set tazza+ciotola 150 ml, prezzo netto € 3,15 cad., consegna 11/12/2026
riga 2 - 60 coperchi di ricambio, € 0,90 cad., consegna 11/12/2026

Il prezzo della riga 1 è quello del nuovo listino, già più favorevole.

Cordiali saluti
Marco Bellini
Ceramiche Assaggio S.r.l. - Via Faentina 211, 48018 Faenza (RA)
Tel. +39 0546 621 090
P.IVA 02418870396"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 12, 17, 3, 41), quote="outlook", qlang="it", charset="windows-1252",
                cte="quoted-printable", prefix="R:", lang="it-IT", frm=("Marco Bellini", "ordini@ceramiche-assaggio.example"))
    e = EC("Line 1 net price 3,15 EUR each instead of 3.40 (decrease counts as a change); line 2 as ordered.",
           conf(p, {1: C(p, 1, pr="3.15"), 2: A(p, 2)}))
    return [p], eml, e


@case("gondola-seals-two-of-three-pos", "confirmation/ms-MY",
      "Malay/English reply answering two of three open POs in one mail, one with a new clip price")
def c_gondola_my(ctx):
    s = sup("RODAGERG", "Roda Gergasi Seals Sdn. Bhd.", "jualan@rodagergasi.example", "ms-MY")
    pa = po("4500032420", s, "USD", "2026-11-02", [
        ("FWS-EPDM-D", "Gondola D-profile seal 20x15 mm EPDM", 500, "M", "2.60", "2026-12-11"),
    ])
    pb = po("4500032436", s, "USD", "2026-11-05", [
        ("FWS-HATCH-900", "Hatch seal ring 900 mm", 24, "EA", "37.50", "2026-12-18"),
        ("FWS-CLIP-12", "Seal retaining clip 12 mm", 600, "PCS", "0.18", "2026-12-18"),
    ])
    pc = po("4500032451", s, "USD", "2026-11-09", [
        ("FWS-SIL-W", "Silicone window seal 8x12 mm", 200, "M", "3.90", "2027-01-08"),
    ])
    top = """Salam sejahtera Cik Ingrid,

Merujuk kepada PO 4500032420 dan PO 4500032436, kami sahkan seperti berikut:

PO 4500032420
- D-profile seal: 500 m @ USD 2.60/m, penghantaran 11/12/2026 - disahkan.

PO 4500032436
- Item 1 hatch seal ring 900 mm: 24 unit @ USD 37.50, penghantaran 18/12/2026.
- Item 2 retaining clip: 600 pcs, harga baharu USD 0.21/pc (kenaikan harga bahan), penghantaran 18/12/2026.

Terima kasih / Thank you.

Nurul Aisyah binti Ahmad
Eksekutif Jualan
Roda Gergasi Seals Sdn. Bhd.
Lot 12, Jalan Perindustrian Bukit Minyak 5, 14100 Simpang Ampat, Pulau Pinang
Tel: +60 4 502 8810"""
    eml = reply(ctx, pa, top=top, date=(2026, 11, 13, 15, 22, 7), tz="+0800", client="gmail", quote="gmail",
                subject="Re: PO 4500032420 / 4500032436 - pengesahan", lang="ms-MY",
                frm=("Nurul Aisyah", "jualan@rodagergasi.example"))
    e = EC("Two POs answered in one mail (4500032420 accepted; 4500032436 line 1 accepted, line 2 price 0.18 -> 0.21); PO 4500032451 is not mentioned and left out.",
           conf(pa, {1: A(pa, 1)}), conf(pb, {1: A(pb, 1), 2: C(pb, 2, pr="0.21")}))
    return [pa, pb, pc], eml, e


@case("snowmaking-nozzles-next-week", "needs_review/fr-CA",
      "Québec French 'nous vous confirmerons la semaine prochaine' with a weekday mentioned but no commitment")
def c_snow_ca(ctx):
    s = sup("ENNLAUR", "Enneigement Laurentides Inc.", "commandes@enneigement-laurentides.example", "fr-CA")
    p = po("4500032466", s, "CAD", "2026-11-12", [
        ("SMN-TWR-8", "Tower gun nozzle 8-jet, 1/4\" NPT", 40, "EA", "28.75", "2026-12-18"),
        ("SMN-FILTER-100", "Inline filter 100 mesh, 1\"", 12, "EA", "64.00", "2026-12-18"),
    ])
    top = """Bonjour Mme Moe,

Merci pour votre commande 4500032466.

Notre fournisseur de buses doit nous revenir sur ses délais d'ici mardi; nous vous confirmerons les prix et la date de livraison la semaine prochaine.

Bonne journée,

Geneviève Tremblay
Service à la clientèle
Enneigement Laurentides inc.
1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B7
Tél. : 450 436-2281, poste 204"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 19, 13, 37, 55), tz="-0500", quote="outlook", qlang="fr",
                charset="windows-1252", cte="quoted-printable", lang="fr-CA",
                frm=("Geneviève Tremblay", "commandes@enneigement-laurentides.example"))
    e = EK("needs_review", "Holding reply: prices and delivery date will be confirmed next week; nothing is committed.")
    return [p], eml, e


@case("dry-stone-tools-cena-bez-dph", "confirmation/cs-CZ",
      "Czech HTML table reply, 'cena 45,50 Kč/ks bez DPH' on one line and '11. 12. 2026' with spaces")
def c_dry_cz(ctx):
    s = sup("KAMNAR", "Kamenické nářadí Vysočina s.r.o.", "objednavky@kamenicke-naradi.example", "cs-CZ")
    p = po("4500032481", s, "CZK", "2026-11-09", [
        ("DSW-CHIS-25", "Pitching chisel 25 mm, 1 1/4 lb", 36, "EA", "412.00", "2026-12-11"),
        ("DSW-PIN-10", "Walling line pin 10 mm", 60, "PAIR", "42.00", "2026-12-11"),
        ("DSW-LINE-50", "Builder's line 1.5 mm, 50 m", 48, "EA", "45.00", "2026-12-11"),
    ])
    top = """Dobrý den paní Moe,

potvrzujeme objednávku č. 4500032481:

pol. 1 - sekáč 25 mm: 36 ks á 412,00 Kč
pol. 2 - kolíky 10 mm: 60 párů á 42,00 Kč
pol. 3 - zednická šňůra 1,5 mm / 50 m: 48 ks, cena 45,50 Kč/ks bez DPH (zdražení od výrobce)

Termín dodání všech položek: 11. 12. 2026.

S pozdravem
Jana Nováková
obchodní oddělení
Kamenické nářadí Vysočina s.r.o.
Průmyslová 1480, 674 01 Třebíč
tel.: +420 568 841 207"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 13, 8, 20, 3), quote="outlook", qlang="cs", charset="windows-1250",
                cte="quoted-printable", prefix="Odp:", lang="cs-CZ", frm=("Jana Nováková", "objednavky@kamenicke-naradi.example"))
    e = EC("Line 3 price 45,50 Kč per piece excl. VAT (was 45.00); lines 1-2 as ordered; '11. 12. 2026' = requested date.",
           conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, pr="45.50")}))
    return [p], eml, e


@case("bagpipe-chanters-body-vs-proforma", "needs_review/en-IN",
      "body says 'all items dispatched 04/12/2026' while the attached proforma PDF says 24/12/2026 and 150 reeds")
def c_bagpipe_in(ctx):
    s = sup("PUNJABHI", "Punjab Highland Instruments Pvt. Ltd.", "export@punjabhighland.example", "en-IN")
    p = po("4500032496", s, "USD", "2026-11-10", [
        ("BPC-PRAC-STD", "Practice chanter standard, rosewood, 2027 batch", 100, "EA", "14.20", "2026-12-18"),
        ("BPC-REED-CANE", "Cane chanter reed, medium", 200, "EA", "3.10", "2026-12-18"),
    ], buyer="pn")
    pdf = text_pdf([
        "**PUNJAB HIGHLAND INSTRUMENTS PVT. LTD.",
        "B-27, Focal Point Extension, Jalandhar - 144 004, Punjab, India   GSTIN 03AAGCP4471K1Z8",
        "",
        "**PROFORMA INVOICE PI/26-27/0418",
        "Date: 17/11/2026        Buyer's Order No.: 4500032496 dt. 10/11/2026",
        "Consignee: Halvorsen Trading Group, Industriveien 14, 0668 Oslo, Norway",
        "",
        "Sr.  Item code        Description                         Qty    Unit   Rate USD   Amount USD",
        "1    BPC-PRAC-STD     Practice chanter, rosewood          100    Nos      14.20      1,420.00",
        "2    BPC-REED-CANE    Cane chanter reed, medium           150    Nos       3.10        465.00",
        "",
        "Total FOB New Delhi                                                                1,885.00",
        "Date of dispatch: 24/12/2026    Mode: Air freight",
        "Payment: 30% advance, balance against copy of AWB",
    ], size=8, title="PI/26-27/0418", producer="Tally.ERP 9", creator="Tally", date="D:20261117153000+05'30'")
    top = """Dear Ms. Nair,

Good afternoon.

We are pleased to confirm your PO no. 4500032496 - all items will be dispatched on 04/12/2026 by air. Please find our proforma invoice attached for your reference.

Warm regards,
Harpreet Singh
Export Manager
Punjab Highland Instruments Pvt. Ltd.
Mob: +91 98140 22871"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 16, 3, 20), tz="+0530", client="gmail", quote="gmail",
                prefix="Re:", lang="en-IN", attachments=[att(PDF, "PI_26-27_0418.pdf", pdf)],
                frm=("Harpreet Singh", "export@punjabhighland.example"))
    e = EK("needs_review", "Contradiction: body says all items dispatched 04/12/2026, the proforma says dispatch 24/12/2026 and only 150 reeds; a human must clarify which is binding.")
    return [p], eml, e


@case("velodrome-boards-exim-dsn", "bounce/en-NZ",
      "Exim DSN from the supplier's own server, late evening NZ time, with our original request as message/rfc822")
def c_velo_nz_dsn(ctx):
    s = sup("AOTRACK", "Aotearoa Track Timber Ltd", "orders@aotearoatrack.example", "en-NZ")
    p = po("4500032511", s, "NZD", "2026-11-25", [
        ("VTB-RIMU-40", "Rimu track board 40x100x3600 mm", 180, "EA", "54.00", "2027-01-29"),
        ("VTB-GLUE-20", "PU wood adhesive 20 kg pail", 6, "EA", "265.00", "2027-01-29"),
    ], buyer="tb")
    human = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@aotearoatrack.example
    mailbox is full: retry timeout exceeded
"""
    eml = dsn_report(ctx, p, reporting_mta="mail.aotearoatrack.example",
                     frm="Mail Delivery System <Mailer-Daemon@mail.aotearoatrack.example>",
                     date=(2026, 11, 25, 22, 15, 48), tz="+1300", human=human, status="5.0.0",
                     diag="X-Exim; mailbox is full: retry timeout exceeded".replace("X-Exim; ", ""),
                     boundary="1764062148-eximdsn-1804289383", subject=f"Mail delivery failed: returning message to sender",
                     extra=["X-Failed-Recipients: orders@aotearoatrack.example"])
    e = EK("bounce", "Exim 'Mail delivery failed' DSN from the supplier side; the returned request lists the PO lines and dates.")
    return [p], eml, e


@case("salt-spinners-pris-exkl-moms", "confirmation/sv-SE",
      "Swedish 'pris 42,00 SEK/st exkl. moms' and 'leverans vecka 50' (Friday = requested date)")
def c_salt_se(ctx):
    s = sup("SPRIDNORR", "Spridarteknik i Norrland AB", "order@spridarteknik.example", "sv-SE")
    p = po("4500032526", s, "SEK", "2026-11-09", [
        ("SSS-DISC-450", "Spinner disc 450 mm, composite, 5 vanes", 16, "EA", "1450.00", "2026-12-11"),
        ("SSS-SEAL-40", "Shaft seal 40x62x8 mm", 40, "EA", "39.50", "2026-12-11"),
    ])
    top = """Hej Ingrid!

Tack för beställningen 4500032526.

Rad 1: 16 st spridartallrikar à 1 450,00 SEK, leverans vecka 50.
Rad 2: 40 st axeltätningar, pris 42,00 SEK/st exkl. moms (ny prislista från vår leverantör), leverans vecka 50.

Med vänliga hälsningar
Erik Lindqvist
Spridarteknik i Norrland AB
Hantverksvägen 12, 931 36 Skellefteå
Tel. 0910-71 22 40"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 12, 8, 5, 33), quote="outlook", qlang="sv", charset="iso-8859-1",
                cte="quoted-printable", prefix="SV:", lang="sv-SE", frm=("Erik Lindqvist", "order@spridarteknik.example"))
    e = EC("'Vecka 50' without a day = Friday 2026-12-11 = requested date; line 2 price 39.50 -> 42.00 SEK excl. VAT; line 1 as ordered.",
           conf(p, {1: A(p, 1), 2: C(p, 2, pr="42.00")}))
    return [p], eml, e


@case("lifeboat-davits-leveringsdato", "confirmation/nb-NO",
      "Norwegian 'Leveringsdato 18.12.2026 for alle linjer' after a bottom-posted quote in Thunderbird")
def c_davit_no(ctx):
    s = sup("VESTDAV", "Vestland Davit AS", "ordre@vestland-davit.example", "nb-NO")
    p = po("4500032541", s, "NOK", "2026-11-09", [
        ("LBD-FALL-14", "Davit fall wire 14 mm galvanised, 2x40 m", 4, "SET", "6850.00", "2026-12-11"),
        ("LBD-BLOCK-2T", "Davit block 2 t SWL, 250 mm sheave", 4, "EA", "4320.00", "2026-12-11"),
        ("LBD-GREASE-5", "Wire rope grease 5 kg", 6, "EA", "610.00", "2026-12-11"),
    ], buyer="tb")
    top = """Hei Tomas,

takk for bestillingen. Vi bekrefter ordre 4500032541 med antall og priser som bestilt.
Leveringsdato 18.12.2026 for alle linjer, da wirene må kappes og termineres hos oss først.

Mvh
Kristoffer Haugland
Vestland Davit AS
Sjøgata 40, 6002 Ålesund
Tlf. +47 70 12 88 40"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 16, 12, 44, 19), client="tb", quote="tb", bottom=True,
                charset="iso-8859-1", cte="8bit", html=False, prefix="Re:", lang="nb-NO", flowed=True,
                attrib="Den 09.11.2026 10:14, skrev Tomas Berg:",
                frm=("Kristoffer Haugland", "ordre@vestland-davit.example"))
    e = EC("Bottom-posted answer below our quote: all three lines move from 11 Dec to leveringsdato 18.12.2026; quantities and prices unchanged.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18"), 3: C(p, 3, d="2026-12-18")}))
    return [p], eml, e


@case("climbing-holds-newsletter", "unrelated/de-AT",
      "Austrian newsletter from the supplier's domain with prices, a '18.12.' order deadline and a 2027 collection")
def c_climb_news(ctx):
    s = sup("GRIFFWERK", "Griffwerk Tirol GmbH", "bestellung@griffwerk-tirol.example", "de-AT")
    p = po("4500032556", s, "EUR", "2026-11-20", [
        ("CH-VOL-TRI", "Triangle volume 90x60x35 cm", 4, "EA", "380.00", "2026-12-18"),
    ])
    body = """Griffwerk News 12/2026

Liebe Kletterhallen-Betreiberinnen und -Betreiber,

unsere Volumen-Kollektion 2027 ist da: 14 neue Formen von 60x40 bis 120x60 cm, jetzt auch in Petrol und Sand.

WEIHNACHTSAKTION: Bis 18.12. bestellt - vor Weihnachten geliefert. Auf alle Griff-Sets 10 % Rabatt mit dem Code XMAS26.

Beispiele:
  Sloper-Set L (10 Stk.)   statt EUR 214,00  jetzt EUR 192,60
  Dreiecksvolumen 90x60    statt EUR 380,00  jetzt EUR 342,00

Besuchen Sie uns auf der OutDoor Friedrichshafen, Halle A3, Stand 204.

Sportliche Grüße
Ihr Griffwerk-Team

Griffwerk Tirol GmbH, Grabenweg 64, 6020 Innsbruck, FN 418822x
Sie erhalten diesen Newsletter, weil Sie Kunde bei uns sind. Abmelden: https://griffwerk-tirol.example/newsletter/abmelden?u=7f31c2"""
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><table width=\"600\" align=\"center\"><tr><td>"
            "<h1 style=\"color:#0b6e75\">Griffwerk News 12/2026</h1>"
            "<p>Liebe Kletterhallen-Betreiberinnen und -Betreiber,</p>"
            "<p>unsere <b>Volumen-Kollektion 2027</b> ist da: 14 neue Formen von 60x40 bis 120x60 cm, jetzt auch in Petrol und Sand.</p>"
            "<p style=\"background:#ffe9a8;padding:8px\"><b>WEIHNACHTSAKTION:</b> Bis 18.12. bestellt - vor Weihnachten geliefert. "
            "Auf alle Griff-Sets 10&nbsp;% Rabatt mit dem Code <b>XMAS26</b>.</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><td>Sloper-Set L (10 Stk.)</td><td><s>EUR 214,00</s></td><td>EUR 192,60</td></tr>"
            "<tr><td>Dreiecksvolumen 90x60</td><td><s>EUR 380,00</s></td><td>EUR 342,00</td></tr></table>"
            "<p>Besuchen Sie uns auf der OutDoor Friedrichshafen, Halle A3, Stand 204.</p>"
            "<p>Sportliche Grüße<br>Ihr Griffwerk-Team</p>"
            "<p style=\"font-size:10px;color:#888\">Griffwerk Tirol GmbH, Grabenweg 64, 6020 Innsbruck, FN 418822x<br>"
            "<a href=\"https://griffwerk-tirol.example/newsletter/abmelden?u=7f31c2\">Abmelden</a></p>"
            "</td></tr></table></body></html>")
    eml = mail(ctx, frm=("Griffwerk Tirol", "newsletter@griffwerk-tirol.example"), to=("Ingrid Moe", f"ingrid.moe@{BDOM}"),
               subject="Griffwerk News 12/2026: Volumen-Kollektion 2027 & Weihnachtsaktion", date=(2026, 11, 26, 7, 0, 0),
               tz="+0100", client="mailchimp", body=body, html=html, charset="utf-8", cte="quoted-printable",
               extra=["List-Unsubscribe: <https://griffwerk-tirol.example/newsletter/abmelden?u=7f31c2>",
                      "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
                      "X-Mailer: CleverReach Mailer"])
    e = EK("unrelated", "Marketing newsletter from the supplier's domain; prices and '18.12.' are promotional, and the triangle volume price shown is a discount offer, not an answer to PO 4500032556.")
    return [p], eml, e


@case("chess-clocks-hinta-kpl", "confirmation/fi-FI",
      "Finnish 'hinta 8,90 €/kpl' on line 1 and a repeated unchanged line 2")
def c_chess_fi(ctx):
    s = sup("SHAKKIOY", "Shakkikello Oy", "tilaukset@shakkikello.example", "fi-FI")
    p = po("4500032571", s, "EUR", "2026-11-10", [
        ("CCM-MECH-FI", "Mechanical chess clock movement, wind-up, 2-dial", 40, "EA", "8.40", "2026-12-11"),
        ("CCM-CASE-BEECH", "Beech case 200x110 mm, 3/8 panel", 40, "EA", "12.70", "2026-12-11"),
    ])
    top = """Hei Ingrid,

kiitos tilauksesta 4500032571. Vahvistamme:

rivi 1 - 40 kpl koneistoja, hinta 8,90 €/kpl (raaka-aineen hinnankorotus), toimitus 11.12.2026
rivi 2 - 40 kpl pyökkikoteloita, 12,70 €/kpl, toimitus 11.12.2026

Ystävällisin terveisin
Heikki Mäkinen
Shakkikello Oy
Teollisuustie 7, 33330 Tampere
puh. +358 3 214 6650"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 9, 58, 2), tz="+0200", quote="outlook", qlang="fi",
                charset="iso-8859-15", cte="quoted-printable", prefix="VS:", lang="fi-FI",
                frm=("Heikki Mäkinen", "tilaukset@shakkikello.example"))
    e = EC("Line 1 price 8.40 -> 8,90 €/kpl; line 2 as ordered; dates equal the requested 11.12.2026.",
           conf(p, {1: C(p, 1, pr="8.90"), 2: A(p, 2)}))
    return [p], eml, e


@case("wool-carding-tarne-nadal", "confirmation/et-EE",
      "Estonian 'tarne nädal 51' and a remainder in 'nädal 2 (2027)' - two weeks-without-day and a split line")
def c_wool_ee(ctx):
    s = sup("VILLAKR", "Villakraasi OÜ", "tellimused@villakraasi.example", "et-EE")
    p = po("4500032586", s, "EUR", "2026-11-10", [
        ("WCC-HAND-72", "Hand carder cloth 72 TPI, 4x8 in sheet", 200, "EA", "5.60", "2026-12-11"),
        ("WCC-DRUM-36", "Drum carder cloth 36 TPI, 50 mm x 10 m roll", 15, "ROL", "118.00", "2026-12-18"),
    ])
    top = """Tere Ingrid,

kinnitame tellimuse 4500032586:

Rida 1: 200 tk à 5,60 EUR - tarne nädal 50.
Rida 2: 10 rulli à 118,00 EUR - tarne nädal 51; ülejäänud 5 rulli tarne nädal 2 (2027).

Lugupidamisega
Kadri Tamm
Villakraasi OÜ
Tööstuse 14, 80010 Pärnu
tel +372 445 1290"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 16, 14, 10, 40), tz="+0200", client="gmail", quote="gmail",
                charset="iso-8859-15", cte="quoted-printable", prefix="Re:", lang="et-EE",
                frm=("Kadri Tamm", "tellimused@villakraasi.example"))
    e = EC("Week 50 Friday = 2026-12-11 = requested (line 1 accepted); line 2: 10 rolls week 51 (2026-12-18) + 5 rolls week 2/2027 (2027-01-15) -> schedule.",
           conf(p, {1: A(p, 1), 2: C(p, 2, sched=[(10, "2026-12-18"), (5, "2027-01-15")])}))
    return [p], eml, e


@case("guy-wires-pristatymo-data", "confirmation/lt-LT",
      "Lithuanian ISO 'pristatymo data 2026-12-18' per position and one position refused")
def c_guy_lt(ctx):
    s = sup("STIEBLYN", "Stiebų Lynai UAB", "uzsakymai@stiebu-lynai.example", "lt-LT")
    p = po("4500032601", s, "EUR", "2026-11-11", [
        ("RMG-EHS-6", "Guy strand EHS 6 mm (1/4\"), 1x7 galvanised", 1500, "M", "0.92", "2026-12-11"),
        ("RMG-CLIP-1/4", "Wire rope clip 1/4\" DIN 741", 120, "EA", "1.15", "2026-12-11"),
        ("RMG-THIMB-6", "Thimble 6 mm heavy duty", 80, "EA", "0.60", "2026-12-11"),
    ], buyer="lw")
    top = """Laba diena,

dėkojame už užsakymą 4500032601.

Poz. 1 - 1500 m, 0,92 EUR/m, pristatymo data 2026-12-18.
Poz. 2 - 120 vnt., 1,15 EUR/vnt., pristatymo data 2026-12-18.
Poz. 3 - šiuo metu neturime ir negalėsime pristatyti, atsiprašome.

Pagarbiai
Tomas Kazlauskas
Stiebų Lynai UAB
Pramonės g. 88, LT-51329 Kaunas
Tel. +370 37 451 220"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 10, 30, 0), tz="+0200", quote="outlook", charset="windows-1257",
                cte="quoted-printable", prefix="RE:", lang="lt-LT", frm=("Tomas Kazlauskas", "uzsakymai@stiebu-lynai.example"))
    e = EC("Lines 1-2 delivered 2026-12-18 instead of 12-11; line 3 'cannot deliver' = rejected.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18"), 3: R}))
    return [p], eml, e


@case("tattoo-cartridges-price-list-2027", "unrelated/ms-MY",
      "bulk price-list mail with an XLSX of 2027 prices for the same cartridge code that is on our open PO")
def c_tattoo_pricelist(ctx):
    s = sup("JARUMSENI", "Jarum Seni Sdn Bhd", "orders@jarumseni.example", "ms-MY")
    p = po("4500032616", s, "USD", "2026-11-13", [
        ("TNC-1003RL-MY", "Needle cartridge 10/03 RL, box of 20", 80, "BOX", "9.80", "2026-12-18"),
    ])
    x = make_xlsx([
        ["Senarai Harga 2027 / Price List 2027", "", "", ""],
        ["Berkuat kuasa / Effective", "01/01/2027", "", ""],
        ["Kod / Code", "Keterangan / Description", "Unit", "USD"],
        ["TNC-1003RL-MY", "Needle cartridge 10/03 RL, box of 20", "BOX", ("n", "10.40")],
        ["TNC-1205RL-MY", "Needle cartridge 12/05 RL, box of 20", "BOX", ("n", "10.90")],
        ["TNC-1209RM-MY", "Needle cartridge 12/09 RM, box of 20", "BOX", ("n", "11.60")],
        ["TNG-GRIP-25", "Disposable grip 25 mm, box of 15", "BOX", ("n", "8.70")],
    ], sheet="Harga 2027", stamp=(2026, 11, 20, 1, 0, 0))
    body = """Pelanggan yang dihargai / Dear valued customer,

Dilampirkan senarai harga 2027 kami yang berkuat kuasa mulai 1 Januari 2027.
Please find attached our 2027 price list, effective 1 January 2027. Orders placed before 31/12/2026 are invoiced at current prices.

Terima kasih atas sokongan anda / Thank you for your support.

Jarum Seni Sdn Bhd
No. 9, Jalan Industri USJ 1/10, 47600 Subang Jaya, Selangor
+60 3 8024 6611"""
    eml = mail(ctx, frm=("Jarum Seni Sdn Bhd", "marketing@jarumseni.example"), to=("Ingrid Moe", f"ingrid.moe@{BDOM}"),
               subject="Senarai Harga 2027 / Price List 2027 - Jarum Seni cartridges", date=(2026, 11, 20, 9, 0, 12),
               tz="+0800", client="other", body=body, html=None, charset="utf-8", cte="quoted-printable",
               attachments=[att(XLSX, "JarumSeni_PriceList_2027.xlsx", x)], extra=["Precedence: bulk"])
    e = EK("unrelated", "General 2027 price list (bulk mail, not threaded); it lists the PO's item code with a 2027 price, but does not answer PO 4500032616, which is explicitly invoiced at current prices.")
    return [p], eml, e


@case("tortilla-presses-paradosi-greek", "confirmation/el-GR",
      "Greek 'ημερομηνία παράδοσης 18/12/2026' for one line, ISO-8859-7 with the euro sign")
def c_tortilla_gr(ctx):
    s = sup("PAPADPR", "Papadopoulos Presses S.A.", "paraggelies@papadopoulos-presses.example", "el-GR")
    p = po("4500032631", s, "EUR", "2026-11-10", [
        ("TP-PITA-30", "Flatbread/tortilla press 30 cm, heated plates 230 V", 6, "EA", "540.00", "2026-12-11"),
        ("TP-PTFE-30", "PTFE sheet for 30 cm press, 0.25 mm", 50, "EA", "6.80", "2026-12-11"),
    ])
    top = """Αγαπητή κα Moe,

Σας επιβεβαιώνουμε την παραγγελία 4500032631:

Είδος 1: 6 τεμ. x 540,00 € - ημερομηνία παράδοσης 18/12/2026
Είδος 2: 50 τεμ. x 6,80 € - ημερομηνία παράδοσης 11/12/2026

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Παπαδόπουλος Πρέσες Α.Ε.
ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη
Τηλ. +30 2310 798 412"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 12, 1, 15), tz="+0200", quote="outlook", charset="iso-8859-7",
                cte="quoted-printable", prefix="ΑΠ:", lang="el-GR", frm=("Γιώργος Παπαδόπουλος", "paraggelies@papadopoulos-presses.example"))
    e = EC("Line 1 delivery 18/12/2026 (changed from 11 Dec); line 2 as ordered.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: A(p, 2)}))
    return [p], eml, e


@case("curling-handles-teslim-tarihi", "confirmation/tr-TR",
      "Turkish 'teslim tarihi 18.12.2026' on two lines; the third 'not in stock, will inform after planning' stays unconfirmed")
def c_curling_tr(ctx):
    s = sup("BUZSPOR", "Buz Sporları Ekipman A.Ş.", "siparis@buzsporlari.example", "tr-TR")
    p = po("4500032646", s, "EUR", "2026-11-10", [
        ("CSH-GRN-STD", "Curling stone handle, green", 8, "EA", "64.50", "2026-12-11"),
        ("CSH-BOLT-M12", "Handle bolt M12x90", 16, "EA", "3.95", "2026-12-11"),
        ("CSS-BAND-4/3", "Striking band 4/3 profile, 2027 spec", 8, "EA", "118.00", "2026-12-11"),
    ], buyer="lw")
    top = """Sayın Lukas Weber,

4500032646 numaralı siparişinizi aşağıdaki şekilde onaylıyoruz:

1. kalem: 8 adet, 64,50 EUR, teslim tarihi 18.12.2026
2. kalem: 16 adet, 3,95 EUR, teslim tarihi 18.12.2026
3. kalem: stokta yok; üretim planlandıktan sonra teslim tarihi hakkında bilgi vereceğiz.

Saygılarımızla,
Elif Yıldız
Satış Departmanı
Buz Sporları Ekipman A.Ş.
Erzurum OSB 3. Cadde No: 14, 25070 Erzurum
Tel: +90 442 327 18 50"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 11, 47, 30), tz="+0300", quote="outlook", qlang="tr",
                charset="windows-1254", cte="quoted-printable", prefix="YNT:", lang="tr-TR",
                frm=("Elif Yıldız", "siparis@buzsporlari.example"))
    e = EC("Lines 1-2 move to 18.12.2026; line 3 is addressed without a commitment (date to follow after planning) = unconfirmed.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18"), 3: U}))
    return [p], eml, e


@case("dry-stone-tools-delivery-note-other-po", "unrelated/es-ES",
      "Spanish delivery note (albarán PDF) for an older PO with the same item codes and quantities as the open one")
def c_dry_albaran(ctx):
    s = sup("HERRPS", "Herramientas Piedra Seca S.L.", "pedidos@herramientaspiedraseca.example", "es-ES")
    p = po("4500032661", s, "EUR", "2026-11-12", [
        ("DSW-HAM-4", "Walling hammer 4 lb", 12, "EA", "34.00", "2026-12-18"),
        ("DSW-CHIS-50", "Bolster chisel 50 mm", 24, "EA", "12.80", "2026-12-18"),
    ])
    pdf = text_pdf([
        "**Herramientas Piedra Seca S.L.",
        "Pol. Ind. El Espartal, nave 7 - 44600 Alcañiz (Teruel) - CIF B44218870",
        "",
        "**ALBARÁN DE ENTREGA 2026-AL-05523",
        "Cliente: Halvorsen Trading Group - Su pedido: 4500031207",
        "Fecha de expedición: 23/11/2026      Transportista: DB Schenker     Bultos: 2",
        "",
        "Ref.          Descripción                          Cantidad",
        "DSW-HAM-4     Maceta de mampostería 4 lb              12 uds",
        "DSW-CHIS-50   Cincel ancho 50 mm                      24 uds",
        "",
        "Recibí conforme: ______________________",
    ], size=9, title="Albarán 2026-AL-05523", producer="a3ERP", creator="a3ERP", date="D:20261123081500+01'00'")
    body = """Buenos días,

adjuntamos el albarán de entrega 2026-AL-05523 correspondiente a su pedido 4500031207, expedido hoy 23/11/2026.

Saludos,
Almacén - Herramientas Piedra Seca S.L.
Tel. 978 83 05 12"""
    eml = mail(ctx, frm=("Almacén Piedra Seca", "almacen@herramientaspiedraseca.example"), to=("Ingrid Moe", f"ingrid.moe@{BDOM}"),
               subject="Albarán de entrega 2026-AL-05523 - su pedido 4500031207", date=(2026, 11, 23, 8, 17, 44),
               tz="+0100", client="other", body=body, html=None, charset="iso-8859-1", cte="quoted-printable",
               attachments=[att(PDF, "Albaran_2026-AL-05523.pdf", pdf)])
    e = EK("unrelated", "Delivery note for an older order (4500031207, not in pos.json); the items and quantities match the open PO 4500032661, but that PO is not answered.")
    return [p], eml, e


@case("falafel-formers-cena-rsd-kom", "confirmation/sr-RS",
      "Serbian Latin 'cena 450,00 RSD/kom' on line 1 in windows-1250")
def c_falafel_rs(ctx):
    s = sup("FALOPR", "Falafel Oprema d.o.o. Beograd", "porudzbine@falafel-oprema.example", "sr-RS")
    p = po("4500032676", s, "RSD", "2026-11-11", [
        ("FF-40-SS", "Falafel former 40 mm, stainless", 120, "EA", "420.00", "2026-12-11"),
        ("FF-SPRING-40", "Spare spring for 40 mm former", 240, "EA", "65.00", "2026-12-11"),
    ])
    top = """Poštovana gospođo Moe,

potvrđujemo porudžbinu 4500032676:

Stavka 1: 120 kom, cena 450,00 RSD/kom, isporuka 11.12.2026.
Stavka 2: 240 kom, cena 65,00 RSD/kom, isporuka 11.12.2026.

Srdačan pozdrav,
Milica Jovanović
Falafel Oprema d.o.o.
Bulevar Zorana Đinđića 64, 11070 Novi Beograd
tel. +381 11 311 4470"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 14, 25, 12), quote="outlook", charset="windows-1250",
                cte="quoted-printable", lang="sr-Latn-RS", frm=("Milica Jovanović", "porudzbine@falafel-oprema.example"))
    e = EC("Line 1 price 420.00 -> 450,00 RSD/kom; line 2 as ordered.",
           conf(p, {1: C(p, 1, pr="450.00"), 2: A(p, 2)}))
    return [p], eml, e
