"""Cases 055-070."""
from . import mime
from .common import (case, sup, po, acc, chg, REJ, UNC, conf, expc, expk, reply, when, rfcdate, iso,
                     kw_friday, req_subject, req_text, BUYERS_by_email, e, html_doc, request_message, quote_gt,
                     DOMAIN)
from .pdf import pdf
from .xlsx import xlsx
from .sysmail import dsn_block, report, plain_request


@case("hot-sauce-bottles-per-100", "confirmation/bg-BG",
      "Bulgarian Cyrillic windows-1251 reply with prices 'за 100 бр.' that must be divided by 100: 15,00 -> 0.15 (changed), 23,00 -> 0.23 (same).")
def c055():
    s = sup("TRAKGL", "Trakia Glass EOOD", "sales@trakia-glass.example", "bg-BG")
    p = po("4500219550", s, "dana", "EUR", "2026-11-24", [
        ("TG-HS-060", "Hot sauce bottle 60 ml, round, 22 mm neck", 20000, "PCS", "0.14", "2026-12-18"),
        ("TG-HS-150", "Hot sauce bottle 150 ml (5 oz) woozy, 24-414", 10000, "PCS", "0.23", "2026-12-18")])
    body = """Здравейте, г-жо Руиз,

Потвърждаваме поръчка № 4500219550:

Поз. 1: 20 000 бр., цена 15,00 EUR за 100 бр., доставка 18.12.2026 г.
Поз. 2: 10 000 бр., цена 23,00 EUR за 100 бр., доставка 18.12.2026 г.

Поздрави,
Георги Димитров
Търговски отдел
Тракия Глас ЕООД, ул. Индустриална 4, 6000 Стара Загора
тел. +359 42 555 610
"""
    eml = reply(p, frm_name="Георги Димитров", frm_addr="g.dimitrov@trakia-glass.example",
                w=when(2026, 11, 27, 11, 11, 2), body=body, cs="windows-1251", cte="base64", prefix="RE: ",
                lang="bg-BG", contact="Georgi")
    return [p], eml, expc("Prices per 100 pieces: 15,00 / 100 = 0.15 EUR per PCS (changed from 0.14); 23,00 / 100 = 0.23 (equal); '20 000' uses a space thousands separator; date 18.12.2026 г. equals the PO.",
                          conf(p, {1: chg(p, 1, price="0.15"), 2: acc(p, 2)}))


@case("bamboo-two-pos-one-reply", "confirmation/lv-LV",
      "One Latvian reply answers two POs in separate blocks (threaded on both request IDs); only the stair treads have a new price.")
def c056():
    s = sup("BAMBGR", "Bambusa Grīdas SIA", "pasutijumi@bambusa-gridas.example", "lv-LV")
    pa = po("4500219563", s, "sofia", "EUR", "2026-11-20", [
        ("BG-FL-1496", "Bamboo floor 14x96x960 mm, vertical, natural", 400, "M2", "24.50", "2026-12-18"),
        ("BG-UL-2", "Underlay 2 mm foam, 15 m2 roll", 27, "ROL", "22.00", "2026-12-18")])
    pb = po("4500219577", s, "sofia", "EUR", "2026-11-24", [
        ("BG-ST-1410", "Stair tread 1050x300x20 mm, carbonised", 36, "EA", "39.00", "2027-01-15")])
    body = """Labdien, Sofia!

Apstiprinām abus pasūtījumus:

4500219563
 1. BG-FL-1496 – 400 m2, 24,50 EUR/m2, piegāde 18.12.2026
 2. BG-UL-2 – 27 ruļļi, 22,00 EUR/rullis, piegāde 18.12.2026

4500219577
 1. BG-ST-1410 – 36 gab., 41,20 EUR/gab., piegāde 15.01.2027

Ar cieņu,
Līga Bērziņa
Bambusa Grīdas SIA | Krasta iela 52, Rīga, LV-1003
Tālr. +371 67 555 420
"""
    refs = "%s %s" % (pa["request_message_id"], pb["request_message_id"])
    eml = reply(pb, frm_name="Līga Bērziņa", frm_addr="liga.berzina@bambusa-gridas.example",
                w=when(2026, 11, 30, 10, 20, 2), body=body, cs="windows-1257", prefix="RE: ", lang="lv-LV",
                contact="Liga", subject="RE: PO 4500219563 / 4500219577 - order acknowledgement", refs=refs,
                quote="outlook")
    return [pa, pb], eml, expc("Two POs answered in one mail: 4500219563 both lines as ordered; 4500219577 line 1 at 41,20 instead of 39.00, date 15.01.2027 equal.",
                               conf(pa, {1: acc(pa, 1), 2: acc(pa, 2)}),
                               conf(pb, {1: chg(pb, 1, price="41.20")}))


@case("trawl-floats-forwarded-warehouse", "confirmation/en-NZ",
      "Sales rep forwards a warehouse colleague's note; the commitment is in the forwarded text with ship dates and ETAs (day-first, no year), one line split in two.")
def c057():
    s = sup("SOFLOAT", "Southern Ocean Floats Ltd", "sales@southernocean-floats.example", "en-NZ")
    p = po("4500219580", s, "dana", "NZD", "2026-11-24", [
        ("SO-TF-280", "Trawl float 280 mm, 1500 m depth, centre hole", 120, "PCS", "44.50", "2026-12-18"),
        ("SO-SP-08", "Spherical float 8in, 2 ear, orange", 400, "PCS", "12.80", "2026-12-18")])
    body = """Hi Dana,

See below from our warehouse - all good, we'll ship exactly as Hemi says. Prices as per your PO.

Cheers
Aroha Ngata
Southern Ocean Floats Ltd | 21 Wharf St, Nelson 7010 | +64 3 555 0198

---------- Forwarded message ---------
From: Hemi Walker <hemi.walker@southernocean-floats.example>
Date: Mon, 30 Nov 2026 at 8:52 AM
Subject: Re: Halvorsen PO 4500219580
To: Aroha Ngata <aroha@southernocean-floats.example>


Hi Aroha,

280s - have all 120, can go out Fri 4/12 on the Maersk boat, ETA Oslo 15/1.
8 inch - only 250 on the shelf, they go on the same boat (ETA 15/1). Rest (150) from the Jan production run, ship 22/1, ETA Oslo 5/3.

Hemi

> On Fri, 27 Nov 2026 at 4:10 PM Aroha Ngata <aroha@southernocean-floats.example> wrote:
> Can you check stock for Halvorsen PO 4500219580 - 120 x 280mm and 400 x 8in? They want it in Oslo by 18 Dec.
"""
    eml = reply(p, frm_name="Aroha Ngata", frm_addr="aroha@southernocean-floats.example",
                w=when(2026, 11, 30, 9, 40, 13), body=body, client="gmail", quote="gt", contact="Aroha",
                cs="UTF-8", prefix="Re: ")
    return [p], eml, expc("Commitment sits in the forwarded warehouse note (the sender says 'we'll ship exactly as Hemi says'); ETA Oslo is the delivery date and wins over ship dates: line 1 120 on 15/1 = 2027-01-15; line 2 250 on 2027-01-15 + 150 on 5/3 = 2027-03-05 (day-first, next occurrence).",
                          conf(p, {1: chg(p, 1, d="2027-01-15"),
                                   2: chg(p, 2, sched=[(250, "2027-01-15"), (150, "2027-03-05")])}))


@case("veils-body-vs-pdf-contradiction", "needs_review/en-US",
      "Body says both lines deliver 12/18 as requested, but the attached acknowledgment PDF shows 01/08/2027 for line 1.")
def c058():
    s = sup("PACVEIL", "Pacific Veil & Lace Co.", "orders@pacificveil.example", "en-US")
    p = po("4500219594", s, "ines", "USD", "2026-11-24", [
        ("PV-VL-108", "Chapel veil 108in, soft tulle, diamond white", 30, "EA", "52.00", "2026-12-18"),
        ("PV-BL-72", "Blusher veil 72in, raw edge, ivory", 50, "EA", "28.00", "2026-12-18")])
    lines = [("F2", 14, "SALES ORDER ACKNOWLEDGMENT  SO-104877"),
             ("F1", 9, "Pacific Veil & Lace Co., 880 Harbor Blvd, Costa Mesa, CA 92626"), "",
             "Bill to: Halvorsen Trading Group, Brobekkveien 80, 0582 Oslo, Norway",
             "Customer PO: 4500219594      Order date: 11/27/2026", "",
             ("F3", 9, "Ln  Item        Description                  Qty  U/M  Unit Price  Ship Date"),
             ("F3", 9, " 1  PV-VL-108   Chapel veil 108in tulle      30   EA       52.00  01/08/2027"),
             ("F3", 9, " 2  PV-BL-72    Blusher veil 72in ivory      50   EA       28.00  12/18/2026"), "",
             "Subtotal: $2,960.00     Terms: Net 30     Ship via: UPS Worldwide Expedited"]
    assert 30 * 52 + 50 * 28 == 2960
    doc = pdf(lines, created="20261127125500-08'00'", producer="QuickBooks", title="SO-104877")
    body = """Hi Ines -

Confirmed, both lines will deliver 12/18 as requested. Acknowledgment attached.

Thanks!
Kaylee Brooks
Customer Service | Pacific Veil & Lace Co.
(714) 555-0163
"""
    att = mime.att(doc, "application/pdf", "SO-104877_Ack.pdf")
    eml = reply(p, frm_name="Kaylee Brooks", frm_addr="kaylee@pacificveil.example",
                w=when(2026, 11, 27, 13, 0, -8), body=body, client="outlook", contact="Kaylee", lang="en-US",
                atts=[att])
    return [p], eml, expk("needs_review", "Contradiction: the body says both lines deliver 12/18, the attached acknowledgment shows ship date 01/08/2027 for line 1; a human must clarify which applies.")


@case("stretchers-conditional-prepayment", "needs_review/de-DE",
      "German reply makes the 18.12. date conditional on prepayment and offers KW 4/2027 otherwise, asking which variant we want.")
def c059():
    s = sup("KRAEMER", "Krämer Rettungstechnik GmbH", "vertrieb@kraemer-rettung.example", "de-DE")
    p = po("4500219608", s, "ines", "EUR", "2026-11-25", [
        ("KR-TR-200", "Stretcher 200 kg, 4-level height adjustable", 3, "EA", "4650.00", "2026-12-18"),
        ("KR-FS-12", "Fixing system 12V for stretcher, EN 1789", 3, "SET", "890.00", "2026-12-18")])
    body = """Sehr geehrte Frau Okafor,

vielen Dank für Ihre Bestellung 4500219608.

Eine Lieferung bis 18.12. können wir nur zusagen, wenn Sie uns bis Freitag, 27.11., die Zahlung per Vorkasse bestätigen; andernfalls verschiebt sich der Liefertermin auf KW 4/2027. Bitte geben Sie uns kurz Bescheid, welche Variante Sie wünschen, dann senden wir Ihnen die Auftragsbestätigung.

Mit freundlichen Grüßen

Thomas Krämer
Vertrieb Export
Krämer Rettungstechnik GmbH
Am Gewerbepark 9 | 33334 Gütersloh
Tel. +49 5241 555 70-0
Sitz der Gesellschaft: Gütersloh | HRB 9876 | Geschäftsführer: Thomas Krämer
"""
    eml = reply(p, frm_name="Thomas Krämer", frm_addr="t.kraemer@kraemer-rettung.example",
                w=when(2026, 11, 25, 15, 33, 1), body=body, cs="iso-8859-1", qlang="de", prefix="AW: ",
                lang="de-DE", contact="Herr Krämer".replace("Herr", "Mr"))
    return [p], eml, expk("needs_review", "Two alternative dates depending on a condition (prepayment by 27.11. -> 18.12., otherwise KW 4/2027) and an explicit question; the order confirmation is still to come.")


@case("lead-came-newsletter", "unrelated/nl-NL",
      "HTML-only newsletter from the lead-came supplier's domain with profile sizes, prices and holiday closing dates.")
def c060():
    s = sup("LOODSTR", "Loodstrip Nederland B.V.", "verkoop@loodstrip.example", "nl-NL")
    p = po("4500219612", s, "mikkel", "EUR", "2026-11-25", [
        ("LN-H6-2", "Lead came H 6 mm round, 2 m", 300, "PCS", "9.40", "2026-12-18")])
    w = when(2026, 11, 26, 6, 0, 1)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nieuwsbrief december</title></head>
<body style="margin:0;background:#f4f1ea"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:24px"><h1 style="color:#3b4a5a">Nieuwsbrief december 2026</h1>
<p>Beste glazenier,</p>
<p>Nieuw in ons assortiment: <b>loodprofielen 4/6 mm en 6/8 mm</b> in stangen van 2 m, vanaf &euro; 8,95 per stang. Bij afname van 50 stangen of meer 7% korting.</p>
<p>Kerstsluiting: ons magazijn is gesloten van 24-12 t/m 04-01. Bestellingen die v&oacute;&oacute;r 16-12 binnen zijn, worden nog dit jaar geleverd.</p>
<p>Workshop &ldquo;Glas-in-lood restauratie&rdquo; op 23 januari 2027, 10:00-16:00, in Gouda. Nog 12 plaatsen vrij.</p>
<p>Met vriendelijke groet,<br>Team Loodstrip Nederland</p>
<p style="font-size:11px;color:#888">Loodstrip Nederland B.V. &middot; Ambachtsweg 5 &middot; 2802 AB Gouda &middot; KvK 12345678<br>
U ontvangt deze e-mail omdat u klant bent. <a href="https://loodstrip.example/afmelden">Afmelden</a></p></td></tr></table>
</td></tr></table></body></html>
"""
    seed = "news" + p["po_number"]
    root = mime.text(html, sub="html", cs="utf-8", cte="quoted-printable")
    bn, be = BUYERS_by_email(p)
    hs = [("From", "Loodstrip Nederland <nieuwsbrief@loodstrip.example>"), ("To", be),
          ("Subject", "Nieuwsbrief december: nieuwe loodprofielen 4/6 mm en kerstsluiting"),
          ("Date", rfcdate(w)), ("Message-ID", "<%s.%s@mail.loodstrip.example>" % (mime.hx(seed, 20), "nl")),
          ("List-Unsubscribe", "<https://loodstrip.example/afmelden?id=%s>, <mailto:unsubscribe@loodstrip.example>" % mime.hx(seed, 10)),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
          ("X-Mailer", "Laposta")]
    return [p], mime.message(hs, root), expk("unrelated", "Newsletter (HTML only, List-Unsubscribe) from the supplier's domain with prices (8,95), sizes (4/6 mm) and dates (24-12, 16-12), none of which answer PO 4500219612.")


@case("macrame-invoice-other-order", "unrelated/it-IT",
      "Invoice e-mail with a PDF from the same supplier, but for an older order number that is not among the open POs.")
def c061():
    s = sup("CORDITA", "Cordami Italia S.r.l.", "ordini@cordami-italia.example", "it-IT")
    p = po("4500219625", s, "tomasz", "EUR", "2026-11-25", [
        ("CI-MC-05-200", "Macrame cord 5 mm, 200 m, cotton, ecru", 50, "ROL", "23.40", "2026-12-18"),
        ("CI-MC-08-100", "Macrame rope 8 mm, 100 m, 3-ply", 30, "ROL", "27.90", "2026-12-18")])
    lines = [("F2", 14, "FATTURA N. 2026/1187"), ("F1", 9, "Cordami Italia S.r.l. - Via Tessitori 18, 22100 Como - P.IVA 02345670134"), "",
             "Spett.le Halvorsen Trading Group, Brobekkveien 80, 0582 Oslo (NO)", "Data fattura: 24/11/2026",
             "Vs. ordine: 4500217740 del 02/10/2026     DDT n. 2026/0954 del 20/11/2026", "",
             ("F3", 9, "Cod.          Descrizione                     Q.ta  UM   Prezzo   Importo"),
             ("F3", 9, "CI-MC-03-250  Corda macrame 3 mm 250 m          40  ROL    31,20   1.248,00"),
             ("F3", 9, "CI-RG-5010    Anelli legno 50 mm (10 pz)       60  CF      4,90     294,00"), "",
             "Imponibile EUR 1.542,00 - Operazione non imponibile art. 41 D.L. 331/93",
             "Scadenza pagamento: 24/12/2026 - IBAN IT60 X054 2811 1010 0000 0123 456"]
    assert 40 * 31.20 + 60 * 4.90 == 1542.0
    doc = pdf(lines, flate=True, created="20261125103000+01'00'", producer="TeamSystem", title="Fattura 2026/1187")
    body = """Buongiorno,

in allegato la fattura n. 2026/1187 del 24/11/2026 relativa al Vs. ordine 4500217740 (DDT 2026/0954).

Cordiali saluti
Amministrazione – Cordami Italia S.r.l.
Tel. +39 031 555 2290
"""
    att = mime.att(doc, "application/pdf", "Fattura_2026_1187.pdf")
    bn, be = BUYERS_by_email(p)
    eml = reply(p, frm_name="Cordami Italia - Amministrazione", frm_addr="amministrazione@cordami-italia.example",
                w=when(2026, 11, 25, 10, 35, 1), body=body, client="erp", html=False, quote="none",
                cs="windows-1252", thread=False, atts=[att], to="accounts.payable@%s" % DOMAIN, cc=be,
                subject="Fattura n. 2026/1187 - Vs. ordine 4500217740", extra=[("X-Mailer", "TeamSystem Mail")])
    return [p], eml, expk("unrelated", "Invoice for an older order 4500217740 (not in pos.json) with its own items, quantities and due date 24/12/2026; same supplier but not an answer to PO 4500219625.")


@case("climbing-holds-dispatch-other-order", "unrelated/en-AU",
      "Automated dispatch notification with a delivery-note PDF for a previous order from the same supplier, including an ETA date.")
def c062():
    s = sup("BONDICH", "Bondi Climbing Holds Pty Ltd", "orders@bondiclimbing.example", "en-AU")
    p = po("4500219639", s, "sofia", "AUD", "2026-11-25", [
        ("BC-JG-L06", "Jug set L, 6 pcs, PU, 2027 colours", 40, "SET", "118.00", "2027-01-15"),
        ("BC-BT-1045", "Bolt M10x45 socket cap, box of 50", 20, "BOX", "21.50", "2027-01-15")])
    lines = [("F2", 14, "DELIVERY DOCKET  DD-55120"), ("F1", 9, "Bondi Climbing Holds Pty Ltd, 7 Campbell Pde, Bondi Beach NSW 2026"), "",
             "Deliver to: Halvorsen Trading Group, Central Warehouse, Brobekkveien 80, 0582 Oslo",
             "Your order: 4500216902     Dispatched: 26/11/2026     Carrier: DHL Express 1Z 448 210 93",
             ("F3", 9, "Item         Description                     Qty Ordered  Qty Shipped"),
             ("F3", 9, "BC-CR-M12    Crimp set M, 12 pcs               25 SET       25 SET"),
             ("F3", 9, "BC-VL-4030   Volume 40x30 cm dual-tex          10 EA        10 EA"), "",
             "Cartons: 4    Gross weight: 86.5 kg    ETA: 03/12/2026"]
    doc = pdf(lines, created="20261126161500+11'00'", producer="MYOB AccountRight", title="DD-55120")
    body = """Hi Sofia,

Good news - your order 4500216902 has been dispatched today (26/11/2026) with DHL Express, tracking 1Z 448 210 93, ETA 03/12/2026.

The delivery docket is attached.

This is an automated notification from Bondi Climbing Holds.
"""
    att = mime.att(doc, "application/pdf", "DD-55120.pdf")
    eml = reply(p, frm_name="Bondi Climbing Holds", frm_addr="dispatch@bondiclimbing.example",
                w=when(2026, 11, 26, 16, 20, 11), body=body, client="erp", html=False, quote="none",
                cs="us-ascii", cte="7bit", thread=False, atts=[att],
                subject="Your order 4500216902 has been dispatched", extra=[("Auto-Submitted", "auto-generated")])
    return [p], eml, expk("unrelated", "Dispatch notice and delivery docket for an earlier order 4500216902, not the open PO 4500219639; its quantities and ETA 03/12/2026 must not be attributed to the open PO.")


@case("iv-poles-price-list-2027", "unrelated/fi-FI",
      "Finnish/English price-list mail with an XLSX that lists the very item codes of the open PO with new 2027 prices, without answering the PO.")
def c063():
    s = sup("SAIRTEL", "Sairaalateline Oy", "myynti@sairaalateline.example", "fi-FI")
    p = po("4500219641", s, "dana", "EUR", "2026-11-25", [
        ("STL-IV-5J", "IV pole 5-leg, 2 hooks, 24 mm tube", 30, "EA", "78.00", "2026-12-18"),
        ("STL-IV-KL", "Bed clamp for IV pole 25-32 mm", 30, "EA", "16.50", "2026-12-18")])
    rows = [["Hinnasto 2027 / Price list 2027 - voimassa 1.1.2027 alkaen / valid from 1 Jan 2027"],
            ["Tuotekoodi", "Kuvaus", "Yksikkö", "Hinta 2026 EUR", "Hinta 2027 EUR", "Muutos %"],
            ["STL-IV-5J", "Tippateline 5-jalkainen, 2 koukkua", "kpl", 78.0, 81.5, 4.5],
            ["STL-IV-KL", "Sänkykiinnike 25-32 mm", "kpl", 16.5, 17.2, 4.2],
            ["STL-IV-4K", "Tippateline 4 koukkua, 6 pyörää", "kpl", 92.0, 96.0, 4.3],
            ["STL-PK-10", "Pumppukiinnike 3/8", "kpl", 24.0, 24.9, 3.8]]
    doc = xlsx(rows, sheet="Hinnasto 2027", when=(2026, 11, 30, 8, 0, 0), creator="Sairaalateline Oy")
    body = """Hyvä asiakkaamme / Dear customer,

liitteenä hinnastomme vuodelle 2027. Uudet hinnat ovat voimassa 1.1.2027 alkaen; ennen tätä vahvistetut tilaukset toimitetaan vanhoin hinnoin.

Please find attached our price list for 2027, valid from 1 January 2027. Orders confirmed before that date are delivered at current prices.

Ystävällisin terveisin / Kind regards
Sairaalateline Oy
Myynti | Sales
Tiilenlyöjänkatu 5, 01720 Vantaa | +358 9 555 0400
"""
    att = mime.att(doc, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Hinnasto_2027.xlsx")
    eml = reply(p, frm_name="Sairaalateline Oy", frm_addr="myynti@sairaalateline.example",
                w=when(2026, 11, 30, 8, 5, 2), body=body, client="outlook", quote="none", cs="iso-8859-1",
                thread=False, atts=[att], subject="Hinnasto 2027 / Price list 2027", lang="fi-FI",
                extra=[("Precedence", "bulk")])
    return [p], eml, expk("unrelated", "General 2027 price list mailing; the XLSX contains the PO's item codes with 2026 and 2027 prices, but it does not confirm PO 4500219641 (not threaded, no PO number).")


@case("macrame-shared-inbox-receipt", "auto_reply/de-CH",
      "Swiss shared-inbox receipt confirming that 'Ihre Bestellung 4500219654' arrived and will be processed within 48 hours.")
def c064():
    s = sup("SEILEMM", "Seilerei Emmental AG", "bestellungen@seilerei-emmental.example", "de-CH")
    p = po("4500219654", s, "mikkel", "CHF", "2026-11-26", [
        ("SE-MK-04-150", "Macrame cord 4 mm, 150 m, linen blend", 40, "ROL", "36.80", "2026-12-18"),
        ("SE-MK-10-050", "Macrame rope 10 mm, 50 m, braided", 20, "ROL", "52.00", "2026-12-18")])
    w = when(2026, 11, 26, 9, 12, 1, S=9)
    body = """Grüezi

Vielen Dank für Ihre Nachricht an bestellungen@seilerei-emmental.example. Ihre Bestellung 4500219654 ist bei uns eingegangen.

Wir bearbeiten Bestellungen in der Regel innerhalb von 48 Stunden (Mo-Fr, 07:30-17:00 Uhr) und senden Ihnen anschliessend eine Auftragsbestätigung.

Freundliche Grüsse
Seilerei Emmental AG
Bahnhofstrasse 12 | 3550 Langnau i.E. | +41 34 555 12 80

Dies ist eine automatisch generierte Nachricht.
"""
    seed = "rcpt" + p["po_number"]
    root = mime.text(body, cs="iso-8859-1")
    bn, be = BUYERS_by_email(p)
    hs = [("From", "Seilerei Emmental AG <bestellungen@seilerei-emmental.example>"), ("To", mime.addr(bn, be)),
          ("Subject", mime.ew("Eingangsbestätigung: " + req_subject(p), "iso-8859-1")), ("Date", rfcdate(w)),
          ("Message-ID", mime.message_id("generic", seed, "seilerei-emmental.example")),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return [p], mime.message(hs, root), expk("auto_reply", "Automatic receipt from a shared order inbox; it names the PO number and promises a confirmation within 48 hours but commits to nothing.")


@case("net-floats-fuera-de-oficina", "auto_reply/es-MX",
      "Mexican Spanish vacation responder from Gmail with return date and an alternate contact, threaded on our request.")
def c065():
    s = sup("REDFLOT", "Redes y Flotadores del Pacífico S.A. de C.V.", "ventas@redesflotadores.example", "es-MX")
    p = po("4500219668", s, "tomasz", "USD", "2026-11-26", [
        ("RF-FL-200", "Trawl float 200 mm, 8in, orange", 600, "PCS", "4.90", "2026-12-18"),
        ("RF-CB-12", "Float rope 12 mm, 220 m coil", 10, "ROL", "96.00", "2026-12-18")])
    w = when(2026, 11, 26, 2, 14, -7, S=22)
    body = """Hola,

Estaré fuera de la oficina del 23 al 30 de noviembre, sin acceso frecuente al correo. Para pedidos urgentes favor de contactar a Luis Ortega (lortega@redesflotadores.example, tel. +52 669 555 2040).

Saludos,
Carmen Ibarra
Redes y Flotadores del Pacífico | Mazatlán, Sin.
"""
    seed = "vac" + p["po_number"]
    root = mime.multi("alternative", [mime.text(body, cs="UTF-8", q=False),
                                       mime.text('<div dir="ltr">%s</div>' % "<br>".join(e(l) for l in body.split("\n")),
                                                 sub="html", cs="UTF-8", q=False)], mime.boundary("gmail", seed))
    bn, be = BUYERS_by_email(p)
    hs = [("MIME-Version", "1.0"), ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]),
          ("From", mime.addr("Carmen Ibarra", "ventas@redesflotadores.example")), ("Date", rfcdate(w)),
          ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
          ("Message-ID", mime.message_id("gmail", seed, "mail.gmail.com")),
          ("Subject", mime.ew("Respuesta automática: " + req_subject(p))), ("To", mime.addr(bn, be))]
    return [p], mime.message(hs, root), expk("auto_reply", "Out-of-office (fuera de la oficina del 23 al 30 de noviembre) with an alternate contact; no commitment on any line.")


@case("bridal-veils-jidou-henshin", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP automatic acknowledgement ('自動返信') from an order inbox promising a reply within two business days.")
def c066():
    s = sup("KOBEVEIL", "Kobe Bridal Veil Co., Ltd.", "order@kobe-veil.example", "ja-JP")
    p = po("4500219671", s, "ines", "JPY", "2026-11-26", [
        ("KV-VL-250", "Cathedral veil 250 cm, silk tulle, off-white", 20, "EA", "18500", "2026-12-18"),
        ("KV-HP-07", "Hair pin set, 7 pcs, pearl", 50, "SET", "1200", "2026-12-18")])
    w = when(2026, 11, 26, 17, 12, 9, S=30)
    body = """※本メールは自動送信です。

この度はお問い合わせいただき、誠にありがとうございます。
以下の内容でメールを受け付けました。

件名：%s

ご注文内容を確認のうえ、2営業日以内に担当者よりご連絡いたします。
土日祝日および年末年始（12月28日〜1月5日）はお休みをいただいております。

株式会社神戸ブライダルベール 受注センター
TEL 078-555-0123（平日 9:00〜18:00）
""" % req_subject(p)
    seed = "jauto" + p["po_number"]
    root = mime.text(body, cs="iso-2022-jp", cte="7bit", q=False)
    bn, be = BUYERS_by_email(p)
    hs = [("From", "%s <order@kobe-veil.example>" % mime.ew("神戸ブライダルベール 受注センター", "iso-2022-jp")),
          ("To", be), ("Subject", mime.ew("【自動返信】お問い合わせを受け付けました", "iso-2022-jp")),
          ("Date", rfcdate(w)), ("Message-ID", mime.message_id("generic", seed, "kobe-veil.example")),
          ("In-Reply-To", p["request_message_id"]), ("Auto-Submitted", "auto-replied"),
          ("X-Mailer", "WEB-FORM AutoReply 2.1")]
    return [p], mime.message(hs, root), expk("auto_reply", "Japanese auto-acknowledgement (※本メールは自動送信です) with holiday dates 12月28日〜1月5日; these are not delivery dates and nothing is confirmed.")


@case("xray-aprons-postfix-dsn", "bounce/pl-PL",
      "Postfix 'Undelivered Mail Returned to Sender' DSN from our relay with the complete original request (PO table) as message/rfc822.")
def c067():
    s = sup("OCHRTG", "Ochrona RTG Sp. z o.o.", "biuro@ochrona-rtg.example", "pl-PL")
    p = po("4500219685", s, "dana", "PLN", "2026-11-26", [
        ("OR-FR-035", "Vet X-ray apron 0.35 mm Pb, 90x60 cm, front", 15, "EA", "640.00", "2026-12-18"),
        ("OR-OK-050", "Protective glasses 0.5 mm Pb, wrap-around", 10, "EA", "520.00", "2026-12-18")])
    orig = request_message(p, contact="Sir or Madam")
    rcpt = p["supplier"]["email"]
    w = when(2026, 11, 26, 9, 13, 1, S=2)
    txt = """This is the mail system at host smtp-out.halvorsen-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx.ochrona-rtg.example[192.0.2.41] said: 552 5.2.2
    <%s>: Mailbox full (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = dsn_block("smtp-out.halvorsen-group.example", rfcdate(when(2026, 11, 26, 9, 12, 1, S=58)), rcpt, "5.2.2",
                    "552 5.2.2 <%s>: Mailbox full" % rcpt, remote_mta="mx.ochrona-rtg.example",
                    extra_msg=["X-Postfix-Queue-ID: 4Rk9Xb1H2Fz3wK", "X-Postfix-Sender: rfc822; %s" % p["buyer"]["email"]])
    human = mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], txt.encode())
    bn, be = BUYERS_by_email(p)
    hs = [("Return-Path", "<>"), ("Date", rfcdate(w)),
          ("From", "MAILER-DAEMON@smtp-out.halvorsen-group.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", be), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<20261126081302.4Rk9Xb1H2Fz3wK@smtp-out.halvorsen-group.example>")]
    return [p], report(hs, human, dsn, orig, "4Rk9Xb1H2Fz3wK.1795680782/smtp-out.halvorsen-group.example"), expk(
        "bounce", "Postfix DSN (552 mailbox full); the returned original request shows the PO lines, prices and requested dates.")


@case("hot-sauce-qmail-plain-bounce", "bounce/tr-TR",
      "Plain-text qmail bounce without MIME structure; the returned copy of our request (with PO table) follows the 'Below this line' marker.")
def c068():
    s = sup("EGECAM", "Ege Cam Ambalaj A.Ş.", "siparis@egecam.example", "tr-TR")
    p = po("4500219692", s, "mikkel", "EUR", "2026-11-26", [
        ("EC-HS-100", "Hot sauce bottle 100 ml, square, 18 mm DIN", 15000, "PCS", "0.19", "2026-12-18"),
        ("EC-DC-18", "Dripper insert 18 mm, 1.5 mm orifice", 15000, "PCS", "0.025", "2026-12-18")])
    orig = plain_request(p)
    rcpt = p["supplier"]["email"]
    w = when(2026, 11, 26, 11, 15, 3, S=12)
    text = ("Hi. This is the qmail-send program at mail.egecam.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\nThe users mailfolder is over the allowed quota (size).\n\n"
            "--- Below this line is a copy of the message.\n\n" % rcpt).encode() + orig
    bn, be = BUYERS_by_email(p)
    hs = ("Return-Path: <>\nDate: %s\nFrom: MAILER-DAEMON@mail.egecam.example\nTo: %s\n"
          "Subject: failure notice\nMessage-ID: <%s.qmail@mail.egecam.example>\n\n") % (rfcdate(w), be, mime.hx("qm" + p["po_number"], 18))
    return [p], hs.encode() + text, expk("bounce", "Old-style qmail 'failure notice' in plain text (no MIME); the copy of our request after the marker carries the PO lines and dates.")


@case("lead-came-exim-plain-bounce", "bounce/en-GB",
      "Exim 'Mail delivery failed' plain-text bounce quoting the full original request including headers, PO table and requested dates.")
def c069():
    s = sup("CATHGLS", "Cathedral Glass Supplies Ltd", "orders@cathedralglass-supplies.example", "en-GB")
    p = po("4500219706", s, "sofia", "GBP", "2026-11-27", [
        ("CG-LC-H5", "Lead came H 5 mm flat heart, 1.8 m", 200, "PCS", "6.20", "2026-12-18"),
        ("CG-LC-U6", "Lead came U 6 mm round, 1.8 m", 120, "PCS", "5.85", "2026-12-18"),
        ("CG-SL-60", "Solder 60/40, 3 mm wire, 500 g reel", 24, "EA", "17.40", "2026-12-18")])
    orig = plain_request(p)
    rcpt = p["supplier"]["email"]
    w = when(2026, 11, 27, 8, 12, 0, S=19)
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  %s\n    host mx.cathedralglass-supplies.example [192.0.2.77]\n"
            "    SMTP error from remote mail server after RCPT TO:<%s>:\n"
            "    550 5.1.1 <%s>... User unknown\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" % (rcpt, rcpt, rcpt)).encode() + orig
    bn, be = BUYERS_by_email(p)
    hs = ("Return-path: <>\nEnvelope-to: %s\nDelivery-date: %s\nX-Failed-Recipients: %s\nAuto-Submitted: auto-replied\n"
          "From: Mail Delivery System <Mailer-Daemon@relay.halvorsen-group.example>\nTo: %s\n"
          "Content-Type: text/plain; charset=us-ascii\nSubject: Mail delivery failed: returning message to sender\n"
          "Message-Id: <E1vQx7a-000Kp2-3T@relay.halvorsen-group.example>\nDate: %s\n\n") % (be, rfcdate(w), rcpt, be, rfcdate(w))
    return [p], hs.encode() + text, expk("bounce", "Exim plain-text bounce (550 user unknown) containing the complete original request with PO 4500219706 lines and requested dates.")


@case("centrifuge-tubes-new-price-list", "needs_review/sv-SE",
      "Date is committed ('v. 50 går bra') but prices 'adjusted per our new price list' that is not included; the only prices are in our own quoted request.")
def c070():
    s = sup("LABRUPP", "Labrör Uppsala AB", "order@labror-uppsala.example", "sv-SE")
    p = po("4500219713", s, "tomasz", "SEK", "2026-11-27", [
        ("LU-CT-15-50", "Centrifuge tube 15 ml, sterile, rack of 50", 120, "BOX", "189.00", "2026-12-11"),
        ("LU-CT-50-25", "Centrifuge tube 50 ml, sterile, rack of 25", 80, "BOX", "214.00", "2026-12-11")])
    body = """Hej Tomasz,

Leverans v. 50 går bra för båda raderna. Priserna justeras dock enligt vår nya prislista som gäller från 1 december – den skickar vi separat.

Mvh
Karin Ek
Labrör Uppsala AB | Rapsgatan 7 | 754 50 Uppsala
018-55 40 20
"""
    eml = reply(p, frm_name="Karin Ek", frm_addr="karin.ek@labror-uppsala.example",
                w=when(2026, 12, 3, 9, 15, 1), body=body, client="iphone", quote="gt", qlang="sv", html=False,
                contact="Karin", prefix="Sv: ", cs="utf-8")
    return [p], eml, expk("needs_review", "Week 50 would be 2026-12-11 (= requested), but the prices change to an unknown new list price; the only prices visible are ours in the quoted request, so no line can be labelled with certainty.")
