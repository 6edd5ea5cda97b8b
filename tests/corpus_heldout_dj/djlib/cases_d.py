import html as _html

from .common import (after, hdr, A, M, OUTLOOK, PO, REJ, S, T, UNC, acc, ad, case, chg, conf, dsn, exp, exp_conf,
                     format_datetime_safe, hdoc, htable, mail, mid, q_gt, q_html, q_outlook, q_outlook_html,
                     reply, req_html, req_mail, req_text, t2h, add_days)

HM = lambda po: po.req_dt.strftime("%H:%M")  # noqa: E731


@case("o-ring-kits-latvian-minimum-order", "needs_review", "lv-LV",
      "Latvian reply: the order is below the supplier's minimum value; asks whether to top it up or accept a handling fee before confirming")
def c():
    po = PO(S("BLIVE", "Blīvējumu Centrs SIA", "pasutijumi@blivejumu-centrs.example", "lv-LV"),
            "EUR", "2026-11-06", [("OR-KIT-EPDM-220", "O-ring kit EPDM, 220 pcs", 4, "SET", "31.00", "2026-12-16")])
    body = f"""Labdien, Mira!

Paldies par pasūtījumu Nr. {po.num}.
Mūsu minimālā pasūtījuma summa ir 250 EUR bez PVN, bet šis pasūtījums ir 124,00 EUR. Vai vēlaties pasūtījumu papildināt (piemēram, līdz 8 komplektiem), vai arī piemērojam apstrādes maksu 25 EUR?
Pēc Jūsu atbildes apstiprināsim piegādes datumu.

Ar cieņu
Ilze Bērziņa
Blīvējumu Centrs SIA | Krasta iela 46, Rīga, LV-1003
Tālr. +371 67 118 442 | PVN LV40103118227
""" + q_outlook(po, "en")
    eml = reply(po, "Ilze Bērziņa", "2026-11-06 14:30 +0200", T(body, cs="iso-8859-13"), cs="iso-8859-13", style="outlook")
    return [po], eml, exp("needs_review", "Below minimum order value: the supplier asks us to choose between more sets or a fee and will confirm the date afterwards. Nothing committed.")


@case("hacksaw-frames-lithuanian-month-name", "confirmation", "lt-LT",
      "Lithuanian base64 mail mixing ISO dates with a month-name date without year ('sausio 12 d.') and a manufacturer price change on blades")
def c():
    po = PO(S("PJOVA", "UAB Pjovimo įrankiai", "uzsakymai@pjovimo-irankiai.example", "lt-LT"),
            "EUR", "2026-11-05", [
                ("HF-ROUND-300", "Hacksaw frame 300 mm, tubular", 50, "PC", "8.40", "2026-12-21"),
                ("HF-MINI-150", "Mini hacksaw frame 150 mm", 80, "PC", "3.10", "2026-12-21"),
                ("HF-BLADE-32T", "Bimetal hacksaw blade 300 mm, 32 TPI", 400, "PC", "0.95", "2026-12-21")])
    body = f"""Laba diena,

patvirtiname užsakymą Nr. {po.num}:

1. HF-ROUND-300 – 50 vnt., 8,40 EUR/vnt., pristatymas 2026-12-21.
2. HF-MINI-150 – 80 vnt., 3,10 EUR/vnt., pristatymas sausio 12 d.
3. HF-BLADE-32T – 400 vnt., kaina 0,99 EUR/vnt. (nuo lapkričio 1 d. pasikeitė gamintojo kaina), pristatymas 2026-12-21.

Pagarbiai
Tomas Petrauskas
Pardavimų vadybininkas
UAB Pjovimo įrankiai | Pramonės pr. 16, LT-51329 Kaunas
Tel. +370 37 451 228 | Įm. k. 302441822
"""
    eml = reply(po, "Tomas Petrauskas", "2026-11-06 11:48 +0200", T(body, cte="b64"), prefix="RE:")
    return [po], eml, exp_conf(
        "Line 1 as ordered. Line 2 'sausio 12 d.' (12 January, no year) = 2027-01-12. Line 3 price 0.99 instead of 0.95, date as ordered.",
        conf(po, acc(), chg(d="2027-01-12"), chg(p="0.99")))


@case("extension-leads-slovenian-dispatch-other-order", "unrelated", "sl-SI",
      "Slovenian automatic dispatch notice (delivery note, DPD tracking) for an earlier order number with similar items")
def c():
    po = PO(S("ELSIS", "Elektro Sistemi d.o.o.", "prodaja@elektrosistemi.example", "sl-SI"),
            "EUR", "2026-11-09", [
                ("EL-SI-3V-5M", "Extension lead 3-way, 5 m, Schuko", 60, "PC", "5.40", "2026-12-15"),
                ("EL-SI-6V-SW", "Extension lead 6-way with switch, 1.5 m", 40, "PC", "7.90", "2026-12-15")])
    other = "4500288410"
    body = f"""Spoštovani,

obveščamo vas, da je bilo vaše naročilo št. {other} odpremljeno dne 10. 11. 2026.

Dobavnica: DOB-26-04418
Prevoznik: DPD, številka pošiljke 05212344881903
Pričakovana dostava: 12. 11. 2026

Vsebina pošiljke:
EL-SI-3V-5M   podaljšek 3-vtični 5 m      40 kos
EL-SI-1V-10M  podaljšek 1-vtični 10 m     25 kos

To sporočilo je bilo poslano samodejno. Prosimo, ne odgovarjajte nanj.
Elektro Sistemi d.o.o., Tržaška cesta 118, 1000 Ljubljana | ID za DDV: SI41822710
"""
    root = T(body, cs="iso-8859-2")
    h = [("From", ad("Elektro Sistemi - odprema", "noreply@elektrosistemi.example")), ("To", ad(po.buyer[0], po.buyer[1])),
         ("Subject", hdr(f"Obvestilo o odpremi - naročilo {other}", "iso-8859-2")), ("Date", format_datetime_safe("2026-11-10 15:02 +0100")),
         ("Message-ID", mid("erp.elektrosistemi.example")), ("Auto-Submitted", "auto-generated")]
    return [po], mail(h, root), exp("unrelated",
                                    f"Shipping notice for another order ({other}), shipped before our PO {po.num} could be processed; it does not answer our PO even though one item code matches.")


@case("grease-guns-croatian-in-three-weeks", "confirmation", "hr-HR",
      "Croatian confirmation 'u cijelosti' with a relative date 'za 3 tjedna od danas' that must be counted from the mail's Date")
def c():
    po = PO(S("PODMA", "Podmazivanje Horvat d.o.o.", "prodaja@podmazivanje-horvat.example", "hr-HR"),
            "EUR", "2026-11-10", [
                ("GG-MINI-120", "Mini grease gun 120 g", 40, "PC", "11.90", "2026-12-10"),
                ("GG-COUPLER-4J", "4-jaw grease coupler, M10x1", 100, "PC", "3.45", "2026-12-10")])
    body = f"""Poštovana gospođo Lindqvist,

potvrđujemo narudžbu {po.num} u cijelosti, po cijenama iz narudžbe.
Isporuka za 3 tjedna od danas.

Lijep pozdrav,
Ivana Horvat
Podmazivanje Horvat d.o.o. | Slavonska avenija 52, 10000 Zagreb
Tel. +385 1 2406 118 | OIB 44182271093
""" + q_outlook(po, "hr", sent=f"utorak, 10. studenoga 2026. {HM(po)}")
    eml = reply(po, "Ivana Horvat", "2026-11-12 10:05 +0100", T(body, cs="iso-8859-2"), prefix="Odg:", cs="iso-8859-2", style="outlook")
    d = add_days("2026-11-12", 21)
    return [po], eml, exp_conf(
        f"Everything as ordered except the date: 3 weeks from the mail date Thu 2026-11-12 = {d} (earlier than 2026-12-10).",
        conf(po, chg(d=d), chg(d=d)))


@case("quick-links-serbian-cyrillic", "confirmation", "sr-RS",
      "Serbian Cyrillic 8bit UTF-8 mail, dates with trailing dot ('23.12.2026.'), one line repriced in dinars and later")
def c():
    po = PO(S("LANAC", "Ланац промет д.о.о.", "prodaja@lanac-promet.example", "sr-RS"),
            "RSD", "2026-11-05", [
                ("QL-M4-ZN", "Quick link M4, zinc plated", 600, "PC", "18.00", "2026-12-18"),
                ("QL-M10-ZN", "Quick link M10, zinc plated", 150, "PC", "96.00", "2026-12-18")])
    body = f"""Поштована госпођо Линдквист,

потврђујемо поруџбеницу бр. {po.num}:

QL-M4-ZN — 600 ком. по 18,00 дин., испорука 18.12.2026.
QL-M10-ZN — 150 ком. по 102,00 дин. (нова ценовна листа од 1.11.), испорука 23.12.2026.

Срдачан поздрав,
Милан Јовановић
Ланац промет д.о.о. | Булевар ослобођења 212, 21000 Нови Сад
тел. 021 6418 227 | ПИБ 104418822
"""
    eml = reply(po, "Милан Јовановић", "2026-11-06 09:44 +0100", T(body, cte="8bit"), prefix="Одг:")
    return [po], eml, exp_conf(
        "Line 1 as ordered. Line 2 at 102,00 RSD (was 96.00), delivered 23.12.2026.",
        conf(po, acc(), chg(p="102.00", d="2026-12-23")))


@case("spray-nozzles-exim-mailbox-full", "bounce", "mk-MK",
      "Plain-text Exim 'Mail delivery failed' (mailbox full, 550 5.2.2) with the whole original PO appended, no multipart/report")
def c():
    po = PO(S("AGROP", "Агропрскање ДООЕЛ", "prodazba@agroprskanje.example", "mk-MK"),
            "EUR", "2026-11-05", [("SN-TJ-60-11004", "Twin flat fan nozzle 110 deg, size 04", 250, "PC", "2.60", "2026-12-14")])
    orig = req_mail(po).decode().replace("\r\n", "\n")
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  prodazba@agroprskanje.example
    host mx1.agroprskanje.example [77.28.104.12]
    SMTP error from remote mail server after RCPT TO:<prodazba@agroprskanje.example>:
    550 5.2.2 <prodazba@agroprskanje.example>: Mailbox full - quota exceeded

------ This is a copy of the message, including all the headers. ------

{orig}"""
    h = [("From", "Mail Delivery System <Mailer-Daemon@mail.buyer.example>"), ("To", po.buyer[1]),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Date", format_datetime_safe(after(po, 1))), ("Message-ID", mid("mail.buyer.example")),
         ("X-Failed-Recipients", po.sup["email"]), ("Auto-Submitted", "auto-replied")]
    return [po], mail(h, T(body, cs="us-ascii", cte="7bit")), exp("bounce", "Exim bounce (mailbox full); the appended copy of our PO is not a supplier answer.")


@case("reflective-vests-luxembourg-newsletter", "unrelated", "fr-LU",
      "French newsletter from a Luxembourg safety wholesaler with a -15% promotion on the very vests we ordered")
def c():
    po = PO(S("SECUL", "Sécurité Lux S.à r.l.", "commandes@securitelux.example", "fr-LU"),
            "EUR", "2026-11-06", [
                ("RV-LUX-YL-M", "Reflective vest yellow, size M", 100, "PC", "3.80", "2026-12-15"),
                ("RV-LUX-YL-L", "Reflective vest yellow, size L", 150, "PC", "3.80", "2026-12-15")])
    text = """Sécurité Lux – Newsletter novembre 2026

Préparez l'hiver !
- Gilets haute visibilité jaunes (RV-LUX-YL) : -15 % jusqu'au 30 novembre avec le code HIVER15
- Nouvelle gamme de gants isolants EN 511
- Notre showroom de Bertrange sera fermé du 24 décembre au 3 janvier

Commandez en ligne sur www.securitelux.example

Sécurité Lux S.à r.l. – 12, rue des Mérovingiens – L-8070 Bertrange – RCS Luxembourg B 118442
Vous recevez cet e-mail car vous êtes client de Sécurité Lux. Se désinscrire : https://securitelux.example/newsletter/desinscription
"""
    html = hdoc('<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#ffcc00;padding:12px">'
                '<h1>Préparez l\'hiver !</h1></td></tr><tr><td>' + t2h(text) + "</td></tr></table>")
    root = M("alternative", T(text, cs="windows-1252"), T(html, "html", cs="windows-1252"))
    h = [("From", ad("Sécurité Lux", "newsletter@securitelux.example")), ("To", po.buyer[1]),
         ("Subject", "=?iso-8859-15?Q?Pr=E9parez_l'hiver_:_-15_%_sur_les_gilets_haute_visibilit=E9?="),
         ("Date", format_datetime_safe("2026-11-11 07:30 +0100")), ("Message-ID", mid("news.securitelux.example")),
         ("List-Unsubscribe", "<https://securitelux.example/newsletter/desinscription>"), ("Precedence", "bulk")]
    return [po], mail(h, root), exp("unrelated",
                                    "Marketing newsletter; the -15% promotion code is not a price answer for our PO.")


@case("spray-nozzles-catalan-proposes-date", "needs_review", "ca-ES",
      "Catalan reply proposing 12 January instead of 15 December and asking whether that is OK before sending a confirmation")
def c():
    po = PO(S("POLVO", "Polvoritzadors Segarra S.L.", "comandes@polvoritzadors-segarra.example", "ca-ES"),
            "EUR", "2026-11-05", [("SN-AI-11003", "Air induction nozzle 110 deg, size 03", 200, "PC", "4.20", "2026-12-15")])
    body = f"""Bon dia Mira,

Gràcies per la comanda {po.num}. Ara mateix no tenim estoc dels broquets d'injecció d'aire de la mida 03: us els podríem servir el 12 de gener en lloc del 15 de desembre, al mateix preu.

Us va bé? Si ens ho confirmeu, us enviarem la confirmació de comanda.

Salutacions,
Montse Segarra i Puig
Polvoritzadors Segarra S.L. | Carrer del Pla 33, 25300 Tàrrega
Tel. 973 31 44 18 | NIF B25418227
""" + q_gt(po, f"El dj., 5 de nov. 2026, a les {HM(po)}, Mira Lindqvist (<{po.buyer[1]}>) va escriure:")
    eml = reply(po, "Montse Segarra", "2026-11-06 12:12 +0100", T(body), prefix="Re:", style="gmail")
    return [po], eml, exp("needs_review", "The supplier proposes a later date and explicitly waits for our agreement before confirming; not yet a commitment.")


@case("pallet-wrap-singapore-etd-eta-table", "confirmation", "en-SG",
      "Singapore HTML reply with an 'Order Acknowledgement' table giving both ETD and ETA per line (ETA wins); only one line arrives as requested")
def c():
    po = PO(S("LIONP", "Lion City Packaging Pte. Ltd.", "cs@lioncitypack.example", "en-SG"),
            "SGD", "2026-11-04", [
                ("PW-HAND-18", "Hand stretch film 18 micron, 500 mm x 300 m", 240, "ROL", "9.80", "2026-12-14"),
                ("PW-MACH-23", "Machine stretch film 23 micron, 500 mm x 1500 m", 60, "ROL", "42.00", "2026-12-14"),
                ("PW-DISP-BRK", "Stretch film dispenser with brake", 10, "EA", "28.50", "2026-12-14")], buyer="priya")
    rows = [["Item", "Ordered Qty", "Confirmed Qty", "Unit Price (SGD)", "ETD", "ETA"],
            ["PW-HAND-18", "240", "240", "9.80", "10-Dec-2026", "14-Dec-2026"],
            ["PW-MACH-23", "60", "60", "42.00", "16-Dec-2026", "18-Dec-2026"],
            ["PW-DISP-BRK", "10", "10", "28.50", "09-Dec-2026", "11-Dec-2026"]]
    intro = f"Hi Priya,\n\nNoted with thanks on your PO {po.num}. Please find our order acknowledgement below:"
    sig = "Thanks & regards,\nJasmine Tan\nCustomer Service Executive\nLion City Packaging Pte. Ltd. (UEN 200918227K)\n21 Tuas Avenue 4, Singapore 639383\nDID +65 6861 4422 | HP +65 9118 2274"
    width = [12, 12, 14, 17, 12, 12]
    ttxt = "\n".join("".join(c.ljust(w) for c, w in zip(r, width)).rstrip() for r in rows)
    text = f"{intro}\n\n{ttxt}\n\n{sig}\n" + q_outlook(po, "en")
    html = hdoc(f"<p>{t2h(intro)}</p>\n{htable(rows)}\n<p>{t2h(sig)}</p>\n" + q_outlook_html(po, "en"))
    eml = reply(po, "Jasmine Tan", "2026-11-05 10:20 +0800", M("alternative", T(text), T(html, "html")), style="outlook")
    return [po], eml, exp_conf(
        "ETA (delivery) wins over ETD. Line 1 ETA 14-Dec = as ordered; line 2 ETA 2026-12-18; line 3 ETA 2026-12-11. Quantities and prices unchanged.",
        conf(po, acc(), chg(d="2026-12-18"), chg(d="2026-12-11")))


@case("bench-vices-hk-no-po-number-moq", "confirmation", "zh-HK",
      "Cantonese/English new-thread reply with no PO number: matched to the vice PO by item codes; MOQ raises one line to 10; the other open PO is only said to be answered later")
def c():
    sup = S("KWONG", "Kwong Fat Hardware Trading Co.", "kelvin@kwongfathw.example", "zh-HK")
    po = PO(sup, "HKD", "2026-11-04", [
        ("BV-MINI-75", "Mini bench vice 75 mm, clamp-on", 6, "EA", "128.00", "2026-12-18"),
        ("BV-DRILL-100", "Drill press vice 100 mm", 20, "EA", "165.00", "2026-12-18")])
    po2 = PO(sup, "HKD", "2026-11-05", [("MG-DESK-LED", "Desk LED magnifier lamp 3x", 12, "EA", "260.00", "2026-12-21")])
    body = """Hi Mira,

關於你哋張台鉗 order:
- BV-MINI-75 最少訂購量 (MOQ) 係 10 件, 所以我哋會出 10 件, 單價 HK$128
- BV-DRILL-100 20 件, HK$165

兩款都係 18/12/2026 送貨。

放大鏡嗰張單我哋遲啲再覆你。

Thanks!
Kelvin Chan
廣發五金貿易公司 Kwong Fat Hardware Trading Co.
觀塘開源道 55 號 15 樓 B 室 | Tel: 2341 8227 | WhatsApp: 9418 2270
"""
    eml = reply(po, "Kelvin Chan", "2026-11-06 17:35 +0800", T(body, cte="b64"), thread=False, subj="Re: 台鉗 order")
    return [po, po2], eml, exp_conf(
        f"No PO number: the item codes identify {po.num}. Line 1 raised to the MOQ of 10 at the same price and date; line 2 as ordered. The magnifier PO {po2.num} is only promised a later answer, so it is left out.",
        conf(po, chg(q=10), acc()))


@case("jute-sacks-bangladesh-csv-lots", "confirmation", "bn-BD",
      "Bengali/English mail whose schedule is in a CSV: line 1 shipped in two lots, ETD Chattogram and ETA Rotterdam columns (ETA is the delivery)")
def c():
    po = PO(S("GOLDF", "Golden Fibre Jute Mills Ltd.", "export@goldenfibrejute.example", "bn-BD"),
            "USD", "2026-11-03", [
                ("JS-HESS-4060", "Jute hessian sack 40x60 in, 12 oz", 10000, "PC", "0.92", "2027-01-29"),
                ("JS-BTWILL-44", "B-twill jute sack 44x26.5 in, 2.5 lb", 5000, "PC", "1.38", "2027-01-29")], buyer="jonas")
    body = f"""প্রিয় জোনাস,

আপনার অর্ডার নং {po.num} এর জন্য ধন্যবাদ।

We are pleased to confirm both items at your prices. Due to mill capacity, item 1 will be shipped in two lots. Please find the shipment schedule attached (CSV).

শুভেচ্ছান্তে,
Md. Rafiqul Islam
Manager (Export)
Golden Fibre Jute Mills Ltd.
House 42, Road 11, Banani, Dhaka-1213 | Mill: Narsingdi
Phone: +880 2 9882 274 | Cell: +880 1711 418227
"""
    csv = ("PO No;Line;Item;Lot;Qty (pcs);Unit Price USD;ETD Chattogram;ETA Rotterdam\r\n"
           f"{po.num};1;JS-HESS-4060;1;6000;0.92;10-Dec-26;14-Jan-27\r\n"
           f"{po.num};1;JS-HESS-4060;2;4000;0.92;24-Dec-26;28-Jan-27\r\n"
           f"{po.num};2;JS-BTWILL-44;1;5000;1.38;24-Dec-26;28-Jan-27\r\n")
    root = M("mixed", T(body), A(csv.encode("utf-8"), "text/csv", f"Shipment_Schedule_{po.num}.csv"))
    eml = reply(po, "Md. Rafiqul Islam", "2026-11-04 16:10 +0600", root, prefix="RE:")
    return [po], eml, exp_conf(
        "Line 1 split 6000 ETA 2027-01-14 and 4000 ETA 2027-01-28 (ETA = delivery wins over ETD). Line 2 full quantity ETA 2027-01-28 (one day before requested). Prices as ordered.",
        conf(po, chg(sched=[(6000, "2027-01-14"), (4000, "2027-01-28")]), chg(d="2027-01-28")))


@case("ice-packs-nigerian-alternative-question", "needs_review", "en-NG",
      "Nigerian English reply: ordered brand unavailable, a dearer Chinese-made alternative offered, 'kindly advise before we proceed'")
def c():
    po = PO(S("EKOCH", "Eko Cold Chain Supplies Ltd", "sales@ekocoldchain.example", "en-NG"),
            "NGN", "2026-11-05", [("IP-GEL-600", "Gel ice pack 600 g, brand CoolMax", 500, "PC", "1850.00", "2026-12-17")], buyer="dana")
    body = f"""Good afternoon Ma,

Trust this mail meets you well.

We acknowledge receipt of your LPO No. {po.num}. Please be informed that the CoolMax brand specified is currently unavailable in the market due to FX issues. We have a Chinese-made alternative of the same size and weight at N2,050.00 per unit, available for delivery within the requested date.

Kindly advise if you will accept the alternative before we proceed.

Best regards,
Chinedu Okafor
Business Development
Eko Cold Chain Supplies Ltd | 14 Creek Road, Apapa, Lagos
Tel: 0803 418 2271, 0812 227 4418 | RC 1184227
"""
    eml = reply(po, "Chinedu Okafor", "2026-11-06 14:22 +0100", T(body), prefix="RE:")
    return [po], eml, exp("needs_review", "The ordered item is unavailable and an alternative at another price is offered pending our decision; nothing committed.")


@case("label-rolls-qmail-failure-notice", "bounce", "hy-AM",
      "qmail 'failure notice' ('Sorry, no mailbox here by that name') in plain text, original PO appended after 'Below this line'")
def c():
    po = PO(S("ARLAB", "Ararat Label LLC", "sales@araratlabel.example", "hy-AM"),
            "USD", "2026-11-06", [
                ("LR-VOID-4030", "Tamper-evident VOID label 40x30 mm, 1,000/roll", 50, "ROL", "18.40", "2026-12-18"),
                ("LR-FRAG-10050", "Fragile warning label 100x50 mm, 500/roll", 60, "ROL", "6.90", "2026-12-18")])
    orig = req_mail(po).decode().replace("\r\n", "\n")
    body = f"""Hi. This is the qmail-send program at mail.araratlabel.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sales@araratlabel.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{orig}"""
    h = [("From", "MAILER-DAEMON@mail.araratlabel.example"), ("To", po.buyer[1]), ("Subject", "failure notice"),
         ("Date", format_datetime_safe(after(po, 1, 4))), ("Message-ID", mid("mail.araratlabel.example"))]
    return [po], mail(h, T(body, cs="us-ascii", cte="7bit")), exp("bounce", "qmail bounce: no such mailbox. Not a reply.")


@case("quick-links-welsh-bilingual-ooo", "auto_reply", "cy-GB",
      "Welsh/English bilingual out-of-office from a Welsh supplier, Welsh first, with a deputy's phone number")
def c():
    po = PO(S("CADWY", "Cadwyni Cymru Cyf", "archebion@cadwynicymru.example", "cy-GB"),
            "GBP", "2026-11-09", [
                ("QL-M6-SS", "Quick link M6, stainless A4", 200, "PC", "1.10", "2026-12-16"),
                ("QL-M8-SS", "Quick link M8, stainless A4", 100, "PC", "1.65", "2026-12-16")])
    body = """Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 16 Tachwedd. Am faterion brys, cysylltwch â Rhys Morgan ar 01286 672 418.
Mae croeso i chi ohebu â ni yn Gymraeg neu yn Saesneg.

Thank you for your email. I am out of the office until Monday 16 November. For urgent matters please contact Rhys Morgan on 01286 672 418.
You are welcome to correspond with us in Welsh or English.

Elin Hughes
Cadwyni Cymru Cyf | Ystad Ddiwydiannol Cibyn, Caernarfon LL55 2BD
"""
    eml = reply(po, "Elin Hughes", "2026-11-09 08:02 +0000", T(body, cs="iso-8859-14"), cs="iso-8859-14",
                subj=f"Ateb awtomatig / Automatic reply: {po.subject}",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], style="outlook",
                frm_email="elin.hughes@cadwynicymru.example")
    return [po], eml, exp("auto_reply", "Bilingual out-of-office until 16 November; nothing about the order.")


@case("pallet-wrap-kazakh-prepayment-first", "needs_review", "kk-KZ",
      "Kazakh greeting then Russian: new customers must prepay 100%; delivery date will be confirmed only after payment arrives")
def c():
    po = PO(S("QAPTA", "ТОО «Қаптама Орталығы»", "sales@qaptama.example", "kk-KZ"),
            "KZT", "2026-11-05", [
                ("PW-20-500-KZ", "Stretch film 20 micron, 500 mm, 2.4 kg roll", 120, "ROL", "4350.00", "2026-12-16"),
                ("PW-TAPE-48", "Packing tape 48 mm x 66 m, clear", 360, "ROL", "390.00", "2026-12-16")])
    body = f"""Сәлеметсіз бе, Мира!

Благодарим за заказ № {po.num}.
Для новых клиентов мы работаем только по 100% предоплате. Счёт на оплату направим отдельным письмом сегодня.
Наличие и цены по заказу актуальны, срок поставки подтвердим после поступления оплаты на наш расчётный счёт.

С уважением,
Айгерим Сапарова
менеджер по продажам
ТОО «Қаптама Орталығы», г. Алматы, ул. Бекмаханова, 93
тел. +7 727 341 82 27 | БИН 180440018227
"""
    eml = reply(po, "Айгерим Сапарова", "2026-11-06 15:05 +0500", T(body), prefix="RE:")
    return [po], eml, exp("needs_review",
                          "Prepayment is required first and the delivery date will be confirmed only after payment; 'prices are current' is not a commitment to a date. A buyer must decide on prepayment.")


@case("nail-pullers-afrikaans-whole-order-cancelled", "confirmation", "af-ZA",
      "Afrikaans reply declining the whole order (both items discontinued by the German maker): a confirmation whose lines are all rejected")
def c():
    po = PO(S("KAROO", "Karoo Gereedskap (Edms) Bpk", "bestellings@karoogereedskap.example", "af-ZA"),
            "ZAR", "2026-11-04", [
                ("NP-CLAW-450", "Claw nail puller 450 mm, forged", 40, "EA", "145.00", "2026-12-11"),
                ("NP-BAR-900", "Wrecking bar / nail puller 900 mm", 20, "EA", "289.00", "2026-12-11")], buyer="priya")
    body = f"""Goeie môre Priya,

Dankie vir die bestelling {po.num}. Ongelukkig kan ons dit nie uitvoer nie: ons verskaffer in Duitsland het albei items gestaak en ons het geen voorraad meer oor nie. Ons kanselleer dus die hele bestelling aan ons kant.

Jammer vir die ongerief.

Groete
Pieter van Niekerk
Verkope | Karoo Gereedskap (Edms) Bpk
Voortrekkerweg 118, Bellville 7530 | Tel 021 948 2274 | BTW 4418227106
""" + q_outlook(po, "en")
    eml = reply(po, "Pieter van Niekerk", "2026-11-05 08:50 +0200", T(body, cs="iso-8859-1"), style="outlook")
    return [po], eml, exp_conf(
        "The supplier declines both lines (items discontinued, no stock): a definite answer, so kind confirmation with every line rejected.",
        conf(po, REJ, REJ))


@case("bench-vices-gmail-dsn-nxdomain", "bounce", "ka-GE",
      "Gmail 'Delivery Status Notification (Failure)' — the supplier's domain has no MX (NXDOMAIN); multipart/report with headers only")
def c():
    po = PO(S("KARTL", "Kartli Tools LLC", "info@kartli-tools.example", "ka-GE"),
            "EUR", "2026-11-06", [
                ("BV-150-GE", "Bench vice 150 mm, swivel base", 10, "EA", "74.00", "2026-12-18"),
                ("BV-JAW-150", "Soft jaw caps 150 mm, aluminium, pair", 10, "PR", "9.50", "2026-12-18")])
    human = f"""
** Address not found **

Your message wasn't delivered to info@kartli-tools.example because the domain kartli-tools.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more at https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of kartli-tools.example responded with code NXDOMAIN Domain name not found: kartli-tools.example
"""
    eml = dsn(po, after(po, 1), "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
              "Delivery Status Notification (Failure)", human, "googlemail.com", "5.1.2",
              "DNS Error: DNS type 'mx' lookup of kartli-tools.example responded with code NXDOMAIN",
              returned="headers", extra=[("In-Reply-To", po.msgid), ("References", po.msgid)])
    return [po], eml, exp("bounce", "Gmail DSN: supplier domain does not exist. Carries In-Reply-To but is a delivery failure.")
