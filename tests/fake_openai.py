"""A real OpenAI-compatible HTTP server on loopback that plays scripted answers.

Tests point the real ``openai`` client at it (``base_url = server.base_url``).
It speaks ``POST /v1/chat/completions`` with the response shape the client
expects (``choices[0].message.content`` / ``.refusal``, ``finish_reason``,
``usage``), checks a ``response_format`` of type ``json_schema`` against the
rules of OpenAI's strict mode (so a schema the real service would refuse is
refused here too) and checks each scripted JSON answer against that schema,
the way constrained decoding guarantees it: a scripted answer that does not fit
the schema is a bug in the test and answers HTTP 500 with the reason.

Every request is recorded (``server.requests``) so tests can assert what was
sent: only the supplier's own text, capped, inside delimiters.

Token usage is an estimate, not a tokenizer: ``ceil(chars / 4)`` over the
message contents (the usual rule of thumb for English BPE vocabularies).
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer.

    Exactly one of ``answer`` (a JSON-serialisable object sent as the message
    content), ``content`` (raw text sent as-is, e.g. malformed JSON),
    ``refusal`` or ``status`` (an HTTP error) is normally set.
    """

    answer: Any = None
    content: str | None = None
    refusal: str | None = None
    status: int | None = None
    error_message: str = "scripted error"
    retry_after: float | None = None
    finish_reason: str = "stop"
    delay: float = 0.0  # seconds to sleep before answering (a timeout when > client timeout)
    validate: bool = True  # check ``answer`` against the request's json_schema


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / 4) if text else 0


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    def content_of(self, role: str) -> str:
        return "\n".join(
            str(m.get("content") or "") for m in self.messages if m.get("role") == role
        )


Responder = Callable[[RecordedRequest], Reply]


@dataclass
class _State:
    script: list[Reply] = field(default_factory=list)
    then: Reply | Responder | None = None
    requests: list[RecordedRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class FakeOpenAI:
    """Start with ``with FakeOpenAI() as server:``; ``server.base_url`` ends in ``/v1``."""

    def __init__(self) -> None:
        self._state = _State()
        state = self._state

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    self._send(400, _error("request body is not JSON", "invalid_request_error"))
                    return
                req = RecordedRequest(
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                with state.lock:
                    state.requests.append(req)
                    if state.script:
                        reply: Reply | Responder | None = state.script.pop(0)
                    else:
                        reply = state.then
                if not self.path.split("?")[0].endswith("/chat/completions"):
                    self._send(404, _error(f"no route {self.path}", "not_found"))
                    return
                if callable(reply) and not isinstance(reply, Reply):
                    reply = reply(req)
                if reply is None:
                    self._send(500, _error("no scripted answer left", "server_error"))
                    return
                problem = _check_response_format(body.get("response_format"))
                if problem:
                    self._send(400, _error(problem, "invalid_request_error"))
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status:
                    headers = {}
                    if reply.retry_after is not None:
                        headers["Retry-After"] = str(reply.retry_after)
                    self._send(
                        reply.status, _error(reply.error_message, "scripted"), headers=headers
                    )
                    return
                if reply.answer is not None and reply.validate:
                    schema = _schema_of(body.get("response_format"))
                    if schema is not None:
                        errors = validate(reply.answer, schema)
                        if errors:
                            self._send(
                                500,
                                _error(
                                    "scripted answer violates the schema: " + "; ".join(errors),
                                    "fake_server_error",
                                ),
                            )
                            return
                self._send(200, _completion(body, reply))

            def _send(self, status: int, payload: dict[str, Any], headers: dict | None = None):
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # ----------------------------------------------------------------- control

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def play(self, *replies: Reply, then: Reply | Responder | None = None) -> None:
        """Answer the next requests with ``replies`` in order, then with ``then`` forever."""
        with self._state.lock:
            self._state.script = list(replies)
            self._state.then = then

    def respond_with(self, responder: Responder) -> None:
        """Answer every request by calling ``responder(request)``."""
        self.play(then=responder)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._state.lock:
            return list(self._state.requests)

    def clear(self) -> None:
        with self._state.lock:
            self._state.requests.clear()


# ---------------------------------------------------------------- responses


def _error(message: str, type_: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": None}}


def _completion(request: dict[str, Any], reply: Reply) -> dict[str, Any]:
    if reply.refusal is not None:
        content = None
    elif reply.content is not None:
        content = reply.content
    else:
        content = json.dumps(reply.answer, ensure_ascii=False)
    prompt_text = "".join(str(m.get("content") or "") for m in request.get("messages") or [])
    prompt_tokens = estimate_tokens(prompt_text)
    completion_tokens = estimate_tokens(content or reply.refusal or "")
    return {
        "id": f"chatcmpl-fake-{int(time.time() * 1000)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake-model"),
        "system_fingerprint": "fp_fake",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content,
                    "refusal": reply.refusal,
                },
                "logprobs": None,
                "finish_reason": reply.finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


# ------------------------------------------------------- strict json_schema


def _schema_of(response_format: Any) -> dict[str, Any] | None:
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        return (response_format.get("json_schema") or {}).get("schema")
    return None


def _check_response_format(response_format: Any) -> str | None:
    """Refuse what OpenAI's strict structured-output mode refuses."""
    if response_format is None:
        return None
    if not isinstance(response_format, dict):
        return "response_format must be an object"
    if response_format.get("type") in ("text", "json_object"):
        return None
    if response_format.get("type") != "json_schema":
        return f"unknown response_format type {response_format.get('type')!r}"
    spec = response_format.get("json_schema") or {}
    if not spec.get("name"):
        return "json_schema.name is required"
    schema = spec.get("schema")
    if not isinstance(schema, dict):
        return "json_schema.schema is required"
    if spec.get("strict"):
        problems = strict_schema_problems(schema, "$", schema.get("$defs") or {})
        if problems:
            return "Invalid schema for response_format: " + "; ".join(problems)
    return None


def strict_schema_problems(schema: dict[str, Any], path: str, defs: dict[str, Any]) -> list[str]:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return [] if name in defs else [f"{path}: unresolved $ref {schema['$ref']}"]
    problems: list[str] = []
    types = schema.get("type")
    type_list = types if isinstance(types, list) else [types]
    if "anyOf" in schema:
        for i, sub in enumerate(schema["anyOf"]):
            problems += strict_schema_problems(sub, f"{path}.anyOf[{i}]", defs)
        return problems
    if types is None and "enum" not in schema:
        problems.append(f"{path}: missing 'type'")
    if "object" in type_list:
        props = schema.get("properties") or {}
        if schema.get("additionalProperties") is not False:
            problems.append(f"{path}: 'additionalProperties' is required to be false")
        required = set(schema.get("required") or [])
        missing = [k for k in props if k not in required]
        if missing:
            problems.append(f"{path}: 'required' must list every property; missing {missing}")
        for key, sub in props.items():
            problems += strict_schema_problems(sub, f"{path}.{key}", defs)
    if "array" in type_list:
        items = schema.get("items")
        if not isinstance(items, dict):
            problems.append(f"{path}: array needs 'items'")
        else:
            problems += strict_schema_problems(items, f"{path}[]", defs)
    for key, sub in (schema.get("$defs") or {}).items():
        problems += strict_schema_problems(sub, f"{path}.$defs.{key}", defs)
    return problems


_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(
    value: Any, schema: dict[str, Any], path: str = "$", defs: dict | None = None
) -> list[str]:
    """The subset of JSON Schema that strict structured outputs use."""
    defs = schema.get("$defs", defs) or {}
    if "$ref" in schema:
        return validate(value, defs[schema["$ref"].rsplit("/", 1)[-1]], path, defs)
    if "anyOf" in schema:
        for sub in schema["anyOf"]:
            if not validate(value, sub, path, defs):
                return []
        return [f"{path}: matches none of anyOf"]
    types = schema.get("type")
    if types is not None:
        type_list = types if isinstance(types, list) else [types]
        if not any(_JSON_TYPES[t](value) for t in type_list):
            return [f"{path}: {value!r} is not of type {types}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{path}: {value!r} not in {schema['enum']}"]
    errors: list[str] = []
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        for key in schema.get("required") or []:
            if key not in value:
                errors.append(f"{path}: missing {key!r}")
        if schema.get("additionalProperties") is False:
            for key in value:
                if key not in props:
                    errors.append(f"{path}: unexpected property {key!r}")
        for key, sub in props.items():
            if key in value:
                errors += validate(value[key], sub, f"{path}.{key}", defs)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], f"{path}[{i}]", defs)
    return errors
