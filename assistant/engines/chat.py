"""Chat models: any OpenAI-compatible endpoint through langchain-openai, and a scripted fake for tests.

``base_url`` forms that work (``model`` is the name the server knows):

- OpenAI:     unset (api.openai.com), key in ``OPENAI_API_KEY``.
- Azure:      ``https://<resource>.openai.azure.com/openai/v1/`` (the v1 OpenAI-compatible API);
              ``model`` is the *deployment* name; key in the env var named by ``api_key_env``.
- Ollama:     ``http://localhost:11434/v1``       (no key needed on localhost)
- vLLM:       ``http://<host>:8000/v1``
- llama.cpp:  ``http://<host>:8080/v1``           (``llama-server``)

A key is required unless the endpoint is on this machine; keyless remote servers accept any value, so set
the env var to e.g. ``none``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlparse

from pydantic import SecretStr

from assistant.engines.base import ChatMessage
from assistant.errors import CandorError, MissingComponent
from assistant.settings import LLMSettings

_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "host.docker.internal"}
_LOCAL_PLACEHOLDER_KEY = "not-needed"  # local servers ignore the key, but the OpenAI client insists on one


def _is_local(base_url: str | None) -> bool:
    if not base_url:
        return False
    host = (urlparse(base_url).hostname or "").lower()
    return host in _LOCAL_HOSTS or host.endswith(".localhost")


def _first_line(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _content_text(content: Any) -> str:
    """LangChain message content is a str or a list of parts; keep the text parts."""
    if isinstance(content, str):
        return content
    parts: list[str] = []
    for part in content or []:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and part.get("type") in ("text", "output_text"):
            parts.append(str(part.get("text", "")))
    return "".join(parts)


def _mentions_response_format(exc: Exception) -> bool:
    text = str(exc).lower()
    return "response_format" in text or "json_object" in text or "json mode" in text


class OpenAIChatModel:
    """ChatModel for an OpenAI-compatible endpoint (OpenAI, Azure v1, Ollama, vLLM, llama.cpp server).

    The client is built on first use, so constructing the adapter never fails; a missing key surfaces as a
    CandorError from ``complete`` and as ``(False, reason)`` from ``test_connection``.
    """

    def __init__(self, settings: LLMSettings):
        self.settings = settings
        self._client: Any = None
        # Flipped off the first time the server rejects response_format, so we stop asking.
        self._json_mode_supported = True

    @property
    def name(self) -> str:
        where = self.settings.base_url or "api.openai.com"
        return f"openai:{self.settings.model}@{where}"

    def _key(self) -> str:
        key = self.settings.resolved_key()
        if key:
            return key
        if _is_local(self.settings.base_url):
            return _LOCAL_PLACEHOLDER_KEY
        where = self.settings.base_url or "api.openai.com"
        raise CandorError(
            f"No API key for the LLM endpoint {where}: set the environment variable "
            f"{self.settings.api_key_env} (or CANDOR_LLM__API_KEY_ENV to name another variable)."
        )

    def _chat(self) -> Any:
        if self._client is None:
            key = self._key()
            try:
                from langchain_openai import ChatOpenAI
            except ImportError as exc:  # pragma: no cover - it is a declared dependency
                raise MissingComponent("langchain-openai", "pip install langchain-openai") from exc
            self._client = ChatOpenAI(
                model=self.settings.model,
                base_url=self.settings.base_url,
                api_key=SecretStr(key),
                temperature=self.settings.temperature,
                timeout=self.settings.timeout_s,
                # Transport retries (connection errors, 429, 5xx) live in the openai client; retries for
                # invalid structured answers are the extractor's job (settings.max_retries) — same budget.
                max_retries=self.settings.max_retries,
            )
        return self._client

    @staticmethod
    def _to_langchain(messages: Sequence[ChatMessage]) -> list[Any]:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        out = []
        for m in messages:
            if m.role not in kinds:
                raise CandorError(f"Chat message role {m.role!r} is not one of system, user, assistant.")
            out.append(kinds[m.role](content=m.content))
        return out

    def complete(self, messages: Sequence[ChatMessage], *, json_mode: bool = False) -> str:
        """Send the messages, return the reply text. ``json_mode`` asks for a JSON object where supported."""
        import openai

        chat = self._chat()
        lc_messages = self._to_langchain(messages)
        kwargs: dict[str, Any] = {}
        if json_mode and self._json_mode_supported:
            kwargs["response_format"] = {"type": "json_object"}
        try:
            reply = chat.invoke(lc_messages, **kwargs)
        except openai.BadRequestError as exc:
            if kwargs and _mentions_response_format(exc):
                # Older llama.cpp/vLLM builds and some models reject JSON mode; the prompt asks for JSON
                # anyway and the caller validates, so drop the option and try once more.
                self._json_mode_supported = False
                try:
                    reply = chat.invoke(lc_messages)
                except Exception as exc2:
                    raise self._friendly(exc2) from exc2
            else:
                raise self._friendly(exc) from exc
        except Exception as exc:
            raise self._friendly(exc) from exc
        return _content_text(reply.content)

    def _friendly(self, exc: Exception) -> CandorError:
        """One-line, user-facing error for a failed request."""
        import openai

        where = self.settings.base_url or "api.openai.com"
        if isinstance(exc, CandorError):
            return exc
        if isinstance(exc, openai.AuthenticationError):
            return CandorError(
                f"LLM endpoint {where} rejected the API key from {self.settings.api_key_env}: {_first_line(exc)}"
            )
        if isinstance(exc, openai.NotFoundError):
            return CandorError(
                f"LLM endpoint {where} does not know model {self.settings.model!r} "
                f"(or the base URL path is wrong): {_first_line(exc)}"
            )
        if isinstance(exc, openai.APITimeoutError):
            return CandorError(f"LLM endpoint {where} timed out after {self.settings.timeout_s:g} s.")
        if isinstance(exc, openai.APIConnectionError):
            return CandorError(f"Cannot reach the LLM endpoint {where}: {_first_line(exc)}")
        if isinstance(exc, openai.RateLimitError):
            return CandorError(f"LLM endpoint {where} is rate-limiting or out of quota: {_first_line(exc)}")
        if isinstance(exc, openai.APIError):
            return CandorError(f"LLM endpoint {where} failed: {_first_line(exc)}")
        return CandorError(f"LLM request to {where} failed: {type(exc).__name__}: {_first_line(exc)}")

    def test_connection(self) -> tuple[bool, str]:
        """Send a tiny request; (True, what answered) or (False, why not). Never raises."""
        try:
            reply = self.complete(
                [
                    ChatMessage("system", "You are a connectivity check. Answer with the single word OK."),
                    ChatMessage("user", "Say OK."),
                ]
            )
        except CandorError as exc:
            return False, str(exc)
        except Exception as exc:  # the UI button must never crash
            return False, f"{type(exc).__name__}: {_first_line(exc)}"
        return True, f"{self.name} answered: {_first_line(reply, 80)!r}"


Reply = str | Callable[[list[ChatMessage]], str]


class ScriptExhausted(CandorError):
    """A ScriptedChatModel was asked for more replies than it was given."""


class ScriptedChatModel:
    """ChatModel fake: returns scripted replies in order and records every call.

    A reply is a string or a callable taking the messages and returning a string (to answer based on the
    prompt). ``calls`` holds the messages of each call, ``json_modes`` the json_mode flag of each call.
    """

    def __init__(self, replies: Sequence[Reply], *, name: str = "scripted"):
        self._replies: list[Reply] = list(replies)
        self._name = name
        self.calls: list[list[ChatMessage]] = []
        self.json_modes: list[bool] = []

    @property
    def name(self) -> str:
        return self._name

    @property
    def remaining(self) -> int:
        return max(0, len(self._replies) - len(self.calls))

    def complete(self, messages: Sequence[ChatMessage], *, json_mode: bool = False) -> str:
        msgs = [ChatMessage(m.role, m.content) for m in messages]
        index = len(self.calls)
        self.calls.append(msgs)
        self.json_modes.append(json_mode)
        if index >= len(self._replies):
            raise ScriptExhausted(
                f"ScriptedChatModel {self._name!r} ran out of replies: call {index + 1} but only "
                f"{len(self._replies)} scripted."
            )
        reply = self._replies[index]
        return reply(msgs) if callable(reply) else reply

    def test_connection(self) -> tuple[bool, str]:
        return True, f"{self._name} (scripted replies, no network)"
