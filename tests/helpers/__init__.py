"""Helpers shared by test modules (never imported from a conftest.py or another test module)."""
