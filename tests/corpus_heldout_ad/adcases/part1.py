"""Cases 001-016."""
import datetime as dt
import html

from adlib import mime
from adlib.common import (D, REJ, UNC, acc, buyer, chg, conf, expected, gmail_html, is_wd, kw, ln, money,
                          next_weekday, ol_block, ol_block_html, outlook_html, paras, po, quote, request_html,
                          request_subject, request_text, simple_html, supplier, who)
from adlib.pdf import Sheet

T = dt.datetime
B_TOBIAS = buyer("Tobias Wendt", "tobias.wendt")
B_MIRIAM = buyer("Miriam Koller", "miriam.koller")
B_CHLOE = buyer("Chloé Martin", "chloe.martin")
B_MARCO = buyer("Marco Bellini", "marco.bellini")
B_LUKAS = buyer("Lukas Brenner", "lukas.brenner")
B_PRIYA = buyer("Priya Natarajan", "priya.natarajan")
B_JONAS = buyer("Jonas Eklund", "jonas.eklund")


def c001():
    sup = supplier("MIDPRESS", "Midland Pressings Ltd", "orders@midland-pressings.example", "en-GB")
    p = po("4500031870", sup, B_TOBIAS, "EUR", D(2026, 11, 2), [
        ln(1, "MP-22817-C", "Seat rail bracket Rev C, DC04 t=2.0", 4000, "EA", "0.86", D(2026, 12, 11)),
        ln(2, "MP-22818-B", "Reinforcement plate LH Rev B, S355MC t=3.0", 2500, "EA", "1.42", D(2026, 12, 11)),
        ln(3, "MP-30452-A", "Weld nut carrier M8x1.25 Rev A", 10000, "EA", "0.118", D(2026, 12, 18)),
    ])
    sent = T(2026, 11, 2, 15, 6)
    body = """Hi Tobias,

Thanks for the order. Happy to confirm PO 4500031870 in full - all three part numbers at the quoted prices, delivered to Loerrach as requested: 11/12 for the two pressings, 18/12 for the weld nut carriers.

PPAP: the Level 3 submission for MP-22818 Rev B will be with your SQE by 27/11/2026. The PSW for MP-22817 Rev C was approved on 14/10/2026, so nothing outstanding there.

Please note our works closes from 23/12 to 04/01 inclusive.

Kind regards,
Gareth Pryce
Customer Service Coordinator
Midland Pressings Ltd | Unit 7, Tame Valley Industrial Estate, Tamworth B77 5BY
T +44 1827 555 0192
"""
    disclaimer = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
                  "Midland Pressings Ltd, registered in England No. 04418827.")
    subj = "RE: " + request_subject(p)
    qb = ol_block("en-GB", who(B_TOBIAS), sent, "orders@midland-pressings.example", request_subject(p))
    plain = body + "\n" + disclaimer + "\n\n" + qb + "\n" + request_text(p, "Gareth")
    h = outlook_html(paras(body) + "\n<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>" +
                     html.escape(disclaimer) + "</span></p>",
                     ol_block_html("en-GB", who(B_TOBIAS), sent, "orders@midland-pressings.example",
                                   request_subject(p)),
                     request_html(p, "Gareth"), "en-GB")
    alt = mime.multipart("alternative", "_000_CWXP265MB51870A44F2D3E1C9B8A7LNXP265prod_", [
        mime.text(plain, cte="quoted-printable"), mime.text(h, "html", cte="quoted-printable")])
    eml = mime.message([
        ("From", mime.addr("Gareth Pryce", "orders@midland-pressings.example")),
        ("To", who(B_TOBIAS)),
        ("Subject", subj),
        ("Thread-Topic", subj),
        ("Thread-Index", "AdtOGk1yH3m5fQ2cR8aJp0XkL9w1gA=="),
        ("Date", mime.rfcdate(2026, 11, 4, 14, 32, 7, "+0000")),
        ("Message-ID", "<CWXP265MB51870A44F2D3E1C9@CWXP265MB5187.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
    ], alt)
    exp = expected("confirmation", "Full confirmation with dd/mm dates without year (11/12, 18/12 = requested "
                   "dates); PPAP submission 27/11/2026, PSW approval 14/10/2026 and works closure 23/12-04/01 are "
                   "not delivery dates; M8x1.25 and t=2.0 in descriptions.",
                   [conf(p, [acc(l) for l in p["lines"]])])
    return dict(slug="001-stampings-ppap-dates-outlook", pos=[p], eml=eml, exp=exp,
                hard="Full confirmation whose text is crowded with PPAP, PSW and works-closure dates; "
                     "delivery dates are dd/mm without year.")


def c002():
    sup = supplier("GIESSHW", "Gießerei Haldenwang GmbH", "auftrag@giesserei-haldenwang.example", "de-DE")
    p = po("4500031902", sup, B_MIRIAM, "EUR", D(2026, 11, 3), [
        ln(1, "GH-7781-D", "Lagergehäuse GJS-400-15, Rev D", 120, "EA", "48.60", D(2026, 12, 18)),
        ln(2, "GH-7790-B", "Deckel GJL-250, Rev B", 120, "EA", "12.35", D(2026, 12, 18)),
        ln(3, "GH-8012-A", "Flansch DN 50 PN 16, GJS-500-7", 400, "EA", "6.80", D(2026, 12, 11)),
    ])
    k51, k02 = kw(2026, 51), kw(2027, 2)
    assert k51 == D(2026, 12, 18) and k02 == D(2027, 1, 15)
    s = Sheet(size=9)
    s.line("Gießerei Haldenwang GmbH  ·  Am Gießereiweg 3  ·  87490 Haldenwang", size=7)
    s.gap()
    s.line("Kestrel Group GmbH", size=10)
    s.line("Wareneingang Tor 3", size=10)
    s.line("Industriestraße 14", size=10)
    s.line("79539 Lörrach", size=10)
    s.gap()
    s.line("AUFTRAGSBESTÄTIGUNG  Nr. AB-26-04418", bold=True, size=14)
    s.gap()
    s.row([(50, "Datum:"), (160, "05.11.2026"), (320, "Kunden-Nr.:"), (420, "10277")])
    s.row([(50, "Ihre Bestellung:"), (160, "4500031902 vom 03.11.2026"), (320, "Sachbearbeiter:"), (420, "R. Wiedemann")])
    s.row([(50, "Unser Angebot:"), (160, "26-311 vom 12.10.2026")])
    s.gap()
    s.line("Wir danken für Ihren Auftrag, den wir zu unseren Allgemeinen Lieferbedingungen wie folgt bestätigen:")
    s.gap()
    cols = [50, 80, 150, 300, 340, 370, 430, 460, 510]
    s.row(list(zip(cols, ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis €", "PE", "Betrag €", "Termin"])), bold=True)
    s.rule()
    s.row(list(zip(cols, ["10", "100-7781-04", "Lagergehäuse GJS-400-15", "120", "Stk", "4.860,00", "100", "5.832,00", "KW 51/2026"])))
    s.row([(150, "Ihre Art.-Nr.: GH-7781-D  Zeichnung Rev. D")])
    s.row(list(zip(cols, ["20", "100-7790-02", "Deckel GJL-250", "120", "Stk", "1.290,00", "100", "1.548,00", "KW 51/2026"])))
    s.row([(150, "Ihre Art.-Nr.: GH-7790-B  Zeichnung Rev. B")])
    s.row([(150, "Preis inkl. Legierungszuschlag Stand 10/2026")])
    s.row(list(zip(cols, ["30", "200-8012-01", "Flansch DN 50 PN 16", "400", "Stk", "680,00", "100", "2.720,00", "KW 02/2027"])))
    s.row([(150, "Ihre Art.-Nr.: GH-8012-A  Werkstoff GJS-500-7")])
    s.rule()
    s.row([(340, "Nettobetrag"), (460, "10.100,00")], bold=True)
    s.row([(340, "zzgl. 19 % MwSt."), (460, "1.919,00")])
    s.row([(340, "Gesamtbetrag"), (460, "12.019,00")], bold=True)
    s.gap()
    s.line("Lieferbedingung: DAP Lörrach (Incoterms 2020), Verpackung: Gitterbox (Pfand)")
    s.line("Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto")
    s.line("Die Liefertermine verstehen sich als Eintreffen beim Kunden.")
    s.line("Angaben zu Terminen in Kalenderwochen (KW). Preise je Preiseinheit (PE) in Stück.")
    s.gap()
    s.line("Gießerei Haldenwang GmbH · Amtsgericht Kempten HRB 4471 · GF: Dr. Ulrike Sailer", size=7)
    pdf = s.pdf(title="Auftragsbestätigung AB-26-04418", producer="proALPHA Druckausgabe")
    assert 120 * 48.60 == 5832.0
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-26-04418 zu Ihrer "
            "Bestellung 4500031902.\nBitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von "
            "3 Werktagen mit.\n\nMit freundlichen Grüßen\nGießerei Haldenwang GmbH\nInnendienst\n\n"
            "--\nDiese E-Mail wurde automatisch erstellt. Bei Rückfragen: innendienst@giesserei-haldenwang.example\n")
    mixed = mime.multipart("mixed", "----=_Part_44187_1520893311.1793858520114", [
        mime.text(body, charset="iso-8859-1", cte="quoted-printable"),
        mime.attachment(pdf, "application/pdf", "AB-26-04418.pdf")])
    eml = mime.message([
        ("From", mime.addr("Gießerei Haldenwang Auftragsabwicklung", "auftrag@giesserei-haldenwang.example", "iso-8859-1")),
        ("To", who(B_MIRIAM)),
        ("Subject", mime.hdr("Auftragsbestätigung AB-26-04418 zu Ihrer Bestellung 4500031902", "iso-8859-1")),
        ("Date", mime.rfcdate(2026, 11, 5, 7, 2, 0, "+0100")),
        ("Message-ID", "<1793858520114.44187.ab2604418@erp.giesserei-haldenwang.example>"),
        ("X-Mailer", "proALPHA Mail Service 7.2"),
    ], mixed)
    exp = expected("confirmation", "ERP PDF acknowledgment: own positions 10/20/30 and own article numbers; prices "
                   "per 100 pieces (PE 100): 4.860,00 = 48.60, 1.290,00 = 12.90 (changed), 680,00 = 6.80; dates as "
                   "KW 51/2026 (Fri 2026-12-18) and KW 02/2027 (Fri 2027-01-15). Not threaded.",
                   [conf(p, [acc(p["lines"][0]), chg(120, "12.90", k51), chg(400, "6.80", k02)])])
    return dict(slug="002-castings-erp-pdf-per100-kw", pos=[p], eml=eml, exp=exp,
                hard="German ERP PDF with own positions and article codes, prices per 100 pieces and calendar-week "
                     "dates spanning the year end.")


def c003():
    sup = supplier("CNRHONE", "Chimie Nettoyage Rhône SAS", "adv@cn-rhone.example", "fr-FR")
    p = po("4500031925", sup, B_CHLOE, "EUR", D(2026, 11, 3), [
        ln(1, "CNR-DG210-10", "Dégraissant alcalin DG210, bidon 10 l", 100, "EA", "14.80", D(2026, 12, 4)),
        ln(2, "CNR-DG210-IBC", "Dégraissant alcalin DG210, IBC 1000 l", 2, "EA", "1290.00", D(2026, 12, 4)),
        ln(3, "CNR-DS45-10", "Désinfectant surfaces DS45, bidon 10 l", 40, "EA", "19.50", D(2026, 12, 4)),
    ])
    assert is_wd(D(2026, 12, 4), 4)
    reply = """Bonjour Madame Martin,

Merci pour votre commande 4500031925, que nous confirmons comme suit :

- DG210 en bidons de 10 l : les bidons sont palettisés par 60. Pour éviter une palette entamée, nous avons arrondi à 120 bidons (2 palettes complètes), au même prix unitaire de 14,80 € HT.
- DG210 en IBC 1000 l : 2 IBC confirmés à 1 290,00 € HT l'unité. Consigne IBC : 150,00 € par IBC, remboursée au retour de l'IBC vide.
- DS45 bidons 10 l : 40 bidons OK, complétés sur palette mixte.

Livraison de l'ensemble le vendredi 4 décembre, franco votre entrepôt de Lörrach.
Les FDS (version 4.1 du 15/09/2026) sont jointes au bon de livraison.

Bien cordialement,

Nathalie Ferrand
Administration des ventes
Chimie Nettoyage Rhône SAS
ZI des Chesnes Nord - 38070 Saint-Quentin-Fallavier
Tél. 04 74 55 18 20
"""
    sent = T(2026, 11, 3, 16, 20)
    attr = "Le mar. 3 nov. 2026 à 16:20, Chloé Martin <chloe.martin@kestrel-group.example> a écrit :"
    plain = reply + "\n" + attr + "\n\n" + quote(request_text(p, None))
    h = gmail_html(simple_html(reply), attr, request_html(p, None))
    alt = mime.multipart("alternative", "000000000000f3a2c80643d1e5b7", [
        mime.text(plain, cte="quoted-printable"), mime.text(h, "html", cte="quoted-printable")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 4, 10, 47, 31, "+0100")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAF7x9qM1nWv3RkP0sT2yHq8Lk5zV6cJ4dE=Xq1@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Nathalie Ferrand", "adv@cn-rhone.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
    ], alt)
    exp = expected("confirmation", "Canisters rounded up to full pallets (100 -> 120, same price); IBC deposit of "
                   "150 EUR is a refundable deposit, not a price change; SDS version date is not a delivery date; "
                   "'vendredi 4 décembre' without year.",
                   [conf(p, [chg(120, "14.80", D(2026, 12, 4)), acc(p["lines"][1]), acc(p["lines"][2])])])
    return dict(slug="003-cleaning-chem-pallet-rounding-gmail", pos=[p], eml=eml, exp=exp,
                hard="French Gmail reply rounding canisters to full pallets, with an IBC deposit amount and an "
                     "SDS date that must not be taken as price or delivery.")


def c004():
    sup = supplier("KAINZ", "Leuchten Kainz GmbH", "verkauf@leuchten-kainz.example", "de-AT")
    p = po("4500031950", sup, B_MARCO, "EUR", D(2026, 11, 9), [
        ln(1, "LK-PAN-625-840", "LED-Panel 625x625 mm 36 W 4000 K UGR<19", 150, "EA", "38.90", D(2026, 12, 11)),
        ln(2, "LK-DL-190-830", "LED-Downlight Ø190 mm 18 W 3000 K", 300, "EA", "21.40", D(2026, 12, 11)),
    ])
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 20.11.2026 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sabine Pichler, verkauf@leuchten-kainz.example, Tel. +43 732 770 415-12. Ihre Nachricht wird nicht automatisch weitergeleitet.

Thank you for your message. I am out of the office until Friday 20 November 2026 with no access to e-mail. For urgent matters please contact Ms Sabine Pichler, verkauf@leuchten-kainz.example.

Mit freundlichen Grüßen / Kind regards
Stefan Hofbauer
Leuchten Kainz GmbH
"""
    assert is_wd(D(2026, 11, 20), 4)
    h = outlook_html(paras(body), lang="de-AT")
    alt = mime.multipart("alternative", "_000_VI1PR03MB4471C2A0E1F9D3B5AC88VI1PR03MB4471eurp_", [
        mime.text(body, cte="quoted-printable"), mime.text(h, "html", cte="quoted-printable")])
    eml = mime.message([
        ("From", mime.addr("Stefan Hofbauer", "s.hofbauer@leuchten-kainz.example")),
        ("To", who(B_MARCO)),
        ("Subject", mime.hdr("Automatische Antwort: " + request_subject(p))),
        ("Thread-Topic", request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 9, 11, 3, 44, "+0100")),
        ("Message-ID", "<VI1PR03MB4471C2A0E1F9D3B5AC88@VI1PR03MB4471.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "s.hofbauer@leuchten-kainz.example"),
        ("Content-Language", "de-AT"),
    ], alt)
    exp = expected("auto_reply", "Bilingual German/English Outlook out-of-office; the return date 20.11.2026 is "
                   "not a delivery date.")
    return dict(slug="004-ooo-de-at-bilingual", pos=[p], eml=eml, exp=exp,
                hard="Bilingual Austrian out-of-office whose only date is the return date, threaded on the request.")


def c005():
    sup = supplier("LUCETB", "Luce Tecnica Brianza S.r.l.", "ordini@lucetecnica.example", "it-IT")
    p = po("4500031977", sup, B_MARCO, "EUR", D(2026, 11, 4), [
        ln(1, "LTB-HB150-840", "LED high-bay 150 W 4000 K IP65", 60, "EA", "142.00", D(2026, 12, 18)),
        ln(2, "LTB-DRV-40W-700", "LED driver 40 W 700 mA dimmable 1-10V", 200, "EA", "11.50", D(2026, 12, 18)),
        ln(3, "LTB-LIN-1500-830", "Linear luminaire 1500 mm 3000 K", 80, "EA", "64.00", D(2026, 12, 18)),
    ])
    w2 = kw(2027, 2)
    new2 = money(__import__("decimal").Decimal("11.50") * __import__("decimal").Decimal("1.04"))
    assert new2 == "11.96"
    reply = """Buongiorno sig. Bellini,

confermiamo il Vs. ordine 4500031977 con le seguenti precisazioni:

pos. 1 - high-bay 150 W: confermata come da ordine, consegna 18/12.
pos. 2 - driver 40 W 700 mA: a causa dell'aumento dei componenti elettronici siamo costretti ad applicare un aumento del 4% sul prezzo di listino concordato; quantità e consegna (18/12) invariate.
pos. 3 - lineari 1500 mm 3000 K: attualmente in produzione, consegna settimana 2/2027.

Resa: DAP Lörrach. Pagamento: RB 60 gg d.f.f.m.

Cordiali saluti

Elena Brambilla
Ufficio Commerciale
Luce Tecnica Brianza S.r.l.
Via dell'Artigianato 21 - 20871 Vimercate (MB)
"""
    attr = "Il 04/11/2026 15:02, Marco Bellini ha scritto:"
    plain = reply + "\n" + attr + "\n" + quote(request_text(p, "Ms Brambilla"))
    eml = mime.message([
        ("Message-ID", "<5b2e81c4-7d0a-4c39-9f3e-2a6d1b8c0e47@lucetecnica.example>"),
        ("Date", mime.rfcdate(2026, 11, 5, 11, 20, 12, "+0100")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: " + request_subject(p)),
        ("Content-Language", "it"),
        ("To", who(B_MARCO)),
        ("References", p["request_message_id"]),
        ("From", mime.addr("Elena Brambilla", "ordini@lucetecnica.example")),
        ("In-Reply-To", p["request_message_id"]),
    ], mime.text(plain, cte="8bit"))
    exp = expected("confirmation", "Percentage increase (+4%) on line 2 applied to the PO price: 11.50 -> 11.96; "
                   "line 3 'settimana 2/2027' = Friday 2027-01-15; dates 18/12 without year; 1-10V and 700 mA "
                   "are not quantities; payment 60 days is not a date.",
                   [conf(p, [acc(p["lines"][0]), chg(200, new2, D(2026, 12, 18)), chg(80, "64.00", w2)])])
    return dict(slug="005-led-percent-increase-week2-thunderbird", pos=[p], eml=eml, exp=exp,
                hard="Italian Thunderbird reply with a 4 % increase to apply to the PO price and a calendar week "
                     "in the next year.")


def c006():
    sup = supplier("KEMPEN", "Groenhandel De Kempen NV", "verkoop@dekempen-groenten.example", "nl-BE")
    p = po("4500032004", sup, B_LUKAS, "EUR", D(2026, 11, 6), [
        ln(1, "VG-TOM-TROS", "Trostomaten kl. I, krat 6 kg", 80, "CRT", "9.60", D(2026, 11, 12)),
        ln(2, "VG-PAP-RGB", "Paprika mix rood/geel/groen, krat 5 kg", 60, "CRT", "11.25", D(2026, 11, 12)),
        ln(3, "VG-PREI-10", "Prei kl. I, krat 10 kg", 40, "CRT", "8.40", D(2026, 11, 12)),
        ln(4, "VG-COU-5", "Courgettes kl. I, krat 5 kg", 30, "CRT", "7.90", D(2026, 11, 12)),
        ln(5, "VG-WITL-5", "Witloof kl. Extra, doos 5 kg", 50, "BOX", "11.80", D(2026, 11, 12)),
    ])
    assert is_wd(D(2026, 11, 12), 3)
    req = request_text(p, "Koen").split("\n")
    # supplier types his answers after the quoted PO lines
    answers = {
        "1 ": "OK (oogst 10/11)",
        "2 ": "OK",
        "3 ": "OK maar 35 kratten, meer is er niet deze week",
        "4 ": "no - einde seizoen, Spaanse aanvoer pas vanaf januari",
        "5 ": "OK, prijs 12,40 ipv 11,80 (nieuwe oogst)",
    }
    out = []
    for line in req:
        out.append(("> " + line) if line else ">")
        for k, a in answers.items():
            if line.startswith(k) and "VG-" in line:
                out.append(a)
                out.append("")
    top = ("Lukas,\n\nzie hieronder in de tekst. Levering donderdag 12/11 zoals gevraagd, vóór 6u aan poort 3.\n\n"
           "Grtz\nKoen Peeters\nGroenhandel De Kempen NV - Mechelsesteenweg 212, 2500 Lier\n\n")
    attr = "Op 6/11/2026 om 14:55 schreef Lukas Brenner:\n"
    plain = top + attr + "\n".join(out) + "\n"
    eml = mime.message([
        ("Message-ID", "<e41f0a2c-93b5-48d1-a7c2-0f6e9b3d5a18@dekempen-groenten.example>"),
        ("Date", mime.rfcdate(2026, 11, 9, 6, 12, 40, "+0100")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Koen Peeters", "verkoop@dekempen-groenten.example")),
        ("To", who(B_LUKAS)),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Content-Language", "nl-BE"),
    ], mime.text(plain, charset="windows-1252", cte="quoted-printable"))
    exp = expected("confirmation", "Answers typed inline after each quoted PO line: OK / OK with 35 crates / 'no' "
                   "(rejected) / OK with new price 12,40. Harvest date 10/11 is not a delivery date; the quoted "
                   "requested dates are ours, but the top text confirms Thursday 12/11.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(35, "8.40", D(2026, 11, 12)), REJ,
                             chg(50, "12.40", D(2026, 11, 12))])])
    return dict(slug="006-produce-inline-ok-no", pos=[p], eml=eml, exp=exp,
                hard="Flemish reply typed line by line into the quoted PO ('OK', 'no', 'OK maar 35'), with a "
                     "harvest date next to one OK.")


def c007():
    sup = supplier("GLMF", "Great Lakes Metal Forming Inc.", "sales@glmf.example", "en-US")
    p = po("4500032031", sup, B_PRIYA, "USD", D(2026, 11, 5), [
        ln(1, "GL-55120-B", "Hinge bracket Rev B, HSLA 340, t=2.5", 6000, "EA", "0.74", D(2027, 1, 8)),
        ln(2, "GL-55121-B", "Hinge bracket mirror Rev B, HSLA 340, t=2.5", 6000, "EA", "0.74", D(2027, 1, 8)),
    ])
    body = """Priya,

Before we enter this one: your PO calls out Rev B on both hinge brackets, but we moved to Rev C after the PPAP resubmission in September (hole pattern change per ECN 2026-0412, your SQE signed the PSW 9/18). Our progressive die is now set up for Rev C only.

Can you confirm you want Rev C? If you really need Rev B we'd have to pull the old die out of storage and that adds roughly 3 weeks.

Pricing at $0.74 stands either way. As soon as I hear back I'll send the formal acknowledgment with ship dates.

Thanks,
Dave Kowalczyk
Inside Sales | Great Lakes Metal Forming Inc.
4410 Industrial Pkwy, Grand Rapids, MI 49548
(616) 555-0143
"""
    sent = T(2026, 11, 5, 9, 41)
    qb = ol_block("en-US", who(B_PRIYA), sent, "sales@glmf.example", request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, "Dave")
    h = outlook_html(paras(body), ol_block_html("en-US", who(B_PRIYA), sent, "sales@glmf.example",
                                                request_subject(p)), request_html(p, "Dave"), "en-US", "Aptos")
    alt = mime.multipart("alternative", "_000_BN8PR12MB3315A9D1E0F4C7B26E31BN8PR12MB3315namp_", [
        mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("From", mime.addr("Dave Kowalczyk", "sales@glmf.example")),
        ("To", who(B_PRIYA)),
        ("Subject", "RE: " + request_subject(p)),
        ("Thread-Topic", request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 6, 16, 5, 19, "-0500")),
        ("Message-ID", "<BN8PR12MB3315A9D1E0F4C7B2@BN8PR12MB3315.namprd12.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "en-US"),
    ], alt)
    exp = expected("needs_review", "Supplier asks which drawing revision to make (Rev B ordered, Rev C in "
                   "production) and promises the acknowledgment later; only the price is restated. ECN number "
                   "2026-0412 and PSW date 9/18 are not delivery data.")
    return dict(slug="007-stampings-revision-question", pos=[p], eml=eml, exp=exp,
                hard="Question about the drawing revision letter before acknowledging, with a price restated "
                     "that could look like a partial confirmation.")


def c008():
    sup = supplier("ELKABEL", "Elkabel Śląsk Sp. z o.o.", "zamowienia@elkabel-slask.example", "pl-PL")
    p = po("4500032058", sup, B_JONAS, "EUR", D(2026, 11, 6), [
        ln(1, "EK-NYM-3X2.5", "Cable NYM-J 3x2.5 mm2, drum 500 m", 3000, "M", "1.85", D(2026, 12, 7)),
        ln(2, "EK-NYM-5X1.5", "Cable NYM-J 5x1.5 mm2, drum 500 m", 1500, "M", "1.62", D(2026, 12, 7)),
        ln(3, "EK-YKY-4X16", "Cable YKY 0.6/1 kV 4x16 mm2, drum 500 m", 1000, "M", "9.40", D(2026, 12, 7)),
    ])
    reply = """Dzień dobry Panie Jonasie,

dziękujemy za zamówienie nr 4500032058. Potwierdzamy realizację na następujących warunkach:

1. NYM-J 3x2,5 mm² - 3000 m (6 bębnów po 500 m). Ze względu na wzrost notowań miedzi cena wynosi 1 920,00 EUR/km. Dostawa w dwóch partiach: 4 bębny (2000 m) w dniu 07.12.2026 oraz 2 bębny (1000 m) w dniu 18.12.2026.
2. NYM-J 5x1,5 mm² - 1500 m, cena 1 620,00 EUR/km, dostawa 07.12.2026.
3. YKY 0,6/1 kV 4x16 mm² - 1000 m, cena 9 400,00 EUR/km, dostawa 07.12.2026.

Bębny drewniane są kaucjonowane (zwrot w ciągu 90 dni). Warunki płatności bez zmian: 30 dni od daty faktury.

Z poważaniem
Agnieszka Wróbel
Dział Sprzedaży
Elkabel Śląsk Sp. z o.o.
ul. Przemysłowa 18, 41-100 Siemianowice Śląskie
"""
    attr = "pt., 6 lis 2026 o 13:02 Jonas Eklund <jonas.eklund@kestrel-group.example> napisał(a):"
    plain = reply + "\n" + attr + "\n\n" + quote(request_text(p, "Ms Wróbel"))
    h = gmail_html(simple_html(reply), attr, request_html(p, "Ms Wróbel"))
    alt = mime.multipart("alternative", "0000000000008e5d1a0643e2a9c4", [
        mime.text(plain, cte="quoted-printable"),
        mime.text(h, "html", cte="quoted-printable")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 9, 13, 41, 2, "+0100")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAK2pLm8vQz4N0xR7tW1sYd3Hj6eB9uF5cA_kT2Q@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Agnieszka Wróbel", "zamowienia@elkabel-slask.example")),
        ("To", who(B_JONAS)),
    ], alt)
    exp = expected("confirmation", "Prices per km (1000 m) converted to the PO unit M: 1 920,00 EUR/km = 1.92 "
                   "(changed), 1 620,00 = 1.62, 9 400,00 = 9.40 (unchanged); line 1 split 2000 m + 1000 m; 3x2,5 "
                   "and 0,6/1 kV and the 90-day drum deposit are not quantities or dates.",
                   [conf(p, [chg(3000, "1.92", D(2026, 12, 18), [(2000, D(2026, 12, 7)), (1000, D(2026, 12, 18))]),
                             acc(p["lines"][1]), acc(p["lines"][2])])])
    return dict(slug="008-cable-drums-price-per-km-split", pos=[p], eml=eml, exp=exp,
                hard="Polish reply pricing cable per kilometre for metres ordered, with a two-drop split and "
                     "cross-sections like 3x2,5 mm².")


def c009():
    sup = supplier("TATNORD", "Tätningsteknik Nordic AB", "order@tatningsteknik.example", "sv-SE")
    p = po("4500032080", sup, B_JONAS, "EUR", D(2026, 11, 6), [
        ln(1, "TN-OR-50X3-N70", "O-ring 50x3 NBR 70 Shore A", 300, "EA", "0.42", D(2026, 11, 27)),
        ln(2, "TN-OR-120X4-F80", "O-ring 120x4 FKM 80 Shore A", 150, "EA", "2.35", D(2026, 11, 27)),
        ln(3, "TN-FL-DN80-EPDM", "Flat gasket DN80 PN16 EPDM 3 mm", 200, "EA", "1.18", D(2026, 11, 27)),
    ])
    assert is_wd(D(2026, 11, 27), 4)
    reply = """Hej Jonas!

Tack för ordern. O-ring 50x3 NBR 70: minsta orderkvantitet är 500 st (en förpackning), så vi bekräftar 500 st à 0,42 EUR.
120x4 FKM, 150 st - ok.
Flänspackning DN80 EPDM - 200 st ok.

Allt levereras fredag 27/11.

Mvh
Karin Lindqvist
Tätningsteknik Nordic AB
Skickat från min iPad
"""
    attr = "6 nov. 2026 kl. 15:10 skrev Jonas Eklund <jonas.eklund@kestrel-group.example>:"
    plain = reply + "\n> " + attr + "\n> \n" + quote(request_text(p, "Karin"))
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto"><div dir="ltr">' + simple_html(reply) + '</div><div dir="ltr"><br><blockquote '
         'type="cite">' + html.escape(attr) + '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">' +
         request_html(p, "Karin") + '</div></blockquote></body></html>\n')
    alt = mime.multipart("alternative", "Apple-Mail-7C1D2E3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F", [
        mime.text(plain, cte="quoted-printable"), mime.text(h, "html", cte="quoted-printable")])
    eml = mime.message([
        ("From", mime.addr("Karin Lindqvist", "order@tatningsteknik.example")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", mime.rfcdate(2026, 11, 9, 8, 3, 55, "+0100")),
        ("Subject", "Re: " + request_subject(p)),
        ("Message-Id", "<8A6C2F14-3B7E-4D91-A5C0-E2F8B9D7C613@tatningsteknik.example>"),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("To", who(B_JONAS)),
        ("X-Mailer", "iPad Mail (22B91)"),
    ], alt)
    exp = expected("confirmation", "Minimum order quantity: 300 raised to 500 at the same price; other lines ok; "
                   "'fredag 27/11' without year. 50x3 / 120x4 / DN80 / 70 Shore are dimensions.",
                   [conf(p, [chg(500, "0.42", D(2026, 11, 27)), acc(p["lines"][1]), acc(p["lines"][2])])])
    return dict(slug="009-orings-moq-apple-mail", pos=[p], eml=eml, exp=exp,
                hard="Swedish iPad reply raising one O-ring line to the minimum order quantity; dimensions like "
                     "50x3 and 120x4 sit next to the quantities.")


def c010():
    sup = supplier("HARBORSEAL", "Harbor Seal & Gasket Co.", "orders@harborseal.example", "en-US")
    p = po("4500032094", sup, B_PRIYA, "USD", D(2026, 11, 9), [
        ln(1, "HS-SW-2-600", "Spiral wound gasket 2\" class 600, 316L/graphite", 80, "EA", "9.85", D(2026, 12, 4)),
        ln(2, "HS-OR-214-V75", "O-ring AS568-214 Viton 75", 1000, "EA", "0.31", D(2026, 12, 4)),
    ])
    rid = p["request_message_id"]
    notice = """This is the mail system at host mx2.kestrel-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@harborseal.example>: host mx.harborseal.example[203.0.113.44] said:
    550 5.1.1 <orders@harborseal.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = ("Reporting-MTA: dns; mx2.kestrel-group.example\nX-Postfix-Queue-ID: 4Q7vZk2m1Tz9Wd\n"
              "X-Postfix-Sender: rfc822; priya.natarajan@kestrel-group.example\n"
              "Arrival-Date: Mon,  9 Nov 2026 17:12:03 +0100 (CET)\n\n"
              "Final-Recipient: rfc822; orders@harborseal.example\nOriginal-Recipient: rfc822;orders@harborseal.example\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.harborseal.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <orders@harborseal.example>: Recipient address\n"
              "    rejected: User unknown in virtual mailbox table\n")
    orig_headers = (f"Return-Path: <priya.natarajan@kestrel-group.example>\n"
                    f"Received: from erp-mail.kestrel-group.example (erp-mail.kestrel-group.example [10.20.4.17])\n"
                    f"\tby mx2.kestrel-group.example (Postfix) with ESMTPS id 4Q7vZk2m1Tz9Wd\n"
                    f"\tfor <orders@harborseal.example>; Mon,  9 Nov 2026 17:12:03 +0100 (CET)\n"
                    f"From: Priya Natarajan <priya.natarajan@kestrel-group.example>\n"
                    f"To: orders@harborseal.example\n"
                    f"Subject: {request_subject(p)}\n"
                    f"Date: {mime.rfcdate(2026, 11, 9, 17, 12, 1, '+0100')}\n"
                    f"Message-ID: {rid}\n"
                    f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")
    rep = mime.multipart("report", "4Q7vZk2m1Tz9Wd.1793895123/mx2.kestrel-group.example", [
        mime.raw_part("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n",
                      notice.encode()),
        mime.raw_part("Content-Description: Delivery report\nContent-Type: message/delivery-status\n",
                      status.encode()),
        mime.raw_part("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n",
                      orig_headers.encode()),
    ], params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    eml = mime.message([
        ("Return-Path", "<>"),
        ("Date", mime.rfcdate(2026, 11, 9, 17, 12, 3, "+0100") + " (CET)"),
        ("From", "MAILER-DAEMON@mx2.kestrel-group.example (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "priya.natarajan@kestrel-group.example"),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20261109161203.7E1A02C0412@mx2.kestrel-group.example>"),
    ], rep)
    exp = expected("bounce", "Postfix DSN (550 5.1.1 user unknown) for our acknowledgment request; the "
                   "original headers carry the PO number.")
    return dict(slug="010-bounce-postfix-user-unknown", pos=[p], eml=eml, exp=exp,
                hard="Plain Postfix delivery status notification carrying only the original headers with the PO "
                     "number in the subject.")


def c011():
    sup = supplier("HXPCB", "Shenzhen Huaxin Circuit Technology Co., Ltd.", "sales@hx-pcb.example", "zh-CN")
    p = po("4500032101", sup, B_PRIYA, "USD", D(2026, 11, 6), [
        ln(1, "PCB-MC4L-2025-REV-C", "Main controller PCB 4L FR-4 1.6 mm ENIG", 1000, "EA", "3.85", D(2026, 12, 11)),
        ln(2, "PCB-LED-2L-R2", "LED carrier board 2L aluminium 1.0 mm", 2400, "EA", "0.92", D(2026, 12, 11)),
    ])
    assert -(-1000 // 6) * 6 == 1002
    reply = """Priya 您好：

感谢您的订单 4500032101，确认如下：

1. PCB-MC4L-2025-REV-C 主控板：拼板方式 2x3（每拼板 6 片），按整拼板生产，数量调整为 1002 片（167 拼板），单价不变 USD 3.85，交货日期 2026年12月11日。
2. PCB-LED-2L-R2 铝基板：2400 片，单价 USD 0.92。因铝基材料到货延迟，交期改为 2026年12月18日。

出货时附出货报告、周期（Date code）及批号，本批预计 D/C 2649。
付款方式：月结 30 天。

谢谢！
陈丽
华鑫电路 业务部
电话：+86 755 2771 8830
"""
    orig = ("\n\n------------------ 原始邮件 ------------------\n"
            "发件人: \"Priya Natarajan\" <priya.natarajan@kestrel-group.example>;\n"
            "发送时间: 2026年11月6日(星期五) 下午5:30\n"
            "收件人: \"sales\" <sales@hx-pcb.example>;\n"
            f"主题: {request_subject(p)}\n\n")
    plain = reply + orig + request_text(p, "Ms Chen")
    eml = mime.message([
        ("From", mime.addr("陈丽", "sales@hx-pcb.example", "gb2312")),
        ("To", mime.addr("Priya Natarajan", "priya.natarajan@kestrel-group.example")),
        ("Subject", mime.hdr("回复：" + request_subject(p), "gb2312")),
        ("Date", mime.rfcdate(2026, 11, 10, 10, 26, 48, "+0800")),
        ("Message-ID", "<tencent_3F2B9A7C1D0E4F5A6B8C9D0E@qq.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
    ], mime.text(plain, charset="gb2312", cte="base64"))
    exp = expected("confirmation", "GB2312/base64 Chinese; line 1 rounded up to whole 2x3 panels (1002 pcs), "
                   "line 2 later date. Item code contains '2025', date code D/C 2649 and 'month-end 30 days' are "
                   "not dates to take.",
                   [conf(p, [chg(1002, "3.85", D(2026, 12, 11)), chg(2400, "0.92", D(2026, 12, 18))])])
    return dict(slug="011-pcb-panel-rounding-gb2312", pos=[p], eml=eml, exp=exp,
                hard="Chinese GB2312 base64 reply with panel rounding (2x3 panels), a date code and an item code "
                     "containing 2025.")


def c012():
    sup = supplier("KUUSELA", "Sahateollisuus Kuusela Oy", "myynti@kuusela-saha.example", "fi-FI")
    p = po("4500032122", sup, B_JONAS, "EUR", D(2026, 11, 9), [
        ln(1, "KS-EUR-1200X800", "EUR pallet 1200x800 mm, new, EPAL", 600, "EA", "11.40", D(2026, 12, 4)),
        ln(2, "KS-BRD-22X100", "Spruce boards 22x100 mm kiln dried, 4.2 m", 12, "M3", "238.00", D(2026, 12, 4)),
    ])
    ship = is_wd(D(2026, 11, 30), 0)
    reply = """Hei Jonas,

kiitos tilauksesta. Vahvistamme tilauksen 4500032122 seuraavasti:

- 600 kpl EUR-lavoja 1200x800 (EPAL), à 11,40 €
- 12 m³ kuusilautaa 22x100, KD, pituus 4,2 m, à 238,00 €/m³

Toimitusehto EXW Kuusela (Incoterms 2020). Tavara lähtee tehtaalta maanantaina 30.11.2026, kuljetusaika Lörrachiin on kuljetusliikkeen mukaan noin 2-3 vuorokautta.

Lämpökäsittelytodistus (ISPM 15) toimitetaan rahtikirjan mukana.

Ystävällisin terveisin
Mikko Heinonen
myyntipäällikkö
Sahateollisuus Kuusela Oy
Sahantie 4, 41400 Lievestuore
puh. +358 40 555 2718
"""
    sent = T(2026, 11, 9, 16, 45)
    qb = ol_block("fi", who(B_JONAS), sent, "myynti@kuusela-saha.example", request_subject(p))
    plain = reply + "\n" + qb + "\n" + request_text(p, "Mikko")
    eml = mime.message([
        ("From", mime.addr("Mikko Heinonen", "myynti@kuusela-saha.example")),
        ("To", who(B_JONAS)),
        ("Subject", "VS: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 10, 9, 15, 27, "+0200")),
        ("Message-ID", "<HE1PR07MB3317F1C8A2B94E0D@HE1PR07MB3317.eurprd07.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "fi-FI"),
    ], mime.text(plain, charset="iso-8859-15", cte="quoted-printable"))
    exp = expected("confirmation", "Only date given is the ex-works ship date (ma 30.11.2026) plus a transit "
                   "estimate of 2-3 days, so no delivery date is stated: date = ship date for both lines "
                   "(earlier than requested, hence changed).",
                   [conf(p, [chg(600, "11.40", ship), chg(12, "238.00", ship)])])
    return dict(slug="012-timber-exworks-ship-date-transit", pos=[p], eml=eml, exp=exp,
                hard="Finnish confirmation whose only date is an ex-works ship date plus a 2-3 day transit "
                     "estimate; the ship date is the label.")


def c013():
    sup = supplier("BRIGHTPATH", "BrightPath Lighting Corp.", "orders@brightpathlighting.example", "en-US")
    p = po("4500032133", sup, B_PRIYA, "USD", D(2026, 11, 9), [
        ln(1, "BPX-HB200-50K", "BPX high-bay 200 W 5000 K", 40, "EA", "189.00", D(2026, 12, 18)),
        ln(2, "BP-DRV-75-1050", "LED driver 75 W 1050 mA", 120, "EA", "16.20", D(2026, 12, 18)),
    ])
    text = """BrightPath Lighting - Partner News, November 2026

NEW FOR 2027: THE BPX-2 HIGH-BAY FAMILY
Up to 185 lm/W, 100-277 V, 5-year warranty. Samples available from December 7.

PRICE LIST 2027
Our 2027 price list takes effect on January 1, 2027. Orders placed before December 15, 2026 ship at 2026 prices.

WEBINAR: DALI-2 DRIVERS IN PRACTICE
Thursday, December 3, 2026, 11:00 AM EST. Register at https://brightpathlighting.example/webinar

HOLIDAY SHIPPING
Our Columbus DC is closed December 24 - January 1. Last ship day for stock orders: December 22.

You are receiving this e-mail because you are a registered BrightPath partner.
Unsubscribe: https://brightpathlighting.example/u/7f3a91
BrightPath Lighting Corp., 900 Lumen Way, Dayton, OH 45414
"""
    h = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Partner News</title></head>"
         "<body style=\"margin:0;background:#f2f2f2\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
         "<tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff;font-family:Arial\">"
         "<tr><td style=\"padding:24px;background:#0b3d6e;color:#fff\"><h1>Partner News &ndash; November 2026</h1></td></tr>"
         "<tr><td style=\"padding:24px\"><h2>New for 2027: the BPX-2 high-bay family</h2><p>Up to 185 lm/W, "
         "100&ndash;277 V, 5-year warranty. Samples available from December 7.</p><h2>Price list 2027</h2><p>Our "
         "2027 price list takes effect on January 1, 2027. Orders placed before December 15, 2026 ship at 2026 "
         "prices.</p><h2>Webinar: DALI-2 drivers in practice</h2><p>Thursday, December 3, 2026, 11:00 AM EST. "
         "<a href=\"https://brightpathlighting.example/webinar\">Register</a></p><h2>Holiday shipping</h2><p>Our "
         "Columbus DC is closed December 24 &ndash; January 1. Last ship day for stock orders: December 22.</p></td></tr>"
         "<tr><td style=\"padding:12px;font-size:11px;color:#777\">You are receiving this e-mail because you are a "
         "registered BrightPath partner. <a href=\"https://brightpathlighting.example/u/7f3a91\">Unsubscribe</a><br>"
         "BrightPath Lighting Corp., 900 Lumen Way, Dayton, OH 45414</td></tr></table></td></tr></table></body></html>\n")
    assert is_wd(D(2026, 12, 3), 3)
    alt = mime.multipart("alternative", "==_mimepart_6731b2f4e1a9c_3f2a1b8c4d5e", [
        mime.text(text, cte="quoted-printable"), mime.text(h, "html", cte="quoted-printable")])
    eml = mime.message([
        ("From", mime.addr("BrightPath Lighting", "news@brightpathlighting.example")),
        ("Reply-To", "marketing@brightpathlighting.example"),
        ("To", "priya.natarajan@kestrel-group.example"),
        ("Subject", "Partner News: BPX-2 launch, 2027 price list & holiday shipping"),
        ("Date", mime.rfcdate(2026, 11, 11, 14, 0, 5, "+0000")),
        ("Message-ID", "<6731b2f4e1a9c.3f2a1b8c@mailer.brightpathlighting.example>"),
        ("List-Unsubscribe", "<https://brightpathlighting.example/u/7f3a91>, <mailto:unsubscribe@brightpathlighting.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign", "partner-news-2026-11"),
    ], alt)
    exp = expected("unrelated", "Marketing newsletter from the supplier of an open PO: product news, 2027 price "
                   "list validity, holiday closure dates; no reference to our order.")
    return dict(slug="013-led-supplier-newsletter", pos=[p], eml=eml, exp=exp,
                hard="Newsletter from the same LED supplier full of dates (price-list validity, closure, last ship "
                     "day) but answering nothing.")


def c014():
    sup = supplier("KEYFLOW", "Keystone Flow Controls LLC", "orders@keystoneflow.example", "en-US")
    p = po("4500032150", sup, B_PRIYA, "USD", D(2026, 11, 9), [
        ln(1, "KF-GV50-PN16", "Gate valve DN 50 PN 16, ductile iron, flanged", 24, "EA", "186.00", D(2026, 12, 4)),
        ln(2, "KF-BV50-PN16", "Butterfly valve DN 50 PN 16, EPDM liner", 40, "EA", "74.50", D(2026, 12, 4)),
        ln(3, "KF-CP-32-160", "Centrifugal pump 32-160, 2.2 kW, 3x400V", 6, "EA", "1420.00", D(2026, 12, 11)),
    ])
    body = """Hi Priya,

Thanks for PO 4500032150. Here's where we stand:

Items 1 & 2 (gate valves and butterfly valves, DN 50 PN 16): confirmed, qty and pricing as per your PO. They ship complete 12/02/2026 via our LTL carrier, delivery at your Columbus dock 12/04/2026.

Item 3 (32-160 pumps w/ 2.2 kW motors): the motors are on backorder with WEG. Best we can commit to is delivery 01/08/2027. Price unchanged at $1,420.00 ea.

Pricing per our quote Q-26-1187, valid through 12/31/2026. Terms Net 30, FOB Origin.

Let me know if the pump date is a problem.

Best,
Rachel Ortiz
Customer Service Rep.
Keystone Flow Controls LLC
Phone 717-555-0166
"""
    sent = T(2026, 11, 9, 11, 15)
    qb = ol_block("en-US", who(B_PRIYA), sent, "orders@keystoneflow.example", request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, "Rachel")
    h = outlook_html(paras(body), ol_block_html("en-US", who(B_PRIYA), sent, "orders@keystoneflow.example",
                                                request_subject(p)), request_html(p, "Rachel"), "en-US")
    alt = mime.multipart("alternative", "_000_SA1PR08MB7724E0B3C5D9A1F2B4C6SA1PR08MB7724namp_", [
        mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("From", mime.addr("Rachel Ortiz", "orders@keystoneflow.example")),
        ("To", who(B_PRIYA)),
        ("Subject", "RE: " + request_subject(p)),
        ("Thread-Topic", request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 11, 15, 48, 36, "-0500")),
        ("Message-ID", "<SA1PR08MB7724E0B3C5D9A1F2@SA1PR08MB7724.namprd08.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "en-US"),
    ], alt)
    exp = expected("confirmation", "US month-first dates: ship 12/02, delivery 12/04 (delivery wins = requested); "
                   "pump delivery 01/08/2027 = 2027-01-08; quote validity 12/31/2026 and Net 30 are not dates to "
                   "take; 32-160 and 3x400V are not quantities.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(6, "1420.00", D(2027, 1, 8))])])
    return dict(slug="014-valves-pumps-us-dates-ship-vs-delivery", pos=[p], eml=eml, exp=exp,
                hard="US month-first dates with a ship date and a delivery date for the same lines, a backordered "
                     "pump and a quote validity date.")


def c015():
    sup = supplier("MOLKINN", "Molkerei Innviertel reg.Gen.m.b.H.", "vertrieb@molkerei-innviertel.example", "de-AT")
    p = po("4500032177", sup, B_MIRIAM, "EUR", D(2026, 11, 10), [
        ln(1, "MI-JOG-NAT-150", "Naturjoghurt 3,6 % 150 g, Karton 12 Stk", 400, "CS", "4.68", D(2026, 11, 17)),
        ln(2, "MI-SCHL-250", "Schlagobers 36 % 250 ml, Karton 10 Stk", 200, "CS", "9.90", D(2026, 11, 17)),
        ln(3, "MI-TOPF-500", "Topfen 20 % F.i.T. 500 g, Karton 8 Stk", 150, "CS", "10.40", D(2026, 11, 17)),
    ])
    mail_day = D(2026, 11, 12)
    tue = next_weekday(mail_day, 1)
    fri_after = next_weekday(tue, 4)
    assert tue == D(2026, 11, 17) and fri_after == D(2026, 11, 20)
    body = """Grüß Gott Frau Koller,

danke für die Bestellung 4500032177. Joghurt (400 Kartons) und Schlagobers (200 Kartons) liefern wir wie gewünscht kommenden Dienstag, gekühlt bei 2-6 °C.

Beim Topfen können wir am Dienstag leider nur 120 Kartons mitgeben, die restlichen 30 Kartons kommen am Freitag darauf mit der nächsten Tour. Preise laut Preisliste 2026, unverändert.

Zur Info: Joghurt hat ab Produktion 28 Tage MHD, der Topfen aus der aktuellen Charge (L2631) MHD 02.12.2026.

Mit freundlichen Grüßen
Andrea Mairhofer
Verkaufsinnendienst
Molkerei Innviertel reg.Gen.m.b.H.
Molkereistraße 1, 4910 Ried im Innkreis
"""
    sent = T(2026, 11, 10, 14, 22)
    qb = ol_block("de", who(B_MIRIAM), sent, "vertrieb@molkerei-innviertel.example", request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, "Ms Mairhofer")
    h = outlook_html(paras(body), ol_block_html("de", who(B_MIRIAM), sent, "vertrieb@molkerei-innviertel.example",
                                                request_subject(p)), request_html(p, "Ms Mairhofer"), "de-AT")
    alt = mime.multipart("alternative", "_000_AM9PR10MB4182B5E2D7A0C4F1E93AAM9PR10MB4182eurp_", [
        mime.text(plain, charset="iso-8859-1"), mime.text(h, "html", charset="iso-8859-1")])
    eml = mime.message([
        ("From", mime.addr("Andrea Mairhofer", "vertrieb@molkerei-innviertel.example")),
        ("To", who(B_MIRIAM)),
        ("Subject", "AW: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 12, 7, 40, 11, "+0100")),
        ("Message-ID", "<AM9PR10MB4182B5E2D7A0C4F1@AM9PR10MB4182.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "de-AT"),
    ], alt)
    exp = expected("confirmation", "Relative dates from the Date header (Thu 2026-11-12): 'kommenden Dienstag' = "
                   "2026-11-17, 'Freitag darauf' = 2026-11-20; Topfen split 120 + 30; best-before dates (MHD) and "
                   "lot L2631 are not delivery dates.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]),
                             chg(150, "10.40", fri_after, [(120, tue), (30, fri_after)])])])
    return dict(slug="015-dairy-relative-dates-mhd", pos=[p], eml=eml, exp=exp,
                hard="Austrian dairy reply with only relative dates ('kommenden Dienstag', 'Freitag darauf') and a "
                     "best-before date in the same paragraph.")


def c016():
    sup = supplier("CEMDAL", "Cementara Dalmacija d.d.", "prodaja@cement-dalmacija.example", "hr-HR")
    p = po("4500032190", sup, B_LUKAS, "EUR", D(2026, 11, 10), [
        ln(1, "CD-CEM2-425N", "Cement CEM II/B-M (S-LL) 42,5 N, bulk, silo truck", 120, "T", "96.00", D(2026, 12, 2)),
        ln(2, "CD-CEM1-525R", "Cement CEM I 52,5 R, bulk, silo truck", 54, "T", "112.00", D(2026, 12, 2)),
    ])
    body = """Poštovani gospodine Brenner,

zahvaljujemo na narudžbi 4500032190.

Trenutno provjeravamo raspoloživost silo-cisterni za prosinac, budući da je remont peći 2 planiran od 30.11. do 06.12.2026. Javit ćemo Vam se s potvrdom količina i termina isporuke najkasnije do petka, 13.11.

Cijene iz ponude br. 2026-0877 ostaju nepromijenjene.

S poštovanjem,
Ivana Marić
Prodaja / Sales
Cementara Dalmacija d.d.
Put Majdana 2, 21210 Solin
"""
    assert is_wd(D(2026, 11, 13), 4)
    sent = T(2026, 11, 10, 15, 30)
    qb = ol_block("hr", who(B_LUKAS), sent, "prodaja@cement-dalmacija.example", request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, "Ms Marić")
    eml = mime.message([
        ("From", mime.addr("Ivana Marić", "prodaja@cement-dalmacija.example", "windows-1250")),
        ("To", who(B_LUKAS)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 11, 12, 17, 3, "+0100")),
        ("Message-ID", "<000c01db3a7f$4e2b1c90$da6055b0$@cement-dalmacija.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHbOn9OKxyQ2mBVsNqA7hF3kL0wYg=="),
        ("Content-Language", "hr"),
    ], mime.text(plain, charset="windows-1250", cte="quoted-printable"))
    exp = expected("needs_review", "Croatian 'we will get back to you with quantities and dates by Friday 13.11'; "
                   "only prices restated; kiln overhaul dates 30.11.-06.12. are not delivery dates.")
    return dict(slug="016-cement-will-revert-friday", pos=[p], eml=eml, exp=exp,
                hard="Croatian holding reply that restates prices and names several dates but promises the "
                     "real confirmation for Friday.")


CASES = [c001, c002, c003, c004, c005, c006, c007, c008, c009, c010, c011, c012, c013, c014, c015, c016]
