# -*- coding: utf-8 -*-
"""Cases 001-018."""
from .common import case, sup, mkpo, rdate, build, reply, attr, conf, other, allacc, A, C, R, U, auto_hdrs, \
    req_subject, request_eml, kw
from . import mime


@case("organ-pipes-all-positions-later-date", "confirmation/de-DE",
      "Says 'alle Positionen' are confirmed as ordered, but a later paragraph moves position 2 to 15.01.2027.")
def c001(slug):
    s = sup("KRAUSS", "Orgelpfeifenbau Krauß GmbH", "auftrag@orgelpfeifen-krauss.example", "de-DE")
    po = mkpo("4500021871", s, "tobias", "EUR", "2026-11-03", [
        ("OP-PR8-C1", "Principal 8', C1 pipe, 75% tin, 1.5 mm wall", 1, "EA", "1240.00", "2026-12-11"),
        ("OP-TR8-SET12", "Trumpet 8' resonators, set of 12, 4/3 flared", 2, "SET", "2860.00", "2026-12-11"),
        ("OP-FL4-56", "Flute 4', 56 pipes, spotted metal 45%", 1, "SET", "3475.00", "2026-12-18"),
    ])
    body = """Sehr geehrter Herr Feld,

vielen Dank für Ihre Bestellung 4500021871 vom 03.11.2026. Hiermit bestätigen wir alle Positionen zu den genannten Preisen und Terminen.

Die Pfeifen werden wie üblich in Holzkisten verpackt; die Kisten sind Mehrweg und werden bei der nächsten Anlieferung wieder mitgenommen.

Nachtrag nach Rücksprache mit unserer Werkstatt: Pos. 2 (Trompete 8', Becher 4/3) können wir leider erst am 15.01.2027 liefern, da das Zinnblech 1,5 mm noch nicht eingetroffen ist. Pos. 1 und Pos. 3 bleiben wie oben bestätigt.

Mit freundlichen Grüßen

Ute Brandl
Auftragsabwicklung

Orgelpfeifenbau Krauß GmbH
Am Hüttenberg 7 | 01796 Pirna
Tel. +49 3501 5589-12 | Fax +49 3501 5589-99
Geschäftsführer: Matthias Krauß | Amtsgericht Dresden HRB 23871

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, d="2027-01-15"), 3: A(po, 3)}),
               notes="'Hiermit bestätigen wir alle Positionen' reads as all accepted, but the 'Nachtrag' moves Pos. 2 to 15.01.2027; Pos. 1 and 3 stay as ordered.")
    return build(slug, [po], ("Ute Brandl", "u.brandl@orgelpfeifen-krauss.example"),
                 rdate("2026-11-11 14:22:07", "+0100"), body, exp, charset="iso-8859-1", lang="de",
                 prefix="AW: ", html_lang="DE")


@case("tattoo-ink-price-per-dozen", "confirmation/en-US",
      "Line 1 is ordered per piece but the supplier quotes $75.00 per dozen, which is 6.25 per piece.")
def c002(slug):
    s = sup("VIVID", "Vivid Pigment Supply Co.", "orders@vividpigment.example", "en-US")
    po = mkpo("HL-PO-261148", s, "sam", "USD", "2026-11-04", [
        ("TI-BLK-1OZ", "Lining black ink, 1 oz bottle, 12x20 case pack", 240, "EA", "6.50", "2026-12-04"),
        ("TI-RED-2OZ", "True red ink, 2 oz bottle", 120, "EA", "11.80", "2026-12-04"),
        ("TI-SET-24", "Starter set 24 colours, 1/2 oz bottles", 10, "SET", "145.00", "2026-12-04"),
    ])
    body = """Hi Sam,

Thanks for PO HL-PO-261148. Confirming as follows:

- Lining black 1 oz: 240 pcs (20 dz). Please note this item is priced at $75.00 per dozen per our 2026 price sheet, not per each.
- True red 2 oz: 120 pcs @ $11.80 ea
- Starter set 24 colors: 10 sets @ $145.00

Everything will be delivered to your DC on 12/04/2026 as requested.

Best,
Kayla Morgan
Customer Service | Vivid Pigment Supply Co.
2150 W Jefferson Blvd, Los Angeles, CA 90018
(323) 555-0148"""
    exp = conf((po, {1: C(po, 1, p="6.25"), 2: A(po, 2), 3: A(po, 3)}))
    return build(slug, [po], ("Kayla Morgan", "kayla@vividpigment.example"),
                 rdate("2026-11-09 11:05:42", "-0800"), body, exp, client="gmail", prefix="Re: ")


@case("rail-clips-qty-date-table", "confirmation/nl-NL",
      "Position 1 is split in a small 'Qty | Date' table (3.000 on 04-12, 2.000 on 18-12) with Dutch thousand dots.")
def c003(slug):
    s = sup("VANDIJK", "Spoorbevestiging Van Dijk B.V.", "verkoop@vandijk-spoor.example", "nl-NL")
    po = mkpo("4500021902", s, "mara", "EUR", "2026-11-05", [
        ("RF-SKL14-ZN", "Tension clamp SKL 14, zinc flake coated", 5000, "PCS", "1.84", "2026-12-11"),
        ("RF-SS25-M24", "Sleeper screw Ss 25, M24x230", 2000, "PCS", "2.96", "2026-12-11"),
        ("RF-PAD-148", "Rail pad 148x180x6 mm, EVA", 2000, "PCS", "0.87", "2026-12-11"),
    ])
    body = """Beste Mara,

Bedankt voor uw order 4500021902.

Pos. 2 (Ss 25) en pos. 3 (tussenplaten) bevestigen wij conform order, levering 11-12-2026.

Pos. 1 (SKL 14) kunnen wij niet in één keer leveren. Wij splitsen als volgt:

Qty     | Date
3.000   | 04-12-2026
2.000   | 18-12-2026

De prijs blijft € 1,84 per stuk.

Met vriendelijke groet,

Sanne de Vries
Binnendienst Verkoop
Spoorbevestiging Van Dijk B.V. | Havenweg 22 | 3295 KK 's-Gravendeel
T +31 78 555 2290"""
    html_body = """<p class="MsoNormal">Beste Mara,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bedankt voor uw order 4500021902.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pos. 2 (Ss 25) en pos. 3 (tussenplaten) bevestigen wij conform order, levering 11-12-2026.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pos. 1 (SKL 14) kunnen wij niet in één keer leveren. Wij splitsen als volgt:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Qty</b></p></td><td><p class="MsoNormal"><b>Date</b></p></td></tr>
<tr><td><p class="MsoNormal">3.000</p></td><td><p class="MsoNormal">04-12-2026</p></td></tr>
<tr><td><p class="MsoNormal">2.000</p></td><td><p class="MsoNormal">18-12-2026</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">De prijs blijft € 1,84 per stuk.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Met vriendelijke groet,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Sanne de Vries<br>Binnendienst Verkoop<br>Spoorbevestiging Van Dijk B.V. | Havenweg 22 | 3295 KK 's-Gravendeel<br>T +31 78 555 2290<o:p></o:p></p>"""
    exp = conf((po, {1: C(po, 1, q=5000, d="2026-12-18", sched=[(3000, "2026-12-04"), (2000, "2026-12-18")]),
                     2: A(po, 2), 3: A(po, 3)}))
    return build(slug, [po], ("Sanne de Vries", "s.devries@vandijk-spoor.example"),
                 rdate("2026-11-10 09:47:15", "+0100"), body, exp, charset="windows-1252", lang="nl",
                 html_body=html_body, prefix="RE: ", html_lang="NL")


@case("cello-strings-18th-dec", "confirmation/en-IE",
      "The 3/4 C strings are confirmed for '18th Dec.' with no year; A and D strings 'as requested' on 11 Dec.")
def c004(slug):
    s = sup("LARCH", "Larchfield String Works Ltd", "sales@larchfield-strings.example", "en-IE")
    po = mkpo("HL-PO-261163", s, "claire", "EUR", "2026-11-05", [
        ("CS-A-44-M", "Cello A string 4/4, medium tension, steel core", 60, "EA", "18.40", "2026-12-11"),
        ("CS-D-44-M", "Cello D string 4/4, medium tension", 60, "EA", "19.10", "2026-12-11"),
        ("CS-C-34-S", "Cello C string 3/4, soft, tungsten wound", 24, "EA", "41.50", "2026-12-11"),
    ])
    body = """Hi Claire,

Thanks a million for the order.

The A and D strings (4/4, medium) are in stock and will be with you on 11 Dec as requested.

The 3/4 C strings are being wound this week, so we can only confirm those for 18th Dec. - hope that still works for you.

All prices as per your PO.

Kind regards,
Niamh

Niamh O'Sullivan
Larchfield String Works Ltd
Unit 4, Ballincollig Business Park, Co. Cork, P31 X2K8
+353 21 555 7734"""
    exp = conf((po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, d="2026-12-18")}),
               notes="'18th Dec.' has no year; the next 18 December on or after the mail date (12 Nov 2026) is 2026-12-18.")
    return build(slug, [po], ("Niamh O'Sullivan", "niamh@larchfield-strings.example"),
                 rdate("2026-11-12 16:31:09", "+0000"), body, exp, client="apple", prefix="Re: ",
                 cte="quoted-printable")


@case("ooo-escalator-handrails", "auto_reply/en-GB",
      "Out-of-office with return date and deputy phone numbers, threaded on the request and quoting the PO number.")
def c005(slug):
    s = sup("HDYN", "Handrail Dynamics Ltd", "sales@handraildynamics.example", "en-GB")
    po = mkpo("HL-PO-261172", s, "sam", "GBP", "2026-11-09", [
        ("HD-RB-80", "Escalator handrail, rubber, 80 mm, black", 150, "M", "49.80", "2026-12-11"),
        ("HD-GLU-2K", "2-part handrail adhesive kit, 250 ml", 12, "SET", "64.00", "2026-12-11"),
    ])
    body = """Thank you for your email.

I am out of the office from Monday 9 November until Friday 20 November 2026 with limited access to email. Your message regarding "%s" has not been forwarded.

For urgent enquiries about orders and deliveries please contact our sales office on +44 1332 555 014 or sales.office@handraildynamics.example.

Kind regards
Gareth Pryce
Key Account Manager
Handrail Dynamics Ltd, Pride Park, Derby DE24 8HX""" % req_subject(po)
    eml = reply(slug, po, ("Gareth Pryce", "sales@handraildynamics.example"), rdate("2026-11-09 08:12:41", "+0000"),
                body, quote="none", subject="Automatic reply: " + req_subject(po),
                extra_headers=auto_hdrs() + [("X-MS-Exchange-Inbox-Rules-Loop", "sales@handraildynamics.example")])
    return [po], eml, other("auto_reply")


@case("goat-soap-full-quantity-as-requested", "confirmation/es-ES",
      "Spanish 'cantidad completa' and 'según lo solicitado' instead of numbers: all lines accepted as ordered.")
def c006(slug):
    s = sup("CABRERA", "Jabones La Cabrera S.L.", "pedidos@jaboneslacabrera.example", "es-ES")
    po = mkpo("4500021933", s, "priya", "EUR", "2026-11-06", [
        ("GS-NAT-100", "Goat milk soap bar natural, 100 g, 2027 label", 1200, "PCS", "2.15", "2026-12-04"),
        ("GS-LAV-100", "Goat milk soap lavender, 100 g", 600, "PCS", "2.35", "2026-12-04"),
        ("GS-GIFT-3", "Gift box 3x100 g assorted", 150, "BOX", "7.90", "2026-12-04"),
    ])
    body = """Hola Priya:

Muchas gracias por su pedido 4500021933.

Le confirmamos todas las líneas con la cantidad completa y la entrega en la fecha según lo solicitado, a los precios indicados en su pedido.

Las pastillas llevarán ya la etiqueta 2027 como nos pidieron.

Un saludo cordial,

Lucía Herrero
Dpto. Comercial
Jabones La Cabrera S.L.
Ctra. de Madrid km 3,5 · 05004 Ávila
Tel. +34 920 55 18 42"""
    exp = conf((po, allacc(po)))
    a = attr(po, "El {wd}, {d} {mon} {y} a las 9:12, {name} (<{email}>) escribió:",
             ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
             ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"])
    return build(slug, [po], ("Lucía Herrero", "lucia.herrero@jaboneslacabrera.example"),
                 rdate("2026-11-10 12:40:51", "+0100"), body, exp, client="gmail", attribution=a, prefix="RE: ")


@case("handrails-exw-instead-of-dap", "confirmation/sl-SI",
      "Accepts quantities, prices and date but states its prices are EXW Kranj instead of the PO's DAP.")
def c007(slug):
    s = sup("TIRNA", "Tirna d.o.o.", "prodaja@tirna-rocaji.example", "sl-SI")
    po = mkpo("4500021947", s, "tobias", "EUR", "2026-11-06", [
        ("EH-RB-80-BLK", "Escalator handrail, rubber, 80 mm, black, per metre", 120, "M", "54.20", "2026-12-18"),
        ("EH-SPL-KIT", "Splice kit for 80 mm handrail, 2-part", 6, "SET", "186.00", "2026-12-18"),
    ])
    body = """Spoštovani g. Feld,

hvala za naročilo 4500021947, ki ga potrjujemo v celoti:

- 120 m tekočega ročaja 80 mm, črn, po 54,20 EUR/m
- 6 kompletov za spajanje po 186,00 EUR/komplet

Dobava: 18.12.2026.

Opozarjamo vas, da so vse naše cene EXW Kranj (Incoterms 2020) in ne DAP, kot je navedeno v vašem naročilu. Prevoz lahko organiziramo mi in vam ga zaračunamo posebej, ali pa blago prevzame vaš prevoznik.

Lep pozdrav,

Mojca Žagar
Prodaja
Tirna d.o.o., Ljubljanska cesta 48, 4000 Kranj
Tel.: +386 4 555 21 30"""
    exp = conf((po, allacc(po)),
               notes="Quantities, prices and the date match the PO, so both lines are accepted; the incoterm (EXW instead of DAP) is not a labelled field. Under EXW 18.12.2026 is the ready/hand-over date, which the ship-date rule also makes the line date; the buyer should still be told about the freight.")
    return build(slug, [po], ("Mojca Žagar", "mojca.zagar@tirna-rocaji.example"),
                 rdate("2026-11-12 08:55:30", "+0100"), body, exp, charset="windows-1250", lang="en",
                 prefix="RE: ", html_lang="SL")


@case("ski-wax-ok-pos-1-2", "confirmation/sv-SE",
      "A one-line iPhone reply 'ok pos 1+2, pos 3 later': lines 1-2 accepted, line 3 unconfirmed.")
def c008(slug):
    s = sup("FJALL", "Fjällglid AB", "order@fjallglid.example", "sv-SE")
    po = mkpo("4500021958", s, "mara", "SEK", "2026-11-09", [
        ("SW-HF-BLU-60", "Glide wax HF blue, -10/-20 C, 60 g", 200, "PCS", "189.00", "2026-12-04"),
        ("SW-HF-RED-60", "Glide wax HF red, -2/-8 C, 60 g", 200, "PCS", "189.00", "2026-12-04"),
        ("SW-FF-20", "Fluor-free race powder 20 g, 2027 formula", 50, "PCS", "425.00", "2026-12-04"),
    ])
    body = "ok pos 1+2, pos 3 later\n\nSkickat från min iPhone"
    a = attr(po, "{d} {mon} {y} kl. 09:12 skrev {name} <{email}>:", None,
             ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."])
    exp = conf((po, {1: A(po, 1), 2: A(po, 2), 3: U}))
    return build(slug, [po], ("Johan Berg", "johan.berg@fjallglid.example"),
                 rdate("2026-11-10 07:41:18", "+0100"), body, exp, client="iphone", html=False, attribution=a,
                 prefix="Sv: ")


@case("organ-pipes-scale-question", "needs_review/en-GB",
      "Asks whether the 4/3 shallot or the drawing's 5/4 is right before confirming; the 18/12 it mentions is conditional.")
def c009(slug):
    s = sup("MANDER", "Mander & Pryce Organ Pipes Ltd", "sales@manderpryce.example", "en-GB")
    po = mkpo("HL-PO-261190", s, "claire", "GBP", "2026-11-09", [
        ("MP-OB8-TC", "Oboe 8' from tenor C, 49 pipes, 4/3 shallot", 1, "SET", "6240.00", "2026-12-18"),
        ("MP-PR16-Z", "Principal 16' bass pipes C-B, zinc, 12 pipes", 1, "SET", "9850.00", "2027-01-15"),
    ])
    body = """Dear Claire,

Thank you for the order. Before we can confirm it, could you please check two points for us:

1. Oboe 8': your PO says 4/3 shallots, but the drawing 12/2026 rev. B we received from the organ builder shows 5/4. Which one should we make?
2. Principal 16': is this to be delivered to St Mary's directly or to your warehouse? The 12 zinc pipes are up to 5.2 m long and need a special vehicle.

Once we have your answer we expect to be able to offer 18/12 for the oboe; the 16' depends on when our zinc sheet arrives.

Kind regards

Edward Pryce
Mander & Pryce Organ Pipes Ltd
Saint Peter's Works, Bethnal Green, London E2 7EE
020 7555 0193"""
    return build(slug, [po], ("Edward Pryce", "edward.pryce@manderpryce.example"),
                 rdate("2026-11-11 10:02:44", "+0000"), body, other("needs_review"), client="outlook",
                 prefix="RE: ")


@case("bridge-bearings-uke-51", "confirmation/nb-NO",
      "Norwegian 'levering uke 51' for both lines means Friday of ISO week 51, 2026-12-18.")
def c010(slug):
    s = sup("NORDLAGER", "Nordlager Brulagre AS", "ordre@nordlager.example", "nb-NO")
    po = mkpo("4500021966", s, "tobias", "EUR", "2026-11-09", [
        ("BB-POT-2500", "Pot bearing, guided, Vmax 2500 kN", 4, "EA", "3890.00", "2026-12-11"),
        ("BB-ELA-300", "Elastomeric bearing 300x400x52 mm, type B", 12, "EA", "412.00", "2026-12-11"),
    ])
    body = """Hei Tobias,

Takk for bestillingen. Vi bekrefter ordre 4500021966 med antall og priser som i bestillingen.

Begge posisjoner: levering uke 51.

Med vennlig hilsen

Kari Haugen
Ordrekontor
Nordlager Brulagre AS | Industriveien 12 | 3430 Spikkestad
Tlf. +47 31 55 42 10"""
    exp = conf((po, {1: C(po, 1, d=kw(2026, 51)), 2: C(po, 2, d=kw(2026, 51))}))
    return build(slug, [po], ("Kari Haugen", "kari.haugen@nordlager.example"),
                 rdate("2026-11-13 13:20:11", "+0100"), body, exp, charset="iso-8859-1", lang="nb",
                 prefix="SV: ", html_lang="NB")


@case("sushi-rice-lithuanian", "confirmation/lt-LT",
      "Lithuanian per-position list: vinegar cut to 120 l in 5 l canisters, nori moved to 2026-12-09, ISO-style dates.")
def c011(slug):
    s = sup("RYZIAI", "UAB Ryžių prekyba", "pardavimai@ryziu-prekyba.example", "lt-LT")
    po = mkpo("4500021978", s, "priya", "EUR", "2026-11-10", [
        ("SR-KOSHI-25", "Sushi rice Koshihikari, crop 2026, in 25 kg bags", 1000, "KG", "3.95", "2026-12-04"),
        ("SR-VIN-5L", "Rice vinegar for sushi, 5 L canisters", 150, "L", "4.20", "2026-12-04"),
        ("SR-NORI-50", "Nori sheets 19x21 cm, pack of 50", 80, "PCS", "9.60", "2026-12-04"),
    ])
    body = """Laba diena,

dėkojame už užsakymą Nr. 4500021978. Patvirtiname:

1. Suši ryžiai Koshihikari – 1000 kg (40 maišų po 25 kg), kaina 3,95 EUR/kg, pristatymas 2026-12-04.
2. Ryžių actas – galime pristatyti tik 120 l (24 kanistrai po 5 l), kaina 4,20 EUR/l, pristatymas 2026-12-04.
3. Nori lakštai – 80 pak., kaina 9,60 EUR, pristatymas 2026-12-09.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
UAB Ryžių prekyba, Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 4187"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, q=120), 3: C(po, 3, d="2026-12-09")}))
    return build(slug, [po], ("Rūta Kazlauskienė", "ruta.k@ryziu-prekyba.example"),
                 rdate("2026-11-12 10:44:03", "+0200"), body, exp, client="outlook", charset="windows-1257",
                 prefix="RE: ", html_lang="LT")


@case("bounce-mailbox-full", "bounce/cs-CZ",
      "Postfix DSN after retries with Status 4.2.2 (mailbox full); the returned request carries the PO table and dates.")
def c012(slug):
    s = sup("TABULE", "Tabulové barvy Morava s.r.o.", "objednavky@tabulove-barvy.example", "cs-CZ")
    po = mkpo("4500021985", s, "tobias", "CZK", "2026-11-10", [
        ("CP-BLK-25", "Chalkboard paint black matt, 2.5 L can", 40, "EA", "1180.00", "2026-12-11"),
        ("CP-GRN-075", "Chalkboard paint green, 0.75 L can", 60, "EA", "395.00", "2026-12-11"),
        ("CP-PRM-5", "Primer for MDF boards, 5 L", 10, "EA", "1640.00", "2026-12-11"),
    ])
    orig = request_eml(po)
    text = """This is the mail system at host mx2.kestrel-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<objednavky@tabulove-barvy.example>: host mx.tabulove-barvy.example[192.0.2.41]
    said: 452 4.2.2 <objednavky@tabulove-barvy.example>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; mx2.kestrel-group.example
X-Postfix-Queue-ID: 4Nh7Qm2R1Xz3wB
X-Postfix-Sender: rfc822; tobias.feld@kestrel-group.example
Arrival-Date: Tue, 10 Nov 2026 09:12:06 +0100 (CET)

Final-Recipient: rfc822; objednavky@tabulove-barvy.example
Original-Recipient: rfc822;objednavky@tabulove-barvy.example
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx.tabulove-barvy.example
Diagnostic-Code: smtp; 452 4.2.2 <objednavky@tabulove-barvy.example>: Mailbox
    full, quota exceeded
"""
    bnd = "4Nh7Qm2R1Xz3wB.1763543526/mx2.kestrel-group.example"
    core = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  text.encode()),
        mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  ds.encode()),
        mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
    ], bnd, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"), ("Date", rdate("2026-11-15 09:32:06", "+0100")),
          ("From", "MAILER-DAEMON@mx2.kestrel-group.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", "tobias.feld@kestrel-group.example"), ("Auto-Submitted", "auto-replied"),
          ("Message-ID", "<20261115083206.0B7E41A2C3@mx2.kestrel-group.example>"),
          ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("bounce")


@case("fume-hood-filters-georgian", "confirmation/ka-GE",
      "Georgian text with Western numbers: carbon filter price raised to 71.20 USD, pre-filters moved to 18.12.2026.")
def c013(slug):
    s = sup("LABFILTER", "LabFilter Georgia LLC", "sales@labfilter.example", "ka-GE")
    po = mkpo("4500021991", s, "mara", "USD", "2026-11-10", [
        ("FH-HEPA-610", "HEPA H14 filter 610x610x292 mm for fume hood", 8, "EA", "245.00", "2026-12-11"),
        ("FH-ACT-305", "Activated carbon filter 305x305x50 mm, acid gases", 24, "EA", "68.50", "2026-12-11"),
        ("FH-PRE-G4", "Pre-filter G4, 592x592x48 mm", 40, "EA", "9.80", "2026-12-11"),
    ])
    body = """გამარჯობა, მარა!

გმადლობთ შეკვეთისთვის 4500021991. ვადასტურებთ:

პოზ. 1 — HEPA H14, 8 ც., ფასი 245.00 USD, მიწოდება 11.12.2026
პოზ. 2 — ნახშირის ფილტრი, 24 ც., ფასი 71.20 USD (აქტიური ნახშირის ფასი გაიზარდა), მიწოდება 11.12.2026
პოზ. 3 — წინა ფილტრი G4, 40 ც., ფასი 9.80 USD, მიწოდება 18.12.2026

პატივისცემით,
ნინო ბერიძე
გაყიდვების მენეჯერი
LabFilter Georgia LLC, წერეთლის გამზ. 116, თბილისი 0119
+995 32 255 41 87"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, p="71.20"), 3: C(po, 3, d="2026-12-18")}))
    return build(slug, [po], ("ნინო ბერიძე", "nino.beridze@labfilter.example"),
                 rdate("2026-11-13 15:08:27", "+0400"), body, exp, client="gmail", cte="base64", prefix="Re: ")


@case("mailbox-not-monitored", "auto_reply/da-DK",
      "Danish auto-reply: the mailbox is no longer monitored and orders must go to a new address; not an answer.")
def c014(slug):
    s = sup("HUNDELINE", "Hundeline ApS", "salg@hundeline.example", "da-DK")
    po = mkpo("4500022004", s, "mara", "DKK", "2026-11-11", [
        ("DL-ROPE-12", "Rope leash 12 mm x 1.5 m, reflective", 300, "PCS", "48.50", "2026-12-11"),
        ("DL-HRN-M", "Dog harness size M, 2027 colours", 120, "PCS", "129.00", "2026-12-11"),
    ])
    body = """Hej,

Denne postkasse (salg@hundeline.example) overvåges ikke længere, og din e-mail er ikke blevet videresendt.

Fra den 1. november 2026 skal ordrer, ordrebekræftelser og forespørgsler sendes til ordre@hundeline.example. Du kan også ringe til os på +45 86 55 21 90 (man.-fre. 8.00-16.00).

Dette er en automatisk besked - svar venligst ikke på denne e-mail.

Med venlig hilsen
Hundeline ApS
Industrivej 9, 8660 Skanderborg"""
    eml = reply(slug, po, ("Hundeline ApS", "salg@hundeline.example"), rdate("2026-11-11 09:12:40", "+0100"),
                body, quote="none", charset="iso-8859-1", subject="Autosvar: " + req_subject(po),
                extra_headers=auto_hdrs(), html_lang="DA")
    return [po], eml, other("auto_reply")


@case("underlay-own-ack-number", "confirmation/fr-FR",
      "The signature carries the supplier's own confirmation number AC-26-04417 and its date 13/11/2026, which is not a delivery date.")
def c015(slug):
    s = sup("SCMERID", "Sous-Couches Méridional SAS", "adv@souscouches-meridional.example", "fr-FR")
    po = mkpo("HL-PO-261201", s, "claire", "EUR", "2026-11-09", [
        ("CU-PU-8-137", "PU foam underlay 8 mm, roll 1.37x11 m", 60, "ROL", "38.60", "2026-12-04"),
        ("CU-RUB-10", "Rubber crumb underlay 10 mm, 15 m2 roll", 40, "ROL", "71.20", "2026-12-04"),
        ("CU-TAPE-50", "Seaming tape 50 mm x 50 m", 24, "ROL", "6.40", "2026-12-04"),
    ])
    body = """Bonjour Madame Dubois,

Nous accusons bonne réception de votre commande HL-PO-261201 et vous en remercions.

- Pos. 1 : 60 rouleaux PU 8 mm à 38,60 €, livraison le 04/12/2026 - OK
- Pos. 2 : 40 rouleaux caoutchouc 10 mm à 71,20 €, livraison le 11/12/2026 (rupture matière, réassort en cours)
- Pos. 3 : 24 rouleaux de bande 50 mm à 6,40 €, livraison le 04/12/2026 - OK

Cordialement,

Julien Marchetti
Administration des ventes
Notre confirmation de commande n° AC-26-04417 du 13/11/2026
Sous-Couches Méridional SAS - ZI des Paluds, 13400 Aubagne - Tél. 04 42 55 18 30"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, d="2026-12-11"), 3: A(po, 3)}))
    return build(slug, [po], ("Julien Marchetti", "j.marchetti@souscouches-meridional.example"),
                 rdate("2026-11-13 11:26:38", "+0100"), body, exp, charset="windows-1252", lang="fr",
                 prefix="RE : ", html_lang="FR")


@case("holiday-closing-notice", "unrelated/de-AT",
      "Christmas closing circular from a supplier with an open PO, full of dates (23.12.2026-06.01.2027, order cut-off 14.12.).")
def c016(slug):
    s = sup("ALPWACHS", "Alpenwachs Skiwachs GmbH", "verkauf@alpenwachs.example", "de-AT")
    po = mkpo("4500022013", s, "mara", "EUR", "2026-11-11", [
        ("AW-RACE-BLU", "Race wax blue -8/-18 C, 180 g", 120, "PCS", "16.90", "2026-12-18"),
        ("AW-IRON-230", "Waxing iron 230V, 1000 W", 10, "EA", "79.00", "2026-12-18"),
    ])
    text = """Sehr geehrte Kundin, sehr geehrter Kunde,

wir bedanken uns herzlich für die gute Zusammenarbeit im Jahr 2026.

Bitte beachten Sie unsere Betriebsurlaube über die Feiertage:

  Betriebsurlaub:            23.12.2026 bis einschließlich 06.01.2027
  Letzter Versandtag:        18.12.2026
  Bestellschluss für Lieferung vor Weihnachten: 14.12.2026

Ab Donnerstag, 07.01.2027 sind wir wieder wie gewohnt für Sie da.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch ins neue Jahr!

Ihr Team von Alpenwachs
Alpenwachs Skiwachs GmbH | Gewerbepark 3 | 6380 St. Johann in Tirol
Tel. +43 5352 555 40 | www.alpenwachs.example"""
    html = "<html><body style=\"font-family:Arial\">" + "<br>\n".join(
        mime_escape(l) for l in text.split("\n")) + "</body></html>"
    core = mime.multipart("alternative", [mime.text(text, charset="iso-8859-1"),
                                          mime.text(html, subtype="html", charset="iso-8859-1")],
                          "----=_NextPart_000_0A1B_01DD5F3C.7E4A2B10")
    hs = [("From", mime.addr("Alpenwachs Skiwachs GmbH", "info@alpenwachs.example")),
          ("To", mime.addr("Alpenwachs Kunden", "info@alpenwachs.example")),
          ("Subject", mime.enc_header("Betriebsurlaub Weihnachten 2026 / Öffnungszeiten", "iso-8859-1", "Q")),
          ("Date", rdate("2026-11-30 10:05:00", "+0100")),
          ("Message-ID", "<000a01dd5f3c$7e4a2b10$6b2e8130$@alpenwachs.example>"),
          ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-at"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("unrelated")


def mime_escape(s):
    import html as h
    return h.escape(s, quote=False)


@case("marble-polish-consegna-18-12", "confirmation/it-IT",
      "Italian 'consegna prevista il 18/12' without a year for all lines instead of the requested 15/12.")
def c017(slug):
    s = sup("APUANA", "Lucidatura Apuana S.r.l.", "ordini@lucidatura-apuana.example", "it-IT")
    po = mkpo("4500022027", s, "tobias", "EUR", "2026-11-12", [
        ("MP-CRM-1L", "Marble polishing cream, 1 L bottles", 48, "L", "14.20", "2026-12-15"),
        ("MP-PWD-5K", "Tin oxide polishing powder, 5 kg pails", 100, "KG", "22.40", "2026-12-15"),
        ("MP-PAD-17", "Polishing pad 17 in (432 mm), white, box of 5", 10, "BOX", "38.00", "2026-12-15"),
    ])
    body = """Buongiorno Sig. Feld,

confermiamo il Vs. ordine n. 4500022027 del 12/11/2026 per tutte le righe, quantità e prezzi come da ordine.

Consegna prevista il 18/12 (il 15/12 non è possibile per la chiusura del magazzino per inventario).

Cordiali saluti

Francesca Bertoni
Ufficio Commerciale
Lucidatura Apuana S.r.l. - Via Aurelia Sud 212 - 54100 Massa (MS)
Tel. +39 0585 55 47 21 - P.IVA 01234560451

Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questa e-mail sono riservate."""
    exp = conf((po, {1: C(po, 1, d="2026-12-18"), 2: C(po, 2, d="2026-12-18"), 3: C(po, 3, d="2026-12-18")}))
    return build(slug, [po], ("Francesca Bertoni", "f.bertoni@lucidatura-apuana.example"),
                 rdate("2026-11-13 09:18:55", "+0100"), body, exp, charset="iso-8859-1", lang="it",
                 prefix="R: ", html_lang="IT")


@case("dog-leashes-excl-freight", "confirmation/en-AU",
      "Confirms prices 'excl. freight' on an FCA order, which is no price change; Australian 11/12 is 11 December.")
def c018(slug):
    s = sup("LEASHCO", "Leash & Co Pty Ltd", "sales@leashco.example", "en-AU")
    po = mkpo("HL-PO-261214", s, "sam", "AUD", "2026-11-11", [
        ("LC-ROPE-10", "Rope leash 10 mm x 1.2 m, trigger snap", 200, "EA", "18.50", "2026-12-11"),
        ("LC-LTH-20", "Leather leash 20 mm x 1.8 m, brass hardware", 80, "EA", "21.90", "2026-12-11"),
    ], terms="FCA Leash & Co warehouse, Brisbane (Incoterms 2020)")
    body = """G'day Sam,

PO HL-PO-261214 confirmed, thanks.

Pricing unchanged at $18.50 (rope) and $21.90 (leather) per leash, excl. freight as per your PO terms.
All 280 leashes will be ready for your forwarder on 11/12.

Cheers,
Bruce Whitfield
Leash & Co Pty Ltd
14 Kingsford Smith Dr, Eagle Farm QLD 4009
Ph (07) 5550 1822"""
    exp = conf((po, allacc(po)),
               notes="'excl. freight' restates the FCA basis, not a price change; 11/12 is day-first (11 December 2026) and, as a hand-over date on FCA terms, equals the requested date.")
    return build(slug, [po], ("Bruce Whitfield", "bruce@leashco.example"),
                 rdate("2026-11-12 08:10:33", "+1000"), body, exp, client="apple", prefix="Re: ")
