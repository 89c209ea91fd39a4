# Makes the workbooks that show Diagonal reads what Python's openpyxl saves (run once; the output
# is committed under fixtures/xlsx/, so tests need no Python):
#   python3 -m venv /tmp/openpyxl && /tmp/openpyxl/bin/pip install openpyxl==3.1.5
#   /tmp/openpyxl/bin/python scripts/make-openpyxl-fixtures.py
# 1. the import template re-saved by openpyxl, with a few rows: openpyxl stores the header notes
#    as xl/comments/comment1.xml, which exceljs 4.4 cannot match to its sheet ("reading 'comments'");
# 2. a sheet with a formula: openpyxl writes formulas without a cached value.
import openpyxl

wb = openpyxl.load_workbook("fixtures/template/diagonal-template.xlsx")
wb["themes"].append(["transparency", "Transparantie", "Transparency", "Open verslaggeving"])
wb["projects"].append(["ln-openpyxl-1", "Lerend netwerk uit Python", "Opgeslagen met openpyxl", "2012", "2013-06", "completed", "Gent", None])
wb["partners"].append(["org-openpyxl", "Openpyxl vzw", "ngo", None, "Gent", "small", "north", "0123.456.749", None])
wb["projectThemes"].append(["ln-openpyxl-1", "transparency", 0.5])
wb["participations"].append(["org-openpyxl", "ln-openpyxl-1", "promoter"])
wb.save("fixtures/xlsx/template-saved-by-openpyxl.xlsx")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "themes"
ws.append(["id", "nameNl", "nameEn"])
ws.append(["t1", "Thema een", "Theme one"])
ws.append(["t2", '=CONCATENATE("Thema ", "twee")', "Theme two"])
wb.save("fixtures/xlsx/formula-without-cached-value.xlsx")
