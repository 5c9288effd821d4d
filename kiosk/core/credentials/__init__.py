"""Micro-credentials: what a pack offers, what a learner earned, and the signed certificate."""
