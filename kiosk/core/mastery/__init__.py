"""Mastery: per-skill models, spaced review, credentials met, progress a learner sees.

Pure functions over plain values (no Qt, no database): see docs/mastery.md.
"""
