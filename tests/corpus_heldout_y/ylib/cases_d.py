"""Cases 061-080."""
import html as _html

from .case import S, L, PO, C, case, reply, kw, next_md, wd, D, req_text, req_subject, req_date_hdr, org_of
from . import mime, docs


def request_msg(po, with_pdf=False):
    hs = [("From", mime.addr(po["buyer"]["name"], po["buyer"]["email"])),
          ("To", po["supplier"]["email"]),
          ("Subject", req_subject(po)),
          ("Date", req_date_hdr(po)),
          ("Message-ID", po["_mid"])]
    return mime.inner_message(hs, mime.text(req_text(po)))


def auto_headers(po):
    return [("In-Reply-To", po["_mid"]), ("References", po["_mid"]), ("Auto-Submitted", "auto-replied")]


# ------------------------------------------------------------------ 061
sup = S("MAHA", "Mahalaxmi Agro Chemicals Ltd.", "sales@mahalaxmiagro.example", "en-IN", "Mr Patil")
po = PO("GA-26-7763", sup, [
    L(1, "MANC-75WP-25", "Mancozeb 75 WP, bag 25 kg", 2000, "KG", "3.35", "2026-12-18"),
    L(2, "IMID-17.8SL-200", "Imidacloprid 17.8 SL, drum 200 l", 800, "L", "8.60", "2026-12-18"),
], org="greenacre", buyer="Sanne de Wit", currency="USD", issued="2026-11-13")
body = """Dear Madam,

Thank you for your valued PO No. GA-26-7763 dated 13/11/2026.

We regret to inform that as per our accounts department your account is presently on credit hold due to overdue invoices MAC/EXP/2526/0871 dated 02/09/2026 and MAC/EXP/2526/0894 dated 16/09/2026 (total USD 18,420.00, 45 days past due).

Kindly arrange the remittance at the earliest. We shall release the order and confirm the dispatch schedule immediately on receipt of payment.

Thanks & Regards,
Sandeep Patil
Manager - Exports
Mahalaxmi Agro Chemicals Ltd., Ankleshwar, Gujarat
"""
eml = reply(po, "Sandeep Patil", mime.date_hdr(2026, 11, 17, 12, 45, "+0530"), body, boundary_seed="y061",
            ua="Microsoft Outlook 16.0")
case("061-agchem-credit-hold", "needs_review", "en-IN",
     "Order held until overdue invoices are paid; invoice dates 02/09 and 16/09 and '45 days' are not delivery information.", [po], eml)

# ------------------------------------------------------------------ 062
sup = S("AUSVEND", "Aussie Vending Parts Pty Ltd", "shane@ausvendparts.example", "en-AU", "Shane")
po = PO("VS-PO-18899", sup, [
    L(1, "AVP-COIN-MECH", "Coin mechanism 6-tube, AUD/NZD", 4, "EA", "312.00", "2026-12-04"),
    L(2, "AVP-SPIRAL-24", "Product spiral 24 selections, right hand", 30, "EA", "14.20", "2026-12-04"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-13")
body = """No worries Kevin, will sort it and get back to you tomorrow with dates 👍

Sent from my iPhone
"""
eml = reply(po, "Shane O'Brien", mime.date_hdr(2026, 11, 16, 18, 2, "+1100"), body, client="apple", text_only=True,
            subject="Re: Purchase order VS-PO-18899 - please confirm", boundary_seed="y062",
            attribution="On 13 Nov 2026, at 7:14 pm, Kevin Osei <kevin.osei@voltaris.example> wrote:",
            ua="iPhone Mail (22B91)")
case("062-vending-mobile-one-liner", "needs_review", "en-AU",
     "A friendly mobile one-liner promising dates 'tomorrow'; no commitment yet.", [po], eml)

# ------------------------------------------------------------------ 063
sup = S("GRAFSUL", "Gráfica Embalagens Sul Ltda", "comercial@graficasul.example", "pt-BR", "Fernanda")
po = PO("CP26001645", sup, [
    L(1, "BULA-AMX-500", "Package insert Amoxicillin 500 mg, 2 colours", 200000, "EA", "0.0068", "2026-12-18"),
    L(2, "CART-AMX-500", "Folding carton Amoxicillin 500 mg x 21", 100000, "EA", "0.0590", "2026-12-18"),
], org="celvion", buyer="Lukas Meier", currency="USD", issued="2026-11-13")
proof = docs.pdf([
    "PROVA DIGITAL - PARA APROVACAO",
    "Cliente: Celvion Pharma AG            Pedido: CP26001645",
    "Item: CART-AMX-500  Cartucho Amoxicilina 500 mg x 21",
    "Formato: 95 x 32 x 125 mm   Cores: 4/0 + verniz   Papel: Duplex 300 g/m2",
    "Codigo Pharmacode: 4711   EAN: 7891234567895",
    None,
    "Versao 1 - 16/11/2026",
    "Aprovado por: ______________________   Data: ___/___/______",
    None,
    "ATENCAO: prazo de entrega conta a partir da aprovacao desta prova.",
], size=10, title="Prova CART-AMX-500 v1", producer="Adobe PDF Library 17.0")
body = """Olá Lukas, tudo bem?

Segue em anexo a prova digital do cartucho (CART-AMX-500) e da bula para aprovação.

Após a aprovação assinada, confirmamos o prazo de entrega - normalmente 15 dias úteis para cartuchos e 10 dias úteis para bulas.

Qualquer ajuste na arte, por favor nos avise.

Abraços,
Fernanda Rocha
Comercial | Gráfica Embalagens Sul - Caxias do Sul/RS
"""
eml = reply(po, "Fernanda Rocha", mime.date_hdr(2026, 11, 16, 15, 30, "-0300"), body, client="gmail",
            subject="Re: Purchase order CP26001645 - please confirm", boundary_seed="y063",
            attribution="Em sex., 13 de nov. de 2026 às 05:14, Lukas Meier <lukas.meier@celvion.example> escreveu:",
            attachments=[mime.attach(proof, "application/pdf", "PROVA_CART-AMX-500_v1.pdf")])
case("063-printed-packaging-proof-for-approval", "needs_review", "pt-BR",
     "Artwork proof attached for approval; lead times in working days count from an approval that has not happened, so no date is committed.", [po], eml)

# ------------------------------------------------------------------ 064
sup = S("PLASTBRNO", "Plastikov Brno s.r.o.", "obchod@plastikov.example", "cs-CZ", "Jana")
po = PO("4500231322", sup, [
    L(1, "BAG-PE-25KG-PRT", "PE valve bag for 25 kg granulate, printed", 500, "EA", "0.42", "2026-12-11"),
], buyer="Dana Ruiz", issued="2026-11-16")
body = """Dobrý den paní Ruiz,

obdrželi jsme od Vás dvě verze objednávky 4500231322 - v e-mailu z 16. 11. je 500 ks pytlů, v příloze PDF ale 800 ks a jiný potisk (verze B). Kterou verzi máme považovat za platnou?

Jakmile nám to potvrdíte, pošleme termín.

Děkuji a s pozdravem
Jana Svobodová
Plastikov Brno s.r.o.
"""
eml = reply(po, "Jana Svobodová", mime.date_hdr(2026, 11, 17, 9, 55), body, lang="cs", charset="windows-1250",
            boundary_seed="y064", ua="Microsoft Outlook 16.0", hdr_enc="Q")
case("064-bags-which-po-version-question", "needs_review", "cs-CZ",
     "Supplier asks which of two PO versions (500 vs 800 bags) is valid before giving a date; '25 kg' is the bag size.", [po], eml)

# ================================================================== auto replies

# ------------------------------------------------------------------ 065
sup = S("KUNSTW", "Kunststoffwerk Lahn GmbH", "m.becker@kunststoffwerk-lahn.example", "de-DE", "Herr Becker")
po = PO("4500231325", sup, [
    L(1, "POM-C-NAT", "POM-C natural, bags 25 kg", 3000, "KG", "2.65", "2026-12-11"),
], buyer="Dana Ruiz", issued="2026-11-16")
txt = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 27.11.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Vertriebsinnendienst: innendienst@kunststoffwerk-lahn.example, Tel. +49 6431 9120-0.

Mit freundlichen Grüßen
Michael Becker
"""
part = mime.multi("alternative", [mime.text(txt, charset="iso-8859-1"),
                                  mime.text("<html><body><p>" + _html.escape(txt).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>",
                                            "html", charset="iso-8859-1")], "_000_y065_ooo_")
eml = mime.message([("From", "Becker, Michael <m.becker@kunststoffwerk-lahn.example>"),
                    ("To", "Dana Ruiz <dana.ruiz@brenmoor.example>"),
                    ("Subject", "Automatische Antwort: Purchase order 4500231325 - please confirm"),
                    ("Date", mime.date_hdr(2026, 11, 16, 9, 15)),
                    ("Message-ID", "<a4f1c9e2b7d84c0e9f11ac2e5d3b7711@kunststoffwerk-lahn.example>"),
                    ] + auto_headers(po) + [("X-Auto-Response-Suppress", "All"),
                                            ("X-MS-Exchange-Inbox-Rules-Loop", "m.becker@kunststoffwerk-lahn.example")], part)
case("065-ooo-german-until-date", "auto_reply", "de-DE",
     "Exchange out-of-office in German; 'bis einschließlich 27.11.2026' is an absence date, not a delivery date.", [po], eml)

# ------------------------------------------------------------------ 066
sup = S("LAITFR", "Laiteries Fournitures du Centre", "c.martin@lfc-laiterie.example", "fr-FR", "Madame Martin")
po = PO("PO-26-01258", sup, [
    L(1, "MOUL-CAM-250", "Camembert mould 250 g, stainless", 400, "EA", "5.40", "2026-12-14"),
    L(2, "SEL-NACL-25", "Cheese salt, bag 25 kg", 80, "BAG", "11.90", "2026-12-14"),
], org="kessler", buyer="Tobias Reim", issued="2026-11-16")
txt = """Bonjour,

Je suis absente du bureau jusqu'au lundi 23 novembre inclus, avec un accès limité à ma messagerie.

Pour toute commande ou demande urgente, merci de contacter l'administration des ventes : adv@lfc-laiterie.example ou au 04 73 55 12 00.

Cordialement,
Claire Martin
"""
eml = mime.message([("From", mime.addr("Claire Martin", "c.martin@lfc-laiterie.example")),
                    ("To", "tobias.reim@kessler-food.example"),
                    ("Subject", mime.hdr_text("Réponse automatique : Purchase order PO-26-01258 - please confirm", "utf-8", "Q")),
                    ("Date", mime.date_hdr(2026, 11, 16, 9, 15)),
                    ("Message-ID", "<ooo.20261116081500.77c1@lfc-laiterie.example>"),
                    ] + auto_headers(po) + [("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
                   mime.text(txt, charset="utf-8"))
case("066-ooo-french-plain", "auto_reply", "fr-FR",
     "French out-of-office (plain text, QP) with the return date 'lundi 23 novembre' and a phone number; no order content.", [po], eml)

# ------------------------------------------------------------------ 067
sup = S("ALLIED", "Allied Components Corp.", "orders@alliedcomp.example", "en-US", "Order Management")
po = PO("VS-PO-18901", sup, [
    L(1, "AC-LM317-T", "Voltage regulator LM317 TO-220", 2000, "EA", "0.2100", "2026-12-11"),
    L(2, "AC-1N4007", "Rectifier diode 1N4007, reel 5000", 10000, "EA", "0.0105", "2026-12-11"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-16")
txt = """##- Please type your reply above this line -##

Hello Kevin Osei,

Thank you for contacting Allied Components. This is an automated response confirming that we have received your request (#48213) "Purchase order VS-PO-18901 - please confirm".

One of our Order Management specialists will review it and respond within 2 business days. Orders received before 2:00 PM CT are processed the same day.

To add information to this request, simply reply to this email. Please do not change the subject line.

Allied Components Corp. | Order Management
Ticket #48213 | Status: Open | Priority: Normal
"""
html = ("<html><body><div style='color:#b5b5b5'>##- Please type your reply above this line -##</div>"
        + "".join(f"<p>{_html.escape(p)}</p>" for p in txt.split("\n\n")[1:]) + "</body></html>")
part = mime.multi("alternative", [mime.text(txt), mime.text(html, "html")], "--==_mimepart_y067_48213")
eml = mime.message([("From", "Allied Components Order Management <support@alliedcomp.example>"),
                    ("Reply-To", "Allied Components Order Management <support+id48213@alliedcomp.example>"),
                    ("To", "Kevin Osei <kevin.osei@voltaris.example>"),
                    ("Subject", "[Allied Components] Re: Purchase order VS-PO-18901 - please confirm"),
                    ("Date", mime.date_hdr(2026, 11, 16, 8, 16, "-0600")),
                    ("Message-ID", "<8QZ4K2R9VX_6751c3a1d2b3e_48213_sprut@alliedcomp.example>"),
                    ] + auto_headers(po) + [("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "9a71c2")], part)
case("067-ticket-system-acknowledgment", "auto_reply", "en-US",
     "Helpdesk ticket acknowledgment ('we have received your request #48213, respond within 2 business days') with 'confirming' in the text but no order commitment.", [po], eml)

# ------------------------------------------------------------------ 068
sup = S("BENELUXB", "Benelux Bevestigingstechniek B.V.", "verkoop@bbt-bevestiging.example", "nl-NL", "Verkoop")
po = PO("4500231330", sup, [
    L(1, "HNG-CUP-35-110", "Cup hinge 35 mm 110 deg, per 100", 1500, "EA", "1.12", "2026-12-09"),
    L(2, "SLD-BB-400", "Ball-bearing slide 400 mm, pair", 250, "PR", "5.30", "2026-12-09"),
], buyer="Priya Raman", issued="2026-11-16")
txt = """Geachte relatie,

Dit is een automatisch bericht. Wij hebben uw e-mail in goede orde ontvangen.

Onze afdeling Orderverwerking behandelt uw bericht binnen 2 werkdagen. Bestellingen die vóór 12:00 uur binnenkomen worden dezelfde dag verwerkt; een orderbevestiging volgt per e-mail.

Let op: van 24 t/m 26 december en op 31 december is ons magazijn gesloten.

Met vriendelijke groet,
Benelux Bevestigingstechniek B.V.
Team Verkoop
"""
eml = mime.message([("From", "BBT Verkoop <verkoop@bbt-bevestiging.example>"),
                    ("To", "priya.raman@brenmoor.example"),
                    ("Subject", "Ontvangstbevestiging: Purchase order 4500231330 - please confirm"),
                    ("Date", mime.date_hdr(2026, 11, 16, 9, 14, "+0100", 47)),
                    ("Message-ID", "<autoack-20261116091447-5521@bbt-bevestiging.example>"),
                    ] + auto_headers(po) + [("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
                   mime.text(txt, charset="iso-8859-1"))
case("068-shared-inbox-received-dutch", "auto_reply", "nl-NL",
     "Shared-inbox 'uw e-mail is in goede orde ontvangen' ack; mentions an order confirmation to follow, 12:00 cut-off and Christmas closing dates.", [po], eml)

# ------------------------------------------------------------------ 069
sup = S("KYOSEI", "Kyosei Glass Co., Ltd.", "tanaka@kyosei-glass.example", "ja-JP", "Mr Tanaka")
po = PO("CP26001650", sup, [
    L(1, "KG-VIAL-5R", "Tubular vial 5R, clear, 20 mm", 40000, "EA", "0.0950", "2027-01-22"),
], org="celvion", buyer="Lukas Meier", issued="2026-11-16")
txt = """【自動返信】

いつもお世話になっております。協成硝子の田中です。

誠に恐れ入りますが、11月16日（月）〜11月20日（金）まで海外出張のため不在にしております。
11月24日（火）以降、順次ご返信いたします。

お急ぎの場合は、営業部（eigyo@kyosei-glass.example）までご連絡ください。

田中 誠
協成硝子株式会社 営業部
"""
eml = mime.message([("From", mime.addr("田中 誠", "tanaka@kyosei-glass.example", "iso-2022-jp")),
                    ("To", "lukas.meier@celvion.example"),
                    ("Subject", mime.encword("【自動返信】不在のお知らせ", "iso-2022-jp") + " Re: Purchase order CP26001650"),
                    ("Date", mime.date_hdr(2026, 11, 16, 17, 14, "+0900")),
                    ("Message-ID", "<20261116171402.A31F.TANAKA@kyosei-glass.example>"),
                    ] + auto_headers(po) + [("X-Mailer", "Becky! ver. 2.81.03")],
                   mime.text(txt, charset="iso-2022-jp", cte="7bit"))
case("069-ooo-japanese-iso2022jp", "auto_reply", "ja-JP",
     "Japanese out-of-office in ISO-2022-JP (7bit) with absence and return dates '11月24日（火）以降'; no Auto-Submitted header.", [po], eml)

# ------------------------------------------------------------------ 070
sup = S("SUOMIR", "Suomen Rengastukku Oy", "mikko.laine@rengastukku.example", "fi-FI", "Mikko")
po = PO("HL/26/0452", sup, [
    L(1, "NOK-2056516-WR", "Winter tyre 205/65 R16C studded", 40, "EA", "104.00", "2026-12-04"),
], org="harbour", buyer="Rachel Doyle", issued="2026-11-16")
txt = """Olen lomalla 30.11. asti. Viestejäni ei välitetä. Kiireellisissä tilausasioissa ota yhteyttä: myynti@rengastukku.example.

Jag är på semester till 30.11. Mina meddelanden vidarebefordras inte. I brådskande orderärenden, kontakta: myynti@rengastukku.example.

I am on holiday until 30 November. For urgent order matters please contact myynti@rengastukku.example.

Mikko Laine
Suomen Rengastukku Oy
"""
eml = mime.message([("From", "Mikko Laine <mikko.laine@rengastukku.example>"),
                    ("To", "rachel.doyle@harbourline.example"),
                    ("Subject", mime.hdr_text("Automaattinen vastaus: Purchase order HL/26/0452 - please confirm", "iso-8859-1", "Q")),
                    ("Date", mime.date_hdr(2026, 11, 16, 10, 14, "+0200")),
                    ("Message-ID", "<3b8f2a17c4e94d0aa1d2@EXCH02.rengastukku.example>"),
                    ] + auto_headers(po) + [("X-Auto-Response-Suppress", "All")],
                   mime.text(txt, charset="iso-8859-1", cte="quoted-printable"))
case("070-ooo-finnish-swedish-english", "auto_reply", "fi-FI",
     "Trilingual (Finnish/Swedish/English) holiday notice; '30.11.' is the return date; tyre size only in the quoted subject.", [po], eml)

# ================================================================== bounces

# ------------------------------------------------------------------ 071
sup = S("BRAKE", "Northern Brake & Tyre Ltd", "orders@northernbrake.example", "en-GB", "Sales")
po = PO("HL/26/0455", sup, [
    L(1, "NBT-2156517-C", "Tyre 215/65 R17C 108/106T", 16, "EA", "96.00", "2026-12-07"),
], org="harbour", buyer="Rachel Doyle", currency="GBP", issued="2026-11-17")
human = """This is the mail system at host mx1.harbourline.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@northernbrake.example>: host mx.northernbrake.example[203.0.113.25] said:
    550 5.1.1 <orders@northernbrake.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; mx1.harbourline.example
X-Postfix-Queue-ID: 4Fk9Qm2xY7z3T
X-Postfix-Sender: rfc822; rachel.doyle@harbourline.example
Arrival-Date: Tue, 17 Nov 2026 09:14:05 +0000 (GMT)

Final-Recipient: rfc822; orders@northernbrake.example
Original-Recipient: rfc822;orders@northernbrake.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.northernbrake.example
Diagnostic-Code: smtp; 550 5.1.1 <orders@northernbrake.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
part = mime.multi("report", [
    Part_ := mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human.encode()),
    mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
    mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], request_msg(po)),
], "4Fk9Qm2xY7z3T.1795338845/mx1.harbourline.example", params="; report-type=delivery-status", preamble=True)
eml = mime.message([("From", "MAILER-DAEMON@mx1.harbourline.example (Mail Delivery System)"),
                    ("To", "rachel.doyle@harbourline.example"),
                    ("Subject", "Undelivered Mail Returned to Sender"),
                    ("Date", mime.date_hdr(2026, 11, 17, 9, 14, "+0000", 6)),
                    ("Message-ID", "<20261117091406.4Fk9Qm2xY7z3T@mx1.harbourline.example>"),
                    ("Auto-Submitted", "auto-replied")], part)
case("071-postfix-dsn-user-unknown", "bounce", "en-GB",
     "Postfix DSN (5.1.1 user unknown) with the whole PO request attached as message/rfc822, so the PO lines and dates appear inside.", [po], eml)

# ------------------------------------------------------------------ 072
sup = S("OFFDEP", "OfficeDepot Direct Ireland", "orders@officedirect-ie.example", "en-IE", "Orders")
po = PO("HL/26/0457", sup, [
    L(1, "TON-KYO-TK5240K", "Toner Kyocera TK-5240K black", 10, "EA", "88.00", "2026-11-27"),
    L(2, "PAP-A4-100-PRM", "Premium paper A4 100 g/m2, box of 5 reams", 12, "BOX", "34.50", "2026-11-27"),
], org="harbour", buyer="Rachel Doyle", issued="2026-11-17")
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:orders@officedirect-ie.example">orders@officedirect-ie.example</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.</font></p>
<p><font color="#808080" size="2" face="Tahoma">Diagnostic information for administrators:</font></p>
<p><font color="#808080" size="2" face="Tahoma">Generating server: AM6PR02MB4471.eurprd02.prod.outlook.com<br>
<br>orders@officedirect-ie.example<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient orders@officedirect-ie.example not found by SMTP address lookup'<br>
<br>Original message headers:</font></p>
<pre>Message-ID: &lt;po-HL-26-0457.1@harbourline.example&gt;
Date: Tue, 17 Nov 2026 09:14:00 +0100
Subject: Purchase order HL/26/0457 - please confirm</pre>
</body></html>
"""
ds = """Reporting-MTA: dns;AM6PR02MB4471.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM6PR02MB4471.eurprd02.prod.outlook.com
Arrival-Date: Tue, 17 Nov 2026 08:14:01 +0000

Final-Recipient: rfc822;orders@officedirect-ie.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient orders@officedirect-ie.example not found by SMTP address lookup
"""
part = mime.multi("report", [
    mime.multi("alternative", [mime.text("Delivery has failed to these recipients or groups:\n\norders@officedirect-ie.example\nThe email address you entered couldn't be found.\n", charset="us-ascii"),
                               mime.text(html, "html", charset="us-ascii", cte="quoted-printable")],
               "_001_AM6PR02MB4471ndr_", preamble=False),
    mime.delivery_status(ds),
    mime.rfc822(request_msg(po)),
], "_002_AM6PR02MB4471ndr_", params="; report-type=delivery-status")
eml = mime.message([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourline.example>"),
                    ("To", "Rachel Doyle <rachel.doyle@harbourline.example>"),
                    ("Subject", "Undeliverable: Purchase order HL/26/0457 - please confirm"),
                    ("Date", mime.date_hdr(2026, 11, 17, 8, 14, "+0000", 3)),
                    ("Message-ID", "<8a2c1b7e-2f11-4d3a-9b7d-0c1e8f6d4471@AM6PR02MB4471.eurprd02.prod.outlook.com>"),
                    ("In-Reply-To", po["_mid"]), ("References", po["_mid"]),
                    ("Auto-Submitted", "auto-replied"),
                    ("X-MS-Exchange-Message-Is-Ndr", "")], part)
case("072-exchange-ndr-recipient-not-found", "bounce", "en-IE",
     "Exchange Online NDR ('Undeliverable:', 550 5.1.10 RecipientNotFound) in HTML, threaded on the PO request.", [po], eml)

# ------------------------------------------------------------------ 073
sup = S("BEHRENS", "Behrens Laborbedarf GmbH", "bestellung@behrens-labor.example", "de-DE", "Frau Behrens")
po = PO("CP26001655", sup, [
    L(1, "BL-SCHOTT-1000", "Laboratory bottle 1000 ml GL 45", 120, "EA", "4.90", "2026-12-09"),
], org="celvion", buyer="Lukas Meier", issued="2026-11-17")
human = """Dies ist eine automatisch erstellte Nachricht des Mailsystems.
This message was created automatically by mail delivery software.

Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.
A message that you sent could not be delivered to one or more of its recipients.

  bestellung@behrens-labor.example
    Postfach des Empfängers ist voll / mailbox is full
    SMTP error from remote server for RCPT TO command, host: mx00.behrens-labor.example reason:
    552 5.2.2 <bestellung@behrens-labor.example>: Mailbox full - quota exceeded (2048 MB / 2048 MB)
"""
ds = """Reporting-MTA: dns; mout.celvion.example

Final-Recipient: rfc822;bestellung@behrens-labor.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx00.behrens-labor.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
"""
part = mime.multi("report", [mime.text(human, charset="utf-8"), mime.delivery_status(ds),
                             mime.rfc822(request_msg(po))], "y073-dsn-quota-0K4yQ7",
                  params="; report-type=delivery-status")
eml = mime.message([("From", "Mail Delivery System <MAILER-DAEMON@mout.celvion.example>"),
                    ("To", "lukas.meier@celvion.example"),
                    ("Subject", "Mail delivery failed: returning message to sender"),
                    ("Date", mime.date_hdr(2026, 11, 17, 9, 14, "+0100", 31)),
                    ("Message-ID", "<E1vKq7S-0004Zt-Hk@mout.celvion.example>"),
                    ("Auto-Submitted", "auto-replied")], part)
case("073-quota-full-german-english", "bounce", "de-DE",
     "Bilingual German/English bounce for a full mailbox (552 5.2.2); numbers like 2048 MB are quota sizes.", [po], eml)

# ------------------------------------------------------------------ 074
sup = S("SOLTEC", "Soltec Vision S.L.", "pedidos@soltecvision.example", "es-ES", "Pedidos")
po = PO("VS-PO-18905", sup, [
    L(1, "SV-PTZ-4K", "PTZ camera 4K, 30x zoom", 6, "EA", "890.00", "2026-12-16"),
    L(2, "SV-LIC-AI-1Y", "AI analytics licence, 1 year", 6, "EA", "120.00", "2026-12-16"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-17")
human = """** Address not found **

Your message wasn't delivered to pedidos@soltecvision.example because the domain soltecvision.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of soltecvision.example responded with code NXDOMAIN
Domain name not found: soltecvision.example
"""
ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; kevin.osei@voltaris.example
Arrival-Date: Tue, 17 Nov 2026 07:14:02 -0800 (PST)
X-Original-Message-ID: <po-VS-PO-18905.1@voltaris.example>

Final-Recipient: rfc822; pedidos@soltecvision.example
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of soltecvision.example responded with code NXDOMAIN
Last-Attempt-Date: Tue, 17 Nov 2026 07:14:03 -0800 (PST)
"""
hdrs_only = ("From: Kevin Osei <kevin.osei@voltaris.example>\nTo: pedidos@soltecvision.example\n"
             "Subject: Purchase order VS-PO-18905 - please confirm\nDate: Tue, 17 Nov 2026 09:14:00 -0600\n"
             "Message-ID: <po-VS-PO-18905.1@voltaris.example>\n").encode()
part = mime.multi("report", [
    mime.multi("related", [mime.multi("alternative", [mime.text(human),
                                                      mime.text("<html><body><h2>Address not found</h2><p>" + _html.escape(human).replace("\n\n", "</p><p>") + "</p></body></html>", "html", cte="quoted-printable")],
                                      "000000000000a1b2c3y074alt", preamble=False)],
               "000000000000a1b2c3y074rel", preamble=False),
    mime.delivery_status(ds),
    mime.rfc822(hdrs_only, headers_only=True),
], "000000000000a1b2c3y074rep", params="; report-type=delivery-status", preamble=False)
eml = mime.message([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                    ("To", "kevin.osei@voltaris.example"),
                    ("Subject", "Delivery Status Notification (Failure)"),
                    ("Date", mime.date_hdr(2026, 11, 17, 7, 14, "-0800", 3)),
                    ("Message-ID", "<6751c3a1.050a0220.2a7f1.9b71.GMR@mx.google.com>"),
                    ("In-Reply-To", po["_mid"]), ("References", po["_mid"]),
                    ("Auto-Submitted", "auto-replied")], part)
case("074-gmail-dsn-domain-not-found", "bounce", "es-ES",
     "Gmail-style 'Address not found' DSN (NXDOMAIN, 5.1.2) with only the original headers attached (text/rfc822-headers).", [po], eml)

# ------------------------------------------------------------------ 075
sup = S("MARMARA", "Marmara Seramik A.Ş.", "export@marmaraseramik.example", "tr-TR", "Export")
po = PO("4500231335", sup, [
    L(1, "MS-60x60-WHT", "Porcelain tile 60x60 white polished", 576, "M2", "13.60", "2027-01-15"),
], buyer="Priya Raman", issued="2026-11-16")
human = """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

       export@marmaraseramik.example

Message will be retried for 4 more day(s).

Reason: 451 4.4.1 Connection timed out (mx.marmaraseramik.example)
"""
ds = """Reporting-MTA: dns; relay2.brenmoor.example
Arrival-Date: Mon, 16 Nov 2026 09:14:00 +0100

Final-Recipient: rfc822; export@marmaraseramik.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 451 4.4.1 Connection timed out
Will-Retry-Until: Sat, 21 Nov 2026 09:14:00 +0100
"""
part = mime.multi("report", [mime.text(human), mime.delivery_status(ds), mime.rfc822(request_msg(po))],
                  "9B095B5ADSN=_01DB3A44F1C0A2E800000001relay2", params="; report-type=delivery-status")
eml = mime.message([("From", "postmaster@relay2.brenmoor.example"),
                    ("To", "priya.raman@brenmoor.example"),
                    ("Subject", "Delivery Status Notification (Delay)"),
                    ("Date", mime.date_hdr(2026, 11, 16, 13, 15)),
                    ("Message-ID", "<DSN-delay-20261116131500-01DB3A44@relay2.brenmoor.example>"),
                    ("Auto-Submitted", "auto-replied")], part)
case("075-dsn-delayed-warning", "bounce", "tr-TR",
     "A delay warning DSN (Action: delayed, 4.4.1, retry until 21 Nov); not a reply from the Turkish supplier at all.", [po], eml)

# ================================================================== unrelated

# ------------------------------------------------------------------ 076
sup = S("BUDPAD", "Budellerie Padane S.p.A.", "ordini@budellerie-padane.example", "it-IT", "Sig. Rinaldi")
po = PO("PO-26-01262", sup, [
    L(1, "BUD-MAN-43", "Beef middle casing cal. 43/46, salted", 40, "BDL", "52.00", "2026-12-10"),
], org="kessler", buyer="Jana Brandt", issued="2026-11-16")
html = """<html><head><meta charset="utf-8"><title>Budellerie Padane - Novembre 2026</title></head>
<body style="margin:0;background:#f3efe8">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:24px;background:#7a1f1f;color:#fff"><h1 style="margin:0">Budellerie Padane &mdash; Notizie di novembre</h1></td></tr>
<tr><td style="padding:24px">
<h2>Ci vediamo a IFFA?</h2>
<p>Gentile cliente, anche quest'anno saremo presenti in fiera, Padiglione 12.1, stand C41. Prenota un appuntamento con il nostro team commerciale!</p>
<h2>Mercato dei budelli naturali</h2>
<p>Le quotazioni dei budelli suini calibro 28/30 e 30/32 restano stabili; per il budello bovino (calibro 43/46) prevediamo un aumento del 5&ndash;7&nbsp;% dal 1&deg; gennaio 2027 a causa della minore disponibilit&agrave; dal Sud America.</p>
<h2>Chiusura natalizia</h2>
<p>I nostri uffici resteranno chiusi dal 24/12/2026 al 06/01/2027. Gli ordini ricevuti entro il 15/12 saranno evasi prima delle feste.</p>
<p style="font-size:11px;color:#888">Ricevi questa newsletter perch&eacute; sei cliente di Budellerie Padane S.p.A. &mdash; <a href="https://budellerie-padane.example/unsubscribe?u=8812">Annulla l'iscrizione</a></p>
</td></tr></table></body></html>
"""
text = """Budellerie Padane - Notizie di novembre

Ci vediamo a IFFA? Padiglione 12.1, stand C41.

Mercato dei budelli naturali: quotazioni suini 28/30 e 30/32 stabili; bovino 43/46 +5-7 % dal 1° gennaio 2027.

Chiusura natalizia: dal 24/12/2026 al 06/01/2027. Ordini ricevuti entro il 15/12 evasi prima delle feste.

Annulla l'iscrizione: https://budellerie-padane.example/unsubscribe?u=8812
"""
part = mime.multi("alternative", [mime.text(text), mime.text(html, "html")], "b1_y076_nl_8812", preamble=False)
eml = mime.message([("From", "Budellerie Padane <newsletter@budellerie-padane.example>"),
                    ("To", "jana.brandt@kessler-food.example"),
                    ("Subject", "Novembre 2026: IFFA, mercato budelli e chiusura natalizia"),
                    ("Date", mime.date_hdr(2026, 11, 18, 7, 0)),
                    ("Message-ID", "<nl-2026-11.8812.jana@mailer.budellerie-padane.example>"),
                    ("List-Unsubscribe", "<https://budellerie-padane.example/unsubscribe?u=8812>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")], part)
case("076-casings-newsletter-same-supplier", "unrelated", "it-IT",
     "Newsletter from the same casing supplier we have an open PO with: calibre 43/46 matches our line, price outlook and holiday dates, but it answers nothing.", [po], eml)

# ------------------------------------------------------------------ 077
sup = S("HALLAM", "Hallam Workwear Ltd", "accounts@hallamworkwear.example", "en-GB", "Accounts")
po = PO("HL/26/0460", sup, [
    L(1, "HW-PARKA-L", "Hi-vis parka, size L", 30, "EA", "42.00", "2026-12-04"),
    L(2, "HW-PARKA-XL", "Hi-vis parka, size XL", 20, "EA", "42.00", "2026-12-04"),
], org="harbour", buyer="Rachel Doyle", currency="GBP", issued="2026-11-17")
inv = docs.pdf([
    "HALLAM WORKWEAR LTD                                   INVOICE",
    "Unit 4, Parkway Industrial Estate, Sheffield S9 3WY     VAT GB 284 1170 22",
    None,
    "Invoice no.:   SI-118734             Invoice date:  18/11/2026",
    "Customer:      Harbourline Facilities plc          Account: HAR001",
    "Your order:    HL/26/0377            Delivery note: DN-66120 (13/11/2026)",
    None,
    "Qty   Code           Description                        Unit      Total",
    " 25   HW-TROU-32R    Work trousers navy 32R             18.50     462.50",
    " 25   HW-TROU-34R    Work trousers navy 34R             18.50     462.50",
    " 40   HW-POLO-L      Polo shirt hi-vis yellow L          9.80     392.00",
    None,
    "                                         Net             1,317.00",
    "                                         VAT 20%           263.40",
    "                                         TOTAL GBP       1,580.40",
    None,
    "Payment terms: 30 days from invoice date - due 18/12/2026.",
    "Bank: Lloyds, sort code 30-96-26, account 41177291",
], font="Courier", size=9, title="Invoice SI-118734", producer="Sage 50 Accounts")
body = """Dear Customer,

Please find attached invoice SI-118734 for your order HL/26/0377.

Payment is due by 18/12/2026. If you have any questions about this invoice please reply to this email.

Kind regards
Accounts Department
Hallam Workwear Ltd
"""
part = mime.multi("mixed", [mime.text(body), mime.attach(inv, "application/pdf", "SI-118734.pdf")],
                  "----=_Part_y077_118734")
eml = mime.message([("From", "Hallam Workwear Accounts <accounts@hallamworkwear.example>"),
                    ("To", "rachel.doyle@harbourline.example"),
                    ("Subject", "Invoice SI-118734 - your order HL/26/0377"),
                    ("Date", mime.date_hdr(2026, 11, 18, 11, 2, "+0000")),
                    ("Message-ID", "<SI-118734.20261118110200@hallamworkwear.example>")], part)
case("077-workwear-invoice-other-order", "unrelated", "en-GB",
     "Invoice PDF from the same workwear supplier for an older order HL/26/0377 (not our open HL/26/0460), with quantities, prices and a due date.", [po], eml)

# ------------------------------------------------------------------ 078
sup = S("WESTF", "Westfalen Draht & Kabel GmbH", "versand@westfalendraht.example", "de-DE", "Versand")
po = PO("4500231340", sup, [
    L(1, "WDK-NYM-5x1.5", "Cable NYM-J 5x1.5 mm2, ring 50 m", 40, "RNG", "38.50", "2026-12-09"),
], buyer="Oskar Lind", issued="2026-11-17")
txt = """Sehr geehrte Damen und Herren,

wir haben heute folgende Sendung an Sie übergeben:

Lieferschein:      8040217733
Ihre Bestellung:   4500230987 vom 21.10.2026
Packstücke:        2 Paletten, 684 kg
Spediteur:         Dachser, Sendungsnr. 7712 0044 9918
Voraussichtliche Zustellung: Donnerstag, 19.11.2026

Pos. 10  NYY-J 3x2,5 mm2   1.500 m
Pos. 20  NYM-J 3x1,5 mm2   2.000 m

Mit freundlichen Grüßen
Westfalen Draht & Kabel GmbH - Versand
"""
eml = mime.message([("From", "Westfalen Draht & Kabel Versand <versand@westfalendraht.example>"),
                    ("To", "oskar.lind@brenmoor.example"),
                    ("Subject", mime.hdr_text("Versandavis Lieferschein 8040217733 zu Bestellung 4500230987", "iso-8859-1", "Q")),
                    ("Date", mime.date_hdr(2026, 11, 18, 14, 20)),
                    ("Message-ID", "<avis.8040217733@westfalendraht.example>"),
                    ("Auto-Submitted", "auto-generated")], mime.text(txt, charset="iso-8859-1"))
case("078-cable-shipping-notice-other-po", "unrelated", "de-DE",
     "Shipping notice (Versandavis) for older order 4500230987 from the same supplier; PO number differs from the open 4500231340 by a few digits and has delivery date and quantities.", [po], eml)

# ------------------------------------------------------------------ 079
sup = S("AGROLEV", "Agroquímica Levante S.L.", "comercial@agrolevante.example", "es-ES", "Comercial")
po = PO("GA-26-7765", sup, [
    L(1, "AL-SULF-80WG", "Sulphur 80 WG, bag 25 kg", 1000, "KG", "1.95", "2026-12-15"),
], org="greenacre", buyer="Sanne de Wit", issued="2026-11-17")
xl = docs.xlsx([
    ["Agroquímica Levante S.L. - Tarifa de precios 2027"],
    ["Válida del 01/01/2027 al 31/12/2027. Precios en EUR, DAP, IVA no incluido."],
    [],
    ["Código", "Producto", "Envase", "Precio/ud", "Unidad"],
    ["AL-SULF-80WG", "Azufre 80 WG", "Saco 25 kg", 2.05, "kg"],
    ["AL-CU-50WP", "Oxicloruro de cobre 50 WP", "Saco 10 kg", 6.40, "kg"],
    ["AL-GLY-360", "Glifosato 360 SL", "IBC 1000 l", 4.90, "l"],
    ["AL-GLY-360", "Glifosato 360 SL", "Bidón 200 l", 5.10, "l"],
    ["AL-ADJ-SIL", "Coadyuvante siliconado", "Garrafa 20 l", 11.60, "l"],
], sheet="Tarifa 2027", when=(2026, 11, 18, 9, 0, 0))
body = """Estimados clientes:

Adjuntamos nuestra tarifa de precios para 2027, válida a partir del 1 de enero de 2027.

Los pedidos recibidos hasta el 31 de diciembre de 2026 se facturarán a la tarifa vigente.

Atentamente,
Departamento Comercial
Agroquímica Levante S.L. - Valencia
"""
part = mime.multi("mixed", [mime.text(body, charset="iso-8859-1"),
                            mime.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Tarifa_2027.xlsx")],
                  "----=_NextPart_y079_tarifa")
eml = mime.message([("From", mime.addr("Agroquímica Levante", "comercial@agrolevante.example", "iso-8859-1", "Q")),
                    ("To", "sanne.de.wit@greenacre.example"),
                    ("Subject", "Tarifa de precios 2027"),
                    ("Date", mime.date_hdr(2026, 11, 18, 9, 30)),
                    ("Message-ID", "<tarifa2027.0001@agrolevante.example>"),
                    ("Precedence", "bulk")], part)
case("079-agchem-price-list-2027", "unrelated", "es-ES",
     "Price list 2027 XLSX from the same supplier including our ordered item at a new price; it is a general mailing, not an answer to GA-26-7765.", [po], eml)

# ------------------------------------------------------------------ 080
sup = S("SGDIST", "Lion City Electronics Pte Ltd", "ar@lioncityelec.example", "en-SG", "AR")
po = PO("VS-PO-18910", sup, [
    L(1, "LCE-ESP32-S3", "Wi-Fi module ESP32-S3-WROOM-1 N8R8", 1500, "EA", "3.2500", "2026-12-18"),
    L(2, "LCE-CH340C", "USB-UART CH340C SOP-16, reel 2500", 2500, "EA", "0.2900", "2026-12-18"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-17")
body = """Dear Sir/Madam,

STATEMENT OF ACCOUNT AS AT 31 OCT 2026
Customer: Voltaris Systems Inc. (A/C VOL-0042)

Date        Invoice     Your PO        Amount USD   Due Date    Status
----------  ----------  -------------  -----------  ----------  -----------
02/09/2026  INV-260911  VS-PO-18602       4,812.50  02/10/2026  OVERDUE
18/09/2026  INV-260987  VS-PO-18655       1,250.00  18/10/2026  OVERDUE
07/10/2026  INV-261044  VS-PO-18710       7,330.00  06/11/2026  DUE
21/10/2026  INV-261102  VS-PO-18744       2,905.75  20/11/2026  NOT DUE
                                        -----------
Total outstanding                        16,298.25

Kindly arrange payment for the overdue amounts. Please ignore this statement if payment has been made.

Thank you.
Accounts Receivable
Lion City Electronics Pte Ltd | 10 Ubi Crescent #05-12 Singapore 408564
"""
eml = mime.message([("From", "Lion City Electronics AR <ar@lioncityelec.example>"),
                    ("To", "kevin.osei@voltaris.example"),
                    ("Subject", "Statement of Account - October 2026 - VOL-0042"),
                    ("Date", mime.date_hdr(2026, 11, 18, 10, 5, "+0800")),
                    ("Message-ID", "<soa.VOL-0042.202610@lioncityelec.example>")], mime.text(body))
case("080-electronics-statement-of-account", "unrelated", "en-SG",
     "Statement of account listing day-first dated invoices for older POs VS-PO-186xx/187xx, while VS-PO-18910 is the open one.", [po], eml)
