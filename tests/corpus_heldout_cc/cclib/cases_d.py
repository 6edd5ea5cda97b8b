"""Cases 047-070: needs_review, auto_reply, bounce, unrelated."""
from . import mime
from .common import (case, sup, po, build, reply_subject, outlook_quote, gt_quote, request_text, request_subject,
                     html_doc, text_to_html, hx, B_LENA, B_JONAS, B_PRIYA, BUYER_DOM)
from .mime import date_hdr
from .pdf import make_pdf
from .xlsx import make_xlsx


def K(kind, notes):
    return {"kind": kind, "notes": notes}


# ------------------------------------------------------------------ needs_review

@case("organ-pipes-drawing-revision", "needs_review/he-IL",
      "Hebrew reply says the order is fine but production starts only after we send drawing revision C of the pipe foot: a condition, no commitment.")
def c047(seed):
    S = sup("ISRORG", "Ugav Organ Works Ltd", "orders@ugav-organ.example", "he-IL")
    P = po("4500031955", S, "USD", "2026-11-24", [
        ("UOW-TR8-C", "Trumpet 8' reed pipe C, brass shallot 12x20", 1, "SET", "4480.00", "2026-12-18"),
        ("UOW-FT-4", "Pipe foot 4' spotted metal, 2027 scale", 12, "EA", "210.00", "2026-12-18"),
    ], buyer=B_JONAS)
    body = ("שלום ג'ונס,\n\nתודה על ההזמנה 4500031955. המחירים והכמויות נראים בסדר מבחינתנו, "
            "אבל לפני שנאשר סופית אנחנו צריכים את השרטוט המעודכן של רגל הצינור (גרסה C). "
            "בשרטוט שקיבלנו (גרסה B) הקוטר הוא 12 מ\"מ ובהזמנה כתוב 12x20.\n"
            "ברגע שנקבל את השרטוט נאשר מועד אספקה.\n\n"
            "בברכה,\nיעל כהן\nUgav Organ Works Ltd\nרחוב המלאכה 7, אזור התעשייה, חולון 5885205\nטל' +972 3 555 4127\n\n"
            + outlook_quote(P))
    eml = build(seed, frm=("יעל כהן", "yael@ugav-organ.example"), date=date_hdr(2026, 11, 25, 10, 30, 0, 2),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="he-IL",
                charset="windows-1255", html="none")
    return [P], eml, K("needs_review", "Prices/quantities 'look fine' but final confirmation and the date wait for drawing revision C: conditional, nothing committed.")


@case("pallet-nails-next-week-latvian", "needs_review/lv-LV",
      "Latvian 'apstiprināsim nākamnedēļ' (we will confirm next week) with only our quoted table carrying quantities and dates.")
def c048(seed):
    S = sup("NAGLLV", "Naglu Fabrika SIA", "pasutijumi@naglufabrika.example", "lv-LV")
    P = po("4500031969", S, "EUR", "2026-11-24", [
        ("NF-RS-2565", "Ring shank pallet nail 2.5x65 mm", 900, "KG", "1.88", "2026-12-11"),
        ("NF-CL-2850", "Clout nail 2.8x50 mm", 300, "KG", "2.10", "2026-12-11"),
    ])
    body = ("Labdien, Lena!\n\nPaldies par pasūtījumu 4500031969. Stieples piegāde no rūpnīcas vēl nav apstiprināta, "
            "tāpēc daudzumus un termiņu apstiprināsim nākamnedēļ.\n\nAr cieņu,\nJānis Bērziņš\nNaglu Fabrika SIA\n"
            "Rūpniecības iela 23, Jelgava, LV-3001\nTālr. +371 63 555 218\n\n" + outlook_quote(P))
    eml = build(seed, frm=("Jānis Bērziņš", "pasutijumi@naglufabrika.example"), date=date_hdr(2026, 11, 25, 11, 2, 0, 2),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="lv-LV", charset="iso-8859-13")
    return [P], eml, K("needs_review", "Promise to confirm next week; all numbers are in our own quoted request only.")


@case("harvest-bins-colour-question", "needs_review/lt-LT",
      "Lithuanian question about the bin colour (RAL 6005 or 5010?) before confirming; dates and prices appear only in our quote.")
def c049(seed):
    S = sup("DEZELT", "UAB Dėžių Centras", "uzsakymai@deziucentras.example", "lt-LT")
    P = po("4500031983", S, "EUR", "2026-11-24", [
        ("DC-VB-550", "Vineyard harvest bin 550 L, 1200x1000x740 mm", 40, "EA", "112.00", "2026-12-16"),
        ("DC-VB-LID", "Lid for 550 L bin", 40, "EA", "26.00", "2026-12-16"),
    ], buyer=B_PRIYA)
    body = ("Laba diena,\n\ndėl užsakymo 4500031983: kokios spalvos dėžių norite - žalios RAL 6005 ar mėlynos RAL 5010? "
            "Užsakyme spalva nenurodyta. Kai atsakysite, patvirtinsime terminą.\n\nPagarbiai\nRūta Kazlauskienė\nUAB Dėžių Centras\n"
            "Pramonės pr. 16, LT-51329 Kaunas\nTel. +370 37 555 812\n\n" + outlook_quote(P))
    eml = build(seed, frm=("Rūta Kazlauskienė", "uzsakymai@deziucentras.example"), date=date_hdr(2026, 11, 25, 14, 15, 0, 2),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="lt-LT", charset="iso-8859-13")
    return [P], eml, K("needs_review", "A question (colour RAL 6005 vs 5010) and 'we will confirm the date once you answer': no commitment.")


@case("misting-prepayment-condition", "needs_review/et-EE",
      "Estonian reply accepts everything 'kui' (if) we pay 50 % in advance: a conditional answer a buyer must review.")
def c050(seed):
    S = sup("UDUEES", "Udusüsteemid OÜ", "myyk@udusysteemid.example", "et-EE")
    P = po("4500031997", S, "EUR", "2026-11-25", [
        ("UD-NZ-03-SS", "Misting nozzle stainless 0.3 mm, 10/24 UNC", 1200, "PCS", "3.40", "2026-12-14"),
        ("UD-PMP-70", "High-pressure pump 70 bar, 1.5 L/min", 2, "EA", "980.00", "2026-12-14"),
    ])
    body = ("Tere, Lena!\n\nTellimuse 4500031997 saame täita täpselt nii nagu tellitud (kogused, hinnad ja tarne 14.12.2026), "
            "kui tasute 50% ettemaksu hiljemalt 30.11.2026. Ilma ettemaksuta me uut klienti kahjuks ei käivita.\n"
            "Palun andke teada, kas see sobib.\n\nLugupidamisega\nKadri Tamm\nUdusüsteemid OÜ\nPärnu mnt 139, 11317 Tallinn\nTel +372 655 5210\n\n"
            + gt_quote(P))
    eml = build(seed, frm=("Kadri Tamm", "myyk@udusysteemid.example"), date=date_hdr(2026, 11, 26, 9, 0, 0, 2),
                subject="Re: Order acknowledgment request - PO 4500031997", body=body, pos_reply=P, client="gmail", lang="et-EE")
    return [P], eml, K("needs_review", "Values match the PO but the confirmation depends on a 50 % prepayment by 30.11.2026 that we must accept first.")


@case("bollards-vague-asap", "needs_review/en-US",
      "Vague 'should be fine, probably mid-December, we'll get them out asap' with no committed date or quantity.")
def c051(seed):
    S = sup("GRDPST", "GuardPost Manufacturing LLC", "sales@guardpostmfg.example", "en-US")
    P = po("4500032001", S, "USD", "2026-11-25", [
        ("GP-AB-6-42", "Airport bollard 6in x 42in, crash-rated, yellow", 16, "EA", "742.00", "2026-12-10"),
        ("GP-CAP-6", "Dome cap 6in, reflective", 16, "EA", "38.00", "2026-12-10"),
    ], buyer=B_PRIYA)
    body = ("Hey Priya -\n\nGot the PO, thanks. Should be fine, the 6\" posts are probably mid-December, caps are in stock. "
            "We'll get them out asap once powder coat catches up.\n\nSent from my iPhone\n\n" + gt_quote(P))
    eml = build(seed, frm=("Dave Mercer", "dave@guardpostmfg.example"), date=date_hdr(2026, 11, 25, 17, 48, 0, -6),
                subject="Re: Order acknowledgment request - PO 4500032001", body=body, pos_reply=P, client="iphone", html="none",
                cte="7bit", charset="us-ascii")
    return [P], eml, K("needs_review", "'Should be fine', 'probably mid-December', 'asap': no committed quantity, price or date; a buyer cannot book this.")


@case("spotlight-gels-body-vs-pdf", "needs_review/de-DE",
      "German body confirms 'Liefertermin 11.12.' but the attached PDF Auftragsbestätigung says 08.01.2027 for the same lines: contradictory.")
def c052(seed):
    S = sup("BUEHNF", "Bühnenfilter Schröder GmbH", "auftrag@buehnenfilter.example", "de-DE")
    P = po("4500032015", S, "EUR", "2026-11-25", [
        ("BFS-L201-R", "Lighting gel L201 roll 7.62 x 1.22 m", 10, "ROL", "96.00", "2026-12-11"),
        ("BFS-L216-S", "Diffusion L216 sheet 53x61 cm", 100, "EA", "6.90", "2026-12-11"),
    ], buyer=B_JONAS)
    body = ("Hallo Herr Weber,\n\nanbei unsere Auftragsbestätigung zu 4500032015. Liefertermin 11.12. wie gewünscht, Preise wie bestellt.\n\n"
            "Viele Grüße\nLukas Schröder\nBühnenfilter Schröder GmbH\nHafenstraße 9, 28217 Bremen\nTel. 0421 555 3820\n\n"
            + outlook_quote(P, "de"))
    pdf = make_pdf([
        "**BUEHNENFILTER SCHROEDER GMBH - AUFTRAGSBESTAETIGUNG AB-26-4471",
        "Ihre Bestellung: 4500032015 vom 25.11.2026",
        "Datum: 26.11.2026",
        "",
        "Pos  Artikel      Bezeichnung                        Menge  ME   Preis EUR  Liefertermin",
        "1    BFS-L201-R   Farbfilter L201 Rolle 7,62 x 1,22 m   10  ROL      96,00  08.01.2027",
        "2    BFS-L216-S   Diffusor L216 Bogen 53x61 cm         100  ST        6,90  08.01.2027",
        "",
        "Es gelten unsere AGB. Bremen, HRB 28811.",
    ], title="AB-26-4471", compress=True, date="D:20261126083000+01'00'")
    eml = build(seed, frm=("Lukas Schröder", "auftrag@buehnenfilter.example"), date=date_hdr(2026, 11, 26, 8, 44, 0, 1),
                subject=reply_subject(P, "AW:"), body=body, pos_reply=P, client="outlook", lang="de-DE",
                attachments=[(pdf, "application/pdf", "AB-26-4471.pdf")])
    return [P], eml, K("needs_review", "Body (11.12. as requested) and the attached AB (08.01.2027) contradict each other; a careful buyer must ask which holds.")


@case("dough-divider-values-only-quoted", "needs_review/it-IT",
      "Italian reply says prices follow the 2027 list and the date will come with the production plan: every number in the mail is from our quoted PO.")
def c053(seed):
    S = sup("FORNIT", "Forni e Spezzatrici Colombo S.p.A.", "commerciale@colombo-spezzatrici.example", "it-IT")
    P = po("4500032029", S, "EUR", "2026-11-25", [
        ("FSC-SPZ-36", "Hydraulic dough divider 36 parts, 40-180 g", 1, "EA", "6950.00", "2026-12-18"),
        ("FSC-GRG-36", "Grid 36 parts spare", 1, "EA", "540.00", "2026-12-18"),
    ])
    body = ("Buongiorno,\n\nabbiamo ricevuto l'ordine 4500032029. Le spezzatrici sono disponibili ma i prezzi saranno quelli del listino 2027 "
            "(in vigore dal 1° dicembre); la data di consegna ve la confermiamo appena abbiamo il piano di produzione.\n\n"
            "Saluti\nPaolo Colombo\nForni e Spezzatrici Colombo S.p.A.\nVia Milano 140, 20831 Seregno (MB)\nTel. +39 0362 555 410\n\n"
            + outlook_quote(P, "it"))
    eml = build(seed, frm=("Paolo Colombo", "commerciale@colombo-spezzatrici.example"), date=date_hdr(2026, 11, 26, 11, 5, 0, 1),
                subject=reply_subject(P, "R:"), body=body, pos_reply=P, client="outlook", lang="it-IT")
    return [P], eml, K("needs_review", "New (unstated) 2027 list prices and no date; the only prices/dates visible are in our own quoted request.")


@case("privacy-screens-frame-question", "needs_review/en-GB",
      "Before confirming, the supplier asks whether the 3-panel screens are the 1.8 m or 2.0 m frame because description and item code disagree.")
def c054(seed):
    S = sup("WARDSC", "Wardline Healthcare Screens Ltd", "orders@wardline-screens.example", "en-GB")
    P = po("4500032033", S, "GBP", "2026-11-26", [
        ("WHS-3P-200", "Privacy screen 3-panel, 180 cm frame, anti-microbial vinyl", 25, "EA", "148.00", "2026-12-15"),
        ("WHS-CST-50", "Spare castor 50 mm braked", 100, "EA", "4.20", "2026-12-15"),
    ])
    body = ("Hi Lena,\n\nQuick one before we confirm PO 4500032033 - the item code WHS-3P-200 is our 2.0 m frame but the description says 180 cm. "
            "Which one do you need? The 1.8 m version is WHS-3P-180 at £139.00. We'll confirm the whole order once we hear back.\n\n"
            "Kind regards\nHelen Brooks\nWardline Healthcare Screens Ltd\n4 Oakfield Court, Stockport SK3 0RY\n0161 555 2270\n\n"
            + outlook_quote(P))
    eml = build(seed, frm=("Helen Brooks", "orders@wardline-screens.example"), date=date_hdr(2026, 11, 26, 13, 30, 0, 0),
                subject=reply_subject(P), body=body, pos_reply=P, client="outlook", lang="en-GB")
    return [P], eml, K("needs_review", "Open question on the frame size (item code 2.0 m vs description 180 cm, alternative price 139.00); the supplier will confirm the whole order only after our answer.")


@case("sushi-plates-iso2022jp-checking", "needs_review/ja-JP",
      "ISO-2022-JP reply: '在庫を確認中です。27日（金）までにご回答いたします' - checking stock, will answer by Friday 27th.")
def c055(seed):
    S = sup("SUSHIK", "Sushi Kiki Hanbai K.K.", "order@sushikiki.example", "ja-JP")
    P = po("4500032047", S, "JPY", "2026-11-24", [
        ("SKH-PLT-15-R", "Sushi conveyor plate 15 cm, red rim", 600, "PCS", "320", "2026-12-11"),
        ("SKH-CVR-15", "Plate dome cover 15 cm", 600, "PCS", "410", "2026-12-11"),
    ], buyer=B_PRIYA)
    body = ("Priya Nair 様\n\nお世話になっております。寿司機器販売の田中でございます。\n\n"
            "ご注文書 4500032047 を拝受いたしました。現在、皿（15cm 赤縁）の在庫を確認中です。\n"
            "27日（金）までに数量と納期をご回答いたしますので、今しばらくお待ちください。\n\n"
            "寿司機器販売株式会社\n田中 由美\nTEL 03-5555-1820\n\n" + gt_quote(P))
    eml = build(seed, frm=("田中 由美", "order@sushikiki.example"), date=date_hdr(2026, 11, 25, 16, 2, 0, 9),
                subject="Re: Order acknowledgment request - PO 4500032047", body=body, pos_reply=P, client="thunderbird",
                charset="iso-2022-jp", cte="7bit", html="none", lang="ja-JP")
    return [P], eml, K("needs_review", "Stock check under way, answer promised by Friday 27 Nov: nothing committed; 27日（金） is the reply deadline, not a delivery date.")


@case("hose-couplings-contradictory-qty", "needs_review/fr-FR",
      "The text confirms 200 couplings but the pasted table underneath says 150 at the same price: contradictory quantities.")
def c056(seed):
    S = sup("ATLINC", "Atlantique Incendie SARL", "commandes@atlantique-incendie.example", "fr-FR")
    P = po("4500032051", S, "EUR", "2026-11-26", [
        ("AI-GUI-40", "Guillemin coupling DN 40 with lock, 1 1/2in", 200, "EA", "21.60", "2026-12-17"),
    ], buyer=B_JONAS)
    body = ("Bonjour,\n\nNous vous confirmons les 200 raccords Guillemin DN 40 au prix de 21,60 € HT, livraison le 17/12.\n\n"
            "Récapitulatif :\n  Réf. AI-GUI-40 | Raccord Guillemin DN 40 | Qté 150 | PU 21,60 € | Livraison 17/12/2026\n\n"
            "Cordialement,\nYann Le Gall\nAtlantique Incendie SARL\n12 rue de l'Estuaire, 44600 Saint-Nazaire\nTél. 02 40 55 31 74\n\n"
            + outlook_quote(P, "fr"))
    eml = build(seed, frm=("Yann Le Gall", "commandes@atlantique-incendie.example"), date=date_hdr(2026, 11, 27, 9, 20, 0, 1),
                subject=reply_subject(P, "RE :"), body=body, pos_reply=P, client="outlook", lang="fr-FR")
    return [P], eml, K("needs_review", "Prose says 200, the recap table says 150: a careful buyer cannot tell which quantity is committed.")


# ------------------------------------------------------------------ auto_reply

@case("bollards-arabic-out-of-office", "auto_reply/ar-AE",
      "Arabic/English out-of-office with a return date and a colleague's phone number, threaded on our request and quoting nothing.")
def c057(seed):
    S = sup("GULFBL", "Gulf Barrier Systems LLC", "sales@gulfbarrier.example", "ar-AE")
    P = po("4500032065", S, "USD", "2026-11-26", [
        ("GBS-AB-219", "Airport bollard 219 mm, K4 rated, 1000 mm", 10, "EA", "1320.00", "2026-12-18"),
    ])
    body = ("شكراً لرسالتكم.\n\nأنا خارج المكتب حتى يوم الأحد 6 ديسمبر 2026 مع إمكانية محدودة للوصول إلى البريد الإلكتروني.\n"
            "للاستفسارات العاجلة يرجى التواصل مع الزميل أحمد الحمادي على الرقم ‎+971 4 555 2190‎.\n\n"
            "Thank you for your e-mail. I am out of the office until Sunday 6 December 2026 with limited access to e-mail. "
            "For urgent matters please contact Ahmed Al Hammadi on +971 4 555 2190.\n\nفاطمة الزعابي | Fatima Al Zaabi\nGulf Barrier Systems LLC, Jebel Ali Free Zone, Dubai\n")
    eml = build(seed, frm=("فاطمة الزعابي", "fatima@gulfbarrier.example"), date=date_hdr(2026, 11, 26, 10, 13, 2, 4),
                subject="تلقائي: Order acknowledgment request - PO 4500032065", body=body, pos_reply=P, client="outlook",
                lang="ar-AE", charset="windows-1256",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [P], eml, K("auto_reply", "Bilingual Arabic/English out-of-office; the return date 6 December is not a delivery date.")


@case("skate-bearings-ticket-system", "auto_reply/en-US",
      "Helpdesk auto-acknowledgment '[#48213] We received your request' with ticket number and SLA; quotes our request with its table.")
def c058(seed):
    S = sup("SK8SUP", "Concrete Wave Supply Co.", "orders@concretewave.example", "en-US")
    P = po("4500032079", S, "USD", "2026-11-26", [
        ("CW-BRG-608-C", "Ceramic hybrid bearing 608, 8 pack", 250, "SET", "18.40", "2026-12-14"),
        ("CW-BRG-TOOL", "Bearing press tool 8 mm", 25, "EA", "12.90", "2026-12-14"),
    ], buyer=B_PRIYA)
    body = ("##- Please type your reply above this line -##\n\n"
            "Hi Priya,\n\nThanks for contacting Concrete Wave Supply Co. Your request (#48213) has been received and is being reviewed by our order team.\n"
            "We usually respond within 1-2 business days.\n\nTo add comments, reply to this email.\n\n"
            "----------------------------------------------\n\nPriya Nair, Nov 26, 2026, 4:12 AM EST\n\n" + request_text(P) +
            "\n--------------------------------\nThis email is a service from Concrete Wave Supply Co. [RKD9Q2-J8P1]\n")
    eml = build(seed, frm=("Concrete Wave Supply Co.", "support@concretewave.example"), date=date_hdr(2026, 11, 26, 4, 12, 40, -5),
                subject="[Concrete Wave Supply Co.] Re: Order acknowledgment request - PO 4500032079", body=body, pos_reply=P,
                client="plain", lang="en-US",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"), ("Precedence", "bulk")])
    return [P], eml, K("auto_reply", "Ticket-system receipt; the quoted PO table (250 sets, 14 Dec) is our own request, nothing is confirmed.")


@case("pto-shared-inbox-receipt", "auto_reply/de-AT",
      "Shared-inbox receipt 'Ihre Nachricht ist bei uns eingegangen' promising processing within 48 hours, with a 2026-12-24 holiday closing note.")
def c059(seed):
    S = sup("AGRIAT", "Agrartechnik Pichler GmbH", "bestellung@pichler-agrar.example", "de-AT")
    P = po("4500032083", S, "EUR", "2026-11-27", [
        ("AP-GW-1010", "Tractor PTO shaft 1010 mm with friction clutch", 4, "EA", "528.00", "2026-12-16"),
    ], buyer=B_JONAS)
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Diese ist bei uns eingegangen und wird innerhalb von 48 Stunden "
            "von unserem Innendienst bearbeitet.\n\nBitte beachten Sie: Von 24.12.2026 bis 06.01.2027 ist unser Betrieb geschlossen.\n\n"
            "Dies ist eine automatisch erzeugte Nachricht.\n\nAgrartechnik Pichler GmbH | Landstraße 88, 3300 Amstetten | +43 7472 555 80\n")
    eml = build(seed, frm=("Agrartechnik Pichler - Bestellungen", "bestellung@pichler-agrar.example"),
                date=date_hdr(2026, 11, 27, 10, 12, 20, 1), subject="Eingangsbestätigung: Order acknowledgment request - PO 4500032083",
                body=body, pos_reply=P, client="plain", html="none", lang="de-AT", charset="iso-8859-1",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [P], eml, K("auto_reply", "Automatic receipt of a shared mailbox; the dates are holiday closing dates, not deliveries.")


@case("hockey-nets-bilingual-ooo", "auto_reply/fr-CA",
      "Bilingual Quebec out-of-office (French then English) naming a return date of 1 December and a backup contact.")
def c060(seed):
    S = sup("BUTSQC", "Buts et Filets Beauce inc.", "commandes@butsbeauce.example", "fr-CA")
    P = po("4500032097", S, "CAD", "2026-11-27", [
        ("BFB-GOAL-PRO", "Ice hockey goal frame pro 72x48in, 2 3/8in posts", 4, "EA", "612.00", "2026-12-15"),
        ("BFB-NET-PRO", "Replacement net pro 5 mm", 8, "EA", "74.00", "2026-12-15"),
    ])
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au mardi 1er décembre inclusivement. Pour toute commande urgente, "
            "veuillez écrire à Julie Roy (julie.roy@butsbeauce.example) ou composer le 418 555-2716.\n\n"
            "Hello,\n\nI am out of the office until Tuesday, December 1 inclusive. For urgent orders, please contact Julie Roy "
            "(julie.roy@butsbeauce.example) or call 418 555-2716.\n\nMerci / Thank you\nCatherine Poulin\n")
    eml = build(seed, frm=("Catherine Poulin", "catherine.poulin@butsbeauce.example"), date=date_hdr(2026, 11, 27, 10, 12, 45, -5),
                subject="Réponse automatique : Order acknowledgment request - PO 4500032097", body=body, pos_reply=P,
                client="outlook", lang="fr-CA", extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [P], eml, K("auto_reply", "Out-of-office in French and English; 1 December is a return date.")


@case("skate-bearings-finnish-holiday", "auto_reply/fi-FI",
      "Finnish out-of-office 'Olen lomalla 23.11.-4.12.2026' whose date range looks like a delivery window.")
def c061(seed):
    S = sup("LAAKFI", "Laakeri-Tukku Oy", "myynti@laakeritukku.example", "fi-FI")
    P = po("4500032101", S, "EUR", "2026-11-27", [
        ("LT-608-2RS-C3", "Bearing 608-2RS C3, skate grade", 3000, "PCS", "0.52", "2026-12-04"),
    ], buyer=B_JONAS)
    body = ("Hei,\n\nOlen lomalla 23.11.-4.12.2026 enkä lue sähköpostia. Kiireellisissä tilausasioissa ota yhteyttä: "
            "myynti@laakeritukku.example tai puh. 09 555 4420.\n\nI am on holiday 23.11.-4.12.2026. For urgent orders please contact "
            "myynti@laakeritukku.example.\n\nTerveisin\nMikko Virtanen\nLaakeri-Tukku Oy\n")
    eml = build(seed, frm=("Mikko Virtanen", "mikko.virtanen@laakeritukku.example"), date=date_hdr(2026, 11, 27, 10, 13, 5, 2),
                subject="Automaattinen vastaus: Order acknowledgment request - PO 4500032101", body=body, pos_reply=P,
                client="outlook", lang="fi-FI", charset="iso-8859-15",
                extra_headers=[("Auto-Submitted", "auto-replied")])
    return [P], eml, K("auto_reply", "Holiday auto-reply; 4.12.2026 equals the requested date of the PO by coincidence but is the end of the absence.")


# ------------------------------------------------------------------ bounce

def original_request(P, date):
    b = P["buyer"]
    body = mime.text(request_text(P), "plain", "utf-8", "quoted-printable")
    hdrs = [("From", mime.addr(b["name"], b["email"])), ("To", mime.addr(P["supplier"]["name"], P["supplier"]["email"])),
            ("Subject", request_subject(P)), ("Date", date), ("Message-ID", P["request_message_id"]), ("MIME-Version", "1.0")]
    return mime.Part(hdrs + body.headers, body.body).render()


def dsn(reporting, arrival, rcpt, status, diag, remote=None, extra_first=()):
    s = "Reporting-MTA: dns; %s\n" % reporting
    for n, v in extra_first:
        s += "%s: %s\n" % (n, v)
    s += "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n" % (
        arrival, rcpt, rcpt, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return s


@case("harp-strings-postfix-dsn", "bounce/en-GB",
      "Postfix multipart/report DSN (user unknown) carrying the full original request with its PO table as message/rfc822.")
def c062(seed):
    S = sup("HARPUK", "Pedal & Lever Harp Supplies Ltd", "orders@pedalleverharps.example", "en-GB")
    P = po("4500032115", S, "GBP", "2026-11-27", [
        ("PLH-PED-47", "Pedal harp string set 47, 2027 tension chart", 4, "SET", "412.00", "2026-12-11"),
        ("PLH-W-5C", "Wound 5th octave C, 1.5 mm core", 24, "EA", "18.75", "2026-12-11"),
    ])
    d = date_hdr(2026, 11, 27, 10, 12, 0, 1)
    txt = ("This is the mail system at host mx1.halvorsen-pike.example.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<orders@pedalleverharps.example>: host mx.pedalleverharps.example[203.0.113.41] said:\n"
           "    550 5.1.1 <orders@pedalleverharps.example>: Recipient address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    root = mime.Multi("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], txt.encode()),
        mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  dsn("mx1.halvorsen-pike.example", d, "orders@pedalleverharps.example", "5.1.1",
                      "550 5.1.1 <orders@pedalleverharps.example>: Recipient address rejected: User unknown in virtual mailbox table",
                      "mx.pedalleverharps.example", [("X-Postfix-Queue-ID", "4Fq2Lk0Y1Qz9vN"), ("X-Postfix-Sender", "rfc822; lena.marsh@halvorsen-pike.example")]).encode()),
        mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original_request(P, d)),
    ], "4Fq2Lk0Y1Qz9vN.1795774325/mx1.halvorsen-pike.example", params=" report-type=delivery-status;",
        extra=[("Content-Transfer-Encoding", "8bit")])
    eml = build(seed, frm=("Mail Delivery System", "MAILER-DAEMON@mx1.halvorsen-pike.example"), date=date_hdr(2026, 11, 27, 10, 12, 5, 1),
                subject="Undelivered Mail Returned to Sender", body="", pos_reply=P, thread=False, client="plain", root=root,
                msg_id="<20261127091205.5C1A2E0123@mx1.halvorsen-pike.example>", extra_headers=[("Auto-Submitted", "auto-replied")])
    return [P], eml, K("bounce", "Postfix DSN; the attached original request carries the PO table with quantities, prices and dates that must not be read as a reply.")


@case("organ-pipes-exchange-ndr", "bounce/de-DE",
      "Exchange NDR in German ('Die Nachricht konnte nicht zugestellt werden') with HTML diagnostic part, delivery-status and the original PO request.")
def c063(seed):
    S = sup("PFEIDE", "Pfeifenwerkstatt Lindner e.K.", "info@pfeifen-lindner.example", "de-DE")
    P = po("4500032129", S, "EUR", "2026-11-27", [
        ("PWL-GED-8", "Gedackt 8' oak pipes, bass octave 12x20 cm", 1, "SET", "5200.00", "2026-12-18"),
        ("PWL-STM-4", "Tuning slides 4' tin, 54 pcs", 54, "EA", "14.20", "2026-12-18"),
    ], buyer=B_JONAS)
    d = date_hdr(2026, 11, 27, 10, 12, 0, 1)
    t = ("Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\ninfo@pfeifen-lindner.example\n"
         "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es später erneut, "
         "oder wenden Sie sich direkt an den Empfänger.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: AM9PR01MB7712.eurprd01.prod.outlook.example\n"
         "info@pfeifen-lindner.example\nRemote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n")
    h = html_doc("<p><b><font color=\"#000066\" size=\"3\">Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:</font></b></p>"
                 "<p><a href=\"mailto:info@pfeifen-lindner.example\">info@pfeifen-lindner.example</a><br>Das Postfach des Empfängers ist voll "
                 "und kann derzeit keine Nachrichten annehmen.</p><p><font color=\"#808080\" size=\"2\">Remote Server returned "
                 "'552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</font></p>", "de")
    alt = mime.Multi("alternative", [mime.text(t, "plain", "utf-8", "quoted-printable"), mime.text(h, "html", "utf-8", "quoted-printable")],
                     "_001_AM9PR01MB77122C1B9E7D4A_")
    root = mime.Multi("report", [
        alt,
        mime.Part([("Content-Type", "message/delivery-status")],
                  dsn("AM9PR01MB7712.eurprd01.prod.outlook.example", d, "info@pfeifen-lindner.example", "5.2.2",
                      "552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException").encode()),
        mime.Part([("Content-Type", "message/rfc822")], original_request(P, d)),
    ], "_000_AM9PR01MB77122C1B9E7D4A_", params=" report-type=delivery-status;")
    eml = build(seed, frm=("Microsoft Outlook", "postmaster@halvorsen-pike.example"), date=date_hdr(2026, 11, 27, 9, 12, 31, 0),
                subject="Unzustellbar: Order acknowledgment request - PO 4500032129", body="", pos_reply=P, thread=False,
                client="plain", root=root, msg_id="<f3a1c7e2-5b9d-4c41-8e2f-0d7c4a9b1e55@AM9PR01MB7712.eurprd01.prod.outlook.example>",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [P], eml, K("bounce", "Exchange NDR (mailbox full) with the original PO request attached; German diagnostic text.")


@case("desiccators-qmail-plain-bounce", "bounce/cs-CZ",
      "qmail plain-text bounce with the original request pasted after '--- Below this line is a copy of the message.' (no multipart/report).")
def c064(seed):
    S = sup("EXSCZ", "Exsikátory Brno s.r.o.", "objednavky@exsikatory-brno.example", "cs-CZ")
    P = po("4500032133", S, "CZK", "2026-11-27", [
        ("EB-EX300-G", "Glass desiccator DN 300 with lid, 2027 series", 6, "EA", "5240.00", "2026-12-15"),
        ("EB-SG-25", "Silica gel orange 2-5 mm", 10, "KG", "295.00", "2026-12-15"),
    ])
    d = date_hdr(2026, 11, 27, 10, 12, 0, 1)
    orig = original_request(P, d).decode()
    body = ("Hi. This is the qmail-send program at mail.exsikatory-brno.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<objednavky@exsikatory-brno.example>:\nThis address no longer accepts mail.\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <lena.marsh@halvorsen-pike.example>\nReceived: (qmail 28114 invoked from network); 27 Nov 2026 09:12:03 -0000\n" + orig)
    eml = build(seed, frm=("", "MAILER-DAEMON@mail.exsikatory-brno.example"), date=date_hdr(2026, 11, 27, 9, 12, 4, 0),
                subject="failure notice", body=body, pos_reply=P, thread=False, client="plain", html="none", charset="us-ascii",
                cte="7bit", msg_id="<20261127091204.28117.qmail@mail.exsikatory-brno.example>")
    return [P], eml, K("bounce", "qmail 'failure notice' is plain text; the copied original (with QP-encoded body) holds the PO table and dates.")


@case("tent-pegs-exim-bounce", "bounce/tr-TR",
      "Exim 'Mail delivery failed: returning message to sender' in plain text, with the full original request below the headers copy.")
def c065(seed):
    S = sup("KAMPTR", "Kamp Ekipman Ltd. Şti.", "siparis@kampekipman.example", "tr-TR")
    P = po("4500032147", S, "EUR", "2026-11-27", [
        ("KE-PEG-60", "Circus tent peg 60 cm, 25 mm steel", 800, "EA", "5.90", "2026-12-16"),
        ("KE-ROPE-12", "Guy rope 12 mm, 50 m coil", 20, "ROL", "36.00", "2026-12-16"),
    ], buyer=B_PRIYA)
    d = date_hdr(2026, 11, 27, 10, 12, 0, 1)
    orig = original_request(P, d).decode()
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  siparis@kampekipman.example\n    host mx1.kampekipman.example [198.51.100.23]\n"
            "    SMTP error from remote mail server after RCPT TO:<siparis@kampekipman.example>:\n    550 No such user here\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" + orig)
    eml = build(seed, frm=("Mail Delivery System", "Mailer-Daemon@mx2.halvorsen-pike.example"), date=date_hdr(2026, 11, 27, 10, 12, 9, 1),
                subject="Mail delivery failed: returning message to sender", body=body, pos_reply=P, thread=False, client="plain",
                html="none", charset="us-ascii", cte="7bit", msg_id="<E1vQf3Z-0004Kx-2P@mx2.halvorsen-pike.example>",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "siparis@kampekipman.example")])
    return [P], eml, K("bounce", "Exim plain-text bounce; everything PO-like is in the returned copy of our own request.")


@case("skate-bearings-gmail-dsn", "bounce/ko-KR",
      "Google-style 'Delivery Status Notification (Failure)' multipart/report with a text+HTML explanation and the original request attached.")
def c066(seed):
    S = sup("BUSANB", "Busan Precision Bearing Co.", "export@busanbearing.example", "ko-KR")
    P = po("4500032151", S, "USD", "2026-11-27", [
        ("BPB-608-ABEC5", "Bearing 608 ABEC-5, 8x22x7, open", 10000, "PCS", "0.31", "2026-12-18"),
    ], buyer=B_PRIYA)
    d = date_hdr(2026, 11, 27, 10, 12, 0, 1)
    t = ("** Address not found **\n\nYour message wasn't delivered to export@busanbearing.example because the domain busanbearing.example "
         "couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response was:\n\n"
         "DNS Error: DNS type 'mx' lookup of busanbearing.example responded with code NXDOMAIN\n")
    h = html_doc("<h2>Address not found</h2><p>Your message wasn't delivered to <b>export@busanbearing.example</b> because the domain "
                 "busanbearing.example couldn't be found.</p><p>DNS Error: DNS type 'mx' lookup of busanbearing.example responded with code NXDOMAIN</p>")
    alt = mime.Multi("related", [mime.Multi("alternative", [mime.text(t, "plain", "utf-8", "quoted-printable"),
                                                            mime.text(h, "html", "utf-8", "quoted-printable")],
                                            "000000000000c1d4a2" + hx(seed, 6))], "000000000000b9e1a2" + hx(seed + "r", 6))
    root = mime.Multi("report", [
        alt,
        mime.Part([("Content-Type", "message/delivery-status")],
                  dsn("dns; googlemail.com".replace("dns; ", ""), d, "export@busanbearing.example", "5.1.2",
                      "DNS Error: DNS type 'mx' lookup of busanbearing.example responded with code NXDOMAIN").encode()),
        mime.Part([("Content-Type", "message/rfc822")], original_request(P, d)),
    ], "000000000000a4c2b1" + hx(seed, 6), params=" report-type=delivery-status;")
    eml = build(seed, frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), date=date_hdr(2026, 11, 27, 1, 12, 10, -8),
                subject="Delivery Status Notification (Failure)", body="", to=[("", "priya.nair@halvorsen-pike.example")],
                pos_reply=P, thread=False, client="plain", root=root, msg_id="<6745c2e1.050a0220.3d1f2c.9a41.GMR@mx.google.com>",
                extra_headers=[("Auto-Submitted", "auto-replied")])
    return [P], eml, K("bounce", "DSN for a non-existent domain; the original request (10,000 pcs, 2026-12-18) is only in the returned message.")


# ------------------------------------------------------------------ unrelated

@case("nails-bank-details-change", "unrelated/nl-NL",
      "A Dutch 'wijziging bankgegevens' notice from the supplier's finance team, mentioning IBANs and an effective date but no order.")
def c067(seed):
    S = sup("SPIJNL", "Spijkerfabriek Van Dijk B.V.", "verkoop@vandijk-spijkers.example", "nl-NL")
    P = po("4500032165", S, "EUR", "2026-11-27", [
        ("VD-PAL-2875", "Pallet repair nail 2.8x75 mm, ring shank", 1500, "KG", "1.96", "2026-12-17"),
    ], buyer=B_JONAS)
    body = ("Geachte relatie,\n\nPer 1 januari 2027 wijzigen onze bankgegevens. Wij verzoeken u vanaf die datum uitsluitend te betalen op:\n\n"
            "  Rekeninghouder: Spijkerfabriek Van Dijk B.V.\n  IBAN: NL12 RABO 0345 6789 01\n  BIC: RABONL2U\n\n"
            "Betalingen op ons oude rekeningnummer NL44 INGB 0001 2345 67 worden na 31 maart 2027 niet meer verwerkt. "
            "Ter verificatie kunt u ons bellen op 0316 555 280; wij zullen nooit per e-mail om spoedbetalingen vragen.\n\n"
            "Met vriendelijke groet,\n\nAfdeling Financiën\nSpijkerfabriek Van Dijk B.V.\nIndustrieweg 40, 6902 PR Zevenaar\n")
    eml = build(seed, frm=("Van Dijk Financiën", "financien@vandijk-spijkers.example"), date=date_hdr(2026, 11, 30, 9, 0, 0, 1),
                subject="Wijziging bankgegevens per 1 januari 2027", body=body, to=[("Crediteurenadministratie", "ap@halvorsen-pike.example"),
                                                                                  (B_JONAS["name"], B_JONAS["email"])],
                pos_reply=P, thread=False, client="outlook", lang="nl-NL")
    return [P], eml, K("unrelated", "Bank-details change from the supplier's domain: not an answer to the open PO; dates are payment-switch dates.")


@case("piano-hammers-newsletter", "unrelated/fr-FR",
      "HTML-only French newsletter from a known supplier with promo prices, '-15 % jusqu'au 18/12' and product sizes, but no reference to our PO.")
def c068(seed):
    S = sup("MARTFR", "Marteaux Pianos Girard", "contact@girard-pianos.example", "fr-FR")
    P = po("4500032179", S, "EUR", "2026-11-30", [
        ("MPG-MRT-88", "Piano hammer set 88, German felt 16 lb", 4, "SET", "690.00", "2026-12-18"),
    ])
    hb = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>La Lettre Girard - Décembre 2026</title></head>\n"
          "<body style=\"margin:0;background:#f4f1ec\">\n<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff;font-family:Georgia,serif\">\n"
          "<tr><td style=\"padding:24px\"><h1 style=\"color:#5b3a29\">La Lettre Girard &ndash; Décembre 2026</h1>\n"
          "<p>Chers clients accordeurs et restaurateurs,</p>\n<p>Pour les fêtes : <b>-15 % jusqu'au 18/12</b> sur tous nos jeux de marteaux "
          "feutre 14 lb et 16 lb, et la livraison offerte dès 500 € HT.</p>\n"
          "<table cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><td>Jeu de marteaux 88, feutre 16 lb</td><td>690,00 €</td><td><b>586,50 €</b></td></tr>\n"
          "<tr><td>Drap de garniture 3/8\", rouleau 5 m</td><td>98,00 €</td><td><b>83,30 €</b></td></tr></table>\n"
          "<p>Nouveau : notre atelier ouvre le samedi 12 décembre pour une journée portes ouvertes.</p>\n"
          "<p style=\"font-size:11px;color:#888\">Vous recevez cette lettre car vous êtes client de Marteaux Pianos Girard, 7 rue des Luthiers, 75011 Paris. "
          "<a href=\"https://girard-pianos.example/desinscription?u=8812\">Se désinscrire</a></p></td></tr></table>\n</body></html>\n")
    eml = build(seed, frm=("Marteaux Pianos Girard", "newsletter@girard-pianos.example"), date=date_hdr(2026, 12, 1, 7, 30, 0, 1),
                subject="La Lettre Girard : -15 % sur les marteaux jusqu'au 18/12", body="", html="only", html_body=hb,
                to=[("", B_LENA["email"])], pos_reply=P, thread=False, client="plain", lang="fr-FR", cte="quoted-printable",
                extra_headers=[("List-Unsubscribe", "<https://girard-pianos.example/desinscription?u=8812>"), ("Precedence", "bulk")])
    return [P], eml, K("unrelated", "Marketing newsletter with prices of the very item on order (690,00 -> 586,50) and dates, but it is not a reply to the PO.")


@case("tent-pegs-price-list-2027", "unrelated/de-CH",
      "Swiss supplier sends its 2027 price list as XLSX to all customers; it lists our ordered item at a new price but does not answer the PO.")
def c069(seed):
    S = sup("HERISC", "Heringe & Zeltzubehör Keller AG", "info@keller-zeltzubehoer.example", "de-CH")
    P = po("4500032183", S, "CHF", "2026-11-30", [
        ("KZ-HER-800", "Circus tent peg 800 mm, forged, dia 28 mm", 200, "EA", "19.80", "2026-12-18"),
        ("KZ-SCH-5KG", "Sledgehammer 5 kg, 900 mm handle", 4, "EA", "64.00", "2026-12-18"),
    ], buyer=B_JONAS)
    xl = make_xlsx([
        ["Keller AG - Preisliste 2027 (gültig ab 01.01.2027, CHF exkl. MWST)"],
        [],
        ["Artikel", "Bezeichnung", "VE", "Preis CHF 2026", "Preis CHF 2027"],
        ["KZ-HER-600", "Zirkushering 600 mm, Ø 25 mm", "Stk", 14.2, 14.9],
        ["KZ-HER-800", "Zirkushering 800 mm geschmiedet, Ø 28 mm", "Stk", 19.8, 20.6],
        ["KZ-HER-1000", "Zirkushering 1000 mm, Ø 32 mm", "Stk", 27.5, 28.9],
        ["KZ-SCH-5KG", "Vorschlaghammer 5 kg, Stiel 900 mm", "Stk", 64.0, 66.5],
    ], sheet="Preisliste 2027", creator="Keller AG")
    body = ("Geschätzte Kundinnen und Kunden\n\nIm Anhang erhalten Sie unsere Preisliste 2027. Die neuen Preise gelten für alle Bestellungen "
            "mit Liefertermin ab 1. Januar 2027. Bereits bestätigte Aufträge sind davon nicht betroffen.\n\n"
            "Freundliche Grüsse\nKeller AG\nVerkauf Innendienst\nWerkstrasse 5, 3250 Lyss\nTel. +41 32 555 18 40\n")
    eml = build(seed, frm=("Keller AG Verkauf", "info@keller-zeltzubehoer.example"), date=date_hdr(2026, 12, 2, 8, 0, 0, 1),
                subject="Preisliste 2027", body=body, to=[("Keller AG Kunden", "kunden@keller-zeltzubehoer.example")],
                pos_reply=P, thread=False, client="outlook", lang="de-CH",
                attachments=[(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Preisliste_2027.xlsx")])
    return [P], eml, K("unrelated", "General price list (mass mail, Bcc) naming our ordered items with 2027 prices: not a confirmation of the open PO.")


@case("bins-invoice-other-order", "unrelated/pl-PL",
      "Polish invoice (faktura VAT) PDF for an older, already delivered PO of the same supplier; the open PO is not mentioned.")
def c070(seed):
    S = sup("SKRZPL", "Skrzynie Winiarskie Zielona Góra Sp. z o.o.", "biuro@skrzynie-zg.example", "pl-PL")
    P = po("4500032197", S, "PLN", "2026-11-30", [
        ("SZG-BIN-400", "Vineyard harvest bin 400 L, perforated", 60, "EA", "385.00", "2026-12-17"),
        ("SZG-SKR-25", "Picking crate 25 kg stackable", 400, "EA", "19.50", "2026-12-17"),
    ], buyer=B_PRIYA)
    pdf = make_pdf([
        "**FAKTURA VAT nr FV/2026/11/0387",
        "Data wystawienia: 30.11.2026     Data sprzedazy: 27.11.2026",
        "Sprzedawca: Skrzynie Winiarskie Zielona Gora Sp. z o.o., ul. Winna 14, 65-001 Zielona Gora, NIP 929-555-21-07",
        "Nabywca: Halvorsen & Pike Trading Ltd, Waalhaven Z.z. 44, 3089 JH Rotterdam, VAT NL812345678B01",
        "Zamowienie nabywcy: 4500029870 z dnia 12.10.2026, WZ/2026/11/0212",
        "",
        "Lp  Nazwa                                   Ilosc  J.m.  Cena netto   Wartosc netto",
        "1   Skrzynia winiarska 300 L azurowa          40   szt      342,00       13 680,00",
        "2   Pokrywa do skrzyni 300 L                  40   szt       48,00        1 920,00",
        "",
        "Razem netto: 15 600,00 PLN   VAT 0% (WDT)   Do zaplaty: 15 600,00 PLN",
        "Termin platnosci: 30.12.2026, przelew. Konto: PL 61 1090 1014 0000 0712 1981 2874",
    ], title="FV/2026/11/0387", compress=True, date="D:20261130120000+01'00'")
    body = ("Dzień dobry,\n\nw załączeniu przesyłamy fakturę FV/2026/11/0387 do zamówienia 4500029870 (dostawa WZ/2026/11/0212 z 27.11.2026).\n\n"
            "Pozdrawiamy\nDział Księgowości\nSkrzynie Winiarskie Zielona Góra Sp. z o.o.\ntel. +48 68 555 40 12\n")
    eml = build(seed, frm=("Księgowość Skrzynie ZG", "faktury@skrzynie-zg.example"), date=date_hdr(2026, 11, 30, 12, 5, 0, 1),
                subject="Faktura FV/2026/11/0387 - zam. 4500029870", body=body, to=[("", "invoices@halvorsen-pike.example")],
                cc=[(B_PRIYA["name"], B_PRIYA["email"])], pos_reply=P, thread=False, client="outlook", lang="pl-PL",
                charset="iso-8859-2", attachments=[(pdf, "application/pdf", "FV_2026_11_0387.pdf")])
    return [P], eml, K("unrelated", "Invoice for an earlier PO (4500029870) not in pos.json; the open PO 4500032197 is not addressed.")
