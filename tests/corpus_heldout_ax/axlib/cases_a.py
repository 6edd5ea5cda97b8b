"""Cases 001-018."""
from .common import *  # noqa: F401,F403
from .common import request_message
from .pdf import make_pdf
from .mime import Leaf, Multi, Raw

BUY = ("Dana Ruiz", "dana.ruiz@buyer.example")


@case("glass-jars-oneliner", "confirmation/en-GB",
      "A one-line 'confirmed as ordered' above a quoted table whose descriptions are full of numbers (370 ml, 82 mm, 3/4).")
def c001():
    s = sup("BRIGHTWELL", "Brightwell Glass Packaging Ltd", "orders@brightwell-glass.example", "en-GB")
    po = PO("4500031101", s, "GBP", [
        ("GJ-370-TO82", "Glass jar 370 ml, twist-off 82 mm, flint", 4800, "PCS", "0.412", "2026-12-11"),
        ("LID-TO82-GLD", "Twist-off lid 82 mm, gold, 3/4 button", 4800, "PCS", "0.086", "2026-12-11")])
    text = ("Hi Dana,\n\nConfirmed as ordered, both lines, delivery 11/12.\n\nRegards,\nTom Hargreaves\n"
            "Customer Services | Brightwell Glass Packaging Ltd\nUnit 7, Canal Side Estate, Knottingley WF11 8DU\n"
            "T: +44 1977 555 214\n\nBrightwell Glass Packaging Ltd is registered in England & Wales No. 04412871.\n")
    msg = reply("001", po, "2026-11-10 09:42 +0000", text, frm=("Tom Hargreaves", "tom.hargreaves@brightwell-glass.example"),
                html=True)
    return [po], msg, exp("confirmation", "Short confirmation; '11/12' is day-first (en-GB) and matches the requested date; all numbers in the quote are ours.",
                          conf(po, {1: A, 2: A}))


@case("fence-kw-split-preis-neu", "confirmation/de-DE",
      "Line 1 split over KW 50 and KW 2/2027 (Fridays), line 2 'Liefertermin wie bestellt, Preis neu 4,35'.")
def c002():
    s = sup("WZBRANDT", "Weidezaun Technik Brandt GmbH", "auftrag@weidezaun-brandt.example", "de-DE")
    po = PO("4500031102", s, "EUR", [
        ("WZ-GER-12V-15J", "Weidezaungerät 12V / 230V, 1.5 J", 40, "EA", "189.00", "2026-12-11"),
        ("WZ-BAND-40-200", "Weidezaunband 40 mm, 200 m Rolle", 120, "ROL", "4.10", "2026-12-11"),
        ("WZ-ISO-RING-8", "Ringisolator 8 mm, Beutel 25 St.", 60, "BOX", "3.95", "2026-12-11")], issued="2026-11-03")
    text = ("Hallo Frau Ruiz,\n\nvielen Dank für Ihre Bestellung 4500031102, hier unsere Bestätigung:\n\n"
            "Pos. 1: 25 Stk. in KW 50, Rest (15 Stk.) in KW 2/2027, Preis bleibt.\n"
            "Pos. 2: Liefertermin wie bestellt, Preis neu 4,35\n"
            "Pos. 3: i.O. wie bestellt\n\n"
            "Mit freundlichen Grüßen\n\nSabine Kröger\nInnendienst\nWeidezaun Technik Brandt GmbH\n"
            "Industriestraße 12 | 49377 Vechta\nTel. +49 4441 555-230\n"
            "Geschäftsführer: H. Brandt | Amtsgericht Oldenburg HRB 204117\n")
    msg = reply("002", po, "2026-11-11 14:20 +0100", text, frm=("Sabine Kröger", "s.kroeger@weidezaun-brandt.example"),
                prefix="AW:", lang="de", charset="iso-8859-15", html=True)
    return [po], msg, exp("confirmation", "KW 50 -> Fri 2026-12-11, KW 2/2027 -> Fri 2027-01-15 (schedule 25+15); line 2 keeps the date, price 4.35 instead of 4.10; '12V / 230V, 1.5 J' in the quote are not answers.",
                          conf(po, {1: C(s=[(25, D(2026, 12, 11)), (15, kw(2, 5, 2027))]), 2: C(p="4.35"), 3: A}))


@case("yoga-mats-pdf-ar", "confirmation/fr-FR",
      "The body only says 'ci-joint'; the Flate-compressed PDF carries a later date for line 1 and a reduced quantity for line 3.")
def c003():
    s = sup("ZENITH", "Zenith Tapis Sport SAS", "adv@zenith-tapis.example", "fr-FR")
    po = PO("4500031103", s, "EUR", [
        ("YM-TPE-183-6", "Tapis yoga TPE 183x61 cm, 6 mm, violet", 300, "PCS", "11.90", "2026-12-11"),
        ("YM-STRAP-250", "Sangle yoga coton 2.5 m, boucle D", 300, "PCS", "2.15", "2026-12-11"),
        ("YM-BLOCK-EVA", "Brique yoga EVA 23x15x7.5 cm", 150, "PCS", "3.40", "2026-12-11")])
    pdf = make_pdf([
        "# ZENITH TAPIS SPORT SAS",
        "ZA des Bruyères, 12 rue de l'Industrie, 69800 Saint-Priest - Tél. 04 72 55 08 90",
        "",
        "# ACCUSÉ DE RÉCEPTION DE COMMANDE N° AR-26-11873",
        "Client : Meridian Supply Group, Dock Road 14, 2030 Antwerp",
        "Votre commande : 4500031103 du 02/11/2026        Date AR : 12/11/2026",
        "",
        "Pos  Article          Désignation                          Qté    Prix unit. EUR  Livraison",
        "10   YM-TPE-183-6     Tapis yoga TPE 183x61 cm, 6 mm        300    11,90           18/12/2026",
        "20   YM-STRAP-250     Sangle yoga coton 2.5 m, boucle D     300     2,15           11/12/2026",
        "30   YM-BLOCK-EVA     Brique yoga EVA 23x15x7.5 cm          120     3,40           11/12/2026",
        "",
        "Pos 30 : quantité confirmée 120 (stock disponible), le solde de 30 pcs est annulé.",
        "Total HT : 4 632,00 EUR      Conditions : DAP, 30 jours net",
        "",
        "SAS au capital de 150 000 EUR - RCS Lyon 512 334 870 - TVA FR 27 512334870",
    ], flate=True, date="20261112103500+01'00'", title="AR-26-11873", producer="Sage 100 Gestion commerciale")
    text = ("Bonjour,\n\nVeuillez trouver ci-joint notre accusé de réception de commande.\n\nCordialement,\n\n"
            "Camille Roux\nAdministration des ventes\nZenith Tapis Sport SAS\nTél. : +33 4 72 55 08 90\n")
    msg = reply("003", po, "2026-11-12 11:03 +0100", text, frm=("Camille Roux", "c.roux@zenith-tapis.example"),
                lang="fr", charset="iso-8859-1", html=True, attachments=[att(pdf, "AR-26-11873.pdf")])
    return [po], msg, exp("confirmation", "All answers are in the Flate-compressed PDF (dd/mm/yyyy, decimal comma): line 1 date 18/12/2026, line 2 as ordered, line 3 only 120 of 150 with the rest cancelled.",
                          conf(po, {1: C(d=D(2026, 12, 18)), 2: A, 3: C(q=120)}))


@case("malt-per-tonne", "confirmation/cs-CZ",
      "Prices per tonne against a PO priced per kg (18 900 Kc/t = 18.90/kg), and dates '7. 12.' without a year.")
def c004():
    s = sup("HANAK", "Sladovna Hanák a.s.", "objednavky@sladovna-hanak.example", "cs-CZ")
    po = PO("4500031104", s, "CZK", [
        ("MLT-PILS-35", "Slad plzeňský 3.5 EBC, volně ložený", 24000, "KG", "18.40", "2026-12-07"),
        ("MLT-MNCH-15", "Slad mnichovský 15 EBC, vak 25 kg", 6000, "KG", "22.80", "2026-12-07")])
    text = ("Dobrý den,\n\npotvrzujeme Vaši objednávku č. 4500031104:\n\n"
            "pol. 1 – 24 t, cena 18 900 Kč/t (změna ceny dle letošní sklizně ječmene), dodání 7. 12.\n"
            "pol. 2 – 6 t, cena 22 800 Kč/t, dodání 7. 12.\n\n"
            "S pozdravem\n\nIng. Petra Dvořáková\nobchodní oddělení\nSladovna Hanák a.s., Pivovarská 18, 796 01 Prostějov\n"
            "tel.: +420 582 555 141\n")
    msg = reply("004", po, "2026-11-10 08:31 +0100", text, frm=("Petra Dvořáková", "dvorakova@sladovna-hanak.example"),
                lang="cs", charset="windows-1250")
    return [po], msg, exp("confirmation", "Per-tonne prices convert to per-kg (18.90 changed, 22.80 unchanged); 24 t / 6 t equal the ordered kg; '7. 12.' without a year is 2026-12-07.",
                          conf(po, {1: C(p="18.90"), 2: A}))


@case("seat-fabric-ooo", "auto_reply/de-AT",
      "Exchange out-of-office with a return date, a deputy's phone number and the quoted PO number; no commitment.")
def c005():
    s = sup("TWDORN", "Textilwerk Dornbirn Sitzbezüge GmbH", "verkauf@tw-sitzbezug.example", "de-AT")
    po = PO("4500031105", s, "EUR", [
        ("TSF-MOQ-140-620", "Sitzbezugsstoff Moquette 140 cm, 620 g/m2, EN 45545 HL2", 850, "M", "24.60", "2026-12-18"),
        ("TSF-HR-140-ANTH", "Kopfstützenschoner 40x30 cm, anthrazit", 600, "PCS", "3.85", "2026-12-18")], issued="2026-11-06")
    text = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 20.11.2026 nicht im Büro und habe nur "
            "eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an Herrn Lukas Wohlgenannt, Tel. +43 5572 555 318, "
            "verkauf@tw-sitzbezug.example.\n\nMit freundlichen Grüßen\nMartina Egger\n")
    msg = reply("005", po, "2026-11-09 07:58 +0100", text, frm=("Martina Egger", "m.egger@tw-sitzbezug.example"),
                subject="Automatische Antwort: " + req_subject(po), quote=None, charset="iso-8859-1",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], html=True)
    return [po], msg, exp("auto_reply", "Out-of-office (Auto-Submitted header, 'Automatische Antwort'); the date 20.11.2026 is a return date, not a delivery date.")


@case("gloves-pieces-vs-box", "confirmation/en-IN",
      "PO in boxes of 100, reply in pieces and per-piece prices; only a dispatch (ship) date is given, day-first.")
def c006():
    s = sup("SUNRISEMED", "Sunrise Medisafe Pvt. Ltd.", "exports@sunrise-medisafe.example", "en-IN")
    po = PO("4500031106", s, "USD", [
        ("GLV-NIT-M-100", "Nitrile exam gloves, powder-free, size M, 100/box, 3.5 g", 500, "BOX", "6.20", "2026-12-11"),
        ("GLV-NIT-L-100", "Nitrile exam gloves, powder-free, size L, 100/box, 3.5 g", 300, "BOX", "6.20", "2026-12-11")], buyer="priya")
    text = ("Dear Madam,\n\nGreetings from Sunrise Medisafe!\n\nWith reference to your PO No. 4500031106 we are pleased to confirm as under:\n\n"
            "1) Size M - 50,000 pcs @ USD 0.064/pc, dispatch on 04-12-2026 from Chennai port.\n"
            "2) Size L - 30,000 pcs @ USD 0.062/pc, dispatch on 04-12-2026.\n\n"
            "Kindly note the price of size M is revised due to increase in NBR latex cost.\n\n"
            "Thanks & Regards,\nR. Venkatesh\nExport Desk\nSunrise Medisafe Pvt. Ltd.\nPlot 42, SIPCOT Industrial Park, Sriperumbudur - 602 105, Tamil Nadu\n"
            "Mob: +91 98400 55512\n")
    msg = reply("006", po, "2026-11-13 12:47 +0530", text, frm=("R. Venkatesh", "venkatesh@sunrise-medisafe.example"),
                html=True)
    return [po], msg, exp("confirmation", "50,000 pcs = 500 boxes, 0.064/pc = 6.40/box (changed), 0.062/pc = 6.20/box (unchanged); only a dispatch date 04-12-2026 (day-first) is given, so it is the date.",
                          conf(po, {1: C(p="6.40", d=D(2026, 12, 4)), 2: C(d=D(2026, 12, 4))}))


@case("buoys-rejected-partial", "confirmation/nb-NO",
      "Per-position Norwegian answers: a partial quantity with the remainder dropped, a discontinued item rejected, one line as ordered.")
def c007():
    s = sup("HAVBOYE", "Havbøye Marine AS", "ordre@havboye.example", "nb-NO")
    po = PO("4500031107", s, "NOK", [
        ("BOY-A2-ORG", "Mooring buoy A2, dia 460 mm, orange", 12, "EA", "1150.00", "2026-12-18"),
        ("BOY-LED-3NM", "Light buoy LED 3 nm, 12V, dia 600 mm", 4, "EA", "8900.00", "2026-12-18"),
        ("BOY-CHN-16", "Buoy chain 16 mm, galvanised, 27.5 m", 10, "EA", "2340.00", "2026-12-18")])
    text = ("Hei Dana,\n\ntakk for bestillingen.\n\n"
            "Pos 1: 8 stk kan leveres 18.12. De resterende 4 stk utgår (tomt på lager, ingen ny produksjon før mars).\n"
            "Pos 2: Denne modellen er utgått, vi kan dessverre ikke levere.\n"
            "Pos 3: OK, som bestilt.\n\nMed vennlig hilsen\nØyvind Sæther\nHavbøye Marine AS\nKaiveien 3, 6005 Ålesund\nTlf. +47 70 55 41 20\n")
    msg = reply("007", po, "2026-11-12 15:10 +0100", text, frm=("Øyvind Sæther", "oyvind@havboye.example"),
                charset="iso-8859-1", client="thunderbird", quote="gt", lang="nb",
                attrib="Den 02.11.2026 10:05, skrev Dana Ruiz:", prefix="SV:")
    return [po], msg, exp("confirmation", "Line 1 only 8 of 12 on 18.12. (remainder cancelled), line 2 discontinued -> rejected, line 3 as ordered; '12V, 600 mm, 27.5 m' are descriptions.",
                          conf(po, {1: C(q=8), 2: R, 3: A}))


@case("ladders-postfix-dsn", "bounce/en-US",
      "Postfix DSN (multipart/report) whose attached original carries the full PO table with quantities, prices and dates.")
def c008():
    s = sup("SUMMIT", "Summit Ladder Co.", "sales@summit-ladders.example", "en-US")
    po = PO("4500031108", s, "USD", [
        ("LD-EXT-2x12", "Aluminum extension ladder 2x12 rungs, 24 ft, Type IA 300 lb", 10, "EA", "289.00", "2026-12-11"),
        ("LD-STEP-6FT", "Aluminum step ladder 6 ft, 250 lb", 24, "EA", "74.50", "2026-12-11"),
        ("LD-LEV-KIT", "Ladder leveler kit, 4-1/2 in adjustment", 10, "SET", "39.90", "2026-12-11")], issued="2026-11-09")
    oh, ob = request_message(po)
    dsn = ("Reporting-MTA: dns; mx2.buyer.example\nX-Postfix-Queue-ID: 4Yc7Qm2LkBz9sW\n"
           "X-Postfix-Sender: rfc822; dana.ruiz@buyer.example\nArrival-Date: Mon, 9 Nov 2026 10:05:03 +0100 (CET)\n\n"
           "Final-Recipient: rfc822; sales@summit-ladders.example\nOriginal-Recipient: rfc822;sales@summit-ladders.example\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.summit-ladders.example\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <sales@summit-ladders.example>: Recipient address rejected: User unknown in virtual mailbox table\n")
    expl = ("This is the mail system at host mx2.buyer.example.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<sales@summit-ladders.example>: host mail.summit-ladders.example[203.0.113.25] said:\n"
            "    550 5.1.1 <sales@summit-ladders.example>: Recipient address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    body = Multi("report", [Leaf("text/plain", expl, "us-ascii", "7bit", extra=["Content-Description: Notification"]),
                            Raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn),
                            Raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822",
                                 "Content-Transfer-Encoding: 8bit"], "\n".join(oh) + "\n\n" + ob)],
                 "4Yc7Qm2LkBz9sW.1794823504/mx2.buyer.example", ctparams=" report-type=delivery-status;")
    msg = message([("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx2.buyer.example (Mail Delivery System)"),
                   ("To", addr(*BUY)), ("Subject", "Undelivered Mail Returned to Sender"),
                   ("Date", rfcdate("2026-11-09 10:06 +0100")), ("Message-ID", "<20261109090504.4Yc7Qm2LkBz9sW@mx2.buyer.example>"),
                   ("Auto-Submitted", "auto-replied")], body)
    return [po], msg, exp("bounce", "Postfix DSN 5.1.1 user unknown; the returned original contains the whole PO table with dates and prices, which must not be read as an answer.")


@case("corks-personal-gmail", "confirmation/es-MX",
      "Sent from a personal gmail address, unthreaded, signed with the supplier's name; one price change.")
def c009():
    s = sup("CORNORTE", "Corchos y Tapones del Norte S.A. de C.V.", "ventas@corchosdelnorte.example", "es-MX")
    po = PO("4500031109", s, "USD", [
        ("CRK-NAT-45x24", "Natural cork stopper 45x24 mm, grade A", 20000, "PCS", "0.185", "2026-12-11"),
        ("CRK-TT-19.5-BLK", "T-top synthetic cork 19.5 mm, black head", 5000, "PCS", "0.092", "2026-12-11")])
    text = ("Hola Dana,\n\nte escribo desde mi correo personal porque el servidor de la empresa está caído desde ayer.\n\n"
            "Confirmamos la OC 4500031109:\n- Línea 1: 20,000 pzas a 0.185 USD, entrega 11/12/2026.\n"
            "- Línea 2: 5,000 pzas, precio 0.098 USD (aumento del tapón sintético), entrega 11/12/2026.\n\n"
            "Saludos,\nJorge Ramírez\nGerente de Ventas\nCorchos y Tapones del Norte S.A. de C.V.\n"
            "Av. Industrial 2150, Parque Industrial Escobedo, N.L. - Tel. +52 81 5550 2231\n\nEnviado desde mi iPhone\n")
    msg = reply("009", po, "2026-11-11 19:26 -0600", text, frm=("Jorge Ramírez", "jorge.ramirez.cdn@gmail.com"),
                subject="OC 4500031109 confirmación", quote=None, thread=False, client="gmail", html=True,
                mid_style="gmail")
    return [po], msg, exp("confirmation", "Personal gmail sender, but it names the PO, signs as the supplier's sales manager and commits; line 2 price 0.098 instead of 0.092; 11/12/2026 is day-first (es-MX).",
                          conf(po, {1: A, 2: C(p="0.098")}))


@case("led-strips-voltage-question", "needs_review/ko-KR",
      "Korean reply offering 12V instead of 24V with alternative prices and dates, but asking first; nothing is committed.")
def c010():
    s = sup("AQUABIT", "AquaBit LED Co., Ltd.", "sales@aquabit-led.example", "ko-KR")
    po = PO("4500031110", s, "USD", [
        ("AQ-LED-60-24V", "Aquarium LED strip 60 cm, 24V, 6500K, IP68", 200, "EA", "7.80", "2026-12-18"),
        ("AQ-LED-90-24V", "Aquarium LED strip 90 cm, 24V, 6500K, IP68", 150, "EA", "10.40", "2026-12-18"),
        ("AQ-PSU-24V-60W", "Power adapter 24V 60W, EU plug", 350, "EA", "6.90", "2026-12-18")])
    text = ("안녕하세요, Dana 님.\n\n주문서 4500031110 감사합니다. 확인 전에 한 가지 문의드립니다.\n\n"
            "1번, 2번 품목은 현재 12V 버전만 재고가 있습니다. 12V로 변경 가능하신지요?\n"
            "변경 가능하시면 단가 7.50 USD / 9.90 USD 로 2026년 12월 18일 납품 가능합니다.\n"
            "24V 유지 시에는 납기가 2027년 1월 말이 됩니다.\n\n회신 주시면 바로 확정해 드리겠습니다.\n\n"
            "감사합니다.\n김민준 과장 / 해외영업팀\n아쿠아빛 LED (AquaBit LED Co., Ltd.)\n경기도 안산시 단원구 산단로 77\nTel. +82 31 555 7720\n")
    msg = reply("010", po, "2026-11-12 10:15 +0900", text, frm=("김민준", "mj.kim@aquabit-led.example"),
                charset="euc-kr", cte="base64", html=True)
    return [po], msg, exp("needs_review", "The supplier asks whether 12V is acceptable; the 7.50/9.90 prices and 18 Dec date only apply if we agree, 24V would be 'end of January' (no date). Nothing is confirmed.")


@case("hockey-two-pos-one-answered", "confirmation/sv-SE",
      "Two open POs; the reply confirms one with 'v. 51' and only says it will come back on the other.")
def c011():
    s = sup("NORRKLUBBA", "Norrlands Klubbfabrik AB", "order@norrklubba.example", "sv-SE")
    p1 = PO("4500031111", s, "SEK", [
        ("HK-SR-P92-L-85", "Hockey stick senior, P92 curve, left, flex 85", 60, "EA", "749.00", "2026-12-11"),
        ("HK-JR-P28-R-50", "Hockey stick junior, P28 curve, right, flex 50", 80, "EA", "419.00", "2026-12-11")])
    p2 = PO("4500031211", s, "SEK", [
        ("HK-TAPE-24-50", "Stick tape 24 mm x 50 m, white", 200, "ROL", "34.50", "2026-12-18"),
        ("HK-WAX-50G", "Stick grip wax 50 g", 100, "EA", "39.00", "2026-12-18")], issued="2026-11-04")
    text = ("Hej Dana,\n\nOrder 4500031111 bekräftas enligt nedan:\n\n"
            "Pos 1: 60 st à 749,00 kr, leverans v. 51\nPos 2: 80 st à 419,00 kr, leverans 11 dec\n\n"
            "Angående order 4500031211 (tejp och vax) återkommer vi så snart vi fått besked från vår tejpleverantör.\n\n"
            "Med vänlig hälsning\nElin Bergqvist\nOrderavdelningen\nNorrlands Klubbfabrik AB\nFabriksgatan 9, 903 27 Umeå\n"
            "Tel 090-555 31 40\n")
    msg = reply("011", p1, "2026-11-10 13:05 +0100", text, frm=("Elin Bergqvist", "elin.bergqvist@norrklubba.example"),
                prefix="SV:", lang="sv", charset="iso-8859-1", html=True)
    return [p1, p2], msg, exp("confirmation", "Only PO 4500031111 is answered: line 1 'v. 51' = Fri 2026-12-18, line 2 as ordered. PO 4500031211 is only mentioned ('we will come back') and is left out.",
                              conf(p1, {1: C(d=kw(51)), 2: A}))


@case("foam-rolls-to-metres", "confirmation/fi-FI",
      "Line confirmed in rolls with a stated conversion '30 rullaa = 1 500 m' (less than ordered) and a 'viikolla 51' date.")
def c012():
    s = sup("POHJOLA", "Eristetehdas Pohjola Oy", "tilaukset@eristepohjola.example", "fi-FI")
    po = PO("4500031112", s, "EUR", [
        ("IF-PE-3MM-1x50", "PE foam underlay 3 mm, roll 1 x 50 m", 1600, "M", "0.74", "2026-12-11"),
        ("IF-XPS-30-1200", "XPS insulation board 30 mm, 1200x600 mm", 400, "M2", "6.85", "2026-12-11")])
    text = ("Hei,\n\nkiitos tilauksesta 4500031112.\n\n"
            "Rivi 1: toimitamme vain täysiä rullia: 30 rullaa = 1 500 m, hinta 0,74 €/m, toimitus 11.12.2026.\n"
            "Rivi 2: 400 m², 6,85 €/m², toimitus viikolla 51.\n\n"
            "Ystävällisin terveisin\nMikko Häkkinen\nmyyntipalvelu\nEristetehdas Pohjola Oy\nTeollisuustie 21, 90620 Oulu\npuh. 040 555 1287\n")
    msg = reply("012", po, "2026-11-11 09:50 +0200", text, frm=("Mikko Häkkinen", "mikko.hakkinen@eristepohjola.example"),
                prefix="VS:", lang="fi", charset="iso-8859-15", html=True)
    return [po], msg, exp("confirmation", "30 rolls = 1,500 m confirmed instead of 1,600 m (full rolls only); line 2 'viikolla 51' = Fri 2026-12-18; Finnish decimal comma.",
                          conf(po, {1: C(q=1500), 2: C(d=kw(51))}))


@case("tyres-satisfaction-survey", "unrelated/fr-CA",
      "Customer-satisfaction survey from the supplier's own domain, citing an earlier order number and a delivery date.")
def c013():
    s = sup("PVLAUR", "Pneus Vélo Laurentides inc.", "commandes@pneusvelo-laurentides.example", "fr-CA")
    po = PO("4500031113", s, "CAD", [
        ("BT-700x35C-FB", "Pneu vélo 700x35C, tringle souple, réfléchissant", 120, "PCS", "18.40", "2026-12-11"),
        ("BT-29x2.25-TL", "Pneu VTT 29x2.25, tubeless ready", 80, "PCS", "41.90", "2026-12-11")])
    text = ("Bonjour,\n\nMerci d'avoir fait affaire avec Pneus Vélo Laurentides! Votre commande 4500029870 a été livrée "
            "le 2026-10-28.\n\nNous aimerions connaître votre avis. Le sondage ne prend que 2 minutes :\n"
            "https://sondage.pneusvelo-laurentides.example/s/4500029870?c=MSG\n\n"
            "Sur une échelle de 0 à 10, quelle est la probabilité que vous nous recommandiez à un collègue?\n\n"
            "Merci!\nL'équipe du service à la clientèle\nPneus Vélo Laurentides inc. | 1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B8\n"
            "Pour ne plus recevoir ces sondages : https://sondage.pneusvelo-laurentides.example/desabonnement\n")
    msg = reply("013", po, "2026-11-16 08:00 -0500", text, frm=("Pneus Vélo Laurentides", "sondage@pneusvelo-laurentides.example"),
                subject="Votre avis compte : comment s'est passée votre commande?", quote=None, thread=False,
                client="erp", html=True, extra=[("List-Unsubscribe", "<https://sondage.pneusvelo-laurentides.example/desabonnement>"),
                                                ("Precedence", "bulk")])
    return [po], msg, exp("unrelated", "Satisfaction survey about an earlier, delivered order (4500029870); it does not answer PO 4500031113.")


@case("centrifuge-pdf-reordered", "confirmation/it-IT",
      "Supplier PDF lists the positions in its own order (pos 10..40) with our line numbers in a reference column.")
def c014():
    s = sup("LABPLAST", "LabPlast Italia S.r.l.", "ordini@labplast-italia.example", "it-IT")
    po = PO("4500031114", s, "EUR", [
        ("CT-15-PP-STR", "Centrifuge tube 15 ml PP, 17x120 mm, sterile, pack 50", 200, "BOX", "9.80", "2026-12-11"),
        ("CT-50-PP-STR", "Centrifuge tube 50 ml PP, 30x115 mm, sterile, pack 25", 160, "BOX", "8.95", "2026-12-11"),
        ("CT-RACK-15-50", "Tube rack for 15/50 ml, 4x6 positions", 40, "PCS", "6.20", "2026-12-11"),
        ("MT-1.5-PP", "Microtube 1.5 ml PP, pack 500", 30, "BOX", "7.40", "2026-12-11")])
    pdf = make_pdf([
        "# LabPlast Italia S.r.l.",
        "Via dell'Artigianato 31 - 20812 Limbiate (MB) - P.IVA IT08812340961",
        "",
        "# CONFERMA D'ORDINE N. 26/04417",
        "Spett.le Meridian Supply Group - Vs. ordine n. 4500031114 del 02/11/2026",
        "Data: 13/11/2026",
        "",
        "Pos  Vs.riga  Codice          Descrizione                         Q.ta  UM   Prezzo EUR  Consegna",
        "10   3        CT-RACK-15-50   Rack provette 15/50 ml 4x6           40   PZ     6,20      11/12/2026",
        "20   4        MT-1.5-PP       Microprovette 1,5 ml conf. 500       30   CF     7,40      18/12/2026",
        "30   2        CT-50-PP-STR    Provette 50 ml 30x115 sterili cf.25 160   CF     8,95      11/12/2026",
        "40   1        CT-15-PP-STR    Provette 15 ml 17x120 sterili cf.50 200   CF    10,10      11/12/2026",
        "",
        "Imponibile: 4.087,20 EUR - Resa: DAP - Pagamento: 30 gg d.f.",
        "Le righe sono ordinate per ubicazione di magazzino.",
    ], flate=False, date="20261113084000+01'00'", title="Conferma ordine 26/04417", producer="TeamSystem Enterprise")
    text = ("Buongiorno,\n\nin allegato la nostra conferma d'ordine n. 26/04417 relativa al Vs. ordine 4500031114.\n\n"
            "Cordiali saluti\n\nGiulia Bernasconi\nUfficio Commerciale\nLabPlast Italia S.r.l.\nTel. +39 02 9955 4120\n\n"
            "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.\n")
    msg = reply("014", po, "2026-11-13 08:52 +0100", text, frm=("Giulia Bernasconi", "g.bernasconi@labplast-italia.example"),
                prefix="R:", lang="it", charset="iso-8859-1", html=True, attachments=[att(pdf, "CO_26-04417.pdf")])
    return [po], msg, exp("confirmation", "PDF order differs from ours; map by item code / 'Vs.riga': our line 1 price 10.10 (changed), line 4 date 18/12/2026 (changed), lines 2 and 3 as ordered.",
                          conf(po, {1: C(p="10.10"), 2: A, 3: A, 4: C(d=D(2026, 12, 18))}))


@case("wrappers-per-mille", "confirmation/en-US",
      "Prices per thousand written '$38.50/M' against per-piece PO prices; US month-first ship dates.")
def c015():
    s = sup("TWISTWELL", "Twistwell Packaging Inc.", "orders@twistwell.example", "en-US")
    po = PO("4500031115", s, "USD", [
        ("CW-TW-100x120-CLR", "Candy twist wrapper, cellophane 100x120 mm, clear", 250000, "EA", "0.0365", "2026-12-08"),
        ("CW-FOIL-3x3-GLD", "Foil candy wrapper 3x3 in, gold, 0.5 mil", 120000, "EA", "0.0210", "2026-12-08")])
    text = ("Hi Dana -\n\nPO 4500031115 is confirmed.\n\nLine 1: 250,000 pcs @ $38.50/M, ships 12/08\n"
            "Line 2: 120,000 pcs @ $21.00/M, ships 12/08\n\nLine 1 reflects the new cellophane film pricing effective Nov 1.\n\n"
            "Thanks,\nKevin O'Brien\nInside Sales | Twistwell Packaging Inc.\n2200 W. Fulton St, Chicago, IL 60612\n(312) 555-0187\n")
    msg = reply("015", po, "2026-11-10 16:22 -0600", text, frm=("Kevin O'Brien", "kobrien@twistwell.example"),
                client="gmail", quote="gt", mid_style="gmail", html=True,
                attrib="On Mon, Nov 2, 2026 at 3:05 AM Dana Ruiz <dana.ruiz@buyer.example> wrote:")
    return [po], msg, exp("confirmation", "'/M' = per 1,000: $38.50/M = 0.0385/EA (changed from 0.0365), $21.00/M = 0.0210 (unchanged); 'ships 12/08' is Dec 8 (month-first) = requested.",
                          conf(po, {1: C(p="0.0385"), 2: A}))


@case("fuses-exchange-ndr", "bounce/hr-HR",
      "Croatian Exchange NDR (mailbox full) with text and HTML explanation plus the returned request.")
def c016():
    s = sup("JADRANFUSE", "Osigurači Jadran d.o.o.", "nabava@osiguraci-jadran.example", "hr-HR")
    po = PO("4500031116", s, "EUR", [
        ("FU-GPV-10x38-15", "Inverter fuse gPV 1000V DC, 10x38 mm, 15 A", 500, "PCS", "2.35", "2026-12-11"),
        ("FU-HLD-10x38-2P", "Fuse holder 10x38, 2-pole, DIN rail", 120, "PCS", "7.90", "2026-12-11")], issued="2026-11-10")
    oh, ob = request_message(po)
    txt = ("Isporuka nije uspjela za ove primatelje ili grupe:\n\nnabava@osiguraci-jadran.example\n"
           "Poštanski sandučić primatelja je pun i trenutačno ne može primati poruke. Pokušajte ponovno poslati poruku kasnije "
           "ili se obratite izravno primatelju.\n\nDijagnostičke informacije za administratore:\n\n"
           "Generirajući poslužitelj: MAIL01.osiguraci-jadran.example\n\nnabava@osiguraci-jadran.example\n"
           "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n")
    htm = html_of(txt, "utf-8", "Segoe UI, sans-serif")
    dsn = ("Reporting-MTA: dns;MAIL01.osiguraci-jadran.example\nReceived-From-MTA: dns;mx2.buyer.example\n"
           "Arrival-Date: Tue, 10 Nov 2026 09:05:12 +0000\n\n"
           "Final-Recipient: rfc822;nabava@osiguraci-jadran.example\nAction: failed\nStatus: 5.2.2\n"
           "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException\n")
    b = "_000_MAIL01osiguracijadran7Q2X_"
    body = Multi("report", [Multi("alternative", [Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                                  Leaf("text/html", htm, "utf-8", "quoted-printable")], "_002_MAIL01osiguracijadran7Q2X_"),
                            Raw(["Content-Type: message/delivery-status"], dsn),
                            Raw(["Content-Type: message/rfc822"], "\n".join(oh) + "\n\n" + ob)],
                 b, ctparams=" report-type=delivery-status;")
    msg = message([("From", "postmaster@osiguraci-jadran.example"), ("To", addr(*BUY)),
                   ("Subject", ew("Neisporučivo: " + req_subject(po))), ("Date", rfcdate("2026-11-10 10:06 +0100")),
                   ("Message-ID", "<7b1e2c40-9a7d-4c55-8a31-0c2f6e1d9b44@MAIL01.osiguraci-jadran.example>"),
                   ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                   ("Auto-Submitted", "auto-replied"), ("Content-Language", "hr-HR")], body)
    return [po], msg, exp("bounce", "Exchange NDR in Croatian (5.2.2 mailbox full) from the supplier's server; threaded on our request and carrying the PO table.")


@case("feed-blocks-already-delivered", "needs_review/nl-NL",
      "Supplier says the order was already delivered last week and asks if this is a new order.")
def c017():
    s = sup("VBHOLLAND", "Veevoerblokken Holland B.V.", "verkoop@vbholland.example", "nl-NL")
    po = PO("4500031117", s, "EUR", [
        ("FB-MIN-20-MG", "Cattle lick block 20 kg, mineral + magnesium", 240, "PCS", "14.20", "2026-12-04"),
        ("FB-MOL-25", "Molasses feed block 25 kg", 120, "PCS", "17.85", "2026-12-04")])
    text = ("Goedemiddag Dana,\n\nDeze order hebben we vorige week al geleverd (pakbon 2026-88412, afgeleverd op 5 november, "
            "240 + 120 blokken).\nOf gaat het om een nieuwe bestelling? Laat het even weten, dan plannen we hem in.\n\n"
            "Met vriendelijke groet,\nRuud van der Meer\nBinnendienst\nVeevoerblokken Holland B.V. | Nijverheidsweg 8, 7447 PD Hellendoorn\n"
            "T +31 548 555 902\n")
    msg = reply("017", po, "2026-11-12 14:40 +0100", text, frm=("Ruud van der Meer", "r.vandermeer@vbholland.example"),
                lang="nl", charset="iso-8859-1", html=True)
    return [po], msg, exp("needs_review", "'We already delivered this last week' with a question whether it is a new order: no commitment to this PO, a human must clarify (possible duplicate order).")


@case("chairs-long-form-dates", "confirmation/en-GB",
      "Prose with dates spelt out ('Friday, the eighteenth of December', 'the eleventh of December').")
def c018():
    s = sup("ASHCOMBE", "Ashcombe Seating Ltd", "sales.office@ashcombe-seating.example", "en-GB")
    po = PO("4500031118", s, "GBP", [
        ("OC-TASK-24H-BLK", "Task chair 24h, mesh back, 4D arms, black", 36, "EA", "218.00", "2026-12-11"),
        ("OC-CONF-CANT-GRY", "Cantilever conference chair, grey, stackable 4 high", 48, "EA", "96.50", "2026-12-11")])
    text = ("Dear Dana,\n\nThank you for your order 4500031118. I am pleased to confirm both lines in full at the prices shown. "
            "Owing to a backlog at our upholstery plant we shall, however, deliver the 36 task chairs on Friday, the eighteenth "
            "of December, whereas the 48 conference chairs will arrive as you requested on the eleventh of December.\n\n"
            "Yours sincerely,\n\nHarriet Pemberton\nSales Office Manager\nAshcombe Seating Ltd\nMill Lane, High Wycombe HP12 3QT\n"
            "Tel: 01494 555 730\n\nThis email and any attachments are confidential and intended solely for the addressee.\n")
    msg = reply("018", po, "2026-11-13 10:11 +0000", text, frm=("Harriet Pemberton", "h.pemberton@ashcombe-seating.example"),
                html=True)
    return [po], msg, exp("confirmation", "Long-form dates: 'Friday, the eighteenth of December' = 2026-12-18 (a Friday) for line 1; line 2 on the eleventh = as ordered.",
                          conf(po, {1: C(d=D(2026, 12, 18)), 2: A}))
