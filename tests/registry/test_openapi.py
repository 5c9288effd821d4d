"""The JSON API against its OpenAPI description, with schemathesis (bounded: few examples, a deadline)."""

from __future__ import annotations

import json

import schemathesis
from hypothesis import HealthCheck, settings

from kiosk.registry import store
from kiosk.registry.app import OPENAPI_PATH, create_app


def test_api_follows_its_description_and_refuses_junk(registry, approved):
    from hypothesis import given

    api = schemathesis.openapi.from_asgi("/openapi.json", create_app(rate_limit=0))
    operations = [result.ok() for result in api.get_all_operations()]
    assert {(op.method.upper(), op.path) for op in operations} == {
        ("POST", "/api/v1/sync"), ("GET", "/api/v1/trust"), ("GET", "/api/v1/health")
    }
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=2000, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call()
            case.validate_response(response)
            assert response.status_code < 500
            if case.method.upper() == "POST":  # never validly signed: refused, nothing stored
                assert 400 <= response.status_code < 500
                assert store.count_batches() == 0 and store.count_received() == 0

        check()


def test_description_is_valid_openapi_and_served(live_registry):
    import httpx

    described = json.loads(OPENAPI_PATH.read_text())
    assert set(described["paths"]) == {"/api/v1/sync", "/api/v1/trust", "/api/v1/health"}
    assert httpx.get(live_registry.url + "/openapi.json", timeout=10).json() == described
