# -*- coding: utf-8 -*-
"""Cases 019-036."""
from .common import *


@case("nl-nibs-erp-pdf", "nl-NL", "Dutch ERP no-reply mail, new thread, the real content is a hand-built PDF order confirmation; one line's delivery date moves; it is a confirmation, not an auto-reply.")
def c019():
    s = sup("PENPUNT", "Penpunt Fabriek B.V.", "verkoop@penpunt.example", "nl-NL")
    p = po("4500031505", s, "2026-11-05", "EUR", [
        ("FP-NIB-EF", "Fountain pen nib steel, EF", 1000, "PC", "0.62", "2026-12-14"),
        ("FP-NIB-MG", "Fountain pen nib gold-plated, M", 500, "PC", "1.45", "2026-12-14"),
        ("FP-NIB-18K", "Fountain pen nib 18K gold, F", 20, "PC", "96.00", "2027-01-11")])
    doc = pdf(["Penpunt Fabriek B.V. - Industrieweg 12 - 5683 CG Best - KvK 17012345", "",
               "ORDERBEVESTIGING 23-004512", "Uw inkoopordernr.: 4500031505      Datum: 10-11-2026", "Klant: Halvard Trading GmbH", "",
               "Pos  Artikel       Omschrijving                  Aantal  Eenh.  Prijs     Leverdatum",
               "10   FP-NIB-EF     Penpunt staal EF               1.000   ST     0,62      14-12-2026",
               "20   FP-NIB-MG     Penpunt verguld M                500   ST     1,45      18-12-2026",
               "30   FP-NIB-18K    Penpunt 18K goud F                20   ST     96,00     11-01-2027", "",
               "Totaal excl. BTW: EUR 3.265,00", "Leveringsvoorwaarden: DAP, betaling 30 dagen netto"], "Orderbevestiging 23-004512")
    t = ("Geachte heer/mevrouw,\n\nBijgaand ontvangt u onze orderbevestiging 23-004512 voor uw inkoopordernummer 4500031505.\n"
         "Controleer deze a.u.b. en meld eventuele afwijkingen binnen 2 werkdagen.\n\n"
         "Dit is een automatisch gegenereerd bericht, u kunt hier niet op antwoorden.\n\nPenpunt Fabriek B.V.\n")
    body = Multi("mixed", [T(t, "utf-8", "quoted-printable"), ATT("OB_23-004512.pdf", "application/pdf", doc)])
    m = eml(body, frm=("Penpunt Fabriek B.V.", "noreply@erp.penpunt.example"), to=(p["buyer"]["name"], p["buyer"]["email"]),
            subject="Orderbevestiging 23-004512 / uw ref. 4500031505", date=when(2026, 11, 10, 6, 2, 1),
            extra=["X-Mailer: Exact Globe Mailer 412"])
    return [p], m, expected("confirmation", "ERP order confirmation in the PDF (positions 10/20/30 = PO lines 1/2/3). Line 2 delivery 18-12-2026 instead of 14-12; lines 1 and 3 as ordered ('1.000' = 1000). Automatic mail, but it commits to the order.",
                            conf(p, {1: A, 2: C(d="2026-12-18"), 3: A}))


@case("be-organ-stops-revert-friday", "nl-BE", "Flemish 'goed ontvangen, ik kom hier vrijdag op terug' with the PO table quoted below; no commitment.")
def c020():
    s = sup("ORGELBOUW", "Orgelonderdelen Vermeulen BV", "info@orgel-vermeulen.example", "nl-BE")
    p = po("4500031517", s, "2026-11-06", "EUR", [
        ("OS-DRAW-OAK", "Organ stop drawknob, oak, porcelain face", 60, "EA", "34.00", "2027-01-20"),
        ("OS-LBL-PRC", "Organ stop label, porcelain, engraved", 60, "EA", "12.50", "2027-01-20")])
    t = ("Dag Dana,\n\nGoed ontvangen, dank u. Ik check even bij onze draaierij voor de levertermijnen en de prijs van de porseleinen "
         "plaatjes (de graveerder heeft zijn tarieven aangepast) en kom hier vrijdag op terug.\n\nMet vriendelijke groeten\n"
         "Bart Vermeulen\nOrgelonderdelen Vermeulen BV | BTW BE 0456.789.123 | +32 9 223 45 67\n" + outlook_quote(p, ("Van", "Verzonden", "Aan", "Onderwerp"), "vrijdag 6 november 2026 9:12"))
    m = reply(p, ALT(T(t, "windows-1252"), H(text2html(t), "windows-1252")), when(2026, 11, 9, 16, 45, 1), prefix="RE: ")
    return [p], m, expected("needs_review", "Only a promise to come back on Friday (lead times and label price still open). The quoted PO table is ours, not a confirmation.")


@case("ca-incubator-partial-phone", "fr-CA", "Québécois phone reply confirms the incubators ('c'est beau', vendredi le 11 décembre) but says the trays will follow next week; partial answer.")
def c021():
    s = sup("COUVOIR", "Équipements Avicoles Couvoir Laval inc.", "ventes@couvoirlaval.example", "fr-CA")
    p = po("4500031522", s, "2026-11-06", "CAD", [
        ("EI-48-AUTO", "Egg incubator 48 eggs, automatic turning", 10, "EA", "289.00", "2026-12-11"),
        ("EI-TRAY-48", "Spare turning tray for 48-egg incubator", 20, "EA", "34.50", "2026-12-11")], buyer=1)
    t = ("Bonjour Jonas,\n\nC'est beau pour les 10 incubateurs à 289,00 $, livraison vendredi le 11 décembre.\n"
         "Pour les plateaux de rechange, on est en rupture chez notre fournisseur, je te reviens là-dessus la semaine prochaine.\n\n"
         "Merci!\nMartin\n\nEnvoyé de mon iPhone\n")
    m = reply(p, T(t, "utf-8", "8bit", flowed=True), when(2026, 11, 9, 7, 58, -5), prefix="Re: ", frm=("Martin Gagnon", s["email"]))
    return [p], m, expected("confirmation", "Line 1 confirmed as ordered (Friday 11 December = 2026-12-11). Line 2 explicitly postponed ('je te reviens la semaine prochaine') -> unconfirmed.",
                            conf(p, {1: A, 2: U}))


@case("ch-barometer-apostrophe-earlier", "fr-CH", "Swiss French with apostrophe thousands separator (CHF 1'240.00); delivery 'mardi 15 décembre' is earlier than requested.")
def c022():
    s = sup("JURABARO", "Baromètres du Jura SA", "commandes@jurabaro.example", "fr-CH")
    p = po("4500031538", s, "2026-11-04", "CHF", [
        ("BD-MAR-250", "Barometer dial, marine, brass 250 mm", 5, "EA", "1240.00", "2026-12-18"),
        ("BD-GLS-250", "Convex cover glass for 250 mm dial", 24, "EA", "18.50", "2026-12-18")], buyer=2)
    t = ("Madame,\n\nNous vous remercions de votre commande 4500031538 et la confirmons comme suit :\n\n"
         "- 5 pièces BD-MAR-250 à CHF 1'240.00 la pièce\n- 24 pièces BD-GLS-250 à CHF 18.50 la pièce\n\n"
         "Les deux positions vous seront livrées le mardi 15 décembre.\n\n"
         "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\nClaire Rochat\nBaromètres du Jura SA\n"
         "Rue de la Gare 8, 2610 Saint-Imier | CHE-112.345.678 TVA | +41 32 941 22 10\n")
    m = reply(p, T(t + gmail_quote(p, "Le mer. 4 nov. 2026 à 09:12, Priya Natarajan <priya.natarajan@halvard-trading.example> a écrit :"), "iso-8859-1"),
              when(2026, 11, 11, 10, 20, 1), prefix="RE: ")
    return [p], m, expected("confirmation", "Both lines at PO qty and price (CHF 1'240.00 = 1240.00), delivered Tuesday 15 December 2026, earlier than 2026-12-18 -> both changed (date).",
                            conf(p, {1: C(d="2026-12-15"), 2: C(d="2026-12-15")}))


@case("chde-ticket-autoreceipt", "de-CH", "Swiss German helpdesk auto-receipt with a ticket number and '48 Stunden' promise; automatic, commits to nothing.")
def c023():
    s = sup("TINTENSTEMPEL", "Stempel-Fabrik Zürcher AG", "auftrag@stempel-zuercher.example", "de-CH")
    p = po("4500031541", s, "2026-11-10", "CHF", [
        ("IS-SELF-42", "Self-inking ink stamp 42x22 mm, custom text", 40, "PC", "29.90", "2026-12-09")])
    t = ("Grüezi\n\nVielen Dank für Ihre Nachricht. Diese ist bei uns eingegangen und wurde unter der Ticketnummer "
         "#2026-118734 erfasst.\nWir bearbeiten Ihr Anliegen innert 48 Stunden (Mo-Fr, 08.00-17.00 Uhr).\n\n"
         "Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.\n\nFreundliche Grüsse\nKundendienst Stempel-Fabrik Zürcher AG\n")
    m = reply(p, T(t, "utf-8", "quoted-printable"), when(2026, 11, 10, 9, 12, 1), subject="[Ticket #2026-118734] Eingangsbestätigung: " + req_subject(p),
              frm=("Kundendienst Zürcher", "no-reply@helpdesk.stempel-zuercher.example"), extra=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])
    return [p], m, expected("auto_reply", "Helpdesk auto-acknowledgement with ticket number; nothing about quantities, prices or dates.")


@case("it-frets-xlsx-per-100", "it-IT", "Italian Outlook top-post with an XLSX conferma d'ordine; the position dots are priced per 100 pieces (18,50 €/100) against a per-piece PO.")
def c024():
    s = sup("LIUTERIA", "Forniture Liutaie Esposito S.r.l.", "ordini@liuteria-esposito.example", "it-IT")
    p = po("4500031556", s, "2026-11-05", "EUR", [
        ("MF-NS-20", "Mandolin fret wire, nickel silver 2.0 mm", 500, "M", "1.85", "2027-01-15"),
        ("MF-DOT-3", "Mandolin position dot, mother of pearl 3 mm", 2000, "PC", "0.19", "2027-01-15")])
    rows = [["Conferma d'ordine OC-26/1877", "", "", "", "", "", ""],
            ["Vs. ordine", "4500031556", "", "", "", "", ""],
            ["Pos.", "Articolo", "Descrizione", "Q.tà", "UM", "Prezzo EUR", "Consegna"],
            [1, "MF-NS-20", "Filo per tasti alpacca 2,0 mm", 500, "M", 1.85, "15/01/2027"],
            [2, "MF-DOT-3", "Segnaposizione madreperla 3 mm (prezzo per 100 pz)", 2000, "PZ", 18.5, "15/01/2027"]]
    t = ("Buongiorno Sig.ra Ruiz,\n\nin allegato la nostra conferma d'ordine OC-26/1877 relativa al Vs. ordine 4500031556.\n"
         "Attenzione: il prezzo dei segnaposizione è espresso per 100 pezzi.\n\nCordiali saluti\n\nGiuseppe Esposito\n"
         "Forniture Liutaie Esposito S.r.l. | P.IVA 05123450637 | Tel. +39 081 551 2290\n"
         + outlook_quote(p, ("Da", "Inviato", "A", "Oggetto"), "giovedì 5 novembre 2026 09:12"))
    body = Multi("mixed", [ALT(T(t, "windows-1252"), H(text2html(t), "windows-1252")),
                           ATT("OC-26-1877.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows))])
    m = reply(p, body, when(2026, 11, 11, 11, 3, 1), prefix="R: ")
    return [p], m, expected("confirmation", "XLSX: line 1 as ordered. Line 2 price 18,50 per 100 pcs = 0.185 per PC (PO 0.19) -> changed price; qty and date unchanged.",
                            conf(p, {1: A, 2: C(p="0.185")}))


@case("es-flags-percent-surcharge", "es-ES", "Spanish Gmail reply confirms everything but applies a 3 % polyester surcharge to all lines; prices must be derived.")
def c025():
    s = sup("BANDERASMAR", "Banderas del Mar S.L.", "pedidos@banderasdelmar.example", "es-ES")
    p = po("4500031560", s, "2026-11-05", "EUR", [
        ("NF-ES-150", "Spanish ensign 100x150 cm, knitted polyester", 30, "PC", "20.00", "2026-12-16"),
        ("NF-CODE-SET", "Nautical flags signal code set, 30x45 cm", 8, "SET", "45.00", "2026-12-16")], buyer=1)
    t = ("Buenos días Jonas:\n\nConfirmamos su pedido 4500031560: 30 uds. de la línea 1 y 8 juegos de la línea 2, "
         "entrega el 16/12/2026 tal como solicitan.\n\nLes informamos de que, por la subida del poliéster, se aplica un recargo del 3 % "
         "sobre los precios del pedido en todas las líneas.\n\nUn saludo,\nCarmen Ruiz Ortega\nBanderas del Mar S.L. – CIF B-15234567\n"
         "Tel. 981 22 33 44 – Polígono de Sabón, parcela 12, 15142 Arteixo (A Coruña)\n")
    m = reply(p, ALT(T(t + gmail_quote(p, "El jue, 5 nov 2026 a las 9:12, Jonas Berglund (<jonas.berglund@halvard-trading.example>) escribió:")),
                     H(text2html(t))), when(2026, 11, 12, 12, 14, 1))
    return [p], m, expected("confirmation", "Quantities and dates as ordered; +3 % on the PO unit prices: 20.00 -> 20.60, 45.00 -> 46.35.",
                            conf(p, {1: C(p="20.60"), 2: C(p="46.35")}))


@case("mx-hammock-contradictory-dates", "es-MX", "Mexican reply states delivery on 15 December and, lower down, a shipping date of 22 December: contradictory, a human must ask.")
def c026():
    s = sup("HAMACAS", "Hamacas y Cordeles de Yucatán S.A. de C.V.", "ventas@hamacasyuc.example", "es-MX")
    p = po("4500031566", s, "2026-11-06", "USD", [
        ("HR-NYL-8", "Hammock rope nylon 8 mm", 1000, "M", "0.42", "2026-12-15")])
    t = ("Buen día Dana,\n\nLe confirmo la OC 4500031566: 1,000 metros de cuerda de nylon 8 mm a 0.42 USD, entrega el 15 de diciembre en sus instalaciones.\n\n"
         "Datos del embarque:\nFecha de embarque: 22 de diciembre\nPaquetería: DHL Express, 3 bultos, 41.5 kg\n\n"
         "Saludos cordiales,\nLic. Rodrigo Canul Pech\nHamacas y Cordeles de Yucatán S.A. de C.V.\nTel. (999) 924 1180 ext. 12\nRFC HCY080512AB3\n")
    m = reply(p, T(t, "utf-8", "quoted-printable"), when(2026, 11, 10, 12, 40, -6))
    return [p], m, expected("needs_review", "Delivery 15 December but shipment 22 December cannot both be true; the date cannot be read reliably, so a human must clarify.")


@case("ar-darts-shortage-voseo", "es-AR", "Argentine voseo reply: only 35 of 50 flight sets available (rest not supplied), 'U$S 1,20'; the 14/12 is a ship date equal to the need-by date.")
def c027():
    s = sup("DARDOSUR", "Dardos del Sur S.R.L.", "ventas@dardosdelsur.example", "es-AR")
    p = po("4500031571", s, "2026-11-04", "USD", [
        ("DF-PRO-3", "Darts flights pro, set of 3", 50, "SET", "1.20", "2026-12-14"),
        ("DF-SHAFT-M", "Darts shafts nylon medium, set of 3", 40, "SET", "2.35", "2026-12-14")], buyer=1)
    t = ("Hola Jonas, ¿cómo andás?\n\nTe confirmo la OC 4500031571.\n"
         "De los flights tenemos 35 sets, los otros 15 no los vamos a poder conseguir (el proveedor discontinuó el diseño). Van a U$S 1,20 c/u.\n"
         "Los shafts, los 40 a U$S 2,35, sin problema.\nSale todo junto el 14/12.\n\nAbrazo,\nNico\n\n--\nNicolás Ferreyra | Dardos del Sur S.R.L.\n"
         "Av. Corrientes 4512, C1414 CABA | +54 11 4862-3301 | CUIT 30-71234567-8\n")
    m = reply(p, T(t + gmail_quote(p, "El mié, 4 nov 2026 a las 5:12, Jonas Berglund <jonas.berglund@halvard-trading.example> escribió:"), "iso-8859-1"),
              when(2026, 11, 6, 18, 22, -3), prefix="Re: ")
    return [p], m, expected("confirmation", "Line 1 reduced to 35 sets (the other 15 will not come), price and ship date 14/12 = PO. Line 2 as ordered. Only a ship date is given, it equals the need-by date.",
                            conf(p, {1: C(q=35), 2: A}))


@case("pt-glaze-price-table-semana", "pt-PT", "European Portuguese: updated price list raises one line per kg, delivery 'semana 51' equals the need-by Friday.")
def c028():
    s = sup("VIDRADOS", "Vidrados Cerâmicos do Norte, Lda.", "encomendas@vidradosnorte.example", "pt-PT")
    p = po("4500031590", s, "2026-11-03", "EUR", [
        ("PG-AZUL-1", "Pottery glaze cobalt blue, powder", 60, "KG", "6.50", "2026-12-18"),
        ("PG-BR-MATE", "Pottery glaze white matt, powder", 40, "KG", "5.20", "2026-12-18")], buyer=2)
    t = ("Boa tarde Sra. Priya,\n\nConfirmamos a encomenda n.º 4500031590.\n\n"
         "Linha 1 – 60 kg vidrado azul cobalto: o preço atualizado é de 6,90 €/kg (tabela em vigor desde 1 de outubro).\n"
         "Linha 2 – 40 kg vidrado branco mate a 5,20 €/kg.\n\nEntrega de ambas as linhas na semana 51.\n\n"
         "Com os melhores cumprimentos,\nRui Ferreira\nVidrados Cerâmicos do Norte, Lda. | NIF 509 123 456 | Capital social 50.000,00 €\n"
         "Tel. +351 252 123 456\n")
    m = reply(p, ALT(T(t, "iso-8859-15"), H(text2html(t), "iso-8859-15")), when(2026, 11, 9, 15, 31, 0))
    return [p], m, expected("confirmation", "Week 51 = Friday 2026-12-18 = requested. Line 1 price 6.50 -> 6.90 per kg; line 2 as ordered. 'Capital social 50.000,00 €' is signature noise.",
                            conf(p, {1: C(p="6.90"), 2: A}))


@case("cat-incubator-three-weeks", "ca-ES", "Catalan reply: delivery 'd'aquí a tres setmanes' from the mail date (Thursday 12 Nov) = 2026-12-03, earlier than asked.")
def c029():
    s = sup("INCUBA", "Incubadores Puig i Fills S.L.", "comandes@incubapuig.example", "ca-ES")
    p = po("4500031603", s, "2026-11-09", "EUR", [
        ("EI-12-MAN", "Egg incubator 12 eggs, manual turning", 25, "EA", "64.00", "2026-12-10")])
    t = ("Bon dia Dana,\n\nUs confirmem la comanda 4500031603: 25 incubadores de 12 ous a 64,00 € la unitat.\n"
         "Les tenim gairebé enllestides: les lliurarem d'aquí a tres setmanes.\n\nSalutacions cordials,\nJordi Puig\n"
         "Incubadores Puig i Fills S.L. | NIF B-17654321 | Tel. 972 20 11 45\n")
    m = reply(p, T(t, "iso-8859-15"), when(2026, 11, 12, 10, 8, 1))
    return [p], m, expected("confirmation", "Qty and price as ordered; 'in three weeks' counted from the Date header Thu 2026-11-12 = 2026-12-03, earlier than 2026-12-10 -> changed date.",
                            conf(p, {1: C(d="2026-12-03")}))


@case("eu-rope-prepayment-condition", "eu-ES", "Basque confirmation of both lines as ordered but 'subject to prepayment' because we are a new customer; the condition is about payment, not the line data.")
def c030():
    s = sup("SOKAK", "Sokak Bermeo S.Koop.", "salmenta@sokakbermeo.example", "eu-ES")
    p = po("4500031612", s, "2026-11-06", "EUR", [
        ("HR-POL-14", "Hammock rope polyester 14 mm", 600, "M", "0.95", "2027-01-12"),
        ("HR-JUTE-12", "Hammock rope jute 12 mm", 400, "M", "0.70", "2027-01-12")])
    t = ("Kaixo Dana,\n\n4500031612 eskaera baieztatzen dugu:\n"
         "1. lerroa: 600 m poliesterrezko soka 14 mm, 0,95 €/m\n2. lerroa: 400 m jutezko soka 12 mm, 0,70 €/m\n"
         "Entrega: 2027ko urtarrilaren 12an.\n\n"
         "Baldintza: bezero berria zaretenez, aurrez ordaindu behar da (proforma faktura erantsita doa). "
         "Ordainketa jaso ondoren bidaliko dugu salgaia.\n\nOndo izan,\nMiren Etxeberria\nSokak Bermeo S.Koop. | IFZ F-48123456 | 946 88 12 34\n")
    prof = pdf(["Sokak Bermeo S.Koop. - PROFORMA FAKTURA PF-2026-0211", "Bezeroa: Halvard Trading GmbH   Eskaera: 4500031612",
                "HR-POL-14   600 m   0,95   570,00", "HR-JUTE-12  400 m   0,70   280,00", "Guztira (BEZ gabe): 850,00 EUR",
                "Ordainketa: aurrez, transferentzia bidez"], "Proforma PF-2026-0211")
    m = reply(p, Multi("mixed", [T(t, "windows-1252"), ATT("PF-2026-0211.pdf", "application/pdf", prof)]), when(2026, 11, 10, 9, 55, 1))
    return [p], m, expected("confirmation", "Both lines confirmed as ordered (2027ko urtarrilaren 12a = 2027-01-12). Prepayment is a payment condition; it does not change quantity, price or date, so the lines are accepted.",
                            conf(p, {1: A, 2: A}))


@case("ee-exim-mailbox-full", "et-EE", "Exim-style plain-text bounce (no DSN part) with Estonian preface: mailbox full, our message returned inline.")
def c031():
    s = sup("KRISTALL", "Kristallimaailm OÜ", "tellimus@kristallimaailm.example", "et-EE")
    p = po("4500031620", s, "2026-11-11", "EUR", [
        ("QZ-AME-CL", "Amethyst quartz cluster, 200-300 g", 60, "PC", "7.80", "2026-12-17")])
    t = ("Teie kirja ei õnnestunud kohale toimetada. / This message was created automatically by mail delivery software.\n\n"
         "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
         "  tellimus@kristallimaailm.example\n    host mx.kristallimaailm.example [198.51.100.23]\n"
         "    SMTP error from remote mail server after RCPT TO:<tellimus@kristallimaailm.example>:\n"
         "    552 5.2.2 Postkast on täis / Mailbox full, quota exceeded\n\n"
         "------ This is a copy of the message, including all the headers. ------\n\n" + our_request_eml(p).decode())
    m = eml(T(t, "utf-8", "quoted-printable"), frm=("Mail Delivery System", "Mailer-Daemon@smtp.halvard-trading.example"),
            to=("", p["buyer"]["email"]), subject="Mail delivery failed: returning message to sender", date=when(2026, 11, 11, 9, 13, 1),
            extra=["X-Failed-Recipients: tellimus@kristallimaailm.example", "Auto-Submitted: auto-replied"])
    return [p], m, expected("bounce", "Our own MTA reports 552 5.2.2 mailbox full; the quoted request (PO table) is ours.")


@case("lv-stamps-need-artwork", "lv-LV", "Latvian: supplier will confirm custom stamps only after receiving the artwork files; mentions prices and dates conditionally.")
def c032():
    s = sup("ZIMOGI", "SIA Zīmogu Darbnīca", "pasutijumi@zimogi.example", "lv-LV")
    p = po("4500031634", s, "2026-11-09", "EUR", [
        ("IS-WOOD-60", "Wooden ink stamp 60x40 mm, custom logo", 30, "PC", "14.00", "2026-12-15"),
        ("IS-DATE-4", "Date ink stamp, 4 mm digits", 10, "PC", "19.50", "2026-12-15")], buyer=2)
    t = ("Labdien, Priya!\n\nPaldies par pasūtījumu Nr. 4500031634.\n"
         "Lai varētu apstiprināt, lūdzu, atsūtiet logotipa maketu (PDF vai AI, vektorformātā). Parasti izgatavošana aizņem 10 darba dienas "
         "pēc maketa saskaņošanas, cena bez PVN.\nTiklīdz saņemsim maketu, nosūtīsim apstiprinājumu ar precīzu piegādes datumu.\n\n"
         "Ar cieņu\nLiene Ozola\nSIA Zīmogu Darbnīca | Reģ. Nr. 40103456789 | tālr. +371 67 123 456\n")
    m = reply(p, T(t, "iso-8859-13"), when(2026, 11, 10, 11, 2, 2), charset="utf-8")
    return [p], m, expected("needs_review", "They need the logo artwork before confirming; '10 working days after approval' is a conditional lead time, not a commitment.")


@case("lt-price-increase-newsletter", "lt-LT", "Lithuanian bulk mailing announcing a 4 % price increase from 2027-01-01 for all customers; not a reply about the open PO.")
def c033():
    s = sup("ZIBINTAS", "UAB Žibintų stiklas", "pardavimai@zibintustiklas.example", "lt-LT")
    p = po("4500031641", s, "2026-11-06", "EUR", [
        ("LG-STORM-90", "Lantern glass storm globe 90 mm", 300, "PC", "5.40", "2027-01-14")], buyer=1)
    t = ("Gerbiami klientai,\n\ninformuojame, kad nuo 2027 m. sausio 1 d. visų mūsų gaminių kainos didėja 4 % dėl išaugusių energijos sąnaudų.\n"
         "Užsakymai, pateikti iki 2026 m. gruodžio 15 d., bus vykdomi senomis kainomis.\n\n"
         "Naujas kainoraštis: https://zibintustiklas.example/kainorastis-2027\n\nPagarbiai\nUAB Žibintų stiklas komanda\n\n"
         "Jei nebenorite gauti naujienlaiškio, atsisakykite čia: https://zibintustiklas.example/unsub?u=8812\n")
    html = ("<table width=600 style=\"font-family:Arial\"><tr><td><h2>Kainų pokyčiai nuo 2027-01-01</h2>" + text2html(t) + "</td></tr></table>")
    m = eml(ALT(T(t, "utf-8", "quoted-printable"), H(html)), frm=("UAB Žibintų stiklas", "naujienos@zibintustiklas.example"),
            to=("", p["buyer"]["email"]), subject="Kainų pokyčiai nuo 2027-01-01", date=when(2026, 11, 13, 8, 0, 2),
            extra=["List-Unsubscribe: <https://zibintustiklas.example/unsub?u=8812>", "Precedence: bulk"])
    return [p], m, expected("unrelated", "Mass mailing about a general 4 % price increase from 2027; it does not answer PO 4500031641 (and orders placed before 15 Dec keep old prices anyway).")


@case("si-mallets-forwarded-warehouse", "sl-SI", "Slovene sales rep forwards the warehouse's internal answer ('velja tako'); line 1 ship date equals request, line 2 only on 8. 1. 2027.")
def c034():
    s = sup("GONGSI", "Tolkala Kos d.o.o.", "prodaja@tolkala-kos.example", "sl-SI")
    p = po("4500031655", s, "2026-11-05", "EUR", [
        ("GM-XL-BIG", "Gong mallet XL, wool head, 50 cm", 30, "EA", "39.00", "2026-12-10"),
        ("GM-PRO-M", "Gong mallet pro, medium, rubber core", 50, "EA", "21.00", "2026-12-10")])
    t = ("Pozdravljeni,\n\nspodaj pošiljam potrditev našega skladišča – velja tako. Cene ostanejo po naročilu.\n\nLp,\nAna Kos\nTolkala Kos d.o.o. | ID za DDV SI12345678 | 01 234 56 78\n\n"
         "---------- Posredovano sporočilo ---------\nOd: Marko Novak <skladisce@tolkala-kos.example>\nDatum: sre., 11. nov. 2026 ob 08:14\n"
         "Zadeva: RE: naročilo 4500031655\nZa: Ana Kos <prodaja@tolkala-kos.example>\n\n"
         "Ana,\npostavka 1: 30 kos lahko odpremimo do 10. 12.\npostavka 2 pa šele 8. 1. 2027, čakamo na ročaje iz Kočevja.\n\nMarko\n")
    m = eml(T(t, "utf-8", "base64"), frm=("Ana Kos", s["email"]), to=(p["buyer"]["name"], p["buyer"]["email"]),
            subject="Fwd: RE: naročilo 4500031655", date=when(2026, 11, 11, 9, 2, 1), refs=[p["request_message_id"]])
    return [p], m, expected("confirmation", "The forwarded warehouse note is endorsed ('velja tako', prices as ordered). Line 1 ships by 10. 12. (= 2026-12-10, only a ship date) -> accepted; line 2 on 2027-01-08 -> changed.",
                            conf(p, {1: A, 2: C(d="2027-01-08")}))


@case("hr-outlook-automatski-odgovor", "hr-HR", "Croatian Outlook automatic reply with an urgent-orders phone and 'do 23.11.' date; not an answer.")
def c035():
    s = sup("BUBNJEVI", "Bubnjevi Horvat d.o.o.", "prodaja@bubnjevi-horvat.example", "hr-HR")
    p = po("4500031667", s, "2026-11-12", "EUR", [
        ("KD-FIB-23", "Kettle drum fibreglass 23\"", 2, "EA", "1180.00", "2027-02-05")])
    t = ("Poštovani,\n\nodsutna sam iz ureda do 23.11.2026. Vaša poruka neće biti proslijeđena.\n"
         "Za hitne narudžbe molimo nazovite +385 1 4567 890 ili pišite na narudzbe@bubnjevi-horvat.example.\n\n"
         "Lijep pozdrav,\nIvana Horvat\n\n---\nI am out of the office until 23.11.2026.\n")
    m = reply(p, ALT(T(t, "windows-1250"), H(text2html(t), "windows-1250")), when(2026, 11, 12, 9, 13, 1),
              subject="Automatski odgovor: " + req_subject(p), frm=("Ivana Horvat", s["email"]),
              extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"])
    return [p], m, expected("auto_reply", "Out-of-office until 23.11.2026; the dates and phone numbers are about her absence, not the order.")


@case("rs-abacus-cyrillic-split", "sr-RS", "Serbian Cyrillic in windows-1251: 50 pcs on 11.12.2026, remaining 30 on 15.01.2027 = split of the full quantity.")
def c036():
    s = sup("RACUNALJKA", "Рачунаљке Петровић д.о.о.", "prodaja@racunaljke.example", "sr-RS")
    p = po("4500031672", s, "2026-11-06", "EUR", [
        ("AB-SOR-13", "Abacus frame soroban, 13 rods", 80, "EA", "17.20", "2026-12-11")], buyer=2)
    t = ("Поштована госпођо Натараџан,\n\nПотврђујемо поруџбину бр. 4500031672:\n"
         "50 ком. испоручујемо 11.12.2026, преосталих 30 ком. 15.01.2027.\nЦена 17,20 EUR по комаду, без промене.\n\n"
         "Срдачан поздрав,\nДрагана Петровић\nРачунаљке Петровић д.о.о., Нови Сад | ПИБ 104567890 | тел. 021 456 789\n")
    m = reply(p, T(t + gmail_quote(p), "windows-1251", "quoted-printable"), when(2026, 11, 9, 13, 20, 1), frm=("Драгана Петровић", s["email"]))
    return [p], m, expected("confirmation", "Full 80 pcs at PO price, split 50 on 2026-12-11 and 30 on 2027-01-15; line date = last delivery 2027-01-15.",
                            conf(p, {1: C(sched=[(50, "2026-12-11"), (30, "2027-01-15")])}))
