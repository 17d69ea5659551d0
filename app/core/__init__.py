"""Pure-Python core: content model, loader, rules and rendering. Never imports Qt."""
