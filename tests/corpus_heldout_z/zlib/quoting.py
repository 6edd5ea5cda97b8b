"""How mail clients quote: '>' prefixes, Outlook header blocks, Gmail/Apple/Thunderbird attributions, HTML."""
from html import escape as _esc

OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"),
    "pt": ("De:", "Enviada:", "Para:", "Cc:", "Assunto:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Kópia:", "Predmet:"),
    "el": ("Από:", "Αποστολή:", "Προς:", "Κοιν.:", "Θέμα:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
}


def esc(s):
    return _esc(s, quote=False)


def gt(text, prefix=">"):
    out = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        if ln.startswith(">"):
            out.append(prefix + ln)
        elif ln == "":
            out.append(prefix)
        else:
            out.append(prefix + " " + ln)
    return "\n".join(out)


def html_lines(text, mono=False):
    """Plain text to HTML keeping line structure (and column alignment if mono)."""
    rows = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        e = esc(ln)
        if mono:
            e = e.replace("  ", "&nbsp; ")
        rows.append(e)
    if mono:
        return '<div style="font-family:Consolas,\'Courier New\',monospace;font-size:10pt">%s</div>' % "<br>\n".join(rows)
    return "<br>\n".join(rows)


def html_paras(text, cls=None):
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n")]
    c = ' class="%s"' % cls if cls else ""
    return "\n".join("<p%s>%s</p>" % (c, "<br>\n".join(esc(x) for x in b.split("\n"))) for b in blocks if b.strip() or True)


def outlook_block_text(lang, frm, sent, to, subject, cc=None):
    L = OUTLOOK_LABELS[lang]
    rows = ["%s %s" % (L[0], frm), "%s %s" % (L[1], sent), "%s %s" % (L[2], to)]
    if cc:
        rows.append("%s %s" % (L[3], cc))
    rows.append("%s %s" % (L[4], subject))
    return "\n".join(rows)


def outlook_block_html(lang, frm, sent, to, subject, cc=None):
    L = OUTLOOK_LABELS[lang]
    rows = ["<b>%s</b> %s" % (esc(L[0]), esc(frm)), "<b>%s</b> %s" % (esc(L[1]), esc(sent)),
            "<b>%s</b> %s" % (esc(L[2]), esc(to))]
    if cc:
        rows.append("<b>%s</b> %s" % (esc(L[3]), esc(cc)))
    rows.append("<b>%s</b> %s" % (esc(L[4]), esc(subject)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
            + "<br>\n".join(rows) + "<o:p></o:p></span></p>\n</div>")


def outlook_html(body_html, block_html, quoted_html, lang_attr="en-GB"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n</div>\n</body>\n</html>\n'
            % (lang_attr, body_html, block_html, quoted_html))


def gmail_html(body_html, attribution, quoted_html, dir_attr="ltr"):
    return ('<div dir="%s">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>\n' % (dir_attr, body_html, esc(attribution), quoted_html))


def apple_html(body_html, attribution, quoted_html):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">'
            '<div>%s</div></blockquote></div><br></body></html>\n' % (body_html, esc(attribution), quoted_html))
