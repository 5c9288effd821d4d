"""Sending this kiosk's certificates and revocations to a registry, online or by USB."""
