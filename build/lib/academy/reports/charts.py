"""A table's chart, drawn on the server with matplotlib: SVG for pages (text kept as text, so it stays
small and screen readers and search can read it), PNG for the PDF report.

Each chart is drawn from the same `Table` the page shows beside it, so the two never disagree.
"""

import hashlib
import io
import os
from decimal import Decimal
from functools import cache as once

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from academy.reports.figures import Chart, Table

COLOURS = ["#0b6e4f", "#f2a541", "#3c6e9f", "#c8553d", "#8e7dbe", "#5b6770", "#74a57f"]
STYLE = {
    "svg.fonttype": "none",  # text as <text>, not as paths: smaller files, selectable, readable
    "svg.hashsalt": "academy",  # the same figures give the same file (ids are not random)
    "font.family": "sans-serif",
    "font.sans-serif": ["Noto Sans", "DejaVu Sans"],
    "font.size": 11,
    "axes.unicode_minus": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
# No date, creator or licence block: the same figures give the same, smaller file.
SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
MOST_BARS = 40
WIDTH, HEIGHT = 9.0, 4.5  # inches: 900 × 450 px on a page (its full width), big enough to read without zooming
KEEP_CHARTS_FOR = 3600  # seconds; the same figures give the same chart, so it can be kept long


@once
def _figure_class():
    """matplotlib's Figure, loaded with the platform's style on the first chart a process draws.

    Loading matplotlib takes about a second, so processes that draw nothing never pay for it. Figures
    are made without pyplot (no global figure manager, safe on any thread); its font list is kept in
    the data folder, which is writable and lasts."""
    os.environ.setdefault("MPLCONFIGDIR", str(settings.DATA_DIR / "matplotlib"))
    import matplotlib
    from matplotlib.figure import Figure

    matplotlib.rcParams.update(STYLE | {"axes.prop_cycle": matplotlib.cycler(color=COLOURS)})
    return Figure


def _number(value) -> float:
    if isinstance(value, Decimal | int | float):
        return float(value)
    return 0.0


def _draw(table: Table, figure) -> None:
    axes = figure.add_subplot()
    rows = table.rows[:MOST_BARS]
    if not rows:
        axes.text(0.5, 0.5, _("No figures yet"), ha="center", va="center", transform=axes.transAxes, color="#5b6770")
        axes.set_axis_off()
        return
    labels = [str(row[0]) for row in rows]
    positions = range(len(rows))
    series = table.series
    if table.chart == Chart.LINE:
        for column in series:
            axes.plot(labels, [_number(row[column]) for row in rows], marker="o", label=table.header[column])
    else:
        width = 0.8 if table.chart == Chart.STACKED else 0.8 / len(series)
        bottom = [0.0] * len(rows)
        for index, column in enumerate(series):
            values = [_number(row[column]) for row in rows]
            if table.chart == Chart.STACKED:
                axes.bar(positions, values, width, bottom=bottom, label=table.header[column])
                bottom = [low + value for low, value in zip(bottom, values, strict=True)]
            else:
                offsets = [position - 0.4 + width * (index + 0.5) for position in positions]
                axes.bar(offsets, values, width, label=table.header[column])
        axes.set_xticks(list(positions), labels)
    axes.tick_params(axis="x", labelrotation=30 if len(rows) > 4 or max(map(len, labels)) > 12 else 0)
    for label in axes.get_xticklabels():
        label.set_horizontalalignment("right" if len(rows) > 4 else "center")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylim(bottom=0)
    # Always a legend, above the plot in one row: it never hides a bar, and a single series is named too.
    axes.legend(frameon=False, fontsize=10, loc="lower left", bbox_to_anchor=(0, 1), ncols=len(series))


def _render(table: Table, *, image_format: str, width: float, height: float, dpi: int = 100) -> bytes:
    # Fixed margins instead of a layout engine, which would draw everything twice to measure it.
    figure = _figure_class()(figsize=(width, height))
    figure.subplots_adjust(left=0.07, right=0.98, top=0.88, bottom=0.25)
    _draw(table, figure)
    out = io.BytesIO()
    figure.savefig(out, format=image_format, dpi=dpi, metadata=SVG_METADATA if image_format == "svg" else {})
    return out.getvalue()


def svg(table: Table) -> bytes:
    """The chart as SVG, kept in the cache under a digest of the table: a chart always shows its table's figures."""
    digest = hashlib.sha256(repr((table.chart, table.header, table.rows, table.series)).encode()).hexdigest()
    return cache.get_or_set(
        f"reports:svg:{digest}", lambda: _render(table, image_format="svg", width=WIDTH, height=HEIGHT), KEEP_CHARTS_FOR
    )


def png(table: Table) -> bytes:
    return _render(table, image_format="png", width=WIDTH, height=HEIGHT, dpi=150)
