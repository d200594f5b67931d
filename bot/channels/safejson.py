"""Decode an untrusted JSON request body, or refuse it with a `JSONInputError` (a `ValueError`).

`json.loads` alone accepts things that blow up later, far from the request: `NaN`/`Infinity`
(and `1e999`, which becomes `inf`: `int(inf)` raises `OverflowError`), lone UTF-16 surrogates
(`"\\ud800"`: encoding the reply raises `UnicodeEncodeError`), and nesting deep enough to raise
`RecursionError`. `loads_strict` turns every one of them into one exception type that callers
already catch as `ValueError`, so a webhook can answer 200/400 instead of 500 with a traceback.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 64  # arrays/objects inside each other; real Telegram/LINE/web bodies use fewer than 10


class JSONInputError(ValueError):
    """The body is not acceptable JSON; the message says why in a few words (no user text)."""


def _reject_constant(name: str) -> Any:
    raise JSONInputError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JSONInputError("number out of range")
    return value


def _check_str(s: str) -> None:
    if not s.isascii():
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            raise JSONInputError("lone surrogate in a string") from None


def _check(value: Any, max_depth: int) -> None:
    """Depth and strings of a decoded value, without recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _check_str(item)
        elif isinstance(item, dict):
            if depth > max_depth:
                raise JSONInputError(f"nested deeper than {max_depth}")
            for k, v in item.items():
                _check_str(k)
                stack.append((v, depth + 1))
        elif isinstance(item, list):
            if depth > max_depth:
                raise JSONInputError(f"nested deeper than {max_depth}")
            stack.extend((v, depth + 1) for v in item)


def loads_strict(body: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Decode UTF-8 JSON; JSONInputError on bad encoding, bad syntax, NaN/Infinity/overflowing
    numbers, integers of more than 4300 digits, lone surrogates or nesting deeper than `max_depth`."""
    if isinstance(body, bytes | bytearray | memoryview):
        try:
            text = bytes(body).decode("utf-8")
        except UnicodeDecodeError:
            raise JSONInputError("body is not UTF-8") from None
    else:
        text = body
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except JSONInputError:
        raise
    except RecursionError:
        raise JSONInputError(f"nested deeper than {max_depth}") from None
    except ValueError as exc:  # JSONDecodeError, and int() of more than 4300 digits
        raise JSONInputError(str(exc).split(":")[0][:80] or "not JSON") from None
    _check(value, max_depth)
    return value


def int_field(data: Any, key: str) -> int | None:
    """`data[key]` when it is a real JSON integer (not a bool, float or string), else None.

    For ids such as Telegram's `update_id`: `int(1.5)` or `int(True)` would quietly accept junk."""
    if not isinstance(data, dict):
        return None
    value = data.get(key)
    return value if type(value) is int else None
