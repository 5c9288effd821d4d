"""Kiosk's core: packs, quizzes, mastery, credentials and storage. No Qt here."""
