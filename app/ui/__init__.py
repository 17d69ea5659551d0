"""The Qt wizard generated from content. Pages know nothing medical; flow decisions come from app.core."""
