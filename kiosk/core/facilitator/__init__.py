"""The facilitator's console: reports, essay review and sign-offs (no Qt)."""
