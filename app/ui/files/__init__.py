"""What goes to or comes from a file or a printer on the desktop: saved answers (saved_answers,
save_shortcut), the print and PDF dialogs (desktop_actions) and the warning before closing forgets
the list (close_warning)."""
