"""The chain of trust: the organisation key is the root.

- ``documents``: the signed documents the organisation issues (trust list, enrolment file,
  sync receipts, key rotations) and how each is checked. No storage.
- ``store``: what this kiosk pinned and holds: the organisation key, the latest trust list,
  and the evidence the certificate check (``kiosk.core.credentials.judge``) asks for.

See docs/certificate-format.md ("The organisation's trust list") and docs/security.md.
"""
