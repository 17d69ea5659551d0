"""Screen-reader and keyboard primitives: status announcements (announce), AT-SPI events
(atspi_visible), focus without a ring after a click (quiet_focus) and expanders' states
(expander_access). app.ui.wizard.accessibility installs them on the window."""
