from __future__ import annotations

import pytest

from kiosk.core.packs.library import import_pack
from tests.facilitator_packs import build_facilitator_pack


@pytest.fixture
def facilitated_pack(database, tmp_path):
    import_pack(build_facilitator_pack(tmp_path))
