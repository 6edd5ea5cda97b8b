"""Cases D: replies that must not confirm (needs_review, auto_reply, bounce, unrelated)."""
from .common import (case, sup, line, po, expected, reply, postfix_dsn, request_message, request_text,
                     req_subject, BUYERS, DOMAIN, _hash)
from . import mime
from .pdf import make_pdf
from .xlsx import make_xlsx


# ------------------------------------------------------------------ needs_review
@case("umbrella-poles-question-first", "needs_review/en-AU",
      "Aussie reply asks whether 40 long + 10 short poles is acceptable before confirming; 'anchors no dramas' is not a commitment")
def n_poles_au():
    S = sup("CSSP", "Coastline Shade Supplies Pty Ltd", "sales@coastlineshade.example", "en-AU", "Brad")
    P = po("4500031745", S, "AUD", "2026-11-17", [
        line(1, "BUP-AU-FIB-24", "Fibreglass umbrella pole 2.4 m, 38 mm", 50, "EA", "42.00", "2026-12-18"),
        line(2, "BUP-AU-ANCH", "Beach anchor auger 45 cm", 50, "EA", "16.50", "2026-12-18"),
    ], buyer="priya")
    body = """Hi Priya,

Thanks for the PO. Quick one before I lock it in - we've only got 40 of the fibreglass poles
left in 2.4 m, the rest would be the 2.1 m version. Are you happy with 40 x 2.4 m + 10 x 2.1 m
at the same price, or would you rather wait till late Jan for the full 50? Anchors no dramas.

Let me know and I'll send the confirmation through.

Cheers,
Brad Whitfield
Coastline Shade Supplies Pty Ltd
4/18 Enterprise Dr, Burleigh Heads QLD 4220
Ph 07 5576 1184 | M 0412 338 905
"""
    msg = reply(n_poles_au.slug, P, body, (2026, 11, 18, 10, 12, 5), "gmail",
                sender=("Brad Whitfield", "brad@coastlineshade.example"))
    return [P], msg, expected("needs_review", notes="Supplier asks a question and explicitly defers the confirmation; no line is committed.")


@case("bed-rails-revert-next-week", "needs_review/en-IN",
      "Indian English acknowledgement 'we will revert with confirmation by next week' with dates that are not delivery dates")
def n_rails_in():
    S = sup("PMFB", "Pune Medicare Fabricators Pvt Ltd", "sales@punemedfab.example", "en-IN", "Sir/Madam")
    P = po("BW-26-0570", S, "USD", "2026-11-17", [
        line(1, "HBR-IN-SS-190", "Bed side rail SS 304, 190 cm, 25 mm tube", 60, "EA", "48.50", "2026-12-21"),
        line(2, "HBR-IN-CLAMP", "Rail clamp M8x30 set, zinc plated", 120, "SET", "3.20", "2026-12-21"),
    ], buyer="oliver")
    body = """Dear Sir,

Greetings from Pune Medicare Fabricators!

We acknowledge receipt of your PO BW-26-0570 dated 17/11/2026. Our production planning team is
reviewing the schedule for SS 304 tube and we will revert with confirmation of delivery dates and
prices by next week, i.e. latest by 27/11/2026.

Kindly bear with us.

Thanks & Regards,
Sandeep Kulkarni
Sr. Executive - Sales & Marketing
Pune Medicare Fabricators Pvt Ltd
Gat No. 412, Chakan MIDC Phase II, Pune 410501, Maharashtra
Mob: +91 98220 41763 | Tel: +91 20 2745 8810
"""
    msg = reply(n_rails_in.slug, P, body, (2026, 11, 19, 11, 48, 22), "outlook",
                sender=("Sandeep Kulkarni", "sandeep.k@punemedfab.example"))
    return [P], msg, expected("needs_review", notes="Human acknowledgement only; 27/11/2026 is the promised answer date, not a delivery date.")


@case("feed-buckets-advance-payment", "needs_review/ar-AE",
      "Arabic (windows-1256) offer to deliver as ordered 'on condition of 30% advance payment' - conditional, not a confirmation")
def n_buckets_ae():
    S = sup("ANES", "Al Noor Equine Supplies LLC", "sales@alnoor-equine.example", "ar-AE", "Mr Haddad")
    P = po("4500031781", S, "AED", "2026-11-18", [
        line(1, "HFB-AE-25", "Feed bucket 25 L, heavy duty PE, with handle", 150, "EA", "38.00", "2026-12-18"),
        line(2, "HFB-AE-HAY", "Hay net 1.2 m, 4x4 cm mesh", 100, "EA", "22.50", "2026-12-18"),
    ], buyer="leah")
    body = """السيدة ليا المحترمة،

تحية طيبة وبعد،
نشكركم على أمر الشراء رقم 4500031781.
يمكننا تنفيذ الطلب بالكميات والأسعار المذكورة والتسليم في 18/12/2026، بشرط دفع 30% مقدماً.
يرجى تأكيد موافقتكم على شرط الدفع حتى نتمكن من تأكيد الطلب.

Dear Leah, we can supply as per PO subject to 30% advance payment - please confirm the terms and we will issue our order confirmation.

مع التحية،
سامر حداد
Al Noor Equine Supplies LLC
Al Quoz Industrial Area 3, Dubai, UAE
Tel: +971 4 347 2290
"""
    hb = "<div dir=\"rtl\">" + body.replace("\n", "<br>\n") + "</div>"
    msg = reply(n_buckets_ae.slug, P, body, (2026, 11, 19, 13, 5, 44), "outlook", charset="windows-1256", cte="base64",
                html_body=hb, sender=("Samer Haddad", "samer.haddad@alnoor-equine.example"), lang="ar")
    return [P], msg, expected("needs_review", notes="Everything matches the PO but is conditional on a payment term the buyer must accept first.")


@case("helmet-lamps-see-below-nothing", "needs_review/en-ZA",
      "Says the delivery date changes 'see below', but below is only our own quoted request with our dates")
def n_lamps_za():
    S = sup("HVMS", "Highveld Mining Safety (Pty) Ltd", "orders@highveldsafety.example", "en-ZA", "Thabo")
    P = po("4500031794", S, "ZAR", "2026-11-18", [
        line(1, "MHL-ZA-CAP66", "Cap lamp LED 6.6 Ah, with 1.5 m cable", 100, "EA", "1850.00", "2026-12-14"),
        line(2, "MHL-ZA-BAT66", "Spare battery pack 6.6 Ah, 3.7V", 50, "EA", "640.00", "2026-12-14"),
    ], buyer="tomasz")
    body = """Hi Tomasz,

Qty and pricing OK on both lines. Delivery date has to change though - see our date against
each line below.

Regards,
Thabo Nkosi
Internal Sales | Highveld Mining Safety (Pty) Ltd
22 Vickers Road, Witbank 1035
Tel: +27 13 656 2210

Disclaimer: This e-mail is subject to the Highveld Mining Safety e-mail disclaimer.
"""
    msg = reply(n_lamps_za.slug, P, body, (2026, 11, 19, 8, 55, 10), "outlook",
                sender=("Thabo Nkosi", "thabo.nkosi@highveldsafety.example"))
    return [P], msg, expected("needs_review", notes="The promised new dates are missing; the only dates are in our quoted request, so nothing can be confirmed.")


@case("windsock-body-vs-pdf", "needs_review/en-NZ",
      "Body says delivery 11 December, the attached acknowledgement says 18/12/2026 - contradictory")
def n_masts_nz():
    S = sup("KWAE", "Kiwi Airfield Equipment Ltd", "orders@kiwiairfield.example", "en-NZ", "Hemi")
    P = po("BW-26-0588", S, "NZD", "2026-11-18", [
        line(1, "WSM-NZ-4.5", "Wind sock mast 4.5 m, tilt base, aluminium", 4, "EA", "820.00", "2026-12-11"),
        line(2, "WSM-NZ-SOCK45", "Wind sock 45 cm x 1.8 m, orange", 8, "EA", "65.00", "2026-12-11"),
    ])
    pdf = make_pdf([
        "**KIWI AIRFIELD EQUIPMENT LTD",
        "31 Hautapu Road, Cambridge 3493, New Zealand  -  GST 102-774-318",
        "",
        "**ORDER ACKNOWLEDGEMENT  OA-4471",
        "Customer: Brightwell Sourcing Ltd          Your order: BW-26-0588          Date: 19/11/2026",
        "",
        "Line  Item             Description                          Qty   Unit   Price NZD   Promised delivery",
        "1     WSM-NZ-4.5       Wind sock mast 4.5 m tilt base         4   EA        820.00   18/12/2026",
        "2     WSM-NZ-SOCK45    Wind sock 45 cm x 1.8 m orange         8   EA         65.00   18/12/2026",
        "",
        "Total NZD 3,800.00 excl. GST",
    ], title="Order Acknowledgement OA-4471", producer="MYOB AccountRight", date="D:20261119161500+13'00'", compress=True)
    body = """Kia ora Maren,

All confirmed as ordered, delivery 11 December. Ack attached.

Ngā mihi,
Hemi Walker
Kiwi Airfield Equipment Ltd
+64 7 827 4410
"""
    msg = reply(n_masts_nz.slug, P, body, (2026, 11, 19, 16, 20, 31), "gmail",
                sender=("Hemi Walker", "hemi@kiwiairfield.example"),
                attachments=[mime.attachment(pdf, "application/pdf", "OA-4471.pdf")])
    return [P], msg, expected("needs_review", notes="Body (11 Dec) and PDF (18/12/2026) disagree on the delivery date; a buyer would have to ask.")


@case("chocolate-moulds-try-our-best", "needs_review/en-SG",
      "Mobile reply 'should be ok ... will try our best to ship around mid Dec' - vague, no commitment")
def n_moulds_sg():
    S = sup("LCCT", "Lion City Confectionery Tools Pte Ltd", "sales@lioncityct.example", "en-SG", "Wei Ming")
    P = po("4500031802", S, "SGD", "2026-11-18", [
        line(1, "CHM-SG-PC21", "Polycarbonate mould 21 cavities, dome 26 mm", 60, "EA", "24.90", "2026-12-15"),
        line(2, "CHM-SG-SIL15", "Silicone mould 15 cavities, 3/4 oz", 100, "EA", "9.80", "2026-12-15"),
    ], buyer="priya")
    body = """Hi Priya, noted on the PO. Should be ok, stock is coming in from our factory, we will try our best to ship out around mid Dec. Will update you again.

Thanks,
Wei Ming

Sent from my Galaxy
"""
    msg = reply(n_moulds_sg.slug, P, body, (2026, 11, 20, 21, 14, 3), "android", html=False, quote="gt",
                sender=("Tan Wei Ming", "weiming.tan@lioncityct.example"))
    return [P], msg, expected("needs_review", notes="Hedged ('should be ok', 'try our best', 'around mid Dec') - no firm quantity/date commitment.")


@case("rigging-shackles-rueckfrage", "needs_review/de-DE",
      "German question about M12 vs M10 and wire rope coils before the AB is sent; no line confirmed")
def n_rig_de():
    S = sup("BTRH", "Bühnentechnik Rheinland GmbH", "vertrieb@buehnentechnik-rheinland.example", "de-DE", "Mr Wenzel")
    P = po("4500031815", S, "EUR", "2026-11-18", [
        line(1, "TRS-DE-SH10", "Bow shackle M10, galvanised, WLL 1 t", 300, "EA", "2.90", "2026-12-16"),
        line(2, "TRS-DE-SH12", "Bow shackle M12, stainless, WLL 1.5 t", 200, "EA", "6.80", "2026-12-16"),
        line(3, "TRS-DE-WR6", "Wire rope 6 mm, 7x19, galvanised", 500, "M", "1.45", "2026-12-16"),
    ], buyer="oliver")
    body = """Hallo Herr Brandt,

bevor wir die Bestellung 4500031815 bestätigen können, zwei Rückfragen:

1. Bei Pos. 2 ist M12 angegeben, die Tragfähigkeit 1,5 t passt aber zu unserem M10-Edelstahlschäkel.
   Welche Ausführung benötigen Sie?
2. Soll das Drahtseil (Pos. 3) in Ringen à 100 m oder am Stück (500 m auf Spule) geliefert werden?

Sobald wir Ihre Antwort haben, erhalten Sie die Auftragsbestätigung mit Terminen.

Viele Grüße
Jörg Wenzel
Vertrieb Innendienst
Bühnentechnik Rheinland GmbH | Hansestr. 44 | 51149 Köln
Tel. +49 2203 98 71-40
"""
    msg = reply(n_rig_de.slug, P, body, (2026, 11, 19, 9, 26, 48), "outlook", charset="iso-8859-1",
                sender=("Jörg Wenzel", "j.wenzel@buehnentechnik-rheinland.example"))
    return [P], msg, expected("needs_review", notes="Clarification questions; the order confirmation is explicitly still to come.")


@case("press-cloths-reviendrons-lundi", "needs_review/fr-FR",
      "French 'nous reviendrons vers vous lundi 23 novembre' - a date for the answer, not for delivery")
def n_cloths_fr():
    S = sup("PTNO", "Pressoirs & Toiles de Normandie SARL", "contact@ptn-normandie.example", "fr-FR", "Ms Lefebvre")
    P = po("BW-26-0596", S, "EUR", "2026-11-19", [
        line(1, "CPC-FR-POLY-80", "Press cloth polyester 80x80 cm, for rack-and-cloth press", 150, "EA", "14.20", "2026-12-18"),
        line(2, "CPC-FR-RACK-80", "Press rack oak 80x80 cm, 12 slats", 20, "EA", "48.00", "2026-12-18"),
    ], buyer="tomasz")
    body = """Bonjour Monsieur Quill,

Bien reçu votre commande BW-26-0596, merci.
Notre tisserand est en congé cette semaine ; nous reviendrons vers vous lundi 23 novembre
avec les délais et la confirmation des prix.

Bien à vous,
Claire Lefebvre
Pressoirs & Toiles de Normandie SARL
12 route de Lisieux – 14100 Saint-Martin-de-la-Lieue
02 31 62 48 17
"""
    msg = reply(n_cloths_fr.slug, P, body, (2026, 11, 19, 17, 41, 9), "apple", quote="gt",
                sender=("Claire Lefebvre", "claire@ptn-normandie.example"), lang="fr")
    return [P], msg, expected("needs_review", notes="Receipt by a human with a promise to answer on 23 Nov; no delivery date or price is committed.")


@case("autoclave-trays-lote-minimo", "needs_review/es-ES",
      "Spanish conditional: prices and 18/12/2026 hold only if line 1 is raised to 100 units")
def n_trays_es():
    S = sup("IDIB", "Instrumental Dental Ibérica S.A.", "pedidos@dentaliberica.example", "es-ES", "Mr Puig")
    P = po("4500031822", S, "EUR", "2026-11-19", [
        line(1, "DAT-ES-PERF-L", "Perforated tray L 30x20 cm, anodised aluminium, blue", 80, "EA", "17.40", "2026-12-18"),
        line(2, "DAT-ES-MAT28", "Silicone mat 28x18 cm, 1.5 mm, blue", 80, "EA", "6.90", "2026-12-18"),
    ], buyer="leah")
    body = """Hola Leah:

Podemos servir el pedido 4500031822 a los precios indicados siempre que la cantidad de la
posición 1 se aumente a 100 uds. (lote mínimo de anodizado). Si nos confirmáis el cambio,
la entrega sería el 18/12/2026.

Quedamos a la espera.

Saludos,
Jordi Puig
Instrumental Dental Ibérica S.A. – Carrer de la Indústria 88, 08908 L'Hospitalet de Llobregat
Tel. 932 63 14 50
"""
    msg = reply(n_trays_es.slug, P, body, (2026, 11, 20, 10, 2, 37), "outlook", charset="iso-8859-1",
                sender=("Jordi Puig", "jordi.puig@dentaliberica.example"))
    return [P], msg, expected("needs_review", notes="Offer conditional on the buyer accepting a higher quantity; nothing is confirmed yet.")


@case("tray-racks-dovrebbe-slittare", "needs_review/it-IT",
      "Italian receipt with only hedged dates: 'dovrebbe' mid-December, 'potrebbe slittare a gennaio', '14/12 o al massimo la settimana dopo'")
def n_racks_it():
    S = sup("FPBG", "Forniture Panifici Bergamasche S.r.l.", "ordini@fpb-bergamo.example", "it-IT", "Mr Rota")
    P = po("4500031836", S, "EUR", "2026-11-19", [
        line(1, "BTR-IT-15", "Tray rack 15 levels 600x800, stainless, castors 4/2 braked", 8, "EA", "356.00", "2026-12-14"),
        line(2, "BTR-IT-TR68", "Baking tray 600x800 alu, 4 edges", 120, "EA", "14.80", "2026-12-14"),
    ])
    body = """Buongiorno Maren,

abbiamo ricevuto l'ordine, grazie. La consegna dovrebbe essere verso metà dicembre, ma per i
carrelli dipende dal fornitore delle ruote: potrebbe slittare a gennaio. Le teglie invece 14/12
o al massimo la settimana dopo. Vi confermiamo tutto appena possibile.

Saluti
Marco Rota
Forniture Panifici Bergamasche S.r.l.
Via Borgo Palazzo 210 – 24125 Bergamo
Tel. 035 29 44 18
"""
    msg = reply(n_racks_it.slug, P, body, (2026, 11, 20, 12, 30, 0), "outlook", charset="iso-8859-1",
                sender=("Marco Rota", "m.rota@fpb-bergamo.example"))
    return [P], msg, expected("needs_review", notes="Order received, but every date is hedged (dovrebbe, potrebbe, o al massimo) - buyer cannot book a date.")


# ------------------------------------------------------------------ auto_reply
def _auto(slug, P, body, when, subject, sender, charset="utf-8", cte="quoted-printable", client="outlook",
          extra=(), threaded=True, html=True):
    hdrs = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + list(extra)
    return reply(slug, P, body, when, client, charset=charset, cte=cte, subject=subject, sender=sender, quote="none",
                 extra_headers=hdrs, threaded=threaded, html=html)


@case("music-stands-lomalla-ooo", "auto_reply/fi-FI",
      "Finnish out-of-office with leave dates 23.-30.11.2026 and a colleague's address - dates are not delivery dates")
def a_ooo_fi():
    S = sup("NUOT", "Nuottiteline Oy", "tilaukset@nuottiteline.example", "fi-FI", "Ms Laine")
    P = po("4500031844", S, "EUR", "2026-11-23", [
        line(1, "MSS-FI-ORC", "Orchestra music stand, 50x35 cm desk, black", 50, "EA", "42.00", "2026-12-18"),
        line(2, "MSS-FI-LITE", "Stand light LED 2x9, 230V adapter", 50, "EA", "18.60", "2026-12-18"),
    ], buyer="leah")
    body = """Hei,

olen lomalla 23.–30.11.2026 enkä lue sähköpostia. Kiireellisissä tilausasioissa ota yhteyttä
myynti@nuottiteline.example tai puh. +358 9 4245 6610.

I am on annual leave 23–30 November 2026 with no access to e-mail. For urgent order matters
please contact myynti@nuottiteline.example or call +358 9 4245 6610.

Ystävällisin terveisin / Best regards
Sanna Laine
Nuottiteline Oy
"""
    msg = _auto(a_ooo_fi.slug, P, body, (2026, 11, 23, 9, 31, 2), "Automaattinen vastaus: " + req_subject(P),
                ("Sanna Laine", "tilaukset@nuottiteline.example"), charset="iso-8859-15")
    return [P], msg, expected("auto_reply", notes="Out-of-office in Finnish/English; the leave period must not be read as a delivery date.")


@case("hockey-helmets-ticket-zgloszenie", "auto_reply/pl-PL",
      "Polish helpdesk ticket receipt '[#48213]' echoing the PO subject; promises an answer in 2 working days")
def a_ticket_pl():
    S = sup("HKSP", "Hokej-Sport Sp. z o.o.", "zamowienia@hokejsport.example", "pl-PL", "Sir or Madam")
    P = po("BW-26-0601", S, "PLN", "2026-11-19", [
        line(1, "IHH-PL-SR-M", "Ice hockey helmet senior M, white, 2027", 30, "EA", "289.00", "2026-12-18"),
        line(2, "IHH-PL-CAGE", "Helmet cage senior, titanium look", 30, "EA", "119.00", "2026-12-18"),
    ], buyer="tomasz")
    body = """Dzień dobry,

dziękujemy za wiadomość. Twoje zgłoszenie otrzymało numer #48213.
Odpowiemy najpóźniej w ciągu 2 dni roboczych. Prosimy nie zmieniać tematu wiadomości
przy kolejnej korespondencji.

Temat zgłoszenia: Purchase order BW-26-0601 - please confirm
Status: Nowe | Priorytet: Normalny | Kolejka: Zamówienia B2B

--
Biuro Obsługi Klienta Hokej-Sport Sp. z o.o.
Ta wiadomość została wygenerowana automatycznie.
"""
    msg = _auto(a_ticket_pl.slug, P, body, (2026, 11, 19, 14, 2, 51), "[#48213] " + req_subject(P),
                ("Biuro Obsługi Klienta Hokej-Sport", "bok@hokejsport.example"), charset="iso-8859-2",
                client="webmail", extra=[("X-Helpdesk", "osTicket 1.18")])
    return [P], msg, expected("auto_reply", notes="Ticket-system receipt, no human content; threaded on the request.")


@case("press-cloths-shared-inbox-receipt", "auto_reply/en-GB",
      "Shared orders inbox receipt 'we aim to respond within 2 working days', quoting the PO number back")
def a_inbox_gb():
    S = sup("SPCC", "Somerset Press & Cloth Co.", "orders@somersetpress.example", "en-GB", "Orders team")
    P = po("4500031858", S, "GBP", "2026-11-20", [
        line(1, "CPC-UK-NYL-70", "Nylon press cloth 70x70 cm, 1/16 mesh", 100, "EA", "8.75", "2026-12-15"),
        line(2, "CPC-UK-ROLL-1.5", "Press cloth roll 1.5 m x 25 m, polyester", 2, "ROL", "186.00", "2026-12-15"),
    ])
    body = """Thank you for contacting Somerset Press & Cloth Co.

This is an automatic acknowledgement that we have received your e-mail
"Purchase order 4500031858 - please confirm".

Our orders team aims to respond within 2 working days. Orders received after 2pm are processed
the next working day. Please do not reply to this message.

Somerset Press & Cloth Co. | Unit 2, Cricket Field Industrial Estate, Taunton TA1 1PX | 01823 334 120
Registered in England No. 04418273
"""
    msg = _auto(a_inbox_gb.slug, P, body, (2026, 11, 20, 9, 12, 40), "Re: " + req_subject(P) + " [Received]",
                ("Somerset Press & Cloth Orders", "orders@somersetpress.example"), client="erp",
                extra=[("Precedence", "auto_reply"), ("X-Mailer", "Microsoft Exchange Transport Rules")])
    return [P], msg, expected("auto_reply", notes="Automatic receipt of a shared inbox; '2 working days' and '2pm' are not commitments.")


@case("chocolate-moulds-ferias-ooo", "auto_reply/pt-BR",
      "Brazilian 'Resposta automática' vacation notice until 30/11 with another contact")
def a_ooo_br():
    S = sup("FCBR", "Formas Cacau Brasil Ltda.", "comercial@formascacau.example", "pt-BR", "Ms Almeida")
    P = po("BW-26-0612", S, "BRL", "2026-11-20", [
        line(1, "CHM-BR-PC15", "Polycarbonate bonbon mould 15 cavities, 3D", 40, "EA", "112.00", "2026-12-21"),
        line(2, "CHM-BR-TAB", "Tablet mould 100 g, 4 cavities", 40, "EA", "86.00", "2026-12-21"),
    ], buyer="priya")
    body = """Olá!

Estou em férias até 30/11/2026, com acesso limitado ao e-mail.
Para pedidos e confirmações, favor contatar pedidos@formascacau.example ou (11) 4178-2290.

Obrigada!
Juliana Almeida
Formas Cacau Brasil Ltda.
"""
    msg = _auto(a_ooo_br.slug, P, body, (2026, 11, 20, 8, 4, 19), "Resposta automática: " + req_subject(P),
                ("Juliana Almeida", "comercial@formascacau.example"))
    return [P], msg, expected("auto_reply", notes="Vacation auto-reply; 30/11/2026 is the return date.")


@case("glass-stoppers-jis-auto-receipt", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP 【自動返信】 receipt: order mail received, a person will contact you - no commitment")
def a_receipt_jp():
    S = sup("TRGL", "Tokyo Rika Glass Co., Ltd.", "order@tokyorika-glass.example", "ja-JP", "Order desk")
    P = po("4500031870", S, "JPY", "2026-11-20", [
        line(1, "STP-JP-NS19", "Glass stopper NS 19/26, clear", 300, "EA", "380", "2026-12-18"),
        line(2, "STP-JP-NS29", "Glass stopper NS 29/32, amber", 200, "EA", "520", "2026-12-18"),
    ], buyer="oliver")
    body = """※本メールはシステムより自動送信しています。

ブライトウェル・ソーシング 御中

この度はご注文メールをお送りいただき、誠にありがとうございます。
下記の件名にて受け付けいたしました。

件名：Purchase order 4500031870 - please confirm
受付日時：2026年11月20日 17:42

内容を確認の上、担当者より2営業日以内に改めてご連絡いたします。

東京理化硝子株式会社 受注センター
TEL 03-3834-2210（平日 9:00〜17:30）
"""
    msg = _auto(a_receipt_jp.slug, P, body, (2026, 11, 20, 17, 42, 55), "【自動返信】ご注文メールを受け付けました",
                ("東京理化硝子 受注センター", "order@tokyorika-glass.example"), charset="iso-2022-jp", cte="7bit",
                client="erp", html=False, extra=[("X-Mailer", "RakuRaku Mail Responder 3.1")])
    return [P], msg, expected("auto_reply", notes="System receipt in Japanese; the date is the receipt time, not a delivery date.")


# ------------------------------------------------------------------ bounce
@case("fencing-foils-postfix-dsn", "bounce/da-DK",
      "Postfix DSN (user unknown) with the full original request attached as message/rfc822")
def b_dsn_dk():
    S = sup("KLFG", "Klinge & Fægt ApS", "ordre@klinge-faegt.example", "da-DK", "Mr Holm")
    P = po("4500031881", S, "DKK", "2026-11-20", [
        line(1, "FL-DK-5-BL", "Foil blade size 5, electric, FIE 2027", 40, "EA", "465.00", "2026-12-18"),
        line(2, "FL-DK-WIRE", "Body wire foil, 2-pin, 1.5 m", 60, "EA", "98.00", "2026-12-18"),
    ], buyer="oliver")
    msg = postfix_dsn(b_dsn_dk.slug, P, (2026, 11, 20, 10, 14, 3))
    return [P], msg, expected("bounce", notes="Standard DSN; the returned request carries the PO table and dates that must not be read as an answer.")


@case("sprinklers-exchange-ndr", "bounce/ro-RO",
      "Exchange 'Undeliverable' NDR (text+HTML, delivery-status, original message) for a full mailbox")
def b_ndr_ro():
    S = sup("IRAG", "Irigații Agro S.R.L.", "comenzi@irigatii-agro.example", "ro-RO", "Ms Ionescu")
    P = po("BW-26-0619", S, "RON", "2026-11-20", [
        line(1, "ISH-RO-PU10", "Pop-up sprinkler 10 cm, 1/2\" inlet", 800, "EA", "14.90", "2026-12-16"),
        line(2, "ISH-RO-NZ15", "Spray nozzle 15 ft, 360 deg", 800, "EA", "4.20", "2026-12-16"),
        line(3, "ISH-RO-SJ", "Flexible swing pipe 16 mm, per metre", 300, "M", "2.10", "2026-12-16"),
    ], buyer="priya")
    rcpt = S["email"]
    b = BUYERS["priya"]
    date, t = mime.hdate(2026, 11, 20, 11, 2, 47, 0)
    txt = (f"Delivery has failed to these recipients or groups:\n\n{rcpt}\n"
           "The recipient's mailbox is full and can't accept messages now. Please try resending your message later,\n"
           "or contact the recipient directly.\n\n\n"
           "Diagnostic information for administrators:\n\n"
           f"Generating server: AM9PR03MB7712.eurprd03.prod.outlook.com\n\n{rcpt}\n"
           "Remote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n\n"
           f"Original message headers:\n\nFrom: {b[0]} <{b[1]}>\nTo: {S['name']} <{rcpt}>\n"
           f"Subject: {req_subject(P)}\nMessage-ID: {P['request_message_id']}\n")
    html = ("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to "
            f"{rcpt} couldn't be delivered.</font></b></p>\n<p>{rcpt}'s mailbox is full.</p>\n"
            "<p>Action Required: Recipient - mailbox full</p>\n"
            f"<p>Remote server returned '552 5.2.2 mailbox full'</p>\n</body></html>\n")
    ds = (f"Reporting-MTA: dns;AM9PR03MB7712.eurprd03.prod.outlook.com\nReceived-From-MTA: dns;mx1.{DOMAIN}\n"
          f"Arrival-Date: {date}\n\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n")
    h = _hash(b_ndr_ro.slug, 24).upper()
    rep = mime.Multi("report", [
        mime.Multi("alternative", [mime.text(txt, charset="utf-8", cte="quoted-printable"),
                                   mime.text(html, "html", charset="utf-8", cte="quoted-printable")], f"_001_{h}_"),
        mime.Raw("message/delivery-status", ds.encode()),
        mime.Raw("message/rfc822", request_message(P)),
    ], f"_000_{h}_", params=[("report-type", "delivery-status")])
    hdrs = [("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{DOMAIN}>"),
            ("To", mime.addr(b[0], b[1])), ("Subject", "Undeliverable: " + req_subject(P)), ("Date", date),
            ("Message-ID", f"<{h[:12]}.{h[12:]}@AM9PR03MB7712.eurprd03.prod.outlook.com>"),
            ("In-Reply-To", P["request_message_id"]), ("References", P["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-US"),
            ("X-MS-Exchange-Message-Is-Ndr", "")]
    hdrs[-1] = ("X-MS-Exchange-Message-Is-Ndr", "true")
    return [P], mime.message(hdrs, rep), expected("bounce", notes="Exchange NDR threaded on the request; 552 mailbox full; original PO attached.")


@case("feed-buckets-qmail-bounce", "bounce/hu-HU",
      "Plain-text qmail bounce from the supplier's server with the original request pasted below the separator")
def b_qmail_hu():
    S = sup("LOVF", "Lovas Felszerelés Kft.", "rendeles@lovasfelszereles.example", "hu-HU", "Ms Szabó")
    P = po("4500031897", S, "HUF", "2026-11-23", [
        line(1, "HFB-HU-15", "Feed bucket 15 L with hooks, 2 colours", 150, "EA", "3650.00", "2026-12-18"),
        line(2, "HFB-HU-WTR", "Automatic waterer 4 L, 1/2\" inlet", 40, "EA", "12900.00", "2026-12-18"),
    ], buyer="leah")
    rcpt = S["email"]
    host = "mail.lovasfelszereles.example"
    orig = request_message(P).decode("ascii")
    body = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            f"Return-Path: <{BUYERS['leah'][1]}>\n"
            f"Received: (qmail 28411 invoked from network); 23 Nov 2026 09:18:22 -0000\n" + orig)
    date, t = mime.hdate(2026, 11, 23, 9, 18, 24, 0)
    hdrs = [("Return-Path", "<>"), ("From", f"MAILER-DAEMON@{host}"), ("To", BUYERS["leah"][1]),
            ("Subject", "failure notice"), ("Date", date), ("Message-ID", f"<20261123091824.28413.qmail@{host}>")]
    return [P], mime.message(hdrs, mime.text(body, charset="us-ascii", cte="7bit"), mime_version="1.0"), \
        expected("bounce", notes="Old-style qmail failure notice, single text/plain part containing the whole request with prices and dates.")


@case("fencing-foils-postfach-voll", "bounce/de-CH",
      "German-language DSN 'Unzustellbar' (mailbox full 5.2.2) from our relay with the original request attached")
def b_dsn_ch():
    S = sup("ESCR", "Escrime Sport Romandie SA", "commandes@escrime-romandie.example", "de-CH", "Mr Favre")
    P = po("4500031903", S, "CHF", "2026-11-23", [
        line(1, "FL-CH-COMP4", "Foil complete, size 4, pistol grip, 2027 FIE", 20, "EA", "158.00", "2026-12-18"),
        line(2, "FL-CH-LAME", "Foil lamé jacket, size 48, stainless thread", 20, "EA", "214.00", "2026-12-18"),
    ], buyer="oliver")
    rcpt = S["email"]
    txt = ("Dies ist der Mailserver auf mx1.brightwell-sourcing.example.\n\n"
           "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.\n"
           "Die Originalnachricht ist unten angehängt.\n\n"
           f"<{rcpt}>: host mx.escrime-romandie.example[198.51.100.44] said:\n"
           "    552 5.2.2 Postfach voll / mailbox full (in reply to RCPT TO command)\n")
    msg = postfix_dsn(b_dsn_ch.slug, P, (2026, 11, 23, 13, 40, 6), status="5.2.2",
                      diag="smtp; 552 5.2.2 Postfach voll / mailbox full", lang_text=txt,
                      subject="Unzustellbar: " + req_subject(P), remote="mx.escrime-romandie.example")
    return [P], msg, expected("bounce", notes="Localized DSN text; the attached original request is the only place with PO lines.")


# ------------------------------------------------------------------ unrelated
@case("hockey-lieferschein-other-po", "unrelated/de-AT",
      "Lieferschein (delivery note) PDF for a different, older PO of ours; the open PO in pos.json is not answered")
def u_ls_at():
    S = sup("EHTI", "Eishockey Ausrüstung Tirol GmbH", "verkauf@eishockey-tirol.example", "de-AT", "Mr Hofer")
    P = po("4500031915", S, "EUR", "2026-11-16", [
        line(1, "IHH-AT-SR-L", "Ice hockey helmet senior L, black, 2027", 40, "EA", "64.00", "2026-12-18"),
        line(2, "IHH-AT-VIS", "Visor 2.8 mm, anti-fog", 40, "EA", "29.50", "2026-12-18"),
    ], buyer="tomasz")
    pdf = make_pdf([
        "**Eishockey Ausruestung Tirol GmbH",
        "Grabenweg 64, 6020 Innsbruck  -  UID ATU64218830  -  FN 318842 p",
        "",
        "**LIEFERSCHEIN LS-2026-08812",
        "Datum: 20.11.2026          Ihre Bestellung: 4500029977 vom 02.10.2026",
        "Lieferadresse: Brightwell Sourcing Ltd, Goods-in Gate 3, 14 Quayside Road, Hull HU9 1TA",
        "",
        "Pos  Artikel          Bezeichnung                               Menge  Einheit",
        "1    IHH-AT-JR-M      Eishockeyhelm Junior M, weiss               24   Stk",
        "2    IHH-AT-CAGE-JR   Gitter Junior, verchromt                    24   Stk",
        "3    IHH-AT-PAD-SET   Ersatzpolster-Set 12 tlg.                   10   Set",
        "",
        "Versand: DHL Freight, 2 Colli, 38,5 kg, Sendungsnr. 4021 7788 1123",
        "Ware bleibt bis zur vollstaendigen Bezahlung unser Eigentum.",
    ], title="Lieferschein LS-2026-08812", producer="BMD NTCS", date="D:20261120103000+01'00'")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie den Lieferschein LS-2026-08812 zu Ihrer Bestellung 4500029977.
Die Ware wurde heute an DHL Freight übergeben (2 Colli).

Mit freundlichen Grüßen
Eishockey Ausrüstung Tirol GmbH
Versand / Logistik
Tel. +43 512 34 88 20
"""
    msg = reply(u_ls_at.slug, P, body, (2026, 11, 20, 10, 33, 51), "outlook", charset="iso-8859-1", quote="none",
                threaded=False, subject="Lieferschein LS-2026-08812 zu Bestellung 4500029977",
                sender=("Versand Eishockey Tirol", "versand@eishockey-tirol.example"),
                attachments=[mime.attachment(pdf, "application/pdf", "LS-2026-08812.pdf")])
    return [P], msg, expected("unrelated", notes="Same supplier, but the delivery note is for PO 4500029977, not the open 4500031915.")


@case("fenders-black-friday-newsletter", "unrelated/en-US",
      "HTML-only marketing newsletter from the fender supplier with % discounts, sizes and dates")
def u_news_us():
    S = sup("HBLM", "Harborline Marine Supply LLC", "sales@harborline-marine.example", "en-US", "Sales team")
    P = po("4500031924", S, "USD", "2026-11-18", [
        line(1, "FND-US-HTM4", "Fender 8\" x 20\", white, twin eye", 60, "EA", "38.90", "2026-12-18"),
    ], buyer="priya")
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harborline Black Friday</title></head>
<body style="margin:0;background:#eef3f7;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="12" style="background:#ffffff">
<tr><td style="background:#0b3d91;color:#fff;font-size:26px;font-weight:bold">BLACK FRIDAY DOCK SALE</td></tr>
<tr><td><p>Hi there,</p>
<p>Stock up before the winter haul-out: <b>25% off all fenders</b> and <b>15% off dock lines</b>
from Friday 11/27 through Cyber Monday 11/30/2026.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Fender</th><th align="right">Was</th><th align="right">Now</th></tr>
<tr><td>Twin eye 6.5" x 23"</td><td align="right">$36.00</td><td align="right">$27.00</td></tr>
<tr><td>Twin eye 8" x 20"</td><td align="right">$41.20</td><td align="right">$30.90</td></tr>
<tr><td>Ball fender 18" dia.</td><td align="right">$79.00</td><td align="right">$59.25</td></tr>
</table>
<p>Orders over $500 ship free (lower 48). Use code <b>DOCK25</b> at checkout.</p>
<p><a href="https://harborline-marine.example/sale">Shop the sale</a></p></td></tr>
<tr><td style="font-size:11px;color:#777">Harborline Marine Supply LLC, 1400 Marina Way, Annapolis, MD 21403.
You are receiving this because you are a trade customer. <a href="https://harborline-marine.example/u?c=bw">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
    date, _ = mime.hdate(2026, 11, 24, 6, 0, 12, -300)
    hdrs = [("From", "Harborline Marine Supply <news@harborline-marine.example>"),
            ("To", BUYERS["priya"][1]), ("Subject", "Black Friday starts now: 25% off ALL fenders"), ("Date", date),
            ("Message-ID", f"<{_hash(u_news_us.slug, 20)}.newsletter@mail.harborline-marine.example>"),
            ("List-Unsubscribe", "<https://harborline-marine.example/u?c=bw>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
            ("X-Mailer", "Mailjet")]
    return [P], mime.message(hdrs, mime.text(html, "html", cte="quoted-printable")), \
        expected("unrelated", notes="Bulk marketing from the same supplier; sale prices for the ordered fender size are not a confirmation.")


@case("feed-buckets-prisliste-2027", "unrelated/da-DK",
      "Price list 2027 XLSX containing our ordered item codes with new prices, not a reply to the PO")
def u_pricelist_dk():
    S = sup("NEQS", "Nordic Equine Supply ApS", "salg@nordicequine.example", "da-DK", "Ms Møller")
    P = po("4500031936", S, "DKK", "2026-11-19", [
        line(1, "NEQ-BKT-12", "Feed bucket 12 L, flat back, blue", 100, "EA", "62.00", "2026-12-18"),
        line(2, "NEQ-BKT-20", "Feed bucket 20 L, rubber, black", 60, "EA", "94.00", "2026-12-18"),
    ], buyer="leah")
    rows = [["Nordic Equine Supply ApS - Prisliste 2027 (gyldig fra 1. januar 2027)"], [],
            ["Varenr.", "Beskrivelse", "Enhed", "Pris DKK 2026", "Pris DKK 2027"],
            ["NEQ-BKT-12", "Foderspand 12 L, flad bagside, blå", "stk", ("num", "62.00"), ("num", "65.50")],
            ["NEQ-BKT-20", "Foderspand 20 L, gummi, sort", "stk", ("num", "94.00"), ("num", "99.00")],
            ["NEQ-BKT-30", "Foderbalje 30 L, gummi", "stk", ("num", "118.00"), ("num", "124.00")],
            ["NEQ-HNET-12", "Hønet 1,2 m, 4x4 cm masker", "stk", ("num", "72.00"), ("num", "75.00")]]
    xlsx = make_xlsx(rows, "Prisliste 2027", stamp=(2026, 11, 24, 8, 0, 0))
    body = """Kære kunde

Vedhæftet finder du vores prisliste for 2027, som gælder for ordrer modtaget fra 1. januar 2027.
Ordrer modtaget i 2026 faktureres til de nuværende priser.

Med venlig hilsen
Hanne Møller
Nordic Equine Supply ApS | Skovvejen 9 | 7100 Vejle | +45 75 82 19 30
"""
    msg = reply(u_pricelist_dk.slug, P, body, (2026, 11, 24, 8, 15, 0), "outlook", charset="iso-8859-1", quote="none",
                threaded=False, subject="Prisliste 2027 / Price list 2027",
                sender=("Hanne Møller", "hanne.moller@nordicequine.example"), to="Kunder <kunder@nordicequine.example>",
                attachments=[mime.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             "Prisliste_2027.xlsx")])
    return [P], msg, expected("unrelated", notes="General price list mail (sent to a customer list) that happens to contain our item codes and 2027 prices.")


@case("bellows-leather-facture-autre-commande", "unrelated/fr-FR",
      "French invoice PDF for another, already delivered order of ours; the open PO has the same supplier")
def u_invoice_fr():
    S = sup("CPPG", "Cuirs & Peaux du Périgord SAS", "adv@cuirs-perigord.example", "fr-FR", "Ms Roux")
    P = po("BW-26-0624", S, "EUR", "2026-11-19", [
        line(1, "LTH-FR-MOUT", "Sheepskin, alum-tawed, 0.7 mm, bellows grade", 40, "EA", "51.00", "2026-12-18"),
        line(2, "LTH-FR-CHEV", "Kid leather, 0.35 mm, white, pallet pouches", 25, "EA", "38.00", "2026-12-18"),
    ])
    pdf = make_pdf([
        "**Cuirs & Peaux du Perigord SAS",
        "ZA de Borie Porte, 24000 Perigueux  -  SIRET 512 384 771 00028  -  TVA FR52 512384771",
        "",
        "**FACTURE FA-2026-11422",
        "Date : 18/11/2026          Echeance : 18/12/2026",
        "Votre commande : BW-26-0377 du 05/10/2026          BL : BL-26-3310 du 16/11/2026",
        "",
        "Ref.          Designation                                Qte   PU HT      Total HT",
        "LTH-FR-MOUT   Peau de mouton megissee 0,7 mm              30   49,50       1 485,00",
        "LTH-FR-BAUD   Baudruche pour soupapes 0,2 mm              12   22,80         273,60",
        "",
        "Total HT 1 758,60 EUR     TVA 0 % (autoliquidation, export UK)     Total TTC 1 758,60 EUR",
        "Reglement par virement : IBAN FR76 1120 6000 2312 3456 7890 123",
    ], title="Facture FA-2026-11422", producer="Sage 100", date="D:20261118150000+01'00'", compress=True)
    assert 30 * 49.5 + 12 * 22.8 == 1758.6
    body = """Bonjour,

Veuillez trouver ci-joint notre facture FA-2026-11422 relative à votre commande BW-26-0377
(livrée le 16/11/2026).

Cordialement,
Sophie Roux
Comptabilité – Cuirs & Peaux du Périgord SAS
05 53 08 21 44
"""
    msg = reply(u_invoice_fr.slug, P, body, (2026, 11, 18, 15, 7, 44), "outlook", quote="none", threaded=False,
                subject="Facture FA-2026-11422 - commande BW-26-0377",
                sender=("Sophie Roux", "compta@cuirs-perigord.example"),
                attachments=[mime.attachment(pdf, "application/pdf", "FA-2026-11422.pdf")])
    return [P], msg, expected("unrelated", notes="Invoice for order BW-26-0377; shares an item code and the due date 18/12/2026 with the open PO, but answers nothing.")


@case("sprinklers-expo-invitation", "unrelated/ko-KR",
      "Korean/English trade-fair invitation from a sprinkler supplier with booth dates in December")
def u_expo_kr():
    S = sup("DHSP", "Daehan Sprinkler Co., Ltd.", "overseas@daehan-sprinkler.example", "ko-KR", "Mr Kim")
    P = po("4500031948", S, "USD", "2026-11-20", [
        line(1, "ISH-DH-R15", "Rotor sprinkler 15 m, 3/4\" inlet", 200, "EA", "9.20", "2026-12-18"),
    ], buyer="oliver")
    body = """안녕하세요, 대한스프링클러 해외영업팀입니다.

2026 국제 농업·관개 박람회(12월 9일~11일, 서울 코엑스 B홀, 부스 B-214)에 귀사를 초대합니다.
신제품 3/4" 기어 로터와 2027년형 스마트 밸브를 전시합니다.

Dear valued partner, we are pleased to invite you to visit our booth B-214 at the
International Agri & Irrigation Expo, COEX Seoul, 9-11 December 2026.
New 3/4" gear rotors and 2027 smart valves will be on display.

Kim Dong-hyun
Overseas Sales Team | Daehan Sprinkler Co., Ltd.
Tel. +82 31 8041 5520
"""
    msg = reply(u_expo_kr.slug, P, body, (2026, 11, 24, 10, 0, 0), "outlook", charset="euc-kr", cte="base64",
                quote="none", threaded=False, subject="[초대] 2026 국제 농업·관개 박람회 / Expo invitation",
                sender=("Daehan Sprinkler", "overseas@daehan-sprinkler.example"), lang="ko")
    return [P], msg, expected("unrelated", notes="Marketing invitation from the supplier; December dates are exhibition days, not deliveries.")
