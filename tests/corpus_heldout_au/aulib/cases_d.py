"""Cases 055-070."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal as D

from . import mime, pdf, xlsx
from .common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 055
@case("scaffold-nets-body-and-pdf-contradict", "needs_review/de-DE",
      "The body says 'Liefertermin 11.12.2026' while the attached order confirmation PDF says 18.01.2027 for the "
      "same positions.")
def c055():
    s = sup("NWGERUEST", "Netzwerk Gerüstschutz GmbH", "vertrieb@netzwerk-geruestschutz.example", "de-DE")
    po = PO("4500031859", s, "scaff", "EUR", "2026-11-23", [
        L(1, "GN-257-50-W", "Gerüstnetz 2,57 x 50 m, 55 g/m², weiß", 200, "ROL", "69.50", "2026-12-18"),
        L(2, "GP-257-20-T", "Gerüstplane 2,57 x 20 m, PE 180 g/m², transparent", 50, "EA", "82.00", "2026-12-18"),
    ])
    page = pdf.document(
        ["Netzwerk Gerüstschutz GmbH", "Hafenstraße 61, 47119 Duisburg", "Tel. 0203 80 44 70  |  USt-IdNr. DE 318 447 201"],
        "Auftragsbestätigung 2026-AB-08817",
        [("Kunde:", "Gerüstbau Partner GmbH, Am Hafen 30, 28217 Bremen"),
         ("Ihre Bestellung:", "4500031859 vom 23.11.2026"), ("Datum:", "25.11.2026"),
         ("Lieferbedingung:", "frei Baustelle/Lager Bremen"), ("Zahlungsbedingung:", "14 Tage 2 % Skonto, 30 Tage netto")],
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis EUR", "Liefertermin"],
        [["1", "GN-257-50-W", "Gerüstnetz 2,57 x 50 m, 55 g/m², weiß", "200", "Rolle", "69,50", "18.01.2027"],
         ["2", "GP-257-20-T", "Gerüstplane 2,57 x 20 m, PE 180 g/m²", "50", "Stück", "82,00", "18.01.2027"]],
        [40, 68, 140, 335, 375, 420, 480],
        ["Warenwert netto: 18.000,00 EUR", "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen."],
        logo="NETZWERK")
    assert 200 * D("69.50") + 50 * D("82.00") == D("18000.00")
    data = pdf.text_pdf([page], compress=True, title="AB 2026-AB-08817", author="T. Weber", creator="sage 100",
                        producer="PDF-XChange 9", date="20261125101533+01'00'")
    reply = """Hallo Herr Fiedler,

anbei die AB zu Ihrer Bestellung 4500031859. Liefertermin für beide Positionen ist der 11.12.2026.

Gruß
Thomas Weber
Vertrieb Innendienst
Netzwerk Gerüstschutz GmbH
Hafenstraße 61, 47119 Duisburg
Tel. 0203 80 44 70-12"""
    text, html = outlook_reply(reply, po, "de", "Montag, 23. November 2026 14:21", req_lang="de", charset="iso-8859-15")
    b = buyer(po)
    alt = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-15"),
                                         mime.text(html, "html", "iso-8859-15")], ob("c055", 0))
    body = mime.multipart("mixed", [alt, mime.attachment(data, "application/pdf", "AB_2026-AB-08817.pdf")],
                          ob("c055", 4))
    hdr = reply_headers(mime.addr("Thomas Weber", "t.weber@netzwerk-geruestschutz.example"), mime.addr(b.name, b.email),
                        "AW: " + req_subject(po, "de"), mime.date(2026, 11, 25, 10, 22, 8, "+0100"),
                        mid_outlook("c055"), po, cs="iso-8859-15", enc="Q",
                        extra=ol("c055", "de-DE", req_subject(po, "de"), True))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "Body (11.12.2026) and attached AB (18.01.2027) give different delivery dates for "
                                      "the same lines; a buyer cannot tell which one the supplier commits to."))


# --------------------------------------------------------------------------- 056
@case("bakery-moulds-swiss-italian-rejected-with-alternative", "confirmation/it-CH",
      "Swiss Italian with CHF 1'234.50 formatting: one discontinued line with an alternative article offered "
      "(not a commitment) and a later date on another.")
def c056():
    s = sup("FORMETI", "Forme Ticino SA", "ordini@formeticino.example", "it-CH")
    po = PO("4500031866", s, "bakery", "CHF", "2026-11-20", [
        L(1, "FT-BAG-6", "Baguette tray 6 rows, 60x40 cm, perforated", 50, "EA", "42.80", "2027-01-15"),
        L(2, "FT-TOAST-1000", "Pullman loaf tin 1000 g with lid, 30x11x11 cm", 120, "EA", "24.60", "2027-01-15"),
        L(3, "FT-SIL-24", "Silicone mould 24 mini muffins, 3/4 oz", 80, "EA", "11.90", "2027-01-15"),
        L(4, "FT-ANELLO-18", "Cake ring stainless 18 cm x 4.5 cm", 100, "EA", "6.70", "2027-01-15"),
    ])
    total = 50 * D("42.80") + 120 * D("24.60") + 100 * D("6.70")
    assert total == D("5762.00")
    reply = f"""Buongiorno signor Wierzbicki,

la ringraziamo per l'ordine 4500031866 che confermiamo come segue:

pos. 1  teglia baguette 6 file 60x40 - 50 pz. a CHF 42.80, consegna 15.01.2027
pos. 2  stampo pan carré 1000 g - 120 pz. a CHF 24.60, consegna 15.01.2027
pos. 3  stampo silicone 24 mini muffin - articolo fuori produzione, non possiamo fornirlo. In alternativa possiamo proporre l'articolo FT-SIL-20 (20 cavità) a CHF 10.40: se interessati ci faccia sapere.
pos. 4  anello torta inox 18 cm - 100 pz. a CHF 6.70, consegna 22.01.2027

Totale confermato: CHF 5'762.00 (IVA esclusa, esportazione).

Cordiali saluti

Chiara Bernasconi
Servizio clienti
Forme Ticino SA
Via Cantonale 24, 6814 Lamone
Tel. +41 91 945 22 10"""
    text, html = outlook_reply(reply, po, "it", "venerdì 20 novembre 2026 14:10", charset="utf-8")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text), mime.text(html, "html")], ob("c056", 0, "CHEPRD01"))
    hdr = reply_headers(mime.addr("Chiara Bernasconi", "c.bernasconi@formeticino.example"), mime.addr(b.name, b.email),
                        "R: " + req_subject(po), mime.date(2026, 11, 26, 9, 1, 58, "+0100"),
                        mid_outlook("c056", "CHEPRD01"), po, extra=ol("c056", "it-CH", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ, 4: chg(100, "6.70", "2027-01-22")})],
               "Line 3 discontinued and declined; the alternative FT-SIL-20 at CHF 10.40 is only an offer, not a "
               "confirmation; line 4 later (22.01.2027); Swiss apostrophe thousands in the total.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 057
@case("tent-pegs-quantities-in-spanish-words", "confirmation/es-AR",
      "Argentine Spanish with quantities written in words ('veinte cajas' of the 'veinticuatro' ordered, 'ciento "
      "veinte unidades') and decimal-comma prices.")
def c057():
    s = sup("ESTACSUR", "Estacas del Sur S.R.L.", "ventas@estacasdelsur.example", "es-AR")
    po = PO("4500031874", s, "tent", "USD", "2026-11-23", [
        L(1, "ES-ACERO-25", "Steel tent peg 25 cm, galvanised, box of 50", 24, "BOX", "21.50", "2027-02-19"),
        L(2, "ES-ALU-18", "Aluminium tent peg 18 cm, box of 100", 10, "BOX", "34.00", "2027-02-19"),
        L(3, "ES-MART-600", "Camping mallet 600 g, steel head", 120, "EA", "5.60", "2027-02-19"),
    ])
    reply = """Hola Emma, ¿cómo estás?

Te confirmamos el pedido 4500031874:

- Estacas de acero 25 cm (ES-ACERO-25): nos quedan solamente veinte cajas de las veinticuatro que pediste y el modelo se discontinúa, así que te mandamos veinte cajas a USD 21,50 cada una. Las otras cuatro no las vamos a poder entregar.
- Estacas de aluminio 18 cm (ES-ALU-18): diez cajas a USD 34,00 la caja.
- Martillos de camping 600 g (ES-MART-600): ciento veinte unidades a USD 5,60.

Entrega en su depósito de Mölndal: 19 de febrero de 2027, todo junto.

Cualquier cosa me avisás.

Saludos,
Martín Gómez
Estacas del Sur S.R.L.
Av. Gral. Paz 11250, B1657 Loma Hermosa, Buenos Aires
Tel. +54 11 4769-2210"""
    attr = "El lun, 23 nov 2026 a las 10:15, Emma Sjöberg (<emma.sjoberg@trailbase-outdoor.example>) escribió:"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, quote_cs=False, charset="UTF-8"),
                                          mime.text(html, "html", quote_cs=False, charset="UTF-8")],
                          "0000000000005d0f9e05f2e6c4a8")
    hdr = reply_headers(mime.addr("Martín Gómez", "martin.gomez@estacasdelsur.example"), buyer_addr(po),
                        "Re: " + req_subject(po), mime.date(2026, 11, 27, 11, 36, 12, "-0300"), mid_gmail("c057"), po)
    exp = conf([(po, {1: chg(20, "21.50", "2027-02-19"), 2: acc(po, 2), 3: acc(po, 3)})],
               "Quantities in words: 'veinte cajas' (20 of 24 boxes, the other 4 cancelled), 'diez cajas' = 10, "
               "'ciento veinte' = 120; delivery 19 de febrero de 2027 = requested.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 058
@case("water-meters-price-valid-until-31-12", "confirmation/fr-CH",
      "Swiss French: 'Prix valables jusqu'au 31.12.' sits next to the real delivery date 22.01.2027; one price "
      "changes.")
def c058():
    s = sup("CPTLEMAN", "Compteurs Léman SA", "commandes@compteurs-leman.example", "fr-CH")
    po = PO("4500031881", s, "water", "CHF", "2026-11-23", [
        L(1, "CL-US-DN25", 'Ultrasonic water meter DN25, 1", Q3 6.3 m³/h', 80, "EA", "214.00", "2027-01-15"),
        L(2, "CL-US-DN40", 'Ultrasonic water meter DN40, 1 1/2", Q3 16 m³/h', 20, "EA", "388.00", "2027-01-15"),
    ])
    reply = """Bonjour Monsieur Hendriks,

Nous vous remercions de votre commande n° 4500031881 que nous confirmons aux conditions suivantes :

- Pos. 1 : 80 compteurs à ultrasons DN25 à CHF 214.00 pièce
- Pos. 2 : 20 compteurs à ultrasons DN40 à CHF 396.00 pièce

Prix valables jusqu'au 31.12. Délai de livraison : 22.01.2027, franco Rotterdam.

Meilleures salutations

Yves Dubois
Service commercial
Compteurs Léman SA
Route de Genève 88, 1028 Préverenges
Tél. +41 21 803 47 70"""
    text, html = outlook_reply(reply, po, "fr", "lundi 23 novembre 2026 16:02", charset="iso-8859-1")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c058", 0, "CHEPRD01"))
    hdr = reply_headers(mime.addr("Yves Dubois", "y.dubois@compteurs-leman.example"), mime.addr(b.name, b.email),
                        "RE: " + req_subject(po), mime.date(2026, 11, 30, 8, 44, 19, "+0100"),
                        mid_outlook("c058", "CHEPRD01"), po, extra=ol("c058", "fr-CH", req_subject(po)))
    exp = conf([(po, {1: chg(80, "214.00", "2027-01-22"), 2: chg(20, "396.00", "2027-01-22")})],
               "'Prix valables jusqu'au 31.12.' is a price validity, not a delivery date; the delivery date is "
               "22.01.2027 for both lines; line 2 price 396.00 (was 388.00).")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 059
@case("salon-supplies-reply-from-parent-company", "confirmation/ca-ES",
      "Catalan reply sent from the parent group's domain (grupbellesa), the signature names the supplier; "
      "'6 % (20 vol)' in a description and a later date on one line.")
def c059():
    s = sup("PERRPRO", "Perruqueria Pro Distribucions S.L.", "comandes@perruqueriapro.example", "ca-ES")
    po = PO("4500031893", s, "salon", "EUR", "2026-11-24", [
        L(1, "PP-TINT-60", "Tint tube 60 ml, permanent, shades 1-10", 600, "EA", "2.95", "2026-12-18"),
        L(2, "PP-DEV-1000-6", "Developer cream 1000 ml, 6 % (20 vol)", 200, "EA", "3.40", "2026-12-18"),
        L(3, "PP-FOIL-100", "Hairdressing foil 12 cm x 100 m, 15 micron", 150, "ROL", "4.60", "2026-12-18"),
    ])
    reply = """Bon dia Nadia,

Us confirmem la comanda 4500031893 de Perruqueria Pro:

1. Tint 60 ml: 600 unitats a 2,95 €, lliurament 18/12/2026
2. Oxidant en crema 1000 ml 6 % (20 vol): 200 unitats a 3,40 €, lliurament 18/12/2026
3. Paper d'alumini 12 cm x 100 m: 150 rotlles a 4,60 €, lliurament 11/01/2027 (el proveïdor ens ha endarrerit el material)

Salutacions cordials,

Núria Vidal
Departament Comercial
Perruqueria Pro Distribucions S.L. - una empresa del Grup Bellesa
C/ de la Indústria 45, 08940 Cornellà de Llobregat
Tel. +34 934 77 21 00"""
    text, html = outlook_reply(reply, po, "ca", "dimarts, 24 de novembre de 2026 12:30", charset="windows-1252")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1252"),
                                          mime.text(html, "html", "windows-1252")], ob("c059", 0))
    hdr = reply_headers(mime.addr("Núria Vidal", "nvidal@grupbellesa.example", "windows-1252", "Q"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 12, 1, 10, 18, 47, "+0100"), mid_outlook("c059"), po,
                        extra=ol("c059", "ca-ES", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(150, "4.60", "2027-01-11")})],
               "Sender is at the parent company's domain (grupbellesa.example) but signs for Perruqueria Pro and "
               "answers our thread; '6 %' and '20 vol' are product specs; line 3 delivery 11/01/2027.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 060
@case("scaffold-nets-tracking-mail-other-order", "unrelated/pl-PL",
      "Automatic DPD shipment notification from the supplier's ERP for a different order (4500030877), with "
      "dispatch and planned delivery dates.")
def c060():
    s = sup("SIATKIPL", "Siatki Budowlane Polska Sp. z o.o.", "biuro@siatkibudowlane.example", "pl-PL")
    po = PO("4500031905", s, "scaff", "EUR", "2026-11-24", [
        L(1, "SRZ-307-50-Z", "Siatka rusztowaniowa 3,07 x 50 m, zielona, 60 g/m²", 100, "ROL", "72.00", "2026-12-18"),
        L(2, "OPS-7.6x300", "Opaski zaciskowe 7,6 x 300 mm, op. 100 szt.", 40, "BOX", "4.90", "2026-12-18"),
    ])
    b = buyer(po)
    text = """Szanowni Państwo,

informujemy, że przesyłka do Państwa zamówienia nr 4500030877 (nasze zamówienie ZS/2026/11/0412) została w dniu 01.12.2026 przekazana przewoźnikowi DPD.

Numer przesyłki: 13412778911
Liczba palet: 2
Planowana dostawa: 03.12.2026
Śledzenie przesyłki: https://tracking.dpd.example/parcel/13412778911

---
Dear Customer, your shipment for order 4500030877 was handed over to DPD on 01.12.2026. Tracking number 13412778911, estimated delivery 03.12.2026.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Siatki Budowlane Polska Sp. z o.o., ul. Magazynowa 5, 42-200 Częstochowa"""
    html = ('<html><body style="font-family:Verdana;font-size:10pt"><table cellpadding="4" style="border:1px solid #ccc">'
            '<tr><td style="background:#00703c;color:#fff"><b>Siatki Budowlane Polska - powiadomienie o wysyłce</b>'
            "</td></tr><tr><td>" + text_to_html(text) + "</td></tr></table></body></html>")
    body = mime.multipart("alternative", [mime.text(text, "plain", "utf-8"), mime.text(html, "html", "utf-8")],
                          "=_erp_ZS-2026-11-0412_7f3a")
    hdr = [("From", mime.addr("Siatki Budowlane - Wysyłki", "wysylki@siatkibudowlane.example")), ("To", b.email),
           ("Subject", enc_subject("Przesyłka do zamówienia 4500030877 została nadana / Shipment dispatched")),
           ("Date", mime.date(2026, 12, 1, 15, 4, 12, "+0100")),
           ("Message-ID", f"<shipment.ZS-2026-11-0412.{hx('c060', 8, False)}@erp.siatkibudowlane.example>"),
           ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Comarch ERP XL")]
    return Case([po], mime.message(hdr, body),
                other("unrelated", "Shipment-tracking notification for another order (4500030877); its dispatch and "
                                   "delivery dates say nothing about open PO 4500031905."))


# --------------------------------------------------------------------------- 061
@case("beekeeping-czech-winter-newsletter", "unrelated/cs-CZ",
      "Newsletter from the supplier's domain offering the ordered extractor at a discount until 31. 12. 2026, "
      "with a course date and a catalogue - no reference to our PO.")
def c061():
    s = sup("VCELMOR", "Včelařské potřeby Morava s.r.o.", "obchod@vcelmorava.example", "cs-CZ")
    po = PO("4500031912", s, "bee", "CZK", "2026-11-25", [
        L(1, "VPM-MED-12R", "Radial honey extractor 12 frames, 230V, stainless", 4, "EA", "18900.00", "2027-02-26"),
        L(2, "VPM-VID-27", "Uncapping fork, stainless, 2027 design", 50, "EA", "129.00", "2027-02-26"),
    ])
    assert D("18900") * D("0.85") == D("16065.00")
    b = buyer(po)
    text = """Vážení včelaři,

zima je ideální čas na přípravu nové sezóny. Do 31. 12. 2026 pro vás máme:

* Medomet radiální 12 rámků 230 V (VPM-MED-12R) - 16 065 Kč místo 18 900 Kč (sleva 15 %)
* Odvíčkovací vidlička nerez - 109 Kč
* Nový katalog 2027 ke stažení na www.vcelmorava.example/katalog2027

Školení "Zimní ošetření včelstev": 16. 1. 2027 v Olomouci, přihlášky do 8. 1. 2027.

Přejeme klidné svátky a úspěšný včelařský rok 2027!
Tým Včelařské potřeby Morava

Tento e-mail jste obdrželi, protože jste odběratelem našeho newsletteru. Odhlásit odběr: https://vcelmorava.example/newsletter/odhlasit?id=55120"""
    html = ('<html><body><div style="max-width:640px;margin:auto;font-family:Georgia,serif">'
            '<h1 style="color:#b8860b">Zimní akce 2026</h1>' + text_to_html(text) + "</div></body></html>")
    body = mime.multipart("alternative", [mime.text(text, "plain", "utf-8"), mime.text(html, "html", "utf-8")],
                          "b1_6a0f2c94d1e8b3a7c5f2")
    hdr = [("From", mime.addr("Včelařské potřeby Morava", "newsletter@vcelmorava.example")), ("To", b.email),
           ("Subject", enc_subject("Zimní akce: medomety se slevou 15 % do 31. 12. 2026")),
           ("Date", mime.date(2026, 12, 2, 7, 30, 0, "+0100")),
           ("Message-ID", f"<newsletter-55120.{hx('c061', 12, False)}@vcelmorava.example>"),
           ("List-Unsubscribe", "<https://vcelmorava.example/newsletter/odhlasit?id=55120>"),
           ("Precedence", "bulk"), ("X-Mailer", "Ecomail.cz")]
    return Case([po], mime.message(hdr, body),
                other("unrelated", "Marketing newsletter: the ordered extractor appears with a promotional price and "
                                   "dates, but nothing answers PO 4500031912."))


# --------------------------------------------------------------------------- 062
@case("industrial-scales-price-list-2027-xlsx", "unrelated/nl-NL",
      "Price list 2027 as XLSX listing the ordered item codes with new prices valid from 1 January 2027; it is not "
      "an answer to the open PO.")
def c062():
    s = sup("WEEGBRAB", "Weegtechniek Brabant B.V.", "verkoop@weegtechniek-brabant.example", "nl-NL")
    po = PO("4500031920", s, "scale", "EUR", "2026-11-25", [
        L(1, "WB-CRANE-3T", "Crane scale 3 t, remote control, 24V charger", 5, "EA", "640.00", "2027-01-29"),
        L(2, "WB-CAL-M1-SET", "Calibration weight set M1, 1 g - 500 g", 3, "SET", "310.00", "2027-01-29"),
    ])
    b = buyer(po)
    rows = [[xlsx.Bold("Weegtechniek Brabant B.V. - Prijslijst 2027")],
            ["Geldig vanaf", _dt.date(2027, 1, 1)],
            ["Prijzen in EUR, excl. btw, af fabriek Tilburg"],
            [],
            [xlsx.Bold("Artikel"), xlsx.Bold("Omschrijving"), xlsx.Bold("Eenheid"), xlsx.Bold("Prijs 2026"),
             xlsx.Bold("Prijs 2027"), xlsx.Bold("Levertijd (weken)")],
            ["WB-BENCH-60", "Tafelweegschaal 60 kg x 2 g", "st", xlsx.Num("189.00"), xlsx.Num("198.00"), 2],
            ["WB-PLAT-1212", "Platformweegschaal 1200x1200 mm, 1,5 t", "st", xlsx.Num("845.00"), xlsx.Num("889.00"), 4],
            ["WB-CRANE-3T", "Kraanweegschaal 3 t, afstandsbediening", "st", xlsx.Num("640.00"), xlsx.Num("675.00"), 3],
            ["WB-CAL-M1-SET", "Kalibratiegewichtenset M1 1 g - 500 g", "set", xlsx.Num("310.00"), xlsx.Num("329.00"),
             2],
            ["WB-IND-IP68", "Weegindicator IP68, 24V", "st", xlsx.Num("265.00"), xlsx.Num("279.00"), 2]]
    data = xlsx.workbook([("Prijslijst 2027", rows)], creator="Marieke Jansen", modified="2026-12-02T15:40:00Z",
                         stamp=(2026, 12, 2, 16, 40, 0), date_format="d-m-yyyy")
    text = """Beste relatie,

Bijgaand ontvangt u onze nieuwe prijslijst, geldig vanaf 1 januari 2027. Alle prijzen zijn exclusief btw, af fabriek Tilburg. Lopende orders worden uitgeleverd tegen de prijs op de orderbevestiging.

Dear customer, please find attached our new price list, valid from 1 January 2027. Open orders will be delivered at the price stated on the order confirmation.

Met vriendelijke groet / Kind regards,

Marieke Jansen
Weegtechniek Brabant B.V.
Ringbaan-Oost 210, 5013 CD Tilburg
T +31 13 544 80 20"""
    html = "<html><body style=\"font-family:Calibri\">" + text_to_html(text) + "</body></html>"
    alt = mime.multipart("alternative", [mime.text(text, "plain", "utf-8"), mime.text(html, "html", "utf-8")],
                         ob("c062", 0))
    body = mime.multipart("mixed", [alt, mime.attachment(
        data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Prijslijst_2027.xlsx")],
        ob("c062", 4))
    hdr = [("From", mime.addr("Marieke Jansen", "m.jansen@weegtechniek-brabant.example")),
           ("To", "undisclosed-recipients:;"), ("Bcc", ""), ("Subject", "Prijslijst 2027 / Price list 2027"),
           ("Date", mime.date(2026, 12, 3, 9, 5, 44, "+0100")), ("Message-ID", mid_outlook("c062"))] + \
        ol("c062", "nl-NL", "Prijslijst 2027 / Price list 2027", True)
    hdr = [h for h in hdr if h[0] != "Bcc"]
    return Case([po], mime.message(hdr, body),
                other("unrelated", "General price-list mailing (to undisclosed recipients) with the ordered item codes "
                                   "at 2027 prices; it explicitly says open orders keep their confirmed price and it "
                                   "does not answer PO 4500031920."))


# --------------------------------------------------------------------------- 063
@case("road-barriers-invoice-for-other-po", "unrelated/es-ES",
      "Invoice PDF for an earlier PO with the same barrier item, quantities, prices and a due date; the open PO is "
      "not mentioned.")
def c063():
    s = sup("BARVIAL", "Barreras Viales Ibéricas S.A.", "pedidos@barrerasviales.example", "es-ES")
    po = PO("4500031934", s, "road", "EUR", "2026-11-26", [
        L(1, "BVI-NJ-PL-1R", "Plastic New Jersey barrier 1 m, red/white", 200, "EA", "36.00", "2027-01-15"),
        L(2, "BVI-LED-6V-A", "LED flashing lamp 6V, amber", 100, "EA", "7.80", "2027-01-15"),
    ])
    b = buyer(po)
    page = pdf.document(
        ["Barreras Viales Ibéricas S.A.", "Polígono Industrial Los Olivos, C/ Innovación 12, 28906 Getafe (Madrid)",
         "CIF A-84412907  |  Tel. +34 916 95 31 40"],
        "FACTURA FV26-004812",
        [("Cliente:", "RoadSafe Rental Ltd, Bay 7, Westgate Industrial Estate, Leeds LS12 4HX, UK"),
         ("Su pedido:", "4500030655"), ("Albarán:", "AV26-7719 de 26/11/2026"), ("Fecha factura:", "02/12/2026"),
         ("Vencimiento:", "01/01/2027"), ("Forma de pago:", "Transferencia 30 días")],
        ["Línea", "Código", "Descripción", "Cantidad", "Precio", "Importe"],
        [["1", "BVI-NJ-PL-1R", "Barrera New Jersey plástico 1 m roja/blanca", "150", "35,00", "5.250,00"],
         ["2", "BVI-BASE-25", "Lastre de goma 25 kg", "150", "6,40", "960,00"]],
        [40, 75, 165, 380, 440, 500],
        ["Base imponible: 6.210,00 EUR", "IVA 0 % - exportación (art. 21 LIVA)", "Total factura: 6.210,00 EUR",
         "IBAN ES91 2100 0418 4502 0005 1332"], logo="BVI")
    assert 150 * D("35.00") == D("5250.00") and 150 * D("6.40") == D("960.00")
    data = pdf.text_pdf([page], compress=True, title="Factura FV26-004812", author="Administración",
                        creator="SAP Business One", producer="Crystal Reports", date="20261202091200+01'00'")
    text = """Estimado cliente:

Adjuntamos la factura FV26-004812 correspondiente a su pedido 4500030655 (albarán AV26-7719 del 26/11/2026).
Vencimiento: 01/01/2027 (30 días fecha factura).

Atentamente,
Departamento de Administración
Barreras Viales Ibéricas S.A."""
    body = mime.multipart("mixed", [mime.text(text, "plain", "iso-8859-1"),
                                    mime.attachment(data, "application/pdf", "FV26-004812.pdf")],
                          "----=_Part_40412_1187340055.1796220720410")
    hdr = [("From", mime.addr("Barreras Viales - Facturación", "facturacion@barrerasviales.example", "iso-8859-1", "Q")),
           ("To", b.email), ("Subject", "Factura FV26-004812 - pedido 4500030655"),
           ("Date", mime.date(2026, 12, 2, 9, 12, 0, "+0100")),
           ("Message-ID", f"<FV26-004812.{hx('c063', 10, False)}@sapb1.barrerasviales.example>"),
           ("X-Mailer", "SAP Business One")]
    return Case([po], mime.message(hdr, body),
                other("unrelated", "Invoice for an earlier order (4500030655) with the same barrier item at a "
                                   "different price and a due date; it does not answer open PO 4500031934."))


# --------------------------------------------------------------------------- 064
@case("industrial-scales-japanese-ticket-receipt", "auto_reply/ja-JP",
      "Japanese helpdesk ticket acknowledgment (ISO-2022-JP) quoting our subject, a ticket number, a '3営業日以内' "
      "promise and holiday closure dates.")
def c064():
    s = sup("TOYOKEI", "Toyo Keiryoki Co., Ltd.", "support@toyo-keiryo.example", "ja-JP")
    po = PO("4500031941", s, "scale", "JPY", "2026-11-24", [
        L(1, "TK-PS-150", "Digital platform scale 150 kg x 20 g, stainless", 20, "EA", "38500", "2027-01-29"),
        L(2, "TK-CS-30", "Counting scale 30 kg, 1/60000 resolution", 10, "EA", "52000", "2027-01-29"),
    ])
    b = buyer(po)
    text = f"""※本メールはシステムより自動送信されています。このメールに返信されても対応いたしかねますのでご了承ください。

{b.name} 様

この度は東洋計量器にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。担当者より3営業日以内にご連絡いたします。

受付番号：TK-2026-118734
受付日時：2026年11月25日 10:12
件名：{req_subject(po)}

年末年始休業期間：2026年12月29日から2027年1月4日まで

株式会社 東洋計量器 お客様サポートセンター
https://toyo-keiryo.example/support
"""
    part = mime.text(text, "plain", "ISO-2022-JP", "7bit", quote_cs=False)
    hdr = reply_headers(mime.addr("東洋計量器 お問い合わせ窓口", "support@toyo-keiryo.example", "ISO-2022-JP"),
                        mime.addr(b.name, b.email), "[受付番号:TK-2026-118734] お問い合わせを受け付けました",
                        mime.date(2026, 11, 25, 10, 12, 40, "+0900"),
                        "<ticket.TK-2026-118734.ack@helpdesk.toyo-keiryo.example>", po, cs="ISO-2022-JP",
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("X-Ticket-ID", "TK-2026-118734")])
    return Case([po], mime.message(hdr, part),
                other("auto_reply", "Ticket-system receipt: a ticket number and a promise to answer within 3 business "
                                    "days; the holiday dates are not delivery dates."))


# --------------------------------------------------------------------------- 065
@case("gloves-exchange-online-ndr", "bounce/en-IN",
      "Exchange Online 'Undeliverable' NDR (multipart/report with HTML, delivery-status and the original Outlook "
      "request including the PO table).")
def c065():
    s = sup("SHAKTI", "Shakti Safety Gloves Pvt. Ltd.", "orders@shaktisafety.example", "en-IN")
    po = PO("4500031958", s, "gloves", "USD", "2026-11-26", [
        L(1, "SSG-C0-1000-9", "Electrical insulating glove class 0, 1000 V, size 9, red", 300, "PAIR", "11.40",
          "2027-01-22"),
        L(2, "SSG-C00-500-10", "Electrical insulating glove class 00, 500 V, size 10, beige", 200, "PAIR", "8.90",
          "2027-01-22"),
    ])
    b = buyer(po)
    orig_txt = req_text(po)
    orig_html = outlook_html(mso(orig_txt.split("\n\nLine")[0]), "", req_html(po))
    orig = mime.message(
        [("From", mime.addr(b.name, b.email)), ("To", s["email"]), ("Subject", req_subject(po)),
         ("Date", mime.date(2026, 11, 26, 9, 2, 10, "+0000")), ("Message-ID", po["request_message_id"]),
         ("Content-Language", "en-IE")] + [("MIME-Version", "1.0")],
        mime.multipart("alternative", [mime.text(orig_txt, "plain", "us-ascii"), mime.text(orig_html, "html", "utf-8")],
                       ob("c065o", 0)), mime_version=False)
    srv = "DB9PR02MB7242.eurprd02.prod.outlook.com"
    diag = ("550 5.1.1 <orders@shaktisafety.example>: Recipient address rejected: User unknown in virtual alias "
            "table")
    txt = f"""Your message to orders@shaktisafety.example couldn't be delivered.

orders wasn't found at shaktisafety.example.

s.odonnell      Office 365      orders
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means (by phone, for example) to confirm they're using that address.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.1

Original Message Details
Created Date:    26/11/2026 09:02:10
Sender Address:  {b.email}
Recipient Address:  orders@shaktisafety.example
Subject:    {req_subject(po)}

Error Details
Reported error:  {diag}
DSN generated by:  {srv}
Remote server:  mx1.shaktisafety.example
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial\"><p style=\"font-size:16pt;color:#c00000\">"
            "Your message to orders@shaktisafety.example couldn't be delivered.</p>"
            "<p style=\"font-size:18pt\">orders wasn't found at shaktisafety.example.</p>"
            "<table><tr><td>s.odonnell</td><td>Office 365</td><td>orders</td></tr>"
            "<tr><td style=\"color:#c00000\">Action Required</td><td></td><td>Recipient</td></tr></table>"
            "<p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or may not "
            "exist.</p><p><b>More Info for Email Admins</b><br>Status code: 550 5.1.1</p>"
            f"<p>Reported error: {esc(diag)}<br>DSN generated by: {srv}<br>Remote server: mx1.shaktisafety.example</p>"
            "</div></body></html>")
    dsn = f"""Reporting-MTA: dns;{srv}
Received-From-MTA: dns;{srv}
Arrival-Date: Thu, 26 Nov 2026 09:02:13 +0000

Final-Recipient: rfc822;orders@shaktisafety.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;{diag}
Remote-MTA: dns;mx1.shaktisafety.example
"""
    body = mime.multipart("report", [
        mime.multipart("alternative", [mime.text(txt, "plain", "us-ascii"), mime.text(html, "html", "us-ascii")],
                       ob("c065", 1)),
        mime.raw_part("message/delivery-status", dsn),
        mime.rfc822(orig)], ob("c065", 0), params="; report-type=delivery-status")
    hdr = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@voltsafe-ppe.example>"),
           ("To", mime.addr(b.name, b.email)), ("Subject", "Undeliverable: " + req_subject(po)),
           ("Date", mime.date(2026, 11, 26, 9, 2, 15, "+0000")), ("Message-ID", mid_outlook("c065", "EURPRD02")),
           ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
           ("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    return Case([po], mime.message(hdr, body),
                other("bounce", "Exchange Online non-delivery report (recipient unknown); the original request with "
                                "the PO table travels inside as message/rfc822."))


# --------------------------------------------------------------------------- 066
@case("vending-spares-dienstag-kw50-second-po-mentioned", "confirmation/de-DE",
      "'Lieferung Dienstag, KW 50' (= Tuesday 2026-12-08, not the Friday) for all lines of one PO, while a second "
      "open PO is only mentioned with its AB to follow.")
def c066():
    s = sup("AUTSCHMITT", "Automatenteile Schmitt GmbH", "verkauf@automatenteile-schmitt.example", "de-DE")
    po_a = PO("4500031965", s, "vend", "EUR", "2026-11-24", [
        L(1, "AS-MP-G13-24", "Münzprüfer G-13 mft, 24V", 20, "EA", "96.00", "2026-12-11"),
        L(2, "AS-SPM-24-45", "Spiralmotor 24V, 4,5 U/min", 150, "EA", "31.50", "2026-12-11"),
        L(3, "AS-GRT-VA", "Geldrückgabetaste, Edelstahl", 40, "EA", "7.20", "2026-12-11"),
    ])
    po_b = PO("4500031972", s, "vend", "EUR", "2026-11-25", [
        L(1, "AS-LCD-420", "Display LCD 4x20 Zeichen, 5V", 30, "EA", "18.90", "2026-12-18"),
        L(2, "AS-KA-R290", "Kühlaggregat 230V, R290, 1/5 PS", 6, "EA", "289.00", "2026-12-18"),
    ])
    reply = """Hallo Herr Okafor,

zu Ihrer Bestellung 4500031965:

Pos. 1 Münzprüfer G-13: 20 St. à 96,00 €, Lieferung Dienstag, KW 50
Pos. 2 Spiralmotoren 24V: 150 St. à 31,50 €, Lieferung Dienstag, KW 50
Pos. 3 Geldrückgabetasten: 40 St. à 7,20 €, Lieferung Dienstag, KW 50

Die Bestellung 4500031972 (Display/Kühlaggregat) haben wir ebenfalls erhalten, die AB dazu folgt separat, sobald uns der Hersteller den Termin für das Kühlaggregat nennt.

Mit freundlichen Grüßen

Markus Schmitt
Automatenteile Schmitt GmbH
Siemensstraße 8, 63110 Rodgau
Tel. 06106 77 31-0"""
    text, html = outlook_reply(reply, po_a, "de", "Dienstag, 24. November 2026 17:02", req_lang="de",
                               charset="windows-1252")
    b = buyer(po_a)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1252"),
                                          mime.text(html, "html", "windows-1252")], ob("c066", 0))
    hdr = reply_headers(mime.addr("Markus Schmitt", "m.schmitt@automatenteile-schmitt.example"),
                        mime.addr(b.name, b.email), "AW: " + req_subject(po_a, "de"),
                        mime.date(2026, 11, 26, 11, 48, 3, "+0100"), mid_outlook("c066"), po_a, cs="windows-1252",
                        enc="Q", extra=ol("c066", "de-DE", req_subject(po_a, "de")))
    tue = kw_friday(2026, 50, 2)
    assert tue == "2026-12-08"
    exp = conf([(po_a, {1: chg(20, "96.00", tue), 2: chg(150, "31.50", tue), 3: chg(40, "7.20", tue)})],
               "'Dienstag, KW 50' names the day: Tuesday 2026-12-08 (not Friday 12-11); PO 4500031972 is only "
               "mentioned (AB to follow) and left out.")
    return Case([po_a, po_b], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 067
@case("solar-heaters-forwarded-internal-chain", "confirmation/en-CA",
      "Customer service forwards the plant's internal reply ('FW:'); the commitment is in the top note and in the "
      "forwarded chain, with month-name dates without a year and a tank line shipped in two lots.")
def c067():
    s = sup("NSUNTHERM", "Northern Sun Thermal Ltd.", "orders@northernsunthermal.example", "en-CA")
    po = PO("4500031980", s, "solar", "CAD", "2026-11-24", [
        L(1, "NS-EVT-30", "Evacuated tube collector 30 tubes, 58x1800 mm", 16, "EA", "545.00", "2027-02-05"),
        L(2, "NS-TANK-80G", "Solar storage tank 80 US gal (300 L), dual coil", 8, "EA", "1490.00", "2027-02-05"),
        L(3, "NS-CTRL-V2", "Differential controller V2, 4 sensors, 2027 firmware", 8, "EA", "132.00", "2027-02-05"),
    ])
    b = buyer(po)
    top = """Hi Elena,

Please see below from our plant. We can confirm your PO 4500031980 as follows: collectors and controllers as ordered for Feb 5; the tanks at your PO price but shipping in two lots, 5 on Jan 22 and the last 3 on Feb 19. Quantities and prices as per your PO.

Regards,
Amélie Tremblay
Customer Service Representative
Northern Sun Thermal Ltd.
85 Industrial Pkwy N, Aurora, ON L4G 4C4
T 905-555-0164"""
    dave = """Amélie - tubes and controllers OK for Feb 5. Tanks: 5 pcs Jan 22, last 3 pcs Feb 19 - coil supplier is behind.

Dave"""
    ask = """Dave, can you confirm dates for SunFlow PO 4500031980? They need everything by Feb 5. PO below.

Thanks, Amélie"""
    chain = (top + "\n\n-----Original Message-----\n"
             + "From: Dave Kowalski <d.kowalski@northernsunthermal.example>\n"
             + "Sent: Wednesday, December 2, 2026 8:41 AM\n"
             + "To: Amélie Tremblay <a.tremblay@northernsunthermal.example>\n"
             + "Subject: RE: PO 4500031980 - production dates\n\n" + dave
             + "\n\n-----Original Message-----\n"
             + "From: Amélie Tremblay <a.tremblay@northernsunthermal.example>\n"
             + "Sent: Tuesday, December 1, 2026 4:15 PM\n"
             + "To: Dave Kowalski <d.kowalski@northernsunthermal.example>\n"
             + "Subject: PO 4500031980 - production dates\n\n" + ask
             + "\n\n-----Original Message-----\n"
             + f"From: {b.name} <{b.email}>\nSent: Tuesday, November 24, 2026 10:30 AM\n"
             + f"To: {s['email']}\nSubject: {req_subject(po)}\n\n" + req_text(po))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body lang="EN-CA"><div class="WordSection1">' + mso(top)
            + outlook_block_html("en", "Dave Kowalski <d.kowalski@northernsunthermal.example>",
                                 "Wednesday, December 2, 2026 8:41 AM",
                                 "Amélie Tremblay <a.tremblay@northernsunthermal.example>",
                                 "RE: PO 4500031980 - production dates") + mso(dave)
            + outlook_block_html("en", "Amélie Tremblay <a.tremblay@northernsunthermal.example>",
                                 "Tuesday, December 1, 2026 4:15 PM",
                                 "Dave Kowalski <d.kowalski@northernsunthermal.example>",
                                 "PO 4500031980 - production dates") + mso(ask)
            + outlook_block_html("en", f"{b.name} <{b.email}>", "Tuesday, November 24, 2026 10:30 AM", s["email"],
                                 req_subject(po)) + req_html(po) + "</div></body></html>")
    body = mime.multipart("alternative", [mime.text(chain, "plain", "windows-1252"),
                                          mime.text(html, "html", "windows-1252")], ob("c067", 0, "CANPRD01"))
    hdr = reply_headers(mime.addr("Amélie Tremblay", "a.tremblay@northernsunthermal.example", "windows-1252", "Q"),
                        mime.addr(b.name, b.email), "FW: PO 4500031980 - production dates",
                        mime.date(2026, 12, 2, 10, 15, 27, "-0500"), mid_outlook("c067", "CANPRD01"),
                        extra=ol("c067", "en-CA", "PO 4500031980 - production dates"))
    exp = conf([(po, {1: acc(po, 1), 2: chg(8, "1490.00", "2027-02-19", [(5, "2027-01-22"), (3, "2027-02-19")]),
                      3: acc(po, 3)})],
               "Forwarded internal chain, not threaded on our request; 'Jan 22' / 'Feb 19' / 'Feb 5' without a year "
               "fall in 2027 (mail of 2 Dec 2026); tanks ship 5 + 3 (ship dates only, so they are the schedule).")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 068
@case("mooring-ropes-icelandic-split", "confirmation/is-IS",
      "Icelandic (ISO-8859-1 with ð/þ) with '4.850,00' prices and long dates '29. janúar 2027'; line 2 split 3 + "
      "2 rolls.")
def c068():
    s = sup("KADLAG", "Kaðlagerðin Ísfell ehf.", "pantanir@kadlagerdin.example", "is-IS")
    po = PO("4500031994", s, "rope", "EUR", "2026-11-25", [
        L(1, "KI-DYN-28-200", "Dyneema mooring line 28 mm x 200 m, 12-strand", 3, "ROL", "4850.00", "2027-01-29"),
        L(2, "KI-PS-40-220", "Polysteel rope 40 mm x 220 m", 5, "ROL", "1980.00", "2027-01-29"),
        L(3, "KI-THIM-28", "Galvanised thimble for 28 mm rope", 30, "EA", "12.50", "2027-01-29"),
    ])
    reply = """Sæl Ingrid,

Takk fyrir pöntunina nr. 4500031994. Við staðfestum hana svona:

1. Dyneema 28 mm x 200 m - 3 rúllur á 4.850,00 EUR, afhending 29. janúar 2027
2. Polysteel 40 mm x 220 m - 5 rúllur á 1.980,00 EUR; 3 rúllur afhentar 29. janúar 2027 og 2 rúllur 26. febrúar 2027
3. Kósar fyrir 28 mm - 30 stk. á 12,50 EUR, afhending 29. janúar 2027

Kveðja,
Guðrún Þórsdóttir
Sölustjóri
Kaðlagerðin Ísfell ehf.
Óseyrarbraut 12, 220 Hafnarfjörður
Sími +354 520 4400"""
    text, html = outlook_reply(reply, po, "is", "miðvikudagur, 25. nóvember 2026 13:02", charset="iso-8859-1")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c068", 0))
    hdr = reply_headers(mime.addr("Guðrún Þórsdóttir", "gudrun@kadlagerdin.example", "iso-8859-1", "Q"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 12, 3, 11, 9, 55, "+0000"), mid_outlook("c068"), po,
                        extra=ol("c068", "is-IS", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: chg(5, "1980.00", "2027-02-26", [(3, "2027-01-29"), (2, "2027-02-26")]),
                      3: acc(po, 3)})],
               "Icelandic dates and dot-thousands prices; line 2 split 3 rolls on 2027-01-29 and 2 on 2027-02-26; "
               "lines 1 and 3 as ordered.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 069
@case("fishing-rods-chilean-pesos", "confirmation/es-CL",
      "Chilean pesos without decimals and with dot thousands ('$89.990' = 89990 CLP), date '12-02-2027', a new "
      "2027 list price on one line.")
def c069():
    s = sup("CANPAT", "Cañas Patagonia SpA", "ventas@canaspatagonia.example", "es-CL")
    po = PO("4500032005", s, "fish", "CLP", "2026-11-26", [
        L(1, "CP-FLY-9-6", "Fly rod 9' line 6, 4-piece", 25, "EA", "89990", "2027-02-12"),
        L(2, "CP-SPIN-7-ML", "Spinning rod 7' ML, 2-piece, 2027", 60, "EA", "32490", "2027-02-12"),
        L(3, "CP-TUBE-4", "Rod tube 4-piece, aluminium", 25, "EA", "12490", "2027-02-12"),
    ])
    reply = """Estimado Henrik:

Junto con saludar, confirmamos su orden de compra N° 4500032005:

1. Caña mosca 9' #6: 25 unidades a $89.990 c/u
2. Caña spinning 7' ML: 60 unidades a $34.990 c/u (nuevo precio lista 2027)
3. Tubo portacañas: 25 unidades a $12.490 c/u

Fecha de entrega: 12-02-2027 para toda la orden.
Valores netos, más IVA.

Saludos cordiales,
Francisca Muñoz
Cañas Patagonia SpA
Av. Diego Portales 1450, Puerto Montt
+56 65 225 8810"""
    attr = "El jue, 26 nov 2026 a las 11:02, Henrik Lund (<henrik.lund@anglers-depot.example>) escribió:"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, quote_cs=False, charset="UTF-8"),
                                          mime.text(html, "html", quote_cs=False, charset="UTF-8")],
                          "000000000000c91e7a05f2f0d1b6")
    hdr = reply_headers(mime.addr("Francisca Muñoz", "fmunoz@canaspatagonia.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 12, 4, 9, 12, 33, "-0300"), mid_gmail("c069"), po)
    exp = conf([(po, {1: acc(po, 1), 2: chg(60, "34990", "2027-02-12"), 3: acc(po, 3)})],
               "CLP has no decimals: '$89.990' = 89990 (dot is a thousands separator); line 2 new price 34990; "
               "12-02-2027 is day-first.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 070
@case("boat-fenders-finland-swedish-questions", "needs_review/sv-FI",
      "Finland-Swedish reply asking which rope diameter and whether a colour change is acceptable before "
      "confirming; prices and dates 'to follow'.")
def c070():
    s = sup("BATFEND", "Oy Båtfender Ab", "order@batfender.example", "sv-FI")
    po = PO("4500032013", s, "fender", "EUR", "2026-11-27", [
        L(1, "BF-LINE-10-1.5", "Fender line 10 mm x 1.5 m, braided polyester", 300, "EA", "3.20", "2027-01-15"),
        L(2, "BF-F-8x20-W", "Fender 8x20 in, white, inflatable", 100, "EA", "14.90", "2027-01-15"),
    ])
    reply = """Hej Tom,

tack för beställningen 4500032013. Innan vi bekräftar har vi två frågor:

1. Fenderlinorna på rad 1 finns både i 10 mm och 12 mm - vill ni ha 10 mm som i beställningen eller 12 mm som ni köpte senast (vår art. BF-LINE-12-1.5)?
2. Fendrarna 8x20 tillverkas numera bara i vitt med blå topp. Går det bra?

Vi återkommer med priser och leveransdatum så fort vi fått ert svar.

Med vänliga hälsningar
Johanna Lindqvist
Oy Båtfender Ab
Hamngatan 7, 10600 Ekenäs, Finland
tfn +358 19 241 1880"""
    text, html = outlook_reply(reply, po, "sv", "den 27 november 2026 15:44", charset="iso-8859-1")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c070", 0))
    hdr = reply_headers(mime.addr("Johanna Lindqvist", "johanna.lindqvist@batfender.example"),
                        mime.addr(b.name, b.email), "SV: " + req_subject(po),
                        mime.date(2026, 12, 4, 14, 20, 31, "+0200"), mid_outlook("c070"), po,
                        extra=ol("c070", "sv-FI", req_subject(po)))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "Two open questions (rope diameter, colour change) before any confirmation; "
                                      "prices and dates are promised only after our answer."))
