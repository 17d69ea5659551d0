"""How it looks: themes and colours (palette, theme), the style sheet (stylesheet), type sizes (fonts),
wrapping layouts (reflow) and the first-paint probe (paint_probe)."""
