"""Shared fuzz budgets and seeds (hypothesis here, atheris in tools/fuzz.py).

``KIOSK_FUZZ=long`` selects the long profile: many more examples per target.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("KIOSK_FUZZ") == "long"

# The default run is part of CI: derandomized, so a red CI always means a real, repeatable case,
# with a deadline loose enough for a busy 2-core machine. The long run explores at random.
settings.register_profile(
    "kiosk-fuzz",
    max_examples=150,
    deadline=5000,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "kiosk-fuzz-long",
    max_examples=20_000,
    deadline=5000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FUZZ = settings.get_profile("kiosk-fuzz-long" if LONG else "kiosk-fuzz")

VALID_GIFT = """$CATEGORY: fuzz
// [id:cap] [tag:geo]
::Capital::Capital of Ghana? {=Accra#Yes ~Kumasi#No ~%-50%Lagos}

// [id:primes] [tag:maths]
Which are prime? {~%50%2 ~%50%3 ~%-100%4}

// [id:tf]
The Nile flows north. {TRUE#right#wrong}

// [id:short]
A small program? {=app =%50%applet}

// [id:pi]
Pi? {#=3.14:0.01 =%50%3..3.2}

// [id:match]
Match. {=Kenya -> Nairobi =Peru -> Lima}

// [id:essay]
Describe your village. {}

Just a description.
"""
