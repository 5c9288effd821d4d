"""The fast JCS path gives exactly the bytes of the rfc8785 package."""

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.credentials.dataintegrity import canonical

# Everything JSON can hold, floats included (those take the general path).
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
scalars = st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | text | st.floats(allow_nan=False, allow_infinity=False)
documents = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4), max_leaves=25
)


@settings(max_examples=400, derandomize=True)
@given(documents)
def test_canonical_matches_rfc8785(document):
    assert canonical(document) == rfc8785.dumps(document)


def test_control_characters_quotes_and_non_bmp_keys():
    document = {"\U0001f600": 1, "z": "tab\there \"quoted\" \\ \x01\x1f\x7f \u2028", "é": [True, None, -3]}
    assert canonical(document) == rfc8785.dumps(document)
