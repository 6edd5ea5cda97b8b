"""Parse every message.eml with the stdlib and print decoded text sizes (sanity check)."""
import email, email.policy, os, sys, zipfile, io
root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
bad = 0
for d in sorted(os.listdir(root)):
    m = email.message_from_bytes(open(os.path.join(root, d, "message.eml"), "rb").read(), policy=email.policy.default)
    info = []
    for part in m.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
            if ct.endswith("sheet"):
                zipfile.ZipFile(io.BytesIO(c)).testzip()
            info.append("%s:%d" % (ct, len(c)))
        except Exception as e:
            bad += 1
            info.append("%s:ERR %s" % (ct, e))
    print(d, str(m["subject"])[:50], "|", " ".join(info))
print("errors", bad)
