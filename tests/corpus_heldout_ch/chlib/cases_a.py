"""Cases 001-018: European confirmations with the locale phrases the brief asks for."""
from . import mime
from .common import (case, sup, L, PO, acc, chg, REJ, UNC, conf, all_acc, exp_conf, hdate, reply, mid,
                     iso_day, BUYERS)


@case("en-gb-hoods-as-ordered", "confirmation/en-GB",
      "Plain 'confirmed as ordered' with dates restated day-first in prose, while hood sizes 3/8 and 12 look like dates and quantities.")
def c001():
    s = sup("MEWSJ", "Mews & Jesses Ltd", "orders@mewsandjesses.example", "en-GB")
    po = PO("4500031207", s, "dana", "GBP", "2026-11-04", [
        L(1, "FH-DU-38", "Dutch hood, calf leather, size 3/8 (merlin)", 12, "EA", "38.50", "2026-12-04"),
        L(2, "FH-AN-12", "Anglo-Indian hood, size 12, 2027 pattern", 8, "EA", "44.00", "2026-12-04"),
        L(3, "FH-BR-4", "Hood braces 4 mm, 2 pairs per set", 20, "SET", "6.75", "2026-12-11"),
    ])
    body = ("Hi Dana,\n\nThank you for PO 4500031207. All three lines are confirmed as ordered - quantities, prices "
            "and your dates (4th December for both hoods, 11th December for the braces).\n\n"
            "The size 12 Anglo-Indians will be blocked on the new 2027 forms, as discussed with Ines in October.")
    sig = ("Kind regards,\nHarriet Cole\nSales Office\nMews & Jesses Ltd | Unit 7, Tannery Yard, Ludlow SY8 1EQ\n"
           "Tel: 01584 871 220 | www.mewsandjesses.example\n\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
           "received it in error please notify the sender and delete it. Mews & Jesses Ltd, registered in England "
           "No. 04411832.")
    eml = reply(po, ("Harriet Cole", "orders@mewsandjesses.example"), body, hdate(2026, 11, 10, 9, 42, 11, "+0000"),
                "c001", sig=sig, style="outlook", cs="us-ascii", greet="Dear Harriet,", sent="Wednesday, 4 November 2026 13:05",
                extra=[("Thread-Topic", "Order acknowledgment request - PO 4500031207"), ("Content-Language", "en-GB")])
    return [po], eml, exp_conf([all_acc(po)],
                               "Everything accepted; the dates in the reply are prose ('4th December') and equal the PO; "
                               "sizes 3/8, 12 and '2027 pattern' are not dates or quantities.")


@case("de-de-seals-self-correction", "confirmation/de-DE",
      "The supplier corrects its own earlier confirmation quoted below ('Korrektur: Pos. 2 ist 18.12., nicht 11.12.'), so the quoted first answer is outdated for line 2.")
def c002():
    s = sup("NSDT", "Nordsee Dichtungstechnik GmbH", "auftrag@nordsee-dichtung.example", "de-DE")
    po = PO("4500031244", s, "marc", "EUR", "2026-11-05", [
        L(1, "TTS-450-520", "Shaft seal ring 450x520x25 mm, HNBR", 6, "EA", "1240.00", "2026-12-11"),
        L(2, "TTS-LP-1220", "Lip seal profile 12x20 mm, per metre", 48, "M", "36.80", "2026-12-11"),
        L(3, "TTS-KIT-2027", "Seal kit tidal hub, 2027 model", 2, "SET", "3980.00", "2027-01-15"),
    ])
    first_id = mid("outlook", "c002-first")
    earlier = ("________________________________\nVon: Jens Petersen <auftrag@nordsee-dichtung.example>\nGesendet: Montag, 9. November 2026 16:40\n"
               "An: Marc Oyelaran <marc.oyelaran@northgate-supply.example>\n"
               "Betreff: AW: Order acknowledgment request - PO 4500031244\n\n"
               "Hallo Herr Oyelaran,\n\nhiermit best\u00e4tigen wir Ihre Bestellung 4500031244:\n\n"
               "Pos. 1  6 St\u00fcck  Wellendichtring 450x520x25   1.240,00 EUR   Liefertermin 11.12.2026\n"
               "Pos. 2  48 m     Lippenprofil 12x20          36,80 EUR/m    Liefertermin 11.12.2026\n"
               "Pos. 3  2 S\u00e4tze  Dichtungssatz 2027          3.980,00 EUR   Liefertermin 15.01.2027\n\n"
               "Mit freundlichen Gr\u00fc\u00dfen\nJens Petersen")
    body = ("Hallo Herr Oyelaran,\n\nKorrektur zu meiner Mail von Montag: Pos. 2 ist 18.12., nicht 11.12. - das "
            "Profil 12x20 bekommen wir erst in KW 50 vom Vormateriallieferanten.\n\nPos. 1 und Pos. 3 bleiben wie "
            "best\u00e4tigt. Entschuldigen Sie bitte die Verwirrung.")
    sig = ("Mit freundlichen Gr\u00fc\u00dfen\nJens Petersen\nInnendienst / Auftragsabwicklung\n\n"
           "Nordsee Dichtungstechnik GmbH\nAm Seedeich 14 | 25761 B\u00fcsum\nTel. +49 4834 96 12-30 | Fax -39\n"
           "Gesch\u00e4ftsf\u00fchrer: Hauke Janssen | Amtsgericht Pinneberg HRB 8812 HE")
    eml = reply(po, ("Jens Petersen", "auftrag@nordsee-dichtung.example"), body, hdate(2026, 11, 11, 8, 15, 40),
                "c002", sig=sig, style="outlook", lang="de", cs="iso-8859-15", re_="AW:",
                sent="Donnerstag, 5. November 2026 14:05", greet="Dear Mr Petersen,", top_quote=earlier,
                refs=[po["request_message_id"], first_id])
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-18"), 3: acc(po, 3)})],
                               "Latest word wins: the quoted earlier confirmation had 11.12. for line 2; the new mail "
                               "corrects it to 18.12. (no year, after the mail date -> 2026-12-18). KW 50 is the "
                               "supplier's material date, not a delivery date.")


@case("de-at-bellows-price-exkl-ust", "confirmation/de-AT",
      "Price change written 'Preis \u20ac 12,40/Stk. exkl. USt.' with Austrian decimal comma, the other line repeated unchanged.")
def c003():
    s = sup("UHRH", "Alpenl\u00e4ndische Uhrenteile Huber KG", "verkauf@uhrenteile-huber.example", "de-AT")
    po = PO("4500031261", s, "ines", "EUR", "2026-11-06", [
        L(1, "CCB-2T-52", "Cuckoo bellows, 2-tone, 52x28 mm, kid leather", 40, "EA", "11.90", "2026-12-14"),
        L(2, "CCB-WH-24", "Whistle pipe 24 mm, maple", 80, "EA", "3.20", "2026-12-14"),
    ])
    body = ("Gr\u00fc\u00df Gott Frau Haldane,\n\ndanke f\u00fcr die Bestellung 4500031261, wir best\u00e4tigen wie folgt:\n\n"
            "Pos. 1 Blasebalg 2-tonig 52x28: 40 Stk., Preis \u20ac 12,40/Stk. exkl. USt. - das Ziegenleder ist seit "
            "1. November teurer, der Liefertermin 14.12.2026 h\u00e4lt.\n"
            "Pos. 2 Pfeife 24 mm Ahorn: 80 Stk. \u00e0 \u20ac 3,20, ebenfalls 14.12.2026.\n\n"
            "Die Rechnung kommt wie immer mit 20 % USt.")
    sig = ("Sch\u00f6ne Gr\u00fc\u00dfe aus Schwaz\nTheresia Huber\n"
           "Alpenl\u00e4ndische Uhrenteile Huber KG\nGewerbepark 3, 6130 Schwaz, \u00d6sterreich\n"
           "T +43 5242 62 418 | UID ATU 58812934")
    eml = reply(po, ("Theresia Huber", "verkauf@uhrenteile-huber.example"), body, hdate(2026, 11, 12, 10, 31, 2),
                "c003", sig=sig, style="tb", cs="utf-8", cte="8bit", html=False, quote_cs=False,
                intro="Am 06.11.2026 um 14:05 schrieb Ines Haldane:", greet="Dear Ms Huber,",
                mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"))
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="12.40"), 2: acc(po, 2)})],
                               "Line 1 price 11.90 -> 12.40 (net, excl. VAT; '1. November' is the reason, not a date "
                               "commitment); line 2 repeated as ordered.")


@case("de-ch-strings-metres-not-rolls", "confirmation/de-CH",
      "Line 1 is confirmed in metres at CHF 0.85/m instead of rolls of 50 m, with the conversion to 12 rolls written out, so the roll price is 42.50.")
def c004():
    s = sup("MARZ", "Marionettenbedarf Z\u00fcrcher AG", "bestellungen@marionetten-zuercher.example", "de-CH")
    po = PO("4500031288", s, "sofia", "CHF", "2026-11-06", [
        L(1, "PTS-BR-08", "Braided puppet line 0.8 mm black, roll 50 m", 12, "ROL", "42.00", "2026-12-09"),
        L(2, "PTS-CR-1030", "Control crosspiece 10x30 cm, beech", 24, "EA", "18.50", "2026-12-09"),
    ])
    body = ("Gr\u00fcezi Frau Lindqvist\n\nBesten Dank f\u00fcr Ihre Bestellung 4500031288. Die Schnur liefern wir ab "
            "Spule und verrechnen sie nach Meter:\n\n"
            "Pos. 1: 600 m Marionettenschnur 0.8 mm schwarz (entspricht 12 Rollen \u00e0 50 m), CHF 0.85/m, "
            "Liefertermin 9.12.2026\n"
            "Pos. 2: 24 Stk. Spielkreuz 10x30 cm zu CHF 18.50, ebenfalls 9.12.2026\n\n"
            "Total exkl. MWST CHF 954.00.")
    sig = ("Freundliche Gr\u00fcsse\n\nUrs Baumgartner\nMarionettenbedarf Z\u00fcrcher AG\n"
           "Seefeldstrasse 118, 8008 Z\u00fcrich\n+41 44 381 27 90")
    eml = reply(po, ("Urs Baumgartner", "bestellungen@marionetten-zuercher.example"), body,
                hdate(2026, 11, 16, 14, 22, 45), "c004", sig=sig, style="apple", cs="utf-8", quote_cs=False,
                intro="Am 06.11.2026 um 14:05 schrieb Sofia Lindqvist <sofia.lindqvist@northgate-supply.example>:",
                greet="Dear Mr Baumgartner,", mailer="Apple Mail (2.3826.300.87.4.3)")
    assert 600 * 0.85 + 24 * 18.50 == 954.00
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="42.50"), 2: acc(po, 2)})],
                               "600 m = 12 rolls of 50 m, so quantity stays 12 ROL; CHF 0.85/m x 50 m = CHF 42.50 per "
                               "roll vs 42.00 ordered. Swiss style: decimal point, 'Grüsse' without ß.")


@case("fr-ca-balloons-livraison-18-decembre", "confirmation/fr-CA",
      "All lines accepted at quantity and price but 'livraison le 18 décembre' without a year moves every date.")
def c005():
    s = sup("BMBOR", "Ballons M\u00e9t\u00e9o Bor\u00e9al inc.", "commandes@ballonsboreal.example", "fr-CA")
    po = PO("4500031302", s, "piet", "CAD", "2026-11-09", [
        L(1, "MB-600-L", "Radiosonde balloon latex 600 g, 2027 lot", 200, "EA", "27.40", "2026-12-11"),
        L(2, "MB-PC-48", "Parachute 48 in for 600 g balloon", 200, "EA", "9.15", "2026-12-11"),
        L(3, "MB-NZ-12", "Filling nozzle 1/2 in, brass", 10, "EA", "31.00", "2026-12-11"),
    ])
    body = ("Bonjour M. van Aarle,\n\nMerci pour votre commande 4500031302. Les trois lignes sont accept\u00e9es aux "
            "quantit\u00e9s et aux prix indiqu\u00e9s, livraison le 18 d\u00e9cembre (notre transporteur ne peut "
            "pas garantir le 11).\n\nLes ballons de 600 g viennent du lot 2027, comme demand\u00e9.")
    sig = ("Bonne journ\u00e9e,\n\nGenevi\u00e8ve Tremblay\nService \u00e0 la client\u00e8le\n"
           "Ballons M\u00e9t\u00e9o Bor\u00e9al inc.\n2250, rue Dalton, Qu\u00e9bec (Qu\u00e9bec) G1P 3S4\n"
           "418 555-0148, poste 212")
    eml = reply(po, ("Genevi\u00e8ve Tremblay", "commandes@ballonsboreal.example"), body,
                hdate(2026, 11, 12, 11, 5, 9, "-0500"), "c005", sig=sig, style="gmail", cs="UTF-8", quote_cs=False,
                intro="Le lun. 9 nov. 2026, \u00e0 08 h 05, Piet van Aarle <piet.vanaarle@northgate-supply.example> a \u00e9crit :",
                greet="Dear Ms Tremblay,")
    d = "2026-12-18"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: chg(po, 3, d=d)})],
                               "'livraison le 18 décembre' has no year: next 18 Dec after the 12 Nov mail is 2026-12-18 "
                               "for all three lines; 'le 11' is the date they cannot guarantee.")


@case("it-it-bells-data-consegna", "confirmation/it-IT",
      "Per-position list where two lines say 'data consegna 18/12/2026 confermata' and the 12 in bell moves to 08/01/2027.")
def c006():
    s = sup("BERT", "Fonderia Campane Navali Bertolini S.r.l.", "ordini@bertolini-campane.example", "it-IT")
    po = PO("4500031319", s, "dana", "EUR", "2026-11-05", [
        L(1, "SB-BR-8", "Ship's bell 8 in, polished brass, 2026 engraving", 6, "EA", "148.00", "2026-12-18"),
        L(2, "SB-BR-12", "Ship's bell 12 in, polished brass", 4, "EA", "265.00", "2026-12-18"),
        L(3, "SB-BKT-8", "Wall bracket for 8 in bell, M8x60 bolts", 6, "EA", "22.50", "2026-12-18"),
    ])
    body = ("Gentile Sig.ra Ruiz,\n\nin riferimento al Vs. ordine n. 4500031319 del 05/11/2026 Vi confermiamo:\n\n"
            "pos. 1 - campana 8\" ottone lucido - 6 pz a \u20ac 148,00 - data consegna 18/12/2026 confermata\n"
            "pos. 2 - campana 12\" ottone lucido - 4 pz a \u20ac 265,00 - la colata \u00e8 programmata a fine mese, "
            "data consegna 08/01/2027\n"
            "pos. 3 - staffa a muro per campana 8\" - 6 pz a \u20ac 22,50 - data consegna 18/12/2026 confermata\n\n"
            "Restiamo a disposizione per qualsiasi chiarimento.")
    sig = ("Cordiali saluti\n\nChiara Bertolini\nUfficio Commerciale\nFonderia Campane Navali Bertolini S.r.l.\n"
           "Via dei Fonditori 22 - 16153 Genova (GE)\nTel. +39 010 650 4471 - P.IVA 01872340992\n\n"
           "Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate.")
    eml = reply(po, ("Chiara Bertolini", "ordini@bertolini-campane.example"), body, hdate(2026, 11, 13, 16, 48, 30),
                "c006", sig=sig, style="outlook", lang="it", cs="windows-1252", re_="R:",
                sent="gioved\u00ec 5 novembre 2026 14:05", greet="Dear Ms Bertolini,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08"), 3: acc(po, 3)})],
                               "Day-first Italian dates; '05/11/2026' is the order date; only line 2 moves (to "
                               "2027-01-08). 8\" / 12\" are bell sizes.")


@case("es-ar-jars-entrega-18-12", "confirmation/es-AR",
      "Rioplatense prose 'Entrega 18/12' with no year and USD prices written with decimal comma.")
def c007():
    s = sup("VDPL", "Vidrier\u00eda del Plata S.A.", "ventas@vidrieriadelplata.example", "es-AR")
    po = PO("4500031333", s, "marc", "USD", "2026-11-09", [
        L(1, "KJ-5L-TAP", "Fermenting jar 5 L glass, tap 3/4 in", 120, "EA", "14.60", "2026-12-14"),
        L(2, "KJ-10L-WN", "Fermenting jar 10 L, wide neck, 12x20 cloth cover", 60, "EA", "22.90", "2026-12-14"),
    ])
    body = ("Hola Marc, \u00bfc\u00f3mo and\u00e1s?\n\nTe confirmo la OC 4500031333: los 120 frascos de 5 L con "
            "canilla de 3/4 y los 60 de 10 L, a los precios de la orden (USD 14,60 y USD 22,90). Entrega 18/12 para "
            "los dos \u00edtems, antes no llegamos con el templado.\n\nCualquier cosa avisame.")
    sig = ("Saludos,\nMart\u00edn Gorostiaga\nVentas - Vidrier\u00eda del Plata S.A.\n"
           "Av. Mitre 2140, Avellaneda, Buenos Aires\n+54 11 4222-3190")
    eml = reply(po, ("Mart\u00edn Gorostiaga", "ventas@vidrieriadelplata.example"), body,
                hdate(2026, 11, 18, 12, 10, 3, "-0300"), "c007", sig=sig, style="gmail", cs="UTF-8", quote_cs=False,
                intro="El lun, 9 nov 2026 a las 10:05, Marc Oyelaran (<marc.oyelaran@northgate-supply.example>) escribi\u00f3:",
                greet="Dear Martin,")
    d = "2026-12-18"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})],
                               "'Entrega 18/12' day-first without a year -> 2026-12-18 for both lines; prices repeat "
                               "the PO with decimal comma; 3/4 is the tap size.")


@case("pt-pt-quills-line3-declined", "confirmation/pt-PT",
      "Lines 1-2 accepted with 'data de entrega 18-12-2026' and line 3 declined in prose because the item is no longer made.")
def c008():
    s = sup("CRPL", "Cravos & Plectros Lda.", "encomendas@cravoseplectros.example", "pt-PT")
    po = PO("4500031350", s, "ines", "EUR", "2026-11-06", [
        L(1, "HQ-DEL-05", "Delrin plectra 0.5 mm, set of 60", 25, "SET", "18.40", "2026-12-18"),
        L(2, "HQ-CON-18", "Condor quill blank 1/8 in, natural", 100, "EA", "4.80", "2026-12-18"),
        L(3, "HQ-JCK-890", "Harpsichord jack, pearwood, 8x90 mm, 2027 spec", 60, "EA", "7.25", "2027-01-08"),
    ])
    body = ("Exma. Sra. Ines Haldane,\n\nRelativamente \u00e0 V/ encomenda n.\u00ba 4500031350, confirmamos:\n\n"
            "- Posi\u00e7\u00e3o 1: 25 conjuntos a 18,40 \u20ac, data de entrega 18-12-2026.\n"
            "- Posi\u00e7\u00e3o 2: 100 unidades a 4,80 \u20ac, data de entrega 18-12-2026.\n"
            "- Posi\u00e7\u00e3o 3: lamentamos, mas deix\u00e1mos de fabricar saltarelos em pereira; n\u00e3o podemos "
            "fornecer esta posi\u00e7\u00e3o.\n\nFicamos ao dispor para qualquer esclarecimento.")
    sig = ("Com os melhores cumprimentos,\nRui Carvalho\nCravos & Plectros Lda.\nRua do Alecrim 41, 1200-014 Lisboa\n"
           "Tel.: +351 213 427 650")
    eml = reply(po, ("Rui Carvalho", "encomendas@cravoseplectros.example"), body, hdate(2026, 11, 17, 10, 20, 0, "+0000"),
                "c008", sig=sig, style="outlook", lang="pt", cs="windows-1252", re_="RE:",
                sent="sexta-feira, 6 de novembro de 2026 13:05", greet="Dear Mr Carvalho,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ})],
                               "Lines 1 and 2 equal the PO (18-12-2026 is the requested date); line 3 is declined "
                               "outright, no alternative offered.")


@case("nl-be-archery-prijs-per-stuk", "confirmation/nl-BE",
      "Flemish list with day/month dates '16/12' and one price raised to 'prijs \u20ac 4,15/st', next to '1/11' which is only a price-list date.")
def c009():
    s = sup("BSVL", "Boogsport Vlaanderen BV", "verkoop@boogsportvlaanderen.example", "nl-BE")
    po = PO("4500031372", s, "piet", "EUR", "2026-11-10", [
        L(1, "AB-80-12", "Target boss 80 cm, 12 cm thick, pressed straw", 10, "EA", "89.00", "2026-12-16"),
        L(2, "AB-PIN-75", "Target face pin 75 mm, steel", 200, "EA", "3.95", "2026-12-16"),
        L(3, "AB-STD-3", "Wooden boss stand, 3 legs, 1.8 m", 4, "EA", "112.00", "2026-12-16"),
    ])
    body = ("Dag Piet,\n\nBestelling 4500031372 is in orde:\n\n"
            "- pos. 1 strobollen 80 cm: 10 st aan \u20ac 89,00, levering 16/12\n"
            "- pos. 2 blazoenpinnen 75 mm: 200 st, prijs \u20ac 4,15/st (nieuwe prijslijst sinds 1/11), levering 16/12\n"
            "- pos. 3 driepoot 1,8 m: 4 st aan \u20ac 112,00, levering 16/12\n\nAlles komt op \u00e9\u00e9n pallet.")
    sig = ("Met vriendelijke groeten,\nJoris Peeters\nBoogsport Vlaanderen BV\nKortrijksesteenweg 512, 9000 Gent\n"
           "T +32 9 224 18 70 - BTW BE 0456.781.203")
    eml = reply(po, ("Joris Peeters", "verkoop@boogsportvlaanderen.example"), body, hdate(2026, 11, 19, 15, 2, 44),
                "c009", sig=sig, style="outlook", lang="nl", cs="utf-8", re_="RE:",
                sent="dinsdag 10 november 2026 14:05", greet="Dear Joris,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, p="4.15"), 3: acc(po, 3)})],
                               "'16/12' without year = 2026-12-16 = requested; only line 2 price changes 3.95 -> 4.15; "
                               "'sinds 1/11' is not a delivery date.")


@case("da-dk-harness-pris-kr", "confirmation/da-DK",
      "Danish 'pris kr. 42,00 pr. stk.' raises one DKK price while the other line repeats 'à kr. 289,00' and dates as wished.")
def c010():
    s = sup("TRHU", "Tr\u00f8ffelhund ApS", "ordre@troeffelhund.example", "da-DK")
    po = PO("4500031391", s, "sofia", "DKK", "2026-11-09", [
        L(1, "TDH-S43", "Truffle dog harness size 4/3, reflective", 30, "EA", "289.00", "2026-12-10"),
        L(2, "TDH-CLP-25", "Leash clip 25 mm, stainless", 60, "EA", "39.50", "2026-12-10"),
    ])
    body = ("Hej Sofia\n\nTak for ordren 4500031391.\n\n"
            "Pos. 1: 30 stk. seler str. 4/3 \u00e0 kr. 289,00 - levering 10.12.2026 som \u00f8nsket.\n"
            "Pos. 2: 60 stk. karabinhager 25 mm, pris kr. 42,00 pr. stk. (ny st\u00e5lpris), levering 10.12.2026.\n")
    sig = ("Venlig hilsen\nMette Kj\u00e6rgaard\nTr\u00f8ffelhund ApS\nVestergade 18, 8600 Silkeborg\n"
           "Tlf. +45 86 82 14 30")
    eml = reply(po, ("Mette Kj\u00e6rgaard", "ordre@troeffelhund.example"), body, hdate(2026, 11, 13, 9, 12, 58),
                "c010", sig=sig, style="apple", cs="iso-8859-1", quote_cs=False, re_="Sv.:",
                intro="Den 9. nov. 2026 kl. 14.05 skrev Sofia Lindqvist <sofia.lindqvist@northgate-supply.example>:",
                greet="Dear Mette,", mailer="Apple Mail (2.3826.300.87.4.3)")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, p="42.00")})],
                               "DKK 39.50 -> 42.00 on line 2 only; size 4/3 is not a date; 10.12.2026 is the requested date.")


@case("nb-no-combs-levering-uke-51", "confirmation/nb-NO",
      "'levering uke 51' with no day means Friday of ISO week 51, and a second open PO of the same supplier is not mentioned at all.")
def c011():
    s = sup("KLNO", "Klippeutstyr Norge AS", "salg@klippeutstyr.example", "nb-NO")
    a = PO("4500031410", s, "dana", "NOK", "2026-11-06", [
        L(1, "SSC-13-95", "Shearing comb 13-tooth, 95 mm, 3.5 mm bevel", 50, "EA", "189.00", "2026-12-11"),
        L(2, "SSC-CUT-4", "Cutter 4-point, 2027 steel", 150, "EA", "62.50", "2026-12-11"),
    ])
    b = PO("4500031455", s, "dana", "NOK", "2026-11-12", [
        L(1, "SSC-GR-15", "Grinding paper 15 in disc, coarse 1/2", 40, "EA", "74.00", "2027-01-15"),
    ])
    body = ("Hei Dana,\n\nTakk for bestilling 4500031410. Vi bekrefter begge linjene med antall og priser som bestilt, "
            "levering uke 51.\n\nKammene 13/95 kommer i ny emballasje fra januar, det p\u00e5virker ikke denne ordren.")
    sig = ("Med vennlig hilsen\nKari Haugen\nKlippeutstyr Norge AS\nIndustriveien 9, 2212 Kongsvinger\n"
           "Tlf. +47 62 81 44 10")
    eml = reply(a, ("Kari Haugen", "salg@klippeutstyr.example"), body, hdate(2026, 11, 16, 13, 40, 12), "c011",
                sig=sig, style="outlook", lang="nb", cs="iso-8859-1", re_="SV:",
                sent="fredag 6. november 2026 14:05", greet="Dear Ms Haugen,")
    d = iso_day(2026, 51)
    assert d == "2026-12-18"
    return [a, b], eml, exp_conf([conf(a, {1: chg(a, 1, d=d), 2: chg(a, 2, d=d)})],
                                 "Week 51 without a day = Friday 2026-12-18; PO 4500031455 is not answered and is left "
                                 "out; '13/95' is a comb size.")


@case("et-ee-caps-full-boxes", "confirmation/et-EE",
      "Quantity rounded down to full boxes (48 000 = 20 x 2 400) with Estonian space-grouped thousands and 'tarneaeg 18.12.2026'.")
def c012():
    s = sup("LIUP", "Liustiku Pakend O\u00dc", "tellimused@liustikupakend.example", "et-EE")
    po = PO("4500031468", s, "marc", "EUR", "2026-11-10", [
        L(1, "GWC-28-PCO", "Glacier water cap 28 mm PCO1881, 1.5 g, blue", 50000, "PCS", "0.0310", "2026-12-11"),
        L(2, "GWC-38-SP", "Sport cap 38 mm, 2027 design", 12000, "PCS", "0.0890", "2026-12-11"),
    ])
    body = ("Tere Marc,\n\nTellimus 4500031468 on kinnitatud j\u00e4rgmiselt:\n\n"
            "Rida 1 - korgid 28 mm PCO1881: kogus 48 000 tk (ainult t\u00e4iskastid \u00e0 2 400 tk, 20 kasti), "
            "hind 0,0310 EUR/tk, tarneaeg 18.12.2026.\n"
            "Rida 2 - spordikork 38 mm: kogus 12 000 tk, hind 0,0890 EUR/tk, tarneaeg 18.12.2026.\n\n"
            "Kui vajate 50 000 tk, saame \u00fclej\u00e4\u00e4nud 2 000 tk saata jaanuaris eraldi tellimusega.")
    sig = ("Parimat\nKadri Tamm\nm\u00fc\u00fcgijuht\nLiustiku Pakend O\u00dc | P\u00e4rnu mnt 139, 11317 Tallinn\n"
           "+372 650 2218")
    eml = reply(po, ("Kadri Tamm", "tellimused@liustikupakend.example"), body, hdate(2026, 11, 17, 9, 55, 21, "+0200"),
                "c012", sig=sig, style="gmail", cs="UTF-8", quote_cs=False,
                intro="Kontaktilt Marc Oyelaran <marc.oyelaran@northgate-supply.example> kuup\u00e4eval T, 10. nov 2026 kell 15:05:",
                greet="Dear Ms Tamm,")
    assert 20 * 2400 == 48000
    d = "2026-12-18"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, q=48000, d=d), 2: chg(po, 2, d=d)})],
                               "Line 1 confirmed at 48 000 (full boxes) not 50 000; the remaining 2 000 are only an offer "
                               "for a separate order, not a scheduled delivery; both dates 2026-12-18.")


@case("lv-lv-blades-piegades-datums", "confirmation/lv-LV",
      "Latvian per-position list with 'piegādes datums 18.12.2026', space-grouped '2 450,00 EUR' and multiplication signs.")
def c013():
    s = sup("AERL", "Aerol\u0101psti\u0146as SIA", "pasutijumi@aerolapstinas.example", "lv-LV")
    po = PO("4500031480", s, "piet", "EUR", "2026-11-04", [
        L(1, "WTF-1500-CF", "Wind tunnel fan blade 1.5 m CFRP, 2027 model, pitch 12/20 deg", 8, "EA", "2450.00", "2026-12-18"),
        L(2, "WTF-HUB-M10", "Hub bolt kit M10x40, 12 pcs", 8, "SET", "64.00", "2026-12-18"),
    ])
    body = ("Labdien, Piet!\n\nApstiprin\u0101m pas\u016bt\u012bjumu Nr. 4500031480:\n\n"
            "1. poz. - l\u0101psti\u0146a 1,5 m CFRP - 8 gab. \u00d7 2 450,00 EUR - pieg\u0101des datums 18.12.2026\n"
            "2. poz. - skr\u016bvju komplekts M10x40 - 8 kompl. \u00d7 64,00 EUR - pieg\u0101des datums 18.12.2026\n")
    sig = ("Ar cie\u0146u\nIlze B\u0113rzi\u0146a\nAerol\u0101psti\u0146as SIA\nRi\u0113gas iela 71, R\u012bga, LV-1039\n"
           "T\u0101lr. +371 6 7 31 44 02")
    eml = reply(po, ("Ilze B\u0113rzi\u0146a", "pasutijumi@aerolapstinas.example"), body,
                hdate(2026, 11, 12, 11, 30, 6, "+0200"), "c013", sig=sig, style="outlook", lang="lv",
                cs="windows-1257", re_="RE:", sent="tre\u0161diena, 2026. gada 4. novembris 14:05",
                greet="Dear Ms Berzina,")
    return [po], eml, exp_conf([all_acc(po)],
                               "Everything equals the PO: 2 450,00 = 2450.00, 18.12.2026 = requested; 12/20 deg and "
                               "M10x40 are specs.")


@case("lt-lt-hinges-kaina-eur-vnt", "confirmation/lt-LT",
      "Lithuanian 'kaina 8,90 Eur/vnt.' where one vnt. is one pack of 1000 hinges (the PO unit), and ISO-style dates.")
def c014():
    s = sup("FILR", "Filatelijos Reikmenys UAB", "uzsakymai@filatelija-reikmenys.example", "lt-LT")
    po = PO("4500031497", s, "ines", "EUR", "2026-11-09", [
        L(1, "SAH-1000", "Stamp album hinges, pack of 1000, 24x15 mm", 40, "EA", "8.50", "2026-12-07"),
        L(2, "SAH-MNT-210", "Mount strips 210x25 mm black, pack of 10", 30, "EA", "5.60", "2026-12-07"),
    ])
    body = ("Laba diena,\n\nd\u0117l u\u017esakymo 4500031497:\n\n"
            "1 eil. - vokeliai-lipdukai 24x15 mm (pak. po 1000 vnt.): 40 pak., kaina 8,90 Eur/vnt. (u\u017e pakuot\u0119), "
            "pristatymas 2026-12-07.\n"
            "2 eil. - juostel\u0117s 210x25 mm (pak. po 10): 30 pak., kaina 5,60 Eur/vnt., pristatymas 2026-12-07.\n")
    sig = ("Pagarbiai\nTomas Kazlauskas\nFilatelijos Reikmenys UAB\nSavanori\u0173 pr. 176, LT-03154 Vilnius\n"
           "Tel. +370 5 213 4480")
    eml = reply(po, ("Tomas Kazlauskas", "uzsakymai@filatelija-reikmenys.example"), body,
                hdate(2026, 11, 11, 14, 18, 37, "+0200"), "c014", sig=sig, style="tb", cs="iso-8859-13",
                quote_cs=False, html=False, intro="2026-11-09 15:05, Ines Haldane ra\u0161\u0117:", greet="Dear Sir or Madam,",
                mailer=("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"))
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="8.90"), 2: acc(po, 2)})],
                               "'Eur/vnt.' is explicitly per pack (the PO's EA), so 8.50 -> 8.90; pack sizes 1000 and 10 "
                               "are not quantities.")


@case("hu-hu-runners-december-18", "confirmation/hu-HU",
      "Hungarian year-first dates 'szállítás 2026. december 18.' for two lines and an earlier '2026. december 11-én' for the third.")
def c015():
    s = sup("BOBT", "Bobtechnika Kft.", "rendeles@bobtechnika.example", "hu-HU")
    po = PO("4500031512", s, "dana", "EUR", "2026-11-05", [
        L(1, "BSR-4M-27", "Bobsleigh runner set 4-man, 2027 spec, 12 mm", 4, "SET", "3850.00", "2026-12-11"),
        L(2, "BSR-2M-27", "Bobsleigh runner set 2-man, 2027 spec, 12 mm", 6, "SET", "2990.00", "2026-12-11"),
        L(3, "BSR-PRT-12", "Runner protector sleeve 1.2 m", 10, "PAIR", "45.00", "2026-12-11"),
    ])
    body = ("Tisztelt Ruiz Asszony!\n\nA 4500031512 sz\u00e1m\u00fa megrendel\u00e9st az al\u00e1bbiak szerint "
            "visszaigazoljuk:\n\n"
            "1. t\u00e9tel: 4 garnit\u00fara, 3 850,00 EUR/garn., sz\u00e1ll\u00edt\u00e1s 2026. december 18.\n"
            "2. t\u00e9tel: 6 garnit\u00fara, 2 990,00 EUR/garn., sz\u00e1ll\u00edt\u00e1s 2026. december 18.\n"
            "3. t\u00e9tel: 10 p\u00e1r v\u00e9d\u0151h\u00fcvely, 45,00 EUR/p\u00e1r - ezt a k\u00e9rt "
            "id\u0151pontban, 2026. december 11-\u00e9n sz\u00e1ll\u00edtjuk.\n\n"
            "A tal\u00e1pokat a 2027-es el\u0151\u00edr\u00e1s szerint k\u00e9sz\u00edtj\u00fck.")
    sig = ("\u00dcdv\u00f6zlettel:\nNagy Zolt\u00e1n\n\u00e9rt\u00e9kes\u00edt\u00e9s\nBobtechnika Kft.\n"
           "H-9400 Sopron, Ipar krt. 12.\nTel.: +36 99 512 740")
    eml = reply(po, ("Nagy Zolt\u00e1n", "rendeles@bobtechnika.example"), body, hdate(2026, 11, 10, 8, 50, 0),
                "c015", sig=sig, style="outlook", lang="hu", cs="iso-8859-2", re_="V\u00e1lasz:",
                sent="2026. november 5., cs\u00fct\u00f6rt\u00f6k 14:05", greet="Dear Mr Nagy,")
    d = "2026-12-18"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: acc(po, 3)})],
                               "Year-first Hungarian dates; lines 1-2 move to 2026-12-18, line 3 keeps 2026-12-11; "
                               "'2027-es előírás' is a spec, not a date.")


@case("ro-ro-paddles-pret-lei-buc", "confirmation/ro-RO",
      "Romanian list in RON with 'preț 45,50 lei/buc' on the bolt line, thousands dot '18.400,00 lei', M20x120 in the description.")
def c016():
    s = sup("HIDR", "Hidroecluze Construct SRL", "comenzi@hidroecluze.example", "ro-RO")
    po = PO("4500031530", s, "marc", "RON", "2026-11-06", [
        L(1, "CLP-1200-OAK", "Canal lock gate paddle 1200x900 mm, oak", 2, "EA", "18400.00", "2027-01-15"),
        L(2, "CLP-BLT-M20", "Bolt M20x120 A4 with nut", 48, "EA", "42.00", "2027-01-15"),
        L(3, "CLP-SEAL-1040", "Paddle seal strip 10x40 mm", 30, "M", "96.00", "2027-01-15"),
    ])
    body = ("Bun\u0103 ziua,\n\nConfirm\u0103m comanda 4500031530 dup\u0103 cum urmeaz\u0103:\n\n"
            "- poz. 1 stavil\u0103 1200x900 stejar: 2 buc, 18.400,00 lei/buc, livrare 15.01.2027\n"
            "- poz. 2 \u0219urub M20x120 A4: 48 buc, pre\u021b 45,50 lei/buc (o\u021belul inox s-a scumpit), "
            "livrare 15.01.2027\n"
            "- poz. 3 garnitur\u0103 10x40: 30 m, 96,00 lei/m, livrare 15.01.2027\n\nPre\u021burile nu includ TVA.")
    sig = ("Cu stim\u0103,\nAndrei Popescu\nHidroecluze Construct SRL\nStr. Portului nr. 88, 800025 Gala\u021bi\n"
           "Tel. +40 236 460 115")
    eml = reply(po, ("Andrei Popescu", "comenzi@hidroecluze.example"), body, hdate(2026, 11, 20, 10, 44, 29, "+0200"),
                "c016", sig=sig, style="gmail", cs="UTF-8", quote_cs=False,
                intro="\u00cen vin., 6 nov. 2026 la 15:05, Marc Oyelaran <marc.oyelaran@northgate-supply.example> a scris:",
                greet="Dear Mr Popescu,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, p="45.50"), 3: acc(po, 3)})],
                               "Only the bolt price changes (42.00 -> 45.50 RON); 18.400,00 uses a thousands dot.")


@case("bg-bg-tags-cena-lv-br", "confirmation/bg-BG",
      "Cyrillic windows-1251 base64 body with 'цена 12,40 лв./бр.' on the ribbon line while the roll line repeats its price per roll of 500 tags.")
def c017():
    s = sup("BGTG", "\u0411\u0430\u0433\u0430\u0436\u043d\u0438 \u0415\u0442\u0438\u043a\u0435\u0442\u0438 \u041e\u041e\u0414",
            "oferti@bagtags-bg.example", "bg-BG")
    po = PO("4500031549", s, "sofia", "BGN", "2026-11-10", [
        L(1, "ABT-54470-2P", "Airport baggage tag thermal 54x470 mm, 2-ply, roll of 500", 120, "ROL", "58.00", "2026-12-14"),
        L(2, "ABT-RIB-110", "Thermal transfer ribbon 110 mm x 450 m", 40, "EA", "11.80", "2026-12-14"),
    ])
    body = ("\u0417\u0434\u0440\u0430\u0432\u0435\u0439\u0442\u0435, \u0433-\u0436\u043e \u041b\u0438\u043d\u0434\u043a\u0432\u0438\u0441\u0442,\n\n"
            "\u041f\u043e\u0442\u0432\u044a\u0440\u0436\u0434\u0430\u0432\u0430\u043c\u0435 \u043f\u043e\u0440\u044a\u0447\u043a\u0430 \u2116 4500031549:\n\n"
            "\u043f\u043e\u0437. 1 - \u0431\u0430\u0433\u0430\u0436\u043d\u0438 \u0435\u0442\u0438\u043a\u0435\u0442\u0438 54x470 \u043c\u043c, "
            "\u0440\u043e\u043b\u043a\u0430 \u043f\u043e 500 \u0431\u0440.: 120 \u0440\u043e\u043b\u043a\u0438 \u043f\u043e 58,00 \u043b\u0432./\u0440\u043e\u043b\u043a\u0430, "
            "\u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0430 14.12.2026 \u0433.\n"
            "\u043f\u043e\u0437. 2 - \u0442\u0435\u0440\u043c\u043e\u0442\u0440\u0430\u043d\u0441\u0444\u0435\u0440\u043d\u0430 \u043b\u0435\u043d\u0442\u0430 110 \u043c\u043c x 450 \u043c: "
            "40 \u0431\u0440., \u0446\u0435\u043d\u0430 12,40 \u043b\u0432./\u0431\u0440., \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0430 14.12.2026 \u0433.\n\n"
            "\u0426\u0435\u043d\u0438\u0442\u0435 \u0441\u0430 \u0431\u0435\u0437 \u0414\u0414\u0421.")
    sig = ("\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435,\n\u041f\u0435\u0442\u044a\u0440 \u0418\u0432\u0430\u043d\u043e\u0432\n"
           "\u0411\u0430\u0433\u0430\u0436\u043d\u0438 \u0415\u0442\u0438\u043a\u0435\u0442\u0438 \u041e\u041e\u0414\n"
           "\u0431\u0443\u043b. \u0411\u0440\u0443\u043a\u0441\u0435\u043b 1, 1540 \u0421\u043e\u0444\u0438\u044f\n+359 2 937 41 60")
    eml = reply(po, ("\u041f\u0435\u0442\u044a\u0440 \u0418\u0432\u0430\u043d\u043e\u0432", "oferti@bagtags-bg.example"), body,
                hdate(2026, 11, 16, 12, 5, 17, "+0200"), "c017", sig=sig, style="outlook", lang="bg",
                cs="windows-1251", cte="base64", re_="RE:",
                sent="\u0432\u0442\u043e\u0440\u043d\u0438\u043a, 10 \u043d\u043e\u0435\u043c\u0432\u0440\u0438 2026 \u0433. 15:05",
                greet="Dear Mr Ivanov,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, p="12.40")})],
                               "Line 1 stays 58.00 per roll (500 tags is the roll content); line 2 11.80 -> 12.40 BGN "
                               "per piece; 14.12.2026 = requested.")


@case("hr-hr-handles-split-isporuka", "confirmation/hr-HR",
      "Croatian dates with a trailing dot ('isporuka 18.12.2026.') and line 1 split into two deliveries of 72.")
def c018():
    s = sup("DRHO", "Drvoobrada Horvat d.o.o.", "narudzbe@drvoobrada-horvat.example", "hr-HR")
    po = PO("4500031566", s, "piet", "EUR", "2026-11-11", [
        L(1, "CBH-SH-30", "Cricket bat cane handle SH, 30 cm, 11/12 grip", 144, "EA", "6.85", "2026-12-11"),
        L(2, "CBH-GR-3", "Rubber grip sleeve 3 mm, chevron", 144, "EA", "1.95", "2026-12-11"),
    ])
    body = ("Po\u0161tovani g. van Aarle,\n\npotvr\u0111ujemo narud\u017ebu 4500031566:\n\n"
            "Stavka 1 - dr\u0161ka od trske SH 30 cm: 144 kom. po 6,85 EUR; prvih 72 kom. isporuka 11.12.2026., "
            "preostalih 72 kom. isporuka 18.12.2026.\n"
            "Stavka 2 - gumena navlaka 3 mm: 144 kom. po 1,95 EUR, isporuka 18.12.2026.\n")
    sig = ("Srda\u010dan pozdrav,\nIvana Horvat\nDrvoobrada Horvat d.o.o.\nZagreba\u010dka 54, 42000 Vara\u017edin\n"
           "Tel. +385 42 330 718\n\nOva poruka i svi prilozi povjerljivi su i namijenjeni isklju\u010divo "
           "primatelju.")
    eml = reply(po, ("Ivana Horvat", "narudzbe@drvoobrada-horvat.example"), body, hdate(2026, 11, 18, 9, 25, 51),
                "c018", sig=sig, style="outlook", lang="hr", cs="windows-1250", re_="RE:",
                sent="srijeda, 11. studenoga 2026. 14:05", greet="Dear Ms Horvat,")
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, sched=[(72, "2026-12-11"), (72, "2026-12-18")]),
                                          2: chg(po, 2, d="2026-12-18")})],
                               "Line 1 keeps quantity and price but is split 72 + 72 (last on 2026-12-18); line 2 moves "
                               "to 2026-12-18; trailing dots are Croatian date style.")
