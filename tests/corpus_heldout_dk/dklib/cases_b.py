from .common import *
import datetime as _dt


# 019 ------------------------------------------------------------------
@case("wire-brushes-xlsx-finnish", "confirmation", "fi-FI",
      "Finnish reply whose real content is an ERP XLSX (dates as Excel serials, price change only in the sheet); body mentions only week 51 for line 3.")
def c019():
    s = sup("HVIR", "Harjatehdas Virtanen Oy", "myynti@harjavirtanen.example", "fi-FI")
    p = po("4500032152", s, "EUR", "2026-11-04", [
        ("WB-SS-3R", "Wire brush stainless steel, 3 rows, wooden handle", 500, "EA", "2.35", "2026-12-11"),
        ("WB-BR-5R", "Wire brush brass, 5 rows, plastic handle", 300, "EA", "3.10", "2026-12-11"),
        ("WB-CUP-75", "Cup wire brush 75 mm, M14, crimped steel", 200, "EA", "6.90", "2026-12-11"),
    ])
    x = make_xlsx([
        ["TILAUSVAHVISTUS / ORDER CONFIRMATION", "", "", "", "", "", ""],
        ["Harjatehdas Virtanen Oy", "", "", "Vahvistus nro", "TV-26-1093", "", ""],
        ["Asiakkaan tilaus", "4500032152", "", "Päivämäärä", _dt.date(2026, 11, 6), "", ""],
        [],
        ["Rivi", "Tuote", "Kuvaus", "Määrä", "Yks.", "À-hinta EUR", "Toimituspäivä"],
        [1, "WB-SS-3R", "Teräsharja RST 3-rivinen, puuvarsi", 500, "kpl", 2.35, _dt.date(2026, 12, 11)],
        [2, "WB-BR-5R", "Messinkiharja 5-rivinen", 300, "kpl", 3.25, _dt.date(2026, 12, 11)],
        [3, "WB-CUP-75", "Kuppiharja 75 mm M14", 200, "kpl", 6.90, _dt.date(2026, 12, 18)],
        [],
        ["Toimitusehto", "DAP Felixstowe", "", "Maksuehto", "30 pv netto"],
    ], sheet="Vahvistus")
    t = ("Hei Mira,\n\nliitteenä tilausvahvistus tilaukseesi 4500032152.\n"
         "Huomioithan, että kuppiharjat (rivi 3) lähtevät vasta viikolla 51.\n\n"
         "Ystävällisin terveisin\nJari Virtanen\nHarjatehdas Virtanen Oy\npuh. 040 123 4567\n"
         "Teollisuustie 8, 15560 Nastola | Y-tunnus 0123456-7\n")
    irt, refs = reply_to(p)
    eml = mail(("Jari Virtanen", "jari.virtanen@harjavirtanen.example"), buyer(p), "VS: " + req_subject(p),
               rfcdate("2026-11-06 13:10", "+0200"), "<HE1PR0701MB2890A8B7C6D5E4F3@HE1PR0701MB2890.eurprd07.prod.outlook.com>",
               mixed(alt(text(t), html("<p>" + esc(t).replace("\n", "<br>") + "</p>")),
                     attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "Tilausvahvistus_TV-26-1093.xlsx")), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, price="3.25"), 3: chg(p, 3, date=kw(2026, 51))})],
                      "XLSX (dates stored as Excel serials) is the confirmation: line 1 as ordered, line 2 price 3.25 (only "
                      "visible in the sheet), line 3 18.12.2026 = Friday of week 51 as the body says.")
    return [p], eml, exp


# 020 ------------------------------------------------------------------
@case("awning-fabric-whole-rolls-swedish", "confirmation", "sv-SE",
      "Swedish Gmail reply: quantity rounded up to whole 50 m rolls (420 -> 450 m), 'v. 51' equals the requested Friday.")
def c020():
    s = sup("VAVM", "Väv & Markis i Borås AB", "order@vavmarkis.example", "sv-SE")
    p = po("4500032167", s, "SEK", "2026-11-09", [
        ("AWF-ACR-280", "Awning fabric acrylic 280 g/m2, ecru, 120 cm, roll 50 m", 420, "M", "89.00", "2026-12-18"),
    ], buyer="tomas")
    t = ("Hej Tomas!\n\nTack för beställningen. Tyget levereras i hela rullar à 50 m, så vi har lagt upp "
         "450 m (9 rullar) à 89,00 kr/m. Leverans v. 51.\n\nHälsningar\nLinnea Berg\nOrderavdelningen\n"
         "Väv & Markis i Borås AB | 033-12 34 56\n\n")
    intro = "Den mån 9 nov. 2026 kl 10:12 skrev Tomas Lindqvist <tomas.lindqvist@kestrel-buy.example>:"
    irt, refs = reply_to(p)
    hb = "<div dir=\"ltr\">" + esc(t).replace("\n", "<br>") + "</div>" + q_html(p, esc(intro))
    eml = mail(("Linnea Berg", "linnea.berg@vavmarkis.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-12 09:40", "+0100"), "<CAHx3u7pQ2mS9wLr0Kd+5bN1y@mail.gmail.com>",
               alt(text(t + q_gmail(p, intro)), html(hb, wrap=False), tag="0000000000"), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, qty=450)})],
                      "Rounded to 9 whole rolls = 450 m at the same 89,00 kr/m; 'v. 51' = Friday 2026-12-18 = requested. "
                      "Only the quantity changes.")
    return [p], eml, exp


# 021 ------------------------------------------------------------------
@case("bolt-cutters-iphone-week-earlier", "confirmation", "nb-NO",
      "Two-line Norwegian reply from an iPhone: 'Lev uke 50' = Friday 2026-12-11, one week earlier than requested.")
def c021():
    s = sup("BVT", "Bergen Verktøy AS", "ordre@bergenverktoy.example", "nb-NO")
    p = po("4500032173", s, "NOK", "2026-11-10", [
        ("BC-18-CR", "Bolt cutter 18 in / 450 mm, chrome-molybdenum jaws", 40, "EA", "329.00", "2026-12-18"),
    ], buyer="jonas")
    t = ("Ok, bekreftet. Lev uke 50.\n\nSendt fra min iPhone\n\n"
         "> 10. nov. 2026 kl. 10:12 skrev Jonas Feld <jonas.feld@kestrel-buy.example>:\n>\n"
         + gt(req_text(p)) + "\n")
    irt, refs = reply_to(p)
    eml = mail(("Ola Haugen", "ola.haugen@bergenverktoy.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-10 19:22", "+0100"), "<7E4A1C2B-9D3F-4E58-A6B7-C8D9E0F1A2B3@bergenverktoy.example>",
               text(t, cte="quoted-printable"), irt, refs,
               extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expect_conf([(p, {1: chg(p, 1, date=kw(2026, 50))})],
                      "'Lev uke 50' (delivery week 50, no day) = Friday 2026-12-11, earlier than the requested 2026-12-18 -> "
                      "changed; quantity and price confirmed by 'Ok, bekreftet'.")
    return [p], eml, exp


# 022 ------------------------------------------------------------------
@case("coffee-filters-danish-friday-no-year", "confirmation", "da-DK",
      "Danish reply: 'fredag d. 4. december' without year, a few days before the requested date; prices repeated per box.")
def c022():
    s = sup("NFP", "Nordisk Filterpapir A/S", "salg@nordiskfilter.example", "da-DK")
    p = po("4500032188", s, "DKK", "2026-11-05", [
        ("CF-1x4-BR", "Coffee filter 1x4, brown, 80 pcs/box", 1200, "BOX", "9.80", "2026-12-07"),
        ("CF-1x2-WH", "Coffee filter 1x2, white, 100 pcs/box", 800, "BOX", "8.60", "2026-12-07"),
    ], buyer="priya")
    t = ("Hej Priya\n\nTak for ordren 4500032188.\n\nVi kan levere begge varenumre (1.200 æsker 1x4 og 800 æsker 1x2) "
         "fredag d. 4. december - altså et par dage før ønsket. Priserne er som på ordren, 9,80 kr. og 8,60 kr. pr. æske.\n\n"
         "Venlig hilsen\nMette Kjær\nKundeservice\nNordisk Filterpapir A/S | CVR 12345678\nTlf. +45 86 12 34 56\n\n"
         + q_outlook(p, "5. november 2026 10:12"))
    irt, refs = reply_to(p)
    h = "<p>" + esc(t.split("________")[0]).replace("\n", "<br>") + "</p><hr>" + req_html(p)
    eml = mail(("Mette Kjær", "mk@nordiskfilter.example"), buyer(p), "SV: " + req_subject(p),
               rfcdate("2026-11-09 08:55", "+0100"), "<GV0P278MB0412AB34CD56EF78@GV0P278MB0412.CHEP278.PROD.OUTLOOK.COM>",
               alt(text(t, cs="iso-8859-1"), html(h, cs="iso-8859-1")), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, date="2026-12-04"), 2: chg(p, 2, date="2026-12-04")})],
                      "'fredag d. 4. december' has no year: next 4 Dec after the mail = 2026-12-04 (a Friday), earlier than "
                      "the requested 2026-12-07 -> both lines changed in date only; 1.200 = 1200.")
    return [p], eml, exp


# 023 ------------------------------------------------------------------
@case("dowel-pins-forwarded-planning", "confirmation", "nl-NL",
      "Dutch sales rep forwards the planner's internal answer ('zo kunnen we het bevestigen'); dates are in the forwarded part, one given as weekday + date.")
def c023():
    s = sup("DPT", "Deuvelpennen Twente B.V.", "verkoop@deuveltwente.example", "nl-NL")
    p = po("4500032196", s, "EUR", "2026-11-05", [
        ("DP-WD-8x40", "Wooden dowel pin beech 8 x 40 mm, fluted", 50000, "PC", "0.011", "2026-12-15"),
        ("DP-WD-10x50", "Wooden dowel pin beech 10 x 50 mm, fluted", 30000, "PC", "0.016", "2026-12-15"),
        ("DP-ST-6x24", "Steel dowel pin 6 x 24 mm, ISO 8734", 10000, "PC", "0.085", "2026-12-15"),
    ], buyer="jonas")
    t = ("Hallo Jonas,\n\nZie hieronder het antwoord van onze planning, zo kunnen we het bevestigen. "
         "Prijzen zoals op je order.\n\nMet vriendelijke groet,\nMarieke de Vries\nBinnendienst Verkoop\n"
         "Deuvelpennen Twente B.V. | Industrieweg 21, 7575 AB Oldenzaal\nT +31 541 123 456 | KvK 06012345\n\n"
         "---------- Doorgestuurd bericht ---------\n"
         "Van: Henk Brink <planning@deuveltwente.example>\nDatum: wo 11 nov. 2026 om 14:03\n"
         "Onderwerp: RE: order Kestrel 4500032196\nAan: Marieke de Vries <m.devries@deuveltwente.example>\n\n"
         "Marieke,\n\n8x40 en 10x50 liggen op voorraad, die gaan 15/12 mee met de rit, aantallen zoals besteld.\n"
         "De stalen pennen 6x24 zijn pas in week 2 binnen, die leveren we vrijdag 15 januari.\n\nGr. Henk\n\n"
         "> Henk, kunnen we deze order op 15-12 leveren? 50.000 st 8x40, 30.000 st 10x50 en 10.000 st staal 6x24.\n"
         "> Marieke\n")
    irt, refs = reply_to(p)
    eml = mail(("Marieke de Vries", "m.devries@deuveltwente.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-11 14:30", "+0100"), "<AM0PR03MB4435F1E2D3C4B5A6@AM0PR03MB4435.eurprd03.prod.outlook.com>",
               text(t), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, date="2027-01-15")})],
                      "The rep adopts the forwarded planning answer as confirmation. 8x40 and 10x50 on 15/12 as ordered; "
                      "steel pins 'vrijdag 15 januari' (no year, next one = 2027-01-15, a Friday). Prices as ordered.")
    return [p], eml, exp


# 024 ------------------------------------------------------------------
@case("egg-trays-contradictory-ps", "needs_review", "nl-BE",
      "Flemish reply 'confirms' delivery on 9/12 but a PS says production only runs in week 3 and the impact will follow - contradictory.")
def c024():
    s = sup("EVV", "Eierverpakking Vlaanderen NV", "orders@eiverpak.example", "nl-BE")
    p = po("4500032201", s, "EUR", "2026-11-06", [
        ("ET-30-PET", "Egg tray 30-cell, recycled PET, clear", 20000, "PC", "0.09", "2026-12-11"),
    ])
    t = ("Goedemiddag Mira,\n\nWij bevestigen uw bestelling 4500032201: 20.000 stuks aan € 0,09, levering op 9/12.\n\n"
         "Met vriendelijke groeten,\nPieter Claes\nEierverpakking Vlaanderen NV\nT +32 9 123 45 67 | BTW BE 0412.345.678\n\n"
         "PS: ik zie net dat onze productieplanning de PET-trays pas in week 3 op de lijn zet. Ik laat u nog weten "
         "wat dat betekent voor de levering.\n\n")
    irt, refs = reply_to(p)
    eml = mail(("Pieter Claes", "pieter.claes@eiverpak.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-10 15:05", "+0100"), "<DB8PR06MB6170C0FFEE12345@DB8PR06MB6170.eurprd06.prod.outlook.com>",
               text(t + q_outlook(p, "vrijdag 6 november 2026 10:12"), cs="windows-1252"), irt, refs)
    exp = expect("needs_review", "The body confirms 9/12 but the PS says the trays are only produced in week 3 (January 2027) "
                 "and the delivery impact is still to follow: contradictory, a buyer would have to ask.")
    return [p], eml, exp


# 025 ------------------------------------------------------------------
@case("fan-belts-thunderbird-surcharge", "confirmation", "fr-FR",
      "Thunderbird HTML blockquote reply in Windows-1252; a 3 % surcharge on one line (9,476 € HT), weekday + date without year.")
def c025():
    s = sup("CIR", "Courroies Industrielles du Rhône SAS", "adv@courroies-rhone.example", "fr-FR")
    p = po("4500032219", s, "EUR", "2026-11-04", [
        ("FB-SPZ-1250", "V-belt SPZ 1250 Lw, wrapped", 200, "EA", "4.60", "2026-12-15"),
        ("FB-XPA-1600", "Cogged V-belt XPA 1600 Lw", 150, "EA", "9.20", "2026-12-15"),
        ("FB-6PK-1200", "Poly-V belt 6PK 1200", 100, "EA", "7.50", "2026-12-15"),
    ], buyer="jonas")
    top = ("Bonjour Monsieur Feld,\n\nNous accusons réception de votre commande 4500032219 et vous la confirmons comme suit :\n"
           "– lignes 1 et 3 : quantités et prix conformes, livraison le mardi 15 décembre ;\n"
           "– ligne 2 : 150 courroies XPA 1600, livraison le mardi 15 décembre également, mais une majoration de 3 % "
           "s'applique (hausse du caoutchouc), soit 9,476 € HT l'unité.\n\n"
           "Bien cordialement,\n\nCamille Durand\nAdministration des ventes\nCourroies Industrielles du Rhône SAS\n"
           "12 rue de l'Industrie – 69200 Vénissieux\nTél. 04 72 12 34 56 – SIRET 123 456 789 00012\n")
    intro = "Le 04/11/2026 à 10:12, Jonas Feld a écrit :"
    plain = top + "\n" + intro + "\n" + gt(req_text(p)) + "\n"
    h = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1252\"></head><body>"
         + "<p>" + esc(top).replace("\n", "<br>\n") + "</p>" + q_html(p, esc(intro), style="moz") + "</body></html>")
    irt, refs = reply_to(p)
    eml = mail(("Camille Durand", "c.durand@courroies-rhone.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-05 11:27", "+0100"), "<4b1d2e3f-5a6b-7c8d-9e0f-a1b2c3d4e5f6@courroies-rhone.example>",
               alt(text(plain, cs="windows-1252", flowed=True), html(h, cs="windows-1252", wrap=False), tag="------------"),
               irt, refs, extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, price=pct("9.20", 3)), 3: acc(p, 3)})],
                      "'mardi 15 décembre' (no year) = 2026-12-15 = requested. Line 2: +3 % on 9.20 = 9.476 (also stated). "
                      "Lines 1 and 3 'conformes'.")
    return [p], eml, exp


# 026 ------------------------------------------------------------------
@case("glass-jars-quebec-dozen-split", "confirmation", "fr-CA",
      "Québec French: prices per dozen (14,40 $/dz = 1.20/EA), quantities in dozens, ISO dates, a split delivery on line 1.")
def c026():
    s = sup("BOCL", "Bocaux Laurentides inc.", "commandes@bocauxlaurentides.example", "fr-CA")
    p = po("4500032224", s, "CAD", "2026-11-06", [
        ("GJ-MAS-500", "Mason jar 500 ml, regular mouth, with lid", 2400, "EA", "1.20", "2026-12-14"),
        ("GJ-MAS-1L", "Mason jar 1 L, wide mouth, with lid", 1200, "EA", "1.85", "2026-12-14"),
    ], buyer="priya")
    t = ("Bonjour Priya,\n\nMerci pour la commande 4500032224.\n\n"
         "Pots Mason 500 ml : 200 douzaines à 14,40 $ la douzaine (donc même prix). On peut en livrer 120 douzaines "
         "le 2026-12-14 et le reste (80 douzaines) le 2027-01-11, notre verrier ayant du retard.\n"
         "Pots Mason 1 L : 100 douzaines à 22,20 $ la douzaine, livraison le 2026-12-14.\n\n"
         "Bonne journée!\n\nJulie Tremblay\nService à la clientèle\nBocaux Laurentides inc.\n"
         "450 555-0199 poste 221 | 1234, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B5\n\n")
    irt, refs = reply_to(p)
    eml = mail(("Julie Tremblay", "jtremblay@bocauxlaurentides.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-09 10:15", "-0500"), "<YT3PR01MB6215D7E8F9A0B1C2@YT3PR01MB6215.CANPRD01.PROD.OUTLOOK.COM>",
               text(t + q_outlook(p, "6 novembre 2026 04:12", "fr")), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, schedule=[(1440, "2026-12-14"), (960, "2027-01-11")]), 2: acc(p, 2)})],
                      "Per dozen: 14,40/12 = 1.20 and 22,20/12 = 1.85, both as ordered; 200 dz = 2400, 100 dz = 1200. Line 1 "
                      "split 120 dz (1440) on 2026-12-14 and 80 dz (960) on 2027-01-11.")
    return [p], eml, exp


# 027 ------------------------------------------------------------------
@case("hinge-pins-swiss-apostrophe", "confirmation", "fr-CH",
      "Swiss French with apostrophe thousands (12'000) and point decimals, prices per 100 pieces; line 2 dearer and a week later.")
def c027():
    s = sup("GJU", "Goupilles Jura SA", "ventes@goupilles-jura.example", "fr-CH")
    p = po("4500032237", s, "CHF", "2026-11-05", [
        ("HP-5x50-BR", "Hinge pin 5 x 50 mm, brass, with head", 12000, "PC", "0.125", "2027-01-22"),
        ("HP-8x100-SS", "Hinge pin 8 x 100 mm, stainless A4", 4000, "PC", "0.48", "2027-01-22"),
    ], buyer="tomas")
    t = ("Monsieur,\n\nNous vous remercions de votre commande 4500032237 que nous confirmons comme suit :\n\n"
         "Pos. 1 : 12'000 pces HP-5x50-BR à CHF 12.50 / 100 pces, livraison 22.01.2027\n"
         "Pos. 2 : 4'000 pces HP-8x100-SS à CHF 52.00 / 100 pces, livraison 29.01.2027\n\n"
         "Montant total : CHF 3'580.00 hors TVA\n\n"
         "Avec nos meilleures salutations\n\nGoupilles Jura SA\nLuc Girardin\nRue des Artisans 7, 2800 Delémont\n"
         "Tél. +41 32 421 12 34 | CHE-123.456.789 TVA\n")
    h = "<div style=\"font-family:Arial;font-size:10pt\">" + esc(t).replace("\n", "<br>") + "</div>"
    irt, refs = reply_to(p)
    eml = mail(("Luc Girardin", "l.girardin@goupilles-jura.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-06 16:02", "+0100"), "<ZR0P278MB0887A1B2C3D4E5F6@ZR0P278MB0887.CHEP278.PROD.OUTLOOK.COM>",
               alt(text(t, cs="iso-8859-1"), html(h, cs="iso-8859-1")), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, price="0.52", date="2027-01-29")})],
                      "Prices per 100 pcs: 12.50/100 = 0.125 (as ordered); 52.00/100 = 0.52 vs 0.48 -> changed, delivery "
                      "29.01.2027. 12'000 uses the Swiss apostrophe; CHF 3'580.00 is the order total.")
    return [p], eml, exp


# 028 ------------------------------------------------------------------
@case("ink-cartridges-erp-csv-swiss", "confirmation", "de-CH",
      "Swiss ERP mail, new thread, with a semicolon CSV (Windows-1252) carrying the confirmation: one later date and one line 'nicht mehr lieferbar' with quantity 0.")
def c028():
    s = sup("DBZ", "Druckerbedarf Zürich AG", "auftrag@druckerbedarf-zh.example", "de-CH")
    p = po("4500032245", s, "CHF", "2026-11-09", [
        ("INK-LC3219-BK", "Ink cartridge Brother LC3219XL, black", 80, "EA", "18.40", "2026-12-04"),
        ("INK-LC3219-C", "Ink cartridge Brother LC3219XL, cyan", 40, "EA", "14.90", "2026-12-04"),
        ("INK-LC3219-M", "Ink cartridge Brother LC3219XL, magenta", 40, "EA", "14.90", "2026-12-04"),
        ("INK-LC3219-Y", "Ink cartridge Brother LC3219XL, yellow", 40, "EA", "14.90", "2026-12-04"),
    ])
    csv = ("Auftrag;Ihre Bestellung;Pos;Artikel;Bezeichnung;Menge;Einheit;Preis CHF;Liefertermin;Status\n"
           "2026-118734;4500032245;1;INK-LC3219-BK;Tintenpatrone LC3219XL schwarz;80;Stk;18.40;04.12.2026;bestätigt\n"
           "2026-118734;4500032245;2;INK-LC3219-C;Tintenpatrone LC3219XL cyan;40;Stk;14.90;04.12.2026;bestätigt\n"
           "2026-118734;4500032245;3;INK-LC3219-M;Tintenpatrone LC3219XL magenta;40;Stk;14.90;11.12.2026;bestätigt\n"
           "2026-118734;4500032245;4;INK-LC3219-Y;Tintenpatrone LC3219XL gelb;0;Stk;14.90;;nicht mehr lieferbar\n")
    t = ("Guten Tag\n\nIm Anhang erhalten Sie unsere Auftragsbestätigung 2026-118734 zu Ihrer Bestellung 4500032245 "
         "als CSV-Datei.\n\nFreundliche Grüsse\nDruckerbedarf Zürich AG\nAuftragsbearbeitung\n"
         "Hardturmstrasse 101, 8005 Zürich | Tel. 044 123 45 67\n\n"
         "Diese E-Mail wurde automatisch durch Abacus ERP erstellt.\n")
    eml = mail(("Druckerbedarf Zürich AG", "auftrag@druckerbedarf-zh.example"), buyer(p),
               "Auftragsbestätigung 2026-118734 zu Ihrer Bestellung 4500032245", rfcdate("2026-11-10 07:45", "+0100"),
               "<abacus.2026-118734.1731221100@druckerbedarf-zh.example>",
               mixed(text(t, cs="iso-8859-1"), Part([("Content-Type", "text/csv; charset=\"windows-1252\"; name=\"AB_2026-118734.csv\""),
                                                     ("Content-Disposition", "attachment; filename=\"AB_2026-118734.csv\""),
                                                     ("Content-Transfer-Encoding", "base64")],
                                                    base64.encodebytes(csv.replace("\n", "\r\n").encode("windows-1252")))),
               extra=[("Auto-Submitted", "auto-generated")])
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, date="2026-12-11"), 4: REJ})],
                      "ERP confirmation in a CSV attachment (not an auto-reply). Pos 1-2 as ordered, pos 3 delivery 11.12.2026, "
                      "pos 4 quantity 0 'nicht mehr lieferbar' -> rejected.")
    return [p], eml, exp


# 029 ------------------------------------------------------------------
@case("jumper-cables-exchange-ndr-german", "bounce", "de-DE",
      "German Exchange NDR 'Unzustellbar:' (mailbox full, 5.2.2) from the supplier's server with an HTML notification part and rfc822 headers.")
def c029():
    s = sup("STHT", "Starthilfe Technik GmbH", "bestellung@starthilfe-technik.example", "de-DE")
    p = po("4500032250", s, "EUR", "2026-11-10", [
        ("JC-600-4M", "Jumper cables 600 A, 4.0 m, with surge protection", 150, "SET", "27.80", "2027-01-11"),
    ], buyer="jonas")
    orig = request_mail_bytes(p, rfcdate("2026-11-10 10:12", "+0000"))
    hh = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Die Nachricht hat folgende Empfänger nicht erreicht:</font></b></p>"
          "<p>bestellung@starthilfe-technik.example</p><p>Das Postfach des Empfängers ist voll und kann momentan keine "
          "Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den "
          "Empfänger.</p><p><b>Diagnoseinformationen für Administratoren:</b><br>Generierender Server: "
          "EX01.starthilfe-technik.local<br>bestellung@starthilfe-technik.example<br>Remoteserver hat '554 5.2.2 mailbox full; "
          "STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben</p></body></html>")
    eml = dsn(("Microsoft Outlook", "postmaster@starthilfe-technik.example"), buyer(p),
              "Unzustellbar: " + req_subject(p), rfcdate("2026-11-10 11:13", "+0100"),
              "<c1f2a3b4d5e6f7a8b9c0@EX01.starthilfe-technik.local>", None, "EX01.starthilfe-technik.local",
              "bestellung@starthilfe-technik.example", "5.2.2",
              "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", orig,
              headers_only=True, human_part=alt(text("Die Nachricht hat folgende Empfänger nicht erreicht:\n\n"
                                                     "bestellung@starthilfe-technik.example\n\nDas Postfach des Empfängers ist voll.\n"),
                                                html(hh, wrap=False)),
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    exp = expect("bounce", "Exchange non-delivery report in German (Unzustellbar, 5.2.2 mailbox full); only the original headers are returned.")
    return [p], eml, exp


# 030 ------------------------------------------------------------------
@case("kitchen-scales-partial-tomorrow", "confirmation", "it-IT",
      "Italian Gmail reply confirming line 1 ('entro il 18/12') and promising line 2 tomorrow.")
def c030():
    s = sup("BEM", "Bilance Emiliane S.r.l.", "ordini@bilanceemiliane.example", "it-IT")
    p = po("4500032262", s, "EUR", "2026-11-10", [
        ("KS-GL-3", "Kitchen scale 3 kg / 0.1 g, glass platform", 150, "EA", "11.90", "2026-12-18"),
        ("KS-HANG-50", "Hanging scale 50 kg, digital", 60, "EA", "15.40", "2026-12-18"),
    ], buyer="priya")
    t = ("Buongiorno Priya,\n\nconfermiamo la riga 1 (bilancia da cucina 3 kg): 150 pz a € 11,90 cad., consegna entro il 18/12.\n"
         "Per la riga 2 (bilancia pensile 50 kg) sto aspettando conferma dal magazzino, vi faccio sapere domani.\n\n"
         "Cordiali saluti\n--\nFrancesca Bianchi\nUfficio Commerciale - Bilance Emiliane S.r.l.\n"
         "Via Emilia Est 1234, 41122 Modena (MO) | P.IVA 01234560365\nTel. +39 059 123 4567\n\n")
    intro = "Il giorno mar 10 nov 2026 alle ore 10:12 Priya Nair <priya.nair@kestrel-buy.example> ha scritto:"
    irt, refs = reply_to(p)
    eml = mail(("Francesca Bianchi", "f.bianchi@bilanceemiliane.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-11 12:18", "+0100"), "<CAJ9pLq3T+8rW2nVx4Kd7mBz@mail.gmail.com>",
               alt(text(t + q_gmail(p, intro)), html("<div>" + esc(t).replace("\n", "<br>") + "</div>" + q_html(p, esc(intro)), wrap=False),
                   tag="000000000000"), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: UNC})],
                      "Line 1 confirmed as ordered (18/12 without year = 2026-12-18). Line 2 is explicitly pending ('vi faccio "
                      "sapere domani') -> unconfirmed.")
    return [p], eml, exp


# 031 ------------------------------------------------------------------
@case("lock-washers-per-kg-spanish", "confirmation", "es-ES",
      "Spanish reply for bulk washers bought per kg: new €/kg tariff on one line, box-of-25-kg remark on the other that does not change anything.")
def c031():
    s = sup("ARN", "Arandelas del Norte S.L.", "pedidos@arandelasnorte.example", "es-ES")
    p = po("4500032278", s, "EUR", "2026-11-05", [
        ("LW-M6-BULK", "Lock washer M6 DIN 127 B, bulk", 250, "KG", "6.80", "2026-12-16"),
        ("LW-M16-BULK", "Lock washer M16 DIN 127 B, bulk", 100, "KG", "5.90", "2026-12-16"),
    ], buyer="jonas")
    t = ("Hola Jonas:\n\nTe confirmamos el pedido 4500032278:\n\n"
         "· Arandela grower M6: 250 kg a 6,95 €/kg (la tarifa subió el 1 de noviembre), entrega el 16/12.\n"
         "· Arandela grower M16: servimos en cajas de 25 kg; 100 kg = 4 cajas, a 5,90 €/kg, entrega el 16/12.\n\n"
         "Un saludo,\n\nIñaki Etxeberria\nDpto. Comercial\nArandelas del Norte S.L. · CIF B-48123456\n"
         "Pol. Ind. Arteaga, 12 · 48340 Amorebieta (Bizkaia) · Tel. 946 123 456\n\n"
         + q_outlook(p, "jueves, 5 de noviembre de 2026 10:12", "es", hello="Dear Sir or Madam,"))
    irt, refs = reply_to(p)
    eml = mail(("Iñaki Etxeberria", "i.etxeberria@arandelasnorte.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-06 09:41", "+0100"), "<PAXPR08MB7012C1D2E3F4A5B6@PAXPR08MB7012.eurprd08.prod.outlook.com>",
               text(t, cs="windows-1252"), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, price="6.95"), 2: acc(p, 2)})],
                      "Line 1: 6,95 €/kg instead of 6.80 (PO unit is KG). Line 2: 4 boxes of 25 kg = 100 kg at 5,90 €/kg, "
                      "as ordered. 16/12 (no year) = 2026-12-16.")
    return [p], eml, exp


# 032 ------------------------------------------------------------------
@case("mesh-bags-mexico-oneliner", "confirmation", "es-MX",
      "One-line Mexican confirmation from a phone with point decimals and an order total '+ IVA'.")
def c032():
    s = sup("MCB", "Mallas y Costales del Bajío S.A. de C.V.", "ventas@mallasbajio.example", "es-MX")
    p = po("4500032281", s, "MXN", "2026-11-11", [
        ("MB-ONI-25", "Mesh bag for onions 25 kg, 56x90 cm, orange", 10000, "PC", "3.45", "2026-12-11"),
        ("MB-CIT-10", "Mesh bag for citrus 10 kg, with label band", 15000, "PC", "2.10", "2026-12-11"),
    ])
    t = ("Buen día Mira, confirmado todo el pedido 4500032281, precios ok ($3.45 y $2.10), entregamos el 11/12/2026. "
         "Total $66,000.00 + IVA. Saludos\n\nEnviado desde mi Samsung Galaxy\n\n"
         "-------- Mensaje original --------\nDe: Mira Okafor <mira.okafor@kestrel-buy.example>\n"
         "Fecha: 11/11/26 3:12 a. m. (GMT-06:00)\nPara: ventas@mallasbajio.example\n"
         f"Asunto: {req_subject(p)}\n\n" + req_text(p) + "\n")
    irt, refs = reply_to(p)
    eml = mail(("Alejandro Ramírez", "a.ramirez@mallasbajio.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-11 08:03", "-0600"), "<zjmxq8v2k1-f3ab9c7d1e@email.android.com>",
               alt(text(t), html("<div dir=\"auto\">" + esc(t).replace("\n", "<br>") + "</div>")), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2)})],
                      "Everything confirmed: prices 3.45/2.10 as ordered, 11/12/2026 day-first = 2026-12-11. $66,000.00 is the "
                      "net total (10000*3.45 + 15000*2.10) before IVA.")
    return [p], eml, exp


# 033 ------------------------------------------------------------------
@case("nitrile-gloves-argentina-iva", "confirmation", "es-AR",
      "Rioplatense Spanish ('¿cómo andás?') confirming at 'USD 4,85 + IVA' (net price = PO price) with a weekday ship date equal to the requested date.")
def c033():
    s = sup("GDP", "Guantes del Plata S.A.", "ventas@guantesdelplata.example", "es-AR")
    p = po("4500032293", s, "USD", "2026-11-06", [
        ("NG-S-100", "Nitrile gloves powder-free, size S, box of 100", 200, "BOX", "4.85", "2026-12-07"),
        ("NG-M-100", "Nitrile gloves powder-free, size M, box of 100", 400, "BOX", "4.85", "2026-12-07"),
    ], buyer="tomas")
    t = ("Hola Tomas, ¿cómo andás?\n\nTe confirmo el pedido 4500032293: 200 cajas talle S y 400 cajas talle M, "
         "a USD 4,85 + IVA la caja. Despachamos el lunes 7 de diciembre desde Avellaneda.\n\n"
         "Cualquier cosa avisame.\nAbrazo,\n\nMartín Gómez\nGuantes del Plata S.A. | CUIT 30-71234567-8\n"
         "Av. Mitre 1234, Avellaneda, Bs. As. | +54 11 4201-1234\n\n")
    intro = "El vie, 6 nov 2026 a las 06:12, Tomas Lindqvist (<tomas.lindqvist@kestrel-buy.example>) escribió:"
    irt, refs = reply_to(p)
    eml = mail(("Martín Gómez", "mgomez@guantesdelplata.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-09 10:26", "-0300"), "<CAOp7Rz1wX+4qYv2Lm9Tb6Ns@mail.gmail.com>",
               text(t + q_gmail(p, intro)), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2)})],
                      "USD 4,85 + IVA is the same net price as the PO (4.85); 'lunes 7 de diciembre' = 2026-12-07 (a Monday), "
                      "ship date only = requested. Both lines accepted.")
    return [p], eml, exp


# 034 ------------------------------------------------------------------
@case("oil-drums-invoice-other-order", "unrelated", "pt-PT",
      "Portuguese invoice (PDF) for an earlier, different PO 4500031544 from the same supplier; the open PO is not mentioned.")
def c034():
    s = sup("TAV", "Tambores do Ave, Lda.", "comercial@tamboresave.example", "pt-PT")
    p = po("4500032300", s, "EUR", "2026-11-09", [
        ("OD-220-HD", "Plastic drum 220 l, HDPE, tight head, blue", 100, "EA", "27.50", "2027-01-12"),
    ])
    pdf = make_pdf([
        "#FATURA FT 2026/4187",
        "Tambores do Ave, Lda. - Rua da Industria 55, 4765-000 Vila Nova de Famalicao - NIF 501234567",
        "Cliente: Kestrel Procurement Ltd - NIF GB123456789",
        "Data: 10-11-2026     Vencimento: 27-12-2026",
        "V/ Encomenda: 4500031544     Guia de remessa: GR 2026/3920 de 28-10-2026",
        "",
        "Artigo        Descricao                               Qtd.   Preco unit.   Total",
        "OD-120-HD     Tambor plastico 120 l, PEAD, azul         60      19,80      1.188,00",
        "",
        "Total iliquido: 1.188,00 EUR   IVA 0% (autoliquidacao art. 14 RITI)   Total: 1.188,00 EUR",
        "IBAN PT50 0000 0000 0000 0000 0000 0",
    ], title="FT 2026/4187")
    t = ("Exmos. Senhores,\n\nJunto enviamos a fatura FT 2026/4187 referente à vossa encomenda 4500031544, "
         "entregue em 28/10/2026.\nData de vencimento: 27/12/2026.\n\nCom os melhores cumprimentos,\n"
         "Departamento Financeiro\nTambores do Ave, Lda.\nTel. +351 252 123 456\n")
    eml = mail(("Tambores do Ave - Faturação", "faturacao@tamboresave.example"), buyer(p),
               "Fatura FT 2026/4187 - V/ Encomenda 4500031544", rfcdate("2026-11-10 17:02", "+0000"),
               "<ft20264187.1731258120@tamboresave.example>",
               mixed(text(t, cs="iso-8859-1"), attach(pdf, "application/pdf", "FT_2026_4187.pdf")))
    exp = expect("unrelated", "Invoice for another, already delivered order (4500031544); it says nothing about open PO 4500032300.")
    return [p], eml, exp


# 035 ------------------------------------------------------------------
@case("pipe-wrenches-catalan-weekdays", "confirmation", "ca-ES",
      "Catalan reply with weekday + day + month dates (no year) - 'dimecres 13 de gener' rolls into 2027.")
def c035():
    s = sup("EVA", "Eines Vallès S.A.", "comandes@einesvalles.example", "ca-ES")
    p = po("4500032315", s, "EUR", "2026-11-10", [
        ("PW-18-ST", "Pipe wrench 18 in, Stillson, forged", 40, "EA", "22.60", "2026-12-21"),
        ("PW-CH-4", "Chain pipe wrench, 4 in capacity", 15, "EA", "58.00", "2026-12-21"),
        ("PW-SET-3", "Pipe wrench set 3 pcs (10/14/18 in)", 25, "SET", "49.90", "2026-12-21"),
    ], buyer="jonas")
    t = ("Bon dia Jonas,\n\nEt confirmo la comanda 4500032315:\n\n"
         "- Línia 1: 40 u. a 22,60 €, lliurament dilluns 21 de desembre.\n"
         "- Línia 2: 15 u. a 58,00 €, lliurament dimecres 13 de gener (el proveïdor de cadenes va endarrerit).\n"
         "- Línia 3: 25 jocs a 49,90 €, lliurament dilluns 21 de desembre.\n\n"
         "Salutacions,\n\nJordi Puig i Ferrer\nDepartament Comercial · Eines Vallès S.A.\n"
         "C/ de la Indústria, 40 · 08202 Sabadell · Tel. 93 712 34 56\n\n"
         "AVÍS LEGAL: Aquest missatge i els seus annexos són confidencials i per a ús exclusiu del destinatari.\n\n"
         + q_outlook(p, "dimarts, 10 de novembre de 2026 10:12", "es"))
    irt, refs = reply_to(p)
    eml = mail(("Jordi Puig", "jpuig@einesvalles.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-12 09:08", "+0100"), "<MRZP264MB2451A0B1C2D3E4F5@MRZP264MB2451.FRAP264.PROD.OUTLOOK.COM>",
               text(t), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-13"), 3: acc(p, 3)})],
                      "Dates without year: 'dilluns 21 de desembre' = 2026-12-21 (requested); 'dimecres 13 de gener' = next "
                      "13 Jan = 2027-01-13 (a Wednesday). Prices and quantities as ordered.")
    return [p], eml, exp


# 036 ------------------------------------------------------------------
@case("roof-tiles-korean-pallet", "confirmation", "ko-KR",
      "EUC-KR/base64 Korean reply: quantity rounded to full pallets of 240 (5,040) and shipping dates (선적일) one week earlier than the need-by date.")
def c036():
    s = sup("DHRT", "Daehan Roof Tile Co., Ltd.", "export@daehantile.example", "ko-KR")
    p = po("4500032327", s, "USD", "2026-11-05", [
        ("RT-CON-GRY", "Concrete roof tile, flat, charcoal grey", 5000, "PC", "1.15", "2027-02-12"),
        ("RT-CON-RDG", "Concrete ridge tile, charcoal grey", 300, "PC", "2.40", "2027-02-12"),
    ], buyer="priya")
    t = ("Priya 님께,\n\n발주서 4500032327 잘 받았습니다. 아래와 같이 확인드립니다.\n\n"
         "1. 평기와 (차콜 그레이): 팔레트당 240장 단위로 출고되므로 5,040장 (21팔레트)으로 조정, 단가 USD 1.15, 선적일 2027년 2월 5일\n"
         "2. 용마루 기와 (차콜 그레이): 300장, 단가 USD 2.40, 선적일 2027년 2월 5일\n\n"
         "감사합니다.\n김민수 드림\n\n대한기와 주식회사 해외영업팀\nTel. +82-2-1234-5678 | Fax. +82-2-1234-5679\n"
         "서울특별시 강남구 테헤란로 123\n\n"
         "-----Original Message-----\nFrom: \"Priya Nair\"<priya.nair@kestrel-buy.example>\n"
         "To: <export@daehantile.example>;\nSent: 2026-11-05 (목) 18:12:00 (GMT+09:00)\n"
         f"Subject: {req_subject(p)}\n\n" + req_text(p) + "\n")
    irt, refs = reply_to(p)
    eml = mail(("김민수", "ms.kim@daehantile.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-09 14:50", "+0900"), "<20261109145012.a1b2c3d4@daehantile.example>",
               text(t, cs="euc-kr", cte="base64"), irt, refs, name_cs="euc-kr")
    exp = expect_conf([(p, {1: chg(p, 1, qty=5040, date="2027-02-05"), 2: chg(p, 2, date="2027-02-05")})],
                      "Pallets of 240 -> 21 pallets = 5,040 pcs. Only shipping dates (선적일) are given, so date = 2027-02-05 for "
                      "both lines. Prices unchanged.")
    return [p], eml, exp
