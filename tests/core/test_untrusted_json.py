"""The one reader of JSON from outside: limits on size, depth and numbers, checked before parsing."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.untrusted_json import MAX_DEPTH, JsonRefused, load_json, nesting_exceeds, outside_strings

NESTED = b'{"a": ' + b"[" * 1000 + b"]" * 1000 + b"}"
HUGE_INTEGER = b'{"a": ' + b"9" * 5000 + b"}"
HOSTILE = {"nested": NESTED, "huge integer": HUGE_INTEGER, "NaN": b'{"a": NaN}', "1e999": b'{"a": 1e999}'}


def depth(value) -> int:
    if isinstance(value, dict):
        return 1 + max(map(depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(depth, value), default=0)
    return 0


tricky_text = st.text(alphabet='[]{}"\\\\/ab1 \n\u00e9\U0001f600', max_size=8)
documents = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**15) + 1, 10**15 - 1) | tricky_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(tricky_text, inner, max_size=3),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(documents, st.sampled_from([False, True]), st.integers(1, 8))
def test_depth_check_agrees_with_the_parsed_document(document, ascii_only, limit):
    data = json.dumps(document, ensure_ascii=ascii_only).encode("utf-8")
    assert nesting_exceeds(outside_strings(data), limit) == (depth(document) > limit)
    if depth(document) <= MAX_DEPTH:
        assert load_json(data, max_bytes=len(data)) == document


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_json_is_refused_with_a_reason(name):
    with pytest.raises(JsonRefused) as refused:
        load_json(HOSTILE[name], max_bytes=1_000_000)
    assert "\n" not in str(refused.value)


def test_limits_leave_ordinary_json_alone():
    text = '{"q": "[[[[[[[[[[[[[[[[[[[[ call 12345678901234567890 \\" ]]", "n": [1.5, -3, 123456789012345, 2e10]}'
    assert load_json(text, max_bytes=1000) == json.loads(text)
    with pytest.raises(JsonRefused, match="larger than 10 bytes"):
        load_json(text, max_bytes=10)
    with pytest.raises(JsonRefused, match="not valid JSON"):
        load_json(b"\xff{}", max_bytes=10)
