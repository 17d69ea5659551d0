"""Isotretinoin Risk Checklist: prepare questions for your doctor. Informs, never advises."""

__version__ = "0.1.0"
APP_NAME = "Isotretinoin Risk Checklist"
APP_ID = "isotretinoin-checklist"
