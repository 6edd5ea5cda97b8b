"""Cases, part C."""

import datetime as dt
from decimal import Decimal

from . import common as C
from . import mime as M
from . import pdf as P
from . import xlsx as X
from .common import case, result, acc, chg, rej, unc, conf


# ---------------------------------------------------------------- A25
@case
def wind_chimes_hebrew():
    sup = C.supplier("GALILCHIMES", 'פעמוני רוח גליל בע"מ', "sales@galil-chimes.example", "he-IL", 2)
    po = C.PO("4500218521", sup, "HA", "ILS", "2026-11-24", [
        C.L(1, "WCT-ALU-20", "Wind chime tube, aluminium, 20 mm x 600 mm", 600, "PCS", "11.40", "2026-12-14"),
        C.L(2, "WCT-BRS-16", "Wind chime tube, brass, 16 mm x 450 mm", 300, "PCS", "19.80", "2026-12-14")])
    date = C.mail_dt("2026-11-25 12:06:48", 2)
    d = C.local_req_dt(po)
    typed = (
        "שלום הלן,\n\n"
        "תודה על ההזמנה. מאשרים את הזמנה מס' 4500218521 כדלקמן:\n\n"
        "שורה 1 - צינור אלומיניום 20 מ\"מ x 600 מ\"מ: 600 יח', מחיר 11.40 ₪ ליח', אספקה 14.12.2026\n"
        "שורה 2 - צינור פליז 16 מ\"מ x 450 מ\"מ: 300 יח', מחיר 21.20 ₪ ליח' (עליית מחיר הפליז), אספקה 28.12.2026\n\n"
        "בברכה,\nאורי לוי\nמנהל מכירות\nפעמוני רוח גליל בע\"מ\nאזור תעשייה צפוני, כרמיאל\nטל' 04-9555-318\n")
    wd = ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"][d.weekday()]
    mon = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
           "נובמבר", "דצמבר"][d.month - 1]
    sent = "יום %s %d %s %d %02d:%02d" % (wd, d.day, mon, d.year, d.hour, d.minute)
    quote = C.quote_custom(po, ("מאת", "נשלח", "אל", "נושא"), sent, sep="_" * 32)
    plain = typed + "\n" + quote
    html = M.outlook_html('<div dir="rtl">' + C.para_html(typed, "MsoNormal", "p") + "</div>\n"
                          + C.pre_html(quote), "windows-1255", "HE")
    eml = M.reply(po, frm=("אורי לוי", "uri.levi@galil-chimes.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a25", body=plain, html=html, client="outlook",
                  charset="windows-1255", header_charset="windows-1255", content_language="he-IL",
                  received_from=("mail.galil-chimes.example", "198.51.100.55"))
    return result("wind-chime-tubes-hebrew-rtl", "confirmation",
                  "Hebrew windows-1255 right-to-left reply with shekel sign; sizes (20 מ\"מ x 600) next to quantities",
                  [po], eml,
                  "Line 1 as ordered. Line 2: price 21.20 ₪ instead of 19.80 and delivery 28.12.2026. The tube "
                  "dimensions in the same sentence are not quantities.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="21.20", date="2026-12-28")})])


# ---------------------------------------------------------------- A26
@case
def carillon_html_only_fr():
    sup = C.supplier("DAUPHINOISE", "Fonderie de Cloches Dauphinoise", "commandes@fonderie-dauphinoise.example",
                     "fr-FR", 1)
    po = C.PO("4500218538", sup, "HA", "EUR", "2026-11-23", [
        C.L(1, "CRB-G4-380", "Carillon bell, bronze, tone G4, approx. 380 kg", 1, "EA", "16450.00", "2027-01-20"),
        C.L(2, "CRB-A4-300", "Carillon bell, bronze, tone A4, approx. 300 kg", 1, "EA", "13200.00", "2027-01-20"),
        C.L(3, "CRB-FRAME", "Bell frame section, galvanised steel", 2, "EA", "3875.00", "2027-01-20")])
    date = C.mail_dt("2026-11-26 16:40:12", 1)
    d = C.local_req_dt(po)
    rows = [("1", "CRB-G4-380", "Cloche sol<sub>4</sub>, bronze, env. 380&nbsp;kg", "1", "16&nbsp;450,00&nbsp;€", "20/01/2027"),
            ("2", "CRB-A4-300", "Cloche la<sub>4</sub>, bronze, env. 300&nbsp;kg", "1", "13&nbsp;200,00&nbsp;€", "29/01/2027"),
            ("3", "CRB-FRAME", "Élément de beffroi, acier galvanisé", "2", "3&nbsp;980,00&nbsp;€", "29/01/2027")]
    tr = "".join('<tr><td style="border:1px solid #999;padding:3px 6px">%s</td><td style="border:1px solid #999;'
                 'padding:3px 6px">%s</td><td style="border:1px solid #999;padding:3px 6px">%s</td><td style="border:1px '
                 'solid #999;padding:3px 6px;text-align:right">%s</td><td style="border:1px solid #999;padding:3px 6px;'
                 'text-align:right">%s</td><td style="border:1px solid #999;padding:3px 6px">%s</td></tr>\n' % r
                 for r in rows)
    attr = "Le %02d/%02d/%d %02d:%02d, Helen Achterberg a écrit&nbsp;:" % (d.day, d.month, d.year, d.hour, d.minute)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
        '<body style="font-family:Verdana,Geneva,sans-serif;font-size:10pt">\n'
        '<p>Madame,</p>\n<p>Suite à votre commande n° 4500218538, nous avons le plaisir de vous confirmer les '
        'éléments suivants&nbsp;:</p>\n'
        '<table style="border-collapse:collapse"><tr style="background:#dde4ee"><th>Poste</th><th>Référence</th>'
        '<th>Désignation</th><th>Qté</th><th>Prix unitaire HT</th><th>Date de livraison</th></tr>\n' + tr +
        '</table>\n<p>La cloche la<sub>4</sub> nécessite un second accordage&nbsp;; elle sera livrée avec le '
        'beffroi le 29&nbsp;janvier. Le prix du beffroi tient compte de la hausse de l\'acier galvanisé.</p>\n'
        '<p>Restant à votre disposition,<br>Bien cordialement,</p>\n'
        '<p>--&nbsp;<br><b>Claire Vuillermoz</b><br>Administration des ventes<br>Fonderie de Cloches Dauphinoise'
        '<br>74 route des Fonderies, 74000 Annecy<br>Tél. 04 50 55 12 87</p>\n'
        '<div style="font-size:8pt;color:#777">Ce message et ses pièces jointes sont confidentiels et établis à '
        'l\'attention exclusive de leurs destinataires.</div>\n<br>\n'
        '<div class="moz-cite-prefix">' + attr + '</div>\n<blockquote type="cite" style="border-left:2px solid '
        '#1010ff;padding-left:5px">' + C.pre_html(C.request_plain(po)) + '</blockquote>\n</body></html>\n')
    eml = M.reply(po, frm=("Claire Vuillermoz", "c.vuillermoz@fonderie-dauphinoise.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a26", html=html, html_only=True, client="generic",
                  charset="windows-1252", header_charset="utf-8",
                  ua="Roundcube Webmail/1.6.9", received_from=("webmail.fonderie-dauphinoise.example", "203.0.113.74"),
                  msgid="<%s@fonderie-dauphinoise.example>" % C.h("a26m", 32, "0123456789abcdef"))
    return result("carillon-bells-html-only-table", "confirmation",
                  "HTML-only Roundcube mail (no text part): confirmation in an HTML table with &nbsp; thousands",
                  [po], eml,
                  "Only text/html. Table: poste 1 as ordered (20/01/2027); poste 2 delivered 29/01/2027; poste 3 "
                  "3 980,00 € instead of 3 875,00 and 29/01/2027. Thousands separated by &nbsp;.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-29"),
                             3: chg(po, 3, price="3980.00", date="2027-01-29")})])


# ---------------------------------------------------------------- A27
@case
def buoys_fr_ca():
    sup = C.supplier("BOUEESSTL", "Bouées Saint-Laurent inc.", "ventes@bouees-stlaurent.example", "fr-CA", -5)
    po = C.PO("4500218545", sup, "PR", "CAD", "2026-11-25", [
        C.L(1, "MBY-600-YL", "Mooring buoy, 600 mm, foam-filled PE, yellow", 12, "EA", "389.00", "2026-12-18"),
        C.L(2, "MBY-900-OR", "Mooring buoy, 900 mm, orange, with through-rod", 6, "EA", "845.00", "2027-01-08")])
    date = C.mail_dt("2026-11-26 09:14:37", -5)
    typed = (
        "Bonjour Priya,\n\n"
        "Nous confirmons votre commande 4500218545 :\n\n"
        "Article 1 : 12 bouées 600 mm à 389,00 $ ch., livraison le 2026-12-18.\n"
        "Article 2 : 6 bouées 900 mm à 845,00 $ ch.; livraison prévue le 2027-01-22 en raison de la "
        "fermeture de l'usine pendant les Fêtes (du 2026-12-19 au 2027-01-04).\n\n"
        "Merci et bonne journée,\n\n"
        "Mathieu Gagnon\nDirecteur des ventes\nBouées Saint-Laurent inc.\n"
        "455, boul. Jessop, Rimouski (Québec) G5L 1M9\n418 555-0176\n")
    plain, html = M.outlook_pair(po, typed, "fr", "iso-8859-1", "FR-CA")
    eml = M.reply(po, frm=("Mathieu Gagnon", "mgagnon@bouees-stlaurent.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a27", body=plain, html=html, client="outlook",
                  charset="iso-8859-1", content_language="fr-CA", outlook_region="yqbprd01.prod.outlook.com",
                  received_from=("mail-yqbcan01on2118.outbound.protection.outlook.example", "40.107.116.118"))
    return result("mooring-buoys-quebec-iso-dates", "confirmation",
                  "Québec French with ISO dates; a plant-closure period (two more dates) next to the real new date",
                  [po], eml,
                  "fr-CA writes ISO dates. Line 1 as ordered. Line 2 delivery 2027-01-22; the closure "
                  "2026-12-19..2027-01-04 is context, not a delivery date.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22")})])


# ---------------------------------------------------------------- A28
@case
def lute_strings_packs():
    sup = C.supplier("CORDEVICENTINE", "Corde Armoniche Vicentine S.n.c.", "info@corde-vicentine.example", "it-IT", 1)
    po = C.PO("4500218552", sup, "MF", "EUR", "2026-11-25", [
        C.L(1, "LST-GUT-11", "Lute string set, 11-course, gut, normal tension", 25, "SET", "96.00", "2026-12-11"),
        C.L(2, "LST-NYL-13", "Lute string set, 13-course, nylgut", 40, "SET", "58.50", "2026-12-11"),
        C.L(3, "LST-BASS-D", "Lute bass string, loaded gut, D, single", 150, "PCS", "7.80", "2026-12-11")])
    date = C.mail_dt("2026-11-27 11:31:20", 1)
    d = C.local_req_dt(po)
    typed = (
        "Buongiorno Marco,\n\n"
        "confermiamo l'ordine 4500218552:\n\n"
        "- riga 1: 25 mute, € 96,00 cad., consegna 11/12/2026\n"
        "- riga 2: 40 mute, € 58,50 cad., consegna 11/12/2026\n"
        "- riga 3: le corde singole si vendono solo in confezioni da 10 pz, quindi confermiamo 160 pz "
        "a € 7,80, consegna 18/12/2026\n\n"
        "Cordiali saluti\nAlessandro Dal Santo\nCorde Armoniche Vicentine S.n.c.\n"
        "Via Btg. Framarin 7, 36100 Vicenza\ntel. 0444 555 218\n")
    attr = "Il %02d/%02d/%d %02d:%02d, Marco Feliciano ha scritto:" % (d.day, d.month, d.year, d.hour, d.minute)
    plain = typed + "\n" + attr + "\n" + C.prefix(C.request_plain(po))
    eml = M.reply(po, frm=("Alessandro Dal Santo", "alessandro@corde-vicentine.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a28", body=plain, client="thunderbird",
                  charset="UTF-8", plain_only=True, flowed=True, content_language="it-IT",
                  received_from=("smtp.corde-vicentine.example", "192.0.2.111"))
    return result("lute-strings-rounded-to-pack-size", "confirmation",
                  "quantity rounded up to packs of 10 (150 -> 160) with a later date; Thunderbird format=flowed",
                  [po], eml,
                  "Lines 1-2 as ordered. Line 3: sold only in packs of 10, confirmed 160 pcs at 7,80 delivered "
                  "18/12/2026 -> changed qty 160 and date 2026-12-18.",
                  [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, qty=160, date="2026-12-18")})])


# ---------------------------------------------------------------- A29
@case
def hay_nets_argentina_eta():
    sup = C.supplier("REDESPAMPEANAS", "Redes Pampeanas S.A.", "ventas@redespampeanas.example", "es-AR", -3)
    po = C.PO("4500218569", sup, "TW", "USD", "2026-11-26", [
        C.L(1, "HBN-RL-123", "Hay bale net wrap, 1.23 m x 3000 m roll", 60, "EA", "132.00", "2027-01-15")])
    date = C.mail_dt("2026-11-30 15:47:09", -3)
    typed = (
        "Hola Tomasz, ¿cómo andás?\n\n"
        "Te confirmo la OC 4500218569: 60 rollos de red para fardos 1,23 x 3.000 m a US$ 132,00 c/u.\n"
        "Embarque: 15/01/2027 desde Buenos Aires, ETA Felixstowe 12/02/2027.\n\n"
        "Cualquier cosa avisame.\nSaludos,\n\n"
        "Facundo Iribarren\nComercio Exterior | Redes Pampeanas S.A.\n"
        "Ruta Prov. 41 km 3,5 - (B2760) San Antonio de Areco, Bs. As.\nTel. +54 9 2326 55-4718\n")
    plain, html = M.gmail_pair(po, typed, "es")
    eml = M.reply(po, frm=("Facundo Iribarren", "firibarren@redespampeanas.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a29", body=plain, html=html, client="gmail",
                  charset="UTF-8", received_from=("mail-qv1-f41.google.example", "209.85.219.41"))
    return result("hay-nets-argentina-etd-eta", "confirmation",
                  "ship date equals our need-by date but the ETA given is four weeks later; the ETA is the answer",
                  [po], eml,
                  "Embarque (ship) 15/01/2027 equals the requested date, but the delivery (ETA Felixstowe) "
                  "12/02/2027 is given and wins -> changed date 2027-02-12. Price US$ 132,00 with decimal comma as ordered.",
                  [conf(po, {1: chg(po, 1, date="2027-02-12")})])


# ---------------------------------------------------------------- A30
@case
def fountain_brazil():
    sup = C.supplier("BOCAISCASCATA", "Bocais Cascata Indústria Ltda.", "vendas@bocaiscascata.example", "pt-BR", -3)
    po = C.PO("4500218576", sup, "JO", "BRL", "2026-11-25", [
        C.L(1, "FNZ-CMT-34", "Fountain nozzle, comet, 3/4 in", 50, "EA", "186.00", "2026-12-21"),
        C.L(2, "FNZ-MUSH-1", "Fountain nozzle, mushroom, 1 in", 30, "EA", "242.00", "2026-12-21"),
        C.L(3, "FNZ-LED-RING", "LED ring for nozzle, 12 V, RGB", 30, "EA", "395.00", "2027-01-11")])
    date = C.mail_dt("2026-11-27 10:20:55", -3)
    typed = (
        "Prezada Joanne, bom dia!\n\n"
        "Segue a confirmação do pedido 4500218576:\n\n"
        "Item 1 - 50 pç - R$ 186,00 - entrega 21/12/2026\n"
        "Item 2 - 30 pç - R$ 249,90 - entrega 21/12/2026\n"
        "Item 3 - 30 pç - R$ 395,00 - entrega 11/01/2027\n\n"
        "Obs.: valor do item 2 reajustado conforme tabela vigente. Valores sem IPI.\n\n"
        "Atenciosamente,\n\nFernanda Lopes\nDepto. Comercial\nBocais Cascata Indústria Ltda.\n"
        "Rua Voluntários da Pátria, 1450 - Joinville/SC - CEP 89201-000\nFone: (47) 3555-2190\n")
    plain, html = M.outlook_pair(po, typed, "pt", "iso-8859-1", "PT-BR")
    eml = M.reply(po, frm=("Fernanda Lopes", "fernanda.lopes@bocaiscascata.example"), date=date,
                  subject="RES: " + C.request_subject(po), seed="a30", body=plain, html=html, client="outlook",
                  charset="iso-8859-1", content_language="pt-BR", outlook_region="cpqprd01.prod.outlook.com",
                  received_from=("mail-cpqbra01on2130.outbound.protection.outlook.example", "40.107.125.130"))
    return result("fountain-nozzles-brazil-res", "confirmation",
                  "Brazilian Portuguese 'RES:' reply, R$ with decimal comma, a price readjusted 'conforme tabela'",
                  [po], eml,
                  "Items 1 and 3 as ordered; item 2 R$ 249,90 instead of 242.00 (dates as ordered).",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="249.90"), 3: acc(po, 3)})])


# ---------------------------------------------------------------- A31
@case
def buoys_norway_uke():
    sup = C.supplier("KYSTBOYE", "Kystbøye AS", "ordre@kystboye.example", "nb-NO", 1)
    po = C.PO("4500218583", sup, "MF", "NOK", "2026-11-26", [
        C.L(1, "MBY-SPH-800", "Mooring buoy, spherical, 800 mm, steel-reinforced PE", 8, "EA", "6450.00", "2026-12-18"),
        C.L(2, "MBY-PICK-300", "Pick-up buoy, 300 mm, with eye", 40, "EA", "420.00", "2026-12-18"),
        C.L(3, "MBY-CHN-16", "Mooring chain, 16 mm, galvanised", 200, "M", "185.00", "2026-12-18")])
    date = C.mail_dt("2026-11-27 08:55:19", 1)
    d = C.local_req_dt(po)
    typed = (
        "Hei Marco,\n\n"
        "Takk for bestillingen. Vi bekrefter ordre 4500218583 slik:\n\n"
        "Linje 1: 8 stk à kr 6 450,00 - levering uke 51\n"
        "Linje 2: 40 stk à kr 420,00 - levering uke 51\n"
        "Linje 3: 200 m kjetting à kr 198,50/m - levering uke 2\n\n"
        "Kjettingprisen er justert etter ny stålpris.\n\n"
        "Med vennlig hilsen\nIngrid Solheim\nKystbøye AS\nLangelandsvegen 41, 6010 Ålesund\nTlf. 70 55 31 20\n")
    wd = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"][d.weekday()]
    mon = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"][d.month - 1]
    sent = "%s %d. %s %d %02d:%02d" % (wd, d.day, mon, d.year, d.hour, d.minute)
    quote = C.quote_custom(po, ("Fra", "Sendt", "Til", "Emne"), sent, sep="")
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "iso-8859-1", "NO-BOK")
    eml = M.reply(po, frm=("Ingrid Solheim", "ingrid.solheim@kystboye.example"), date=date,
                  subject="SV: " + C.request_subject(po), seed="a31", body=plain, html=html, client="outlook",
                  charset="iso-8859-1", content_language="nb-NO",
                  received_from=("mail-oslnor01on2101.outbound.protection.outlook.example", "40.107.14.101"))
    w51, w2 = C.week_day(2026, 51), C.week_day(2027, 2)
    return result("mooring-buoys-norwegian-uke", "confirmation",
                  "Norwegian week numbers ('uke 51', 'uke 2' of the next year); price per metre raised",
                  [po], eml,
                  "uke 51 = Friday 2026-12-18 = requested for lines 1-2 (accepted). Line 3: kr 198,50/m instead "
                  "of 185.00 and 'uke 2' = Friday 2027-01-15 (next week 2 after the mail date).",
                  [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, price="198.50", date=w2)})])


# ---------------------------------------------------------------- A32
@case
def cowls_danish_two_pos():
    sup = C.supplier("SKORSTENSTEK", "Skorstensteknik Jylland ApS", "salg@skorstensteknik.example", "da-DK", 1)
    poa = C.PO("4500218590", sup, "HA", "DKK", "2026-11-24", [
        C.L(1, "CWL-H150-GAL", "Chimney cowl, H-type, 150 mm, galvanised", 20, "EA", "465.00", "2026-12-14"),
        C.L(2, "CWL-SPK-200", "Spark arrestor cowl, 200 mm", 15, "EA", "690.00", "2026-12-14")])
    pob = C.PO("4500218591", sup, "HA", "DKK", "2026-11-24", [
        C.L(1, "CWL-VENT-ROT", "Rotating ventilation cowl, 250 mm", 10, "EA", "1240.00", "2027-01-11")],
        req_time="09:34")
    date = C.mail_dt("2026-11-26 13:12:08", 1)
    d = C.local_req_dt(poa)
    typed = (
        "Hej Helen\n\n"
        "Tak for ordrerne. Hermed vores bekræftelse:\n\n"
        "Ordre 4500218590\n"
        "pos. 1: 20 stk. à 465,00 kr. - lev. 14.12.2026\n"
        "pos. 2: 15 stk. à 690,00 kr. - lev. 14.12.2026\n\n"
        "Ordre 4500218591\n"
        "pos. 1: 10 stk. à 1.295,00 kr. - lev. uge 3\n\n"
        "Venlig hilsen\nJesper Kjærgaard\nSkorstensteknik Jylland ApS\nIndustrivej 22, 8660 Skanderborg\n"
        "Tlf. 86 55 21 40 - CVR 31 55 48 20\n")
    mon = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"][d.month - 1]
    sent = "%d. %s %d %02d:%02d" % (d.day, mon, d.year, d.hour, d.minute)
    quote = C.quote_custom(poa, ("Fra", "Sendt", "Til", "Emne"), sent, sep="")
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "iso-8859-1", "DA")
    eml = M.reply(poa, frm=("Jesper Kjærgaard", "jk@skorstensteknik.example"), date=date,
                  subject="SV: " + C.request_subject(poa), seed="a32", body=plain, html=html, client="outlook",
                  charset="iso-8859-1", content_language="da-DK",
                  received_from=("mail.skorstensteknik.example", "192.0.2.98"))
    u3 = C.week_day(2027, 3)
    return result("chimney-cowls-danish-two-orders", "confirmation",
                  "one Danish reply answers two POs (threaded on only one of them); 'uge 3' next year; 1.295,00 kr.",
                  [poa, pob], eml,
                  "Both POs answered. 4500218590 both lines as ordered. 4500218591: 1.295,00 kr. (not 1240.00) and "
                  "'uge 3' = Friday 2027-01-22. Only the first request is quoted and in In-Reply-To.",
                  [conf(poa, {1: acc(poa, 1), 2: acc(poa, 2)}),
                   conf(pob, {1: chg(pob, 1, price="1295.00", date=u3)})])


# ---------------------------------------------------------------- A33
@case
def ferry_ramps_finnish_viikko():
    sup = C.supplier("SAARISTORAMPIT", "Saariston Rampit Oy", "myynti@saaristonrampit.example", "fi-FI", 2)
    po = C.PO("4500218607", sup, "TW", "EUR", "2026-11-25", [
        C.L(1, "FRR-PONT-8", "Pontoon access ramp, aluminium, 8 m", 3, "EA", "12850.00", "2027-01-15"),
        C.L(2, "FRR-HING-8", "Hinge plate set for 8 m ramp", 3, "SET", "1120.00", "2027-01-15"),
        C.L(3, "FRR-ROLL", "Ramp end roller kit, nylon", 6, "SET", "345.00", "2026-12-18")])
    date = C.mail_dt("2026-11-27 14:03:33", 2)
    d = C.local_req_dt(po)
    typed = (
        "Hei Tomasz,\n\n"
        "kiitos tilauksesta 4500218607. Vahvistamme sen seuraavasti:\n\n"
        "rivi 1: 3 kpl á 12 850,00 €, toimitus viikolla 3/2027\n"
        "rivi 2: 3 sarjaa á 1 120,00 €, toimitus viikolla 3/2027 (rampin mukana)\n"
        "rivi 3: 6 sarjaa á 345,00 €, toimitus 18.12.2026\n\n"
        "Ystävällisin terveisin\nJukka Virtanen\nmyyntipäällikkö\nSaariston Rampit Oy\n"
        "Telakkakatu 8, 20240 Turku\npuh. 040 555 2817\n")
    wd = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"][d.weekday()]
    mon = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"][d.month - 1]
    sent = "%s %d. %s %d %d.%02d" % (wd, d.day, mon, d.year, d.hour, d.minute)
    quote = C.quote_custom(po, ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), sent, sep="")
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "iso-8859-15", "FI")
    eml = M.reply(po, frm=("Jukka Virtanen", "jukka.virtanen@saaristonrampit.example"), date=date,
                  subject="VS: " + C.request_subject(po), seed="a33", body=plain, html=html, client="outlook",
                  charset="iso-8859-15", content_language="fi-FI",
                  received_from=("mail.saaristonrampit.example", "198.51.100.33"))
    w3 = C.week_day(2027, 3)
    return result("ferry-ramps-finnish-week-3-2027", "confirmation",
                  "Finnish 'viikolla 3/2027' (week with year) for two lines; ISO-8859-15 with €",
                  [po], eml,
                  "Week 3/2027 without a day = Friday 2027-01-22 for lines 1-2 (requested 2027-01-15, changed). "
                  "Line 3 as ordered (18.12.2026).",
                  [conf(po, {1: chg(po, 1, date=w3), 2: chg(po, 2, date=w3), 3: acc(po, 3)})])


# ---------------------------------------------------------------- A34
@case
def mallets_slovak_split():
    sup = C.supplier("PERKUSIA", "Perkusia Žilina s.r.o.", "obchod@perkusia.example", "sk-SK", 1)
    po = C.PO("4500218614", sup, "HA", "EUR", "2026-11-27", [
        C.L(1, "GLM-PLS-22", "Glockenspiel mallet, plastic head 22 mm, pair", 200, "PR", "4.95", "2026-12-15")])
    date = C.mail_dt("2026-12-01 13:40:26", 1)
    typed = (
        "Dobrý deň pani Achterberg,\n\n"
        "potvrdzujeme objednávku č. 4500218614: 200 párov paličiek, cena 4,95 € / pár.\n"
        "Termín dodania: celé množstvo nie je možné dodať naraz - 120 párov dodáme 15. 12. 2026 "
        "a zvyšných 80 párov 12. 1. 2027.\n\n"
        "S pozdravom\n\nMgr. Ľubomír Hrnčiar\nobchodné oddelenie\nPerkusia Žilina s.r.o.\n"
        "Bratislavská 112, 010 01 Žilina\ntel.: +421 41 555 3120\n")
    plain, html = M.outlook_pair(po, typed, "sk", "windows-1250", "SK")
    eml = M.reply(po, frm=("Ľubomír Hrnčiar", "hrnciar@perkusia.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a34", body=plain, html=html, client="outlook",
                  charset="windows-1250", content_language="sk-SK",
                  received_from=("mail.perkusia.example", "192.0.2.164"))
    return result("glockenspiel-mallets-slovak-two-deliveries", "confirmation",
                  "Slovak windows-1250; a single-line PO split 120 + 80 across the new year",
                  [po], eml,
                  "200 pairs at 4,95 €: 120 on 2026-12-15 and 80 on 2027-01-12 -> changed, schedule, final date "
                  "2027-01-12.",
                  [conf(po, {1: chg(po, 1, date="2027-01-12", schedule=[(120, "2026-12-15"), (80, "2027-01-12")])})])


# ---------------------------------------------------------------- A35
@case
def forge_tongs_romanian_vat():
    sup = C.supplier("FIERARIABIHOR", "Fierăria Bihor S.R.L.", "vanzari@fierariabihor.example", "ro-RO", 2)
    po = C.PO("4500218621", sup, "TW", "RON", "2026-11-26", [
        C.L(1, "FTG-RO-500", "Forge tongs, pick-up, 500 mm", 25, "EA", "168.00", "2026-12-17"),
        C.L(2, "FTG-BOLT-10", "Forge tongs, bolt jaw 10 mm", 25, "EA", "154.00", "2026-12-17")])
    date = C.mail_dt("2026-11-27 16:25:10", 2)
    d = C.local_req_dt(po)
    typed = (
        "Bună ziua domnule Wierzbicki,\n\n"
        "Confirmăm comanda nr. 4500218621 după cum urmează:\n\n"
        "Poz. 1 - clește de forjă pentru ridicat, 500 mm: 25 buc. x 168,00 lei + TVA (203,28 lei cu TVA), "
        "livrare 17.12.2026\n"
        "Poz. 2 - clește de forjă pentru buloane 10 mm: 25 buc. x 154,00 lei + TVA (186,34 lei cu TVA), "
        "livrare 17.12.2026\n\n"
        "Cu stimă,\nIoana Mureșan\nDepartament vânzări\nFierăria Bihor S.R.L.\n"
        "Str. Făgărașului nr. 12, 410227 Oradea, jud. Bihor\nTel. 0259 555 418\n")
    attr = "În %s, %d %s %d, la %02d:%02d, Tomasz Wierzbicki a scris:" % (
        ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."][d.weekday()], d.day,
        ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."][d.month - 1],
        d.year, d.hour, d.minute)
    plain = typed + "\n" + attr + "\n\n" + C.prefix(C.request_plain(po))
    eml = M.reply(po, frm=("Ioana Mureșan", "ioana.muresan@fierariabihor.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a35", body=plain, client="generic",
                  charset="iso-8859-16", plain_only=True, header_charset="iso-8859-16",
                  ua="Mozilla Thunderbird", received_from=("mail.fierariabihor.example", "203.0.113.129"))
    return result("forge-tongs-romanian-net-and-gross", "confirmation",
                  "Romanian ISO-8859-16 (ș, ț); each price given net and VAT-inclusive; the net price is the PO price",
                  [po], eml,
                  "Both lines as ordered: 168,00 and 154,00 lei + TVA; the bracketed gross prices (203,28 / 186,34 "
                  "lei incl. 21 % VAT) are not different prices.",
                  [conf(po, {1: acc(po, 1), 2: acc(po, 2)})])


# ---------------------------------------------------------------- N5
@case
def kite_spools_will_revert():
    sup = C.supplier("LIONCITYKITES", "Lion City Kites Pte Ltd", "orders@lioncitykites.example", "en-SG", 8)
    po = C.PO("4500218824", sup, "JO", "SGD", "2026-11-27", [
        C.L(1, "KSP-DLX-250", "Kite reel, deluxe, 250 mm, with line guide", 600, "PCS", "12.80", "2027-01-08"),
        C.L(2, "KSP-HDL-120", "Kite handle spool, 120 mm, plastic", 2000, "PCS", "1.45", "2027-01-08")])
    date = C.mail_dt("2026-11-30 17:52:40", 8)
    typed = ("Hi Joanne,\n\n"
             "Noted with thanks. Our factory in Weifang is checking capacity before the CNY shutdown, will revert "
             "by Fri 4/12 with the delivery schedule and our confirmation.\n\n"
             "Regards,\nJasmine Tan\nLion City Kites Pte Ltd\n21 Ubi Road 1, #04-12, Singapore 408724\n"
             "T: +65 6555 1247\n")
    plain, html = M.outlook_pair(po, typed, "en", "us-ascii", "EN-SG", gb=True)
    eml = M.reply(po, frm=("Jasmine Tan", "jasmine.tan@lioncitykites.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="n05", body=plain, html=html, client="outlook",
                  charset="us-ascii", cte="7bit", html_cte="quoted-printable", content_language="en-SG",
                  outlook_region="sg2prd03.prod.outlook.com",
                  received_from=("mail-sg2apc01on2109.outbound.protection.outlook.example", "40.107.215.109"))
    return result("kite-spools-will-revert-by-friday", "needs_review",
                  "'noted with thanks ... will revert by Fri 4/12': a date in the mail, but it is only when they will answer",
                  [po], eml,
                  "Acknowledges receipt and promises an answer by Friday 4 Dec (day-first). No quantity, price or "
                  "delivery commitment yet.")


# ---------------------------------------------------------------- N6
@case
def carillon_vague_estimate():
    sup = C.supplier("KLOKVLAANDEREN", "Klokkengieterij Vlaanderen NV", "verkoop@klokkengieterij-vlaanderen.example",
                     "nl-BE", 1)
    po = C.PO("4500218831", sup, "MF", "EUR", "2026-11-26", [
        C.L(1, "CRB-D5-160", "Carillon bell, bronze, tone D5, approx. 160 kg", 1, "EA", "7850.00", "2027-01-22"),
        C.L(2, "CRB-E5-120", "Carillon bell, bronze, tone E5, approx. 120 kg", 1, "EA", "6420.00", "2027-01-22")])
    date = C.mail_dt("2026-12-02 10:08:16", 1)
    typed = ("Beste Marco,\n\n"
             "Bedankt voor uw bestelling. Het gieten van beide klokken staat gepland in de loop van januari; de "
             "levering zal vermoedelijk ergens tussen half februari en begin maart vallen, afhankelijk van hoe "
             "vlot het stemmen verloopt. De prijzen blijven zoals besteld.\n\n"
             "Zodra de klokken gestemd zijn, laten wij u de juiste leverdatum weten.\n\n"
             "Met vriendelijke groeten\nPieter Vermeulen\nKlokkengieterij Vlaanderen NV\n"
             "Battelsesteenweg 318, 2800 Mechelen\nT +32 15 55 41 90\n")
    plain, html = M.outlook_pair(po, typed, "nl", "windows-1252", "NL-BE")
    eml = M.reply(po, frm=("Pieter Vermeulen", "pieter.vermeulen@klokkengieterij-vlaanderen.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="n06", body=plain, html=html, client="outlook",
                  charset="windows-1252", content_language="nl-BE",
                  received_from=("mail.klokkengieterij-vlaanderen.example", "192.0.2.245"))
    return result("carillon-bells-vague-estimate", "needs_review",
                  "Flemish reply: prices kept but delivery only 'vermoedelijk tussen half februari en begin maart'",
                  [po], eml,
                  "Delivery is only a vague estimate ('probably between mid-February and early March', exact date to "
                  "follow after tuning), well after the 2027-01-22 need-by; a human must decide.")


# ---------------------------------------------------------------- N7
@case
def ice_axe_body_vs_pdf():
    sup = C.supplier("POHJATIPP", "Põhjatipp OÜ", "myyk@pohjatipp.example", "et-EE", 2)
    po = C.PO("4500218838", sup, "TW", "EUR", "2026-11-30", [
        C.L(1, "IAP-MIX-B", "Ice axe pick, mixed climbing, B-rated", 50, "EA", "46.00", "2026-12-18"),
        C.L(2, "IAP-ADZE", "Ice axe adze, steel", 30, "EA", "28.00", "2026-12-18")])
    date = C.mail_dt("2026-12-02 15:19:44", 2)
    pdf = P.document(
        "TELLIMUSE KINNITUS / ORDER CONFIRMATION 26-0917",
        ["Põhjatipp OÜ, Peterburi tee 46, 11415 Tallinn, Eesti   KMKR EE102255418",
         "Klient / Customer: Brightwater Civic & Leisure Supply Ltd, Felixstowe, UK",
         "Teie tellimus / Your PO: 4500218838 (30.11.2026)",
         "Kuupäev / Date: 02.12.2026   Valuuta / Currency: EUR   Tarnetingimus: DAP Felixstowe"],
        ["Rida", "Kood", "Nimetus", "Kogus", "Ühik", "Hind EUR", "Tarneaeg"],
        [["1", "IAP-MIX-B", "Jääkirka tera, mixed, B", "50", "tk", "46,00", "15.01.2027"],
         ["2", "IAP-ADZE", "Jääkirka labidas, teras", "30", "tk", "28,00", "15.01.2027"]],
        [50, 80, 150, 330, 340, 420, 440], align=["l", "l", "l", "r", "l", "r", "l"],
        footer_lines=["Kokku / Total EUR 3 140,00", "Maksetingimus: 30 päeva netto"],
        producer="Merit Aktiva", author="Põhjatipp OÜ", created="20261202151500+02'00'")
    typed = ("Tere, Tomasz!\n\n"
             "Kinnitame tellimuse 4500218838 - kõik read tarnime soovitud kuupäeval 18.12.2026. "
             "Tellimuse kinnitus on manuses.\n\n"
             "Parimate soovidega\nKadri Tamm\nmüügijuht\nPõhjatipp OÜ\nPeterburi tee 46, 11415 Tallinn\n"
             "tel +372 655 5140\n")
    plain, html = M.outlook_pair(po, typed, "en", "iso-8859-15", "ET", gb=True)
    eml = M.reply(po, frm=("Kadri Tamm", "kadri.tamm@pohjatipp.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="n07", body=plain, html=html, client="outlook",
                  charset="iso-8859-15", content_language="et-EE",
                  attachments=[M.attach(pdf, "application/pdf", "Tellimuse_kinnitus_26-0917.pdf")],
                  received_from=("mail.pohjatipp.example", "198.51.100.214"))
    return result("ice-axe-picks-body-contradicts-pdf", "needs_review",
                  "Estonian body says all lines on 18.12.2026, the attached confirmation PDF says 15.01.2027",
                  [po], eml,
                  "Body: all lines on the requested 18.12.2026; attached order confirmation: Tarneaeg 15.01.2027 for "
                  "both lines. Qty/price agree, dates contradict; a human must ask which is right.")


# ---------------------------------------------------------------- R3
@case
def helpdesk_receipt():
    sup = C.supplier("SUMMITFORGE", "Summit Forge Supply Inc.", "support@summitforge.example", "en-US", -5)
    po = C.PO("4500218810", sup, "HA", "USD", "2026-11-30", [
        C.L(1, "FTG-SCRL-18", "Scrolling tongs, 18 in", 24, "EA", "46.50", "2026-12-16"),
        C.L(2, "FTG-PKUP-20", "Pick-up tongs, 20 in", 24, "EA", "39.00", "2026-12-16"),
        C.L(3, "FTG-RACK-W", "Wall-mounted tong rack, 12 slots", 6, "EA", "118.00", "2026-12-16")])
    date = C.mail_dt("2026-11-30 04:30:31", -5)
    d = C.local_req_dt(po)
    plain = ("##- Please type your reply above this line -##\n\n"
             "Your request (#48213) has been received and is being reviewed by our support staff.\n\n"
             "To add additional comments, reply to this email.\n\n"
             "----------------------------------------------\n\n"
             "Helen Achterberg, %s %d, %d, %d:%02d %s EST\n\n%s\n"
             "----------------------------------------------\n"
             "This email is a service from Summit Forge Supply. Delivered by Zendesk\n"
             "[DK5R0M-Q7ZX]\n" % (d.strftime("%b"), d.day, d.year, (d.hour % 12) or 12, d.minute,
                                  "AM" if d.hour < 12 else "PM", C.request_plain(po)))
    html = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:14px\">"
            "<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
            "<p>Your request (#48213) has been received and is being reviewed by our support staff.</p>"
            "<p>To add additional comments, reply to this email.</p><hr><p><b>Helen Achterberg</b><br>"
            "<span style=\"color:#bbb\">%s %d, %d, %d:%02d %s EST</span></p>%s<hr>"
            "<p style=\"color:#999;font-size:12px\">This email is a service from Summit Forge Supply. "
            "Delivered by <a href=\"https://www.zendesk.example\">Zendesk</a></p>"
            "<span style=\"color:#FFFFFF\">[DK5R0M-Q7ZX]</span></body></html>\n" % (
                d.strftime("%b"), d.day, d.year, (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM",
                C.pre_html(C.request_plain(po))))
    eml = M.reply(po, frm=("Summit Forge Supply", "support@summitforge.example"), date=date,
                  subject="[Request received] " + C.request_subject(po), seed="r03", body=plain, html=html,
                  client="generic", charset="utf-8",
                  msgid="<DK5R0M-Q7ZX_6762c1a8b2e4f_7f3d2a1c9_sprut@zendesk.example>",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                         ("X-Delivery-Context", "event-id-48213004"), ("Reply-To", "Summit Forge Supply "
                                                                                    "<support+id48213@summitforge.example>")],
                  received_from=("out-12.smtp.zendesk.example", "192.161.151.12"))
    return result("forge-tongs-helpdesk-ticket-receipt", "auto_reply",
                  "Zendesk 'Request received' ticket mail that echoes our whole PO (figures included)",
                  [po], eml,
                  "Automatic helpdesk receipt (ticket #48213, Auto-Submitted: auto-generated). The only figures are "
                  "our own request echoed back.")


# ---------------------------------------------------------------- B3
@case
def bounce_gmail_delay():
    sup = C.supplier("VINGROSANA", "SIA Vingrošanas Aprīkojums", "pardosana@vingrosanasrinki.example", "lv-LV", 2)
    po = C.PO("4500218845", sup, "PR", "EUR", "2026-12-01", [
        C.L(1, "GYR-BIRCH-28", "Gymnastics rings, birch, 28 mm, competition", 60, "PR", "39.00", "2026-12-17"),
        C.L(2, "GYR-STRAP-5", "Ring straps, 5 m, numbered", 60, "PR", "16.50", "2026-12-17")])
    req = po["_req_dt"]
    when = req + dt.timedelta(hours=4, minutes=2, seconds=11)
    rcpt = po["supplier"]["email"]
    plain = (
        "\n** Message delayed **\n\n"
        "There was a temporary problem delivering your message to %s. Gmail will retry for 44 more hours. "
        "You'll be notified if the delivery fails permanently.\n\n"
        "The response was:\n\n"
        "The recipient server did not accept our requests to connect. For more information, go to "
        "https://support.google.com/mail/answer/7720 [mx.vingrosanasrinki.example. 198.51.100.88: timed out]\n"
        % rcpt)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<table cellpadding=\"0\" cellspacing=\"0\" style=\"padding-top:32px;background-color:#ffffff\"><tbody>"
            "<tr><td><table cellpadding=\"0\" cellspacing=\"0\"><tbody><tr><td style=\"max-width:560px;"
            "padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px\">"
            "<div style=\"font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:24px;color:#202124;"
            "padding-bottom:8px\">Message delayed</div><div style=\"font-family:Roboto-Regular,Helvetica,Arial,"
            "sans-serif;font-size:16px;color:#202124\">There was a temporary problem delivering your message to "
            "<a style=\"color:#212121;text-decoration:none\"><b>%s</b></a>. Gmail will retry for 44 more hours. "
            "You'll be notified if the delivery fails permanently.</div></td></tr></tbody></table></td></tr>"
            "<tr><td style=\"padding:24px\"><p style=\"font-family:Roboto-Regular,Helvetica,Arial,sans-serif;"
            "font-size:16px\">The response was:</p><p style=\"font-family:monospace\">The recipient server did "
            "not accept our requests to connect. For more information, go to https://support.google.com/mail/"
            "answer/7720 [mx.vingrosanasrinki.example. 198.51.100.88: timed out]</p></td></tr></tbody></table>"
            "</body></html>\n" % rcpt)
    alt = M.multi("alternative", [M.text(plain, charset="UTF-8", cte="7bit"),
                                  M.text(html, "html", "UTF-8", "quoted-printable")],
                  M.boundary("b03", "gmail", 2))
    rel = M.multi("related", [alt], M.boundary("b03", "gmail", 1))
    ds = M.delivery_status(
        [("Reporting-MTA", "dns; googlemail.com"),
         ("Arrival-Date", C.rfc_date(req))],
        [[("Final-Recipient", "rfc822; " + rcpt), ("Action", "delayed"), ("Status", "4.4.1"),
          ("Diagnostic-Code", "smtp; The recipient server did not accept our requests to connect. For more "
                              "information, go to https://support.google.com/mail/answer/7720 "
                              "[mx.vingrosanasrinki.example. 198.51.100.88: timed out]"),
          ("Last-Attempt-Date", C.rfc_date(when)),
          ("Will-Retry-Until", C.rfc_date(req + dt.timedelta(hours=48)))]])
    orig = M.request_message(po)
    hdrs = M.to_bytes(orig).decode("ascii").split("\r\n\r\n", 1)[0].replace("\r\n", "\n") + "\n"
    hdrs = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=brightwater-supply.example; s=google; "
            "t=%d; h=to:subject:message-id:date:from:mime-version; bh=%s=; b=%s\n" % (
                int(req.timestamp()), C.h("b03bh", 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                C.h("b03b", 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))) + hdrs
    root = M.multi("report", [rel, ds, M.rfc822_headers(hdrs)], M.boundary("b03", "gmail", 0),
                   params=[("report-type", "delivery-status")])
    hs = [("Return-Path", "<>"),
          ("Received", "by 2002:a05:6a10:c8e3:b0:5b2:1f4a:3d02 with SMTP id h3csp412787pxb; " + C.rfc_date(when)),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", "priya.raman@brightwater-supply.example"),
          ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Delay)"),
          ("References", po["request_message_id"]),
          ("In-Reply-To", po["request_message_id"]),
          ("X-Failed-Recipients", rcpt),
          ("Message-ID", "<67a2b1c4.%s.%s@mx.google.com>" % (C.h("b03x", 16, "0123456789abcdef"),
                                                             C.h("b03y", 4, "0123456789abcdef"))),
          ("Date", C.rfc_date(when))]
    eml = M.to_bytes(M.finalize(root, hs))
    return result("gym-rings-gmail-delay-warning", "bounce",
                  "Gmail 'Delivery Status Notification (Delay)': temporary, will retry; Action: delayed, 4.4.1",
                  [po], eml,
                  "Delay warning, not a final failure, but still a delivery status notification from "
                  "mailer-daemon@googlemail.com. No supplier content.")


# ---------------------------------------------------------------- U3
@case
def invoice_other_po_colombia():
    sup = C.supplier("BOYASCARIBE", "Boyas y Anclajes del Caribe S.A.S.", "ventas@boyascaribe.example", "es-CO", -5)
    po = C.PO("4500218852", sup, "MF", "COP", "2026-11-27", [
        C.L(1, "MBY-PE-500", "Mooring buoy, 500 mm, polyethylene, white", 40, "EA", "385000.00", "2026-12-21"),
        C.L(2, "MBY-SWV-16", "Buoy swivel, galvanised, 16 mm", 40, "EA", "62500.00", "2026-12-21")])
    date = C.mail_dt("2026-12-01 11:02:47", -5)
    pdf = P.document(
        "FACTURA ELECTRONICA DE VENTA FE-18342",
        ["Boyas y Anclajes del Caribe S.A.S.  NIT 900.512.384-7",
         "Cra. 2 # 11-41, Bocagrande, Cartagena de Indias, Colombia",
         "Cliente: Brightwater Civic & Leisure Supply Ltd - Orden de compra: 4500217702",
         "Fecha de emision: 30/11/2026   Vencimiento: 30/12/2026   Moneda: COP",
         "CUFE: " + C.h("u03cufe", 64, "0123456789abcdef")],
        ["Item", "Codigo", "Descripcion", "Cant.", "Vr. unitario", "Vr. total"],
        [["1", "MBY-PE-400", "Boya de amarre 400 mm, blanca", "60", "$ 298.000,00", "$ 17.880.000,00"],
         ["2", "MBY-SHK-12", "Grillete galvanizado 12 mm", "60", "$ 18.500,00", "$ 1.110.000,00"]],
        [50, 80, 160, 360, 440, 540], align=["l", "l", "l", "r", "r", "r"],
        footer_lines=["Subtotal: $ 18.990.000,00", "IVA 0 % (exportacion): $ 0,00", "Total a pagar: $ 18.990.000,00",
                      "Despachado el 27/11/2026 - guia 4820 1174 3391",
                      "Factura electronica validada por la DIAN. Resolucion 18764055218847 de 2025."],
        producer="Siigo Nube", author="Boyas y Anclajes del Caribe S.A.S.", created="20261130170522-05'00'")
    body = ("Señores\nBrightwater Civic & Leisure Supply Ltd\n\n"
            "Adjunto encontrará la factura electrónica de venta FE-18342 correspondiente a su orden de compra "
            "4500217702, despachada el 27/11/2026.\n\n"
            "Este correo ha sido generado automáticamente, por favor no responda a este mensaje.\n\n"
            "Boyas y Anclajes del Caribe S.A.S.\nNIT 900.512.384-7\n")
    eml = M.reply(po, frm=("Boyas y Anclajes del Caribe S.A.S.", "facturacion@boyascaribe.example"), date=date,
                  subject="900512384;Boyas y Anclajes del Caribe S.A.S.;FE18342;01;Boyas y Anclajes del Caribe S.A.S.",
                  seed="u03", body=body, client="generic", charset="utf-8", plain_only=True, in_reply=False,
                  to="cuentasporpagar@brightwater-supply.example",
                  attachments=[M.attach(pdf, "application/pdf", "FE18342.pdf")],
                  received_from=("mail.siigo-nube.example", "54.86.112.40"))
    return result("mooring-buoys-invoice-for-another-po", "unrelated",
                  "Colombian DIAN-style e-invoice mail for an older PO 4500217702 from the same supplier; PDF with quantities and prices",
                  [po], eml,
                  "Invoice for PO 4500217702 (not one of ours on file) with its own items, quantities, prices and "
                  "a dispatch date; it says nothing about PO 4500218852.")
