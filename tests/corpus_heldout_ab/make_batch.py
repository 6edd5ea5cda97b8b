#!/usr/bin/env python3
"""Write held-out batch AB into cases/NNN-slug/. Deterministic, standard library only."""
import shutil
from pathlib import Path

from ablib import common, mime
import cases_a  # noqa: F401  (registers cases in order)
import cases_b  # noqa: F401
import cases_c  # noqa: F401
import cases_d  # noqa: F401




HERE = Path(__file__).resolve().parent


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Batch AB - supplier replies (held-out)", "",
              "Case | kind/locale | what makes it hard", "--- | --- | ---"]
    for i, (slug, kl, fn) in enumerate(common.REGISTRY, 1):
        nnn = f"{i:03d}"
        mime.reset(nnn)
        pos, msg, exp, why = fn(nnn)
        common.write_case(out, nnn, slug, pos, msg, exp)
        assert kl.split("/")[0] == exp["kind"], (slug, kl, exp["kind"])
        readme.append(f"`{nnn}-{slug}` | {kl} | {why}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(common.REGISTRY)} cases")


if __name__ == "__main__":
    main()
