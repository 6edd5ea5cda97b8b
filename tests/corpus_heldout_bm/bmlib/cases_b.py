"""Cases 019-036."""
from .common import (case, sup, po, conf, all_acc, chg, exp_conf, exp_kind, reply, pdf_att, std_headers,
                     buyer_addr, dsn_report, simple_mail, req_when, req_subject, mime, hexid, rfcdate, BUYERS)
from .pdf import make_pdf
from email.utils import format_datetime
import datetime as dt


@case("saffron-hindi-18-disambar", "confirmation/hi-IN",
      "Hindi reply in Devanagari (UTF-8, base64) confirms quantities and prices and gives delivery as '18 दिसंबर' without a year.")
def c019(slug):
    s = sup("KKESAR", "Kashmir Kesar Traders", "orders@kashmirkesar.example", "hi-IN")
    p = po("4500319002", s, "USD", "2026-11-05", [
        ("SAF-MON-A1", "Saffron Mongra grade A1, ISO 3632 cat. I, 1 kg tin", 4, "KG", "2150.00", "2026-12-11"),
        ("SAF-LAC-B", "Saffron Lacha grade B, 500 g pack", 3, "KG", "1680.00", "2026-12-11")], buyer="pn")
    body = ("नमस्ते प्रिया जी,\n\nआपके ऑर्डर 4500319002 के लिए धन्यवाद। हम इसकी पुष्टि करते हैं:\n"
            "1. मोंगरा केसर ग्रेड A1 – 4 किग्रा, 2,150.00 USD प्रति किग्रा\n"
            "2. लच्छा केसर ग्रेड B – 3 किग्रा (6 पैक × 500 ग्राम), 1,680.00 USD प्रति किग्रा\n\n"
            "नई फसल की ग्रेडिंग के कारण दोनों मदों की डिलीवरी 18 दिसंबर को होगी।\n\nसादर,\nइमरान भट\n"
            "कश्मीर केसर ट्रेडर्स, पंपोर, जम्मू और कश्मीर 192121\nफ़ोन: +91 194 245 6780\n")
    eml = reply(slug, po_=p, frm=("इमरान भट", "imran.bhat@kashmirkesar.example"), subject="Re: " + req_subject(p),
                when="2026-11-24 13:18:40 +0530", body=body, client="gmail", lang="en", charset="UTF-8",
                cte="base64")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2026-12-18"), 2: chg(p, 2, d="2026-12-18")})],
                              "'18 दिसंबर' has no year: next 18 December after 24 Nov 2026 = 2026-12-18; "
                              "quantities in किग्रा and '6 पैक × 500 ग्राम' = 3 kg, prices unchanged.")


@case("wool-felt-tarne-18-12", "confirmation/et-EE",
      "Estonian reply: felt sold only in full 25 m rolls (6 rolls instead of 160 m) and 'tarne 18.12' without a year.")
def c020(slug):
    s = sup("VILLAV", "Villavilt OU", "myyk@villavilt.example", "et-EE")
    p = po("4500319015", s, "EUR", "2026-11-02", [
        ("WF-GRY-5", "Wool felt 5 mm, grey, 1.8 m wide, 25 m roll", 160, "M", "22.40", "2026-12-11"),
        ("WF-PAD-12", "Felt pad 12x20 mm, self-adhesive, 500 pcs/box", 30, "BOX", "11.80", "2026-12-11")])
    body = ("Tere, Maren!\n\nKinnitame tellimuse 4500319015:\n"
            "rida 1 - vilt 5 mm hall: müüme ainult täisrullides, seega 6 rulli à 25 m, hind 22,40 EUR/m;\n"
            "rida 2 - viltpadjad 12x20: 30 karpi à 11,80 EUR.\n\nMõlemal real tarne 18.12.\n\n"
            "Lugupidamisega\nKadri Tamm\nVillavilt OÜ | Tööstuse 48, 10416 Tallinn | +372 655 2140\n")
    eml = reply(slug, po_=p, frm=("Kadri Tamm", "kadri.tamm@villavilt.example"), subject="Re: " + req_subject(p),
                when="2026-11-13 10:27:31 +0200", body=body, client="thunderbird", quote="gmail", lang="en",
                html=False, charset="iso-8859-15", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, q=150, d="2026-12-18"), 2: chg(p, 2, d="2026-12-18")})],
                              "6 rolls à 25 m = 150 m instead of 160 m; 'tarne 18.12' without year = 2026-12-18 "
                              "for both lines; price per metre unchanged.")


@case("gelato-cabinets-exchange-ndr-de", "bounce/de-DE",
      "German Exchange Online NDR ('Unzustellbar', 550 5.1.10 RecipientNotFound) as multipart/report with the original PO request attached.")
def c021(slug):
    s = sup("GERBERGT", "Gerber Gelato Technik GmbH", "bestellung@gerber-gelatotechnik.example", "de-DE")
    p = po("4500319023", s, "EUR", "2026-11-16", [
        ("GC-18P-2027", "Gelato display cabinet 18 pans 5 L, 2027 model, -18/-20 C", 2, "EA", "8950.00", "2027-02-05"),
        ("GC-PAN-5", "Gelato pan 360x165x120 mm, 5 L, stainless", 48, "PCS", "14.60", "2027-02-05")], buyer="jw")
    w = req_when(p) + dt.timedelta(seconds=12)
    txt = ("Ihre Nachricht hat bestellung@gerber-gelatotechnik.example nicht erreicht.\n\n"
           "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse "
           "des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, "
           "wenden Sie sich an Ihren E-Mail-Administrator.\n\nbestellung@gerber-gelatotechnik.example\n"
           "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
           "lookup' zurückgegeben.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: "
           "AM0PR04MB6931.eurprd04.prod.outlook.com\n\nbestellung@gerber-gelatotechnik.example\n"
           "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
           "lookup' zurückgegeben.\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\nFrom: Jonas Weber "
           "<jonas.weber@kestrelgroup.example>\nTo: bestellung@gerber-gelatotechnik.example\nSubject: %s\n"
           "Message-ID: %s\n" % (req_subject(p), p["request_message_id"]))
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\"><p style=\"font-size:16pt;color:#C00000\">"
           "Ihre Nachricht hat <a href=\"mailto:bestellung@gerber-gelatotechnik.example\">bestellung@gerber-"
           "gelatotechnik.example</a> nicht erreicht.</p><p>Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht "
           "gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu "
           "senden.</p><p><b>Diagnoseinformationen für Administratoren:</b><br>Generierender Server: "
           "AM0PR04MB6931.eurprd04.prod.outlook.com<br>Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
           "Recipient not found by SMTP address lookup' zurückgegeben.</p></div></body></html>")
    bnd = "_%s_" % hexid(slug + "alt", 20).upper()
    hp = mime.multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                    mime.html(htm, "utf-8", "quoted-printable")], bnd)
    core = dsn_report(slug, p, human=None, human_part=hp, status="5.1.10",
                      reporting_mta="AM0PR04MB6931.eurprd04.prod.outlook.com",
                      diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                      remote_mta="AM0PR04MB6931.eurprd04.prod.outlook.com")
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrelgroup.example>"),
          ("To", buyer_addr(p)), ("Subject", "Unzustellbar: " + req_subject(p)), ("Date", format_datetime(w)),
          ("Message-ID", "<%s@AM0PR04MB6931.eurprd04.prod.outlook.com>" % hexid(slug, 32)),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    hs = [(k, v) if v else (k, "true") for k, v in hs]
    return [p], simple_mail(hs, core), exp_kind("bounce", "German Exchange NDR: recipient not found; the attached "
                                                "original request (PO table, dates) is ours, nothing was confirmed.")


@case("wood-veneer-croatian-pdf", "confirmation/hr-HR",
      "Croatian body only points to the attachment; the Flate-compressed PDF acknowledgment holds one new price and one later date.")
def c022(slug):
    s = sup("FURSLAV", "Furnir Slavonija d.o.o.", "prodaja@furnir-slavonija.example", "hr-HR")
    p = po("4500319034", s, "EUR", "2026-11-04", [
        ("WV-OAK-06", "Oak veneer, crown cut, 0.6 mm, 2.5 m+ length, AB grade", 400, "M2", "6.80", "2026-12-16"),
        ("WV-WAL-06", "Walnut veneer, European, 0.6 mm, 2-3 m", 120, "M2", "14.90", "2026-12-16"),
        ("WV-TAPE-30", "Veneer edge tape oak 30 mm x 50 m, pre-glued", 25, "ROL", "18.50", "2026-12-16")])
    pdf = make_pdf([("FURNIR SLAVONIJA d.o.o.", 14, True), "Vukovarska 212, 31000 Osijek, Hrvatska  |  OIB 48215637790",
                    "", ("POTVRDA NARUDŽBE br. 2026-1187", 13, True), "Datum: 24.11.2026",
                    "Kupac: Kestrel Group, Hafenstrasse 12, 20457 Hamburg, Njemačka",
                    "Vaša narudžba: 4500319034 od 04.11.2026", "", 
                    ("Poz.  Šifra          Opis                               Količina  JM    Cijena EUR   Rok isporuke", 9, True),
                    "1     WV-OAK-06      Hrastov furnir 0,6 mm, AB             400     m2        6,80      16.12.2026",
                    "2     WV-WAL-06      Orahov furnir 0,6 mm                  120     m2       15,40      16.12.2026",
                    "3     WV-TAPE-30     Rubna traka hrast 30 mm x 50 m         25     kol      18,50      08.01.2027",
                    "", "Ukupno bez PDV-a: 5.030,50 EUR", "Uvjeti plaćanja: 60 dana neto.  Paritet: DAP Hamburg.",
                    "Napomena: cijena oraha usklađena s cjenikom od 01.11.2026.", "",
                    "Izradio: Ivana Horvat           Potvrda je izrađena elektronički i vrijedi bez potpisa."],
                   title="Potvrda narudzbe 2026-1187", author="Pantheon ERP", compress=True,
                   date="D:20261124084512+01'00'")
    body = ("Poštovana gospođo Holt,\n\nu privitku Vam šaljemo potvrdu narudžbe za Vašu narudžbu 4500319034.\n\n"
            "S poštovanjem,\n\nIvana Horvat\nKomercijala\nFurnir Slavonija d.o.o.\nVukovarska 212, 31000 Osijek\n"
            "Tel: +385 31 284 500\n")
    eml = reply(slug, po_=p, frm=("Ivana Horvat", "ivana.horvat@furnir-slavonija.example"),
                subject="RE: " + req_subject(p), when="2026-11-24 08:52:06 +0100", body=body, lang="hr",
                charset="windows-1250", cte="quoted-printable",
                attachments=[pdf_att(pdf, "Potvrda_narudzbe_2026-1187.pdf")])
    # 400*6.80 + 120*15.40 + 25*18.50 = 2720 + 1848 + 462.5 = 5030.50
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, price="15.40"), 3: chg(p, 3, d="2027-01-08")})],
                              "All values are in the Flate-compressed PDF: line 2 price 15,40 (PO 14.90), line 3 "
                              "delivery 08.01.2027; line 1 as ordered. The body says nothing.")


@case("blister-foil-line2-separate-mail", "confirmation/pl-PL",
      "Polish reply confirms positions 1 and 3 and says position 2 will be confirmed in a separate e-mail.")
def c023(slug):
    s = sup("BLISTPL", "Blisterpak Polska Sp. z o.o.", "zamowienia@blisterpak.example", "pl-PL")
    p = po("4500319041", s, "EUR", "2026-11-05", [
        ("BF-ALU-25", "Alu blister foil 25 micron, hard temper, 260 mm x 1200 m", 36, "ROL", "132.00", "2026-12-18"),
        ("BF-CFF-45", "Cold form foil OPA25/Alu45/PVC60, 260 mm", 20, "ROL", "298.00", "2026-12-18"),
        ("BF-PVC-250", "PVC film 250 micron, clear, 260 mm", 40, "ROL", "88.50", "2027-01-08")], buyer="pn")
    body = ("Dzień dobry Pani Priyo,\n\npotwierdzamy zamówienie 4500319041 w zakresie:\n"
            "poz. 1 - 36 rolek, 132,00 EUR/rolka, dostawa 18.12.2026\n"
            "poz. 3 - 40 rolek, 88,50 EUR/rolka, dostawa 08.01.2027\n\n"
            "Pozycję 2 (folia Cold Form) potwierdzimy osobnym mailem po uzgodnieniu terminu z walcownią.\n\n"
            "Pozdrawiam\nKatarzyna Wiśniewska\nDział Obsługi Klienta\nBlisterpak Polska Sp. z o.o.\n"
            "ul. Przemysłowa 15, 62-080 Tarnowo Podgórne\ntel. +48 61 814 27 30\n")
    eml = reply(slug, po_=p, frm=("Katarzyna Wiśniewska", "k.wisniewska@blisterpak.example"),
                subject="RE: " + req_subject(p), when="2026-11-17 12:33:58 +0100", body=body, lang="pl",
                charset="iso-8859-2", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: "U", 3: "A"})],
                              "Lines 1 and 3 repeat the PO; line 2 'potwierdzimy osobnym mailem' is a promise to "
                              "answer later, so it is unconfirmed.")


@case("privacy-curtains-subject-only", "confirmation/en-IE",
      "iPhone reply with nothing typed above the quote; the commitment is only in the edited Subject 'CONFIRMED as ordered, all lines'.")
def c024(slug):
    s = sup("SHANHTX", "Shannon Healthcare Textiles Ltd", "orders@shannon-htex.example", "en-IE")
    p = po("4500319058", s, "EUR", "2026-11-06", [
        ("HPC-FR-2014", "Hospital privacy curtain, FR, 2.0x1.4 m, mesh top 50 cm, sky blue", 120, "PCS", "46.50", "2026-12-18"),
        ("HPC-HOOK-100", "Curtain hooks, quick-release, box of 100", 24, "BOX", "19.80", "2026-12-18"),
        ("HPC-TRK-3", "Ceiling track 3 m, aluminium, bendable", 40, "EA", "27.00", "2027-01-08")])
    eml = reply(slug, po_=p, frm=("Ciara Byrne", "orders@shannon-htex.example"),
                subject="Re: PO 4500319058 - CONFIRMED as ordered, all lines", when="2026-11-12 19:46:10 +0000",
                body="", client="iphone", quote="gmail", html=False, charset="utf-8", cte="quoted-printable")
    return [p], eml, exp_conf([all_acc(p)], "Body is empty apart from the quoted request; the supplier rewrote the "
                              "Subject to 'CONFIRMED as ordered, all lines'. FORMAT.md asks whether the mail commits "
                              "to the order, and this explicit, unconditional statement does, so all lines are "
                              "accepted with the PO values.")


@case("equine-tools-forwarded-chain", "confirmation/sv-SE",
      "Swedish sales rep forwards an internal chain; the older message says all lines 11/12, the latest colleague's message moves line 2 to 8/1 2027.")
def c025(slug):
    s = sup("HASTTAND", "Hasttand Instrument AB", "order@hasttand.example", "sv-SE")
    p = po("4500319066", s, "SEK", "2026-11-04", [
        ("EQD-FLT-40", "Equine dental float, 40 cm, carbide blade, straight", 12, "EA", "1450.00", "2026-12-11"),
        ("EQD-SPEC-M", "Full mouth speculum, stainless, size M", 6, "EA", "3890.00", "2026-12-11"),
        ("EQD-BLD-10", "Replacement carbide blades 10 mm, set of 5", 30, "SET", "320.00", "2026-12-11")], buyer="tl")
    body = ("Hej Tomas,\n\nse nedan gällande er order 4500319066 – den är bekräftad från vår sida enligt kollegornas "
            "svar, priser och antal enligt er beställning.\n\nMvh\nErik Lund\nKey Account Manager\nHästtand "
            "Instrument AB | Verkstadsgatan 9, 753 23 Uppsala | 018-15 40 22\n\n"
            "---------- Vidarebefordrat meddelande ---------\nFrån: Linnea Berg <linnea.berg@hasttand.example>\n"
            "Date: ons 18 nov. 2026 kl. 15:42\nSubject: SV: Kestrel PO 4500319066\nTo: Erik Lund "
            "<erik.lund@hasttand.example>\n\n\nRättelse: spekulumen (rad 2) från vår tyska leverantör är försenade, "
            "vi kan leverera dem tidigast den 8/1 2027. Rad 1 och 3 fortfarande 11/12.\n\n/Linnea\n\n"
            "Den tis 17 nov. 2026 kl. 10:05 skrev Oskar Holm <oskar.holm@hasttand.example>:\n"
            "> Hej Erik,\n> allt finns i lager, alla tre rader kan levereras 11/12 som Kestrel vill.\n> /Oskar\n"
            ">\n> Den mån 16 nov. 2026 kl. 09:12 skrev Erik Lund <erik.lund@hasttand.example>:\n"
            ">> Kan ni kolla Kestrels order 4500319066? 12 st flytar, 6 st munspekulum M, 30 set blad. Önskat 11/12.\n")
    eml = reply(slug, po_=p, frm=("Erik Lund", "erik.lund@hasttand.example"),
                subject="Fwd: SV: Kestrel PO 4500319066", when="2026-11-18 16:10:27 +0100", body=body,
                client="gmail", quote="none", thread=False, charset="UTF-8", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, d="2027-01-08"), 3: "A"})],
                              "Forwarded internal chain: Oskar (older) says all lines 11/12; Linnea's later "
                              "correction moves line 2 to 8/1 2027 (Swedish day/month). Lines 1 and 3 stay 11/12 = PO.")


@case("ski-lift-grips-ticket-receipt", "auto_reply/en-US",
      "Help-desk ticket acknowledgment (#48213) echoing the request excerpt with the PO table and response-time figures.")
def c026(slug):
    s = sup("SUMMIT", "Summit Lift Components LLC", "support@summitlift.example", "en-US")
    p = po("4500319072", s, "USD", "2026-11-16", [
        ("SLC-GRP-42", "Detachable grip, 42 mm rope, 2027 spec", 8, "EA", "5400.00", "2027-02-12"),
        ("SLC-SHV-420", "Sheave liner 420 mm, polyurethane", 64, "PCS", "86.00", "2027-02-12")], buyer="jw")
    w = req_when(p) + dt.timedelta(minutes=1, seconds=3)
    body = ("##- Please type your reply above this line -##\n\nHi Jonas,\n\nThank you for contacting Summit Lift "
            "Components. Your request (#48213) has been received and is being reviewed by our Order Management "
            "team.\nTypical response time is 1-2 business days (Mon-Fri, 7 AM-5 PM MT).\n\nTo add information, "
            "simply reply to this email.\n\n----------------------------------------------\n\nJonas Weber, "
            "Nov 16, 2026, %s\n\n" % w.strftime("%-I:%M %p"))
    from .common import req_text
    body += req_text(p) + "\n--------------------------------\nThis email is a service from Summit Lift Support.\n[QG7K2M-8RRD]\n"
    hs = std_headers(slug, ("Summit Lift Support", "support@summitlift.example"), buyer_addr(p),
                     "[Summit Lift Support] Re: " + req_subject(p), w.strftime("%Y-%m-%d %H:%M:%S %z"),
                     client="ticket", p=p, thread=True,
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                            ("Precedence", "bulk")])
    return [p], simple_mail(hs, mime.text(body, charset="us-ascii", cte="7bit")), exp_kind(
        "auto_reply", "Ticket system receipt: echoes our PO table and '1-2 business days', no human commitment.")


@case("fishing-reels-japanese-two-of-three", "confirmation/ja-JP",
      "Japanese Shift_JIS reply answers two of three open POs per line (yen prices with '@', 2027年 dates) and defers the third.")
def c027(slug):
    s = sup("SHIOKAZE", "Shiokaze Reel Industries Co., Ltd.", "eigyo@shiokaze-reel.example", "ja-JP")
    pa = po("4500319081", s, "JPY", "2026-11-02", [
        ("SK-SP-2500", "Spinning reel 2500S, 6.2:1, 7 BB", 60, "EA", "8400", "2027-01-15"),
        ("SK-SP-4000", "Spinning reel 4000XG, 6.2:1", 40, "EA", "11200", "2027-01-15")])
    pb = po("4500319093", s, "JPY", "2026-11-04", [
        ("SK-BC-70", "Baitcasting reel 70HG, 7.1:1", 30, "EA", "14800", "2027-01-22"),
        ("SK-HDL-45", "Power handle knob 45 mm, EVA", 100, "PCS", "980", "2027-01-22"),
        ("SK-SPL-3000", "Spare spool 3000, shallow", 50, "PCS", "3150", "2027-01-22")])
    pc = po("4500319105", s, "JPY", "2026-11-06", [
        ("SK-OH-20", "Overhead reel 20, lever drag", 12, "EA", "36500", "2027-02-05")])
    body = ("Kestrel Group\nMaren Holt 様\n\nいつも大変お世話になっております。潮風リール工業の佐藤でございます。\n\n"
            "下記ご注文につきまして、数量・単価・納期を回答申し上げます。\n\n【注文番号 4500319081】\n"
            "行1　SK-SP-2500　60台　@8,400円　納期 2027年1月15日\n"
            "行2　SK-SP-4000　40台　@11,200円　納期 2027年1月29日（部品入荷待ちのため）\n\n"
            "【注文番号 4500319093】\n行1　SK-BC-70　30台　@14,800円　納期 2027年1月22日\n"
            "行2　SK-HDL-45　100個　@1,050円　納期 2027年1月22日（材料費高騰のため単価改定）\n"
            "行3　SK-SPL-3000　50個　@3,150円　納期 2027年1月22日\n\n"
            "注文番号 4500319105 につきましては、確認のうえ別途ご連絡いたします。\n\n"
            "何卒よろしくお願い申し上げます。\n\n――――――――――――――\n潮風リール工業株式会社　営業部\n佐藤 健一\n"
            "〒590-0985 大阪府堺市堺区戎島町4-45\nTEL 072-238-4410 / FAX 072-238-4411\n――――――――――――――\n")
    eml = reply(slug, po_=pa, frm=("佐藤 健一", "k.sato@shiokaze-reel.example"), subject="RE: " + req_subject(pa),
                when="2026-11-19 17:45:22 +0900", body=body, lang="ja", charset="shift_jis", cte="base64",
                refs=pa["request_message_id"] + " " + pb["request_message_id"])
    return [pa, pb, pc], eml, exp_conf([
        conf(pa, {1: "A", 2: chg(pa, 2, d="2027-01-29")}),
        conf(pb, {1: "A", 2: chg(pb, 2, price="1050"), 3: "A"})],
        "Two POs answered in one mail: 4500319081 line 2 moves to 2027-01-29; 4500319093 line 2 price @1,050円 "
        "(PO 980). PO 4500319105 is deferred ('別途ご連絡') and therefore left out.")


@case("mosaic-tiles-line-rejected", "confirmation/tr-TR",
      "Turkish per-line answer: two lines confirmed as ordered, the marble mosaic is discontinued and cannot be supplied.")
def c028(slug):
    s = sup("ANAMOZ", "Anadolu Mozaik Seramik A.S.", "satis@anadolumozaik.example", "tr-TR")
    p = po("4500319117", s, "EUR", "2026-11-03", [
        ("AM-GLS-23", "Glass mosaic 23x23 mm, sheet 30x30 cm, turquoise mix", 180, "M2", "24.60", "2026-12-18"),
        ("AM-MRB-48", "Marble mosaic 48x48 mm, honed, Emperador", 60, "M2", "41.00", "2026-12-18"),
        ("AM-ADH-25", "Mosaic tile adhesive C2TE, white, 25 kg bag", 40, "EA", "12.30", "2026-12-18")])
    body = ("Sayın Maren Holt,\n\n4500319117 numaralı siparişiniz için teşekkür ederiz.\n\n"
            "1. kalem: 180 m² cam mozaik, 24,60 EUR/m², teslim 18.12.2026 - onaylanmıştır.\n"
            "2. kalem: Emperador mermer mozaik üretimden kalkmıştır, maalesef tedarik edemiyoruz.\n"
            "3. kalem: 40 torba yapıştırıcı, 12,30 EUR/torba, teslim 18.12.2026 - onaylanmıştır.\n\n"
            "Saygılarımızla,\nMehmet Yılmaz\nİhracat Satış Temsilcisi\nAnadolu Mozaik Seramik A.Ş.\n"
            "Organize Sanayi Bölgesi 3. Cad. No: 12, 26110 Eskişehir\nTel: +90 222 236 41 00\n")
    eml = reply(slug, po_=p, frm=("Mehmet Yılmaz", "mehmet.yilmaz@anadolumozaik.example"),
                subject="YNT: " + req_subject(p), when="2026-11-20 10:11:45 +0300", body=body, lang="tr",
                charset="iso-8859-9", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: "R", 3: "A"})],
                              "Line 2 discontinued ('tedarik edemiyoruz') = rejected; lines 1 and 3 repeat the PO "
                              "in Turkish number format.")


@case("baggage-tags-payment-terms-condition", "needs_review/en-SG",
      "Confirms everything as ordered but only on condition that payment terms change from 60 to 30 days.")
def c029(slug):
    s = sup("MERLTAG", "Merlion Tag Solutions Pte Ltd", "orders@merliontag.example", "en-SG")
    p = po("4500319124", s, "USD", "2026-11-05", [
        ("MT-RFID-500", "RFID bag tag 500x54 mm, UHF, 2-ply", 100000, "PCS", "0.0860", "2026-12-18"),
        ("MT-HB-25", "Heavy baggage label 'HEAVY 25 KG', 100x70 mm", 20000, "PCS", "0.0310", "2026-12-18")], buyer="pn")
    body = ("Dear Priya,\n\nThank you for PO 4500319124. We can confirm both lines at the quantities, prices and "
            "delivery date you requested (18/12/2026), on condition that payment terms are changed to 30 days from "
            "invoice date instead of 60 days net. Kindly confirm you accept this so we can release the order to "
            "production.\n\nBest regards,\nSharon Tan\nSales Executive\nMerlion Tag Solutions Pte Ltd\n"
            "8 Changi South Lane, #05-02, Singapore 486113\nT +65 6542 1180\n")
    eml = reply(slug, po_=p, frm=("Sharon Tan", "sharon.tan@merliontag.example"), subject="RE: " + req_subject(p),
                when="2026-11-13 14:02:19 +0800", body=body, lang="en", charset="us-ascii", cte="7bit")
    return [p], eml, exp_kind("needs_review", "The confirmation is conditional on 30-day payment terms and waits "
                              "for our acceptance, so nothing is committed yet.")


@case("tbm-cutters-chinese-partial", "confirmation/zh-CN",
      "Simplified Chinese (GB2312, base64) reply: only 80 of 100 disc cutters, the rest cancelled; one line later; dates as 2027年1月15日.")
def c030(slug):
    s = sup("LYDGC", "Luoyang Shield Cutter Co., Ltd.", "sales@ly-dgcutter.example", "zh-CN")
    p = po("4500319136", s, "USD", "2026-11-02", [
        ("LY-DC-19", "Disc cutter 19 inch, 483 mm, 315 kN", 100, "EA", "1980.00", "2027-01-15"),
        ("LY-SCR-220", "Scraper 220x150 mm, tungsten carbide", 60, "EA", "245.00", "2027-01-15"),
        ("LY-BKT-M30", "Cutter wedge block M30x3.5", 120, "PCS", "38.00", "2027-01-15")])
    body = ("Maren 女士，您好！\n\n感谢贵司订单 4500319136，回复如下：\n"
            "1. 19寸滚刀：本批次只能供货 80 件，单价 1980.00 美元，交货期 2027年1月15日；其余 20 件无法供货，请取消。\n"
            "2. 刮刀 220x150：60 件，单价 245.00 美元，交货期改为 2027年1月29日。\n"
            "3. 楔块 M30x3.5：120 件，单价 38.00 美元，交货期 2027年1月15日。\n\n顺祝商祺！\n\n王磊\n国际贸易部\n"
            "洛阳盾构刀具有限公司\n河南省洛阳市高新区丰华路18号\n电话：+86 379 6432 1870\n")
    eml = reply(slug, po_=p, frm=("王磊", "wanglei@ly-dgcutter.example"), subject="回复: " + req_subject(p),
                when="2026-11-16 16:20:08 +0800", body=body, client="foxmail", quote="gmail", lang="en",
                charset="gb2312", cte="base64", extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, q=80), 2: chg(p, 2, d="2027-01-29"), 3: "A"})],
                              "Line 1 partial: 80 of 100, remaining 20 cancelled -> quantity 80; line 2 date "
                              "2027-01-29; line 3 as ordered.")


@case("drone-props-taiwan-split", "confirmation/zh-TW",
      "Traditional Chinese (Big5) reply splits line 1 into two deliveries (400 + 200 pairs) with yyyy/mm/dd dates.")
def c031(slug):
    s = sup("AEROFLY", "AeroFly Precision Co., Ltd.", "sales@aerofly-prec.example", "zh-TW")
    p = po("4500319148", s, "USD", "2026-11-04", [
        ("AF-1238-CF", "Carbon propeller 12x3.8, CW/CCW pair", 600, "PAIR", "6.40", "2026-12-18"),
        ("AF-1655-CF", "Carbon propeller 16x5.5 folding, pair", 200, "PAIR", "18.90", "2026-12-18")])
    body = ("Maren 您好：\n\n感謝貴公司訂單 4500319148，確認如下：\n"
            "項次1　12x3.8 碳纖槳：共 600 對，單價 USD 6.40，分兩批交貨：\n"
            "　　2026/12/18 交 400 對\n　　2027/01/15 交 200 對\n"
            "項次2　16x5.5 摺疊槳：200 對，單價 USD 18.90，2026/12/18 交貨。\n\n敬祝 商祺\n\n林志明\n"
            "翔揚精密股份有限公司 業務部\n台中市西屯區工業區三十八路 12 號\nTel: +886 4 2359 6618\n")
    eml = reply(slug, po_=p, frm=("林志明", "chiming.lin@aerofly-prec.example"), subject="RE: " + req_subject(p),
                when="2026-11-17 09:40:51 +0800", body=body, lang="tw", charset="big5", cte="base64")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, sched=[(400, "2026-12-18"), (200, "2027-01-15")]), 2: "A"})],
                              "Line 1 split 400 pairs 2026-12-18 + 200 pairs 2027-01-15 (last delivery is the "
                              "line date); line 2 as ordered.")


@case("gelato-newsletter", "unrelated/it-IT",
      "HTML-only Italian newsletter from the supplier's marketing domain about a 2027 cabinet range and a trade fair, full of dates and prices.")
def c032(slug):
    s = sup("FRIGOVI", "Frigo Vetrine Italia S.p.A.", "ordini@frigovetrine.example", "it-IT")
    p = po("4500319155", s, "EUR", "2026-11-06", [
        ("FV-AUR-18", "Gelato display cabinet Aurora 18 x 5 L pans, 2027", 1, "EA", "11200.00", "2027-02-19")])
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>Novità 2027"
           "</title></head><body style=\"margin:0;background:#f4f1ec\"><table width=\"600\" align=\"center\" "
           "cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;font-family:Arial,sans-serif\">"
           "<tr><td style=\"padding:24px\"><h1 style=\"color:#7a1f2b\">Aurora 24: la nuova vetrina gelato 2027</h1>"
           "<p>Gentile cliente,</p><p>siamo lieti di presentarvi la nuova <b>Aurora 24</b>: 24 vaschette da 5 L, "
           "vetro curvo riscaldato, gas R290, consumo ridotto del 18%.</p><p>Prezzo di lancio: <b>€ 12.950,00</b> "
           "per ordini entro il 31/12/2026 – consegna da febbraio 2027.</p><p>Vi aspettiamo al <b>SIGEP 2027</b>, "
           "Rimini, 16-20 gennaio, Padiglione B5, stand 118.</p><p><a href=\"https://frigovetrine.example/aurora24\">"
           "Scopri di più</a></p><hr><p style=\"font-size:11px;color:#888\">Frigo Vetrine Italia S.p.A. – Via "
           "dell'Industria 40, 40065 Pianoro (BO) – P.IVA 01234560371<br>Ricevi questa e-mail perché sei cliente "
           "registrato. <a href=\"https://frigovetrine.example/unsubscribe?u=7c1e\">Annulla l'iscrizione</a></p>"
           "</td></tr></table></body></html>")
    hs = std_headers(slug, ("Frigo Vetrine Italia", "news@frigovetrine.example"), "maren.holt@kestrelgroup.example",
                     "Novità 2027: vetrina Aurora 24 e SIGEP Rimini", "2026-11-25 07:30:00 +0100", client="mailchimp",
                     extra=[("List-Unsubscribe", "<https://frigovetrine.example/unsubscribe?u=7c1e>"),
                            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                            ("X-Campaign-ID", "nl-2026-11-aurora")])
    return [p], simple_mail(hs, mime.html(htm, "utf-8", "quoted-printable")), exp_kind(
        "unrelated", "Marketing newsletter from the same supplier; prices and dates refer to a new model and a fair, "
                     "not to PO 4500319155.")


@case("baggage-tags-korean-date", "confirmation/ko-KR",
      "Korean EUC-KR/base64 reply: line 1 moved to '2027년 1월 8일' because of chip supply, line 2 as ordered; quantities with 매 counter.")
def c033(slug):
    s = sup("HANBIT", "Hanbit Label Co., Ltd.", "sales@hanbitlabel.example", "ko-KR")
    p = po("4500319163", s, "USD", "2026-11-05", [
        ("HB-BT-RFID", "RFID baggage tag 480x54 mm, IATA 740/753", 150000, "PCS", "0.0910", "2026-12-18"),
        ("HB-BT-PR", "Priority tag 'PRIORITY' 300x54, red", 30000, "PCS", "0.1140", "2026-12-18")])
    body = ("Maren Holt 님께,\n\n안녕하십니까, 한빛라벨 해외영업팀 김민준입니다.\n"
            "발주서 4500319163 건 아래와 같이 확인드립니다.\n\n"
            "1. RFID 수하물 태그: 150,000매, 단가 USD 0.0910, 납기 2027년 1월 8일 (칩 수급 지연)\n"
            "2. 우선 수하물 태그: 30,000매, 단가 USD 0.1140, 납기 2026년 12월 18일\n\n감사합니다.\n\n김민준 드림\n"
            "한빛라벨 주식회사 | 경기도 안산시 단원구 산단로 163\nTel. +82 31 495 2280\n")
    eml = reply(slug, po_=p, frm=("김민준", "minjun.kim@hanbitlabel.example"), subject="RE: " + req_subject(p),
                when="2026-11-18 11:05:37 +0900", body=body, lang="ko", charset="euc-kr", cte="base64")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2027-01-08"), 2: "A"})],
                              "Line 1 date 2027년 1월 8일 = 2027-01-08; line 2 repeats the PO. 740/753 in the "
                              "description are IATA resolution numbers.")


@case("wood-veneer-russian-ship-vs-delivery", "confirmation/ru-RU",
      "Russian KOI8-R reply gives both a ship date (отгрузка) and a later delivery date (поставка) for line 1; delivery wins; line 2 new price.")
def c034(slug):
    s = sup("SHPONPRO", "OOO Shpon-Profi", "sales@shpon-profi.example", "ru-RU")
    p = po("4500319176", s, "EUR", "2026-11-03", [
        ("SP-BIR-06", "Birch rotary veneer 0.6 mm, 2500x1300, grade 2/2", 2000, "M2", "1.95", "2027-01-15"),
        ("SP-ASH-06", "Ash sliced veneer 0.6 mm, 2.2-3.0 m", 300, "M2", "5.40", "2027-01-15")])
    body = ("Добрый день, Марен!\n\nПодтверждаем заказ N 4500319176:\n"
            "1) шпон берёзовый 0,6 мм - 2 000 м2, цена 1,95 EUR/м2, отгрузка 15.01.2027, поставка 22.01.2027;\n"
            "2) шпон ясеня 0,6 мм - 300 м2, цена 5,60 EUR/м2, поставка 22.01.2027.\n\n"
            "С уважением,\nАнна Смирнова\nменеджер по экспорту\nООО \"Шпон-Профи\"\n"
            "614000, г. Пермь, ул. Промышленная, д. 12\nтел.: +7 342 254-18-90\n")
    eml = reply(slug, po_=p, frm=("Анна Смирнова", "a.smirnova@shpon-profi.example"), subject="Re: " + req_subject(p),
                when="2026-11-19 12:48:03 +0300", body=body, client="thunderbird", quote="gmail", lang="en",
                html=False, charset="koi8-r", cte="8bit")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2027-01-22"), 2: chg(p, 2, price="5.60", d="2027-01-22")})],
                              "Line 1: ship 15.01.2027 equals the PO date but delivery (поставка) 22.01.2027 is "
                              "given and wins; line 2 price 5,60 and delivery 22.01.2027.")


@case("wool-felt-body-vs-pdf-contradiction", "needs_review/de-DE",
      "German body says delivery 11.12.2026, the attached order confirmation PDF says 23.12.2026 for the same positions.")
def c035(slug):
    s = sup("FILZOL", "Filzfabrik Oberlausitz GmbH", "verkauf@filz-oberlausitz.example", "de-DE")
    p = po("4500319184", s, "EUR", "2026-11-05", [
        ("FO-WF-10", "Technical wool felt 10 mm, F2, 1x10 m roll", 12, "ROL", "385.00", "2026-12-11"),
        ("FO-STR-3", "Felt strip 3x20 mm, self-adhesive, 50 m roll", 40, "ROL", "16.20", "2026-12-11")], buyer="jw")
    pdf = make_pdf([("Filzfabrik Oberlausitz GmbH", 14, True), "Weberstraße 3 · 02763 Zittau", "",
                    ("AUFTRAGSBESTÄTIGUNG AB 26-04417", 13, True), "Datum: 20.11.2026      Kunden-Nr.: 10482",
                    "Ihre Bestellung: 4500319184 vom 05.11.2026      Ansprechpartner: Herr Weber", "",
                    ("Pos.  Artikel     Bezeichnung                          Menge   ME     Preis/ME EUR   Liefertermin", 9, True),
                    "10    FO-WF-10    Techn. Wollfilz 10 mm F2, Rolle 1x10 m    12   Rolle        385,00    23.12.2026",
                    "20    FO-STR-3    Filzstreifen 3x20 mm, sk, Rolle 50 m      40   Rolle         16,20    23.12.2026",
                    "", "Warenwert netto: 5.268,00 EUR", "Lieferbedingung: DAP Hamburg   Zahlung: 60 Tage netto",
                    "Es gelten unsere AGB, Stand 01/2026."], title="AB 26-04417", author="proALPHA",
                   compress=False, date="D:20261120091500+01'00'")
    body = ("Sehr geehrter Herr Weber,\n\nanbei unsere Auftragsbestätigung AB 26-04417 zu Ihrer Bestellung "
            "4500319184.\nLiefertermin für beide Positionen: 11.12.2026.\n\nMit freundlichen Grüßen\n\n"
            "Sabine Richter\nVertriebsinnendienst\nFilzfabrik Oberlausitz GmbH · Weberstraße 3 · 02763 Zittau\n"
            "Tel. +49 3583 5410-17\n")
    eml = reply(slug, po_=p, frm=("Sabine Richter", "s.richter@filz-oberlausitz.example"),
                subject="AW: " + req_subject(p), when="2026-11-20 09:21:40 +0100", body=body, lang="de",
                charset="iso-8859-1", cte="quoted-printable", attachments=[pdf_att(pdf, "AB_26-04417.pdf")])
    return [p], eml, exp_kind("needs_review", "Body: 11.12.2026 (= PO date); attached AB: 23.12.2026 for both "
                              "positions. The two supplier statements contradict each other; a human must ask.")


@case("solar-heaters-ukrainian-price", "confirmation/uk-UA",
      "Ukrainian windows-1251/base64 list: line 1 with a higher unit price '1 165,00 EUR' (space thousands separator), lines 2-3 as ordered.")
def c036(slug):
    s = sup("SONTEPLO", "TOV Sonyachne Teplo", "sales@sonyachne-teplo.example", "uk-UA")
    p = po("4500319192", s, "EUR", "2026-11-04", [
        ("ST-VAC-300", "Solar water heater 300 L, evacuated tubes 30x58/1800", 8, "EA", "1120.00", "2027-01-22"),
        ("ST-CTRL-24", "Solar controller 24V, 3 sensors", 8, "EA", "96.00", "2027-01-22"),
        ("ST-GLY-20", "Solar fluid glycol, 20 L canister", 10, "EA", "54.00", "2027-01-22")])
    body = ("Доброго дня, пані Марен!\n\nДякуємо за замовлення № 4500319192. Підтверджуємо:\n"
            "1. Водонагрівач 300 л — 8 шт., ціна 1 165,00 EUR/шт. (зросла вартість скла), поставка 22.01.2027\n"
            "2. Контролер 24V — 8 шт., 96,00 EUR/шт., поставка 22.01.2027\n"
            "3. Теплоносій 20 л — 10 шт., 54,00 EUR/шт., поставка 22.01.2027\n\nЗ повагою,\nОлена Бондаренко\n"
            "відділ продажу\nТОВ «Сонячне Тепло»\nвул. Промислова, 7, м. Житомир, 10003\nтел. +380 412 42 31 55\n")
    eml = reply(slug, po_=p, frm=("Олена Бондаренко", "o.bondarenko@sonyachne-teplo.example"),
                subject="RE: " + req_subject(p), when="2026-11-23 15:37:12 +0200", body=body, lang="uk",
                charset="windows-1251", cte="base64")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, price="1165.00"), 2: "A", 3: "A"})],
                              "'1 165,00 EUR' = 1165.00 (PO 1120.00); the other lines repeat the PO.")
