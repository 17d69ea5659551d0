"""Qt print support behind one small service: preview, print (dialog or silent), save PDF."""
