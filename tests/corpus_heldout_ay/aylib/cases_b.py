"""Cases 019-036."""
from . import mime
from .common import (PO, REJ, UNC, Ctx, P, Q, Raw, Sig, Supplier, T, acc, buyer, case, check_wd, chg, conf,
                     expected, iso_friday, lines, mail, outlook_header, plus_days, q_gt, q_outlook,
                     reply_subject, request_blocks, request_message, rfc_date, render_plain, utc_str)
from .pdf import PdfDoc


# ---------------------------------------------------------------------------
@case("mining-helmets-slovak-partial-january", "confirmation/sk-SK",
      "Slovak reply: one line delivered partly now (120 pcs on 11.12.2026) and the rest (180 pcs) on 22 January 2027.")
def c019(c: Ctx):
    sup = Supplier("BANSKA", "Banská Ochrana s.r.o.", "objednavky@banskaochrana.example", "sk-SK", "Mr Kováč")
    po = PO("4500232633", sup, "hp", "EUR", "2026-11-13", lines(
        ("BO-HM-EN397", "Mining helmet EN 397, ABS, with lamp bracket, white", 300, "EA", "14.60", "2026-12-11"),
        ("BO-LMP-4V", "Cap lamp 4V Li-ion, 10,000 lux, IP67", 300, "EA", "38.90", "2026-12-11"),
        ("BO-CHIN-3", "Chin strap 3-point, 20 mm", 300, "EA", "1.20", "2026-12-11"),
    ), req_time="12:55:00")
    body = [
        P("Dobrý deň, pani Pike,"),
        P("ďakujeme za Vašu objednávku č. 4500232633. Potvrdzujeme ju nasledovne:"),
        P("Pol. 1 - banské prilby EN 397 biele: 300 ks, cena 14,60 EUR/ks, termín dodania 11.12.2026.\n"
          "Pol. 2 - banícke lampy 4V: momentálne vieme dodať 120 ks s dodaním 11.12.2026, zvyšných 180 ks "
          "dodáme 22. januára 2027 (čakáme na batérie od dodávateľa). Cena 38,90 EUR/ks ostáva.\n"
          "Pol. 3 - podbradné remienky 3-bodové: 300 ks, 1,20 EUR/ks, termín dodania 11.12.2026."),
        P("Faktúru vystavíme osobitne za každú dodávku."),
        P("S pozdravom"),
        Sig("Ing. Martin Kováč\nobchodné oddelenie\nBanská Ochrana s.r.o.\nPartizánska cesta 73, 974 01 Banská "
            "Bystrica\ntel.: +421 48 414 27 60, mobil: +421 905 318 442\nIČO: 36 418 227, IČ DPH: SK2022148193"),
        q_outlook(po, "sk", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Martin Kováč", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-18 08:52:14 +0100", blocks=body, charset="iso-8859-2", lang="sk-SK", reply_to=po)
    exp = expected("confirmation",
                   "Slovak partial delivery: line 2 = 120 ks on 11.12.2026 now and the remaining 180 ks on '22. januára "
                   "2027', so a two-delivery schedule ending 2027-01-22 with the full 300 and unchanged price. Lines 1 "
                   "and 3 as ordered. ISO-8859-2 quoted-printable.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, sched=[(120, "2026-12-11"), (180, "2027-01-22")]),
                              3: acc(po, 3)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("kindergarten-both-as-ordered", "confirmation/nl-NL",
      "Lines 1 and 2 are named by product ('ronde speeltafels', 'stapelstoelen') and then 'beide zoals besteld'; line 3 is deferred.")
def c020(c: Ctx):
    sup = Supplier("KLEUTER", "Kleuterland Meubelen B.V.", "verkoop@kleuterland.example", "nl-NL", "Mr de Groot")
    po = PO("4500232670", sup, "mv", "EUR", "2026-11-16", lines(
        ("KL-TAF-R100", "Round play table Ø100 cm, height 46 cm, birch", 8, "EA", "289.00", "2027-01-08"),
        ("KL-STL-31", "Stacking chair seat height 31 cm, 2027 colour 'sage'", 40, "EA", "54.50", "2027-01-08"),
        ("KL-KST-3x4", "Storage unit 3x4 compartments with 12 trays", 4, "EA", "465.00", "2027-01-08"),
    ), req_time="10:48:00")
    body = [
        P("Goedemiddag Marco,"),
        P("Dank voor je order 4500232670."),
        P("De ronde speeltafels Ø100 cm en de stapelstoelen met zithoogte 31 cm in de kleur sage: beide zoals "
          "besteld."),
        P("Over de opbergkast met 12 bakken kom ik later deze week bij je terug, daarvan moet ik de levertijd "
          "nog navragen bij onze fabriek in Polen."),
        P("Met vriendelijke groet,"),
        Sig("Bas de Groot\nAccountmanager Onderwijs & Kinderopvang\nKleuterland Meubelen B.V.\nNijverheidsweg 31, "
            "3771 ME Barneveld\nT +31 (0)342 41 77 20 | M +31 (0)6 4187 2290\nKvK 30184472"),
        q_outlook(po, "nl", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Bas de Groot", sup.email), to=[buyer(po)],
               subject=reply_subject(po), date="2026-11-18 13:37:09 +0100", blocks=body, charset="iso-8859-1",
               lang="nl-NL", reply_to=po)
    exp = expected("confirmation",
                   "Lines 1 and 2 are identified only by name (round play tables Ø100, stacking chairs seat height 31) "
                   "and then confirmed together with 'beide zoals besteld' (both as ordered) -> accepted with the PO "
                   "values. Line 3 (storage unit) is explicitly deferred ('kom ik later deze week bij je terug') -> "
                   "unconfirmed.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("piano-strings-out-of-office-ch", "auto_reply/de-CH",
      "Swiss-German Exchange out-of-office naming a return date and a deputy; dates in the text are not delivery dates.")
def c021(c: Ctx):
    sup = Supplier("OBERLI", "Saitenmanufaktur Oberli AG", "verkauf@oberli-saiten.example", "de-CH", "Mr Oberli")
    po = PO("4500232705", sup, "do", "CHF", "2026-11-16", lines(
        ("OB-ST-13", "Piano wire, music steel, size 13 (0.775 mm), 1 kg coil", 20, "KG", "68.00", "2026-12-11"),
        ("OB-BS-1-40", "Bass string set, copper wound, 1-40, for 2027 upright model U121", 4, "SET", "890.00",
         "2027-01-15"),
    ), req_time="13:50:00")
    txt = ("Guten Tag\n\n"
           "Ich bin bis und mit Freitag, 27. November 2026 abwesend und habe keinen Zugriff auf meine E-Mails. "
           "Ihre Nachricht wird nicht weitergeleitet.\n\n"
           "In dringenden Fällen wenden Sie sich bitte an unseren Verkaufsinnendienst, Frau Sandra Wyss, "
           "Tel. +41 32 342 18 70, verkauf@oberli-saiten.example.\n\n"
           "Freundliche Grüsse\nReto Oberli\n\nSaitenmanufaktur Oberli AG · Mattenstrasse 12 · 2555 Brügg BE\n")
    blocks = [P(x) for x in txt.strip().split("\n\n")]
    eml = mail(c, client="outlook", frm=("Reto Oberli", "r.oberli@oberli-saiten.example"), to=[buyer(po)],
               subject="Automatische Antwort: " + po.req_subject, date="2026-11-16 14:50:31 +0100",
               plain=txt, html=None, blocks=blocks, charset="iso-8859-1", lang="de-CH", reply_to=po,
               extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", "r.oberli@oberli-saiten.example")])
    exp = expected("auto_reply",
                   "Exchange 'Automatische Antwort' (Auto-Submitted: auto-generated) from the contact person: absent "
                   "until 27 November 2026, deputy named. The date is a return date, not a commitment.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("traffic-cones-exchange-ndr", "bounce/hu-HU",
      "Exchange Online NDR (multipart/report) with a Hungarian remote diagnostic and the original PO request attached.")
def c022(c: Ctx):
    sup = Supplier("UTJELZO", "Útjelző Kft.", "rendeles@utjelzo.example", "hu-HU", "Mr Horváth")
    po = PO("4500232741", sup, "ik", "EUR", "2026-11-17", lines(
        ("UJ-KUP-75", "Traffic cone 75 cm, PVC, 2 reflective sleeves, 4.2 kg base", 250, "EA", "9.80", "2026-12-14"),
        ("UJ-KUP-50", "Traffic cone 50 cm, 1 reflective sleeve", 400, "EA", "5.40", "2026-12-14"),
        ("UJ-LMP-LED", "Warning lamp LED for cones, 2x AA, 3/4 flash", 120, "EA", "7.90", "2026-12-14"),
    ), req_time="09:40:12")
    orig = request_message(po)
    srv = "AM9PR03MB7345.eurprd03.prod.outlook.com"
    diag = "550 5.1.1 <rendeles@utjelzo.example>: A cimzett postafiokja nem letezik / mailbox unavailable"
    txt = ("Your message to rendeles@utjelzo.example couldn't be delivered.\n\n"
           "rendeles wasn't found at utjelzo.example.\n\n"
           "ines.kowalski        Office 365        rendeles\n"
           "Action Required                        Recipient\n\n"
           "Unknown To address\n\n"
           "How to Fix It\n"
           "The address may be misspelled or may not exist. Try one or more of the following:\n"
           "- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and "
           "choose Send Again from the Report ribbon. In Outlook on the web, select this NDR, then select the "
           "link \"To send this message again, click here.\" Then delete and retype the entire recipient address.\n"
           "- Contact the recipient by some other means (by phone, for example) to confirm you're using the right "
           "address.\n\n"
           "Was this helpful? Send feedback to Microsoft.\n\n"
           "--------------------------------\n\n"
           "Diagnostic information for administrators:\n\n"
           f"Generating server: {srv}\n\n"
           "rendeles@utjelzo.example\n"
           "Remote server returned '550 5.1.1 <rendeles@utjelzo.example>: A cimzett postafiokja nem letezik / "
           "mailbox unavailable'\n\n"
           "Original message headers:\n\n" +
           orig.split(b"\r\n\r\n", 1)[0].decode().replace("\r\n", "\n") + "\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p style=\"font-family:Segoe UI;font-size:17px\">Your message to <a href=\"mailto:rendeles@utjelzo.example\">"
            "rendeles@utjelzo.example</a> couldn't be delivered.</p><p style=\"font-size:23px;color:#c00000\">"
            "rendeles wasn't found at utjelzo.example.</p><table><tr><td>ines.kowalski</td><td>Office 365</td>"
            "<td>rendeles</td></tr><tr><td style=\"color:#c00000\">Action Required</td><td></td><td>Recipient</td>"
            "</tr></table><p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or "
            "may not exist.</p><hr><p><b>Diagnostic information for administrators:</b></p><p>Generating server: "
            f"{srv}</p><p>rendeles@utjelzo.example<br>Remote server returned '{diag.replace('<', '&lt;').replace('>', '&gt;')}'"
            "</p></body></html>\n")
    alt = mime.multipart("alternative", [mime.text(txt, "plain", "us-ascii"), mime.text(html, "html", "us-ascii")],
                         "_002_" + c.hx("alt", 24, True) + "AM9PR03MB7345_", extra="differences=Content-Type")
    ds = mime.delivery_status(
        [("Reporting-MTA", f"dns;{srv}"), ("Received-From-MTA", f"dns;{srv}"),
         ("Arrival-Date", "Tue, 17 Nov 2026 09:40:12 +0000")],
        [[("Final-Recipient", "rfc822;rendeles@utjelzo.example"), ("Action", "failed"), ("Status", "5.1.1"),
          ("Diagnostic-Code", "smtp;" + diag), ("Remote-MTA", "dns;mx.utjelzo.example")]], description=None)
    bnd = "_000_" + c.hx("ndr", 24, True) + "AM9PR03MB7345_"
    root = mime.Part([("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"')],
                     parts=[alt, ds, mime.rfc822(orig)], boundary=bnd)
    hdrs = [("From", "Microsoft Outlook\r\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-sourcing.example>"),
            ("To", "<ines.kowalski@kestrel-sourcing.example>"), ("Date", "Tue, 17 Nov 2026 09:40:19 +0000"),
            ("Content-Language", "en-GB"),
            ("Message-ID", f"<{c.hx('nid', 8)}-{c.hx('n2', 4)}-{c.hx('n3', 4)}-{c.hx('n4', 4)}-{c.hx('n5', 12)}@{srv}>"),
            ("In-Reply-To", po.req_id), ("References", po.req_id),
            ("Subject", "Undeliverable: " + po.req_subject), ("Auto-Submitted", "auto-replied"),
            ("X-MS-PublicTrafficType", "Email"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]
    eml = mime.Part(hdrs + root.headers, parts=root.parts, boundary=bnd).to_bytes()
    exp = expected("bounce",
                   "Exchange Online non-delivery report: multipart/report with a text+HTML explanation, "
                   "message/delivery-status (5.1.1, Hungarian remote text 'A cimzett postafiokja nem letezik') and the "
                   "returned original request with its PO table. Threaded on the request, but nothing from the "
                   "supplier.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("traffic-cones-newsletter-fr-ca", "unrelated/fr-CA",
      "Québec supplier newsletter with cone sizes, 2027 prices and holiday closing dates that look like an order answer.")
def c023(c: Ctx):
    sup = Supplier("SIGLAUR", "Signalisation Laurentides inc.", "ventes@signalisationlaurentides.example", "fr-CA",
                   "Mr Gagnon")
    po = PO("4500232760", sup, "do", "CAD", "2026-11-17", lines(
        ("SL-CONE-71", "Traffic cone 71 cm (28 in), 2 reflective collars 6 in/4 in, 3 kg base", 400, "EA", "13.90",
         "2026-12-14"),
        ("SL-CONE-91", "Traffic cone 91 cm (36 in), 4.5 kg base", 100, "EA", "23.50", "2026-12-14"),
        ("SL-CONE-45-PAL", "Traffic cone 45 cm (18 in), pallet of 300", 2, "PAL", "1890.00", "2026-12-14"),
    ), req_time="15:05:00")
    txt = ("Infolettre Signalisation Laurentides - Décembre 2026\n"
           "Voir la version en ligne : https://infolettre.signalisationlaurentides.example/2026-12\n\n"
           "NOUVEAU POUR 2027 : LE CÔNE DE 90 CM (36 PO)\n"
           "Base lestée de 4,5 kg, 2 bandes réfléchissantes haute intensité de 6 po et 4 po. "
           "Prix de lancement : 24,95 $ l'unité (min. 50), 22,95 $ dès 200 unités.\n\n"
           "PRIX 2027\n"
           "Notre nouvelle liste de prix entre en vigueur le 4 janvier 2027. Cône 71 cm (28 po) : 14,95 $ ; "
           "cône 45 cm (18 po) : 7,45 $ ; baril de signalisation 42 po : 89,00 $.\n\n"
           "HORAIRE DES FÊTES\n"
           "Nos bureaux et notre entrepôt de Saint-Jérôme seront fermés du 24 décembre 2026 au 3 janvier 2027 "
           "inclusivement. Commandez avant le 11 décembre pour une livraison avant les Fêtes.\n\n"
           "À L'HORAIRE : Salon Expo-Voirie, Drummondville, 20 et 21 janvier 2027, kiosque 214.\n\n"
           "Signalisation Laurentides inc. - 1180, rue de Martigny Ouest, Saint-Jérôme (Québec) J7Y 4B2 - "
           "450 438-2210\n"
           "Vous recevez ce courriel parce que vous êtes client de Signalisation Laurentides. "
           "Se désabonner : https://infolettre.signalisationlaurentides.example/desabonnement?u=8f31c2\n")
    html = ('<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>Infolettre décembre 2026</title>'
            '</head><body style="margin:0;background:#f2f2f2">\n<table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="640" style="background:#fff;font-family:Arial,sans-serif">\n'
            '<tr><td style="background:#ff6a00;padding:18px;color:#fff;font-size:22px"><b>Signalisation '
            'Laurentides</b> &middot; Infolettre décembre 2026</td></tr>\n'
            '<tr><td style="padding:20px"><h2>Nouveau pour 2027&nbsp;: le cône de 90&nbsp;cm (36&nbsp;po)</h2>'
            '<img src="https://infolettre.signalisationlaurentides.example/img/cone90.jpg" width="200" alt="Cône 90 cm">'
            '<p>Base lestée de 4,5&nbsp;kg, 2 bandes réfléchissantes haute intensité de 6&nbsp;po et 4&nbsp;po.<br>'
            'Prix de lancement&nbsp;: <b>24,95&nbsp;$</b> l\'unité (min. 50), <b>22,95&nbsp;$</b> dès 200 unités.</p>'
            '<h3>Prix 2027</h3><p>Notre nouvelle liste de prix entre en vigueur le 4 janvier 2027.</p>'
            '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Produit</th><th>Prix 2027</th>'
            '</tr><tr><td>Cône 71 cm (28 po)</td><td>14,95 $</td></tr><tr><td>Cône 45 cm (18 po)</td><td>7,45 $</td>'
            '</tr><tr><td>Baril de signalisation 42 po</td><td>89,00 $</td></tr></table>'
            '<h3>Horaire des Fêtes</h3><p>Nos bureaux et notre entrepôt de Saint-Jérôme seront fermés du 24 '
            'décembre 2026 au 3 janvier 2027 inclusivement. Commandez avant le 11 décembre pour une livraison '
            'avant les Fêtes.</p><p><b>À l\'horaire&nbsp;:</b> Salon Expo-Voirie, Drummondville, 20 et 21 janvier '
            '2027, kiosque 214.</p></td></tr>\n<tr><td style="padding:14px;font-size:11px;color:#777">'
            'Signalisation Laurentides inc. &middot; 1180, rue de Martigny Ouest, Saint-Jérôme (Québec) J7Y 4B2 '
            '&middot; 450 438-2210<br>Vous recevez ce courriel parce que vous êtes client de Signalisation '
            'Laurentides. <a href="https://infolettre.signalisationlaurentides.example/desabonnement?u=8f31c2">'
            'Se désabonner</a></td></tr></table></td></tr></table>\n</body></html>\n')
    eml = mail(c, client="generic", frm=("Signalisation Laurentides", "infolettre@signalisationlaurentides.example"),
               to=[buyer(po)], subject="Infolettre de décembre : nouveau cône 90 cm, prix 2027 et horaire des Fêtes",
               date="2026-11-18 07:00:04 -0500", plain=txt, html=html, charset="utf-8", mailer="Infolettre Pro 5.2",
               hdr_enc="Q",
               extra=[("List-Unsubscribe", "<https://infolettre.signalisationlaurentides.example/desabonnement?u=8f31c2>, "
                                           "<mailto:desabonnement@signalisationlaurentides.example>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                      ("List-Id", "Infolettre clients <clients.signalisationlaurentides.example>"),
                      ("Precedence", "bulk")])
    exp = expected("unrelated",
                   "Bulk newsletter (List-Unsubscribe, Precedence: bulk) from the supplier of the open PO, full of cone "
                   "sizes (71 cm / 28 po, 90 cm), 2027 prices and closing dates; it is not an answer to PO 4500232760.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("paper-straws-danish-questions", "needs_review/da-DK",
      "Danish reply asks two questions (new box size of 4,000 and logo print) before confirming; it contains computed quantities and prices.")
def c024(c: Ctx):
    sup = Supplier("SUGNORD", "Sugerør Nordic ApS", "ordre@sugeror-nordic.example", "da-DK", "Ms Kjærgaard")
    po = PO("4500232788", sup, "ik", "DKK", "2026-11-17", lines(
        ("SN-P6-197", "Paper straw 6x197 mm, black, unwrapped, box of 5,000", 12, "BOX", "415.00", "2026-12-16"),
        ("SN-P8-210W", "Paper straw 8x210 mm, individually wrapped, box of 2,500", 8, "BOX", "520.00", "2026-12-16"),
    ), req_time="12:26:00")
    assert 12 * 5000 == 15 * 4000 and 415 * 4000 / 5000 == 332
    body = [
        P("Hej Ines,"),
        P("Tak for ordren 4500232788."),
        P("Inden vi kan bekræfte, har jeg to spørgsmål:"),
        P("1. De sorte 6x197 mm sugerør leverer vi fremover kun i kasser á 4.000 stk. (ikke 5.000). Er det OK "
          "for jer, og skal vi så regne med 15 kasser i stedet for 12? Prisen pr. kasse bliver da 332,00 kr.\n"
          "2. Ønsker I linje 2 (8x210 indpakket) med eller uden jeres logo på papiret? Med logo er "
          "leveringstiden ca. 4 uger."),
        P("Når jeg har jeres svar, sender jeg ordrebekræftelsen."),
        P("Venlig hilsen"),
        Sig("Mette Kjærgaard\nKundeservice\nSugerør Nordic ApS\nIndustrivej 18, 7100 Vejle\nTlf. +45 75 82 41 06\n"
            "CVR 38 41 72 09"),
        q_outlook(po, "da", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Mette Kjærgaard", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "SV: "), date="2026-11-18 10:12:45 +0100", blocks=body,
               charset="iso-8859-1", lang="da-DK", reply_to=po)
    exp = expected("needs_review",
                   "Two open questions (accept boxes of 4,000 -> 15 boxes at 332,00 kr? logo print or not?) and an "
                   "explicit 'when I have your answer I will send the order confirmation'. Nothing is committed even "
                   "though quantities and a price appear.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("skateboard-wheels-inline-us", "confirmation/en-US",
      "Bottom-posted inline answers under each quoted PO line with US month/day dates, a ship-only date and a January remainder without year.")
def c025(c: Ctx):
    sup = Supplier("BAYRIDGE", "Bay Ridge Urethane Co.", "orders@bayridgeurethane.example", "en-US", "Mr Dalton")
    po = PO("4500232810", sup, "hp", "USD", "2026-11-17", lines(
        ("BRU-W52-99A", "Skateboard wheel 52 mm, 99A, white, set of 4", 250, "SET", "14.20", "2026-12-15"),
        ("BRU-W54-101A", "Skateboard wheel 54 mm, 101A, conical, 2027 graphics, set of 4", 150, "SET", "15.80",
         "2026-12-15"),
        ("BRU-W60-78A", "Cruiser wheel 60 mm, 78A, translucent red, set of 4", 100, "SET", "17.50", "2026-12-22"),
        ("BRU-BR-608", "Bearing 608 ABEC-7, 8x22x7 mm, box of 8", 120, "BOX", "6.40", "2026-12-15"),
    ), req_time="14:40:00")
    L = po.lines

    def ql(ln):
        return f"> {ln.line}     {ln.item}  {ln.desc}  {ln.qty}  {ln.uom}  {ln.price}  {ln.date}"
    txt = (f"Hi Hannah,\n\nanswers inline below.\n\nKyle\n\n"
           f"On 11/17/2026 6:40 AM, Hannah Pike wrote:\n"
           f"> Dear Mr Dalton,\n>\n"
           f"> Please find below our purchase order 4500232810 dated 17 Nov 2026. Kindly\n"
           f"> confirm quantities, unit prices and delivery dates by return mail, line by\n> line.\n>\n"
           f"> Line  Item          Description  Qty  UoM  Unit price USD  Requested date\n"
           f"{ql(L[0])}\n\n"
           f"OK - 250 sets @ 14.20, ships 12/11, delivered 12/15 via FedEx Freight.\n\n"
           f"{ql(L[1])}\n\n"
           f"Price OK. We can only get 120 sets done for 12/15 delivery, the other 30 sets\n"
           f"will deliver 1/12.\n\n"
           f"{ql(L[2])}\n\n"
           f"78A red is discontinued, sorry - we can't supply this one.\n\n"
           f"{ql(L[3])}\n\n"
           f"Confirmed 120 boxes @ 6.40, ship date 12/14.\n\n"
           f">\n> Delivery address: Kestrel Sourcing Ltd, Central Warehouse, Avonmouth Way,\n"
           f"> Bristol BS11 9YA, United Kingdom\n> Incoterms: DAP Bristol - payment 60 days net\n>\n"
           f"> Kind regards\n> Hannah Pike\n> Purchasing | Kestrel Sourcing Ltd\n> T +44 117 496 0731\n"
           f"> hannah.pike@kestrel-sourcing.example\n\n"
           f"-- \nKyle Dalton\nCustomer Service | Bay Ridge Urethane Co.\n2150 Harbor Blvd, Unit C, Costa Mesa, "
           f"CA 92627\n(714) 555-0187 | orders@bayridgeurethane.example\n")
    eml = mail(c, client="thunderbird", frm=("Kyle Dalton", "kyle@bayridgeurethane.example"), to=[buyer(po)],
               subject="Re: " + po.req_subject, date="2026-11-19 16:22:08 -0800", plain=txt, plain_only=True,
               charset="utf-8", cte="8bit", flowed=True, lang="en-US", reply_to=po,
               mailer="Mozilla Thunderbird 128.4.2")
    exp = expected("confirmation",
                   "Inline answers under each quoted line (bottom-posting). US dates without year: line 1 'ships 12/11, "
                   "delivered 12/15' -> delivery 2026-12-15 as ordered; line 2 120 sets for 12/15 and 30 sets on '1/12' "
                   "= 2027-01-12 (next such date); line 3 cannot be supplied; line 4 only a ship date 12/14 -> "
                   "2026-12-14.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, sched=[(120, "2026-12-15"), (30, "2027-01-12")]),
                              3: REJ, 4: chg(po, 4, d="2026-12-14")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("pneumatic-erp-pdf-flate-nl-be", "confirmation/nl-BE",
      "ERP mail with a Flate-compressed PDF order confirmation using position numbers 10/20/30/40 instead of PO lines.")
def c026(c: Ctx):
    sup = Supplier("PNEUVL", "Pneumatica Vlaanderen NV", "orders@pneumatica-vl.example", "nl-BE", "Mr Peeters")
    po = PO("4500232845", sup, "ik", "EUR", "2026-11-18", lines(
        ("PV-SV-1/4", "Solenoid valve 5/2, G1/4, 24V DC", 40, "EA", "38.50", "2026-12-11"),
        ("PV-KL-1010", "Push-in fitting 10 mm x G3/8, nickel-plated brass", 300, "EA", "2.15", "2026-12-11"),
        ("PV-SL-PU8", "PU tubing 8x6 mm, blue, roll 50 m", 20, "ROL", "31.00", "2026-12-11"),
        ("PV-FRL-1/2", "FRL unit G1/2, 5 µm filter, 0-10 bar", 10, "EA", "96.00", "2026-12-18"),
    ), req_time="08:05:00")
    pdf = PdfDoc(title="Orderbevestiging OB-260118842", author="Pneumatica Vlaanderen NV",
                 producer="Odoo 17.0 (wkhtmltopdf)", creator="Odoo", created="D:20261119143012+01'00'",
                 compress=True)
    pdf.text(40, 800, "PNEUMATICA VLAANDEREN NV", 14, bold=True)
    pdf.text(40, 786, "Industrieweg 112, 9032 Wondelgem (Gent) - BTW BE 0463.218.774 - RPR Gent", 8)
    pdf.text(40, 776, "T +32 9 216 47 80 - orders@pneumatica-vl.example", 8)
    pdf.text(40, 740, "ORDERBEVESTIGING OB-260118842", 13, bold=True)
    pdf.text(40, 722, "Datum: 19/11/2026", 9)
    pdf.text(40, 710, "Klant: 40871 - Kestrel Sourcing Ltd, Avonmouth Way, Bristol BS11 9YA, UK", 9)
    pdf.text(40, 698, "Uw referentie: 4500232845    Leveringsvoorwaarden: DAP Bristol    Betaling: 60 dagen netto", 9)
    y = pdf.table(40, 670, [28, 70, 190, 40, 30, 60, 55, 60],
                  [["Pos", "Artikel", "Omschrijving", "Aantal", "Eenh.", "Prijs EUR", "Bedrag", "Leverdatum"],
                   ["10", "PV-SV-1/4", "Magneetventiel 5/2 G1/4 24V DC", "40", "st", "38,50", "1.540,00", "11/12/2026"],
                   ["20", "PV-KL-1010", "Insteekkoppeling 10 mm x G3/8 vernikkeld", "300", "st", "2,15", "645,00",
                    "11/12/2026"],
                   ["30", "PV-SL-PU8", "PU-slang 8x6 mm blauw, rol 50 m", "20", "rol", "32,40", "648,00",
                    "11/12/2026"],
                   ["40", "PV-FRL-1/2", "Verzorgingseenheid G1/2, filter 5 µm", "10", "st", "96,00", "960,00",
                    "08/01/2027"]], size=8, right={3, 5, 6})
    assert 40 * 3850 + 300 * 215 + 20 * 3240 + 10 * 9600 == 379300
    pdf.text(330, y - 12, "Totaal excl. BTW:", 9, bold=True)
    pdf.text(450, y - 12, "3.793,00 EUR", 9, bold=True)
    pdf.text(40, y - 40, "Pos 30: prijsaanpassing PU-slang volgens prijslijst 01/11/2026.", 8)
    pdf.text(40, y - 52, "Pos 40: leverbaar vanaf week 1/2027 (nieuwe filterelementen).", 8)
    pdf.text(40, y - 80, "Op al onze leveringen zijn onze algemene verkoopsvoorwaarden van toepassing.", 7)
    txt = ("Geachte klant,\n\n"
           "In bijlage vindt u de orderbevestiging OB-260118842 voor uw bestelling 4500232845.\n"
           "Gelieve de gegevens na te kijken en ons eventuele afwijkingen binnen 48 uur te melden.\n\n"
           "Met vriendelijke groeten,\n\nPneumatica Vlaanderen NV\nVerkoop binnendienst\n+32 9 216 47 80\n\n"
           "Dit bericht werd automatisch gegenereerd. Antwoorden op dit bericht worden niet gelezen; mail "
           "orders@pneumatica-vl.example.\n")
    att = mime.attachment(pdf.to_bytes(), "application/pdf", "OB-260118842.pdf")
    eml = mail(c, client="generic", frm=("Pneumatica Vlaanderen NV", "erp@pneumatica-vl.example"), to=[buyer(po)],
               subject="Orderbevestiging OB-260118842 (uw ref. 4500232845)", date="2026-11-19 14:30:22 +0100",
               plain=txt, plain_only=True, charset="utf-8", attachments=[att],
               mid=f"<{int(c.hx('o', 10), 16) % 10**12}.1794929422.{int(c.hx('p', 10), 16) % 10**15}"
                   f"-openerp-4488-sale.order@pneumatica-vl.example>",
               extra=[("Reply-To", "orders@pneumatica-vl.example"), ("Auto-Submitted", "auto-generated")])
    exp = expected("confirmation",
                   "Automatic ERP mail, but the attached PDF (Flate-compressed content stream) is an order confirmation, "
                   "so it is a confirmation. ERP positions 10/20/30/40 map to PO lines 1-4 by item code. Pos 30: price "
                   "32,40 instead of 31,00; pos 40: delivery 08/01/2027 instead of 2026-12-18; pos 10 and 20 as ordered.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="32.40"),
                              4: chg(po, 4, d="2027-01-08")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("olive-oil-tins-pt-delivery-plan", "confirmation/pt-PT",
      "Portuguese table repeats line 1 on two rows (two delivery dates) with space thousands separators.")
def c027(c: Ctx):
    sup = Supplier("LATRIB", "Latoaria Ribatejo, Lda.", "encomendas@latoariaribatejo.example", "pt-PT",
                   "Ms Ferreira")
    po = PO("4500232870", sup, "mv", "EUR", "2026-11-18", lines(
        ("LR-LAT-3L", "Olive oil tin 3 L, rectangular, lithographed 4/1, 2027 harvest", 6000, "EA", "0.92",
         "2026-12-18"),
        ("LR-LAT-500", "Olive oil tin 500 ml, with pourer 28 mm", 10000, "EA", "0.48", "2026-12-18"),
    ), req_time="15:30:00")
    body = [
        P("Bom dia Sr. Vidal,"),
        P("Agradecemos a vossa encomenda 4500232870, que confirmamos com o seguinte plano de entregas:"),
        T([["Linha", "Artigo", "Quantidade", "Preço unit.", "Data de entrega"],
           ["1", "LR-LAT-3L lata 3 L rectangular", "3 000 un.", "0,92 €", "18/12/2026"],
           ["1", "LR-LAT-3L lata 3 L rectangular", "3 000 un.", "0,92 €", "15/01/2027"],
           ["2", "LR-LAT-500 lata 500 ml c/ bico", "10 000 un.", "0,48 €", "18/12/2026"]]),
        P("A segunda entrega da linha 1 deve-se à paragem anual da linha de litografia entre 21/12 e 08/01."),
        P("Com os melhores cumprimentos,"),
        Sig("Ana Rita Ferreira\nDepartamento Comercial\nLatoaria Ribatejo, Lda.\nZona Industrial de Alpiarça, "
            "Lote 17, 2090-242 Alpiarça\nTel. +351 243 559 140"),
        q_outlook(po, "pt"),
    ]
    eml = mail(c, client="outlook", frm=("Ana Rita Ferreira", sup.email), to=[buyer(po)],
               subject=reply_subject(po), date="2026-11-19 11:48:33 +0000", blocks=body, lang="pt-PT", reply_to=po)
    exp = expected("confirmation",
                   "Line 1 appears twice in the table: 3 000 un. on 18/12/2026 and 3 000 un. on 15/01/2027 -> schedule, "
                   "total 6000, date 2027-01-15, price unchanged. Line 2 '10 000 un.' (space as thousands separator) as "
                   "ordered. The shutdown dates 21/12 and 08/01 are not deliveries.",
                   [conf(po, {1: chg(po, 1, sched=[(3000, "2026-12-18"), (3000, "2027-01-15")]), 2: acc(po, 2)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("piano-strings-japanese", "confirmation/ja-JP",
      "Japanese reply in ISO-2022-JP (text) and Shift_JIS (HTML) with 2026年12月18日-style dates, a later date and a reduced quantity.")
def c028(c: Ctx):
    sup = Supplier("HPW", "Hamamatsu Piano Wire Co., Ltd.", "eigyo@hamamatsu-pianowire.example", "ja-JP",
                   "Ms Sato")
    po = PO("4500232902", sup, "hp", "JPY", "2026-11-18", lines(
        ("HPW-M15", "Piano wire size 15 (0.825 mm), 2 kg coil", 60, "KG", "9800", "2026-12-18"),
        ("HPW-BS-U3", "Bass string set for upright U3, copper wound, 2027 scale", 6, "SET", "68000", "2027-01-15"),
        ("HPW-TP-7", "Tuning pin 7.0 mm x 57 mm, blued, box of 250", 10, "BOX", "14500", "2026-12-18"),
    ))
    body = [
        P("Kestrel Sourcing Ltd\nHannah Pike 様"),
        P("いつも大変お世話になっております。\n浜松ピアノ線工業の佐藤でございます。"),
        P("この度はご注文（注文番号：4500232902）を賜り、誠にありがとうございます。\n"
          "下記の通りお請けいたしますので、ご確認のほどよろしくお願い申し上げます。"),
        P("１．HPW-M15　ピアノ線 15番（0.825mm）　60kg　単価 9,800円　納期 2026年12月18日\n"
          "２．HPW-BS-U3　低音弦セット U3用　6セット　単価 68,000円　納期 2027年1月29日\n"
          "　　※巻線工程の都合により、ご希望納期より遅れますことをご了承ください。\n"
          "３．HPW-TP-7　チューニングピン 7.0×57mm　8箱（在庫限り）　単価 14,500円　納期 2026年12月18日\n"
          "　　※残り2箱は製造中止のため、キャンセルとさせていただきます。"),
        P("何卒よろしくお願い申し上げます。"),
        Sig("株式会社 浜松ピアノ線工業\n営業部　佐藤 美穂（Miho Sato）\n〒432-8006 静岡県浜松市中央区大久保町 1284-3\n"
            "TEL: 053-485-2271　FAX: 053-485-2279", dashes=True),
        q_outlook(po, "ja", sent="2026年11月18日 18:12"),
    ]
    eml = mail(c, client="outlook", frm=("佐藤 美穂", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-20 10:31:45 +0900", blocks=body, charset="iso-2022-jp", cte="7bit",
               html_charset="shift_jis", html_cte="base64", lang="ja-JP", reply_to=po)
    exp = expected("confirmation",
                   "Japanese with full-width numbering (１．２．３．). Line 1 as ordered (9,800円, 2026年12月18日). Line 2 "
                   "納期 2027年1月29日 instead of 2027-01-15. Line 3 only 8 boxes from stock, the remaining 2 boxes "
                   "cancelled -> quantity 8. JPY prices without decimals.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-29"), 3: chg(po, 3, q=8)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("paper-straws-chinese-gb2312", "confirmation/zh-CN",
      "Foxmail reply in GB2312/base64 with a CNY price per carton and '交货期同上' (same delivery date as above).")
def c029(c: Ctx):
    sup = Supplier("LVYUAN", "Zhejiang Lvyuan Paper Straw Co., Ltd.", "sales@lvyuan-straw.example", "zh-CN",
                   "Ms Wang")
    po = PO("4500232935", sup, "hp", "CNY", "2026-11-19", lines(
        ("LY-PS-6197", "Paper straw 6x197 mm, kraft, U-shape bend, carton of 10,000", 20, "BOX", "430.00",
         "2027-01-08"),
        ("LY-PS-12230", "Paper straw 12x230 mm bubble tea, individually wrapped, carton of 2,000", 15, "BOX",
         "380.00", "2027-01-08"),
    ))
    fox = Q(["------------------ Original ------------------",
             "From:  \"Hannah Pike\"<hannah.pike@kestrel-sourcing.example>;",
             "Date:  Thu, Nov 19, 2026 05:12 PM",
             "To:  \"sales\"<sales@lvyuan-straw.example>;",
             "Subject:  Purchase order 4500232935 - request for order confirmation"], request_blocks(po), "fwd")
    body = [
        P("Hannah 您好，"),
        P("感谢您的订单 4500232935，现确认如下："),
        P("1. 6x197 牛皮纸U型弯吸管（LY-PS-6197）：20箱，单价 430.00 元/箱，交货期 2027年1月8日。\n"
          "2. 12x230 珍珠奶茶吸管，独立包装（LY-PS-12230）：数量15箱不变，由于原纸涨价，单价调整为 395.00 元/箱，"
          "交货期同上。"),
        P("如有问题请随时联系。"),
        Sig("祝好！\n王丽娜 Lina Wang\n外贸部 | 浙江绿源纸吸管有限公司\n浙江省金华市婺城区工业园区新宏路 88 号\n"
            "Tel: +86-579-8226-4175  Mob: +86-138-5792-6630"),
        fox,
    ]
    eml = mail(c, client="generic", frm=("王丽娜", sup.email), to=[buyer(po)], subject=reply_subject(po, "回复："),
               date="2026-11-20 10:26:51 +0800", blocks=body, charset="gb2312", cte="base64", reply_to=po,
               mailer="Foxmail 7.2.25.254[cn]")
    exp = expected("confirmation",
                   "Chinese (GB2312, base64, encoded headers). Line 1 as ordered (20箱, 430.00 元/箱, 2027年1月8日). "
                   "Line 2: quantity unchanged, price 395.00 per carton, delivery '交货期同上' = same as above = "
                   "2027-01-08.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="395.00")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("skateboard-wheels-taiwan-big5", "confirmation/zh-TW",
      "Traditional Chinese reply in Big5 splitting the bearings line 150 + 150 over two dates written 2027/01/15 and 2027/02/05.")
def c030(c: Ctx):
    sup = Supplier("FORMOSAW", "Formosa Wheel Industrial Co., Ltd.", "sales@formosawheel.example", "zh-TW",
                   "Ms Chen")
    po = PO("4500232960", sup, "do", "USD", "2026-11-19", lines(
        ("FW-SK-5399", "Skateboard wheel 53 mm 99A, set of 4, 2027 graphic series", 500, "SET", "7.80", "2027-01-15"),
        ("FW-LB-7078", "Longboard wheel 70 mm 78A, set of 4", 200, "SET", "12.40", "2027-01-15"),
        ("FW-BR-608Z", "Bearing 608ZZ, set of 8", 300, "SET", "3.10", "2027-01-15"),
    ), req_time="10:02:00")
    body = [
        P("David 您好："),
        P("感謝您的訂單 4500232960，確認內容如下："),
        P("第1項 FW-SK-5399 滑板輪 53mm 99A：500組，單價 USD 7.80，交期 2027/01/15\n"
          "第2項 FW-LB-7078 長板輪 70mm 78A：200組，單價 USD 12.40，交期 2027/01/15\n"
          "第3項 FW-BR-608Z 軸承 608ZZ：因軸承缺料，僅能先交 150組（2027/01/15），其餘 150組 於 2027/02/05 交貨，"
          "單價不變 USD 3.10。"),
        P("以上，敬請 查照。"),
        Sig("敬祝 商祺\n業務部 陳怡君 Amy Chen\n台灣輪業股份有限公司\n台中市西屯區工業區三十八路 201 號\n"
            "TEL: +886-4-2359-7716 #215"),
        q_outlook(po, "zt", sent="2026年11月19日 下午 06:02"),
    ]
    eml = mail(c, client="outlook", frm=("陳怡君", sup.email), to=[buyer(po)], subject=reply_subject(po, "回覆: "),
               date="2026-11-20 15:44:10 +0800", blocks=body, charset="big5", cte="base64", lang="zh-TW",
               reply_to=po)
    exp = expected("confirmation",
                   "Big5-encoded Traditional Chinese. Items 1 and 2 as ordered. Item 3: 150 sets on 2027/01/15 and the "
                   "other 150 sets on 2027/02/05, price unchanged -> schedule ending 2027-02-05.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2),
                              3: chg(po, 3, sched=[(150, "2027-01-15"), (150, "2027-02-05")])})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("olive-oil-tins-greek", "confirmation/el-GR",
      "Greek reply in windows-1253 with dot thousands, comma decimals, a price change on one line and a later date on another.")
def c031(c: Ctx):
    sup = Supplier("MESSTIN", "Messinia Tinplate S.A.", "orders@messinia-tins.example", "el-GR", "Mr Papadopoulos")
    po = PO("4500232988", sup, "hp", "EUR", "2026-11-19", lines(
        ("MT-4L-RECT", "Olive oil tin 4 L, rectangular, 4/4 printed, 2027 label 'Kalamata PDO'", 3000, "EA", "1.18",
         "2026-12-21"),
        ("MT-1L-SQ", "Olive oil tin 1 L, square, plain", 5000, "EA", "0.61", "2026-12-21"),
        ("MT-CAP-42", "Plastic cap with spout 42 mm", 8000, "EA", "0.07", "2026-12-21"),
    ), req_time="14:20:00")
    body = [
        P("Καλημέρα κα Pike,"),
        P("Σας ευχαριστούμε για την παραγγελία 4500232988. Επιβεβαιώνουμε τα εξής:"),
        P("Γραμμή 1 (MT-4L-RECT, δοχείο 4 λίτρων): 3.000 τεμ. x 1,18 € – παράδοση 21/12/2026\n"
          "Γραμμή 2 (MT-1L-SQ, δοχείο 1 λίτρου): 5.000 τεμ. – η τιμή αναπροσαρμόζεται σε 0,64 € λόγω αύξησης "
          "του λευκοσιδήρου – παράδοση 21/12/2026\n"
          "Γραμμή 3 (MT-CAP-42, καπάκια με ρύγχος): 8.000 τεμ. x 0,07 € – παράδοση 11/01/2027, τα καπάκια "
          "έρχονται από Ιταλία"),
        P("Με εκτίμηση,"),
        Sig("Νίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΚασσιτεροποιία Μεσσηνίας Α.Ε.\nΒΙΠΕ Καλαμάτας, Οδός 4, 241 00 "
            "Καλαμάτα\nΤηλ. +30 27210 69 418"),
        q_outlook(po, "el", tz=2),
    ]
    eml = mail(c, client="outlook", frm=("Νίκος Παπαδόπουλος", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "ΑΠ: "), date="2026-11-20 12:15:27 +0200", blocks=body,
               charset="windows-1253", lang="el-GR", reply_to=po)
    exp = expected("confirmation",
                   "Greek (windows-1253). Line 1 as ordered (3.000 τεμ. = 3000). Line 2 price adjusted to 0,64 €. "
                   "Line 3 delivery 11/01/2027. The '4/4' and '4 λίτρων' numbers are product attributes.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="0.64"), 3: chg(po, 3, d="2027-01-11")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("mining-helmets-russian-koi8", "confirmation/ru-RU",
      "Russian KOI8-R plain-text reply giving both a shipment date and a later delivery date, plus a new price.")
def c032(c: Ctx):
    sup = Supplier("SHAKHT", "OOO Shakhtspetszashchita", "zakaz@shakhtspec.example", "ru-RU", "Mr Gromov")
    po = PO("4500233015", sup, "hp", "EUR", "2026-11-20", lines(
        ("SSZ-KS-01", "Miner's helmet with lamp bracket, polycarbonate, 440 V insulated", 500, "EA", "11.90",
         "2026-12-18"),
        ("SSZ-PD-02", "Helmet liner, winter, size 56-62", 500, "EA", "3.40", "2026-12-18"),
    ))
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in render_plain(request_blocks(po)).rstrip("\n").split("\n"))
    txt = ("Здравствуйте, Hannah.\n\n"
           "Подтверждаем заказ N 4500233015:\n\n"
           "1. Каска шахтёрская SSZ-KS-01 - 500 шт., цена 12,40 EUR/шт. (новый прайс с 01.12.2026), отгрузка со "
           "склада 11.12.2026, доставка на ваш склад в Бристоле 23.12.2026.\n"
           "2. Подшлемник зимний SSZ-PD-02 - 500 шт., цена 3,40 EUR/шт., отгрузка 11.12.2026, доставка "
           "23.12.2026.\n\n"
           "Счёт вышлем отдельным письмом.\n\n"
           "--\nС уважением,\nАлексей Громов\nменеджер ВЭД\nООО \"Шахтспецзащита\"\n650021, г. Кемерово, "
           "ул. Станционная, 17\nтел. +7 (3842) 45-18-72\n\n"
           "Вы писали 20 ноября 2026 г., 16:12:\n\n" + quoted + "\n")
    eml = mail(c, client="generic", frm=("Алексей Громов", sup.email), to=[buyer(po)],
               subject="Re: " + po.req_subject, date="2026-11-23 10:05:19 +0700", plain=txt, plain_only=True,
               charset="koi8-r", cte="8bit", reply_to=po, mailer="The Bat! (v10.4.2) Professional")
    exp = expected("confirmation",
                   "Russian in KOI8-R, 8bit. Each line gives 'отгрузка' (shipment) 11.12.2026 and 'доставка' (delivery) "
                   "23.12.2026; the delivery date wins. Line 1 also has a new price 12,40 EUR (the 01.12.2026 is the "
                   "price-list date).",
                   [conf(po, {1: chg(po, 1, p="12.40", d="2026-12-23"), 2: chg(po, 2, d="2026-12-23")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-cable-ukrainian-prepayment", "needs_review/uk-UA",
      "Ukrainian reply would ship everything as ordered but only on condition of 100% prepayment and asks the buyer to agree first.")
def c033(c: Ctx):
    sup = Supplier("OPTOLINK", "TOV Optolink Ukraina", "sales@optolink-ua.example", "uk-UA", "Ms Kovalenko")
    po = PO("4500233041", sup, "mv", "USD", "2026-11-20", lines(
        ("OL-ADSS-12", "ADSS fibre optic cable 12 fibres, span 100 m, 2.7 kN", 8000, "M", "0.36", "2027-01-15"),
        ("OL-FOSC-24", "Fibre splice closure 24 ports", 40, "EA", "27.50", "2027-01-15"),
    ), req_time="12:44:00")
    body = [
        P("Добрий день, пане Марко!"),
        P("Дякуємо за замовлення 4500233041."),
        P("Ми готові відвантажити кабель ADSS (8 000 м) і муфти (40 шт.) в повному обсязі за цінами замовлення з "
          "поставкою 15.01.2027, але лише за умови 100% передоплати – для нових клієнтів відстрочка платежу 60 "
          "днів, на жаль, неможлива."),
        P("Просимо підтвердити, чи згодні ви на передоплату. Після цього ми надішлемо рахунок-фактуру та "
          "офіційне підтвердження замовлення."),
        P("З повагою,"),
        Sig("Олена Коваленко\nменеджер з експорту\nТОВ «Оптолінк Україна»\nвул. Промислова, 9, м. Бровари, "
            "Київська обл., 07400\nтел. +380 44 594 27 18"),
        q_outlook(po, "uk", tz=2),
    ]
    eml = mail(c, client="outlook", frm=("Олена Коваленко", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-23 11:30:02 +0200", blocks=body, charset="windows-1251", lang="uk-UA", reply_to=po)
    exp = expected("needs_review",
                   "All values match the PO, but the supplier commits only 'за умови 100% передоплати' (on condition "
                   "of full prepayment, instead of our 60 days net) and asks us to agree before sending the official "
                   "confirmation. A conditional answer is not a confirmation.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("hotel-linen-bulgarian", "confirmation/bg-BG",
      "Bulgarian per-position reply in windows-1251: one line accepted, one reduced to 250, one refused.")
def c034(c: Ctx):
    sup = Supplier("RODOPA", "Rodopa Textil EOOD", "poruchki@rodopatextil.example", "bg-BG", "Ms Petrova")
    po = PO("4500233070", sup, "hp", "EUR", "2026-11-20", lines(
        ("RT-DC-200", "Duvet cover 200x220 cm, sateen stripe 1 cm, white", 300, "EA", "12.60", "2027-01-11"),
        ("RT-FS-160", "Fitted sheet 160x200x30 cm", 300, "EA", "7.95", "2027-01-11"),
        ("RT-TR-50", "Table runner 50x150 cm, jacquard", 120, "EA", "5.20", "2027-01-11"),
    ), req_time="15:10:00")
    body = [
        P("Здравейте, г-жо Пайк,"),
        P("Потвърждаваме поръчка № 4500233070, както следва:"),
        P("поз. 1 – пликове за завивка 200x220: 300 бр. по 12,60 EUR, доставка 11.01.2027 г.\n"
          "поз. 2 – чаршафи с ластик 160x200: 250 бр. по 7,95 EUR (повече плат в този размер нямаме), доставка "
          "11.01.2027 г.\n"
          "поз. 3 – вече не произвеждаме жакардови пътеки, за съжаление отказваме тази позиция."),
        P("Поздрави,"),
        Sig("Мария Петрова\nТърговски отдел\nРодопа Текстил ЕООД\nбул. „България“ 41, 4700 Смолян\n"
            "тел. +359 301 6 24 18, моб. +359 888 415 207"),
        q_outlook(po, "bg", tz=2),
    ]
    eml = mail(c, client="outlook", frm=("Мария Петрова", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-23 15:02:41 +0200", blocks=body, charset="windows-1251", lang="bg-BG", reply_to=po)
    exp = expected("confirmation",
                   "Bulgarian (windows-1251). поз. 1 as ordered; поз. 2 only 250 бр. (no more fabric) at the same price "
                   "and date; поз. 3 refused. Dates 'dd.mm.yyyy г.'.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=250), 3: REJ})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("vineyard-stakes-croatian-per-100", "confirmation/hr-HR",
      "Croatian reply: one line refused, and a clip price given per 100 pieces with the date 'zajedno sa stupovima' (with the stakes).")
def c035(c: Ctx):
    sup = Supplier("VOZAG", "Vinogradarska oprema Zagorje d.o.o.", "narudzbe@vozagorje.example", "hr-HR",
                   "Mr Horvat")
    po = PO("4500233102", sup, "ik", "EUR", "2026-11-20", lines(
        ("VOZ-KOL-200", "Vineyard stake, acacia wood, 2.0 m, dia. 5-7 cm", 1000, "EA", "3.40", "2027-02-12"),
        ("VOZ-KOL-250", "Vineyard stake, acacia wood, 2.5 m, dia. 6-8 cm", 600, "EA", "4.75", "2027-02-12"),
        ("VOZ-KV-40", "Stake clip 40 mm, UV-stable, green", 5000, "EA", "0.045", "2027-02-12"),
    ), req_time="16:02:00")
    body = [
        P("Poštovana gospođo Kowalski,"),
        P("zahvaljujemo na narudžbi 4500233102."),
        P("Kolci 2,0 m (poz. 1): 1.000 kom po 3,40 EUR, isporuka 12.2.2027. - potvrđeno.\n"
          "Kolci 2,5 m (poz. 2): nažalost ove sezone nemamo bagremovih kolaca te dužine, ne možemo isporučiti.\n"
          "Kvačice 40 mm (poz. 3): 5.000 kom, cijena 4,80 EUR za 100 kom, isporuka zajedno s kolcima."),
        P("Lijep pozdrav,"),
        Sig("Ivan Horvat\nprodaja\nVinogradarska oprema Zagorje d.o.o.\nZagorska 118, 49000 Krapina\n"
            "tel. +385 49 371 206, mob. +385 98 418 2277\nOIB 41827730219", dashes=True),
        q_gt(po, "pet, 20. stu 2026. u 17:02 Ines Kowalski <ines.kowalski@kestrel-sourcing.example> napisao je:"),
    ]
    eml = mail(c, client="gmail", frm=("Ivan Horvat", sup.email), to=[buyer(po)], subject=reply_subject(po, "Re: "),
               date="2026-11-24 09:14:56 +0100", blocks=body, cte="8bit", reply_to=po)
    exp = expected("confirmation",
                   "Croatian. poz. 1 as ordered (date written '12.2.2027.'). poz. 2 cannot be supplied -> rejected. "
                   "poz. 3 priced '4,80 EUR za 100 kom' = 0.048 per EA (PO 0.045), delivery 'zajedno s kolcima' = "
                   "with the stakes = 2027-02-12.",
                   [conf(po, {1: acc(po, 1), 2: REJ, 3: chg(po, 3, p="0.048")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("pneumatic-shared-inbox-receipt-sl", "auto_reply/sl-SI",
      "Slovenian shared-mailbox receipt: promises an answer within 48 hours and lists holiday closing dates.")
def c036(c: Ctx):
    sup = Supplier("PNCELJE", "Pnevmatika Celje d.o.o.", "prodaja@pnevmatika-celje.example", "sl-SI", "Mr Kranjc")
    po = PO("4500233130", sup, "hp", "EUR", "2026-11-20", lines(
        ("PC-CYL-32-100", "Pneumatic cylinder ISO 15552, bore 32, stroke 100 mm", 25, "EA", "48.00", "2026-12-18"),
        ("PC-SIL-1/4", "Silencer G1/4, sintered bronze", 100, "PCS", "1.90", "2026-12-18"),
    ), req_time="16:40:00", req_day="2026-11-22")
    txt = ("Spoštovani,\n\n"
           "zahvaljujemo se vam za vaše sporočilo, ki smo ga prejeli v skupni predal prodaja@pnevmatika-celje.example.\n\n"
           "To je samodejni odgovor. Na vaše sporočilo bomo odgovorili v najkrajšem možnem času, najkasneje v 48 "
           "urah (delovni dnevi). Naročila, prejeta do 12. ure, obdelamo isti delovni dan.\n\n"
           "Delovni čas prodaje: ponedeljek-petek 7.00-15.00.\n"
           "Med 24. 12. 2026 in 4. 1. 2027 bo podjetje zaprto zaradi letnega inventurnega popisa.\n\n"
           "Lep pozdrav,\n"
           "Prodaja | Pnevmatika Celje d.o.o.\n"
           "Ipavčeva ulica 22, 3000 Celje\n"
           "T: +386 3 428 51 40\n")
    eml = mail(c, client="outlook", frm=("Prodaja Pnevmatika Celje", sup.email), to=[buyer(po)],
               subject="Samodejni odgovor: " + po.req_subject, date="2026-11-23 08:02:11 +0100", plain=txt,
               blocks=[P(x) for x in txt.strip().split("\n\n")], lang="sl-SI", reply_to=po,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply",
                   "Automatic acknowledgement of a shared inbox ('To je samodejni odgovor'), Auto-Submitted header, "
                   "promises an answer within 48 hours; 24. 12. 2026 - 4. 1. 2027 is a closing period, not a delivery.")
    return [po.json()], eml, exp
