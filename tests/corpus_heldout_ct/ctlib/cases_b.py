"""Cases B: confirmations from around the world, local date and number habits."""
from . import mime
from .common import (PO, S, Case, case, acc, chg, rej, unc, confirmation, request_text, request_html,
                     outlook_plain, outlook_html, outlook_alt, html_doc, text_to_html, gt, reply)


@case
def czech_bobbins():
    sup = S("VAMBERK", "Paličkárna Vamberk s.r.o.", "obchod@palickarna-vamberk.example", "cs-CZ")
    po = PO("4500231931", sup, "emma", "CZK", "2026-11-26", [
        ("LBB-BCH-10", "Lace bobbin, beech, turned, 10 cm", 5000, "PCS", "6.80", "2026-12-11"),
        ("LBB-SPG-10", "Lace bobbin with spangle (bead ring), 10 cm", 2000, "PCS", "12.40", "2026-12-11"),
        ("LBB-PIL-40", "Lace pillow, roller type, 40 cm", 40, "EA", "1150.00", "2027-01-08"),
    ], req="2026-11-26 15:00")
    body = """Dobrý den, paní Novak,

děkujeme za objednávku č. 4500231931, potvrzujeme ji takto:

1) Paličky bukové 10 cm - 5 000 ks á 6,80 Kč - dodání 11. 12. 2026
2) Paličky s korálkovým kroužkem 10 cm - 2 000 ks á 12,40 Kč - dodáme ve dvou částech:
   1 200 ks 11. 12. 2026, zbývajících 800 ks do 18. 12. 2026
3) Herdule válcové 40 cm - 40 ks á 1 150,00 Kč - dodání 8. 1. 2027

Ceny jsou bez DPH.

S pozdravem

Jana Horáková
obchodní oddělení
Paličkárna Vamberk s.r.o., Husova 310, 517 54 Vamberk
tel. +420 494 555 128
IČO: 25981447, DIČ: CZ25981447
"""
    part = outlook_alt(po, body, "cs", 1, charset="iso-8859-2", seed="cz")
    eml = reply(po, ("Jana Horáková", "horakova@palickarna-vamberk.example"), mime.when(2026, 12, 1, 13, 22, 40, 1),
                part, prefix="RE: ", hdr_charset="iso-8859-2", hdr_mode="Q", lang_tag="cs-CZ")
    exp = confirmation("Czech spaced dates '11. 12. 2026', '8. 1. 2027'; line 2 split 1 200 + 800 (last 18.12.); "
                       "'1 150,00 Kč' with space thousands and decimal comma.",
                       (po, {1: acc(po, 1),
                             2: chg(po, 2, date="2026-12-18", schedule=[(1200, "2026-12-11"), (800, "2026-12-18")]),
                             3: acc(po, 3)}))
    return Case("czech-spaced-dates-split", "confirmation", "cs-CZ",
                "ISO-8859-2 QP, dates '11. 12. 2026' with spaces, split delivery, '1 150,00 Kč'", [po], eml, exp)


@case
def hungarian_fletchings():
    sup = S("IJASZKEL", "Magyar Íjász Kellék Kft.", "rendeles@ijaszkellek.example", "hu-HU")
    po = PO("4500231936", sup, "jonas", "HUF", "2026-11-27", [
        ("AAF-NF-4R", "Natural turkey feather fletching 4 in, right wing, shield cut", 5000, "PCS", "95.00", "2026-12-18"),
        ("AAF-NF-5R", "Natural turkey feather fletching 5 in, right wing, parabolic", 3000, "PCS", "115.00", "2026-12-18"),
        ("AAF-VN-175", "Plastic vane 1.75 in, low profile", 10000, "PCS", "38.00", "2027-01-15"),
    ], req="2026-11-27 10:10")
    body = """Tisztelt Weber Úr!

Köszönjük megrendelését (rendelésszám: 4500231936). Az alábbiak szerint igazoljuk vissza:

1. tétel - AAF-NF-4R, 4"-os pulykatoll, jobb szárny: 5 000 db, 95,00 Ft/db, szállítás: 2026. 12. 18.
2. tétel - AAF-NF-5R, 5"-os pulykatoll, parabola vágás: 3 000 db, 115,00 Ft/db, szállítás: 2026. 12. 18.
3. tétel - AAF-VN-175, 1,75"-os műanyag vezértoll: 10 000 db, 41,50 Ft/db (alapanyag-áremelés miatt), szállítás: 2027. január 8.

Üdvözlettel:

Kovács Péter
értékesítési vezető
Magyar Íjász Kellék Kft.
8000 Székesfehérvár, Berényi út 72.
Tel.: +36 22 555 418
Adószám: 24871155-2-07
"""
    part = outlook_alt(po, body, "hu", 1, charset="iso-8859-2", seed="hu")
    eml = reply(po, ("Kovács Péter", "kovacs.peter@ijaszkellek.example"), mime.when(2026, 12, 2, 14, 2, 11, 1), part,
                prefix="VÁ: ", hdr_charset="iso-8859-2", hdr_mode="Q", lang_tag="hu-HU")
    exp = confirmation("Hungarian year-first dates '2026. 12. 18.' and '2027. január 8.'; 1,75\" is a size, not a "
                       "price; line 3 price 41,50 Ft and date 8 Jan (requested 15 Jan).",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, unit_price="41.50", date="2027-01-08")}))
    return Case("hungarian-year-first-dates", "confirmation", "hu-HU",
                "year-first 'yyyy. mm. dd.' dates, family-name-first signature, decimal sizes in descriptions",
                [po], eml, exp)


@case
def turkish_gaskets():
    sup = S("ANACONTA", "Anadolu Conta Sanayi ve Ticaret A.Ş.", "satis@anadoluconta.example", "tr-TR")
    po = PO("4500231941", sup, "laura", "TRY", "2026-11-27", [
        ("EGK-GH-73", "Group head gasket 73x57x8.5 mm, silicone, blue", 3000, "PCS", "38.50", "2026-12-18"),
        ("EGK-PF-58", "Portafilter basket spring ring 58 mm", 3000, "PCS", "12.75", "2026-12-18"),
    ], req="2026-11-27 11:30")
    body = """Sayın Laura Hanım,

4500231941 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:

1. Grup contası 73x57x8,5 mm, silikon: 3.000 adet x 38,50 TL - teslim tarihi 18.12.2026
2. Sepet yayı 58 mm: 3.000 adet x 12,75 TL - teslim tarihi 18.12.2026 yerine 11.01.2027 (yay teli tedarikçimizdeki gecikme nedeniyle)

Fiyatlarımıza KDV dahil değildir.

Saygılarımızla,

Mehmet Yıldırım
Dış Ticaret Sorumlusu
Anadolu Conta San. ve Tic. A.Ş.
Organize Sanayi Bölgesi 4. Cadde No: 12, 26110 Eskişehir
Tel: +90 222 555 61 40  Mersis No: 0068 1234 5670 0015
"""
    part = outlook_alt(po, body, "tr", 3, charset="iso-8859-9", seed="tr")
    eml = reply(po, ("Mehmet Yıldırım", "mehmet.yildirim@anadoluconta.example"), mime.when(2026, 12, 3, 9, 45, 30, 3),
                part, prefix="YNT: ", hdr_charset="iso-8859-9", hdr_mode="Q", lang_tag="tr-TR")
    exp = confirmation("Line 2 names both dates: '18.12.2026 yerine 11.01.2027' (instead of 18.12., 11.01.2027) - "
                       "the new one counts; '3.000' with dot thousands; '8,5 mm' is a size.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-11")}))
    return Case("turkish-instead-of-date", "confirmation", "tr-TR",
                "ISO-8859-9, requested and new date in one phrase ('X yerine Y'), Mersis number in signature",
                [po], eml, exp)


@case
def finnish_weeks():
    sup = S("KAIRAUS", "Kairaus-Tekniikka Oy", "myynti@kairaustekniikka.example", "fi-FI")
    po = PO("4500231950", sup, "mikkel", "EUR", "2026-11-27", [
        ("DRB-BB-64", "Button bit 64 mm, T38, retrac, ballistic buttons", 40, "EA", "168.00", "2026-12-18"),
        ("DRB-BB-76", "Button bit 76 mm, T45, retrac", 30, "EA", "214.00", "2026-12-18"),
        ("DRB-SHK-T38", "Shank adapter T38 for COP 1838", 6, "EA", "612.00", "2027-01-15"),
    ], req="2026-11-27 15:00")
    po2 = PO("4500231951", sup, "mikkel", "EUR", "2026-11-27", [
        ("DRB-BB-64", "Button bit 64 mm, T38, retrac, ballistic buttons", 20, "EA", "168.00", "2027-01-29"),
    ], req="2026-11-27 15:05")
    body = """Hei Mikkel,

kiitos tilauksesta. Vahvistamme tilauksen 4500231950 seuraavasti:

rivi 1: 40 kpl, 168,00 €/kpl, toimitus viikolla 51
rivi 2: 30 kpl, 214,00 €/kpl, toimitus viikolla 51
rivi 3: 6 kpl, 612,00 €/kpl, toimitus vko 3/2027 (niskakappaleet tulevat Ruotsista)

Ystävällisin terveisin

Ville Heikkinen
myyntipäällikkö
Kairaus-Tekniikka Oy
Teollisuustie 9, 83500 Outokumpu
puh. 013 555 2210, GSM 040 555 7781
Y-tunnus 2498815-3
"""
    part = outlook_alt(po, body, "fi", 2, charset="iso-8859-15", seed="fi")
    eml = reply(po, ("Ville Heikkinen", "ville.heikkinen@kairaustekniikka.example"),
                mime.when(2026, 11, 30, 8, 20, 59, 2), part, prefix="VS: ", hdr_charset="iso-8859-15", hdr_mode="Q",
                lang_tag="fi-FI")
    exp = confirmation("Finnish weeks: 'viikolla 51' = Fri 18.12.2026 (as requested), 'vko 3/2027' = Fri "
                       "22.1.2027 (requested 15.1.). The second PO 4500231951 (same item, January call-off) is "
                       "not answered.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2027-01-22")}))
    return Case("finnish-viikko-weeks", "confirmation", "fi-FI",
                "week numbers in Finnish ('viikolla 51', 'vko 3/2027'); second open PO with the same item "
                "(call-off) not answered", [po, po2], eml, exp)


@case
def danish_split_weeks():
    sup = S("VJBOLT", "Vestjysk Boltfabrik A/S", "salg@vestjysk-bolt.example", "da-DK")
    po = PO("4500231955", sup, "mikkel", "DKK", "2026-11-30", [
        ("WTB-M30-HV", "Blade root stud bolt M30x450, 10.9, zinc flake coated", 240, "PCS", "385.00", "2027-01-08"),
        ("WTB-M30-NUT", "Blade root nut M30, zinc flake coated", 240, "PCS", "42.00", "2027-01-08"),
    ], req="2026-11-30 09:00")
    body = """Hej Mikkel

Tak for ordren. Vi kan bekræfte 4500231955 således:

Pos. 1: 240 stk. M30x450 à 385,00 kr. - vi leverer 120 stk. i uge 51 og de resterende 120 stk. i uge 2.
Pos. 2: 240 stk. møtrikker à 42,00 kr. - leveres samlet i uge 51.

Vi holder lukket fra d. 23.12. til og med d. 3.1.

Mvh.
Søren Kjærgaard
Salg
Vestjysk Boltfabrik A/S | Industrivej 22 | 6950 Ringkøbing
Tlf. +45 97 55 31 20 | CVR 31 45 88 17
"""
    part = outlook_alt(po, body, "da", 1, charset="iso-8859-1", seed="dk")
    eml = reply(po, ("Søren Kjærgaard", "sk@vestjysk-bolt.example"), mime.when(2026, 12, 2, 13, 55, 16, 1), part,
                prefix="SV: ", hdr_charset="iso-8859-1", hdr_mode="Q", lang_tag="da-DK")
    exp = confirmation("Danish 'uge': line 1 split 120 in uge 51 (Fri 18.12.) + 120 in uge 2 (Fri 15.1.2027); "
                       "line 2 complete in uge 51, i.e. earlier than the requested 8.1.; closure dates are no "
                       "delivery dates.",
                       (po, {1: chg(po, 1, date="2027-01-15", schedule=[(120, "2026-12-18"), (120, "2027-01-15")]),
                             2: chg(po, 2, date="2026-12-18")}))
    return Case("danish-uge-split-and-earlier", "confirmation", "da-DK",
                "split over 'uge 51'/'uge 2', other line earlier than asked, holiday closure dates as decoys",
                [po], eml, exp)


@case
def norwegian_per_100():
    sup = S("SEILUTST", "Seilmaker Utstyr AS", "ordre@seilmakerutstyr.example", "nb-NO")
    po = PO("4500231960", sup, "mikkel", "NOK", "2026-11-30", [
        ("GRM-SS-10", "Stainless steel grommet no. 0 (10 mm) with washer", 2000, "PCS", "2.90", "2026-12-16"),
        ("GRM-SS-12", "Stainless steel grommet no. 1 (12 mm) with washer", 1500, "PCS", "3.40", "2026-12-16"),
        ("GRM-PUN-12", "Hole punch 12 mm, hand tool", 10, "EA", "245.00", "2026-12-16"),
    ], req="2026-11-30 10:00")
    body = """Hei,

takk for bestillingen. Vi bekrefter ordre 4500231960:

Linje 1: 2 000 stk. maljer nr. 0 m/skive, kr 290,00 pr. 100 stk. - levering 16. desember
Linje 2: 1 500 stk. maljer nr. 1 m/skive, kr 340,00 pr. 100 stk. - levering 16. desember
Linje 3: 10 stk. hullpipe 12 mm à kr 265,00 - levering 16. desember (ny pris fra vår leverandør)

Med vennlig hilsen

Ingrid Solheim
Seilmaker Utstyr AS
Bryggen 14, 5003 Bergen
Tlf. 55 55 38 10 | Org.nr. 918 447 223 MVA
"""
    t = po.sent_in(1)
    plain = body + "\nman. 30. nov. 2026 kl. %02d:%02d skrev Mikkel Strand <mikkel.strand@corvane.example>:\n" % (
        t.hour, t.minute) + gt(request_text(po))
    part = mime.multipart("alternative", [
        mime.text(plain, "plain", "UTF-8", "quoted-printable"),
        mime.text(html_doc(text_to_html(body) + "<br><div class=\"gmail_quote\">man. 30. nov. 2026 kl. %02d:%02d skrev "
                           "Mikkel Strand &lt;mikkel.strand@corvane.example&gt;:<blockquote class=\"gmail_quote\">%s"
                           "</blockquote></div>" % (t.hour, t.minute, request_html(po)), "UTF-8"),
                  "html", "UTF-8", "quoted-printable")], mime.bnd("gmail", "no"))
    eml = reply(po, ("Ingrid Solheim", "ingrid@seilmakerutstyr.example"), mime.when(2026, 12, 3, 11, 11, 21, 1), part,
                prefix="Re: ", style="gmail")
    exp = confirmation("Prices per 100 pcs: kr 290,00/100 = 2.90 and kr 340,00/100 = 3.40 per PCS (as ordered); "
                       "line 3 new price 265,00; '16. desember' without year = 2026-12-16.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, unit_price="265.00")}))
    return Case("norwegian-price-per-100", "confirmation", "nb-NO",
                "prices quoted per 100 pcs must be converted to the PO unit; date without year", [po], eml, exp)


@case
def mexico_dot_decimal():
    sup = S("COMALBAJ", "Prensas y Comales del Bajío S.A. de C.V.", "ventas@comalesbajio.example", "es-MX")
    po = PO("4500231970", sup, "tomas", "MXN", "2026-11-30", [
        ("TPP-CI-19", "Tortilla press plate set 19 cm, cast iron, upper + lower", 300, "SET", "318.00", "2026-12-18"),
        ("TPP-IND-40", "Industrial tortilla press plate 40 cm, stainless 304", 20, "EA", "2480.00", "2027-01-15"),
    ], req="2026-11-30 16:00")
    body = """Buen día Tomás,

Le confirmamos su orden de compra 4500231970:

Partida 1: 300 juegos de placas 19 cm hierro fundido a $318.00 MXN c/u, entrega 18/dic/2026.
Partida 2: 20 placas industriales de 40 cm acero inox a $2,630.00 MXN c/u (el acero subió este mes), entrega 15/ene/2027.

Precios más IVA. Quedamos atentos.

Saludos cordiales,

Lic. Alejandra Ramírez
Ventas Exportación
Prensas y Comales del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2104, León, Gto., C.P. 37270
Tel. (477) 555 1840 | RFC PCB980415KJ2
"""
    part = outlook_alt(po, body, "es", -6, charset="iso-8859-1", seed="mx")
    eml = reply(po, ("Alejandra Ramírez", "aramirez@comalesbajio.example"), mime.when(2026, 12, 4, 10, 5, 44, -6), part,
                prefix="RE: ", hdr_charset="iso-8859-1", hdr_mode="Q", lang_tag="es-MX")
    exp = confirmation("Mexican number format is dot-decimal, comma-thousands ('$2,630.00' = 2630.00) unlike "
                       "es-ES; dates '18/dic/2026', '15/ene/2027'.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, unit_price="2630.00")}))
    return Case("mexico-dot-decimal-month-abbrev", "confirmation", "es-MX",
                "Spanish text but $2,630.00 dot-decimal, dates '18/dic/2026'", [po], eml, exp)


@case
def argentina_bandoneon():
    sup = S("TALARIO", "Talabartería Rioplatense S.R.L.", "ventas@talabarteriarioplatense.example", "es-AR")
    po = PO("4500231975", sup, "tomas", "ARS", "2026-12-01", [
        ("ABS-BND-30", "Bandoneon bellows strap, cowhide 30 mm, brown", 80, "EA", "18500.00", "2026-12-22"),
        ("ABS-BND-HND", "Bandoneon hand strap with buckle", 160, "EA", "12400.00", "2026-12-22"),
    ], req="2026-12-01 09:30")
    t = po.sent_in(-3)
    body = """Hola Tomás, ¿cómo andás?

Te confirmo la OC 4500231975:
- Correas de fuelle 30 mm marrón: 80 u. a $ 19.800,00 c/u (actualizamos la lista el 1/12, perdón), entrega 22/12.
- Manijas con hebilla: 160 u. a $ 12.400,00 c/u, entrega 22/12.

Cualquier cosa avisame.
Abrazo,
Martín

--
Martín Ibarra
Talabartería Rioplatense S.R.L.
Av. Caseros 3120, C1264 CABA
Tel. +54 11 5555-0487 | CUIT 30-71144552-9
"""
    plain = body + ("\nEl mar, 1 dic 2026 a las %d:%02d, Tomás Herrera (<tomas.herrera@corvane.example>) escribió:\n"
                    % (t.hour, t.minute)) + gt(request_text(po))
    part = mime.text(plain, "plain", "UTF-8", "base64")
    eml = reply(po, ("Martín Ibarra", "martin.ibarra@talabarteriarioplatense.example"),
                mime.when(2026, 12, 7, 17, 40, 2, -3), part, prefix="Re: ", style="gmail")
    exp = confirmation("Argentine '$ 19.800,00' (dot thousands, comma decimal) for line 1 - price list updated "
                       "on 1/12 is a date, not a quantity; '22/12' without year = 2026-12-22.",
                       (po, {1: chg(po, 1, unit_price="19800.00"), 2: acc(po, 2)}))
    return Case("argentina-voseo-price-update", "confirmation", "es-AR",
                "'$ 19.800,00' vs Mexican format, '1/12' list date decoy, base64 UTF-8 plain", [po], eml, exp)


@case
def flemish_bobbins():
    sup = S("BRUGKANT", "Brugse Kantklossen BV", "info@brugsekantklossen.example", "nl-BE")
    po = PO("4500231980", sup, "mikkel", "EUR", "2026-12-01", [
        ("LBB-BRG-OAK", "Lace bobbin Bruges type, oak, 11 cm", 3000, "PCS", "1.45", "2026-12-18"),
        ("LBB-BRG-BOX", "Lace bobbin Bruges type, boxwood, 11 cm", 1000, "PCS", "2.95", "2026-12-18"),
    ], req="2026-12-01 10:30")
    body = """Beste Mikkel,

Bedankt voor uw bestelling 4500231980.

De eiken klossen (3.000 st. à € 1,45) kunnen wij leveren op 18/12/2026.

Voor de buksboomhouten klossen hebben wij nog slechts 600 st. in voorraad; die sturen we mee op 18/12. Het buksboomhout is voor dit seizoen uitverkocht, de overige 400 st. kunnen wij dus niet leveren - gelieve die te annuleren.

Met vriendelijke groeten,

Hilde Vermeulen
Brugse Kantklossen BV
Balstraat 31, 8000 Brugge
T +32 50 55 47 19
BTW BE 0478.552.109 - RPR Gent, afdeling Brugge
"""
    part = outlook_alt(po, body, "nl", 1, seed="be")
    eml = reply(po, ("Hilde Vermeulen", "hilde@brugsekantklossen.example"), mime.when(2026, 12, 4, 16, 20, 9, 1), part,
                prefix="RE: ", lang_tag="nl-BE")
    exp = confirmation("Line 2 partial: 600 of 1000 on 18/12, remaining 400 cannot be supplied (cancel) -> "
                       "quantity 600; Belgian enterprise number 0478.552.109 looks like a price/quantity.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, quantity=600)}))
    return Case("flemish-partial-remainder-cancelled", "confirmation", "nl-BE",
                "partial quantity with explicit cancellation of the rest, '3.000 st.', BTW number with dots",
                [po], eml, exp)


@case
def aussie_mobile():
    sup = S("SXSOLAR", "Southern Cross Solar Mounting Pty Ltd", "orders@sxsolarmount.example", "en-AU")
    po = PO("4500231985", sup, "dana", "AUD", "2026-12-01", [
        ("SPC-MID-3035", "Mid clamp 30-35 mm, black anodised", 5000, "PCS", "1.42", "2027-01-11"),
        ("SPC-END-35", "End clamp 35 mm, black anodised", 2000, "PCS", "1.38", "2027-01-11"),
        ("SPC-RL-4200", "Mounting rail 4200 mm, aluminium", 600, "EA", "38.90", "2027-01-11"),
    ], req="2026-12-01 11:00")
    t = po.sent_in(11)
    body = """Hi Dana, all good on 4500231985 - clamps ok at your prices, rails $41.20 ea now (alu up again sorry). All goes on the boat from Melbourne 5/12, ETA Rotterdam 11/1.

Cheers
Brad

Sent from my Galaxy


-------- Original message --------
From: Dana Ruiz <dana.ruiz@corvane.example>
Date: %02d/%02d/%d %d:%02d pm (GMT+11:00)
To: orders@sxsolarmount.example
Subject: Order acknowledgment request: PO 4500231985

""" % (t.day, t.month, t.year, t.hour - 12, t.minute)
    plain = body + request_text(po)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">Hi Dana, all good on 4500231985 - clamps ok at your prices, rails $41.20 ea now (alu up '
            'again sorry). All goes on the boat from Melbourne 5/12, ETA Rotterdam 11/1.</div><div dir="auto"><br>'
            '</div><div dir="auto">Cheers</div><div dir="auto">Brad</div><div dir="auto"><br></div>'
            '<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">Sent from my '
            'Galaxy</div></div><div dir="auto"><br></div><div><br></div><div align="left" dir="auto" '
            'style="font-size:100%%;color:#000000"><div>-------- Original message --------</div><div>From: Dana Ruiz '
            '&lt;dana.ruiz@corvane.example&gt; </div><div>Date: %02d/%02d/%d %d:%02d pm (GMT+11:00) </div><div>To: '
            'orders@sxsolarmount.example </div><div>Subject: Order acknowledgment request: PO 4500231985 </div><div>'
            '<br></div></div>%s</body></html>' % (t.day, t.month, t.year, t.hour - 12, t.minute, request_html(po)))
    part = mime.multipart("alternative", [mime.text(plain, "plain", "UTF-8", "base64"),
                                          mime.text(html, "html", "UTF-8", "base64")], mime.bnd("java", "au"))
    eml = reply(po, ("Brad Mitchell", "brad@sxsolarmount.example"), mime.when(2026, 12, 3, 7, 58, 12, 11), part,
                prefix="RE: ", style="generic")
    exp = confirmation("Samsung mobile reply: ships 5/12 but ETA 11/1 (day-first) = 11 Jan 2027, the delivery "
                       "date wins and equals the request; rails new price 41.20.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, unit_price="41.20")}))
    return Case("aussie-mobile-ship-vs-eta", "confirmation", "en-AU",
                "Galaxy mobile reply, ship date 5/12 vs ETA 11/1 (delivery wins), day-first short dates",
                [po], eml, exp)


@case
def south_africa():
    sup = S("HIGHVELD", "Highveld Drilling Consumables (Pty) Ltd", "sales@highvelddrill.example", "en-ZA")
    po = PO("4500231990", sup, "priya", "ZAR", "2026-12-01", [
        ("DRB-DTH-115", "DTH hammer bit 115 mm, COP 44 shank", 12, "EA", "6450.00", "2027-01-08"),
        ("DRB-DTH-140", "DTH hammer bit 140 mm, COP 54 shank", 8, "EA", "8900.00", "2027-01-08"),
        ("DRB-GRD-11", "Button grinding cup 11 mm", 20, "EA", "385.00", "2026-12-18"),
    ], req="2026-12-01 13:00", ship_to="Corvane Mining Services, 14 Vickers Road, Middelburg 1050, South Africa")
    body = """Morning Priya

Thanks for the order, please see confirmation below:

Line 1   DTH bit 115mm    12 units   R6 450.00   delivery 2027/01/08
Line 2   DTH bit 140mm     8 units   R8 900.00   delivery 2027/01/08
Line 3   Grinding cups    20 units   R385.00     delivery 2026/12/16

Please note our factory closes 2026/12/18 and re-opens 2027/01/05 - the bits will go out the day we re-open and reach your Middelburg site by the 8th.

Kind regards

Thabo Nkosi
Internal Sales
Highveld Drilling Consumables (Pty) Ltd
Reg. No. 2009/018844/07 | VAT 4410255871
Tel +27 13 555 0192 | Cell +27 82 555 4407

This e-mail is subject to our disclaimer and POPIA privacy notice available on our website.
"""
    part = outlook_alt(po, body, "en", 2, seed="za")
    eml = reply(po, ("Thabo Nkosi", "thabo@highvelddrill.example"), mime.when(2026, 12, 4, 9, 10, 37, 2), part,
                prefix="RE: ", lang_tag="en-ZA")
    exp = confirmation("South African yyyy/mm/dd dates and 'R6 450.00' space thousands; factory closure/re-open "
                       "dates are decoys; grinding cups 2026/12/16 (earlier than 18 Dec).",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2026-12-16")}))
    return Case("south-africa-ymd-closure-decoys", "confirmation", "en-ZA",
                "yyyy/mm/dd dates, 'R6 450.00', closure and re-open dates as decoys, company reg. no.",
                [po], eml, exp)


@case
def bulgarian_dual_currency():
    sup = S("ZZWELD", "Zavarachna Zashtita EOOD", "office@zz-welding.example", "bg-BG")
    po = PO("4500232001", sup, "emma", "EUR", "2026-12-02", [
        ("WHL-PAS-11", "Passive welding filter shade 11, 110x90 mm", 1000, "PCS", "1.95", "2026-12-21"),
        ("WHL-AD-SOLAR", "Auto-darkening cassette, solar, shade 9-13", 200, "PCS", "34.50", "2027-01-08"),
    ], req="2026-12-02 10:00")
    body = """Здравейте, г-жо Новак,

Благодарим за поръчка № 4500232001. Потвърждаваме:

1. Пасивен филтър DIN 11, 110x90 мм - 1000 бр. по 1,95 евро (3,81 лв.) - доставка 21.12.2026 г.
2. Автоматична касета DIN 9-13, соларна - 200 бр. по 34,50 евро (67,48 лв.) - доставка 08.01.2027 г.

Цените са без ДДС.

Поздрави,
Николай Петров
търговски отдел
"Заваръчна защита" ЕООД, гр. Пловдив, ул. "Индустриална" 12
тел. +359 32 555 218, ЕИК 204117852
"""
    part = outlook_alt(po, body, "en", 2, charset="windows-1251", seed="bg")
    eml = reply(po, ("Николай Петров", "n.petrov@zz-welding.example"), mime.when(2026, 12, 4, 15, 15, 3, 2), part,
                prefix="RE: ", hdr_charset="windows-1251", lang_tag="bg-BG")
    exp = confirmation("windows-1251; Bulgaria uses the euro since 2026 but the supplier still shows leva in "
                       "brackets (3,81 лв. = 1,95 EUR at 1.95583); the EUR figures match the PO.",
                       (po, {1: acc(po, 1), 2: acc(po, 2)}))
    return Case("bulgarian-cp1251-euro-and-leva", "confirmation", "bg-BG",
                "windows-1251, dual EUR/BGN prices on each line, EIK number in signature", [po], eml, exp)


@case
def lithuanian_iso_dates():
    sup = S("BALTPROP", "Baltijos Propeleriai UAB", "pardavimai@baltprop.example", "lt-LT")
    po = PO("4500232006", sup, "dana", "EUR", "2026-12-02", [
        ("DRP-2070-CF", "Drone propeller 20x7.0, carbon fibre, folding, CW/CCW pair", 150, "PR", "38.00", "2026-12-21"),
        ("DRP-2070-HUB", "Folding prop holder (hub) for 20 in propellers", 150, "EA", "22.50", "2026-12-21"),
    ], req="2026-12-02 11:00")
    body = """Laba diena,

patvirtiname užsakymą Nr. 4500232006:

1. Sraigtai 20x7.0, anglies pluoštas, sulankstomi – 150 porų po 38,00 EUR – pristatymas 2026-12-21
2. Laikikliai 20 col. sraigtams – 100 vnt. pristatysime 2026-12-21, likusius 50 vnt. – 2027-01-11; kaina 22,50 EUR/vnt.

Pagarbiai
Rasa Jankauskienė
Pardavimų vadybininkė
Baltijos Propeleriai UAB
Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 5811
Įmonės kodas 304418875, PVM kodas LT100010551219
"""
    part = outlook_alt(po, body, "en", 2, charset="windows-1257", seed="lt")
    eml = reply(po, ("Rasa Jankauskienė", "rasa@baltprop.example"), mime.when(2026, 12, 7, 9, 25, 47, 2), part,
                prefix="RE: ", hdr_charset="windows-1257", hdr_mode="Q", lang_tag="lt-LT")
    exp = confirmation("windows-1257; Lithuanian ISO-style dates; line 2 split 100 on 2026-12-21 + 50 on "
                       "2027-01-11; '20x7.0' is a size with a dot while prices use a comma.",
                       (po, {1: acc(po, 1),
                             2: chg(po, 2, date="2027-01-11", schedule=[(100, "2026-12-21"), (50, "2027-01-11")])}))
    return Case("lithuanian-cp1257-split", "confirmation", "lt-LT",
                "windows-1257, yyyy-mm-dd dates, split delivery, company and VAT codes in signature",
                [po], eml, exp)


@case
def thai_buddhist_year():
    sup = S("SIAMRLR", "Siam Rubber Roller Co., Ltd.", "sales@siamroller.example", "th-TH")
    po = PO("4500232016", sup, "priya", "THB", "2026-12-03", [
        ("PPR-RCV-770", "Rubber roller recovering, offset ink roller L=770 mm", 8, "EA", "6200.00", "2027-01-08"),
        ("PPR-RCV-520", "Rubber roller recovering, dampening roller L=520 mm", 6, "EA", "4100.00", "2027-01-08"),
    ], req="2026-12-03 09:00")
    body = """เรียน คุณ Priya

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500232016 บริษัทฯ ขอยืนยันรายการดังนี้

1. หุ้มยางลูกกลิ้งหมึก ยาว 770 มม. จำนวน 8 ลูก ราคา 6,200.00 บาท/ลูก กำหนดส่ง 8 ม.ค. 2570
2. หุ้มยางลูกกลิ้งน้ำ ยาว 520 มม. จำนวน 6 ลูก ราคา 4,100.00 บาท/ลูก กำหนดส่ง 15 ม.ค. 2570

ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขาย บริษัท สยามรับเบอร์โรลเลอร์ จำกัด
โทร. 02-555-4180 ต่อ 12
เลขประจำตัวผู้เสียภาษี 0105551023456

"""
    plain = body + outlook_plain(po, "en", 7, sep="-----Original Message-----")
    part = mime.text(plain, "plain", "TIS-620", "base64")
    eml = reply(po, ("Somchai Srisuk", "somchai@siamroller.example"), mime.when(2026, 12, 8, 10, 0, 26, 7), part,
                prefix="RE: ", lang_tag="th-TH")
    exp = confirmation("TIS-620; Thai Buddhist-era years: 'ม.ค. 2570' = January 2027; line 2 delivered 15 Jan "
                       "instead of 8 Jan; 7% VAT and tax ID are decoys.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-15")}))
    return Case("thai-tis620-buddhist-year", "confirmation", "th-TH",
                "TIS-620 base64, Buddhist-era year 2570, Thai month abbreviations", [po], eml, exp)


@case
def hebrew_rtl():
    sup = S("ORBAMA", "Or Bama Ltd.", "sales@orbama.example", "he-IL")
    po = PO("4500232026", sup, "emma", "ILS", "2026-12-03", [
        ("TSG-CTO-R", "Full CTO colour correction filter, roll 1.22 x 7.62 m", 4, "EA", "410.00", "2026-12-21"),
        ("TSG-ND3-SH", "Neutral density 0.3 filter sheet 53x61 cm", 50, "PCS", "38.00", "2026-12-21"),
    ], req="2026-12-03 11:00")
    body = """שלום אמה,

תודה על ההזמנה מס' 4500232026. אנו מאשרים:

1. פילטר CTO מלא, גליל 1.22x7.62 מ' - 4 יח' במחיר 410.00 ₪ ליחידה - אספקה 21/12/2026
2. פילטר ND 0.3, גיליון 53x61 ס"מ - 50 יח' במחיר 38.00 ₪ ליחידה: 40 יח' יסופקו ב-21/12/2026 והיתרה (10 יח') עד 04/01/2027

המחירים אינם כוללים מע"מ.

בברכה,
דנה לוי
מחלקת מכירות, אור במה בע"מ
טל' 03-5554127 | ח.פ. 514872339
"""
    plain = body + "\n" + outlook_plain(po, "en", 2, sep="-----Original Message-----")
    html = html_doc(text_to_html(body) + outlook_html(po, "en", 2), "windows-1255", rtl=True, font="Arial")
    part = mime.multipart("alternative", [mime.text(plain, "plain", "windows-1255", "base64"),
                                          mime.text(html, "html", "windows-1255", "base64")], mime.bnd("outlook", "he"))
    eml = reply(po, ("Dana Levi", "dana.levi@orbama.example"), mime.when(2026, 12, 7, 12, 10, 8, 2), part,
                prefix="RE: ", hdr_charset="windows-1255", lang_tag="he-IL")
    exp = confirmation("windows-1255 right-to-left text with embedded left-to-right numbers; line 2 split 40 on "
                       "21/12/2026 + 10 by 04/01/2027; 'ND 0.3' and roll sizes are not prices.",
                       (po, {1: acc(po, 1),
                             2: chg(po, 2, date="2027-01-04", schedule=[(40, "2026-12-21"), (10, "2027-01-04")])}))
    return Case("hebrew-rtl-split-cp1255", "confirmation", "he-IL",
                "windows-1255 RTL text+HTML, mixed-direction numbers, split delivery", [po], eml, exp)
