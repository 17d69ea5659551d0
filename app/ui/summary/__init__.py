"""The list page: SummaryPage (summary_page), its printout and preview (summary_printout: PrintoutPart, owned as
`page.printout`), the list view (summary_list), its panels (summary_layout) and the phone code (phone)."""
