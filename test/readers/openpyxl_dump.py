"""Dumps an .xlsx as JSON through openpyxl, an independent reader, so tests can check what a writer really stored.

Usage: /usr/bin/python3 openpyxl_dump.py FILE.xlsx  → JSON on stdout: for each sheet its name, state, view
(frozen pane, right-to-left), column widths, tables, data validations, conditional formats, hyperlinks, notes,
fills, and every non-empty cell as [coordinate, data_type, value, number_format].
"""
import datetime
import json
import posixpath
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def element_orders(path):
    """The top-level elements of each sheet's XML, in file order (Excel rejects a sheet whose order breaks the schema)."""
    with zipfile.ZipFile(path) as z:
        names = {n.lstrip("/"): n for n in z.namelist()}
        rels = ET.fromstring(z.read(names["xl/_rels/workbook.xml.rels"]))
        target = {r.get("Id"): r.get("Target") for r in rels.iter(PKG + "Relationship")}
        book = ET.fromstring(z.read(names["xl/workbook.xml"]))
        orders = {}
        for sheet in book.iter(MAIN + "sheet"):
            part = posixpath.normpath(posixpath.join("xl", target[sheet.get(REL + "id")].lstrip("/")))
            root = ET.fromstring(z.read(names[part]))
            orders[sheet.get("name")] = [child.tag.replace(MAIN, "") for child in root]
        return orders


def cell_value(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def sheet_dump(ws):
    cells = []
    fills = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells.append([c.coordinate, c.data_type, cell_value(c.value), c.number_format])
            if c.fill is not None and c.fill.fill_type == "solid":
                fills[c.coordinate] = c.fill.fgColor.rgb
    return {
        "name": ws.title,
        "state": ws.sheet_state,
        "freeze": ws.freeze_panes,
        "rightToLeft": bool(ws.sheet_view.rightToLeft),
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "tables": [
            {"name": t.name, "ref": t.ref, "columns": [col.name for col in t.tableColumns], "style": t.tableStyleInfo.name if t.tableStyleInfo else None}
            for t in ws.tables.values()
        ],
        "validations": [
            {"sqref": str(dv.sqref), "type": dv.type, "formula1": dv.formula1, "errorStyle": dv.errorStyle, "error": dv.error, "errorTitle": dv.errorTitle, "showErrorMessage": bool(dv.showErrorMessage)}
            for dv in ws.data_validations.dataValidation
        ],
        "conditionalFormats": [
            {"sqref": str(rng.sqref), "type": rule.type, "operator": rule.operator, "formula": list(rule.formula or []), "fill": rule.dxf.fill.bgColor.rgb if rule.dxf and rule.dxf.fill is not None else None}
            for rng in ws.conditional_formatting
            for rule in rng.rules
        ],
        "hyperlinks": [
            {"ref": c.coordinate, "location": c.hyperlink.location, "target": c.hyperlink.target}
            for row in ws.iter_rows()
            for c in row
            if c.hyperlink is not None
        ],
        "notes": {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment is not None},
        "fills": fills,
        "cells": cells,
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    orders = element_orders(path)
    sheets = [dict(sheet_dump(ws), elements=orders.get(ws.title)) for ws in wb.worksheets]
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
