"""Auto-reply wording per language, as data.

reading.classify builds its patterns from this table: ``subject`` words mark an
automatic reply wherever they stand in the subject, ``absence`` phrases say the
writer is away (an out-of-office notice when nothing else in the text answers),
``receipt`` phrases are a help desk's or ticket system's automatic receipt of our
mail, ``return`` words introduce the return date, and ``months`` feed the return
date reader. Patterns are regular expressions, matched case-insensitively; keep
them specific: a person answering a PO may well write "I'm away tomorrow".
"""

from __future__ import annotations

WORDING: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "subject": (
            r"automatic reply",
            r"auto[- ]?reply",
            r"auto[- ]?response",
            r"out of (?:the )?office",
            r"away from (?:the )?office",
            r"vacation (?:reply|notice|message)",
        ),
        "absence": (
            r"\bi am (?:currently )?out of (?:the )?office\b",
            r"\bi(?:'m| am| will be) (?:on (?:annual |parental |sick )?leave|on vacation|on holiday)",
            r"\bwill (?:have|be with) limited access to (?:my )?e-?mail",
        ),
        "receipt": (
            r"\bwe(?:'ve| have)? received your (?:request|ticket|e-?mail|message|enquiry|inquiry)"
            r"\s*(?:#|no\.?|number|id)\s*:?\s*[\w-]*\d",
            r"\b(?:your )?(?:request|ticket|case) (?:#|no\.?|number|id)\s*:?\s*[\w-]*\d[^.\n]{0,60}"
            r"\b(?:has been|was|is) (?:received|created|opened|logged|registered)",
            r"\bthis is an automatic (?:confirmation|acknowledg(?:e)?ment) (?:of|that)",
        ),
        "return": (r"\breturn(?:ing)?\b", r"\bback\b", r"\buntil\b", r"\btill\b", r"\bthrough\b"),
        "months": (),
    },
    "de": {
        "subject": (
            r"abwesenheitsnotiz",
            r"automatische antwort",
            r"automatische rückantwort",
            r"eingangsbestätigung",
        ),
        "absence": (
            r"\bich bin\b[^.\n]{0,80}\b(?:nicht im büro|abwesend|im urlaub|außer haus)",
            r"\bin dieser zeit werden e-?mails nicht gelesen",
        ),
        "receipt": (r"\bihre anfrage (?:ist|wurde) (?:bei uns )?(?:eingegangen|registriert)",),
        "return": (r"\bwieder\b", r"\bzurück\b", r"\bbis\b"),
        "months": (),
    },
    "fr": {
        "subject": (r"réponse automatique", r"reponse automatique", r"absence du bureau"),
        "absence": (r"\bje suis (?:actuellement )?(?:absente?|en congés?|en vacances)",),
        "receipt": (
            r"\bvotre demande (?:n°|no\.?|numéro)\s*\d+ a (?:bien )?été (?:reçue|enregistrée)",
        ),
        "return": (r"\bretour\b", r"\bjusqu", r"\brentre"),
        "months": (),
    },
    "es": {
        "subject": (r"respuesta automática", r"respuesta automatica", r"fuera de la oficina"),
        "absence": (r"\b(?:estoy|me encuentro) (?:fuera de la oficina|de vacaciones|ausente)",),
        "receipt": (
            r"\bhemos recibido su (?:solicitud|consulta|mensaje)[^.\n]{0,40}\b(?:n[º°o]|número|#)",
        ),
        "return": (r"\bhasta\b", r"\bregres", r"\bvolver", r"\breincorpor"),
        "months": (),
    },
    "it": {
        "subject": (r"risposta automatica", r"fuori ufficio"),
        "absence": (
            r"\bsono (?:attualmente )?(?:fuori (?:ufficio|sede)|assente|in ferie)",
            r"\bsarò (?:assente|fuori ufficio|in ferie)",
        ),
        "receipt": (
            r"\babbiamo ricevuto la (?:sua|tua) (?:richiesta|e-?mail)[^.\n]{0,40}\b(?:n\.|numero|#)",
        ),
        "return": (r"\bfino al\b", r"\brientr", r"\btornerò\b"),
        "months": (
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ),
    },
    "nl": {
        "subject": (r"automatisch antwoord", r"afwezigheidsmelding"),
        "absence": (
            r"\bik ben (?:momenteel |tot en met \S+ )?(?:afwezig|met vakantie|niet op kantoor)",
        ),
        "receipt": (r"\bwij hebben uw (?:verzoek|bericht|e-?mail) ontvangen",),
        "return": (r"\btot en met\b", r"\btot\b", r"\bterug\b", r"\bweer aanwezig"),
        "months": (
            "januari",
            "februari",
            "maart",
            "mei",
            "juni",
            "juli",
            "augustus",
            "oktober",
        ),
    },
    "af": {
        "subject": (r"outomatiese antwoord", r"outomatiese reaksie", r"afwesigheidskennisgewing"),
        "absence": (
            r"\bek is (?:tans |tot en met \S+ )?(?:afwesig|met verlof|op verlof|met vakansie"
            r"|op vakansie|nie op kantoor nie|uit die kantoor)",
            r"\bek sal (?:tot en met \S+ )?(?:afwesig|met verlof|met vakansie) wees",
        ),
        "receipt": (r"\bons het u (?:versoek|navraag|boodskap|e-?pos) ontvang",),
        "return": (r"\btot en met\b", r"\bterug\b", r"\bweer op kantoor"),
        "months": (
            "januarie",
            "februarie",
            "junie",
            "julie",
            "desember",
        ),
    },
    "pl": {
        "subject": (r"automatyczna odpowiedź", r"automatyczna odpowiedz"),
        "absence": (
            r"\bjestem (?:obecnie )?(?:nieobecn[ya]|na urlopie|poza biurem)",
            r"\bbędę (?:nieobecn[ya]|poza biurem)",
        ),
        "receipt": (r"\botrzymaliśmy (?:twoje|pana|pani) (?:zgłoszenie|wiadomość)",),
        "return": (r"\bdo dnia\b", r"\bdo\b", r"\bwracam\b", r"\bpowrot"),
        "months": (
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ),
    },
    "pt": {
        "subject": (r"resposta automática", r"resposta automatica", r"fora do escritório"),
        "absence": (
            r"\bestou (?:atualmente |actualmente )?(?:fora do escritório|de férias|ausente)",
            r"\bestarei (?:ausente|fora do escritório|de férias)",
        ),
        "receipt": (
            r"\brecebemos (?:a sua|o seu|sua|seu) (?:pedido|mensagem|solicitação)[^.\n]{0,40}\b(?:n[º°o]|número|#)",
        ),
        "return": (r"\baté\b", r"\bregress", r"\bvolto\b", r"\bretorno\b"),
        "months": (
            "janeiro",
            "fevereiro",
            "março",
            "maio",
            "junho",
            "julho",
            "setembro",
            "outubro",
            "dezembro",
        ),
    },
    "cs": {
        "subject": (r"automatická odpověď", r"automaticka odpoved", r"mimo kancelář"),
        "absence": (
            r"\bjsem (?:momentálně |nyní )?(?:mimo kancelář|na dovolené|nepřítomn[ýá])",
            r"\bbudu (?:mimo kancelář|na dovolené|nepřítomn[ýá])",
        ),
        "receipt": (r"\bvaši (?:zprávu|žádost) jsme obdrželi",),
        "return": (r"\bdo\b", r"\bvrátím\b", r"\bzpět\b"),
        "months": (),
    },
    "sv": {
        "subject": (r"automatiskt svar", r"frånvaromeddelande", r"frånvarande"),
        "absence": (
            r"\bjag är (?:för närvarande |just nu )?(?:ledig|borta|frånvarande|på semester"
            r"|tjänstledig|föräldraledig|inte på kontoret)",
            r"\bjag har semester\b",
        ),
        "receipt": (r"\bvi har tagit emot (?:ditt|ert) (?:ärende|meddelande)",),
        "return": (r"\btillbaka\b", r"\båter\b", r"\btill och med\b", r"\bt\.o\.m\."),
        "months": ("maj", "augusti"),
    },
    "da": {
        "subject": (r"automatisk svar", r"fraværsmeddelelse", r"ikke på kontoret"),
        "absence": (
            r"\bjeg er (?:i øjeblikket |pt\. )?(?:på ferie|fraværende|ikke på kontoret|på kursus"
            r"|på barsel|sygemeldt)",
            r"\bjeg holder ferie\b",
        ),
        "receipt": (r"\bvi har modtaget (?:din|jeres) (?:henvendelse|besked|forespørgsel)",),
        "return": (r"\btilbage\b", r"\bigen\b", r"\btil og med\b", r"\bt\.o\.m\."),
        "months": ("marts", "maj"),
    },
    "nb": {
        "subject": (r"automatisk svar", r"fraværsmelding", r"ikke på kontoret"),
        "absence": (
            r"\bjeg er (?:for tiden |for øyeblikket )?(?:på ferie|fraværende|ikke på kontoret|på kurs"
            r"|i permisjon|sykmeldt)",
            r"\bjeg har ferie\b",
        ),
        "receipt": (r"\bvi har mottatt (?:din|deres) (?:henvendelse|melding|forespørsel)",),
        "return": (r"\btilbake\b", r"\bigjen\b", r"\btil og med\b", r"\bt\.o\.m\."),
        "months": ("desember",),
    },
    "is": {
        "subject": (r"sjálfvirkt svar", r"fjarvera\w*", r"fjarverandi", r"er ekki við"),
        "absence": (
            r"\bég er (?:nú |núna |því miður )?(?:í (?:sumarfríi|jólafríi|fríi|leyfi|fæðingarorlofi"
            r"|veikindaleyfi)|fjarverandi|ekki við|ekki á skrifstofunni|frá vinnu)",
            r"\bég verð (?:í (?:sumarfríi|jólafríi|fríi|leyfi)|fjarverandi|ekki við)",
        ),
        "receipt": (
            r"\bvið höfum móttekið (?:fyrirspurn|erindi|beiðni|skilaboð|tölvupóst)\w* þ(?:ína|itt|inn)",
        ),
        "return": (r"\btil og með\b", r"\bt\.o\.m\.", r"\baftur\b"),
        "months": (
            "janúar",
            "febrúar",
            "apríl",
            "maí",
            "júní",
            "júlí",
            "ágúst",
            "október",
            "nóvember",
        ),
    },
    "tr": {
        "subject": (r"otomatik yanıt", r"otomatik cevap", r"ofis dışında"),
        "absence": (
            r"\b(?:ofis dışındayım|izindeyim|yıllık izindeyim|tatildeyim)\b",
            r"\bofiste (?:olmayacağım|değilim|bulunmayacağım)",
        ),
        "receipt": (r"\btalebiniz (?:alınmıştır|alındı)",),
        "return": (r"\bkadar\b", r"\bdöneceğim\b", r"\bdönüşümde\b"),
        "months": (
            "ocak",
            "şubat",
            "mart",
            "nisan",
            "mayıs",
            "haziran",
            "temmuz",
            "ağustos",
            "eylül",
            "ekim",
            "kasım",
            "aralık",
        ),
    },
    "hu": {
        "subject": (r"automatikus válasz", r"házon kívül", r"irodán kívül"),
        "absence": (
            r"\b(?:jelenleg |éppen )?(?:szabadságon|házon kívül|irodán kívül) (?:vagyok|leszek)",
            r"\bnem vagyok (?:az irodában|elérhető)",
        ),
        "receipt": (r"\b(?:megkeresését|üzenetét|kérését) (?:megkaptuk|rögzítettük)",),
        "return": (r"\big\b", r"\bvissza", r"\bvisszatér"),
        "months": (
            "január",
            "február",
            "március",
            "április",
            "május",
            "június",
            "július",
            "augusztus",
            "szeptember",
            "október",
        ),
    },
    "ro": {
        "subject": (
            r"răspuns automat",
            r"raspuns automat",
            r"în afara biroului",
            r"in afara biroului",
        ),
        "absence": (
            r"\b(?:sunt|voi fi|m[ăa] aflu) (?:momentan |[îi]n prezent )?(?:[îi]n concediu"
            r"|[îi]n afara biroului|plecat[ăa]? din birou|absent[ăa]?)",
        ),
        "receipt": (r"\bam primit (?:solicitarea|mesajul) (?:dumneavoastr[ăa]|dvs)",),
        "return": (
            r"\bp[âa]n[ăa]\b",
            r"\brevin\b",
            r"\bm[ăa] [îi]ntorc\b",
            r"\b[îi]ncep[âa]nd cu\b",
        ),
        "months": (
            "ianuarie",
            "februarie",
            "martie",
            "aprilie",
            "iunie",
            "iulie",
            "septembrie",
            "octombrie",
            "noiembrie",
            "decembrie",
        ),
    },
    "sk": {
        "subject": (r"automatická odpoveď", r"mimo kancelárie", r"neprítomnosť"),
        "absence": (
            r"\bsom (?:momentálne |práve )?(?:na dovolenke|mimo kancelárie|mimo úradu"
            r"|na služobnej ceste|práceneschopn\w+)",
            r"\b(?:budem|som) (?:neprítomn\w+|nedostupn\w+)",
        ),
        "receipt": (r"\bvašu (?:požiadavku|správu) sme (?:prijali|zaevidovali)",),
        "return": (r"\bdo\b", r"\bvrátim\b", r"\bpo návrate\b", r"\bspäť\b"),
        "months": (
            "januára",
            "februára",
            "marca",
            "apríla",
            "mája",
            "júna",
            "júla",
            "augusta",
            "septembra",
            "októbra",
            "novembra",
            "decembra",
        ),
    },
    "fi": {
        "subject": (r"automaattinen vastaus", r"poissaoloilmoitus", r"poissa toimistolta"),
        "absence": (
            r"\bolen (?:tällä hetkellä |parhaillaan )?(?:lomalla|poissa toimistolta|poissa"
            r"|työmatkalla|koulutuksessa|sairauslomalla|vanhempainvapaalla)",
            r"\ben ole (?:toimistolla|tavoitettavissa)",
        ),
        "receipt": (r"\bolemme vastaanottaneet (?:viestisi|yhteydenottosi|pyyntösi)",),
        "return": (r"\basti\b", r"\bpalaan\b", r"\bpaluuni jälkeen\b", r"\btakaisin\b"),
        "months": (
            "tammikuuta",
            "helmikuuta",
            "maaliskuuta",
            "huhtikuuta",
            "toukokuuta",
            "kesäkuuta",
            "heinäkuuta",
            "elokuuta",
            "syyskuuta",
            "lokakuuta",
            "marraskuuta",
            "joulukuuta",
        ),
    },
    "el": {
        "subject": (r"αυτόματη απάντηση", r"αυτοματη απαντηση", r"εκτός γραφείου"),
        "absence": (
            r"(?<!\w)(?:είμαι|θα είμαι|βρίσκομαι) (?:προσωρινά |αυτή τη στιγμή )?(?:εκτός γραφείου"
            r"|σε άδεια|σε διακοπές|εκτός έδρας|απών|απούσα)",
        ),
        "receipt": (r"(?<!\w)λάβαμε το (?:αίτημά|μήνυμά) σας",),
        "return": (
            r"(?<!\w)έως(?!\w)",
            r"(?<!\w)μέχρι(?!\w)",
            r"(?<!\w)επιστρέφω",
            r"επιστροφή μου",
        ),
        "months": (
            "ιανουαρίου",
            "φεβρουαρίου",
            "μαρτίου",
            "απριλίου",
            "μαΐου",
            "ιουνίου",
            "ιουλίου",
            "αυγούστου",
            "σεπτεμβρίου",
            "οκτωβρίου",
            "νοεμβρίου",
            "δεκεμβρίου",
        ),
    },
    "ko": {
        "subject": (r"자동 ?응답", r"자동 ?회신", r"부재중", r"부재 ?알림"),
        "absence": (
            r"(?:휴가|출장|교육|외근) ?중(?:입니다|이라|이어서|으로)",
            r"부재중(?:입니다|이라|이어서|으로)",
            r"사무실에 (?:없습니다|부재)",
        ),
        "receipt": (r"문의가 접수되었습니다",),
        "return": (r"복귀", r"까지", r"이후"),
        "months": (),
    },
    "vi": {
        "subject": (r"trả lời tự động", r"phản hồi tự động", r"vắng mặt"),
        "absence": (
            r"\b(?:tôi|em) (?:hiện |đang )?(?:đang )?(?:nghỉ phép|đi công tác|vắng mặt|không có mặt"
            r"|không ở văn phòng)",
        ),
        "receipt": (r"\bchúng tôi đã nhận được yêu cầu của (?:quý khách|bạn|anh|chị)",),
        "return": (r"\bđến hết\b", r"\bđến ngày\b", r"\btrở lại\b", r"\bquay lại\b"),
        "months": (),
    },
    "ru": {
        "subject": (r"автоматический ответ", r"автоответ", r"вне офиса", r"нет на месте"),
        "absence": (
            r"(?<!\w)я (?:сейчас |в настоящее время |временно )?(?:нахожусь )?(?:в отпуске"
            r"|в командировке|на больничном|вне офиса|отсутствую)",
            r"(?<!\w)(?:нахожусь|буду) (?:в отпуске|в командировке|на больничном|вне офиса)",
            r"(?<!\w)(?:не имею|без) доступа к (?:почте|электронной почте)",
        ),
        "receipt": (r"(?<!\w)ваше (?:обращение|письмо|сообщение) (?:получено|зарегистрировано)",),
        "return": (
            r"(?<!\w)до(?!\w)",
            r"(?<!\w)по(?!\w)",
            r"(?<!\w)вернусь",
            r"после (?:моего )?возвращения",
        ),
        "months": (
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
    },
    "uk": {
        "subject": (r"автоматична відповідь", r"автовідповідь", r"поза офісом"),
        "absence": (
            r"(?<!\w)я (?:зараз |наразі |тимчасово )?(?:перебуваю )?(?:у відпустці|в відпустці"
            r"|у відрядженні|у відряджені|на лікарняному|поза офісом|відсутн(?:ій|я))",
            r"(?<!\w)(?:перебуваю|буду) (?:у відпустці|в відпустці|у відрядженні|на лікарняному"
            r"|поза офісом)",
            r"(?<!\w)(?:не маю|без) доступу до (?:пошти|електронної пошти)",
        ),
        "receipt": (r"(?<!\w)ваше (?:звернення|повідомлення|лист) (?:отримано|зареєстровано)",),
        "return": (
            r"(?<!\w)до(?!\w)",
            r"(?<!\w)по(?!\w)",
            r"(?<!\w)повернуся",
            r"(?<!\w)повернусь",
            r"після (?:мого )?повернення",
        ),
        "months": (
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ),
    },
    "id": {
        "subject": (
            r"balas(?:an)? otomatis",
            r"jawaban otomatis",
            r"di luar kantor",
        ),
        "absence": (
            r"\bsaya (?:saat ini |sekarang |sementara )?(?:sedang )?(?:cuti|dinas luar"
            r"|dalam perjalanan dinas|di luar kantor|tidak (?:berada )?di kantor|tidak masuk kantor)\b",
            r"\bsedang (?:cuti|di luar kantor|dinas luar|dalam perjalanan dinas)\b",
            r"\b(?:akses|koneksi) (?:ke )?email (?:saya )?terbatas",
            r"\btidak (?:dapat|bisa) (?:mengakses|membuka|membalas) email",
        ),
        "receipt": (
            r"\b(?:permintaan|email|pesan) (?:anda|bapak/ibu) telah (?:kami )?(?:terima|diterima)\b",
        ),
        "return": (
            r"\bsampai\b",
            r"\bhingga\b",
            r"\bs/d\b",
            r"\bkembali\b",
            r"\bmasuk kantor\b",
        ),
        "months": (
            "januari",
            "februari",
            "maret",
            "mei",
            "juni",
            "juli",
            "agustus",
            "oktober",
            "desember",
            "des",
            "agt",
        ),
    },
    "ms": {
        "subject": (r"balasan automatik", r"jawapan automatik", r"di luar pejabat"),
        "absence": (
            r"\bsaya (?:kini |sekarang |sedang )?(?:bercuti|bertugas di luar|berada di luar pejabat"
            r"|tiada di pejabat|tidak berada di pejabat|di luar pejabat)\b",
            r"\bsedang bercuti\b",
            r"\btidak (?:dapat|boleh) (?:mengakses|membuka|membalas) (?:e-?mel|emel)",
            r"\bakses (?:kepada )?(?:e-?mel|emel) (?:yang )?terhad",
        ),
        "receipt": (r"\b(?:permintaan|e-?mel|emel) anda telah (?:kami )?(?:terima|diterima)\b",),
        "return": (r"\bsehingga\b", r"\bhingga\b", r"\bkembali\b", r"\bbertugas semula\b"),
        "months": ("mac", "julai", "ogos", "disember", "dis"),
    },
    # Croatian, also Serbian and Bosnian in Latin script
    "hr": {
        "subject": (
            r"automatski odgovor",
            r"odsutan iz ureda",
            r"odsutna iz ureda",
            r"izvan ureda",
            r"van kancelarije",
        ),
        "absence": (
            r"\b(?:trenutno |trenutačno )?(?:sam|ću biti|biću|bit ću) (?:na (?:godišnjem )?odmoru"
            r"|na bolovanju|na službenom putu|odsutan|odsutna|izvan ureda|van ureda|van kancelarije)",
            r"\bnisam u uredu\b",
            r"\bna (?:godišnjem odmoru|bolovanju|službenom putu) sam\b",
            r"\bodsut(?:an|na) sam\b",
            r"\b(?:s |sa )?(?:ograničenim|bez) pristup(?:a|om) (?:e-?mailu|e-?pošti|elektroničkoj pošti)",
            r"\bnemam pristup (?:e-?mailu|e-?pošti)",
        ),
        "receipt": (
            r"\bvaš(?:a|e)? (?:poruka|e-?mail|upit|zahtjev) (?:je )?(?:zaprimljen|primljen)\w*",
        ),
        "return": (r"\bdo\b", r"\bvraćam se\b", r"\bpovratk\w*", r"\bzaključno\b"),
        "months": (
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "studenog",
            "prosinca",
            "januara",
            "februara",
            "marta",
            "aprila",
            "maja",
            "juna",
            "jula",
            "avgusta",
            "augusta",
            "septembra",
            "oktobra",
            "novembra",
            "decembra",
        ),
    },
    "sl": {
        "subject": (r"samodejni odgovor", r"avtomatski odgovor", r"odsotnost", r"izven pisarne"),
        "absence": (
            r"\b(?:sem|bom) (?:trenutno )?(?:na dopustu|odsoten|odsotna|na bolniški|na službeni poti"
            r"|izven pisarne)",
            r"\b(?:z omejenim|brez) dostop(?:a|om) do (?:e-?pošte|elektronske pošte)",
            r"\b(?:na dopustu|odsot(?:en|na)) sem\b",
        ),
        "receipt": (r"\bvaše (?:sporočilo|povpraševanje) (?:smo )?(?:prejeli|je bilo prejeto)",),
        "return": (r"\bdo\b", r"\bvrnem\b", r"\bvrnil\w*", r"\bvrnitv\w*"),
        "months": (
            "januarja",
            "februarja",
            "marca",
            "aprila",
            "maja",
            "junija",
            "julija",
            "avgusta",
            "septembra",
            "oktobra",
            "novembra",
            "decembra",
        ),
    },
    "bg": {
        "subject": (r"автоматичен отговор", r"извън офиса", r"отсъствие от офиса"),
        "absence": (
            r"(?<!\w)(?:в момента |към момента )?(?:съм|ще бъда) (?:в (?:платен )?отпуск"
            r"|в командировка|в болничен|извън офиса|отсъстващ|отсъстваща)",
            r"(?<!\w)отсъствам(?!\w)",
            r"(?<!\w)(?:с ограничен|без) достъп до (?:имейл|електронната поща|пощата)",
        ),
        "receipt": (
            r"(?<!\w)вашето (?:съобщение|запитване|писмо) (?:е )?(?:получено|регистрирано)",
        ),
        "return": (
            r"(?<!\w)до(?!\w)",
            r"(?<!\w)включително(?!\w)",
            r"(?<!\w)ще се върна",
            r"(?<!\w)връщане(?:то)?",
        ),
        "months": (
            "януари",
            "февруари",
            "март",
            "април",
            "май",
            "юни",
            "юли",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ),
    },
    "et": {
        "subject": (r"automaatne vastus", r"kontorist väljas", r"kontorist eemal"),
        "absence": (
            r"\b(?:olen|viibin) (?:praegu |hetkel )?(?:puhkusel|komandeeringus|haiguslehel"
            r"|kontorist eemal|kontorist väljas)",
            r"\b(?:piiratud|puudub) (?:ligipääs|juurdepääs) (?:e-?kirjadele|e-?postile|meilile)",
        ),
        "receipt": (
            r"\bteie (?:kiri|sõnum|päring) on (?:kätte saadud|registreeritud|vastu võetud)",
        ),
        "return": (r"\bkuni\b", r"\btagasi\b", r"\bnaasen\b"),
        "months": (
            "jaanuar",
            "veebruar",
            "märts",
            "aprill",
            "juuni",
            "juuli",
            "detsember",
            "jaanuarini",
            "veebruarini",
            "märtsini",
            "aprillini",
            "maini",
            "juunini",
            "juulini",
            "augustini",
            "septembrini",
            "oktoobrini",
            "novembrini",
            "detsembrini",
        ),
    },
    "lt": {
        "subject": (r"automatinis atsakymas", r"ne biure", r"nesu biure"),
        "absence": (
            r"\b(?:šiuo metu )?(?:esu|būsiu) (?:atostogose|komandiruotėje|nedarbingumo atostogose"
            r"|ne biure|išvykęs|išvykusi)",
            r"\bnesu (?:darbe|biure)\b",
            r"\batostogauju\b",
            r"\b(?:ribota|neturiu|neturėsiu) prieig(?:a|os) prie (?:el\. pašto|elektroninio pašto)",
        ),
        "receipt": (
            r"\bjūsų (?:laiškas|užklausa|žinutė) (?:buvo )?(?:gaut(?:as|a)|užregistruot(?:as|a))",
        ),
        "return": (r"\biki\b", r"\bgrįšiu\b", r"\bgrįžus\b", r"\bimtinai\b"),
        "months": (
            "sausio",
            "vasario",
            "kovo",
            "balandžio",
            "gegužės",
            "birželio",
            "liepos",
            "rugpjūčio",
            "rugsėjo",
            "spalio",
            "lapkričio",
            "gruodžio",
        ),
    },
    "lv": {
        "subject": (r"automātiskā atbilde", r"automātiska atbilde", r"ārpus biroja", r"prombūtnē"),
        "absence": (
            r"\b(?:šobrīd |pašlaik )?(?:esmu|būšu) (?:atvaļinājumā|komandējumā|slimības lapā"
            r"|ārpus biroja|prombūtnē)",
            r"\bneatrodos birojā\b",
            r"\b(?:ierobežota|nav) piekļuv(?:e|es) (?:e-?pastam|e-?pastiem)",
        ),
        "receipt": (
            r"\bjūsu (?:vēstule|ziņa|pieprasījums) (?:ir )?(?:saņemt(?:a|s)|reģistrēt(?:a|s))",
        ),
        "return": (r"\blīdz\b", r"\batgriezīšos\b", r"\batgriežos\b", r"\bieskaitot\b"),
        "months": (
            "janvārim",
            "februārim",
            "martam",
            "aprīlim",
            "maijam",
            "jūnijam",
            "jūlijam",
            "augustam",
            "septembrim",
            "oktobrim",
            "novembrim",
            "decembrim",
            "janvārī",
            "decembrī",
            "novembrī",
        ),
    },
    "zh": {
        "subject": (r"自动回复", r"自動回覆", r"自动答复"),
        "absence": (
            r"我(?:目前|现在|現在)?(?:正在)?(?:休假|不在办公室|不在辦公室|出差)",
            r"(?:休假|出差)(?:中|期间|期間)",
        ),
        "receipt": (r"我们已(?:经)?收到您的(?:邮件|请求|来信)",),
        "return": (r"返回", r"回来", r"回來", r"之后", r"之後", r"前"),
        "months": (),
    },
    "ja": {
        "subject": (r"自動応答", r"自動返信", r"不在通知"),
        "absence": (
            r"不在にして(?:おります|います)",
            r"休暇を(?:いただいて|取って)(?:おります|います)",
            r"外出して(?:おります|います)",
        ),
        "receipt": (r"お問い合わせを受け付けました",),
        "return": (r"戻り", r"以降", r"まで"),
        "months": (),
    },
}

# Ticket-system receipts in any language share the ticket number in the subject.
TICKET_SUBJECT = (
    r"\[(?:ticket|case|request|incident|sr)\s*(?:#|no\.?|id)?\s*:?\s*[\w-]*\d+\]",
    r"\b(?:ticket|case|request)\s*#\s*\d+\b.*\b(?:received|created|opened)\b",
)

# Challenge-response systems hold our mail until a human proves itself: automatic,
# about our mail, never an answer (and "please confirm" in them confirms nothing).
CHALLENGE = (
    r"\b(?:verify|confirm|prove) (?:that )?you(?:'re| are) (?:a )?(?:human|real person|not a (?:robot|spammer))",
    r"\bsender verification\b",
    r"\bchallenge[- ]response\b",
    r"\byour (?:e-?mail|message) (?:is being|has been|was) (?:held|quarantined) (?:pending|until)",
    r"\b(?:add|put) you (?:to|on) (?:my|our|the) (?:approved|allowed|safe|white) ?(?:senders? )?list",
    r"\bboxbe\b|\bspamarrest\b|\bmailblocks\b|\bchoicemail\b",
    r"\bclick (?:on )?the (?:link|button) below to (?:verify|confirm) (?:your|that you)",
)
