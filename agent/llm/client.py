"""Calling an OpenAI-compatible chat-completions endpoint with our own retry policy.

Works with anything that speaks ``POST {base_url}/chat/completions`` with
``response_format`` ``json_schema`` (strict structured output):

- OpenAI: ``base_url = "https://api.openai.com/v1"``.
- Azure OpenAI: ``base_url = "https://RESOURCE.openai.azure.com/openai/v1"`` (the v1 API;
  ``model`` = the deployment name), or the classic deployment URL
  ``https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT`` with
  ``api_version = "2024-10-21"``; the key is then sent as the ``api-key`` header.
- Ollama: ``base_url = "http://localhost:11434/v1"``; vLLM: ``http://host:8000/v1``;
  llama.cpp ``llama-server``: ``http://host:8080/v1``. Local servers need no key.

The ``openai`` client's own retries are off (``max_retries=0``): timeouts,
connection errors, 429 and 5xx are retried here with exponential backoff (and
``Retry-After`` honoured up to a cap), at most ``max_retries`` times and only
while ``allow_attempt()`` says the budget still allows it. The model gets no
tools: the request carries none, so it can cause no side effects.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent.llm.schema import ANSWER_SCHEMA, response_format

NO_KEY = "not-needed"  # local servers ignore the key but the client requires one


@dataclass
class CallResult:
    """The outcome of one logical call (all attempts together)."""

    outcome: str  # answered | refused | truncated | invalid | unavailable
    model: str
    answer: dict[str, Any] | None = None
    content: str | None = None
    refusal: str | None = None
    finish_reason: str | None = None
    error: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: int = 0
    attempts: int = 0
    errors: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """What is stored in ``llm_calls.response_json`` (and reused from the cache)."""
        return {
            "outcome": self.outcome,
            "answer": self.answer,
            "content": self.content if self.answer is None else None,
            "refusal": self.refusal,
            "finish_reason": self.finish_reason,
            "error": self.error,
            "attempts": self.attempts,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any], model: str) -> CallResult:
        return cls(
            outcome=record.get("outcome", "invalid"),
            model=model,
            answer=record.get("answer"),
            content=record.get("content"),
            refusal=record.get("refusal"),
            finish_reason=record.get("finish_reason"),
            error=record.get("error"),
            attempts=0,
        )


class LlmClient:
    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None,
        timeout_seconds: float,
        max_retries: int,
        api_version: str = "",
        max_completion_tokens: int = 4000,
        backoff_base: float = 0.5,
        backoff_max: float = 20.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        from openai import OpenAI

        headers: dict[str, str] = {}
        query: dict[str, str] = {}
        if api_version:
            query["api-version"] = api_version
            if api_key:
                headers["api-key"] = api_key
        self.model = model
        self.max_retries = max_retries
        self.max_completion_tokens = max_completion_tokens
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self._sleep = sleep
        self._client = OpenAI(
            base_url=base_url,
            api_key=api_key or NO_KEY,
            timeout=timeout_seconds,
            max_retries=0,
            default_headers=headers or None,
            default_query=query or None,
        )

    def complete(
        self,
        messages: list[dict[str, str]],
        allow_attempt: Callable[[], bool] = lambda: True,
    ) -> CallResult:
        import openai

        result = CallResult(outcome="unavailable", model=self.model)
        started = time.monotonic()
        for attempt in range(self.max_retries + 1):
            if attempt and not allow_attempt():
                result.errors.append("budget spent before retrying")
                break
            result.attempts = attempt + 1
            wait: float | None = None
            try:
                response = self._client.chat.completions.create(
                    model=self.model,
                    messages=messages,  # type: ignore[arg-type]
                    response_format=response_format(),  # type: ignore[arg-type]
                    temperature=0,
                    max_tokens=self.max_completion_tokens,
                )
            except openai.APITimeoutError:
                result.errors.append("timeout")
            except openai.APIConnectionError as exc:
                result.errors.append(f"connection failed: {_short(exc)}")
            except openai.RateLimitError as exc:
                result.errors.append("HTTP 429 rate limited")
                wait = _retry_after(exc)
            except openai.APIStatusError as exc:
                if exc.status_code >= 500 or exc.status_code == 408:
                    result.errors.append(f"HTTP {exc.status_code}")
                    wait = _retry_after(exc)
                else:
                    # 400/401/403/404: retrying the same request cannot help.
                    result.errors.append(f"HTTP {exc.status_code}: {_short(exc)}")
                    break
            else:
                result.latency_ms = int((time.monotonic() - started) * 1000)
                _read_response(response, result)
                return result
            if attempt < self.max_retries:
                delay = min(self.backoff_max, self.backoff_base * (2**attempt))
                if wait is not None:
                    delay = min(self.backoff_max, max(delay, wait))
                self._sleep(delay)
        result.latency_ms = int((time.monotonic() - started) * 1000)
        result.outcome = "unavailable"
        result.error = "; ".join(result.errors[-3:]) or "no attempt made"
        return result


def _read_response(response: Any, result: CallResult) -> None:
    usage = getattr(response, "usage", None)
    if usage is not None:
        result.prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        result.completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
    if not response.choices:
        result.outcome, result.error = "invalid", "the response has no choices"
        return
    choice = response.choices[0]
    message = choice.message
    result.finish_reason = choice.finish_reason
    result.content = message.content
    refusal = getattr(message, "refusal", None)
    if refusal:
        result.outcome, result.refusal = "refused", str(refusal)
        result.error = f"the model refused: {_clip(str(refusal))}"
        return
    if choice.finish_reason == "length":
        result.outcome, result.error = "truncated", "the answer was cut off (finish_reason length)"
        return
    if choice.finish_reason == "content_filter":
        result.outcome, result.error = "refused", "the answer was withheld by a content filter"
        return
    if not message.content:
        result.outcome, result.error = "invalid", "the answer is empty"
        return
    try:
        answer = json.loads(message.content)
    except ValueError as exc:
        result.outcome, result.error = "invalid", f"the answer is not valid JSON ({exc.msg})"
        return
    problems = validate(answer, ANSWER_SCHEMA)
    if problems:
        result.outcome = "invalid"
        result.error = "the answer does not fit the schema: " + "; ".join(problems[:3])
        return
    result.outcome, result.answer = "answered", answer


def _retry_after(exc: Any) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _short(exc: BaseException) -> str:
    return _clip(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def _clip(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Check an answer against our schema: servers without constrained decoding may stray."""
    kinds = schema.get("type")
    if kinds is not None:
        kind_list = kinds if isinstance(kinds, list) else [kinds]
        if not any(_TYPES[k](value) for k in kind_list):
            return [f"{path} is not {'/'.join(kind_list)}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{path} {value!r} is not one of {schema['enum']}"]
    problems: list[str] = []
    if isinstance(value, dict):
        props = schema.get("properties", {})
        problems += [f"{path}.{k} is missing" for k in schema.get("required", []) if k not in value]
        problems += [f"{path}.{k} is not allowed" for k in value if k not in props]
        for k, sub in props.items():
            if k in value:
                problems += validate(value[k], sub, f"{path}.{k}")
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problems += validate(item, schema["items"], f"{path}[{i}]")
    return problems
