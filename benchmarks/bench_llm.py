"""How much of the dev corpus reaches the model, and how many tokens a call sends.

    .venv/bin/python benchmarks/bench_llm.py [CORPUS_DIR]

Runs the reading pipeline (``read_message``) on every dev case with the LLM
fallback pointed at the loopback fake server (tests/fake_openai.py), which
answers every call with "needs_review" so nothing is decided by the model
here: the point is to count. Prints the share of messages that reached the
model, and per call the characters sent and the prompt tokens.

Tokens are an ESTIMATE, not a tokenizer: ceil(chars / 4) over the system and
user messages, the figure the fake server reports as ``usage.prompt_tokens``
(roughly what OpenAI's BPE vocabularies give for English; German and French
text run about 10-30 % higher).

When ``agent.reading.pipeline`` is not available yet, every human reply
(expected kind confirmation / needs_review) is treated as reaching the model,
an upper bound, and the report says so.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv: list[str]) -> int:
    import json

    from agent.config import LlmSettings, Settings
    from agent.llm import make_fallback
    from agent.llm.prompt import build_prompt
    from agent.reading.message import normalize
    from agent.reading.pos_json import load_pos
    from agent.reading.types import ExtractionResult
    from tests.fake_openai import FakeOpenAI, Reply

    corpus = Path(argv[0]) if argv else REPO.parent / "shared" / "corpus" / "dev"
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpus/dev")
    cases = sorted(p for p in corpus.iterdir() if (p / "message.eml").is_file())
    try:
        from agent.reading.pipeline import read_message
    except ImportError:
        read_message = None

    llm = LlmSettings(enabled=True, base_url="http://127.0.0.1:9/v1", model="fake", max_retries=0)
    no_answer = {"kind": "needs_review", "reason": "benchmark", "purchase_orders": []}
    reached: list[str] = []
    chars: list[int] = []
    tokens: list[int] = []
    with FakeOpenAI() as server:
        server.play(then=Reply(answer=no_answer))
        settings = Settings(llm=llm.model_copy(update={"base_url": server.base_url}))
        fallback = make_fallback(settings)
        for case in cases:
            raw = (case / "message.eml").read_bytes()
            pos = load_pos(case / "pos.json")
            before = len(server.requests)
            if read_message is not None:
                read_message(raw, pos, fallback=fallback)
            else:
                expected = json.loads((case / "expected.json").read_text())
                if expected["kind"] in ("confirmation", "needs_review"):
                    msg = normalize(raw)
                    deferred = ExtractionResult(kind="needs_review", review_reasons=["bench"])
                    fallback(msg, pos, deferred)
            for req in server.requests[before:]:
                reached.append(case.name)
                chars.append(len(req.content_of("user")))
                sent = req.content_of("system") + req.content_of("user")
                tokens.append(-(-len(sent) // 4))
        # If every human reply were deferred: what each call would send.
        human = []
        for c in cases:
            expected = json.loads((c / "expected.json").read_text())
            if expected["kind"] in ("confirmation", "needs_review"):
                prompt = build_prompt(
                    normalize((c / "message.eml").read_bytes()), load_pos(c / "pos.json"), 12_000
                )
                human.append(-(-(len(prompt.system) + len(prompt.user)) // 4))
        # what the cap does to the largest prompt
        biggest = max(
            (
                build_prompt(
                    normalize((c / "message.eml").read_bytes()), load_pos(c / "pos.json"), 12_000
                )
                for c in cases
            ),
            key=lambda p: len(p.user),
        )

    n = len(cases)
    mode = (
        "read_message + fallback"
        if read_message is not None
        else "UPPER BOUND (no pipeline yet: every human reply counted)"
    )
    print(f"corpus: {corpus} ({n} messages), mode: {mode}")
    print(
        f"reached the model: {len(set(reached))}/{n} = {len(set(reached)) / n:.0%}  ({len(reached)} calls)"
    )
    if tokens:
        print(
            f"user-message chars per call: median {statistics.median(chars):.0f}, max {max(chars)}"
        )
        print(
            "prompt tokens per call (estimate chars/4): "
            f"median {statistics.median(tokens):.0f}, mean {statistics.mean(tokens):.0f}, max {max(tokens)}"
        )
    print(
        f"if all {len(human)} human replies were deferred: prompt tokens per call (estimate) "
        f"median {statistics.median(human):.0f}, max {max(human)}"
    )
    print(f"largest user message in the corpus: {len(biggest.user)} chars (cap 12000)")
    for name in sorted(set(reached)):
        print(f"  -> {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
