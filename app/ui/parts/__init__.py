"""The pieces pages are made of: question boxes and expanders (widgets, choices, choice_note), glossary
words (glossary), facts, crisis contacts (crisis), page sections (page_parts, answered_line), scrolling
into view (reveal) and the one lazy-page mechanism (lazy_page)."""
