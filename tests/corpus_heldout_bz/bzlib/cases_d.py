"""Cases 047-070: replies that must not confirm (needs_review, auto_reply, bounce, unrelated)."""
from .common import (case, S, PO, reply, exp, D, rfc_date, attachment, req_text, req_subject, BUYERS, BDOM,
                     rid_of, msgid, boundary, h)
from .mime import Part, text, multipart, message, addr, enc_header, encode_body, raw_part
from .pdf import make_pdf
from .xlsx import make_xlsx


# ---------------------------------------------------------------- helpers

def original(po, reminder=0):
    """Our outgoing request as a full RFC 5322 message (for bounces)."""
    bn, be = BUYERS[po["_bi"]]
    y, m, d, hh, mm = po["_req"]
    sup = po["supplier"]
    hs = [("From", addr(bn, be)), ("To", addr(sup["name"], sup["email"])), ("Subject", req_subject(po, reminder)),
          ("Date", rfc_date(y, m, d, hh, mm, 4, "+0000")), ("Message-ID", rid_of(po)), ("MIME-Version", "1.0"),
          ("X-Mailer", "Brightwater P2P Mailer 3.4")]
    t = req_text(po, reminder)
    cs, cte = ("us-ascii", "7bit") if t.isascii() else ("utf-8", "8bit")
    hs[7:7] = [("Content-Type", f'text/plain; charset="{cs}"'), ("Content-Transfer-Encoding", cte)]
    return Part(hs, encode_body(t, cs, cte))


def bounce_msg(name, hs, parts, bnd):
    return message(hs, multipart("report", parts, bnd, params=" report-type=delivery-status;"))


def dsn_part(lines):
    return raw_part([("Content-Type", "message/delivery-status")], ("\n".join(lines) + "\n").encode())


def rfc822_part(po):
    return Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], original(po).to_bytes())


def auto_hdrs(kind="auto-replied"):
    return [("Auto-Submitted", kind), ("X-Auto-Response-Suppress", "All")]


# ---------------------------------------------------------------- needs_review

@case("es-plazo-15-dias", "needs_review/es-ES",
      "Spanish reply stating 'plazo de entrega 15 días' but asking whether that works and waiting for our answer before confirming.")
def _(name):
    sup = S("AGUJAB", "Agujas Barcelona Tattoo S.L.", "pedidos@agujasbcn.example", "es-ES")
    po = PO("4510039850", sup, "EUR", "2026-11-24", [
        ("AG-1207RL", "Aguja de tatuaje 12/07RL, caja de 50", 100, "BOX", "7.90", "2026-12-09"),
        ("AG-1009M1", "Aguja de tatuaje 10/09M1, caja de 50", 60, "BOX", "8.30", "2026-12-09"),
    ])
    body = """Buenos días Maren:

Hemos recibido su pedido 4510039850. Los precios son correctos, pero las agujas 12/07RL y 10/09M1 no las tenemos en stock ahora mismo: plazo de entrega 15 días.
¿Les sirve así o prefieren que les enviemos antes una entrega parcial? Quedamos a la espera de su respuesta para confirmar el pedido.

Un saludo,
Marta Puig
Atención al cliente
Agujas Barcelona Tattoo S.L. - C/ de Pallars 193, 08005 Barcelona
Tel. +34 93 555 28 41
"""
    eml = reply(name, po, ("Marta Puig", "pedidos@agujasbcn.example"), rfc_date(2026, 11, 25, 10, 14, 9, "+0100"),
                body, client="outlook", lang="es-ES", qlang="es")
    return [po], eml, exp("needs_review", "A lead time (15 días) with no start point and a question back to us; the supplier explicitly waits for our answer before confirming.")


@case("za-prepayment", "needs_review/en-ZA",
      "South African reply: 'delivery 4-6 weeks after receipt of prepayment' with a pro-forma invoice attached - a condition and a range, not a date.")
def _(name):
    sup = S("CPMARINE", "Cape Marine Hinge & Pin (Pty) Ltd", "sales@capemarinehinge.example", "en-ZA")
    po = PO("4510039870", sup, "USD", "2026-11-24", [
        ("FRH-140-760", "Ferry ramp hinge assembly, pin 140x760 mm", 2, "SET", "6480.00", "2027-01-15"),
        ("FRH-GRS-M12", "Grease nipple M12x1.5, straight", 20, "EA", "3.40", "2027-01-15"),
    ])
    pdf = make_pdf([(14, True, "Cape Marine Hinge & Pin (Pty) Ltd"), "14 Marine Drive, Paarden Eiland, Cape Town 7405",
                    "", (12, True, "PRO FORMA INVOICE PF-26-1193"), "Date: 27/11/2026      Customer ref.: 4510039870",
                    "", "1  FRH-140-760   Ferry ramp hinge assembly 140x760 mm   2 SET   USD 6,480.00   USD 12,960.00",
                    "2  FRH-GRS-M12   Grease nipple M12x1.5                 20 EA   USD 3.40       USD 68.00",
                    "", "Total USD 13,028.00", "Terms: 100% prepayment. Delivery 4-6 weeks after receipt of prepayment.",
                    "Bank: Standard Bank, Foreshore branch, acc. 07 123 456 7"],
                   title="PF-26-1193", author="Sage 300", date="D:20261127113000+02'00'", compress=True)
    body = """Good day Maren,

Thank you for your PO 4510039870. Please find attached our pro-forma invoice PF-26-1193.

As a new account we work on 100% prepayment. Delivery 4-6 weeks after receipt of prepayment; prices as per your PO.

Kind regards,
Thandi Nkosi
Sales Administrator
Cape Marine Hinge & Pin (Pty) Ltd
14 Marine Drive, Paarden Eiland, Cape Town 7405
Tel +27 21 555 0193 | Reg. No. 2009/012345/07
"""
    eml = reply(name, po, ("Thandi Nkosi", "sales@capemarinehinge.example"), rfc_date(2026, 11, 27, 11, 42, 30, "+0200"),
                body, client="outlook", lang="en-ZA", attachments=[attachment(pdf, "application/pdf", "PF-26-1193.pdf")])
    return [po], eml, exp("needs_review", "Delivery depends on a prepayment we have not agreed to and is a 4-6 week range: a condition, not a commitment.")


@case("sg-other-currency", "needs_review/en-SG",
      "Singapore reply confirms quantities and a date but quotes SGD prices for a EUR purchase order.")
def _(name):
    sup = S("LABSG", "LabWare Asia Pte. Ltd.", "orders@labware-asia.example", "en-SG")
    po = PO("4510039890", sup, "EUR", "2026-11-24", [
        ("CT-15-CONE", "Centrifuge tube 15 ml, conical, PP, 50/rack", 120, "BOX", "9.60", "2026-12-18"),
        ("CT-50-CONE", "Centrifuge tube 50 ml, conical, PP, 25/rack", 80, "BOX", "11.40", "2026-12-18"),
    ], buyer=2)
    body = """Hi Priya,

Noted with thanks on PO 4510039890. We can supply:

1) CT-15-CONE - 120 boxes @ SGD 14.80/box
2) CT-50-CONE - 80 boxes @ SGD 17.60/box

Delivery 18 Dec 2026 to your Manchester warehouse. Pls advise if ok.

Best regards,
Jasmine Tan
Customer Service Executive
LabWare Asia Pte. Ltd. | 10 Ubi Crescent, #05-21 Ubi Techpark, Singapore 408564
DID +65 6555 2817
"""
    eml = reply(name, po, ("Jasmine Tan", "orders@labware-asia.example"), rfc_date(2026, 11, 27, 15, 3, 58, "+0800"),
                body, client="outlook", lang="en-SG")
    return [po], eml, exp("needs_review", "Prices are in SGD while the PO is in EUR and the supplier asks 'pls advise if ok'; converting would be guesswork.")


@case("de-only-quoted-dates", "needs_review/de-DE",
      "German acknowledgement of receipt that is still checking the dates; the only dates and prices are in our own quoted request below.")
def _(name):
    sup = S("KBAUFL", "Kirchenbank-Auflagen Schäfer GmbH", "info@kirchenbank-schaefer.example", "de-DE")
    po = PO("4510039910", sup, "EUR", "2026-11-25", [
        ("KBA-300-ROT", "Kirchenbankauflage 3000x400x40 mm, Velours rot", 24, "PCS", "118.00", "2026-12-16"),
        ("KBA-200-ROT", "Kirchenbankauflage 2000x400x40 mm, Velours rot", 16, "PCS", "86.00", "2026-12-16"),
        ("KNP-45-ROT", "Kniepolster 450x250x60 mm", 40, "PCS", "24.50", "2026-12-16"),
    ], buyer=1)
    body = """Guten Tag Herr Pieper,

vielen Dank, Ihre Bestellung ist bei uns eingegangen und an die Näherei weitergegeben.
Die unten genannten Wunschtermine prüfen wir noch mit der Produktion, Sie erhalten unsere Auftragsbestätigung separat.

Freundliche Grüße

Andrea Schäfer
Kirchenbank-Auflagen Schäfer GmbH
Am Domplatz 5 · 33098 Paderborn
Tel. 05251 555 870
"""
    eml = reply(name, po, ("Andrea Schäfer", "info@kirchenbank-schaefer.example"), rfc_date(2026, 11, 26, 8, 21, 7, "+0100"),
                body, client="outlook", lang="de-DE", qlang="de", prefix="AW:")
    return [po], eml, exp("needs_review", "Receipt only; the requested dates are 'still being checked' and appear only in our quoted table - nothing is committed.")


@case("dk-revert-week-48", "needs_review/da-DK",
      "Danish 'we will send the order confirmation in week 48' - the week number is a reply date, not a delivery date.")
def _(name):
    sup = S("OVNSTN", "Nordisk Ovnsten A/S", "ordre@nordisk-ovnsten.example", "da-DK")
    po = PO("4510039930", sup, "EUR", "2026-11-13", [
        ("PST-CORD-38", "Pizzasten cordierit 38x38x2 cm", 240, "PCS", "15.60", "2026-12-11"),
        ("PST-RIST-33", "Pizzasten med rist Ø33 cm", 100, "PCS", "19.80", "2026-12-11"),
    ])
    body = """Hej Maren

Tak for jeres ordre 4510039930. Vi afventer en melding fra vores fabrik i Jylland om kapaciteten i december og vender tilbage med en ordrebekræftelse i uge 48.

Venlig hilsen
Lars Kjær
Nordisk Ovnsten A/S
Havnevej 3, 7000 Fredericia
Tlf. +45 75 55 21 90
"""
    eml = reply(name, po, ("Lars Kjær", "ordre@nordisk-ovnsten.example"), rfc_date(2026, 11, 17, 13, 33, 0, "+0100"),
                body, client="outlook", lang="da-DK", prefix="SV:", charset="iso-8859-1")
    return [po], eml, exp("needs_review", "'Uge 48' is when they will send the confirmation; no quantity, price or delivery date is committed yet.")


@case("hr-body-pdf-conflict", "needs_review/hr-HR",
      "Croatian body says delivery 11.12.2026 while the attached PDF confirmation says 18.12.2026 for the same order.")
def _(name):
    sup = S("BRODSP", "Brodoremont Split d.o.o.", "prodaja@brodoremont-split.example", "hr-HR")
    po = PO("4510039950", sup, "EUR", "2026-11-23", [
        ("SRN-RMP-100", "Ferry ramp hinge, shaft D100x520 mm", 4, "EA", "1580.00", "2026-12-11"),
        ("BRN-100-120", "Bronze bushing 100/120x140 mm", 8, "EA", "210.00", "2026-12-11"),
    ])
    pdf = make_pdf([(14, True, "BRODOREMONT SPLIT d.o.o."), "Put Supavla 21, 21000 Split, Hrvatska",
                    "", (12, True, "POTVRDA NARUDZBE br. PN-2026-0377"), "Datum: 02.12.2026.   Vasa narudzba: 4510039950",
                    "", "Poz.  Sifra         Opis                               Kol.   Cijena EUR   Rok isporuke",
                    "1     SRN-RMP-100   Sarnir rampe trajekta 100x520 mm    4 kom  1.580,00     18.12.2026.",
                    "2     BRN-100-120   Broncana cahura 100/120x140 mm     8 kom    210,00     18.12.2026.",
                    "", "Ukupno: 8.000,00 EUR bez PDV-a"], title="PN-2026-0377", author="Pantheon",
                   date="D:20261202094500+01'00'", compress=True)
    body = """Poštovana gospođo Holt,

u privitku Vam šaljemo potvrdu narudžbe 4510039950. Količine i cijene su bez promjena, isporuka 11.12.2026.

Srdačan pozdrav,
Ante Jurić
Brodoremont Split d.o.o.
Put Supavla 21, 21000 Split
Tel. +385 21 555 364
"""
    eml = reply(name, po, ("Ante Jurić", "prodaja@brodoremont-split.example"), rfc_date(2026, 12, 2, 9, 51, 12, "+0100"),
                body, client="outlook", lang="hr-HR", charset="windows-1250",
                attachments=[attachment(pdf, "application/pdf", "PN-2026-0377.pdf")])
    return [po], eml, exp("needs_review", "Body (11.12.2026) and attached confirmation (18.12.2026) contradict each other, so the delivery date cannot be determined.")


@case("nz-question-rope-size", "needs_review/en-NZ",
      "New Zealand reply asking whether a 10 mm rope can replace the ordered 12 mm before confirming anything.")
def _(name):
    sup = S("KIWIROPE", "Kiwi Rope & Cordage Ltd", "sales@kiwirope.example", "en-NZ")
    po = PO("4510039970", sup, "NZD", "2026-11-25", [
        ("HMR-PES-12", "Hammock rope polyester 12 mm, 100 m coil", 30, "ROL", "96.00", "2026-12-18"),
        ("HMR-CAR-8", "Hammock carabiner 8x80 mm, stainless", 200, "PCS", "4.20", "2026-12-18"),
    ])
    body = """Hi Maren,

Quick one before I confirm PO 4510039970 - we're out of the 12 mm polyester until February. Could you take 10 mm (same 100 m coils) at $88.00 a coil instead? If so I can get the lot to you by 18/12, carabiners included.

Let me know and I'll send the confirmation straight away.

Cheers,
Hemi Walker
Kiwi Rope & Cordage Ltd | 41 Hutt Road, Thorndon, Wellington 6011
Ph 04 555 8817 | Mob 021 555 412
"""
    eml = reply(name, po, ("Hemi Walker", "sales@kiwirope.example"), rfc_date(2026, 11, 26, 14, 7, 33, "+1300"),
                body, client="apple", quote="apple", cte="quoted-printable", html="alt", lang="en-NZ")
    return [po], eml, exp("needs_review", "A substitution question: the 18/12 date and $88.00 price only apply if we accept 10 mm rope; nothing is confirmed yet.")


@case("ie-vague-mid-december", "needs_review/en-IE",
      "Irish reply 'should be grand for mid-December' with no firm date and a pending upholsterer check.")
def _(name):
    sup = S("LIFFUP", "Liffey Upholstery Ltd", "orders@liffeyupholstery.example", "en-IE")
    po = PO("4510039990", sup, "EUR", "2026-11-16", [
        ("PCU-2100-NV", "Church pew cushion 2100x400x50 mm, navy", 24, "PCS", "69.00", "2026-12-11"),
        ("PCU-1500-NV", "Church pew cushion 1500x400x50 mm, navy", 16, "PCS", "55.00", "2026-12-11"),
    ], buyer=4)
    body = """Hi Aoife,

Got your order 4510039990, thanks. Should be grand for mid-December or thereabouts, I'll confirm properly once the covers are back from our upholsterer in Naas - probably Thursday or Friday.

Sinéad
--
Sinéad Byrne | Liffey Upholstery Ltd
Unit 12, Ballymount Industrial Estate, Dublin 12, D12 X2K7
+353 1 555 3391
"""
    eml = reply(name, po, ("Sinéad Byrne", "orders@liffeyupholstery.example"), rfc_date(2026, 11, 17, 16, 48, 20, "+0000"),
                body, client="gmail", quote="gmail", cte="quoted-printable")
    return [po], eml, exp("needs_review", "'Mid-December or thereabouts' is vague and the real confirmation is promised later; no committed values.")


@case("se-moq-condition", "needs_review/sv-SE",
      "Swedish reply that will confirm only if we raise line 2 to a minimum order quantity; line 1 looks fine but the whole order is conditional.")
def _(name):
    sup = S("GKROK", "Gardinkrok Sverige AB", "order@gardinkrok.example", "sv-SE")
    po = PO("4510040010", sup, "SEK", "2026-11-26", [
        ("GK-MASS-20", "Gardinkrok mässing 20 mm, 100 st/påse", 80, "BOX", "54.00", "2026-12-18"),
        ("GK-GLID-12", "Glidkrok 12x20 mm för skena", 300, "PCS", "1.90", "2026-12-18"),
    ])
    body = """Hej Maren,

Tack för order 4510040010. Påsarna med mässingskrokar (rad 1) har vi i lager.
Glidkrokarna 12x20 mm (rad 2) tillverkar vi dock bara i serier om minst 1 000 st. Vi kan bekräfta ordern om ni ökar rad 2 till 1 000 st - hör av er så skickar vi orderbekräftelse med leveransdatum.

Vänliga hälsningar
Annika Berg
Gardinkrok Sverige AB
Verkstadsgatan 11, 504 62 Borås
Tel 033-555 42 18
"""
    eml = reply(name, po, ("Annika Berg", "order@gardinkrok.example"), rfc_date(2026, 11, 27, 9, 40, 12, "+0100"),
                body, client="outlook", lang="sv-SE", prefix="SV:", charset="iso-8859-1")
    return [po], eml, exp("needs_review", "Confirmation is conditional on raising line 2 to the 1,000-piece minimum; no delivery date given.")


# ---------------------------------------------------------------- auto_reply

@case("il-out-of-office", "auto_reply/he-IL",
      "Hebrew out-of-office in windows-1255 (base64) with a return date and a colleague's phone number.")
def _(name):
    sup = S("EILDIV", "Eilat Dive Gear Ltd", "orders@eilatdivegear.example", "he-IL")
    po = PO("4510040030", sup, "USD", "2026-11-26", [
        ("RG-1ST-DIN", "Scuba regulator first stage DIN 300 bar", 12, "EA", "229.00", "2026-12-18"),
        ("RG-OCT-Y", "Octopus second stage, yellow, 1000 mm hose", 12, "EA", "96.00", "2026-12-18"),
    ])
    body = """שלום,

אני נמצא מחוץ למשרד עד יום ראשון 06.12.2026 ללא גישה לדואר אלקטרוני.
לעניינים דחופים ניתן לפנות לאבי כהן בטלפון 08-6555-214 או בכתובת sales@eilatdivegear.example.

תודה,
יונתן לוי
Eilat Dive Gear Ltd
"""
    eml = reply(name, po, ("יונתן לוי", "orders@eilatdivegear.example"), rfc_date(2026, 11, 26, 10, 31, 2, "+0200"),
                body, client="outlook", lang="he-IL", charset="windows-1255", cte="base64", html=False, quote="none",
                subject="תשובה אוטומטית: " + req_subject(po), extra=auto_hdrs())
    return [po], eml, exp("auto_reply", "Out-of-office in Hebrew; 06.12.2026 is the return date, not a delivery date.")


@case("sk-ticket-system", "auto_reply/sk-SK",
      "Slovak helpdesk ticket acknowledgement (OTRS-style ticket number 2026112710000213) for our request.")
def _(name):
    sup = S("ORTOSK", "OrtoTech Slovakia s.r.o.", "objednavky@ortotech.example", "sk-SK")
    po = PO("4510040050", sup, "EUR", "2026-11-27", [
        ("LNR-TPE-24", "TPE prosthetic liner 24 cm, 3/6 mm profile", 30, "EA", "198.00", "2026-12-15"),
        ("SLV-KNEE-M", "Knee suspension sleeve, size M (42-48 cm)", 30, "EA", "64.00", "2026-12-15"),
    ])
    body = """Dobrý deň,

ďakujeme za Vašu správu. Vaša požiadavka bola zaevidovaná pod číslom [Ticket#2026112710000213] a pridelená oddeleniu Predaj.
Odpovieme Vám spravidla do 2 pracovných dní. Pri ďalšej komunikácii prosím ponechajte číslo tiketu v predmete.

S pozdravom
Zákaznícka podpora OrtoTech Slovakia s.r.o.
Priemyselná 8, 917 01 Trnava | +421 33 555 7120

Toto je automaticky generovaná správa, neodpovedajte na ňu.
"""
    eml = reply(name, po, ("OrtoTech Podpora", "podpora@ortotech.example"), rfc_date(2026, 11, 27, 9, 12, 44, "+0100"),
                body, client="other", charset="utf-8", cte="quoted-printable", html=False, quote="none",
                subject=f"[Ticket#2026112710000213] Prijatá požiadavka: {req_subject(po)}",
                extra=auto_hdrs("auto-replied") + [("X-Mailer", "OTRS Mail Service (6.0.x)"), ("Precedence", "bulk")])
    return [po], eml, exp("auto_reply", "Ticket-system receipt; the ticket number is not a PO or quantity and nothing is confirmed.")


@case("fr-absence-retour", "auto_reply/fr-FR",
      "French Outlook out-of-office announcing a return on 'lundi 23/11' and listing a deputy; threaded like a real reply.")
def _(name):
    sup = S("FILFRO", "Fil à Fromage Dauphiné SARL", "commercial@filafromage.example", "fr-FR")
    po = PO("4510040070", sup, "EUR", "2026-11-16", [
        ("FAF-030-1M", "Fil à couper le fromage inox 0,30 mm, 1 m", 400, "PCS", "2.85", "2026-12-09"),
        ("LYR-12F", "Lyre à fromage 12 fils, 40x30 cm", 10, "EA", "214.00", "2026-12-09"),
    ])
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 23/11 inclus, avec un accès limité à mes e-mails.
Pour toute commande urgente, merci de contacter Julien Roche (julien.roche@filafromage.example - 04 76 55 31 20).

Cordialement,
Sophie Arnaud
Fil à Fromage Dauphiné SARL
"""
    eml = reply(name, po, ("Sophie Arnaud", "commercial@filafromage.example"), rfc_date(2026, 11, 16, 8, 31, 9, "+0100"),
                body, client="outlook", lang="fr-FR", html="alt", quote="none", charset="iso-8859-15",
                subject="Réponse automatique : " + req_subject(po), extra=auto_hdrs())
    return [po], eml, exp("auto_reply", "Out-of-office; 23/11 is the return date, and the deputy's phone number is not a quantity.")


@case("jp-shared-inbox-receipt", "auto_reply/ja-JP",
      "Japanese shared-inbox auto-receipt in ISO-2022-JP ('【自動返信】受付のお知らせ') promising an answer within 3 business days.")
def _(name):
    sup = S("KNKHOOK", "Kanazawa Curtain Hardware Co., Ltd.", "order@kanazawa-curtain.example", "ja-JP")
    po = PO("4510040090", sup, "JPY", "2026-11-27", [
        ("CH-A-100", "Curtain hook type A, adjustable, 100 pcs/bag", 300, "BOX", "420", "2026-12-18"),
        ("CH-RUN-25", "Runner hook 25 mm for rail, 4/3 type", 5000, "PCS", "12", "2026-12-18"),
    ])
    body = """※本メールは自動送信です。ご返信いただいてもお答えできません。

この度はお問い合わせいただき、誠にありがとうございます。
受注窓口にて以下の内容でメールを受け付けました。

受付番号：R-20261127-0458
受付日時：2026年11月27日 17時31分

担当者より3営業日以内にご連絡いたします。
なお、土日祝日および年末年始（12月29日〜1月4日）は休業とさせていただきます。

金沢カーテン金具株式会社　受注センター
〒920-0061 石川県金沢市問屋町1-55
TEL 076-555-2310
"""
    eml = reply(name, po, ("金沢カーテン金具 受注センター", "order@kanazawa-curtain.example"),
                rfc_date(2026, 11, 27, 17, 31, 40, "+0900"), body, client="other", charset="iso-2022-jp", cte="7bit",
                html=False, quote="none", subject="【自動返信】受付のお知らせ", hdr_charset="iso-2022-jp",
                extra=auto_hdrs("auto-replied") + [("Precedence", "auto_reply")])
    return [po], eml, exp("auto_reply", "Automatic receipt of a shared order inbox; dates are receipt time and holiday closure, not delivery dates.")


@case("br-ferias-coletivas", "auto_reply/pt-BR",
      "Brazilian collective-vacation auto-reply with a date range (18/12/2026 a 04/01/2027) that looks like delivery dates.")
def _(name):
    sup = S("ESTBR", "Estantes Paulista Ind. e Com. Ltda.", "comercial@estantespaulista.example", "pt-BR")
    po = PO("4510040110", sup, "USD", "2026-12-01", [
        ("EST-LIV-200", "Bookshop shelving unit steel 2000x1000x400 mm, 5 shelves", 20, "PCS", "214.00", "2027-01-22"),
        ("DIV-LIV-30", "Book divider 30x20 cm, black", 200, "PCS", "1.85", "2027-01-22"),
    ], req=(2026, 12, 1, 9, 0))
    body = """Prezado(a) cliente,

Recebemos sua mensagem. Informamos que nossa empresa estará em férias coletivas de 18/12/2026 a 04/01/2027.
Pedidos recebidos até 11/12/2026 serão respondidos normalmente em até 48 horas úteis.

Atenciosamente,
Estantes Paulista Ind. e Com. Ltda.
Rua Guaianases, 1422 - Campos Elíseos - São Paulo/SP - CEP 01204-001
(11) 5555-3020

Esta é uma mensagem automática.
"""
    eml = reply(name, po, ("Estantes Paulista", "comercial@estantespaulista.example"), rfc_date(2026, 12, 1, 6, 0, 3, "-0300"),
                body, client="other", html=False, quote="none", charset="iso-8859-1",
                subject="Resposta automática: " + req_subject(po), extra=auto_hdrs())
    return [po], eml, exp("auto_reply", "Automatic notice about collective holidays; the dates are the vacation period and response policy, nothing about the order.")


# ---------------------------------------------------------------- bounce

@case("postfix-plain-bounce", "bounce/en-NZ",
      "Postfix plain-text bounce (no multipart/report) with our original request, PO table and requested dates quoted below the diagnostic.")
def _(name):
    sup = S("SKYGRIP", "Skyline Grip Engineering Ltd", "orders@skylinegrip.example", "en-NZ")
    po = PO("4510040130", sup, "NZD", "2026-11-30", [
        ("CGR-30-DT", "Cable car detachable grip, rope 30 mm", 4, "EA", "5240.00", "2027-01-29"),
        ("CGR-SPR-16", "Grip spring pack 16x6 mm", 8, "SET", "310.00", "2027-01-29"),
    ], req=(2026, 11, 30, 21, 15))
    orig = original(po).to_bytes().decode("ascii")
    body = f"""This is the mail system at host mail.{BDOM}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@skylinegrip.example>: host mx1.skylinegrip.example[203.0.113.45] said:
    550 5.1.1 <orders@skylinegrip.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--- Original message follows ---

{orig}"""
    hs = [("Return-Path", "<>"), ("From", f"MAILER-DAEMON@mail.{BDOM} (Mail Delivery System)"),
          ("To", addr(*BUYERS[0])), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", rfc_date(2026, 11, 30, 21, 15, 9, "+0000")), ("Message-ID", f"<20261130211509.6A1C0E2F41@mail.{BDOM}>"),
          ("Auto-Submitted", "auto-replied")]
    eml = message(hs, text(body, "plain", "us-ascii", "7bit"))
    return [po], eml, exp("bounce", "Plain-text Postfix bounce; the PO number, quantities and dates are only in the returned copy of our own request.")


@case("dsn-multipart-report", "bounce/it-IT",
      "RFC 3464 multipart/report from our relay (policy rejection by the supplier's MX) with the full original request as message/rfc822.")
def _(name):
    sup = S("CUSCHI", "Cuscini Chiesa Veneto S.r.l.", "ordini@cuscinichiesa.example", "it-IT")
    po = PO("4510040150", sup, "EUR", "2026-11-30", [
        ("CUS-PANCA-250", "Cuscino per panca chiesa 2500x380x40 mm, bordeaux", 30, "PCS", "88.00", "2026-12-22"),
        ("INGI-45", "Inginocchiatoio imbottito 45x25 cm", 60, "PCS", "21.50", "2026-12-22"),
    ], req=(2026, 11, 30, 10, 2))
    expl = text(f"""This is the mail system at host relay.{BDOM}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ordini@cuscinichiesa.example>: host mx.cuscinichiesa.example[198.51.100.23]
    said: 550 5.7.1 Messaggio rifiutato per policy antispam (in reply to end
    of DATA command)
""", "plain", "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    dsn = dsn_part([f"Reporting-MTA: dns; relay.{BDOM}", "X-Postfix-Queue-ID: 4Fm2kQ0b7Tz3wXc",
                    f"X-Postfix-Sender: rfc822; maren.holt@{BDOM}", "Arrival-Date: Mon, 30 Nov 2026 10:02:04 +0000", "",
                    "Final-Recipient: rfc822; ordini@cuscinichiesa.example",
                    "Original-Recipient: rfc822;ordini@cuscinichiesa.example", "Action: failed", "Status: 5.7.1",
                    "Remote-MTA: dns; mx.cuscinichiesa.example",
                    "Diagnostic-Code: smtp; 550 5.7.1 Messaggio rifiutato per policy antispam"])
    bnd = "4Fm2kQ0b7Tz3wXc.1796032925/relay." + BDOM
    hs = [("Return-Path", "<>"), ("From", f"MAILER-DAEMON@relay.{BDOM} (Mail Delivery System)"),
          ("To", addr(*BUYERS[0])), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", rfc_date(2026, 11, 30, 10, 2, 11, "+0000")), ("Message-ID", f"<20261130100211.4Fm2kQ0b7Tz3wXc@relay.{BDOM}>"),
          ("Auto-Submitted", "auto-replied")]
    eml = bounce_msg(name, hs, [expl, dsn, rfc822_part(po)], bnd)
    return [po], eml, exp("bounce", "Standard DSN; the embedded original contains the full PO table with requested dates, which must not be read as an answer.")


@case("exchange-ndr", "bounce/nl-NL",
      "Exchange/Outlook NDR ('Undeliverable:') with text+HTML explanation, delivery-status and the original request attached.")
def _(name):
    sup = S("WEEFSP", "Weefspoel Twente B.V.", "inkoop-verkoop@weefspoel-twente.example", "nl-NL")
    po = PO("4510040170", sup, "EUR", "2026-12-02", [
        ("SPL-BEUK-35", "Weefspoel beuken 35 cm, met klos", 40, "PCS", "31.00", "2027-01-15"),
        ("KLS-8-10", "Klossen 8 cm, 10 stuks", 50, "BOX", "9.40", "2027-01-15"),
    ], req=(2026, 12, 2, 13, 40))
    tp = text("""Delivery has failed to these recipients or groups:

inkoop-verkoop@weefspoel-twente.example (inkoop-verkoop@weefspoel-twente.example)
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM9PR04MB8211.eurprd04.prod.outlook.com

inkoop-verkoop@weefspoel-twente.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "plain", "us-ascii", "quoted-printable")
    th = text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<p><a href="mailto:inkoop-verkoop@weefspoel-twente.example">inkoop-verkoop@weefspoel-twente.example</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</p>
<p><font color="#808080" size="2" face="Tahoma">Diagnostic information for administrators:<br>Generating server: AM9PR04MB8211.eurprd04.prod.outlook.com<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>
""", "html", "us-ascii", "quoted-printable")
    alt = multipart("alternative", [tp, th], "_000_AM9PR04MB8211E3C1A07B2F61D04EAM9PR04MB8211eurp_")
    dsn = dsn_part(["Reporting-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com",
                    "Received-From-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com",
                    "Arrival-Date: Wed, 2 Dec 2026 13:40:04 +0000", "",
                    "Final-Recipient: rfc822;inkoop-verkoop@weefspoel-twente.example", "Action: failed",
                    "Status: 5.1.10", "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"])
    hs = [("From", f"Microsoft Outlook <postmaster@{BDOM}>"), ("To", addr(*BUYERS[0])),
          ("Subject", "Undeliverable: " + req_subject(po)), ("Date", rfc_date(2026, 12, 2, 13, 40, 7, "+0000")),
          ("Message-ID", f"<a8c2f1e0-3b7d-4e1a-9c55-{h(name, 12)}@AM9PR04MB8211.eurprd04.prod.outlook.com>"),
          ("In-Reply-To", rid_of(po)), ("References", rid_of(po)), ("Content-Language", "en-US"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    eml = bounce_msg(name, hs, [alt, dsn, rfc822_part(po)], "_001_AM9PR04MB8211E3C1A07B2F61D04EAM9PR04MB8211eurp_")
    return [po], eml, exp("bounce", "Exchange non-delivery report threaded on our request; the PO data inside is our own returned message.")


@case("supplier-mx-quota", "bounce/en-IE",
      "DSN generated by the supplier's own mail server (mailbox over quota, 5.2.2) - From is MAILER-DAEMON at the supplier's domain.")
def _(name):
    sup = S("ERINSH", "Erin Shelving Systems Ltd", "orders@erinshelving.example", "en-IE")
    po = PO("4510040190", sup, "EUR", "2026-11-20", [
        ("BSS-180-90", "Bookshop wall shelving bay 1800x900 mm, oak veneer", 14, "PCS", "268.00", "2026-12-18"),
        ("BSS-END-45", "End panel display 45 deg, 1800 mm", 6, "PCS", "142.00", "2026-12-18"),
    ], req=(2026, 11, 20, 11, 5))
    expl = text("""This is the mail transport agent at mx1.erinshelving.example.

Your message could not be delivered to the following recipient after
repeated attempts during the last 4 days:

  <orders@erinshelving.example>
    Mailbox full: the recipient's mailbox has exceeded its storage quota.

The message is returned below in full.
""", "plain", "us-ascii", "7bit")
    dsn = dsn_part(["Reporting-MTA: dns; mx1.erinshelving.example", "Arrival-Date: Fri, 20 Nov 2026 11:05:07 +0000", "",
                    "Final-Recipient: RFC822; orders@erinshelving.example", "Action: failed", "Status: 5.2.2",
                    "Diagnostic-Code: X-Local; 552 5.2.2 Mailbox full",
                    "Last-Attempt-Date: Tue, 24 Nov 2026 11:05:40 +0000"])
    hs = [("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx1.erinshelving.example>"),
          ("To", addr(*BUYERS[0])), ("Subject", "Returned mail: see transcript for details"),
          ("Date", rfc_date(2026, 11, 24, 11, 5, 41, "+0000")), ("Message-ID", "<202611241105.5AOB5f1K021877@mx1.erinshelving.example>"),
          ("Auto-Submitted", "auto-generated (failure)")]
    eml = bounce_msg(name, hs, [expl, dsn, rfc822_part(po)], "5AOB5f1K021877.1795518341/mx1.erinshelving.example")
    return [po], eml, exp("bounce", "Failure DSN from the supplier's domain (not a human reply); the original request with PO table is attached.")


@case("exim-plain-bounce", "bounce/tr-TR",
      "Exim 'Mail delivery failed: returning message to sender' plain text with the whole original request (headers and table) appended.")
def _(name):
    sup = S("TUZLMP", "Tuz Lamba Sanayi Ltd. Şti.", "siparis@tuzlamba.example", "tr-TR")
    po = PO("4510040210", sup, "EUR", "2026-11-27", [
        ("TLB-CEV-15", "Salt lamp base, walnut 15x15 cm, E14", 500, "PCS", "2.70", "2026-12-21"),
        ("TLB-KBL-18", "Cable with dimmer 1.8 m, 230V", 500, "PCS", "1.30", "2026-12-21"),
    ], req=(2026, 11, 27, 14, 10))
    orig = original(po).to_bytes().decode("utf-8")
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  siparis@tuzlamba.example
    host mail.tuzlamba.example [192.0.2.87]
    SMTP error from remote mail server after RCPT TO:<siparis@tuzlamba.example>:
    550 No such user - psmtp

------ This is a copy of the message, including all the headers. ------

{orig}"""
    hs = [("Return-Path", "<>"), ("From", f"Mail Delivery System <Mailer-Daemon@smtp2.{BDOM}>"),
          ("To", addr(*BUYERS[0])), ("Subject", "Mail delivery failed: returning message to sender"),
          ("Date", rfc_date(2026, 11, 27, 14, 10, 12, "+0000")), ("Message-ID", f"<E1vQx7A-000K2b-4T@smtp2.{BDOM}>"),
          ("X-Failed-Recipients", "siparis@tuzlamba.example"), ("Auto-Submitted", "auto-replied")]
    eml = message(hs, text(body, "plain", "utf-8", "8bit"))
    return [po], eml, exp("bounce", "Exim plain-text failure notice; everything PO-like is in the returned copy of our message.")


# ---------------------------------------------------------------- unrelated

@case("ch-zahlungserinnerung", "unrelated/de-CH",
      "Swiss payment reminder for an invoice on a different, older order (4510036642) from the same supplier as the open PO.")
def _(name):
    sup = S("SBENG2", "Seilbahn-Komponenten Uri AG", "debitoren@seilbahn-uri.example", "de-CH")
    po = PO("4510040230", sup, "CHF", "2026-11-25", [
        ("KLM-FX-36", "Feste Klemme für Seil Ø36 mm", 8, "EA", "3960.00", "2027-01-22"),
    ], buyer=1)
    body = """Sehr geehrte Damen und Herren

Bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgende Rechnung noch offen ist:

Rechnung Nr. 2026-10417 vom 05.10.2026, Ihre Bestellung 4510036642
Betrag: CHF 12'480.00, fällig am 04.11.2026

Wir bitten Sie, den Betrag innert 10 Tagen auf unser Konto IBAN CH93 0076 2011 6238 5295 7 zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben gekreuzt haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.

Freundliche Grüsse
Buchhaltung / Debitoren
Seilbahn-Komponenten Uri AG | Gotthardstrasse 44 | 6460 Altdorf | Tel. +41 41 555 20 30
"""
    eml = reply(name, po, ("Debitorenbuchhaltung", "debitoren@seilbahn-uri.example"), rfc_date(2026, 11, 26, 14, 0, 0, "+0100"),
                body, client="other", html=False, quote="none", threaded=False, charset="iso-8859-1",
                subject="1. Zahlungserinnerung - Rechnung 2026-10417", to=f"accounts@{BDOM}",
                extra=[("X-Mailer", "Abacus ERP 2026")])
    return [po], eml, exp("unrelated", "Payment reminder for an invoice on a different order; the open PO 4510040230 is not mentioned.")


@case("ca-infolettre", "unrelated/fr-CA",
      "HTML-only Quebec newsletter from the evaporator supplier with promo prices and dates until 15 décembre.")
def _(name):
    sup = S("EQACER2", "Évaporateurs Érablière Nord inc.", "ventes@erabliere-nord.example", "fr-CA")
    po = PO("4510040250", sup, "CAD", "2026-11-20", [
        ("EVP-3X10", "Évaporateur 3x10 pi, brûleur au bois", 1, "EA", "18900.00", "2027-01-29"),
        ("PRF-3X10", "Préchauffeur 3x10 pi, inox", 1, "EA", "3450.00", "2027-01-29"),
    ])
    doc = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Infolettre</title></head>
<body style="margin:0;background:#f3efe6"><table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="background:#7a3e12;color:#fff;padding:18px"><h1 style="margin:0">Saison des sucres 2027</h1><p>Infolettre de novembre</p></td></tr>
<tr><td style="padding:18px">
<h2>Préparez votre cabane!</h2>
<p>Nouveaux évaporateurs 2x6 et 3x10 pi à haut rendement : jusqu'à 15 % d'économie de bois.</p>
<p><b>Promotion des Fêtes</b> : 10 % de rabais sur les casseroles à plis et les thermomètres à sirop, commandes passées d'ici le 15 décembre 2026. Livraison à partir du 11 janvier 2027.</p>
<table cellpadding="6" style="border-collapse:collapse"><tr><td>Casserole à plis 2x3 pi</td><td>1 420,00 $ &rarr; <b>1 278,00 $</b></td></tr>
<tr><td>Thermomètre à sirop 12 po</td><td>89,00 $ &rarr; <b>80,10 $</b></td></tr></table>
<p>Venez nous voir au Salon de l'érable de Saint-Hyacinthe, les 5 et 6 décembre!</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:18px">Évaporateurs Érablière Nord inc. &middot; 220, rang Saint-Joseph, Sainte-Marie (Québec) G6E 3A8<br>
Vous recevez ce courriel car vous êtes client. <a href="https://erabliere-nord.example/desabonnement?u=bw1187">Se désabonner</a></td></tr>
</table></body></html>
"""
    eml = reply(name, po, ("Évaporateurs Érablière Nord", "infolettre@erabliere-nord.example"),
                rfc_date(2026, 11, 24, 7, 0, 0, "-0500"), "", client="other", html="only", html_only=doc, quote="none",
                threaded=False, subject="🍁 Saison des sucres 2027 : nouveautés et promotion des Fêtes",
                to=f"purchasing@{BDOM}",
                extra=[("List-Unsubscribe", "<https://erabliere-nord.example/desabonnement?u=bw1187>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailer", "Mailchimp Mailer - **CID7d3b0a11c93e**")])
    return [po], eml, exp("unrelated", "Marketing newsletter with promo prices and dates; it does not answer PO 4510040250.")


@case("fi-hinnasto-2027", "unrelated/fi-FI",
      "Finnish 2027 price list with an XLSX attachment from the supplier of an open PO; item codes and prices overlap the PO's.")
def _(name):
    sup = S("KELKKA", "Kelkkatela Suomi Oy", "myynti@kelkkatela.example", "fi-FI")
    po = PO("4510040270", sup, "EUR", "2026-11-23", [
        ("TRK-38-3500", "Snowmobile track 38x3500 mm (15x137 in), 1.5 in lug", 10, "EA", "498.00", "2026-12-18"),
        ("STUD-28-24", "Track studs 28 mm, pack of 24", 40, "BOX", "36.00", "2026-12-18"),
    ])
    rows = [["Tuote", "Kuvaus", "Yksikkö", "Hinta 2026 EUR", "Hinta 2027 EUR", "Voimassa"],
            ["TRK-38-3500", "Telamatto 38x3500 mm, 1.5 in", "kpl", 498.0, 512.0, "1.1.2027-31.12.2027"],
            ["TRK-38-3000", "Telamatto 38x3000 mm, 1.35 in", "kpl", 455.0, 468.0, "1.1.2027-31.12.2027"],
            ["STUD-28-24", "Nastat 28 mm, 24 kpl", "rs", 36.0, 37.5, "1.1.2027-31.12.2027"],
            ["SLD-600-27", "Liukukisko 600 mm", "pari", 88.0, 91.0, "1.1.2027-31.12.2027"]]
    x = make_xlsx(rows, "Hinnasto 2027", ts=(2026, 11, 30, 9, 0, 0))
    body = """Hyvä asiakas,

liitteenä hinnastomme vuodelle 2027. Uudet hinnat ovat voimassa 1.1.2027 alkaen; ennen 31.12.2026 vahvistetut tilaukset toimitetaan vanhoilla hinnoilla.

Ystävällisin terveisin
Kelkkatela Suomi Oy
Myynti | Sahatie 4, 90440 Kempele | puh. 08 555 1190
"""
    eml = reply(name, po, ("Kelkkatela Suomi Oy", "myynti@kelkkatela.example"), rfc_date(2026, 11, 30, 9, 12, 0, "+0200"),
                body, client="outlook", lang="fi-FI", quote="none", threaded=False, charset="iso-8859-15",
                subject="Hinnasto 2027 / Price list 2027", to=f"purchasing@{BDOM}",
                attachments=[attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Hinnasto_2027.xlsx")])
    return [po], eml, exp("unrelated", "General price list sent to all customers; the overlapping item codes and 2027 prices do not answer PO 4510040270.")


@case("mx-factura-otro-pedido", "unrelated/es-MX",
      "Mexican invoice (CFDI PDF) for an older order 4510037702 that was already delivered, from the supplier of an open PO.")
def _(name):
    sup = S("LUCPIS", "Luces de Pista Querétaro S.A. de C.V.", "facturacion@lucespista.example", "es-MX")
    po = PO("4510040290", sup, "USD", "2026-11-24", [
        ("LBP-LED-B", "Luz de borde de pista LED empotrada, azul", 24, "EA", "352.00", "2026-12-18"),
        ("TRF-100W", "Transformador de aislamiento 100 W, 6.6 A", 24, "EA", "71.00", "2026-12-18"),
    ])
    pdf = make_pdf([(14, True, "LUCES DE PISTA QUERETARO S.A. DE C.V."), "RFC LPQ091120AB3 - Av. 5 de Febrero 1820, Querétaro, Qro. C.P. 76120",
                    "", (12, True, "FACTURA A-18822"), "Fecha: 25/11/2026   Su pedido: 4510037702   Remisión: R-77190",
                    "UUID: 6F1B2C3D-4E5F-4A7B-9C8D-0E1F2A3B4C5D", "",
                    "Cant.  Clave        Descripción                               P. Unit. USD   Importe USD",
                    "36     LBP-LED-W    Luz de borde de pista LED elevada, blanca   296.00       10,656.00",
                    "36     TRF-AIS-200  Transformador de aislamiento 200 W          88.00        3,168.00",
                    "", "Subtotal USD 13,824.00   IVA 0%   Total USD 13,824.00", "Condiciones de pago: 30 días - Vencimiento 25/12/2026"],
                   title="Factura A-18822", author="CONTPAQi", date="D:20261125120000-06'00'", compress=True)
    body = """Estimado cliente:

Adjuntamos la factura electrónica A-18822 correspondiente a su pedido 4510037702 (remisión R-77190, entregado el 20/11/2026).

Atentamente,
Facturación
Luces de Pista Querétaro S.A. de C.V.
Tel. +52 442 555 3380
"""
    eml = reply(name, po, ("Facturación LPQ", "facturacion@lucespista.example"), rfc_date(2026, 11, 25, 12, 4, 10, "-0600"),
                body, client="other", html=False, quote="none", threaded=False, charset="iso-8859-1",
                subject="Factura A-18822 - Pedido 4510037702", to=f"accounts@{BDOM}",
                attachments=[attachment(pdf, "application/pdf", "A-18822.pdf")], extra=[("X-Mailer", "CONTPAQi Comercial")])
    return [po], eml, exp("unrelated", "Invoice for another, already delivered order (4510037702); the open PO 4510040290 is not addressed.")


@case("pl-wz-inny", "unrelated/pl-PL",
      "Polish delivery note (WZ) for a different order, with a Flate PDF listing shuttle items, quantities and a delivery date.")
def _(name):
    sup = S("TKPOL", "Warsztat Tkacki Nowak Sp.j.", "biuro@warsztat-nowak.example", "pl-PL")
    po = PO("4510040310", sup, "PLN", "2026-11-26", [
        ("CZL-JES-30", "Czółenko jesionowe 30 cm", 60, "PCS", "72.00", "2026-12-18"),
        ("CEW-8-OP", "Cewki 8 cm, opak. 10 szt.", 30, "BOX", "19.50", "2026-12-18"),
    ], buyer=1)
    pdf = make_pdf([(14, True, "Warsztat Tkacki Nowak Sp.j."), "ul. Tkacka 7, 95-200 Pabianice",
                    "", (12, True, "WZ 1187/11/2026 - Wydanie zewnetrzne"), "Data wydania: 27.11.2026   Zamowienie klienta: 4510038415",
                    "", "Lp.  Indeks       Nazwa                               Ilosc   J.m.",
                    "1    CZL-BUK-32   Czolenko bukowe 32 cm                 40    szt.",
                    "2    CEW-10-OP    Cewki 10 cm, opak. 10 szt.            20    op.",
                    "", "Przewoznik: DB Schenker, list przewozowy 5551029384"],
                   title="WZ 1187/11/2026", author="Subiekt GT", date="D:20261127140000+01'00'", compress=True)
    body = """Dzień dobry,

w załączeniu przesyłamy dokument WZ 1187/11/2026 do zamówienia 4510038415. Towar został wydany przewoźnikowi w dniu 27.11.2026.

Pozdrawiamy
Warsztat Tkacki Nowak Sp.j.
ul. Tkacka 7, 95-200 Pabianice, tel. +48 42 555 31 12
"""
    eml = reply(name, po, ("Warsztat Tkacki Nowak - magazyn", "biuro@warsztat-nowak.example"),
                rfc_date(2026, 11, 27, 14, 6, 30, "+0100"), body, client="other", html=False, quote="none", threaded=False,
                charset="iso-8859-2", subject="WZ 1187/11/2026 - zamówienie 4510038415",
                attachments=[attachment(pdf, "application/pdf", "WZ_1187_11_2026.pdf")])
    return [po], eml, exp("unrelated", "Delivery note for order 4510038415, not for the open PO 4510040310; its quantities and date are irrelevant.")
