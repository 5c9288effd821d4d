"""The verification service: the page an employer's phone opens, fed by kiosks' syncs (no Qt)."""
