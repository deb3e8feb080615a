"""Saves a register the way staff's Python tools do, for the corpus test (RealToolsCorpusTests).

    save_with_python.py openpyxl IN OUT     load and save with openpyxl
    save_with_python.py pandas IN OUT       every sheet through a pandas DataFrame
    save_with_python.py decorate IN OUT     what staff add around the data: a chart, a list
                                            validation, comments; and one bad date (Events!C2)
    save_with_python.py fill BLANK IN OUT   type IN's rows into the blank register from init,
                                            below its one-row Excel Tables, with a blank row
                                            after the first data row, as a person would
"""
import sys

import openpyxl


def save_openpyxl(source, target):
    openpyxl.load_workbook(source).save(target)


def save_pandas(source, target):
    import pandas as pd

    frames = pd.read_excel(source, sheet_name=None, dtype=object)
    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for name, frame in frames.items():
            frame.to_excel(writer, sheet_name=name, index=False)


def fill_blank(blank, source, target):
    book = openpyxl.load_workbook(blank)
    data = openpyxl.load_workbook(source)
    for sheet in data.worksheets:
        if sheet.title not in book.sheetnames:
            continue
        into = book[sheet.title]
        columns = {cell.value: cell.column for cell in into[1] if cell.value}
        header = [cell.value for cell in sheet[1]]
        for name in header:
            if name is not None and name not in columns:
                # A column the blank lacks (the case forms) is added right of the table.
                columns[name] = into.max_column + 1
                into.cell(row=1, column=columns[name]).value = name
        target_row = 2
        for index, row in enumerate(sheet.iter_rows(min_row=2, values_only=True)):
            if all(value is None for value in row):
                continue
            for name, value in zip(header, row):
                if name is None or value is None:
                    continue
                cell = into.cell(row=target_row, column=columns[name])
                cell.value = value
                if hasattr(value, "year"):
                    cell.number_format = "DD.MM.YYYY"
            # A blank row after the first, which stops Excel's table from growing.
            target_row += 2 if index == 0 else 1
    book.save(target)


def decorate(source, target):
    from openpyxl.chart import BarChart, Reference
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.load_workbook(source)
    events = book["Events"]
    events["C2"] = "not a date"
    events["C2"].comment = Comment("checked with the court", "Anna")
    events["A4"].comment = Comment("second source needed", "Anna")
    validation = DataValidation(type="list", formula1='"verdict,appeal,cassation"')
    events.add_data_validation(validation)
    validation.add("D2:D500")
    rates = book["Rates"]
    chart = BarChart()
    chart.add_data(Reference(rates, min_col=3, min_row=1, max_row=rates.max_row), titles_from_data=True)
    rates.add_chart(chart, "H2")
    book.save(target)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "openpyxl":
        save_openpyxl(sys.argv[2], sys.argv[3])
    elif mode == "pandas":
        save_pandas(sys.argv[2], sys.argv[3])
    elif mode == "decorate":
        decorate(sys.argv[2], sys.argv[3])
    elif mode == "fill":
        fill_blank(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("unknown mode " + mode)
