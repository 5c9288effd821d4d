"""The Qt desktop app. The only package that imports widgets.

The first screen of a kiosk that is set up (main window, picker, task runner, theme) is built
without touching PySide's ``Qt`` namespace: its first use makes all of its ~90 enum classes,
about 30 ms on a kiosk's CPU. Those modules import ``Qt`` inside the functions that need it,
and tests/e2e/test_startup_stays_light.py checks that it is still unmade at the first paint.
"""
