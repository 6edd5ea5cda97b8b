"""Building blocks for the corpus generators under tests/ (not for the held-out batches).

- :mod:`.cases`: where a generator writes (``output_dir``), how a case folder is written
  (``pos.json``, ``expected.json``, ``message.eml``, the same for every corpus) and how
  a generator reads its cases (``load_yaml``: the ``cases.yaml`` next to it).
- :mod:`.text`: RFC 5322 dates, quoting a mail below a reply, the HTML alternative a mail
  client sends next to the text, and ``fill`` for the ``<<name>>`` placeholders in the
  cases' texts.
- :mod:`.mime`: MIME built part by part with fixed boundaries and seeded ids, serialized
  with CRLF exactly as given; fixed boundaries for ``EmailMessage`` trees; reproducible zips.

Everything here is deterministic: the corpora are committed, and
``tests/test_corpus_generators.py`` regenerates each one and compares it byte for byte.
"""
