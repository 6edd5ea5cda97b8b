# -*- coding: utf-8 -*-
from .common import *


@case("nlbe-weefspoelen-forwarded-internal", "confirmation", "nl-BE",
      "Sales rep forwards the production planner's internal note (week numbers) and adds 'voor ons ok'; one line split over week 2 and week 5.")
def _():
    s = sup("VDVELDE", "Weefgetouwen Vandevelde BV", "verkoop@vandevelde-weef.example", "nl-BE")
    p = po("4500032203", s, "sofie", "EUR", "2026-11-17", [
        L("WV-SCH-32", "Fly shuttle 32 cm, beech, steel tips", 24, "EA", "58.00", "2027-01-15"),
        L("WV-SCH-40", "Fly shuttle 40 cm, beech, steel tips", 12, "EA", "64.50", "2027-01-15"),
        L("WV-SPOEL-10", "Pirn 10 cm, wood", 500, "PC", "0.95", "2027-01-15")], contact="Lieve")
    body = """Dag Sofie,

Zie hieronder het antwoord van onze productie. Voor ons is dat ok zo, de prijzen blijven zoals op uw bestelling.

Groetjes,
Lieve De Smet
Binnendienst Verkoop
Weefgetouwen Vandevelde BV - Gentsesteenweg 118 - 8500 Kortrijk
T +32 56 22 41 90 | BTW BE 0412.345.678

---------- Doorgestuurd bericht ---------
Van: Jan Peeters <planning@vandevelde-weef.example>
Datum: wo 18 nov. 2026 om 14:05
Onderwerp: RE: bestelling Calder & Finch 4500032203
Aan: Lieve De Smet <verkoop@vandevelde-weef.example>

Lieve,

schietspoelen 32 cm: 24 stuks, levering week 2.
schietspoelen 40 cm: maar hout voor 8 stuks op voorraad, die 8 ook levering week 2, de andere 4 pas in week 5.
spoeltjes 10 cm: geen probleem, 500 stuks week 2.

Jan

""" + outlook_quote(p, "nl")
    part = alt(body, to_html(body), "000000000000f7e2b105f2d4a6c9")
    return [p], reply(p, "Lieve De Smet", "verkoop@vandevelde-weef.example", when(2026, 11, 18, 15, 31, 1), part,
                      style="gmail"), \
        conf([(p, {1: A, 2: C(sched=[(8, kw(2027, 2)), (4, kw(2027, 5))]), 3: A})],
             "The forwarded internal note is endorsed by the sales rep ('voor ons ok'). Week 2 = Fri 2027-01-15 (as requested) for lines 1 and 3; line 2 split 8 in week 2 and 4 in week 5 (2027-02-05). Prices unchanged.")


@case("frca-brosses-douzaine-equal", "confirmation", "fr-CA",
      "Québec reply restating quantities in dozens and prices per dozen that are exactly the ordered per-unit values; taxes mentioned separately.")
def _():
    s = sup("BROSLAUR", "Brosserie Laurentienne inc.", "commandes@brosserie-laurentienne.example", "fr-CA")
    p = po("4500032261", s, "dana", "CAD", "2026-11-18", [
        L("BL-BO-NAT", "Nail brush, natural bristle, beech handle", 600, "EA", "1.50", "2026-12-16"),
        L("BL-BO-DBL", "Nail brush, double-sided, nylon", 480, "EA", "1.10", "2026-12-16")])
    body = """Bonjour Mme Ruiz,

Nous confirmons votre commande 4500032261 :

- Brosses à ongles poils naturels : 50 douzaines à 18,00 $ la douzaine, livraison le 16 décembre.
- Brosses à ongles doubles nylon : 40 douzaines à 13,20 $ la douzaine, livraison le 2026-12-16.

Taxes en sus (TPS/TVQ) s'il y a lieu. Transport inclus.

Merci et bonne journée!

Marie-Ève Tremblay
Service à la clientèle
Brosserie Laurentienne inc. | 455, rue Principale, Saint-Jérôme (Québec) J7Z 1Y6
Tél. : 450 555-0188, poste 3 | Sans frais : 1 800 555-0199
"""
    part = alt(body, to_html(body, "Arial"), "_000_YT3PR01MB6243B7_")
    return [p], reply(p, "Marie-Ève Tremblay", "commandes@brosserie-laurentienne.example", when(2026, 11, 19, 10, 14, -5), part), \
        conf([(p, {1: A, 2: A})],
             "50 dz = 600 EA at 18,00 $/dz = 1.50/EA; 40 dz = 480 EA at 13,20 $/dz = 1.10/EA; both 16 Dec 2026 -> exactly as ordered. Sales taxes are not a price change.")


@case("svse-pipetter-vecka-per100", "confirmation", "sv-SE",
      "Swedish reply: price given per 100 pcs (equal to PO), deliveries as 'vecka 50' and 'vecka 2 (2027)'.")
def _():
    s = sup("GLASSM", "Glasblåseriet i Småland AB", "order@glasblaseriet.example", "sv-SE")
    p = po("4500032318", s, "sofie", "SEK", "2026-11-18", [
        L("GS-PIP-3ML", "Pasteur pipette 3 ml, glass, 150 mm", 2000, "PC", "2.45", "2026-12-11"),
        L("GS-PIP-GR10", "Graduated pipette 10 ml, class B", 300, "PC", "18.90", "2026-12-11")])
    body = """Hej Sofie!

Tack för beställningen 4500032318.

Rad 1: 2 000 st Pasteurpipetter à 245,00 kr/100 st, leverans vecka 50.
Rad 2: tyvärr slut i lager just nu, vi kan leverera vecka 2 (2027). Pris oförändrat 18,90 kr/st.

Med vänlig hälsning
Anders Nilsson
Glasblåseriet i Småland AB
Storgatan 12, 360 52 Kosta
Tel 0478-123 45 | Org.nr 556123-4567

""" + gt_quote(req_text(p), "Den 18 nov. 2026 kl. 09:12 skrev Sofie Lindqvist <sofie.lindqvist@calderfinch.example>:")
    part = text(body, charset="iso-8859-1", cte="quoted-printable")
    return [p], reply(p, "Anders Nilsson", "anders@glasblaseriet.example", when(2026, 11, 20, 8, 5, 1), part,
                      prefix="SV: ", charset="iso-8859-1", style="apple", extra=[("X-Mailer", "Apple Mail (2.3826.300.87)")]), \
        conf([(p, {1: A, 2: C(d=kw(2027, 2))})],
             "Line 1: 245,00 kr per 100 = 2.45/PC, vecka 50 = Fri 2026-12-11 -> as ordered. Line 2: vecka 2 2027 = Fri 2027-01-15, price unchanged -> changed date.")


@case("nbno-lysformer-split-weekday", "confirmation", "nb-NO",
      "Norwegian HTML reply over a Gmail blockquote: second line split 50 with first shipment (7. desember) and 30 on 'fredag 8. januar' (no years).")
def _():
    s = sup("LYSSTOP", "Lysstøperiet AS", "post@lysstoperiet.example", "nb-NO")
    p = po("4500032344", s, "sofie", "NOK", "2026-11-19", [
        L("LS-FORM-STAV", "Taper candle mould, 6 cavities, tin", 40, "EA", "265.00", "2026-12-07"),
        L("LS-FORM-BLOKK", "Block candle mould 7x10 cm, aluminium", 80, "EA", "119.00", "2026-12-07")])
    t = """Hei Sofie,

Takk for bestillingen. Vi kan bekrefte følgende:

Pos. 1: 40 stk à kr 265,00, levering 7. desember.
Pos. 2: Vi har 50 stk på lager som sendes sammen med pos. 1. Resterende 30 stk kommer fra produksjon og leveres fredag 8. januar. Pris kr 119,00 uendret.

Vennlig hilsen
Ingrid Haugen
Lysstøperiet AS | Org.nr. 912 345 678 MVA
Tlf. 55 12 34 56"""
    htm = '<div dir="ltr">' + "<br>".join(esc(x) for x in t.split("\n")) + \
          '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">tor. 19. nov. 2026 kl. 09:12 skrev Sofie Lindqvist &lt;sofie.lindqvist@calderfinch.example&gt;:<br></div>' + \
          bq(req_html(p)) + "</div>"
    plain = t + "\n\ntor. 19. nov. 2026 kl. 09:12 skrev Sofie Lindqvist <sofie.lindqvist@calderfinch.example>:\n\n" + gt_quote(req_text(p))
    part = alt(plain, htm, "00000000000044c1e205f2d6b7e0")
    return [p], reply(p, "Ingrid Haugen", "ingrid@lysstoperiet.example", when(2026, 11, 20, 13, 26, 1), part,
                      prefix="Re: ", style="gmail"), \
        conf([(p, {1: A, 2: C(sched=[(50, "2026-12-07"), (30, "2027-01-08")])})],
             "Line 1 as ordered (7. desember = 2026-12-07). Line 2: 50 with line 1 on 2026-12-07 and 30 on fredag 8. januar -> next 8 Jan after the mail = 2027-01-08 (a Friday); total 80, price unchanged.")


@case("dadk-syltetoj-html-table-uge", "confirmation", "da-DK",
      "HTML-only Danish reply with its own table: weeks (uge 49/51), a new price on one line, a later week on another.")
def _():
    s = sup("GLASKOMP", "Glaskompagniet ApS", "salg@glaskompagniet.example", "da-DK")
    p = po("4500032377", s, "ines", "DKK", "2026-11-19", [
        L("GK-SYLT-370", "Jam jar 370 ml, TO 70", 3000, "PC", "2.10", "2026-12-04"),
        L("GK-SYLT-720", "Jam jar 720 ml, TO 82", 1200, "PC", "3.35", "2026-12-04"),
        L("GK-LAAG-70", "Twist-off lid TO 70, white, with button", 3000, "PC", "0.55", "2026-12-04")])
    htm = """<html><body style="font-family:Verdana;font-size:10pt">
<p>Hej Ines</p>
<p>Tak for ordren. Hermed vores ordrebekræftelse på jeres PO 4500032377:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Pos</th><th>Varenr.</th><th>Antal</th><th>Pris/stk DKK</th><th>Levering</th></tr>
<tr><td>1</td><td>GK-SYLT-370</td><td align="right">3.000</td><td align="right">2,10</td><td>uge 49</td></tr>
<tr><td>2</td><td>GK-SYLT-720</td><td align="right">1.200</td><td align="right">3,45</td><td>uge 49</td></tr>
<tr><td>3</td><td>GK-LAAG-70</td><td align="right">3.000</td><td align="right">0,55</td><td>uge 51</td></tr>
</table>
<p>Bemærk at prisen på 720 ml er steget pga. energitillæg fra vores glasværk. Lågene til pos. 3 kommer fra Italien og kan desværre først leveres i uge 51.</p>
<p>Med venlig hilsen<br>Mette Kristensen<br>Glaskompagniet ApS &middot; Havnegade 7 &middot; 5000 Odense C<br>Tlf. +45 66 12 34 56 &middot; CVR 31 23 45 67</p>
</body></html>"""
    part = html(htm, charset="iso-8859-1", cte="quoted-printable")
    return [p], reply(p, "Mette Kristensen", "mk@glaskompagniet.example", when(2026, 11, 20, 11, 48, 1), part,
                      prefix="SV: ", charset="iso-8859-1"), \
        conf([(p, {1: A, 2: C(p="3.45"), 3: C(d=kw(2026, 51))})],
             "Uge 49 = Fri 2026-12-04 (requested). Line 2 price 3,45 instead of 3.35 (energy surcharge). Line 3 uge 51 = 2026-12-18. No plain-text part.")


@case("fifi-iphone-new-thread-viikko", "confirmation", "fi-FI",
      "Finnish two-liner from a phone, new thread (no In-Reply-To) with 'Tilaus 4500032380' subject; abbreviated week numbers 'vkolla 50' / 'vko 3'.")
def _():
    s = sup("HITSAUS", "Hitsaustarvike Heinonen Oy", "myynti@hitsaus-heinonen.example", "fi-FI")
    p = po("4500032380", s, "ines", "EUR", "2026-11-19", [
        L("HH-TIG-ER70-24", "TIG welding rod ER70S-6, 2.4 mm, 5 kg tube", 40, "KG", "9.80", "2026-12-11"),
        L("HH-TIG-308L-16", "TIG welding rod ER308LSi, 1.6 mm", 15, "KG", "24.50", "2026-12-11")])
    body = """Moi Ines,
tilaus ok. ER70S-6 toimitus vkolla 50, ER308L 1,6 vasta vko 3 kun tulee tehtaalta. Hinnat ok.
t. Jari

Lähetetty iPhonesta
"""
    part = text(body, cte="quoted-printable")
    return [p], reply(p, "Jari Heinonen", "jari.heinonen@hitsaus-heinonen.example", when(2026, 11, 20, 17, 52, 2), part,
                      thread=False, subject="Tilaus 4500032380", style="apple", extra=[("X-Mailer", "iPhone Mail (22B91)")]), \
        conf([(p, {1: A, 2: C(d=kw(2027, 3))})],
             "New thread, matched by PO number in subject. Week 50 = Fri 2026-12-11 (requested) for line 1; 'vko 3' = week 3 2027 = Fri 2027-01-22 for line 2; prices ok.")


@case("etee-kaibemaks-question", "needs_review", "et-EE",
      "Estonian supplier asks whether our prices are VAT-exclusive and which colour, promising to confirm after the answer.")
def _():
    s = sup("TALLPAK", "Tallinna Tekstiilitarvikud OÜ", "myyk@tekstiilitarvikud.example", "et-EE")
    p = po("4500032421", s, "tom", "EUR", "2026-11-19", [
        L("TT-APR-25-NAT", "Apron strap, cotton webbing 25 mm x 2 m", 1000, "PC", "0.42", "2026-12-18"),
        L("TT-APR-BKL", "Apron strap buckle, metal, 25 mm", 1000, "PC", "0.18", "2026-12-18")])
    body = """Tere, Tomasz!

Täname tellimuse nr 4500032421 eest.

Enne kinnitamist palun täpsustage:
1) kas tellimuse hinnad on käibemaksuta? Meie hinnakirjas on põllepael 0,42 € + KM ja pannal 0,18 € + KM.
2) kas pael peab olema naturaalne või must? Tellimuses on NAT, aga varasemalt olete tellinud musta.

Kinnitame tellimuse ja tarneaja kohe pärast Teie vastust.

Lugupidamisega
Kadri Tamm
Tallinna Tekstiilitarvikud OÜ
Tel +372 655 1234 | Reg. kood 12345678
"""
    part = text(body, charset="iso-8859-15", cte="quoted-printable")
    return [p], reply(p, "Kadri Tamm", "kadri.tamm@tekstiilitarvikud.example", when(2026, 11, 23, 10, 3, 2), part,
                      prefix="Vs: ", charset="iso-8859-15", style="plain"), \
        other("needs_review", "Two questions (VAT basis, colour) and an explicit 'we will confirm after your answer'; nothing is committed yet.")


@case("lvlv-atvalinajums-ooo", "auto_reply", "lv-LV",
      "Latvian/English out-of-office with return date, a deputy and phone numbers; subject 'Automātiskā atbilde'.")
def _():
    s = sup("LABSTIK", "Laboratorijas Stikls SIA", "pasutijumi@labstikls.example", "lv-LV")
    p = po("4500032460", s, "sofie", "EUR", "2026-11-20", [
        L("LS-PIP-5ML", "Graduated pipette 5 ml, class AS", 200, "PC", "3.60", "2026-12-16")])
    body = """Labdien!

Esmu atvaļinājumā līdz 30.11.2026. Steidzamos jautājumos lūdzu sazinieties ar kolēģi Ilzi Bērziņu, tālr. +371 67 123 456, ilze.berzina@labstikls.example.

Hello,
I am on annual leave until 30 November 2026 with no access to e-mail. For urgent matters please contact Ilze Bērziņa, tel. +371 67 123 456.

Ar cieņu / Best regards
Māris Ozols
Laboratorijas Stikls SIA
"""
    part = text(body, cte="base64")
    return [p], reply(p, "Māris Ozols", "maris.ozols@labstikls.example", when(2026, 11, 20, 10, 13, 2), part,
                      subject="Automātiskā atbilde: " + req_subject(p),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")]), \
        other("auto_reply", "Out-of-office autoreply (Auto-Submitted), bilingual LV/EN; no order information.")


@case("ltlt-exchange-ndr-notfound", "bounce", "lt-LT",
      "Exchange Online NDR ('Undeliverable:', 550 5.1.10 RecipientNotFound) with HTML human part, delivery-status and returned headers.")
def _():
    s = sup("JURIRA", "UAB Jūrų įranga", "uzsakymai@juru-iranga.example", "lt-LT")
    p = po("4500032488", s, "tom", "EUR", "2026-11-20", [
        L("JI-FEN-F2", "Ball fender F2, red", 30, "EA", "41.00", "2026-12-21"),
        L("JI-FEN-CYL-1560", "Cylindrical fender 15x60 cm, navy", 50, "EA", "19.80", "2026-12-21")])
    rc = s["email"]
    htm = """<html><body><p><b><font color="#000066" size="3">Your message to %s couldn't be delivered.</font></b></p>
<p>%s wasn't found at juru-iranga.example.</p>
<table><tr><td>tomasz.wierzbicki</td><td>Office 365</td><td>%s</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message...</p>
<p><b>Diagnostic information for administrators</b><br>Generating server: DB9PR04MB8446.eurprd04.prod.outlook.com<br>%s<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>""" % (rc, rc.split("@")[0], rc.split("@")[0], rc)
    ds = """Reporting-MTA: dns;DB9PR04MB8446.eurprd04.prod.outlook.com
Received-From-MTA: dns;DB9PR04MB8446.eurprd04.prod.outlook.com
Arrival-Date: Fri, 20 Nov 2026 08:12:03 +0000

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % rc
    orig = """From: Tomasz Wierzbicki <tomasz.wierzbicki@calderfinch.example>
To: %s
Subject: %s
Date: Fri, 20 Nov 2026 08:12:00 +0000
Message-ID: %s
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
""" % (rc, req_subject(p), p["request_message_id"])
    parts = [multi("alternative", [text("Your message to %s couldn't be delivered.\n\n%s wasn't found at juru-iranga.example.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n" % (rc, rc.split("@")[0])), html(htm)], "_001_b5c2_"),
             Part([("Content-Type", "message/delivery-status")], ds.encode()),
             Part([("Content-Type", "text/rfc822-headers")], orig.encode())]
    part = multi("report", parts, "_002_DB9PR04MB8446b5c2_", "; report-type=delivery-status")
    m = mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@calderfinch.example>",
             "Tomasz Wierzbicki <tomasz.wierzbicki@calderfinch.example>", "Undeliverable: " + req_subject(p),
             when(2026, 11, 20, 8, 13, 0), part, "<b5c2a7e1-44f0-4c3e-9a11-7e0d2f3b8c61@DB9PR04MB8446.eurprd04.prod.outlook.com>",
             reply_to=p, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [p], m, other("bounce", "Exchange NDR: recipient not found (5.1.10); carries In-Reply-To of our request but is a delivery failure, not a reply.")


@case("huhu-olajozo-date-no-year", "confirmation", "hu-HU",
      "Hungarian confirmation with space-grouped forint prices and 'december 18.' without a year for one line.")
def _():
    s = sup("OLAJOZO", "Olajozó Kft.", "ertekesites@olajozo.example", "hu-HU")
    p = po("4500032455", s, "raj", "HUF", "2026-11-20", [
        L("OK-OLK-300", "Oil can 300 ml, brass spout", 200, "PC", "1450.00", "2026-12-11"),
        L("OK-OLK-1000", "Oil can 1 l, steel, rigid spout", 60, "PC", "3980.00", "2026-12-11")])
    body = """Tisztelt Menon Úr!

Köszönjük megrendelését. A 4500032455 számú rendelést az alábbiak szerint visszaigazoljuk:

1. tétel: 200 db olajozó 300 ml, 1 450 Ft/db, szállítás december 18-án (a sárgaréz kifolyócsövek később érkeznek).
2. tétel: 60 db olajozó 1 l, 3 980 Ft/db, szállítás 2026. 12. 11.

Üdvözlettel:
Nagy Eszter
értékesítési asszisztens
Olajozó Kft. | 6000 Kecskemét, Ipar u. 5.
Tel.: +36 76 123 456 | Adószám: 12345678-2-03
"""
    part = text(body, charset="iso-8859-2", cte="quoted-printable")
    return [p], reply(p, "Nagy Eszter", "nagy.eszter@olajozo.example", when(2026, 11, 23, 13, 40, 1), part,
                      prefix="Vá: ", charset="iso-8859-2"), \
        conf([(p, {1: C(d="2026-12-18"), 2: A})],
             "Line 1 'december 18-án' (no year) -> next 18 Dec after the 2026-11-23 mail = 2026-12-18, later than requested. Line 2 '2026. 12. 11.' as requested. Prices 1 450 / 3 980 Ft unchanged.")


@case("roro-coliere-csv-erp", "confirmation", "ro-RO",
      "Romanian mail with an ERP CSV (semicolon, decimal comma) as the confirmation: one price change, one line cancelled ('Anulat').")
def _():
    s = sup("CLTRANS", "Coliere Transilvania SRL", "vanzari@coliere-transilvania.example", "ro-RO")
    p = po("4500032512", s, "tom", "EUR", "2026-11-23", [
        L("CT-COL-1625", "Hose clamp 16-25 mm, W1, 9 mm band", 1000, "PC", "0.29", "2026-12-15"),
        L("CT-COL-3250", "Hose clamp 32-50 mm, W1, 9 mm band", 1000, "PC", "0.41", "2026-12-15"),
        L("CT-COL-6080", "Hose clamp 60-80 mm, W4, 12 mm band", 200, "PC", "0.96", "2026-12-15")])
    csv = ("Comanda client;Linie;Cod articol;Denumire;Cantitate confirmata;UM;Pret unitar;Moneda;Data livrare;Stare\r\n"
           "4500032512;1;CT-COL-1625;Colier 16-25 W1;1000;BUC;0,29;EUR;15.12.2026;Confirmat\r\n"
           "4500032512;2;CT-COL-3250;Colier 32-50 W1;1000;BUC;0,43;EUR;15.12.2026;Confirmat - pret modificat\r\n"
           "4500032512;3;CT-COL-6080;Colier 60-80 W4;0;BUC;0,96;EUR;;Anulat - produs scos din fabricatie\r\n")
    body = """Bună ziua,

Vă transmitem atașat confirmarea comenzii dumneavoastră nr. 4500032512 (fișier generat din sistemul nostru).
Pentru poziția 3 vă rugăm să ne contactați pentru o alternativă.

Cu stimă,
Andreea Popescu
Departament Vânzări
Coliere Transilvania SRL, Str. Fabricii 21, 400632 Cluj-Napoca
Tel: +40 264 123 456 | CUI RO12345678 | J12/3456/2009
"""
    part = multi("mixed", [text(body), attach("Confirmare_4500032512.csv", csv.encode("utf-8"), "text/csv")],
                 "----=_Part_118274_1839201.1795420800000")
    return [p], reply(p, "Andreea Popescu", "andreea.popescu@coliere-transilvania.example", when(2026, 11, 24, 10, 10, 2), part,
                      prefix="Re: ", style="plain", extra=[("User-Agent", "Zimbra Web Client")]), \
        conf([(p, {1: A, 2: C(p="0.43"), 3: R})],
             "CSV: line 1 as ordered; line 2 0,43 instead of 0.41; line 3 quantity 0 'Anulat - scos din fabricatie' -> rejected.")


@case("bgbg-funii-cp1251-discontinued", "confirmation", "bg-BG",
      "Bulgarian in windows-1251: one line confirmed, the other discontinued ('спрян от производство').")
def _():
    s = sup("FUNIBG", "Фунии и Кани ЕООД", "office@funii-bg.example", "bg-BG")
    p = po("4500032577", s, "sofie", "EUR", "2026-11-23", [
        L("FK-FUN-SET3", "Funnel set 3 pcs, HDPE", 400, "SET", "2.30", "2026-12-14"),
        L("FK-FUN-OIL", "Oil funnel with flexible spout", 150, "PC", "3.80", "2026-12-14")])
    body = """Здравейте, г-жо Линдквист,

Потвърждаваме поръчка № 4500032577, както следва:

Поз. 1 - 400 к-та фунии по 2,30 EUR, доставка 14.12.2026 г.
Поз. 2 - за съжаление артикулът е спрян от производство и не можем да го доставим.

Поздрави,
Петя Иванова
Фунии и Кани ЕООД, гр. Пловдив, бул. Марица 112
тел. +359 32 123 456, ЕИК 123456789
"""
    part = text(body, charset="windows-1251", cte="quoted-printable")
    return [p], reply(p, "Петя Иванова", "p.ivanova@funii-bg.example", when(2026, 11, 24, 15, 2, 2), part,
                      charset="windows-1251", style="plain"), \
        conf([(p, {1: A, 2: R})],
             "Line 1 as ordered; line 2 discontinued and cannot be supplied -> rejected.")


@case("elgr-fenders-iso8859-7-later", "confirmation", "el-GR",
      "Greek in ISO-8859-7: first line as ordered, second delayed to 22/01/2027 because of the factory.")
def _():
    s = sup("NAFTPIR", "Ναυτιλιακά Είδη Πειραιά Α.Ε.", "sales@naftiliaka-pireas.example", "el-GR")
    p = po("4500032630", s, "ines", "EUR", "2026-11-24", [
        L("NP-FEN-F4", "Ball fender F4, blue", 20, "EA", "68.00", "2026-12-18"),
        L("NP-FEN-2070", "Cylindrical fender 20x70 cm, white", 40, "EA", "31.50", "2026-12-18")])
    body = """Καλησπέρα σας κα Albrecht,

Επιβεβαιώνουμε την παραγγελία σας 4500032630:

Είδος 1: 20 τεμ. x 68,00 €, παράδοση 18/12/2026.
Είδος 2: 40 τεμ. x 31,50 €, λόγω καθυστέρησης του εργοστασίου η παράδοση θα γίνει στις 22/01/2027.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Ναυτιλιακά Είδη Πειραιά Α.Ε.
Ακτή Μιαούλη 45, 185 36 Πειραιάς
Τηλ. 210 4123 456 | ΑΦΜ 094123456
"""
    part = text(body, charset="iso-8859-7", cte="quoted-printable")
    return [p], reply(p, "Γιώργος Παπαδόπουλος", "g.papadopoulos@naftiliaka-pireas.example", when(2026, 11, 25, 18, 20, 2), part,
                      prefix="ΑΠ: ", charset="iso-8859-7"), \
        conf([(p, {1: A, 2: C(d="2027-01-22")})],
             "Line 1 as ordered; line 2 delivery 22/01/2027 instead of 18/12/2026, qty and price unchanged.")


@case("trtr-strec-kg-price", "confirmation", "tr-TR",
      "Turkish, ISO-8859-9: new price quoted per kg (3,20 USD/kg) with roll weight 2,5 kg, so the per-roll price becomes 8,00.")
def _():
    s = sup("EGEAMB", "Ege Ambalaj San. ve Tic. A.Ş.", "satis@egeambalaj.example", "tr-TR")
    p = po("4500032701", s, "dana", "USD", "2026-11-24", [
        L("EA-STR-23-500", "Stretch film 23 mic, 500 mm, hand roll 2.5 kg", 150, "ROL", "7.50", "2026-12-21"),
        L("EA-STR-17-450", "Stretch film 17 mic, 450 mm, hand roll", 300, "ROL", "5.90", "2026-12-21")])
    body = """Merhaba Dana Hanım,

4500032701 nolu siparişiniz için teşekkür ederiz.

1. kalem: polietilen hammadde fiyatları arttığı için kg fiyatımız 3,20 USD oldu; rulo net 2,5 kg. 150 rulo, teslim 21.12.2026.
2. kalem: 300 rulo, 5,90 USD/rulo, teslim 21.12.2026 - onaylıyoruz.

İyi çalışmalar,
Ayşe Yılmaz
Satış Temsilcisi
Ege Ambalaj San. ve Tic. A.Ş. | Kemalpaşa OSB, İzmir
Tel: +90 232 877 12 34 | Mersis No: 0123456789000015
"""
    part = text(body, charset="iso-8859-9", cte="quoted-printable")
    return [p], reply(p, "Ayşe Yılmaz", "ayse.yilmaz@egeambalaj.example", when(2026, 11, 25, 9, 15, 3), part,
                      prefix="YNT: ", charset="iso-8859-9"), \
        conf([(p, {1: C(p="8.00"), 2: A})],
             "Line 1: 3,20 USD/kg x 2,5 kg per roll = 8.00 USD per ROL (PO 7.50), qty/date unchanged. Line 2 as ordered.")


@case("ukua-formy-new-pricelist-pending", "needs_review", "uk-UA",
      "Ukrainian supplier announces new prices from 01.12 and asks whether we accept before confirming anything.")
def _():
    s = sup("FORMUA", "ТОВ Форми-Свічки", "zamovlennya@formy-svichky.example", "uk-UA")
    p = po("4500032766", s, "tom", "EUR", "2026-11-25", [
        L("FS-AL-6010", "Aluminium candle mould 60x100 mm", 120, "EA", "7.80", "2027-01-18"),
        L("FS-AL-8015", "Aluminium candle mould 80x150 mm", 60, "EA", "11.20", "2027-01-18")])
    body = """Добрий день, пане Томаше!

Дякуємо за замовлення № 4500032766.
З 01.12.2026 ціни на алюмінієві форми змінюються (орієнтовно +6-8%), новий прайс надішлемо до кінця тижня.
Прохання підтвердити, чи погоджуєтесь Ви на нові ціни, - після цього ми підтвердимо замовлення та терміни відвантаження.

З повагою,
Олена Коваленко
ТОВ "Форми-Свічки", м. Житомир
тел. +380 412 12 34 56
"""
    part = text(body, charset="windows-1251", cte="base64")
    return [p], reply(p, "Олена Коваленко", "o.kovalenko@formy-svichky.example", when(2026, 11, 26, 11, 0, 2), part,
                      prefix="RE: ", charset="windows-1251"), \
        other("needs_review", "Price change announced only approximately (+6-8%), new list not yet sent; explicitly confirms nothing until we accept.")


@case("sksk-pilniky-xlsx-erp", "confirmation", "sk-SK",
      "Slovak mail whose confirmation is an XLSX (built from the ERP): one date moved, one quantity reduced with the remainder not supplied.")
def _():
    s = sup("PILSK", "Pilníky Slovakia s.r.o.", "objednavky@pilniky.example", "sk-SK")
    p = po("4500032811", s, "ines", "EUR", "2026-11-25", [
        L("PS-PIL-180", "Emery board 180 grit, zebra", 4000, "PC", "0.08", "2026-12-09"),
        L("PS-PIL-BUF", "Nail buffer block, 4-way", 1500, "PC", "0.32", "2026-12-09"),
        L("PS-PIL-GLS", "Glass nail file 140 mm, in case", 800, "PC", "1.15", "2026-12-09")])
    rows = [["Potvrdenie objednávky", None, None, None, None, None, None],
            ["Vaša objednávka", "4500032811", None, "Dátum", "26.11.2026", None, None],
            [],
            ["Pol.", "Kód", "Názov", "Objednané", "Potvrdené množstvo", "Cena/ks EUR", "Termín dodania"],
            [1, "PS-PIL-180", "Pilník 180 zebra", 4000, 4000, 0.08, "09.12.2026"],
            [2, "PS-PIL-BUF", "Leštiaci blok 4-stranný", 1500, 1500, 0.32, "16.12.2026"],
            [3, "PS-PIL-GLS", "Sklenený pilník 140 mm", 800, 600, 1.15, "09.12.2026"],
            [],
            ["Poznámka", "Pol. 3: k dispozícii len 600 ks, zvyšok 200 ks nedodáme (ukončená séria)."]]
    body = """Dobrý deň,

v prílohe Vám posielame potvrdenie objednávky č. 4500032811.

S pozdravom
Zuzana Horváthová
Pilníky Slovakia s.r.o., Priemyselná 3, 917 01 Trnava
tel.: +421 33 123 45 67 | IČO: 12 345 678 | IČ DPH: SK2021234567
"""
    part = multi("mixed", [alt(body, to_html(body), "_000_alt_9c1d_"),
                           attach("Potvrdenie_4500032811.xlsx", make_xlsx(rows, "Potvrdenie"),
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")], "_004_mix_9c1d_")
    return [p], reply(p, "Zuzana Horváthová", "horvathova@pilniky.example", when(2026, 11, 26, 14, 12, 1), part), \
        conf([(p, {1: A, 2: C(d="2026-12-16"), 3: C(q=600)})],
             "XLSX: line 1 as ordered; line 2 16.12.2026 instead of 09.12.; line 3 only 600 of 800 confirmed (rest not supplied), same price/date.")


@case("slsi-dezemer-outlook-html-ok", "confirmation", "sl-SI",
      "Slovenian one-sentence confirmation in an Outlook HTML reply (Od:/Poslano: quote header), dates in the '17. 12. 2026' spaced style.")
def _():
    s = sup("METEOSI", "Meteo oprema d.o.o.", "prodaja@meteo-oprema.example", "sl-SI")
    p = po("4500032855", s, "dana", "EUR", "2026-11-25", [
        L("MO-DEZ-100", "Rain gauge 100 mm, plastic, stake mount", 150, "EA", "6.40", "2026-12-17"),
        L("MO-DEZ-DIG", "Digital rain gauge with indoor display", 20, "EA", "39.00", "2026-12-17")])
    t = """Spoštovani,

potrjujemo naročilo 4500032855 v celoti, po navedenih cenah in z dobavo 17. 12. 2026.

Lep pozdrav,
Matej Kranjc
Meteo oprema d.o.o., Tržaška cesta 132, 1000 Ljubljana
T: +386 1 234 56 78 | ID za DDV: SI12345678"""
    htm = "<html><body>" + "<br>".join(esc(x) for x in t.split("\n")) + "<br><br>" + outlook_quote(p, "sl", html=True) + "</body></html>"
    plain = t + "\n" + outlook_quote(p, "sl")
    part = alt(plain, htm, "_000_VI1P190MB0733_")
    return [p], reply(p, "Matej Kranjc", "matej.kranjc@meteo-oprema.example", when(2026, 11, 27, 8, 30, 1), part,
                      prefix="RE: "), \
        conf([(p, {1: A, 2: A})],
             "Confirms the whole PO at the stated prices with delivery 17. 12. 2026 = requested date.")


@case("hrhr-racun-other-po", "unrelated", "hr-HR",
      "Croatian invoice mail (PDF attached) for an older, different PO of the same supplier; our open PO is not answered.")
def _():
    s = sup("PLETIG", "Pletaće igle Zagorje d.o.o.", "prodaja@pletace-igle.example", "hr-HR")
    p = po("4500032890", s, "raj", "EUR", "2026-11-26", [
        L("PI-ALU-50", "Aluminium knitting needles 5.0 mm, 35 cm", 400, "PR", "1.85", "2027-01-12"),
        L("PI-BAM-40", "Bamboo knitting needles 4.0 mm, 35 cm", 400, "PR", "2.10", "2027-01-12")])
    pdf = make_pdf([
        "PLETACE IGLE ZAGORJE d.o.o., Ljudevita Gaja 8, 49000 Krapina, OIB 12345678901",
        "",
        "RACUN br. 2026-1187-1-1        Datum izdavanja: 27.11.2026   Datum isporuke: 12.11.2026",
        "Kupac: Calder & Finch Trading Ltd, Rotterdam     Vasa narudzba: 4500029514",
        "",
        "R.br.  Sifra       Opis                                   Kol.   JM   Cijena    Iznos",
        "1      PI-ALU-35   Aluminijske pletace igle 3,5 mm        300    PAR  1,75      525,00",
        "2      PI-ALU-45   Aluminijske pletace igle 4,5 mm        300    PAR  1,80      540,00",
        "",
        "Ukupno EUR 1.065,00     PDV 0% - isporuka unutar EU, cl. 41 Zakona o PDV-u",
        "Rok placanja: 26.12.2026   IBAN HR12 2340 0091 1100 1234 5",
    ])
    body = """Poštovani,

u privitku Vam šaljemo račun br. 2026-1187-1-1 za Vašu narudžbu 4500029514 (isporučeno 12.11.2026).
Molimo uplatu do 26.12.2026.

Lijep pozdrav,
Računovodstvo
Pletaće igle Zagorje d.o.o.
"""
    part = multi("mixed", [text(body, charset="iso-8859-2"), attach("Racun_2026-1187-1-1.pdf", pdf, "application/pdf")],
                 "----=_NextPart_001_0042_01DB3F1A")
    return [p], reply(p, "Računovodstvo Pletaće igle", "racunovodstvo@pletace-igle.example", when(2026, 11, 27, 12, 0, 1), part,
                      thread=False, subject="Račun 2026-1187-1-1 / narudžba 4500029514", charset="iso-8859-2", style="plain"), \
        other("unrelated", "Invoice for PO 4500029514 (delivered 12.11.2026), not for our open PO 4500032890; no confirmation content.")
