"""Cases 054-070 (no confirmation: needs_review, auto_reply, bounce, unrelated)."""
from decimal import Decimal
import datetime as dt

from .common import (case, sup, PO, EXP, mail, simple, dsn, request_subject, request_message, request_date,
                     html_wrap, text_to_html)
from .mime import text_part, multipart, attachment, addr, ew, rfcdate, h
from .pdf import pdf
from .xlsx import xlsx


@case("sailcloth-vague-january-pt", "needs_review/pt-PT",
      "Portuguese reply: prices and quantities 'sem alteração' but delivery only 'no início de janeiro, ainda sem data confirmada pela fábrica'.")
def n_sail_pt():
    s = sup("VELASPT", "Velas do Tejo, Lda.", "encomendas@velasdotejo.example", "pt-PT")
    po = PO("4500031158", s, "EUR", "2026-11-12", [
        ("VT-DAC-7OZ", "Dacron sailcloth 7 oz, 137 cm, cream", 200, "M", "10.90", "2026-12-16"),
        ("VT-RIP-40", "Ripstop nylon 40 g/m2, 150 cm", 150, "M", "5.70", "2026-12-16"),
    ])
    txt = ("Bom dia Maren,\n\nRecebemos a encomenda 4500031158. Quantidades e pre\u00e7os sem altera\u00e7\u00e3o, mas a entrega "
           "de dezembro j\u00e1 n\u00e3o \u00e9 poss\u00edvel: prevemos entregar no in\u00edcio de janeiro, ainda sem data confirmada pela f\u00e1brica. "
           "Assim que tivermos a data envio nova confirma\u00e7\u00e3o.\n\nCumprimentos,\nJo\u00e3o Ferreira\nVelas do Tejo, Lda. - "
           "Rua do Rio Seco 20, 1300-498 Lisboa - Tel. 21 362 44 10")
    eml = mail(po, ("Jo\u00e3o Ferreira", "joao.ferreira@velasdotejo.example"), "2026-11-19 11:03:40 +0000", txt,
               client="outlook", lang="pt", charset="iso-8859-1", cte="quoted-printable", prefix="RE: ")
    return [po], eml, EXP("needs_review",
                          "Delivery only 'early January, not yet confirmed by the factory' and a new confirmation is promised: no committed date, so a buyer must follow up.")


@case("tuktuk-received-values-in-quote-in", "needs_review/en-IN",
      "'Well received, under process, will revert with delivery schedule': every quantity, price and date in the mail is in our own quoted request.")
def n_tuktuk_in():
    s = sup("PUNEAUTO", "Pune Auto Rickshaw Components Pvt Ltd", "sales@puneautocomp.example", "en-IN")
    po = PO("4500031159", s, "INR", "2026-11-12", [
        ("AR-CLT-PLT", "Auto-rickshaw clutch plate, 2027 BS-VI", 200, "EA", "640.00", "2026-12-10"),
        ("AR-SPD-CBL", "Speedometer cable 1.2 m", 300, "EA", "145.00", "2026-12-10"),
        ("AR-BLB-12V", "Indicator bulb 12V 10W", 1000, "EA", "18.50", "2026-12-10"),
    ])
    txt = ("Dear Madam,\n\nGreetings from Pune Auto Rickshaw Components!\n\nWell received your PO no. 4500031159 dated 12.11.2026. "
           "The same is under process with our planning team and we shall revert with the delivery schedule at the earliest.\n\n"
           "Thanks & Regards,\nSandeep Kulkarni\nSr. Executive - Sales\nPune Auto Rickshaw Components Pvt Ltd\n"
           "Gat No. 112, Chakan MIDC, Pune 410501\nMob: +91 98220 41177")
    eml = mail(po, ("Sandeep Kulkarni", "sandeep.k@puneautocomp.example"), "2026-11-13 10:21:05 +0530", txt,
               client="outlook")
    return [po], eml, EXP("needs_review",
                          "Receipt only ('under process, will revert with the delivery schedule'); 12.11.2026 is the PO date; all line values appear only in our quoted request.")


@case("lamp-oil-two-options-lt", "needs_review/lt-LT",
      "Lithuanian reply offers two alternatives (300 L by 12-11 or all 500 L by 01-15) and asks which one we want.")
def n_lamp_lt():
    s = sup("ZIBALAS", "UAB \u017dibalo Prekyba", "uzsakymai@zibaloprekyba.example", "lt-LT")
    po = PO("4500031160", s, "EUR", "2026-11-12", [
        ("LO-LT-PAR", "Lamp oil paraffin, 1 L bottles", 500, "L", "3.95", "2026-12-11"),
    ])
    txt = ("Laba diena,\n\nd\u0117l u\u017esakymo 4500031160: galime pristatyti 300 L iki 2026-12-11 arba visus 500 L iki 2027-01-15. "
           "Kaina nesikei\u010dia (3,95 EUR/L). Kuris variantas jums tinka?\n\nPagarbiai\nRasa Petrauskien\u0117\nUAB \u017dibalo Prekyba, "
           "Pramon\u0117s g. 17, Kaunas\ntel. +370 37 451 220")
    eml = mail(po, ("Rasa Petrauskien\u0117", "rasa@zibaloprekyba.example"), "2026-11-16 13:37:51 +0200", txt,
               client="thunderbird", charset="iso-8859-13", cte="quoted-printable", html=False)
    return [po], eml, EXP("needs_review",
                          "Two alternatives offered with a question ('which option suits you?'): nothing is committed until the buyer chooses.")


@case("chopsticks-price-proposal-ms", "needs_review/ms-MY",
      "Malay reply proposes a new price (RM 0.38 sepasang) and asks the buyer to approve before processing; the date given depends on that approval.")
def n_chop_ms():
    s = sup("KAYUMAS", "Kayu Emas Sdn. Bhd.", "jualan@kayuemas.example", "ms-MY")
    po = PO("4500031161", s, "MYR", "2026-11-12", [
        ("KE-CS-BMB-23", "Bamboo chopsticks 23 cm, twin-wrapped", 20000, "PAIR", "0.32", "2026-12-18"),
        ("KE-CS-BOX-50", "Chopstick gift box for 5 pairs", 500, "EA", "2.10", "2026-12-18"),
    ])
    txt = ("Salam sejahtera Puan Maren,\n\nTerima kasih atas PO 4500031161. Disebabkan kenaikan harga buluh, harga baharu untuk "
           "KE-CS-BMB-23 ialah RM 0.38 sepasang. Sila sahkan harga baharu ini sebelum kami proses pesanan. Jika diluluskan "
           "sebelum 25 November, penghantaran boleh dibuat pada 18 Disember 2026.\n\nTerima kasih,\nNurul Aisyah binti Rahman\n"
           "Kayu Emas Sdn. Bhd., Lot 22, Kawasan Perindustrian Kulim, 09000 Kedah\nTel: +60 4 489 2210")
    eml = mail(po, ("Nurul Aisyah", "nurul@kayuemas.example"), "2026-11-17 09:58:02 +0800", txt, client="gmail",
               prefix="Re: ")
    return [po], eml, EXP("needs_review",
                          "A price-increase proposal that asks for our approval before processing ('sila sahkan'); the 18 Dec date is conditional on approval by 25 Nov. No commitment yet.")


@case("planetarium-melden-uns-kw48-de", "needs_review/de-DE",
      "German 'wir melden uns in KW 48 mit den Lieferterminen': a calendar week appears, but it is when they will answer, not a delivery.")
def n_planet_de():
    s = sup("KOSMOTEC", "Kosmotec Projektionssysteme GmbH", "vertrieb@kosmotec.example", "de-DE")
    po = PO("4500031162", s, "EUR", "2026-11-13", [
        ("KT-FD-4K", "Fulldome projector 4K, 24V laser module", 2, "EA", "36900.00", "2026-12-18"),
        ("KT-LENS-F", "Fisheye lens 4/3 mount, 180 deg", 2, "EA", "4150.00", "2026-12-18"),
    ])
    txt = ("Hallo Frau Holt,\n\ndanke f\u00fcr die Bestellung 4500031162. Preise und Mengen passen soweit, die Liefertermine muss "
           "ich aber noch mit unserem Werk in Pforzheim abstimmen. Ich melde mich sp\u00e4testens in KW 48 mit einer verbindlichen "
           "Auftragsbest\u00e4tigung.\n\nViele Gr\u00fc\u00dfe\nMarkus Vogel\nKosmotec Projektionssysteme GmbH\nTel. +49 7231 44 19 70")
    eml = mail(po, ("Markus Vogel", "m.vogel@kosmotec.example"), "2026-11-16 17:02:11 +0100", txt,
               client="outlook", lang="de", charset="iso-8859-1", cte="quoted-printable", prefix="AW: ")
    return [po], eml, EXP("needs_review",
                          "Delivery dates still to be agreed with the plant; 'KW 48' is when the binding confirmation will come, not a delivery date. 'Prices and quantities fit so far' alone is not a commitment.")


@case("hay-nets-body-vs-pdf-contradiction-sv", "needs_review/sv-SE",
      "Body says 'leverans vecka 51' while the attached order confirmation PDF says Leveransdatum 2027-01-08 for the same lines: contradictory.")
def n_hay_sv():
    s = sup("LANTNAT", "Lantn\u00e4t Sverige AB", "order@lantnat.example", "sv-SE")
    po = PO("4500031163", s, "SEK", "2026-11-12", [
        ("LN-NET-125", "Bale net 125 cm x 3600 m", 36, "ROL", "4290.00", "2026-12-18"),
        ("LN-FILM-750", "Stretch film 750 mm x 1500 m, green", 48, "ROL", "985.00", "2026-12-18"),
    ])
    page = ["**Lantn\u00e4t Sverige AB", "Industrigatan 14, 531 40 Lidk\u00f6ping", "",
            "**ORDERBEKR\u00c4FTELSE 700-26-1182", "Er order: 4500031163      Datum: 2026-11-17", "",
            "Rad  Artikel       Ben\u00e4mning                    Antal   \u00c0-pris SEK   Leveransdatum",
            "1    LN-NET-125    Balnät 125 cm x 3600 m         36      4 290,00     2027-01-08",
            "2    LN-FILM-750   Str\u00e4ckfilm 750 mm gr\u00f6n        48        985,00     2027-01-08"]
    data = pdf([page], title="Orderbekraftelse 700-26-1182", author="Lantnat AB", date="D:20261117140000+01'00'")
    txt = ("Hej Maren!\n\nTack f\u00f6r ordern. Allt g\u00e5r bra, leverans vecka 51 enligt \u00f6nskem\u00e5l. Orderbekr\u00e4ftelsen bifogas.\n\n"
           "H\u00e4lsningar\nKarin Lindqvist\nLantn\u00e4t Sverige AB | 0510-48 22 00")
    eml = mail(po, ("Karin Lindqvist", "karin.lindqvist@lantnat.example"), "2026-11-17 14:06:33 +0100", txt,
               client="outlook", lang="sv", charset="iso-8859-1", cte="quoted-printable", prefix="SV: ",
               attach=[(data, "application/pdf", "Orderbekraftelse_700-26-1182.pdf")])
    return [po], eml, EXP("needs_review",
                          "Body: week 51 (= 2026-12-18, as requested); attached confirmation: 2027-01-08. The two contradict, so a careful buyer cannot tell which date is committed.")


@case("quilting-cotton-moq-condition-fr", "needs_review/fr-FR",
      "French reply would confirm only if we raise the quantity to the 500 m minimum; a price and a date are quoted for that hypothetical order.")
def n_quilt_fr():
    s = sup("TISSALS", "Tissages d'Alsace SAS", "adv@tissages-alsace.example", "fr-FR")
    po = PO("4500031164", s, "EUR", "2026-11-13", [
        ("TA-PATCH-110", "Quilting cotton 110 cm, Provence print 2027", 300, "M", "7.40", "2026-12-15"),
    ])
    txt = ("Bonjour,\n\nPour la commande 4500031164, notre minimum de fabrication est de 500 m par coloris. Nous pouvons confirmer "
           "uniquement si vous portez la quantit\u00e9 \u00e0 500 m ; dans ce cas le prix serait de 6,90 \u20ac/m et la livraison le 15/12/2026.\n"
           "Merci de nous indiquer votre d\u00e9cision.\n\nCordialement,\nNathalie Meyer\nAdministration des ventes\n"
           "Tissages d'Alsace SAS - 3 rue des Tisserands, 68200 Mulhouse - 03 89 42 18 60")
    eml = mail(po, ("Nathalie Meyer", "n.meyer@tissages-alsace.example"), "2026-11-17 10:44:09 +0100", txt,
               client="outlook", lang="fr", charset="iso-8859-15", cte="quoted-printable")
    return [po], eml, EXP("needs_review",
                          "Conditional offer: confirmation only if the quantity is raised to 500 m (then 6,90 €/m, 15/12). The ordered 300 m is neither confirmed nor clearly refused; the buyer must decide.")


@case("mahjong-ooo-zh-cn", "auto_reply/zh-CN",
      "Chinese out-of-office (自动回复) with a return date 2026年11月30日 and a colleague's phone number.")
def a_mahjong_cn():
    s = sup("JINLONG", "Shenzhen Jinlong Leisure Products Co., Ltd.", "export@jinlong-leisure.example", "zh-CN")
    po = PO("4500031165", s, "USD", "2026-11-13", [
        ("JL-MJ-144-BMB", "Mahjong set 144 tiles, bamboo back, 38 mm", 50, "SET", "46.50", "2026-12-22"),
        ("JL-MJ-RACK-4", "Tile racks set of 4, 2027 design", 50, "SET", "9.80", "2026-12-22"),
    ])
    txt = ("\u60a8\u597d\uff0c\n\n\u6211\u76ee\u524d\u4e0d\u5728\u529e\u516c\u5ba4\uff0c\u5c06\u4e8e2026\u5e7411\u670830\u65e5\u8fd4\u56de\u3002"
           "\u671f\u95f4\u90ae\u4ef6\u53ef\u80fd\u65e0\u6cd5\u53ca\u65f6\u56de\u590d\u3002\u5982\u6709\u7d27\u6025\u4e8b\u52a1\uff0c\u8bf7\u8054\u7cfb\u540c\u4e8b\u674e\u5148\u751f\uff1a"
           "+86 755 2345 6789\u3002\n\nI am out of the office until 30 Nov 2026 with limited access to e-mail.\n\n\u5f20\u654f Zhang Min")
    eml = mail(po, ("\u5f20\u654f", "zhangmin@jinlong-leisure.example"), "2026-11-13 16:13:02 +0800", txt,
               client="outlook", charset="utf-8", cte="base64", quote=False,
               subject="\u81ea\u52a8\u56de\u590d: " + request_subject(po),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, EXP("auto_reply",
                          "Out-of-office in Chinese and English; 2026年11月30日 is the return date, not a delivery.")


@case("pet-clippers-ticket-receipt-us", "auto_reply/en-US",
      "Help-desk ticket acknowledgment '[Ticket #48213]' quoting our request, with an SLA of '2 business days' and a ticket date.")
def a_clippers_us():
    s = sup("PAWPRO", "PawPro Grooming Tools Inc.", "orders@pawprotools.example", "en-US")
    po = PO("4500031166", s, "USD", "2026-11-13", [
        ("PP-CLP-3000", "Clipper PP-3000, 3-speed, 120V/60Hz", 18, "EA", "129.00", "2026-12-14"),
        ("PP-BLD-5F", "Blade 5F, 1/4 in (6.3 mm)", 36, "EA", "24.75", "2026-12-14"),
    ])
    txt = ("##- Please type your reply above this line -##\n\n"
           "Hi Maren,\n\nThanks for contacting PawPro Grooming Tools. Your request (#48213) has been received and is being "
           "reviewed by our order desk. Our team typically responds within 2 business days.\n\n"
           "To add information, simply reply to this email.\n\nPawPro Support\n\n"
           "This email is a service from PawPro Grooming Tools. Delivered by Zendesk")
    eml = mail(po, ("PawPro Support", "support@pawprotools.example"), "2026-11-13 03:14:40 -0600", txt,
               client="erp", cte="quoted-printable", quote=True, quote_above=False,
               subject="[Ticket #48213] " + request_subject(po),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"), ("Reply-To", "PawPro Support <support+id48213@pawprotools.example>")])
    return [po], eml, EXP("auto_reply",
                          "Ticket-system receipt (#48213, Auto-Submitted) that quotes our request; nothing is confirmed.")


@case("koi-food-shared-inbox-receipt-et", "auto_reply/et-EE",
      "Estonian shared-inbox automatic receipt ('Teie kiri on kätte saadud') promising an answer within 1-2 working days, plus the same in English.")
def a_koi_et():
    s = sup("KOIEST", "Koi Toit O\u00dc", "tellimused@koitoit.example", "et-EE")
    po = PO("4500031167", s, "EUR", "2026-11-13", [
        ("KT-SUMMER-6", "Koi summer feed 6 mm, 15 kg", 60, "EA", "44.00", "2026-12-16"),
    ])
    txt = ("Tere!\n\nT\u00e4name, Teie kiri on k\u00e4tte saadud. Tellimuste osakond vastab 1-2 t\u00f6\u00f6p\u00e4eva jooksul.\n"
           "Tegemist on automaatse vastusega, palun \u00e4rge sellele vastake.\n\n"
           "Thank you, your message has been received. Our order desk will reply within 1-2 working days.\n\n"
           "Koi Toit O\u00dc | P\u00e4rnu mnt 139, 11317 Tallinn | +372 650 1234")
    eml = mail(po, ("Koi Toit O\u00dc tellimused", "tellimused@koitoit.example"), "2026-11-13 10:12:55 +0200", txt,
               client="erp", charset="iso-8859-15", cte="quoted-printable", html=False, quote=False,
               subject="Automaatne vastus: " + request_subject(po),
               extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [po], eml, EXP("auto_reply", "Shared mailbox auto-receipt in Estonian and English; no content about the order.")


@case("bus-seat-ooo-tr", "auto_reply/tr-TR",
      "Turkish Outlook out-of-office (Otomatik yanıt) with '30.11.2026 tarihine kadar' and a colleague's extension.")
def a_busseat_tr():
    s = sup("OTOKUM", "Otok\u00fcm Tekstil A.\u015e.", "siparis@otokumtekstil.example", "tr-TR")
    po = PO("4500031168", s, "EUR", "2026-11-13", [
        ("OK-VEL-GRY-150", "Bus seat velour grey, 150 cm, 2027 collection", 600, "M", "9.60", "2026-12-18"),
        ("OK-SEAM-TAPE", "Seam tape 20 mm x 100 m", 30, "ROL", "11.20", "2026-12-18"),
    ])
    txt = ("Merhaba,\n\n30.11.2026 tarihine kadar ofis d\u0131\u015f\u0131nday\u0131m. Acil sipari\u015f konular\u0131 i\u00e7in l\u00fctfen "
           "Ay\u015fe Demir ile ileti\u015fime ge\u00e7in: ayse.demir@otokumtekstil.example, dahili 214.\n\n"
           "Sayg\u0131lar\u0131mla,\nEmre Y\u0131ld\u0131z\nOtok\u00fcm Tekstil A.\u015e. | Bursa")
    eml = mail(po, ("Emre Y\u0131ld\u0131z", "emre.yildiz@otokumtekstil.example"), "2026-11-13 11:30:18 +0300", txt,
               client="outlook", lang="tr", charset="iso-8859-9", cte="quoted-printable", quote=False,
               subject="Otomatik yan\u0131t: " + request_subject(po),
               extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, EXP("auto_reply", "Turkish out-of-office; 30.11.2026 is the return date.")


def _plain_bounce(po, frm, subject, date, text, mid, extra=()):
    orig = request_message(po).decode("ascii")
    body = text_part(text + orig, "plain", "us-ascii", "7bit")
    return simple([("From", frm), ("To", addr(po["buyer"]["name"], po["buyer"]["email"])), ("Subject", subject),
                   ("Date", rfcdate(date)), ("Message-ID", mid), ("Auto-Submitted", "auto-replied")] + list(extra), body)


@case("mushroom-spawn-qmail-bounce-hr", "bounce/hr-HR",
      "Old-style qmail 'failure notice' in plain text with our full original request (PO table, dates) pasted below the marker line.")
def b_mush_hr():
    s = sup("GLJIVA", "Gljivarstvo Zagorje d.o.o.", "prodaja@gljivarstvo-zagorje.example", "hr-HR")
    po = PO("4500031169", s, "EUR", "2026-11-16", [
        ("GZ-BUK-MIC", "Shiitake spawn on beech dowels, 1000 pcs/bag", 40, "BOX", "22.00", "2026-12-14"),
        ("GZ-WAX-1KG", "Cheese wax for log sealing, 1 kg", 25, "KG", "8.60", "2026-12-14"),
    ])
    text = ("Hi. This is the qmail-send program at mx2.halden-supply.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<prodaja@gljivarstvo-zagorje.example>:\n198.51.100.24 does not like recipient.\n"
            "Remote host said: 550 5.1.1 <prodaja@gljivarstvo-zagorje.example>: Recipient address rejected: mailbox disabled\n"
            "Giving up on 198.51.100.24.\n\n--- Below this line is a copy of the message.\n\n")
    eml = _plain_bounce(po, "MAILER-DAEMON@mx2.halden-supply.example", "failure notice", "2026-11-16 09:13:31 +0100",
                        text, "<20261116081331.4471.qmail@mx2.halden-supply.example>")
    return [po], eml, EXP("bounce", "qmail plain-text failure notice; the copy below the marker is our own request with its PO table.")


@case("soap-moulds-postfix-dsn-host-not-found-pl", "bounce/pl-PL",
      "Postfix multipart/report DSN (5.4.4 host not found) with the complete original request as message/rfc822.")
def b_soap_pl():
    s = sup("MYDLOF", "Mydlarnia Forma s.c.", "biuro@mydlarniaforma.example", "pl-PL")
    po = PO("4500031170", s, "PLN", "2026-11-16", [
        ("MF-SIL-BEE", "Silicone mould bee 6-cavity, 110 g", 150, "EA", "24.90", "2026-12-11"),
        ("MF-PVC-BAR", "PVC bar mould 25x8x6 cm", 60, "EA", "18.40", "2026-12-11"),
    ])
    text = ("This is the mail system at host mx1.halden-supply.example.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<biuro@mydlarniaforma.example>: Host or domain name not found. Name service error\n"
            "    for name=mydlarniaforma.example type=MX: Host not found, try again\n")
    eml = dsn(po, "2026-11-21 09:14:02 +0100", "mx1.halden-supply.example", text, "5.4.4",
              "Host or domain name not found. Name service error for name=mydlarniaforma.example type=MX", seed="pf-soap")
    return [po], eml, EXP("bounce", "Postfix DSN, domain not found; returned message is our request (table with quantities and dates).")


@case("hurling-exim-mail-delivery-failed-ie", "bounce/en-IE",
      "Exim 'Mail delivery failed: returning message to sender' plain-text bounce with the whole original request after the copy marker.")
def b_hurling_ie():
    s = sup("CILLCR", "Kilkenny Hurley Works", "sales@kilkennyhurley.example", "en-IE")
    po = PO("4500031171", s, "EUR", "2026-11-17", [
        ("KHW-36-ASH", "Hurley 36 in, ash, size 5/4, 2027 season", 80, "EA", "42.00", "2026-12-11"),
        ("KHW-SLIO-5", "Sliotar size 5, leather", 120, "EA", "9.80", "2026-12-11"),
    ], buyer="ap")
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
            "The following address(es) failed:\n\n  sales@kilkennyhurley.example\n    host mx.kilkennyhurley.example [203.0.113.61]\n"
            "    SMTP error from remote mail server after RCPT TO:<sales@kilkennyhurley.example>:\n    550 5.1.1 No such user here\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n")
    eml = _plain_bounce(po, "Mail Delivery System <Mailer-Daemon@relay.halden-supply.example>",
                        "Mail delivery failed: returning message to sender", "2026-11-17 08:13:05 +0000", text,
                        "<E1vKx3R-0004Qm-2B@relay.halden-supply.example>", extra=[("X-Failed-Recipients", "sales@kilkennyhurley.example")])
    return [po], eml, EXP("bounce", "Exim bounce; the copied message is our own request, so its quantities and dates are not an answer.")


@case("lamp-oil-invoice-other-po-at", "unrelated/de-AT",
      "An Austrian invoice (Rechnung, PDF) for an earlier, already delivered order 4500029877 from the same supplier, with amounts and dates.")
def u_lamp_at():
    s = sup("PETROLAT", "Petroleum-Lampen Handel Gruber GmbH", "office@gruber-lampen.example", "de-AT")
    po = PO("4500031172", s, "EUR", "2026-11-16", [
        ("GL-LOEL-1L", "Lamp oil 1 L, odourless, 2027 batch", 600, "L", "5.40", "2026-12-15"),
        ("GL-DOCHT-14", "Round wick 14 mm, 1 m", 100, "EA", "1.90", "2026-12-15"),
    ])
    page = ["**Petroleum-Lampen Handel Gruber GmbH", "Linzer Stra\u00dfe 55, 4600 Wels - UID ATU12345678", "",
            "**RECHNUNG Nr. RE-2026-03318", "Rechnungsdatum: 20.11.2026     Lieferdatum: 06.11.2026",
            "Ihre Bestellung: 4500029877 vom 14.10.2026", "",
            "Pos  Artikel       Bezeichnung                Menge     Preis     Betrag",
            "1    GL-LOEL-1L    Lampen\u00f6l 1 L geruchlos     400 L      5,20    2.080,00",
            "2    GL-DOCHT-14   Runddocht 14 mm            50 Stk     1,90       95,00", "",
            "Netto EUR 2.175,00   USt 20 % EUR 435,00   Gesamt EUR 2.610,00",
            "Zahlbar bis 20.12.2026 ohne Abzug."]
    assert Decimal("2175.00") * Decimal("0.2") == Decimal("435.00")
    data = pdf([page], title="Rechnung RE-2026-03318", author="Gruber GmbH", date="D:20261120080000+01'00'", flate=True)
    txt = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-03318 zu Ihrer Bestellung 4500029877.\n\n"
           "Mit freundlichen Gr\u00fc\u00dfen\nBuchhaltung Gruber GmbH\nTel. +43 7242 21 880")
    eml = mail(po, ("Buchhaltung Gruber", "buchhaltung@gruber-lampen.example"), "2026-11-20 08:05:12 +0100", txt,
               client="erp", charset="iso-8859-1", cte="quoted-printable", html=False, quote=False, thread=False,
               subject="Rechnung RE-2026-03318 zu Bestellung 4500029877",
               attach=[(data, "application/pdf", "RE-2026-03318.pdf")])
    return [po], eml, EXP("unrelated",
                          "Invoice for a different, already delivered PO 4500029877 (same items, price 5,20); not an answer about open PO 4500031172.")


@case("water-valves-delivery-note-other-order-cs", "unrelated/cs-CZ",
      "A Czech delivery note (dodací list) for another order, sent by the warehouse, with quantities and a shipping date for valves like ours.")
def u_valves_cs():
    s = sup("VODARM", "Vodoarmatura Brno a.s.", "prodej@vodoarmatura.example", "cs-CZ")
    po = PO("4500031173", s, "EUR", "2026-11-16", [
        ("VA-SOUP-100", "Gate valve DN100 PN16", 8, "EA", "610.00", "2026-12-17"),
        ("VA-ZPET-100", "Non-return valve DN100", 8, "EA", "298.00", "2026-12-17"),
    ])
    page = ["**Vodoarmatura Brno a.s.", "Hlinky 118, 603 00 Brno", "", "**DODACI LIST DL-26-11907",
            "Datum expedice: 19.11.2026     Vase objednavka: 4500030412", "",
            "Pol.  Kod          Nazev                       Mnozstvi",
            "1     VA-SOUP-100  Soupatko DN100 PN16         6 ks",
            "2     VA-HYD-80    Hydrant podzemni DN80       2 ks", "", "Prevzal: ____________"]
    data = pdf([page], title="Dodaci list DL-26-11907", author="Vodoarmatura", date="D:20261119130000+01'00'")
    txt = ("Dobr\u00fd den,\n\nv p\u0159\u00edloze zas\u00edl\u00e1me dodac\u00ed list k dne\u0161n\u00ed expedici (va\u0161e objedn\u00e1vka 4500030412).\n\n"
           "S pozdravem\nsklad Vodoarmatura Brno a.s.")
    eml = mail(po, ("Sklad Vodoarmatura", "sklad@vodoarmatura.example"), "2026-11-19 13:02:44 +0100", txt,
               client="outlook", lang="cs", charset="iso-8859-2", cte="quoted-printable", html=False, quote=False,
               thread=False, subject="Dodac\u00ed list DL-26-11907 / obj. 4500030412",
               attach=[(data, "application/pdf", "DL-26-11907.pdf")])
    return [po], eml, EXP("unrelated",
                          "Delivery note for another order (4500030412) shipped 19.11.2026; the open PO 4500031173 is not mentioned.")


@case("lamp-oil-price-list-2027-fi", "unrelated/fi-FI",
      "Finnish 2027 price list (hinnasto) mail with an XLSX of prices valid from 01.01.2027 for the very items on our open PO.")
def u_lamp_fi():
    s = sup("VALOOY", "Valo\u00f6ljy Oy", "myynti@valooljy.example", "fi-FI")
    po = PO("4500031174", s, "EUR", "2026-11-16", [
        ("VO-LAMP-1L", "Lamp oil 1 L, smokeless", 800, "L", "4.60", "2026-12-14"),
        ("VO-CITR-05", "Citronella lamp oil 0.5 L", 300, "EA", "3.20", "2026-12-14"),
    ])
    rows = [["Tuote", "Nimike", "Yksikk\u00f6", "Hinta 2026 EUR", "Hinta 2027 EUR", "Voimassa alkaen"],
            ["VO-LAMP-1L", "Lamppu\u00f6ljy 1 L, savuton", "L", Decimal("4.60"), Decimal("4.85"), dt.date(2027, 1, 1)],
            ["VO-CITR-05", "Sitronella\u00f6ljy 0,5 L", "kpl", Decimal("3.20"), Decimal("3.35"), dt.date(2027, 1, 1)],
            ["VO-WICK-10", "Sydänlanka 10 mm, 1 m", "kpl", Decimal("0.90"), Decimal("0.95"), dt.date(2027, 1, 1)]]
    data = xlsx(rows, sheet="Hinnasto 2027", date_fmt="d.m.yyyy")
    txt = ("Hyv\u00e4 asiakas,\n\nohessa hinnastomme vuodelle 2027. Uudet hinnat ovat voimassa 1.1.2027 alkaen toimitettaviin tilauksiin.\n\n"
           "Yst\u00e4v\u00e4llisin terveisin\nValo\u00f6ljy Oy / myynti\npuh. 09 4155 2200")
    eml = mail(po, ("Valo\u00f6ljy Oy myynti", "myynti@valooljy.example"), "2026-11-23 08:30:00 +0200", txt,
               client="outlook", lang="fi", charset="iso-8859-15", cte="quoted-printable", quote=False, thread=False,
               subject="Hinnasto 2027 / Price list 2027",
               to="Asiakkaat <asiakkaat@valooljy.example>",
               attach=[(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Hinnasto_2027.xlsx")])
    return [po], eml, EXP("unrelated",
                          "General 2027 price list mailing (sent to a customer list) with the PO's items; it does not answer PO 4500031174.")
