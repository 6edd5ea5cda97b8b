from .common import *


@case(37, "be-eyebolts-pdf-mardi-janvier", "Belgian French mail with a PDF 'confirmation de commande': delivery 'mardi 5 janvier' (no year) after a holiday closure, line 1 rounded to boxes of 25.")
def c037():
    s = sup("BOUL", "Boulonnerie Wallonne SA", "commandes@boulonnerie-wallonne.example", "fr-BE")
    p = po("4500032001", s, "mk", "EUR", "2026-11-16", [
        ("EB-M8-ZN", "Eye bolt M8 x 60 mm, zinc plated, with nut", 110, "EA", "0.74", "2026-12-22"),
        ("EB-M10-ZN", "Eye bolt M10 x 80 mm, zinc plated, with nut", 200, "EA", "1.06", "2026-12-22")])
    pdf = make_pdf([
        "BOULONNERIE WALLONNE SA - Rue de l'Industrie 8 - 4020 Liège - TVA BE 0412.345.678", "",
        "CONFIRMATION DE COMMANDE  AC-26/7731", "Date : 18/11/2026", "Votre commande : 4500032001 du 16/11/2026",
        "Client : Northgate Supply B.V., Rotterdam", "",
        "Pos  Référence   Désignation                         Qté   Unité  PU EUR   Livraison",
        "1    EB-M8-ZN    Piton à oeil M8x60 zingué + écrou    125   pce    0,74     05/01/2027",
        "     (conditionnement : boîte de 25 pièces)",
        "2    EB-M10-ZN   Piton à oeil M10x80 zingué + écrou   200   pce    1,06     05/01/2027", "",
        "Total HT : 304,50 EUR", "Conditions : 30 jours fin de mois. Nos conditions générales de vente s'appliquent."],
        "Confirmation AC-26/7731")
    body = ("Bonjour Madame Keller,\n\nVeuillez trouver ci-joint notre confirmation de commande AC-26/7731.\n"
            "Livraison prévue le mardi 5 janvier (nos ateliers sont fermés du 24/12 au 03/01 inclus).\n\n"
            "Bien à vous,\n\nFrançois Lambert\nService commandes\nBoulonnerie Wallonne SA | +32 4 342 12 34\n")
    root = multipart("mixed", [alt(body, html_doc(paras(body), "fr-BE"), "----=_NextPart_001_0123_01DC5A1B.3F4E5D60"),
                               attach("AC-26-7731.pdf", "application/pdf", pdf)],
                     "----=_NextPart_000_0122_01DC5A1B.3F4E5D60")
    eml = message(reply_headers(p, "François Lambert", s["email"], rfcdate(2026, 11, 18, 14, 20),
                                "<002101dc5a1b$3f4e5d60$bdeb1820$@boulonnerie-wallonne.example>",
                                subject="Confirmation de commande AC-26/7731 - votre commande 4500032001",
                                extra=[("X-Mailer", "Microsoft Outlook 16.0")]), root)
    return [p], eml, expected("confirmation",
        "Both lines delivered 'mardi 5 janvier' = 2027-01-05 (next such date; PDF 05/01/2027). Line 1 rounded 110 -> 125 (box of 25). Prices unchanged.",
        [conf(p, {1: chg(p, 1, quantity=125, date="2027-01-05"), 2: chg(p, 2, date="2027-01-05")})])


@case(38, "bef-mallets-prepayment-condition", "Flemish reply: first order, can only deliver subject to full prepayment and asks us to agree before sending proforma and confirmation.")
def c038():
    s = sup("RUBCO", "Rubberco Vlaanderen BV", "verkoop@rubberco.example", "nl-BE")
    p = po("4500032023", s, "jb", "EUR", "2026-11-17", [
        ("RM-450-BK", "Rubber mallet 450 g, black, fibreglass handle", 144, "EA", "5.60", "2026-12-18"),
        ("RM-900-BK", "Rubber mallet 900 g, black, fibreglass handle", 72, "EA", "8.90", "2026-12-18")])
    body = ("Goedemiddag Jonas,\n\nBedankt voor uw bestelling 4500032023. Aangezien dit uw eerste bestelling bij ons is en de "
            "kredietverzekeraar nog geen limiet heeft toegekend, kunnen wij enkel leveren mits vooruitbetaling van het "
            "volledige bedrag (€ 1.447,20 excl. btw).\n\nKunt u bevestigen dat u hiermee akkoord gaat? Dan sturen wij u een "
            "pro-forma factuur en onze orderbevestiging met leverdatum.\n\n"
            "Met vriendelijke groeten,\nAn Peeters\nVerkoop binnendienst\nRubberco Vlaanderen BV | BTW BE 0456.789.123 | T +32 3 456 78 90\n"
            + quote_outlook(p, "nl", "dinsdag 17 november 2026 10:14"))
    eml = message(reply_headers(p, "An Peeters", s["email"], rfcdate(2026, 11, 18, 15, 12),
                                "<AM0PR02MB5523.rubco@AM0PR02MB5523.eurprd02.prod.outlook.example>"),
                  text(body, charset="windows-1252"))
    return [p], eml, expected("needs_review",
        "Supply is conditional on prepayment and the supplier asks us to agree first; confirmation with delivery date only afterwards.")


@case(39, "ch-mixers-apostrophe-2digit-year", "Swiss German reply with CHF 1'249.00 apostrophe thousands, 'Liefertermin 14.01.27' two-digit year and a new list price on line 1.")
def c039():
    s = sup("BRUN", "Bau-Maschinen Brunner AG", "verkauf@brunner-bau.example", "de-CH")
    p = po("4500032045", s, "mk", "CHF", "2026-11-17", [
        ("MM-ZW-140", "Mortar mixer 140 L, 230 V, 600 W", 4, "EA", "1189.00", "2027-01-14"),
        ("MM-RW-1600", "Hand-held mixer 1600 W, 2-speed, with paddle", 10, "EA", "289.00", "2027-01-14"),
        ("MM-PAD-160", "Mixing paddle 160 mm, M14, spare", 20, "EA", "29.50", "2027-01-14")])
    body = ("Grüezi Frau Keller\n\nBesten Dank für Ihre Bestellung 4500032045, die wir wie folgt bestätigen:\n\n"
            "Pos. 1   4 Stk.  Betonmischer 140 l     CHF 1'249.00 netto/Stk. (neue Preisliste ab 01.11.2026)   Liefertermin 14.01.27\n"
            "Pos. 2  10 Stk.  Rührwerk 1600 W        CHF   289.00 netto/Stk.                                   Liefertermin 14.01.27\n"
            "Pos. 3  20 Stk.  Rührquirl 160 mm       CHF    29.50 netto/Stk.                                   Liefertermin 14.01.27\n\n"
            "Die Preise verstehen sich exkl. MWST.\n\nFreundliche Grüsse\n\nReto Brunner\nVerkauf Innendienst\n"
            "Bau-Maschinen Brunner AG | Industriestrasse 7 | 8604 Volketswil\nTel. +41 44 945 12 34 | CHE-123.456.789 MWST\n"
            + quote_outlook(p, "de", "Dienstag, 17. November 2026 10:14"))
    eml = message(reply_headers(p, "Reto Brunner", s["email"], rfcdate(2026, 11, 19, 10, 40),
                                "<ZR0P278MB0911.brunner@ZR0P278MB0911.CHEP278.prod.outlook.example>", prefix="AW: "),
                  text(body, charset="iso-8859-1"))
    return [p], eml, expected("confirmation",
        "Pos. 1 price CHF 1'249.00 instead of 1189.00 -> changed; pos. 2-3 as ordered; 14.01.27 = 2027-01-14 = requested.",
        [conf(p, {1: chg(p, 1, price="1249.00"), 2: "acc", 3: "acc"})])


@case(40, "chfr-ooo-bilingual", "Swiss French/English out-of-office ('Absence du bureau') mentioning urgent orders and a return date.")
def c040():
    s = sup("ROCH", "Rochat Quincaillerie SA", "n.rochat@rochat-quincaillerie.example", "fr-CH")
    p = po("4500032067", s, "mk", "CHF", "2026-11-17", [
        ("KP-750-AL", "Kick plate 750 x 150 mm, anodised aluminium", 40, "EA", "18.60", "2027-01-08")])
    body = ("Bonjour,\n\nJe suis absente jusqu'au lundi 30 novembre 2026. Votre message ne sera pas transféré.\n"
            "Pour toute commande urgente, veuillez contacter commandes@rochat-quincaillerie.example ou le +41 21 634 56 78.\n\n"
            "Good day,\n\nI am out of the office until Monday 30 November 2026. Your message will not be forwarded.\n"
            "For urgent orders please contact commandes@rochat-quincaillerie.example or +41 21 634 56 78.\n\n"
            "Meilleures salutations / Best regards\nNathalie Rochat\n\nCet e-mail a été envoyé automatiquement.\n")
    h = reply_headers(p, "Nathalie Rochat", s["email"], rfcdate(2026, 11, 17, 10, 14, ss=9),
                      "<ooo-2f9a1c.1794906849@rochat-quincaillerie.example>",
                      subject="Absence du bureau / Out of office: " + subj(p),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], message(h, text(body)), expected("auto_reply", "Bilingual out-of-office notice; no order answer.")


@case(41, "chit-sashclamps-lunedi-gennaio", "Swiss Italian reply confirming at our conditions but delivering 'lunedì 11 gennaio' (no year) after the holiday closure; price remark is not a change.")
def c041():
    s = sup("UTIC", "Utensili Ticino SA", "vendite@utensili-ticino.example", "it-CH")
    p = po("4500032089", s, "jb", "CHF", "2026-11-18", [
        ("SC-PIPE-34", "Pipe clamp fixture 3/4 in, for sash clamping", 50, "EA", "14.80", "2027-01-06"),
        ("SC-T-1000", "Sash clamp T-bar 1000 mm, heavy", 25, "EA", "39.90", "2027-01-06")])
    body = ("Buongiorno signor Berg,\n\nconfermiamo il vostro ordine 4500032089 alle condizioni indicate. A causa della chiusura "
            "aziendale per le festività, la consegna avverrà lunedì 11 gennaio.\n\n"
            "Per la posizione 2 il prezzo di CHF 39.90 è valido solo per quantitativi da 25 pezzi in su: va bene così come ordinato.\n\n"
            "Cordiali saluti\nLuca Bernasconi\nUfficio vendite\nUtensili Ticino SA | Via Cantonale 22 | 6900 Lugano | Tel. +41 91 922 33 44\n"
            + quote_outlook(p, "it", "mercoledì 18 novembre 2026 10:14"))
    eml = message(reply_headers(p, "Luca Bernasconi", s["email"], rfcdate(2026, 11, 20, 8, 33),
                                "<GVAP278MB0377.utic@GVAP278MB0377.CHEP278.prod.outlook.example>", prefix="R: "),
                  text(body, charset="iso-8859-1"))
    return [p], eml, expected("confirmation",
        "Conditions as ordered but delivery Monday 11 January -> 2027-01-11 (later than 01-06) for both lines.",
        [conf(p, {1: chg(p, 1, date="2027-01-11"), 2: chg(p, 2, date="2027-01-11")})])


@case(42, "es-doorstops-per-dozen", "Spanish reply quoting quantities in dozens and prices 'la docena' that equal our per-piece prices; line 2 ships later.")
def c042():
    s = sup("HLEV", "Herrajes Levante S.L.", "comercial@herrajeslevante.example", "es-ES")
    p = po("4500032111", s, "mk", "EUR", "2026-11-18", [
        ("DS-CUP-SN", "Door stop cup-style, satin nickel", 144, "EA", "2.05", "2026-12-17"),
        ("DS-HNG-PIN", "Hinge pin door stop, satin nickel", 96, "EA", "1.40", "2026-12-17")])
    body = ("Hola Marta:\n\nTe confirmo el pedido 4500032111:\n"
            "- Topes de puerta de copa níquel satinado: 12 docenas a 24,60 € la docena, entrega 17/12/2026.\n"
            "- Topes de bisagra: 8 docenas a 16,80 € la docena, servimos el 22/12/2026 porque estamos esperando mercancía.\n\n"
            "Un saludo,\nCarmen Ruiz\nDpto. Comercial | Herrajes Levante S.L. | CIF B-46123456 | Tel. 963 12 34 56\n\n"
            "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. "
            "De acuerdo con el RGPD, le informamos de que sus datos forman parte de un fichero de Herrajes Levante S.L.\n"
            + quote_outlook(p, "es", "miércoles, 18 de noviembre de 2026 10:14"))
    eml = message(reply_headers(p, "Carmen Ruiz", s["email"], rfcdate(2026, 11, 23, 12, 5),
                                "<PAXPR06MB7780.hlev@PAXPR06MB7780.eurprd06.prod.outlook.example>"),
                  text(body, charset="iso-8859-15"))
    return [p], eml, expected("confirmation",
        "Line 1: 12 dozen = 144, 24,60/12 = 2.05 per EA, 17/12 -> accepted. Line 2: 8 dozen = 96, 16,80/12 = 1.40, but ships 22/12/2026 -> changed (date).",
        [conf(p, {1: "acc", 2: chg(p, 2, date="2026-12-22")})])


@case(43, "ar-hinges-pct-30dias", "Argentine voseo reply: quantities confirmed, +12% cost update on order prices, delivery '30 días de hoy' (relative to mail date).")
def c043():
    s = sup("HSUR", "Herrajes del Sur S.R.L.", "ventas@herrajesdelsur.example", "es-AR")
    p = po("4500032133", s, "ta", "ARS", "2026-11-18", [
        ("GH-ARG-3", "Gate hinge heavy, 3 in weld-on barrel", 200, "EA", "2450.00", "2026-12-21"),
        ("GH-ARG-4", "Gate hinge heavy, 4 in weld-on barrel", 150, "EA", "3380.00", "2026-12-21")])
    body = ("Hola Tom, ¿cómo andás?\n\nTe confirmo la OC 4500032133 por las cantidades pedidas. Por la actualización de costos "
            "de noviembre, a los precios de la orden hay que sumarles un 12%. Entrega a 30 días de hoy.\n\n"
            "Abrazo,\nDiego Fernández\nHerrajes del Sur S.R.L. | CUIT 30-71234567-8 | Tel. (011) 4567-8901\n\n"
            + quote_gmail(p, "El mié, 18 nov 2026 a las 6:14, Tom Alvarez (<%s>) escribió:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Diego Fernández", s["email"], rfcdate(2026, 11, 20, 17, 20, "-0300"),
                                "<CAO7pLx3v-hsur.2011@mail.gmail.example>", prefix="Re: "),
                  text(body))
    d = plus("2026-11-20", 30)
    return [p], eml, expected("confirmation",
        "Qty as ordered; +12% on PO prices: 2450.00 -> 2744.00, 3380.00 -> 3785.60; delivery 30 days from the mail date 2026-11-20 = 2026-12-20.",
        [conf(p, {1: chg(p, 1, price="2744.00", date=d), 2: chg(p, 2, price="3785.60", date=d)})])


@case(44, "cl-punches-requote-approval", "Chilean reply: our PO prices are from an expired quote, gives new prices '$9.750' and asks whether to proceed; no dispatch date until approved.")
def c044():
    s = sup("FIA", "Ferretería Industrial Andes SpA", "comercial@ferreandes.example", "es-CL")
    p = po("4500032155", s, "ta", "CLP", "2026-11-19", [
        ("NP-SET-5", "Nail punch set 5 pcs, 0.8-4 mm", 60, "SET", "8900", "2027-01-11"),
        ("NP-CTR-4", "Centre punch 4 mm, hardened", 120, "EA", "2350", "2027-01-11")])
    body = ("Estimado Tom:\n\nJunto con saludar, le comento que los precios de su orden 4500032155 corresponden a nuestra "
            "cotización de agosto, que ya no está vigente. Los valores actualizados serían $9.750 el juego de botadores y "
            "$2.590 c/u el granete.\n\n¿Nos confirma si procedemos con estos nuevos precios? Una vez aprobado le informamos "
            "la fecha de despacho.\n\nSaludos cordiales,\nFrancisca Muñoz\nEjecutiva Comercial | Ferretería Industrial Andes SpA | +56 2 2345 6789\n")
    eml = message(reply_headers(p, "Francisca Muñoz", s["email"], rfcdate(2026, 11, 23, 9, 50, "-0300"),
                                "<SCXP152MB0456.fia@SCXP152MB0456.LAMP152.prod.outlook.example>"),
                  text(body, charset="iso-8859-1"))
    return [p], eml, expected("needs_review",
        "New prices are offered conditionally ('¿procedemos?') and no date is given: nothing is committed until we approve.")


@case(45, "co-mirrors-forwarded-warehouse", "Colombian sales rep forwards the warehouse's internal answer for one of two open POs (Gmail 'Forwarded message'); other PO only mentioned.")
def c045():
    s = sup("HERRA", "Herramientas Antioquia S.A.S.", "ventas@herramientasantioquia.example", "es-CO")
    a = po("4500032177", s, "pn", "COP", "2026-11-19", [
        ("IM-TEL-30", "Inspection mirror 30 mm round, telescopic", 150, "EA", "28500", "2026-12-18"),
        ("IM-TEL-55", "Inspection mirror 55 mm round, telescopic", 100, "EA", "34900", "2026-12-18")])
    b = po("4500032180", s, "pn", "COP", "2026-11-19", [
        ("HS-MINI-150", "Mini hacksaw 150 mm", 80, "EA", "15200", "2026-12-18")])
    body = ("Buenos días Priya,\n\nle reenvío la respuesta de bodega sobre su orden 4500032177; quedan confirmadas así. "
            "La orden 4500032180 la estamos revisando y le escribo aparte.\n\nCordialmente,\n\nAndrés Gómez\nAsesor Comercial\n"
            "Herramientas Antioquia S.A.S. | NIT 900.123.456-7 | Cel. 310 456 7890\n\n"
            "---------- Forwarded message ---------\nDe: Bodega Medellín <bodega@herramientasantioquia.example>\n"
            "Date: lun, 23 nov 2026 a las 7:45\nSubject: RE: confirmación OC 4500032177\nTo: Andrés Gómez <andres.gomez@herramientasantioquia.example>\n\n"
            "Andrés, para la 4500032177:\nespejo 30 mm: 150 und ok, despacho 11/12\n"
            "espejo 55 mm: 60 und despacho 11/12, las otras 40 llegan con la importación, despacho 15/01/2027\n"
            "Precios sin cambio.\nSaludos, Jhon - Bodega\n")
    eml = message(reply_headers(a, "Andrés Gómez", "andres.gomez@herramientasantioquia.example", rfcdate(2026, 11, 23, 10, 2, "-0500"),
                                "<CAH3nT8w-antioq.2311@mail.gmail.example>", subject="Fwd: confirmación OC 4500032177", reply=False),
                  text(body))
    return [a, b], eml, expected("confirmation",
        "Forwarded warehouse answer adopted by the sales rep for PO 4500032177: L1 ship 11/12 -> 2026-12-11 (earlier, changed); L2 split 60 on 2026-12-11 + 40 on 2027-01-15. PO 4500032180 only mentioned -> left out.",
        [conf(a, {1: chg(a, 1, date="2026-12-11"), 2: chg(a, 2, schedule=[(60, "2026-12-11"), (40, "2027-01-15")])})])


@case(46, "pt-jointing-semana-3", "European Portuguese reply: quantities and prices as ordered, delivery 'semana 3 de 2027' because of the annual factory shutdown.")
def c046():
    s = sup("ARGM", "Argamassas do Minho, Lda.", "comercial@argamassasminho.example", "pt-PT")
    p = po("4500032199", s, "mk", "EUR", "2026-11-19", [
        ("JC-TILE-GR5", "Tile jointing compound grey, 5 kg bag", 200, "EA", "6.90", "2027-01-15"),
        ("JC-TILE-WH5", "Tile jointing compound white, 5 kg bag", 120, "EA", "7.40", "2027-01-15")])
    body = ("Bom dia Marta,\n\nConfirmamos a encomenda 4500032199 nas quantidades e preços indicados. Devido à paragem anual "
            "da fábrica, a entrega será na semana 3 de 2027.\n\nCom os melhores cumprimentos,\nRui Carvalho\nDepartamento Comercial\n"
            "Argamassas do Minho, Lda. | NIF 501 234 567 | Tel. +351 253 123 456\n"
            + quote_outlook(p, "pt", "quinta-feira, 19 de novembro de 2026 09:14"))
    eml = message(reply_headers(p, "Rui Carvalho", s["email"], rfcdate(2026, 11, 24, 11, 18, "+0000"),
                                "<DB8PR10MB3321.argm@DB8PR10MB3321.EURPRD10.prod.outlook.example>"),
                  text(body, charset="iso-8859-1"))
    d = kw(2027, 3)
    return [p], eml, expected("confirmation",
        "'semana 3 de 2027' without a day = Friday 2027-01-22, later than 01-15 -> both lines changed (date).",
        [conf(p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)})])


@case(47, "ro-cablereels-discontinued-middle", "Romanian reply confirming positions 1 and 3 as ordered and declining position 2 (manufacturer stopped production).")
def c047():
    s = sup("ECD", "ElectroCablu Distribuție S.R.L.", "vanzari@electrocablu.example", "ro-RO")
    p = po("4500032211", s, "jb", "RON", "2026-11-20", [
        ("CR-IND-40", "Industrial cable reel 40 m, H07RN-F 3G2.5", 20, "EA", "389.00", "2026-12-16"),
        ("CR-IND-50-5G", "Industrial cable reel 50 m, H07RN-F 5G2.5, CEE 400 V", 10, "EA", "945.00", "2026-12-16"),
        ("CR-HOLD-W", "Wall holder for cable reel, steel", 30, "EA", "42.00", "2026-12-16")])
    body = ("Bună ziua domnule Berg,\n\nVă confirmăm comanda nr. 4500032211 după cum urmează:\n"
            "- poz. 1: 20 buc., 389,00 lei/buc., livrare 16.12.2026;\n"
            "- poz. 2: nu mai putem livra tamburul de 50 m cu 5G2,5 - producătorul a încetat fabricația, ne pare rău;\n"
            "- poz. 3: 30 buc., 42,00 lei/buc., livrare 16.12.2026.\n\n"
            "Cu stimă,\nAndreea Popescu\nDepartament Vânzări\nElectroCablu Distribuție S.R.L. | CUI RO12345678 | J40/1234/2005 | Tel. 021 312 45 67\n\n"
            + quote_gmail(p, "În vin., 20 nov. 2026 la 11:14, Jonas Berg <%s> a scris:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Andreea Popescu", s["email"], rfcdate(2026, 11, 24, 16, 2, "+0200"),
                                "<CAK1vR7q-ecd.2411@mail.gmail.example>", prefix="Re: "),
                  text(body, cte="base64"))
    return [p], eml, expected("confirmation", "Positions 1 and 3 as ordered; position 2 declined -> rejected.",
                              [conf(p, {1: "acc", 2: REJ, 3: "acc"})])


@case(48, "bg-flatbar-windows1251-metres", "Bulgarian reply (windows-1251): line 1 by the metre rounded up to whole 3 m bars (910 -> 912 m), prices in euro with decimal comma.")
def c048():
    s = sup("METS", "Metalsnab EOOD", "prodajbi@metalsnab.example", "bg-BG")
    p = po("4500032233", s, "pn", "EUR", "2026-11-20", [
        ("FB-30x3-GALV", "Flat bar 30 x 3 mm, galvanised, 3 m lengths", 910, "M", "1.15", "2026-12-22"),
        ("FB-40x4-GALV", "Flat bar 40 x 4 mm, galvanised, 3 m lengths", 600, "M", "1.82", "2026-12-22")])
    body = ("Здравейте, г-жо Наир,\n\nПотвърждаваме поръчка № 4500032233:\n"
            "1. Шина 30х3 мм, поцинкована - 910 м не е кратно на 3 м, затова доставяме 912 м (304 пръта по 3 м) "
            "по 1,15 евро/м, доставка 22.12.2026 г.\n"
            "2. Шина 40х4 мм, поцинкована - 600 м по 1,82 евро/м, доставка 22.12.2026 г.\n\n"
            "Поздрави,\nГеорги Иванов\nТърговски отдел\nМеталснаб ЕООД | ЕИК 123456789 | тел. +359 2 987 65 43\n")
    eml = message(reply_headers(p, "Георги Иванов", s["email"], rfcdate(2026, 11, 25, 9, 12, "+0200"),
                                "<000b01dc5d7a$11aa22bb$33cc44dd$@metalsnab.example>", charset="windows-1251"),
                  text(body, charset="windows-1251"))
    return [p], eml, expected("confirmation",
        "Line 1 quantity 912 m instead of 910 (whole bars), price/date as ordered -> changed. Line 2 as ordered.",
        [conf(p, {1: chg(p, 1, quantity=912), 2: "acc"})])


@case(49, "ua-turnbuckles-koi8u-shipment", "Ukrainian KOI8-U reply with shipment-by dates without year ('до 15 січня', 'до 29 січня'); line 2 later.")
def c049():
    s = sup("KRIP", "TOV Kriplennia-Servis", "sales@kriplennia.example", "uk-UA")
    p = po("4500032255", s, "jb", "UAH", "2026-11-20", [
        ("TB-M10-1480", "Turnbuckle DIN 1480 M10, galv", 100, "EA", "96.00", "2027-01-15"),
        ("TB-M16-1480", "Turnbuckle DIN 1480 M16, galv", 50, "EA", "188.00", "2027-01-15")])
    body = ("Добрий день, пане Йонасе!\n\nДякуємо за замовлення N 4500032255. Підтверджуємо:\n"
            "поз. 1 - 100 шт. по 96,00 грн, відвантаження до 15 січня;\n"
            "поз. 2 - 50 шт. по 188,00 грн, відвантаження до 29 січня (талрепи М16 будуть з наступної партії).\n\n"
            "З повагою,\nОксана Коваленко\nвідділ продажу ТОВ \"Кріплення-Сервіс\"\nтел. +380 44 123 45 67\n")
    eml = message(reply_headers(p, "Оксана Коваленко", s["email"], rfcdate(2026, 11, 26, 11, 45, "+0200"),
                                "<1795686300.448812@kriplennia.example>", charset="koi8-u", prefix="Re: "),
                  text(body, charset="koi8-u", cte="8bit"))
    return [p], eml, expected("confirmation",
        "Only shipment dates are given, so they are the dates: 15 січня -> 2027-01-15 (= requested, line 1 accepted); 29 січня -> 2027-01-29 (line 2 changed).",
        [conf(p, {1: "acc", 2: chg(p, 2, date="2027-01-29")})])


@case(50, "sk-invoice-other-order", "Slovak accounting mail with an invoice PDF for a different, older PO; our open wall-plug PO is not answered.")
def c050():
    s = sup("KOTVY", "Kotvy Slovakia s.r.o.", "obchod@kotvy-slovakia.example", "sk-SK")
    p = po("4500032277", s, "mk", "EUR", "2026-11-20", [
        ("WP-UNI-8", "Universal wall plug 8 x 50 mm", 5000, "PC", "0.045", "2026-12-15")])
    pdf = make_pdf(["Kotvy Slovakia s.r.o. - ICO 36123456 - IC DPH SK2021234567", "", "FAKTURA c. 2026110873",
                    "Datum vystavenia: 23.11.2026   Datum splatnosti: 23.12.2026", "Objednavka odberatela: 4500029841",
                    "Dodaci list: 2026-DL-6612 zo dna 18.11.2026", "",
                    "Polozka  Oznacenie                  Mnozstvo  MJ    Cena/MJ   Spolu",
                    "1        Hmozdinka nylon 6x30         20 000  ks   0,0350    700,00",
                    "2        Hmozdinka ramova 10x100       1 500  ks   0,2936    440,40", "",
                    "Zaklad dane 1 140,40 EUR   DPH 23 % 262,29 EUR   K uhrade 1 402,69 EUR"], "Faktura 2026110873")
    body = ("Dobrý deň,\n\nv prílohe Vám zasielame faktúru č. 2026110873 k Vašej objednávke 4500029841 "
            "(dodací list 2026-DL-6612 zo dňa 18.11.2026).\nSuma na úhradu: 1 402,69 EUR, splatnosť 23.12.2026.\n\n"
            "Ďakujeme za platbu.\n\nS pozdravom\nÚčtovné oddelenie\nKotvy Slovakia s.r.o. | IČO 36123456 | IČ DPH SK2021234567\n")
    root = multipart("mixed", [text(body, charset="iso-8859-2"), attach("Faktura_2026110873.pdf", "application/pdf", pdf)],
                     "=_fakt_2026110873")
    h = [("From", addr("Kotvy Slovakia - fakturácia", "fakturacia@kotvy-slovakia.example")),
         ("To", p["buyer"]["email"]), ("Subject", hdr("Faktúra č. 2026110873")),
         ("Date", rfcdate(2026, 11, 23, 15, 40)), ("Message-ID", "<fa.2026110873.1794929000@kotvy-slovakia.example>")]
    return [p], message(h, root), expected("unrelated",
        "Invoice for an older order (4500029841), not an answer about open PO 4500032277.")


@case(51, "si-hasps-csv-erp", "Slovenian mail with a semicolon CSV (windows-1250, decimal comma) for our ERP: new price on pos. 2, earlier date on pos. 3.")
def c051():
    s = sup("KOVC", "Kovinotehna Celje d.o.o.", "prodaja@kovinotehna-celje.example", "sl-SI")
    p = po("4500032299", s, "ta", "EUR", "2026-11-23", [
        ("PH-SS-80", "Padlock hasp stainless 80 mm", 120, "EA", "3.95", "2027-01-12"),
        ("PH-SS-120", "Padlock hasp stainless 120 mm", 80, "EA", "5.60", "2027-01-12"),
        ("PH-STAPLE-50", "Hasp staple, swivel, 50 mm", 200, "EA", "1.25", "2027-01-12")])
    csv = ("Naročilo kupca;Poz.;Šifra;Opis;Količina;EM;Cena EUR;Datum dobave\r\n"
           "4500032299;1;PH-SS-80;Zapah inox 80 mm;120;kos;3,95;12.01.2027\r\n"
           "4500032299;2;PH-SS-120;Zapah inox 120 mm;80;kos;5,95;12.01.2027\r\n"
           "4500032299;3;PH-STAPLE-50;Ušesce vrtljivo 50 mm;200;kos;1,25;05.01.2027\r\n").encode("windows-1250")
    body = ("Pozdravljeni,\n\nv priponki vam pošiljamo potrditev naročila 4500032299 v CSV obliki (za vaš ERP). "
            "Pri poz. 2 je nova cena zaradi podražitve nerjavnega jekla.\n\nLep pozdrav,\nMaja Kranjc\n"
            "Prodaja | Kovinotehna Celje d.o.o. | Tel. +386 3 425 12 34 | ID za DDV: SI12345678\n")
    root = multipart("mixed", [text(body, charset="windows-1250"),
                               attach("potrditev_4500032299.csv", "text/csv", csv)], "------------kovc0b1c2d3e4f")
    eml = message(reply_headers(p, "Maja Kranjc", s["email"], rfcdate(2026, 11, 24, 12, 30),
                                "<a7c3e9f1-2b4d-4e6f-8a0b-kovc@kovinotehna-celje.example>", prefix="RE: ",
                                extra=[("User-Agent", "Mozilla Thunderbird")]), root)
    return [p], eml, expected("confirmation",
        "CSV: pos 1 as ordered; pos 2 price 5,95 instead of 5.60 -> changed; pos 3 date 05.01.2027 earlier than 01-12 -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, price="5.95"), 3: chg(p, 3, date="2027-01-05")})])


@case(52, "hr-bungee-za-3-tjedna", "Croatian reply: whole order confirmed as ordered, delivery 'za 3 tjedna od danas' = mail date + 21 days.")
def c052():
    s = sup("JADR", "Jadran Oprema d.o.o.", "prodaja@jadran-oprema.example", "hr-HR")
    p = po("4500032311", s, "mk", "EUR", "2026-11-23", [
        ("BC-FLAT-60", "Flat bungee strap 60 cm, 18 mm", 400, "EA", "1.90", "2026-12-11"),
        ("BC-NET-40", "Cargo net with bungee 40 x 60 cm", 100, "EA", "4.75", "2026-12-11")])
    body = ("Poštovana gospođo Keller,\n\npotvrđujemo narudžbu 4500032311 u cijelosti - količine i cijene prema narudžbi. "
            "Isporuka za 3 tjedna od danas.\n\nS poštovanjem,\nIvana Horvat\nProdaja\n"
            "Jadran Oprema d.o.o. | OIB 12345678901 | tel. +385 1 234 5678\n")
    eml = message(reply_headers(p, "Ivana Horvat", s["email"], rfcdate(2026, 11, 25, 13, 30),
                                "<20261125123000.GA4471@jadran-oprema.example>", prefix="Odg: ", charset="iso-8859-2"),
                  text(body, charset="iso-8859-2"))
    d = plus("2026-11-25", 21)
    return [p], eml, expected("confirmation",
        "Qty/price as ordered; 3 weeks from 2026-11-25 = 2026-12-16, later than 12-11 -> both lines changed (date).",
        [conf(p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)})])


@case(53, "rs-dispatch-notice-other-po", "Serbian Cyrillic dispatch notice for an older PO (new thread); our open hinge PO is not addressed.")
def c053():
    s = sup("MPRG", "Metal-Progres d.o.o.", "prodaja@metal-progres.example", "sr-RS")
    p = po("4500032333", s, "jb", "RSD", "2026-11-23", [
        ("GH-SRK-160", "Gate hinge strap 160 mm, black", 300, "EA", "210.00", "2027-01-08")])
    body = ("Поштовани,\n\nОбавештавамо вас да је роба по вашој наруџбеници бр. 4500030988 отпремљена данас, 23.11.2026, "
            "камионом превозника Транс-Експрес.\nБрој отпремнице: ОТП-2026-4412. Очекивана испорука: 27.11.2026.\n\n"
            "Срдачан поздрав,\nМилица Јовановић\nЛогистика | Метал-Прогрес д.о.о. | ПИБ 101234567 | тел. +381 11 234 5678\n")
    h = [("From", addr("Милица Јовановић", "logistika@metal-progres.example")), ("To", p["buyer"]["email"]),
         ("Subject", hdr("Отпрема робе - наруџбеница 4500030988")), ("Date", rfcdate(2026, 11, 23, 14, 5)),
         ("Message-ID", "<otp-2026-4412.1795006300@metal-progres.example>")]
    return [p], message(h, text(body, cte="base64")), expected("unrelated",
        "Shipping notice for PO 4500030988, not the open PO 4500032333.")


@case(54, "lt-ooo-windows1257", "Lithuanian out-of-office (windows-1257) with return date and sales contacts.")
def c054():
    s = sup("OPTI", "UAB Optitechnika", "ruta.k@optitechnika.example", "lt-LT")
    p = po("4500032355", s, "pn", "EUR", "2026-11-24", [
        ("IM-PEN-25", "Pen-type inspection mirror 25 mm, magnetic pick-up", 200, "EA", "2.80", "2027-01-14")])
    body = ("Laba diena,\n\nšiuo metu nesu biure, grįšiu 2026-11-30. Skubiais užsakymų klausimais prašome kreiptis el. paštu "
            "pardavimai@optitechnika.example arba tel. +370 5 212 3456.\n\nPagarbiai\nRūta Kazlauskienė\n")
    h = reply_headers(p, "Rūta Kazlauskienė", s["email"], rfcdate(2026, 11, 24, 11, 14, "+0200", 3),
                      "<auto.1795001643.77@optitechnika.example>", subject="Automatinis atsakymas: " + subj(p),
                      charset="windows-1257", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [p], message(h, text(body, charset="windows-1257")), expected("auto_reply", "Out-of-office notice until 2026-11-30.")
