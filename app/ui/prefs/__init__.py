"""What is remembered or chosen between runs: display settings and window place (remembered), the
last folder (last_folder), file dialogs' history (dialog_history), languages (language_choice) and
Qt translations (translations)."""
