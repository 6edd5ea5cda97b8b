"""Cases 001-018."""
from .common import (case, sup, po, conf, all_acc, chg, acc, exp_conf, exp_kind, pct, reply, pdf_att, std_headers,
                     buyer_addr, dsn_report, simple_mail, req_when, req_text, req_subject, mime, hexid)
from .pdf import make_pdf
from email.utils import format_datetime
import datetime as dt


@case("harpsichord-strings-one-liner", "confirmation/en-GB",
      "Two-word top-posted answer; every value must be taken from the PO because the reply states none.")
def c001(slug):
    s = sup("HARPCORD", "Harpcord Wire Ltd", "orders@harpcord-wire.example", "en-GB")
    p = po("4500318801", s, "GBP", "2026-11-03", [
        ("HC-FE-035", "Harpsichord string, soft iron, 0.35 mm, 25 m coil", 12, "ROL", "18.90", "2026-12-15"),
        ("HC-BR-050", "Harpsichord string, yellow brass, 0.50 mm, 25 m coil", 8, "ROL", "21.40", "2026-12-15"),
        ("HC-WND-8/4", "Wound bass string set 8' + 4', 2027 model", 4, "SET", "96.00", "2027-01-08")])
    body = ("Hi Maren,\n\nConfirmed as ordered.\n\nKind regards\nOliver\n\n--\nOliver Pennington | Sales Office\n"
            "Harpcord Wire Ltd, Unit 3, Canal Wharf, Leek ST13 5QG\nT +44 1538 380 214\n")
    eml = reply(slug, po_=p, frm=("Oliver Pennington", "oliver.pennington@harpcord-wire.example"),
                subject="RE: " + req_subject(p), when="2026-11-10 10:42:18 +0000", body=body,
                client="outlook", lang="en", charset="us-ascii", cte="7bit")
    return [p], eml, exp_conf([all_acc(p)], "One-liner 'Confirmed as ordered' above an Outlook quote: all three "
                                               "lines accepted with the PO values; 8'/4' and 2027 in descriptions are noise.")


@case("tbm-cutters-kw51", "confirmation/de-DE",
      "German per-position list where one line says 'KW 51' without a day (= Friday 18.12.2026) and the others repeat the PO dates.")
def c002(slug):
    s = sup("HESSLER", "Hessler Schneidtechnik GmbH", "auftrag@hessler-schneidtechnik.example", "de-DE")
    p = po("4500318814", s, "EUR", "2026-11-03", [
        ("TBM-DC-17", "Disc cutter 17 inch, single ring, 432 mm, 250 kN", 24, "EA", "2850.00", "2026-12-11"),
        ("TBM-CR-19", "Cutter ring 19 inch, 483 mm, hardness 56-58 HRC", 40, "EA", "690.00", "2026-12-11"),
        ("TBM-BLT-M24", "Cutter housing bolt M24x90, grade 10.9", 200, "PCS", "4.15", "2026-12-04")])
    body = ("Guten Tag Frau Holt,\n\nvielen Dank für Ihre Bestellung 4500318814, die wir wie folgt bestätigen:\n\n"
            "Pos. 1 – 24 Stk. Disc Cutter 17\" – 2.850,00 EUR/Stk. – Liefertermin 11.12.2026\n"
            "Pos. 2 – 40 Stk. Schneidring 19\" – 690,00 EUR/Stk. – Liefertermin KW 51\n"
            "Pos. 3 – 200 Stk. Schraube M24x90 10.9 – 4,15 EUR/Stk. – Liefertermin 04.12.2026\n\n"
            "Mit freundlichen Grüßen\ni. A. Stefan Kühn\nAuftragsabwicklung\n\n"
            "Hessler Schneidtechnik GmbH | Industriestraße 14 | 58099 Hagen\nTel. +49 2331 9047-212 | Fax +49 2331 9047-299\n"
            "Geschäftsführer: Dr. Helmut Hessler | Amtsgericht Hagen HRB 4711 | USt-IdNr. DE 812 345 678\n")
    eml = reply(slug, po_=p, frm=("Kühn, Stefan", "s.kuehn@hessler-schneidtechnik.example"),
                subject="AW: " + req_subject(p), when="2026-11-12 14:05:51 +0100", body=body, lang="de",
                charset="windows-1252", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, d="2026-12-18"), 3: "A"})],
                              "Pos. 2 'KW 51' with no weekday = Friday of ISO week 51 = 2026-12-18; positions 1 and 3 "
                              "repeat the PO. German number format 2.850,00.")


@case("ski-lift-chairs-mitte-dezember", "needs_review/de-CH",
      "Swiss German reply quotes prices as 'Fr. 18'400.–' matching the PO but only promises delivery 'Mitte Dezember', exact date to follow.")
def c003(slug):
    s = sup("WYSSBBT", "Bergbahntechnik Wyss AG", "verkauf@wyss-bergbahntechnik.example", "de-CH")
    p = po("4500318822", s, "CHF", "2026-11-04", [
        ("SLC-4P-2027", "Chairlift carrier 4-seat, model 2027, with footrest", 6, "EA", "18400.00", "2026-12-18"),
        ("SLC-PAD-450", "Seat cushion 450x1800 mm, heated 24V", 24, "EA", "612.50", "2026-12-18"),
        ("SLC-BAR-30", "Safety bar 30 mm tube, galvanised", 6, "EA", "1240.00", "2026-12-18")])
    body = ("Grüezi Frau Holt\n\nBesten Dank für Ihre Bestellung 4500318822. Die Preise sind wie folgt:\n"
            "Sessel 4er Modell 2027: Fr. 18'400.–\nSitzpolster 450x1800, beheizt: Fr. 612.50\n"
            "Schliessbügel: Fr. 1'240.–\n\nDie Lieferung ist für Mitte Dezember vorgesehen, den genauen Termin "
            "teilen wir Ihnen mit, sobald die Polster aus der Sattlerei zurück sind.\n\nFreundliche Grüsse\n\n"
            "Reto Wyss\nVerkauf Innendienst\nBergbahntechnik Wyss AG\nWerkstrasse 21, 3714 Frutigen\n"
            "Tel. +41 33 672 18 40\n")
    eml = reply(slug, po_=p, frm=("Reto Wyss", "reto.wyss@wyss-bergbahntechnik.example"),
                subject="AW: " + req_subject(p), when="2026-11-11 09:17:03 +0100", body=body, lang="de",
                charset="windows-1252", cte="quoted-printable")
    return [p], eml, exp_kind("needs_review", "Prices in 'Fr.' equal the CHF PO prices, but the delivery is only "
                              "'vorgesehen Mitte Dezember' with the exact date still to come: no committed date, so a "
                              "human has to follow up.")


@case("cheese-moulds-surcharge-3pct", "confirmation/fr-FR",
      "French prose confirms quantities and date but applies a 3 % raw-material surcharge to every unit price.")
def c004(slug):
    s = sup("VASSEUR", "Moules Vasseur SAS", "adv@moules-vasseur.example", "fr-FR")
    p = po("4500318830", s, "EUR", "2026-10-30", [
        ("CM-CAM-11", "Camembert mould 11 cm, PP, 4 holes/cm2", 600, "PCS", "2.40", "2026-12-09"),
        ("CM-TOM-20", "Tomme mould 20x12 cm with follower", 120, "PCS", "15.00", "2026-12-09"),
        ("CM-MAT-60", "Draining mat 60x40 cm, food grade", 50, "PCS", "8.00", "2026-12-09")])
    body = ("Bonjour Madame Holt,\n\nNous accusons bonne réception de votre commande n° 4500318830 et vous la "
            "confirmons pour les quantités et le délai demandés (livraison le 09/12/2026).\n\n"
            "En raison de la hausse du coût du polypropylène, nous sommes contraints d'appliquer une majoration de "
            "3 % sur l'ensemble des prix unitaires de la commande, conformément à notre courrier du 2 octobre.\n\n"
            "Nous restons à votre disposition.\n\nCordialement,\n\nCamille Vasseur\nAdministration des ventes\n"
            "Moules Vasseur SAS – 14 rue des Tanneurs – 61120 Vimoutiers\nTél. : +33 2 33 39 12 40\n")
    eml = reply(slug, po_=p, frm=("Camille Vasseur", "c.vasseur@moules-vasseur.example"),
                subject="RE: " + req_subject(p), when="2026-11-09 16:31:44 +0100", body=body, lang="fr",
                charset="windows-1252", cte="quoted-printable")
    labels = {n: chg(p, n, price=pct(L, 3, "0.001")) for n, L in ((1, "2.40"), (2, "15.00"), (3, "8.00"))}
    return [p], eml, exp_conf([conf(p, labels)], "A 3 % surcharge on all unit prices: 2.40->2.472, 15.00->15.45, "
                              "8.00->8.24; quantities and the 09/12/2026 date as ordered.")


@case("veneer-ooo-lithuanian", "auto_reply/lt-LT",
      "Lithuanian Outlook out-of-office with a return date and a colleague's phone number, threaded on the request.")
def c005(slug):
    s = sup("BALTLUK", "Baltijos Lukstas UAB", "pardavimai@baltlukstas.example", "lt-LT")
    p = po("4500318841", s, "EUR", "2026-11-09", [
        ("BL-OAK-06", "Oak veneer 0.6 mm, crown cut, 2.2-3.1 m", 300, "M2", "6.40", "2026-12-18"),
        ("BL-ASH-06", "Ash veneer 0.6 mm, rotary, 2500x1250", 200, "M2", "3.95", "2026-12-18")])
    body = ("Laba diena,\n\nšiuo metu esu atostogose ir negaliu atsakyti į Jūsų laišką. Į darbą grįšiu 2026 m. "
            "gruodžio 7 d.\nSkubiais klausimais prašome kreiptis į kolegę Ingą Petrauskienę, tel. +370 37 41 22 90, "
            "el. paštas inga.petrauskiene@baltlukstas.example.\n\nI am on leave until 7 December 2026 with no access "
            "to e-mail. For urgent matters please contact Inga Petrauskiene (+370 37 41 22 90).\n\n"
            "Pagarbiai / Best regards\nRūta Kazlauskienė\nUAB Baltijos Lukštas\n")
    eml = reply(slug, po_=p, frm=("Rūta Kazlauskienė", "pardavimai@baltlukstas.example"),
                subject="Automatinis atsakymas: " + req_subject(p), when="2026-11-09 10:47:12 +0200", body=body,
                lang="lt", charset="windows-1257", cte="quoted-printable", quote="none",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, exp_kind("auto_reply", "Lithuanian out-of-office (Automatinis atsakymas) with the return date "
                              "2026-12-07; dates in it are not delivery dates.")


@case("mosaic-tiles-entrega-18-diciembre", "confirmation/es-MX",
      "Mexican Spanish: quantities and prices unchanged, 'la entrega el 18 de diciembre' without a year replaces the requested 11 Dec for the whole order.")
def c006(slug):
    s = sup("MOSBAJ", "Mosaicos Talavera del Bajio S.A. de C.V.", "ventas@mosaicos-bajio.example", "es-MX")
    p = po("4500318852", s, "USD", "2026-11-02", [
        ("MT-TAL-10", "Talavera mosaic tile 10x10 cm, hand painted, pattern 3/4", 40, "M2", "38.50", "2026-12-11"),
        ("MT-TAL-B20", "Border tile 20x5 cm, cobalt blue", 300, "PCS", "1.85", "2026-12-11"),
        ("MT-GRT-5", "Tile grout, white, 5 kg bag", 24, "EA", "9.20", "2026-12-11")])
    body = ("Hola Maren, buen día.\n\nTe confirmamos tu orden de compra 4500318852 completa: cantidades y precios "
            "sin cambio. Por el segundo horneado no alcanzamos el día 11; la entrega el 18 de diciembre en tu "
            "almacén de Hamburgo, las tres partidas juntas.\n\nSaludos cordiales,\n\nLupita Hernández\n"
            "Ventas Exportación\nMosaicos Talavera del Bajío, S.A. de C.V.\nTel. +52 (461) 612 3045 | Celaya, Gto.\n")
    eml = reply(slug, po_=p, frm=("Lupita Hernández", "lupita.hernandez@mosaicos-bajio.example"),
                subject="Re: " + req_subject(p), when="2026-11-13 11:22:09 -0600", body=body, client="gmail",
                lang="es", charset="UTF-8", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {n: chg(p, n, d="2026-12-18") for n in (1, 2, 3)})],
                              "'la entrega el 18 de diciembre' has no year: next 18 Dec after the mail date = "
                              "2026-12-18 for all three lines; 'día 11' refers to the requested date.")


@case("tram-rail-clips-saptamana-51", "confirmation/ro-RO",
      "Romanian reply confirms all lines with 'livrare în săptămâna 51' and mentions week 50 as impossible.")
def c007(slug):
    s = sup("FERPRIN", "Feroviar Prindere SRL", "comenzi@feroviar-prindere.example", "ro-RO")
    p = po("4500318863", s, "EUR", "2026-11-02", [
        ("TRC-SKL-14", "Tension clamp SKL 14 for grooved rail 60R2", 2000, "PCS", "3.95", "2026-12-11"),
        ("TRC-PAD-6", "Rail pad 6 mm, 150x180, EVA", 2000, "PCS", "1.20", "2026-12-11"),
        ("TRC-BLT-22", "T-head bolt M22x75 with nut, 8.8", 4000, "PCS", "0.68", "2026-12-11")])
    body = ("Bună ziua doamna Holt,\n\nVă confirmăm comanda nr. 4500318863: toate cele 3 poziții, cantitățile și "
            "prețurile conform comenzii.\nTermen: livrare în săptămâna 51 (în săptămâna 50 nu putem livra din "
            "cauza inventarului anual).\n\nCu stimă,\nAndrei Popescu\nDepartament Vânzări\nFeroviar Prindere SRL\n"
            "Str. Fabricii nr. 27, 400620 Cluj-Napoca\nTel: +40 264 415 220\n")
    eml = reply(slug, po_=p, frm=("Andrei Popescu", "andrei.popescu@feroviar-prindere.example"),
                subject="RE: " + req_subject(p), when="2026-11-16 08:55:30 +0200", body=body, lang="ro",
                charset="utf-8", cte="base64")
    return [p], eml, exp_conf([conf(p, {n: chg(p, n, d="2026-12-18") for n in (1, 2, 3)})],
                              "'săptămâna 51' without a day = Friday of ISO week 51 = 2026-12-18 for every line; "
                              "week 50 is only mentioned as impossible.")


@case("fishing-reels-dsn-user-unknown", "bounce/en-US",
      "Postfix multipart/report DSN (550 5.1.1 user unknown) carrying the full original request with its PO table and dates.")
def c008(slug):
    s = sup("GLREEL", "Great Lakes Reel Co.", "orders@greatlakesreel.example", "en-US")
    p = po("4500318874", s, "USD", "2026-11-10", [
        ("GLR-SP-3000", "Spinning reel 3000 size, 5.2:1 gear ratio, 8+1 BB", 48, "EA", "42.75", "2027-01-22"),
        ("GLR-BC-150", "Baitcasting reel 150, 7.3:1, left hand", 24, "EA", "61.20", "2027-01-22"),
        ("GLR-SPL-12", "Spare spool 3000, 12 lb mono pre-spooled", 96, "PCS", "6.40", "2027-01-22")], buyer="jw")
    w = req_when(p) + dt.timedelta(seconds=41)
    human = ("This is the mail system at host mx1.kestrelgroup.example.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
             "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You "
             "can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n"
             "<orders@greatlakesreel.example>: host mx.greatlakesreel.example[203.0.113.25]\n    said: 550 5.1.1 "
             "<orders@greatlakesreel.example>: Recipient address rejected:\n    User unknown in virtual mailbox table "
             "(in reply to RCPT TO command)\n")
    core = dsn_report(slug, p, human=human, status="5.1.1", reporting_mta="mx1.kestrelgroup.example",
                      remote_mta="mx.greatlakesreel.example",
                      diag="550 5.1.1 <orders@greatlakesreel.example>: Recipient address rejected: User unknown in "
                           "virtual mailbox table", extra_msg=[("X-Postfix-Queue-ID", "4Hq7ZT2xKMz9sWB"),
                                                               ("X-Postfix-Sender", "rfc822; jonas.weber@kestrelgroup.example")])
    hs = [("From", "MAILER-DAEMON@mx1.kestrelgroup.example (Mail Delivery System)"), ("To", buyer_addr(p)),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(w)),
          ("Message-ID", "<20261110%s.4Hq7ZT2xKMz9sWB@mx1.kestrelgroup.example>" % w.strftime("%H%M%S")),
          ("Auto-Submitted", "auto-replied")]
    return [p], simple_mail(hs, core), exp_kind("bounce", "Postfix DSN: the request to orders@ bounced with 5.1.1; "
                                                "the attached original shows the PO table and dates but nobody answered.")


@case("baggage-tags-per-1000", "confirmation/nl-NL",
      "Dutch confirmation quotes prices per 1000 pieces on a PO priced per piece: one converts to a new price, one equals the PO price.")
def c009(slug):
    s = sup("LBLSCH", "Labelprint Schiphol B.V.", "verkoop@labelprint-schiphol.example", "nl-NL")
    p = po("4500318885", s, "EUR", "2026-11-05", [
        ("BT-RFID-450", "RFID baggage tag 450x54 mm, thermal, 2-ply", 250000, "PCS", "0.0790", "2026-12-14"),
        ("BT-LR-300", "Limited release tag 300x54 mm, orange", 40000, "PCS", "0.1265", "2026-12-14"),
        ("BT-RIB-110", "Thermal transfer ribbon 110 mm x 300 m", 60, "ROL", "7.40", "2026-12-14")])
    body = ("Beste Maren,\n\nHierbij bevestigen wij order 4500318885:\n\n"
            "Pos. 1 RFID-label 450x54: 250.000 st., prijs € 84,00 per 1000 st. (nieuwe chipprijs per 1-12), "
            "levering 14-12-2026\nPos. 2 Limited release label 300x54: 40.000 st., € 126,50 per 1000 st., "
            "levering 14-12-2026\nPos. 3 Lint 110 mm x 300 m: 60 rollen à € 7,40, levering 14-12-2026\n\n"
            "Met vriendelijke groet,\n\nSanne de Vries\nBinnendienst\nLabelprint Schiphol B.V.\n"
            "Fokkerweg 300, 1438 AN Oude Meer\nT +31 20 653 41 70\n")
    eml = reply(slug, po_=p, frm=("Sanne de Vries", "sanne.devries@labelprint-schiphol.example"),
                subject="RE: " + req_subject(p), when="2026-11-17 13:40:02 +0100", body=body, lang="nl",
                charset="windows-1252", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, price="0.084"), 2: "A", 3: "A"})],
                              "Per-1000 prices: € 84,00/1000 = 0.084 per piece (PO 0.0790, changed); € 126,50/1000 = "
                              "0.1265 = PO (accepted). '1-12' is a date in the remark, not a quantity.")


@case("lacrosse-dozens", "confirmation/en-US",
      "US reply gives quantities in dozens and one price per dozen on a PO in pieces; US month-first dates.")
def c010(slug):
    s = sup("IFSLAX", "Iroquois Field Sports Inc.", "orders@ifs-lacrosse.example", "en-US")
    p = po("4500318896", s, "USD", "2026-11-04", [
        ("LAX-HD-W", "Lacrosse head, women's, pocket 10x12 mesh, 2027 model", 150, "PCS", "24.80", "2026-12-11"),
        ("LAX-SH-30", "Lacrosse shaft 30 in, alloy 7075, attack", 60, "PCS", "31.50", "2026-12-11"),
        ("LAX-BL-NO", "Lacrosse ball NOCSAE/SEI, yellow", 600, "PCS", "1.35", "2026-12-11")], buyer="jw")
    body = ("Hi Jonas,\n\nThanks for the PO. Heads are packed by the dozen, so on line 1 we can do 12 dz instead of "
            "the 150; price stays $24.80/pc, and they will arrive a week later, 12/18/2026.\n"
            "Shafts: 5 dz, delivered 12/11/2026 as requested.\nBalls: 50 dz at $16.20/dz, delivered 12/11/2026.\n\n"
            "Best,\nKyle Thompson\nCustomer Service | Iroquois Field Sports Inc.\n1420 Commerce Dr, Syracuse, NY 13206 "
            "| (315) 555-0148\n")
    eml = reply(slug, po_=p, frm=("Kyle Thompson", "kyle.thompson@ifs-lacrosse.example"),
                subject="Re: " + req_subject(p), when="2026-11-10 15:12:37 -0500", body=body, client="gmail",
                lang="en", charset="UTF-8", cte="7bit", html=True)
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, q=144, d="2026-12-18"), 2: "A", 3: "A"})],
                              "Dozens on a PO in pieces: 12 dz = 144 (changed, 12/18/2026 US format), 5 dz = 60 "
                              "(accepted), 50 dz at $16.20/dz = 600 pcs at 1.35 (accepted).")


@case("blister-foil-invoice-other-po", "unrelated/pl-PL",
      "Polish accounting mail with a PDF VAT invoice for a different PO of ours from the same supplier; the open PO is not answered.")
def c011(slug):
    s = sup("FOLIAPH", "FoliaPharm Sp. z o.o.", "zamowienia@foliapharm.example", "pl-PL")
    p = po("4500318907", s, "EUR", "2026-11-06", [
        ("FP-ALU-20", "Alu lidding foil 20 micron, 250 mm x 1000 m", 40, "ROL", "118.00", "2027-01-15"),
        ("FP-PVDC-250", "PVC/PVDC film 250 micron/60 gsm, 250 mm", 30, "ROL", "164.00", "2027-01-15")])
    pdf = make_pdf([("FAKTURA VAT / INVOICE  nr FV/1187/11/2026", 13, True), "",
                    "Data wystawienia: 18.11.2026      Data sprzedazy: 16.11.2026",
                    "Sprzedawca: FoliaPharm Sp. z o.o., ul. Chemiczna 8, 87-100 Torun, NIP 879-245-11-08",
                    "Nabywca: Kestrel Group, Hafenstrasse 12, 20457 Hamburg, DE 298 114 556",
                    "Zamowienie nabywcy / Your PO: 4500317702 z dnia 12.10.2026", "WZ: WZ/2026/11/0934", "",
                    ("Lp.  Kod           Nazwa                                  Ilosc  JM    Cena EUR   Wartosc EUR", 9, True),
                    "1    FP-ALU-20     Folia aluminiowa 20 mic, 250 mm x 1000 m     24  ROL     118,00      2 832,00",
                    "2    FP-PVC-250    Folia PVC 250 mic, 250 mm                    18  ROL      96,50      1 737,00",
                    "", "Razem netto: 4 569,00 EUR    VAT 0% (WDT)    Razem brutto: 4 569,00 EUR",
                    "Termin platnosci: 17.01.2027 (60 dni)   Forma platnosci: przelew",
                    "Rachunek: PL 61 1090 1014 0000 0712 1981 2874  SWIFT WBKPPLPP"],
                   title="FV/1187/11/2026", author="Comarch ERP Optima", compress=True,
                   date="D:20261118101502+01'00'")
    body = ("Dzień dobry,\n\nw załączeniu przesyłamy fakturę VAT nr FV/1187/11/2026 do zamówienia 4500317702 "
            "(dostawa z 16.11.2026, WZ/2026/11/0934).\nTermin płatności: 17.01.2027.\n\nZ poważaniem\n"
            "Dział Księgowości\nFoliaPharm Sp. z o.o.\nul. Chemiczna 8, 87-100 Toruń\ntel. +48 56 621 40 15\n")
    eml = reply(slug, po_=None, frm=("FoliaPharm - Księgowość", "ksiegowosc@foliapharm.example"),
                subject="Faktura FV/1187/11/2026 - zamówienie 4500317702", when="2026-11-18 10:16:40 +0100",
                body=body, lang="pl", charset="iso-8859-2", cte="quoted-printable", quote="none", thread=False,
                attachments=[pdf_att(pdf, "FV_1187_11_2026.pdf")], to=buyer_addr(p))
    return [p], eml, exp_kind("unrelated", "Invoice for PO 4500317702 (not in pos.json); the open PO 4500318907 from "
                              "the same supplier is not answered even though item codes overlap.")


@case("drone-props-three-pos-one-answered", "confirmation/cs-CZ",
      "Three open POs from one Czech supplier; the reply confirms only the middle one (one line with a later date) and merely mentions another as shipped.")
def c012(slug):
    s = sup("VRTULE", "VrtuleTech s.r.o.", "objednavky@vrtuletech.example", "cs-CZ")
    pa = po("4500318918", s, "EUR", "2026-10-28", [
        ("DP-5045-3", "Propeller 5045 tri-blade, PC, 5x4.5 in", 2000, "PCS", "0.42", "2026-12-04"),
        ("DP-7035-CF", "Propeller 7x3.5 carbon fibre, CW/CCW pair", 400, "PAIR", "3.85", "2026-12-04")])
    pb = po("4500318929", s, "EUR", "2026-11-03", [
        ("DP-1555-CF", "Propeller 15x5.5 carbon, folding, 2027 series", 120, "PAIR", "28.60", "2026-12-18"),
        ("DP-HUB-M5", "Prop adapter M5x0.8, 5 mm shaft", 500, "PCS", "0.95", "2026-12-18"),
        ("DP-BAL-01", "Propeller balancer, magnetic", 10, "EA", "14.20", "2026-12-18")])
    pc = po("4500318931", s, "EUR", "2026-11-05", [
        ("DP-2260-CF", "Propeller 22x6.0 carbon, heavy lift", 60, "PAIR", "74.00", "2027-01-08")])
    body = ("Dobrý den paní Holtová,\n\npotvrzujeme objednávku 4500318929:\n"
            "pol. 1 - 120 párů, 28,60 EUR/pár, dodání 18. 12. 2026\n"
            "pol. 2 - 500 ks, 0,95 EUR/ks, dodání 18. 12. 2026\n"
            "pol. 3 - balancér: 10 ks, cena 14,20 EUR/ks, dodání až 8. 1. 2027 (výrobce má zpoždění)\n\n"
            "Objednávku 4500318918 jsme vyexpedovali již minulý týden, dodací list pošleme zvlášť.\n\n"
            "S pozdravem\nPetr Novák\nobchodní oddělení\nVrtuleTech s.r.o., Průmyslová 1184/6, 602 00 Brno\n"
            "tel.: +420 545 210 318\n")
    eml = reply(slug, po_=pb, frm=("Petr Novák", "petr.novak@vrtuletech.example"),
                subject="RE: " + req_subject(pb), when="2026-11-19 09:03:26 +0100", body=body, lang="cs",
                charset="iso-8859-2", cte="quoted-printable")
    return [pa, pb, pc], eml, exp_conf([conf(pb, {1: "A", 2: "A", 3: chg(pb, 3, d="2027-01-08")})],
                                       "Only PO 4500318929 is answered (line 3 later: 8. 1. 2027); 4500318918 is "
                                       "only mentioned as shipped and 4500318931 not at all, so both are left out.")


@case("wool-felt-noted-thanks", "needs_review/en-NZ",
      "iPhone reply 'Noted, thanks.' above the quoted request: acknowledges receipt, commits to nothing.")
def c013(slug):
    s = sup("KIWIFELT", "Kiwi Felt Mills Ltd", "orders@kiwifelt.example", "en-NZ")
    p = po("4500318942", s, "NZD", "2026-11-06", [
        ("WF-MER-3", "Merino wool felt 3 mm, 1.5 m wide, natural", 200, "M", "14.80", "2027-01-15"),
        ("WF-IND-10", "Industrial wool felt 10 mm, F1 grade, 1x1 m sheet", 40, "EA", "58.00", "2027-01-15")])
    body = "Noted, thanks.\n\nSent from my iPhone\n"
    eml = reply(slug, po_=p, frm=("Aroha Ngata", "aroha@kiwifelt.example"), subject="Re: " + req_subject(p),
                when="2026-11-10 08:14:55 +1300", body=body, client="iphone", quote="gmail", html=False,
                charset="utf-8", cte="quoted-printable")
    return [p], eml, exp_kind("needs_review", "'Noted, thanks' only acknowledges the request; no commitment to "
                              "quantities, prices or dates, so it is not a confirmation.")


@case("fishing-reels-signature-numbers", "confirmation/en-AU",
      "Plain confirmation whose signature is full of date- and quantity-like numbers ('since 1998', 'ISO 9001:2015', 'Mon-Fri 8-17', 'Min. order 12 units').")
def c014(slug):
    s = sup("SCTACKLE", "Southern Cross Tackle Pty Ltd", "orders@sctackle.example", "en-AU")
    p = po("4500318953", s, "AUD", "2026-11-05", [
        ("SCT-SW-8000", "Saltwater spinning reel 8000, sealed drag 25 kg", 30, "EA", "139.00", "2027-01-22"),
        ("SCT-OV-30", "Overhead reel 30W, 2-speed 6.2:1/3.1:1", 12, "EA", "289.00", "2027-01-22"),
        ("SCT-BRD-30", "Braid 30 lb, 300 m spool, 8-strand", 100, "PCS", "24.50", "2027-01-22")])
    body = ("Hi Maren,\n\nThanks for your order 4500318953 - all 3 lines are confirmed as per your PO: qty, price "
            "and delivery 22/01/2027.\n\nCheers,\nJason Whitfield\nSales Coordinator\n\n"
            "Southern Cross Tackle Pty Ltd - family owned since 1998\nISO 9001:2015 certified | ABN 48 123 456 789\n"
            "Unit 4/17 Pearson Road, Yatala QLD 4207\nPh: +61 7 3382 0450 | Trade counter Mon-Fri 8-17 AEST\n"
            "Min. order 12 units per SKU. Free freight on orders over $1,500.\n")
    eml = reply(slug, po_=p, frm=("Jason Whitfield", "jason.w@sctackle.example"), subject="RE: " + req_subject(p),
                when="2026-11-11 12:20:48 +1000", body=body, lang="en", charset="us-ascii", cte="7bit")
    return [p], eml, exp_conf([all_acc(p)], "All lines accepted (22/01/2027 = PO date, day-first). The signature's "
                              "1998, 9001:2015, 8-17, 4/17 and '12 units' must not be read as dates or quantities.")


@case("solar-heaters-dobava-18-12", "confirmation/sl-SI",
      "Slovenian reply confirms quantities and prices and moves all lines to 'dobava 18. 12. 2026' (spaced day-first date).")
def c015(slug):
    s = sup("SONKOL", "Soncni Kolektorji d.o.o.", "prodaja@soncni-kolektorji.example", "sl-SI")
    p = po("4500318964", s, "EUR", "2026-11-04", [
        ("SWH-200-FP", "Solar water heater 200 L, flat plate 2.5 m2, thermosiphon", 10, "EA", "945.00", "2026-12-14"),
        ("SWH-VT-20", "Evacuated tube collector 20 tubes, 58x1800 mm", 16, "EA", "412.00", "2026-12-14"),
        ("SWH-VLV-3/4", "Thermostatic mixing valve 3/4 in, 35-60 C", 26, "PCS", "38.90", "2026-12-14")])
    body = ("Spoštovana ga. Holt,\n\nzahvaljujemo se za naročilo 4500318964, ki ga potrjujemo v celoti – količine in "
            "cene kot v naročilu.\nRok: dobava 18. 12. 2026 za vse tri postavke (14. 12. žal ne moremo zagotoviti).\n\n"
            "Lep pozdrav,\n\nMaja Kovač\nProdaja\nSončni Kolektorji d.o.o., Tržaška cesta 118, 1000 Ljubljana\n"
            "T: +386 1 423 56 70\n")
    eml = reply(slug, po_=p, frm=("Maja Kovač", "maja.kovac@soncni-kolektorji.example"),
                subject="RE: " + req_subject(p), when="2026-11-20 11:08:14 +0100", body=body, lang="sl",
                charset="windows-1250", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {n: chg(p, n, d="2026-12-18") for n in (1, 2, 3)})],
                              "'dobava 18. 12. 2026' applies to all three lines; '14. 12.' is the refused requested "
                              "date, not a commitment.")


@case("ship-bells-paradosi-18-12", "confirmation/el-GR",
      "Greek per-position list in ISO-8859-7/base64 with one new price and 'παράδοση 18/12' (no year) for all lines.")
def c016(slug):
    s = sup("PAPBRASS", "Papadopoulos Marine Brass S.A.", "orders@papadopoulos-brass.example", "el-GR")
    p = po("4500318975", s, "EUR", "2026-11-02", [
        ("SB-BR-200", "Ship bell, polished brass, 200 mm, engraved, 2027 logo", 20, "EA", "186.00", "2026-12-11"),
        ("SB-BR-300", "Ship bell, brass, 300 mm, with bracket", 8, "EA", "348.00", "2026-12-11"),
        ("SB-ROPE-12", "Bell rope 12 mm, white, 3-strand, 40 cm", 28, "PCS", "9.50", "2026-12-11")])
    body = ("Αγαπητή κυρία Holt,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500318975 ως εξής:\n"
            "- Θέση 1: 20 τεμ. καμπάνες 200 mm, τιμή 186,00 €/τεμ.\n"
            "- Θέση 2: 8 τεμ. καμπάνες 300 mm, τιμή 356,00 €/τεμ. (νέα τιμή ορείχαλκου)\n"
            "- Θέση 3: 28 τεμ. σχοινιά καμπάνας, τιμή 9,50 €/τεμ.\n\nΓια όλες τις θέσεις: παράδοση 18/12.\n\n"
            "Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΝαυτικά Χαλκουργεία Παπαδόπουλος Α.Ε.\n"
            "Λεωφ. Ποσειδώνος 54, 185 45 Πειραιάς\nΤηλ.: +30 210 412 3380\n")
    eml = reply(slug, po_=p, frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@papadopoulos-brass.example"),
                subject="RE: " + req_subject(p), when="2026-11-23 12:41:19 +0200", body=body, lang="el",
                charset="iso-8859-7", cte="base64")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2026-12-18"), 2: chg(p, 2, price="356.00", d="2026-12-18"),
                                        3: chg(p, 3, d="2026-12-18")})],
                              "'παράδοση 18/12' without year = 2026-12-18 (next after the 23 Nov mail) for all "
                              "lines; line 2 price 356,00 instead of 348.00.")


@case("paper-lanterns-giao-hang", "confirmation/vi-VN",
      "Vietnamese Gmail reply (UTF-8, base64) with decimal commas and 'giao hàng ngày 18/12/2026' for all three items.")
def c017(slug):
    s = sup("HOIANLAN", "Hoi An Lantern Co., Ltd", "sales@hoianlantern.example", "vi-VN")
    p = po("4500318986", s, "USD", "2026-11-03", [
        ("PL-SILK-40", "Silk lantern 40 cm, round, red, foldable", 500, "PCS", "3.20", "2026-12-11"),
        ("PL-PAP-30", "Paper lantern 30 cm, white, with 3/8 in wire frame", 2000, "PCS", "0.85", "2026-12-11"),
        ("PL-LED-24", "LED light kit for lantern, 24 pcs per box", 40, "BOX", "21.60", "2026-12-11")])
    body = ("Chào chị Maren,\n\nChúng tôi xác nhận đơn hàng 4500318986:\n"
            "1. Đèn lụa 40 cm: 500 cái, giá 3,20 USD/cái\n2. Đèn giấy 30 cm: 2.000 cái, giá 0,85 USD/cái\n"
            "3. Bộ đèn LED: 40 hộp, giá 21,60 USD/hộp\n\nDo lịch tàu, giao hàng ngày 18/12/2026 cho cả 3 mặt hàng.\n\n"
            "Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh – Hội An Lantern Co., Ltd\n25 Trần Phú, Hội An, "
            "Quảng Nam\nĐT: +84 235 3861 245\n")
    eml = reply(slug, po_=p, frm=("Nguyễn Thị Thu Hà", "thuha.nguyen@hoianlantern.example"),
                subject="Re: " + req_subject(p), when="2026-11-14 15:26:03 +0700", body=body, client="gmail",
                lang="vi", charset="UTF-8", cte="base64")
    return [p], eml, exp_conf([conf(p, {n: chg(p, n, d="2026-12-18") for n in (1, 2, 3)})],
                              "Quantities (2.000 = 2000) and prices (3,20 = 3.20) as ordered; 'giao hàng ngày "
                              "18/12/2026' moves all lines from 11 Dec to 18 Dec.")


@case("harpsichord-strings-date-only-in-quote", "needs_review/it-IT",
      "Italian reply confirms prices only and refers delivery to 'our offer no. 2026/388'; the only dates visible are in our own quoted request.")
def c018(slug):
    s = sup("BELLINI", "Corde Armoniche Bellini S.r.l.", "ordini@cordebellini.example", "it-IT")
    p = po("4500318997", s, "EUR", "2026-11-04", [
        ("CB-CU-040", "Harpsichord string, red brass, 0.40 mm, 50 m coil", 10, "ROL", "32.40", "2026-12-18"),
        ("CB-FE-028", "Harpsichord string, iron, 0.28 mm, 50 m coil", 10, "ROL", "29.90", "2026-12-18")])
    body = ("Buongiorno Sig.ra Holt,\n\nconfermiamo i prezzi del Vostro ordine. Per la consegna vale il termine "
            "indicato nella nostra offerta n. 2026/388 del 21 ottobre.\n\nCordiali saluti\n\nFrancesca Bellini\n"
            "Ufficio Commerciale\nCorde Armoniche Bellini S.r.l. - Via dei Liutai 12, 26100 Cremona\n"
            "Tel. +39 0372 45 81 20\n")
    eml = reply(slug, po_=p, frm=("Francesca Bellini", "f.bellini@cordebellini.example"),
                subject="Re: " + req_subject(p), when="2026-11-12 17:02:44 +0100", body=body, client="thunderbird",
                lang="it", quote="gmail", html=False, charset="iso-8859-1", cte="8bit")
    return [p], eml, exp_kind("needs_review", "Only prices are confirmed; the delivery date is 'as in our offer "
                              "2026/388', which we do not have. The 2026-12-18 in the mail is our own quoted request, "
                              "not the supplier's commitment.")
