"""Importing the tables SWVs keep in Excel, Word, CSV and Outlook: pure interpretation.

The store's readers (store/invoer/) turn a file into `Tabel`s of cells with their source row;
`kopjes` finds the header row and what the table holds; `rijen` reads a row's dates and times;
`plaatsen` puts the rows into the plan models, with a Dutch reason per row. Nothing here reads a
file or guesses a date.
"""
