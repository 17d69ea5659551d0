"""The window: RiskWizard (wizard), its pages (pages, quiz_page), what it installs on itself (chrome,
accessibility, display_controls, window_fit, next_guard, ahead), the review before the list
(skipped_review) and the switch to another language (language), which composes a new window."""
