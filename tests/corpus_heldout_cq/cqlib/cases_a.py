"""Cases, part A."""

from . import common as C
from . import mime as M
from . import pdf as P
from . import xlsx as X
from .common import case, result, acc, chg, rej, unc, conf


def frm_of(po, name, email=None):
    return (name, email or po["supplier"]["email"])


# ---------------------------------------------------------------- A01
@case
def wind_chime_iphone_tomorrow():
    sup = C.supplier("CASCADE", "Cascade Chime Works Inc.", "orders@cascadechime.example", "en-US", -8)
    po = C.PO("4500218301", sup, "HA", "USD", "2026-11-23", [
        C.L(1, "WCT-2540-AL", "Wind chime tube, anodised alu, 25.4 x 1.2 mm, 1 m", 400, "PCS", "3.85", "2026-12-14"),
        C.L(2, "WCT-3175-AL", "Wind chime tube, anodised alu, 31.75 x 1.5 mm, 1 m", 250, "PCS", "5.20", "2026-12-14"),
        C.L(3, "WCT-CAP-25", "End cap, EPDM, for 25.4 mm tube", 800, "PCS", "0.18", "2026-12-14")])
    date = C.mail_dt("2026-12-03 07:48:12", -8)
    d = C.local_req_dt(po)
    attr = "On Nov %d, 2026, at %d:%02d AM, Helen Achterberg <%s> wrote:" % (
        d.day, d.hour, d.minute, po["buyer"]["email"])
    body = ("Confirmed - all 3 lines, qty & price as per your PO. Tubes are packed, they go out tomorrow.\n\n"
            "Jeff\n\nSent from my iPhone\n\n" + C.prefix(attr + "\n\n" + C.request_plain(po)))
    eml = M.reply(po, frm=("Jeff Hollister", "jeff@cascadechime.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a01", body=body, client="iphone",
                  plain_only=True, received_from=("mail-pl1-f171.google.example", "209.85.214.171"))
    d2 = "2026-12-04"
    return result("wind-chime-iphone-ship-tomorrow", "confirmation",
                  "iPhone one-liner above the fully quoted PO; 'go out tomorrow' is a ship date relative to the Date header (Thu 3 Dec)",
                  [po], eml,
                  "Mobile one-liner: qty and price as per PO, shipping 'tomorrow' relative to Date Thu 2026-12-03, "
                  "i.e. ship date 2026-12-04 (earlier than the requested 2026-12-14), so all lines are changed on date only. "
                  "Quoted PO figures must not be taken as the answer.",
                  [conf(po, {1: chg(po, 1, date=d2), 2: chg(po, 2, date=d2), 3: chg(po, 3, date=d2)})])


# ---------------------------------------------------------------- A02
@case
def glockenspiel_kw51():
    sup = C.supplier("KLANGHOLZ", "Klangholz Schlägelmanufaktur GmbH", "verkauf@klangholz-schlaegel.example",
                     "de-DE", 1)
    po = C.PO("4500218315", sup, "HA", "EUR", "2026-11-19", [
        C.L(1, "GLM-BIR-20", "Glockenspiel mallet, birch handle, 20 mm acrylic head", 120, "PR", "6.40", "2026-12-11"),
        C.L(2, "GLM-RAT-25", "Glockenspiel mallet, rattan handle, 25 mm brass head", 60, "PR", "14.90", "2026-12-11"),
        C.L(3, "GLM-CASE", "Mallet case, felt-lined, for 4 pairs", 30, "EA", "22.50", "2026-12-18")])
    date = C.mail_dt("2026-11-25 10:41:09", 1)
    typed = (
        "Sehr geehrte Frau Achterberg,\n\n"
        "vielen Dank für Ihre Bestellung 4500218315, die wir wie folgt bestätigen:\n\n"
        "Pos. 1   GLM-BIR-20   120 Paar    6,40 €/Paar    Liefertermin KW 51\n"
        "Pos. 2   GLM-RAT-25    60 Paar   15,60 €/Paar    Liefertermin KW 51\n"
        "         (Preisanpassung Messing gem. unserem Schreiben vom 02.11.2026)\n"
        "Pos. 3   GLM-CASE      30 Stück  22,50 €/Stück   Liefertermin KW 51\n\n"
        "Die Lieferung erfolgt DAP Felixstowe gemäß Ihrer Bestellung.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Sabine Rößler\nInnendienst / Auftragsabwicklung\n\n"
        "Klangholz Schlägelmanufaktur GmbH\nAm Schwarzbach 14 · 08258 Markneukirchen\n"
        "Tel. +49 37422 5560-12 · Fax +49 37422 5560-99\nwww.klangholz-schlaegel.example\n\n"
        "Geschäftsführer: Jörg Ebert · Amtsgericht Chemnitz HRB 31775 · USt-IdNr. DE298551073\n")
    plain, html = M.outlook_pair(po, typed, "de", "windows-1252", "DE")
    eml = M.reply(po, frm=("Sabine Rößler", "s.roessler@klangholz-schlaegel.example"), date=date,
                  subject="AW: " + C.request_subject(po), seed="a02", body=plain, html=html,
                  client="outlook", charset="windows-1252", content_language="de-DE",
                  received_from=("mail.klangholz-schlaegel.example", "192.0.2.41"))
    kw = C.week_day(2026, 51)
    return result("glockenspiel-mallets-kw51", "confirmation",
                  "German Outlook reply, decimal comma, 'KW 51' for all lines (= Fri 18 Dec), a brass price change on one line",
                  [po], eml,
                  "KW 51 without a day = Friday 2026-12-18. Lines 1-2 requested 2026-12-11 so their date changes; "
                  "line 2 also 15,60 instead of 14.90. Line 3 was requested for 2026-12-18 and is confirmed as ordered.",
                  [conf(po, {1: chg(po, 1, date=kw), 2: chg(po, 2, price="15.60", date=kw), 3: acc(po, 3)})])


# ---------------------------------------------------------------- A03
@case
def chimney_cowl_inline_ok():
    sup = C.supplier("PENNINE", "Pennine Flue & Cowl Ltd", "sales@pennineflue.example", "en-GB", 0)
    po = C.PO("4500218322", sup, "HA", "GBP", "2026-11-24", [
        C.L(1, "CWL-R225-SS", "Rotating chimney cowl, stainless, 225 mm", 40, "EA", "38.50", "2026-12-14"),
        C.L(2, "CWL-AD150", "Anti-downdraught cowl, 150 mm, black", 25, "EA", "52.00", "2026-12-14"),
        C.L(3, "CWL-BG200", "Bird guard cowl, 200 mm, galvanised", 60, "EA", "18.75", "2026-12-21"),
        C.L(4, "CWL-CLAMP", "Stainless band clamp, 125-250 mm", 120, "EA", "2.40", "2026-12-14")], req_time="09:30")
    date = C.mail_dt("2026-11-25 08:52:40", 0)
    head, rows, rest = C.request_lines(po)
    answers = ["ok", "21/12/2026", "ok", "\u00a32.55"]
    q = C.prefix("\n".join(head))
    for r, a in zip(rows, answers):
        q += C.prefix(r) + a + "\n"
    q += C.prefix("\n".join(rest))
    attr = C.gmail_attr(po, "en-GB")
    typed = "Hi Helen,\n\nAnswers in line below.\n\nGary\n"
    plain = typed + "\n" + attr + "\n\n" + q
    html = M.simple_html('<div dir="ltr">' + C.para_html(typed) + '</div><br>\n<div class="gmail_quote">'
                         '<div dir="ltr" class="gmail_attr">' + C.esc(attr) + '<br></div>\n'
                         + C.blockquote_html(q) + '</div>\n', "UTF-8")
    eml = M.reply(po, frm=("Gary Holroyd", "gary@pennineflue.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a03", body=plain, html=html, client="gmail",
                  charset="UTF-8", received_from=("mail-wr1-f54.google.example", "209.85.221.54"))
    return result("chimney-cowls-inline-ok-per-line", "confirmation",
                  "answers typed between the quoted PO lines: 'ok', a bare date, a bare price",
                  [po], eml,
                  "Each quoted PO line is followed by the supplier's answer: line 1 ok, line 2 '21/12/2026' (en-GB "
                  "day-first, new date), line 3 ok, line 4 '£2.55' (new price). The quoted values are ours.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2026-12-21"), 3: acc(po, 3),
                             4: chg(po, 4, price="2.55")})])


# ---------------------------------------------------------------- A04
@case
def carillon_subject_only():
    sup = C.supplier("VERHOEVEN", "Koninklijke Klokkengieterij Verhoeven B.V.",
                     "verkoop@klokkengieterij-verhoeven.example", "nl-NL", 1)
    po = C.PO("4500218337", sup, "MF", "EUR", "2026-11-23", [
        C.L(1, "CRB-C4-1200", "Carillon bell, bronze, tone C4, approx. 1200 kg, tuned", 1, "EA", "48600.00",
            "2026-12-04"),
        C.L(2, "CRB-CLAP-C4", "Clapper, forged steel, for C4 bell", 1, "EA", "2350.00", "2026-12-04")],
        req_time="13:05")
    date = C.mail_dt("2026-11-27 16:05:51", 1)
    d = C.local_req_dt(po)
    attr = "Op %d nov. 2026 om %02d:%02d heeft %s <%s> het volgende geschreven:" % (
        d.day, d.hour, d.minute, po["buyer"]["name"], po["buyer"]["email"])
    body = "\n\nVerstuurd vanaf mijn iPhone\n\n" + C.prefix(attr + "\n\n" + C.request_plain(po))
    eml = M.reply(po, frm=("Bram van Vlijmen", "b.vanvlijmen@klokkengieterij-verhoeven.example"), date=date,
                  subject="Re: PO 4500218337 akkoord - levering 11-12", seed="a04", body=body, client="iphone",
                  plain_only=True, received_from=("smtp.klokkengieterij-verhoeven.example", "198.51.100.77"))
    return result("carillon-bell-subject-only", "confirmation",
                  "the whole answer is in the edited Subject ('akkoord - levering 11-12'); body is only the quote",
                  [po], eml,
                  "Supplier typed the answer into the subject: 'akkoord' (agreed), delivery '11-12' = 11 December "
                  "(Dutch day-month, no year -> 2026-12-11). Body holds only the quoted request. Both lines "
                  "accepted on qty/price, date moved from 2026-12-04 to 2026-12-11.",
                  [conf(po, {1: chg(po, 1, date="2026-12-11"), 2: chg(po, 2, date="2026-12-11")})])


# ---------------------------------------------------------------- A05
@case
def tent_pegs_the_3rd():
    sup = C.supplier("OUTBACK", "Outback Anchor Co. Pty Ltd", "orders@outbackanchor.example", "en-AU", 11)
    po = C.PO("4500218344", sup, "TW", "AUD", "2026-11-23", [
        C.L(1, "TPG-Y230-AL", "Tent peg, Y-profile, 7075 alu, 230 mm", 3000, "PCS", "0.62", "2026-12-07"),
        C.L(2, "TPG-SC300-ST", "Tent peg, screw type, galv. steel, 300 mm", 1500, "PCS", "1.35", "2026-12-07")])
    date = C.mail_dt("2026-11-24 14:22:05", 11)
    typed = ("Hi Tomasz,\n\n"
             "No dramas - price and qty fine on both lines. Y-pegs and the screw pegs are both on the shelf, "
             "so we'll air freight and have everything with you on the 3rd.\n\n"
             "Cheers,\nMick Donnelly\nSales | Outback Anchor Co. Pty Ltd\n"
             "12 Coolabah Rd, Dandenong South VIC 3175\nPh (03) 9555 0148 | ABN 51 824 753 556\n")
    plain, html = M.outlook_pair(po, typed, "en", "us-ascii", "EN-AU", gb="en-AU")
    eml = M.reply(po, frm=("Mick Donnelly", "mick@outbackanchor.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a05", body=plain, html=html, client="outlook",
                  charset="us-ascii", cte="7bit", html_cte="quoted-printable", content_language="en-AU",
                  outlook_region="ausprd01.prod.outlook.com",
                  received_from=("mail-sy4aus01on2101.outbound.protection.outlook.example", "52.100.158.101"))
    return result("tent-pegs-on-the-3rd", "confirmation",
                  "'on the 3rd' with no month; only the quoted request (7 Dec) and the Date header give the month",
                  [po], eml,
                  "'have everything with you on the 3rd': no month or year; the next 3rd on/after the mail "
                  "date (24 Nov 2026) is 2026-12-03, consistent with the quoted December need-by date. "
                  "Qty and price as ordered, date changed to 2026-12-03 for both lines.",
                  [conf(po, {1: chg(po, 1, date="2026-12-03"), 2: chg(po, 2, date="2026-12-03")})])


# ---------------------------------------------------------------- A06
@case
def tent_pegs_per_mille_jaenner():
    sup = C.supplier("ALPENZELT", "Alpenzelt Heringe Erzeugung GmbH", "office@alpenzelt.example", "de-AT", 1)
    po = C.PO("4500218349", sup, "TW", "EUR", "2026-11-26", [
        C.L(1, "TPG-V180-ST", "Tent peg, V-profile steel, 180 mm", 20000, "PCS", "0.0460", "2027-01-08"),
        C.L(2, "TPG-HK250", "Tent peg, hook, hardened steel, 250 mm", 8000, "PCS", "0.0890", "2027-01-08")])
    date = C.mail_dt("2026-11-30 10:15:44", 1)
    typed = (
        "Sehr geehrter Herr Wierzbicki,\n\n"
        "danke für Ihre Bestellung Nr. 4500218349. Unsere Preise verstehen sich wie immer je 1.000 Stück:\n\n"
        "Pos. 1  Zeltheringe V-Profil 180 mm   20.000 Stk   EUR 48,50 / 1.000 Stk  (Stahlpreiserhöhung ab 1.11.)\n"
        "Pos. 2  Hakenheringe gehärtet 250 mm   8.000 Stk   EUR 89,00 / 1.000 Stk\n\n"
        "Liefertermin für beide Positionen: 12. Jänner 2027 (Betriebsurlaub bis 6. Jänner).\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Ing. Martin Hofbauer\nVerkauf Innendienst\n"
        "Alpenzelt Heringe Erzeugung GmbH\nEisenstraße 22, 4400 Steyr, Österreich\n"
        "T +43 7252 55 0 41 | FN 184462k, LG Steyr | UID ATU55120377\n")
    plain, html = M.outlook_pair(po, typed, "de", "iso-8859-15", "DE-AT")
    eml = M.reply(po, frm=("Martin Hofbauer", "m.hofbauer@alpenzelt.example"), date=date,
                  subject="AW: " + C.request_subject(po), seed="a06", body=plain, html=html,
                  client="outlook_desktop", charset="iso-8859-15", content_language="de-AT",
                  received_from=("mx.alpenzelt.example", "192.0.2.88"))
    return result("tent-pegs-price-per-1000-jaenner", "confirmation",
                  "price per 1,000 pieces on a per-piece PO; Austrian 'Jänner' month name; ISO-8859-15",
                  [po], eml,
                  "Prices quoted per 1.000 Stk: 48,50 -> 0.0485 per piece (PO 0.0460, changed), 89,00 -> 0.089 "
                  "per piece (same as PO). Delivery '12. Jänner 2027' (Austrian for January) = 2027-01-12 for both "
                  "lines instead of 2027-01-08.",
                  [conf(po, {1: chg(po, 1, price="0.0485", date="2027-01-12"), 2: chg(po, 2, date="2027-01-12")})])


# ---------------------------------------------------------------- A07
@case
def forge_tongs_pos10():
    sup = C.supplier("BERGSMIDE", "Bergslagens Smide AB", "order@bergslagsmide.example", "sv-SE", 1)
    po = C.PO("4500218350", sup, "MF", "SEK", "2026-11-24", [
        C.L(1, "FTG-WB-450", "Forge tongs, wolf jaw, 450 mm", 24, "EA", "685.00", "2026-12-16"),
        C.L(2, "FTG-FB-10", "Forge tongs, flat bit 10 mm, 400 mm", 36, "EA", "540.00", "2026-12-16"),
        C.L(3, "FTG-VB-12", "Forge tongs, V-bit 12 mm, 450 mm", 18, "EA", "612.00", "2027-01-13")])
    date = C.mail_dt("2026-11-25 13:37:02", 1)
    typed = (
        "Hej Marco!\n\n"
        "Tack för ordern. Vi bekräftar enligt nedan, vårt ordernr 61-20417.\n\n"
        "Pos  Er art.nr    Benämning                        Antal  À-pris     Lev.datum\n"
        "10   FTG-FB-10    Smidestång flat 10 mm, 400 mm    36 st  540,00 kr  2026-12-16\n"
        "20   FTG-WB-450   Smidestång vargkäft, 450 mm      24 st  685,00 kr  2026-12-22\n"
        "30   FTG-VB-12    Smidestång V-käft 12 mm, 450 mm  18 st  629,00 kr  2027-01-13\n\n"
        "Priset på pos 30 är justerat enligt vår prislista 2026-10. Leveransvillkor DAP enligt er order.\n\n"
        "Med vänliga hälsningar\n"
        "Anders Lindgren\nBergslagens Smide AB\nBruksgatan 3, 713 80 Nora\nTel 0587-555 12 40\n")
    plain = typed + "\n" + C.quote_outlook(po, "sv", sep="orig")
    eml = M.reply(po, frm=("Anders Lindgren", "anders.lindgren@bergslagsmide.example"), date=date,
                  subject="SV: " + C.request_subject(po), seed="a07", body=plain, client="generic",
                  charset="iso-8859-1", plain_only=True, xmailer="Microsoft Outlook 14.0",
                  content_language="sv-SE", received_from=("smtp.bergslagsmide.example", "198.51.100.23"))
    return result("forge-tongs-their-positions-10-20-30", "confirmation",
                  "supplier renumbers the lines as pos 10/20/30 and lists them in a different order; map by our item code",
                  [po], eml,
                  "Their pos 10 = our line 2 (FTG-FB-10, as ordered), pos 20 = our line 1 (FTG-WB-450, date "
                  "2026-12-22 instead of 2026-12-16), pos 30 = our line 3 (FTG-VB-12, price 629,00 instead of 612.00). "
                  "Swedish ISO dates and decimal comma.",
                  [conf(po, {1: chg(po, 1, date="2026-12-22"), 2: acc(po, 2), 3: chg(po, 3, price="629.00")})])


# ---------------------------------------------------------------- A08
@case
def kite_spools_po_typo():
    sup = C.supplier("SHREEGANESH", "Shree Ganesh Kite Industries", "exports@shreeganeshkites.example", "en-IN", 5.5)
    po = C.PO("4500219347", sup, "PR", "INR", "2026-11-20", [
        C.L(1, "KSP-HW-200", "Kite spool, hardwood, 200 mm, with brake", 2000, "PCS", "85.00", "2026-12-18"),
        C.L(2, "KSP-ABS-150", "Kite spool, ABS plastic, 150 mm, hand reel", 5000, "PCS", "32.50", "2026-12-18")])
    date = C.mail_dt("2026-11-28 12:40:19", 5.5)
    typed = (
        "Dear Madam,\n\n"
        "Greetings from Shree Ganesh Kite Industries!\n\n"
        "With reference to your above mail, we hereby confirm your PO No. 4500219847 dated 20/11/2026 as under:\n\n"
        "1) Kite spool, hardwood 200 mm with brake - 2,000 pcs @ Rs. 85.00 per pc - dispatch on 18/12/2026\n"
        "2) Kite spool, ABS 150 mm hand reel - 5,000 pcs @ Rs. 32.50 per pc - 3,000 pcs will be dispatched on "
        "18/12/2026 and balance 2,000 pcs on 08/01/2027\n\n"
        "Total order value: Rs. 3,32,500.00 (Rupees Three Lakh Thirty-Two Thousand Five Hundred Only)\n\n"
        "Kindly do the needful and share the shipping marks at the earliest.\n\n"
        "Thanks & Regards,\n"
        "Rakesh Patel\nExport Department\nShree Ganesh Kite Industries\n"
        "Plot No. 47, GIDC Naroda, Ahmedabad - 382330, Gujarat, India\n"
        "Mob: +91 98250 55417\nGSTIN: 24AAKFS5521M1Z8\n")
    plain, html = M.gmail_pair(po, typed, "en-GB")
    eml = M.reply(po, frm=("Shree Ganesh Kite Industries", "exports@shreeganeshkites.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a08", body=plain, html=html, client="gmail",
                  charset="UTF-8", received_from=("mail-pj1-f44.google.example", "209.85.216.44"))
    return result("kite-spools-po-number-typo", "confirmation",
                  "supplier confirms 'PO No. 4500219847' (one digit wrong) while replying to and quoting our 4500219347; Indian lakh grouping",
                  [po], eml,
                  "The typed PO number 4500219847 is a one-digit typo: the mail is In-Reply-To our request for "
                  "4500219347, quotes it, and items/prices/total (Rs 3,32,500.00 = 2000x85 + 5000x32.50) match. "
                  "Line 1 dispatch 18/12/2026 = requested; line 2 split 3,000 on 2026-12-18 and 2,000 on 2027-01-08.",
                  [conf(po, {1: acc(po, 1),
                             2: chg(po, 2, date="2027-01-08", schedule=[(3000, "2026-12-18"), (2000, "2027-01-08")])})])


# ---------------------------------------------------------------- A09
@case
def pasta_dies_already_shipped():
    sup = C.supplier("TRAFILEBRONZO", "Trafilerie Bronzo Emiliane S.r.l.", "ordini@trafilebronzo.example", "it-IT", 1)
    po = C.PO("4500218366", sup, "JO", "EUR", "2026-11-24", [
        C.L(1, "PDT-RIG-10", "Pasta die, bronze, rigatoni 10 mm, for extruder dia. 90", 4, "EA", "420.00", "2026-12-10"),
        C.L(2, "PDT-SPA-19", "Pasta die, bronze, spaghetti 1.9 mm, dia. 90", 2, "EA", "385.00", "2026-12-10"),
        C.L(3, "PDT-RING-90", "Die retaining ring, stainless, dia. 90", 6, "EA", "48.00", "2026-12-10")])
    date = C.mail_dt("2026-11-30 11:02:37", 1)
    typed = (
        "Gentile Sig.ra Okafor,\n\n"
        "ci scusiamo per non aver risposto prima alla Sua richiesta di conferma: il materiale dell'ordine "
        "4500218366 era già pronto a magazzino ed è stato spedito venerdì 27/11/2026 con GLS, "
        "n. spedizione 7105 2260 1148 93 – tracking: https://gls-group.example/track/71052260114893\n"
        "La consegna a Felixstowe è prevista per il 02/12/2026.\n\n"
        "Quantità e prezzi come da Vostro ordine (4 trafile rigatoni, 2 trafile spaghetti, 6 ghiere).\n\n"
        "Cordiali saluti\n\n"
        "Francesca Montanari\nUfficio Commerciale\nTrafilerie Bronzo Emiliane S.r.l.\n"
        "Via dell'Industria 18/B – 40138 Bologna (BO)\nTel. +39 051 555 2241 – P.IVA 03318750374\n\n"
        "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al "
        "destinatario. Se avete ricevuto questa e-mail per errore, Vi preghiamo di darne comunicazione al "
        "mittente e di cancellarla (Reg. UE 2016/679).\n")
    plain, html = M.outlook_pair(po, typed, "it", "windows-1252", "IT")
    eml = M.reply(po, frm=("Francesca Montanari", "f.montanari@trafilebronzo.example"), date=date,
                  subject="R: " + C.request_subject(po), seed="a09", body=plain, html=html, client="outlook",
                  charset="windows-1252", content_language="it-IT",
                  received_from=("mail.trafilebronzo.example", "192.0.2.140"))
    return result("pasta-dies-already-shipped-tracking", "confirmation",
                  "apology: goods already shipped on 27/11 with a tracking number; expected delivery 02/12",
                  [po], eml,
                  "Goods already shipped 2026-11-27 (GLS tracking); delivery expected 02/12/2026, and a delivery "
                  "date wins over the ship date. Qty and price as ordered, so all lines changed on date only "
                  "(2026-12-02, earlier than the requested 2026-12-10).",
                  [conf(po, {1: chg(po, 1, date="2026-12-02"), 2: chg(po, 2, date="2026-12-02"),
                             3: chg(po, 3, date="2026-12-02")})])


# ---------------------------------------------------------------- A10
@case
def telescope_export_licence():
    sup = C.supplier("SIERRAOPT", "Sierra Optical Mounts LLC", "sales@sierraoptical.example", "en-US", -7)
    po = C.PO("4500218373", sup, "MF", "USD", "2026-11-25", [
        C.L(1, "TMT-EQ6-AL", "Equatorial telescope mount, 20 kg payload, with tripod", 6, "EA", "1840.00", "2026-12-15"),
        C.L(2, "TMT-HD-ENC", "Harmonic-drive mount with absolute encoders, 60 kg payload", 2, "EA", "12900.00",
            "2027-01-12"),
        C.L(3, "TMT-PIER-48", "Steel pier, 48 in, for EQ6 class mount", 6, "EA", "365.00", "2026-12-15")])
    date = C.mail_dt("2026-12-01 16:22:10", -7)
    typed = (
        "Hi Marco,\n\n"
        "Thanks for PO 4500218373. Please see our acknowledgment below:\n\n"
        "Line 1 - TMT-EQ6-AL, qty 6, $1,840.00 ea - confirmed, ship date 12/15/2026\n"
        "Line 2 - TMT-HD-ENC, qty 2 - DECLINED. Our compliance team has classified this configuration "
        "(absolute encoders + harmonic drive) as export-controlled under the EAR, and shipment to your end "
        "user would require a BIS export license. We are not in a position to apply for one, so please "
        "remove this line from the PO.\n"
        "Line 3 - TMT-PIER-48, qty 6, $365.00 ea - confirmed; piers are on backorder, ship date 01/05/2027\n\n"
        "Let me know if you have any questions.\n\n"
        "Best,\nDan Whitaker\nInside Sales | Sierra Optical Mounts LLC\n"
        "4120 E. Speedway Blvd, Tucson, AZ 85712\n(520) 555-0133\n\n"
        "This e-mail and any attachments may contain technical data subject to the U.S. Export Administration "
        "Regulations (EAR). Diversion contrary to U.S. law is prohibited.\n")
    plain, html = M.outlook_pair(po, typed, "en", "us-ascii", "EN-US")
    eml = M.reply(po, frm=("Dan Whitaker", "dwhitaker@sierraoptical.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a10", body=plain, html=html, client="outlook",
                  charset="us-ascii", cte="7bit", html_cte="quoted-printable", content_language="en-US",
                  outlook_region="namprd11.prod.outlook.com",
                  received_from=("mail-bn8nam11on2120.outbound.protection.outlook.example", "40.107.236.120"))
    return result("telescope-mounts-export-licence", "confirmation",
                  "one line declined for export-licence reasons; US month-first ship dates (01/05/2027 = 5 Jan)",
                  [po], eml,
                  "Line 1 confirmed, ship 12/15/2026 = requested. Line 2 declined (EAR export licence). Line 3 "
                  "confirmed with ship date 01/05/2027, US format = 2027-01-05 (not 1 May).",
                  [conf(po, {1: acc(po, 1), 2: rej(), 3: chg(po, 3, date="2027-01-05")})])


# ---------------------------------------------------------------- A11
@case
def fountain_pdf_xlsx():
    sup = C.supplier("WASSERSPIEL", "Wasserspiel Technik AG", "auftrag@wasserspiel-technik.example", "de-CH", 1)
    po = C.PO("4500218380", sup, "JO", "CHF", "2026-11-19", [
        C.L(1, "FNZ-JET-12", "Fountain nozzle, jet, brass, 1/2 in", 40, "EA", "68.50", "2026-12-17"),
        C.L(2, "FNZ-FOAM-1", "Fountain nozzle, foam jet, 1 in", 16, "EA", "214.00", "2026-12-17"),
        C.L(3, "FNZ-CASC-2", "Fountain nozzle, cascade, 2 in, stainless", 8, "EA", "1180.00", "2027-01-14")])
    date = C.mail_dt("2026-12-02 14:05:26", 1)
    rows = [("10", "FNZ-JET-12", 'Fontänendüse Vollstrahl 1/2" Ms', 40, "68.50", "17.12.2026"),
            ("20", "FNZ-FOAM-1", 'Schaumsprudler 1"', 16, "214.00", "22.12.2026"),
            ("30", "FNZ-CASC-2", 'Kaskadendüse 2" Edelstahl', 8, "1215.00", "14.01.2027")]
    from decimal import Decimal
    trows = []
    total = Decimal(0)
    for pos_, art, bez, q, pr, ld in rows:
        amt = Decimal(pr) * q
        total += amt
        trows.append([pos_, art, bez, str(q), "Stk", C.num(pr, "ch"), C.num(amt, "ch"), ld])
    pdf = P.document(
        "Auftragsbestätigung AB-26-10455",
        ["Wasserspiel Technik AG, Zürcherstrasse 101, CH-8406 Winterthur",
         "Kunde: Brightwater Civic & Leisure Supply Ltd, Felixstowe (UK)   Kd.-Nr. 40817",
         "Ihre Bestellung: 4500218380 vom 19.11.2026   Ihr Zeichen: J. Okafor",
         "Datum: 02.12.2026   Währung: CHF   Lieferbedingung: DAP Felixstowe (Incoterms 2020)"],
        ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis CHF", "Betrag CHF", "Liefertermin"],
        trows, [50, 75, 150, 330, 336, 420, 480, 490], align=["l", "l", "l", "r", "l", "r", "r", "l"],
        footer_lines=["Total netto CHF %s" % C.num(total, "ch"),
                      "Zahlungsbedingungen: 30 Tage netto. Es gelten unsere AGB.",
                      "MWST-Nr. CHE-115.224.801 MWST"],
        producer="Abacus ERP 2026", author="Wasserspiel Technik AG", created="20261202140112+01'00'")
    xl = X.make_xlsx([("AB-26-10455", [
        ["AB-Nr.", "Ihre Bestellung", "Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Preis CHF", "Liefertermin"]] + [
        ["AB-26-10455", "4500218380", int(r[0]), r[1], r[2], r[3], "Stk", Decimal(r[4]),
         C.D("%s-%s-%s" % (r[5][6:], r[5][3:5], r[5][:2]))] for r in rows])],
        creator="Reto Brunner", created=C.mail_dt("2026-12-02 13:58:00").replace(tzinfo=None),
        widths=[13, 15, 6, 14, 32, 8, 6, 11, 12])
    typed = ("Guten Tag Frau Okafor\n\n"
             "Besten Dank für Ihre Bestellung 4500218380. Im Anhang erhalten Sie unsere Auftragsbestätigung "
             "AB-26-10455 als PDF sowie als Excel-Datei zum Einlesen in Ihr System.\n\n"
             "Bitte beachten Sie die Liefertermine und Preise gemäss Auftragsbestätigung.\n\n"
             "Freundliche Grüsse\n\n"
             "Reto Brunner\nVerkaufsinnendienst\nWasserspiel Technik AG\nZürcherstrasse 101, 8406 Winterthur\n"
             "Tel. +41 52 555 31 70\n")
    plain, html = M.outlook_pair(po, typed, "de", "iso-8859-1", "DE-CH")
    atts = [M.attach(pdf, "application/pdf", "AB-26-10455.pdf"),
            M.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "AB-26-10455.xlsx")]
    eml = M.reply(po, frm=("Reto Brunner", "r.brunner@wasserspiel-technik.example"), date=date,
                  subject="AW: " + C.request_subject(po), seed="a11", body=plain, html=html, client="outlook",
                  charset="iso-8859-1", content_language="de-CH", attachments=atts,
                  received_from=("mail.wasserspiel-technik.example", "203.0.113.17"))
    return result("fountain-nozzles-pdf-and-xlsx-agree", "confirmation",
                  "body only says 'see attachments'; the AB is attached as PDF and XLSX that agree; Swiss 1'215.00",
                  [po], eml,
                  "Body commits to nothing itself; the attached AB-26-10455 (PDF and XLSX, identical) gives pos "
                  "10/20/30 = our lines 1/2/3: line 1 as ordered, line 2 date 22.12.2026, line 3 price "
                  "CHF 1'215.00 (Swiss apostrophe grouping) instead of 1180.00.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2026-12-22"), 3: chg(po, 3, price="1215.00")})])


# ---------------------------------------------------------------- A12
@case
def fountain_internal_forward():
    sup = C.supplier("HIDROTOBERA", "Hidrotobera Levante S.L.", "pedidos@hidrotobera.example", "es-ES", 1)
    po = C.PO("4500218391", sup, "HA", "EUR", "2026-11-24", [
        C.L(1, "FNZ-ESP-34", "Fountain nozzle, spray ring, 3/4 in, bronze", 100, "EA", "23.40", "2026-12-14"),
        C.L(2, "FNZ-GEY-2", "Fountain nozzle, geyser, 2 in, stainless", 20, "EA", "312.00", "2026-12-14")])
    date = C.mail_dt("2026-11-27 17:12:03", 1)
    sep = "_" * 32
    typed = (
        "Buenas tardes Helen:\n\n"
        "Le reenvío la respuesta de nuestro departamento de producción. Confirmamos su pedido según lo "
        "indicado por Jordi en su último correo (más abajo): la línea 1 completa para el 14/12 y la línea 2 "
        "en dos entregas.\n\nDisculpe el retraso.\n\n"
        "Un saludo,\nLucía Ferrer Ortiz\nDepartamento Comercial\nHidrotobera Levante S.L.\n"
        "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41, 46988 Paterna (Valencia)\nTel. +34 961 55 40 82\n")
    chain = (
        sep + "\nDe: Jordi Sanchis <jordi.sanchis@hidrotobera.example>\n"
        "Enviado el: viernes, 27 de noviembre de 2026 16:48\nPara: Lucía Ferrer <lucia.ferrer@hidrotobera.example>\n"
        "Asunto: RE: Pedido Brightwater 4500218391 - plazos\n\n"
        "Lucía, corrijo lo que te dije ayer: las toberas géiser de 2\" no llegan todas. Podemos servir 12 uds "
        "el 14/12/2026 y las 8 restantes el 11/01/2027 (nos falta chapa de inoxidable). Las de anillo (100 uds) "
        "sin problema para el 14/12.\n\nJordi\n\n"
        + sep + "\nDe: Jordi Sanchis\nEnviado el: jueves, 26 de noviembre de 2026 9:15\nPara: Lucía Ferrer\n"
        "Asunto: RE: Pedido Brightwater 4500218391 - plazos\n\nSí, en principio todo OK para el 14/12.\n\n"
        + sep + "\nDe: Lucía Ferrer\nEnviado el: miércoles, 25 de noviembre de 2026 18:02\nPara: Jordi Sanchis\n"
        "Asunto: Pedido Brightwater 4500218391 - plazos\n\n"
        "Jordi, ¿llegamos al 14/12 con este pedido? Precios según tarifa, ya los he revisado yo.\n\n"
        + C.quote_outlook(po, "es"))
    plain = typed + "\n" + chain
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + "<p class=\"MsoNormal\">&nbsp;</p>\n"
                          + C.pre_html(chain), "iso-8859-1", "ES")
    eml = M.reply(po, frm=("Lucía Ferrer Ortiz", "lucia.ferrer@hidrotobera.example"), date=date,
                  subject="RV: Pedido Brightwater 4500218391 - plazos", seed="a12", body=plain, html=html,
                  client="outlook", charset="iso-8859-1", content_language="es-ES", in_reply=False,
                  received_from=("mail.hidrotobera.example", "192.0.2.201"))
    return result("fountain-nozzles-forwarded-internal-chain", "confirmation",
                  "forward of an internal sales/production chain; the earlier 'todo OK' is superseded by a later split",
                  [po], eml,
                  "Forward without threading headers. Sales confirms 'según lo indicado por Jordi en su último "
                  "correo': line 1 complete on 14/12 (as ordered); line 2 split 12 on 2026-12-14 and 8 on "
                  "2027-01-11. Jordi's earlier 'todo OK para el 14/12' was corrected and must not be used.",
                  [conf(po, {1: acc(po, 1),
                             2: chg(po, 2, date="2027-01-11", schedule=[(12, "2026-12-14"), (8, "2027-01-11")])})])


# ---------------------------------------------------------------- N1
@case
def cowls_before_christmas():
    sup = C.supplier("KIWIFLUE", "Kiwi Flue Fittings Ltd", "sales@kiwiflue.example", "en-NZ", 13)
    po = C.PO("4500218740", sup, "TW", "NZD", "2026-11-30", [
        C.L(1, "CWL-WIND-150", "Wind-directional cowl, 150 mm, stainless", 30, "EA", "84.00", "2026-12-16"),
        C.L(2, "CWL-RAIN-125", "Rain cap cowl, 125 mm", 50, "EA", "29.50", "2026-12-16")])
    date = C.mail_dt("2026-12-02 11:47:30", 13)
    typed = ("Kia ora Tomasz,\n\n"
             "Thanks for the order, prices are all good. The workshop's flat out at the moment but we'll get "
             "both lines to you before Christmas.\n\n"
             "Cheers,\nAroha Ngata\nKiwi Flue Fittings Ltd | 33 Parkhouse Road, Sockburn, Christchurch 8042\n"
             "Ph 03 555 0192\n")
    d = C.local_req_dt(po)
    attr = "On %s, %d %s %d at %d:%02d %s, %s <%s> wrote:" % (
        d.strftime("%a"), d.day, d.strftime("%b"), d.year, (d.hour % 12) or 12, d.minute,
        "AM" if d.hour < 12 else "PM", po["buyer"]["name"], po["buyer"]["email"])
    plain, html = M.gmail_pair(po, typed, attr=attr)
    eml = M.reply(po, frm=("Aroha Ngata", "aroha@kiwiflue.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="n01", body=plain, html=html, client="gmail",
                  charset="UTF-8", received_from=("mail-oi1-f180.google.example", "209.85.167.180"))
    return result("chimney-cowls-before-christmas", "needs_review",
                  "'we'll get both lines to you before Christmas': friendly but no date, need-by is 16 Dec",
                  [po], eml,
                  "Prices agreed, but the only delivery statement is 'before Christmas', which is not a date and "
                  "may well be after the 2026-12-16 need-by date; a buyer would have to ask.")


# ---------------------------------------------------------------- N2
@case
def yak_same_as_last_time():
    sup = C.supplier("CONNEMARA", "Connemara Highland Textiles Ltd", "sales@connemaratextiles.example", "en-IE", 0)
    po = C.PO("4500218747", sup, "PR", "EUR", "2026-12-01", [
        C.L(1, "YWB-KH-140", "Yak wool blanket, khaki check, 140x200 cm", 50, "EA", "118.00", "2027-01-15"),
        C.L(2, "YWB-CUSH-45", "Yak wool cushion cover, 45x45 cm", 120, "EA", "24.50", "2027-01-15")],
        req_time="14:10")
    date = C.mail_dt("2026-12-02 08:03:55", 0)
    typed = ("Hi Priya,\n\nSame as last time - I'll have the lads pack it the same way too.\n\n"
             "Talk soon,\nDeclan\n\nGet Outlook for Android\n")
    plain, html = M.outlook_pair(po, typed, "en", "us-ascii", "EN-IE", gb=True)
    eml = M.reply(po, frm=("Declan Ó Flaithearta", "declan@connemaratextiles.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="n02", body=plain, html=html, client="outlook",
                  charset="us-ascii", cte="7bit", html_cte="quoted-printable", header_charset="utf-8",
                  received_from=("mail-db8eur05on2117.outbound.protection.outlook.example", "40.107.20.117"))
    return result("yak-blankets-same-as-last-time", "needs_review",
                  "'Same as last time' refers to an earlier order we cannot see; nothing about this PO's figures",
                  [po], eml,
                  "The reply only says 'same as last time': it may mean last order's prices or lead time, not "
                  "this PO's. Commits to nothing checkable; a human must ask.")


# ---------------------------------------------------------------- R1
@case
def korean_ooo():
    sup = C.supplier("DONGHAE", "(주)동해마린", "park.jiwon@donghae-marine.example", "ko-KR", 9)
    po = C.PO("4500218754", sup, "MF", "KRW", "2026-11-30", [
        C.L(1, "MBY-HD-1000", "Mooring buoy, 1000 mm, HDPE, with chain tube", 10, "EA", "1250000", "2027-01-08"),
        C.L(2, "MBY-PU-450", "Pick-up buoy, 450 mm", 30, "EA", "98000", "2027-01-08")])
    date = C.mail_dt("2026-11-30 18:30:21", 9)
    body = ("안녕하세요.\n동해마린 해외영업팀 박지원입니다.\n\n"
            "현재 해외 출장 중으로 2026년 12월 7일(월)부터 정상 근무합니다.\n"
            "출장 기간 중에는 메일 확인이 어려우니, 급한 용무는 아래 담당자에게 연락 부탁드립니다.\n\n"
            "- 수출 담당: 이승훈 대리 (shlee@donghae-marine.example, +82-51-555-0174)\n\n"
            "감사합니다.\n\n"
            "I am on a business trip until 6 December 2026 with limited access to e-mail.\n"
            "For urgent matters please contact Mr. Seunghoon Lee (shlee@donghae-marine.example).\n")
    html = M.simple_html(C.para_html(body), "euc-kr")
    eml = M.reply(po, frm=("박지원", "park.jiwon@donghae-marine.example"), date=date,
                  subject="자동 회신: " + C.request_subject(po), seed="r01", body=body, html=html, client="outlook", charset="euc-kr", cte="base64",
                  header_charset="euc-kr", content_language="ko-KR", outlook_region="apcprd06.prod.outlook.com",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "park.jiwon@donghae-marine.example")],
                  received_from=("mail-sl2kor01on2093.outbound.protection.outlook.example", "52.100.142.93"))
    return result("mooring-buoys-korean-out-of-office", "auto_reply",
                  "Korean out-of-office (EUC-KR, base64) with a return date and a phone number",
                  [po], eml,
                  "Exchange out-of-office reply ('자동 회신'), Auto-Submitted: auto-replied. The dates are the "
                  "person's absence (back Mon 2026-12-07), not delivery dates.")


# ---------------------------------------------------------------- B1
@case
def bounce_postfix_rfc822():
    sup = C.supplier("CORDERIA", "Cordería Granadina S.L.", "pedidos@corderia-granadina.example", "es-ES", 1)
    po = C.PO("4500218761", sup, "HA", "EUR", "2026-11-24", [
        C.L(1, "LST-NYL-10", "Lute string set, 10-course, nylon and wound basses", 30, "SET", "64.00", "2026-12-16"),
        C.L(2, "LST-OUD-AR", "Oud string set, Arabic tuning", 40, "SET", "38.50", "2026-12-16")])
    import datetime as dt
    req = po["_req_dt"]
    po_pdf = P.document("PURCHASE ORDER 4500218761",
                        [C.BUYER_CO, C.BUYER_SITE, "Supplier: Cordería Granadina S.L., Granada, Spain",
                         "Date: 24 Nov 2026   Currency: EUR   Buyer: Helen Achterberg"],
                        ["Line", "Item", "Description", "Qty", "UoM", "Price", "Need by"],
                        [[str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"],
                          l["unit_price"], C.D(l["requested_date"]).strftime("%d %b %Y")] for l in po["lines"]],
                        [50, 75, 140, 405, 412, 480, 490], align=["l", "l", "l", "r", "l", "r", "l"],
                        footer_lines=["Delivery DAP Felixstowe. Our terms and conditions of purchase apply."],
                        producer="Brightwater P2P", created="20261124093000+00'00'")
    orig = M.request_message(po, attach_pdf=po_pdf)
    qid = "4QhT2x0Kq9z3wR"
    when = req + dt.timedelta(seconds=4)
    notice = (
        "This is the mail system at host mx1.brightwater-supply.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<pedidos@corderia-granadina.example>: host\n"
        "    mx.corderia-granadina.example[198.51.100.61] said: 550 5.1.1\n"
        "    <pedidos@corderia-granadina.example>: Recipient address rejected: User\n"
        "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    p1 = M.text(notice, charset="us-ascii", cte="7bit")
    p1["Content-Description"] = "Notification"
    ds = M.delivery_status(
        [("Reporting-MTA", "dns; mx1.brightwater-supply.example"), ("X-Postfix-Queue-ID", qid),
         ("X-Postfix-Sender", "rfc822; helen.achterberg@brightwater-supply.example"),
         ("Arrival-Date", C.rfc_date(req) + " (UTC)")],
        [[("Final-Recipient", "rfc822; pedidos@corderia-granadina.example"),
          ("Original-Recipient", "rfc822;pedidos@corderia-granadina.example"),
          ("Action", "failed"), ("Status", "5.1.1"), ("Remote-MTA", "dns; mx.corderia-granadina.example"),
          ("Diagnostic-Code", "smtp; 550 5.1.1 <pedidos@corderia-granadina.example>: Recipient address "
                              "rejected: User unknown in virtual mailbox table")]])
    ds["Content-Description"] = "Delivery report"
    p3 = M.rfc822(orig)
    p3["Content-Description"] = "Undelivered Message"
    root = M.multi("report", [p1, ds, p3], "%s.1795685421/mx1.brightwater-supply.example" % qid,
                   params=[("report-type", "delivery-status")])
    hs = [("Return-Path", "<>"),
          ("Received", "by mx1.brightwater-supply.example (Postfix) id %s; %s" % (qid[:10], C.rfc_date(when) + " (UTC)")),
          ("Date", C.rfc_date(when) + " (UTC)"),
          ("From", "MAILER-DAEMON@mx1.brightwater-supply.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", "helen.achterberg@brightwater-supply.example"),
          ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<%s.%s@mx1.brightwater-supply.example>" % (when.strftime("%Y%m%d%H%M%S"), qid[:10]))]
    eml = M.to_bytes(M.finalize(root, hs))
    return result("lute-strings-postfix-bounce-rfc822", "bounce",
                  "Postfix DSN with the full original request (and its PO PDF) attached as message/rfc822",
                  [po], eml,
                  "Postfix 'Undelivered Mail Returned to Sender' (550 5.1.1 user unknown). The attached original "
                  "is our own request with all PO figures; nothing from the supplier.")


# ---------------------------------------------------------------- U1
@case
def kite_marketing_discount():
    sup = C.supplier("SKYWARD", "Skyward Kite & Spool Co.", "orders@skywardkite.example", "en-CA", -8)
    po = C.PO("4500218768", sup, "PR", "CAD", "2026-11-25", [
        C.L(1, "KSP-ALU-180", "Kite reel, aluminium, 180 mm", 300, "PCS", "14.90", "2026-12-18"),
        C.L(2, "KSP-LINE-50", "Kite line, Dyneema, 50 kg, 100 m on spool", 300, "PCS", "9.75", "2026-12-18")])
    date = C.mail_dt("2026-12-01 06:00:04", -8)
    plain = (
        "WINTER WIND SALE - 20% OFF SPOOLS & REELS\n\n"
        "Hi there,\n\n"
        "The wind is up and so are the savings! From now until December 7, 2026, take 20% off every "
        "spool, reel and line in our catalogue with code GUST20 at checkout.\n\n"
        "* Aluminium reels 120-220 mm - from $11.92 (reg. $14.90)\n"
        "* Dyneema line on spool, 30-90 kg - from $6.36\n"
        "* NEW: carbon-brake kite reel KSP-CB-200, ships from 2027-01-11\n\n"
        "Free shipping on orders over $250. Holiday cut-off: orders placed by December 14 ship before "
        "Christmas; our warehouse is closed Dec 24 - Jan 3.\n\n"
        "Shop now: https://shop.skywardkite.example/winter?utm_source=newsletter&utm_campaign=gust20\n\n"
        "Skyward Kite & Spool Co. | 1180 Powell St, Vancouver, BC V6A 1H7\n"
        "You are receiving this e-mail because you are a registered trade customer.\n"
        "Unsubscribe: https://shop.skywardkite.example/u/8f3e2c\n")
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Winter Wind Sale</title></head>'
        '<body style="margin:0;background:#eef3f7">\n<table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
        '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,sans-serif">\n'
        '<tr><td style="background:#12324a;color:#fff;padding:24px;font-size:28px;font-weight:bold">'
        'WINTER WIND SALE &#10052;</td></tr>\n'
        '<tr><td style="padding:20px;font-size:15px">The wind is up and so are the savings! From now until '
        '<b>December 7, 2026</b>, take <b>20% off</b> every spool, reel and line with code '
        '<span style="background:#ffe066;padding:2px 6px;font-weight:bold">GUST20</span>.</td></tr>\n'
        '<tr><td style="padding:0 20px"><ul><li>Aluminium reels 120-220 mm - from $11.92 (reg. $14.90)</li>'
        '<li>Dyneema line on spool, 30-90 kg - from $6.36</li>'
        '<li>NEW: carbon-brake kite reel KSP-CB-200, ships from 2027-01-11</li></ul></td></tr>\n'
        '<tr><td style="padding:20px"><a href="https://shop.skywardkite.example/winter?utm_source=newsletter&amp;'
        'utm_campaign=gust20" style="background:#e8590c;color:#fff;padding:12px 24px;text-decoration:none">'
        'Shop now</a></td></tr>\n'
        '<tr><td style="padding:20px;font-size:12px;color:#666">Free shipping on orders over $250. Holiday '
        'cut-off: orders placed by December 14 ship before Christmas; our warehouse is closed Dec 24 - Jan 3.'
        '<br>Skyward Kite &amp; Spool Co. | 1180 Powell St, Vancouver, BC V6A 1H7<br>'
        '<a href="https://shop.skywardkite.example/u/8f3e2c">Unsubscribe</a></td></tr>\n'
        '</table></td></tr></table><img src="https://t.skywardkite.example/o/8f3e2c.gif" width="1" height="1" alt="">'
        '</body></html>\n')
    eml = M.reply(po, frm=("Skyward Kite & Spool Co.", "news@mail.skywardkite.example"), date=date,
                  subject="\u2744 Winter Wind Sale: 20% off spools & reels - code GUST20 ends Dec 7",
                  seed="u01", body=plain, html=html, client="generic", charset="utf-8", in_reply=False,
                  to="purchasing@brightwater-supply.example",
                  msgid="<0100019d3c1a7e52-7f1b2c44-3a9e-4d1f-9c55-1e2f7a6b8c90-000000@email.skywardkite.example>",
                  extra=[("List-Unsubscribe", "<https://shop.skywardkite.example/u/8f3e2c>, "
                                              "<mailto:unsubscribe@mail.skywardkite.example?subject=8f3e2c>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Precedence", "bulk"), ("X-Campaign-ID", "gust20-2026w49"),
                         ("Feedback-ID", "gust20:skyward:newsletter")],
                  received_from=("a8-31.smtp-out.mailer.example", "54.240.8.31"))
    return result("kite-reels-marketing-discount-code", "unrelated",
                  "newsletter from a supplier with an open PO: discount code, prices, ship and cut-off dates",
                  [po], eml,
                  "Bulk marketing mail (List-Unsubscribe, Precedence: bulk) from the same supplier: code GUST20, "
                  "sale prices and holiday cut-off dates, but no answer about PO 4500218768.")
