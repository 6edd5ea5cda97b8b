"""Building blocks for the corpus generators under tests/ (not for the held-out batches).

- :mod:`.cases`: where a generator writes (``output_dir``) and how a case folder is written
  (``pos.json``, ``expected.json``, ``message.eml``), the same for every corpus.
- :mod:`.text`: dates (ISO weeks, RFC 5322 dates), quoting a mail below a reply, and the
  HTML alternative a mail client sends next to the text.
- :mod:`.mime`: MIME built part by part with fixed boundaries and seeded ids, serialized
  with CRLF exactly as given; fixed boundaries for ``EmailMessage`` trees; reproducible zips.

Everything here is deterministic: the corpora are committed, and
``tests/test_corpus_generators.py`` regenerates each one and compares it byte for byte.
"""
