"""bot.channels.safejson: one exception type (a ValueError) for every kind of hostile JSON."""

from __future__ import annotations

import logging

import pytest

from bot.channels.logthrottle import LogThrottle
from bot.channels.safejson import JSONInputError, int_field, loads_strict


@pytest.mark.parametrize(
    "body, why",
    [
        (b"[" * 5000 + b"]" * 5000, "nested"),
        (b"[" * 65 + b"]" * 65, "nested"),
        (b'{"a": "\\udfff"}', "surrogate"),
        (b'{"\\ud800": 1}', "surrogate"),
        (b'{"update_id": Infinity}', "Infinity"),
        (b"[-Infinity]", "Infinity"),
        (b"[NaN]", "NaN"),
        (b"[1e400]", "range"),
        (b"\xc3\x28", "UTF-8"),
        (b"{", "Expecting"),
        (b"", "Expecting value"),
    ],
)
def test_refused(body, why):
    with pytest.raises(JSONInputError, match=why):
        loads_strict(body)
    with pytest.raises(ValueError):  # what callers already catch
        loads_strict(body)


def test_accepted():
    assert loads_strict(b"[" * 64 + b"]" * 64) is not None
    assert loads_strict('{"q": "ใครเป็นประธาน 😀", "n": 1.5, "i": -3}') == {
        "q": "ใครเป็นประธาน 😀",
        "n": 1.5,
        "i": -3,
    }
    assert loads_strict(b'"\\ud83d\\ude00"') == "😀"  # a proper surrogate pair is one character


def test_int_field_takes_only_real_integers():
    assert int_field({"update_id": 7}, "update_id") == 7
    for bad in (7.0, True, "7", None, [7]):
        assert int_field({"update_id": bad}, "update_id") is None
    assert int_field([1], "update_id") is None


def test_log_throttle_counts_what_it_leaves_out(caplog):
    now = [0.0]
    throttle = LogThrottle(logging.getLogger("t"), 60, clock=lambda: now[0])
    caplog.set_level(logging.INFO)
    assert throttle.warning("k", "bad %s", "x") is True
    assert [throttle.warning("k", "bad %s", "x") for _ in range(5)] == [False] * 5
    assert throttle.warning("other", "other") is True
    now[0] = 61
    assert throttle.warning("k", "bad %s", "y") is True
    assert [r.getMessage() for r in caplog.records] == [
        "bad x",
        "other",
        "bad y (+5 more like this in the last 60s)",
    ]
