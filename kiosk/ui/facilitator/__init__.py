"""The facilitator's console: a package, one module per tab (kiosk/ui/facilitator/console.py)."""

from kiosk.ui.facilitator.console import FacilitatorScreen

__all__ = ["FacilitatorScreen"]
