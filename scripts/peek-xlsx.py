# Reads a charter-audit workbook back with openpyxl (a second reader): sheet names, then for three
# sheets the row count, frozen pane, filter and the value, type and number format of a few cells of row 2.
# Usage: python3 scripts/peek-xlsx.py report.xlsx   (needs openpyxl: pip install openpyxl)
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(wb.sheetnames)
for name, cols in (('위반 내역', (1, 6, 9, 10)), ('기간별 지표', (1, 3, 4, 5)), ('기한 사용률', (1, 3, 4, 9))):
    ws = wb[name]
    print(f'== {name}: {ws.max_row - 1} rows, freeze {ws.freeze_panes}, filter {ws.auto_filter.ref}')
    print(' '.join(str((ws.cell(2, c).value, ws.cell(2, c).data_type, ws.cell(2, c).number_format)) for c in cols))
