"""Kiosk: an offline learning kiosk with verifiable micro-credentials."""

__version__ = "0.1.0"
