"""Clinic kiosk mode: wraps the same RiskWizard in a locked-down, self-wiping full-screen shell."""
