"""Learner profiles on a shared computer: names, optional PINs, lockout, sessions."""
