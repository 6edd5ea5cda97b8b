"""Cases 048-070: mails that must not confirm (needs_review, auto_reply, bounce, unrelated)."""
import datetime as dt

from .common import (case, sup, PO, expect, reply, oq, gq, req_text, req_subject, req_html, req_dt,
                     request_eml, rfcdate, addr, ew)
from . import mime
from .mime import hx, alnum
from .pdf import make_pdf
from .xlsx import make_xlsx


# ------------------------------------------------------------------ needs_review

@case("rueckfrage-schraubenlaenge", "needs_review/de-DE",
      "German question about M10x40 vs M10x45 bolts; the supplier will confirm only after our answer.")
def n_de():
    s = sup("KAMMBRE", "Kammtechnik Bremen GmbH", "vertrieb@kammtechnik-bremen.example", "de-DE")
    po = PO("4500032310", s, "EUR", "2026-11-20", [
        ("KT-KP-600", "Kammplatte 600 mm Stufenbreite, Alu eloxiert", 24, "EA", "96.00", "2026-12-16"),
        ("KT-SCR-M10", "Zylinderschraube M10x40, 8.8, verzinkt", 400, "PCS", "0.34", "2026-12-16")],
        buyer="martin")
    body = """Hallo Herr Keller,

danke für die Bestellung 4500032310. Bevor wir bestätigen, eine Rückfrage
zu Pos. 2: Sie bestellen Schrauben M10x40, auf Ihrer Zeichnung KT-600-03
Rev. C steht aber M10x45. Welche Länge soll es sein?

Die Kammplatten könnten wir grundsätzlich bis KW 51 liefern. Sobald Ihre
Antwort da ist, schicken wir die Auftragsbestätigung.

Viele Grüße
Sandra Böhm
Vertriebsinnendienst
Kammtechnik Bremen GmbH | Hansestraße 21 | 28217 Bremen
Tel. +49 421 555 38-14

""" + oq(po, "de")
    eml = reply(po=po, frm=("Sandra Böhm", "s.boehm@kammtechnik-bremen.example"), seed="bt048",
                date=rfcdate(2026, 11, 24, 10, 11, 3, "+0100"), body=body, client="o365", lang="de-DE",
                prefix="AW:")
    return [po], eml, expect("needs_review",
                             "A question about the bolt length; 'könnten ... bis KW 51 liefern' is conditional and the AB is promised only after our answer.")


@case("reviendrons-semaine-prochaine", "needs_review/fr-BE",
      "Belgian French 'nous reviendrons vers vous la semaine prochaine': received, nothing confirmed yet.")
def n_frbe():
    s = sup("EMAUXWAL", "Émaux de Wallonie SRL", "commandes@emaux-wallonie.example", "fr-BE")
    po = PO("4500032340", s, "EUR", "2026-11-23", [
        ("EW-BLEU-1250", "Émail bleu de cobalt 1250 °C, poudre", 40, "KG", "22.50", "2026-12-18"),
        ("EW-BLANC-MAT", "Émail blanc mat 1220 °C, seau 5 kg", 12, "EA", "61.00", "2026-12-18")], buyer="elena")
    body = """Bonjour Madame Costa,

Nous avons bien reçu votre commande 4500032340 et nous vous en remercions.

Notre fournisseur de frittes ne nous a pas encore communiqué sa date de
livraison ; nous reviendrons vers vous la semaine prochaine avec une
confirmation des délais et des prix.

Bien à vous,

Sébastien Lambert
Émaux de Wallonie SRL
Rue de la Station 45, 7100 La Louvière
Tél. +32 64 55 81 20

""" + oq(po, "fr")
    eml = reply(po=po, frm=("Sébastien Lambert", "commandes@emaux-wallonie.example"), seed="bt049",
                date=rfcdate(2026, 11, 26, 16, 3, 27, "+0100"), body=body, client="o365", lang="fr-BE",
                prefix="RE :")
    return [po], eml, expect("needs_review",
                             "Acknowledges receipt only and promises an answer next week; quoted request values must not be taken as confirmed.")


@case("body-vs-pdf-date", "needs_review/en-US",
      "Body says delivery 12/14 (as ordered) but the attached acknowledgment PDF says 12/21/2026: contradictory.")
def n_contra():
    s = sup("LOOPTECH", "LoopTech Audio Systems Inc.", "orders@looptech-audio.example", "en-US")
    po = PO("4500032360", s, "USD", "2026-11-23", [
        ("LT-AMP-250", "Hearing loop driver 250 m2, 24V, rack mount 1U", 6, "EA", "845.00", "2026-12-14"),
        ("LT-CBL-2.5", "Loop cable 2.5 mm2 flat, 100 ft", 10, "ROL", "64.00", "2026-12-14")], buyer="priya")
    pdf = make_pdf([
        "**LoopTech Audio Systems Inc.",
        "480 Commerce Park Dr, Ann Arbor, MI 48108",
        "",
        "**SALES ORDER ACKNOWLEDGMENT  SO-118274",
        "Customer PO: 4500032360        Order date: 11/23/2026",
        "",
        "Ln  Item         Description                        Qty   UM   Price      Ext.",
        "1   LT-AMP-250   Loop driver 250 m2, 24V, 1U          6   EA   845.00   5,070.00",
        "2   LT-CBL-2.5   Loop cable 2.5 mm2 flat, 100 ft     10   RL    64.00     640.00",
        "",
        "Ship date: 12/17/2026      Delivery date: 12/21/2026",
        "Total: USD 5,710.00",
    ], title="Sales Order Acknowledgment SO-118274", author="LoopTech", compress=True,
        date="D:20261125150000-05'00'")
    body = """Hi Priya,

PO 4500032360 is confirmed, all lines at your prices. We ship 12/10 for
delivery 12/14. Our SO acknowledgment is attached for your records.

Best,
Megan Holt
Customer Service | LoopTech Audio Systems Inc.
(734) 555-0126

""" + gq(po, "On Mon, Nov 23, 2026 at 4:14 AM Priya Nair <priya.nair@buyer.example> wrote:")
    eml = reply(po=po, frm=("Megan Holt", "megan.holt@looptech-audio.example"), seed="bt050",
                date=rfcdate(2026, 11, 25, 15, 22, 40, "-0500"), body=body, client="gmail", lang="en-US",
                prefix="Re:", attachments=[("SO-118274_ACK.pdf", "application/pdf", pdf)])
    return [po], eml, expect("needs_review",
                             "Body promises delivery 12/14 but the attached acknowledgment states ship 12/17 and delivery 12/21/2026; a careful buyer cannot tell which holds.")


@case("noted-thanks-only", "needs_review/en-SG",
      "A bare 'Noted, thanks.' above the quoted request: every value is only in our own quoted text.")
def n_noted():
    s = sup("LUMINA", "Lumina Cinema Supplies Pte Ltd", "orders@luminacinema.example", "en-SG")
    po = PO("4500032380", s, "USD", "2026-11-24", [
        ("LC-XL-6000", "Xenon lamp 6000 W, IMAX-class, 2027 batch", 2, "EA", "3150.00", "2026-12-21"),
        ("LC-REF-350", "Cold mirror reflector 350 mm", 2, "EA", "780.00", "2026-12-21")], buyer="priya")
    body = """Noted, thanks.

Regards,
Wei Ling Tan
Lumina Cinema Supplies Pte Ltd
10 Ubi Crescent, #05-48 Ubi Techpark, Singapore 408564
T: +65 6555 2190

""" + oq(po, "en")
    eml = reply(po=po, frm=("Tan Wei Ling", "weiling.tan@luminacinema.example"), seed="bt051",
                date=rfcdate(2026, 11, 26, 18, 9, 54, "+0800"), body=body, client="o365", lang="en-SG",
                prefix="RE:")
    return [po], eml, expect("needs_review",
                             "'Noted' acknowledges receipt but does not commit; quantities, prices and dates appear only in our quoted request.")


@case("lagbhag-mid-december", "needs_review/hi-IN",
      "Hindi/English mix: delivery 'लगभग दिसंबर के मध्य तक' (roughly mid-December), firm date to follow.")
def n_hi():
    s = sup("SHREEGAN", "Shree Ganesh Steel Furniture Pvt. Ltd.", "sales@shreeganeshsteel.example", "hi-IN")
    po = PO("4500032400", s, "USD", "2026-11-24", [
        ("SG-LKR-6D", "Steel locker 6 door, 1850x900x450 mm", 30, "EA", "118.00", "2026-12-15"),
        ("SG-LKR-12D", "Steel locker 12 door, 1850x900x450 mm", 20, "EA", "146.00", "2026-12-15")], buyer="jonas")
    body = """नमस्ते Jonas जी,

आपका PO 4500032400 मिल गया है, धन्यवाद। रेट्स ठीक हैं। डिलीवरी लगभग
दिसंबर के मध्य तक हो जाएगी, पक्की तारीख हम प्रोडक्शन प्लान बनने के
बाद बताएंगे।

Regards,
Rakesh Sharma
Sales Manager
Shree Ganesh Steel Furniture Pvt. Ltd.
Plot 57, Sector 6, Faridabad - 121006, Haryana
Mob. +91 98110 55342

""" + gq(po, "On Tue, 24 Nov 2026 at 14:44, Jonas Weber <jonas.weber@buyer.example> wrote:")
    eml = reply(po=po, frm=("Rakesh Sharma", "rakesh@shreeganeshsteel.example"), seed="bt052",
                date=rfcdate(2026, 11, 27, 11, 48, 17, "+0530"), body=body, client="gmail", lang="hi-IN",
                prefix="Re:")
    return [po], eml, expect("needs_review",
                             "Only an approximate 'around mid-December' with the firm date promised later; rates OK but no commitment to dates.")


@case("prepayment-condition", "needs_review/ar-AE",
      "Arabic windows-1256 reply confirms 'on condition of 50% advance payment': a condition, not a commitment.")
def n_ar():
    s = sup("GULFCIN", "Gulf Cinema Interiors LLC", "sales@gulfcinema.example", "ar-AE")
    po = PO("4500032420", s, "USD", "2026-11-25", [
        ("GC-VIP-BED", "VIP recliner bed seat, 24V dual motor", 24, "EA", "1320.00", "2027-01-22"),
        ("GC-TBL-SWV", "Swivel side table for VIP seat", 24, "EA", "96.00", "2027-01-22")], buyer="elena")
    body = """السيدة إيلينا كوستا المحترمة،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500032420. يمكننا تأكيد الكميات والأسعار
وموعد التسليم 22/01/2027، وذلك بشرط دفع 50% من قيمة الطلب مقدماً.
يرجى تأكيد موافقتكم على شرط الدفع حتى نتمكن من إصدار تأكيد الطلب.

Best regards,
أحمد الحمادي
Ahmed Al Hammadi
Sales Coordinator
Gulf Cinema Interiors LLC
Warehouse 7, Al Quoz Industrial Area 3, Dubai, UAE
Tel: +971 4 555 2810

""" + oq(po, "en")
    eml = reply(po=po, frm=("Ahmed Al Hammadi", "ahmed@gulfcinema.example"), seed="bt053",
                date=rfcdate(2026, 11, 30, 12, 35, 0, "+0400"), body=body, client="o365", lang="ar-AE",
                charset="windows-1256", cte="base64", dir_="rtl", prefix="RE:")
    return [po], eml, expect("needs_review",
                             "Confirmation is made conditional on a 50% prepayment we have not agreed; the order confirmation is explicitly still to come.")


@case("body-vs-xlsx-quantity", "needs_review/en-CA",
      "Body says 'all as ordered' but the attached XLSX confirms 450 m instead of 500 m on line 2: contradictory.")
def n_enca():
    s = sup("MARKITE", "Maritime Kite Supply Ltd.", "orders@maritimekite.example", "en-CA")
    po = PO("4500032440", s, "CAD", "2026-11-25", [
        ("MK-SPL-300", "Dyneema flying line 300 kg, 24 m set", 12, "SET", "112.00", "2026-12-18"),
        ("MK-BULK-2MM", "Braided Dyneema 2 mm, bulk", 500, "M", "1.85", "2026-12-18"),
        ("MK-SLEEVE-4", "Line sleeving 4 mm, 10 m", 20, "EA", "9.50", "2026-12-18")], buyer="sofie")
    xlsx = make_xlsx([
        ["Order acknowledgement", "PO 4500032440"],
        [],
        ["Line", "Item", "Qty", "UoM", "Unit price CAD", "Delivery"],
        [1, "MK-SPL-300", 12, "SET", 112.0, "2026-12-18"],
        [2, "MK-BULK-2MM", 450, "M", 1.85, "2026-12-18"],
        [3, "MK-SLEEVE-4", 20, "EA", 9.5, "2026-12-18"],
    ], sheet="Ack", creator="Maritime Kite Supply")
    body = """Hi Sofie,

All confirmed as ordered, delivery Dec 18 - see attached acknowledgement.

Thanks,
Liam Doucet
Maritime Kite Supply Ltd.
88 Water St, Halifax, NS B3H 1W6
902-555-0148

""" + oq(po, "en")
    eml = reply(po=po, frm=("Liam Doucet", "liam@maritimekite.example"), seed="bt054",
                date=rfcdate(2026, 11, 27, 14, 58, 31, "-0400"), body=body, client="o365", lang="en-CA",
                prefix="RE:", attachments=[("PO4500032440_ack.xlsx",
                                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])
    return [po], eml, expect("needs_review",
                             "'All confirmed as ordered' contradicts the attachment's 450 m on line 2 (PO 500 m); which quantity holds is unclear.")


@case("aterkommer-leveransdatum", "needs_review/sv-FI",
      "Finland-Swedish reply: prices and quantities fine but 'vi återkommer med leveransdatum' - no date committed.")
def n_svfi():
    s = sup("OSTPLOG", "Österbottens Plogstål Ab", "order@osterbottensplog.example", "sv-FI")
    po = PO("4500032460", s, "EUR", "2026-11-25", [
        ("OP-SKÄR-3600", "Plogskär 3600x200x20 mm, borstål", 6, "EA", "612.00", "2026-12-18"),
        ("OP-SLITS-24", "Slitskydd för plogsko, 24 mm", 12, "EA", "48.50", "2026-12-18")], buyer="sofie")
    body = """Hej Sofie,

Tack för beställningen 4500032460. Priserna och antalen stämmer, men vi
återkommer med leveransdatum så fort vi fått besked om stålleveransen från
verket (väntas vecka 49).

Med vänlig hälsning
Johan Backman
Österbottens Plogstål Ab
Industrivägen 12, 68600 Jakobstad
tfn +358 6 555 2047

""" + gq(po, "Sofie Lund <sofie.lund@buyer.example> skrev 25.11.2026 kl. 11.14:")
    eml = reply(po=po, frm=("Johan Backman", "johan.backman@osterbottensplog.example"), seed="bt055",
                date=rfcdate(2026, 11, 27, 9, 13, 45, "+0200"), body=body, client="thunderbird", lang="sv-FI",
                cte="8bit", prefix="Re:")
    return [po], eml, expect("needs_review",
                             "No delivery date yet ('vi återkommer'); 'vecka 49' is the steel mill's date, not a commitment for our order.")


# ------------------------------------------------------------------ auto replies

def auto_headers(kind="auto-replied"):
    return [("Auto-Submitted", kind), ("X-Auto-Response-Suppress", "All")]


@case("ooo-polish-return-date", "auto_reply/pl-PL",
      "Polish Outlook out-of-office with a return date 30.11.2026 and a colleague to contact.")
def a_pl():
    s = sup("SWIECZ", "Świeczniki Kraków Sp. z o.o.", "biuro@swieczniki-krakow.example", "pl-PL")
    po = PO("4500032480", s, "PLN", "2026-11-19", [
        ("SW-MOS-5R", "Świecznik mosiężny 5-ramienny, 52 cm", 10, "EA", "389.00", "2026-12-15"),
        ("SW-OLT-40", "Lichtarz ołtarzowy 40 cm, dla świec 3/8 cala", 20, "EA", "174.00", "2026-12-15")],
        buyer="martin")
    body = """Dzień dobry,

dziękuję za wiadomość. Jestem poza biurem do 30.11.2026 (włącznie) bez
dostępu do poczty. Wiadomość nie zostanie przekazana dalej.

W pilnych sprawach dotyczących zamówień proszę o kontakt z p. Markiem
Zielińskim: m.zielinski@swieczniki-krakow.example, tel. +48 12 655 40 18.

Pozdrawiam
Katarzyna Nowak
"""
    eml = reply(po=po, frm=("Katarzyna Nowak", "biuro@swieczniki-krakow.example"), seed="bt056",
                date=rfcdate(2026, 11, 19, 10, 14, 52, "+0100"), body=body, client="o365", lang="pl-PL",
                subject="Automatyczna odpowiedź: " + req_subject(po), prefix=None,
                extra=auto_headers())
    return [po], eml, expect("auto_reply",
                             "Out-of-office with a return date (30.11.2026) that must not be read as a delivery date.")


@case("ticket-system-receipt", "auto_reply/en-AU",
      "Helpdesk ticket acknowledgment '[#48211]' from a support address at the supplier's domain; promises a reply in 1-2 business days.")
def a_au():
    s = sup("STHKITE", "Southern Kite Supply Pty Ltd", "orders@southernkite.example", "en-AU")
    po = PO("4500032500", s, "AUD", "2026-11-20", [
        ("SKS-LINE-27", "Kite line set 4 x 27 m, 280 kg", 8, "SET", "129.00", "2027-01-08"),
        ("SKS-BAR-45", "Control bar 45-52 cm adjustable", 4, "EA", "489.00", "2027-01-08")], buyer="sofie")
    body = """Hi Sofie,

Thanks for contacting Southern Kite Supply. This is an automated response
to let you know we've received your request (#48211). One of our team will
get back to you within 1-2 business days.

Our office hours are Monday to Friday, 8:30am - 5:00pm AEDT.
You can check the status of your request at
https://support.southernkite.example/helpdesk/tickets/48211

Kind regards,
Southern Kite Supply - Customer Care
"""
    eml = reply(po=po, frm=("Southern Kite Supply", "support@southernkite.example"), seed="bt057",
                date=rfcdate(2026, 11, 20, 20, 14, 30, "+1100"), body=body, client="erp", lang="en-AU",
                subject=f"[#48211] Request received: {req_subject(po)}", mailer="Freshdesk",
                extra=auto_headers("auto-generated") + [("Precedence", "auto_reply")],
                reply_to="Southern Kite Supply <support@southernkite.example>")
    return [po], eml, expect("auto_reply",
                             "Ticket-system receipt; the ticket number and the 1-2 business days are not order data.")


@case("abwesenheitsnotiz", "auto_reply/de-DE",
      "German Outlook 'Automatische Antwort' with absence dates 27.11.2026 and 30.11.2026 near the requested date.")
def a_de():
    s = sup("KLAVFILZ", "Klavierfilz Hoffmann GmbH", "verkauf@klavierfilz-hoffmann.example", "de-DE")
    po = PO("4500032520", s, "EUR", "2026-11-23", [
        ("KH-HAM-88", "Hammerkopf-Satz 88 Stück, Filz 16 lb, Stiel 3/8", 3, "SET", "1480.00", "2026-11-30"),
        ("KH-DAMP-FZ", "Dämpferfilz 12x20 mm, Rolle 10 m", 5, "ROL", "62.00", "2026-11-30")], buyer="martin")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht
im Büro und ab Montag, 30.11.2026 wieder für Sie erreichbar.

Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie
sich bitte an unser Verkaufsteam unter +49 6621 555 90-0.

Mit freundlichen Grüßen
Thomas Hoffmann
"""
    eml = reply(po=po, frm=("Thomas Hoffmann", "t.hoffmann@klavierfilz-hoffmann.example"), seed="bt058",
                date=rfcdate(2026, 11, 23, 10, 15, 2, "+0100"), body=body, client="o365", lang="de-DE",
                subject="Automatische Antwort: " + req_subject(po), prefix=None, extra=auto_headers())
    return [po], eml, expect("auto_reply",
                             "Out-of-office; 30.11.2026 equals the requested date by coincidence and is the return date, not a confirmation.")


@case("accuse-reception-bilingue", "auto_reply/fr-CH",
      "Bilingual (French/German) shared-inbox receipt from the order desk: 'traité dans les 48 heures'.")
def a_frch():
    s = sup("BOUCLROM", "Boucle Audio Romandie SA", "commandes@boucle-audio.example", "fr-CH")
    po = PO("4500032540", s, "CHF", "2026-11-24", [
        ("BAR-AMP-150", "Amplificateur boucle magnétique 150 m2, 24V", 4, "EA", "690.00", "2026-12-18"),
        ("BAR-SIGN-T", "Panneau signalétique boucle T, 20x20 cm", 10, "EA", "18.50", "2026-12-18")],
        buyer="elena")
    body = """Madame, Monsieur,

Votre message a bien été reçu par notre service commandes. Il sera traité
dans un délai de 48 heures ouvrables.
Ceci est un message automatique, merci de ne pas y répondre.

---

Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei unserer Auftragsabteilung eingegangen und wird
innerhalb von 48 Arbeitsstunden bearbeitet.
Dies ist eine automatische Nachricht, bitte antworten Sie nicht darauf.

Boucle Audio Romandie SA - Route de Genève 88 - 1028 Préverenges
"""
    eml = reply(po=po, frm=("Boucle Audio Romandie - Commandes", "commandes@boucle-audio.example"), seed="bt059",
                date=rfcdate(2026, 11, 24, 10, 14, 41, "+0100"), body=body, client="erp", lang="fr-CH",
                charset="iso-8859-1", henc="Q", text_only=True,
                subject="Accusé de réception / Empfangsbestätigung: " + req_subject(po),
                extra=auto_headers("auto-replied"))
    return [po], eml, expect("auto_reply",
                             "Automatic receipt from a shared inbox in two languages; 'reçu' is not a confirmation of the order.")


@case("jidou-henshin-iso2022jp", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP auto-reply '【自動返信】' saying the mail was received and a person will answer within 2 business days.")
def a_ja():
    s = sup("SUIKOFARM", "Suiko Farm Shizai Co., Ltd.", "info@suiko-farm.example", "ja-JP")
    po = PO("4500032560", s, "JPY", "2026-11-24", [
        ("SF-NFT-3M", "NFT channel 3 m, 100x50 mm", 50, "EA", "2850", "2027-01-15"),
        ("SF-TRAY-SP", "Sponge seedling tray 300x600, 24x12 cubes", 200, "EA", "410", "2027-01-15")],
        buyer="priya")
    body = """※本メールは自動返信です。

株式会社水耕ファーム資材にお問い合わせいただき、誠にありがとうございます。
メールを受信いたしました。

内容を確認のうえ、担当者より2営業日以内にご連絡いたします。
なお、12月28日から1月4日までは年末年始休業とさせていただきます。

──────────────────
株式会社水耕ファーム資材
〒441-8021 愛知県豊橋市白河町100
TEL 0532-55-3012
──────────────────
"""
    eml = reply(po=po, frm=("水耕ファーム資材", "info@suiko-farm.example"), seed="bt060",
                date=rfcdate(2026, 11, 24, 18, 14, 20, "+0900"), body=body, client="erp", lang="ja-JP",
                charset="iso-2022-jp", cte="7bit", text_only=True, threaded=True,
                subject="【自動返信】お問い合わせありがとうございます", extra=auto_headers("auto-replied"))
    return [po], eml, expect("auto_reply",
                             "Auto-reply in ISO-2022-JP; the holiday period 12月28日-1月4日 is not a delivery date.")


# ------------------------------------------------------------------ bounces

def _report(boundary, human_parts, dsn_text, original, human_boundary=None):
    parts = list(human_parts)
    ds = ("Content-Type: message/delivery-status\n\n" + dsn_text.strip("\n") + "\n").encode()
    orig = b"Content-Type: message/rfc822\n\n" + original
    return mime.multipart("report", boundary, parts + [ds, orig], params="; report-type=delivery-status")


@case("postfix-dsn-user-unknown", "bounce/de-DE",
      "Postfix DSN (multipart/report) for an unknown recipient, carrying our full request with the PO table.")
def b_postfix():
    s = sup("FILZSACH", "Pianofilz Sachsen GmbH", "auftraege@pianofilz-sachsen.example", "de-DE")
    po = PO("4500032580", s, "EUR", "2026-11-25", [
        ("PFS-HF-14", "Hammerfilz Platte 14 lb, 4/3 Keil, 2027", 4, "EA", "312.00", "2026-12-17"),
        ("PFS-TUCH-2", "Tuchfilz 2 mm, Bahn 1,5 m breit", 20, "M", "27.80", "2026-12-17")], buyer="martin")
    orig = request_eml(po)
    text = """This is the mail system at host mail.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<auftraege@pianofilz-sachsen.example>: host
    mx01.pianofilz-sachsen.example[192.0.2.41] said: 550 5.1.1
    <auftraege@pianofilz-sachsen.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mail.buyer.example
X-Postfix-Queue-ID: 4Hq7Lk2Zr1z9sWx
X-Postfix-Sender: rfc822; martin.keller@buyer.example
Arrival-Date: Wed, 25 Nov 2026 10:14:03 +0100 (CET)

Final-Recipient: rfc822; auftraege@pianofilz-sachsen.example
Original-Recipient: rfc822;auftraege@pianofilz-sachsen.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.pianofilz-sachsen.example
Diagnostic-Code: smtp; 550 5.1.1 <auftraege@pianofilz-sachsen.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    top = _report("4Hq7Lk2Zr1z9sWx.1795598045/mail.buyer.example",
                  [mime.leaf("text/plain; charset=us-ascii", text.encode(), None,
                             extra=["Content-Description: Notification"])], dsn, orig)
    hdrs = [("Return-Path", "<>"), ("Date", "Wed, 25 Nov 2026 10:14:05 +0100 (CET)"),
            ("From", "MAILER-DAEMON@mail.buyer.example (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "martin.keller@buyer.example"), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"), ("Message-Id", "<20261125091405.6E1A21C0452@mail.buyer.example>")]
    return [po], mime.message(hdrs, top), expect("bounce",
                                                  "Postfix DSN; the returned request contains the PO table with quantities, prices and dates that must not be read as an answer.")


@case("exchange-ndr-unzustellbar", "bounce/de-AT",
      "Exchange Online NDR in German ('Unzustellbar') with HTML text, delivery-status and the original request attached.")
def b_exchange():
    s = sup("KINOSWIEN", "Kinosessel Wien GmbH", "bestellung@kinosessel-wien.example", "de-AT")
    po = PO("4500032600", s, "EUR", "2026-11-26", [
        ("KSW-CLUB-27", "Kinosessel Club 2027, Armlehne mit Becherhalter", 64, "EA", "248.00", "2027-01-15"),
        ("KSW-NUM-LED", "Reihennummer LED 24V, Set 1-20", 2, "SET", "185.00", "2027-01-15")], buyer="martin")
    orig = request_eml(po)
    diag = ("550 5.4.1 Recipient address rejected: Access denied. For more information see "
            "https://aka.ms/EXOSmtpErrors [VI1EUR04FT011.eop-eur04.prod.protection.outlook.com]")
    txt = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

bestellung@kinosessel-wien.example

Diagnoseinformationen für Administratoren:

Generierender Server: VI1PR04MB6032.eurprd04.prod.outlook.com

bestellung@kinosessel-wien.example
Remote Server returned '{diag}'

Ursprüngliche Nachrichtenkopfzeilen:

Subject: {req_subject(po)}
Message-ID: {po['request_message_id']}
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000000" size="3" face="Segoe UI">Ihre Nachricht hat folgende Empfänger nicht erreicht:</font></b></p>
<p><a href="mailto:bestellung@kinosessel-wien.example">bestellung@kinosessel-wien.example</a></p>
<p>Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden.</p>
<p><b>Diagnoseinformationen für Administratoren:</b></p>
<p>Generierender Server: VI1PR04MB6032.eurprd04.prod.outlook.com<br>
bestellung@kinosessel-wien.example<br>
Remote Server returned '{diag}'</p>
</body></html>
"""
    alt = mime.multipart("alternative", "_000_VI1PR04MB60327D2E9A1B3C4F5E6A7B8C9D0EVI1PR04MB6032eurp_",
                         [mime.text_leaf(txt, "plain", "utf-8", "quoted-printable"),
                          mime.text_leaf(html, "html", "utf-8", "quoted-printable")])
    dsn = f"""Reporting-MTA: dns;VI1PR04MB6032.eurprd04.prod.outlook.com
Received-From-MTA: dns;VI1PR04MB6032.eurprd04.prod.outlook.com
Arrival-Date: Thu, 26 Nov 2026 09:14:03 +0000

Final-Recipient: rfc822;bestellung@kinosessel-wien.example
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;{diag}
"""
    top = _report("_002_VI1PR04MB60327D2E9A1B3C4F5E6A7B8C9D0EVI1PR04MB6032eurp_", [alt], dsn, orig)
    hdrs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example>"),
            ("To", "Martin Keller <martin.keller@buyer.example>"),
            ("Date", "Thu, 26 Nov 2026 09:14:07 +0000"),
            ("Subject", ew("Unzustellbar: " + req_subject(po), "utf-8", "B")),
            ("Message-ID", "<6a1f0c3e-8b2d-4f7a-9c11-2e5d7b0a4f93@VI1PR04MB6032.eurprd04.prod.outlook.com>"),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0")]
    return [po], mime.message(hdrs, top), expect("bounce",
                                                  "Exchange NDR threaded on our request (In-Reply-To set); the attached original carries the PO table and dates.")


@case("qmail-mailbox-full", "bounce/sk-SK",
      "Non-MIME qmail 'failure notice' (mailbox over quota) with our request pasted below the separator line.")
def b_qmail():
    s = sup("HYDROSK", "Hydroponika Slovensko s.r.o.", "objednavky@hydroponika-sk.example", "sk-SK")
    po = PO("4500032620", s, "EUR", "2026-11-26", [
        ("HSK-FLOOD-1", "Flood and drain tray 1000x1000 mm, 3/4 in fitting", 40, "EA", "44.90", "2026-12-18"),
        ("HSK-RW-CUBE", "Rockwool cube 10x10x6.5 cm, box of 150", 30, "BOX", "31.20", "2026-12-18")], buyer="jonas")
    orig = request_eml(po).decode()
    body = f"""Hi. This is the qmail-send program at mx.hydroponika-sk.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<objednavky@hydroponika-sk.example>:
The users mailfolder is over the allowed quota (size). (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <jonas.weber@buyer.example>
Received: (qmail 28871 invoked from network); 26 Nov 2026 09:14:06 -0000
Received: from mail.buyer.example (198.51.100.23)
  by mx.hydroponika-sk.example with ESMTPS; 26 Nov 2026 09:14:06 -0000
{orig}"""
    hdrs = [("Return-Path", "<>"), ("Date", "26 Nov 2026 09:14:07 +0000"),
            ("From", "MAILER-DAEMON@mx.hydroponika-sk.example"),
            ("To", "jonas.weber@buyer.example"), ("Subject", "failure notice"),
            ("Message-ID", "<1795598047.28873@mx.hydroponika-sk.example>")]
    raw = ("\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + body).encode("ascii")
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return [po], raw, expect("bounce",
                             "Plain-text qmail bounce without MIME structure; the copied request below the line holds the PO table and dates.")


@case("gmail-dsn-address-not-found", "bounce/en-IN",
      "Google 'Delivery Status Notification (Failure)' with text+HTML explanation, DSN fields and the original request.")
def b_gmail():
    s = sup("PUNESURG", "Pune Surgicals Pvt. Ltd.", "sales@punesurgicals.example", "en-IN")
    po = PO("4500032640", s, "USD", "2026-11-27", [
        ("PS-LIN-80", "Linear cutter reload 80 mm, 3.8 mm staples", 60, "EA", "38.50", "2026-12-21"),
        ("PS-SKIN-35", "Skin stapler 35W regular", 150, "EA", "4.95", "2026-12-21")], buyer="priya")
    orig = request_eml(po)
    txt = """
** Address not found **

Your message wasn't delivered to sales@punesurgicals.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
"""
    html = """<html><head></head><body>
<h2>Address not found</h2>
<p>Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>sales@punesurgicals.example</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p><b>The response from the remote server was:</b></p>
<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>
</body></html>
"""
    alt = mime.multipart("alternative", "000000000000f1a2b3c4d5e6f708",
                         [mime.text_leaf(txt, "plain", "UTF-8", "quoted-printable"),
                          mime.text_leaf(html, "html", "UTF-8", "quoted-printable")])
    rel = mime.multipart("related", "000000000000f0e1d2c3b4a59687", [alt])
    dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; priya.nair@buyer.example
Arrival-Date: Fri, 27 Nov 2026 01:14:03 -0800 (PST)
X-Original-Message-ID: <po-4500032640.r1@buyer.example>

Final-Recipient: rfc822; sales@punesurgicals.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.punesurgicals.example. (203.0.113.77, the server for the domain punesurgicals.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Fri, 27 Nov 2026 01:14:05 -0800 (PST)
"""
    top = _report("000000000000e9d8c7b6a5f40312", [rel], dsn, orig)
    hdrs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
            ("To", "priya.nair@buyer.example"), ("Auto-Submitted", "auto-replied"),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("References", po["request_message_id"]), ("In-Reply-To", po["request_message_id"]),
            ("X-Failed-Recipients", "sales@punesurgicals.example"),
            ("Message-ID", "<6571f2c0.050a0220.3b1d4.9e7fSMTPIN_ADDED_MISSING@mx.google.com>"),
            ("Date", "Fri, 27 Nov 2026 01:14:05 -0800 (PST)"), ("MIME-Version", "1.0")]
    return [po], mime.message(hdrs, top), expect("bounce",
                                                  "Gmail DSN with nested related/alternative parts; Indian supplier address does not exist; original request attached.")


@case("exim-mail-delivery-failed", "bounce/pt-PT",
      "Exim 'Mail delivery failed: returning message to sender' plain-text bounce with the full request copied below.")
def b_exim():
    s = sup("CORTICA", "Cortiça Yoga Portugal, Lda.", "vendas@corticayoga.example", "pt-PT")
    po = PO("4500032660", s, "EUR", "2026-11-27", [
        ("CY-CORK-4", "Cork yoga mat 183x61 cm, 4 mm, natural rubber base", 250, "PCS", "21.40", "2026-12-18"),
        ("CY-BLOCK-C", "Cork yoga block 23x15x7.5 cm", 300, "PCS", "4.85", "2026-12-18")], buyer="elena")
    orig = request_eml(po).decode()
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  vendas@corticayoga.example
    host mail.corticayoga.example [192.0.2.118]
    SMTP error from remote mail server after RCPT TO:<vendas@corticayoga.example>:
    550 5.1.1 <vendas@corticayoga.example>: Recipient address rejected: mailbox disabled

------ This is a copy of the message, including all the headers. ------

Return-path: <elena.costa@buyer.example>
Received: from [198.51.100.23] (helo=mail.buyer.example)
\tby mail.buyer.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.97)
\t(envelope-from <elena.costa@buyer.example>)
\tid 1vKx3Q-00A7bR-2c
\tfor vendas@corticayoga.example;
\tFri, 27 Nov 2026 10:14:03 +0100
{orig}"""
    hdrs = [("Return-path", "<>"), ("Envelope-to", "elena.costa@buyer.example"),
            ("Date", "Fri, 27 Nov 2026 10:14:06 +0100"),
            ("X-Failed-Recipients", "vendas@corticayoga.example"), ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@mail.buyer.example>"),
            ("To", "elena.costa@buyer.example"),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<E1vKx3S-00A7bT-0m@mail.buyer.example>")]
    raw = ("\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + body).encode("ascii")
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return [po], raw, expect("bounce",
                             "Exim bounce with no MIME structure; only the copied original contains PO data.")


# ------------------------------------------------------------------ unrelated

@case("factura-otro-pedido", "unrelated/es-ES",
      "Spanish invoice mail with PDF for another of our POs (4500029870), not the open PO in pos.json.")
def u_es():
    s = sup("ENVGUAD", "Envases Metálicos del Guadalquivir S.L.", "pedidos@envases-guadalquivir.example", "es-ES")
    po = PO("4500032680", s, "EUR", "2026-11-27", [
        ("EMG-LATA-5L", "Lata aceite 5 L cuadrada, barniz interior", 6000, "PCS", "0.84", "2026-12-21"),
        ("EMG-TAPON-32", "Tapón precinto 32 mm", 6000, "PCS", "0.041", "2026-12-21")], buyer="elena")
    pdf = make_pdf([
        "**ENVASES METÁLICOS DEL GUADALQUIVIR S.L.",
        "Polígono Industrial La Isla, C/ Río Viejo 12 - 41703 Dos Hermanas (Sevilla) - CIF B41234567",
        "",
        "**FACTURA  FV26-04418",
        "Fecha factura: 30/11/2026          Vencimiento: 30/12/2026",
        "Cliente: Kestrel Procurement B.V.  Su pedido: 4500029870   Albarán: AL26-11873 (20/11/2026)",
        "",
        "Artículo        Descripción                           Cantidad   Precio     Importe",
        "EMG-LATA-3L     Lata aceite 3 L rectangular              4.500    0,82 EUR   3.690,00 EUR",
        "EMG-TAPON-28    Tapón precinto 28 mm                     4.500    0,039 EUR    175,50 EUR",
        "",
        "Base imponible: 3.865,50 EUR     IVA 0% (entrega intracomunitaria)",
        "TOTAL FACTURA: 3.865,50 EUR",
        "IBAN: ES91 2100 0418 4502 0005 1332",
    ], title="Factura FV26-04418", author="Envases Guadalquivir", compress=True,
        date="D:20261130120000+01'00'")
    assert abs(4500 * 0.82 + 4500 * 0.039 - 3865.50) < 1e-9
    body = """Buenos días:

Adjuntamos la factura FV26-04418 correspondiente a su pedido 4500029870
(albarán AL26-11873). Vencimiento: 30/12/2026. Importe: 3.865,50 EUR.

Un saludo,
Administración
Envases Metálicos del Guadalquivir S.L.
Tel. +34 955 55 21 40
"""
    eml = reply(po=po, frm=("Administración Envases Guadalquivir", "administracion@envases-guadalquivir.example"),
                seed="bt066", date=rfcdate(2026, 11, 30, 12, 5, 11, "+0100"), body=body, client="outlook",
                lang="es-ES", charset="iso-8859-1", cte="quoted-printable", henc="Q", threaded=False,
                subject="Factura FV26-04418 - Pedido 4500029870",
                attachments=[("FV26-04418.pdf", "application/pdf", pdf)])
    return [po], eml, expect("unrelated",
                             "Invoice for PO 4500029870, which is not in pos.json; its dates and amounts must not be attached to PO 4500032680.")


@case("newsletter-holiday-catalog", "unrelated/en-US",
      "Bulk HTML newsletter from the supplier's marketing address with prices, '12/15' deadlines and 2027 colours.")
def u_news():
    s = sup("LOTUSFLOW", "Lotus Flow Mats LLC", "orders@lotusflowmats.example", "en-US")
    po = PO("4500032700", s, "USD", "2026-11-27", [
        ("LF-TPE-6-PL", "TPE yoga mat 6 mm, plum, 72x24 in", 500, "PCS", "11.80", "2026-12-15"),
        ("LF-STRAP-8", "Cotton yoga strap 8 ft, D-ring", 500, "PCS", "2.10", "2026-12-15")], buyer="dana")
    text = """LOTUS FLOW MATS - WHOLESALE NEWS, DECEMBER 2026

Our 2027 colors are here!
Sage, Clay and Midnight join the 6 mm TPE line.

HOLIDAY PROMO: 6 mm TPE mats $11.40 each on orders of 500+ placed by 12/15.
Free freight on pallets shipped before 12/18.

Shop the wholesale catalog: https://lotusflowmats.example/wholesale

You are receiving this email because you are a Lotus Flow wholesale customer.
Unsubscribe: https://lotusflowmats.example/unsub?u=8f21c
Lotus Flow Mats LLC, 1200 Pearl St, Boulder, CO 80302
"""
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Lotus Flow Wholesale News</title></head>
<body style="margin:0;background:#f4efe9">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px;text-align:center"><h1 style="color:#5b3a5e">Our 2027 colors are here!</h1>
<p>Sage, Clay and Midnight join the 6&nbsp;mm TPE line.</p></td></tr>
<tr><td style="padding:24px;background:#5b3a5e;color:#ffffff;text-align:center">
<h2>HOLIDAY PROMO</h2><p>6&nbsp;mm TPE mats <b>$11.40</b> each on orders of 500+ placed by 12/15.<br>
Free freight on pallets shipped before 12/18.</p>
<p><a href="https://lotusflowmats.example/wholesale" style="color:#ffffff">Shop the wholesale catalog</a></p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888888;text-align:center">You are receiving this email because you are a Lotus Flow wholesale customer.<br>
<a href="https://lotusflowmats.example/unsub?u=8f21c">Unsubscribe</a> | Lotus Flow Mats LLC, 1200 Pearl St, Boulder, CO 80302</td></tr>
</table></body></html>
"""
    eml = reply(po=po, frm=("Lotus Flow Mats", "news@lotusflowmats.example"), seed="bt067",
                date=rfcdate(2026, 12, 1, 7, 0, 0, "-0700"), body=text, html=html, client="erp", lang="en-US",
                threaded=False, subject="Our 2027 colors are here + holiday wholesale promo",
                to="dana.ruiz@buyer.example", mailer="Mailchimp Mailer - **CIDb7e2c41f9a0d3e5b**",
                extra=[("List-Unsubscribe", "<https://lotusflowmats.example/unsub?u=8f21c>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return [po], eml, expect("unrelated",
                             "Marketing newsletter from the supplier's domain; the promo price and '12/15' resemble PO data but answer nothing.")


@case("tarifs-2027-xlsx", "unrelated/fr-FR",
      "French price-list mail 'tarifs 2027' with an XLSX of new prices for items that are also on our open PO.")
def u_tarif():
    s = sup("TAMISCEN", "Tamis Industriels du Centre SAS", "adv@tamis-centre.example", "fr-FR")
    po = PO("4500032720", s, "EUR", "2026-11-27", [
        ("TIC-TOILE-10", "Toile métallique tissée maille 10x10 mm, fil 3 mm, 1500x3000", 10, "EA", "298.00", "2026-12-18"),
        ("TIC-CROCHET", "Crochet de tension 1500 mm", 20, "EA", "18.60", "2026-12-18")], buyer="jonas")
    xlsx = make_xlsx([
        ["Tarifs 2027 - applicables au 01/01/2027"],
        [],
        ["Référence", "Désignation", "Unité", "Prix 2026 EUR", "Prix 2027 EUR"],
        ["TIC-TOILE-10", "Toile maille 10x10 mm, fil 3 mm, 1500x3000", "pièce", 298.0, 309.9],
        ["TIC-TOILE-20", "Toile maille 20x20 mm, fil 4 mm, 1500x3000", "pièce", 276.0, 287.0],
        ["TIC-CROCHET", "Crochet de tension 1500 mm", "pièce", 18.6, 19.35],
        ["TIC-PU-305", "Panneau polyuréthane 305x610", "pièce", 54.0, 56.2],
    ], sheet="Tarifs 2027", creator="Tamis Industriels du Centre")
    body = """Madame, Monsieur,

Veuillez trouver ci-joint nos tarifs 2027, applicables à toute commande
reçue à partir du 1er janvier 2027. Les commandes passées avant le
31 décembre 2026 restent facturées aux tarifs en vigueur.

Nous restons à votre disposition pour toute question.

Cordialement,
Service commercial
Tamis Industriels du Centre SAS
ZI des Varennes, 63450 Saint-Amant-Tallende
Tél. 04 73 55 20 18
"""
    eml = reply(po=po, frm=("Tamis Industriels du Centre", "commercial@tamis-centre.example"), seed="bt068",
                date=rfcdate(2026, 12, 2, 9, 30, 0, "+0100"), body=body, client="o365", lang="fr-FR",
                threaded=False, subject="Nos tarifs 2027", to="jonas.weber@buyer.example",
                attachments=[("Tarifs_2027_TIC.xlsx",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])
    return [po], eml, expect("unrelated",
                             "General price list for 2027; it lists our PO items with new prices but does not answer PO 4500032720 (orders before 31/12 keep current prices).")


@case("dodaci-list-jina-objednavka", "unrelated/cs-CZ",
      "Czech delivery note (dodací list) for another order 4500030555, with PDF; the open PO is not mentioned.")
def u_cz():
    s = sup("SKRBRNO", "Skříňky Brno s.r.o.", "obchod@skrinky-brno.example", "cs-CZ")
    po = PO("4500032740", s, "CZK", "2026-11-30", [
        ("SB-SKR-2D", "Šatní skříňka 2dveřová 1800x600x500, RAL 7035", 36, "EA", "4890.00", "2027-01-15"),
        ("SB-LAV-1500", "Lavice šatní 1500 mm, buk", 12, "EA", "2150.00", "2027-01-15")], buyer="jonas")
    pdf = make_pdf([
        "**Skrinky Brno s.r.o.",
        "Videnska 112, 619 00 Brno - ICO 27712345",
        "",
        "**DODACI LIST  DL-26-08812",
        "Datum expedice: 01.12.2026",
        "Odberatel: Kestrel Procurement B.V., Rotterdam",
        "Vase objednavka: 4500030555",
        "",
        "Pol.  Kod          Nazev                                   Mnozstvi",
        "1     SB-SKR-3D    Satni skrinka 3dverova 1800x900x500        24 ks",
        "2     SB-ZAM-CIF   Zamek ciferny 3/8                          72 ks",
        "",
        "Pocet palet: 3      Hmotnost brutto: 1 120 kg",
        "Prevzal: ..................",
    ], title="Dodaci list DL-26-08812", author="Skrinky Brno", compress=False,
        date="D:20261201080000+01'00'")
    body = """Dobrý den,

v příloze zasíláme dodací list DL-26-08812 k Vaší objednávce 4500030555.
Zboží bylo dnes expedováno (3 palety), doručení očekáváme 04. 12. 2026.

S pozdravem
Expedice
Skříňky Brno s.r.o.
Vídeňská 112, 619 00 Brno
tel.: +420 543 555 210
"""
    eml = reply(po=po, frm=("Expedice Skříňky Brno", "expedice@skrinky-brno.example"), seed="bt069",
                date=rfcdate(2026, 12, 1, 8, 12, 30, "+0100"), body=body, client="outlook", lang="cs-CZ",
                charset="windows-1250", cte="quoted-printable", henc="Q", threaded=False,
                subject="Dodací list DL-26-08812 - obj. 4500030555",
                attachments=[("DL-26-08812.pdf", "application/pdf", pdf)])
    return [po], eml, expect("unrelated",
                             "Delivery note for another order (4500030555); its quantities and the 04. 12. 2026 arrival are unrelated to PO 4500032740.")


@case("invito-fiera-2027", "unrelated/it-IT",
      "Italian HTML-only trade-fair invitation with a fair discount and dates; no reference to the open PO.")
def u_it():
    s = sup("IRRPAD", "Irrigazione Padana S.r.l.", "ordini@irrigazionepadana.example", "it-IT")
    po = PO("4500032760", s, "EUR", "2026-11-30", [
        ("IP-GOCC-4", "Gocciolatore autocompensante 4 l/h", 20000, "PCS", "0.068", "2027-01-15"),
        ("IP-ALA-16", "Ala gocciolante 16 mm, passo 30 cm, bobina 400 m", 30, "ROL", "58.00", "2027-01-15")],
        buyer="elena")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif">
<table width="640" align="center" cellpadding="12">
<tr><td style="background:#1f6f43;color:#ffffff"><h1>Vi aspettiamo a FlorAgri Expo 2027!</h1></td></tr>
<tr><td>
<p>Gentile Cliente,</p>
<p>siamo lieti di invitarLa al nostro stand alla fiera <b>FlorAgri Expo 2027</b>,
Verona, <b>10-13 febbraio 2027</b>, Padiglione 4, Stand B12.</p>
<p>Presenteremo la nuova linea di gocciolatori autocompensanti 2 e 4 l/h e l'ala gocciolante 16 mm con passo 20/30 cm.</p>
<p>Per tutti gli ordini confermati in fiera: <b>sconto del 5%</b> fino al 28/02/2027.</p>
<p><a href="https://irrigazionepadana.example/fiera2027">Registrati per il biglietto gratuito</a></p>
<p>Cordiali saluti<br>Ufficio Marketing<br>Irrigazione Padana S.r.l. - Via dell'Industria 8, 46100 Mantova</p>
<p style="font-size:10px;color:#777">Ricevi questa comunicazione in quanto cliente di Irrigazione Padana. Per non ricevere più comunicazioni scrivi a privacy@irrigazionepadana.example.</p>
</td></tr></table></body></html>
"""
    eml = reply(po=po, frm=("Irrigazione Padana Marketing", "marketing@irrigazionepadana.example"), seed="bt070",
                date=rfcdate(2026, 12, 3, 10, 0, 0, "+0100"), body="", html=html, html_only=True, client="erp",
                lang="it-IT", threaded=False, subject="Invito: FlorAgri Expo 2027 - Padiglione 4, Stand B12",
                to="elena.costa@buyer.example", mailer="MailUp",
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:privacy@irrigazionepadana.example>")])
    return [po], eml, expect("unrelated",
                             "Marketing invitation; the 5% fair discount and February dates do not answer PO 4500032760.")
